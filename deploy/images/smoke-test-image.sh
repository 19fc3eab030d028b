#!/usr/bin/env bash
# Runs an image tarball built by the "images" profile without a container engine, to check that it
# really starts: unpacks its layers into a directory, then runs its entrypoint in a chroot as the
# image's user, with the image's environment and working directory, and waits for
# http://127.0.0.1:PORT/q/health/live (liveness does not need Kafka). Needs root (chroot) and python3.
#
#   sudo deploy/images/smoke-test-image.sh ingest-service/target/jib-image.tar 8081 [seconds] [health path]
#
# NEWSMON_SMOKE_ENV adds environment variables (space-separated KEY=VALUE), e.g. a broker to reach:
#   NEWSMON_SMOKE_ENV="KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:19092 NEWSMON_API_TOKEN=x" ... 8083 180 /q/health/ready
#
# Not a sandbox: the process shares this machine's network and sees only the unpacked image.
set -euo pipefail
tar_file="${1:?image tarball}"
port="${2:?HTTP port of the service}"
wait_seconds="${3:-120}"
health="${4:-/q/health/live}"
[[ "$(id -u)" == 0 ]] || { echo "smoke-test-image: needs root for chroot" >&2; exit 1; }

work="$(mktemp -d)"
pid=""
cleanup() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 15); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/image" "$work/rootfs"
tar -xf "$tar_file" -C "$work/image"

# Layers in order, then the runtime settings, from the docker-save manifest and config.
python3 - "$work" > "$work/settings" <<'EOF'
import json, shlex, sys
work = sys.argv[1]
manifest = json.load(open(f"{work}/image/manifest.json"))[0]
config = json.load(open(f"{work}/image/{manifest['Config']}"))["config"]
print("layers=" + shlex.quote(" ".join(manifest["Layers"])))
print("user=" + shlex.quote(config.get("User") or "0"))
print("workdir=" + shlex.quote(config.get("WorkingDir") or "/"))
print("envs=" + shlex.quote(" ".join(shlex.quote(e) for e in config.get("Env", []))))
print("cmd=" + shlex.quote(" ".join(shlex.quote(a) for a in config.get("Entrypoint", []) + (config.get("Cmd") or []))))
EOF
# shellcheck disable=SC1091
source "$work/settings"
for layer in $layers; do
  tar -xf "$work/image/$layer" -C "$work/rootfs" 2>/dev/null
done
[[ "$user" == *:* ]] || user="$user:$user"

echo "smoke-test-image: $tar_file as user $user in $workdir: $cmd"
eval "exec chroot --userspec=$user $work/rootfs /bin/env -i $envs ${NEWSMON_SMOKE_ENV:-} /bin/sh -c \"cd $workdir && exec $cmd\"" \
  > "$work/run.log" 2>&1 &
pid=$!
for ((i = 0; i < wait_seconds; i++)); do
  if body="$(chroot "$work/rootfs" /bin/wget -q -O - "http://127.0.0.1:$port$health" 2>/dev/null)"; then
    echo "smoke-test-image: $health answered after ${i}s: $body"
    exit 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "smoke-test-image: the process exited; its output:" >&2
    cat "$work/run.log" >&2
    exit 1
  fi
  sleep 1
done
echo "smoke-test-image: no answer on port $port after ${wait_seconds}s; output so far:" >&2
tail -n 40 "$work/run.log" >&2
exit 1
