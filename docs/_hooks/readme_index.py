"""MkDocs hook: the README is the site's home page, so that the front door is written once.

Its links into docs/ ("docs/usage.md") become links between pages ("usage.md").
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

README = Path(__file__).resolve().parents[2] / "README.md"


def on_files(files: Files, config: Any) -> Files:
    text = README.read_text(encoding="utf-8")
    text = re.sub(r"\]\(docs/", "](", text)
    files.append(File.generated(config, "index.md", content=text))
    return files
