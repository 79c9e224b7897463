package dev.versus.load;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.diag.Suggestions;
import dev.versus.model.Aspect;
import dev.versus.model.AspectType;
import dev.versus.model.Catalog;
import dev.versus.model.Fact;
import dev.versus.model.FactValue;
import dev.versus.model.Subject;
import dev.versus.source.SourceFile;
import dev.versus.source.YNode;
import dev.versus.source.YamlReader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Binds the data folder to the comparison model: {@code aspects.yaml} (the aspect catalogue)
 * and one file per subject under a collection folder ({@code data/frameworks/django.yaml}).
 * Every problem is reported with its position; nothing is guessed.
 */
public final class DataLoader {

    /** File name of the aspect catalogue inside the data folder. */
    public static final String ASPECTS_FILE = "aspects.yaml";
    /** Every name the aspect catalogue may have. */
    public static final List<String> ASPECTS_FILE_NAMES = List.of(ASPECTS_FILE, "aspects.yml");

    /** Keys of an aspect in the catalogue. */
    public static final List<String> ASPECT_KEYS = List.of("label", "type", "group", "better", "unit", "description");
    /** Keys of a subject file. */
    public static final List<String> SUBJECT_KEYS = List.of(
            "name", "kind", "language", "website", "summary", "pros", "cons", "choose_when", "facts");
    /** Keys of a fact written as a map. */
    public static final List<String> FACT_KEYS = List.of("value", "source", "as_of", "note", "na");
    /** Group of aspects that name none. */
    public static final String DEFAULT_GROUP = "General";

    private static final Pattern ID = Subject.ID;
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private final String dataFolder;
    private final Diagnostics diags;
    /** Every aspect id in the catalogue, including those whose declaration has errors (already reported). */
    private final Set<String> declaredAspects = new java.util.LinkedHashSet<>();

    private DataLoader(String dataFolder, Diagnostics diags) {
        this.dataFolder = dataFolder;
        this.diags = diags;
    }

    /**
     * Loads the catalogue and the subjects.
     *
     * @param dataFolder the data folder relative to the site root, e.g. {@code data}
     * @param files      the YAML files read from it
     */
    public static Catalog load(String dataFolder, List<SourceFile> files, Diagnostics diags) {
        return new DataLoader(dataFolder, diags).load(files);
    }

    /** A data file that stands for a subject: one in a collection folder, named after the subject's id. */
    public record SubjectFile(String id, String collection, String path) implements java.io.Serializable {
    }

    /**
     * The subject a data file stands for, by the rules {@link #load} reads the data folder by, or
     * null when it is the aspect catalogue or one of JBake's data files (at the folder's top).
     * Its id and collection may still be invalid (loading reports that).
     */
    public static SubjectFile subjectFile(String dataFolder, String path) {
        String rel = path.substring(dataFolder.length() + 1);
        int slash = rel.lastIndexOf('/');
        if (ASPECTS_FILE_NAMES.contains(rel) || slash < 0) {
            return null;
        }
        String fileName = rel.substring(slash + 1);
        return new SubjectFile(fileName.substring(0, fileName.lastIndexOf('.')), rel.substring(0, slash), path);
    }

