#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang and -fsanitize=fuzzer,address,undefined
# and runs each for a bounded time over its seed corpus. The test command runs them for 60 s
# each; for a longer hunt give more seconds per target, or name the targets:
#
#   bash scripts/fuzz.sh                       # 60 s per target
#   bash scripts/fuzz.sh 3600                  # an hour per target
#   bash scripts/fuzz.sh 600 summarize_fuzzer  # one target
#
# New inputs that reach new code collect in build/fuzz/corpus/<target> and are reused by the
# next run (tests/fuzz/corpus/<target> holds only the hand-written seeds). A crash, leak,
# timeout, time growing faster than the text or broken invariant is saved to
# build/fuzz/artifacts/ and fails the run; replay it with
# `build/fuzz/tests/fuzz/<target> <file>` (SALIENCE_FUZZ_VERBOSE=1 prints the options) and
# turn it into a test in tests/cpp/regression_test.cpp.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(segment_fuzzer summarize_fuzzer corpus_fuzzer)

if ! command -v clang++ >/dev/null || ! dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null | grep -q "install ok installed"; then
  SALIENCE_SANITIZERS=1 bash scripts/setup.sh
fi

CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSALIENCE_BUILD_FUZZERS=ON >/dev/null
cmake --build build/fuzz -j "$(nproc)" --target "${targets[@]}"

mkdir -p build/fuzz/artifacts
failed=()
for target in "${targets[@]}"; do
  name=${target%_fuzzer}
  work=build/fuzz/corpus/$name
  log=build/fuzz/$target.log
  mkdir -p "$work"
  echo "fuzz: $target for ${seconds}s (log: $log)"
  status=0
  # -rss_limit_mb and -timeout make a memory blow-up or a hang (10 s on one input) a finding.
  # libFuzzer's inputs stay short, so time that grows faster than the text is found inside the
  # targets instead: segment_fuzzer repeats each short input to 2 KB and to 8 KB and fails
  # when the second takes more than ten times as long (check_linear_time in fuzz_support.h).
  "build/fuzz/tests/fuzz/$target" "$work" "tests/fuzz/corpus/$name" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="build/fuzz/artifacts/$name-" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 || true)
  echo "fuzz: $target: ${runs:-?} executions, ${coverage:-cov: ?}, corpus $(find "$work" -type f | wc -l) inputs, exit $status"
  if ((status != 0)); then
    grep -E -A 30 'ERROR|invariant broken|SUMMARY' "$log" | head -n 60 >&2 || tail -n 40 "$log" >&2
    failed+=("$target")
  fi
done

if ((${#failed[@]})); then
  echo "fuzz: findings in ${failed[*]}; inputs saved in build/fuzz/artifacts/" >&2
  exit 1
fi
