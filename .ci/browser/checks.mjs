// Browser checks of a built site: every page type loads without console errors and without
// axe-core violations (light and dark), search finds an article, the theme toggle works and is
// remembered, a comparison table scrolls inside its region at 375 px, pages work without
// JavaScript; screenshots and Lighthouse scores of the home page and an article.
//
//   node checks.mjs SITE_DIR [--update-docs DOCS_DIR] [--no-lighthouse]
//
// With --update-docs the screenshots go to DOCS_DIR/screenshots/ and the Lighthouse scores to
// DOCS_DIR/lighthouse.md; otherwise both go to ./out/.
import { createServer } from "node:http";
import { readFile, mkdir, writeFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, extname, resolve } from "node:path";
import { tmpdir } from "node:os";
import { mkdtempSync } from "node:fs";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const site = resolve(args[0] || "../../output");
const docsAt = args.indexOf("--update-docs");
const docs = docsAt >= 0 ? resolve(args[docsAt + 1]) : null;
const lighthouseOn = !args.includes("--no-lighthouse");
const outDir = docs || resolve("out");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

let passed = 0;
let failed = 0;
let skipped = 0;
function check(name, ok, detail = "") {
  if (ok) {
    passed++;
    console.log(`ok   ${name}`);
  } else {
    failed++;
    console.log(`FAIL ${name}${detail ? "\n     " + String(detail).replace(/\n/g, "\n     ") : ""}`);
  }
}

// A static server like a plain host: folder URLs serve index.html, missing files the 404 page.
const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".json": "application/json", ".svg": "image/svg+xml", ".xml": "application/xml", ".txt": "text/plain", ".png": "image/png" };
const server = createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (path.endsWith("/")) path += "index.html";
  const file = join(site, path);
  try {
    if (!file.startsWith(site) || !(await stat(file)).isFile()) throw new Error("missing");
    res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream" });
    res.end(await readFile(file));
  } catch {
    res.writeHead(404, { "content-type": TYPES[".html"] });
    res.end(await readFile(join(site, "404.html")).catch(() => "not found"));
  }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  userDataDir: mkdtempSync(join(tmpdir(), "versus-chromium-")),
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
});
const chromiumVersion = await browser.version();
const axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");

/** Pages of each type, found from the site's own files so the list follows the example site. */
async function pageTypes() {
  const exists = async (p) => stat(join(site, p)).then(() => true, () => false);
  const types = { home: "", article: "blog/django-vs-express/", page: "about/", tag: "tags/django.html",
    "tag index": "tags/", archive: "archive.html", search: "search/?q=django", "404": "404.html" };
  const optional = { "subject profile": "frameworks/django/", "runtime profile": "runtimes/nodejs/",
    "pair page": "compare/django-vs-express/", matrix: "compare/" };
  for (const [k, v] of Object.entries(optional)) {
    if (await exists(v + "index.html")) types[k] = v;
  }
  return types;
}

async function open(url, { width = 1280, height = 900, colorScheme = "light", js = true } = {}) {
  const page = await browser.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warn") problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  page.on("response", (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on("request", (r) => { if (!r.url().startsWith(base) && !r.url().startsWith("data:")) problems.push(`request leaves the site: ${r.url()}`); });
  await page.setJavaScriptEnabled(js);
  await page.setViewport({ width, height });
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: colorScheme }]);
  await page.goto(base + url, { waitUntil: "networkidle0" });
  return { page, problems };
}

async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  });
}

const types = await pageTypes();
const axeCounts = {};
for (const [type, url] of Object.entries(types)) {
  for (const scheme of ["light", "dark"]) {
    const { page, problems } = await open(url, { colorScheme: scheme });
    if (scheme === "light") check(`${type}: no console errors or failed requests (/${url})`, problems.length === 0, problems.join("\n"));
    const violations = await axe(page);
    axeCounts[`${type} (${scheme})`] = violations.length;
    check(`${type}: axe-core finds no violations in ${scheme} colours`, violations.length === 0, violations.join("\n"));
    await page.close();
  }
}

