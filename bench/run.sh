#!/usr/bin/env bash
# Full-build benchmark: the same synthetic comparison-site corpus built by Versus, Hugo and
# JBake 2.7, interleaved (versus, hugo, jbake, versus, hugo, jbake, ...), medians and ratios.
#
#   bench/run.sh                                    # SIZES="1000 10000" RUNS=3
#   SIZES="200" RUNS=1 WARMUP=0 bench/run.sh        # quick smoke test
#   SIZES="100000" PEERS="versus hugo" RUNS=1 bench/run.sh
#
# Environment (defaults in brackets):
#   SIZES      article counts ["1000 10000"]      RUNS     measured rounds per size [3]
#   PEERS      generators, in round order ["versus hugo jbake"]
#   WARMUP     unmeasured rounds per size before the measured ones [1]
#   JBAKE_MAX  largest size JBake is run at [1000] (10,000 articles take JBake hours)
#   SEED       corpus seed [42]                   SUBJECTS subjects per corpus [max(10, N/20)]
#   HUGO_HL    1 = Chroma highlighting of code fences on (Hugo's default), 0 = off [1]
#   SAME_PAGES 1 = Versus writes the pages its peers write: pair pages and search off [0]
#   JAVA_OPTS  extra JVM options for JBake [none]; Versus runs through ./versus, whose settings
#              VERSUS_JAVA_OPTS replaces
#   VERSUS_ARGS extra arguments for `versus build` [none], e.g. --no-cache (a build that keeps
#              nothing for the next one, as a CI run without a kept cache could)
#   REBUILD    1 = rebuild target/versus.jar even if it exists [0]
#   WORK       scratch folder for corpora, outputs, logs, results [bench/work]
#
# Needs: Java 17, python3, root for `apt-get install hugo` when Hugo is missing, and network
# access to Maven Central the first time (Versus's build, the JBake runner's dependencies).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
WORK=${WORK:-$HERE/work}
SIZES=${SIZES:-"1000 10000"}
RUNS=${RUNS:-3}
WARMUP=${WARMUP:-1}
PEERS=${PEERS:-"versus hugo jbake"}
JBAKE_MAX=${JBAKE_MAX:-1000}
SEED=${SEED:-42}
SUBJECTS=${SUBJECTS:-}
HUGO_HL=${HUGO_HL:-1}
SAME_PAGES=${SAME_PAGES:-0}
VERSUS_ARGS=${VERSUS_ARGS:-}
JAVA_OPTS=${JAVA_OPTS:-}
REBUILD=${REBUILD:-0}
RUNNER=$HERE/jbake/runner
STAMP=$(date +%Y-%m-%dT%H%M%S)
TSV=$WORK/results-$STAMP.tsv
MD=$WORK/results-$STAMP.md
mkdir -p "$WORK/sites" "$WORK/out" "$WORK/logs"
has() { [[ " $PEERS " == *" $1 "* ]]; }
say() { printf '%s\n' "$*" >&2; }

# --- tools -------------------------------------------------------------------------------
if has versus; then
  if [ "$REBUILD" = 1 ] || [ ! -f "$ROOT/target/versus.jar" ]; then
    say "== building Versus (./mvnw -q -DskipTests package)"
    (cd "$ROOT" && ./mvnw -q -DskipTests package) || say "!! the Versus build failed"
  fi
  if [ -f "$ROOT/target/versus.jar" ]; then
    # a private copy, so a rebuild of target/ during the benchmark cannot change what is timed
    cp "$ROOT/target/versus.jar" "$WORK/versus.jar"
  else
    say "!! no target/versus.jar: Versus is left out of this run"
    PEERS=$(echo " $PEERS " | sed 's/ versus / /; s/^ *//; s/ *$//')
  fi
fi
if has hugo && ! command -v hugo >/dev/null; then
  say "== installing Hugo (apt-get install hugo)"
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q hugo
fi
if has jbake && [ ! -d "$RUNNER/target/lib" ]; then
  say "== fetching JBake 2.7.0 and its dependencies from Maven Central"
  if command -v mvn >/dev/null; then (cd "$RUNNER" && mvn -q -B package)
  else (cd "$ROOT" && ./mvnw -q -B -f "$RUNNER/pom.xml" package); fi
