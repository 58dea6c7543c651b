"""The package's modules keep the layers that salience/__init__.py writes down: each imports
only lower layers (so imports form no cycle) and no module takes another's private names."""

from __future__ import annotations

import ast
import pickle
import re
import typing
from pathlib import Path

import pytest
import salience

PACKAGE = Path(salience.__file__).resolve().parent
LAYER_LINE = re.compile(r"#\s+(\d+)\s+(\w+)\s")


def layers() -> dict[str, int]:
    """Module name -> layer, as the table in __init__.py gives them."""
    source = (PACKAGE / "__init__.py").read_text(encoding="utf-8")
    table: dict[str, int] = {}
    for line in source.splitlines():
        found = LAYER_LINE.match(line)
        if found:
            layer, module = found.groups()
            assert module not in table, f"{module} is listed twice"
            table[module] = int(layer)
    return table


def is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def type_checking_nodes(tree: ast.Module) -> set[int]:
    """The ids of the nodes under ``if TYPE_CHECKING:``: type-only imports."""
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test) in (
            "TYPE_CHECKING",
            "typing.TYPE_CHECKING",
        ):
            for statement in node.body:
                ids.update(id(child) for child in ast.walk(statement))
    return ids


def package_imports(path: Path) -> list[tuple[str, str | None, bool]]:
    """(module, name or None, type only) for each import of a salience module by ``path``,
    wherever it stands (at the top or in a function). ``from salience import _core`` is an
    import of the module _core; ``from salience._x import y`` one of the name y of _x."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    typing_only = type_checking_nodes(tree)
    submodules = {file.stem for file in PACKAGE.glob("*.py")} | {"_core"}
    found: list[tuple[str, str | None, bool]] = []
    for node in ast.walk(tree):
        only_types = id(node) in typing_only
        if isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "salience":
                    found.append((parts[1] if len(parts) > 1 else "__init__", None, only_types))
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            assert node.level == 0, f"{path.name}: relative import of {node.module}"
            parts = node.module.split(".")
            if parts[0] != "salience":
                continue
            if len(parts) > 1:
                found += [(parts[1], alias.name, only_types) for alias in node.names]
                continue
            for alias in node.names:
                if alias.name in submodules:
                    found.append((alias.name, None, only_types))
                else:
                    found.append(("__init__", alias.name, only_types))
    return found


MODULES = sorted(path.stem for path in PACKAGE.glob("*.py"))


def test_the_table_lists_every_module_once() -> None:
    table = layers()
    assert set(table) == {*MODULES, "_core"}


@pytest.mark.parametrize("module", MODULES)
def test_module_imports_only_lower_layers(module: str) -> None:
    table = layers()
    upward = [
        f"{imported} (layer {table[imported]})"
        for imported, _, only_types in package_imports(PACKAGE / f"{module}.py")
        if not only_types and imported != module and table[imported] >= table[module]
    ]
    assert not upward, f"{module} (layer {table[module]}) imports {', '.join(upward)}"


@pytest.mark.parametrize("module", MODULES)
def test_module_imports_no_private_name_of_another(module: str) -> None:
    private = [
        f"{imported}.{name}"
        for imported, name, _ in package_imports(PACKAGE / f"{module}.py")
        if name is not None and is_private(name)
    ]
    assert not private, f"{module} imports private names: {', '.join(private)}"


def test_the_checks_see_an_upward_and_a_private_import(tmp_path: Path) -> None:
    # The walk itself: an import inside a function counts, one under TYPE_CHECKING is a type.
    source = tmp_path / "example.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "from salience import _core, pandas\n"
        "if TYPE_CHECKING:\n"
        "    from salience._results import Summary\n"
        "def late() -> None:\n"
        "    from salience._summarizer import _restore\n",
        encoding="utf-8",
    )
    assert package_imports(source) == [
        ("_core", None, False),
        ("pandas", None, False),
        ("_results", "Summary", True),
        ("_summarizer", "_restore", False),
    ]


@pytest.mark.parametrize("value_type", [salience.Span, salience.Sentence, salience.Budget])
def test_value_objects_keep_the_module_their_pickles_name(value_type: type) -> None:
    # Pickles made by 0.1.0 name salience._results; _records defines the classes now.
    assert value_type.__module__ == "salience._results"
    typing.get_type_hints(value_type)  # their annotations resolve in that module


def test_pickled_summary_names_the_modules_of_0_1_0() -> None:
    summary = salience.summarize("Cats purr. Dogs bark loudly at night.", sentences=1)
    data = pickle.dumps((summary, summary.sentences[0], summary.spans[0]))
    modules = set(re.findall(rb"salience\.\w+", data))
    assert modules == {b"salience._results"}
    assert pickle.loads(data) == (summary, summary.sentences[0], summary.spans[0])
