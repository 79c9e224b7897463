package dev.versus.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import dev.versus.html.Html;

import java.util.Set;

/**
 * Writes plain text exactly as flexmark does (backslash escapes and character references
 * decoded, line ends normalised, then {@code & < > "} escaped), skipping its regular
 * expressions when the text holds nothing to decode, which is most text.
 */
final class PlainTextExtension implements HtmlRenderer.HtmlRendererExtension {

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new TextRenderer());
    }

    /**
     * What {@code chars.toString()} gives, copied in one piece from the text the sequence is
     * part of when it is a plain part of a string, rather than a character at a time through
     * the sequence (which reads a NUL as U+FFFD, as this does).
     */
    static String text(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String base) {
            String s = base.substring(chars.getStartOffset(), chars.getEndOffset());
            return s.indexOf('\0') < 0 ? s : s.replace('\0', '\uFFFD');
        }
        return chars.toString();
    }

    private static final class TextRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, TextRenderer::render));
        }

        private static void render(Text node, NodeRendererContext ctx, HtmlWriter html) {
            String s = text(node.getChars());
            if (s.indexOf('\\') >= 0 || s.indexOf('&') >= 0 || s.indexOf('\r') >= 0) {
                html.text(Escaping.normalizeEOL(node.getChars().unescape()));
            } else {
                raw(html, node, Html.escape(s));
            }
        }

        /** Shorter runs cost the writer no more than their marker would. */
        private static final int SHORTEST_HELD_BACK = 12;

        /**
         * Writes escaped text. The writer only acts on line ends, tabs and runs of spaces (dropped
         * at the start of a line, collapsed when it is told to), so the run between the first and
         * last other character goes through a block marker when it holds none of them: it leaves
         * the writer as its marker does. Its spaces at either end go to the writer as they are.
         */
        private static void raw(HtmlWriter html, Text node, String text) {
            int start = 0;
            int end = text.length();
            while (start < end && text.charAt(start) == ' ') {
                start++;
            }
            while (end > start && text.charAt(end - 1) == ' ') {
                end--;
            }
            if (end - start < SHORTEST_HELD_BACK || !plainRun(text, start, end)) {
                html.raw(text);
                return;
            }
            if (start > 0) {
                html.raw(text.substring(0, start));
            }
            MarkdownRenderer.raw(html, node, text.substring(start, end));
            if (end < text.length()) {
                html.raw(text.substring(end));
            }
        }

        /** Whether {@code text[start, end)} (which ends in a character other than a space) holds no line end, tab or two spaces in a row. */
        private static boolean plainRun(String text, int start, int end) {
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\t' || c == ' ' && text.charAt(i + 1) == ' ') {
                    return false;
                }
            }
            return true;
        }
    }
}
