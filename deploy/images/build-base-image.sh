#!/usr/bin/env bash
# Builds newsmon's JVM base image as a "docker save" tarball, offline: no registry, no Docker daemon.
#
#   deploy/images/build-base-image.sh [OUTPUT.tar]     (default deploy/images/target/newsmon-jre-base.tar)
#
# Contents, all from this machine:
#   /opt/java     a Java runtime made with jlink from the JDK running the build ($JAVA_HOME)
#   /lib, /lib64  the C/C++ runtime (Debian's libc6, libstdc++6, libgcc-s1, zlib1g) and whatever else the
#                 Java runtime links (found with ldd), plus ld.so.cache
#   /bin/busybox  static busybox from Debian's busybox-static package: sh and wget for health checks
#   /etc          passwd/group with the non-root user 185 (newsmon), nsswitch.conf, Java CA certificates
#   /tmp and /var/lib/newsmon (state volume mount point): writable by any user (mode 1777)
# Jib (quarkus-container-image-jib, Maven profile "images") uses it as base through
# quarkus.jib.base-jvm-image=tar://...; see docs/deploy.md. The image runs as user 185, not root.
#
# Rebuilt only when missing or older than this script (set NEWSMON_REBUILD_BASE=1 to force).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/target/newsmon-jre-base.tar}"
java_home="${NEWSMON_BASE_JAVA_HOME:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}"

if [[ -f "$out" && "$out" -nt "${BASH_SOURCE[0]}" && "${NEWSMON_REBUILD_BASE:-0}" != 1 ]]; then
  echo "base image: $out is up to date"
  exit 0
fi

die() { echo "build-base-image: $*" >&2; exit 1; }
[[ -x "$java_home/bin/jlink" ]] || die "no jlink in $java_home (set JAVA_HOME to a JDK 17 or later)"
[[ -d "$java_home/jmods" ]] || die "no $java_home/jmods: install the JDK's jmods (Debian: openjdk-17-jmods)"
command -v ldd >/dev/null || die "ldd not found (Debian: libc-bin)"
command -v sha256sum >/dev/null || die "sha256sum not found (Debian: coreutils)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"
mkdir -p "$rootfs"/{bin,etc,tmp,home/jboss,var/lib/newsmon,opt}

# A runtime with the whole Java SE API plus the JDK modules Quarkus, Kafka and Netty use at run time
# (unsupported for Unsafe, crypto providers, DNS, JFR, management). No compiler, no debugger.
# Not compressed: Jib gzips the layer anyway, and uncompressed modules start faster.
modules="java.se,jdk.unsupported,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.zipfs,jdk.management,jdk.management.agent,jdk.naming.dns,jdk.charsets,jdk.localedata,jdk.jfr,jdk.net"
echo "base image: jlink from $java_home ($modules)"
"$java_home/bin/jlink" --module-path "$java_home/jmods" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --output "$rootfs/opt/java"
[[ -x "$rootfs/opt/java/bin/java" ]] || die "jlink produced no runtime"

# Debian's JDK keeps its CA store outside the JDK (ca-certificates-java); copy the real file in.
if [[ -f /etc/ssl/certs/java/cacerts ]]; then
  rm -f "$rootfs/opt/java/lib/security/cacerts"
  cp -L /etc/ssl/certs/java/cacerts "$rootfs/opt/java/lib/security/cacerts"
fi

# Shared libraries the runtime needs, with their paths, and the dynamic loader.
libs="$work/libs.txt"
: > "$libs"
while IFS= read -r -d '' elf; do
  if file_type="$(head -c 4 "$elf" | od -An -c | tr -d ' ')" && [[ "$file_type" == '177ELF' ]]; then
    ldd "$elf" 2>/dev/null | awk '/=> \// {print $3} /^[ \t]*\// {print $1}' >> "$libs" || true
  fi
