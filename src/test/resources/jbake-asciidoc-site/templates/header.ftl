<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title><#if (content.title)??><#escape x as x?xml>${content.title}</#escape> | </#if>${config.site_title}</title>
</head>
<body>
<nav><a href="${content.rootpath!''}index.html">Home</a></nav>
