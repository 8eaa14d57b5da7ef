#!/usr/bin/env bash
# Dashboard read benchmark (not a test): starts its own PostgreSQL and Kafka, writes about a
# million events (1,590 members), runs reporting-service until its live projections have them all,
# then reads the public dashboards from concurrent clients and prints per kind of read and overall
# the requests, req/s, p50/p95/p99/max latency, and the service's peak memory.
# Usage: bench/reads.sh [members (1590)] [events per member (630)] [clients (8)] [seconds (60)]
#                       [warm-up seconds (15)] [reporting JVM options ("-Xmx512m")]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl bench,reporting-service -am -DskipTests package
exec java -Xmx1g -Dloader.main=ma.remacto.bench.ReadBenchmark -Daxoniq.update-checker.disabled=true \
  -jar bench/target/remacto-bench.jar "$@"
