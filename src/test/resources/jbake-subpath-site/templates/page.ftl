<#include "header.ftl">
<h1>${content.title!"(untitled)"}</h1>
${content.body}
<#if (content.related)??><p>Walked since ${content.related.since?c}; see <#list content.related.links as link><#list db.getDocumentByUri(link) as doc>${doc.title!link}</#list><#sep>, </#list>.</p></#if>
<p>${db.getPublishedPostsByTag("trees").size()} posts on trees, ${db.getPublishedPostsByTag("nothing").size()} on nothing; <#list db.getPublishedPosts() as p>${p.title}<#sep>, </#list>.</p>
<h2>Team</h2>
<ul><#list data.get('team.yaml').members as m><li>${m.name}: ${m.role}</li></#list></ul>
<#include "footer.ftl">
