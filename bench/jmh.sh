#!/usr/bin/env bash
# JMH microbenchmarks of the hot build stages (header, Markdown, comparison table, template,
# write), one article at a time, on a generated corpus. Extra arguments go to JMH, e.g.
#   bench/jmh.sh -f 1 -wi 2 -i 3 markdown
set -euo pipefail
cd "$(dirname "$0")/.."
N="${N:-200}"
SITE="bench/work/sites/versus-$N"
if [ ! -f "$SITE/jbake.properties" ]; then
  python3 bench/gen_corpus.py "$N" "$SITE" --seed "${SEED:-42}" --format versus
fi
./mvnw -q -B -ntp test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/jmh.classpath -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/jmh.classpath)" org.openjdk.jmh.Main \
  -jvmArgsAppend "-Dversus.bench.site=$PWD/$SITE" "${@:-StageBench}"
