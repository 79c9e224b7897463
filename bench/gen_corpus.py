#!/usr/bin/env python3
"""Deterministic synthetic comparison-site corpus for benchmarking Versus against its peers.

usage: gen_corpus.py N DIR [--seed S] [--subjects M] [--format versus|plain|jbake] [--pairs all]

N articles of about 5 KB of Markdown each (headings, lists, a GFM table, a fenced code
block with a title, links, a "Frequently asked questions" section), each comparing two
of M subjects (default max(10, N // 20)). Same seed, same bytes.

--format versus (default): a whole Versus site in DIR:
    jbake.properties, content/blog/article-NNNNNN.md (YAML front matter with
    `compare: [a, b]`, a ```comparison block and inline {{id.aspect}} citations),
    data/aspects.yaml, data/frameworks/<id>.yaml.
--pairs all: versus.pairs=all in jbake.properties (a pair page for every two subjects: the
    catalogue benchmark, bench/catalogue.sh).
--format plain: DIR/content/blog/*.md with YAML front matter and the same body, the
    Versus-specific parts pre-rendered: the comparison block becomes the equivalent GFM
    table and each citation its value (for Hugo and other peers).
--format jbake: the plain body with JBake's own header (ending in ~~~~~~) in
    DIR/content/blog/*.md, and DIR/jbake.properties (the same settings, plus GFM tables
    turned on in JBake's Markdown extensions); run.sh adds the templates.
"""
import argparse
import datetime
import json
import os
import random

WORDS = ("framework server request response python javascript router middleware database "
         "query cache session token security scale thread event loop async await deploy "
         "container cloud static page build markdown yaml table column feature release "
         "version community plugin package module runtime performance latency memory "
         "benchmark test admin schema migration worker queue stream socket header cookie "
         "render template compile bundle index search").split()
TOPICS = ["backend", "frontend", "api", "fullstack", "realtime", "microservices", "orm",
          "security", "performance", "testing", "deployment", "serverless", "templating",
          "async", "typing", "tooling", "hosting", "databases", "caching", "observability",
          "mobile", "desktop", "cli", "data", "ml", "devops", "cloud", "edge", "streaming",
          "auth"]
SYLLABLES = ["ka", "lo", "mi", "ra", "ven", "tor", "zu", "pex", "dro", "nix", "sa", "bel",
             "quo", "fin", "gar", "ly", "mon", "tri", "vo", "xa", "ru", "pel", "sto", "cor"]
LANGUAGES = ["Python", "JavaScript", "TypeScript", "Go", "Rust", "Java", "Kotlin", "Ruby",
             "PHP", "Elixir", "C#", "Scala"]
KINDS = ["Web framework", "Micro-framework", "Full-stack framework", "API framework"]
LICENCES = ["MIT", "BSD-3-Clause", "Apache-2.0", "MPL-2.0", "LGPL-3.0-only"]
ARCH = ["Model-View-Controller", "Model-View-Template", "Middleware pipeline",
        "Component tree", "Actor model", "Layered modules"]
CONC = ["Event loop with non-blocking I/O", "Thread per request", "Worker processes",
        "Lightweight processes", "Async tasks on a work-stealing pool", "Green threads"]
FEATURES = ["ORM", "Migrations", "Authentication", "Admin site", "Forms", "Templates",
            "Sessions", "Caching", "Validation", "WebSockets", "Background jobs", "i18n"]
BEST = ["Content sites", "REST APIs", "Internal tools", "Real-time apps", "Microservices",
        "Prototypes", "Large teams", "Data-heavy apps"]

# The aspect catalogue: (id, label, type, group, extra keys). Order = default row order.
ASPECTS = [
    ("kind", "Kind", "text", "Overview", {}),
    ("language", "Language", "text", "Overview", {}),
    ("first_release", "First release", "year", "Overview", {"better": "lower"}),
    ("licence", "Licence", "text", "Overview", {}),
    ("stars", "GitHub stars", "number", "Community", {"unit": "k", "better": "higher"}),
    ("contributors", "Contributors", "number", "Community", {"better": "higher"}),
    ("architecture", "Architecture", "text", "Design", {}),
    ("concurrency", "Concurrency model", "text", "Design", {}),
    ("built_in_features", "Built-in features", "list", "Features", {}),
    ("admin_interface", "Admin interface", "boolean", "Features", {}),
    ("orm", "Built-in ORM", "boolean", "Features", {}),
    ("learning_curve", "Learning curve", "rating", "Fit", {"better": "lower"}),
    ("throughput", "Throughput", "rating", "Fit", {"better": "higher"}),
    ("best_for", "Best for", "list", "Fit", {}),
    ("repository", "Source repository", "link", "Project", {}),
]
ASPECT_TYPE = {a[0]: a[2] for a in ASPECTS}
ASPECT_LABEL = {a[0]: a[1] for a in ASPECTS}
ASPECT_UNIT = {a[0]: a[4].get("unit", "") for a in ASPECTS}