// A missing address gets the 404 page with working styles from the site root.
{
  const { page } = await open("no/such/page/");
  const styled = await page.evaluate(() => getComputedStyle(document.querySelector(".site-header")).borderBottomStyle === "solid");
  check("missing address shows the styled 404 page", styled && (await page.title()).startsWith("Page not found"));
  await page.close();
}

// Search: from the header box on the home page to a result that is the article.
{
  const { page, problems } = await open("");
  await page.type("#site-search", "express middleware");
  await Promise.all([page.waitForNavigation({ waitUntil: "networkidle0" }), page.keyboard.press("Enter")]);
  await page.waitForSelector("#search-results li a", { timeout: 5000 }).catch(() => {});
  const hits = await page.$$eval("#search-results li a", (as) => as.map((a) => a.getAttribute("href")));
  check("search from the header finds the Django vs Express article", hits[0] === "../blog/django-vs-express/", JSON.stringify(hits));
  await page.$eval("#search-q", (i) => { i.value = ""; });
  await page.type("#search-q", "nodej");
  await page.waitForFunction(() => /blog\/django-vs-nodejs\//.test(document.querySelector("#search-results")?.innerHTML || ""), { timeout: 5000 }).catch(() => {});
  const status = await page.$eval("#search-status", (s) => s.textContent);
  const second = await page.$$eval("#search-results li a", (as) => as.map((a) => a.getAttribute("href")));
  check("search as you type matches word prefixes", second.includes("../blog/django-vs-nodejs/"), `${status} ${JSON.stringify(second)}`);
  check("search page: no console errors", problems.length === 0, problems.join("\n"));
  await page.close();
}

// Theme toggle: switches, is announced, and is remembered across pages before the first paint.
{
  const { page } = await open("", { colorScheme: "light" });
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const before = await bg();
  const pressedBefore = await page.$eval(".theme-toggle", (b) => b.getAttribute("aria-pressed"));
  await page.click(".theme-toggle");
  const after = await bg();
  const pressedAfter = await page.$eval(".theme-toggle", (b) => b.getAttribute("aria-pressed"));
  check("theme toggle switches light to dark", before !== after && pressedBefore === "false" && pressedAfter === "true",
    `${before} → ${after}, aria-pressed ${pressedBefore} → ${pressedAfter}`);
  await page.goto(base + "blog/django-vs-express/", { waitUntil: "domcontentloaded" });
  const remembered = await page.evaluate(() => document.documentElement.dataset.theme);
  check("theme choice is remembered on the next page", remembered === "dark" && (await bg()) === after);
  await page.click(".theme-toggle");
  check("theme toggle switches back to light", (await bg()) === before);
  await page.close();
}

// A phone: the article's table scrolls inside its region, the page itself never scrolls sideways.
{
  const { page } = await open(types.article, { width: 375, height: 740 });
  const r = await page.evaluate(() => {
    const region = document.querySelector(".table-scroll");
    if (!region) return { found: false };
    const wide = region.scrollWidth > region.clientWidth;
    region.scrollLeft = 120;
    return { found: true, wide, scrolled: region.scrollLeft > 0, page: document.documentElement.scrollWidth,
      view: window.innerWidth, focusable: region.tabIndex === 0, label: region.getAttribute("aria-label") };
  });
  if (r.found) {
    check("375 px: the table scrolls inside its own region", r.wide && r.scrolled && r.focusable && !!r.label, JSON.stringify(r));
    check("375 px: the page does not scroll sideways", r.page <= r.view, JSON.stringify(r));
  } else {
    skipped++;
    console.log("skip 375 px table check: the article has no table");
  }
  await page.close();
}

// JavaScript off: the article is readable, code is there, the toggle (which needs script) is hidden.
{
  const { page, problems } = await open(types.article, { js: false });
  const r = await page.evaluate(() => ({
    text: document.querySelector(".body").innerText.length,
    code: document.querySelectorAll("pre code").length,
    toggle: getComputedStyle(document.querySelector(".theme-toggle")).display,
  }));
  check("JavaScript off: the article, its code and its tables are shown", r.text > 2000 && r.code > 0 && r.toggle === "none", JSON.stringify(r));
  check("JavaScript off: no errors", problems.length === 0, problems.join("\n"));
  await page.close();
}

// Code blocks: highlighted and copyable when script runs.
{
  const { page } = await open(types.article);
  const r = await page.evaluate(() => ({
    highlighted: document.querySelectorAll("pre code.hljs").length,
    blocks: document.querySelectorAll("pre code").length,
    copy: document.querySelectorAll("button.copy").length,
  }));
  check("code blocks are highlighted and get a copy button", r.highlighted > 0 && r.copy === r.blocks, JSON.stringify(r));
  await page.close();
}

// Screenshots of the home page and an article at desktop and phone width.
const shots = docs ? join(docs, "screenshots") : join(outDir, "screenshots");
await mkdir(shots, { recursive: true });
for (const [name, url] of [["home", ""], ["article", types.article]]) {
  for (const [device, width, height] of [["desktop", 1280, 900], ["phone", 390, 844]]) {
    const { page } = await open(url, { width, height });
    if (name === "article" && device === "phone") {
      // Show the comparison table, the heart of an article, rather than only its title.
      await page.evaluate(() => document.querySelector(".table-scroll")?.scrollIntoView({ block: "center" }));
    }
    await page.screenshot({ path: join(shots, `${name}-${device}.png`) });
    await page.close();
  }
}
console.log(`screenshots written to ${shots}`);

// Lighthouse, on the same Chromium: mobile (Lighthouse's default) and desktop.
let scores = null;
if (lighthouseOn) {
  const { default: lighthouse, desktopConfig } = await import("lighthouse");
  const port = Number(new URL(browser.wsEndpoint()).port);
  scores = [];
  for (const [name, url] of [["Home page", ""], ["Article", types.article]]) {
    for (const [form, config] of [["mobile", undefined], ["desktop", desktopConfig]]) {
      const r = await lighthouse(base + url, { port, logLevel: "error", output: "json",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"] }, config);
      const c = r.lhr.categories;
      const row = { name, form, url: "/" + url, performance: c.performance.score, accessibility: c.accessibility.score,
        "best-practices": c["best-practices"].score, seo: c.seo.score };
      scores.push(row);
      const low = Object.entries(r.lhr.audits).filter(([, a]) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative"
        && a.scoreDisplayMode !== "manual").map(([id, a]) => `${id}: ${a.displayValue || a.score}`);
      console.log(`lighthouse ${name} (${form}): ${["performance", "accessibility", "best-practices", "seo"].map((k) => `${k} ${Math.round(row[k] * 100)}`).join(", ")}`);
      if (low.length) console.log("     below full marks: " + low.join("; "));
      for (const k of ["accessibility", "best-practices", "seo"]) {
        check(`lighthouse ${name} (${form}): ${k} is 100`, row[k] === 1, `score ${row[k]}`);
      }
      check(`lighthouse ${name} (${form}): performance at least 90`, row.performance >= 0.9, `score ${row.performance}`);
    }
  }
}

await browser.close();
server.close();

if (docs && scores) {
  const version = JSON.parse(await readFile(require.resolve("lighthouse/package.json"), "utf8")).version;
  const pct = (s) => Math.round(s * 100);
  const lines = [
    "# Lighthouse scores",
    "",
    `Measured by \`.ci/browser-checks.sh --update-docs\` on the example site, served from localhost, with`,
    `Lighthouse ${version} and ${chromiumVersion} (headless). Mobile is Lighthouse's default (a mid-range phone on`,
    "a throttled connection, simulated); desktop uses its desktop preset. The same run checks that",
    "accessibility, best practices and SEO stay at 100 and performance at 90 or more.",
    "",
    "| page | form factor | performance | accessibility | best practices | SEO |",
    "|---|---|---|---|---|---|",
    ...scores.map((s) => `| ${s.name} (\`${s.url}\`) | ${s.form} | ${pct(s.performance)} | ${pct(s.accessibility)} | ${pct(s["best-practices"])} | ${pct(s.seo)} |`),
    "",
    "axe-core violations per page type and colour scheme in the same run: " +
      Object.entries(axeCounts).map(([k, v]) => `${k} ${v}`).join(", ") + ".",
    "",
  ];
  await writeFile(join(docs, "lighthouse.md"), lines.join("\n"));
  console.log(`scores written to ${join(docs, "lighthouse.md")}`);
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed ? 1 : 0);
