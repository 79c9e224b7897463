package dev.versus.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;

import java.util.Set;

/** Parses inline citations of one fact: {@code {{subject.aspect}}}. */
final class CitationParser implements InlineParserExtension {

    /** A citation node; its text is the whole {@code {{…}}}. */
    static final class Citation extends Node implements TextContainer {
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

        /** A heading's id is made from the citation as written, as for any other text. */
        @Override
        public boolean collectText(ISequenceBuilder<? extends ISequenceBuilder<?, BasedSequence>, BasedSequence> out,
                                   int flags, NodeVisitor nodeVisitor) {
            out.append(getChars().toString()); // as text: a range of the source would be merged with its neighbours
            return false;
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
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        int end = citationEnd(input, start);
        if (end < 0) {
            return false;
        }
        BasedSequence whole = input.subSequence(start, end);
        parser.flushTextNode();
        parser.getBlock().appendChild(new Citation(whole, reference(whole)));
        parser.setIndex(end);
        return true;
    }

    /**
     * The end of the citation {@code {{ subject.aspect }}} that starts exactly at {@code at}
     * (two or more names of {@code [A-Za-z0-9_-]} joined by dots, spaces and tabs allowed
     * inside the braces, on one line), or -1 when none starts there. Reads only the characters of that candidate,
     * up to the first one a citation cannot hold, so a paragraph is read in time proportional
     * to its length whatever it holds; text that is not a citation is left to the other parsers.
     */
    static int citationEnd(CharSequence s, int at) {
        int n = s.length();
        if (at + 1 >= n || s.charAt(at) != '{' || s.charAt(at + 1) != '{') {
            return -1;
        }
        int i = skipSpace(s, at + 2);
        int names = 0;
        while (true) {
            int nameStart = i;
            while (i < n && isNameChar(s.charAt(i))) {
                i++;
            }
            if (i == nameStart) {
                return -1;
            }
            names++;
            if (i < n && s.charAt(i) == '.') {
                i++;
                continue;
            }
            break;
        }
        if (names < 2) {
            return -1;
        }
        i = skipSpace(s, i);
        return i + 1 < n && s.charAt(i) == '}' && s.charAt(i + 1) == '}' ? i + 2 : -1;
    }

    /** The reference inside a citation's braces, white space removed. */
    static String reference(CharSequence citation) {
        return citation.subSequence(2, citation.length() - 2).toString().strip();
    }

    private static int skipSpace(CharSequence s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
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