fi

# --- corpora -----------------------------------------------------------------------------
# A site is regenerated when the generator, the seed or the subject count changed.
# With SAME_PAGES=1 the Versus site is a folder of its own (versus-N-same) whose configuration
# turns off the pages its peers do not write: pair pages (versus.pairs=none) and search.
corpus_key() { echo "$(sha1sum "$HERE/gen_corpus.py" | cut -c1-12) seed=$SEED subjects=${SUBJECTS:-default}"; }
site_dir() {  # PEER N -> the site folder
  if [ "$1" = versus ] && [ "$SAME_PAGES" = 1 ]; then echo "$WORK/sites/$1-$2-same"; else echo "$WORK/sites/$1-$2"; fi
}
make_site() {  # PEER N -> site_dir PEER N
  local p=$1 n=$2 dir fmt
  dir=$(site_dir "$p" "$n")
  case $p in versus) fmt=versus ;; hugo) fmt=plain ;; jbake) fmt=jbake ;; esac
  if [ "$(cat "$dir/.corpus" 2>/dev/null)" != "$(corpus_key)" ]; then
    say "== corpus $p-$n"
    rm -rf "$dir"
    python3 "$HERE/gen_corpus.py" "$n" "$dir" --seed "$SEED" --format "$fmt" ${SUBJECTS:+--subjects "$SUBJECTS"}
    if [ "$dir" != "$WORK/sites/$p-$n" ]; then printf 'versus.pairs=none\nversus.search=false\n' >> "$dir/jbake.properties"; fi
    corpus_key > "$dir/.corpus"
  fi
  # templates are copied every time (cheap), so edits to them always take effect
  case $p in
    hugo)  rm -rf "$dir/layouts"; cp -r "$HERE/hugo/." "$dir/" ;;
    jbake) rm -rf "$dir/templates"; cp -r "$HERE/jbake/templates" "$dir/templates" ;;
  esac
}

build_cmd() {  # PEER N -> the command line, one word per line
  local p=$1 n=$2 site out=$WORK/out/$1-$2
  site=$(site_dir "$p" "$n")
  case $p in
    # through the launcher, as users run it (its JVM settings; VERSUS_JAVA_OPTS replaces them)
    versus) printf '%s\n' env VERSUS_JAR="$WORK/versus.jar" "$ROOT/versus" build "$site" -o "$out"
            # shellcheck disable=SC2086 # the arguments are meant to split into words
            [ -z "$VERSUS_ARGS" ] || printf '%s\n' $VERSUS_ARGS ;;
    hugo)   printf '%s\n' hugo --quiet -s "$site" -d "$out"
            [ "$HUGO_HL" = 1 ] || printf '%s\n' --config "$site/hugo.toml,$site/nohl.toml" ;;
    jbake)  printf '%s\n' java $JAVA_OPTS -cp "$RUNNER/target/classes:$RUNNER/target/lib/*" \
              org.jbake.launcher.Main -b "$site" "$out" ;;
  esac
}

# The previous output is moved aside rather than deleted, and the pile is deleted when the
# run ends: for a minute or more after tens of thousands of files are deleted, ext4 creates
# new files much more slowly (it skips the recently freed inodes one by one), which would
# charge each build for the clean-up before it.
TRASH=$WORK/trash
rm -rf "$TRASH"
trap 'rm -rf "$TRASH"' EXIT
clean() {  # set the previous output and caches aside, so every build is a full one
  local p=$1 n=$2 d
  # Versus's output is a link into .NAME.builds/ beside it; a build finding that folder would
  # write over the earlier build in it, so it goes too, with the build cache (.NAME.cache/),
  # from which a build would render only what changed: each round is a first build
  for d in "$WORK/out/$p-$n" "$WORK/out/.$p-$n.builds" "$WORK/out/.$p-$n.cache"; do
    if [ -e "$d" ] || [ -L "$d" ]; then
      mkdir -p "$TRASH"
      mv "$d" "$(mktemp -u "$TRASH/$p-$n.XXXXXX")"
    fi
  done
  case $p in
    hugo)  rm -rf "$WORK/sites/$p-$n/resources" "$WORK/sites/$p-$n/.hugo_build.lock" ;;
    jbake) rm -rf "$WORK/sites/$p-$n/cache" ;;
  esac
}

