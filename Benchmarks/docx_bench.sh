#!/usr/bin/env bash
# .docx import throughput: a Word document whose word/document.xml is ~40 MB (auto-numbered questions, option
# runs with formatting, answer lines, a table per section, Word's usual rsid/paraId attributes), imported with
# --json (release build). Prints MB/s of document.xml, and beside it the import of the same text as .txt, so the
# cost of reading the .docx (unzip, inflate, XML, numbering) shows apart from the parser's.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product shuati >/dev/null
bin=.build/release/shuati
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import random, sys, zipfile
out = sys.argv[1]
rng = random.Random(7)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
words = ["客户", "关系", "管理", "核心", "价值", "满意", "忠诚", "企业", "服务", "质量", "市场", "CRM", "数据", "分析"]
def phrase(n): return "".join(rng.choice(words) for _ in range(n))
def run(text, props='<w:rFonts w:hint="eastAsia"/>'):
    return f'<w:r w:rsidR="00{rng.randrange(16**6):06X}"><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'
def para(runs, num=None):
    ppr = f'<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr></w:pPr>' if num else ""
    return f'<w:p w14:paraId="{rng.randrange(16**8):08X}" w14:textId="77777777" w:rsidR="00C474C0" w:rsidRDefault="00000000">{ppr}{"".join(runs)}</w:p>'
body, text = [], []
size, section, n = 0, 0, 0
while size < 40 * 1024 * 1024:
    section += 1
    body.append(para([run(f"第{section}部分 单选题")])); text.append(f"第{section}部分 单选题")
    for q in range(1, 51):
        n += 1
        stem = phrase(8) + "的是( )"
        body.append(para([run(stem[:6]), run(stem[6:])], num=1)); text.append(f"{q}. {stem}")
        key = rng.randrange(4)
        for k, letter in enumerate("ABCD"):
            option = phrase(3)
            props = '<w:rFonts w:hint="eastAsia"/>' + ('<w:b/><w:color w:val="FF0000"/>' if k == key else "")
            body.append(para([run(f"{letter}. "), run(option, props)])); text.append(f"{letter}. {option}")
        body.append(para([run("答案：" + "ABCD"[key])])); text.append("答案：" + "ABCD"[key])
    cells = "".join(f'<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>' for c in ["题号", "1", "2", "3"])
    body.append(f'<w:tbl><w:tr>{cells}</w:tr></w:tbl>'); text.append("题号\t1\t2\t3")
    # Numbering restarts per section, as a new list instance.
    size = sum(len(b) for b in body[-300:]) * len(body) // 300 if len(body) > 300 else sum(map(len, body))
doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{"".join(body)}</w:body></w:document>'
numbering = f'<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
with zipfile.ZipFile(f"{out}/big.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr("word/document.xml", doc)
    z.writestr("word/numbering.xml", numbering)
open(f"{out}/big.txt", "w").write("\n".join(text) + "\n")
open(f"{out}/xml-bytes", "w").write(str(len(doc.encode())))
PY
xml=$(cat "$work/xml-bytes")
median() {  # median wall time of three runs of: $bin import FILE --json
  for _ in 1 2 3; do
    s=$(date +%s.%N); "$bin" import "$1" --json >/dev/null; e=$(date +%s.%N)
    python3 -c "print($e - $s)"
  done | sort -n | sed -n 2p
}
docx_s=$(median "$work/big.docx")
txt_s=$(median "$work/big.txt")
python3 - <<PY
xml, docx, txt = $xml / 1048576, $docx_s, $txt_s
zipped = $(stat -c %s "$work/big.docx") / 1048576
print(f"document.xml: {xml:.1f} MB ({zipped:.1f} MB zipped); text it holds: $(stat -c %s "$work/big.txt") bytes")
print(f"shuati import big.docx --json (median of 3): {docx:.2f} s = {xml / docx:.1f} MB/s of document.xml")
print(f"shuati import big.txt  --json (same text):   {txt:.2f} s; reading the .docx adds {docx - txt:.2f} s = {xml / max(docx - txt, 1e-9):.1f} MB/s")
PY
