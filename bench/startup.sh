#!/usr/bin/env bash
# Start-up benchmark: whole-process wall time and peak RSS of `formcoach.jar --smoke` against an
# empty JavaFX stage built from the same JavaFX jars (the shaded jar), alternating runs under Xvfb.
# When the app image exists (mvn -Pinstaller package), its launcher is measured in the same rounds:
# to the first frame (--smoke) and to the library ready and searchable (--smoke-ready).
# Prints the median figures and ratios. Usage: bench/startup.sh [RUNS]   (default 9)
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
measure() { # prints "wall_seconds peak_kb cpu_seconds" (cpu = user + system, less swayed by other load)
  DISPLAY=$disp /usr/bin/time -f "%e %M %U %S" -o target/bench/time.txt "$@" >/dev/null 2>&1
  read -r w m u s < target/bench/time.txt
  echo "$w $m $(python3 -c "print($u + $s)")" > target/bench/time.txt
  cat target/bench/time.txt
}
: > target/bench/app.txt; : > target/bench/base.txt; : > target/bench/launcher.txt; : > target/bench/ready.txt
launcher=target/app/formcoach/bin/formcoach
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$runs"); do
  measure java -cp target/formcoach.jar:target/bench EmptyStageLauncher >> target/bench/base.txt
  measure java -jar target/formcoach.jar --smoke --data-dir "$data" >> target/bench/app.txt
  if [[ -x $launcher ]]; then
    measure "$launcher" --smoke --data-dir "$data" >> target/bench/launcher.txt
    measure "$launcher" --smoke-ready --data-dir "$data" >> target/bench/ready.txt
  fi
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$runs" <<'PY'
import os, statistics, sys
def load(p):
    rows = [tuple(map(float, l.split())) for l in open(p) if l.strip()]
    return [r[0] for r in rows], [r[1] / 1024 for r in rows]
def cpu(p):
    return statistics.median(float(l.split()[2]) for l in open(p) if l.strip())
def rng(v, scale=1.0, fmt="{:.2f}"):
    return "[" + fmt.format(min(v) * scale) + "-" + fmt.format(max(v) * scale) + "]"
aw, am = load("target/bench/app.txt"); bw, bm = load("target/bench/base.txt")
base = statistics.median(bw); base_cpu = cpu("target/bench/base.txt")
print(f"runs: {sys.argv[1]} each, alternating")
print(f"empty stage (java -cp)           : wall median {base:.2f} s {rng(bw)}, peak RSS median {statistics.median(bm):.0f} MB, CPU {base_cpu:.2f} s")
print(f"java -jar formcoach.jar --smoke  : wall median {statistics.median(aw):.2f} s {rng(aw)}, peak RSS median {statistics.median(am):.0f} MB {rng(am, 1, '{:.0f}')}")
print(f"  ratio wall {statistics.median(aw)/base:.2f}x (target <= 1.2x), ratio RSS {statistics.median(am)/statistics.median(bm):.2f}x (target <= 1.2x), ratio CPU {cpu('target/bench/app.txt')/base_cpu:.2f}x")
if os.path.getsize("target/bench/launcher.txt"):
    lw, lm = load("target/bench/launcher.txt"); rw, rm = load("target/bench/ready.txt")
    print(f"bin/formcoach --smoke            : wall median {statistics.median(lw):.2f} s {rng(lw)}, peak RSS median {statistics.median(lm):.0f} MB")
    print(f"  ratio wall {statistics.median(lw)/base:.2f}x (target <= 0.8x), ratio CPU {cpu('target/bench/launcher.txt')/base_cpu:.2f}x")
    print(f"bin/formcoach --smoke-ready      : wall median {statistics.median(rw):.2f} s {rng(rw)}, peak RSS median {statistics.median(rm):.0f} MB")
    print(f"  ratio wall {statistics.median(rw)/base:.2f}x (target <= 1.5x), ratio CPU {cpu('target/bench/ready.txt')/base_cpu:.2f}x")
else:
    print("(no app image: mvn -Pinstaller package measures the packaged launcher too)")
PY
