/**
 * The comparison engine: turns the data folder's subjects and aspects into comparison tables,
 * charts, pros and cons, "choose it when" lists and fact citations inside Markdown, FAQ
 * sections with matching JSON-LD, and the generated profile, pair and matrix pages.
 * Depends on {@code model} (pages carry the comparison keys the load stage bound),
 * {@code load} (the data folder's file names, and lists of ids as blocks write them),
 * {@code markdown} (it implements {@code Embeds} and records, per page, the data files a body
 * used) and {@code render} (it adds routes); {@code reuse} holds its kept work and
 * {@code pipeline} runs it.
 */
package dev.versus.compare;
