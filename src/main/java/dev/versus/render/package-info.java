/**
 * Rendering with Freemarker: the template model (JBake's names), the routes a site
 * produces, the built-in theme as fallback, and parallel rendering into a {@link dev.versus.render.Sink}.
 */
package dev.versus.render;
