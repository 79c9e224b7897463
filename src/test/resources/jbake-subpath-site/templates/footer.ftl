</main>
<footer>
<#if (content.title)??><p>Permalink: ${config.site_host}${content.uri}</p></#if>
<p>Baked with JBake ${version}; pages end in ${config.output_extension}.</p>
<p>${config.index_paginate?string("A paged index", "One index page")}.</p>
<p>${notes?size} notes, ${published_notes?size} published; ${_listings?size} listings.</p>
</footer>
</body>
</html>
