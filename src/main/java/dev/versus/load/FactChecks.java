package dev.versus.load;

import dev.versus.config.SiteConfig;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.model.AsOf;
import dev.versus.model.Catalog;
import dev.versus.model.Fact;
import dev.versus.model.Subject;
import dev.versus.source.SourceFile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Warnings that keep facts true over time: facts checked longer ago than
 * {@code versus.facts.max_age}, facts without a source where {@code versus.facts.require_source}
 * asks for one, and subjects missing a fact that other subjects of their collection have. They
 * never change what a build writes; "longer ago" is measured from a reference date that only
 * these warnings use.
 */
public final class FactChecks {

    /** An age as {@code versus.facts.max_age} writes it: a whole number and d, w, m or y. */

    private FactChecks() {
    }

    /**
     * The date ages are measured from when a build is not given one: the day of
     * {@code SOURCE_DATE_EPOCH} (seconds since 1970, as reproducible builds set it) when that is
     * set, else today, both in the site's time zone.
     */
    public static LocalDate defaultReferenceDate(ZoneId zone) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip())).atZone(zone).toLocalDate();
        }
        return LocalDate.now(zone);
    }

    /**
     * Adds the warnings about the facts of {@code catalog}.
     *
     * @param files     the data files by path, to quote and point into
     * @param reference the date ages are measured from
     */
    public static void check(Catalog catalog, SiteConfig config, Map<String, SourceFile> files, LocalDate reference,
                             Diagnostics diags) {
        Optional<Period> maxAge = config.duration("versus.facts.max_age");
        boolean requireSource = config.flag("versus.facts.require_source");
        LocalDate oldest = maxAge.map(reference::minus).orElse(null);
        for (Subject s : catalog.subjects().values()) {
            SourceFile file = files.get(s.sourcePath());
            for (Fact f : s.facts().values()) {
                if (oldest != null) {
                    Optional<AsOf> asOf = AsOf.parse(f.asOf());
                    if (asOf.isPresent() && asOf.get().lastDay().isBefore(oldest)) {
                        diags.add(quote(file, Diagnostic.warning(asOfPosition(file, f),
                                        "fact '" + f.aspectId() + "' of '" + s.id() + "' was last checked "
                                                + asOf.get().text() + ", more than " + config.get("versus.facts.max_age").strip()
                                                + " before " + reference)
                                .withHint("check it again and update 'value' and 'as_of' (versus.facts.max_age sets the age)")));
                    }
                }
                if (requireSource && f.source() == null && !f.isNotApplicable()) {
                    diags.add(quote(file, Diagnostic.warning(f.position(),
                                    "fact '" + f.aspectId() + "' of '" + s.id() + "' has no source")
                            .withHint("write it as a map with 'value:' and 'source: https://…' "
                                    + "(versus.facts.require_source=true asks every fact for one)")));
                }
            }
        }
        missingFacts(catalog, files, diags);
    }

    /** One warning per subject that lacks facts other subjects of its collection have. */
    private static void missingFacts(Catalog catalog, Map<String, SourceFile> files, Diagnostics diags) {
        Map<String, List<Subject>> byCollection = new TreeMap<>();
        catalog.subjects().values().forEach(s -> byCollection.computeIfAbsent(s.collection(), c -> new ArrayList<>()).add(s));
        for (Map.Entry<String, List<Subject>> c : byCollection.entrySet()) {
            Set<String> had = new LinkedHashSet<>();
            for (String aspect : catalog.aspects().keySet()) {
                for (Subject s : c.getValue()) {
                    if (s.facts().containsKey(aspect)) {
                        had.add(aspect);
                        break;
                    }
                }
            }
            for (Subject s : c.getValue()) {
                List<String> missing = had.stream().filter(a -> !s.facts().containsKey(a)).toList();
                if (missing.isEmpty()) {
                    continue;
                }
                String list = String.join(", ", missing.stream().map(a -> "'" + a + "'").toList());
                diags.add(quote(files.get(s.sourcePath()), Diagnostic.warning(s.position(),
                                "subject '" + s.id() + "' has no fact for " + list + ", which other subjects of '"
                                        + c.getKey() + "' have")
                        .withHint("add " + (missing.size() == 1 ? "it" : "them") + " under 'facts:', with "
                                + "'na: <reason>' where an aspect does not apply")));
            }
        }
    }

    /** Where a fact's {@code as_of} value is written; the fact itself when it cannot be found. */
    private static Position asOfPosition(SourceFile file, Fact f) {
        Position p = f.position();
        if (file == null || p.line() <= 0) {
            return p;
        }
        // A map fact starts at its first key; its keys share that column, on the lines below.
        for (int line = p.line(); line < p.line() + 20; line++) {
            String text = file.line(line);
            int col = text.indexOf("as_of:");
            if (col >= 0) {
                int value = col + "as_of:".length();
                while (value < text.length() && text.charAt(value) == ' ') {
                    value++;
                }
                String rest = text.substring(value).strip();
                return new Position(p.file(), line, value + 1, Math.max(1, rest.length()));
            }
            if (line > p.line() && (text.isBlank() || indent(text) < p.column() - 1)) {
                break;
            }
        }
        return p;
    }

    private static int indent(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static Diagnostic quote(SourceFile file, Diagnostic d) {
        return file == null ? d : file.quote(d);
    }
}
