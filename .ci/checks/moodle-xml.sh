#!/usr/bin/env bash
# Gate: the Moodle XML export of the bundled bank and the every-type test bank is well-formed XML (xmllint), and
# every multi-answer question's positive fractions sum to 100.
set -euo pipefail
cd "$(dirname "$0")/../.."

command -v xmllint >/dev/null || { echo "moodle-xml: xmllint missing (apt-get install libxml2-utils)"; exit 1; }
swift build -q
bin="$(swift build --show-bin-path)/shuati"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for bank in question-banks/crm.json Tests/Fixtures/every-type.json; do
  [ -f "$bank" ] || continue
  out="$work/$(basename "$bank" .json).xml"
  "$bin" export "$bank" --format moodle-xml -o "$out" 2>/dev/null
  xmllint --noout "$out"
  multi=$(xmllint --xpath "count(//question[single='false'])" "$out")
  for ((i = 1; i <= multi; i++)); do
    sum=$(xmllint --xpath "sum((//question[single='false'])[$i]/answer[@fraction>0]/@fraction)" "$out")
    awk -v s="$sum" 'BEGIN { exit !(s > 99.99 && s < 100.01) }' \
      || { echo "moodle-xml: $bank: multi-answer question $i fractions sum to $sum, not 100"; exit 1; }
  done
  echo "moodle-xml: $bank: well-formed, $(xmllint --xpath 'count(//question)' "$out") questions, $multi multi-answer sums ok"
done
