package dev.versus.render;

import dev.versus.digest.Fingerprint;
import dev.versus.model.Page;
import dev.versus.model.Urls;
import dev.versus.text.Text;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The template view of a page, with JBake's keys ({@code title}, {@code date}, {@code uri},
 * {@code body}, {@code rootpath}, {@code tags}, {@code status}, {@code type}…), what the theme
 * shows around a body ({@code toc}, {@code reading_time} in minutes, {@code word_count}; the
 * theme's version of the body itself goes to HTML templates, see {@link ViewWrapper}), plus
 * every extra header key. Built once per page and shared by every listing that shows it.
 */
final class ContentModel {

    private ContentModel() {
    }

    static PageModel of(Page page, String bodyHtml, String siteHost) {
        return of(page, Text.of(bodyHtml), Outline.of(bodyHtml), null, siteHost);
    }

    /**
     * As {@link #of(Page, String, String)}, with the body's outline already read, and its
     * fingerprint when a rebuild compares it (else null).
     */
    static PageModel of(Page page, Text bodyHtml, Outline outline, Fingerprint bodyPrint, String siteHost) {
        PageModel m = new PageModel(page.sourcePath());
        m.putAll(page.extra());
        if (!page.title().isEmpty()) {
            // a JBake header without a title: no content.title, as in JBake
            m.put("title", page.title());
        }
        if (page.date() != null) {
            m.put("date", Date.from(page.date().toInstant()));
        }
        m.put("type", page.type());
        m.put("status", page.status().label());
        m.put("tags", page.tags());
        m.put("summary", page.summary() == null ? "" : page.summary());
        if (page.author() != null) {
            m.put("author", page.author());
        }
        m.put("uri", page.uri());
        m.put("noExtensionUri", page.uri().endsWith("/") ? page.uri() : null);
        m.put("url", siteHost + "/" + page.uri());
        m.put("file", page.sourcePath());
        m.put("sourceuri", page.contentPath());
        m.put("rootpath", Urls.rootPath(page.uri()));
        m.put("body", new ViewWrapper.Body(bodyHtml, outline, page.uri(), siteHost, bodyPrint));
        m.put("toc", toc(outline));
        m.put("reading_time", outline.readingMinutes());
        m.put("word_count", outline.words());
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }

    /** The table of contents: one entry per h2 and h3 ({@code level}, {@code id}, {@code title}). */
    private static List<Map<String, Object>> toc(Outline outline) {
        return outline.headingCount() == 0 ? List.of() : new Toc(outline);
    }

    /**
     * A table of contents read from its outline entry by entry as it is asked for, so that the
     * contents of a site's pages are not held as maps until each page renders.
     */
    private static final class Toc extends java.util.AbstractList<Map<String, Object>>
            implements java.util.RandomAccess, java.io.Serializable {
        private final Outline outline;

        Toc(Outline outline) {
            this.outline = outline;
        }

        @Override
        public Map<String, Object> get(int index) {
            Objects.checkIndex(index, size());
            return entry(outline.heading(index));
        }

        @Override
        public java.util.Iterator<Map<String, Object>> iterator() {
            return outline.headings().stream().map(Toc::entry).iterator();
        }

        private static Map<String, Object> entry(Outline.Heading h) {
            return Map.of("level", h.level(), "id", h.id(), "title", h.text());
        }

        @Override
        public int size() {
            return outline.headingCount();
        }
    }

    /**
     * The {@code content} of a generated page.
     *
     * @param title    the page's title; none for JBake's generated pages (index, archive, tags,
     *                 feeds, sitemap, 404, search), so that a theme's {@code <#if (content.title)??>}
     *                 tells content pages from generated ones; the profile, pair and matrix pages
     *                 have one
     * @param type     as JBake gives it: {@code masterindex}, {@code archive}, {@code tag},
     *                 {@code tagsindex}, {@code feed}, {@code sitemap}, {@code error404} (or
     *                 Versus's {@code search}, and {@code generated} for the comparison pages)
     * @param summary  a description of the page, or null
     */
    record Generated(String title, String uri, String url, String rootpath, String type, List<String> tags,
                     String summary) implements java.io.Serializable {
    }

    /** The {@code content} of one of JBake's generated pages (no title, no summary). */
    static Generated generated(String type, String uri, String siteHost) {
        return new Generated(null, uri, siteHost + "/" + uri, Urls.rootPath(uri), type, List.of(), null);
    }

    /** The {@code content} of a comparison page: its title and summary (or null), of type {@code generated}. */
    static Generated comparison(String title, String uri, String summary, String siteHost) {
        return new Generated(title, uri, siteHost + "/" + uri, Urls.rootPath(uri), "generated", List.of(), summary);
    }
}
