#!/usr/bin/env bash
# `shuati stats` on a review log of 1,000,000 answers over 50,000 items (release build), median of 5 runs.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product shuati >/dev/null
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
python3 - "$home/reviews.jsonl" <<'PY'
import random, sys
from datetime import datetime, timedelta, timezone
rng = random.Random(1); start = datetime(2026, 1, 1, 8, 0, tzinfo=timezone.utc); events = []
for c in range(50_000):
    t = start + timedelta(minutes=rng.randrange(0, 60 * 24 * 30))
    for _ in range(20):
        events.append((t, c, rng.choices([1, 2, 3, 4], weights=[2, 1, 6, 1])[0]))
        t += timedelta(minutes=rng.choice([1, 10, 1440, 4320, 14400]))
events.sort(key=lambda e: e[0])
with open(sys.argv[1], "w") as f:
    for t, c, r in events:
        f.write(f'{{"ts":"{t.strftime("%Y-%m-%dT%H:%M:%SZ")}","item":"card{c}","rating":{r},"response_ms":{rng.randint(2000, 30000)}}}\n')
PY
python3 - "$home" <<'PY'
import os, statistics, subprocess, sys, time
env = dict(os.environ, SHUATI_HOME=sys.argv[1], SHUATI_NOW="2026-03-01T00:00:00Z")
runs = []
for _ in range(5):
    t0 = time.perf_counter()
    subprocess.run([".build/release/shuati", "stats"], env=env, stdout=subprocess.DEVNULL, check=True)
    runs.append(time.perf_counter() - t0)
print(f"shuati stats on 1,000,000 reviews: median {statistics.median(runs):.3f} s (runs: {', '.join(f'{r:.3f}' for r in runs)})")
PY
