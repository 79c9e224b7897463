<!DOCTYPE html>
<html><head><title>${config.site_title}</title></head>
<body>
<p>${posts?size} posts, ${published_posts?size} published; page ${currentPageNumber} of ${numberOfPages}.</p>
<ul><#list published_pages as p><li><a href="${content.rootpath}${p.uri}">${p.title}</a></li></#list></ul>
</body></html>
