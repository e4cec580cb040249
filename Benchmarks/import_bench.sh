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
t0=$(date +%s.%N); wc -m "$big" >/dev/null; t1=$(date +%s.%N)
wc_s=$(python3 -c "print(round($t1-$t0, 3))")
# Median of three runs (the first also warms the page cache for the others).
runs=()
for _ in 1 2 3; do
  /usr/bin/time -f "%e %M" -o /tmp/import_bench.time "$bin" import "$big" --json >/dev/null
  runs+=("$(cat /tmp/import_bench.time)")
done
read -r secs kb < <(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p)
python3 - <<PY
mb, secs, kb, wc = $mb, $secs, $kb, $wc_s
print(f"file: {mb} MB")
print(f"shuati import --json (median of 3): {secs:.2f} s = {mb/secs:.1f} MB/s, peak RSS {kb/1024:.0f} MB")
print(f"wc -m: {wc:.2f} s = {mb/wc:.1f} MB/s; shuati/wc time ratio {secs/wc:.2f}")
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
