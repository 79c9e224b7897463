package dev.versus.config;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Position;
import dev.versus.diag.Suggestions;
import dev.versus.source.SourceFile;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads {@code jbake.properties} text into a {@link SiteConfig}, checking keys and values. */
public final class ConfigLoader {

    /** The configuration file name, as JBake names it. */
    public static final String FILE_NAME = "jbake.properties";

    private ConfigLoader() {
    }

    /** The loaded configuration (always usable: bad values fall back to defaults) and problems found. */
    public record Result(SiteConfig config, List<Diagnostic> diagnostics) implements java.io.Serializable {
    }

    /** Loads configuration text; {@code file == null} means there is no file and all defaults apply. */
    public static Result load(SourceFile file, Map<String, String> overrides) {
        List<Diagnostic> diags = new ArrayList<>();
        Map<String, String> values = new TreeMap<>();
        for (ConfigKey k : ConfigKey.ALL) {
            values.put(k.name(), k.defaultValue());
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        Map<String, String> written = new TreeMap<>();
        if (file != null) {
            parseProperties(file, values, written, lines, diags);
        }
        values.putAll(overrides);
        for (Map.Entry<String, Integer> e : lines.entrySet()) {
            check(file, e.getKey(), values.get(e.getKey()), e.getValue(), values, diags);
        }
        Map<String, List<String>> lists = new TreeMap<>();
        values.forEach((key, value) -> {
            String raw = written.get(key);
            // a value as written in the file (not overridden, not replaced by its default) keeps its escapes
            List<String> items = raw != null && unescape(raw).equals(value) ? splitList(raw) : splitPlain(value);
            if (items.size() > 1) {
                lists.put(key, items);
            }
        });
        return new Result(new SiteConfig(values, lists), diags);
    }

    /**
     * A value as JBake's configuration reads it: split at every comma not escaped as {@code \,},
     * each item unescaped and trimmed; one item when it has no such comma.
     */
    static List<String> splitList(String raw) {
        List<String> items = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ',') {
                items.add(unescape(raw.substring(start, i)).strip());
                start = i + 1;
            }
        }
        items.add(unescape(raw.substring(start)).strip());
        return List.copyOf(items);
    }

    /** As {@link #splitList} for a value without escapes (a default, an override). */
    static List<String> splitPlain(String value) {
        return java.util.Arrays.stream(value.split(",", -1)).map(String::strip).toList();
    }

    private static void parseProperties(SourceFile file, Map<String, String> values, Map<String, String> written,
                                        Map<String, Integer> lines, List<Diagnostic> diags) {
        String[] raw = file.text().split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            int lineNo = i + 1;
            String line = raw[i].stripLeading();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            StringBuilder logical = new StringBuilder(line);
            while (endsWithContinuation(logical) && i + 1 < raw.length) {
                logical.setLength(logical.length() - 1);
                logical.append(raw[++i].stripLeading());
            }
            String l = logical.toString();
            int sep = separatorIndex(l);
            String key = unescape(sep < 0 ? l.strip() : l.substring(0, sep).strip());
            String rawValue = sep < 0 ? "" : l.substring(sep + 1).stripLeading();
            String value = unescape(rawValue);
            if (lines.containsKey(key)) {
                diags.add(file.quote(Diagnostic.warning(new Position(file.path(), lineNo, 1, key.length()),
                                "key '" + key + "' is set twice; the last value wins")
                        .withHint("remove the line " + lines.get(key) + " or this one")));
            }
            lines.put(key, lineNo);
            values.put(key, value);
            written.put(key, rawValue);
        }
    }

    private static boolean endsWithContinuation(CharSequence s) {
        int n = 0;
        for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static int separatorIndex(String l) {
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == ':') {
                return i;
            } else if (c == ' ' || c == '\t') {
                int j = i;
                while (j < l.length() && (l.charAt(j) == ' ' || l.charAt(j) == '\t')) {
                    j++;
                }
                return j < l.length() && (l.charAt(j) == '=' || l.charAt(j) == ':') ? j : i;
            }
        }
        return -1;
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    if (i + 4 < s.length() + 0 && i + 4 <= s.length() - 1 + 1) {
                        try {
                            sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                            i += 4;
                        } catch (RuntimeException e) {
                            sb.append('u');
                        }
                    } else {
                        sb.append('u');
                    }
                }
                default -> sb.append(n);
            }
        }
        return sb.toString();
    }

    private static void check(SourceFile file, String key, String value, int line, Map<String, String> values,
                              List<Diagnostic> diags) {
        Position kp = new Position(file.path(), line, 1, key.length());
        ConfigKey known = ConfigKey.byName(key);
        if (known == null) {
            if (ConfigKey.familyOf(key) != null) {
                // the site's own keys, Asciidoctor's options, and JBake's template.<type>.file
                // (a document type of the site's own) and template.<type>.extension
                return;
            }
            if (JBakeDefaults.isJBakeKey(key)) {
                // JBake reads it; Versus has no use for it
                return;
            }
            diags.add(file.quote(Diagnostic.warning(kp, "unknown configuration key '" + key + "'")
                    .withHint(Suggestions.closest(key, ConfigKey.names())
                            .map(s -> "did you mean '" + s + "'?")
                            .orElse("keys for your own templates belong under 'site.' (e.g. site." + key + ")"))));
            return;
        }
        String d = known.defaultValue();
        String v = value.trim();
        Position vp = valuePosition(file, line, value);
        switch (known.type()) {
            case FLAG -> {
                if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                    diags.add(file.quote(Diagnostic.error(vp, "'" + key + "' must be true or false, not '" + v + "'")
                            .withHint("write " + key + "=true or " + key + "=false")));
                    values.put(key, d);
                }
            }
            case INTEGER, COUNT -> {
                boolean ok = v.matches("\\d{1,6}") && (known.type() == ConfigKey.Type.INTEGER || Integer.parseInt(v) > 0);
                if (!ok) {
                    diags.add(file.quote(Diagnostic.error(vp, "'" + key + "' must be a whole number, not '" + v + "'")
                            .withHint("the default is " + d)));
                    values.put(key, d);
                }
            }
            case PORT -> {
                if (!v.matches("\\d{1,5}") || Integer.parseInt(v) > 65535) {
                    diags.add(file.quote(Diagnostic.error(vp, "'" + key + "' must be a port number from 0 to 65535, not '" + v + "'")
                            .withHint("the default is " + d + "; 0 takes any free port")));
                    values.put(key, d);
                }
            }
            case DATE_PATTERN -> {
                try {
                    DateTimeFormatter.ofPattern(v);
                } catch (IllegalArgumentException e) {
                    diags.add(file.quote(Diagnostic.error(vp, "'" + key + "' is not a valid date pattern: " + e.getMessage())
                            .withHint("use a java.time pattern such as yyyy-MM-dd")));
                    values.put(key, d);
                }
            }
            case TIME_ZONE -> {
                try {
                    ZoneId.of(v);
                } catch (RuntimeException e) {
                    diags.add(file.quote(Diagnostic.error(vp, "unknown time zone '" + v + "'")
                            .withHint("use a zone id such as UTC or Europe/Paris")));
                    values.put(key, d);
                }
            }
            case DURATION -> {
                if (!v.isEmpty() && SiteConfig.parseAge(v).isEmpty()) {
                    diags.add(file.quote(Diagnostic.error(vp, "'" + key + "' must be an age such as 18m, not '" + v + "'")
                            .withHint("write a whole number and d (days), w (weeks), m (months) or y (years), e.g. "
                                    + key + "=18m")));
                    values.put(key, d);
                }
            }
            case ENCODING -> {
                if (!v.equalsIgnoreCase("UTF-8")) {
                    diags.add(file.quote(Diagnostic.warning(vp, "only UTF-8 output is supported; '" + v + "' is ignored")));
                }
            }
            case STRING, LIST -> {
            }
        }
    }

    private static Position valuePosition(SourceFile file, int line, String value) {
        String text = file.line(line);
        int col = value.isBlank() ? text.length() + 1 : text.lastIndexOf(value.trim()) + 1;
        return new Position(file.path(), line, Math.max(1, col), Math.max(1, value.trim().length()));
    }
}
