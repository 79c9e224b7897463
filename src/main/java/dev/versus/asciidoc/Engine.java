package dev.versus.asciidoc;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.ast.Document;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one AsciidoctorJ runtime of the process, started on first use (it takes seconds: JRuby
 * boots and loads Asciidoctor), and shared by every thread and every build of the process. Its
 * log messages go to the list of the thread whose call produced them.
 */
final class Engine {

    /** One message of Asciidoctor: severity, where (file as Asciidoctor saw it, 1-based line, or null and 0) and text. */
    record Message(boolean error, String file, int line, String text) implements java.io.Serializable {
    }

    /** What a call produced, with the messages it logged. */
    record Outcome<T>(T value, List<Message> messages) implements java.io.Serializable {
    }

    private static final ThreadLocal<List<Message>> SINK = new ThreadLocal<>();
    /**
     * AsciidoctorJ also prints every message through java.util.logging; they are diagnostics
     * here, so that logger is silenced (held here, as the logging system keeps loggers weakly).
     */
    private static final java.util.logging.Logger JUL = java.util.logging.Logger.getLogger("asciidoctor");

    /** Initialization-on-demand: the runtime starts when this class is first used. */
    private static final class Holder {
        static final Asciidoctor ASCIIDOCTOR = start();

        private static Asciidoctor start() {
            JUL.setLevel(java.util.logging.Level.OFF);
            Asciidoctor a = Asciidoctor.Factory.create();
            a.registerLogHandler(Engine::log);
            return a;
        }
    }

    private Engine() {
    }

    private static void log(LogRecord r) {
        List<Message> sink = SINK.get();
        Severity s = r.getSeverity();
        if (sink == null || s == Severity.DEBUG || s == Severity.INFO || s == Severity.UNKNOWN) {
            return;
        }
        String file = null;
        int line = 0;
        if (r.getCursor() != null) {
            file = r.getCursor().getFile();
            line = r.getCursor().getLineNumber();
        }
        sink.add(new Message(s == Severity.ERROR || s == Severity.FATAL, file, line, r.getMessage()));
    }

    /** Loads libraries named by {@code asciidoctor.option.requires} (once per process is enough; loading twice is harmless). */
    static void require(List<String> libraries) {
        if (!libraries.isEmpty()) {
            Holder.ASCIIDOCTOR.requireLibraries(libraries);
        }
    }

    /** The header of a document: its title (or null) and every attribute the header set. */
    static Outcome<Map.Entry<String, Map<String, Object>>> header(String text, Map<String, Object> options,
                                                                   Map<String, Object> attributes) {
        return call(() -> {
            Document doc = Holder.ASCIIDOCTOR.load(text, options(options, attributes, true));
            Map<String, Object> attrs = doc.getAttributes();
            return Map.entry(doc.getDoctitle() == null ? "" : doc.getDoctitle(), attrs);
        });
    }

    /** The HTML of a document's body (without Asciidoctor's page frame). */
    static Outcome<String> convert(String text, Map<String, Object> options, Map<String, Object> attributes) {
        return call(() -> Holder.ASCIIDOCTOR.convert(text, options(options, attributes, false)));
    }

    private static Options options(Map<String, Object> options, Map<String, Object> attributes, boolean headerOnly) {
        Options o = Options.builder().build();
        options.forEach(o::setOption);
        if (headerOnly) {
            o.setOption(Options.PARSE_HEADER_ONLY, true);
        }
        o.setAttributes(attributes);
        return o;
    }

    private interface Call<T> {
        T run();
    }

    private static <T> Outcome<T> call(Call<T> call) {
        List<Message> messages = new ArrayList<>();
        List<Message> previous = SINK.get();
        SINK.set(messages);
        try {
            return new Outcome<>(call.run(), messages);
        } finally {
            SINK.set(previous);
        }
    }
}
