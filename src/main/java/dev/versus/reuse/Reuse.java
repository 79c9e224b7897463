package dev.versus.reuse;

import dev.versus.compare.Comparisons;
import dev.versus.config.SiteConfig;
import dev.versus.render.SitePlanner;
import dev.versus.render.TemplateEngine;
import dev.versus.source.SourceFile;

import java.util.Map;

/**
 * Everything one site's builds keep for the next build, valid for one configuration (a new
 * configuration starts from {@link #kept()} again). Used by one build at a time.
 */
public final class Reuse {

    private final boolean keeps;
    private SiteFiles lastRead;
    private final Pages pages;
    private final Catalogue catalogue = new Catalogue();
    private final Bodies bodies;
    private final Written written;
    private final Comparisons.Memo compare;
    private final SitePlanner.Memo planner;
    private TemplateEngine engine;
    private int engineVersion = -1;
    /** The input files as listed before {@link #lastRead} was read; null when not known. */
    private dev.versus.source.Snapshot inputs;

    private Reuse(boolean keeps) {
        this(keeps, null, new Pages(keeps), new Bodies(keeps), new Written(keeps), new Comparisons.Memo(keeps),
                new SitePlanner.Memo(keeps));
    }

    private Reuse(boolean keeps, SiteFiles lastRead, Pages pages, Bodies bodies, Written written,
                  Comparisons.Memo compare, SitePlanner.Memo planner) {
        this.keeps = keeps;
        this.lastRead = lastRead;
        this.pages = pages;
        this.bodies = bodies;
        this.written = written;
        this.compare = compare;
        this.planner = planner;
    }

    /**
     * What is kept from one build to the next when builds run in separate processes: all of it
     * but the template engine (made again from the template texts) and the catalogue (loaded
     * again, as its checks measure fact ages from the day of the build). The files as read
     * keep their static files as path names ({@code statics}, output path → absolute path),
     * and {@code inputs} is what they were read from.
     */
    record State(SiteFiles lastRead, java.util.SortedMap<String, String> statics, dev.versus.source.Snapshot inputs,
                 Pages pages, Bodies bodies, Written written, Comparisons.Memo compare, SitePlanner.Memo planner)
            implements java.io.Serializable {
    }

    State state() {
        if (!keeps) {
            throw new IllegalStateException("nothing is kept");
        }
        SiteFiles f = lastRead == null ? null : new SiteFiles(lastRead.content(), lastRead.data(),
                lastRead.templates(), new java.util.TreeMap<>(), lastRead.diagnostics(), lastRead.templatesVersion());
        java.util.SortedMap<String, String> statics = new java.util.TreeMap<>();
        if (lastRead != null) {
            lastRead.statics().forEach((out, path) -> statics.put(out, path.toString()));
        }
        return new State(f, statics, inputs, pages, bodies, written, compare, planner);
    }

    static Reuse from(State s) {
        SiteFiles f = s.lastRead();
        if (f != null) {
            java.util.SortedMap<String, java.nio.file.Path> statics = new java.util.TreeMap<>();
            s.statics().forEach((out, path) -> statics.put(out, java.nio.file.Path.of(path)));
            f = new SiteFiles(f.content(), f.data(), f.templates(), statics, f.diagnostics(), f.templatesVersion());
        }
        Reuse r = new Reuse(true, f, s.pages(), s.bodies(), s.written(), s.compare(), s.planner());
        r.inputs = s.inputs();
        return r;
    }

    /** The input files as listed before the files of {@link #lastRead} were read; null when not known. */
    public dev.versus.source.Snapshot inputs() {
        return inputs;
    }

    /** Records that the files of {@link #lastRead} were read after {@code listed} was taken (null: not known). */
    public void readAfter(dev.versus.source.Snapshot listed) {
        inputs = listed;
    }

    /** For a build that runs once ({@code versus build}): nothing is kept and no reads are recorded. */
    public static Reuse none() {
        return new Reuse(false);
    }

    /** For builds that run again (the dev server): each build keeps its work for the next. */
    public static Reuse kept() {
        return new Reuse(true);
    }

    /** Tells every part that depends on data files that these changed (site paths; "…/" for a folder). */
    public void dataChanged(java.util.Collection<String> paths) {
        if (!paths.isEmpty()) {
            catalogue.dataChanged();
            bodies.dataChanged(paths);
        }
    }

    /** Whether stages should record what their work depended on (links looked up, model keys read). */
    public boolean records() {
        return keeps;
    }

    /** The files as the last build read them; null before the first (and always for {@link #none()}). */
    public SiteFiles lastRead() {
        return lastRead;
    }

    /** Keeps what this build read, for the next build to re-read only what changed. */
    public void read(SiteFiles files) {
        if (keeps) {
            lastRead = files;
        }
    }

    public Pages pages() {
        return pages;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public Bodies bodies() {
        return bodies;
    }

    /** What the output folder holds after the last successful write. */
    public Written written() {
        return written;
    }

    /** The comparison engine's kept work. */
    public Comparisons.Memo compare() {
        return compare;
    }

    /** The planner's kept work (page outlines, search entries). */
    public SitePlanner.Memo planner() {
        return planner;
    }

    /** The template engine for the templates as read, made again only when one of them changed. */
    public TemplateEngine engine(SiteConfig config, Map<String, SourceFile> templates, int templatesVersion) {
        if (engine == null || engineVersion != templatesVersion) {
            engine = new TemplateEngine(config, Map.copyOf(templates));
            engineVersion = keeps ? templatesVersion : -1;
        }
        TemplateEngine e = engine;
        if (!keeps) {
            engine = null;
        }
        return e;
    }
}
