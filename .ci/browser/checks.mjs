// Browser checks of a built site: every page type loads without console errors and without
// axe-core violations (light and dark), search finds an article, the theme toggle works and is
// remembered, pages work without JavaScript; screenshots and Lighthouse scores.
// Layout, on SITE_DIR and on every --layout-site: every page with a comparison table and one
// page of every other type, at 360, 768 and 1280 px in light and dark colours: no page scrolls
// sideways, no subject column of a two-subject table is hidden or scrolled away (the two values
// sit side by side), profile values are not clipped, chart labels are at least 12 px, the
// "best" mark is one line; wider tables scroll inside their region with a cue at 360 px; the
// matrix's subject picker works with and without scripts.
//
//   node checks.mjs SITE_DIR [--layout-site DIR]... [--update-docs DOCS_DIR] [--no-lighthouse]
//
// With --update-docs the screenshots go to DOCS_DIR/screenshots/ and the Lighthouse scores to
// DOCS_DIR/lighthouse.md; otherwise both go to ./out/. Screenshots of the pair page, profile,
// matrix and a many-subject article come from the last --layout-site when there is one.
import { createServer } from "node:http";
import { readFile, readdir, mkdir, writeFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, extname, resolve, basename } from "node:path";
import { tmpdir } from "node:os";
import { mkdtempSync } from "node:fs";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const site = resolve(args[0] || "../../output");
const docsAt = args.indexOf("--update-docs");
const docs = docsAt >= 0 ? resolve(args[docsAt + 1]) : null;
const lighthouseOn = !args.includes("--no-lighthouse");
const layoutSites = [site, ...args.flatMap((a, i) => (a === "--layout-site" ? [resolve(args[i + 1])] : []))];
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
const servers = [];
async function serve(root) {
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path.endsWith("/")) path += "index.html";
    const file = join(root, path);
    try {
      if (!file.startsWith(root) || !(await stat(file)).isFile()) throw new Error("missing");
      res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream" });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { "content-type": TYPES[".html"] });
      res.end(await readFile(join(root, "404.html")).catch(() => "not found"));
    }
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}/`;
}
const base = await serve(site);
const bases = new Map([[site, base]]);
for (const s of layoutSites.slice(1)) bases.set(s, await serve(s));

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

async function open(url, { width = 1280, height = 900, colorScheme = "light", js = true, at = base } = {}) {
  const page = await browser.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warn") problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  page.on("response", (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on("request", (r) => { if (!r.url().startsWith(at) && !r.url().startsWith("data:")) problems.push(`request leaves the site: ${r.url()}`); });
  await page.setJavaScriptEnabled(js);
  await page.setViewport({ width, height });
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: colorScheme }]);
  await page.goto(at + url, { waitUntil: "networkidle0" });
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

// Layout at phone, tablet and desktop width, light and dark, on every site given.
/** Pages to look at: every page with comparison tables, one page of every other type; redirects skipped. */
async function layoutPages(root) {
  const found = [];
  const walk = async (dir) => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith(".html")) found.push(p);
    }
  };
  await walk(root);
  found.sort();
  const pages = [];
  const seen = new Set();
  for (const file of found) {
    const html = await readFile(file, "utf8");
    if (/http-equiv="refresh"/.test(html)) continue;
    const type = (/<body class="([^"]+)"/.exec(html) || [, "other"])[1];
    let url = file.slice(root.length + 1).replace(/(^|\/)index\.html$/, "$1");
    if (type === "search") url += "?q=sql";
    const tables = html.includes('class="comparison ') || html.includes('class="profile-facts"');
    const kind = type === "other" ? "other:" + url.split("/")[0] : type;
    if (tables || !seen.has(kind)) pages.push({ url, type, file });
    seen.add(kind);
  }
  return pages;
}

/** What is wrong with the layout of the open page, as sentences. */
function layoutProblems() {
  const out = [];
  const view = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > view) out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${view} px`);
  const name = (fig) => fig.querySelector("caption")?.textContent.trim() || fig.id;
  const shown = (el) => getComputedStyle(el).display !== "none" && getComputedStyle(el).visibility !== "hidden";
  for (const fig of document.querySelectorAll("figure.comparison.two-subjects")) {
    const region = fig.querySelector(".table-scroll");
    const box = region.getBoundingClientRect();
    if (region.scrollWidth > region.clientWidth + 1) out.push(`two-subject table "${name(fig)}" scrolls sideways: ${region.scrollWidth} > ${region.clientWidth} px`);
    const head = fig.querySelector("thead tr");
    const rows = [...fig.querySelectorAll("tbody tr")];
    const lines = [[...head.querySelectorAll("th:not(:first-child)")], ...rows.map((r) => [...r.querySelectorAll("td")])];
    for (const cell of lines.flat()) {
      const r = cell.getBoundingClientRect();
      if (!shown(cell) || r.width < 60 || r.left < box.left - 1 || r.right > box.right + 1 || r.right > view) {
        out.push(`two-subject table "${name(fig)}": a subject column is hidden or cut off ("${cell.textContent.trim().slice(0, 30)}" at ${Math.round(r.left)}–${Math.round(r.right)} px, region ${Math.round(box.left)}–${Math.round(box.right)} px)`);
        break;
      }
    }
    for (const cells of lines) {
      if (cells.length === 2 && Math.abs(cells[0].getBoundingClientRect().top - cells[1].getBoundingClientRect().top) > 1) {
        out.push(`two-subject table "${name(fig)}": the two values "${cells[0].textContent.trim().slice(0, 20)}" and "${cells[1].textContent.trim().slice(0, 20)}" are not side by side`);
        break;
      }
    }
  }
  for (const region of document.querySelectorAll(".profile-facts .table-scroll")) {
    const box = region.getBoundingClientRect();
    const cut = [...region.querySelectorAll("td")].find((td) => td.getBoundingClientRect().right > box.right + 1 || td.scrollWidth > td.clientWidth + 1);
    if (cut || region.scrollWidth > region.clientWidth + 1) out.push(`profile value clipped: "${(cut || region).textContent.trim().slice(0, 40)}"`);
  }
  for (const el of document.querySelectorAll(".chart figcaption, .bars li > span, main svg text")) {
    // Text in a scaled SVG is as large as its font size times the scale.
    const svg = el.closest("svg");
    const scale = svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
    const size = Math.round(parseFloat(getComputedStyle(el).fontSize) * scale * 10) / 10;
    if (size < 12) { out.push(`chart text "${el.textContent.trim().slice(0, 30)}" is ${size} px`); break; }
  }
  for (const mark of document.querySelectorAll(".best-mark")) {
    const r = mark.getBoundingClientRect();
    if (r.height > 2.2 * parseFloat(getComputedStyle(mark).fontSize)) { out.push(`a "best" mark is ${Math.round(r.height)} px tall`); break; }
  }
  for (const th of document.querySelectorAll("figure.comparison thead th")) {
    const lines = th.getBoundingClientRect().height / parseFloat(getComputedStyle(th).lineHeight);
    if (lines > 4.5) { out.push(`a table header wraps to ${Math.round(lines)} lines: "${th.textContent.trim().slice(0, 30)}"`); break; }
  }
  return out;
}

