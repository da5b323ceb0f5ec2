#!/usr/bin/env bash
# Runs the library search benchmark (JMH, SampleTime: look at the p0.99 rows).
# Usage: bench/search.sh [extra JMH options, e.g. -p copies=1 -wi 1]
#        BENCH_PATTERN=SearchBenchmark.indexedSearch bench/search.sh   (one benchmark only)
# Reads the free-exercise-db file from ../shared/data/free-exercise-db/exercises.json (relative to the
# repository root) or from $FORMCOACH_FEDB; the file is never copied into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
FEDB="${FORMCOACH_FEDB:-../shared/data/free-exercise-db/exercises.json}"
if [ ! -f "$FEDB" ]; then
  echo "free-exercise-db file not found at $FEDB (set FORMCOACH_FEDB)" >&2
  exit 2
fi
mvn -B -o -q test-compile
CP_FILE=target/bench-classpath.txt
# the pom pins no dependency plugin and the default (2.8) cannot resolve offline; 3.8.1 is in the local repository
mvn -B -o -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat "$CP_FILE")"
exec java -Dformcoach.fedb="$FEDB" -cp "$CP" org.openjdk.jmh.Main \
  -jvmArgsAppend "-Dformcoach.fedb=$FEDB" \
  -rf text -rff target/bench-search.txt \
  "${BENCH_PATTERN:-formcoach.library.bench.*}" "$@"
