"""Command line: ``salience [FILE ...] [--sentences N | --ratio R | --words N | --chars N]
[--language CODE | --model FILE] [--query TEXT] [--format text|json]``.

Reads each FILE (``-`` or none: standard input) as UTF-8 and prints its summary, focused on
the query when one is given: in text format one chosen sentence a line, in JSON format one
object per input on its own line. A query none of whose terms a file's sentences hold gives
its summary without the query (JSON says ``"query_matched": false``).
A file that cannot be read, is not UTF-8 or holds 2 GiB or more (the core's limit) is an
error: one line on standard error, exit 2.

What is printed cannot drive the terminal: in text output and error messages each control
character of the text or of a file name (C0 but tab, DEL, C1 such as U+009B, so ESC and
OSC sequences too) is printed as U+FFFD; JSON escapes them, C1 included, as ``\u009b``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import stat
import sys
from collections.abc import Sequence
from typing import Any, BinaryIO

from salience import _core
from salience._language import AUTO, supported_languages
from salience._results import Summary
from salience._summarizer import Summarizer
from salience._version import __version__

EXIT_USAGE = 2
# The core refuses a text of this many bytes of UTF-8 or more (2 GiB less a byte); reading
# stops there, so that a device or a pipe that never ends (/dev/zero) is an error, not a
# read until memory runs out.
LARGEST_INPUT = _core.TEXT_BYTES_LIMIT
_READ_CHUNK = 2**20
# Characters a terminal may act on: C0 controls but tab, DEL, and C1 (U+009B is CSI).
_TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f]")
# Those json.dumps(ensure_ascii=False) leaves as they are (it escapes C0 itself).
_UNESCAPED_IN_JSON = re.compile("[\x7f-\x9f]")


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
    parser.add_argument(
        "--query",
        metavar="TEXT",
        help="focus every summary on this query (its terms, read in the text's language)",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def _read(name: str) -> str:
    label = "standard input" if name == "-" else name
    try:
        if name == "-":
            data = _read_bounded(sys.stdin.buffer, label)
        else:
            with open(name, "rb") as file:
                data = _read_bounded(file, label)
    except OSError as error:
        reason = error.strerror or str(error)
        raise InputError(f"cannot read {name}: {reason}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{label} is not valid UTF-8 (byte {error.start}): convert it to UTF-8 first"
        ) from None


def _read_bounded(file: BinaryIO, label: str) -> bytes:
    """All of ``file``, or InputError once it passes LARGEST_INPUT bytes: a regular file
    is refused by its size before it is read, a pipe or a device when it has gone past."""
    too_large = f"the limit is {LARGEST_INPUT:,} bytes (2 GiB), that of the core"
    status = os.fstat(file.fileno())
    if stat.S_ISREG(status.st_mode) and status.st_size >= LARGEST_INPUT:
        raise InputError(f"{label} is {status.st_size:,} bytes; {too_large}")
    chunks = []
    size = 0
    while chunk := file.read(min(_READ_CHUNK, LARGEST_INPUT - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size >= LARGEST_INPUT:
            raise InputError(f"{label} holds {size:,} bytes or more; {too_large}")
    return b"".join(chunks)


def _printable(text: str) -> str:
    """``text`` with each character a terminal may act on replaced by U+FFFD."""
    return _TERMINAL_CONTROLS.sub("\ufffd", text)


def _json_line(record: dict[str, Any]) -> str:
    """``record`` as one line of JSON, with no character a terminal may act on."""
    line = json.dumps(record, ensure_ascii=False)
    return _UNESCAPED_IN_JSON.sub(lambda found: f"\\u{ord(found.group()):04x}", line)


def _as_json(name: str, summary: Summary) -> dict[str, Any]:
    return {
        "file": name,
        "title": summary.title,
        "language": summary.language,
        "budget": {"kind": summary.budget.kind, "value": summary.budget.value},
        "query": summary.query,
        "query_matched": summary.query_matched,
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
                query=arguments.query,
            )
            if arguments.format == "json":
                print(_json_line(_as_json(name, summary)))
                continue
            if len(names) > 1:
                print(f"{'' if position == 0 else chr(10)}==> {_printable(name)} <==")
            for sentence in summary.sentences:
                # A hard-wrapped sentence keeps its line breaks in the text; here it is
                # one line, so that the output has a sentence a line.
                print(_printable(" ".join(sentence.text.splitlines())))
    except (InputError, ValueError) as error:
        parser.exit(EXIT_USAGE, f"salience: error: {_printable(str(error))}\n")
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (| head): not an error
    return 0


if __name__ == "__main__":
    sys.exit(main())
