#!/usr/bin/env python3
"""Times one whole build process and appends one TSV row to a results file.

usage: timeit.py --tsv FILE --peer P --size N --run K --out DIR [--log FILE] -- COMMAND [ARG ...]

wall = monotonic start to reap; cpu = user + sys of the process and every descendant it
waited for (os.wait4 rusage); peak = ru_maxrss of the largest single process among them.
After the build, pages = the .html and .xml files under DIR. Row:
peer size run wall_s cpu_s peak_mb pages exit_code
"""
import argparse, os, subprocess, sys, time


def count_pages(root):
    n = 0
    for _, _, files in os.walk(root):
        n += sum(1 for f in files if f.endswith((".html", ".xml")))
    return n


def main():
    argv = sys.argv[1:]
    if "--" not in argv:
        sys.exit(__doc__)
    k = argv.index("--")
    ap = argparse.ArgumentParser()
    for opt in ("--tsv", "--peer", "--size", "--run", "--out"):
        ap.add_argument(opt, required=True)
    ap.add_argument("--log", default=os.devnull)
    a = ap.parse_args(argv[:k])
    cmd = argv[k + 1:]
    with open(a.log, "ab") as log:
        t0 = time.monotonic()
        p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.monotonic() - t0
    code = os.waitstatus_to_exitcode(status)
    cpu = ru.ru_utime + ru.ru_stime
    peak = ru.ru_maxrss / 1024.0  # KiB on Linux
    pages = count_pages(a.out) if os.path.isdir(a.out) else 0
    row = [a.peer, a.size, a.run, "%.3f" % wall, "%.3f" % cpu, "%.1f" % peak, str(pages), str(code)]
    with open(a.tsv, "a") as f:
        f.write("\t".join(row) + "\n")
    print("  %-7s N=%-6s run %s: wall %6.2f s  cpu %6.2f s  peak %7.1f MB  pages %6d  exit %d"
          % (a.peer, a.size, a.run, wall, cpu, peak, pages, code), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
