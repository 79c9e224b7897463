package dev.versus.render;

import dev.versus.compare.Comparisons;
import dev.versus.compare.Links;
import dev.versus.model.Subject;
import dev.versus.render.ComparisonViews.PairLink;
import dev.versus.render.ComparisonViews.SubjectView;
import dev.versus.render.ViewWrapper.Markup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A profile page per subject: its facts, pros and cons, the articles and pairs it is part of.
 * A large catalogue ({@link Comparisons#INLINE_PAIRS} pairs or more) lists each subject's pairs
 * on a page of their own, so that profiles and the matrix stay small.
 */
final class ProfilePages implements Output {

    /**
     * A profile page's variables.
     *
     * @param facts     the subject's facts table (HTML)
     * @param pairs     the pairs it is part of, or none when they have a page of their own
     * @param pairs_uri that page, when there is one
     */
    record ProfileRoute(ContentModel.Generated content, SubjectView subject, Markup facts, Markup proscons, Markup choose,
                        List<ComparisonViews.PageLink> articles, List<PairLink> pairs, int pair_count, String pairs_uri,
                        Markup jsonld) implements RouteView, java.io.Serializable {
    }

    /** The variables of the page listing a subject's pairs. */
    record PairListRoute(ContentModel.Generated content, SubjectView subject, List<PairLink> pairs, String compare_uri)
            implements RouteView, java.io.Serializable {
    }

    @Override
    public void routes(Planning site, List<Route> routes) {
        ComparisonViews views = site.comparisons();
        List<PairLink> pairLinks = views.pairLinks();
        Map<String, List<PairLink>> pairsBySubject = new HashMap<>();
        for (PairLink link : pairLinks) {
            pairsBySubject.computeIfAbsent(link.first(), k -> new ArrayList<>()).add(link);
            pairsBySubject.computeIfAbsent(link.second(), k -> new ArrayList<>()).add(link);
        }
        boolean ownPages = ownPages(pairLinks);
        routes.addAll(views.catalog().subjectsByName().parallelStream().flatMap(s -> {
            List<PairLink> subjectPairs = pairsBySubject.getOrDefault(s.id(), List.of());
            List<Object> inputs = List.of(s, views.publishedArticles(s), subjectPairs, ownPages);
            Route profile = views.made("profile " + s.id(), inputs, () -> profile(site, s, subjectPairs, ownPages));
            if (!ownPages || subjectPairs.isEmpty()) {
                return Stream.of(profile);
            }
            return Stream.of(profile, views.made("pairs of " + s.id(), List.of(s.name(), subjectPairs),
                    () -> pairList(site, s, subjectPairs)));
        }).toList());
    }

    /** Whether each subject's pairs are listed on a page of their own rather than where the subject is shown. */
    static boolean ownPages(List<PairLink> pairLinks) {
        return pairLinks.size() > Comparisons.INLINE_PAIRS;
    }

    /**
     * The profile page of {@code s}; {@code subjectPairs} are the links to the pairs it is part
     * of, listed on the page itself unless {@code ownPages}, when the page links to their list.
     */
    private static Route profile(Planning site, Subject s, List<PairLink> subjectPairs, boolean ownPages) {
        ComparisonViews views = site.comparisons();
        Comparisons compare = views.comparisons();
        Links.Target t = views.links().profile(s);
        ProfileRoute m = new ProfileRoute(ContentModel.comparison(s.name(), t.uri(), s.summary(), site.host()),
                views.subject(s), new Markup(compare.profileFacts(s)), new Markup(compare.prosCons(List.of(s), t.uri())),
                new Markup(compare.choose(List.of(s), t.uri())), views.publishedArticles(s),
                ownPages ? List.of() : subjectPairs, subjectPairs.size(),
                ownPages && !subjectPairs.isEmpty() ? views.links().pairList(s).uri() : null,
                new Markup(compare.breadcrumbs(List.of(Map.entry(s.name(), t.uri())))));
        return new Route(t.outputPath(), t.uri(), site.config().get("template.profile.file"), m, true,
                "profile page of '" + s.id() + "'");
    }

    /** The page listing every pair page of {@code s}. */
    private static Route pairList(Planning site, Subject s, List<PairLink> subjectPairs) {
        ComparisonViews views = site.comparisons();
        Links.Target t = views.links().pairList(s);
        PairListRoute m = new PairListRoute(ContentModel.comparison(s.name() + " side by side", t.uri(),
                s.name() + " side by side with each of " + subjectPairs.size() + " other subjects.", site.host()),
                views.subject(s), subjectPairs, views.links().matrix().uri());
        return new Route(t.outputPath(), t.uri(), site.config().get("template.pairlist.file"), m, true,
                "pair list of '" + s.id() + "'");
    }
}
