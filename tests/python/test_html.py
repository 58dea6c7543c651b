"""Summary._repr_html_: the view Jupyter shows, its structure, shading and escaping."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import salience

REPO_ROOT = Path(__file__).resolve().parents[2]
RENDER_SCRIPT = REPO_ROOT / "scripts" / "render_html.py"

HOSTILE = (
    '<script>alert("title")</script> & Co\n'
    "\n"
    'The <b>council</b> met on "Tuesday" & voted <script>alert(1)</script> for the budget. '
    "Critics said the <img src=x onerror=alert(2)> plan costs far too much money. "
    "The mayor defended the library budget on Friday's call."
)


class Element:
    def __init__(self, tag: str, attributes: dict[str, str]) -> None:
        self.tag = tag
        self.attributes = attributes
        self.children: list[Element | str] = []

    def text(self) -> str:
        return "".join(child if isinstance(child, str) else child.text() for child in self.children)

    def iter(self) -> list[Element]:
        found = [self]
        for child in self.children:
            if isinstance(child, Element):
                found += child.iter()
        return found


class TreeBuilder(HTMLParser):
    """A strict tree of the view: every tag closed in order, no void elements expected."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(element)
        self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        open_tag = self.stack.pop().tag
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(markup: str) -> Element:
    builder = TreeBuilder()
    builder.feed(markup)
    builder.close()
    assert builder.stack == [builder.root], "unclosed tags"
    (view,) = builder.root.children
    assert isinstance(view, Element)
    return view


def alpha(element: Element) -> float:
    found = re.search(r"background: rgba\([^)]*, ([0-9.]+)\)", element.attributes.get("style", ""))
    assert found, element.attributes
    return float(found.group(1))


def sentences_in_text(view: Element) -> dict[str, Element]:
    """The article's sentence elements (mark or span with a rank tooltip) by their text."""
    found: dict[str, Element] = {}
    for element in view.iter():
        if element.attributes.get("title", "").startswith("rank ") and element.tag in {
            "mark",
            "span",
        }:
            text = element.text()
            found[re.sub(r"^\d+", "", text) if element.tag == "mark" else text] = element
    return found


def test_view_is_one_well_formed_div(article_summary: salience.Summary) -> None:
    markup = article_summary._repr_html_()
    view = parse(markup)
    assert view.tag == "div"
    assert "salience-summary" in view.attributes["class"]
    assert "<style" not in markup and "<script" not in markup


def test_view_shows_title_budget_and_counts(article_summary: salience.Summary) -> None:
    text = parse(article_summary._repr_html_()).text()
    assert article_summary.title is not None
    assert article_summary.title in text
    assert f"budget {article_summary.budget}" in text
    assert f"{len(article_summary)} of {len(article_summary.ranking)} sentences" in text
    assert "language en" in text


def test_every_candidate_is_in_the_article_and_chosen_ones_are_marked(
    article_summary: salience.Summary,
) -> None:
    found = sentences_in_text(parse(article_summary._repr_html_()))
    assert set(found) == {sentence.text for sentence in article_summary.ranking}
    chosen = {sentence.text for sentence in article_summary.sentences}
    for sentence in article_summary.ranking:
        element = found[sentence.text]
        assert element.tag == ("mark" if sentence.text in chosen else "span")
        tooltip = element.attributes["title"]
        assert tooltip.startswith(f"rank {sentence.rank} of {len(article_summary.ranking)}")
        assert f"score {sentence.score:.3f}" in tooltip
        for name in salience.FEATURE_NAMES:
            assert name in tooltip


def test_chosen_sentences_carry_their_rank(article_summary: salience.Summary) -> None:
    found = sentences_in_text(parse(article_summary._repr_html_()))
    for sentence in article_summary.sentences:
        badge = found[sentence.text].children[0]
        assert isinstance(badge, Element)
        assert badge.text() == str(sentence.rank)


def test_more_salient_sentences_are_shaded_deeper(article_summary: salience.Summary) -> None:
    found = sentences_in_text(parse(article_summary._repr_html_()))
    chosen = {sentence.text for sentence in article_summary.sentences}
    for group in (True, False):
        shades = [
            alpha(found[sentence.text])
            for sentence in article_summary.ranking
            if (sentence.text in chosen) == group
        ]
        assert shades == sorted(shades, reverse=True), "shade follows the ranking"
    everything = [alpha(found[sentence.text]) for sentence in article_summary.ranking]
    assert len(set(everything)) > len(everything) // 2, "the shades tell sentences apart"


def test_article_keeps_paragraphs_and_the_dateline(article: str) -> None:
    summary = salience.summarize(article)
    view = parse(summary._repr_html_())
    paragraphs = [element for element in view.iter() if element.tag == "p"]
    body_paragraphs = {span.paragraph for span in summary.spans if span.kind != "title"}
    assert len(paragraphs) == len(body_paragraphs)
    dateline = next(span for span in summary.spans if span.kind == "dateline")
    assert dateline.text in paragraphs[0].text()


def test_table_lists_scores_and_contributions(article_summary: salience.Summary) -> None:
    view = parse(article_summary._repr_html_())
    (table,) = [element for element in view.iter() if element.tag == "table"]
    header = [cell.text() for cell in table.iter() if cell.tag == "th"]
    assert header == ["rank", "sentence", "score", *salience.FEATURE_NAMES]
    rows = [row for row in table.iter() if row.tag == "tr"][1:]
    assert len(rows) == len(article_summary.ranking)
    for row, sentence in zip(rows, article_summary.ranking, strict=True):
        cells = [cell for cell in row.iter() if cell.tag == "td"]
        assert cells[0].text() == str(sentence.rank)
        assert cells[1].attributes["title"] == sentence.text
        assert cells[2].text().endswith(f"{sentence.score:.3f}")
        for cell, value in zip(cells[3:], sentence.features.values(), strict=True):
            assert float(cell.text()) == pytest.approx(value, abs=5e-4)


