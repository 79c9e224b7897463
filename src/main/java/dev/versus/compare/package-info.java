/**
 * The comparison engine: turns the data folder's subjects and aspects into comparison tables,
 * charts, pros and cons, "choose it when" lists and fact citations inside Markdown, FAQ
 * sections with matching JSON-LD, and the generated profile, pair and matrix pages.
 * Depends on {@code model}, {@code markdown} (it implements {@code Embeds}) and {@code render}
 * (it adds routes); only {@code build} depends on it.
 */
package dev.versus.compare;
