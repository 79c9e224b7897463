package dev.versus.jbake;

import dev.versus.diag.Diagnostic;
import dev.versus.pipeline.Build;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JBake-style fixture sites, baking one with both generators, and helpers to read and compare
 * what each made of it (the steps every differential test shares).
 */
final class JBakeSites {

    private JBakeSites() {
    }

    /**
     * Files Versus writes that JBake does not: the Atom feed ({@code versus.atom.file}), robots.txt
     * beside the sitemap ({@code versus.robots}), the search page and its index
     * ({@code versus.search}: search.json and the files in search/), the built-in theme's
     * stylesheet, scripts and icon, and the marker that lets Versus replace an output folder it made.
     */
    static final Set<String> VERSUS_ONLY = Set.of("atom.xml", "robots.txt", "search.html", "search.json",
            "css/versus.css", "js/versus.js", "js/search.js", "js/highlight.min.js", "js/highlight.LICENSE.txt",
            "favicon.svg", ".versus-output");

    /** What JBake 2.7.0 and Versus made of one copy of a fixture site. */
    record Bake(Path jbake, Path versus, List<String> jbakeErrors, BuildResult versusResult) {

        /** Versus's diagnostics, each as its record prints it. */
        List<String> versusDiagnostics() {
            return versusResult.diagnostics().stream().map(Diagnostic::toString).toList();
        }
    }

    /**
     * Copies the fixture {@code src/test/resources/<fixture>} under {@code work} and bakes it once
     * with each generator (JBake's embedded database takes seconds to start): JBake into
     * {@code work/jbake-output}, Versus into {@code work/versus-output} with {@code --drafts}, as
     * JBake always renders drafts (as name-draft.html).
     */
    static Bake bakeWithBoth(Path work, String fixture) throws IOException {
        Path site = copyFixture(work, fixture);
        Path jbake = work.resolve("jbake-output");
        Path versus = work.resolve("versus-output");
        List<String> errors = JBakeOven.bake(site, jbake);
        BuildResult result = Build.run(BuildOptions.build(site).withOutput(versus).withDrafts(true));
        return new Bake(jbake, versus, errors, result);
    }

    /**
     * The files Versus wrote that JBake would write too: all but {@link #VERSUS_ONLY} and the
     * search index's files, which must be there.
     */
    static Set<String> filesJBakeWouldWrite(Path versus) {
        Set<String> ours = new TreeSet<>(files(versus));
        assertTrue(ours.contains(".versus-output"), "Versus's output marker: " + ours);
        ours.removeAll(VERSUS_ONLY);
        assertTrue(ours.removeIf(f -> f.startsWith("search/")), "the search index's files: " + ours);
        return ours;
    }

    /** The HTML pages JBake wrote, at least {@code minimum} of them (fewer means its bake went wrong). */
    static Set<String> htmlPages(Path jbake, int minimum) {
        Set<String> pages = new TreeSet<>();
        files(jbake).stream().filter(f -> f.endsWith(".html")).forEach(pages::add);
        assertTrue(pages.size() >= minimum, "JBake made too few pages: " + pages);
        return pages;
    }

    /** Each of {@code pages} whose visible text differs between the two outputs, with both texts. */
    static List<String> textMismatches(Path jbake, Path versus, Set<String> pages) {
        List<String> mismatches = new ArrayList<>();
        for (String page : pages) {
            String expected = visibleText(jbake, page);
            String actual = visibleText(versus, page);
            if (!expected.equals(actual)) {
                mismatches.add(page + "\n  JBake:  " + expected + "\n  Versus: " + actual);
            }
        }
        return mismatches;
    }

    /** Each of {@code pages} whose links reach other files in the two outputs, with both sets. */
    static List<String> linkMismatches(Path jbake, Path versus, Set<String> pages) {
        List<String> mismatches = new ArrayList<>();
        for (String page : pages) {
            Set<String> expected = linkTargets(jbake, page);
            Set<String> actual = linkTargets(versus, page);
            if (!expected.equals(actual)) {
                mismatches.add(page + "\n  JBake:  " + expected + "\n  Versus: " + actual);
            }
        }
        return mismatches;
    }

    /** A fresh copy of {@code src/test/resources/jbake-site} under {@code dir}. */
    static Path copyFixture(Path dir) {
        return copyFixture(dir, "jbake-site");
    }

    /** A fresh copy of the fixture site {@code src/test/resources/<name>} under {@code dir}. */
    static Path copyFixture(Path dir, String name) {
        URL url = JBakeSites.class.getResource("/" + name + "/jbake.properties");
        if (url == null) {
            throw new IllegalStateException("fixture " + name + " missing from the test classpath");
        }
        try {
            Path from = Paths.get(url.toURI()).getParent();
            Path to = dir.resolve(name);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.sorted().toList()) {
                    Path target = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(f, target);
                    }
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file under {@code root}, as '/'-separated relative paths. */
    static Set<String> files(Path root) {
        // Versus's output folder is a link to the build it shows: follow it
        try (Stream<Path> s = Files.walk(root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            Set<String> out = new TreeSet<>();
            s.filter(Files::isRegularFile).forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document html(Path root, String page) {
        return Jsoup.parse(read(root.resolve(page)), "");
    }

    /** What a reader sees: the title, then the body text, whitespace collapsed. */
    static String visibleText(Path root, String page) {
        Document d = html(root, page);
        return d.title() + "\n" + d.body().text();
    }

    /**
     * Where each link and stylesheet of a page points, resolved against the page's own path and
     * written as the file it reaches ({@code a/} → {@code a/index.html}); external links as written.
     */
    static Set<String> linkTargets(Path root, String page) {
        Set<String> out = new TreeSet<>();
        URI base = URI.create("site:/" + page.replace(" ", "%20"));
        for (Element e : html(root, page).select("a[href], link[href]")) {
            String href = e.attr("href");
            if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:")) {
                out.add(href);
                continue;
            }
            String path = base.resolve(href.replace(" ", "%20")).getPath().substring(1);
            out.add(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        }
        return out;
    }

    /**
     * Each item of an RSS feed as "link | title | text of its description"; a description whose
     * HTML was not escaped (so the XML holds elements, not text) shows as such.
     */
    static List<String> feedItems(Path root, String file) {
        Document d = Jsoup.parse(read(root.resolve(file)), "", Parser.xmlParser());
        List<String> out = new ArrayList<>();
        for (Element item : d.select("item")) {
            Element desc = item.selectFirst("description");
            String text = desc == null ? "" : !desc.children().isEmpty() ? "UNESCAPED HTML: " + desc.html()
                    : Jsoup.parse(desc.text()).text();
            out.add(item.select("link").text() + " | " + item.select("title").text() + " | " + text);
        }
        return out;
    }

    /** The URLs an RSS feed lists ({@code item/link}) or a sitemap lists ({@code url/loc}). */
    static Set<String> xmlUrls(Path root, String file, String selector) {
        Document d = Jsoup.parse(read(root.resolve(file)), "", Parser.xmlParser());
        Set<String> out = new TreeSet<>();
        d.select(selector).forEach(e -> out.add(e.text().trim()));
        return out;
    }
}
