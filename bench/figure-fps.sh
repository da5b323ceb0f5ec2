#!/usr/bin/env bash
# Frame rate of the correct-form figures in a real stage (JavaFX under Monocle headless, software
# rendering): runs formcoach.figure.ui.bench.FigureFrameRateBench, which measures frames per second
# (seen by an animation timer and rendered by the scene), FX-thread CPU and bytes per frame, for the
# library page's figures and a cue-card thumbnail, each against an empty AnimationTimer baseline in
# the same run. About 4 × 2 × (3 + SECONDS) s.
# Usage: bench/figure-fps.sh [SECONDS]   (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
mvn -B -o -q test-compile
mvn -B -o -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile=target/bench/cp.txt -Dmdep.includeScope=test
java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench/cp.txt)" formcoach.figure.ui.bench.FigureFrameRateBench "${1:-10}"
