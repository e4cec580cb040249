#!/usr/bin/env bash
# A short bounded libFuzzer round on the importer (with AddressSanitizer): any crash, trap or broken invariant
# fails CI and leaves the input in .build/fuzz/crash-*. The long local runs use Fuzz/run.sh -runs=N.
set -euo pipefail
cd "$(dirname "$0")/../.."
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf '@_cdecl("LLVMFuzzerTestOneInput") public func t(_ p: UnsafePointer<UInt8>?, _ n: Int) -> CInt { 0 }\n' > "$probe/p.swift"
if ! swiftc -sanitize=fuzzer -parse-as-library "$probe/p.swift" -o "$probe/p" >/dev/null 2>&1; then
  echo "fuzz: this swiftc cannot build with -sanitize=fuzzer, skipped"; exit 0
fi
started=$(date +%s)
Fuzz/run.sh -max_total_time="${FUZZ_SECONDS:-90}" -max_len=4096 > /tmp/shuati-ci-fuzz.log 2>&1 || {
  echo "fuzz: a finding (see .build/fuzz/):"; grep -E "ERROR|Fatal error|==[0-9]+==|SUMMARY" /tmp/shuati-ci-fuzz.log | head -n 20; exit 1; }
runs=$(grep -E "stat::number_of_executed_units" /tmp/shuati-ci-fuzz.log | awk '{print $2}')
rate=$(grep -E "stat::average_exec_per_sec" /tmp/shuati-ci-fuzz.log | awk '{print $2}')
echo "fuzz: $runs executions ($rate/s), no crash; $(( $(date +%s) - started )) s with the build"
