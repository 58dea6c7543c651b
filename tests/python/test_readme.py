"""Every snippet of README.md runs: Python blocks in order in one namespace, shell blocks in
a scratch folder. A newcomer who follows the README meets no snippet that fails.

The Python blocks see ``article`` (the bundled article), ``text`` (the same), ``texts`` (a
few texts) and ``labels`` (one class per text). Sections whose snippets another test runs,
or whose shell commands set up the machine, are listed below with the reason.
"""

from __future__ import annotations

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
README = REPO_ROOT / "README.md"
ARTICLE = (REPO_ROOT / "examples" / "lavrov_visit.txt").read_text(encoding="utf-8")

# Sections whose Python snippets another test runs (they need a cluster or a data set).
PYTHON_TESTED_ELSEWHERE = {"Beyond one machine": "tests/python/test_distributed.py"}
# Sections whose shell snippets run here, and those that set up a machine instead.
SHELL_RUN = {"Command line", "API reference"}
SHELL_NOT_RUN = {
    "Install": "scripts/test.sh builds the wheel and tests it installed (scripts/test_wheel.sh)",
    "Reliability": "scripts/test.sh runs scripts/fuzz.sh itself",
}


@dataclass(frozen=True)
class Block:
    language: str
    section: str
    line: int
    code: str

    @property
    def id(self) -> str:
        return f"{self.language}-line{self.line}"


def read_blocks() -> list[Block]:
    blocks: list[Block] = []
    section = ""
    fence: tuple[str, int, list[str]] | None = None
    for number, line in enumerate(README.read_text(encoding="utf-8").splitlines(), start=1):
        if fence is None:
            if line.startswith("## "):
                section = line[3:].strip()
            elif line.startswith("```"):
                fence = (line[3:].strip(), number, [])
        elif line.startswith("```"):
            language, start, lines = fence
            if language:  # a fence without a language is a picture (the layout), not code
                blocks.append(Block(language, section, start, "\n".join(lines) + "\n"))
            fence = None
        else:
            fence[2].append(line)
    assert fence is None, "README.md has an unclosed code fence"
    return blocks


BLOCKS = read_blocks()
PYTHON = [block for block in BLOCKS if block.language == "python"]
SHELL = [block for block in BLOCKS if block.language in {"sh", "bash", "console"}]


def texts() -> list[str]:
    """A few texts: the article, and runs of its paragraphs."""
    paragraphs = [p for p in ARTICLE.split("\n\n") if p.strip()]
    return [ARTICLE] + ["\n\n".join(paragraphs[i : i + 5]) for i in range(0, 15, 5)]


def namespace() -> dict[str, Any]:
    corpus = texts()
    return {
        "__name__": "__readme__",
        "article": ARTICLE,
        "text": ARTICLE,
        "texts": corpus,
        "labels": [i % 2 for i in range(len(corpus))],
    }


def runs_here(block: Block) -> bool:
    return block.section not in PYTHON_TESTED_ELSEWHERE


def test_readme_has_snippets() -> None:
    assert len(PYTHON) >= 8 and len(SHELL) >= 3


@pytest.mark.parametrize("block", PYTHON, ids=[block.id for block in PYTHON])
def test_python_snippet_runs(block: Block, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # what a snippet saves lands in a scratch folder
    if not runs_here(block):
        elsewhere = PYTHON_TESTED_ELSEWHERE[block.section]
        assert (REPO_ROOT / elsewhere).is_file(), f"{elsewhere} should run this snippet"
        pytest.skip(f"{elsewhere} runs the snippets of '{block.section}'")
    scope = namespace()
    for earlier in PYTHON[: PYTHON.index(block)]:  # what a reader ran before this snippet
        if runs_here(earlier):
            exec(compile(earlier.code, f"README.md:{earlier.line}", "exec"), scope)
    exec(compile(block.code, f"README.md:{block.line}", "exec"), scope)


def test_every_shell_snippet_is_run_or_explained() -> None:
    for block in SHELL:
        assert block.section in SHELL_RUN | set(SHELL_NOT_RUN), (
            f"README.md:{block.line} ({block.section}): run it in test_readme.py or say why not"
        )


def scratch_folder(tmp_path: Path) -> dict[str, str]:
    """Files the snippets name, and commands on PATH that run this interpreter."""
    for name in ("article.txt", "a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    salience.Summarizer().fit([ARTICLE]).save(tmp_path / "news.salience")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    commands = {"python": "", "python3": "", "salience": "-m salience", "pdoc": "-m pdoc"}
    for command, arguments in commands.items():
        script = bin_dir / command
        script.write_text(f'#!/bin/sh\nexec "{sys.executable}" {arguments} "$@"\n')
        script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}


SHELL_HERE = [block for block in SHELL if block.section in SHELL_RUN]


@pytest.mark.parametrize("block", SHELL_HERE, ids=[block.id for block in SHELL_HERE])
def test_shell_snippet_runs(block: Block, tmp_path: Path) -> None:
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", block.code],
        cwd=tmp_path,
        env=scratch_folder(tmp_path),
        input=ARTICLE,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    if "pdoc" in block.code:
        pages = {path.name for path in (tmp_path / "docs" / "api").rglob("*.html")}
        assert {"salience.html", "pandas.html", "sklearn.html"} <= pages
    else:
        assert done.stdout.strip()


def test_cli_snippet_prints_what_the_readme_says(tmp_path: Path) -> None:
    (block,) = [block for block in SHELL_HERE if block.section == "Command line"]
    environment = scratch_folder(tmp_path)
    for line in block.code.splitlines():
        command = re.sub(r"\s+#.*$", "", line).strip()
        done = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", command],
            cwd=tmp_path,
            env=environment,
            input=ARTICLE,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        if "--format json" in command:
            assert done.stdout.startswith('{"file": "-"')
        elif "a.txt b.txt" in command:
            assert "==> a.txt <==" in done.stdout and "==> b.txt <==" in done.stdout
        else:
            assert done.stdout.strip(), command
