<!DOCTYPE html>
<html><head><title>${content.title} | ${config.site_title}</title></head>
<body>
<h1>${content.title}</h1>
${content.body}
<#list posts as post><p>${post.title}</p><#else><p>No posts yet.</p></#list>
</body></html>