PROPERTIES = """site.host=https://bench.example.org
site.title=Bench
site.description=Synthetic comparison site for build benchmarks.
site.lang=en
render.tags=true
render.feed=true
render.sitemap=true
render.archive=true
index.paginate=true
index.posts_per_page=10
uri.noExtension=true
uri.noExtension.prefix=/
date.format=yyyy-MM-dd
"""


def q(s):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def sentence(r, n=None):
    n = n or r.randint(8, 18)
    return " ".join(r.choice(WORDS) for _ in range(n)).capitalize() + "."


def para(r, k=None):
    return " ".join(sentence(r) for _ in range(k or r.randint(3, 6)))


def make_subjects(r, m):
    seen, subjects = set(), []
    while len(subjects) < m:
        name = "".join(r.choice(SYLLABLES) for _ in range(r.randint(2, 3))).capitalize()
        sid = name.lower()
        if sid in seen:
            name, sid = f"{name}{len(subjects)}", f"{sid}{len(subjects)}"
        seen.add(sid)
        facts = {
            "kind": r.choice(KINDS),
            "language": r.choice(LANGUAGES),
            "first_release": {"value": r.randint(2003, 2023),
                              "source": f"https://example.org/{sid}/history"},
            "licence": {"value": r.choice(LICENCES),
                        "source": f"https://example.org/{sid}/LICENSE"},
            "stars": r.randint(1, 90),
            "contributors": {"value": r.randint(10, 3000), "note": sentence(r, 6)},
            "architecture": r.choice(ARCH),
            "concurrency": {"value": r.choice(CONC), "source": f"https://example.org/{sid}/docs"},
            "built_in_features": sorted(r.sample(FEATURES, r.randint(2, 6)), key=FEATURES.index),
            "admin_interface": ({"na": "It is an API-only framework without HTML views."}
                                if r.random() < 0.15 else r.random() < 0.4),
            "orm": r.random() < 0.5,
            "learning_curve": {"value": r.randint(1, 5), "note": sentence(r, 8)},
            "throughput": r.randint(1, 5),
            "best_for": sorted(r.sample(BEST, r.randint(1, 3)), key=BEST.index),
            "repository": f"https://github.com/example/{sid}",
        }
        subjects.append({
            "id": sid, "name": name, "kind": facts["kind"], "language": facts["language"],
            "website": f"https://{sid}.example.org/", "summary": para(r, 2),
            "pros": [sentence(r, 7) for _ in range(r.randint(3, 4))],
            "cons": [sentence(r, 7) for _ in range(r.randint(2, 3))],
            "choose_when": [sentence(r, 7) for _ in range(r.randint(2, 3))],
            "facts": facts,
        })
    return subjects


def fact_value(fact):
    if isinstance(fact, dict):
        return None if "na" in fact else fact["value"]
    return fact


def show(aspect, fact):
    """The plain-Markdown rendering of one fact, as a comparison table cell shows it."""
    v = fact_value(fact)
    if v is None:
        return "n/a"
    t = ASPECT_TYPE[aspect]
    if t == "boolean":
        return "Yes" if v else "No"
    if t == "rating":
        return f"{v}/5"
    if t == "list":
        return ", ".join(v)
    if t == "link":
        return f"<{v}>"
    if t == "number":
        return f"{v}{ASPECT_UNIT[aspect]}"
    return str(v)


def yaml_fact(v):
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k}: {yaml_scalar(x)}" for k, x in v.items()) + " }"
    return yaml_scalar(v)


def yaml_scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, list):
        return "[" + ", ".join(q(x) for x in v) + "]"
    return q(v)


def subject_yaml(s):
    out = [f"name: {q(s['name'])}", f"kind: {q(s['kind'])}", f"language: {q(s['language'])}",
           f"website: {s['website']}", f"summary: {q(s['summary'])}"]
    for key in ("pros", "cons", "choose_when"):
        out.append(f"{key}:")
        out.extend(f"  - {q(x)}" for x in s[key])
    out.append("facts:")
    out.extend(f"  {a}: {yaml_fact(s['facts'][a])}" for a, *_ in ASPECTS)
    return "\n".join(out) + "\n"


def aspects_yaml():
    out = ["# Aspect catalogue: the key order is the default row order of comparison tables."]
    for aid, label, typ, group, extra in ASPECTS:
        out += [f"{aid}:", f"  label: {q(label)}", f"  type: {typ}", f"  group: {q(group)}"]
        out += [f"  {k}: {v}" for k, v in extra.items()]
        out.append(f"  description: {q(label + ' of the subject.')}")
    return "\n".join(out) + "\n"


