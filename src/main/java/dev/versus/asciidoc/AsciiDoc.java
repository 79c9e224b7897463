package dev.versus.asciidoc;

import dev.versus.config.SiteConfig;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Position;
import dev.versus.source.FrontMatter;
import dev.versus.source.SourceFile;
import dev.versus.source.YNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AsciiDoc for one site: JBake's {@code asciidoctor.*} configuration, read once, and the two
 * things the later stages ask of a page: its header and its body as HTML. Creating one costs
 * nothing; Asciidoctor itself starts on the first header or body asked for. Safe for use by
 * several threads at once.
 */
public final class AsciiDoc {

    /** The prefix of header attributes JBake reads as page keys ({@code :jbake-type: post}). */
    public static final String JBAKE_PREFIX = "jbake-";

    private static final String OPTION_PREFIX = "asciidoctor.option.";
    /** Options that would make Asciidoctor write files or leave the site folder: Versus writes the output itself. */
    private static final Set<String> IGNORED_OPTIONS = Set.of("base_dir", "to_file", "to_dir", "mkdirs",
            "in_place", "parse_header_only", "parse", "gemPath", "requires");
    /** Attributes whose value is the time of the build: left out of the page's keys, so output stays the same between builds. */
    private static final Set<String> CLOCK_ATTRIBUTES = Set.of("localdate", "localtime", "localdatetime", "localyear",
            "docdate", "doctime", "docdatetime", "docyear");
    /** Asciidoctor's include directive, as its preprocessor matches it (an escaped one is left alone). */
    private static final Pattern INCLUDE_LINE = Pattern.compile("(?m)^include::([^\\s\\[](?:[^\\[\\r\\n]*[^\\s\\[])?)\\[([^\\r\\n]*)\\][ \\t]*$");
    private static final Pattern URI_OR_ABSOLUTE = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9.+-]*:|/|\\\\)");
    private static final Pattern ATTRIBUTE_LINE = Pattern.compile("^:(!?)([A-Za-z0-9_][A-Za-z0-9_-]*)(!?):(?:\\s+(.*?))?\\s*$");

    /** Asciidoctor's safe modes by name, as levels. */
    private static final Map<String, Integer> SAFE_MODES = Map.of("unsafe", 0, "safe", 1, "server", 10, "secure", 20);

    private final Path root;
    private final Map<String, Object> options;
    /** Asciidoctor's safe mode, as a level (0 is unsafe). */
    private final int safe;
    /**
     * Whether includes are kept inside the site folder rather than the page's: in the safe and
     * server modes, where Asciidoctor confines them to its base folder, which is then the site.
     */
    private final boolean siteJail;
    private final Map<String, Object> attributes;
    private final List<String> requires;
    /** Asciidoctor's own attributes, once asked for (racing threads compute the same map). */
    private volatile Map<String, Object> builtIn;

    /**
     * @param root the site folder, for {@code include::} paths (kept inside it) and the
     *             positions of messages about included files; null where there is no folder (tests)
     */
    public AsciiDoc(SiteConfig config, Path root) {
        this(config, root, null);
    }

    /**
     * @param root    the site folder (as above)
     * @param version what templates print for {@code ${version}}: exported with the configuration
     *                as the attribute {@code {version}}, as JBake exports its own version; null for none
     */
    public AsciiDoc(SiteConfig config, Path root, String version) {
        this.root = root == null ? null : root.toAbsolutePath().normalize();
        Map<String, Object> opts = new LinkedHashMap<>();
        List<String> req = new ArrayList<>();
        int safe = SAFE_MODES.get("safe");
        for (Map.Entry<String, String> e : config.values().entrySet()) {
            if (!e.getKey().startsWith(OPTION_PREFIX)) {
                continue;
            }
            String name = e.getKey().substring(OPTION_PREFIX.length());
            List<String> values = list(e.getValue());
            if (name.equals("requires")) {
                req.addAll(values);
            } else if (name.equals("template_dirs")) {
                List<String> dirs = new ArrayList<>();
                for (String d : values) {
                    dirs.add(this.root == null ? d : this.root.resolve(d).normalize().toString());
                }
                opts.put(name, dirs);
            } else if (name.equals("safe")) {
                Integer level = values.size() == 1 ? SAFE_MODES.get(values.get(0).toLowerCase(Locale.ROOT)) : null;
                if (level != null) {
                    safe = level;
                }
            } else if (!IGNORED_OPTIONS.contains(name) && !values.isEmpty()) {
                opts.put(name, values.size() == 1 ? values.get(0) : values);
            }
        }
        opts.put("safe", safe);
        this.safe = safe;
        this.siteJail = this.root != null && safe >= SAFE_MODES.get("safe") && safe < SAFE_MODES.get("secure");
        Map<String, Object> attrs = new LinkedHashMap<>();
        if (config.flag("asciidoctor.attributes.export")) {
            // JBake exports every configuration key to Asciidoctor: site.host is {site_host}
            String prefix = config.get("asciidoctor.attributes.export.prefix");
            if (version != null) {
                attrs.put(prefix + "version", version);
            }
            for (Map.Entry<String, String> e : config.values().entrySet()) {
                if (!e.getKey().startsWith("asciidoctor")) {
                    attrs.put(prefix + e.getKey().replace('.', '_'), e.getValue());
                }
            }
        }
        for (String a : list(config.get("asciidoctor.attributes"))) {
            int eq = a.indexOf('=');
            String name = (eq < 0 ? a : a.substring(0, eq)).trim();
            if (name.startsWith("!") || name.endsWith("!")) {
                attrs.put(name.replace("!", ""), null);
            } else if (!name.isEmpty()) {
                attrs.put(name, eq < 0 ? "" : a.substring(eq + 1).trim());
            }
        }
        this.options = Collections.unmodifiableMap(opts);
        this.attributes = Collections.unmodifiableMap(attrs);
        this.requires = List.copyOf(req);
    }

    /** Whether a file is AsciiDoc, by its extension (JBake's: ad, adoc, asciidoc). */
    public static boolean isAsciiDoc(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".adoc") || p.endsWith(".asciidoc") || p.endsWith(".ad");
    }

    /** JBake's list values: comma-separated, blanks dropped. */
    private static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        for (String s : value.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    /**
     * The header of an AsciiDoc file, as JBake reads it. A JBake {@code key=value} block (or YAML
     * front matter) is the whole header, and the body after it is the AsciiDoc; without one, the
     * document's own header is read by Asciidoctor: its title, {@code :jbake-*:} attributes as
     * page keys ({@code :jbake-type: post} is {@code type}), the revision date as {@code date}
     * when there is no {@code :jbake-date:}, and its other attributes as they are; the body is
     * then the whole file. The style is {@code NONE} when the document has neither title nor
     * {@code jbake-} attribute.
     */
    public FrontMatter.Result header(SourceFile file, String separator) {
        FrontMatter.Result split = FrontMatter.split(file, separator);
        if (split.frontMatter() == null || split.frontMatter().style() != FrontMatter.Style.NONE) {
            return split;
        }
        List<Diagnostic> diags = new ArrayList<>(split.diagnostics());
        Map.Entry<String, Map<String, Object>> header;
        try {
            // messages about the header come again, with the body's, when the page is converted
            header = Engine.header(jailed(file.path(), file.text()), options(file.path()),
                    documentAttributes(file.path())).value();
        } catch (RuntimeException e) {
            diags.add(failure(file.path(), 1, e));
            return new FrontMatter.Result(null, diags);
        }
        HeaderLines lines = HeaderLines.of(file);
        Map<String, YNode.Entry> fields = new LinkedHashMap<>();
        String title = header.getKey();
        if (!title.isEmpty()) {
            Position p = lines.title(file);
            fields.put("title", new YNode.Entry("title", p, new YNode.Scalar(title, YNode.Kind.STRING, p)));
        }
        Map<String, Object> attrs = header.getValue();
        boolean jbake = false;
        for (Map.Entry<String, Object> e : attrs.entrySet()) {
            String name = e.getKey();
            if (!name.startsWith(JBAKE_PREFIX) || name.length() == JBAKE_PREFIX.length()) {
                continue;
            }
            jbake = true;
            String key = name.substring(JBAKE_PREFIX.length());
            put(fields, key, e.getValue(), lines.attribute(file, name));
        }
        Object revdate = attrs.get("revdate");
        if (revdate != null && !attrs.containsKey(JBAKE_PREFIX + "date")) {
            put(fields, "date", revdate, lines.valuePosition(file, String.valueOf(revdate)));
        }
        // The attributes the header set (:category: news, and those Asciidoctor derives from the
        // author and revision lines: author, email, revnumber…) reach templates, as JBake passes
        // them; Asciidoctor's built-in ones and those this build passed in are left out.
        Map<String, Object> given = documentAttributes(file.path());
        Map<String, Object> builtIn = builtInAttributes(file.path());
        for (Map.Entry<String, Object> e : attrs.entrySet()) {
            String name = e.getKey();
            Object value = e.getValue();
            if (name.startsWith(JBAKE_PREFIX) || fields.containsKey(name) || CLOCK_ATTRIBUTES.contains(name)
                    || given.containsKey(name) && java.util.Objects.equals(String.valueOf(given.get(name)), String.valueOf(value))
                    || builtIn.containsKey(name) && java.util.Objects.equals(builtIn.get(name), value)) {
                continue;
            }
            Position at = lines.attributeNames().contains(name) ? lines.attribute(file, name)
                    : lines.valuePosition(file, String.valueOf(value));
            put(fields, name, value, at);
        }
        FrontMatter.Style style = title.isEmpty() && !jbake ? FrontMatter.Style.NONE : FrontMatter.Style.ASCIIDOC;
        return new FrontMatter.Result(new FrontMatter(new YNode.Map(Collections.unmodifiableMap(fields),
                Position.at(file.path(), 1, 1)), file.text(), 1, style), diags);
    }

    /** The attributes of a document with an empty header: Asciidoctor's own, computed once. */
    private Map<String, Object> builtInAttributes(String sourcePath) {
        Map<String, Object> b = builtIn;
        if (b == null) {
            b = Map.copyOf(withoutNulls(Engine.header("", options(sourcePath), documentAttributes(sourcePath)).value().getValue()));
            builtIn = b;
        }
        return b;
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> m) {
        Map<String, Object> out = new HashMap<>();
        m.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static void put(Map<String, YNode.Entry> fields, String key, Object value, Position at) {
        String text = value == null ? "" : String.valueOf(value).trim();
        YNode node;
        if (key.equals("tags")) {
            List<YNode> tags = new ArrayList<>();
            for (String t : list(text)) {
                tags.add(new YNode.Scalar(t, YNode.Kind.STRING, at));
            }
            node = new YNode.Seq(List.copyOf(tags), at);
        } else {
            node = new YNode.Scalar(text, YNode.Kind.STRING, at);
        }
        fields.put(key, new YNode.Entry(key, at, node));
    }

    /** A body converted to HTML, and what Asciidoctor said about it. */
    public record Converted(String html, List<Diagnostic> diagnostics) implements java.io.Serializable {
        public Converted {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * Converts a page's AsciiDoc body to HTML, as JBake does: the body alone, without
     * Asciidoctor's page frame, {@code include::} paths relative to the page and kept inside
     * the site.
     *
     * @param sourcePath the page's file, relative to the site root
     * @param bodyLine   the line of the file on which {@code body} starts
     */
    public Converted convert(String sourcePath, String body, int bodyLine) {
        Engine.Outcome<String> out;
        try {
            out = Engine.convert(jailed(sourcePath, body), options(sourcePath), documentAttributes(sourcePath));
        } catch (RuntimeException e) {
            return new Converted("", List.of(failure(sourcePath, bodyLine, e)));
        }
        List<Diagnostic> diags = new ArrayList<>();
        String docfile = docfile(sourcePath);
        for (Engine.Message m : out.messages()) {
            Position at;
            if (m.file() == null || m.file().equals(docfile) || m.file().equals("<stdin>")) {
                at = m.line() > 0 ? Position.at(sourcePath, bodyLine + m.line() - 1, 1) : Position.at(sourcePath, bodyLine, 1);
            } else {
                String included = relative(m.file());
                at = m.line() > 0 ? Position.at(included, m.line(), 1) : Position.file(included);
            }
            String text = withoutRoot(m.text());
            Diagnostic d = m.error() && !convertedAnyway(text) ? Diagnostic.error(at, text) : Diagnostic.warning(at, text);
            diags.add(d.withHint(hint(text)));
        }
        return new Converted(out.value() == null ? "" : out.value(), diags);
    }

    /**
     * The options for one page. Asciidoctor resolves a page's include:: paths against its base
     * folder and, in the safe modes, keeps them inside it. As in JBake, include:: paths are
     * relative to the page's file; unlike JBake (always unsafe), the safe modes keep them inside
     * the site: the site folder is then the base folder, and {@link #jailed} writes the page's
     * own include paths relative to it. In the unsafe and secure modes the page's folder is the
     * base folder, as in JBake.
     */
    private Map<String, Object> options(String sourcePath) {
        if (!requires.isEmpty()) {
            Engine.require(requires);
        }
        Map<String, Object> o = new HashMap<>(options);
        String docfile = docfile(sourcePath);
        o.put("base_dir", docfile == null ? "." : siteJail ? root.toString() : Path.of(docfile).getParent().toString());
        return o;
    }

    /**
     * A page's text with its include:: paths written relative to the site folder, where they are
     * relative to the page's folder (JBake's rule) and the site is the base folder: a relative
     * path, one starting with an attribute, and {@code {docdir}} (the page's folder in JBake) get
     * the page's folder in front. URIs and absolute paths stay as written; so do the paths of the
     * files included, which Asciidoctor resolves against their own folders. Line numbers do not move.
     */
    private String jailed(String sourcePath, String text) {
        if (!siteJail || !text.contains("include::")) {
            return text;
        }
        Path parent = Path.of(sourcePath).getParent();
        String folder = parent == null ? "" : parent.toString().replace('\\', '/') + "/";
        Matcher m = INCLUDE_LINE.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String target = m.group(1);
            if (target.startsWith("{docdir}")) {
                target = folder + target.substring("{docdir}".length()).replaceFirst("^/", "");
            } else if (!URI_OR_ABSOLUTE.matcher(target).find()) {
                target = folder + target;
            }
            m.appendReplacement(out, Matcher.quoteReplacement("include::" + target + "[" + m.group(2) + "]"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Map<String, Object> documentAttributes(String sourcePath) {
        Map<String, Object> attrs = new HashMap<>(attributes);
        String docfile = docfile(sourcePath);
        if (docfile != null) {
            // include:: paths and messages are then relative to the page's own file
            Path file = Path.of(docfile);
            attrs.put("docfile", docfile);
            attrs.put("docdir", file.getParent().toString());
            attrs.put("docname", stem(file.getFileName().toString()));
            attrs.put("docfilesuffix", file.getFileName().toString().substring(stem(file.getFileName().toString()).length()));
        }
        return attrs;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private String docfile(String sourcePath) {
        return root == null ? null : root.resolve(sourcePath).normalize().toString();
    }

    private String relative(String file) {
        if (root == null) {
            return file;
        }
        try {
            Path p = Path.of(file).toAbsolutePath().normalize();
            return p.startsWith(root) ? root.relativize(p).toString().replace('\\', '/') : p.getFileName().toString();
        } catch (RuntimeException e) {
            return file;
        }
    }

    /** Messages name files relative to the site, never by where the site lies on this machine. */
    private String withoutRoot(String text) {
        if (root == null || text == null) {
            return text == null ? "" : text;
        }
        return text.replace(root.toString() + java.io.File.separator, "").replace(root.toString(), ".");
    }

    /**
     * An error Asciidoctor reports about text it converts all the same, nothing left out: a
     * level 0 section ({@code = Title}) in an article is shown as a heading. A warning, as the
     * page reads as JBake shows it; an error that loses text (a missing include) fails the build.
     */
    private static boolean convertedAnyway(String text) {
        return text.startsWith("level 0 sections can only be used when doctype is book");
    }

    private String hint(String text) {
        if (text.startsWith("include file not found") || text.contains("include file")) {
            return siteJail
                    ? "include:: paths are relative to the page's own file and, in Asciidoctor's safe mode, stay inside"
                    + " the site's folder; asciidoctor.option.safe=unsafe lets them reach further, as in JBake"
                    : "include:: paths are relative to the page's own file";
        }
        if (convertedAnyway(text)) {
            return "a section of an article starts with '==' ('=' is the document's title); or set ':doctype: book'"
                    + " in the header to divide the page into parts";
        }
        if (text.startsWith("section title out of sequence")) {
            return "a section's level is one more than its parent's: '==' under '=', '===' under '=='";
        }
        return "Asciidoctor reports this while converting the page; fix the AsciiDoc at this line";
    }

    private Diagnostic failure(String sourcePath, int line, RuntimeException e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = msg.indexOf('\n');
        return Diagnostic.error(Position.at(sourcePath, line, 1), "AsciiDoc could not be converted: "
                        + withoutRoot(nl < 0 ? msg : msg.substring(0, nl)))
                .withHint("Asciidoctor stopped on this file; check the AsciiDoc near the top of the file "
                        + "and the asciidoctor.* keys of the configuration");
    }

    /** Where the header's lines are: the title line and the line of each {@code :name: value}. */
    private record HeaderLines(int titleLine, Map<String, int[]> attributeLines, int lastLine) implements java.io.Serializable {

        static HeaderLines of(SourceFile file) {
            int titleLine = 0;
            Map<String, int[]> attrs = new LinkedHashMap<>();
            String text = file.text();
            int lineNo = 0;
            boolean started = false;
            boolean inComment = false;
            int last = 0;
            for (int pos = 0; pos <= text.length(); ) {
                int end = text.indexOf('\n', pos);
                String line = text.substring(pos, end < 0 ? text.length() : end);
                lineNo++;
                String t = line.strip();
                if (t.equals("////")) {
                    inComment = !inComment;
                } else if (!inComment && !t.startsWith("//")) {
                    if (t.isEmpty()) {
                        if (started) {
                            break; // a header ends at its first blank line
                        }
                    } else {
                        if (!started && (line.startsWith("= ") || line.startsWith("# "))) {
                            titleLine = lineNo;
                        }
                        started = true;
                        last = lineNo;
                        Matcher m = ATTRIBUTE_LINE.matcher(line);
                        if (m.matches()) {
                            int col = m.start(4) >= 0 ? m.start(4) + 1 : line.length() + 1;
                            int len = m.group(4) == null ? 1 : Math.max(1, m.group(4).length());
                            attrs.put(m.group(2), new int[] {lineNo, col, len});
                        }
                    }
                }
                if (end < 0) {
                    break;
                }
                pos = end + 1;
            }
            return new HeaderLines(titleLine, attrs, last);
        }

        Position title(SourceFile file) {
            return titleLine == 0 ? Position.at(file.path(), 1, 1)
                    : new Position(file.path(), titleLine, 3, Math.max(1, file.line(titleLine).length() - 2));
        }

        Position attribute(SourceFile file, String name) {
            int[] at = attributeLines.get(name);
            return at == null ? Position.at(file.path(), 1, 1) : new Position(file.path(), at[0], at[1], at[2]);
        }

        /** Where a value written in the header (such as the revision date) is, else the top of the file. */
        Position valuePosition(SourceFile file, String value) {
            for (int i = 1; i <= lastLine && !value.isEmpty(); i++) {
                int col = file.line(i).indexOf(value);
                if (col >= 0) {
                    return new Position(file.path(), i, col + 1, value.length());
                }
            }
            return Position.at(file.path(), 1, 1);
        }

        java.util.Set<String> attributeNames() {
            return attributeLines.keySet();
        }
    }
}
