#!/usr/bin/env bash
# CPU per article of the extractor at commit OLD against the working tree, in one JVM with alternating
# batches (CpuPerArticle ab), for comparisons on a busy machine. See docs/benchmarks.md, extract-service.
#   extract-service/bench/ab.sh OLD_COMMIT [BATCHES=30] [CALLS_PER_BATCH=200]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
old="${1:?usage: extract-service/bench/ab.sh OLD_COMMIT [BATCHES] [CALLS_PER_BATCH]}"
batches="${2:-30}"
calls="${3:-200}"
work="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$work/old" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$root" worktree add -q --detach "$work/old" "$old"
echo "building the extractor at $old and in the working tree ..." >&2
(cd "$work/old" && ./mvnw -B -q -pl extract-service -Pbench test-compile)
(cd "$root" && ./mvnw -B -q -pl extract-service -Pbench test-compile dependency:build-classpath \
    -Dmdep.outputFile="$work/deps" -Dmdep.includeScope=test)
deps="$(cat "$work/deps")"
echo "$work/old/extract-service/target/test-classes:$work/old/extract-service/target/classes:$deps" > "$work/old.cp"
echo "$root/extract-service/target/test-classes:$root/extract-service/target/classes:$deps" > "$work/new.cp"
java -cp "$root/extract-service/target/test-classes:$deps" dev.newsmon.extract.bench.CpuPerArticle ab \
    "$work/old.cp" "$work/new.cp" "$batches" "$calls"
