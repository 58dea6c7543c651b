"""The command line, run as `python -m salience` and as the installed `salience` script."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import salience


def console_script() -> str:
    """The `salience` script installed with the package (next to this interpreter)."""
    name = "salience.exe" if sys.platform == "win32" else "salience"
    beside = Path(sysconfig.get_path("scripts")) / name
    if beside.is_file():
        return str(beside)
    found = shutil.which("salience")
    assert found, "the salience console script is not installed"
    return found


COMMANDS = {
    "module": [sys.executable, "-m", "salience"],
    "script": [console_script()],
}


def run(
    *arguments: str | Path, stdin: bytes = b"", command: str = "module"
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*COMMANDS[command], *map(str, arguments)],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def stdout_of(result: subprocess.CompletedProcess[bytes]) -> str:
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert result.stderr == b""
    return result.stdout.decode("utf-8")


def assert_one_line_error(result: subprocess.CompletedProcess[bytes]) -> str:
    assert result.returncode == 2
    assert result.stdout == b""
    error = result.stderr.decode("utf-8")
    assert "Traceback" not in error
    lines = error.splitlines()
    assert len(lines) == 1, error
    assert lines[0].startswith("salience: error:"), error
    return lines[0]


@pytest.fixture(scope="module")
def expected_lines(article: str) -> list[str]:
    return [sentence.text for sentence in salience.summarize(article).sentences]


@pytest.mark.parametrize("command", list(COMMANDS))
def test_text_output_prints_the_three_chosen_sentences(
    command: str, article_path: Path, expected_lines: list[str]
) -> None:
    output = stdout_of(run(article_path, command=command))
    assert output.splitlines() == expected_lines
    assert len(output.splitlines()) == 3
    assert output.splitlines()[0].startswith("Russia's Foreign Minister")


@pytest.mark.parametrize("command", list(COMMANDS))
def test_json_output(command: str, article: str, article_path: Path) -> None:
    output = stdout_of(run("--format", "json", article_path, command=command))
    lines = output.splitlines()
    assert len(lines) == 1
    document = json.loads(lines[0])
    assert document["title"] == (
        "REVIEW - Lavrov Blitz To US: No Breakthroughs, But Optimism In The Air"
    )
    assert document["file"] == str(article_path)
    assert document["language"] == "en"
    assert document["budget"] == {"kind": "sentences", "value": 3}
    chosen = document["sentences"]
    assert len(chosen) == 3
    summary = salience.summarize(article)
    for entry, sentence in zip(chosen, summary.sentences, strict=True):
        assert set(entry) >= {"text", "index", "start", "end", "score", "rank", "features"}
        assert article[entry["start"] : entry["end"]] == entry["text"] == sentence.text
        assert entry["index"] == sentence.index
        assert entry["rank"] == sentence.rank
        assert entry["score"] == pytest.approx(sentence.score)
        assert list(entry["features"]) == list(salience.FEATURE_NAMES)
        assert sum(entry["features"].values()) == pytest.approx(entry["score"])
    assert [entry["index"] for entry in chosen] == sorted(entry["index"] for entry in chosen)


def test_json_keeps_non_ascii_text_and_code_point_offsets(tmp_path: Path) -> None:
    text = "東京 👨‍👩‍👧‍👦 café. Second sentence here! Third 🇯🇵 one?"
    path = tmp_path / "unicode.txt"
    path.write_text(text, encoding="utf-8")
    document = json.loads(stdout_of(run("--format", "json", "--ratio", "1", path)))
    assert [entry["text"] for entry in document["sentences"]] == [
        "東京 👨‍👩‍👧‍👦 café.",
        "Second sentence here!",
        "Third 🇯🇵 one?",
    ]
    for entry in document["sentences"]:
        assert text[entry["start"] : entry["end"]] == entry["text"]
    assert document["title"] is None
    assert document["budget"] == {"kind": "ratio", "value": 1.0}


@pytest.mark.parametrize("arguments", [[], ["-"]], ids=["no-file", "dash"])
def test_reads_standard_input(
    arguments: list[str], article: str, expected_lines: list[str]
) -> None:
    result = run(*arguments, stdin=article.encode("utf-8"))
    assert stdout_of(result).splitlines() == expected_lines


def test_json_from_standard_input(article: str) -> None:
    document = json.loads(stdout_of(run("--format", "json", "-", stdin=article.encode("utf-8"))))
    assert document["file"] == "-"
    assert len(document["sentences"]) == 3


def test_empty_standard_input_prints_nothing() -> None:
    assert stdout_of(run(stdin=b"")) == ""
    document = json.loads(stdout_of(run("--format", "json", stdin=b"  \n")))
    assert document["sentences"] == [] and document["title"] is None


@pytest.mark.parametrize(
    ("option", "value", "check"),
    [
        ("--sentences", "1", lambda summary: len(summary) == 1),
        ("--sentences", "5", lambda summary: len(summary) == 5),
        ("--ratio", "0.1", lambda summary: summary.budget.kind == "ratio"),
        ("--words", "60", lambda summary: sum(s.words for s in summary) <= 60),
        ("--chars", "300", lambda summary: len(summary.text) <= 300),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_budget_options(
    option: str,
    value: str,
    check: Callable[[salience.Summary], bool],
    article: str,
    article_path: Path,
) -> None:
    output = stdout_of(run(option, value, article_path))
    budget: dict[str, Any] = {option.lstrip("-"): (float if option == "--ratio" else int)(value)}
    summary = salience.summarize(article, **budget)
    assert check(summary)
    assert output.splitlines() == [sentence.text for sentence in summary.sentences]


def test_language_option(tmp_path: Path) -> None:
    text = "Der Hund bellt laut. Die Katze schläft ruhig. Der Vogel singt schön."
    path = tmp_path / "de.txt"
    path.write_text(text, encoding="utf-8")
    document = json.loads(stdout_of(run("--language", "de", "--format", "json", path)))
    assert document["language"] == "de"


def test_several_files_in_text_format(
    tmp_path: Path, article_path: Path, expected_lines: list[str]
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Cats purr. Dogs bark at night.", encoding="utf-8")
    lines = stdout_of(run(article_path, other)).splitlines()
    assert lines == [
        f"==> {article_path} <==",
        *expected_lines,
        "",
        f"==> {other} <==",
        "Cats purr.",
        "Dogs bark at night.",
    ]


def test_several_files_in_json_format(tmp_path: Path, article_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Cats purr. Dogs bark at night.", encoding="utf-8")
    lines = stdout_of(run("--format", "json", article_path, other)).splitlines()
    assert [json.loads(line)["file"] for line in lines] == [str(article_path), str(other)]


def test_text_format_prints_one_sentence_a_line(tmp_path: Path) -> None:
    text = "This sentence was hard\nwrapped over two lines. A second sentence follows it."
    path = tmp_path / "wrapped.txt"
    path.write_text(text, encoding="utf-8")
    chosen = salience.summarize(text).sentences
    assert len(chosen) == 2
    lines = stdout_of(run(path)).splitlines()
    assert len(lines) == len(chosen), lines
    for line, sentence in zip(lines, chosen, strict=True):
        assert line.split() == sentence.text.split()


def test_help() -> None:
    output = stdout_of(run("--help"))
    for option in ("--sentences", "--ratio", "--words", "--chars", "--language", "--format"):
        assert option in output


# -- errors: exit 2 and one line on standard error ----------------------------------------------


@pytest.mark.parametrize("command", list(COMMANDS))
def test_missing_file(command: str, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    line = assert_one_line_error(run(missing, command=command))
    assert str(missing) in line


@pytest.mark.parametrize("command", list(COMMANDS))
def test_directory(command: str, tmp_path: Path) -> None:
    line = assert_one_line_error(run(tmp_path, command=command))
    assert str(tmp_path) in line


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize(
    "data",
    [b"\xff\xfe not utf-8", b"Caf\xe9 au lait.", b"ok so far \xed\xa0\x80 surrogate", b"\xc3"],
    ids=["bom16", "latin1", "encoded-surrogate", "truncated"],
)
def test_non_utf8_file(command: str, data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(data)
    line = assert_one_line_error(run(path, command=command))
    assert "UTF-8" in line
    assert str(path) in line


def test_non_utf8_standard_input() -> None:
    line = assert_one_line_error(run(stdin=b"Caf\xe9 au lait."))
    assert "UTF-8" in line and "standard input" in line


@pytest.mark.parametrize(
    "arguments",
    [
        ["--sentences", "2", "--words", "10"],
        ["--ratio", "0.5", "--chars", "100"],
        ["--sentences", "1", "--ratio", "0.5"],
    ],
    ids=" ".join,
)
def test_budgets_are_mutually_exclusive(arguments: list[str], article_path: Path) -> None:
    result = run(*arguments, article_path)
    assert result.returncode == 2
    assert result.stdout == b""
    error = result.stderr.decode("utf-8")
    assert "Traceback" not in error
    assert "not allowed with" in error
    assert error.splitlines()[-1].startswith("salience: error:")


@pytest.mark.parametrize(
    ("arguments", "allowed"),
    [
        (["--ratio", "2"], "(0, 1]"),
        (["--ratio", "0"], "(0, 1]"),
        (["--ratio", "nan"], "(0, 1]"),
        (["--sentences", "0"], ">= 1"),
        (["--words", "-5"], ">= 1"),
        (["--chars", "0"], ">= 1"),
        (["--language", "xx"], "en"),
    ],
    ids=" ".join,
)
def test_invalid_values_exit_2_with_one_line(
    arguments: list[str], allowed: str, article_path: Path
) -> None:
    line = assert_one_line_error(run(*arguments, article_path))
    assert allowed in line


@pytest.mark.parametrize("arguments", [["--sentences", "abc"], ["--format", "xml"]], ids=" ".join)
def test_malformed_arguments_exit_2(arguments: list[str], article_path: Path) -> None:
    result = run(*arguments, article_path)
    assert result.returncode == 2
    error = result.stderr.decode("utf-8")
    assert "Traceback" not in error
    assert error.splitlines()[-1].startswith("salience: error:")


def test_model_file_gives_the_saved_summarizers_summary(
    article: str, article_path: Path, tmp_path: Path
) -> None:
    corpus = [article, "The minister said the talks went on. Sanctions were not discussed."]
    fitted = salience.Summarizer(position_weight=0.1, language="en").fit(corpus)
    model = tmp_path / "news.salience"
    fitted.save(model)
    output = stdout_of(run("--model", model, "--format", "json", article_path))
    chosen = [entry["text"] for entry in json.loads(output)["sentences"]]
    assert chosen == [sentence.text for sentence in fitted.summarize(article).sentences]


@pytest.mark.parametrize(
    ("model", "message"),
    [
        ("missing.salience", "cannot read the model"),
        ("article.txt", "not a salience model file"),
    ],
)
def test_bad_model_file_is_one_line_error(
    model: str, message: str, article_path: Path, tmp_path: Path
) -> None:
    (tmp_path / "article.txt").write_text("Not a model.", encoding="utf-8")
    error = assert_one_line_error(run("--model", tmp_path / model, article_path))
    assert message in error


def test_model_and_language_together_are_a_usage_error(tmp_path: Path) -> None:
    result = run("--model", tmp_path / "m", "--language", "en")
    assert result.returncode == 2
    assert b"not allowed with argument" in result.stderr


@pytest.mark.parametrize(
    "header",
    [b"[" * 100_000 + b"]" * 100_000, b'{"options": {"min_words": 1' + b"0" * 5000 + b"}}"],
    ids=["deeply-nested", "5000-digits"],
)
def test_model_file_with_a_bad_checksummed_header_is_one_line_error(
    header: bytes, article_path: Path, tmp_path: Path, model_file: Callable[..., bytes]
) -> None:
    model = tmp_path / "deep.salience"
    model.write_bytes(model_file(header))
    error = assert_one_line_error(run("--model", model, article_path))
    assert "not a salience model file" in error


def test_a_device_as_model_is_one_line_error(article_path: Path) -> None:
    error = assert_one_line_error(run("--model", "/dev/zero", article_path))
    assert "magic bytes" in error


def test_a_regular_file_of_2_gib_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as file:
        file.truncate(2**31)  # sparse: no disk space taken
    error = assert_one_line_error(run(huge))
    assert f"{huge} is 2,147,483,648 bytes; the limit is 2,147,483,647 bytes (2 GiB)" in error


def test_a_device_or_a_pipe_that_does_not_end_is_read_no_further_than_the_limit(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from salience import __main__ as command_line

    monkeypatch.setattr(command_line, "LARGEST_INPUT", 3 * 2**20 + 5)
    with pytest.raises(SystemExit) as exit_info:
        command_line.main(["/dev/zero"])  # before the fix: read until MemoryError
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    assert error == (
        "salience: error: /dev/zero holds 3,145,733 bytes or more; "
        "the limit is 3,145,733 bytes (2 GiB), that of the core\n"
    )


# Sequences a terminal acts on: a colour, a window title (OSC), CSI as one C1 code point,
# NEL, a bell, a carriage return, DEL.
CONTROLS = "\x1b[31m", "\x1b]0;owned\x07", "\x9b2J", "\x85", "\x07", "\r", "\x7f"


def assert_no_control(output: bytes) -> None:
    text = output.decode("utf-8")
    for control in ("\x1b", "\x9b", "\x85", "\x07", "\r", "\x7f"):
        assert control not in text, repr(text)


def test_text_output_and_file_names_carry_no_terminal_control(tmp_path: Path) -> None:
    text = "".join(f"Sentence {i} says {c}hello to the reader. " for i, c in enumerate(CONTROLS))
    named = tmp_path / "evil\x1b]0;title\x07name\x9b.txt"
    named.write_text(text, encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text("A plain sentence here.", encoding="utf-8")
    result = run("--ratio", "1", named, plain)
    assert_no_control(stdout_of(result).encode("utf-8"))
    lines = result.stdout.decode("utf-8").splitlines()
    assert lines[0] == f"==> {tmp_path}/evil\ufffd]0;title\ufffdname\ufffd.txt <=="
    assert lines[1].startswith("Sentence 0 says \ufffd[31mhello to the reader.")
    chosen = len(salience.summarize(text, ratio=1).sentences)
    assert lines[1 + chosen :] == ["", f"==> {plain} <==", "A plain sentence here."]


def test_json_output_escapes_c1_controls_too(tmp_path: Path) -> None:
    text = "".join(f"Sentence {i} says {c}hello to the reader. " for i, c in enumerate(CONTROLS))
    named = tmp_path / "evil\x9bname.txt"
    named.write_text(text, encoding="utf-8")
    result = run("--format", "json", "--ratio", "1", named)
    output = stdout_of(result)
    assert_no_control(result.stdout)
    assert "\\u009b" in output and "\\u0085" in output and "\\u007f" in output
    document = json.loads(output)
    assert document["file"] == str(named)
    chosen = [entry["text"] for entry in document["sentences"]]
    assert chosen == [s.text for s in salience.summarize(text, ratio=1).sentences]


def test_error_messages_carry_no_terminal_control(tmp_path: Path) -> None:
    missing = tmp_path / "gone\x1b]0;title\x07\x9b.txt"
    error = assert_one_line_error(run(missing))
    assert_no_control(error.encode("utf-8"))
    assert "gone\ufffd]0;title\ufffd\ufffd.txt" in error
    bad = tmp_path / "bad\x1b[2J.txt"
    bad.write_bytes(b"\xff")
    error = assert_one_line_error(run(bad))
    assert_no_control(error.encode("utf-8"))
    assert "bad\ufffd[2J.txt is not valid UTF-8" in error
