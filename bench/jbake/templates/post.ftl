<#include "header.ftl">
<article>
<h1>${content.title}</h1>
<p><time>${content.date?string("yyyy-MM-dd")}</time></p>
<ul class="tags"><#list content.tags as tag><li><a href="${content.rootpath}${config.tag_path}/${tag}${config.output_extension}">${tag}</a></li></#list></ul>
${content.body}
</article>
<#include "footer.ftl">
