<#include "header.ftl">
<h1>${config.site_title}</h1>
<ul>
<#list published_posts as post>
<li><a href="${post.uri}">${post.title}</a> ${post.date?string("yyyy-MM-dd")}</li>
</#list>
</ul>
<h2>Pages</h2>
<ul>
<#list published_pages as page>
<li><a href="${page.uri}">${page.title}</a></li>
</#list>
</ul>
<#include "footer.ftl">
