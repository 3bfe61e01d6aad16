#!/usr/bin/env bash
# The incident benchmark of issue #5 (see docs/performance.md). Needs the PostgreSQL at
# 127.0.0.1:5432 (or KLARA_TEST_PG=host:port) with trust authentication and psql on the PATH.
# Usage: bench/incidents.sh [rows]   (default 10 000 000; the file is kept in target/bench/)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-10000000}"
mvn -B -q package -DskipTests
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
mkdir -p target/bench
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  se.klara.bench.IncidentBenchmark "$rows" "target/bench/incidents-$rows.csv"
