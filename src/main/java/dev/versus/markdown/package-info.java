/**
 * Markdown to HTML with flexmark-java: one parser and renderer per site, shared by all
 * threads; links between pages resolved from source paths; fenced blocks and inline
 * citations handed to {@link dev.versus.markdown.Embeds} (the comparison engine).
 */
package dev.versus.markdown;
