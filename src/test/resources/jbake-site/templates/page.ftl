<#include "header.ftl">
<#include "menu.ftl">
<article class="page">
    <h1><#escape x as x?xml>${content.title}</#escape></h1>
    <#if (content.level)??><p class="level">Level: ${content.level}</p></#if>
    ${content.body}
</article>
<#include "footer.ftl">
