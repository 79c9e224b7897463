/**
 * The comparison engine: turns the data folder's subjects and aspects into comparison tables,
 * charts, pros and cons, "choose it when" lists and fact citations inside Markdown, FAQ
 * sections with matching JSON-LD, and the generated profile, pair and matrix pages.
 * Depends on {@code model}, {@code load} (the data folder's file names), {@code markdown} (it
 * implements {@code Embeds} and records, per page, the data files a body used) and
 * {@code render} (it adds routes); only {@code build} depends on it.
 */
package dev.versus.compare;
