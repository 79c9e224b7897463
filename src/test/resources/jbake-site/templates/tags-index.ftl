<#include "header.ftl">
<#include "menu.ftl">
<h1>All tags</h1>
<ul>
<#list tags?sort_by("name") as tag>
    <li><a href="${content.rootpath}${tag.uri}">${tag.name}</a> (${tag.tagged_posts?size} posts, ${tag.tagged_documents?size} documents)</li>
</#list>
</ul>
<p>${tags?size} tags in total.</p>
<#-- as real themes print them: in the order JBake lists them -->
<p>Every tag: <#list alltags as t>${t}<#sep>, </#list></p>
<p>As listed: <#list tags as tag>${tag.name}<#sep>, </#list></p>
<#include "footer.ftl">
