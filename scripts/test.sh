#!/usr/bin/env bash
# Every test: the core's GoogleTest suite (plain, under ASan/UBSan and under valgrind
# memcheck), the libFuzzer targets for a bounded time, then the Python package's pytest
# suite against the installed package. Sets itself up first.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

# clang and libclang-rt for the fuzz targets, valgrind for memcheck.
export SALIENCE_SANITIZERS=1
bash scripts/setup.sh "pytest>=7" "hypothesis>=6"

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
valgrind --quiet --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite \
  --show-leak-kinds=definite --suppressions=tests/cpp/valgrind.supp \
  build/test/tests/cpp/salience_tests --gtest_brief=1
echo "valgrind: clean in $((SECONDS - start)) s"

echo "== C++ core: libFuzzer targets, ${SALIENCE_FUZZ_SECONDS:-60} s each"
start=$SECONDS
bash scripts/fuzz.sh "${SALIENCE_FUZZ_SECONDS:-60}"
echo "fuzz: done in $((SECONDS - start)) s"

echo "== Python package: pytest"
python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore --no-build-isolation ".[test]"
python3 -m pytest
echo "== Python package: docstring examples"
python3 -m pytest -q -p no:cacheprovider --doctest-modules --pyargs salience
