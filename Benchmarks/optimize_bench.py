#!/usr/bin/env python3
"""Side-by-side benchmark of `shuati optimize` against fsrs-rs-python's compute_parameters.

For each review log (the real Anki log of ../shared/fsrs/data and synthetic logs from a learner with known
FSRS-6 parameters) both fit the 21 parameters on the same items (fsrs-rs preprocessing: one item per review with a
positive day gap, days cut at 04:00 UTC, items in time order). Both fits are then scored by fsrs-rs's own
`evaluate` (recency-weighted log loss and RMSE(bins)), so the comparison does not depend on shuati's metric code;
shuati's own figures are printed beside them as a cross-check. Fit times are medians of several runs.

usage: optimize_bench.py SHUATI_BINARY [--runs N] [--quality-only]
  (run by optimize_bench.sh, which builds a release binary and installs fsrs-rs-python; --quality-only skips the
  time check, for the CI gate's debug build)
"""
import argparse
import csv
import json
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone

import fsrs_rs_python as rs

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JOSH = os.path.join(ROOT, "..", "shared", "fsrs", "data", "py-fsrs-review-logs-josh.csv")
DEFAULTS = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614,
            0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542]


def truth(changes):
    w = list(DEFAULTS)
    for i, v in changes.items():
        w[i] = v
    return w


SYNTHETIC = [
    # (name, cards, days, seed, generating parameters)
    ("synthetic A", 2000, 365, 1, truth({0: 0.5, 2: 4.0, 8: 1.5, 11: 2.0, 20: 0.3})),
    ("synthetic B", 5000, 365, 2, truth({1: 2.0, 4: 7.5, 6: 2.0, 9: 0.3, 10: 1.2, 13: 0.4, 20: 0.2})),
]


class Learner:
    """FSRS-6 memory, day-based, as fsrs-rs trains it (S in [0.001, 36500], D in [1, 10])."""

    def __init__(self, w):
        self.w = w
        self.decay = -w[20]
        self.factor = 0.9 ** (1 / self.decay) - 1

    def r(self, days, s):
        return (1 + self.factor * days / s) ** self.decay

    def init(self, g):
        w = self.w
        return max(w[g - 1], 0.001), min(max(w[4] - math.exp(w[5] * (g - 1)) + 1, 1), 10)

    def next_d(self, d, g):
        w = self.w
        damped = d + (10 - d) * (-w[6] * (g - 3)) / 9
        easy = w[4] - math.exp(w[5] * 3) + 1
        return min(max(w[7] * easy + (1 - w[7]) * damped, 1), 10)

    def short_term(self, s, g):
        w = self.w
        inc = math.exp(w[17] * (g - 3 + w[18])) * s ** (-w[19])
        if g >= 2:
            inc = max(inc, 1)
        return min(max(s * inc, 0.001), 36500)

    def long_term(self, s, d, r, g):
        w = self.w
        if g == 1:
            long = w[11] * d ** (-w[12]) * ((s + 1) ** w[13] - 1) * math.exp((1 - r) * w[14])
            new = min(long, s / math.exp(w[17] * w[18]))
        else:
            hard = w[15] if g == 2 else 1
            easy = w[16] if g == 4 else 1
            new = s * (1 + math.exp(w[8]) * (11 - d) * s ** (-w[9]) * (math.exp((1 - r) * w[10]) - 1) * hard * easy)
        return min(max(new, 0.001), 36500)


