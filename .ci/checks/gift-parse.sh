#!/usr/bin/env bash
# Gate: `shuati export --format gift` must read back through an independent GIFT parser (the PyPI package
# pygiftparser) as the same questions: types, right answers and weights. Installs it in a throwaway venv.
set -euo pipefail
cd "$(dirname "$0")/../.."

. .ci/lib.sh
gate_setup gift-parse pygiftparser

for bank in question-banks/crm.json Tests/Fixtures/every-type.json; do
  "$bin" export "$bank" --format gift -o "$work/out.gift" 2>/dev/null
  "$bin" export "$bank" --format json -o "$work/bank.json" 2>/dev/null  # the same items, with their ids
  "$work/venv/bin/python" .ci/checks/gift_check.py "$work/out.gift" "$work/bank.json" "$bank"
done
