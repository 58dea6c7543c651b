"""Types: _core.pyi matches the compiled module, and the package, its scripts, the tests and
the notebook's code pass mypy --strict."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
ALLOWLIST = Path(__file__).with_name("stubtest_allowlist.txt")

# What mypy --strict checks, with the settings of pyproject.toml: the package, its scripts,
# every test (the whole directory, so that a new test file is checked from its first day) and
# the code of the quickstart notebook.
TYPED = [
    "python/salience",
    "scripts/render_html.py",
    "tests/python",
]
NOTEBOOK = "examples/quickstart.ipynb"


def notebook_code(notebook: Path) -> str:
    """The code cells of a notebook, in order, as one module."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    sources = [cell["source"] for cell in cells if cell["cell_type"] == "code"]
    # nbformat stores a cell's source as one str or as a list of lines.
    return "\n\n".join(s if isinstance(s, str) else "".join(s) for s in sources) + "\n"


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


@pytest.mark.parametrize("path", [*TYPED, NOTEBOOK])
def test_typed_files_exist(path: str) -> None:
    assert (REPO_ROOT / path).exists(), f"{path} is listed for mypy but missing"


def test_mypy_strict_passes(tmp_path: Path) -> None:
    # One mypy run for everything: the notebook's code goes in as a module of its own.
    notebook = tmp_path / "quickstart.py"
    notebook.write_text(notebook_code(REPO_ROOT / NOTEBOOK), encoding="utf-8")
    done = run_mypy_tool("mypy", "--strict", *TYPED, str(notebook))
    assert done.returncode == 0, done.stdout + done.stderr
