package dev.versus.pipeline;

import dev.versus.config.SiteConfig;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.load.DataLoader;
import dev.versus.load.FactChecks;
import dev.versus.load.SiteLoader;
import dev.versus.model.Catalog;
import dev.versus.model.Page;
import dev.versus.model.Site;
import dev.versus.model.Status;
import dev.versus.render.Menu;
import dev.versus.reuse.Catalogue;
import dev.versus.reuse.Pages;
import dev.versus.reuse.Reuse;
import dev.versus.reuse.SiteFiles;
import dev.versus.source.GitDates;
import dev.versus.text.Spill;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** load: content files into pages and the site, the data folder into the catalogue, all checked. */
final class LoadStage {

    /**
     * The loaded site.
     *
     * @param draftsLeftOut drafts not rendered, by content path: loaded anyway, so that a link to
     *                      one can be told apart from a link to nothing
     */
    record Loaded(Site site, Map<String, Page> draftsLeftOut, Catalog catalog) implements java.io.Serializable {
    }

    private LoadStage() {
    }

    /** @param spill where the pages' bodies are kept */
    static Loaded run(Setup setup, SiteFiles files, Reuse reuse, Diagnostics diags, Spill spill) {
        Map<String, Pages.Loaded> pages = reuse.pages().load(files.content().values(), f -> {
            Diagnostics d = new Diagnostics();
            Page page = setup.loader().loadAny(f, d);
            return new Pages.Loaded(f.kept(), page == null ? null : page.in(spill), d.sorted());
        });
        List<Page> loaded = new ArrayList<>();
        Map<String, Page> draftsLeftOut = new HashMap<>();
        for (Pages.Loaded l : pages.values()) {
            diags.addAll(l.diagnostics());
            Page p = l.page();
            if (p == null) {
                continue;
            }
            if (p.status() == Status.DRAFT && !setup.options().drafts()) {
                draftsLeftOut.put(p.contentPath(), p);
            } else {
                loaded.add(p);
            }
        }
        boolean jbake = hasJBakeTemplates(setup.config(), files.templates().keySet());
        Site site = SiteLoader.assemble(setup.config(), dateUndated(setup, loaded, jbake, diags), diags, jbake);
        Menu.check(site, setup.configFile(), diags);
        Catalogue.Loaded catalogue = reuse.catalogue().load(() -> catalogue(setup, files));
        diags.addAll(catalogue.diagnostics());
        return new Loaded(site, draftsLeftOut, catalogue.catalog());
    }

    /**
     * The pages of a JBake site (one with {@code .ftl} templates of its own, named by
     * {@code template.<type>.file} keys), each undated one dated. JBake dates it
     * with its file's modification time, which every checkout changes; Versus with the date
     * of the file's last commit when the site is in Git, else (an untracked file, a site
     * outside Git) the newest date of the site's published documents, so that the same sources
     * give the same pages on every machine. Other sites keep undated pages undated.
     */
    private static List<Page> dateUndated(Setup setup, List<Page> pages, boolean jbake,
                                          Diagnostics diags) {
        List<String> undated = pages.stream().filter(p -> p.date() == null).map(Page::sourcePath).toList();
        if (undated.isEmpty() || !jbake) {
            return pages;
        }
        GitDates.Result git = setup.gitDates().lastCommits(undated);
        ZonedDateTime newest = pages.stream().filter(Page::isPublished).map(Page::date).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        if (git.problem() != null) {
            diags.add(Diagnostic.warning(Position.file(undated.get(0)), "cannot read the date of its last commit: "
                            + git.problem() + "; " + (newest == null ? "it stays undated"
                            : "it is dated with the site's newest date, " + newest.toLocalDate()))
                    .withHint((git.commandMissing() ? "install Git to date undated documents by their last commit"
                            : "run 'git log' in the site's folder to see what Git says")
                            + ", or give " + (undated.size() == 1 ? "it a date" : "the " + undated.size()
                            + " undated documents dates")));
        }
        List<Page> out = new ArrayList<>(pages.size());
        for (Page p : pages) {
            Instant committed = p.date() == null ? git.dates().get(p.sourcePath()) : null;
            ZonedDateTime date = p.date() != null ? p.date()
                    : committed != null ? committed.atZone(setup.config().zone()) : newest;
            out.add(date == p.date() ? p : p.withDate(date));
        }
        return out;
    }

    /** Whether a {@code template.<type>.file} key names a {@code .ftl} template of the site's own. */
    private static boolean hasJBakeTemplates(SiteConfig config, Set<String> templateNames) {
        for (Map.Entry<String, String> e : config.values().entrySet()) {
            String name = e.getValue().trim();
            if (SiteConfig.TEMPLATE_FILE_KEY.matcher(e.getKey()).matches() && name.endsWith(".ftl")
                    && templateNames.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static Catalogue.Loaded catalogue(Setup setup, SiteFiles files) {
        Diagnostics d = new Diagnostics();
        Catalog catalog = DataLoader.load(setup.folders().data(), List.copyOf(files.data().values()), d);
        if (!d.hasErrors()) {
            FactChecks.check(catalog, setup.config(), files.data(), setup.options().referenceDate() != null
                    ? setup.options().referenceDate() : FactChecks.defaultReferenceDate(setup.config().zone()), d);
        }
        return new Catalogue.Loaded(catalog, d.sorted());
    }
}
