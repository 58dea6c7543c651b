"""What a package index and pip show of salience: one version everywhere, the licences of
everything the package carries, the extras."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys

import salience

METADATA = importlib.metadata.metadata("salience")


def test_one_version_in_the_module_the_metadata_and_the_command_line() -> None:
    shown = subprocess.run(
        [sys.executable, "-m", "salience", "--version"], capture_output=True, text=True, check=True
    ).stdout
    assert importlib.metadata.version("salience") == salience.__version__
    assert shown.strip() == f"salience {salience.__version__}"


def test_the_licences_of_the_package_and_of_what_it_carries_are_installed() -> None:
    files = importlib.metadata.files("salience") or []
    licences = {file.name for file in files if "licenses" in file.parts}
    assert {"LICENSE", "ICU.txt", "Snowball.txt", "word-lists.txt"} <= licences
    assert METADATA["License-Expression"] == "MIT"


def test_the_extras_are_declared() -> None:
    extras = set(METADATA.get_all("Provides-Extra") or [])
    assert {"pandas", "sklearn", "dask", "progress", "all", "test"} <= extras
