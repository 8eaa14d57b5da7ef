#!/usr/bin/env bash
# Rebuild benchmark (not a test): starts its own PostgreSQL and Kafka, writes about a million
# events, runs reporting-service until its live projections have them all, then rebuilds every
# projection from the topics and prints the speed, its ratio to a plain consumer's read of the same
# topics, the checksum comparison and the memory used.
# Usage: bench/rebuild.sh [collectivities (1000 = ~1,000,000 events)] [reporting JVM options ("-Xmx1g")]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl bench,reporting-service -am -DskipTests package
exec java -Xmx1g -Dloader.main=ma.remacto.bench.RebuildBenchmark -Daxoniq.update-checker.disabled=true \
  -jar bench/target/remacto-bench.jar "$@"
