<#include "header.ftl">
<#include "menu.ftl">
<h1>${config.site_title}</h1>
<#list published_posts as post>
    <#if (post.status == "published")>
    <article class="teaser">
        <h2><a href="${content.rootpath}${post.uri}"><#escape x as x?xml>${post.title}</#escape></a></h2>
        <p class="date">${post.date?string("dd MMMM yyyy")}</p>
        <#if post.summary??><p class="summary">${post.summary}</p></#if>
        ${post.body}
    </article>
    </#if>
</#list>
<nav class="pager">
    <#if (currentPageNumber > 1)><a href="${content.rootpath}${previousFileName}">Newer posts</a></#if>
    <span>Page ${currentPageNumber} of ${numberOfPages}</span>
    <#if (currentPageNumber < numberOfPages)><a href="${content.rootpath}${nextFileName}">Older posts</a></#if>
</nav>
<p>Older posts are in the <a href="${content.rootpath}${config.archive_file}">archive</a>.</p>
<#include "footer.ftl">
