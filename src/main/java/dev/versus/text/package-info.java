/**
 * Long texts a build holds while it runs, out of the heap: {@link dev.versus.text.Text} is a
 * text kept in memory or in a {@link dev.versus.text.Spill}, the build's file of texts, from
 * which it is read each time it is asked for. A site's sources, its pages' bodies as written
 * and as rendered, their structured data and what the theme inserts into them are kept so;
 * what stays on the heap is what a page is (its header, links, headings, place in the site),
 * so a build's memory grows with the number of pages and not with the length of their text.
 * A spill of {@link dev.versus.text.Spill#memory()} keeps every text in memory: the dev server
 * keeps its texts from one build to the next. Depends on nothing else of the product.
 */
package dev.versus.text;
