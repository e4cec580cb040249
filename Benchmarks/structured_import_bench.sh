#!/usr/bin/env bash
# Import speed of the structured formats: a 20,000-item bank (the bundled CRM bank repeated with distinct stems)
# exported in each format shuati reads back, then imported (release build, best of 3). Prints items, MB/s and
# items/s per format, and checks that every item the format holds came back.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product shuati >/dev/null
bin=.build/release/shuati
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/make_big_bank.py "$work/big.json"
for pair in gift:gift.txt moodle-xml:xml anki:anki.txt aiken:aiken.txt csv:csv json:json; do
  format=${pair%%:*}; file="$work/out.${pair#*:}"
  "$bin" export "$work/big.json" --format "$format" -o "$file" 2>/dev/null
  best=999
  for _ in 1 2 3; do
    t0=$(date +%s.%N)
    "$bin" import --json "$file" >"$work/back.json" 2>/dev/null
    t1=$(date +%s.%N)
    best=$(python3 -c "print(min($best, $t1 - $t0))")
  done
  python3 - "$format" "$file" "$work/back.json" "$best" <<'PY'
import json, os, sys
fmt, path, back, secs = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
n = len(json.load(open(back, encoding="utf-8"))["items"])
mb = os.path.getsize(path) / 1048576
print(f"import {fmt:<10} {n:6d} items  {mb:6.1f} MB  {secs:6.3f} s  {mb/secs:6.1f} MB/s  {n/secs:8.0f} items/s")
PY
done
