package dev.versus.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Set;
import java.util.regex.Pattern;

/** Parses inline citations of one fact: {@code {{subject.aspect}}}. */
final class CitationParser implements InlineParserExtension {

    private static final Pattern CITATION = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)+)\\s*}}");

    /** A citation node; its text is the whole {@code {{…}}}. */
    static final class Citation extends Node {
        private final String reference;

        Citation(BasedSequence chars, String reference) {
            super(chars);
            this.reference = reference;
        }

        String reference() {
            return reference;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        if (parser.peek(1) != '{') {
            return false;
        }
        BasedSequence[] groups = parser.matchWithGroups(CITATION);
        if (groups == null) {
            return false;
        }
        parser.flushTextNode();
        parser.getBlock().appendChild(new Citation(groups[0], groups[1].toString()));
        return true;
    }

    /** Registers the parser for the '{' character. */
    static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "{";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new CitationParser();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
