"""The HTML view of a Summary that Jupyter shows (``Summary._repr_html_``).

The article with its chosen sentences highlighted and every candidate shaded by its
salience, the title, the budget, the top keywords and a table of scores and feature
contributions. All styling is inline, because notebook front ends (JupyterLab, VS Code,
nbviewer) keep inline styles but may drop ``<style>`` blocks, and the view carries its own
light background so that it reads the same under a dark theme. Every piece of the text is
escaped: an article holding ``<script>`` shows it as text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from html import escape
from typing import TYPE_CHECKING

from salience._records import FEATURE_NAMES, shorten

if TYPE_CHECKING:
    from salience._keywords import Keyword
    from salience._records import Budget, Sentence
    from salience._results import Summary

# At most this many rows in the table (the chosen sentences are always shown), so that a
# book-length text does not make a page-long output.
TABLE_ROWS = 100
KEYWORDS_SHOWN = 8
TABLE_TEXT_WIDTH = 72  # code points of a sentence shown in a table cell, ellipsis included

_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif"
_INK = "#1f2328"
_MUTED = "#59636e"
_RULE = "#d1d9e0"
_SHADE = (9, 105, 218)  # candidates: blue, deeper for more salient
_CHOSEN = (255, 200, 0)  # chosen: highlighter yellow, deeper for more salient
_CHOSEN_EDGE = "#bf8700"
_NEGATIVE = "#cf222e"


def _rgba(rgb: tuple[int, int, int], alpha: float) -> str:
    red, green, blue = rgb
    return f"rgba({red}, {green}, {blue}, {alpha:.3f})"


def _style(**properties: str) -> str:
    """An inline style attribute; property names use _ for -."""
    declarations = "; ".join(
        f"{name.replace('_', '-')}: {value}" for name, value in properties.items()
    )
    return f' style="{escape(declarations)}"'


class _Salience:
    """Maps scores to [0, 1] over a summary's candidates: 0 the least salient, 1 the most.

    By rank, not by distance: scores bunch together below a few leaders, and a linear scale
    would paint most of the text in one shade. The table's bars show the scores themselves.
    """

    def __init__(self, scores: Iterable[float]) -> None:
        self.ordered = sorted(scores)

    def __call__(self, score: float) -> float:
        if len(self.ordered) < 2:
            return 1.0
        return bisect_left(self.ordered, score) / (len(self.ordered) - 1)


class _Magnitude:
    """Maps scores linearly to [0, 1] between the lowest and the highest: the bar lengths."""

    def __init__(self, scores: Iterable[float]) -> None:
        values = list(scores)
        self.low = min(values, default=0.0)
        self.high = max(values, default=0.0)

    def __call__(self, score: float) -> float:
        if self.high <= self.low:
            return 1.0
        return (score - self.low) / (self.high - self.low)


def _tooltip(sentence: Sentence, candidates: int) -> str:
    features = " · ".join(f"{name} {value:+.3f}" for name, value in sentence.features.items())
    return f"rank {sentence.rank} of {candidates} · score {sentence.score:.3f}\n{features}"


def _badge(rank: int) -> str:
    style = _style(
        display="inline-block",
        min_width="1.3em",
        margin_right="0.3em",
        padding="0 0.3em",
        border_radius="0.65em",
        background=_CHOSEN_EDGE,
        color="#ffffff",
        font_size="0.72em",
        font_weight="700",
        line_height="1.35em",
        text_align="center",
        vertical_align="0.12em",
    )
    return f"<span{style}>{rank}</span>"


def _sentence(sentence: Sentence, chosen: bool, salience: float, candidates: int) -> str:
    text = escape(sentence.text)
    tooltip = escape(_tooltip(sentence, candidates)).replace("\n", "&#10;")
    if chosen:
        style = _style(
            background=_rgba(_CHOSEN, 0.35 + 0.5 * salience),
            box_shadow=f"inset 0 -2px 0 {_CHOSEN_EDGE}",
            border_radius="3px",
            padding="1px 2px",
            box_decoration_break="clone",
            _webkit_box_decoration_break="clone",
        )
        return f'<mark title="{tooltip}"{style}>{_badge(sentence.rank)}{text}</mark>'
    style = _style(
        background=_rgba(_SHADE, 0.03 + 0.32 * salience),
        border_radius="3px",
        padding="1px 0",
        box_decoration_break="clone",
        _webkit_box_decoration_break="clone",
    )
    return f'<span title="{tooltip}"{style}>{text}</span>'


def _article(summary: Summary, salience: _Salience) -> str:
    """The text paragraph by paragraph, the title left out (it heads the view)."""
    by_index = {sentence.index: sentence for sentence in summary.ranking}
    chosen = {sentence.index for sentence in summary.sentences}
    candidates = len(by_index)
    paragraphs: list[list[str]] = []
    paragraph = -1
    for span in summary.spans:
        if span.kind == "title":
            continue
        if span.paragraph != paragraph or not paragraphs:
            paragraphs.append([])
            paragraph = span.paragraph
        sentence = by_index.get(span.index)
        if span.kind == "dateline":
            style = _style(color=_MUTED, font_variant="small-caps", letter_spacing="0.02em")
            paragraphs[-1].append(f"<span{style}>{escape(span.text)}</span>")
        elif span.kind == "speaker":  # a transcript's turn opens with who speaks
            paragraphs[-1].append(f"<b{_style(color=_MUTED)}>{escape(span.text)}:</b>")
        elif sentence is None:  # a sentence without words ("...", "* * *")
            paragraphs[-1].append(escape(span.text))
        else:
            paragraphs[-1].append(
                _sentence(sentence, span.index in chosen, salience(sentence.score), candidates)
            )
    style = _style(margin="0 0 0.75em 0")
    return "".join(f"<p{style}>{' '.join(parts)}</p>" for parts in paragraphs)


def _legend() -> str:
    gradient = ", ".join(_rgba(_SHADE, alpha) for alpha in (0.03, 0.35))
    swatch = _style(
        display="inline-block",
        width="4.5em",
        height="0.8em",
        vertical_align="-0.05em",
        margin="0 0.35em",
        border_radius="2px",
        background=f"linear-gradient(90deg, {gradient})",
        border=f"1px solid {_RULE}",
    )
    chosen = _style(
        background=_rgba(_CHOSEN, 0.6),
        box_shadow=f"inset 0 -2px 0 {_CHOSEN_EDGE}",
        border_radius="3px",
        padding="0 0.3em",
        color=_INK,
    )
    return (
        f"less salient<span{swatch}></span>more salient"
        f"<span{_style(margin='0 0.6em')}>·</span>"
        f"<mark{chosen}>chosen</mark>"
        f"<span{_style(margin='0 0.6em')}>·</span>{_badge(1)}its rank"
        f"<span{_style(margin='0 0.6em')}>·</span>hover a sentence for its scores"
    )


def _keywords(keywords: tuple[Keyword, ...]) -> str:
    if not keywords:
        return ""
    chip = _style(
        display="inline-block",
        margin="0 0.35em 0.3em 0",
        padding="0.05em 0.55em",
        border=f"1px solid {_RULE}",
        border_radius="1em",
        background="#f6f8fa",
        white_space="nowrap",
    )
    weight = _style(color=_MUTED, font_size="0.85em", margin_left="0.3em")
    chips = "".join(
        f'<span title="term {escape(keyword.term)}, {keyword.count} times"{chip}>'
        f"{escape(keyword.text)}<span{weight}>{keyword.score:.1f}</span></span>"
        for keyword in keywords
    )
    label = _style(color=_MUTED, margin_right="0.5em")
    return f"<div{_style(margin='0.2em 0 0.6em 0')}><span{label}>Keywords</span>{chips}</div>"


def _number(value: float) -> str:
    if abs(value) < 0.0005:  # shows as 0.000, never as -0.000
        value = 0.0
    color = _NEGATIVE if value < 0 else (_MUTED if value == 0 else _INK)
    return f"<td{_style(text_align='right', color=color, padding='2px 8px')}>{value:.3f}</td>"


def _score_cell(score: float, magnitude: float) -> str:
    bar = _style(
        display="inline-block",
        width=f"{3 * magnitude:.2f}em",
        height="0.6em",
        margin_right="0.4em",
        background=_rgba(_SHADE, 0.75),
        border_radius="2px",
    )
    cell = _style(text_align="right", padding="2px 8px", white_space="nowrap", font_weight="600")
    return f"<td{cell}><span{bar}></span>{score:.3f}</td>"


def _table(summary: Summary, magnitude: _Magnitude) -> str:
    chosen = {sentence.index for sentence in summary.sentences}
    ranking = summary.ranking
    rows = list(ranking[:TABLE_ROWS])
    rows += [sentence for sentence in ranking[TABLE_ROWS:] if sentence.index in chosen]

    def head_cell(name: str) -> str:
        style = _style(
            text_align="left" if name == "sentence" else "right",
            padding="4px 8px",
            border_bottom=f"1px solid {_RULE}",
            color=_MUTED,
            font_weight="600",
            position="sticky",  # the header stays in sight while the rows scroll
            top="0",
            background="#ffffff",
        )
        return f"<th{style}>{escape(name)}</th>"

    head = "".join(head_cell(name) for name in ("rank", "sentence", "score", *FEATURE_NAMES))
    body = []
    for sentence in rows:
        picked = sentence.index in chosen
        row = _style(background=_rgba(_CHOSEN, 0.3) if picked else "transparent")
        rank = _badge(sentence.rank) if picked else str(sentence.rank)
        rank_cell = _style(text_align="right", padding="2px 8px", color=_INK if picked else _MUTED)
        # max-width 0 with width 100%: the sentence takes the room the numbers leave, cut
        # with an ellipsis, so that the table never grows wider than the view.
        text_cell = _style(
            padding="2px 8px",
            text_align="left",
            color=_INK,
            white_space="nowrap",
            overflow="hidden",
            text_overflow="ellipsis",
            max_width="0",
            width="100%",
        )
        shown = escape(shorten(sentence.text, TABLE_TEXT_WIDTH))
        if sentence.speaker is not None:  # who said it, before what was said
            shown = f"<b>{escape(shorten(sentence.speaker, TABLE_TEXT_WIDTH // 3))}:</b> {shown}"
        cells = [
            f"<td{rank_cell}>{rank}</td>",
            f'<td title="{escape(sentence.text)}"{text_cell}>{shown}</td>',
            _score_cell(sentence.score, magnitude(sentence.score)),
            *(_number(value) for value in sentence.features.values()),
        ]
        body.append(f"<tr{row}>{''.join(cells)}</tr>")
    more = len(ranking) - len(rows)
    note = ""
    if more > 0:
        note = f"<div{_style(color=_MUTED, padding='4px 8px')}>… and {more} more sentences</div>"
    table = _style(
        border_collapse="collapse",
        width="100%",
        font_size="0.85em",
        font_variant_numeric="tabular-nums",
        color=_INK,
    )
    caption = _style(caption_side="top", text_align="left", color=_MUTED, padding="4px 8px")
    explained = " + ".join(FEATURE_NAMES)
    box = _style(
        max_height="20em", overflow_y="auto", border=f"1px solid {_RULE}", border_radius="6px"
    )
    return (
        f"<div{box}><table{table}>"
        f"<caption{caption}>Every candidate, best first: score = {escape(explained)}, "
        "each feature weighted</caption>"
        f"<thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>{note}</div>"
    )


def _query(summary: Summary) -> tuple[str, ...]:
    """The query the summary was focused on, and whether the text held a term of it."""
    if summary.query is None:
        return ()
    query = f"query <q>{escape(summary.query)}</q>"
    if summary.query_matched:
        return (query,)
    unmatched = _style(font_style="italic")
    return (query, f"<span{unmatched}>no sentence holds its terms: summary without it</span>")


def summary_html(summary: Summary) -> str:
    """The HTML of ``summary``'s view: one ``<div>``, inline styles, every text escaped."""
    candidates = len(summary.ranking)
    salience = _Salience(sentence.score for sentence in summary.ranking)
    magnitude = _Magnitude(sentence.score for sentence in summary.ranking)
    title = summary.title
    heading = escape(title) if title is not None else "Summary"
    facts = " · ".join(
        (
            f"{len(summary)} of {candidates} sentences",
            f"budget {escape(str(summary.budget))}",
            f"language {escape(summary.language)}",
            *_query(summary),
        )
    )
    card = _style(
        font_family=_FONT,
        font_size="14px",
        line_height="1.6",
        color=_INK,
        background="#ffffff",
        border=f"1px solid {_RULE}",
        border_radius="8px",
        padding="14px 18px",
        max_width="62em",
        text_align="left",
    )
    header = _header(heading, facts)
    if candidates == 0:
        empty = _style(color=_MUTED, font_style="italic")
        nothing = f"<p{empty}>No sentence to choose from.</p>"
        return f'<div class="salience-summary"{card}>{header}{nothing}</div>'
    legend = (
        f"<div{_style(color=_MUTED, font_size='0.8em', margin='0 0 0.7em 0')}>{_legend()}</div>"
    )
    scroll = _style(max_height="30em", overflow_y="auto", margin="0 0 0.6em 0", padding_right="6px")
    article = f"<div{scroll}>{_article(summary, salience)}</div>"
    return (
        f'<div class="salience-summary"{card}>{header}{legend}{article}'
        f"{_keywords(summary.keywords(k=KEYWORDS_SHOWN))}{_table(summary, magnitude)}</div>"
    )


