#!/usr/bin/env bash
# Resident memory of the three services as `./newsmon up` starts them: idle, then the highest value
# while ROUNDS copies of the demo timeline (each copy new articles: the URL carries the round) go
# through the whole pipeline, then after it has caught up. Uses its own state directory, so
# .newsmon/ is left alone; the ports are the CLI's (stop a running stack first).
# Usage: deploy/local-kafka/bench/memory.sh [ROUNDS=40] [--no-build]
# JVM options: whatever the CLI would use (NEWSMON_SERVICE_JAVA_OPTS, NEWSMON_<SERVICE>_JAVA_OPTS).
set -uo pipefail
cd "$(dirname "$0")/../../.."
ROUNDS="${1:-40}"
UP_ARGS=()
[[ "${2:-}" == "--no-build" ]] && UP_ARGS=(--no-build)
NEWSMON_STATE_DIR="$(mktemp -d /tmp/newsmon-memory.XXXXXX)"
export NEWSMON_STATE_DIR
WORK="$NEWSMON_STATE_DIR/articles"
SERVICES=(ingest-service extract-service alert-service)

cleanup() { ./newsmon down >/dev/null 2>&1; rm -rf "$NEWSMON_STATE_DIR"; }
trap cleanup EXIT

rss_mb() {
  local svc line=""
  for svc in "${SERVICES[@]}"; do
    line="$line $(( $(ps -o rss= -p "$(cat "$NEWSMON_STATE_DIR/run/$svc.pid")") / 1024 ))"
  done
  printf '%s' "${line# }"
}

./newsmon up "${UP_ARGS[@]}" >"$NEWSMON_STATE_DIR/up.log" 2>&1 || { tail -n 20 "$NEWSMON_STATE_DIR/up.log"; exit 1; }
date -u '+date: %F %H:%M UTC'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for svc in "${SERVICES[@]}"; do
  echo "$svc: $(ps -o args= -p "$(cat "$NEWSMON_STATE_DIR/run/$svc.pid")")"
done
sleep 20
echo "resident MB (ingest extract alert), idle: $(rss_mb)"

mkdir -p "$WORK"
for ((round = 0; round < ROUNDS; round++)); do
  for file in demo/timeline/*.txt; do
    sed "s|^url: \(.*\)$|url: \1?round=$round|" "$file" >"$WORK/r$(printf '%03d' "$round")-$(basename "$file")"
  done
done

peak=(0 0 0)
./newsmon replay "$WORK" --wait --timeout 900 >"$NEWSMON_STATE_DIR/replay.log" 2>&1 &
replay=$!
while kill -0 "$replay" 2>/dev/null; do
  read -r -a now <<<"$(rss_mb)"
  for i in 0 1 2; do (( now[i] > peak[i] )) && peak[i]=${now[i]}; done
  sleep 2
done
wait "$replay" || { echo "replay failed:"; tail -n 5 "$NEWSMON_STATE_DIR/replay.log"; exit 1; }
grep -i "^summary\|accepted\|processed" "$NEWSMON_STATE_DIR/replay.log" | tail -n 3
echo "resident MB (ingest extract alert), highest while $((ROUNDS * $(ls demo/timeline/*.txt | wc -l))) articles went through: ${peak[*]}"
echo "resident MB (ingest extract alert), after: $(rss_mb)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
