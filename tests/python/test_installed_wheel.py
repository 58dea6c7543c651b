"""The installed wheel is self-contained: ICU and libstemmer come from inside it.

scripts/test_wheel.sh installs the repaired wheel into a fresh venv, hides the system's ICU
and libstemmer in a mount namespace and sets SALIENCE_TEST_WHEEL=1; these tests then check
what the running process has actually loaded. Outside that run (a package built from source
links the system's libraries on purpose) they skip.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
import salience
import salience._core

pytestmark = pytest.mark.skipif(
    os.environ.get("SALIENCE_TEST_WHEEL") != "1",
    reason="only for the installed wheel (scripts/test_wheel.sh sets SALIENCE_TEST_WHEEL=1)",
)

# What the manylinux policy lets a wheel take from the system.
POLICY_LIBRARIES = {
    "linux-vdso.so.1",
    "ld-linux-x86-64.so.2",
    "ld-linux-aarch64.so.1",
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "librt.so.1",
    "libpthread.so.0",
    "libstdc++.so.6",
    "libgcc_s.so.1",
}
BUNDLED = re.compile(r"lib(icu|stemmer)")

CORE = Path(salience._core.__file__).resolve()
BUNDLE_DIRECTORY = CORE.parent.parent / "salience.libs"


def loaded_libraries() -> set[Path]:
    with open("/proc/self/maps", encoding="utf-8") as maps:
        return {
            Path(line.split(maxsplit=5)[5].strip())
            for line in maps
            if line.count(" ") >= 5 and "/" in line
        }


def test_every_library_outside_the_policy_resolves_inside_the_wheel() -> None:
    listing = subprocess.run(["ldd", str(CORE)], capture_output=True, text=True, check=True).stdout
    print(listing)
    resolved = dict(re.findall(r"^\s*(\S+) => (\S+)", listing, flags=re.MULTILINE))
    outside = {name: path for name, path in resolved.items() if name not in POLICY_LIBRARIES}
    assert outside, "ldd named no bundled library: the wheel was not repaired"
    for name, path in outside.items():
        assert Path(path).resolve().parent == BUNDLE_DIRECTORY, (
            f"{name} resolves to {path}, outside the wheel"
        )
    assert "not found" not in listing


def test_the_process_runs_on_the_bundled_icu_and_libstemmer() -> None:
    summary = salience.summarize(
        "Der Minister kam an. Er sprach lange mit den Reportern.", language="de"
    )
    assert len(summary.spans) == 2  # ICU segmented and Snowball stemmed for real
    bundled = {path for path in loaded_libraries() if BUNDLED.match(path.name)}
    assert {path.name.split("-")[0] for path in bundled} >= {"libicuuc", "libicudata", "libstemmer"}
    assert all(path.parent == BUNDLE_DIRECTORY for path in bundled), sorted(map(str, bundled))


def test_the_system_libraries_are_hidden() -> None:
    # A run that could still fall back on the system's copies proves nothing. (A machine
    # without them has nothing to fall back on.)
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    system = {Path(path) for path in re.findall(r"=> (\S*lib(?:icu\w+|stemmer)\.so\S*)", listing)}
    for path in system:
        assert path.resolve().stat().st_size == 0, f"{path} is not hidden"
