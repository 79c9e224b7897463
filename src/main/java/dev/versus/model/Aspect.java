package dev.versus.model;

import dev.versus.diag.Position;

/**
 * A row of a comparison table, declared once in the aspect catalogue.
 *
 * @param better      which values win, or null when none does
 * @param unit        unit shown after numbers, or null
 * @param description what the aspect means, or null
 * @param position    where its id is written in the catalogue
 */
public record Aspect(String id, String label, AspectType type, String group, Better better, String unit,
                     String description, Position position) implements java.io.Serializable {

    /** Which end of an ordered aspect is better. */
    public enum Better {
        HIGHER, LOWER;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
