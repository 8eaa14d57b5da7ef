#!/usr/bin/env bash
# Runs an image that the images profile built (an OCI archive, <module>/target/jib-image.tar) without a
# container engine: its layers unpacked in order into a directory, then its entrypoint run there in a
# chroot of its own mount and process namespaces, as the image's user, with the image's environment and
# working directory. The network is the host's. Needs root (chroot), jq and util-linux's unshare.
#
#   deploy/images/run-image.sh <image.tar> [-e NAME=VALUE]... [-- command args…]
#
# Without a command, the image's entrypoint runs; with one, that command runs instead (e.g. the health
# command: -- java -cp /opt/remacto/health HealthCheck http://localhost:9090/actuator/health/readiness).
set -euo pipefail

if [ $# -lt 1 ]; then
    sed -n '2,11p' "$0"
    exit 2
fi
archive="$(readlink -f "$1")"
shift
environment=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    case "$1" in
        -e) environment+=("$2"); shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ "${1:-}" = "--" ] && shift
if [ "$(id -u)" -ne 0 ]; then
    echo "run-image.sh needs root (chroot)" >&2
    exit 1
fi

cache="${REMACTO_IMAGE_ROOTS:-/tmp/remacto-image-roots}"
key="$(sha256sum "$archive" | cut -c1-16)"
root="$cache/$key/rootfs"
meta="$cache/$key/image"
if [ ! -d "$root" ]; then
    rm -rf "$cache/$key"
    mkdir -p "$meta" "$root.partial"
    tar -xf "$archive" -C "$meta"
    manifest="$meta/blobs/sha256/$(jq -r '.manifests[0].digest' "$meta/index.json" | cut -d: -f2)"
    for layer in $(jq -r '.layers[].digest' "$manifest" | cut -d: -f2); do
        tar -xzf "$meta/blobs/sha256/$layer" -C "$root.partial" --same-owner --numeric-owner --warning=no-unknown-keyword
    done
    cp "$meta/blobs/sha256/$(jq -r '.config.digest' "$manifest" | cut -d: -f2)" "$cache/$key/config.json"
    mv "$root.partial" "$root"
fi
config="$cache/$key/config.json"

user="$(jq -r '.config.User // "0:0"' "$config")"
workdir="$(jq -r '.config.WorkingDir // "/"' "$config")"
mapfile -t image_environment < <(jq -r '.config.Env[]?' "$config")
if [ $# -eq 0 ]; then
    mapfile -t command < <(jq -r '.config.Entrypoint[]?, .config.Cmd[]?' "$config")
else
    command=("$@")
fi

uid="${user%%:*}"
gid="${user#*:}"
[ "$gid" = "$user" ] && gid="$uid"
mkdir -p "$root/proc"
exec env -i HOME=/home/nonroot "${image_environment[@]}" "${environment[@]}" \
    unshare --mount --pid --fork --mount-proc=/proc --root="$root" --wd="$workdir" \
    --setgid="$gid" --setuid="$uid" "${command[@]}"