def test_table_of_a_long_text_is_capped_but_keeps_the_chosen() -> None:
    text = " ".join(f"Sentence number {i} talks about topic {i % 7} at length." for i in range(160))
    summary = salience.summarize(text, sentences=120)
    view = parse(summary._repr_html_())
    (table,) = [element for element in view.iter() if element.tag == "table"]
    rows = [row for row in table.iter() if row.tag == "tr"][1:]
    assert 100 <= len(rows) < len(summary.ranking)
    shown = {cells[0].text() for cells in ([c for c in r.iter() if c.tag == "td"] for r in rows)}
    assert {str(sentence.rank) for sentence in summary.sentences} <= shown
    assert "more sentences" in view.text()


def test_keywords_are_shown(article_summary: salience.Summary) -> None:
    text = parse(article_summary._repr_html_()).text()
    assert "Keywords" in text
    for keyword in article_summary.keywords(k=8):
        assert keyword.text in text


def test_markup_in_the_text_shows_as_text() -> None:
    summary = salience.summarize(HOSTILE, sentences=2)
    markup = summary._repr_html_()
    view = parse(markup)
    assert {element.tag for element in view.iter()} <= {
        "div",
        "p",
        "span",
        "mark",
        "table",
        "caption",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
    }
    assert "<script" not in markup and "<img" not in markup and "<b>" not in markup
    text = view.text()
    assert '<script>alert("title")</script> & Co' in text
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(2)>" in text
    for sentence in summary.ranking:
        assert sentence.text in text


def test_quotes_cannot_break_out_of_attributes() -> None:
    text = 'He said "x" onmouseover="alert(1)" and \'y\' loudly today. Then he left the hall.'
    view = parse(salience.summarize(text, sentences=1)._repr_html_())
    for element in view.iter():
        assert set(element.attributes) <= {"class", "style", "title"}


@pytest.mark.parametrize(
    "text", ["", "   \n\n  ", "Only A Title\n\n..."], ids=["empty", "blank", "no-words"]
)
def test_a_summary_without_candidates_renders(text: str) -> None:
    view = parse(salience.summarize(text)._repr_html_())
    assert "No sentence to choose from." in view.text()
    assert not [element for element in view.iter() if element.tag == "table"]


def test_a_text_without_title_is_headed_summary() -> None:
    summary = salience.summarize("Cats purr when content. Dogs bark at night loudly.", sentences=1)
    assert summary.title is None
    assert parse(summary._repr_html_()).text().startswith("Summary")


def test_ipython_displays_it_as_html(article_summary: salience.Summary) -> None:
    formatters = pytest.importorskip("IPython.core.formatters", reason="IPython is not installed")
    assert formatters.HTMLFormatter()(article_summary) == article_summary._repr_html_()


def test_render_script_writes_a_page(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(RENDER_SCRIPT), "--out", str(tmp_path), "--sentences", "2"],
        capture_output=True,
        text=True,
        check=True,
    )
    page = tmp_path / "lavrov_visit.html"
    assert done.stdout.strip() == str(page)
    markup = page.read_text(encoding="utf-8")
    assert markup.startswith("<!doctype html>") and 'class="salience-summary"' in markup


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_render_script_takes_a_screenshot(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(RENDER_SCRIPT), "--out", str(tmp_path), "--screenshot"],
        capture_output=True,
        check=True,
        timeout=180,
    )
    png = (tmp_path / "lavrov_visit.png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 10_000


# Markup that changes the page if a browser runs it: the view must show it as text.
ACTIVE = (
    "The council met on Tuesday and voted for the new library budget. "
    "<script>document.body.setAttribute('data-ran', 'script')</script> "
    "Critics said the <img src=x onerror=\"document.body.setAttribute('data-ran', 'img')\"> "
    "plan costs far too much money for a small town. "
    "The mayor defended the budget on Friday's call with reporters."
)


class RenderedPage(HTMLParser):
    """What matters of the DOM that Chromium serializes after running the page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.body: dict[str, str] = {}
        self.marks: list[str] = []
        self.depth = 0  # inside a <mark>: the depth of nested elements

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.body = {name: value or "" for name, value in attrs}
        elif tag == "mark" and self.depth == 0:
            self.marks.append("")
            self.depth = 1
        elif self.depth and tag == "span":
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag in ("mark", "span"):
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth == 1:  # the sentence's own text, not its rank badge
            self.marks[-1] += data


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_a_browser_highlights_the_chosen_sentences_and_runs_nothing_of_the_text(
    tmp_path: Path,
) -> None:
    summary = salience.summarize(ACTIVE, sentences=2)
    page = tmp_path / "view.html"
    page.write_text(f"<!doctype html><html><body>{summary._repr_html_()}</body></html>", "utf-8")
    dom = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        check=True,
        timeout=180,
    ).stdout
    rendered = RenderedPage()
    rendered.feed(dom)
    assert "data-ran" not in rendered.body, f"the page ran the text's markup: {rendered.body}"
    chosen = [sentence.text for sentence in summary.sentences]
    marked = [text for text in rendered.marks if text != "chosen"]  # "chosen" is the legend's
    assert marked == chosen
    assert "<script>document.body" in html.unescape(dom)  # shown as text
