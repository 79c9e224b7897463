package dev.versus.render;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import freemarker.template.Template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Renders routes in parallel through the template engine into a sink. */
public final class Renderer {

    private final TemplateEngine engine;
    private final Map<String, Object> globals;

    /** @param globals site-wide template variables, shared read-only by every route */
    public Renderer(TemplateEngine engine, Map<String, Object> globals) {
        this.engine = engine;
        this.globals = globals;
    }

    /** Renders every route (order of calls to the sink is not defined; file contents are). */
    public void render(List<Route> routes, Sink sink, Diagnostics diags) {
        Set<String> reported = ConcurrentHashMap.newKeySet();
        routes.parallelStream().forEach(route -> {
            try {
                Optional<Template> template = engine.resolve(route.template());
                if (template.isEmpty()) {
                    if (reported.add("missing:" + route.template())) {
                        diags.add(Diagnostic.error(Position.file(route.source()),
                                        "no template '" + route.template() + "' for " + describe(route))
                                .withHint(engine.missingHint(route.template())));
                    }
                    return;
                }
                Map<String, Object> model = new HashMap<>(globals);
                model.putAll(route.model());
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
                try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                    engine.process(template.get(), model, w);
                }
                sink.accept(route.outputPath(), bytes.toByteArray());
            } catch (TemplateEngine.TemplateProblem e) {
                Diagnostic d = e.diagnostic();
                if (reported.add(d.position() + d.message())) {
                    diags.add(d.withHint(join(d.hint(), "while rendering " + describe(route))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String describe(Route r) {
        return r.source().contains("/") || r.source().contains(".") ? r.source() : "the " + r.source();
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }
}
