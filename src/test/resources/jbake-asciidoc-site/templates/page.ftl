<#include "header.ftl">
<article class="page">
<h1><#escape x as x?xml>${content.title}</#escape></h1>
<#if (content.date)??><p class="meta">${content.date?string("yyyy-MM-dd")}</p></#if>
${content.body}
</article>
<#include "footer.ftl">
