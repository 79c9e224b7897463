package dev.versus.cli;

import dev.versus.config.ConfigLoader;
import dev.versus.config.SiteConfig;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Suggestions;
import dev.versus.source.SiteReader;
import dev.versus.source.SourceFile;
import dev.versus.source.YNode;
import dev.versus.source.YamlReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** {@code versus new article|subject}: creates one content or data file, filled in, never overwriting. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Create an article or a subject file, filled in and ready to edit.",
        subcommands = {NewCommand.Article.class, NewCommand.Subject.class})
final class NewCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.EXIT_USAGE;
    }

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final String EXIT_HEADING = "%nExit codes:%n";

    /** Options shared by both kinds. */
    static class SiteOption {
        @Option(names = {"-s", "--site"}, paramLabel = "SITE_DIR", description = "The site folder (default: .).")
        Path site = Path.of(".");
    }

    @Command(name = "article", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Create an article in content/<folder>/ named after its title, dated today.",
                    "With --compare, the subjects are checked against data/ and the article starts with a "
                            + "comparison table, pros and cons, a 'when to choose' section and a FAQ."},
            exitCodeListHeading = EXIT_HEADING,
            exitCodeList = {"0:the article was created", "1:the file exists already; nothing was written",
                    "2:wrong usage, e.g. an unknown subject"})
    static final class Article extends SiteOption implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "TITLE", description = "The title, e.g. \"Django vs Flask\".")
        String title;

        @Option(names = {"-c", "--compare"}, split = ",", paramLabel = "SUBJECT",
                description = "Ids of the subjects compared, e.g. django,flask (file names in data/<collection>/).")
        List<String> compare = new ArrayList<>();

        @Option(names = "--folder", paramLabel = "FOLDER", description = "Folder under content/ (default: blog).")
        String folder = "blog";

        @Option(names = "--slug", paramLabel = "SLUG", description = "File name without .md (default: from the title).")
        String slug;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Main.checkSite(site, err)) {
                return Main.EXIT_USAGE;
            }
            String name = slug != null ? slug : slug(title);
            if (name.isEmpty() || !ID.matcher(name).matches()) {
                err.println("versus: cannot make a file name from '" + (slug != null ? slug : title) + "'");
                err.println("  hint: give one with --slug, using lower-case letters, digits and '-', e.g. --slug django-vs-flask");
                return Main.EXIT_USAGE;
            }
            String cleanFolder = folder.replace('\\', '/').replaceAll("^/+|/+$", "");
            if (cleanFolder.contains("..")) {
                err.println("versus: --folder must stay inside the content folder, not '" + folder + "'");
                return Main.EXIT_USAGE;
            }
            SiteConfig config = config(site);
            Map<String, Path> subjects = subjects(site, config);
            List<String> ids = compare.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            boolean bad = false;
            for (String id : ids) {
                if (!subjects.containsKey(id)) {
                    bad = true;
                    err.println("versus: unknown subject '" + id + "'");
                    err.println("  hint: " + Suggestions.hint(id, subjects.keySet(), "subjects")
                            + " Subjects are the files in " + config.get("data.folder") + "/<collection>/; "
                            + "create one with: versus new subject " + id);
                }
            }
            if (ids.size() != ids.stream().distinct().count()) {
                bad = true;
                err.println("versus: --compare names a subject twice: " + String.join(",", ids));
            }
            if (bad) {
                return Main.EXIT_USAGE;
            }
            String dir = config.get("content.folder").replaceAll("/+$", "") + (cleanFolder.isEmpty() ? "" : "/" + cleanFolder);
            String path = dir + "/" + name + ".md";
            LocalDate today = LocalDate.now(config.zone());
            NewFiles files = new NewFiles(site).add(path, article(title, today, ids, subjects, config));
            if (!files.write(err)) {
                return Main.EXIT_SITE_ERRORS;
            }
            out.println("Created " + path);
            return 0;
        }
    }

    @Command(name = "subject", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Create a subject file in data/<collection>/ with every aspect of the catalogue as a key to fill.",
                    "Until its facts are filled in, 'versus check' lists the empty ones."},
            exitCodeListHeading = EXIT_HEADING,
            exitCodeList = {"0:the subject was created", "1:the subject exists already; nothing was written",
                    "2:wrong usage, e.g. an invalid id or an unknown collection"})
    static final class Subject extends SiteOption implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "The subject id and file name, e.g. flask.")
        String id;

        @Option(names = "--collection", paramLabel = "COLLECTION",
                description = "Folder under data/, e.g. frameworks (default: the only one there is).")
        String collection;

        @Option(names = "--name", paramLabel = "NAME", description = "Display name (default: the id, capitalised).")
        String name;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Main.checkSite(site, err)) {
                return Main.EXIT_USAGE;
            }
            if (!ID.matcher(id).matches()) {
                err.println("versus: '" + id + "' is not a valid subject id");
                err.println("  hint: use lower-case letters, digits, '_' and '-', e.g. " + slug(id).replace('-', '_'));
                return Main.EXIT_USAGE;
            }
            SiteConfig config = config(site);
            String data = config.get("data.folder").replaceAll("/+$", "");
            Map<String, Path> subjects = subjects(site, config);
            if (subjects.containsKey(id)) {
                err.println("versus: subject '" + id + "' exists already: " + site.relativize(subjects.get(id)).toString().replace('\\', '/'));
                err.println("  hint: subject ids are unique across collections; choose another id");
                return Main.EXIT_SITE_ERRORS;
            }
            List<String> collections = collections(site, config);
            String col = collection;
            if (col == null) {
                if (collections.size() == 1) {
                    col = collections.get(0);
                } else {
                    err.println("versus: say which collection the subject belongs to, with --collection");
                    err.println("  hint: " + (collections.isEmpty() ? "there is none yet; any folder name works, e.g. --collection frameworks"
                            : "existing collections: " + String.join(", ", collections)));
                    return Main.EXIT_USAGE;
                }
            }
            if (!ID.matcher(col).matches()) {
                err.println("versus: '" + col + "' is not a valid collection folder name");
                err.println("  hint: use lower-case letters, digits, '_' and '-', e.g. frameworks");
                return Main.EXIT_USAGE;
            }
            if (!collections.isEmpty() && !collections.contains(col)) {
                String wanted = col;
                java.util.Optional<String> close = Suggestions.closest(wanted, collections);
                if (close.isPresent()) {
                    err.println("versus: there is no collection '" + wanted + "'");
                    err.println("  hint: did you mean '" + close.get() + "'? Existing collections: " + String.join(", ", collections));
                    return Main.EXIT_USAGE;
                }
            }
            Map<String, YNode.Map> aspects = aspects(site, config, err);
            if (aspects == null) {
                return Main.EXIT_SITE_ERRORS;
            }
            String path = data + "/" + col + "/" + id + ".yaml";
            NewFiles files = new NewFiles(site).add(path, subject(name != null ? name : capitalise(id), aspects));
            if (!files.write(err)) {
                return Main.EXIT_SITE_ERRORS;
            }
            out.println("Created " + path + " with " + aspects.size() + " facts to fill in; 'versus check' lists the empty ones.");
            return 0;
        }
    }

    /** A file name from a title: "Django vs. Flask!" → django-vs-flask. */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String capitalise(String id) {
        String s = id.replace('_', ' ').replace('-', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static SiteConfig config(Path site) throws IOException {
        Diagnostics diags = new Diagnostics();
        SourceFile file = SiteReader.readConfig(site, ConfigLoader.FILE_NAME, diags);
        return ConfigLoader.load(file, Map.of()).config();
    }

    /** Subject id → file, for every data/<collection>/<id>.yaml. */
    static Map<String, Path> subjects(Path site, SiteConfig config) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        Path data = site.resolve(config.get("data.folder"));
        if (!Files.isDirectory(data)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(data)) {
            s.filter(Files::isRegularFile)
                    .filter(p -> !p.getParent().equals(data))
                    .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .forEach(p -> out.putIfAbsent(p.getFileName().toString().replaceAll("\\.ya?ml$", ""), p));
        }
        return out;
    }

    private static List<String> collections(Path site, SiteConfig config) throws IOException {
        Path data = site.resolve(config.get("data.folder"));
        if (!Files.isDirectory(data)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(data)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The aspect catalogue, id → its map, in file order; empty if there is none; null if it cannot be read. */
    static Map<String, YNode.Map> aspects(Path site, SiteConfig config, PrintWriter err) throws IOException {
        Map<String, YNode.Map> out = new LinkedHashMap<>();
        String data = config.get("data.folder").replaceAll("/+$", "");
        Path file = site.resolve(data).resolve("aspects.yaml");
        if (!Files.isRegularFile(file)) {
            file = site.resolve(data).resolve("aspects.yml");
        }
        if (!Files.isRegularFile(file)) {
            return out;
        }
        String rel = data + "/" + file.getFileName();
        SourceFile source = SourceFile.of(rel, Files.readString(file, StandardCharsets.UTF_8));
        YamlReader.Result r = YamlReader.parse(source, source.text(), 1);
        if (!r.ok()) {
            err.println("versus: " + rel + " cannot be read; run 'versus check' to see why");
            return null;
        }
        if (r.root() instanceof YNode.Map m) {
            for (YNode.Entry e : m.entries().values()) {
                out.put(e.key(), e.value() instanceof YNode.Map a ? a : new YNode.Map(Map.of(), e.value().position()));
            }
        }
        return out;
    }

    private static String text(YNode.Map m, String key) {
        return m.get(key) instanceof YNode.Scalar s && !s.isNull() ? s.value().strip() : null;
    }

    private static String subject(String name, Map<String, YNode.Map> aspects) {
        StringBuilder b = new StringBuilder();
        b.append("name: ").append(yamlText(name)).append('\n')
                .append("kind:\n")
                .append("language:\n")
                .append("# website: https://…\n")
                .append("summary: >-\n  One or two sentences shown on its profile page and in listings.\n")
                .append("pros:\n  - A strength\n")
                .append("cons:\n  - A weakness\n")
                .append("choose_when:\n  - A situation where it is the better choice\n")
                .append("# One line per aspect of the catalogue. Write the value, or, with a source:\n")
                .append("#   first_release: {value: 2010, source: https://…, as_of: 2025-01, note: …}\n")
                .append("# When an aspect does not apply: {na: the reason}\n")
                .append("facts:\n");
        aspects.forEach((id, a) -> {
            String type = text(a, "type");
            String label = text(a, "label");
            String unit = text(a, "unit");
            StringBuilder comment = new StringBuilder();
            comment.append(label != null ? label : id);
            if (type != null) {
                comment.append(" (").append(type).append(unit != null ? ", " + unit : "").append(")");
            }
            String hint = switch (type == null ? "" : type) {
                case "list" -> "[item, item]";
                case "boolean" -> "true or false";
                case "rating" -> "1 to 5";
                case "year" -> "e.g. 2010";
                case "link" -> "https://…";
                default -> "";
            };
            b.append("  ").append(id).append(":  # ").append(comment).append(hint.isEmpty() ? "" : ": " + hint).append('\n');
        });
        return b.toString();
    }

    private static String article(String title, LocalDate date, List<String> ids, Map<String, Path> subjects,
                                  SiteConfig config) throws IOException {
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            names.add(subjectName(subjects.get(id), id));
        }
        StringBuilder b = new StringBuilder();
        b.append("---\n")
                .append("title: ").append(yamlText(title)).append('\n')
                .append("date: ").append(date).append('\n')
                .append("type: post\n")
                .append("status: published\n")
                .append("tags: [").append(String.join(", ", ids)).append("]\n")
                .append("summary: ").append(yamlText(ids.isEmpty() ? "One sentence shown in listings and feeds."
                        : "How " + joinNames(names) + " compare, and when to choose each.")).append('\n');
        if (!ids.isEmpty()) {
            b.append("compare: [").append(String.join(", ", ids)).append("]\n");
        }
        b.append("---\n\n")
                .append("Write the introduction here.");
        if (ids.isEmpty()) {
            b.append("\n");
            return b.toString();
        }
        List<String> shared = sharedAspects(ids, subjects);
        if (!shared.isEmpty()) {
            // a real citation, so the new article builds and shows the syntax
            b.append(" Facts cited inline come from the data and always match the table: ")
                    .append(names.get(0)).append("'s ").append(shared.get(0).replace('_', ' ')).append(" is {{")
                    .append(ids.get(0)).append('.').append(shared.get(0)).append("}}.");
        }
        b.append("\n\n");
        b.append("## At a glance\n\n```comparison\n");
        if (!shared.isEmpty()) {
            b.append("aspects: ").append(String.join(", ", shared)).append('\n');
        }
        b.append("caption: ").append(joinNames(names)).append(" at a glance\n```\n\n")
                .append("## Pros and cons\n\n```proscons\nsubjects: ").append(String.join(", ", ids)).append("\n```\n\n")
                .append("## When to choose each\n\n```choose\nsubjects: ").append(String.join(", ", ids)).append("\n```\n\n")
                .append("## Frequently asked questions\n\n")
                .append("### Which one should I learn first?\n\nAnswer the question here. Each '###' heading in this section "
                        + "becomes a question of the page's FAQ and its structured data.\n");
        return b.toString();
    }

    /** Aspects, in the order of the first subject's file, that every compared subject has a fact for. */
    private static List<String> sharedAspects(List<String> ids, Map<String, Path> subjects) throws IOException {
        List<String> shared = null;
        for (String id : ids) {
            List<String> facts = factKeys(subjects.get(id));
            if (shared == null) {
                shared = new ArrayList<>(facts);
            } else {
                shared.retainAll(facts);
            }
        }
        return shared == null ? List.of() : shared;
    }

    private static List<String> factKeys(Path file) throws IOException {
        YNode.Map root = subjectRoot(file);
        if (root != null && root.get("facts") instanceof YNode.Map facts) {
            List<String> out = new ArrayList<>();
            facts.entries().forEach((k, e) -> {
                if (!(e.value() instanceof YNode.Scalar s && s.isNull())) {
                    out.add(k);
                }
            });
            return out;
        }
        return List.of();
    }

    private static String subjectName(Path file, String id) throws IOException {
        YNode.Map root = subjectRoot(file);
        String n = root == null ? null : text(root, "name");
        return n == null || n.isEmpty() ? id : n;
    }

    private static YNode.Map subjectRoot(Path file) throws IOException {
        SourceFile source = SourceFile.of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        YamlReader.Result r = YamlReader.parse(source, source.text(), 1);
        return r.root() instanceof YNode.Map m ? m : null;
    }

    private static String joinNames(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** Text as a YAML scalar, quoted when plain style would change its meaning. */
    static String yamlText(String s) {
        if (s.matches("[A-Za-z0-9][A-Za-z0-9 .,'()!?&+-]*") && !s.contains(": ") && !s.endsWith(":")) {
            return s;
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