    private Catalog load(List<SourceFile> files) {
        String aspectsPath = dataFolder + "/" + ASPECTS_FILE;
        SourceFile aspectsFile = null;
        List<SourceFile> subjectFiles = new ArrayList<>();
        Map<String, Map<String, Object>> dataFiles = new TreeMap<>();
        for (SourceFile f : files) {
            String rel = f.path().substring(dataFolder.length() + 1);
            if (ASPECTS_FILE_NAMES.contains(rel)) {
                aspectsFile = f;
                aspectsPath = f.path();
            } else if (!rel.contains("/")) {
                // Subjects live in collection folders; a YAML file at the top of the data folder is
                // one of JBake's data files, which JBake reads only there.
                Map<String, Object> doc = dataFile(f);
                if (doc != null) {
                    dataFiles.put(rel, doc);
                }
            } else {
                subjectFiles.add(f);
            }
        }
        Map<String, Map<String, Object>> jbakeData = Collections.unmodifiableMap(dataFiles);
        if (aspectsFile == null && subjectFiles.isEmpty()) {
            return new Catalog(Map.of(), Map.of(), aspectsPath, jbakeData);
        }
        Map<String, Aspect> aspects = aspectsFile == null ? Map.of() : aspects(aspectsFile);
        if (aspectsFile == null) {
            diags.add(Diagnostic.error(Position.file(aspectsPath), "the data folder has subjects but no aspect catalogue")
                    .withHint("create " + aspectsPath + " declaring each aspect: label, type, group, description"));
        }
        Map<String, Subject> subjects = new TreeMap<>();
        for (SourceFile f : subjectFiles) {
            // Without a catalogue every fact would be "unknown"; the missing file is reported once instead.
            Subject s = subject(f, aspects, aspectsFile == null ? "" : aspectsPath);
            if (s == null) {
                continue;
            }
            Subject other = subjects.putIfAbsent(s.id(), s);
            if (other != null) {
                diags.add(Diagnostic.error(Position.file(f.path()), "subject id '" + s.id() + "' is used twice")
                        .withHint("'" + other.sourcePath() + "' has the same file name; subject ids must be unique "
                                + "across collections, so rename one of the files"));
            }
        }
        return new Catalog(Collections.unmodifiableMap(aspects), Collections.unmodifiableMap(subjects), aspectsPath,
                jbakeData);
    }

    // ---- JBake data files

