package dev.versus.diag;

/** JSON string quoting that is also safe inside an HTML {@code <script>} element. */
public final class Json {

    private Json() {
    }

    /**
     * {@code s} as a JSON string literal for a {@code <script>} element in a page: as
     * {@link #quote(String)}, and apostrophes escaped too, so no attribute-like text survives.
     */
    public static String quoteForScript(String s) {
        return quote(s).replace("'", "\\u0027");
    }

    /** {@code s} as a JSON string literal; '<', '>' and '&' are escaped so it cannot close a script. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
