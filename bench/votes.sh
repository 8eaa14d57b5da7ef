#!/usr/bin/env bash
# Vote benchmark (not a test): needs the local platform running (./deploy/local/run.sh).
# Usage: bench/votes.sh [gateway-url] [citizens] [items] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl bench -am -DskipTests package
exec java -jar bench/target/remacto-bench.jar "$@"
