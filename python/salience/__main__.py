"""Command line: ``salience [FILE ...] [--sentences N | --ratio R | --words N | --chars N]
[--language CODE | --model FILE] [--format text|json]``.

Reads each FILE (``-`` or none: standard input) as UTF-8 and prints its summary: in text
format one chosen sentence a line, in JSON format one object per input on its own line.
A file that cannot be read or is not UTF-8 is an error: one line on standard error, exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from salience._results import Summary
from salience._summarizer import AUTO, Summarizer, supported_languages
from salience._version import __version__

EXIT_USAGE = 2


class InputError(Exception):
    """An input that cannot be read as UTF-8 text."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="salience",
        description="Summarize text by extracting its most salient sentences.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="UTF-8 text files; '-' or none reads stdin"
    )
    budget = parser.add_mutually_exclusive_group()
    budget.add_argument("--sentences", type=int, help="at most N sentences (default: 3)")
    budget.add_argument("--ratio", type=float, help="this share of the sentences, in (0, 1]")
    budget.add_argument("--words", type=int, help="at most N words, whole sentences")
    budget.add_argument("--chars", type=int, help="at most N characters, whole sentences")
    reader = parser.add_mutually_exclusive_group()
    reader.add_argument(
        "--language",
        default=AUTO,
        help="ISO 639-1 code, or auto to detect it (default); one of "
        + ", ".join(supported_languages()),
    )
    reader.add_argument(
        "--model",
        metavar="FILE",
        help="a summarizer saved by Summarizer.save: its options and fitted IDF",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def _read(name: str) -> str:
    try:
        if name == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(name, "rb") as file:
                data = file.read()
    except OSError as error:
        reason = error.strerror or str(error)
        raise InputError(f"cannot read {name}: {reason}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        label = "standard input" if name == "-" else name
        raise InputError(
            f"{label} is not valid UTF-8 (byte {error.start}): convert it to UTF-8 first"
        ) from None


def _as_json(name: str, summary: Summary) -> dict[str, Any]:
    return {
        "file": name,
        "title": summary.title,
        "language": summary.language,
        "budget": {"kind": summary.budget.kind, "value": summary.budget.value},
        "sentences": [
            {
                "text": sentence.text,
                "index": sentence.index,
                "start": sentence.start,
                "end": sentence.end,
                "score": sentence.score,
                "rank": sentence.rank,
                "features": dict(sentence.features),
            }
            for sentence in summary.sentences
        ],
    }


def _summarizer(arguments: argparse.Namespace) -> Summarizer:
    if arguments.model is None:
        return Summarizer(language=arguments.language)
    try:
        return Summarizer.load(arguments.model)
    except OSError as error:
        reason = error.strerror or str(error)
        raise InputError(f"cannot read the model {arguments.model}: {reason}") from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    arguments = parser.parse_args(argv)
    names = arguments.files or ["-"]
    try:
        summarizer = _summarizer(arguments)
        for position, name in enumerate(names):
            summary = summarizer.summarize(
                _read(name),
                sentences=arguments.sentences,
                ratio=arguments.ratio,
                words=arguments.words,
                chars=arguments.chars,
            )
            if arguments.format == "json":
                print(json.dumps(_as_json(name, summary), ensure_ascii=False))
                continue
            if len(names) > 1:
                print(f"{'' if position == 0 else chr(10)}==> {name} <==")
            for sentence in summary.sentences:
                # A hard-wrapped sentence keeps its line breaks in the text; here it is
                # one line, so that the output has a sentence a line.
                print(" ".join(sentence.text.splitlines()))
    except (InputError, ValueError) as error:
        parser.exit(EXIT_USAGE, f"salience: error: {error}\n")
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (| head): not an error
    return 0


if __name__ == "__main__":
    sys.exit(main())