def synthetic_log(path, cards, days, seed, w):
    """A learner who forgets exactly as `w` predicts, reviewed at gaps of 0.4–2× the stability."""
    rng = random.Random(seed)
    m = Learner(w)
    base = datetime(2025, 1, 1, tzinfo=timezone.utc)
    with open(path, "w", newline="") as f:
        out = csv.writer(f)
        out.writerow(["card_id", "review_rating", "review_time", "review_duration"])

        def emit(card, g, day, minute):
            t = base + timedelta(days=day, hours=10, minutes=minute)
            out.writerow([card, g, t.isoformat(), rng.randint(3000, 20000)])

        for card in range(1, cards + 1):
            day = rng.randrange(60)
            minute = rng.randrange(400)
            u = rng.random()
            g = 1 if u < 0.24 else 2 if u < 0.334 else 3 if u < 0.829 else 4
            s, d = m.init(g)
            emit(card, g, day, minute)
            if g == 1:  # relearnt ten minutes later
                s, d = m.short_term(s, 3), m.next_d(d, 3)
                emit(card, 3, day, minute + 10)
            while True:
                gap = max(1, round(s * rng.uniform(0.4, 2.0)))
                day += gap
                if day >= days:
                    break
                r = m.r(gap, s)
                v = rng.random()
                g = (2 if v < 0.15 else 3 if v < 0.85 else 4) if rng.random() < r else 1
                s, d = m.long_term(s, d, r, g), m.next_d(d, g)
                minute = rng.randrange(400)
                emit(card, g, day, minute)
                if g == 1 and rng.random() < 0.8:
                    s, d = m.short_term(s, 3), m.next_d(d, 3)
                    emit(card, 3, day, minute + 10)


def items_of(path):
    """fsrs-rs items, oldest last review first; the number of reviews read; each item's history (as an item) and
    last day gap, for predictions."""
    cards = {}
    rows = 0
    with open(path) as f:
        for row in csv.DictReader(f):
            rows += 1
            t = row["review_time"]
            when = datetime.fromtimestamp(int(t) / 1000, timezone.utc) if t.isdigit() else datetime.fromisoformat(t)
            cards.setdefault(row["card_id"], []).append((when, int(row["review_rating"])))
    items = []
    for reviews in cards.values():
        reviews.sort(key=lambda x: x[0])
        history, previous = [], None
        for when, g in reviews:
            day = (when - timedelta(hours=4)).date()
            dt = 0 if previous is None else (day - previous).days
            previous = day
            before = list(history)
            history.append(rs.FSRSReview(g, dt))
            if dt > 0:
                items.append((when, rs.FSRSItem(list(history)), (rs.FSRSItem(before), dt)))
    items.sort(key=lambda x: x[0])
    return rows, [item for _, item, _ in items], [last for _, _, last in items]


def prediction_gap(lasts, a, b):
    """Mean |R_a − R_b| over the items: how far apart two parameter sets' predictions are."""
    def predictions(w):
        f = rs.FSRS(w)
        decay = -w[20]
        factor = 0.9 ** (1 / decay) - 1
        out = []
        for history, dt in lasts:
            state = f.memory_state(history)
            out.append((1 + factor * dt / state.stability) ** decay)
        return out
    pa, pb = predictions(a), predictions(b)
    return sum(abs(x - y) for x, y in zip(pa, pb)) / len(pa)


