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
 *                  first; sorted by tag
 * @param taggedDocuments tag → its published documents of every type, type by type (pages, posts,
 *                  then the others), newest first; the same tags as {@code tags}
 */
public record Site(SiteConfig config, List<Page> pages, List<Page> posts, Map<String, List<Page>> tags,
                   Map<String, List<Page>> taggedDocuments) {
}
