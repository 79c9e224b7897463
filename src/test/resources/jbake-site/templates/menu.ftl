<header>
    <p class="brand"><a href="${content.rootpath}">${config.site_title}</a></p>
    <nav>
        <a href="${content.rootpath}index.html">Home</a>
        <a href="${content.rootpath}about.html">About</a>
        <a href="${content.rootpath}${config.archive_file}">Archive</a>
        <a href="${content.rootpath}${config.tag_path}/">Tags</a>
        <a href="${content.rootpath}${config.feed_file}">Subscribe</a>
    </nav>
</header>
<main>
