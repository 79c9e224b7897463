<#include "header.ftl">
<#include "menu.ftl">
<h1>Posts tagged &ldquo;${tag}&rdquo;</h1>
<ul>
<#list tag_posts as post>
    <li><a href="${content.rootpath}${post.uri}"><#escape x as x?xml>${post.title}</#escape></a>, ${post.date?string("dd MMMM yyyy")}</li>
</#list>
</ul>
<h2>Everything tagged &ldquo;${tag}&rdquo;</h2>
<ul>
<#list tagged_documents as doc>
    <li><a href="${content.rootpath}${doc.uri}"><#escape x as x?xml>${doc.title}</#escape></a> (${doc.type})</li>
</#list>
</ul>
<p><a href="${content.rootpath}${config.tag_path}/index.html">All tags</a></p>
<#include "footer.ftl">
