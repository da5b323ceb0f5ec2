#!/usr/bin/env bash
# The video analysis budget (issue 13): a 30 s 720p H.264 clip must be analysed within 1.5x its length.
# Makes the clip once (target/bench-720p-30s.mp4, from the test photo), then times decoding alone and the
# whole pipeline with 1 and 2 TensorFlow Lite threads. Usage: bench/pose.sh [clip] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
CP_FILE=target/bench-classpath.txt
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat "$CP_FILE")"
exec java -Xmx1g -cp "$CP" formcoach.video.pose.bench.PoseBenchmark "$@"
