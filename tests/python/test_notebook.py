"""examples/quickstart.ipynb runs top to bottom in a Jupyter kernel.

The notebook is committed without outputs; this test executes a copy and looks at them. Its
code type-checks in test_stubs.py, in the one mypy --strict run over the typed code.
"""

from __future__ import annotations

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
