package dev.versus.render;

import dev.versus.config.SiteConfig;
import dev.versus.diag.Diagnostic;
import dev.versus.diag.Position;
import dev.versus.diag.Suggestions;
import dev.versus.source.SourceFile;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateProcessingTracer;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Freemarker, configured once per site: site templates first, then the built-in theme;
 * {@code .ftlh} auto-escapes HTML, {@code .ftlx} XML, JBake's {@code .ftl} prints as written.
 */
public final class TemplateEngine {

    /** Name under which built-in theme files appear in messages. */
    public static final String BUILT_IN = "[built-in theme]";
    static final String THEME_ROOT = "/dev/versus/theme";

    private final Configuration fm;
    private final Map<String, SourceFile> siteTemplates;
    private final String templateFolder;
    private final Map<String, Optional<Template>> cache = new ConcurrentHashMap<>();
    private final long maxSeconds;
    private final long maxMegabytes;

    public TemplateEngine(SiteConfig config, Map<String, SourceFile> siteTemplates) {
        this.siteTemplates = siteTemplates;
        this.maxSeconds = Math.max(1, config.integer("versus.render.max_seconds"));
        this.maxMegabytes = Math.max(1, config.integer("versus.render.max_megabytes"));
        this.templateFolder = config.get("template.folder");
        StringTemplateLoader site = new StringTemplateLoader();
        siteTemplates.forEach((name, file) -> site.putTemplate(name, file.text(), 0));
        TemplateLoader builtIn = new ClassTemplateLoader(TemplateEngine.class, THEME_ROOT);
        fm = new Configuration(Configuration.VERSION_2_3_34);
        fm.setObjectWrapper(new ViewWrapper(Configuration.VERSION_2_3_34));
        fm.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {site, builtIn}));
        fm.setDefaultEncoding("UTF-8");
        fm.setOutputEncoding("UTF-8");
        fm.setLocale(Locale.ENGLISH);
        fm.setTimeZone(config.templateZone());
        fm.setSQLDateAndTimeTimeZone(config.templateZone());
        fm.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        fm.setLogTemplateExceptions(false);
        fm.setWrapUncheckedExceptions(true);
        fm.setFallbackOnNullLoopVariable(false);
        fm.setAPIBuiltinEnabled(false);
        fm.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        fm.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        fm.setLocalizedLookup(false);
        fm.setBooleanFormat("c");
        fm.setNumberFormat("0.######");
    }

    /**
     * The template to use for a configured name such as {@code post.ftl}: the site's file of that
     * name, else the site's or the built-in theme's {@code .ftlh}/{@code .ftlx} of the same stem.
     */
    public Optional<Template> resolve(String configured) {
        return cache.computeIfAbsent(configured, this::load);
    }

    private Optional<Template> load(String configured) {
        String stem = configured.contains(".") ? configured.substring(0, configured.lastIndexOf('.')) : configured;
        for (String candidate : List.of(configured, stem + ".ftlh", stem + ".ftlx", stem + ".ftl")) {
            try {
                Template t = fm.getTemplate(candidate);
                // A check at the top of every loop body, even an empty one, so that the page's
                // time budget sees a loop without end (<#list 1.. as i></#list>).
                freemarker.core._CoreAPI.addThreadInterruptedChecks(t);
                return Optional.of(t);
            } catch (TemplateNotFoundException e) {
                // next candidate
            } catch (ParseException e) {
                throw new TemplateProblem(parseDiagnostic(e));
            } catch (IOException e) {
                // Freemarker caches a failed parse and reports it again wrapped in an IOException.
                if (e.getCause() instanceof ParseException pe) {
                    throw new TemplateProblem(parseDiagnostic(pe));
                }
                throw new TemplateProblem(Diagnostic.error(Position.file(displayName(candidate)),
                        "cannot read template: " + e.getMessage()));
            }
        }
        return Optional.empty();
    }

    /** Hint for a template name that does not exist. */
    public String missingHint(String configured) {
        List<String> names = new ArrayList<>(siteTemplates.keySet());
        return Suggestions.closest(configured, names).map(s -> "did you mean '" + s + "'?")
                .orElse("add " + templateFolder + "/" + configured + ", or set the type to one with a template");
    }

    /**
     * Renders {@code template} with {@code model}, within the page's time and size budgets
     * ({@code versus.render.max_seconds}, {@code versus.render.max_megabytes}). A template that
     * exceeds one, or whose calls nest deeper than the stack holds, or that builds a value too
     * large for memory, stops with a {@link TemplateProblem} at the line it was running.
     */
    public void process(Template template, Object model, Writer out) throws IOException {
        process(template, model, out, null);
    }

    /**
     * Renders {@code template} with {@code model} into the file at {@code target}, where the
     * bodies it prints have their links rewritten (see {@link BodyLinks}); null: as rendered.
     * The same budgets as {@link #process(Template, Object, Writer)} apply.
     */
    void process(Template template, Object model, Writer out, BodyLinks.Target target) throws IOException {
        RenderGuard guard = new RenderGuard(out, maxSeconds, maxMegabytes);
        try {
            Environment env = template.createProcessingEnvironment(model, guard);
            env.setTemplateProcessingTracer(guard);
            if (target != null) {
                env.setCustomAttribute(ViewWrapper.TARGET, target);
            }
            env.process();
        } catch (TemplateException e) {
            RenderGuard.Runaway r = runaway(e);
            if (r != null) {
                throw runawayProblem(guard, r.getMessage(), r.hint());
            }
            throw new TemplateProblem(runtimeDiagnostic(e));
        } catch (RenderGuard.Runaway e) {
            throw runawayProblem(guard, e.getMessage(), e.hint());
        } catch (StackOverflowError e) {
            throw runawayProblem(guard, "calls nest deeper than the stack holds",
                    "a macro or function that calls itself needs a condition that ends the calls");
        } catch (OutOfMemoryError e) {
            throw runawayProblem(guard, "the template built a value too large for memory",
                    "look for a value that grows on every turn of a loop (<#assign s = s + s>)");
        } catch (RuntimeException e) {
            RenderGuard.Runaway r = runaway(e);
            if (r != null) {
                throw runawayProblem(guard, r.getMessage(), r.hint());
            }
            throw e;
        }
    }

    private static RenderGuard.Runaway runaway(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof RenderGuard.Runaway r) {
                return r;
            }
        }
        return null;
    }

    private TemplateProblem runawayProblem(RenderGuard guard, String what, String hint) {
        TemplateProcessingTracer.TracedElement at = guard.last();
        String name = at == null ? null : at.getTemplate().getSourceName();
        Diagnostic d = locate(name, at == null ? 0 : at.getBeginLine(), at == null ? 0 : at.getBeginColumn(),
                "template stopped: " + what, hint);
        return new TemplateProblem(d, true);
    }

    /** A problem in a template, as a diagnostic pointing into the template file. */
    public static final class TemplateProblem extends RuntimeException {
        private final transient Diagnostic diagnostic;
        private final boolean runaway;

        TemplateProblem(Diagnostic d) {
            this(d, false);
        }

        TemplateProblem(Diagnostic d, boolean runaway) {
            super(d.message(), null, false, false);
            this.diagnostic = d;
            this.runaway = runaway;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }

        /** Whether a budget stopped the template (rendering more pages with it would only repeat the wait). */
        public boolean runaway() {
            return runaway;
        }
    }

    private String displayName(String templateName) {
        if (templateName != null && siteTemplates.containsKey(templateName)) {
            return templateFolder + "/" + templateName;
        }
        return BUILT_IN + "/" + templateName;
    }

    private Diagnostic locate(String templateName, int line, int column, String message, String hint) {
        Position p = line > 0 ? Position.at(displayName(templateName), line, Math.max(1, column))
                : Position.file(displayName(templateName));
        Diagnostic d = Diagnostic.error(p, message).withHint(hint);
        SourceFile f = templateName == null ? null : siteTemplates.get(templateName);
        return f != null && line > 0 ? d.withSourceLine(f.line(line)) : d;
    }

    private Diagnostic parseDiagnostic(ParseException e) {
        String message = firstLine(e.getEditorMessage());
        java.util.regex.Matcher unclosed = java.util.regex.Pattern.compile("You have an unclosed #(\\w+)")
                .matcher(message);
        SourceFile f = e.getTemplateName() == null ? null : siteTemplates.get(e.getTemplateName());
        if (unclosed.find() && f != null) {
            // Freemarker notices at the end of the file; the mistake is at the directive that opens
            int[] at = unclosedDirective(f.text(), unclosed.group(1));
            if (at != null) {
                return locate(e.getTemplateName(), at[0], at[1],
                        "template syntax error: <#" + unclosed.group(1) + "> is never closed",
                        "add </#" + unclosed.group(1) + "> where its block ends");
            }
        }
        return locate(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
                "template syntax error: " + message,
                "see the Freemarker manual for the directive's syntax");
    }

    /**
     * Line and column of the innermost {@code <#name} left open at the end of {@code text}
     * (comments skipped), or null.
     */
    static int[] unclosedDirective(String text, String name) {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        String start = "<#" + name;
        String end = "</#" + name;
        for (int i = 0; i < text.length(); ) {
            if (text.startsWith("<#--", i)) {
                int close = text.indexOf("-->", i + 4);
                i = close < 0 ? text.length() : close + 3;
            } else if (text.startsWith(start, i) && i + start.length() < text.length()
                    && !Character.isLetterOrDigit(text.charAt(i + start.length()))
                    && text.charAt(i + start.length()) != '_') {
                int tagEnd = text.indexOf('>', i);
                if (tagEnd < 0 || text.charAt(tagEnd - 1) != '/') {
                    open.push(i);
                }
                i += start.length();
            } else if (text.startsWith(end, i)) {
                if (!open.isEmpty()) {
                    open.pop();
                }
                i += end.length();
            } else {
                i++;
            }
        }
        if (open.isEmpty()) {
            return null;
        }
        int offset = open.peek();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    private Diagnostic runtimeDiagnostic(TemplateException e) {
        String msg = firstLine(e.getMessageWithoutStackTop());
        Integer line = e.getLineNumber();
        Integer col = e.getColumnNumber();
        String hint = msg.contains("null or missing")
                ? "use a default (value!\"\") or test it first (<#if value??>)"
                : null;
        return locate(e.getTemplateSourceName(), line == null ? 0 : line, col == null ? 0 : col,
                "template error: " + msg, hint);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown problem";
        }
        for (String line : s.split("\n")) {
            String t = line.trim();
            if (!t.isEmpty() && !t.startsWith("----") && !t.equals("The following has evaluated to null or missing:")) {
                if (s.contains("The following has evaluated to null or missing:")) {
                    return "value is missing: " + t.replaceFirst("^==>\\s*", "").replaceAll("\\s*\\[in template.*$", "");
                }
                return t.replaceAll("\\s*\\[in template.*$", "");
            }
        }
        return s.trim();
    }
}
