#!/usr/bin/env bash
# Builds the base image of the platform's application images, without a container engine or registry:
# a Java runtime made by jlink from the build's JDK, the few shared libraries it links against (taken
# from the build machine's Debian packages and named in the image's SBOM), a non-root user (65532) and
# the health command. Written as a `docker save` archive, which Jib takes as a base (tar://…).
#
#   deploy/images/base-image.sh [output directory]     (default: target/base-image under the project)
#
# Nothing is rebuilt when the archive is newer than this script, HealthCheck.java and the JDK.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
project="$(cd "$here/../.." && pwd)"
out="${1:-$project/target/base-image}"
archive="$out/remacto-java-base.tar"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"

# What a Spring Boot application of the platform uses; java.desktop for java.beans (no AWT: headless).
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,\
java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,\
java.transaction.xa,java.xml,jdk.crypto.cryptoki,jdk.crypto.ec,jdk.jfr,jdk.localedata,jdk.management,\
jdk.management.agent,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs

if [ ! -d "$java_home/jmods" ]; then
    echo "base image: $java_home has no jmods; set JAVA_HOME to a full JDK" >&2
    exit 1
fi
if [ -f "$archive" ] && [ "$archive" -nt "$0" ] && [ "$archive" -nt "$here/HealthCheck.java" ] \
        && [ "$archive" -nt "$java_home/release" ]; then
    echo "base image: $archive is up to date"
    exit 0
fi

echo "base image: building from $java_home"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"
mkdir -p "$rootfs"

"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
    --compress=2 --output "$rootfs/opt/java"
# a headless server: the windowing, font, sound and image codecs' native parts are never loaded
rm -f "$rootfs"/opt/java/lib/{libawt_xawt,libsplashscreen,libjawt,libfontmanager,liblcms,libjavajpeg,libjsound}.so
# the JDK's trust store and security files may be links into the build machine's /etc
for link in $(find "$rootfs/opt/java" -type l); do
    target="$(readlink -f "$link")"
    rm "$link"
    cp "$target" "$link"
done

# the shared libraries the runtime links against, from the build machine
libdir="$rootfs/usr/lib/x86_64-linux-gnu"
mkdir -p "$libdir" "$rootfs/usr/lib64"
libraries="$work/libraries"
: > "$libraries"
find "$rootfs/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
    | xargs -0 ldd 2>/dev/null | awk '/=> \// {print $3} /^\t\/lib64/ {print $1}' | sort -u > "$libraries"
while read -r library; do
    case "$library" in "$rootfs"*) continue ;; esac
    cp -L "$library" "$libdir/$(basename "$library")"
done < "$libraries"
ln -s ../lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 "$rootfs/usr/lib64/ld-linux-x86-64.so.2"
ln -s usr/lib "$rootfs/lib"
ln -s usr/lib64 "$rootfs/lib64"
mkdir -p "$rootfs/usr/bin"
ln -s ../../opt/java/bin/java "$rootfs/usr/bin/java"

# users, name service, temporary files
mkdir -p "$rootfs/etc" "$rootfs/tmp" "$rootfs/home/nonroot" "$rootfs/app"
chmod 1777 "$rootfs/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' > "$rootfs/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' > "$rootfs/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$rootfs/etc/nsswitch.conf"

# the health command
mkdir -p "$rootfs/opt/remacto/health"
"$java_home/bin/javac" --release 17 -d "$rootfs/opt/remacto/health" "$here/HealthCheck.java"

# the base's software bill of materials: the runtime and each library's Debian package
runtime_version="$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$java_home/release")"
implementor="$(sed -n 's/^IMPLEMENTOR="\(.*\)"/\1/p' "$java_home/release")"
mkdir -p "$rootfs/opt/remacto/sbom"
{
    printf '{"bomFormat":"CycloneDX","specVersion":"1.5","version":1,'
    printf '"metadata":{"component":{"type":"container","name":"remacto/java-base"}},"components":['
    printf '{"type":"application","name":"java-runtime","version":"%s","publisher":"%s","description":"jlink runtime of modules %s","purl":"pkg:generic/openjdk@%s"}' \
        "$runtime_version" "$implementor" "$modules" "$runtime_version"
    if command -v dpkg-query >/dev/null 2>&1; then
        while read -r library; do
            case "$library" in "$rootfs"*) continue ;; esac
            package="$(dpkg-query -S "$(readlink -f "$library")" 2>/dev/null | head -1 | cut -d: -f1 || true)"
            [ -n "$package" ] || package="$(dpkg-query -S "$library" 2>/dev/null | head -1 | cut -d: -f1 || true)"
            [ -n "$package" ] || continue
            echo "$package"
        done < "$libraries" | sort -u | while read -r package; do
            version="$(dpkg-query -W -f='${Version}' "$package")"
            printf ',{"type":"library","name":"%s","version":"%s","purl":"pkg:deb/debian/%s@%s?arch=amd64"}' \
                "$package" "$version" "$package" "$version"
        done
    fi
    printf ']}\n'
} > "$rootfs/opt/remacto/sbom/base.cdx.json"

# two layers: the system, owned by root; the user's home, owned by the user
tar_flags=(--sort=name --mtime=@0 --numeric-owner --format=posix
           --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime)
# (entries are named without a leading ./, which Jib refuses to unpack)
(cd "$rootfs" && tar "${tar_flags[@]}" --owner=0 --group=0 --exclude=home/nonroot -cf "$work/system.tar" -- *)
(cd "$rootfs" && tar "${tar_flags[@]}" --owner=65532 --group=65532 --no-recursion -cf "$work/home.tar" home/nonroot)

diff_ids=()
layers=()
mkdir -p "$work/image"
for layer in system home; do
    digest="$(sha256sum "$work/$layer.tar" | cut -d' ' -f1)"
    mkdir -p "$work/image/$digest"
    mv "$work/$layer.tar" "$work/image/$digest/layer.tar"
    diff_ids+=("\"sha256:$digest\"")
    layers+=("\"$digest/layer.tar\"")
done
join() { local IFS=,; echo "$*"; }
cat > "$work/config.json" <<EOF
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"User":"65532:65532","WorkingDir":"/app",
  "Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":[$(join "${diff_ids[@]}")]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"deploy/images/base-image.sh: jlink runtime, libraries, users"},
            {"created":"1970-01-01T00:00:00Z","created_by":"deploy/images/base-image.sh: /home/nonroot"}]}
EOF
config_digest="$(sha256sum "$work/config.json" | cut -d' ' -f1)"
mv "$work/config.json" "$work/image/$config_digest.json"
printf '[{"Config":"%s.json","RepoTags":["remacto/java-base:%s"],"Layers":[%s]}]\n' \
    "$config_digest" "$runtime_version" "$(join "${layers[@]}")" > "$work/image/manifest.json"

mkdir -p "$out"
(cd "$work/image" && tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf "$archive.partial" -- *)
mv "$archive.partial" "$archive"
echo "base image: $archive ($(du -h "$archive" | cut -f1), runtime $runtime_version, $(grep -c . "$libraries") libraries)"
