package dev.versus.model;

import java.util.Locale;

/** The kind of value an aspect holds, which decides how facts are checked, shown and charted. */
public enum AspectType {
    TEXT, NUMBER, YEAR, BOOLEAN, RATING, LIST, LINK;

    /** The lower-case name written in the aspect catalogue. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether values can be ordered, so a {@code better} direction makes sense. */
    public boolean isOrdered() {
        return this == NUMBER || this == YEAR || this == RATING;
    }

    /** Whether values are drawn as bars. */
    public boolean isCharted() {
        return this == NUMBER || this == RATING;
    }

    /** Highest rating. */
    public static final int MAX_RATING = 5;
}
