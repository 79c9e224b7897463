/**
 * Site configuration: {@code jbake.properties} with JBake's keys and defaults plus Versus's
 * own {@code versus.*} keys, read with line positions so mistakes can be pointed at.
 */
package dev.versus.config;
