#!/usr/bin/env bash
# The main job: set up, install salience, summarize the bundled article.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore --no-build-isolation .
python3 -m salience examples/lavrov_visit.txt "$@"
