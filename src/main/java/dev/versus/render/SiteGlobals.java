package dev.versus.render;

import dev.versus.config.ConfigKey;
import dev.versus.config.JBakeDefaults;
import dev.versus.config.SiteConfig;
import dev.versus.config.Versions;
import dev.versus.model.Page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables every template sees, with JBake's names: {@code config}, the page lists
 * ({@code published_posts}, {@code posts}, {@code all_content}…), {@code tags}, {@code version},
 * and Versus's own ({@code menu}, {@code generator}, {@code search_uri}, and the comparison
 * engine's {@code data}, {@code compare_pages}, {@code compare_uri}).
 */
final class SiteGlobals {

    /** A tag as {@code tags} lists it. */
    record Tag(String name, String uri, List<PageModel> tagged_posts, List<PageModel> tagged_documents, int count) implements java.io.Serializable {
    }

    private SiteGlobals() {
    }

    /** @param byType each document type's pages, newest first */
    static Map<String, Object> of(Planning site, Map<String, List<Page>> byType) {
        SiteConfig config = site.config();
        Map<String, Object> globals = new HashMap<>();
        Map<String, Object> cfg = new LinkedHashMap<>();
        // JBake's own defaults first, for keys Versus does not use but JBake themes print
        // (config.output_extension, config.version…); then the site's configuration.
        JBakeDefaults.UNUSED_KEYS.forEach((k, v) -> cfg.put(ConfigKey.templateName(k), v));
        // On a JBake site, a value with commas is a list, as JBake's configuration reads it:
        // themes list menus and keywords with <#list config.site_menus_main as item>.
        boolean jbake = site.site().jbakeOrder();
        config.values().forEach((k, v) -> cfg.put(ConfigKey.templateName(k),
                jbake && config.lists().containsKey(k) ? config.lists().get(k) : v));
        if (jbake) {
            cfg.put("index_paginate", config.flag("index.paginate")); // JBake's one flag templates see as a boolean
        }
        // As written, trailing slash included: JBake themes write ${config.site_host}${content.uri}.
        cfg.put("site_host", config.get("site.host").trim());
        globals.put("config", Collections.unmodifiableMap(cfg));
        globals.put("published_posts", site.publishedPosts());
        globals.put("published_pages", site.models(site.inJBakeOrder().stream()
                .filter(p -> p.isPublished() && p.type().equals("page")).toList()));
        // the site navigation: bounded and chosen by the author, unlike published_pages
        globals.put("menu", site.models(Menu.pages(site.site())));
        globals.put("published_content", site.publishedContent());
        globals.put("all_content", site.models(site.inJBakeOrder()));
        // JBake's typed lists ('posts', 'pages', one per type): every document of the type, drafts
        // included, newest first; a theme filters them on status.
        // Every type JBake knows (one per template.<type>.file key) has its lists, empty when no
        // document has the type; published_<type>s as JBake orders them, newest first.
        for (String type : config.documentTypes()) {
            globals.put(type + "s", List.of());
            if (!type.equals("post") && !type.equals("page")) {
                globals.put("published_" + type + "s", List.of());
            }
        }
        byType.forEach((type, typed) -> {
            globals.put(type + "s", site.models(typed));
            if (!type.equals("post") && !type.equals("page")) {
                globals.put("published_" + type + "s", site.models(typed.stream().filter(Page::isPublished).toList()));
            }
        });
        // in the site's order of tags: alphabetical, or JBake's on a JBake site
        globals.put("alltags", Collections.unmodifiableSet(new java.util.LinkedHashSet<>(site.site().tags().keySet())));
        List<Tag> tagList = new ArrayList<>();
        site.site().tags().forEach((tag, tagged) -> {
            List<PageModel> list = site.models(tagged);
            tagList.add(new Tag(tag, site.tagUri(tag), list, site.models(site.site().taggedDocuments().get(tag)), list.size()));
        });
        if (site.site().jbakeOrder()) {
            Collections.reverse(tagList); // JBake pushes each tag to the front of its list
        }
        globals.put("tags", Collections.unmodifiableList(tagList));
        Map<String, String> tagUris = new LinkedHashMap<>();
        if (config.flag("render.tags")) {
            site.site().tags().keySet().forEach(t -> tagUris.put(t, site.tagUri(t)));
        }
        globals.put("tag_uris", Collections.unmodifiableMap(tagUris));
        List<Page> posts = site.site().posts();
        Date published = posts.isEmpty() || posts.get(0).date() == null ? new Date(0)
                : Date.from(posts.get(0).date().toInstant());
        if (config.flag("versus.build.timestamp")) {
            globals.put("build_time", new Date());
        }
        globals.put("published_date", published);
        if (jbake) {
            globals.put("db", JBakeDatabase.of(site, byType)); // JBake's content store, for themes that query it
        }
        // JBake's 'version' is its own ("v2.7.0", as themes print it: "Baked with JBake v2.7.0"); Versus
        // follows that version's behaviour and names itself in 'generator'.
        globals.put("version", Versions.JBAKE);
        globals.put("generator", "Versus " + Versions.VERSUS);
        if (config.flag("versus.search")) {
            globals.put("search_uri", site.searchUri());
            globals.put("search_index", Search.INDEX);
        }
        ComparisonViews comparisons = site.comparisons();
        globals.put("data", comparisons.data());
        globals.put("compare_pages", comparisons.pages());
        if (comparisons.matrixUri() != null) {
            globals.put("compare_uri", comparisons.matrixUri());
        }
        return Collections.unmodifiableMap(globals);
    }
}
