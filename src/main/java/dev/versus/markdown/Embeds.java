package dev.versus.markdown;

import dev.versus.diag.Position;

/**
 * Content generated from data inside Markdown: fenced blocks with a known info string
 * (e.g. {@code comparison}) and inline citations ({@code {{django.first_release}}}).
 * Implementations must be thread-safe; they report problems to the page's context.
 */
public interface Embeds {

    /** Whether a fenced block with this first info word is ours to render. */
    boolean handlesBlock(String name);

    /**
     * HTML for a fenced block.
     *
     * @param name    first word of the info string
     * @param info    the rest of the info string
     * @param content the block's lines
     * @param at      position of the block's opening line
     */
    String renderBlock(String name, String info, String content, Position at, PageContext page);

    /**
     * HTML for an inline citation, e.g. {@code django.first_release}.
     *
     * @param at position of the opening braces
     */
    String renderCitation(String reference, Position at, PageContext page);

    /** No embeds: fenced blocks are code, and citations are left as written. */
    Embeds NONE = new Embeds() {
        @Override
        public boolean handlesBlock(String name) {
            return false;
        }

        @Override
        public String renderBlock(String name, String info, String content, Position at, PageContext page) {
            return "";
        }

        @Override
        public String renderCitation(String reference, Position at, PageContext page) {
            return null;
        }
    };
}
