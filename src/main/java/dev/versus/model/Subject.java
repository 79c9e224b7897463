package dev.versus.model;

import dev.versus.diag.Position;

import java.util.List;
import java.util.Map;

/**
 * A thing being compared: one YAML file under a collection folder of {@code data/}.
 *
 * @param id         the file name without extension, e.g. {@code django}
 * @param collection the folder it lives in, e.g. {@code frameworks}; also its URL folder
 * @param facts      aspect id → fact, in catalogue order
 * @param sourcePath the YAML file, relative to the site root
 * @param website    home page, or null
 */
public record Subject(String id, String collection, String name, String kind, String language, String website,
                      String summary, List<String> pros, List<String> cons, List<String> chooseWhen,
                      Map<String, Fact> facts, String sourcePath, Position position) implements java.io.Serializable {

    /** What a subject id (and a collection folder's name) may be: lower-case letters, digits, '_' and '-'. */
    public static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9_-]*");

    public Fact fact(String aspectId) {
        return facts.get(aspectId);
    }
}
