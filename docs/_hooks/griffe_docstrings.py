"""Griffe extension: the package's reST-flavoured docstrings read as Markdown.

Doctest examples (``>>>`` lines and the output after them) become fenced code, and roles
such as :meth:`fit` become code, so that neither is taken for Markdown links.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

ROLE = re.compile(r":(?:meth|func|class|attr|mod|data|exc|obj):`~?([^`]+)`")


def as_markdown(text: str) -> str:
    lines: list[str] = []
    in_example = False
    for line in text.splitlines():
        starts = line.lstrip().startswith(">>>")
        if starts and not in_example:
            lines.append("```pycon")
            in_example = True
        elif in_example and not line.strip():
            lines.append("```")
            in_example = False
        lines.append(line if in_example else ROLE.sub(r"`\1`", line))
    if in_example:
        lines.append("```")
    return "\n".join(lines)


class MarkdownDocstrings(griffe.Extension):
    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = as_markdown(obj.docstring.value)
