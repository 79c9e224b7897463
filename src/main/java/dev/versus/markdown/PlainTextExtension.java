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
                html.raw(Html.escape(s));
            }
        }
    }
}
