package dev.versus.check;

import dev.versus.config.ConfigKey;
import dev.versus.config.SiteConfig;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.diag.Suggestions;
import dev.versus.model.Page;
import dev.versus.render.Route;
import dev.versus.render.TemplateEngine;
import dev.versus.source.SourceFile;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks, before rendering, that every route has a template, and blames the right line when
 * one does not: the {@code type:} of the page, or the {@code template.*.file} key of the
 * configuration.
 */
public final class TemplateChecker {

    /** Template stems that produce listings, not page types. */
    private static final Set<String> NOT_TYPES = Set.of("index", "archive", "feed", "atom", "sitemap", "tags",
            "tagsindex", "error404");

    private TemplateChecker() {
    }

    /**
     * @param siteTemplates names of the site's own templates (relative to the template folder)
     * @param configFile    {@code jbake.properties}, or null when the site has none
     */
    public static void check(SiteConfig config, SourceFile configFile, Collection<SourceFile> content,
                             Collection<Page> pages, List<Route> routes, TemplateEngine engine, Set<String> siteTemplates,
                             Diagnostics diags) {
        Map<String, SourceFile> files = content.stream()
                .collect(Collectors.toMap(SourceFile::path, Function.identity(), (a, b) -> a));
        Map<String, Page> bySource = pages.stream().collect(Collectors.toMap(Page::sourcePath, Function.identity()));
        Set<String> reported = new HashSet<>();
        for (Route route : routes) {
            if (exists(engine, route.template())) {
                continue;
            }
            Page page = bySource.get(route.source());
            String key = page != null ? ConfigKey.templateKey(page.type()) : keyNaming(config, route.template());
            boolean configured = key != null && !config.get(key).isEmpty();
            if (page != null && !configured) {
                if (!reported.add(page.sourcePath())) {
                    continue;
                }
                diags.add(quote(files.get(page.sourcePath()), unknownType(config, configFile, page, engine, siteTemplates)));
            } else if (key != null && reported.add(key)) {
                diags.add(quote(configFile, Diagnostic.error(configLine(config, configFile, key),
                                "'" + key + "' names template '" + route.template() + "', which does not exist")
                        .withHint(templateHint(route.template(), engine, siteTemplates, config))));
            } else if (key == null && reported.add(route.template())) {
                diags.add(Diagnostic.error(Position.file(route.source()), "no template '" + route.template() + "'")
                        .withHint(templateHint(route.template(), engine, siteTemplates, config)));
            }
        }
    }

    private static Diagnostic unknownType(SiteConfig config, SourceFile configFile, Page page, TemplateEngine engine,
                                          Set<String> siteTemplates) {
        Set<String> types = new TreeSet<>();
        for (String t : candidateTypes(config, siteTemplates)) {
            if (exists(engine, config.get(ConfigKey.templateKey(t)).isEmpty() ? t + ".ftl"
                    : config.get(ConfigKey.templateKey(t)))) {
                types.add(t);
            }
        }
        String folder = config.get("template.folder");
        String hint = Suggestions.closest(page.type(), types).map(s -> "did you mean '" + s + "'? ").orElse("")
                + "types with a template: " + String.join(", ", types) + "; a new type needs "
                + folder + "/" + page.type() + ".ftlh";
        String message = "unknown type '" + page.type() + "': there is no template for it";
        if (page.positions().containsKey("type")) {
            return Diagnostic.error(page.positionOf("type"), message).withHint(hint);
        }
        return quote(configFile, Diagnostic.error(configLine(config, configFile, "default.type"), message)
                .withHint(hint));
    }

    private static Set<String> candidateTypes(SiteConfig config, Set<String> siteTemplates) {
        Set<String> out = new TreeSet<>(List.of("post", "page"));
        for (String key : config.values().keySet()) {
            if (key.startsWith("template.") && key.endsWith(".file")) {
                out.add(key.substring("template.".length(), key.length() - ".file".length()));
            }
        }
        for (String name : siteTemplates) {
            if (!name.contains("/") && name.contains(".") && !name.startsWith("_")) {
                out.add(name.substring(0, name.lastIndexOf('.')));
            }
        }
        out.removeAll(NOT_TYPES);
        out.remove("tag");
        return out;
    }

    private static String templateHint(String missing, TemplateEngine engine, Set<String> siteTemplates,
                                       SiteConfig config) {
        Set<String> names = new TreeSet<>(siteTemplates);
        for (String stem : List.of("post", "page", "index", "archive", "feed", "sitemap", "tags", "tagsindex",
                "error404")) {
            names.add(stem + ".ftl");
        }
        return Suggestions.closest(missing, names).map(s -> "did you mean '" + s + "'? ").orElse("")
                + "add " + config.get("template.folder") + "/" + missing
                + ", or name a template of the site or the built-in theme";
    }

    private static boolean exists(TemplateEngine engine, String name) {
        try {
            return engine.resolve(name).isPresent();
        } catch (TemplateEngine.TemplateProblem e) {
            return true; // it exists but does not parse; the renderer reports that with its line
        }
    }

    /** The configuration key whose value is {@code template}, or null. */
    private static String keyNaming(SiteConfig config, String template) {
        return config.values().entrySet().stream()
                .filter(e -> e.getKey().startsWith("template.") && e.getValue().equals(template))
                .map(Map.Entry::getKey).sorted().findFirst().orElse(null);
    }

    private static Position configLine(SiteConfig config, SourceFile configFile, String key) {
        if (configFile != null) {
            String text = configFile.text();
            int line = 1;
            for (String l : text.split("\n", -1)) {
                String s = l.stripLeading();
                if (s.startsWith(key) && s.substring(key.length()).stripLeading().matches("^[=:].*")) {
                    return new Position(configFile.path(), line, l.length() - s.length() + 1, key.length());
                }
                line++;
            }
            return Position.file(configFile.path());
        }
        return Position.file("jbake.properties");
    }

    private static Diagnostic quote(SourceFile configFile, Diagnostic d) {
        return configFile == null ? d : configFile.quote(d);
    }
}
