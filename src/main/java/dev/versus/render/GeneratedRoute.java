package dev.versus.render;

/** A generated page whose template needs only its {@code content} (archive, tag index, 404, search, feeds). */
record GeneratedRoute(ContentModel.Generated content) implements RouteView, java.io.Serializable {
}
