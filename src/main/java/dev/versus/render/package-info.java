/**
 * Rendering with Freemarker: the template views (records with JBake's names, given to
 * templates by one adaptor, {@code ViewWrapper}), the outputs a site produces (one class each:
 * content pages, index, archive, tags, feeds, sitemap, robots.txt, search, 404, and the
 * comparison engine's profile, pair and matrix pages, listed in {@code SitePlanner.OUTPUTS}),
 * the built-in theme as fallback, and parallel rendering into a {@link dev.versus.render.Sink}.
 * When a rebuild will compare plans, the plan carries fingerprints of its template data
 * ({@code ViewPrints}: the rules of {@link dev.versus.digest.Fingerprints} with those of the
 * views), which {@code reuse} keeps and compares instead of the views themselves.
 * Uses {@code compare} for what the comparison pages show; {@code compare} knows nothing of it.
 */
package dev.versus.render;
