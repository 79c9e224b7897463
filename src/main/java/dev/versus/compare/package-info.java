/**
 * The comparison engine: turns the data folder's subjects and aspects into comparison tables,
 * charts, pros and cons, "choose it when" lists and fact citations inside Markdown, FAQ
 * sections with matching JSON-LD, the choice of pair pages, and the HTML that the profile, pair
 * and matrix pages show. Depends on {@code model}, {@code load} (the data folder's file
 * names) and {@code markdown} (it implements {@code Embeds} and records, per page, the data
 * files a body used); knows nothing of templates: {@code render} makes the pages and their
 * template views from what it gives.
 */
package dev.versus.compare;
