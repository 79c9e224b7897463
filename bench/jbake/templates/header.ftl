<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title><#if (content.title)??>${content.title} | </#if>${config.site_title}</title>
<link rel="alternate" type="application/rss+xml" href="${content.rootpath}${config.feed_file}"></head>
<body>
<nav><a href="${content.rootpath}">Home</a> <a href="${content.rootpath}${config.archive_file}">Archive</a></nav>
