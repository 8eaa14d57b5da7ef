#!/usr/bin/env bash
# Recomputes the SHA-256 hash chain of every partition of the platform's topics from Kafka and
# compares it with reporting-service's links (--reporting URL) and/or the heads it published on
# remacto.chain.v1 (--heads). Exit status: 0 every chain matches, 1 a mismatch, 2 usage or
# connection error. Example, against the local run:
#   tools/verify-chain.sh --bootstrap localhost:9092 --reporting http://localhost:8080 --heads
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/tools/chain-verifier/target/chain-verifier-exec.jar"
if [ ! -f "$jar" ]; then
  echo "building the verifier..." >&2
  "$root/mvnw" -q -B -f "$root/pom.xml" -pl tools/chain-verifier -am package -DskipTests >&2
fi
exec java -jar "$jar" "$@"
