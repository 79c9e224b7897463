package dev.versus.model;

import java.util.List;

/**
 * What a page's front matter asks of the comparison engine, as written: bound once by the
 * load stage, with positions, and resolved against the catalogue by the comparison engine.
 *
 * @param compare the subjects of {@code compare}, or null when the page has no such key
 * @param aspects the aspects of {@code aspects} in their order, or null when it has none
 * @param faq     the questions of {@code faq}, empty when it has none
 */
public record Comparing(List<Ref> compare, List<Ref> aspects, List<Question> faq) implements java.io.Serializable {

    /** A page that asks for nothing. */
    public static final Comparing NONE = new Comparing(null, null, List.of());

    /** One front-matter FAQ entry. */
    public record Question(String question, String answer) implements java.io.Serializable {
    }

    public Comparing {
        compare = compare == null ? null : List.copyOf(compare);
        aspects = aspects == null ? null : List.copyOf(aspects);
        faq = List.copyOf(faq);
    }

    /** Whether the page has any of the keys. */
    public boolean any() {
        return compare != null || aspects != null || !faq.isEmpty();
    }
}
