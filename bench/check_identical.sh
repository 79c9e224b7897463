#!/usr/bin/env bash
# Checks that Versus writes byte-identical output with 1 thread and with all threads, and, when
# BEFORE_JAR names the jar of an earlier version, that this version writes what that one wrote.
#   bench/check_identical.sh [N]      (N articles, default 1000; corpus in bench/work/sites/)
#   BEFORE_JAR=/path/to/earlier/versus.jar bench/check_identical.sh 10000
# Each build is a fresh one (no earlier output beside it). Exit 0 when the outputs are
# identical, 1 with the differing files listed otherwise.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
WORK=${WORK:-$HERE/work}
N=${1:-1000}
SITE=$WORK/sites/versus-$N
BEFORE_JAR=${BEFORE_JAR:-}
[ -f "$ROOT/target/versus.jar" ] || (cd "$ROOT" && ./mvnw -q -DskipTests package)
[ -d "$SITE" ] || python3 "$HERE/gen_corpus.py" "$N" "$SITE"
for o in identical-1 identical-all identical-before; do
  # the output is a link into .NAME.builds/ beside it: both go, so that no build writes over an earlier one
  rm -rf "$WORK/out/$o" "$WORK/out/.$o.builds" "$WORK/out/.$o.cache"
done
java ${JAVA_OPTS:-} -jar "$ROOT/target/versus.jar" build -q "$SITE" -o "$WORK/out/identical-1" --threads=1
java ${JAVA_OPTS:-} -jar "$ROOT/target/versus.jar" build -q "$SITE" -o "$WORK/out/identical-all"
files=$(find -L "$WORK/out/identical-1" -type f | wc -l)
if diff -rq "$WORK/out/identical-1" "$WORK/out/identical-all"; then
  echo "identical: $files files, 1 thread vs $(nproc) threads"
else
  echo "DIFFERENT: output with 1 thread and with all threads differ (files above)"; exit 1
fi
if [ -n "$BEFORE_JAR" ]; then
  java ${JAVA_OPTS:-} -jar "$BEFORE_JAR" build -q "$SITE" -o "$WORK/out/identical-before"
  if diff -rq "$WORK/out/identical-before" "$WORK/out/identical-all"; then
    echo "identical: $files files, $BEFORE_JAR vs this version"
  else
    echo "DIFFERENT: $BEFORE_JAR and this version write different output (files above)"; exit 1
  fi
fi