const layoutTally = { pages: 0, loads: 0 };
for (const root of layoutSites) {
  const at = bases.get(root);
  const pages = await layoutPages(root);
  layoutTally.pages += pages.length;
  for (const [width, height] of [[360, 740], [768, 1024], [1280, 900]]) {
    for (const scheme of ["light", "dark"]) {
      const failures = [];
      const axeFound = [];
      const axed = new Set();
      for (const { url, type } of pages) {
        const { page } = await open(url, { width, height, colorScheme: scheme, at });
        layoutTally.loads++;
        for (const p of await page.evaluate(layoutProblems)) failures.push(`/${url}: ${p}`);
        // axe-core on one page of each type of the other sites, at phone and desktop width.
        if (root !== site && width !== 768 && !axed.has(type)) {
          axed.add(type);
          for (const v of await axe(page)) axeFound.push(`/${url}: ${v}`);
        }
        await page.close();
      }
      if (axed.size) {
        check(`${width} px, ${scheme}: axe-core finds no violations on ${axed.size} page types of ${basename(root)}`,
          axeFound.length === 0, axeFound.slice(0, 12).join("\n"));
      }
      check(`${width} px, ${scheme}: ${pages.length} pages of ${basename(root)}: no page scrolls sideways, every subject's values in view`,
        failures.length === 0, failures.slice(0, 12).join("\n"));
    }
  }
}
console.log(`layout: ${layoutTally.pages} pages, ${layoutTally.loads} page loads`);

