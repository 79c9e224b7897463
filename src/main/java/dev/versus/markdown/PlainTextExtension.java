package dev.versus.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;
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

    private static final class TextRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, TextRenderer::render));
        }

        private static void render(Text node, NodeRendererContext ctx, HtmlWriter html) {
            String s = node.getChars().toString();
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
            if (end - start < SHORTEST_HELD_BACK || text.indexOf('\n') >= 0 || text.indexOf('\t') >= 0
                    || text.indexOf("  ", start) >= 0 && text.indexOf("  ", start) < end) {
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
    }
}