done < <(find "$rootfs/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0)
sort -u "$libs" | while read -r lib; do
  [[ "$lib" == "$rootfs"* ]] && continue
  [[ -e "$lib" ]] || continue
  cp -L --parents "$lib" "$rootfs"
done
# The whole C and C++ runtime, not only what the JDK links: native code that libraries unpack at run
# time (RocksDB in Kafka Streams, Netty) links libpthread, libdl, librt and friends, and the name
# service loads libnss_* by itself. From Debian's packages when dpkg knows them.
if command -v dpkg >/dev/null; then
  for pkg in libc6 libstdc++6 libgcc-s1 zlib1g; do
    dpkg -L "$pkg" 2>/dev/null | grep -E '/lib/.*\.so(\.[0-9]+)*$' | while read -r lib; do
      [[ -e "$lib" && ! -d "$lib" ]] && cp -L --parents "$lib" "$rootfs"
    done
  done
fi
for lib in /lib/x86_64-linux-gnu/libnss_files.so.2 /lib/x86_64-linux-gnu/libnss_dns.so.2 \
  /lib/x86_64-linux-gnu/libresolv.so.2 /lib/x86_64-linux-gnu/libpthread.so.0 /lib/x86_64-linux-gnu/libdl.so.2 \
  /lib/x86_64-linux-gnu/librt.so.1 /lib/x86_64-linux-gnu/libm.so.6; do
  [[ -e "$lib" ]] && cp -L --parents "$lib" "$rootfs"
done
if [[ -d "$rootfs/lib/x86_64-linux-gnu" ]]; then
  # The JDK finds its own libraries through $ORIGIN, which needs /proc; list them for when it is absent.
  printf '/opt/java/lib\n/opt/java/lib/server\n/lib/x86_64-linux-gnu\n/usr/lib/x86_64-linux-gnu\n' > "$rootfs/etc/ld.so.conf"
  if command -v ldconfig >/dev/null; then ldconfig -r "$rootfs" 2>/dev/null || true; fi
fi

# busybox for health checks (wget) and a shell to look around; static, so it needs no library.
busybox=""
for candidate in /bin/busybox /usr/bin/busybox; do
  if [[ -x "$candidate" ]] && ! ldd "$candidate" >/dev/null 2>&1; then busybox="$candidate"; break; fi
done
if [[ -z "$busybox" ]] && command -v apt-get >/dev/null; then
  if ! (cd "$work" && apt-get download busybox-static >/dev/null 2>&1) && [[ "$(id -u)" == 0 ]]; then
    # A fresh machine may have no package lists yet.
    apt-get update -qq >/dev/null 2>&1 || true
    (cd "$work" && apt-get download busybox-static >/dev/null 2>&1) || true
  fi
  deb="$(ls "$work"/busybox-static_*.deb 2>/dev/null | head -n1 || true)"
  if [[ -n "$deb" ]]; then
    dpkg-deb -x "$deb" "$work/busybox" && busybox="$work/busybox/bin/busybox"
  fi
fi
if [[ -n "$busybox" && -x "$busybox" ]]; then
  cp "$busybox" "$rootfs/bin/busybox"
  for applet in sh wget cat ls ps env; do ln -sf busybox "$rootfs/bin/$applet"; done
else
  echo "base image: WARNING no static busybox (apt-get install busybox-static): compose health checks need wget" >&2
fi

cat > "$rootfs/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/sbin/nologin
newsmon:x:185:185:newsmon:/home/jboss:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
EOF
cat > "$rootfs/etc/group" <<'EOF'
root:x:0:
newsmon:x:185:
nogroup:x:65534:
EOF
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$rootfs/etc/nsswitch.conf"
printf 'NAME="newsmon JRE base"\nID=newsmon\nVERSION_ID=%s\n' \
  "$("$rootfs/opt/java/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print $2}')" \
  > "$rootfs/etc/os-release" 2>/dev/null || true
chmod 1777 "$rootfs/tmp" "$rootfs/var/lib/newsmon"
chmod 755 "$rootfs/home/jboss"

# The layer: reproducible (fixed owner, order and times), then the docker-save wrapping.
mkdir -p "$work/image"
tar --numeric-owner --owner=0 --group=0 --mtime='1970-01-01 00:00:00Z' --sort=name \
  -C "$rootfs" -cf "$work/image/layer.tar" .
diff_id="sha256:$(sha256sum "$work/image/layer.tar" | cut -d' ' -f1)"
cat > "$work/image/config.json" <<EOF
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"User":"185","WorkingDir":"/home/jboss",
  "Env":["PATH=/opt/java/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"],
  "Labels":{"org.opencontainers.image.title":"newsmon JRE base","org.opencontainers.image.source":"deploy/images/build-base-image.sh"}},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"deploy/images/build-base-image.sh"}]}
EOF
echo '[{"Config":"config.json","RepoTags":["newsmon/jre-base:latest"],"Layers":["layer.tar"]}]' > "$work/image/manifest.json"
mkdir -p "$(dirname "$out")"
tar --numeric-owner --owner=0 --group=0 --mtime='1970-01-01 00:00:00Z' -C "$work/image" \
  -cf "$out.tmp" manifest.json config.json layer.tar
mv "$out.tmp" "$out"
echo "base image: $out ($(du -h "$out" | cut -f1), layer $diff_id)"
