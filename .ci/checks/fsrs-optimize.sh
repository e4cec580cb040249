#!/usr/bin/env bash
# Gate: `shuati optimize` must fit review logs (the real Anki log of ../shared/fsrs when present, and synthetic
# learners with known parameters) at least as well as fsrs-rs-python's compute_parameters, both scored by fsrs-rs's
# own evaluate on the same items. Fit time is measured by Benchmarks/optimize_bench.sh on a release build instead.
set -euo pipefail
cd "$(dirname "$0")/../.."

. .ci/lib.sh
gate_setup fsrs-optimize fsrs-rs-python

"$work/venv/bin/python" Benchmarks/optimize_bench.py "$bin" --runs 1 --quality-only
