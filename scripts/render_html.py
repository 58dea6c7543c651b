"""Renders the Jupyter view of a summary (``Summary._repr_html_``) to an HTML page and,
with --screenshot, to a PNG taken by headless Chromium, for a person to look at.

    python scripts/render_html.py                      # the bundled article
    python scripts/render_html.py --screenshot         # needs chromium (apt-get install chromium)
    python scripts/render_html.py my.txt --words 80 --screenshot --width 900

Writes into build/html/ (ignored by git): NAME.html and NAME.png. The screenshot is made
again on every run; none is committed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import salience

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "lavrov_visit.txt"

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>salience: {name}</title></head>
<body style="margin: 16px; background: {background}">
{view}
</body></html>
"""


def render(summary: salience.Summary, name: str, out: Path, background: str) -> Path:
    page = out / f"{name}.html"
    out.mkdir(parents=True, exist_ok=True)
    view = summary._repr_html_()
    page.write_text(PAGE.format(name=name, view=view, background=background), "utf-8")
    return page


def screenshot(page: Path, width: int, height: int) -> Path:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        raise SystemExit("render_html: no chromium on PATH (apt-get install chromium)")
    png = page.with_suffix(".png")
    png.unlink(missing_ok=True)
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",  # Chromium refuses to run as root with its sandbox
            "--disable-gpu",
            "--hide-scrollbars",
            f"--window-size={width},{height}",
            f"--screenshot={png}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    if not png.exists():
        raise SystemExit(f"render_html: chromium wrote no {png}")
    return png


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "file", nargs="?", type=Path, default=ARTICLE, help="UTF-8 text to summarize"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "html")
    parser.add_argument("--sentences", type=int)
    parser.add_argument("--ratio", type=float)
    parser.add_argument("--words", type=int)
    parser.add_argument("--chars", type=int)
    parser.add_argument("--screenshot", action="store_true", help="also take a PNG with chromium")
    parser.add_argument("--width", type=int, default=1100)
    parser.add_argument("--height", type=int, default=1700)
    parser.add_argument("--background", default="#f6f8fa", help="page colour around the view")
    arguments = parser.parse_args(argv)
    summary = salience.summarize(
        arguments.file.read_text(encoding="utf-8"),
        sentences=arguments.sentences,
        ratio=arguments.ratio,
        words=arguments.words,
        chars=arguments.chars,
    )
    page = render(summary, arguments.file.stem, arguments.out, arguments.background)
    print(page)
    if arguments.screenshot:
        print(screenshot(page, arguments.width, arguments.height))
    return 0


if __name__ == "__main__":
    sys.exit(main())