def article(i, n, r, subjects, fmt):
    """Returns (front matter dict, body). All random draws are the same for every format."""
    a, b = r.sample(subjects, 2)
    date = datetime.date(2020, 1, 1) + datetime.timedelta(days=i % 2000)
    tags = [a["id"], b["id"]] + r.sample(TOPICS, 2)
    aspects = ["first_release"] + r.sample([x[0] for x in ASPECTS if x[0] != "first_release"],
                                           r.randint(5, 9))
    aspects.sort(key=[x[0] for x in ASPECTS].index)
    plain = fmt != "versus"

    def cite(s, aspect):
        return show(aspect, s["facts"][aspect]) if plain else "{{%s.%s}}" % (s["id"], aspect)

    def link(j):
        return f"/blog/article-{j:06d}/" if plain else f"article-{j:06d}.md"

    out = [f"{a['name']} and {b['name']} are both used for {r.choice(TOPICS)} work. "
           f"{a['name']} was first released in {cite(a, 'first_release')} and "
           f"{b['name']} in {cite(b, 'first_release')}. " + para(r)]
    out.append(f"## What is {a['name']}?\n\n" + para(r))
    out.append("\n".join(f"- **{r.choice(WORDS)}**: {sentence(r)}" for _ in range(5)))
    out.append(f"## What is {b['name']}?\n\n" + para(r))
    if plain:
        rows = [f"| Aspect | {a['name']} | {b['name']} |", "|---|---|---|"]
        rows += [f"| {ASPECT_LABEL[x]} | {show(x, a['facts'][x])} | {show(x, b['facts'][x])} |"
                 for x in aspects]
        table = "\n".join(rows)
    else:
        table = "```comparison\naspects: " + ", ".join(aspects) + "\n```"
    out.append(f"## At a glance\n\n{table}\n\n" + para(r, 2))
    rows = [f"| Topic | {a['name']} | {b['name']} |", "|---|---|---|"]
    for _ in range(6):
        rows.append("| %s | %s | %s |" % (r.choice(WORDS).title(), sentence(r, 4), sentence(r, 4)))
    out.append("## In practice\n\n" + para(r, 2) + "\n\n" + "\n".join(rows))
    code = "\n".join(f"def {r.choice(WORDS)}_{j}(request):\n"
                     f"    return render(request, \"{r.choice(WORDS)}.html\")" for j in range(4))
    out.append(f"## Code\n\n{para(r, 2)}\n\n```python title=\"app.py\"\n{code}\n```")
    links = ", ".join(f"[comparison {j}]({link(j)})" for j in r.sample(range(n), min(3, n)))
    out.append(f"## Performance\n\n{para(r)} See also {links}.")
    faq = ["## Frequently asked questions"]
    for _ in range(4):
        faq.append(f"### {sentence(r, 7)[:-1]}?\n\n{para(r, 2)}")
    out.append("\n\n".join(faq))
    front = {"title": f"{a['name']} vs {b['name']}", "date": date.isoformat(), "tags": tags,
             "summary": sentence(r, 14), "compare": [a["id"], b["id"]]}
    return front, "\n\n".join(out) + "\n"


def header(front, fmt):
    if fmt == "jbake":
        return (f"title={front['title']}\ndate={front['date']}\ntype=post\nstatus=published\n"
                f"tags={','.join(front['tags'])}\nsummary={front['summary']}\n~~~~~~\n\n")
    lines = ["---", f"title: {q(front['title'])}", f"date: {front['date']}", "type: post",
             "status: published", f"tags: [{', '.join(front['tags'])}]",
             f"summary: {q(front['summary'])}"]
    if fmt == "versus":
        lines.append(f"compare: [{', '.join(front['compare'])}]")
    return "\n".join(lines) + "\n---\n\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("dir")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--subjects", type=int, default=None)
    ap.add_argument("--format", choices=["versus", "plain", "jbake"], default="versus")
    ap.add_argument("--pairs", default=None, help="versus.pairs value (e.g. all)")
    args = ap.parse_args()
    m = args.subjects if args.subjects is not None else max(10, args.n // 20)
    if m < 2:
        ap.error("--subjects must be at least 2")
    r = random.Random(args.seed)
    subjects = make_subjects(r, m)
    if args.format == "jbake":
        write(os.path.join(args.dir, "jbake.properties"), PROPERTIES +
              "markdown.extensions=HARDWRAPS,AUTOLINKS,FENCED_CODE_BLOCKS,DEFINITIONS,TABLES\n")
    if args.format == "versus":
        write(os.path.join(args.dir, "jbake.properties"),
              PROPERTIES + (f"versus.pairs={args.pairs}\n" if args.pairs else ""))
        write(os.path.join(args.dir, "data", "aspects.yaml"), aspects_yaml())
        for s in subjects:
            write(os.path.join(args.dir, "data", "frameworks", s["id"] + ".yaml"), subject_yaml(s))
    for i in range(args.n):
        front, body = article(i, args.n, r, subjects, args.format)
        write(os.path.join(args.dir, "content", "blog", f"article-{i:06d}.md"),
              header(front, args.format) + body)


if __name__ == "__main__":
    main()