def run_shuati(binary, path, runs):
    data = tempfile.mkdtemp(prefix="shuati-bench-")
    env = dict(os.environ, TZ="UTC")
    fits, walls, last = [], [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        out = subprocess.run([binary, "optimize", "--json", "--data-dir", data, "--from-csv", path],
                             env=env, check=True, capture_output=True, text=True).stdout
        walls.append(time.perf_counter() - t0)
        last = json.loads(out)
        fits.append(last["fit_seconds"])
    return last, statistics.median(fits), statistics.median(walls)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("shuati")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--quality-only", action="store_true")
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="fsrs-bench-")
    datasets = []
    if os.path.exists(JOSH):
        datasets.append(("josh (real Anki log)", JOSH, None))
    else:
        print("note: %s not found; synthetic logs only" % os.path.normpath(JOSH))
    for name, cards, days, seed, w in SYNTHETIC:
        path = os.path.join(tmp, name.replace(" ", "_") + ".csv")
        synthetic_log(path, cards, days, seed, w)
        datasets.append((f"{name} ({cards} cards)", path, w))

    rows = []
    for name, path, true_w in datasets:
        reviews, items, lasts = items_of(path)
        defaults = rs.FSRS(rs.DEFAULT_PARAMETERS).evaluate(items)
        times = []
        for _ in range(a.runs):
            t0 = time.perf_counter()
            rs_w = rs.FSRS(rs.DEFAULT_PARAMETERS).compute_parameters(items)
            times.append(time.perf_counter() - t0)
        rs_eval = rs.FSRS(rs_w).evaluate(items)
        report, shuati_fit, shuati_wall = run_shuati(a.shuati, path, a.runs)
        sh_w = report["parameters"]
        sh_eval = rs.FSRS(sh_w).evaluate(items)
        row = dict(name=name, reviews=reviews, items=len(items), shuati_items=report["items"],
                   default=(defaults.log_loss, defaults.rmse_bins), fsrs_rs=(rs_eval.log_loss, rs_eval.rmse_bins),
                   shuati=(sh_eval.log_loss, sh_eval.rmse_bins),
                   shuati_own=(report["after"]["log_loss"], report["after"]["rmse_bins"]),
                   rs_time=statistics.median(times), sh_time=shuati_fit, sh_wall=shuati_wall, rs_w=rs_w, sh_w=sh_w)
        if true_w:
            t_eval = rs.FSRS(true_w).evaluate(items)
            row["truth"] = (t_eval.log_loss, t_eval.rmse_bins)
            row["true_w"] = true_w
            row["gap"] = {k: prediction_gap(lasts, w, true_w) for k, w in
                          (("defaults", DEFAULTS), ("fsrs-rs", rs_w), ("shuati", sh_w))}
        rows.append(row)

    print("Log loss and RMSE(bins) by fsrs-rs's evaluate on the same items; fit time = median of %d runs." % a.runs)
    print()
    head = "%-30s %7s %6s | %-25s | %-25s | %s" % ("log", "reviews", "items", "log loss: dflt  rs    shuati",
                                                  "RMSE(bins): dflt rs  shuati", "fit s: fsrs-rs  shuati (x)")
    print(head)
    print("-" * len(head))
    for r in rows:
        print("%-30s %7d %6d | %7.4f %7.4f %7.4f  | %7.4f %7.4f %7.4f  | %7.3f %7.3f (%.2fx)" % (
            r["name"], r["reviews"], r["items"], r["default"][0], r["fsrs_rs"][0], r["shuati"][0],
            r["default"][1], r["fsrs_rs"][1], r["shuati"][1], r["rs_time"], r["sh_time"], r["sh_time"] / r["rs_time"]))
    print()
    for r in rows:
        same = "same items" if r["items"] == r["shuati_items"] else "ITEM COUNTS DIFFER: shuati %d" % r["shuati_items"]
        print("%s: %s; shuati's own metric %.4f / %.4f; shuati wall time with process start and CSV read %.3f s"
              % (r["name"], same, r["shuati_own"][0], r["shuati_own"][1], r["sh_wall"]))
        if "truth" in r:
            print("  generating parameters: log loss %.4f, RMSE(bins) %.4f" % r["truth"])
            moved = [i for i in range(21) if abs(r["true_w"][i] - DEFAULTS[i]) > 1e-9]
            print("  moved parameters      " + "  ".join("w%d" % i for i in moved))
            for label, w in (("true", r["true_w"]), ("defaults", DEFAULTS), ("fsrs-rs", r["rs_w"]), ("shuati", r["sh_w"])):
                print("  %-9s             " % label + "  ".join("%.3f" % w[i] for i in moved))
            print("  mean |R - R_true| over the items: defaults %.4f, fsrs-rs %.4f, shuati %.4f"
                  % (r["gap"]["defaults"], r["gap"]["fsrs-rs"], r["gap"]["shuati"]))
    worse = [r["name"] for r in rows if r["shuati"][0] > r["fsrs_rs"][0] + 1e-6]
    slow = [] if a.quality_only else [r["name"] for r in rows if r["sh_time"] > 3 * r["rs_time"]]
    print()
    print("log loss no worse than fsrs-rs on every log: %s" % ("yes" if not worse else "NO: " + ", ".join(worse)))
    if not a.quality_only:
        print("fit time within 3x fsrs-rs on every log: %s" % ("yes" if not slow else "NO: " + ", ".join(slow)))
    return 1 if worse or slow else 0


if __name__ == "__main__":
    sys.exit(main())