# --- runs --------------------------------------------------------------------------------
printf 'peer\tsize\trun\twall_s\tcpu_s\tpeak_mb\tpages\texit\n' > "$TSV"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for n in $SIZES; do
  active=""
  for p in $PEERS; do
    if [ "$p" = jbake ] && [ "$n" -gt "$JBAKE_MAX" ]; then
      printf 'jbake\t%s\t-\tN > JBAKE_MAX=%s\t-\t-\t-\tskipped\n' "$n" "$JBAKE_MAX" >> "$TSV"
      say "== skipping JBake at $n articles (JBAKE_MAX=$JBAKE_MAX)"
      continue
    fi
    make_site "$p" "$n"
    active="$active $p"
  done
  for ((r = 1 - WARMUP; r <= RUNS; r++)); do
    if [ "$r" -le 0 ]; then say "== N=$n warm-up round"; dest=/dev/null; label=w
    else say "== N=$n round $r/$RUNS"; dest=$TSV; label=$r; fi
    for p in $active; do
      clean "$p" "$n"
      mapfile -t cmd < <(build_cmd "$p" "$n")
      log=$WORK/logs/$p-$n.log
      echo "--- $(date -Is) run $label: ${cmd[*]}" >> "$log"
      python3 "$HERE/timeit.py" --tsv "$dest" --peer "$p" --size "$n" --run "$label" \
        --out "$WORK/out/$p-$n" --log "$log" -- "${cmd[@]}" >&2
      if [ "$(tail -n1 "$dest" 2>/dev/null | cut -f8)" != 0 ] && [ "$dest" != /dev/null ]; then
        say "   (non-zero exit; the end of its output, from $log:)"
        awk '/^--- /{b=""; next} {b=b $0 "\n"} END{printf "%s", b}' "$log" | tail -n 5 | sed 's/^/   | /' >&2
      fi
    done
  done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# --- report ------------------------------------------------------------------------------
{
  echo "# Benchmark results, $STAMP"
  echo
  echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); load average before $LOAD_BEFORE, after $LOAD_AFTER"
  echo "- java: $(java -version 2>&1 | head -n1)${JAVA_OPTS:+; JAVA_OPTS=$JAVA_OPTS}${VERSUS_JAVA_OPTS+; VERSUS_JAVA_OPTS=$VERSUS_JAVA_OPTS}"
  has versus && echo "- versus: $(unzip -p "$WORK/versus.jar" META-INF/MANIFEST.MF 2>/dev/null | sed -n 's/^Implementation-Version: *//p' | tr -d '\r') (target/versus.jar of $(date -r "$ROOT/target/versus.jar" -Is 2>/dev/null || echo '?'))"
  has hugo && echo "- hugo: $(hugo version | awk '{print $2}'), highlighting $([ "$HUGO_HL" = 1 ] && echo on || echo off)"
  has jbake && echo "- jbake: $(ls "$RUNNER/target/lib" | sed -n 's/^jbake-core-\(.*\)\.jar$/\1/p') (org.jbake.launcher.Main -b)"
  echo "- corpus: seed $SEED, subjects ${SUBJECTS:-max(10, N/20)}; rounds: $WARMUP warm-up + $RUNS measured, interleaved in the order: $PEERS"
  [ "$SAME_PAGES" = 1 ] && echo "- Versus pages: the same as its peers (SAME_PAGES=1: versus.pairs=none, versus.search=false)"
  [ -n "$VERSUS_ARGS" ] && echo "- Versus arguments: versus build SITE -o OUT $VERSUS_ARGS"
  echo
  python3 "$HERE/report.py" "$TSV" --peers "$PEERS" --sizes "$SIZES"
  echo
  echo "Medians of the measured runs; ratios are generator ÷ Versus (above 1: Versus is faster or smaller)."
  echo "Raw rows: $(basename "$TSV"); build logs: logs/."
} > "$MD"
cat "$MD"
say "== results written to $MD"
