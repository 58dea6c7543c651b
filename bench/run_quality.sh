#!/usr/bin/env bash
# Installs the peers, then runs the quality harness at 3 sentences on the CNN/DM dev
# set: all 1,100 documents, the 1,000 CNN validation documents, and the 73 Daily Mail
# ones. Extra arguments go to every run, e.g. --salience-option position_weight=0.3.
# Results: bench/results/quality_cnndm_dev*_3sent.md. About 4 minutes per full run.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"

"$PYTHON" -m pip install --quiet -r bench/requirements.txt
"$PYTHON" bench/quality.py --sentences 3 "$@"
"$PYTHON" bench/quality.py --sentences 3 --filter split=validation "$@"
"$PYTHON" bench/quality.py --sentences 3 --filter source=dm "$@"
