// Writes the theme's vendored highlight.js: the core plus the languages comparison articles use,
// as one classic script defining window.hljs. Run: npm ci && node vendor.mjs
import { readFileSync, writeFileSync } from "node:fs";

const pkg = "node_modules/@highlightjs/cdn-assets/";
const out = "../../assets/js/";
const languages = ["bash", "shell", "python", "javascript", "typescript", "json", "yaml", "xml", "java", "plaintext"];
const version = JSON.parse(readFileSync(pkg + "package.json", "utf8")).version;

let core = readFileSync(pkg + "es/core.min.js", "utf8");
const exported = /export\s*\{\s*(\w+)\s+as\s+default\s*\}\s*;?\s*$/;
if (!exported.test(core)) {
  throw new Error("unexpected end of es/core.min.js; update vendor.mjs");
}
core = core.replace(exported, "return $1;");
const parts = [
  `/*! highlight.js ${version} (BSD-3-Clause, see highlight.LICENSE.txt): core and ${languages.join(", ")} */`,
  `var hljs=(function(){${core}})();`,
  ...languages.map((l) => readFileSync(pkg + `languages/${l}.min.js`, "utf8").trim()),
  "",
];
writeFileSync(out + "highlight.min.js", parts.join("\n"));
writeFileSync(out + "highlight.LICENSE.txt", readFileSync(pkg + "LICENSE", "utf8"));
console.log(`highlight.js ${version}: ${languages.length} languages`);
