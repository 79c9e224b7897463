package dev.versus.render;

import java.util.List;
import java.util.Map;

/**
 * One kind of file a site produces (content pages, index pages, feeds, sitemap, pair pages…),
 * planned from the site model. The planner asks every output for its routes in turn, then for
 * its files, so an output that lists others (the sitemap, the search index) sees those before it.
 */
interface Output {

    /** Adds this output's routes to {@code routes}, which holds those of the outputs before it. */
    default void routes(Planning site, List<Route> routes) {
    }

    /** Adds this output's files (path → bytes) to {@code files}; {@code routes} are every route of the site. */
    default void files(Planning site, List<Route> routes, Map<String, byte[]> files) {
    }
}
