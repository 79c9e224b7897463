package dev.versus.bench;

import dev.versus.compare.Comparisons;
import dev.versus.config.ConfigLoader;
import dev.versus.config.SiteConfig;
import dev.versus.diag.Diagnostics;
import dev.versus.diag.Position;
import dev.versus.load.DataLoader;
import dev.versus.load.SiteLoader;
import dev.versus.markdown.Embeds;
import dev.versus.markdown.MarkdownRenderer;
import dev.versus.markdown.PageContext;
import dev.versus.model.Catalog;
import dev.versus.model.Page;
import dev.versus.model.Site;
import dev.versus.render.Renderer;
import dev.versus.render.Route;
import dev.versus.render.SitePlanner;
import dev.versus.render.TemplateEngine;
import dev.versus.text.Spill;
import dev.versus.text.Text;
import dev.versus.source.FrontMatter;
import dev.versus.source.SiteReader;
import dev.versus.source.SiteSources;
import dev.versus.source.SourceFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The hot stages of a build, one article at a time, on a generated corpus: reading a header,
 * rendering Markdown (with its comparison block and citations), drawing one comparison table,
 * filling the article template, and writing the page. Run with {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBench {

    private SourceFile source;
    private Page page;
    private MarkdownRenderer markdown;
    private Embeds embeds;
    private String tableBlock;
    private Position tableAt;
    private Renderer renderer;
    private Route route;
    private byte[] html;
    private Path writeDir;
    private int written;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path root = Path.of(System.getProperty("versus.bench.site", "bench/work/sites/versus-200")).toAbsolutePath();
        if (!Files.isRegularFile(root.resolve(ConfigLoader.FILE_NAME))) {
            throw new IllegalStateException("no corpus at " + root + "; bench/jmh.sh generates one");
        }
        Diagnostics diags = new Diagnostics();
        SourceFile configFile = SiteReader.readConfig(root, ConfigLoader.FILE_NAME, diags);
        SiteConfig config = ConfigLoader.load(configFile, Map.of()).config();
        SiteSources sources = SiteReader.read(root, null, new SiteReader.Folders("content", "data", "templates", "assets"),
                diags);
        Site site = SiteLoader.load(config, sources.content(), false, ZonedDateTime.now(config.zone()), diags, p -> {
        });
        Catalog catalog = DataLoader.load("data", sources.data(), diags);
        Comparisons comparisons = Comparisons.prepare(config, configFile, catalog, site, sources.content(), diags);
        if (diags.hasErrors()) {
            throw new IllegalStateException("the corpus has errors: " + diags.sorted());
        }
        page = site.pages().stream().filter(p -> p.body().contains("```comparison"))
                .min(Comparator.comparing(Page::sourcePath)).orElseThrow();
        source = sources.content().stream().filter(f -> f.path().equals(page.sourcePath())).findFirst().orElseThrow();
        embeds = comparisons.embeds();
        Map<String, Page> byContentPath = site.pages().stream().collect(Collectors.toMap(Page::contentPath, Function.identity()));
        markdown = new MarkdownRenderer(config, embeds, byContentPath);
        String body = page.body().get();
        int open = body.indexOf("```comparison");
        int start = body.indexOf('\n', open) + 1;
        tableBlock = body.substring(start, body.indexOf("```", start));
        tableAt = new PageContext(page).positionOf(open, 13);

        Map<String, Text> bodies = site.pages().parallelStream()
                .collect(Collectors.toConcurrentMap(Page::sourcePath, p -> Text.of(markdown.render(new PageContext(p)))));
        SitePlanner.Plan plan = new SitePlanner(site).plan(comparisons.finish(bodies, diags, Spill.memory()), comparisons);
        route = plan.routes().stream().filter(r -> r.source().equals(page.sourcePath())).findFirst().orElseThrow();
        renderer = new Renderer(new TemplateEngine(config, sources.templates()), plan.globals());
        html = template();
        writeDir = Files.createTempDirectory("versus-jmh");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(writeDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Splitting a file into header and body, parsing the YAML header with positions. */
    @Benchmark
    public Object frontMatter() {
        return FrontMatter.split(SourceFile.of(source.path(), source.text()), "~~~~~~");
    }

    /** One article body to HTML: flexmark, the comparison block, citations, link resolution. */
    @Benchmark
    public String markdown() {
        return markdown.render(new PageContext(page));
    }

    /** One comparison block: its YAML, the checks and the table with notes and charts. */
    @Benchmark
    public String comparisonTable() {
        return embeds.renderBlock("comparison", "", tableBlock, tableAt, new PageContext(page));
    }

    /** The article page through its template, as UTF-8 bytes. */
    @Benchmark
    public byte[] template() {
        AtomicReference<byte[]> out = new AtomicReference<>();
        renderer.render(List.of(route), (path, bytes) -> out.set(bytes), new Diagnostics());
        return out.get();
    }

    /** Writing one page to disk (a thousand files, overwritten in turn). */
    @Benchmark
    public Path write() throws IOException {
        return Files.write(writeDir.resolve("page-" + (written++ % 1000) + ".html"), html);
    }
}
