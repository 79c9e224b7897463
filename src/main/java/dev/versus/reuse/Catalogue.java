package dev.versus.reuse;

import dev.versus.diag.Diagnostic;
import dev.versus.model.Catalog;

import java.util.List;
import java.util.function.Supplier;

/** The data folder as last loaded, and what loading it reported; loaded again after a data edit. */
public final class Catalogue {

    /** A loaded catalogue and its diagnostics. */
    public record Loaded(Catalog catalog, List<Diagnostic> diagnostics) implements java.io.Serializable {
    }

    private Loaded kept;
    private boolean stale = true;

    Catalogue() {
    }

    /** Tells the catalogue that data files changed. */
    void dataChanged() {
        stale = true;
    }

    /** The kept catalogue, or what {@code load} makes when a data file changed since it was loaded. */
    public Loaded load(Supplier<Loaded> load) {
        if (kept == null || stale) {
            kept = load.get();
            stale = false;
        }
        return kept;
    }
}
