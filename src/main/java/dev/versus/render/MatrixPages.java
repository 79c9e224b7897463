package dev.versus.render;

import dev.versus.compare.Links;
import dev.versus.model.Aspect;
import dev.versus.model.Subject;
import dev.versus.render.ComparisonViews.PairLink;
import dev.versus.render.ViewWrapper.Markup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The matrix: every subject against every aspect, {@code versus.matrix.subjects_per_page}
 * subjects a page. Every page lists every subject; the first also lists the pairs unless they
 * have pages of their own, where each subject links to its list.
 */
final class MatrixPages implements Output {

    /**
     * A matrix page's variables.
     *
     * @param subjects      every subject
     * @param page_subjects this page's subjects, those of its table
     * @param pairs         the pairs, on the first page when they have no pages of their own
     * @param pair_lists    subject id → its pair list, when pairs have pages of their own (else null)
     */
    record MatrixRoute(ContentModel.Generated content, Markup table, List<ComparisonViews.SubjectView> subjects,
                       List<ComparisonViews.SubjectView> page_subjects, List<PairLink> pairs,
                       Map<String, String> pair_lists, List<PageLink> matrix_pages, int page_number, int number_of_pages,
                       Markup jsonld) implements RouteView, java.io.Serializable {
    }

    /** A link to one page of the matrix, named by its first and last subject. */
    record PageLink(int number, String uri, String first, String last) implements java.io.Serializable {
    }

    @Override
    public void routes(Planning site, List<Route> routes) {
        ComparisonViews views = site.comparisons();
        List<Subject> subjects = views.catalog().subjectsByName();
        if (subjects.isEmpty()) {
            return;
        }
        List<PairLink> pairLinks = views.pairLinks();
        boolean ownPages = ProfilePages.ownPages(pairLinks);
        int perPage = Math.max(1, site.config().integer("versus.matrix.subjects_per_page"));
        int pages = (subjects.size() + perPage - 1) / perPage;
        for (int n = 1; n <= pages; n++) {
            int number = n;
            List<Subject> slice = subjects.subList((n - 1) * perPage, Math.min(subjects.size(), n * perPage));
            List<Object> inputs = n == 1 ? List.of(subjects, ownPages ? List.of() : pairLinks, pages, perPage)
                    : List.of(slice, subjects.stream().map(Subject::name).toList(), ownPages, pages, perPage);
            routes.add(views.made("matrix " + n, inputs,
                    () -> matrix(site, number, pages, perPage, slice, ownPages, pairLinks)));
        }
    }

    /** Page {@code number} of {@code pages} of the matrix: the subjects of {@code slice} against every aspect. */
    private static Route matrix(Planning site, int number, int pages, int perPage, List<Subject> slice, boolean ownPages,
                                List<PairLink> pairLinks) {
        ComparisonViews views = site.comparisons();
        Links links = views.links();
        Links.Target t = links.matrix(number);
        List<Subject> subjects = views.catalog().subjectsByName();
        List<Aspect> aspects = List.copyOf(views.catalog().aspects().values());
        String title = number == 1 ? "Compare" : "Compare, page " + number;
        String caption = pages == 1 ? "Every subject, every aspect"
                : slice.get(0).name() + " to " + slice.get(slice.size() - 1).name() + ", every aspect";
        Map<String, String> lists = null;
        if (ownPages) {
            lists = new HashMap<>();
            for (Subject s : subjects) {
                lists.put(s.id(), links.pairList(s).uri());
            }
            lists = Collections.unmodifiableMap(lists);
        }
        List<PageLink> nav = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            Subject first = subjects.get((n - 1) * perPage);
            Subject last = subjects.get(Math.min(subjects.size(), n * perPage) - 1);
            nav.add(new PageLink(n, links.matrix(n).uri(), first.name(), last.name()));
        }
        MatrixRoute m = new MatrixRoute(ContentModel.comparison(title, t.uri(), pages == 1
                ? "Every subject against every aspect, with links to each pair comparison."
                : "Every subject against every aspect, " + slice.size() + " subjects a page (page " + number + " of "
                + pages + "), with links to each pair comparison.", site.host()),
                new Markup(views.comparisons().table(slice, aspects, caption, "matrix", t.uri())),
                subjects.stream().map(views::subject).toList(), slice.stream().map(views::subject).toList(),
                ownPages || number > 1 ? List.of() : pairLinks, lists, nav, number, pages,
                new Markup(views.comparisons().breadcrumbs(List.of(Map.entry(title, t.uri())))));
        return new Route(t.outputPath(), t.uri(), site.config().get("template.matrix.file"), m, true,
                number == 1 ? "matrix page" : "matrix page " + number);
    }
}
