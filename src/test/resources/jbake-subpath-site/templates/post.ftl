<#include "header.ftl">
<article>
<h1>${content.title}</h1>
<p>${content.date?string("dd MMMM yyyy")}</p>
${content.body}
<#if content.tags?? && (content.tags?size > 0)><p>Tagged <#list content.tags as t>${t}<#sep>, </#list></p></#if>
</article>
<nav>
<#if (content.previousContent)??><a href="${content.rootpath}${content.previousContent.uri}">Previous: ${content.previousContent.title}</a></#if>
<#if (content.nextContent)??><a href="${content.rootpath}${content.nextContent.uri}">Next: ${content.nextContent.title}</a></#if>
</nav>
<#include "footer.ftl">
