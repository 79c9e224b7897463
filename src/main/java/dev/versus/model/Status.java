package dev.versus.model;

/** Publication status of a page, as in JBake. */
public enum Status {
    PUBLISHED, DRAFT;

    /** Lower-case name, as written in headers and exposed to templates. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
