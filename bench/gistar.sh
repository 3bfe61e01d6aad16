#!/usr/bin/env bash
# The Gi* benchmark of issue #9 (see docs/performance.md): Klara's Gi* on a 300 x 300 grid from
# 1 000 000 points against R's spdep::localG on the same grid and weights, in the same run.
# Needs Rscript with spdep (Debian: r-base-core r-cran-spdep). Usage: bench/gistar.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-31}"
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  se.klara.bench.GiStarBenchmark "$runs"
# The whole web request for an area and a year: needs the PostgreSQL at 127.0.0.1:5432 (or
# KLARA_TEST_PG=host:port) with trust authentication; skipped with KLARA_BENCH_WEB=no.
if [ "${KLARA_BENCH_WEB:-yes}" != "no" ]; then
  java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    se.klara.bench.GiStarWebBenchmark 1000000
fi
