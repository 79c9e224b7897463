</main>
<footer>
    <p>${config.site_tagline}.
    <#if (published_pages?size > 0)>Pages: <#list published_pages?sort_by("title") as page><a href="${content.rootpath}${page.uri}">${page.title}</a><#sep>, </#list>.</#if></p>
</footer>
</body>
</html>