    /**
     * A JBake data file as JBake's YAML engine makes it: a map's entries, or a list under
     * {@code data}; YAML dates as {@link java.util.Date}, as SnakeYAML gives them to JBake.
     */
    private Map<String, Object> dataFile(SourceFile file) {
        YNode root = parse(file);
        if (root == null) {
            return null;
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        if (root instanceof YNode.Map) {
            doc.putAll(asMap(jbakeValue(root)));
        } else if (root instanceof YNode.Seq) {
            doc.put("data", jbakeValue(root));
        } else if (!(root instanceof YNode.Scalar s && s.isNull())) {
            error(file, root.position(), "a data file must hold a map or a list, not a " + root.kindName(),
                    "write 'key: value' lines, or a list of '- ' items");
            return null;
        }
        doc.put("type", "data");
        doc.put("sourceuri", file.path().substring(dataFolder.length() + 1));
        return Collections.unmodifiableMap(doc);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    private static Object jbakeValue(YNode n) {
        if (n instanceof YNode.Scalar s) {
            if (s.isNull()) {
                return null;
            }
            if (s.kind() == YNode.Kind.TIMESTAMP) {
                Date d = timestamp(s.value());
                return d == null ? s.value() : d;
            }
            return Values.plain(s);
        }
        if (n instanceof YNode.Seq q) {
            List<Object> out = new ArrayList<>(q.items().size());
            q.items().forEach(item -> out.add(jbakeValue(item)));
            return Collections.unmodifiableList(out);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        ((YNode.Map) n).entries().values().forEach(e -> out.put(e.key(), jbakeValue(e.value())));
        return Collections.unmodifiableMap(out);
    }

    /** A YAML timestamp as SnakeYAML reads it: a date alone is midnight UTC, a time without a zone UTC. */
    private static Date timestamp(String v) {
        String t = v.trim();
        try {
            if (t.length() <= 10) {
                return Date.from(java.time.LocalDate.parse(t).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            }
            // 2001-12-14t21:59:43.10-05:00, 2001-12-14 21:59:43.10 -5, 2001-12-15 2:59:43.10
            String iso = t.substring(0, 10) + "T" + t.substring(11).replaceAll("\\s+", "");
            iso = iso.replaceFirst("T(\\d):", "T0$1:");
            java.util.regex.Matcher m = Pattern.compile("([+-])(\\d{1,2}):?(\\d{2})?$").matcher(iso);
            if (m.find()) {
                String h = m.group(2).length() == 1 ? "0" + m.group(2) : m.group(2);
                iso = iso.substring(0, m.start()) + m.group(1) + h + ":" + (m.group(3) == null ? "00" : m.group(3));
                return Date.from(java.time.OffsetDateTime.parse(iso).toInstant());
            }
            if (iso.endsWith("Z") || iso.endsWith("z")) {
                return Date.from(java.time.OffsetDateTime.parse(iso.substring(0, iso.length() - 1) + "Z").toInstant());
            }
            return Date.from(java.time.LocalDateTime.parse(iso).atOffset(java.time.ZoneOffset.UTC).toInstant());
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ---- aspect catalogue

    private Map<String, Aspect> aspects(SourceFile file) {
        Map<String, Aspect> out = new LinkedHashMap<>();
        YNode root = parse(file);
        if (root == null) {
            return out;
        }
        if (!(root instanceof YNode.Map map)) {
            if (!(root instanceof YNode.Scalar s && s.isNull())) {
                error(file, root.position(), "the aspect catalogue must be a map of aspect ids, not a " + root.kindName(),
                        "write one entry per aspect: 'first_release:' followed by its label and type, indented");
            }
            return out;
        }
        for (YNode.Entry e : map.entries().values()) {
            String id = e.key();
            declaredAspects.add(id);
            if (!ID.matcher(id).matches()) {
                error(file, e.keyPosition().withLength(id.length()), "aspect id '" + id + "' is not a valid id",
                        "use lower-case letters, digits, '_' and '-', e.g. first_release");
                continue;
            }
            if (!(e.value() instanceof YNode.Map a)) {
                error(file, e.value().position(), "aspect '" + id + "' must be a map with at least 'label' and 'type'",
                        "write, indented under '" + id + ":', 'label: …' and 'type: text'");
                continue;
            }
            unknownKeys(file, a, ASPECT_KEYS, "aspect");
            String label = text(file, a, "label");
            AspectType type = null;
            YNode typeNode = a.get("type");
            if (typeNode == null) {
                error(file, e.keyPosition().withLength(id.length()), "aspect '" + id + "' has no 'type'",
                        "add 'type:' with one of: " + typeNames());
            } else if (typeNode instanceof YNode.Scalar ts && !ts.isNull()) {
                type = typeOf(ts.value());
                if (type == null) {
                    error(file, ts.position(), "unknown aspect type '" + ts.value() + "'",
                            Suggestions.closest(ts.value(), typeNames()).map(t -> "did you mean '" + t + "'? ").orElse("")
                                    + "types are: " + String.join(", ", typeNames()));
                }
            } else {
                error(file, typeNode.position(), "'type' must be one word", "types are: " + String.join(", ", typeNames()));
            }
            if (label == null && !a.entries().containsKey("label")) {
                error(file, e.keyPosition().withLength(id.length()), "aspect '" + id + "' has no 'label'",
                        "add 'label:' with the text shown in table rows, e.g. label: First release");
            }
            Aspect.Better better = null;
            YNode b = a.get("better");
            if (b != null) {
                String bt = b instanceof YNode.Scalar bs && !bs.isNull() ? bs.value() : "";
                if (bt.equals("higher")) {
                    better = Aspect.Better.HIGHER;
                } else if (bt.equals("lower")) {
                    better = Aspect.Better.LOWER;
                } else {
                    error(file, b.position(), "'better' must be 'higher' or 'lower'",
                            "say which values win: better: higher, or better: lower");
                }
                if (better != null && type != null && !type.isOrdered()) {
                    error(file, b.position(), "'better' needs a number, year or rating aspect, but '" + id + "' is "
                            + type.label(), "remove 'better', or change the type");
                    better = null;
                }
            }
            String unit = text(file, a, "unit");
            if (unit != null && type != null && type != AspectType.NUMBER) {
                error(file, a.get("unit").position(), "'unit' needs a number aspect, but '" + id + "' is " + type.label(),
                        "remove 'unit', or change the type to number");
            }
            String group = text(file, a, "group");
            String description = text(file, a, "description");
            if (type != null && label != null) {
                out.put(id, new Aspect(id, label.strip(), type, group == null || group.isBlank() ? DEFAULT_GROUP : group.strip(),
                        better, unit, description, e.keyPosition().withLength(id.length())));
            }
        }
        return out;
    }

    private static AspectType typeOf(String s) {
        for (AspectType t : AspectType.values()) {
            if (t.label().equals(s.strip().toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        return null;
    }

    private static List<String> typeNames() {
        return Arrays.stream(AspectType.values()).map(AspectType::label).toList();
    }

    // ---- subjects

    private Subject subject(SourceFile file, Map<String, Aspect> aspects, String aspectsPath) {
        SubjectFile named = subjectFile(dataFolder, file.path());
        String collection = named.collection();
        String id = named.id();
        boolean ok = true;
        if (!ID.matcher(id).matches()) {
            diags.add(Diagnostic.error(Position.file(file.path()), "subject id '" + id + "' is not a valid id")
                    .withHint("rename the file using lower-case letters, digits, '_' and '-', e.g. nodejs.yaml"));
            ok = false;
        }
        for (String part : collection.split("/")) {
            if (!ID.matcher(part).matches()) {
                diags.add(Diagnostic.error(Position.file(file.path()), "collection folder '" + collection + "' is not a valid URL folder")
                        .withHint("rename the folder using lower-case letters, digits, '_' and '-', e.g. frameworks"));
                ok = false;
                break;
            }
        }
        YNode root = parse(file);
        if (root == null) {
            return null;
        }
        if (root instanceof YNode.Scalar empty && empty.isNull()) {
            diags.add(Diagnostic.error(Position.file(file.path()), "subject file is empty")
                    .withHint("start with 'name: …', then 'facts:' with one line per aspect"));
            return null;
        }
        if (!(root instanceof YNode.Map map)) {
            error(file, root.position(), "a subject file must be a map of 'key: value' lines, not a " + root.kindName(),
                    "start with 'name: …', then 'facts:' with one line per aspect");
            return null;
        }
        int before = diags.errorCount();
        unknownKeys(file, map, SUBJECT_KEYS, "subject");
        String name = text(file, map, "name");
        if (name == null || name.isBlank()) {
            Position p = map.entries().containsKey("name") ? map.get("name").position() : map.position();
            error(file, p, "subject '" + id + "' has no 'name'", "add 'name:' with the name shown in tables, e.g. name: Django");
        }
        String website = text(file, map, "website");
        if (website != null && !URL.matcher(website.strip()).matches()) {
            error(file, map.get("website").position(), "'website' must be an http:// or https:// address",
                    "write the full address, e.g. https://www.djangoproject.com/");
        }
        Map<String, Fact> facts = new LinkedHashMap<>();
        YNode factsNode = map.get("facts");
        if (factsNode instanceof YNode.Map fm) {
            Map<String, Fact> unordered = new LinkedHashMap<>();
            for (YNode.Entry e : fm.entries().values()) {
                Aspect aspect = aspects.get(e.key());
                if (aspect == null) {
                    // An aspect declared with errors has been reported in the catalogue already.
                    if (!aspectsPath.isEmpty() && !declaredAspects.contains(e.key())) {
                        error(file, e.keyPosition().withLength(e.key().length()), "unknown aspect '" + e.key() + "'",
                                Suggestions.closest(e.key(), declaredAspects).map(s -> "did you mean '" + s + "'? ").orElse("")
                                        + "Aspects are declared in " + aspectsPath);
                    }
                    continue;
                }
                Fact f = fact(file, aspect, e);
                if (f != null) {
                    unordered.put(aspect.id(), f);
                }
            }
            for (String a : aspects.keySet()) {
                if (unordered.containsKey(a)) {
                    facts.put(a, unordered.get(a));
                }
            }
        } else if (factsNode != null && !(factsNode instanceof YNode.Scalar s && s.isNull())) {
            error(file, factsNode.position(), "'facts' must be a map of aspect ids to values, not a " + factsNode.kindName(),
                    "write one 'aspect_id: value' line per fact, indented under 'facts:'");
        }
        if (!ok || diags.errorCount() > before) {
            return null;
        }
        return new Subject(id, collection, name.strip(), trim(text(file, map, "kind")), trim(text(file, map, "language")),
                trim(website), trim(text(file, map, "summary")), list(file, map, "pros"), list(file, map, "cons"),
                list(file, map, "choose_when"), Collections.unmodifiableMap(facts), file.path(), map.position());
    }

    private Fact fact(SourceFile file, Aspect aspect, YNode.Entry e) {
        YNode node = e.value();
        if (!(node instanceof YNode.Map m)) {
            FactValue v = value(file, aspect, node);
            return v == null ? null : new Fact(aspect.id(), v, null, null, null, node.position());
        }
        unknownKeys(file, m, FACT_KEYS, "fact");
        YNode na = m.get("na");
        YNode valueNode = m.get("value");
        FactValue value;
        if (na != null) {
            if (valueNode != null) {
                error(file, m.entries().get("na").keyPosition().withLength(2), "fact '" + aspect.id() + "' has both 'value' and 'na'",
                        "keep 'value' if the aspect applies, or 'na' with the reason it does not");
                return null;
            }
            if (!(na instanceof YNode.Scalar s) || s.isNull() || s.kind() != YNode.Kind.STRING || s.value().isBlank()) {
                error(file, na.position(), "'na' needs a reason",
                        "say why '" + aspect.label() + "' does not apply, e.g. na: A runtime, not a framework");
                return null;
            }
            value = new FactValue.NotApplicable(s.value().strip());
        } else if (valueNode == null) {
            error(file, e.keyPosition().withLength(e.key().length()), "fact '" + aspect.id() + "' has no 'value'",
                    "add 'value: …', or 'na: <reason>' when the aspect does not apply");
            return null;
        } else {
            value = value(file, aspect, valueNode);
        }
        String source = text(file, m, "source");
        if (source != null && !URL.matcher(source.strip()).matches()) {
            error(file, m.get("source").position(), "'source' must be an http:// or https:// address",
                    "write the full address of the page that supports the value");
            source = null;
        }
        String asOf = text(file, m, "as_of");
        String note = text(file, m, "note");
        return value == null ? null : new Fact(aspect.id(), value, trim(source), trim(asOf), trim(note), node.position());
    }

    private FactValue value(SourceFile file, Aspect aspect, YNode node) {
        String what = "'" + aspect.id() + "' is a " + aspect.type().label() + " aspect";
        if (node instanceof YNode.Scalar s && s.isNull()) {
            error(file, node.position(), "fact '" + aspect.id() + "' is empty",
                    "write its value, or 'na: <reason>' when the aspect does not apply");
            return null;
        }
        switch (aspect.type()) {
            case LIST -> {
                if (!(node instanceof YNode.Seq q)) {
                    error(file, node.position(), what + "; write a list, not a " + node.kindName(),
                            "write the items in brackets, e.g. [ORM, Migrations], or one '- item' per line");
                    return null;
                }
                List<String> items = new ArrayList<>();
                for (YNode item : q.items()) {
                    if (item instanceof YNode.Scalar is && !is.isNull() && !is.value().isBlank()) {
                        items.add(is.value().strip());
                    } else {
                        error(file, item.position(), "a list item of '" + aspect.id() + "' must be short text, not a "
                                + item.kindName(), "write each item as plain text");
                    }
                }
                return new FactValue.Items(List.copyOf(items));
            }
            default -> {
                // every other type is one scalar
            }
        }
        if (!(node instanceof YNode.Scalar s)) {
            error(file, node.position(), what + "; write one value, not a " + node.kindName(),
                    aspect.type() == AspectType.TEXT ? "write the items as one line of text, or make the aspect a list"
                            : "write a single " + aspect.type().label());
            return null;
        }
        String v = s.value().strip();
        return switch (aspect.type()) {
            case TEXT -> new FactValue.Text(v);
            case LINK -> {
                if (!URL.matcher(v).matches()) {
                    error(file, s.position(), what + "; '" + v + "' is not an http:// or https:// address",
                            "write the full address, e.g. https://github.com/django/django");
                    yield null;
                }
                yield new FactValue.Link(v);
            }
            case BOOLEAN -> {
                if (s.kind() != YNode.Kind.BOOL) {
                    error(file, s.position(), what + "; write true or false, not '" + v + "'",
                            "use true or false, and put any explanation in 'note'");
                    yield null;
                }
                String l = v.toLowerCase(Locale.ROOT);
                yield new FactValue.Bool(l.equals("true") || l.equals("yes") || l.equals("on") || l.equals("y"));
            }
            case NUMBER -> {
                Double d = number(s);
                if (d == null) {
                    error(file, s.position(), what + "; '" + v + "' is not a number",
                            "write digits only, e.g. 42 or 3.5" + (aspect.unit() == null ? "" : "; the unit (" + aspect.unit()
                                    + ") is added when the value is shown"));
                    yield null;
                }
                yield new FactValue.Number(d, v.replace("_", ""));
            }
            case YEAR -> {
                Double d = s.kind() == YNode.Kind.INT ? number(s) : null;
                if (d == null || d < 1000 || d > 9999) {
                    error(file, s.position(), what + "; '" + v + "' is not a four-digit year",
                            "write the year alone, e.g. 2005, and put details in 'note'");
                    yield null;
                }
                yield new FactValue.Number(d, Integer.toString(d.intValue()));
            }
            case RATING -> {
                Double d = s.kind() == YNode.Kind.INT ? number(s) : null;
                if (d == null || d < 1 || d > AspectType.MAX_RATING) {
                    error(file, s.position(), what + "; '" + v + "' is not a whole number from 1 to " + AspectType.MAX_RATING,
                            "rate it 1, 2, 3, 4 or 5 and explain the rating in 'note'");
                    yield null;
                }
                yield new FactValue.Number(d, Integer.toString(d.intValue()));
            }
            default -> throw new IllegalStateException(aspect.type().name());
        };
    }

    private static Double number(YNode.Scalar s) {
        if (s.kind() != YNode.Kind.INT && s.kind() != YNode.Kind.FLOAT) {
            return null;
        }
        try {
            double d = s.kind() == YNode.Kind.INT ? Long.decode(s.value().replace("_", "")) : Double.parseDouble(s.value().replace("_", ""));
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- helpers

    private YNode parse(SourceFile file) {
        YamlReader.Result r = YamlReader.parse(file, file.text(), 1);
        diags.addAll(r.diagnostics());
        return r.ok() ? r.root() : null;
    }

    private void unknownKeys(SourceFile file, YNode.Map map, List<String> known, String what) {
        Set<String> set = Set.copyOf(known);
        for (YNode.Entry e : map.entries().values()) {
            if (!set.contains(e.key())) {
                String hint = Suggestions.closest(e.key(), known).map(s -> "did you mean '" + s + "'? ").orElse("")
                        + "the keys of a " + what + " are: " + String.join(", ", known);
                error(file, e.keyPosition().withLength(e.key().length()), "unknown " + what + " key '" + e.key() + "'", hint);
            }
        }
    }

    /** A text value of {@code key}, or null when absent; reports lists and maps. */
    private String text(SourceFile file, YNode.Map map, String key) {
        YNode v = map.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof YNode.Scalar s) {
            return s.isNull() ? null : s.value();
        }
        error(file, v.position(), "'" + key + "' must be text, not a " + v.kindName(), "write it on one line, e.g. " + key + ": …");
        return null;
    }

    private List<String> list(SourceFile file, YNode.Map map, String key) {
        YNode v = map.get(key);
        if (v == null || v instanceof YNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(v instanceof YNode.Seq q)) {
            error(file, v.position(), "'" + key + "' must be a list, not a " + v.kindName(), "write one '- item' line per entry");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (YNode item : q.items()) {
            if (item instanceof YNode.Scalar s && !s.isNull() && !s.value().isBlank()) {
                out.add(s.value().strip());
            } else {
                error(file, item.position(), "an entry of '" + key + "' must be text, not a " + item.kindName(),
                        "write each entry as one line of text");
            }
        }
        return List.copyOf(out);
    }

    private void error(SourceFile file, Position p, String message, String hint) {
        diags.add(file.quote(Diagnostic.error(p, message).withHint(hint)));
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