// At 360 px, a table of three or more subjects scrolls inside its region with a cue, a sticky
// header row and first column; the matrix's picker narrows it to two subjects that fit the
// screen, with scripts and without.
const showcase = layoutSites[layoutSites.length - 1];
const showcaseAt = bases.get(showcase);
const showcasePages = await layoutPages(showcase);
const manyPage = (await Promise.all(showcasePages.map(async (p) => ((await readFile(p.file, "utf8")).includes("comparison many-subjects") && p.type === "article" ? p : null)))).find(Boolean);
{
  if (manyPage) {
    const { page } = await open(manyPage.url, { width: 360, height: 740, at: showcaseAt });
    const r = await page.evaluate(() => {
      const fig = document.querySelector("figure.comparison.many-subjects");
      const region = fig.querySelector(".table-scroll");
      const cue = fig.querySelector(".scroll-cue");
      return { wide: region.scrollWidth > region.clientWidth, cue: getComputedStyle(cue).display !== "none" && cue.getBoundingClientRect().height > 0,
        text: cue.textContent.trim(), faded: region.classList.contains("more"), header: getComputedStyle(fig.querySelector("thead th")).position,
        first: getComputedStyle(fig.querySelector("tbody th")).position, page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth };
    });
    await page.evaluate(() => { const region = document.querySelector("figure.comparison.many-subjects .table-scroll"); region.scrollLeft = region.scrollWidth; });
    await page.waitForFunction(() => !document.querySelector("figure.comparison.many-subjects .table-scroll").classList.contains("more"), { timeout: 3000 }).catch(() => {});
    const fadedAtEnd = await page.evaluate(() => document.querySelector("figure.comparison.many-subjects .table-scroll").classList.contains("more"));
    check(`360 px: a table of three or more subjects scrolls in its region, with a cue, a faded edge until the end, a sticky header row and first column (/${manyPage.url})`,
      r.wide && r.cue && r.faded && !fadedAtEnd && r.header === "sticky" && r.first === "sticky" && r.page <= r.view, JSON.stringify({ ...r, fadedAtEnd }));
    await page.close();
    const { page: noJs } = await open(manyPage.url, { width: 360, height: 740, at: showcaseAt, js: false });
    const cueNoJs = await noJs.evaluate(() => getComputedStyle(document.querySelector("figure.comparison.many-subjects .scroll-cue")).display);
    check("360 px, JavaScript off: the scroll cue is shown", cueNoJs !== "none", cueNoJs);
    await noJs.close();
  } else {
    skipped++;
    console.log("skip the many-subject table checks: no article with such a table");
  }
  const matrix = showcasePages.find((p) => p.type === "matrix");
  for (const js of matrix ? [true, false] : []) {
    const { page } = await open(matrix.url, { width: 360, height: 740, at: showcaseAt, js });
    const boxes = await page.$$(".column-picker input");
    for (const box of boxes.slice(2)) await box.click();
    const r = await page.evaluate(() => {
      const region = document.querySelector(".matrix-page .table-scroll");
      const heads = [...region.querySelectorAll("thead th:not(:first-child)")].filter((th) => getComputedStyle(th).display !== "none");
      return { picker: getComputedStyle(document.querySelector(".column-picker")).display, shown: heads.length,
        fits: region.scrollWidth <= region.clientWidth + 1, width: [region.scrollWidth, region.clientWidth] };
    });
    check(`360 px, JavaScript ${js ? "on" : "off"}: the matrix's subject picker narrows it to two subjects that fit the screen`,
      boxes.length > 2 && r.picker !== "none" && r.shown === 2 && r.fits, JSON.stringify(r));
    await page.close();
  }
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

// Screenshots at desktop (1280 px) and phone (360 px) width: the home page and an article of
// SITE_DIR; a pair page, a profile, the matrix and an article with six subjects of the last
// --layout-site. Apart from the home page each is scrolled to its table, the heart of the page.
const shots = docs ? join(docs, "screenshots") : join(outDir, "screenshots");
await mkdir(shots, { recursive: true });
const pick = (type, test = () => true) => showcasePages.find((p) => p.type === type && test(p));
const pairShot = pick("pair", (p) => p.url.includes("postgresql-vs-mysql")) || pick("pair");
const profileShot = pick("profile", (p) => p.url.includes("duckdb")) || pick("profile");
const shotList = [["home", "", base, null], ["article", types.article, base, ".comparison"]];
if (layoutSites.length > 1) {
  if (pairShot) shotList.push(["pair", pairShot.url, showcaseAt, ".comparison"]);
  if (profileShot) shotList.push(["profile", profileShot.url, showcaseAt, ".profile-facts"]);
  const matrixShot = pick("matrix");
  if (matrixShot) shotList.push(["matrix", matrixShot.url, showcaseAt, ".column-picker"]);
  if (manyPage) shotList.push(["table", manyPage.url, showcaseAt, "figure.comparison.many-subjects"]);
}
for (const [name, url, at, focus] of shotList) {
  for (const [device, width, height] of [["desktop", 1280, 900], ["phone", 360, 780]]) {
    const { page } = await open(url, { width, height, at });
    if (focus) await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: "start" }), focus);
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
servers.forEach((s) => s.close());

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
