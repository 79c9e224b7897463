/**
 * Reading site files as text: decoding, line positions, front-matter splitting (YAML or
 * JBake's header) and safe YAML parsing into a tree that remembers where every value was.
 * This is the only package that uses SnakeYAML.
 */
package dev.versus.source;
