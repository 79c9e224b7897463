<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>${config.site_title}</title><link>${config.site_host}/</link><description>${config.site_title}</description>
<#list published_posts as post><#if post?index == 20><#break></#if><item><title>${post.title}</title><link>${config.site_host}/${post.uri}</link><guid>${config.site_host}/${post.uri}</guid>
<pubDate>${post.date?string("EEE, d MMM yyyy HH:mm:ss Z")}</pubDate><description>${post.summary!""}</description></item>
</#list></channel></rss>
