#!/usr/bin/env bash
# shuati optimize beside fsrs-rs-python's compute_parameters on the real Anki log of ../shared/fsrs/data and on
# synthetic logs from known parameters: log loss, RMSE(bins) and fit time side by side, in one run.
# Installs fsrs-rs-python into a venv (VENV, default .venv-fsrs-bench, gitignored) and builds shuati in release.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv-fsrs-bench}
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q fsrs-rs-python
fi
swift build -c release --product shuati 2>&1 | grep -E "error|Compiling|Build complete" | tail -1
exec "$VENV/bin/python" Benchmarks/optimize_bench.py "$(swift build -c release --show-bin-path)/shuati" "$@"
