package dev.versus.jbake;

import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import dev.versus.diag.Diagnostic;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Bakes real JBake sites with JBake 2.7.0 and with Versus and compares what they wrote: the set
 * of pages and each page's visible text (the same measure as {@link JBakeDifferentialTest}).
 * A tool, not a test: the sites are public repositories fetched by whoever runs it, never kept
 * in this repository.
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:CP dev.versus.jbake.RealSiteComparison \
 *     WORK_DIR [NAME=]SITE_DIR...
 * </pre>
 *
 * where CP is cp.txt with AsciidoctorJ 3 and its API replaced by their 2.5 releases, as the
 * {@code jbake-reference} test run of the POM does (JBake 2.7 calls the 2.5 API).
 * A site in a repository's subfolder is given as that folder ({@code cjug=checkout/src/jbake}).
 *
 * JBake bakes a copy of each site in {@code WORK_DIR} (its bake may write into the sources);
 * Versus, which never does, builds the site where it is, so that undated documents get the dates
 * of their last commits from the repository the site is in. Prints one table row per site, then every difference: {@code WORK_DIR/<site>.diff.txt}
 * holds the page-by-page detail.
 */
public final class RealSiteComparison {

    private RealSiteComparison() {
    }

    /** What the two generators made of one site. */
    record Row(String site, int both, List<String> onlyJBake, List<String> onlyVersus, List<String> textDiffers,
               List<String> jbakeErrors, List<String> versusDiagnostics) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: RealSiteComparison WORK_DIR [NAME=]SITE_DIR...");
            System.exit(2);
        }
        Path work = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(work);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            Path site = Path.of(args[i].substring(eq + 1)).toAbsolutePath();
            rows.add(compare(eq < 0 ? site.getFileName().toString() : args[i].substring(0, eq), site, work));
        }
        PrintStream out = System.out;
        out.println("| site | pages in both | only in JBake | only in Versus | text differs |");
        out.println("|---|---|---|---|---|");
        for (Row r : rows) {
            out.printf("| %s | %d | %d | %d | %d |%n", r.site, r.both, r.onlyJBake.size(), r.onlyVersus.size(),
                    r.textDiffers.size());
        }
        for (Row r : rows) {
            out.println();
            out.println("## " + r.site);
            r.jbakeErrors.forEach(e -> out.println("JBake error: " + e.lines().findFirst().orElse("")));
            r.versusDiagnostics.forEach(d -> out.println("Versus: " + d.lines().findFirst().orElse("")));
            r.onlyJBake.forEach(p -> out.println("only JBake:  " + p));
            r.onlyVersus.forEach(p -> out.println("only Versus: " + p));
            r.textDiffers.forEach(p -> out.println("text differs: " + p));
        }
    }

    static Row compare(String name, Path site, Path work) throws IOException {
        Path copy = work.resolve(name + "-src");
        Path jbake = work.resolve(name + "-jbake");
        Path versus = work.resolve(name + "-versus");
        for (Path p : List.of(copy, jbake, versus)) {
            delete(p);
        }
        copyTree(site, copy);
        List<String> jbakeErrors = JBakeOven.bake(copy, jbake);
        // Versus builds the site where it is, in its Git history (undated documents are dated by it)
        BuildResult result = Build.run(BuildOptions.build(site).withOutput(versus).withDrafts(true));
        List<String> diags = result.diagnostics().stream().map(Diagnostic::toString).toList();

        Set<String> jbakePages = pages(jbake);
        Set<String> versusPages = pages(versus);
        List<String> both = new ArrayList<>();
        List<String> onlyJBake = new ArrayList<>();
        List<String> onlyVersus = new ArrayList<>();
        for (String p : jbakePages) {
            (versusPages.contains(p) ? both : onlyJBake).add(p);
        }
        for (String p : versusPages) {
            // Versus's own extra files; its search page is search/index.html with uri.noExtension
            if (!jbakePages.contains(p) && !JBakeSites.VERSUS_ONLY.contains(p) && !p.startsWith("search/")) {
                onlyVersus.add(p);
            }
        }
        List<String> differs = new ArrayList<>();
        StringBuilder detail = new StringBuilder();
        for (String p : both) {
            if (!p.endsWith(".html")) {
                continue; // feeds and sitemaps hold JBake's build time; their page sets are compared above
            }
            String expected = JBakeSites.visibleText(jbake, p);
            String actual = JBakeSites.visibleText(versus, p);
            if (!expected.equals(actual)) {
                differs.add(p);
                detail.append("== ").append(p).append('\n').append(firstDifference(expected, actual)).append('\n');
            }
        }
        Files.writeString(work.resolve(name + ".diff.txt"), detail, StandardCharsets.UTF_8);
        return new Row(name, both.size(), onlyJBake, onlyVersus, differs, jbakeErrors, diags);
    }

    /** The two texts around where they first differ. */
    static String firstDifference(String expected, String actual) {
        int i = 0;
        int n = Math.min(expected.length(), actual.length());
        while (i < n && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 80);
        return "  JBake:  …" + expected.substring(from, Math.min(expected.length(), i + 160)).replace('\n', ' ')
                + "\n  Versus: …" + actual.substring(from, Math.min(actual.length(), i + 160)).replace('\n', ' ');
    }

    /** The pages of an output folder: its HTML and XML files (feeds, sitemaps), empty when it is absent. */
    static Set<String> pages(Path root) {
        if (!Files.isDirectory(root)) {
            return new TreeSet<>();
        }
        Set<String> out = new TreeSet<>();
        for (String f : JBakeSites.files(root)) {
            if (f.endsWith(".html") || f.endsWith(".xml")) {
                out.add(f);
            }
        }
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                String rel = from.relativize(f).toString();
                if (rel.equals(".git") || rel.startsWith(".git/")) {
                    continue;
                }
                Path target = to.resolve(rel);
                if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, LinkOption.NOFOLLOW_LINKS); // a link as a link, dangling or not
                }
            }
        }
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
