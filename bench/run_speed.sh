#!/usr/bin/env bash
# The speed benchmarks, end to end: installs what they need (the project's set-up,
# Debian's libbenchmark-dev, the peers of bench/requirements.txt, PyICU and the package),
# builds and runs the Google Benchmark program of the core on the BBC articles, then runs
# bench/speed.py with its results. Writes bench/results/core_benchmark.json,
# bench/results/speed.md and bench/results/speed.json. Extra arguments go to speed.py,
# e.g. --limit 200 --repeat 3 --growth-sizes 10KB,1MB for a quick look.
# About 15 minutes on 2 cores; other work on the machine slows every row.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
DATA="${SALIENCE_BENCH_DATA:-../shared/data/bbc_news_summary/bbc_news_summary.jsonl}"
[[ -f "$DATA" ]] || { echo "run_speed: no data set at $DATA (set SALIENCE_BENCH_DATA)" >&2; exit 2; }

bash scripts/setup.sh
if ! dpkg-query -W -f='${Status}' libbenchmark-dev 2>/dev/null | grep -q "install ok installed"; then
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo=sudo
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libbenchmark-dev >/dev/null
fi
pip=("$PYTHON" -m pip install -q --disable-pip-version-check --root-user-action=ignore)
"${pip[@]}" -r bench/requirements.txt pyicu threadpoolctl
# SALIENCE_BENCH_BUILD_DIR: scikit-build-core's build directory, if not the default one.
"${pip[@]}" --no-build-isolation ${SALIENCE_BENCH_BUILD_DIR:+-Cbuild-dir="$SALIENCE_BENCH_BUILD_DIR"} .

cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DSALIENCE_BUILD_BENCHMARKS=ON >/dev/null
cmake --build build/bench -j "$(nproc)" --target salience_core_benchmark

# The articles, each ended by a NUL byte, in a temporary file: the data set is never
# copied into the repository.
articles=$(mktemp /tmp/salience-articles.XXXXXX)
trap 'rm -f "$articles"' EXIT
"$PYTHON" - "$DATA" "$articles" <<'EOF'
import json, sys
with open(sys.argv[1], encoding="utf-8") as lines, open(sys.argv[2], "wb") as out:
    for line in lines:
        if line.strip():
            out.write(json.loads(line)["article"].encode("utf-8") + b"\0")
EOF

mkdir -p bench/results
echo "== core (Google Benchmark), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
build/bench/bench/cpp/salience_core_benchmark "$articles" \
  --benchmark_repetitions=5 --benchmark_min_time=1 --benchmark_min_warmup_time=0.5 \
  --benchmark_out=bench/results/core_benchmark.json --benchmark_out_format=json

echo "== bench/speed.py, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$PYTHON" bench/speed.py --data "$DATA" --core-json bench/results/core_benchmark.json "$@"
