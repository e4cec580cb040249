"""Generates the review log and times the three implementations. Called by replay_bench.sh."""
import json
import random
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

work, shuati = sys.argv[1], sys.argv[2]
CARDS, REVIEWS = 50_000, 1_000_000
rng = random.Random(1)
start = datetime(2026, 1, 1, 8, 0, tzinfo=timezone.utc)
histories = []
per_card = REVIEWS // CARDS
for c in range(CARDS):
    t = start + timedelta(minutes=rng.randrange(0, 60 * 24 * 30))
    h = []
    for _ in range(per_card):
        h.append((t, rng.choices([1, 2, 3, 4], weights=[2, 1, 6, 1])[0]))
        t += timedelta(minutes=rng.choice([1, 10, 60 * 24, 60 * 24 * 3, 60 * 24 * 10]))
    histories.append(h)
events = sorted(((t, c, r) for c, h in enumerate(histories) for t, r in h), key=lambda e: e[0])
log = f"{work}/reviews.jsonl"
with open(log, "w") as f:
    for t, c, r in events:
        f.write(f'{{"ts":"{t.strftime("%Y-%m-%dT%H:%M:%SZ")}","item":"card{c}","rating":{r}}}\n')
print(f"log: {len(events):,} reviews over {CARDS:,} cards")

del events
RUNS = 5


def median(xs):
    return sorted(xs)[len(xs) // 2]


times = []
for _ in range(RUNS):
    t0 = time.perf_counter()
    out = subprocess.run([shuati, "replay", log, "--json"], capture_output=True, check=True)
    times.append(time.perf_counter() - t0)
shuati_s = median(times)
n_cards = len(json.loads(out.stdout)["cards"])
print(f"shuati replay --json (release, load + replay + output): median {shuati_s:.3f} s of {RUNS} "
      f"(min {min(times):.3f}), {n_cards:,} cards")
runs = [subprocess.run([shuati, "dev", "time-replay", log], capture_output=True, check=True, text=True).stdout.split()
        for _ in range(RUNS)]
load_s, group_s, replay_s = (median([float(r[k]) for r in runs]) for k in (5, 8, 11))
print(f"shuati phases in-process (medians): load {load_s:.3f} s, group by card {group_s:.3f} s, FSRS replay {replay_s:.3f} s")

from fsrs import Card, Rating, Scheduler  # noqa: E402
sched = Scheduler(enable_fuzzing=False)
subset = histories[: CARDS // 20]  # 50,000 reviews
t0 = time.perf_counter()
for c, h in enumerate(subset):
    card = Card(card_id=c + 1)
    for t, r in h:
        card, _ = sched.review_card(card, Rating(r), t)
py_s = (time.perf_counter() - t0) * (REVIEWS / sum(len(h) for h in subset))
print(f"py-fsrs review_card: {py_s:.1f} s for 1M reviews (timed on 50,000, scaled linearly)")

import fsrs_rs_python as rs  # noqa: E402
f = rs.FSRS(rs.DEFAULT_PARAMETERS)
rs_times = []
for _ in range(3):
    t0 = time.perf_counter()
    items = []
    for h in histories:
        reviews, prev = [], None
        for t, r in h:
            days = 0 if prev is None else (t - prev).days
            reviews.append(rs.FSRSReview(r, days))
            prev = t
        items.append(rs.FSRSItem(reviews))
    states = f.memory_state_batch(items)
    rs_times.append(time.perf_counter() - t0)
    del items, states
rs_s = median(rs_times)
print(f"fsrs-rs-python (build items + memory_state_batch): median {rs_s:.3f} s of 3 (min {min(rs_times):.3f})")
print(f"ratios, whole command (JSON log in, JSON out): py-fsrs/shuati = {py_s / shuati_s:.0f}x, fsrs-rs-python/shuati = {rs_s / shuati_s:.2f}x")
print(f"ratios, same work as the others (in-memory reviews -> states): py-fsrs/shuati = {py_s / (group_s + replay_s):.0f}x, "
      f"fsrs-rs-python/shuati = {rs_s / (group_s + replay_s):.2f}x; scheduling loop alone: {py_s / replay_s:.0f}x and {rs_s / replay_s:.2f}x")
