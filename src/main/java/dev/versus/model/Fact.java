package dev.versus.model;

import dev.versus.diag.Position;

/**
 * The value of one aspect for one subject, with where it comes from.
 *
 * @param source   http(s) address supporting the value, or null
 * @param asOf     date or version the value was checked against, or null
 * @param note     a short explanation, or null
 * @param position where the fact is written
 */
public record Fact(String aspectId, FactValue value, String source, String asOf, String note, Position position) implements java.io.Serializable {

    public boolean isNotApplicable() {
        return value instanceof FactValue.NotApplicable;
    }
}
