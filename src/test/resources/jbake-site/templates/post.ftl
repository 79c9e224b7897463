<#include "header.ftl">
<#include "menu.ftl">
<article>
    <h1><#escape x as x?xml>${content.title}</#escape></h1>
    <p class="meta"><em>${content.date?string("dd MMMM yyyy")}</em><#if (content.author)??> by ${content.author}</#if></p>
    <#if content.tags?? && (content.tags?size > 0)>
    <p class="tags">Filed under:
        <#list content.tags as tag><a href="${content.rootpath}${config.tag_path}/${tag}.html">${tag}</a><#sep>, </#list>
    </p>
    </#if>
    ${content.body}
</article>
<nav class="neighbours">
    <#if (content.previousContent)??><a href="${content.rootpath}${content.previousContent.uri}">Previous: ${content.previousContent.title}</a></#if>
    <#if (content.nextContent)??><a href="${content.rootpath}${content.nextContent.uri}">Next: ${content.nextContent.title}</a></#if>
</nav>
<#include "footer.ftl">
