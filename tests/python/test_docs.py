"""Every snippet of README.md and of each docs/*.md page runs, and shows what it prints.

Per page, the Python blocks run in order in one namespace (a reader runs them one after the
other), the shell blocks in a scratch folder. A ```text block right after a snippet is its
output: the snippet must print exactly that. A newcomer who follows the pages meets no
snippet that fails and no output that is not real.

The Python blocks see ``article`` (the bundled article), ``text`` (the same), ``texts`` (a
few texts) and ``labels`` (one class per text). Sections whose snippets another test runs,
or whose shell commands set up the machine, are listed below with the reason. The options
table of docs/usage.md is held to the package's defaults here too.
"""

from __future__ import annotations

import ast
import contextlib
import inspect
import io
import os
import re
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import salience

REPO_ROOT = Path(__file__).resolve().parents[2]
PAGES = [REPO_ROOT / "README.md", *sorted((REPO_ROOT / "docs").glob("*.md"))]
ARTICLE = (REPO_ROOT / "examples" / "lavrov_visit.txt").read_text(encoding="utf-8")

# (page, section): sections whose Python snippets another test runs (they need a cluster).
PYTHON_TESTED_ELSEWHERE = {
    ("docs/scaling.md", "Beyond one machine"): "tests/python/test_distributed.py",
}
# Sections whose shell snippets run here, and those that set up a machine instead.
SHELL_RUN = {("README.md", "A short tour"), ("docs/cli.md", "Command line")}
SHELL_NOT_RUN = {
    ("README.md", "Install"): "scripts/test.sh builds the wheel and tests it installed",
    ("README.md", "Documentation"): "scripts/test.sh builds the site (scripts/docs.sh)",
    ("docs/building.md", "The Linux wheel"): "scripts/test.sh runs both scripts",
    ("docs/reliability.md", "Fuzzing"): "scripts/test.sh runs scripts/fuzz.sh itself",
    ("docs/hostile_inputs.md", "The C++ core"): "scripts/test.sh runs scripts/fuzz.sh itself",
    ("docs/html.md", "Web pages (HTML input)"): "scripts/test_wheel.sh installs the test extra",
}
PYTHON_LANGUAGES = {"python"}
SHELL_LANGUAGES = {"sh", "bash", "console"}
OUTPUT_LANGUAGES = {"text"}
# Code that is shown, not run: the C++ and the configuration the architecture page quotes.
SHOWN_LANGUAGES = {"cpp", "toml", "yaml", "cmake"}


@dataclass(frozen=True)
class Block:
    page: str  # relative to the repository: "README.md", "docs/usage.md"
    language: str
    section: str  # the "## " heading above it; the page's title before the first
    line: int
    code: str
    output: str | None  # the ```text block right after it: what it prints

    @property
    def id(self) -> str:
        return f"{self.page}:{self.line}"


def read_blocks(path: Path) -> list[Block]:
    page = path.relative_to(REPO_ROOT).as_posix()
    fences: list[tuple[str, str, int, str, int]] = []  # language, section, start, code, end
    section = ""
    fence: tuple[str, int, list[str]] | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if fence is None:
            if line.startswith("# ") and not section:
                section = line[2:].strip()
            elif line.startswith("## "):
                section = line[3:].strip()
            elif line.startswith("```"):
                fence = (line[3:].strip(), number, [])
        elif line.startswith("```"):
            language, start, lines = fence
            fences.append((language, section, start, "\n".join(lines) + "\n", number))
            fence = None
        else:
            fence[2].append(line)
    assert fence is None, f"{page} has an unclosed code fence"
    text_lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    for i, (language, section, start, code, end) in enumerate(fences):
        if not language or language in OUTPUT_LANGUAGES:
            continue  # a fence without a language is a picture (a layout), not code
        output = None
        if i + 1 < len(fences) and fences[i + 1][0] in OUTPUT_LANGUAGES:
            between = text_lines[end : fences[i + 1][2] - 1]
            if not any(line.strip() for line in between):
                output = fences[i + 1][3]
        blocks.append(Block(page, language, section, start, code, output))
    return blocks


BLOCKS = [block for page in PAGES for block in read_blocks(page)]
PYTHON = [block for block in BLOCKS if block.language in PYTHON_LANGUAGES]
SHELL = [block for block in BLOCKS if block.language in SHELL_LANGUAGES]


def texts() -> list[str]:
    """A few texts: the article, and runs of its paragraphs."""
    paragraphs = [p for p in ARTICLE.split("\n\n") if p.strip()]
    return [ARTICLE] + ["\n\n".join(paragraphs[i : i + 5]) for i in range(0, 15, 5)]


def namespace() -> dict[str, Any]:
    corpus = texts()
    return {
        "__name__": "__docs__",
        "article": ARTICLE,
        "text": ARTICLE,
        "texts": corpus,
        "labels": [i % 2 for i in range(len(corpus))],
    }


def runs_here(block: Block) -> bool:
    return (block.page, block.section) not in PYTHON_TESTED_ELSEWHERE


def same_output(printed: str, shown: str) -> bool:
    def lines(text: str) -> list[str]:
        return [line.rstrip() for line in text.strip().splitlines()]

    return lines(printed) == lines(shown)


def test_pages_have_snippets() -> None:
    assert len(PYTHON) >= 15 and len(SHELL) >= 6
    assert {block.page for block in PYTHON} >= {"README.md", "docs/usage.md"}


