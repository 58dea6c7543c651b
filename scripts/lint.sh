#!/usr/bin/env bash
# Lint, as the test command runs it: ruff (check and format) over the Python, clang-format
# over every C++ file, clang-tidy (.clang-tidy) over the core's sources and headers.
# Arguments, if any, are the C++ sources to give clang-tidy instead of all of cpp/src.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m ruff check .
python3 -m ruff format --check .
git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run -Werror

# clang-tidy reads the compile commands of a configured (not built) tree.
cmake -S . -B build/tidy -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null 2>&1
if (($#)); then sources=("$@"); else mapfile -t sources < <(git ls-files 'cpp/src/*.cpp'); fi
printf '%s\0' "${sources[@]}" | xargs -0 -P "$(nproc)" -n 1 clang-tidy -p build/tidy --quiet 2>/dev/null
echo "lint: clean"
