package dev.versus.model;

import dev.versus.config.SiteConfig;

import java.util.List;
import java.util.Map;

/**
 * The whole loaded site: configuration and pages, ready for rendering.
 *
 * @param pages     every page to render, sorted by source path
 * @param posts     published posts, newest first (ties by source path), as listings show them
 * @param tags      every tag of a published document → its published posts (perhaps none), newest
 *                  first; sorted by tag, or on a JBake site in JBake's order of tags
 * @param taggedDocuments tag → its published documents of every type, type by type (pages, posts,
 *                  then the others), newest first; the same tags as {@code tags}
 * @param jbakeOrder whether the site is listed as JBake lists it where that differs from the
 *                  natural order: the tags in JBake's order, and its tag list ({@code tags} in
 *                  templates) in the reverse of that, as JBake builds it
 */
public record Site(SiteConfig config, List<Page> pages, List<Page> posts, Map<String, List<Page>> tags,
                   Map<String, List<Page>> taggedDocuments, boolean jbakeOrder) implements java.io.Serializable {
}
