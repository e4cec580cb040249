#!/usr/bin/env bash
# Rebuilds question-banks/crm.json (the bundled 客户关系管理 bank) from the documents in question-banks/sources/.
# Run after changing the importer; the diff shows what the change did to real documents.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product shuati >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd question-banks/sources && SHUATI_HOME="$tmp" ../../.build/release/shuati import *.txt --bank crm >/dev/null 2>&1)
python3 - "$tmp/banks/crm.json" question-banks/crm.json <<'PY'
import json, sys
bank = json.load(open(sys.argv[1], encoding="utf-8"))
bank["name"] = "crm"
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(bank, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"question-banks/crm.json: {len(bank['items'])} items")
PY
