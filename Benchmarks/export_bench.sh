#!/usr/bin/env bash
# Export speed: a 20,000-item bank (the bundled CRM bank repeated with distinct stems) written in every format,
# plus a 100-item mock exam with shuffled options (release build). Prints seconds and items/s per format.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product shuati >/dev/null
bin=.build/release/shuati
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/make_big_bank.py "$work/big.json"
for format in md html gift aiken moodle-xml anki json; do
  t0=$(date +%s.%N)
  "$bin" export "$work/big.json" --format "$format" -o "$work/out.$format" 2>/dev/null
  t1=$(date +%s.%N)
  python3 -c "import os; s=$t1-$t0; print(f'export {\"$format\":<10} 20000 items  {s:6.3f} s  {20000/s:9.0f} items/s  {os.path.getsize(\"$work/out.$format\")/1048576:6.1f} MB')"
done
t0=$(date +%s.%N)
"$bin" exam build "$work/big.json" --count 100 --seed 1 --shuffle-options --format html -o "$work/exam.html"
t1=$(date +%s.%N)
python3 -c "print(f'exam build 100 items from 20000, html: {$t1-$t0:.3f} s')"
