<#include "header.ftl">
<#include "menu.ftl">
<h1>Nothing baked here</h1>
<p>The page you asked for is not on this site. Try the <a href="${config.site_host}/${config.archive_file}">archive</a>.</p>
<#include "footer.ftl">
