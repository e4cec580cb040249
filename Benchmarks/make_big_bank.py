"""Writes a 20,000-item bank (the bundled CRM bank repeated with distinct stems) to the path given; used by the
export and structured-import benchmarks."""
import json, sys
bank = json.load(open("question-banks/crm.json", encoding="utf-8"))
items = []
i = 0
while len(items) < 20000:
    for it in bank["items"]:
        copy = dict(it); copy["stem"] = f"{it['stem']}（{i}）"; items.append(copy); i += 1
json.dump({"name": "big", "items": items[:20000]}, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
