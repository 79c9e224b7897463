/**
 * The development server: serves the output folder on the loopback interface, watches the
 * site's sources, rebuilds incrementally and tells open pages to reload (or shows the build's
 * errors over the page). Nothing here changes what {@code build} writes.
 */
package dev.versus.serve;
