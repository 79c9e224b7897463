package dev.versus.model;

import java.util.List;
import java.util.Map;

/**
 * Everything in the data folder: the aspect catalogue, the subjects and JBake's data files.
 *
 * @param aspects     aspect id → aspect, in catalogue order
 * @param subjects    subject id → subject, sorted by id
 * @param aspectsFile path of the catalogue, for hints
 * @param dataFiles   JBake data files (YAML files at the top of the data folder, other than the
 *                    catalogue) by file name, as plain values: {@code data.get('events.yml')}
 */
public record Catalog(Map<String, Aspect> aspects, Map<String, Subject> subjects, String aspectsFile,
                      Map<String, Map<String, Object>> dataFiles) implements java.io.Serializable {

    public Catalog(Map<String, Aspect> aspects, Map<String, Subject> subjects, String aspectsFile) {
        this(aspects, subjects, aspectsFile, Map.of());
    }

    /** An empty catalogue, for sites without a data folder. */
    public static Catalog empty(String aspectsFile) {
        return new Catalog(Map.of(), Map.of(), aspectsFile);
    }

    public List<Aspect> aspectList() {
        return List.copyOf(aspects.values());
    }

    /** Subjects sorted by name, then id, as listings show them. */
    public List<Subject> subjectsByName() {
        return subjects.values().stream()
                .sorted(java.util.Comparator.comparing((Subject s) -> s.name().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(Subject::id))
                .toList();
    }
}
