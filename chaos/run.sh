#!/usr/bin/env bash
# Fault-injection run (not a test): builds what it runs, then starts PostgreSQL, Kafka and the local
# run's launcher of its own (ports 18080 and up, data in chaos/target/run-*), drives writes through
# the gateways while it kills, stops and starves the platform's parts, and checks afterwards that no
# acknowledged write was lost or counted twice. Prints a table (also in chaos/target/chaos-report.txt);
# exit status 0 when every check passed.
# Usage: chaos/run.sh [--faults 60] [--duration 25m] [--instances 2] [--callers 32] [--kinds k1,k2] [--seed S]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package -pl chaos -am
export REMACTO_ROOT="$PWD"
exec java -jar chaos/target/remacto-chaos.jar "$@"
