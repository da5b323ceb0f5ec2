#!/usr/bin/env bash
# Records src/main/resources/formcoach/app/first-frame.classes: the classes the FX thread loads from
# the jar and the JDK (not from the JDK's own shared archive) until the window's first frame, in
# order, under Xvfb. formcoach.app.Preload reads them on another core while the toolkit starts, so
# that `java -jar` does not read and define them on the FX thread. Run it again when the first frame
# changes a lot; a stale list only costs speed (names that no longer exist are skipped).
# Usage: src/packaging/record-first-frame-classes.sh   (needs xvfb, libgtk-3-0 and python3)
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ -f target/formcoach.jar ]] || mvn -B -q -DskipTests package
command -v Xvfb >/dev/null || { echo "needs xvfb (apt-get install xvfb libgtk-3-0)"; exit 1; }
for n in $(seq 90 130); do [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] || { disp=":$n"; break; }; done
Xvfb "$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
data=$(mktemp -d)
log=$(mktemp)
trap 'kill $xpid 2>/dev/null || true; rm -rf "$data" "$log"' EXIT
sleep 1
# without the preloading, so the FX thread's own loads are what the log shows
DISPLAY=$disp java -Dformcoach.preload=false -Xlog:class+load:file="$log":uptime,tid \
  -jar target/formcoach.jar --smoke --data-dir "$data"
python3 - "$log" src/main/resources/formcoach/app/first-frame.classes <<'PY'
import re, sys
rows = []
for line in open(sys.argv[1]):
    m = re.match(r'\[[\d.]+s\]\[(\d+)\] (\S+) source: (.*)', line)
    if m:
        rows.append(m.groups())
fx = next(tid for tid, name, _ in rows if name == 'formcoach.app.MainWindow')   # the FX thread builds the window
names = [name for tid, name, src in rows
         if tid == fx and 'shared objects' not in src and '/0x' not in name and '$$Lambda' not in name]
open(sys.argv[2], 'w').write(''.join(n + '\n' for n in names))
print(f'{len(names)} classes in {sys.argv[2]}')
PY
