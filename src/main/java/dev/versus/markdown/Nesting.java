package dev.versus.markdown;

/**
 * How deeply a Markdown body nests block quotes and lists, measured line by line before it is
 * parsed: the parser and renderer recurse once per level, so a body nested thousands of levels
 * deep (10,000 '>' in a row) would exhaust the stack. Each '>' and each list marker at the start
 * of a line counts one level, and so do every two columns of indentation; lines inside fenced
 * code blocks do not count.
 */
final class Nesting {

    /** Deepest nesting rendered; far beyond what prose needs, far below what the stack holds. */
    static final int MAX_LEVELS = 100;

    private Nesting() {
    }

    /** Offset of the start of the first line nested deeper than {@code max} levels, or -1. */
    static int tooDeep(String body, int max) {
        boolean fenced = false;
        char fence = 0;
        int start = 0;
        int n = body.length();
        while (start < n) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int i = start;
            while (i < end && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
                i++;
            }
            if (i + 2 < end && (body.charAt(i) == '`' || body.charAt(i) == '~') && body.charAt(i + 1) == body.charAt(i)
                    && body.charAt(i + 2) == body.charAt(i) && (!fenced || body.charAt(i) == fence)) {
                fenced = !fenced;
                fence = body.charAt(i);
            } else if (!fenced && levels(body, start, end, max) > max) {
                return start;
            }
            start = end + 1;
        }
        return -1;
    }

    /** The levels of one line, counted until {@code max} is passed. */
    private static int levels(String s, int from, int end, int max) {
        int levels = 0;
        int columns = 0;
        int i = from;
        while (i < end && levels + columns / 2 <= max) {
            char c = s.charAt(i);
            if (c == ' ') {
                columns++;
                i++;
            } else if (c == '\t') {
                columns += 4;
                i++;
            } else if (c == '>') {
                levels++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && s.charAt(i + 1) == ' ') {
                levels++;
                i += 2;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < end && j - i < 9 && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                if (j + 1 < end && (s.charAt(j) == '.' || s.charAt(j) == ')') && s.charAt(j + 1) == ' ') {
                    levels++;
                    i = j + 2;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return levels + columns / 2;
    }
}
