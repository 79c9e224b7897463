<#include "header.ftl">
<h1>${content.title!"(untitled)"}</h1>
${content.body}
<#if (content.related)??><p>Walked since ${content.related.since?c}; see <#list content.related.links as link>${link}<#sep>, </#list>.</p></#if>
<h2>Team</h2>
<ul><#list data.get('team.yaml').members as m><li>${m.name}: ${m.role}</li></#list></ul>
<#include "footer.ftl">