def _header(heading: str, facts: str) -> str:
    """The heading line and the muted line of facts under it (both HTML already)."""
    return (
        f"<div{_style(font_size='1.2em', font_weight='700', line_height='1.3')}>{heading}</div>"
        f"<div{_style(color=_MUTED, font_size='0.9em', margin='0.15em 0 0.5em 0')}>{facts}</div>"
    )


def cluster_html(
    sentences: tuple[Sentence, ...], documents: tuple[Summary, ...], budget: Budget
) -> str:
    """The HTML of a cluster's summary: the chosen sentences, each with the number of its
    document, then the view of each document that has candidates (:func:`summary_html`)."""
    candidates = sum(len(document.ranking) for document in documents)
    facts = " · ".join(
        (
            f"{len(sentences)} of {candidates} sentences from {len(documents)} documents",
            f"budget {escape(str(budget))}",
        )
    )
    badge = _style(color=_MUTED, font_size="0.8em", font_weight="700", margin_right="0.4em")
    chosen = "".join(
        f"<li><span{badge}>document {sentence.document}</span>{escape(sentence.text)}</li>"
        for sentence in sentences
    )
    card = _style(
        font_family=_FONT,
        font_size="14px",
        line_height="1.6",
        color=_INK,
        background="#ffffff",
        max_width="62em",
        text_align="left",
    )
    header = _header(f"Summary of {len(documents)} documents", facts)
    parts = "".join(
        f"<div{_style(font_weight='700', margin='1em 0 0.3em 0')}>Document {number}</div>"
        f"{summary_html(document)}"
        for number, document in enumerate(documents)
        if document.ranking
    )
    return f'<div class="salience-cluster"{card}>{header}<ol>{chosen}</ol>{parts}</div>'
