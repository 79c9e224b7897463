#!/usr/bin/env bash
# Checks that Versus writes byte-identical output with 1 thread and with all threads.
#   bench/check_identical.sh [N]      (N articles, default 1000; corpus in bench/work/sites/)
# Exit 0 when the two outputs are identical, 1 with the differing files listed otherwise.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
WORK=${WORK:-$HERE/work}
N=${1:-1000}
SITE=$WORK/sites/versus-$N
[ -f "$ROOT/target/versus.jar" ] || (cd "$ROOT" && ./mvnw -q -DskipTests package)
[ -d "$SITE" ] || python3 "$HERE/gen_corpus.py" "$N" "$SITE"
rm -rf "$WORK/out/identical-1" "$WORK/out/identical-all"
java ${JAVA_OPTS:-} -jar "$ROOT/target/versus.jar" build -q "$SITE" -o "$WORK/out/identical-1" --threads=1
java ${JAVA_OPTS:-} -jar "$ROOT/target/versus.jar" build -q "$SITE" -o "$WORK/out/identical-all"
if diff -rq "$WORK/out/identical-1" "$WORK/out/identical-all"; then
  echo "identical: $(find "$WORK/out/identical-1" -type f | wc -l) files, 1 thread vs $(nproc) threads"
else
  echo "DIFFERENT: output with 1 thread and with all threads differ (files above)"; exit 1
fi
