<#include "header.ftl">
<h1>${config.site_title}</h1>
<#list published_posts as post>
<article><h2><a href="${content.rootpath}${post.uri}">${post.title}</a></h2>
<p>${post.date?string("dd MMMM yyyy")}</p></article>
</#list>
<p>Led by ${data.get('team.yaml').lead}.</p>
<#include "footer.ftl">
