#!/usr/bin/env bash
# The documentation site: the README as its home page, the pages of docs/ and the API
# reference from the package's docstrings, built by MkDocs (mkdocs.yml) into build/site with
# warnings as errors. Installs its pinned tools (docs/requirements.txt) into build/docs-venv;
# needs neither the compiled core nor any network but PyPI, and the pages load nothing from
# elsewhere. Open build/site/index.html.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=build/docs-venv
[[ -x $venv/bin/python ]] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check -r docs/requirements.txt
"$venv/bin/python" -m mkdocs build --strict --clean --site-dir build/site "$@"
echo "docs: built build/site/index.html"
