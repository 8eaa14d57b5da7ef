#!/usr/bin/env bash
# Builds the applications (tests skipped) and runs the whole platform on this machine:
# embedded PostgreSQL 17 and Kafka unless REMACTO_DB_URL / REMACTO_KAFKA_BOOTSTRAP are set,
# the four services and the gateway, demo data on first start. Data stays in .remacto/.
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "Building the applications (first time: a few minutes for the downloads)…"
./mvnw -q -B -DskipTests package
export REMACTO_ROOT="$PWD"
exec java -jar deploy/local/target/remacto-local.jar "$@"
