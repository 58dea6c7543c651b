#!/usr/bin/env bash
# Installs what building and testing salience needs on a fresh Debian machine: system
# libraries with apt-get, Python build and test tools with pip. Safe to run again.
set -euo pipefail

packages=(g++ libicu-dev libstemmer-dev libboost-dev libgtest-dev)
if [[ "${SALIENCE_WHEEL_TOOLS:-0}" == 1 ]]; then
  packages+=(icu-devtools binutils)  # icupkg, genccode, nm, readelf: the wheel's ICU data
fi
if [[ "${SALIENCE_SANITIZERS:-0}" == 1 ]]; then
  # fuzz targets, memcheck, lint; the notebook view in a real browser; Java for the Spark test
  packages+=(clang clang-format clang-tidy libclang-rt-14-dev valgrind chromium openjdk-17-jre-headless)
fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo=sudo
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore \
  "scikit-build-core>=0.10" "pybind11>=2.12" "cmake>=3.21" ninja "$@"
