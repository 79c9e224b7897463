package dev.versus.render;

import dev.versus.config.SiteConfig;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.model.Page;
import dev.versus.model.Site;
import dev.versus.source.SourceFile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The site navigation, chosen by the author and bounded, so that no page carries a list that
 * grows with the site: the pages named by {@code versus.menu} in the configuration, in that
 * order; else the published pages whose front matter says {@code menu: true}; else the
 * published pages of type {@code page} at the top of the content folder. The last two are
 * cut at {@link #MAX_ENTRIES}.
 */
public final class Menu {

    /** Most entries taken from front matter flags or the default. */
    public static final int MAX_ENTRIES = 12;

    private static final String KEY = "versus.menu";

    private Menu() {
    }

    /** The pages of the menu, in order. */
    static List<Page> pages(Site site) {
        List<String> named = named(site.config());
        if (!named.isEmpty()) {
            Map<String, Page> byContentPath = new HashMap<>();
            site.pages().forEach(p -> byContentPath.put(p.contentPath(), p));
            List<Page> out = new ArrayList<>();
            for (String n : named) {
                Page p = byContentPath.get(n);
                if (p != null && p.isPublished()) {
                    out.add(p);
                }
            }
            return out;
        }
        List<Page> flagged = site.pages().stream().filter(p -> p.isPublished() && flagged(p)).toList();
        if (!flagged.isEmpty()) {
            return flagged.subList(0, Math.min(MAX_ENTRIES, flagged.size()));
        }
        return site.pages().stream()
                .filter(p -> p.isPublished() && p.type().equals("page") && !p.contentPath().contains("/"))
                .limit(MAX_ENTRIES).toList();
    }

    /**
     * Reports entries of {@code versus.menu} that name no published page, and front matter
     * flags beyond {@link #MAX_ENTRIES}.
     */
    public static void check(Site site, SourceFile configFile, Diagnostics diags) {
        List<String> named = named(site.config());
        Map<String, Page> byContentPath = new HashMap<>();
        site.pages().forEach(p -> byContentPath.put(p.contentPath(), p));
        for (String n : named) {
            Page p = byContentPath.get(n);
            if (p == null || !p.isPublished()) {
                Diagnostic d = Diagnostic.error(keyPosition(configFile), "'" + KEY + "' names '" + n + "', which is "
                                + (p == null ? "not a page" : "not published"))
                        .withHint("name pages by their path in the content folder, e.g. about.md, comma-separated");
                diags.add(configFile == null ? d : configFile.quote(d));
            }
        }
        if (named.isEmpty()) {
            List<Page> flagged = site.pages().stream().filter(p -> p.isPublished() && flagged(p)).toList();
            for (Page p : flagged.subList(Math.min(MAX_ENTRIES, flagged.size()), flagged.size())) {
                diags.add(Diagnostic.warning(p.positionOf("menu"), "the menu holds at most " + MAX_ENTRIES
                                + " pages marked 'menu: true'; this one is left out")
                        .withHint("list the menu in jbake.properties with " + KEY + "=about.md,… instead"));
            }
        }
    }

    private static boolean flagged(Page p) {
        Object v = p.extra().get("menu");
        return Boolean.TRUE.equals(v) || "true".equals(v);
    }

    private static List<String> named(SiteConfig config) {
        String v = config.get(KEY).trim();
        return v.isEmpty() ? List.of() : Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Position keyPosition(SourceFile configFile) {
        if (configFile != null) {
            String[] lines = configFile.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].strip().startsWith(KEY) && lines[i].strip().substring(KEY.length()).strip().matches("^[=:].*")) {
                    return Position.at(configFile.path(), i + 1, lines[i].indexOf(KEY) + 1).withLength(KEY.length());
                }
            }
        }
        return Position.file("jbake.properties");
    }
}
