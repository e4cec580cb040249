#!/usr/bin/env bash
# Builds the importer fuzz target with libFuzzer (swiftc -sanitize=fuzzer, plus AddressSanitizer unless
# FUZZ_ASAN=0) and runs it. Usage: Fuzz/run.sh [libFuzzer options], e.g. Fuzz/run.sh -runs=10000000 -jobs=2.
# Seeds: the bundled bank's source documents, the test fixtures, and ../shared/seeds when it exists (read at run
# time, never copied into the repository). Findings are written to .build/fuzz/ (crash-*, timeout-*).
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build/fuzz
mkdir -p "$out/corpus" "$out/seeds"
sanitizers=fuzzer,address
if [ "${FUZZ_ASAN:-1}" = 0 ]; then sanitizers=fuzzer; fi
binary="$out/importer-fuzz-${sanitizers/,/-}"
sources=$(find Sources/ShuatiKit -name '*.swift' | sort)
stale=1
if [ -x "$binary" ] && [ -z "$(find $sources Fuzz/ImporterFuzzTarget.swift -newer "$binary")" ]; then stale=0; fi
if [ "$stale" = 1 ]; then
  echo "fuzz: building $binary"
  swiftc -O -sanitize="$sanitizers" -parse-as-library -module-name ShuatiKit $sources Fuzz/ImporterFuzzTarget.swift \
    -o "$binary" 2>&1 | grep -v "Cannot export local symbol" || true
fi
# Seeds: each document once per reader (the selector byte in front).
if [ -z "$(ls -A "$out/seeds")" ]; then
  i=0
  for doc in question-banks/sources/*.txt Tests/ShuatiKitTests/Fixtures/* ../shared/seeds/*.txt; do
    [ -f "$doc" ] || continue
    head -c 20000 "$doc" > "$out/seeds/body"
    for selector in 0 1 2 7 8 9 10 13 14 15; do
      { printf "\\$(printf '%03o' "$selector")"; cat "$out/seeds/body"; } > "$out/seeds/seed-$i-$selector"
    done
    i=$((i + 1))
  done
  rm -f "$out/seeds/body"
  # A few small documents in the other formats, so every reader starts from something it recognises.
  printf '\001# 第一章\n\n1. 核心是( )\n\n- A. 客户\n- B. 产品\n\n**答案：A**\n' > "$out/seeds/md"
  printf '\002<html><body><h2>一、单选题</h2><p>1.核心是( )</p><p>A.客户 B.产品</p><p>答案:A</p><table><tr><td>1</td><td>B</td></tr></table></body></html>' > "$out/seeds/html"
  printf '\007type,stem,A,B,answer\nsingle_choice,"核心是( )",客户,产品,A\n' > "$out/seeds/csv"
  printf '\010::Q1:: 核心是 { =客户 ~产品 }\n\n::Q2:: 对吗 {T}\n' > "$out/seeds/gift"
  printf '\011<?xml version="1.0"?><quiz><question type="multichoice"><questiontext><text><![CDATA[核心]]></text></questiontext><answer fraction="100"><text>客户</text></answer></question></quiz>' > "$out/seeds/xml"
  printf '\012{"items":[{"id":"x","type":"single_choice","section":"","stem":"核心","options":{"A":"客户","B":"产品"},"answer":["A"],"source":{"file":"a","line":1}}]}' > "$out/seeds/json"
  printf '\016{"ts":"2026-11-24T10:00:00Z","item":"abc","rating":3,"grade":1,"ms":1200,"mode":"drill"}\n' > "$out/seeds/log"
fi
exec "$binary" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$out/" -print_final_stats=1 "$@" "$out/corpus" "$out/seeds"
