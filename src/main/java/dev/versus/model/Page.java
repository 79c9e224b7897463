package dev.versus.model;

import dev.versus.diag.Position;
import dev.versus.text.Spill;
import dev.versus.text.Text;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * One content file, resolved: where it came from, where it goes, and its header values.
 *
 * @param sourcePath   path of the source relative to the site root, e.g. {@code content/blog/a.md}
 * @param contentPath  path relative to the content folder, e.g. {@code blog/a.md}
 * @param uri          URL path relative to the site root without a leading slash, e.g.
 *                     {@code blog/a/} or {@code blog/a.html}
 * @param outputPath   file written, relative to the output folder, e.g. {@code blog/a/index.html}
 * @param type         {@code post}, {@code page} or a custom type
 * @param date         publication date, or null when the page has none
 * @param extra        header keys Versus does not interpret, as plain Java values, for templates
 * @param body         the Markdown, HTML or AsciiDoc after the header (an AsciiDoc file's whole text when its
 *                     header is AsciiDoc's own)
 * @param bodyLine     1-based line of the source where {@code body} starts
 * @param positions    where each header key was written, for diagnostics of later stages
 * @param comparing    what its {@code compare}, {@code aspects} and {@code faq} keys ask for
 */
public record Page(
        String sourcePath,
        String contentPath,
        String uri,
        String outputPath,
        String type,
        Status status,
        String title,
        ZonedDateTime date,
        List<String> tags,
        String summary,
        String author,
        Format format,
        Text body,
        int bodyLine,
        Map<String, Object> extra,
        Map<String, Position> positions,
        Comparing comparing) implements java.io.Serializable {

    /** A page that asks nothing of the comparison engine. */
    public Page(String sourcePath, String contentPath, String uri, String outputPath, String type, Status status,
                String title, ZonedDateTime date, List<String> tags, String summary, String author, Format format,
                String body, int bodyLine, Map<String, Object> extra, Map<String, Position> positions) {
        this(sourcePath, contentPath, uri, outputPath, type, status, title, date, tags, summary, author, format,
                Text.of(body), bodyLine, extra, positions, Comparing.NONE);
    }

    /** The markup language of a page's body. */
    public enum Format { MARKDOWN, HTML, ASCIIDOC }

    public boolean isPost() {
        return type.equals("post");
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    /** This page with {@code date} as its date. */
    public Page withDate(ZonedDateTime date) {
        return new Page(sourcePath, contentPath, uri, outputPath, type, status, title, date, tags, summary, author,
                format, body, bodyLine, extra, positions, comparing);
    }

    /** This page with its body kept in {@code spill}. */
    public Page in(Spill spill) {
        Text t = spill.keep(body);
        return t == body ? this : new Page(sourcePath, contentPath, uri, outputPath, type, status, title, date, tags,
                summary, author, format, t, bodyLine, extra, positions, comparing);
    }

    /** Position of a header key, or the top of the file. */
    public Position positionOf(String key) {
        Position p = positions.get(key);
        return p != null ? p : Position.at(sourcePath, 1, 1);
    }
}
