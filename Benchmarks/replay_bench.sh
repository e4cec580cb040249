#!/usr/bin/env bash
# Replay 1,000,000 reviews over 50,000 cards with `shuati replay` (release build), and the same work with py-fsrs
# (timed on a 50,000-review subset and scaled, as it is pure Python) and fsrs-rs-python, in one run.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${FSRS_VENV:-/tmp/shuati-fsrs-bench-venv}
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q fsrs fsrs-rs-python >/dev/null
swift build -c release --product shuati >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$venv/bin/python" Benchmarks/replay_bench.py "$work" .build/release/shuati
