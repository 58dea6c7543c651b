"""HTML input: the main text of a web page, and the summary of that text.

A page's markup, menus, banners, comments and footers are not its text. :func:`extract_text`
keeps the main text (the article) with trafilatura, chosen for the quality of the text it
keeps (bench/html_extraction.py) and for its upkeep; :func:`summarize_html` summarizes
that text. The summary's ``source`` is the extracted text, and every offset points into it,
not into the HTML.

trafilatura is optional and imported at the call: ``pip install 'salience[html]'``.
"""

from __future__ import annotations

import re
from typing import Any

from salience._language import AUTO
from salience._results import Summary
from salience._summarizer import summarize

HTML_MISSING = "{feature} needs trafilatura, which is not installed: pip install 'salience[html]'"
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def import_trafilatura(feature: str) -> Any:
    """The trafilatura module, or an ImportError that names ``feature`` and the extra."""
    try:
        import trafilatura
    except ImportError as error:
        raise ImportError(HTML_MISSING.format(feature=feature), name="trafilatura") from error
    return trafilatura


def check_html(html: object) -> str:
    """``html`` if it is a str holding valid Unicode; TypeError or ValueError otherwise."""
    if isinstance(html, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"html must be str, not {type(html).__name__}: decode it first with the page's "
            "charset, for example html.decode('utf-8')"
        )
    if not isinstance(html, str):
        raise TypeError(f"html must be str, not {type(html).__name__}")
    # Checked here rather than by the summarizer: the HTML parser drops the text after one.
    lone = LONE_SURROGATE.search(html)
    if lone:
        raise ValueError(
            f"html holds a lone surrogate U+{ord(lone.group()):04X} at offset {lone.start()}: "
            "only valid Unicode can be read"
        )
    return html


def extract_text(html: str) -> str:
    """The main text of the page ``html``: its article, without navigation, banners,
    advertisements, related links, comments, footers, scripts or styles.

    Paragraphs, headings and list items end with a line break; tables are kept, a row to a
    line. A headline inside the article is its first line. A page with no text (empty,
    markup or scripts only) gives ``""``; on a page too short to tell an article from the
    rest, trafilatura keeps what text there is.

    Raises TypeError when ``html`` is not a str (bytes: decode them with the page's
    charset), ValueError when it holds a lone surrogate, and ImportError naming
    ``pip install 'salience[html]'`` when trafilatura is not installed.

    >>> page = '''<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    ... <article><h1>Cats at rest</h1>
    ... <p>Cats purr when they are content, and sometimes when they are hurt.</p>
    ... <p>Vets say the sound helps them heal.</p></article>
    ... <footer>Copyright 2024 The Daily Courier</footer></body></html>'''
    >>> print(extract_text(page))
    Cats at rest
    Cats purr when they are content, and sometimes when they are hurt.
    Vets say the sound helps them heal.
    """
    return main_text(html, "salience.extract_text()")


def main_text(html: object, feature: str) -> str:
    """:func:`extract_text`, whose ImportError names ``feature``."""
    checked = check_html(html)
    trafilatura = import_trafilatura(feature)
    if not checked.strip():
        return ""
    text = trafilatura.extract(
        checked,
        include_comments=False,
        include_tables=True,
        include_links=False,
        include_images=False,
        deduplicate=False,
    )
    return str(text) if text else ""


def summarize_html(
    html: str,
    *,
    sentences: int | None = None,
    ratio: float | None = None,
    words: int | None = None,
    chars: int | None = None,
    language: str = AUTO,
) -> Summary:
    """Summarize the main text of the page ``html``, as :func:`summarize` summarizes a text.

    The text summarized is ``extract_text(html)``; it is the summary's ``source``, and the
    offsets of its sentences and spans point into it:
    ``summary.source[s.start:s.end] == s.text``. A page with no main text gives an empty
    Summary. The budget and ``language`` are those of :func:`summarize`.

    Raises what :func:`extract_text` raises, and ValueError for an invalid budget.

    >>> page = '''<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    ... <article><h1>Cats at rest</h1>
    ... <p>Cats purr when they are content, and sometimes when they are hurt.</p>
    ... <p>Vets say the sound helps them heal.</p></article>
    ... <footer>Copyright 2024 The Daily Courier</footer></body></html>'''
    >>> summary = summarize_html(page, sentences=1)
    >>> [(s.start, s.end) for s in summary.sentences]
    [(13, 79)]
    >>> summary.source[13:79]
    'Cats purr when they are content, and sometimes when they are hurt.'
    """
    return summarize(
        main_text(html, "salience.summarize_html()"),
        sentences=sentences,
        ratio=ratio,
        words=words,
        chars=chars,
        language=language,
    )
