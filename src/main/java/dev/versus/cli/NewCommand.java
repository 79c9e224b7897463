package dev.versus.cli;

import dev.versus.config.SiteConfig;
import dev.versus.diag.Suggestions;
import dev.versus.model.Aspect;
import dev.versus.model.Catalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

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
            String name = slug != null ? slug : slug(title);
            if (name.isEmpty() || !dev.versus.model.Subject.ID.matcher(name).matches()) {
                return Console.usage(err, "cannot make a file name from '" + (slug != null ? slug : title) + "'",
                        "give one with --slug, using lower-case letters, digits and '-', e.g. --slug django-vs-flask");
            }
            String cleanFolder = folder.replace('\\', '/').replaceAll("^/+|/+$", "");
            if (cleanFolder.contains("..")) {
                return Console.usage(err, "--folder must stay inside the content folder, not '" + folder + "'",
                        "name a folder under the content folder, e.g. --folder blog");
            }
            Console.Opened opened = Console.open(site, err);
            if (!opened.ok()) {
                return opened.exitCode();
            }
            SiteConfig config = opened.data().config();
            Catalog catalog = opened.data().catalog();
            List<String> ids = compare.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            boolean bad = false;
            for (String id : ids) {
                if (!opened.data().subjectFiles().containsKey(id)) {
                    bad = true;
                    Console.usage(err, "unknown subject '" + id + "'", Suggestions.hint(id, opened.data().subjectFiles().keySet(), "subjects")
                            + " Subjects are the files in " + opened.data().dataFolder() + "/<collection>/; "
                            + "create one with: versus new subject " + id);
                }
            }
            if (ids.size() != ids.stream().distinct().count()) {
                bad = true;
                Console.usage(err, "--compare names a subject twice: " + String.join(",", ids), "name each subject once");
            }
            if (bad) {
                return Main.EXIT_USAGE;
            }
            String dir = config.get("content.folder").replaceAll("/+$", "") + (cleanFolder.isEmpty() ? "" : "/" + cleanFolder);
            String path = dir + "/" + name + ".md";
            LocalDate today = LocalDate.now(config.zone());
            NewFiles files = new NewFiles(site).add(path, article(title, today, ids, catalog));
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
            if (!dev.versus.model.Subject.ID.matcher(id).matches()) {
                return Console.usage(err, "'" + id + "' is not a valid subject id",
                        "use lower-case letters, digits, '_' and '-', e.g. " + slug(id).replace('-', '_'));
            }
            Console.Opened opened = Console.open(site, err);
            if (!opened.ok()) {
                return opened.exitCode();
            }
            String data = opened.data().dataFolder();
            Catalog catalog = opened.data().catalog();
            if (opened.data().subjectFiles().containsKey(id)) {
                Console.problem(err, "subject '" + id + "' exists already: " + opened.data().subjectFiles().get(id).path(),
                        "subject ids are unique across collections; choose another id");
                return Main.EXIT_SITE_ERRORS;
            }
            List<String> collections = opened.data().collections();
            String col = collection;
            if (col == null) {
                if (collections.size() == 1) {
                    col = collections.get(0);
                } else {
                    return Console.usage(err, "say which collection the subject belongs to, with --collection",
                            collections.isEmpty() ? "there is none yet; any folder name works, e.g. --collection frameworks"
                                    : "existing collections: " + String.join(", ", collections));
                }
            }
            if (!dev.versus.model.Subject.ID.matcher(col).matches()) {
                return Console.usage(err, "'" + col + "' is not a valid collection folder name",
                        "use lower-case letters, digits, '_' and '-', e.g. frameworks");
            }
            if (!collections.isEmpty() && !collections.contains(col)) {
                java.util.Optional<String> close = Suggestions.closest(col, collections);
                if (close.isPresent()) {
                    return Console.usage(err, "there is no collection '" + col + "'",
                            "did you mean '" + close.get() + "'? Existing collections: " + String.join(", ", collections));
                }
            }
            List<Aspect> aspects = catalog.aspectList();
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

    private static String subject(String name, List<Aspect> aspects) {
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
        for (Aspect a : aspects) {
            String type = a.type().label();
            StringBuilder comment = new StringBuilder();
            comment.append(a.label()).append(" (").append(type).append(a.unit() != null ? ", " + a.unit() : "").append(")");
            String hint = switch (type) {
                case "list" -> "[item, item]";
                case "boolean" -> "true or false";
                case "rating" -> "1 to 5";
                case "year" -> "e.g. 2010";
                case "link" -> "https://…";
                default -> "";
            };
            b.append("  ").append(a.id()).append(":  # ").append(comment).append(hint.isEmpty() ? "" : ": " + hint).append('\n');
        }
        return b.toString();
    }

    private static String article(String title, LocalDate date, List<String> ids, Catalog catalog) {
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            // a subject whose file does not load yet (facts still to fill in) is named by its id
            dev.versus.model.Subject s = catalog.subjects().get(id);
            names.add(s == null || s.name() == null || s.name().isEmpty() ? id : s.name());
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
        List<String> shared = sharedAspects(ids, catalog);
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

    /** Aspects, in the catalogue's order, that every compared subject has a fact for. */
    private static List<String> sharedAspects(List<String> ids, Catalog catalog) {
        List<String> shared = null;
        for (String id : ids) {
            dev.versus.model.Subject s = catalog.subjects().get(id);
            List<String> facts = s == null ? new ArrayList<>() : new ArrayList<>(s.facts().keySet());
            if (shared == null) {
                shared = facts;
            } else {
                shared.retainAll(facts);
            }
        }
        return shared == null ? List.of() : shared;
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
