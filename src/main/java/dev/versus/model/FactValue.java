package dev.versus.model;

import java.util.List;

/** The value of one fact: a closed set of shapes, one per aspect type, plus "not applicable". */
public sealed interface FactValue {

    /** Free text. */
    record Text(String text) implements FactValue {
    }

    /**
     * A number, year or rating.
     *
     * @param written the number as the author wrote it, for display
     */
    record Number(double value, String written) implements FactValue {
    }

    /** Yes or no. */
    record Bool(boolean value) implements FactValue {
    }

    /** A list of short texts. */
    record Items(List<String> items) implements FactValue {
    }

    /** An http(s) address. */
    record Link(String url) implements FactValue {
    }

    /** The aspect does not apply to this subject, and why. */
    record NotApplicable(String reason) implements FactValue {
    }
}
