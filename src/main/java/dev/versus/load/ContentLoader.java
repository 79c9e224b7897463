package dev.versus.load;

import dev.versus.asciidoc.AsciiDoc;
import dev.versus.config.SiteConfig;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.diag.Suggestions;
import dev.versus.model.Comparing;
import dev.versus.model.Page;
import dev.versus.model.Status;
import dev.versus.source.FrontMatter;
import dev.versus.source.SourceFile;
import dev.versus.source.YNode;
import dev.versus.source.YamlReader;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Builds a {@link Page} from one content file: header checks, dates, status, URL and output path. */
public final class ContentLoader {

    /**
     * Header keys Versus interprets ({@code compare}, {@code aspects} and {@code faq} are checked by
     * the comparison engine); every other key is passed to templates as is.
     */
    public static final Set<String> KNOWN_KEYS = Set.of(
            "title", "date", "type", "status", "tags", "summary", "description", "author", "slug",
            "compare", "aspects", "faq");

    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]*");
    /** A type name as JBake accepts it in a template.&lt;type&gt;.file key; '_' may lead ({@code _listing}). */
    private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]*");

    private final SiteConfig config;
    private final String contentFolder;
    private final boolean drafts;
    private final ZonedDateTime now;
    private final DateTimeFormatter headerDates;
    private final AsciiDoc asciidoc;

    /**
     * @param drafts whether drafts are rendered ({@code --drafts})
     * @param now    the moment used for {@code published-date}; fixed by the caller for reproducibility
     */
    public ContentLoader(SiteConfig config, boolean drafts, ZonedDateTime now) {
        this(config, drafts, now, new AsciiDoc(config, null));
    }

    /**
     * @param asciidoc reads the headers of AsciiDoc files
     */
    public ContentLoader(SiteConfig config, boolean drafts, ZonedDateTime now, AsciiDoc asciidoc) {
        this.config = config;
        this.asciidoc = asciidoc;
        this.contentFolder = config.get("content.folder").replace('\\', '/');
        this.drafts = drafts;
        this.now = now;
        this.headerDates = DateTimeFormatter.ofPattern(strictYears(config.get("date.format").trim()), Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * A date pattern whose year letters are proleptic years ('u'), so that strict resolving,
     * which rejects 2025-02-30 instead of rounding it to the 28th, needs no era.
     */
    static String strictYears(String pattern) {
        StringBuilder sb = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            sb.append(!quoted && c == 'y' ? 'u' : c);
        }
        return sb.toString();
    }

    /** JBake reads a header value in braces as a JSON object: {@code releases={"versions":["3.0"]}}. */
    private static boolean isJson(String value) {
        return value.startsWith("{") && value.endsWith("}");
    }

    /**
     * A JBake header value in braces, read as JBake reads it: a JSON object, which templates see
     * as a hash ({@code content.releases.versions}). JSON is YAML's flow style, so the YAML
     * reader reads it, with its limits; text that is not such an object stays text, with a warning.
     */
    private static Object json(SourceFile file, YNode value, String text, Diagnostics diags) {
        YamlReader.Result r = YamlReader.parse(file, text, value.position().line());
        if (!r.ok() || !(r.root() instanceof YNode.Map)) {
            diags.add(file.quote(Diagnostic.warning(value.position(), "value in braces is not a JSON object; kept as text")
                    .withHint("JBake reads a value that starts with '{' and ends with '}' as JSON, e.g."
                            + " {\"links\": [\"a.html\"]}; check its quotes, commas and brackets")));
            return text;
        }
        return Values.plain(r.root());
    }

    /** Loads one file; returns null (with diagnostics) when it cannot become a page or is a draft left out. */
    public Page load(SourceFile file, Diagnostics diags) {
        Page page = loadAny(file, diags);
        return page == null || page.status() == Status.DRAFT && !drafts ? null : page;
    }

    /**
     * Loads one file, drafts included even when they are not rendered (so links to them can be
     * told apart from links to nothing); returns null (with diagnostics) when it cannot become a page.
     */
    public Page loadAny(SourceFile file, Diagnostics diags) {
        if (file.text().isBlank()) {
            diags.add(Diagnostic.error(Position.file(file.path()), "file is empty")
                    .withHint("start it with front matter between '---' lines (at least a title), or delete it"));
            return null;
        }
        String path = file.path();
        boolean adoc = AsciiDoc.isAsciiDoc(path);
        String separator = config.get("header.separator").trim();
        FrontMatter.Result split = adoc ? asciidoc.header(file, separator) : FrontMatter.split(file, separator);
        split.diagnostics().forEach(diags::add);
        FrontMatter fm = split.frontMatter();
        if (fm == null) {
            return null;
        }
        Page.Format format = adoc ? Page.Format.ASCIIDOC
                : path.endsWith(".html") || path.endsWith(".htm") ? Page.Format.HTML : Page.Format.MARKDOWN;
        if (fm.style() == FrontMatter.Style.NONE && format == Page.Format.HTML) {
            // as in JBake, an HTML file without a header is no page, and it is not copied either
            diags.add(Diagnostic.warning(Position.at(path, 1, 1), "HTML file without a header is not a page; skipped")
                    .withSourceLine(file.line(1))
                    .withHint("give it a JBake header ('title=…', 'status=published', then a '" + separator
                            + "' line) to make it a page, or move it to the assets folder to copy it as it is"));
            return null;
        }
        if (file.encodingError().isPresent()) {
            diags.add(file.encodingError().get());
            return null;
        }
        if (fm.style() == FrontMatter.Style.NONE && adoc) {
            // as in JBake, an AsciiDoc file without a header is no page (it may be a part other pages include)
            diags.add(Diagnostic.warning(Position.at(path, 1, 1), "AsciiDoc file without a header is not a page; skipped")
                    .withSourceLine(file.line(1))
                    .withHint("to make it a page, start it with a title and JBake's attributes ('= Title', then "
                            + "':jbake-type: post' and ':jbake-status: published' lines) or a JBake header ending in a '"
                            + separator + "' line; a part that other pages include needs none"));
            return null;
        }
        if (fm.style() == FrontMatter.Style.NONE) {
            diags.add(Diagnostic.error(Position.at(path, 1, 1), "missing header")
                    .withSourceLine(file.line(1))
                    .withHint("start the file with YAML front matter between '---' lines (title, date, …), "
                            + "or a JBake header ending in a '~~~~~~' line"));
            return null;
        }
        int errorsBefore = diags.errorCount();
        Map<String, Position> positions = new LinkedHashMap<>();
        Map<String, Object> extra = new LinkedHashMap<>();
        String title = null;
        ZonedDateTime date = null;
        String type = config.defaultType();
        String statusText = config.defaultStatus();
        Position statusPos = Position.at(path, 1, 1);
        List<String> tags = List.of();
        String summary = null;
        String author = null;
        String slug = null;
        for (YNode.Entry e : fm.fields().entries().values()) {
            String key = e.key();
            YNode v = e.value();
            positions.put(key, v.position());
            switch (key) {
                case "title" -> title = text(file, e, diags);
                case "summary", "description" -> {
                    String s = text(file, e, diags);
                    // YAML front matter's description stands in for a missing summary; a JBake
                    // header's (or AsciiDoc's :description:) does not, as JBake's content.summary
                    // is only what the header calls summary
                    if (key.equals("summary") || summary == null && fm.style() == FrontMatter.Style.YAML) {
                        summary = s;
                    }
                    extra.put(key, s == null ? "" : s);
                }
                case "author" -> author = text(file, e, diags);
                case "type" -> {
                    String t = text(file, e, diags);
                    if (t != null && !t.isBlank()) {
                        type = t.trim();
                        if (!TYPE.matcher(type).matches()) {
                            diags.add(file.quote(Diagnostic.error(v.position(), "type '" + type + "' is not a valid type name")
                                    .withHint("use letters, digits, '-' or '_', e.g. post or page")));
                        }
                    }
                }
                case "status" -> {
                    String s = text(file, e, diags);
                    if (s != null) {
                        statusText = s.trim();
                        statusPos = v.position();
                    }
                }
                case "tags" -> tags = tags(file, e, diags);
                case "slug" -> {
                    slug = text(file, e, diags);
                    if (slug != null && (!SLUG.matcher(slug).matches() || slug.equals("..") || slug.contains(".."))) {
                        diags.add(file.quote(Diagnostic.error(v.position(), "slug '" + slug + "' is not a safe file name")
                                .withHint("use letters, digits, '-', '_' or '.', with no '/' and no '..'")));
                        slug = null;
                    }
                }
                case "date" -> date = date(file, e, diags);
                default -> {
                    // (an AsciiDoc document's attributes are not all header keys: no typo hunting there)
                    if (!KNOWN_KEYS.contains(key) && fm.style() != FrontMatter.Style.ASCIIDOC) {
                        Suggestions.closest(key, KNOWN_KEYS).filter(s -> !s.equals(key) && key.length() > 2)
                                .ifPresent(s -> diags.add(file.quote(Diagnostic.warning(e.keyPosition(),
                                                "unknown header key '" + key + "'")
                                        .withHint("did you mean '" + s + "'? Other keys are passed to templates as they are"))));
                    }
                    Object value = Values.plain(v);
                    if (fm.style() != FrontMatter.Style.YAML && value instanceof String text && isJson(text.strip())) {
                        value = json(file, v, text.strip(), diags);
                    }
                    extra.put(key, value);
                }
            }
        }
        Status status = status(file, statusText, statusPos, date, diags);
        // An AsciiDoc document's own attributes are passed to templates, not read as comparison keys.
        Comparing comparing = fm.style() == FrontMatter.Style.ASCIIDOC ? Comparing.NONE
                : ComparisonKeys.bind(file, fm.fields(), diags);
        boolean titleWrongType = !(fm.fields().get("title") instanceof YNode.Scalar) && fm.fields().get("title") != null;
        if ((title == null || title.isBlank()) && !titleWrongType && fm.style() != FrontMatter.Style.YAML) {
            // JBake's headers need no title: the page has none, and templates see no content.title
            Position p = positions.getOrDefault("title", Position.at(path, 1, 1));
            diags.add(file.quote(Diagnostic.warning(p, "no title: templates see no content.title, as in JBake")
                    .withHint(fm.style() == FrontMatter.Style.ASCIIDOC ? "start the document with a title line, '= Title'"
                            : "add 'title=…' to the header")));
            title = "";
        } else if ((title == null || title.isBlank()) && !titleWrongType) {
            Position p = positions.getOrDefault("title", Position.at(path, 1, 1));
            diags.add(file.quote(Diagnostic.error(p, "missing title")
                    .withHint(fm.style() == FrontMatter.Style.YAML ? "add 'title: …' to the front matter"
                            : fm.style() == FrontMatter.Style.ASCIIDOC ? "start the document with a title line, '= Title'"
                            : "add 'title=…' to the header")));
        }
        if (diags.errorCount() > errorsBefore || status == null) {
            return null;
        }
        String contentPath = path.startsWith(contentFolder + "/") ? path.substring(contentFolder.length() + 1) : path;
        String stem = contentPath.substring(0, contentPath.lastIndexOf('.'));
        if (slug != null) {
            int slash = stem.lastIndexOf('/');
            stem = stem.substring(0, slash + 1) + slug;
        }
        if (status == Status.DRAFT) {
            stem = stem + config.get("draft.suffix");
        }
        String uri;
        String outputPath;
        if (config.noExtensionFor("/" + stem) && !stem.equals("index") && !stem.endsWith("/index")) {
            uri = stem + "/";
            outputPath = stem + "/index.html";
        } else {
            // JBake's template.<type>.extension: a type whose pages are not HTML (a stylesheet made
            // from a template, template.maincss.extension=.css)
            String extension = config.get("template." + type + ".extension").trim();
            uri = stem + (extension.matches("\\.[A-Za-z0-9]{1,10}") ? extension : ".html");
            outputPath = uri;
        }
        return new Page(path, contentPath, uri, outputPath, type, status, title.strip(), date,
                tags, summary, author, format, dev.versus.text.Text.of(fm.body()), fm.bodyLine(),
                Collections.unmodifiableMap(extra), Collections.unmodifiableMap(positions), comparing);
    }

    /** Where to point for a value of the wrong kind: the value, or its key when the value starts on a later line. */
    private static Position blame(YNode.Entry e) {
        Position v = e.value().position();
        return v.line() == e.keyPosition().line() ? v : e.keyPosition();
    }

    private static String text(SourceFile file, YNode.Entry e, Diagnostics diags) {
        YNode v = e.value();
        if (v instanceof YNode.Scalar s) {
            return s.isNull() ? null : s.value();
        }
        diags.add(file.quote(Diagnostic.error(blame(e), "'" + e.key() + "' must be text, not a " + v.kindName())
                .withHint("write it on one line, e.g. " + e.key() + ": Some text")));
        return null;
    }

    /** A document's tags, blanks dropped; with {@code tag.sanitize=true} spaces become '-', as JBake writes them. */
    private List<String> tags(SourceFile file, YNode.Entry e, Diagnostics diags) {
        YNode v = e.value();
        List<String> out = new ArrayList<>();
        if (v instanceof YNode.Scalar s) {
            if (!s.isNull()) {
                for (String t : s.value().split(",")) {
                    if (!t.isBlank()) {
                        out.add(t.strip());
                    }
                }
            }
        } else if (v instanceof YNode.Seq q) {
            for (YNode item : q.items()) {
                if (item instanceof YNode.Scalar s && !s.isNull() && !s.value().isBlank()) {
                    out.add(s.value().strip());
                } else {
                    diags.add(file.quote(Diagnostic.error(item.position(), "a tag must be a word or phrase, not a " + item.kindName())
                            .withHint("write tags as a list of words: tags: [django, python]")));
                }
            }
        } else {
            diags.add(file.quote(Diagnostic.error(blame(e), "'tags' must be a list, not a map")
                    .withHint("write tags as a list of words: tags: [django, python]")));
        }
        if (config.flag("tag.sanitize")) {
            out.replaceAll(t -> t.replace(' ', '-'));
        }
        return List.copyOf(new java.util.LinkedHashSet<>(out));
    }

    private ZonedDateTime date(SourceFile file, YNode.Entry e, Diagnostics diags) {
        YNode v = e.value();
        ZoneId zone = config.zone();
        if (!(v instanceof YNode.Scalar s) || s.isNull()) {
            diags.add(file.quote(Diagnostic.error(blame(e), "'date' must be a date such as 2025-06-03")
                    .withHint("write it on one line, e.g. date: 2025-06-03")));
            return null;
        }
        String text = s.value().trim();
        try {
            TemporalAccessor t = headerDates.parseBest(text, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
            return toZoned(t, zone);
        } catch (DateTimeParseException ignored) {
            // fall through to ISO forms
        }
        try {
            return OffsetDateTime.parse(text.replace(' ', 'T')).atZoneSameInstant(zone);
        } catch (DateTimeParseException ignored) {
            // next
        }
        try {
            return LocalDateTime.parse(text.replace(' ', 'T')).atZone(zone);
        } catch (DateTimeParseException ignored) {
            // next
        }
        try {
            return LocalDate.parse(text).atStartOfDay(zone);
        } catch (DateTimeParseException ex) {
            // next
        }
        // JBake reads as much of the value as date.format describes and ignores the rest
        // ("2003-02-13 23:04:31 +0100" with yyyy-MM-dd is 13 February 2003); so does Versus, saying so.
        java.text.ParsePosition at = new java.text.ParsePosition(0);
        TemporalAccessor prefix = null;
        try {
            prefix = headerDates.parse(text, at);
        } catch (DateTimeParseException ignored) {
            // not even a prefix in date.format
        }
        if (prefix != null && at.getErrorIndex() < 0 && at.getIndex() > 0) {
            ZonedDateTime read = toZoned(best(prefix), zone);
            if (read != null) {
                String rest = text.substring(at.getIndex());
                String ignoredPart = rest.strip();
                Position p = v.position();
                Position ignoredAt = new Position(p.file(), p.line(),
                        p.column() + at.getIndex() + rest.indexOf(ignoredPart), Math.max(1, ignoredPart.length()));
                diags.add(file.quote(Diagnostic.warning(ignoredAt, "'" + ignoredPart
                                + "' after the date is ignored: the date is read as " + text.substring(0, at.getIndex())
                                + " by date.format '" + config.get("date.format").trim() + "', as JBake reads it")
                        .withHint("remove it, or set date.format to a pattern that covers it, "
                                + "e.g. yyyy-MM-dd HH:mm:ss Z")));
                return read;
            }
        }
        diags.add(file.quote(Diagnostic.error(v.position(), "'" + text + "' is not a valid date")
                .withHint("write dates as " + config.get("date.format").trim() + " or ISO 8601, e.g. 2025-06-03")));
        return null;
    }

    /** The most precise date a parsed prefix holds, or null when it holds no whole date. */
    private static TemporalAccessor best(TemporalAccessor t) {
        try {
            return ZonedDateTime.from(t);
        } catch (java.time.DateTimeException e) {
            // less
        }
        try {
            return LocalDateTime.from(t);
        } catch (java.time.DateTimeException e) {
            // less
        }
        try {
            return LocalDate.from(t);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static ZonedDateTime toZoned(TemporalAccessor t, ZoneId zone) {
        if (t == null) {
            return null;
        }
        if (t instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone);
        }
        if (t instanceof LocalDateTime l) {
            return l.atZone(zone);
        }
        return ((LocalDate) t).atStartOfDay(zone);
    }

    private Status status(SourceFile file, String text, Position pos, ZonedDateTime date, Diagnostics diags) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "published":
                return Status.PUBLISHED;
            case "draft":
                return Status.DRAFT;
            case "published-date":
                if (date == null) {
                    diags.add(file.quote(Diagnostic.error(pos, "status 'published-date' needs a date")
                            .withHint("add a date, or use status 'published'")));
                    return null;
                }
                return date.isAfter(now) ? Status.DRAFT : Status.PUBLISHED;
            default:
                diags.add(file.quote(Diagnostic.error(pos, "unknown status '" + text + "'")
                        .withHint("status is one of: published, draft, published-date")));
                return null;
        }
    }
}
