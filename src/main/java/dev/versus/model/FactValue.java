package dev.versus.model;

import java.util.List;

/** The value of one fact: a closed set of shapes, one per aspect type, plus "not applicable". */
public sealed interface FactValue {

    /** Free text. */
    record Text(String text) implements FactValue, java.io.Serializable {
    }

    /**
     * A number, year or rating.
     *
     * @param written the number as the author wrote it, for display
     */
    record Number(double value, String written) implements FactValue, java.io.Serializable {
    }

    /** Yes or no. */
    record Bool(boolean value) implements FactValue, java.io.Serializable {
    }

    /** A list of short texts. */
    record Items(List<String> items) implements FactValue, java.io.Serializable {
    }

    /** An http(s) address. */
    record Link(String url) implements FactValue, java.io.Serializable {
    }

    /** The aspect does not apply to this subject, and why. */
    record NotApplicable(String reason) implements FactValue, java.io.Serializable {
    }
}
