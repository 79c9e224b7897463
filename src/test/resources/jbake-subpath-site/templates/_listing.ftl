<#include "header.ftl">
<h1>${content.title}</h1>
${content.body}
<ul>
<#list data.get('events.yml').data as e>
<li>${e.name}, ${e.place}, ${e.date?string("d MMMM yyyy")}<#if e.leader??>, led by ${e.leader}</#if><#if e.place.contains("wood")> (in the woods)</#if></li>
</#list>
</ul>
<#include "footer.ftl">
