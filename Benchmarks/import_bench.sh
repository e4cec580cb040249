#!/usr/bin/env bash
# Import throughput: a ~50 MB file made by repeating the seed documents, imported with --json (release build),
# beside `wc -m` on the same file. Prints MB/s and peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null 2>&1 || true; }
swift build -c release --product shuati >/dev/null
bin=.build/release/shuati
big=$(mktemp --suffix=.txt)
trap 'rm -f "$big"' EXIT
python3 - "$big" <<'PY'
import sys, glob
docs = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("question-banks/sources/*.txt"))]
unit = "\n\n".join(docs) + "\n\n"
target = 50 * 1024 * 1024
with open(sys.argv[1], "w", encoding="utf-8") as f:
    written = 0
    i = 0
    while written < target:
        # copies alternate 客户/顾客, so the file is not one text repeated; every copy is still parsed and assembled,
        # and repeated questions are merged at the end, as for any document that prints a question twice
        chunk = unit.replace("客户", "客户" if i % 2 == 0 else "顾客") + f"第{i}部分\n\n"
        f.write(chunk); written += len(chunk.encode()); i += 1
PY
size=$(stat -c %s "$big")
mb=$(python3 -c "print(round($size/1048576, 1))")
# Side-by-side pairs: `wc -m`, then the import, five times; the ratio of each pair is taken under the same machine
# load, and the median pair decides (the first import also warms the page cache, like wc's first read).
python3 - "$big" "$bin" "$mb" <<'PY'
import os, subprocess, sys, time, statistics
big, bin, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
pairs = []
for _ in range(5):
    t0 = time.perf_counter(); subprocess.run(["wc", "-m", big], stdout=subprocess.DEVNULL, check=True)
    t1 = time.perf_counter()
    r = subprocess.run(["/usr/bin/time", "-f", "%M", bin, "import", big, "--json"], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, check=True, text=True)
    t2 = time.perf_counter()
    kb = int(r.stderr.strip().splitlines()[-1])
    pairs.append((t1 - t0, t2 - t1, kb))
    print(f"pair: wc -m {t1 - t0:.2f} s, import {t2 - t1:.2f} s, ratio {(t2 - t1) / (t1 - t0):.2f}")
ratios = sorted(p[1] / p[0] for p in pairs)
secs = statistics.median(p[1] for p in pairs); wc = statistics.median(p[0] for p in pairs)
print(f"file: {mb} MB")
print(f"shuati import --json (median of 5): {secs:.2f} s = {mb/secs:.1f} MB/s, peak RSS {max(p[2] for p in pairs)/1024:.0f} MB")
print(f"wc -m (median of 5): {wc:.2f} s = {mb/wc:.1f} MB/s")
print(f"shuati/wc time ratio, median of 5 pairs: {statistics.median(ratios):.2f} (range {ratios[0]:.2f}-{ratios[-1]:.2f})")
PY
# Linear growth: the same text at a quarter, half and full size.
python3 - "$big" "$bin" <<'PY'
import os, subprocess, sys, tempfile, time
big, bin = sys.argv[1], sys.argv[2]
data = open(big, "rb").read()
for fraction in (0.25, 0.5, 1.0):
    cut = data[: int(len(data) * fraction)]
    cut = cut[: cut.rfind(b"\n") + 1]
    with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as f:
        f.write(cut); path = f.name
    t0 = time.perf_counter(); subprocess.run([bin, "import", path, "--json"], stdout=subprocess.DEVNULL, check=True)
    dt = time.perf_counter() - t0; os.unlink(path)
    print(f"linearity: {len(cut)/1048576:5.1f} MB in {dt:.2f} s ({len(cut)/1048576/dt:.1f} MB/s)")
PY
