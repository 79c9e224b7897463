<#include "header.ftl">
<article>
<h1><#escape x as x?xml>${content.title}</#escape></h1>
<p class="meta"><#if (content.date)??>${content.date?string("yyyy-MM-dd")}</#if><#if (content.category)??> in ${content.category}</#if><#if (content.level)??> level ${content.level}</#if></p>
<#if content.tags?? && (content.tags?size > 0)>
<p class="tags"><#list content.tags as tag><a href="${content.rootpath}${config.tag_path}/${tag}.html">${tag}</a><#sep>, </#list></p>
</#if>
${content.body}
<p class="summary">${content.summary!''}</p>
<#if (content.rack)??><p class="rack">Cooled on ${content.rack.material}, ${content.rack.wires} wires.</p></#if>
</article>
<#include "footer.ftl">
