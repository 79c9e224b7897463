<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8"/>
    <title><#if (content.title)??><#escape x as x?xml>${content.title}</#escape> | </#if>${config.site_title}</title>
    <meta name="description" content="${config.site_tagline}">
    <meta name="generator" content="${version}">
    <link href="${content.rootpath}css/site.css" rel="stylesheet">
    <link href="${config.site_host}/${config.feed_file}" rel="alternate" type="application/rss+xml">
</head>
<body>
