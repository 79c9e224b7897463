#!/usr/bin/env bash
# Two or more Versus jars side by side: each builds the same site fresh (no output, no cache),
# in interleaved rounds (jar 1, jar 2, …, jar 1, jar 2, …), through ./versus as users run it;
# medians of wall time, processor time and peak memory per jar.
#
#   JARS="before.jar target/versus.jar" SITE=bench/work/sites/versus-10000 bench/jars.sh
#   ARGS=--no-cache ROUNDS=1 JARS="…" SITE=… bench/jars.sh
#
# Environment: JARS the jars (required), SITE the site folder (required; e.g. a corpus of
# bench/run.sh), ROUNDS measured rounds [3], ARGS extra arguments for `versus build` [none],
# WORK scratch folder [bench/work]. Needs Java 17 and python3.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
WORK=${WORK:-$HERE/work}
ROUNDS=${ROUNDS:-3}
ARGS=${ARGS:-}
: "${JARS:?set JARS to the jars to compare}"
: "${SITE:?set SITE to the site to build}"
STAMP=$(date +%Y-%m-%dT%H%M%S)
TSV=$WORK/jars-$STAMP.tsv
mkdir -p "$WORK/out" "$WORK/logs"
printf 'peer\tsize\trun\twall_s\tcpu_s\tpeak_mb\tpages\texit\n' > "$TSV"
read -r -a jars <<< "$JARS"
# private copies, so that a rebuild of target/ during the run cannot change what is timed
for i in "${!jars[@]}"; do cp "${jars[$i]}" "$WORK/jar-$i.jar"; done
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for ((r = 1; r <= ROUNDS; r++)); do
  for i in "${!jars[@]}"; do
    out=$WORK/out/jar-$i
    rm -rf "$out" "$WORK/out/.jar-$i.builds" "$WORK/out/.jar-$i.cache"
    echo "== round $r/$ROUNDS: ${jars[$i]}" >&2
    # shellcheck disable=SC2086 # the arguments are meant to split into words
    python3 "$HERE/timeit.py" --tsv "$TSV" --peer "$i" --size 0 --run "$r" --out "$out" \
      --log "$WORK/logs/jar-$i.log" -- env VERSUS_JAR="$WORK/jar-$i.jar" "$ROOT/versus" build "$SITE" -o "$out" $ARGS >&2
  done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
echo "# $SITE, $ROUNDS rounds, versus build $ARGS; load average before $LOAD_BEFORE, after $LOAD_AFTER"
python3 - "$TSV" "${jars[@]}" <<'EOF'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
print("| jar | wall s (each round) | median wall s | median CPU s | median peak RSS MB | pages | exit |")
print("|---|---|---:|---:|---:|---:|---|")
for i, jar in enumerate(sys.argv[2:]):
    mine = [r for r in rows if r["peer"] == str(i)]
    walls = [float(r["wall_s"]) for r in mine]
    med = lambda k: statistics.median(float(r[k]) for r in mine)
    print(f"| {jar} | {', '.join(f'{w:.2f}' for w in walls)} | {statistics.median(walls):.2f} | {med('cpu_s'):.2f} "
          f"| {med('peak_mb'):.0f} | {mine[-1]['pages']} | {','.join(sorted({r['exit'] for r in mine}))} |")
EOF
