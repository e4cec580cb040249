"""Reads a shuati GIFT export with pygiftparser and compares every question with the bank it came from."""
import json
import sys

from pygiftparser import parser

gift_path, bank_path, bank_name = sys.argv[1], sys.argv[2], sys.argv[3]
items = {item["id"]: item for item in json.load(open(bank_path, encoding="utf-8"))["items"]}
questions = parser.parseFile(open(gift_path, encoding="utf-8"))
problems = []
checked = 0
known_limit = 0
for q in questions:
    item_id = q.title.split(" ")[-1] if q.title else ""
    item = items.get(item_id)
    if item is None:
        problems.append(f"{q.title!r}: no bank item with this id")
        continue
    kind = type(q.answers).__name__
    source = q.source
    if not q.valid:
        # pygiftparser's answer regex stops at an escaped closing brace `\}` (Moodle's own parser does not);
        # such items are counted, not failed.
        if "\\}" in source:
            known_limit += 1
            continue
        problems.append(f"{item_id}: not valid GIFT for pygiftparser")
        continue
    t, answer = item["type"], item["answer"]
    expected = {"single_choice": "SelectSet", "multiple_choice": "MultipleChoicesSet", "true_false": "TrueFalseSet"}
    if t in expected:
        want = expected[t] if not (t == "multiple_choice" and len(answer) == 1) else "SelectSet"
        if kind != want:
            problems.append(f"{item_id}: {t} read as {kind}")
            continue
    if kind in ("SelectSet", "MultipleChoicesSet"):
        letters = sorted(item["options"])
        right = sorted(letters[i] for i, a in enumerate(q.answers.answers) if a.fraction > 0)
        if right != sorted(answer):
            problems.append(f"{item_id}: right options {right}, bank says {answer}")
        if kind == "MultipleChoicesSet":
            total = sum(a.fraction for a in q.answers.answers if a.fraction > 0)
            if abs(total - 100) > 0.01:
                problems.append(f"{item_id}: right-answer weights sum to {total}")
    elif kind == "TrueFalseSet":
        if q.answers.answer != answer:
            problems.append(f"{item_id}: true/false read as {q.answers.answer}, bank says {answer}")
    elif kind == "ShortSet":
        accepted = [a.answer for a in q.answers.answers if a.fraction == 100]
        if t != "fill_blank" or not all(alt.strip() in accepted for alt in answer[0].split("/")):
            problems.append(f"{item_id}: short answer accepts {accepted}, bank says {answer}")
    elif kind == "Essay":
        if t not in ("short_answer", "fill_blank"):
            problems.append(f"{item_id}: {t} read as an essay")
    else:
        problems.append(f"{item_id}: read as {kind}")
    checked += 1



def gradable(item):
    """What shuati exports to GIFT: choice and true/false items need a key, naming only options the item has."""
    if item["type"] not in ("single_choice", "multiple_choice", "true_false"):
        return True
    if item["answer"] is None:
        return False
    return item["type"] == "true_false" or set(item["answer"]) <= set(item["options"] or {})


expected_count = sum(1 for i in items.values() if gradable(i))
if len(questions) != expected_count:
    problems.append(f"{len(questions)} questions read, expected {expected_count}")
for p in problems:
    print(f"gift-parse: {bank_name}: {p}")
if problems:
    sys.exit(1)
print(f"gift-parse: {bank_name}: {checked} questions read back by pygiftparser as exported"
      + (f" ({known_limit} with an escaped '}}' skipped: a pygiftparser limit)" if known_limit else ""))
