#!/usr/bin/env bash
# Runs the training-log store benchmarks (JMH): a year of ~15,000 sets kept as month files vs one file.
# Usage: bench/log.sh [extra JMH options]     BENCH_PATTERN=LogStoreBenchmark.loadMonthFiles bench/log.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -q test-compile
CP_FILE=target/bench-classpath.txt
mvn -B -o -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat "$CP_FILE")"
exec java -cp "$CP" org.openjdk.jmh.Main -rf text -rff target/bench-log.txt "${BENCH_PATTERN:-formcoach.log.bench.*}" "$@"
