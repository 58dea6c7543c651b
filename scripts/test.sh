#!/usr/bin/env bash
# Every test: the core's GoogleTest suite (plain, under ASan/UBSan and under valgrind
# memcheck), the libFuzzer targets for a bounded time, the documentation site with warnings
# as errors (scripts/docs.sh), then the Python package's pytest suite (every snippet of the
# README and docs/ included) and docstring examples against the repaired wheel installed in a
# fresh venv, with the system's ICU and libstemmer hidden (scripts/test_wheel.sh). Sets
# itself up first.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

# clang and libclang-rt for the fuzz targets, valgrind for memcheck, clang-format and
# clang-tidy for lint.
export SALIENCE_SANITIZERS=1
bash scripts/setup.sh "ruff==0.17.6"

echo "== Lint: ruff check, ruff format --check, clang-format, clang-tidy"
bash scripts/lint.sh

echo "== Documentation: the site and its API reference, warnings as errors"
bash scripts/docs.sh

echo "== C++ core: GoogleTest"
cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSALIENCE_BUILD_TESTS=ON >/dev/null
cmake --build build/test -j "$jobs"
ctest --test-dir build/test --output-on-failure -j "$jobs"

echo "== C++ core: GoogleTest under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake --preset sanitize >/dev/null  # CMakePresets.json: build/sanitize, Debug, ASan + UBSan
cmake --build --preset sanitize -j "$jobs"
ctest --preset sanitize -j "$jobs"

echo "== C++ core: GoogleTest under valgrind memcheck"
start=$SECONDS
# Leaks that count are definite ones: ICU keeps its caches reachable until exit.
# Fair scheduling: memcheck runs one thread at a time, and by default a busy worker can keep
# the thread that waits to stop it from running for seconds, which the stop tests time.
valgrind --quiet --fair-sched=yes --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite \
  --show-leak-kinds=definite --suppressions=tests/cpp/valgrind.supp \
  build/test/tests/cpp/salience_tests --gtest_brief=1
echo "valgrind: clean in $((SECONDS - start)) s"

echo "== C++ core: libFuzzer targets, ${SALIENCE_FUZZ_SECONDS:-60} s each"
start=$SECONDS
bash scripts/fuzz.sh "${SALIENCE_FUZZ_SECONDS:-60}"
echo "fuzz: done in $((SECONDS - start)) s"

echo "== Python package: the repaired wheel, in a fresh venv, without the system's ICU and libstemmer"
start=$SECONDS
bash scripts/build_wheel.sh
echo "wheel: built in $((SECONDS - start)) s"
bash scripts/test_wheel.sh
