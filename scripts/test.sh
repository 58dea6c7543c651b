#!/usr/bin/env bash
# Every test: the core's GoogleTest suite (plain and under ASan/UBSan), then the Python
# package's pytest suite against the installed package. Sets itself up first.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

bash scripts/setup.sh "pytest>=7" "hypothesis>=6"

echo "== C++ core: GoogleTest"
cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSALIENCE_BUILD_TESTS=ON >/dev/null
cmake --build build/test -j "$jobs"
ctest --test-dir build/test --output-on-failure -j "$jobs"

echo "== C++ core: GoogleTest under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake -S . -B build/sanitize -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSALIENCE_BUILD_TESTS=ON -DSALIENCE_SANITIZE=ON >/dev/null
cmake --build build/sanitize -j "$jobs"
ctest --test-dir build/sanitize --output-on-failure -j "$jobs"

echo "== Python package: pytest"
python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore --no-build-isolation ".[test]"
python3 -m pytest
