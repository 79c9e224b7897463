/**
 * AsciiDoc pages ({@code .adoc}, {@code .asciidoc}, {@code .ad}) as JBake reads them: headers from
 * a JBake {@code key=value} block or the document's own {@code :jbake-*:} attributes, bodies
 * converted with AsciidoctorJ, configured by JBake's {@code asciidoctor.*} keys, and Asciidoctor's
 * messages turned into positioned diagnostics. The only package that uses AsciidoctorJ; its
 * runtime (JRuby) starts the first time a site has an AsciiDoc file, so other sites never load it.
 * Depends on {@code diag}, {@code source} and {@code config}; {@code load} and {@code markdown}
 * use it.
 */
package dev.versus.asciidoc;
