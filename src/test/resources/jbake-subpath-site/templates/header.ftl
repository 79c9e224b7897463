<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title><#if (content.title)??>${content.title} | </#if>${config.site_title}</title>
<link rel="stylesheet" href="${content.rootpath}css/site.css">
<#if (content.title)??><link rel="canonical" href="${config.site_host}${content.uri}"></#if>
</head>
<body>
<nav><a href="${content.rootpath}">Home</a> <a href="${content.rootpath}${config.archive_file}">Archive</a>
<#list config.site_menus_main as item><span class="menu-${item}">${item}</span> </#list></nav>
<p class="tagline">${config.site_tagline}</p>
<main>
