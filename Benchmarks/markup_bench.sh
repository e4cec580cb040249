#!/usr/bin/env bash
# HTML and Markdown import time against size (release build): a saved quiz page and a malformed page (unclosed
# tags, stray `<` and `&`, a never-closed comment-free script at the end, deep unclosed nesting), and a Markdown
# quiz, each at 2.5, 5 and 10 MB. Prints seconds and MB/s per size: linear reading keeps MB/s flat as size doubles.
# `wc -m` on the largest file is printed beside them as a floor.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product shuati >/dev/null
bin=.build/release/shuati
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import random, sys
out = sys.argv[1]
rng = random.Random(11)
words = ["客户", "关系", "管理", "核心", "价值", "满意", "忠诚", "企业", "服务", "质量", "市场", "数据"]
def phrase(n): return "".join(rng.choice(words) for _ in range(n))
def quiz_page(n):
    parts = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>题库</title><style>.a{}</style>'
             '<script>var x = "<div>";</script></head><body><nav>首页</nav>']
    for q in range(1, n + 1):
        key = rng.randrange(4)
        opts = "".join(f'<li class="{"option right" if k == key else "option"}">{l}. {phrase(3)}&nbsp;</li>'
                       for k, l in enumerate("ABCD"))
        parts.append(f'<div class="question"><h3>{q}. <span class="tag">(单选题)</span>{phrase(8)}（&nbsp;）</h3>'
                     f'<ul>{opts}</ul><span class="element-invisible-hidden">{phrase(2)}</span></div>')
    return "".join(parts) + "</body></html>"
def malformed(n):
    parts = []
    for q in range(n):
        parts.append(f'<div><p>{q}. {phrase(6)} 1 < 2 &amp x & y <b>{phrase(2)}<i>{phrase(2)}</span></td><<< <li>A. {phrase(2)}')
    return "".join(parts) + "<script>never closed " + "x" * 1000
def markdown(n):
    parts = []
    for q in range(1, n + 1):
        key = rng.randrange(4)
        opts = "".join(f'    - {"**" if k == key else ""}{l}. {phrase(3)}{"**" if k == key else ""}\n' for k, l in enumerate("ABCD"))
        parts.append(f"{q}. {phrase(8)}（ ）\n{opts}\n```\n解析：{phrase(5)}\n```\n\n")
    return "".join(parts)
for name, make, ext in (("quiz", quiz_page, "html"), ("malformed", malformed, "html"), ("markdown", markdown, "md")):
    unit = make(200)
    per = len(unit.encode()) / 200
    for mb in (2.5, 5, 10):
        n = int(mb * 1024 * 1024 / per)
        open(f"{out}/{name}-{mb}.{ext}", "w").write(make(n))
PY
seconds() {  # median wall time of three runs of a command
  for _ in 1 2 3; do
    s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    python3 -c "print($e - $s)"
  done | sort -n | sed -n 2p
}
printf '%-10s %6s %8s %8s\n' kind MB seconds MB/s
for name in quiz malformed markdown; do
  for mb in 2.5 5 10; do
    f=$(ls "$work/$name-$mb".*)
    size=$(stat -c %s "$f")
    t=$(seconds "$bin" import "$f" --json)
    python3 -c "print('%-10s %6.1f %8.3f %8.1f' % ('$name', $size / 1048576, $t, $size / 1048576 / $t))"
  done
  t=$(seconds wc -m "$f")
  python3 -c "print('%-10s %6s %8.3f   (wc -m, largest file)' % ('$name', '', $t))"
done
