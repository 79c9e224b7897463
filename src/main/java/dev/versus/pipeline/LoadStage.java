package dev.versus.pipeline;

import dev.versus.diag.Diagnostics;
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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** load: content files into pages and the site, the data folder into the catalogue, all checked. */
final class LoadStage {

    /**
     * The loaded site.
     *
     * @param draftsLeftOut drafts not rendered, by content path: loaded anyway, so that a link to
     *                      one can be told apart from a link to nothing
     */
    record Loaded(Site site, Map<String, Page> draftsLeftOut, Catalog catalog) {
    }

    private LoadStage() {
    }

    static Loaded run(Setup setup, SiteFiles files, Reuse reuse, Diagnostics diags) {
        Map<String, Pages.Loaded> pages = reuse.pages().load(files.content().values(), f -> {
            Diagnostics d = new Diagnostics();
            return new Pages.Loaded(f.text(), setup.loader().loadAny(f, d), d.sorted());
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
        Site site = SiteLoader.assemble(setup.config(), loaded, diags);
        Menu.check(site, setup.configFile(), diags);
        Catalogue.Loaded catalogue = reuse.catalogue().load(() -> catalogue(setup, files));
        diags.addAll(catalogue.diagnostics());
        return new Loaded(site, draftsLeftOut, catalogue.catalog());
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
