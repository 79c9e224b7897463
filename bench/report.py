#!/usr/bin/env python3
"""Turns the rows written by timeit.py into a Markdown table of medians and ratios.

usage: report.py RESULTS.tsv [--peers "versus hugo jbake"] [--sizes "1000 10000"]

One row per (size, generator): median wall, CPU (user+sys) and peak RSS over the
successful runs, pages written, pages/s = pages / median wall, and each figure divided
by Versus's figure for the same size from the same run (above 1 = Versus is faster or
smaller). Rows whose exit code is `skipped` become a "skipped" line.
"""
import argparse, os, statistics, sys
from collections import OrderedDict

NAMES = {"versus": "Versus", "hugo": "Hugo", "jbake": "JBake 2.7"}


def fmt(x, d=2):
    return "-" if x is None else f"{x:.{d}f}"


def ratio(x, base):
    return "-" if x is None or not base else f"{x / base:.2f}×"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tsv")
    ap.add_argument("--peers", default="")
    ap.add_argument("--sizes", default="")
    a = ap.parse_args()
    rows = OrderedDict()
    for line in open(a.tsv):
        f = line.rstrip("\n").split("\t")
        if len(f) < 8 or f[0] == "peer":
            continue
        rows.setdefault((int(f[1]), f[0]), []).append(f)
    sizes = [int(s) for s in a.sizes.split()] or sorted({k[0] for k in rows})
    peers = a.peers.split() or sorted({k[1] for k in rows})
    stats = {}
    for key, rs in rows.items():
        if any(r[7] == "skipped" for r in rs):
            stats[key] = {"skipped": rs[0][3]}
            continue
        ok = [r for r in rs if r[7] == "0"]
        bad = sorted({r[7] for r in rs if r[7] != "0"})
        if not ok:
            stats[key] = {"failed": ",".join(bad), "runs": len(rs)}
            continue
        med = lambda i: statistics.median(float(r[i]) for r in ok)
        stats[key] = {"runs": len(ok), "failed_runs": len(rs) - len(ok), "wall": med(3),
                      "cpu": med(4), "rss": med(5), "pages": int(med(6))}
    out = ["| generator | articles | runs | pages written | wall s | CPU s | peak RSS MB | pages/s "
           "| wall ÷ Versus | CPU ÷ Versus | RSS ÷ Versus |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for n in sizes:
        base = stats.get((n, "versus"), {})
        for p in peers:
            s = stats.get((n, p))
            name = NAMES.get(p, p)
            if s is None:
                continue
            if "skipped" in s:
                out.append(f"| {name} | {n} | - | - | skipped: {s['skipped']} | | | | | | |")
                continue
            if "failed" in s:
                out.append(f"| {name} | {n} | 0/{s['runs']} | - | failed (exit {s['failed']}) | | | | | | |")
                continue
            runs = str(s["runs"]) + (f" (+{s['failed_runs']} failed)" if s["failed_runs"] else "")
            out.append("| %s | %d | %s | %d | %s | %s | %s | %s | %s | %s | %s |" % (
                name, n, runs, s["pages"], fmt(s["wall"]), fmt(s["cpu"]), fmt(s["rss"], 0),
                fmt(s["pages"] / s["wall"], 0) if s["wall"] else "-",
                ratio(s["wall"], base.get("wall")), ratio(s["cpu"], base.get("cpu")),
                ratio(s["rss"], base.get("rss"))))
    out.append("")
    out.append("Targets:")
    out.append("")
    checks = []
    # run.sh passes SAME_PAGES on: Versus building its peers' pages has the tighter target
    same = os.environ.get("SAME_PAGES") == "1"
    target, pages = (0.7, "the same pages as Hugo") if same else (1.0, "Versus's default pages")
    v10, h10 = stats.get((10000, "versus"), {}), stats.get((10000, "hugo"), {})
    if "wall" in v10 and "wall" in h10:
        r = v10["wall"] / h10["wall"]
        checks.append(f"- 10,000 articles, {pages}: Versus wall ÷ Hugo wall = {r:.2f} (target ≤ {target:.2f}: "
                      f"{'met' if r <= target else 'not met'})")
        checks.append(f"- 10,000 articles, peak RSS Versus {v10['rss']:.0f} MB vs Hugo {h10['rss']:.0f} MB "
                      f"(target below Hugo: {'met' if v10['rss'] < h10['rss'] else 'not met'})")
    v1, j1 = stats.get((1000, "versus"), {}), stats.get((1000, "jbake"), {})
    if "wall" in v1 and "wall" in j1:
        r = j1["wall"] / v1["wall"]
        checks.append(f"- 1,000 articles, JBake wall ÷ Versus wall = {r:.1f} (target ≥ 12: "
                      f"{'met' if r >= 12 else 'not met'})")
    vs = [(n, stats[(n, "versus")]) for n in sizes if "rss" in stats.get((n, "versus"), {})]
    if len(vs) > 1:
        checks.append("- Versus peak RSS by size: " + ", ".join(f"{n}: {s['rss']:.0f} MB" for n, s in vs))
    if not checks:
        checks.append("- not evaluable from this run (needs Versus with Hugo at 10,000 and JBake at 1,000)")
    out += checks
    print("\n".join(out))


if __name__ == "__main__":
    sys.exit(main())
