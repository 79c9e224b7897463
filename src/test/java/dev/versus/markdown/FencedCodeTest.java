package dev.versus.markdown;

import dev.versus.config.SiteConfig;
import dev.versus.model.Page;
import dev.versus.model.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A fenced code block's info string is read as CommonMark says: first word, escapes and entities decoded. */
class FencedCodeTest {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(SiteConfig.of(Map.of()), Embeds.NONE, Map.of());

    private static String render(String markdown) {
        Page page = new Page("content/a.md", "a.md", "a.html", "a.html", "post", Status.PUBLISHED, "A", null,
                List.of(), null, null, Page.Format.MARKDOWN, markdown, 4, Map.of(), Map.of());
        return MARKDOWN.render(new PageContext(page));
    }

    @Test
    void decodesEscapesAndEntitiesInTheLanguage() {
        assertEquals("<pre><code class=\"language-foo+bar\">x\n</code></pre>\n", render("```foo\\+bar\nx\n```\n"));
        assertEquals("<pre><code class=\"language-c&amp;d\">x\n</code></pre>\n", render("```c&amp;d\nx\n```\n"));
    }

    @Test
    void keepsAMarkerCharacterWrittenByAReferenceBesideACodeBlock() {
        // the code block is held back from flexmark's writer behind a marker made of U+0001
        assertEquals("<p>Text \u0001 here, and a long run of several words.</p>\n<pre><code class=\"language-python\">"
                + "print(1)\n</code></pre>\n", render("Text &#1; here, and a long run of several words.\n\n```python\nprint(1)\n```\n"));
    }

    @Test
    void languageEndsAtASpaceOrATab() {
        assertEquals("<pre><code class=\"language-ruby\">x\n</code></pre>\n", render("~~~ ruby\tstartline=3\nx\n~~~\n"));
        assertEquals("<figure class=\"code\"><figcaption>views.py</figcaption><pre><code class=\"language-python\">x\n"
                + "</code></pre></figure>\n", render("```python\ttitle=\"views.py\"\nx\n```\n"));
    }
}
