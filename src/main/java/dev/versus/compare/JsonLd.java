package dev.versus.compare;

import dev.versus.diag.Json;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** schema.org JSON-LD for articles, FAQs and breadcrumbs; every string goes through {@link Json#quote}. */
final class JsonLd {

    private JsonLd() {
    }

    /** One crumb: a name and an absolute URL. */
    record Crumb(String name, String url) implements java.io.Serializable {
    }

    static String script(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>\n";
    }

    static String faqPage(List<Faq.Entry> entries) {
        StringBuilder sb = new StringBuilder("{\"@context\":\"https://schema.org\",\"@type\":\"FAQPage\",\"mainEntity\":[");
        for (int i = 0; i < entries.size(); i++) {
            Faq.Entry e = entries.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"@type\":\"Question\",\"name\":").append(Json.quoteForScript(e.question()))
                    .append(",\"acceptedAnswer\":{\"@type\":\"Answer\",\"text\":").append(Json.quoteForScript(e.answer())).append("}}");
        }
        return sb.append("]}").toString();
    }

    static String breadcrumbs(List<Crumb> crumbs) {
        StringBuilder sb = new StringBuilder("{\"@context\":\"https://schema.org\",\"@type\":\"BreadcrumbList\",\"itemListElement\":[");
        for (int i = 0; i < crumbs.size(); i++) {
            Crumb c = crumbs.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"@type\":\"ListItem\",\"position\":").append(i + 1)
                    .append(",\"name\":").append(Json.quoteForScript(c.name())).append(",\"item\":").append(Json.quoteForScript(c.url())).append('}');
        }
        return sb.append("]}").toString();
    }

    /**
     * An Article or BlogPosting.
     *
     * @param author     the page's author, or null
     * @param siteAuthor the author when the page names none: the site, as an organisation
     * @param about      subject name → profile URL
     */
    static String article(String type, String headline, String description, java.time.ZonedDateTime date, String author,
                          String siteAuthor, String url, List<String> keywords, Map<String, String> about) {
        StringBuilder sb = new StringBuilder("{\"@context\":\"https://schema.org\",\"@type\":").append(Json.quoteForScript(type))
                .append(",\"headline\":").append(Json.quoteForScript(headline))
                .append(",\"url\":").append(Json.quoteForScript(url))
                .append(",\"mainEntityOfPage\":").append(Json.quoteForScript(url));
        if (description != null && !description.isBlank()) {
            sb.append(",\"description\":").append(Json.quoteForScript(description));
        }
        if (date != null) {
            sb.append(",\"datePublished\":").append(Json.quoteForScript(date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
        }
        if (author != null && !author.isBlank()) {
            sb.append(",\"author\":{\"@type\":\"Person\",\"name\":").append(Json.quoteForScript(author)).append('}');
        } else {
            sb.append(",\"author\":{\"@type\":\"Organization\",\"name\":").append(Json.quoteForScript(siteAuthor)).append('}');
        }
        if (!keywords.isEmpty()) {
            sb.append(",\"keywords\":").append(Json.quoteForScript(String.join(", ", keywords)));
        }
        if (!about.isEmpty()) {
            sb.append(",\"about\":[");
            int i = 0;
            for (Map.Entry<String, String> e : about.entrySet()) {
                sb.append(i++ == 0 ? "" : ",").append("{\"@type\":\"Thing\",\"name\":").append(Json.quoteForScript(e.getKey()))
                        .append(",\"url\":").append(Json.quoteForScript(e.getValue())).append('}');
            }
            sb.append(']');
        }
        return sb.append('}').toString();
    }
}
