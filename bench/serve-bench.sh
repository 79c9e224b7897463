#!/usr/bin/env bash
# Dev-server benchmark: time from saving an article's body to its page written and to the
# reload event, on the example site and on generated corpora; and Hugo's server rebuild time
# on the same corpus when Hugo is installed.
#
#   bench/serve-bench.sh                  # SIZES="10000" EDITS=30
#   SIZES="1000" EDITS=10 bench/serve-bench.sh
#   SIZES= bench/serve-bench.sh           # the example site only
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
WORK=${WORK:-$HERE/work/serve}
SIZES=${SIZES-"10000"}
EDITS=${EDITS:-30}
JAVA_OPTS=${JAVA_OPTS:-}
mkdir -p "$WORK"
cd "$ROOT"
./mvnw -q test-compile
CP="target/classes:target/test-classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"

run() { # SITE LABEL
  echo "== $2"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -cp "$CP" dev.versus.serve.ServeBench "$1" "$EDITS" 10
}

rm -rf "$WORK/example" && mkdir -p "$WORK/example"
cp -r content data jbake.properties "$WORK/example/"
[ -d templates ] && cp -r templates "$WORK/example/"
[ -d assets ] && cp -r assets "$WORK/example/"
run "$WORK/example" "example site"

for n in $SIZES; do
  site="$WORK/site-$n"
  if [ ! -f "$site/jbake.properties" ]; then
    python3 "$HERE/gen_corpus.py" "$n" "$site"
  fi
  run "$site" "generated site, $n articles"
  if command -v hugo >/dev/null; then
    plain="$WORK/hugo-$n"
    if [ ! -d "$plain/content" ]; then
      python3 "$HERE/gen_corpus.py" "$n" "$plain" --format plain
      cp -r "$HERE/hugo/layouts" "$HERE/hugo/hugo.toml" "$plain/"
    fi
    echo "== hugo server, $n articles"
    log="$WORK/hugo-$n.log"
    (cd "$plain" && exec hugo server --port 18830 --disableFastRender=false >"$log" 2>&1) &
    hugo_pid=$!
    trap 'kill "$hugo_pid" 2>/dev/null || true' EXIT
    until grep -q "Web Server is available" "$log"; do sleep 1; done
    articles=("$plain"/content/blog/*.md)
    article=${articles[0]}
    cp "$article" "$WORK/hugo-article.bak"
    for i in $(seq 1 $((EDITS + 5))); do
      printf '\nAn edited sentence %s.\n' "$i" >>"$article"
      sleep 1.5
    done
    cp "$WORK/hugo-article.bak" "$article"
    kill "$hugo_pid"
    trap - EXIT
    grep -o 'Total in [0-9]* ms' "$log" | tail -n "$EDITS" | awk '{print $3}' | sort -n |
      awk '{a[NR]=$1} END {m=a[int((NR+1)/2)]; p=a[int(NR*0.95+0.999)]; printf "hugo server rebuild (its \"Total in\"): median %d ms, p95 %d ms (%d edits)\n", m, p, NR}'
  fi
done
