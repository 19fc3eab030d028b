#!/usr/bin/env bash
# Polling throughput benchmark for ingest-service: a real Kafka broker, a local HTTP server with
# FEEDS feeds answering 304 once fetched, and the packaged service polling them every INTERVAL s.
# Usage: ingest-service/bench/poll-bench.sh [FEEDS=10000] [SECONDS=60] [INTERVAL=2]
# JVM options of the service: BENCH_JVM (default: the low-memory options recommended in the README).
set -euo pipefail
cd "$(dirname "$0")/../.."
MVN="./mvnw -B -q -f ingest-service/pom.xml"
if [ ! -f ingest-service/target/quarkus-app/quarkus-run.jar ] || [ -n "${BENCH_REBUILD:-}" ]; then
  $MVN package -DskipTests
fi
$MVN test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="ingest-service/target/test-classes:ingest-service/target/classes:$(cat ingest-service/target/bench.classpath)"
exec java -Xmx512m -cp "$CP" \
  -Dbench.jvm="${BENCH_JVM:--Xmx80m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=32m -XX:TieredStopAtLevel=1 -XX:MaxMetaspaceSize=128m -Djdk.nio.maxCachedBufferSize=262144}" \
  -Dbench.jar=ingest-service/target/quarkus-app/quarkus-run.jar \
  dev.newsmon.ingest.bench.PollBench "${1:-10000}" "${2:-60}" "${3:-2}"
