package dev.versus.jbake;

import java.util.List;

/**
 * The differential test on {@code src/test/resources/jbake-subpath-site}, which does what real
 * JBake sites do and the first fixture does not: {@code site.host} with a path and a trailing
 * slash ({@code ${config.site_host}${content.uri}}), body links written for the server root
 * ({@code /blog/img/fern.svg}), JBake data files read with {@code data.get('events.yml')} (a list
 * with YAML dates, and a map), a date with a time the default {@code date.format} does not cover,
 * posts of the same date (and a folder whose name sorts before a file's), a type of the site's own
 * with a {@code _} name and its {@code template._listing.file} key, a declared type without
 * documents ({@code notes}), a type with {@code template.palette.extension=.css},
 * {@code ${version}} and {@code config.output_extension}, dotfiles in {@code assets/}, an HTML
 * file without a header (left out; one of them not UTF-8), a page whose header has no title, a
 * fenced block right after a list item's line, configuration values JBake reads as lists
 * ({@code site.menus.main=home, archive}) or with an escaped comma, {@code config.index_paginate}
 * as a boolean, a header value JBake reads as JSON ({@code related={"links": […]}}) and a broken
 * link in a Markdown page (a warning on a JBake site), and a folder holding JBake's {@code .jbakeignore}.
 */
class JBakeSubPathDifferentialTest extends JBakeDifferentialTest {

    @Override
    String fixture() {
        return "jbake-subpath-site";
    }

    @Override
    int minimumPages() {
        return 10;
    }

    @Override
    List<String> expectedVersusDiagnostics() {
        return List.of(
                // JBake never checks links: on a JBake site a broken one is a warning, the build goes on
                "Diagnostic[severity=WARNING, position=content/about.md:8:67, message=broken link: no page is written at"
                + " '/maps/old-map.html', sourceLine=We walk the same paths every month and write down what grows. The"
                + " [old map](maps/old-map.html), hint=link to another article by its source file, e.g."
                + " [text](other-article.md)]",
                "Diagnostic[severity=WARNING, position=content/blog/2024/fern.md:2:17, message='07:45:00 +0200'"
                + " after the date is ignored: the date is read as 2024-05-20 by date.format 'yyyy-MM-dd', as JBake"
                + " reads it, sourceLine=date=2024-05-20 07:45:00 +0200, hint=remove it, or set date.format to a"
                + " pattern that covers it, e.g. yyyy-MM-dd HH:mm:ss Z]",
                "Diagnostic[severity=WARNING, position=content/colophon.md:1:1, message=no title: templates"
                + " see no content.title, as in JBake, sourceLine=date=2024-01-20, hint=add 'title=…' to the header]",
                "Diagnostic[severity=WARNING, position=content/kiosk/index.html:1:1, message=HTML file without a header"
                + " is not a page; skipped, sourceLine=<html>, hint=give it a JBake header ('title=…',"
                + " 'status=published', then a '~~~~~~' line) to make it a page, or move it to the assets folder to"
                + " copy it as it is]",
                "Diagnostic[severity=WARNING, position=content/kiosk/legacy.html:1:1, message=HTML file without a header"
                + " is not a page; skipped, sourceLine=<html>, hint=give it a JBake header ('title=…',"
                + " 'status=published', then a '~~~~~~' line) to make it a page, or move it to the assets folder to"
                + " copy it as it is]");
    }
}
