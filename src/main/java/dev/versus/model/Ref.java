package dev.versus.model;

import dev.versus.diag.Position;

/**
 * An id as an author wrote it (of a subject or an aspect), and where.
 *
 * @param position the id itself, for messages that underline it
 */
public record Ref(String id, Position position) implements java.io.Serializable {
}
