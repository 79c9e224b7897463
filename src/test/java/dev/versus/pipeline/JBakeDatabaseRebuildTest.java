package dev.versus.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rebuild renders a page that queries JBake's {@code db} again only when an answer of the
 * store may have changed: the documents a query returns, not an edit elsewhere.
 */
class JBakeDatabaseRebuildTest {

    @TempDir
    Path tmp;

    @Test
    void aPageQueryingTheStoreRendersAgainOnlyWhenAnAnswerChanges() throws IOException {
        Path site = tmp.resolve("site");
        write(site, "jbake.properties", "site.host=http://example.test\nrender.feed=false\nrender.archive=false\n"
                + "render.tags=false\nrender.index=false\nversus.search=false\n");
        write(site, "templates/post.ftl", "${content.title}: ${content.body}\n");
        write(site, "templates/page.ftl", "Baked in the oven:<#list db.getPublishedPostsByTag(\"oven\") as p> ${p.title}</#list>\n");
        write(site, "content/about.md", "title=About\ntype=page\nstatus=published\n~~~~~~\nabout\n");
        write(site, "content/loaf.md", "title=Loaf\ndate=2024-01-02\ntype=post\nstatus=published\ntags=oven\n~~~~~~\nloaf\n");
        Path rye = write(site, "content/rye.md", "title=Rye\ndate=2024-01-03\ntype=post\nstatus=published\ntags=flour\n~~~~~~\nrye\n");
        try (BuildSession session = new BuildSession(BuildOptions.build(site).withOutput(tmp.resolve("o")))) {
            BuildSession.Outcome first = session.build();
            assertTrue(first.ok(), first.diagnostics()::toString);
            assertEquals("Baked in the oven: Loaf\n", Files.readString(first.output().resolve("about.html")));

            Files.writeString(rye, Files.readString(rye).replace("~~~~~~\nrye", "~~~~~~\nrye, edited"));
            BuildSession.Outcome body = session.rebuild(List.of(rye));
            assertTrue(body.ok(), body.diagnostics()::toString);
            assertEquals(List.of("rye.html"), body.written());
            assertEquals(1, body.rendered(), "the edited post only: no answer of the store changed");

            Files.writeString(rye, Files.readString(rye).replace("tags=flour", "tags=flour, oven"));
            BuildSession.Outcome tag = session.rebuild(List.of(rye));
            assertTrue(tag.ok(), tag.diagnostics()::toString);
            assertEquals(List.of("about.html"), tag.written()); // rye.html does not print its tags
            assertEquals("Baked in the oven: Rye Loaf\n", Files.readString(tag.output().resolve("about.html")));
        }
    }

    private static Path write(Path site, String rel, String text) throws IOException {
        Path p = site.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }
}
