package dev.versus.pipeline;

import dev.versus.TestSite;
import dev.versus.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A JBake header value in braces is a JSON object, as JBake reads it (the differential fixtures
 * compare the object with JBake's); text in braces that is not one stays text, with a warning.
 */
class JBakeHeaderJsonTest {

    private static final String SITE = """
            -- jbake.properties --
            site.host=http://example.test
            render.feed=false
            render.archive=false
            render.tags=false
            -- templates/post.ftl --
            <#if content.related?is_hash>links: <#list content.related.links as l>${l} </#list><#else>text: ${content.related}</#if>
            -- templates/index.ftl --
            index
            -- content/a.md --
            title=A
            date=2024-06-01
            type=post
            status=published
            related={"links": ["b.html", "c.html"]}
            ~~~~~~
            text
            -- content/b.md --
            title=B
            date=2024-06-02
            type=post
            status=published
            related={"links": ["a.html"}
            ~~~~~~
            text
            """;

    @TempDir
    Path dir;

    @Test
    void readsBracesAsJsonAndKeepsTextThatIsNotJsonWithAWarning() {
        TestSite site = TestSite.write(dir, SITE);
        var result = site.build();
        assertEquals(List.of("Diagnostic[severity=WARNING, position=content/b.md:5:9, message=value in braces is not a JSON"
                        + " object; kept as text, sourceLine=related={\"links\": [\"a.html\"}, hint=JBake reads a value that"
                        + " starts with '{' and ends with '}' as JSON, e.g. {\"links\": [\"a.html\"]}; check its quotes, commas"
                        + " and brackets]"),
                result.diagnostics().stream().map(Diagnostic::toString).toList());
        site.assertContains("output/a.html", "links: b.html c.html");
        site.assertContains("output/b.html", "text: {\"links\": [\"a.html\"}");
    }
}
