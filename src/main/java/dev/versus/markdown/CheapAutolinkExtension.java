package dev.versus.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's autolink extension with a cheap filter in front: its link extractor runs only on
 * text that could hold a link ({@code ://}, {@code www.}, {@code @}, or an escape that may
 * hide one), which most text of a page cannot. The links found are the extension's own, so the output is the same.
 */
final class CheapAutolinkExtension implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether the run of text starting at {@code node} could hold a link the extension would find. */
    static boolean mayHoldLink(Node node) {
        BasedSequence chars = node.getChars();
        if (mayHoldLink(PlainTextExtension.text(chars))) {
            return true;
        }
        // The extension reads a node together with the text nodes that continue it.
        StringBuilder run = null;
        Node prev = node;
        for (Node next = node.getNext(); next instanceof Text && next.getChars().isContinuationOf(prev.getChars());
             next = next.getNext()) {
            run = (run == null ? new StringBuilder(chars) : run).append(next.getChars());
            prev = next;
        }
        return run != null && mayHoldLink(run.toString());
    }

    private static boolean mayHoldLink(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '@' || c == '&' || c == '\\') {
                return true; // an address, or an escape the extension decodes before looking
            }
            if (c == ':' && i + 2 < s.length() && s.charAt(i + 1) == '/' && s.charAt(i + 2) == '/') {
                return true;
            }
            if ((c == '.') && i >= 3 && (s.charAt(i - 1) | 0x20) == 'w' && (s.charAt(i - 2) | 0x20) == 'w'
                    && (s.charAt(i - 3) | 0x20) == 'w') {
                return true;
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new NodePostProcessor() {
                private AutolinkNodePostProcessor links;

                @Override
                public void process(NodeTracker state, Node node) {
                    if (!mayHoldLink(node)) {
                        return;
                    }
                    if (links == null) {
                        links = new AutolinkNodePostProcessor(document);
                    }
                    links.process(state, node);
                }
            };
        }
    }
}
