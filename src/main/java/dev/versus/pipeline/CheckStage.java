package dev.versus.pipeline;

import dev.versus.check.LinkChecker;
import dev.versus.check.TemplateChecker;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.markdown.MarkdownRenderer;
import dev.versus.markdown.PageContext;
import dev.versus.model.Page;
import dev.versus.output.OutputWriter;
import dev.versus.render.Route;
import dev.versus.render.SitePlanner;
import dev.versus.render.TemplateEngine;
import dev.versus.reuse.SiteFiles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * check: every output path claimed once and safe to write, every link and anchor pointing at
 * something written, and (when those hold) every template able to render what it is given.
 */
final class CheckStage {

    /**
     * @param outputs   every output path → what writes it
     * @param generated files of the built-in theme the site does not override, by output path
     */
    record Checked(Map<String, String> outputs, Map<String, byte[]> generated) implements java.io.Serializable {
    }

    private final Setup setup;
    private final SiteFiles files;
    private final Diagnostics diags;

    private CheckStage(Setup setup, SiteFiles files, Diagnostics diags) {
        this.setup = setup;
        this.files = files;
        this.diags = diags;
    }

    /** Output paths and links. */
    static Checked outputsAndLinks(Setup setup, SiteFiles files, List<Page> pages, SitePlanner.Plan plan,
                                   List<PageContext.Learnt> contexts, Diagnostics diags) {
        return new CheckStage(setup, files, diags).outputsAndLinks(pages, plan, contexts);
    }

    /** Templates, against what they will be given. */
    static void templates(Setup setup, SiteFiles files, List<Page> pages, SitePlanner.Plan plan, TemplateEngine engine,
                          Diagnostics diags) {
        TemplateChecker.check(setup.config(), setup.configFile(), files.content().values(), pages, plan.routes(),
                engine, files.templates().keySet(), diags);
    }

    private Checked outputsAndLinks(List<Page> pages, SitePlanner.Plan plan, List<PageContext.Learnt> contexts) {
        Map<String, String> outputs = new HashMap<>();
        Map<String, Position> slugs = new HashMap<>();
        for (Page p : pages) {
            if (p.positions().containsKey("slug")) {
                slugs.put(p.sourcePath(), p.positionOf("slug"));
            }
        }
        for (Route r : plan.routes()) {
            claim(outputs, r.outputPath(), r.source(), slugs);
        }
        files.statics().forEach((out, src) -> claim(outputs, out,
                setup.root().relativize(src).toString().replace('\\', '/'), slugs));
        Map<String, byte[]> generated = new TreeMap<>();
        plan.files().forEach((path, bytes) -> {
            if (!outputs.containsKey(path)) {
                generated.put(path, bytes);
                outputs.put(path, "built-in theme");
            }
        });
        Map<String, Set<String>> ids = new HashMap<>();
        contexts.forEach(c -> ids.put(c.page().outputPath(), c.ids()));
        boolean jbakeSite = MarkdownStage.dialect(setup.config(), files.templates().keySet())
                == MarkdownRenderer.Dialect.PEGDOWN;
        LinkChecker.check(contexts, outputs.keySet(), ids, jbakeSite, diags);
        return new Checked(outputs, generated);
    }

    /**
     * Records that {@code source} writes {@code path}; a clash or an impossible name is an
     * error at the page's {@code slug:} line when it has one, else at the file.
     */
    private void claim(Map<String, String> outputs, String path, String source, Map<String, Position> slugs) {
        if (!OutputWriter.isSafePath(path)) {
            diags.add(quoted(Diagnostic.error(slugs.getOrDefault(source, Position.file(source)), "'" + source + "' would be written to '" + path
                    + "', outside the output folder").withHint("remove '..', '/' and ':' from its slug, tags or name")));
            return;
        }
        String tooLong = OutputPlace.nameTooLong(path);
        if (tooLong != null) {
            diags.add(quoted(Diagnostic.error(slugs.getOrDefault(source, Position.file(source)), "'" + source + "' would be written to a file named '"
                            + OutputPlace.shorten(tooLong) + "', " + OutputPlace.utf8Length(tooLong)
                            + " bytes long; file systems hold names of at most " + OutputPlace.MAX_NAME_BYTES + " bytes")
                    .withHint("give it a shorter slug, file name or tag")));
            return;
        }
        String other = outputs.putIfAbsent(path, source);
        if (other != null) {
            String file = source.contains("/") ? source : other;
            Position at = slugs.containsKey(source) ? slugs.get(source)
                    : slugs.containsKey(other) ? slugs.get(other) : Position.file(file);
            diags.add(quoted(Diagnostic.error(at,
                            "'" + source + "' and '" + other + "' would both be written to '" + path + "'")
                    .withHint("rename one of them, or give the page a different 'slug'")));
        }
    }

    /** The diagnostic with the line it points at quoted, when that is a line of a content file. */
    private Diagnostic quoted(Diagnostic d) {
        var f = files.content().get(d.position().file());
        return f != null && d.position().line() > 0 ? d.withSourceLine(f.line(d.position().line())) : d;
    }
}
