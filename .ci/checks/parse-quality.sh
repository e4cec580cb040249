#!/usr/bin/env bash
# Parse-quality gate: the importer must keep recall ≥ 0.97, precision ≥ 0.98, answers ≥ 0.97 and zero noise on
# the hand-checked seeds in ../shared (skipped with a note when ../shared is not beside the repo).
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=../shared
if [ ! -d "$shared/gold" ]; then echo "parse-quality: ../shared not found, skipped"; exit 0; fi
swift build --product shuati >/dev/null
bin=$(swift build --show-bin-path)/shuati
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for seed in 000 003; do
  doc=$(ls "$shared"/seeds/${seed}_*.txt | head -n 1)
  "$bin" import "$doc" --json > "$out/$seed.json"
  line=$(python3 "$shared/tools/score_parse.py" "$shared/gold/gold-$seed.json" "$out/$seed.json" \
    --min-recall 0.97 --min-precision 0.98 --min-answer 0.97 | tail -n 1) || { echo "parse-quality: seed $seed below threshold: $line"; exit 1; }
  echo "parse-quality: seed $seed: $line"
  case "$line" in *noise=0*) ;; *) echo "parse-quality: seed $seed let site noise through"; exit 1 ;; esac
done
