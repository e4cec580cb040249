#!/usr/bin/env bash
# Gate: `shuati export --format anki` must import into a real Anki collection with Anki's own import code.
# Installs the PyPI package `anki` in a throwaway virtual environment.
set -euo pipefail
cd "$(dirname "$0")/../.."

. .ci/lib.sh
gate_setup anki-import anki

bank=Tests/Fixtures/every-type.json
"$bin" export "$bank" --format anki -o "$work/every-type.txt"
notes=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["items"]))' "$bank")
"$work/venv/bin/python" .ci/checks/anki_import.py "$work/every-type.txt" "$notes"
