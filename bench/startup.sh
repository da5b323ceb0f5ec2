#!/usr/bin/env bash
# Start-up benchmark: whole-process wall time and peak RSS of `formcoach.jar --smoke` against an
# empty JavaFX stage built from the same JavaFX jars (the shaded jar), alternating runs under Xvfb.
# Prints per-run figures and the median ratios. Usage: bench/startup.sh [RUNS]   (default 9)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
[[ -f target/formcoach.jar ]] || mvn -B -q -DskipTests package
command -v Xvfb >/dev/null || { echo "needs xvfb (apt-get install xvfb libgtk-3-0)"; exit 1; }
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (apt-get install time)"; exit 1; }
mkdir -p target/bench
javac -d target/bench -cp target/formcoach.jar bench/EmptyStage.java bench/EmptyStageLauncher.java
for n in $(seq 90 130); do [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] || { disp=":$n"; break; }; done
Xvfb "$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
trap 'kill $xpid 2>/dev/null || true' EXIT
sleep 1
data=$(mktemp -d)
measure() { # prints "wall_seconds peak_kb"
  DISPLAY=$disp /usr/bin/time -f "%e %M" -o target/bench/time.txt "$@" >/dev/null 2>&1
  cat target/bench/time.txt
}
: > target/bench/app.txt; : > target/bench/base.txt
for i in $(seq "$runs"); do
  measure java -cp target/formcoach.jar:target/bench EmptyStageLauncher >> target/bench/base.txt
  measure java -jar target/formcoach.jar --smoke --data-dir "$data" >> target/bench/app.txt
done
python3 - "$runs" <<'PY'
import statistics, sys
def load(p):
    rows = [tuple(map(float, l.split())) for l in open(p) if l.strip()]
    return [r[0] for r in rows], [r[1] / 1024 for r in rows]
aw, am = load("target/bench/app.txt"); bw, bm = load("target/bench/base.txt")
print(f"runs: {sys.argv[1]} each, alternating")
print(f"empty stage : wall median {statistics.median(bw):.2f} s, peak RSS median {statistics.median(bm):.0f} MB")
print(f"form coach  : wall median {statistics.median(aw):.2f} s, peak RSS median {statistics.median(am):.0f} MB")
print(f"ratio wall  : {statistics.median(aw)/statistics.median(bw):.2f}x   (target <= 1.5x)")
print(f"ratio RSS   : {statistics.median(am)/statistics.median(bm):.2f}x   (target <= 1.4x)")
PY
