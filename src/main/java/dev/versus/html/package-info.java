/**
 * The one HTML toolkit of the product: escaping text for HTML, decoding character references,
 * the visible text of a fragment, the parts of a body a reader never sees (comments, scripts),
 * and finding headings. Depends on nothing else of the product, so every stage that reads or
 * writes HTML uses the same rules.
 */
package dev.versus.html;
