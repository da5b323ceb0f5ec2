#!/usr/bin/env bash
# Records src/packaging/formcoach.classlist: the classes the real window loads from JVM start until
# the library is ready (--smoke-ready), under Xvfb. The installers' shared archive is dumped from it
# (docs/decisions/0013). Run it again when start-up changes a lot; a stale list only costs speed
# (classes it names that no longer exist are skipped, classes it misses load from the jar).
# Usage: src/packaging/record-classlist.sh   (needs xvfb and libgtk-3-0)
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ -f target/formcoach.jar ]] || mvn -B -q -DskipTests package
command -v Xvfb >/dev/null || { echo "needs xvfb (apt-get install xvfb libgtk-3-0)"; exit 1; }
for n in $(seq 90 130); do [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] || { disp=":$n"; break; }; done
Xvfb "$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
data=$(mktemp -d)
trap 'kill $xpid 2>/dev/null || true; rm -rf "$data"' EXIT
sleep 1
DISPLAY=$disp java -XX:DumpLoadedClassList=src/packaging/formcoach.classlist \
  -jar target/formcoach.jar --smoke-ready --data-dir "$data"
echo "$(grep -vc '^[#@]' src/packaging/formcoach.classlist) classes in src/packaging/formcoach.classlist"
