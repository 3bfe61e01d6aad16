#!/usr/bin/env bash
# The follow-up report benchmark of issue #8 (see docs/performance.md). Needs the PostgreSQL at
# 127.0.0.1:5432 (or KLARA_TEST_PG=host:port) with trust authentication.
# Usage: bench/report.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
mkdir -p target/bench
java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  se.klara.bench.ReportBenchmark
