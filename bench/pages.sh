#!/usr/bin/env bash
# Scale benchmark for pages: builds sites of N one-line pages (type page, all at the top of
# content/, the case where a theme that lists every page in its navigation grows as N²) and
# reports wall time, the largest page and the output size, so that growth can be checked to be
# linear. Not a test: run it by hand and copy the table into BENCHMARKS.md.
#
#   bench/pages.sh                     # SIZES="5000 10000 20000"
#   SIZES="1000 2000" bench/pages.sh   # quick look
#
# Environment: SIZES [5000 10000 20000], WORK [bench/work/pages], REBUILD=1 rebuilds the jar.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
WORK=${WORK:-$HERE/work/pages}
SIZES=${SIZES:-"5000 10000 20000"}
REBUILD=${REBUILD:-0}
mkdir -p "$WORK"
if [ "$REBUILD" = 1 ] || [ ! -f "$ROOT/target/versus.jar" ]; then
  (cd "$ROOT" && ./mvnw -q -DskipTests package)
fi
printf '| pages | wall time (s) | output files | output size (MB) | largest page (bytes) | bytes per page |\n'
printf '|---:|---:|---:|---:|---:|---:|\n'
for n in $SIZES; do
  site=$WORK/site-$n
  rm -rf "$site" "$WORK/.out-$n.builds" "$WORK/.out-$n.cache" "$WORK/out-$n"
  python3 - "$site" "$n" <<'PY'
import os, sys
site, n = sys.argv[1], int(sys.argv[2])
os.makedirs(os.path.join(site, "content"))
with open(os.path.join(site, "jbake.properties"), "w") as f:
    f.write("site.title=Pages\nsite.host=https://example.org\n")
for i in range(n):
    with open(os.path.join(site, "content", "p%05d.md" % i), "w") as f:
        f.write("---\ntitle: Page %d\ntype: page\n---\nOne line of text for page %d.\n" % (i, i))
PY
  start=$(date +%s.%N)
  "$ROOT/versus" build -q -o "$WORK/out-$n" "$site"
  end=$(date +%s.%N)
  out=$(readlink -f "$WORK/out-$n")
  files=$(find "$out" -type f | wc -l)
  bytes=$(du -sb "$out" | cut -f1)
  largest=$(find "$out" -name 'p*.html' -printf '%s\n' | sort -n | tail -1)
  python3 -c "import sys; n,s,e,f,b,l=sys.argv[1:]; print('| %s | %.1f | %s | %.1f | %s | %d |' % (n, float(e)-float(s), f, int(b)/1e6, l, int(b)//int(n)))" \
    "$n" "$start" "$end" "$files" "$bytes" "$largest"
done
