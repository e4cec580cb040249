#!/usr/bin/env bash
# Time from start to the first question on screen for `shuati drill` on the bundled bank (release build).
# Measured on a pipe: the process is started, and the clock stops when the first item's text arrives.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product shuati >/dev/null
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
python3 - "$home" <<'PY'
import os, statistics, subprocess, sys, time
env = dict(os.environ, SHUATI_HOME=sys.argv[1])
times = []
for _ in range(30):
    t0 = time.perf_counter()
    p = subprocess.Popen([".build/release/shuati", "drill"], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    buf = b""
    while b"[" not in buf or b"\n" not in buf.split(b"[", 1)[1]:
        chunk = os.read(p.stdout.fileno(), 4096)
        if not chunk: break
        buf += chunk
    times.append((time.perf_counter() - t0) * 1000)
    p.stdin.write(b"q\n"); p.stdin.close(); p.wait()
print(f"first question after: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms (30 runs)")
PY
