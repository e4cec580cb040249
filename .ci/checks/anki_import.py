"""Imports a shuati Anki export into a fresh collection with Anki's own CSV import code and checks the notes.

usage: anki_import.py EXPORT.txt EXPECTED_NOTES
"""
import os
import sys
import tempfile

from anki.collection import Collection, ImportCsvRequest

path, expected = os.path.abspath(sys.argv[1]), int(sys.argv[2])
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


with tempfile.TemporaryDirectory() as tmp:
    col = Collection(os.path.join(tmp, "collection.anki2"))
    # delimiter=None: let Anki read the file's own header lines, as its import dialog does.
    meta = col.get_csv_metadata(path=path, delimiter=None)
    check(meta.is_html, "#html:true is honoured")
    check(meta.tags_column == 3, f"#tags column:3 is honoured (got {meta.tags_column})")
    check(col.models.get(meta.global_notetype.id)["name"] == "Basic", "#notetype:Basic is honoured")
    deck = col.decks.get(meta.deck_id) if meta.HasField("deck_id") else None
    deck_name = deck["name"] if deck else meta.deck_name
    check(deck_name == "shuati::every-type", f"#deck: is honoured (got {deck_name!r})")
    response = col.import_csv(ImportCsvRequest(path=path, metadata=meta))
    log = response.log
    check(len(log.new) == expected, f"{expected} new notes (got {len(log.new)}; conflicting {len(log.conflicting)}, empty_first_field {len(log.empty_first_field)})")
    ids = col.find_notes('"deck:shuati::every-type"')
    check(len(ids) == expected, f"{expected} notes in the deck (got {len(ids)})")
    notes = [col.get_note(i) for i in ids]
    first = next((n for n in notes if n["Front"].startswith("客户关系管理（CRM）的核心是？")), None)
    check(first is not None, "the first item is a note")
    if first is not None:
        check(first["Front"] == "客户关系管理（CRM）的核心是？<br><br>A. 产品<br>B. 客户<br>C. 渠道<br>D. 价格",
              f"front field: {first['Front']!r}")
        check(first["Back"] == "<b>答案：B</b><br>B. 客户<br><br>解析：以客户为中心。", f"back field: {first['Back']!r}")
        check(sorted(first.tags) == sorted(["shuati", "single_choice", "第一章_概论"]), f"tags: {first.tags!r}")
    special = next((n for n in notes if n["Front"].startswith("GIFT special")), None)
    check(special is not None and "{e}" in special["Front"] and "\\ h?" in special["Front"], "special characters survive")
    col.close()

if failures:
    sys.exit(f"anki-import: {len(failures)} check(s) failed")
print("anki-import: ok")
