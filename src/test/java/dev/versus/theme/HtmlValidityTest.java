package dev.versus.theme;

import dev.versus.TestSite;
import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildResult;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every HTML page of the example site (the repository root) and of the database test site
 * (src/test/resources/sites/databases: six subjects, every aspect type, wide and transposed
 * tables) passes the Nu HTML Checker with zero errors. The checker runs in-process; warnings
 * are printed but do not fail the test.
 */
class HtmlValidityTest {

    @TempDir
    static Path out;

    @Test
    void everyPageOfTheExampleSiteIsValidHtml() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        assertTrue(Files.exists(root.resolve("jbake.properties")), "runs at the repository root");
        assertValid(root, "example", 10);
    }

    @Test
    void everyPageOfTheDatabaseSiteIsValidHtml() throws Exception {
        assertValid(Path.of("src/test/resources/sites/databases").toAbsolutePath(), "databases", 40);
    }

    private static void assertValid(Path root, String name, int atLeast) throws Exception {
        Path site = out.resolve(name);
        BuildResult r = TestSite.write(root, "").build(BuildOptions.build(root).withOutput(site));
        if (!r.ok()) {
            fail(name + " site does not build:\n" + TestSite.printed(r));
        }
        // The output is a link to the build it shows; walk the build itself.
        Path built = site.toRealPath();
        List<Path> pages;
        try (Stream<Path> s = Files.walk(built)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= atLeast, "pages found: " + pages);
        Collector errors = new Collector();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", errors);
        validator.setUpValidatorAndParsers(errors, false, false);
        for (Path page : pages) {
            errors.current = built.relativize(page).toString();
            validator.checkHtmlFile(page.toFile(), true);
        }
        errors.warnings.forEach(System.out::println);
        System.out.println("Nu HTML Checker, " + name + " site: " + pages.size() + " pages, " + errors.errors.size()
                + " errors, " + errors.warnings.size() + " warnings");
        assertEquals(List.of(), errors.errors);
    }

    /** Collects the checker's messages with the page and line they point at. */
    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        String current = "";

        private String format(SAXParseException e) {
            return current + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add("warning: " + format(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(format(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(format(e));
        }
    }
}
