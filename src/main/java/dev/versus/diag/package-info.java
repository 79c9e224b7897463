/**
 * Diagnostics: author-facing errors and warnings with source positions, collected by
 * every stage and printed with the offending line and a caret.
 */
package dev.versus.diag;
