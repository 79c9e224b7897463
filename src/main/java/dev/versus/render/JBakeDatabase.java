package dev.versus.render;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.BeansWrapperBuilder;
import freemarker.template.Configuration;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import dev.versus.model.Page;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * JBake's {@code db} in the templates of a JBake site: the queries of JBake's content store that
 * themes call ({@code db.getPublishedPostsByTag(tag)}, {@code db.getDocumentByUri(uri)}…),
 * answered from the lists every template already sees, each lookup a map read. As in JBake, it
 * reaches templates through a plain {@link BeansWrapper}, so its answers have their Java methods
 * too ({@code db.getPublishedPostsByTag(tag).size()}).
 */
public final class JBakeDatabase implements TemplateHashModel {

    private static final BeansWrapper BEANS = new BeansWrapperBuilder(Configuration.VERSION_2_3_34).build();

    private final Queries queries;
    private final TemplateHashModel wrapped;

    private JBakeDatabase(Queries queries) {
        this.queries = queries;
        try {
            this.wrapped = (TemplateHashModel) BEANS.wrap(queries);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The queries of one site, from its pages; {@code byType}: each type's documents, drafts included, newest first. */
    static JBakeDatabase of(Planning site, Map<String, List<Page>> byType) {
        Map<String, List<PageModel>> postsByTag = new TreeMap<>();
        site.site().tags().forEach((tag, posts) -> postsByTag.put(tag, site.models(posts)));
        Map<String, List<PageModel>> documentsByTag = new TreeMap<>();
        // JBake's query orders a tag's documents by date alone, whatever their type
        site.site().taggedDocuments().forEach((tag, docs) -> documentsByTag.put(tag, site.models(docs.stream()
                .sorted(Comparator.comparing(Page::date, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList())));
        Map<String, List<PageModel>> all = new TreeMap<>();
        Map<String, List<PageModel>> published = new TreeMap<>();
        byType.forEach((type, docs) -> {
            all.put(type, site.models(docs));
            published.put(type, site.models(docs.stream().filter(Page::isPublished).toList()));
        });
        Map<String, PageModel> byUri = new HashMap<>();
        for (Page p : site.inJBakeOrder()) {
            // JBake's uri of a document with uri.noExtension is a/index.html; Versus's a/
            byUri.putIfAbsent(p.outputPath(), site.model(p));
            byUri.putIfAbsent(p.uri(), site.model(p));
        }
        return new JBakeDatabase(new Queries(Map.copyOf(postsByTag), Map.copyOf(documentsByTag), Map.copyOf(all),
                Map.copyOf(published), Map.copyOf(byUri), Set.copyOf(site.site().tags().keySet())));
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        return wrapped.get(key);
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JBakeDatabase d && d.queries.equals(queries);
    }

    @Override
    public int hashCode() {
        return queries.hashCode();
    }

    @Override
    public String toString() {
        return "db";
    }

    /**
     * What a template can learn from the queries, for fingerprints: each query's answer, its
     * documents as the page views they are (a view counts as its source path, see
     * {@link ViewPrints}), so that two stores agree exactly when {@link Queries#equals} says so.
     */
    List<Object> answers() {
        return List.of(queries.postsByTag, queries.documentsByTag, queries.allByType, queries.publishedByType,
                queries.byUri, queries.tags);
    }

    /** The queries, named as JBake's {@code ContentStore} names them; public for the wrapper, which calls them. */
    public static final class Queries {
        private final Map<String, List<PageModel>> postsByTag;
        private final Map<String, List<PageModel>> documentsByTag;
        private final Map<String, List<PageModel>> allByType;
        private final Map<String, List<PageModel>> publishedByType;
        private final Map<String, PageModel> byUri;
        private final Set<String> tags;

        Queries(Map<String, List<PageModel>> postsByTag, Map<String, List<PageModel>> documentsByTag,
                Map<String, List<PageModel>> allByType, Map<String, List<PageModel>> publishedByType,
                Map<String, PageModel> byUri, Set<String> tags) {
            this.postsByTag = postsByTag;
            this.documentsByTag = documentsByTag;
            this.allByType = allByType;
            this.publishedByType = publishedByType;
            this.byUri = byUri;
            this.tags = tags;
        }

        public List<PageModel> getPublishedPostsByTag(String tag) {
            return postsByTag.getOrDefault(tag, List.of());
        }

        public List<PageModel> getPublishedDocumentsByTag(String tag) {
            return documentsByTag.getOrDefault(tag, List.of());
        }

        public List<PageModel> getPublishedPosts() {
            return getPublishedContent("post");
        }

        public List<PageModel> getPublishedPages() {
            return getPublishedContent("page");
        }

        public List<PageModel> getPublishedContent(String docType) {
            return publishedByType.getOrDefault(docType, List.of());
        }

        public List<PageModel> getAllContent(String docType) {
            return allByType.getOrDefault(docType, List.of());
        }

        public long getDocumentCount(String docType) {
            return getAllContent(docType).size();
        }

        public long getPublishedCount(String docType) {
            return getPublishedContent(docType).size();
        }

        public Set<String> getAllTags() {
            return tags;
        }

        /** A list of the one document at {@code uri} ({@code blog/a.html}), empty when there is none, as JBake gives it. */
        public List<PageModel> getDocumentByUri(String uri) {
            PageModel m = byUri.get(uri);
            return m == null ? List.of() : List.of(m);
        }

        /**
         * Equal when every query answers with the same documents in the same order: a page's own
         * values are compared where templates read them (a rebuild tracks those reads), not here.
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof Queries q && shape(q.postsByTag).equals(shape(postsByTag))
                    && shape(q.documentsByTag).equals(shape(documentsByTag)) && shape(q.allByType).equals(shape(allByType))
                    && shape(q.publishedByType).equals(shape(publishedByType))
                    && q.byUri.keySet().equals(byUri.keySet()) && q.tags.equals(tags)
                    && byUri.entrySet().stream().allMatch(e -> e.getValue().sourcePath().equals(q.byUri.get(e.getKey()).sourcePath()));
        }

        private static Map<String, List<String>> shape(Map<String, List<PageModel>> lists) {
            Map<String, List<String>> out = new HashMap<>();
            lists.forEach((k, v) -> out.put(k, v.stream().map(PageModel::sourcePath).toList()));
            return out;
        }

        @Override
        public int hashCode() {
            return Objects.hash(postsByTag.keySet(), allByType.keySet(), tags);
        }
    }
}
