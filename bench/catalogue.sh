#!/usr/bin/env bash
# Catalogue benchmark: sites of many generated subjects with a pair page for every two of them
# (versus.pairs=all), built fresh and then again over their own output. For each: wall time,
# processor time, peak memory, files written, the largest page and the first download of search.
#
#   bench/catalogue.sh                          # SUBJECTS="300 1000" ARTICLES=100
#   SUBJECTS=50 bench/catalogue.sh              # quick smoke test
#   SITE=path/to/site bench/catalogue.sh        # a site of your own instead (e.g. a real catalogue)
#
#   ROUNDS=3 SUBJECTS=300 bench/catalogue.sh    # then 3 interleaved rounds: fresh, over output
#
#   JARS="old.jar target/versus.jar" SITES="DIR1 DIR2" bench/catalogue.sh
#       fresh against over the output, side by side: for each site, each jar in turn builds
#       fresh (no output folder), over its output (the second build: a new folder), over it
#       again (the third: into the build before), then with the build cache: fresh (no output
#       and no cache) and over its output with the cache set aside (so that both render every
#       page). Launcher settings, -Dversus.timings=true into the log; load average reported.
#
# Environment: SUBJECTS subject counts ["300 1000"], ARTICLES articles per site [100],
# SEED [42], SITE an existing site to build instead of generated ones, WORK scratch folder
# [bench/work], JAR the Versus jar to run [target/versus.jar], ROUNDS interleaved rounds after the first three builds [0]: each builds once
# fresh (into a second output, moved aside first) and once over the first output, so that a
# burst of load from elsewhere falls on both. Needs Java 17 and python3; builds
# target/versus.jar when it is missing.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
WORK=${WORK:-$HERE/work}
SUBJECTS=${SUBJECTS:-"300 1000"}
ARTICLES=${ARTICLES:-100}
SEED=${SEED:-42}
SITE=${SITE:-}
ROUNDS=${ROUNDS:-0}
STAMP=$(date +%Y-%m-%dT%H%M%S)
TSV=$WORK/catalogue-$STAMP.tsv
MD=$WORK/catalogue-$STAMP.md
mkdir -p "$WORK/sites" "$WORK/out" "$WORK/logs"
JAR=${JAR:-$ROOT/target/versus.jar}
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -q -DskipTests package)
cp "$JAR" "$WORK/versus.jar"

# The previous output is moved aside, and deleted when the run ends (see run.sh for why).
TRASH=$WORK/trash
trap 'rm -rf "$TRASH"' EXIT

aside() {  # OUT: moves an output out of the way, the link and the folders of builds and cache beside it
  local f                           # (a build finding only the builds would publish one again)
  for f in "$1" "$(dirname "$1")/.$(basename "$1").builds" "$(dirname "$1")/.$(basename "$1").cache"; do
    if [ -e "$f" ] || [ -L "$f" ]; then mkdir -p "$TRASH"; mv "$f" "$(mktemp -u "$TRASH/x.XXXXXX")"; fi
  done
}

measure() {  # NAME SITE -> rows "fresh" and "over output" in TSV, sizes in MD
  local name=$1 site=$2 out=$WORK/out/catalogue-$1 log=$WORK/logs/catalogue-$1.log
  aside "$out"
  # A build over an output writes into the build before the current one; from the third build
  # on there is one to write into, so the third is what every later build costs. Without the
  # build cache, so that every build is a full one (bench/cache.sh measures builds from it).
  for run in fresh over-output over-output-again; do
    python3 "$HERE/timeit.py" --tsv "$TSV" --peer "$name" --size "$run" --run 1 --out "$out" --log "$log" -- \
      env VERSUS_JAR="$WORK/versus.jar" "$ROOT/versus" build "$site" -o "$out" -q --no-cache >&2
  done
  local r fresh=$WORK/out/catalogue-$1-fresh
  for ((r = 1; r <= ROUNDS; r++)); do
    aside "$fresh"
    python3 "$HERE/timeit.py" --tsv "$TSV" --peer "$name" --size "fresh" --run "$((r + 1))" --out "$fresh" --log "$log" -- \
      env VERSUS_JAR="$WORK/versus.jar" "$ROOT/versus" build "$site" -o "$fresh" -q --no-cache >&2
    python3 "$HERE/timeit.py" --tsv "$TSV" --peer "$name" --size "over-output-again" --run "$((r + 1))" --out "$out" --log "$log" -- \
      env VERSUS_JAR="$WORK/versus.jar" "$ROOT/versus" build "$site" -o "$out" -q --no-cache >&2
  done
  local files largest profile matrix first sitemaps
  files=$(find -H "$out" -type f | wc -l)
  largest=$(find -H "$out" -type f -name '*.html' -printf '%s %P\n' | sort -n | tail -1)
  profile=$(find -H "$out" -mindepth 3 -maxdepth 3 -path '*/index.html' -not -path "$out/compare/*" -not -path "$out/blog/*" \
    -printf '%s %P\n' | sort -n | tail -1)
  matrix=$(find "$out/compare" -maxdepth 2 -path '*compare/index.html' -o -maxdepth 2 -path '*/page-*/index.html' \
    | xargs -r stat -c '%s %n' | sort -n | tail -1 | sed "s|$out/||")
  first=$(stat -c %s "$out/search.json")
  sitemaps=$(ls "$out" | grep -c '^sitemap.*\.xml$')
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$files" "$largest" "$profile" "$matrix" "$first" "$sitemaps" >> "$MD.sizes"
}

