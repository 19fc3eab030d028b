#!/usr/bin/env bash
# CPU per pushed article on ingest's normalisation path (NormaliseBench in the test sources), run
# ROUNDS times alternating between the current code and the same code with LanguageGuesser and HtmlText as
# they were at BASE (compiled from git into target/bench-before), each run in its own JVM with the service's
# JVM options. Usage: ingest-service/bench/normalise-bench.sh [ROUNDS=5] [BASE=eca367d] [ARTICLE_DIR=demo/timeline]
# BENCH_JVM overrides the JVM options; BENCH_BATCHES (9) and BENCH_PER_BATCH (1000) size each run;
# BENCH_JFR=1 also writes a JFR CPU profile of the current code.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS="${1:-5}"; BASE="${2:-eca367d}"; DIR="${3:-demo/timeline}"
SIZE="${BENCH_BATCHES:-9} ${BENCH_PER_BATCH:-1000}"
JVM="${BENCH_JVM:--Xmx80m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=32m -XX:TieredStopAtLevel=1 -XX:MaxMetaspaceSize=128m}"
MVN="./mvnw -B -q -o -f ingest-service/pom.xml"
$MVN test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="ingest-service/target/test-classes:ingest-service/target/classes:$(cat ingest-service/target/bench.classpath)"
BEFORE=ingest-service/target/bench-before
rm -rf "$BEFORE" && mkdir -p "$BEFORE/src"
for f in LanguageGuesser HtmlText; do
  git show "$BASE:ingest-service/src/main/java/dev/newsmon/ingest/service/$f.java" > "$BEFORE/src/$f.java"
done
javac -d "$BEFORE" -cp "$CP" "$BEFORE"/src/*.java
echo "load: $(cut -d' ' -f1-3 /proc/loadavg), JVM: $JVM"
for r in $(seq 1 "$ROUNDS"); do
  java $JVM -Dbench.label="before" -cp "$BEFORE:$CP" dev.newsmon.ingest.bench.NormaliseBench "$DIR" $SIZE
  java $JVM -Dbench.label="after" -cp "$CP" dev.newsmon.ingest.bench.NormaliseBench "$DIR" $SIZE
done
if [ -n "${BENCH_JFR:-}" ]; then
  JFR=ingest-service/target/normalise-bench.jfr
  java $JVM -XX:StartFlightRecording=settings=profile,filename="$JFR" -cp "$CP" dev.newsmon.ingest.bench.NormaliseBench "$DIR" 15 2000 >/dev/null
  echo "JFR: $JFR; top frames:"
  jfr print --events jdk.ExecutionSample "$JFR" | grep -A1 'stackTrace = \[' | grep -v 'stackTrace\|--' \
    | sed 's/line:.*//;s/^ *//' | sort | uniq -c | sort -rn | head -25
fi
