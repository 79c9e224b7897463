package dev.versus.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys are read only as declared: an undeclared key, or a key read as another type, is a programming error. */
class SiteConfigTest {

    private final SiteConfig config = SiteConfig.of(Map.of("versus.facts.max_age", "2y", "versus.menu", " a.md, ,b.md ",
            "site.title", "Docs"));

    @Test
    void readsEachKeyAsItsType() {
        assertTrue(config.flag("render.index"));
        assertFalse(config.flag("render.sitemap"));
        assertEquals(3, config.integer("index.posts_per_page"));
        assertEquals(8820, config.integer("server.port"));
        assertEquals(List.of("a.md", "b.md"), config.list("versus.menu"));
        assertEquals(Optional.of(Period.ofYears(2)), config.duration("versus.facts.max_age"));
        assertEquals(Optional.empty(), SiteConfig.of(Map.of()).duration("versus.facts.max_age"));
        assertEquals("feed.xml", config.get("feed.file"));
    }

    @Test
    void readsValuesWithCommasAsJBakesListsKeepingEscapedCommas() {
        SiteConfig read = ConfigLoader.load(dev.versus.source.SourceFile.of("jbake.properties",
                "site.menus.main = home,  archive ,about\nsite.title=Performance\\, Java\nsite.host=https://a.test/\n"),
                Map.of()).config();
        assertEquals(List.of("home", "archive", "about"), read.lists().get("site.menus.main"));
        assertEquals("Performance, Java", read.get("site.title"));
        assertFalse(read.lists().containsKey("site.title"), "an escaped comma is no list: " + read.lists());
        assertFalse(read.lists().containsKey("site.host"));
        assertEquals(List.of("a.md", "", "b.md"), config.lists().get("versus.menu"));
    }

    @Test
    void readsKeysOfADeclaredFamilyAsTextEmptyWhenUnset() {
        assertEquals("Docs", config.get("site.title"));
        assertEquals("", config.get("site.description"));
        assertEquals("", config.get("template.note.file"));
        assertEquals("", config.get("template.note.extension"));
    }

    @Test
    void rejectsReadingAKeyThatIsNotDeclared() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> config.get("versus.serch"));
        assertEquals("configuration key 'versus.serch' is not declared; declare it in ConfigKey.ALL", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> config.flag("render.indexes"));
        assertThrows(IllegalArgumentException.class, () -> config.integer("threads"));
    }

    @Test
    void rejectsReadingAKeyAsAnotherType() {
        assertEquals("configuration key 'render.index' is a FLAG; read it with flag()",
                assertThrows(IllegalArgumentException.class, () -> config.get("render.index")).getMessage());
        assertEquals("configuration key 'feed.file' is a STRING, not a FLAG",
                assertThrows(IllegalArgumentException.class, () -> config.flag("feed.file")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> config.integer("render.index"));
        assertThrows(IllegalArgumentException.class, () -> config.list("feed.file"));
        assertThrows(IllegalArgumentException.class, () -> config.duration("versus.threads"));
    }

    /** Every key the product's code names as a literal is declared, and read as its type. */
    @Test
    void everyKeyReadInTheCodeIsDeclaredWithTheTypeItIsReadAs() throws IOException {
        Pattern read = Pattern.compile("\\b(?:config|cfg)(?:\\(\\))?\\.(get|flag|integer|list|duration)\\(\"([^\"]+)\"\\)");
        List<String> wrong = new ArrayList<>();
        int reads = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher m = read.matcher(Files.readString(p));
                while (m.find()) {
                    reads++;
                    String key = m.group(2);
                    ConfigKey k = ConfigKey.byName(key);
                    String as = m.group(1);
                    boolean ok = k == null
                            ? as.equals("get") && ConfigKey.familyOf(key) != null
                            : switch (k.type()) {
                                case FLAG -> as.equals("flag");
                                case INTEGER, COUNT, PORT -> as.equals("integer");
                                case LIST -> as.equals("list") || as.equals("get");
                                case DURATION -> as.equals("duration") || as.equals("get");
                                default -> as.equals("get");
                            };
                    if (!ok) {
                        wrong.add(p.getFileName() + ": " + as + "(\"" + key + "\")" + (k == null ? " is not declared" : " of a " + k.type()));
                    }
                }
            }
        }
        assertTrue(reads > 50, "found only " + reads + " reads; has the pattern gone stale?");
        assertEquals(List.of(), wrong);
    }
}