side_by_side() {  # JARS SITES -> one row per site, jar and build, interleaved jar by jar
  local opts="-XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.1 -XX:+UseSerialGC -XX:MaxRAMPercentage=70"
  opts="$opts -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -Dversus.timings=true"
  local site jar i build out log
  local -a jars=($JARS)
  for i in "${!jars[@]}"; do cp "${jars[$i]}" "$WORK/jar-$i.jar"; done
  printf 'load average before: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" > "$MD.load"
  for site in $SITES; do
    for i in "${!jars[@]}"; do aside "$WORK/out/over-$i"; aside "$WORK/out/fresh-$i"; done
    for build in fresh over-output over-output-again fresh-cache over-output-cache; do
      for i in "${!jars[@]}"; do
        out=$WORK/out/over-$i
        local flags=(--no-cache)
        case $build in
          fresh-cache) out=$WORK/out/fresh-$i; aside "$out"; flags=() ;;
          over-output-cache) aside "$(dirname "$out")/.$(basename "$out").cache"; flags=() ;;
        esac
        log=$WORK/logs/side-$(basename "$site")-$i.log
        echo "== $(basename "$site") $(basename "${jars[$i]}") $build" >> "$log"
        python3 "$HERE/timeit.py" --tsv "$TSV" --peer "$(basename "$site") $(basename "${jars[$i]}")" --size "$build" \
          --run 1 --out "$out" --log "$log" -- \
          env VERSUS_JAR="$WORK/jar-$i.jar" VERSUS_JAVA_OPTS="$opts" "$ROOT/versus" build "$site" -o "$out" -q "${flags[@]}" >&2
      done
    done
  done
  printf 'load average after: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" >> "$MD.load"
  {
    cat "$MD.load"
    echo
    echo "| site and jar | build | wall s | cpu s | peak MB | exit |"
    echo "|---|---|---|---|---|---|"
    awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $4, $5, $6, $8}' "$TSV"
  } > "$MD"
  rm -f "$MD.load"
  cat "$MD"
}

if [ -n "${JARS:-}" ]; then
  side_by_side
  exit 0
fi
if [ -n "$SITE" ]; then
  measure "$(basename "$SITE")" "$SITE"
else
  for n in $SUBJECTS; do
    dir=$WORK/sites/catalogue-$n
    key="$(sha1sum "$HERE/gen_corpus.py" | cut -c1-12) $ARTICLES $SEED"
    if [ "$(cat "$dir/.corpus" 2>/dev/null)" != "$key" ]; then
      rm -rf "$dir"
      python3 "$HERE/gen_corpus.py" "$ARTICLES" "$dir" --seed "$SEED" --subjects "$n" --pairs all
      echo "$key" > "$dir/.corpus"
    fi
    measure "$n-subjects" "$dir"
  done
fi
{
  echo "| site | build | round | wall s | cpu s | peak MB | exit |"
  echo "|---|---|---|---|---|---|---|"
  awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $8}' "$TSV"
  echo
  echo "| site | files | largest page (bytes, path) | largest profile | largest matrix page | search.json bytes | sitemap files |"
  echo "|---|---|---|---|---|---|---|"
  cat "$MD.sizes"
} > "$MD"
rm -f "$MD.sizes"
cat "$MD"
