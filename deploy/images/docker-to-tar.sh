#!/bin/sh
# Stands in for the docker CLI when Jib (quarkus-container-image-jib) "loads" an image into a local
# Docker daemon and there is none: the image tarball Jib streams to `docker load` is written to
# $NEWSMON_IMAGE_TAR instead. The result is what `docker save` would give: load it anywhere with
# `docker load -i FILE` (or podman load, skopeo copy docker-archive:FILE ...). See docs/deploy.md.
# Jib calls only `info` (to pick the platform) and `load`.
set -eu
case "${1:-}" in
  info)
    echo '{"OSType":"linux","Architecture":"x86_64"}'
    ;;
  load)
    : "${NEWSMON_IMAGE_TAR:?NEWSMON_IMAGE_TAR must name the tarball to write}"
    mkdir -p "$(dirname "$NEWSMON_IMAGE_TAR")"
    cat > "$NEWSMON_IMAGE_TAR.tmp"
    mv "$NEWSMON_IMAGE_TAR.tmp" "$NEWSMON_IMAGE_TAR"
    echo "Loaded image tarball: $NEWSMON_IMAGE_TAR"
    ;;
  *)
    echo "docker-to-tar.sh: only 'info' and 'load' are supported (called with: $*)" >&2
    exit 1
    ;;
esac
