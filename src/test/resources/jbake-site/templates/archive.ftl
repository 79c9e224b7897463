<#include "header.ftl">
<#include "menu.ftl">
<h1>Archive</h1>
<#list published_posts as post>
    <#assign month = post.date?string("MMMM yyyy")>
    <#if !(last_month??) || month != last_month>
        <#if last_month??></ul></#if>
        <h2>${month}</h2>
        <ul>
    </#if>
    <li>${post.date?string("dd")} &ndash; <a href="${content.rootpath}${post.uri}"><#escape x as x?xml>${post.title}</#escape></a></li>
    <#assign last_month = month>
</#list>
<#if last_month??></ul></#if>
<#include "footer.ftl">
