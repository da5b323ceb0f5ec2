#!/usr/bin/env bash
# Cue timing on the real clock: runs formcoach.timer.ui.bench.CueLatencyBench (the engine driven by a
# JavaFX AnimationTimer under Monocle headless, with a 2 s stall of the FX thread) and prints the
# distribution of (fired - due) for the engine and for a frame-counting baseline. About 40 s.
# Usage: bench/cue-latency.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
mvn -B -o -q test-compile
mvn -B -o -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile=target/bench/cp.txt -Dmdep.includeScope=test
java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench/cp.txt)" formcoach.timer.ui.bench.CueLatencyBench
