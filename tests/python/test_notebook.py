"""examples/quickstart.ipynb runs top to bottom in a Jupyter kernel, and its code type-checks.

The notebook is committed without outputs; this test executes a copy and looks at them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
NOTEBOOK = EXAMPLES / "quickstart.ipynb"


def read_notebook() -> Any:
    read: Callable[..., Any] = nbformat.read  # nbformat leaves read() unannotated
    return read(NOTEBOOK, as_version=4)


@pytest.fixture(scope="module")
def executed() -> Any:
    notebook = read_notebook()
    client = NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(EXAMPLES)}},
    )
    client.execute()
    return notebook


def outputs_of(notebook: Any, cell_id: str) -> list[Any]:
    (cell,) = [cell for cell in notebook.cells if cell.get("id") == cell_id]
    return list(cell.outputs)


def test_is_committed_without_outputs() -> None:
    notebook = read_notebook()
    nbformat.validate(notebook)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.id


def test_runs_without_errors(executed: Any) -> None:
    for cell in executed.cells:
        if cell.cell_type != "code":
            continue
        for output in cell.outputs:
            assert output.output_type != "error", f"{cell.id}: {output.get('evalue')}"
            if output.output_type == "stream":
                assert output.name == "stdout", f"{cell.id} wrote to stderr: {output.text}"


def test_shows_the_summary_as_html(executed: Any) -> None:
    (view,) = outputs_of(executed, "view")
    assert 'class="salience-summary"' in view.data["text/html"]
    assert view.data["text/plain"].startswith("Summary(3 of ")


def test_shows_frames_and_the_pipeline(executed: Any) -> None:
    for cell_id in ("frame", "accessor", "sklearn"):
        rich = [output for output in outputs_of(executed, cell_id) if "data" in output]
        assert rich and "text/html" in rich[-1].data, cell_id


def test_prints_keywords(executed: Any) -> None:
    (printed,) = outputs_of(executed, "keywords")
    assert printed.text.splitlines()[0].startswith("Lavrov")


def test_code_cells_pass_mypy_strict(tmp_path: Path) -> None:
    notebook = read_notebook()
    cells = [cell.source for cell in notebook.cells if cell.cell_type == "code"]
    script = tmp_path / "quickstart.py"
    script.write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        # A bare expression ends many cells (the notebook displays it). attr-defined is off
        # because pandas-stubs types Series.__getattr__ as the element type, so a registered
        # accessor (series.salience) cannot type-check.
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--disable-error-code=attr-defined",
            "--config-file",
            str(root / "pyproject.toml"),
            str(script),
        ],
        cwd=root,
        env={**os.environ, "MYPYPATH": str(root / "python")},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