def test_every_fence_names_a_known_language() -> None:
    known = PYTHON_LANGUAGES | SHELL_LANGUAGES | OUTPUT_LANGUAGES | SHOWN_LANGUAGES
    for page in PAGES:
        for block in read_blocks(page):
            assert block.language in known, f"{block.id}: a ```{block.language} block is not run"


def test_every_exclusion_names_a_section_that_exists() -> None:
    sections = {(block.page, block.section) for block in BLOCKS}
    for excluded in (*PYTHON_TESTED_ELSEWHERE, *SHELL_RUN, *SHELL_NOT_RUN):
        assert excluded in sections, f"{excluded}: no snippet there any more"


PYTHON_HERE = [block for block in PYTHON if runs_here(block)]
PYTHON_ELSEWHERE = [block for block in PYTHON if not runs_here(block)]


@pytest.mark.parametrize("block", PYTHON_ELSEWHERE, ids=[block.id for block in PYTHON_ELSEWHERE])
def test_python_snippet_run_elsewhere_compiles(block: Block) -> None:
    # The other test runs the snippet's calls, not its text: the text is held to Python here.
    elsewhere = PYTHON_TESTED_ELSEWHERE[block.page, block.section]
    assert (REPO_ROOT / elsewhere).is_file(), f"{elsewhere} should run this snippet"
    compile(block.code, block.id, "exec")


@pytest.mark.parametrize("block", PYTHON_HERE, ids=[block.id for block in PYTHON_HERE])
def test_python_snippet_runs(block: Block, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # what a snippet saves lands in a scratch folder
    scope = namespace()
    page = [earlier for earlier in PYTHON if earlier.page == block.page]
    with contextlib.redirect_stdout(io.StringIO()):
        for earlier in page[: page.index(block)]:  # what a reader ran before this snippet
            if runs_here(earlier):
                exec(compile(earlier.code, f"{earlier.page}:{earlier.line}", "exec"), scope)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(block.code, f"{block.page}:{block.line}", "exec"), scope)
    if block.output is not None:
        assert same_output(printed.getvalue(), block.output), (
            f"{block.id} prints:\n{printed.getvalue()}\nbut the page shows:\n{block.output}"
        )


def test_every_shell_snippet_is_run_or_explained() -> None:
    for block in SHELL:
        where = (block.page, block.section)
        assert where in SHELL_RUN | set(SHELL_NOT_RUN), (
            f"{block.id} ({block.section}): run it in test_docs.py or say why not"
        )


def scratch_folder(tmp_path: Path) -> dict[str, str]:
    """Files the snippets name, and commands on PATH that run this interpreter."""
    for name in ("article.txt", "a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    salience.Summarizer().fit([ARTICLE]).save(tmp_path / "news.salience")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    commands = {"python": "", "python3": "", "salience": "-m salience"}
    for command, arguments in commands.items():
        script = bin_dir / command
        script.write_text(f'#!/bin/sh\nexec "{sys.executable}" {arguments} "$@"\n')
        script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}


def run_shell(code: str, folder: Path, environment: dict[str, str]) -> str:
    """What ``code`` prints, run by bash in ``folder`` with the article on standard input."""
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", code],
        cwd=folder,
        env=environment,
        input=ARTICLE,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"{code}\n{done.stderr}"
    return done.stdout


SHELL_HERE = [block for block in SHELL if (block.page, block.section) in SHELL_RUN]


@pytest.mark.parametrize("block", SHELL_HERE, ids=[block.id for block in SHELL_HERE])
def test_shell_snippet_runs(block: Block, tmp_path: Path) -> None:
    stdout = run_shell(block.code, tmp_path, scratch_folder(tmp_path))
    assert stdout.strip()
    if block.output is not None:
        assert same_output(stdout, block.output), (
            f"{block.id} prints:\n{stdout}\nbut the page shows:\n{block.output}"
        )


def test_cli_snippet_prints_what_the_page_says(tmp_path: Path) -> None:
    block = next(block for block in SHELL_HERE if block.page == "docs/cli.md")
    environment = scratch_folder(tmp_path)
    for line in block.code.splitlines():
        command = re.sub(r"\s+#.*$", "", line).strip()
        stdout = run_shell(command, tmp_path, environment)
        if "--format json" in command:
            assert stdout.startswith('{"file": "-"')
        elif "a.txt b.txt" in command:
            assert "==> a.txt <==" in stdout and "==> b.txt <==" in stdout
        else:
            assert stdout.strip(), command


# -- the options table of docs/usage.md --------------------------------------------------------


def options_table() -> dict[str, str]:
    """Option name -> the default column of the table whose header starts "| option | default"."""
    rows: dict[str, str] = {}
    in_table = False
    for line in (REPO_ROOT / "docs" / "usage.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("| option | default |"):
            in_table = True
        elif in_table and not line.startswith("|"):
            break
        elif in_table and not line.startswith("|---"):
            option, default = (cell.strip() for cell in line.strip("|").split("|")[:2])
            rows[option.strip("`")] = default.strip("`")
    return rows


def test_options_table_holds_every_option_and_its_default() -> None:
    table = options_table()
    parameters = inspect.signature(salience.Summarizer).parameters
    assert set(table) == set(parameters), "the table lists every option, and only those"
    for name, parameter in parameters.items():
        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY
        shown = ast.literal_eval(table[name])
        assert type(shown) is type(parameter.default) and shown == parameter.default, (
            f"docs/usage.md says {name}={table[name]}, the package {parameter.default!r}"
        )
    assert salience.Summarizer().options == {name: ast.literal_eval(table[name]) for name in table}
