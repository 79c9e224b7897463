package dev.versus.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Escaping, decoding and visible text. */
class HtmlTest {

    @Test
    void escapesAsFlexmarkDoesOrApostrophesToo() {
        assertEquals("a &amp; b &lt;c&gt; &quot;d&quot; 'e'", Html.escape("a & b <c> \"d\" 'e'"));
        assertEquals("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;", Html.escapeAll("a & b <c> \"d\" 'e'"));
        String plain = "nothing to escape";
        assertSame(plain, Html.escape(plain));
        assertEquals("", Html.escapeAll(null));
    }

    @Test
    void decodesNumericAndTheCommonNamedReferencesOnly() {
        assertEquals("& < > \" ' \u00e9A\uD835\uDD38 x", Html.decode("&amp; &lt; &gt; &quot; &apos; &#233;&#x41;&#x1D538;&nbsp;x"));
        // unknown names, numbers that are no code point, and upper-case X stay as written
        assertEquals("&eacute; &#1114112; &#99999999999; &#1F; &#X41; &#x; & ;",
                Html.decode("&eacute; &#1114112; &#99999999999; &#1F; &#X41; &#x; & ;"));
    }

    @Test
    void visibleTextLeavesOutCommentsAndScripts() {
        String html = "<p>One <!-- <p>draft words</p> --> two</p><script>var three;</script><style>p{}</style>"
                + "<p>fo<b>u</b>r &amp; five</p>";
        assertEquals("One two fo u r & five", Html.text(html));
        assertEquals("One two four & five", Html.prose(html));
    }
}
