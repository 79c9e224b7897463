package dev.versus.serve;

import dev.versus.pipeline.BuildOptions;
import dev.versus.pipeline.BuildSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real browser (headless Chromium from the Debian packages; .ci/install-browser.sh) opens a
 * served page; the article is edited on disk and the new text appears without a manual reload,
 * and a broken build shows the error overlay until it is fixed. Skipped when Chromium or its
 * driver is not installed, except under continuous integration ({@code .ci/run} installs them and
 * sets {@code VERSUS_REQUIRE_BROWSER}, which turns a missing browser into a failure).
 */
class LiveReloadBrowserTest {

    @TempDir
    Path tmp;

    private static String find(List<String> candidates) {
        return candidates.stream().filter(p -> new File(p).canExecute()).findFirst().orElse(null);
    }

    @Test
    void editedArticleShowsWithoutManualReload() throws Exception {
        String chromium = find(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
        String driver = find(List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"));
        boolean present = chromium != null && driver != null;
        // Continuous integration installs them first (.ci/run) and must never skip this test.
        if (System.getenv("VERSUS_REQUIRE_BROWSER") != null) {
            assertTrue(present, "Chromium and chromedriver must be installed (.ci/install-browser.sh)");
        }
        assumeTrue(present, "Chromium and chromedriver are not installed (.ci/install-browser.sh)");

        Path site = tmp.resolve("site");
        Path post = site.resolve("content/blog/hello.md");
        Files.createDirectories(post.getParent());
        Files.writeString(site.resolve("jbake.properties"), "site.host=https://example.org\n");
        Files.writeString(post, "---\ntitle: Hello\ndate: 2024-01-02\ntype: post\nstatus: published\n---\n\nOriginal text.\n");
        try (BuildSession session = new BuildSession(BuildOptions.build(site).withThreads(2));
             DevServer server = DevServer.start(session, 0, true, new PrintWriter(Writer.nullWriter()))) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build();
            WebDriver browser = new ChromeDriver(service, options);
            try {
                browser.get("http://127.0.0.1:" + server.port() + "/blog/hello.html");
                // A reload can replace the page between finding an element and reading it.
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                wait.ignoring(StaleElementReferenceException.class);
                wait.ignoring(JavascriptException.class);
                wait.until(b -> b.getPageSource().contains("Original text."));
                // Mark this page instance: it survives only if nobody reloads.
                ((JavascriptExecutor) browser).executeScript("window.versusMark = 1;");
                Thread.sleep(500); // let the EventSource connect; not a timing assertion

                Files.writeString(post, Files.readString(post).replace("Original text.", "Edited on disk."));
                wait.until(b -> bodyText(b).contains("Edited on disk."));
                assertEquals(null, ((JavascriptExecutor) browser).executeScript("return window.versusMark;"),
                        "the page was reloaded by the server, not kept");

                Files.writeString(post, Files.readString(post).replace("Edited on disk.", "[broken](nowhere.md)"));
                wait.until(b -> !b.findElements(By.id("versus-errors")).isEmpty());
                String overlay = browser.findElement(By.id("versus-errors")).getText();
                assertTrue(overlay.contains("content/blog/hello.md:8"), overlay);

                Files.writeString(post, Files.readString(post).replace("[broken](nowhere.md)", "Fixed again."));
                wait.until(b -> bodyText(b).contains("Fixed again."));
                wait.until(b -> b.findElements(By.id("versus-errors")).isEmpty());
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * The page's text, read in one script: an element found first and read after would belong to
     * the old document if a reload came in between (Chromium reports that as a node "that does not
     * belong to the document", not always as a stale element).
     */
    private static String bodyText(WebDriver b) {
        Object text = ((JavascriptExecutor) b).executeScript("return document.body ? document.body.innerText : '';");
        return text == null ? "" : text.toString();
    }
}
