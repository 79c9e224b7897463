<#include "header.ftl">
<h1>Archive</h1>
<ul><#list published_posts as post>
<li><a href="${content.rootpath}${post.uri}">${post.title}</a> <time>${post.date?string("yyyy-MM-dd")}</time></li></#list>
</ul>
<#include "footer.ftl">
