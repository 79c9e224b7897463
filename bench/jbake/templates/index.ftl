<#include "header.ftl">
<h1>Posts</h1>
<ul><#list published_posts as post>
<li><a href="${content.rootpath}${post.uri}">${post.title}</a> <time>${post.date?string("yyyy-MM-dd")}</time><p>${post.summary!""}</p></li></#list>
</ul>
<nav><#if previousFileName??><a href="${content.rootpath}${previousFileName}">Previous</a></#if> Page ${currentPageNumber!1} of ${numberOfPages!1} <#if nextFileName??><a href="${content.rootpath}${nextFileName}">Next</a></#if></nav>
<#include "footer.ftl">
