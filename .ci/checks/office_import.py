#!/usr/bin/env python3
"""Writes Office files with real writers (python-docx, openpyxl) for the office-import gate, and checks what
`shuati import --json` read from them.

usage: office_import.py write DIR          writes DIR/python-docx.docx, answer-table.docx, typed-numbers.docx, openpyxl.xlsx, openpyxl-sheets.xlsx
       office_import.py check KIND JSON    checks the import of a file written by `write`
                                           (KIND: docx, answer-table, xlsx, pdf)
"""
import json
import sys

# (stem, options, answer, how the document shows the answer)
QUESTIONS = [
    ("客户关系管理的核心是( )", ["产品", "客户", "价格", "渠道"], "B", "bold"),
    ("下列属于客户满意度影响因素的是( )", ["质量", "天气", "服务", "星座"], "AC", "red"),
    ("企业最有价值的客户通常是( )", ["新客户", "忠诚客户", "潜在客户", "流失客户"], "B", "underline"),
    ("顾客让渡价值等于总顾客价值减去( )", ["总顾客成本", "利润", "税费", "折扣"], "A", "highlight"),
]
FILL = ("客户忠诚分为态度忠诚和", "行为忠诚", "两种。")
TRUE_FALSE = ("客户满意一定带来客户忠诚。", "错")


def write(folder):
    import docx
    from docx.enum.text import WD_COLOR_INDEX
    from docx.shared import RGBColor
    import openpyxl

    d = docx.Document()
    d.add_heading("客户关系管理 期末练习", level=1)
    d.add_paragraph("一、选择题")
    for stem, options, answer, mark in QUESTIONS:
        # Word auto-numbering: the question numbers are not in the text.
        d.add_paragraph(stem, style="List Number")
        for letter, text in zip("ABCD", options):
            p = d.add_paragraph(f"{letter}. ")
            run = p.add_run(text)
            if letter in answer and mark == "bold":
                run.bold = True
            elif letter in answer and mark == "red":
                run.font.color.rgb = RGBColor(0xFF, 0x00, 0x00)
            elif letter in answer and mark == "underline":
                run.underline = True
            elif letter in answer and mark == "highlight":
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    d.add_paragraph("二、填空题")
    p = d.add_paragraph("5. " + FILL[0])
    p.add_run(FILL[1]).underline = True
    p.add_run(FILL[2])
    d.add_paragraph("三、判断题")
    d.add_paragraph(f"6. {TRUE_FALSE[0]}\n答案：{TRUE_FALSE[1]}")
    d.save(f"{folder}/python-docx.docx")

    # Keys in an answer table after the questions: Word list numbers, and numbers typed in the text (old .doc
    # converters do not draw Word's list numbers).
    answer_table(docx, typed=False).save(f"{folder}/answer-table.docx")
    answer_table(docx, typed=True).save(f"{folder}/typed-numbers.docx")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "题库"
    ws.append(["题型", "题干", "选项A", "选项B", "选项C", "选项D", "答案", "解析"])
    for stem, options, answer, _ in QUESTIONS:
        ws.append(["多选题" if len(answer) > 1 else "单选题", stem, *options, answer, None])
    ws.append(["判断题", TRUE_FALSE[0], None, None, None, None, TRUE_FALSE[1], "满意不等于忠诚"])
    # A gap: column C left empty on purpose in the last row is already there; a number cell too.
    ws.append(["填空题", FILL[0] + "____" + FILL[2], None, None, None, None, FILL[1], 2])
    wb.save(f"{folder}/openpyxl.xlsx")

    # One sheet per type, no type column, a notes sheet first and a blank row: every sheet is read.
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["请按模板填写，每种题型一张表"])
    ws = wb.create_sheet("选择题")
    ws.append(["题干", "选项A", "选项B", "选项C", "选项D", "答案"])
    for n, (stem, options, answer, _) in enumerate(QUESTIONS):
        if n == 1:
            ws.append([])
        ws.append([stem, *options, answer])
    ws = wb.create_sheet("判断题")
    ws.append(["题干", "答案", "解析"])
    ws.append([TRUE_FALSE[0], TRUE_FALSE[1], "满意不等于忠诚"])
    ws = wb.create_sheet("填空题")
    ws.append(["题干", "答案"])
    ws.append([FILL[0] + "____" + FILL[2], FILL[1]])
    wb.save(f"{folder}/openpyxl-sheets.xlsx")


def answer_table(docx, typed):
    t = docx.Document()
    for n, (stem, options, _, _) in enumerate(QUESTIONS, 1):
        if typed:
            t.add_paragraph(f"{n}. {stem}")
        else:
            t.add_paragraph(stem, style="List Number")
        t.add_paragraph("    ".join(f"{l}. {o}" for l, o in zip("ABCD", options)))
    t.add_paragraph("参考答案")
    table = t.add_table(rows=2, cols=len(QUESTIONS) + 1)
    for c, text in enumerate(["题号"] + [str(n + 1) for n in range(len(QUESTIONS))]):
        table.cell(0, c).text = text
    for c, text in enumerate(["答案"] + [q[2] for q in QUESTIONS]):
        table.cell(1, c).text = text
    return t


def check(kind, path):
    items = json.load(open(path, encoding="utf-8"))["items"]
    problems = []

    def find(stem):
        hits = [i for i in items if stem[:10] in i["stem"]]
        return hits[0] if hits else None

    def key(item):
        a = item.get("answer")
        return "".join(a) if isinstance(a, list) else a

    for stem, options, answer, mark in QUESTIONS:
        item = find(stem)
        if item is None:
            problems.append(f"missing question: {stem}")
            continue
        if key(item) != answer:
            problems.append(f"{stem}: key {key(item)!r}, expected {answer!r} ({mark})")
        got = item.get("options") or {}
        if [got.get(l) for l in "ABCD"] != options:
            problems.append(f"{stem}: options {got}, expected {options}")
    if kind == "answer-table":
        return report(kind, items, problems)
    fill = find(FILL[0])
    if fill is None or FILL[1] not in json.dumps(fill.get("answer"), ensure_ascii=False):
        problems.append(f"fill-in: {fill}")
    tf = find(TRUE_FALSE[0])
    if tf is None or tf.get("answer") not in (False, "false", [False]):
        problems.append(f"true/false: {tf}")
    return report(kind, items, problems)


def report(kind, items, problems):
    for p in problems:
        print(f"office-import: {kind}: {p}")
    print(f"office-import: {kind}: {len(items)} items, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write(sys.argv[2])
    else:
        sys.exit(check(sys.argv[2], sys.argv[3]))
