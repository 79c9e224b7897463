#!/usr/bin/env bash
# Builds that start from the build cache, in new processes as CI runs them, beside the full
# builds of Hugo (which has no such mode) and, up to JBAKE_MAX articles, JBake 2.7. Interleaved
# rounds, medians (report.py), on the corpora of bench/run.sh.
#
#   SIZES="1000 10000" RUNS=3 bench/cache.sh
#
# One round, per size: Hugo (full build), JBake (full build), then Versus on its own copy of the
# corpus, through ./versus as users run it:
#   versus-cold     no cache and no earlier output: a full build that also writes the cache
#   versus-nocache  a full build with --no-cache (nothing read from or written to the cache)
#   versus-second   the build after the cold one, nothing changed (its cache and output exist)
#   versus-none     nothing changed, once more
#   versus-body     one article's body edited (a sentence appended)
#   versus-subject  one subject's file edited (its summary changed)
# Each edit is made before the build and stays, so every round edits again. Environment as
# bench/run.sh (SIZES, RUNS, WARMUP=0 here, JBAKE_MAX, SEED, WORK, REBUILD).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
WORK=${WORK:-$HERE/work}
SIZES=${SIZES:-"1000 10000"}
RUNS=${RUNS:-3}
JBAKE_MAX=${JBAKE_MAX:-1000}
export WORK SIZES JBAKE_MAX
STAMP=$(date +%Y-%m-%dT%H%M%S)
TSV=$WORK/cache-$STAMP.tsv
MD=$WORK/cache-$STAMP.md
say() { printf '%s\n' "$*" >&2; }

# the corpora, Hugo, the JBake runner and a private copy of versus.jar, as bench/run.sh makes them
RUNS=0 WARMUP=0 "$HERE/run.sh" > /dev/null
RUNNER=$HERE/jbake/runner

printf 'peer\tsize\trun\twall_s\tcpu_s\tpeak_mb\tpages\texit\n' > "$TSV"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
timed() {  # PEER N RUN OUT -- COMMAND...
  local p=$1 n=$2 r=$3 out=$4
  shift 5
  python3 "$HERE/timeit.py" --tsv "$TSV" --peer "$p" --size "$n" --run "$r" --out "$out" \
    --log "$WORK/logs/cache-$p-$n.log" -- "$@" >&2
}
for n in $SIZES; do
  site=$WORK/cache-sites/versus-$n
  rm -rf "$site" && mkdir -p "$WORK/cache-sites" && cp -r "$WORK/sites/versus-$n" "$site"
  articles=("$site"/content/blog/*.md)
  subjects=("$site"/data/*/*.yaml)
  article=${articles[0]}
  subject=${subjects[0]}
  out=$WORK/cache-out/versus-$n
  versus() { timed "$1" "$n" "$r" "$out" -- env VERSUS_JAR="$WORK/versus.jar" "$ROOT/versus" build -q "$site" -o "$out" "${@:2}"; }
  for ((r = 1; r <= RUNS; r++)); do
    say "== N=$n round $r/$RUNS"
    rm -rf "$WORK/cache-out" "$WORK/out/hugo-$n" "$WORK/sites/hugo-$n/resources"
    timed hugo "$n" "$r" "$WORK/out/hugo-$n" -- hugo --quiet -s "$WORK/sites/hugo-$n" -d "$WORK/out/hugo-$n"
    if [ "$n" -le "$JBAKE_MAX" ]; then
      rm -rf "$WORK/out/jbake-$n" "$WORK/sites/jbake-$n/cache"
      timed jbake "$n" "$r" "$WORK/out/jbake-$n" -- java -cp "$RUNNER/target/classes:$RUNNER/target/lib/*" \
        org.jbake.launcher.Main -b "$WORK/sites/jbake-$n" "$WORK/out/jbake-$n"
    fi
    versus versus-cold
    versus versus-nocache --no-cache
    versus versus-second
    versus versus-none
    printf '\nA sentence added in round %s.\n' "$r" >> "$article"
    versus versus-body
    sed -i "s/^summary: \"/summary: \"Edited in round $r. /" "$subject"
    versus versus-subject
  done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

{
  echo "# Builds from the cache, $STAMP"
  echo
  echo "- machine: $(nproc) cores, load average before $LOAD_BEFORE, after $LOAD_AFTER"
  echo "- edited: $(basename "$article") (body), $(basename "$subject") (summary); $RUNS interleaved rounds"
  echo
  python3 "$HERE/report.py" "$TSV" --peers "versus-cold versus-nocache versus-second versus-none versus-body versus-subject hugo jbake" --sizes "$SIZES"
} > "$MD"
cat "$MD"
