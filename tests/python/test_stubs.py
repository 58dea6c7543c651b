"""Types: _core.pyi matches the compiled module, and the typed code passes mypy --strict."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
ALLOWLIST = Path(__file__).with_name("stubtest_allowlist.txt")

# What mypy --strict checks, with the settings of pyproject.toml. The package, its scripts
# and the tests written against its types; test files join the list once they are annotated.
TYPED = [
    "python/salience",
    "scripts/render_html.py",
    "tests/python/conftest.py",
    "tests/python/test_html.py",
    "tests/python/test_keywords.py",
    "tests/python/test_notebook.py",
    "tests/python/test_pandas.py",
    "tests/python/test_progress.py",
    "tests/python/test_readme.py",
    "tests/python/test_sklearn.py",
    "tests/python/test_stubs.py",
]


def run_mypy_tool(*arguments: str) -> subprocess.CompletedProcess[str]:
    # MYPYPATH: check the stub in the source tree, not a copy installed with an older build.
    environment = {**os.environ, "MYPYPATH": str(REPO_ROOT / "python")}
    return subprocess.run(
        [sys.executable, "-m", *arguments],
        cwd=REPO_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def test_stub_matches_the_compiled_module() -> None:
    done = run_mypy_tool("mypy.stubtest", "salience._core", "--allowlist", str(ALLOWLIST))
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("path", TYPED)
def test_typed_files_exist(path: str) -> None:
    assert (REPO_ROOT / path).exists(), f"{path} is listed for mypy but missing"


def test_mypy_strict_passes() -> None:
    done = run_mypy_tool("mypy", "--strict", *TYPED)
    assert done.returncode == 0, done.stdout + done.stderr
