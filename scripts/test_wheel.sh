#!/usr/bin/env bash
# Tests the package as a user without a compiler meets it: the repaired wheel (built by
# scripts/build_wheel.sh unless dist/ already holds one) installed with its test extra into a
# fresh venv, and the whole pytest suite run against it in a mount namespace where the
# system's ICU and libstemmer are empty files, so that only the wheel's own copies can load.
#
#   bash scripts/test_wheel.sh              # build if needed, then test
#   bash scripts/test_wheel.sh -k html      # pytest arguments pass through
set -euo pipefail
cd "$(dirname "$0")/.."

compgen -G "dist/salience-*.whl" >/dev/null || bash scripts/build_wheel.sh
wheel=$(ls dist/salience-*.whl)

# Building the sdist where the libraries cannot be found (CMake told to ignore /usr) must stop
# at once with the one message that says what is missing and how to get it.
start=$SECONDS
log=$(mktemp)
if python3 -m pip wheel -q --no-deps --no-build-isolation -w "$(mktemp -d)" \
  -C cmake.define.CMAKE_IGNORE_PREFIX_PATH=/usr dist/salience-*.tar.gz >"$log" 2>&1; then
  echo "test_wheel: the sdist built without ICU and libstemmer in sight" >&2
  exit 1
fi
if ! grep -q "salience: cannot build the C++ core, missing:" "$log" || ! grep -q "apt-get install libicu-dev" "$log"; then
  cat "$log" >&2
  echo "test_wheel: the sdist failed without saying what is missing" >&2
  exit 1
fi
echo "test_wheel: without the libraries the sdist stops in $((SECONDS - start)) s with:"
sed -n '/salience: cannot build/,/docs\/building.md/p' "$log"
rm -f "$log"

venv=build/wheel-venv
rm -rf "$venv"
python3 -m venv "$venv"
# PySpark and pyarrow for the Spark test: not in the test extra, as they weigh about 490 MB.
"$venv/bin/python" -m pip install -q --disable-pip-version-check "${wheel}[test]" "pyspark>=3.5" "pyarrow>=14"

# Each extra resolves from the wheel file as it does from source.
for extra in pandas sklearn dask progress html all; do
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --dry-run "${wheel}[$extra]" >/dev/null
done
echo "test_wheel: the extras pandas, sklearn, dask, progress, html and all resolve from $wheel"

# Every ICU and libstemmer library the dynamic loader knows of, by its real path.
mapfile -t hidden < <(ldconfig -p | grep -E 'lib(icu[a-z0-9]*|stemmer)\.so' | sed 's/.*=> //' |
  xargs -r -n1 readlink -f | sort -u)
echo "test_wheel: hiding ${#hidden[@]} system libraries: ${hidden[*]}"
empty=$(mktemp)
namespace=(unshare --mount --propagation private)
[[ $(id -u) -eq 0 ]] || namespace=(unshare --user --map-root-user --mount --propagation private)

# shellcheck disable=SC2016  # expanded inside the namespace
SALIENCE_TEST_WHEEL=1 "${namespace[@]}" bash -euo pipefail -c '
  empty=$1 venv=$2
  shift 2
  while [[ $1 != -- ]]; do mount --bind "$empty" "$1"; shift; done
  shift
  core=$("$venv/bin/python" -c "import salience._core as c; print(c.__file__)")
  echo "test_wheel: ldd $core"
  ldd "$core"
  "$venv/bin/python" -m pytest "$@"
  "$venv/bin/python" -m pytest -q -p no:cacheprovider --doctest-modules --pyargs salience
' bash "$empty" "$venv" "${hidden[@]}" -- "$@"
rm -f "$empty"
