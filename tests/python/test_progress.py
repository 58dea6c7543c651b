"""summarize_many(..., progress=True): a tqdm bar, or a clear error without tqdm."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
import salience

TEXTS = ["Cats purr. Dogs bark loudly at night.", "Birds sing. Fish swim in the lake.", ""]


def test_progress_draws_a_bar_counting_the_texts(capsys: pytest.CaptureFixture[str]) -> None:
    summaries = list(salience.Summarizer().summarize_many(TEXTS, sentences=1, progress=True))
    assert [summary.text for summary in summaries] == [
        salience.summarize(text, sentences=1).text for text in TEXTS
    ]
    bar = capsys.readouterr().err
    assert "summarizing" in bar and "3/3" in bar and "100%" in bar


def test_progress_of_a_generator_counts_without_a_total(
    capsys: pytest.CaptureFixture[str],
) -> None:
    texts = (text for text in TEXTS)
    assert len(list(salience.Summarizer().summarize_many(texts, progress=True))) == 3
    bar = capsys.readouterr().err
    assert "summarizing" in bar and "3text" in bar.replace(" ", "")


def test_no_bar_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    list(salience.Summarizer().summarize_many(TEXTS))
    assert capsys.readouterr().err == ""


def test_progress_without_tqdm_says_what_to_install() -> None:
    code = """
        import sys
        sys.modules["tqdm"] = None  # as if tqdm were not installed
        import salience
        try:
            salience.Summarizer().summarize_many(["Cats purr."], progress=True)
        except ImportError as error:
            print(error)
        """
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True
    )
    assert done.stdout.startswith("progress=True draws its bar with tqdm, which is not installed")
    assert "pip install tqdm" in done.stdout
