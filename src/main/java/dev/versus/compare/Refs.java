package dev.versus.compare;

import dev.versus.diag.Diagnostic;
import dev.versus.diag.Position;
import dev.versus.diag.Suggestions;
import dev.versus.model.Aspect;
import dev.versus.model.Catalog;
import dev.versus.model.Ref;
import dev.versus.model.Subject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Lists of subject and aspect ids written by authors, resolved against the catalogue. */
final class Refs {

    private Refs() {
    }

    static List<Subject> subjects(List<Ref> refs, Catalog catalog, Consumer<Diagnostic> report) {
        List<Subject> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Ref r : refs) {
            Subject s = catalog.subjects().get(r.id());
            if (s == null) {
                report.accept(unknownSubject(r.id(), r.position(), catalog));
            } else if (!seen.add(s.id())) {
                report.accept(Diagnostic.error(r.position(), "subject '" + r.id() + "' is listed twice")
                        .withHint("remove the second '" + r.id() + "'"));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    static List<Aspect> aspects(List<Ref> refs, Catalog catalog, Consumer<Diagnostic> report) {
        List<Aspect> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Ref r : refs) {
            Aspect a = catalog.aspects().get(r.id());
            if (a == null) {
                report.accept(unknownAspect(r.id(), r.position(), catalog));
            } else if (!seen.add(a.id())) {
                report.accept(Diagnostic.error(r.position(), "aspect '" + r.id() + "' is listed twice")
                        .withHint("remove the second '" + r.id() + "'"));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    static Diagnostic unknownSubject(String id, Position p, Catalog catalog) {
        return Diagnostic.error(p, "unknown subject '" + id + "'")
                .withHint(Suggestions.hint(id, catalog.subjects().keySet(), "subjects")
                        + " Subjects are the files under the data folder's collection folders");
    }

    static Diagnostic unknownAspect(String id, Position p, Catalog catalog) {
        return Diagnostic.error(p, "unknown aspect '" + id + "'")
                .withHint(Suggestions.hint(id, catalog.aspects().keySet(), "aspects")
                        + " Aspects are declared in " + catalog.aspectsFile());
    }
}
