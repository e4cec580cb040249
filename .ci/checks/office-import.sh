#!/usr/bin/env bash
# Gate: Office files written by real writers import with their items and keys: .docx from python-docx and from
# LibreOffice (soffice --headless --convert-to docx), a .pdf from LibreOffice read through pdftotext, an .xlsx
# from openpyxl, a .doc from LibreOffice read through antiword; broken archives give one `file: error:` line and exit 1.
# Installs poppler-utils, antiword and libreoffice-writer-nogui (Debian; about 30 s) and python-docx + openpyxl in a venv.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v soffice >/dev/null || ! command -v pdftotext >/dev/null || ! command -v antiword >/dev/null; then
  echo "office-import: installing poppler-utils antiword libreoffice-writer-nogui"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    poppler-utils antiword libreoffice-writer-nogui) >/dev/null 2>&1 \
    || { echo "office-import: could not install poppler-utils, antiword and libreoffice-writer-nogui"; exit 1; }
fi

. .ci/lib.sh
gate_setup office-import python-docx
"$work/venv/bin/pip" install -q --disable-pip-version-check openpyxl >"$work/pip.log" 2>&1 \
  || { cat "$work/pip.log"; echo "office-import: could not install openpyxl"; exit 1; }
py="$work/venv/bin/python"
check=.ci/checks/office_import.py

"$py" "$check" write "$work"
# LibreOffice writes its own WordprocessingML (numbering, styles, runs): python-docx → ODT → DOCX, and PDFs.
export HOME="$work"  # soffice keeps a profile in $HOME
soffice --headless --convert-to odt --outdir "$work/lo" "$work/python-docx.docx" >/dev/null 2>&1
soffice --headless --convert-to docx --outdir "$work/lo-docx" "$work/lo/python-docx.odt" >/dev/null 2>&1
soffice --headless --convert-to pdf --outdir "$work/pdf" "$work/answer-table.docx" >/dev/null 2>&1
soffice --headless --convert-to doc --outdir "$work/doc" "$work/typed-numbers.docx" >/dev/null 2>&1
[ -s "$work/lo-docx/python-docx.docx" ] && [ -s "$work/pdf/answer-table.pdf" ] && [ -s "$work/doc/typed-numbers.doc" ] \
  || { echo "office-import: LibreOffice did not convert the documents"; exit 1; }

status=0
run() {  # $1: file, $2: what office_import.py checks
  "$bin" import "$1" --json >"$work/out.json" 2>"$work/err.txt" \
    || { echo "office-import: $1: import failed: $(cat "$work/err.txt")"; status=1; return; }
  "$py" "$check" check "$2" "$work/out.json" | sed "s|^office-import: |office-import: ${1#"$work"/}: |" || status=1
}
run "$work/python-docx.docx" docx
run "$work/answer-table.docx" answer-table
run "$work/lo-docx/python-docx.docx" docx
run "$work/pdf/answer-table.pdf" answer-table
run "$work/doc/typed-numbers.doc" answer-table
run "$work/openpyxl.xlsx" xlsx
run "$work/openpyxl-sheets.xlsx" xlsx

# Broken archives: cut short, one byte of compressed data flipped, marked encrypted. One line, exit 1.
size=$(stat -c %s "$work/python-docx.docx")
head -c $((size / 2)) "$work/python-docx.docx" >"$work/cut.docx"
"$py" - "$work" <<'PY'
import sys, zipfile
folder = sys.argv[1]
data = bytearray(open(f"{folder}/python-docx.docx", "rb").read())
info = zipfile.ZipFile(f"{folder}/python-docx.docx").getinfo("word/document.xml")
start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
damaged = bytearray(data)
damaged[start + info.compress_size // 2] ^= 0x55
open(f"{folder}/damaged.docx", "wb").write(damaged)
locked = bytearray(data)
for sig in (b"PK\x03\x04", b"PK\x01\x02"):  # set the encryption flag in every local and central header
    at = locked.find(sig)
    while at >= 0:
        flag = at + (6 if sig == b"PK\x03\x04" else 8)
        locked[flag] |= 1
        at = locked.find(sig, at + 4)
open(f"{folder}/locked.docx", "wb").write(locked)
PY
for bad in cut damaged locked; do
  f="$work/$bad.docx"
  if "$bin" import "$f" >/dev/null 2>"$work/err.txt"; then
    echo "office-import: $bad.docx was accepted"; status=1
  elif [ "$(wc -l <"$work/err.txt")" -ne 1 ] || ! grep -q "^$f: error: " "$work/err.txt"; then
    echo "office-import: $bad.docx: expected one '$f: error:' line, got:"; cat "$work/err.txt"; status=1
  else
    echo "office-import: $bad.docx: $(cut -c $(( ${#f} + 3 ))- "$work/err.txt")"
  fi
done
[ "$status" -eq 0 ] && echo "office-import: ok"
exit "$status"
