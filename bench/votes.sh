#!/usr/bin/env bash
# Vote benchmark (not a test): needs the local platform running (./deploy/local/run.sh). Casts votes
# through the gateway, then measures the raw rate of durable single-row inserts on the platform's
# PostgreSQL and prints the ratio of the two.
# Usage: bench/votes.sh [gateway-url] [citizens] [items] [concurrency]
#                       [--db-url=jdbc:postgresql://localhost:54329/postgres] [--db-user=postgres]
#                       [--db-password=postgres] [--raw-clients=8] [--raw-seconds=8 (0: skip)]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl bench -am -DskipTests package
exec java -jar bench/target/remacto-bench.jar "$@"
