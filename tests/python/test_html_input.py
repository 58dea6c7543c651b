"""HTML input: extract_text keeps a page's article and drops its furniture; summarize_html
summarizes that text, and its offsets point into it (summary.source), never into the HTML."""

from __future__ import annotations

import sys

import pytest
import salience

pytest.importorskip("trafilatura")  # in the test extra; the missing-extra test fakes its absence

ARTICLE = [
    "Engineers at the city's water board said on Tuesday that the old reservoir under "
    "Hillside Park will be drained and relined over the next two summers.",
    "The reservoir, built in 1891, still holds a fifth of the city's drinking water, and "
    "leaks from its brick walls have grown every year since the dry summer of 2018.",
    "Residents near the park will see lorries on Station Road from June, the board said, "
    "but the park's playground and tennis courts will stay open throughout the work.",
    "The repairs will cost about 40 million pounds, paid from the board's own reserves "
    "rather than from higher bills, according to its finance director, Ruth Okafor.",
    "Local councillors welcomed the plan but asked the board to publish its survey of the "
    "walls, which it has so far kept private for reasons of security.",
]
FURNITURE = [
    "We use cookies to give you the best experience on our website",
    "Accept all cookies",
    "Sign up for our morning newsletter",
    "Read more: Council tax to rise by five percent",
    "This is exactly what I have been saying for years",
    "Copyright 2024 The Evening Courier",
    "gtag",
    "font-family",
]


def news_page(paragraphs: list[str], *, divs: bool = False) -> str:
    """A news page as sites serve them: the article among menus, banners, ads, related
    links, comments, scripts and a footer. ``divs``: paragraphs in div soup, no <article>."""
    tag = "div" if divs else "p"
    body = "".join(f"<{tag} class='para'>{text}</{tag}>" for text in paragraphs[:2])
    body += "<div class='ad-slot'>Advertisement</div>"
    body += "".join(f"<{tag} class='para'>{text}</{tag}>" for text in paragraphs[2:])
    article = (
        f"<div class='story-body'>{body}</div>"
        if divs
        else f"<article><h1>Old reservoir to be relined</h1>{body}</article>"
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Old reservoir to be relined | The Evening Courier</title>
<style>body {{ font-family: Georgia, serif; }}</style>
<script>window.dataLayer = []; function gtag() {{ dataLayer.push(arguments); }}</script>
</head><body>
<div id="cookie-banner"><p>We use cookies to give you the best experience on our website.
By continuing you agree to our use of cookies.</p><button>Accept all cookies</button></div>
<header><ul class="nav"><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></header>
<main>{article}
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/1">Read more: Council tax to rise by five percent</a></li>
<li><a href="/2">New cycle lanes open on the ring road</a></li></ul></aside>
<section class="comments"><h3>Comments (12)</h3>
<div class="comment"><span class="author">jthompson82</span><p>This is exactly what I have
been saying for years. Nobody listened then.</p><a href="#">Reply</a></div></section>
</main>
<div class="newsletter"><p>Sign up for our morning newsletter and never miss a story.</p></div>
<footer><a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a>
<p>Copyright 2024 The Evening Courier. All rights reserved.</p></footer>
</body></html>"""


PAGES = {"article": news_page(ARTICLE), "div soup": news_page(ARTICLE, divs=True)}


@pytest.mark.parametrize("name", list(PAGES))
def test_extract_text_keeps_the_article_and_drops_the_furniture(name: str) -> None:
    text = salience.extract_text(PAGES[name])
    for paragraph in ARTICLE:
        assert paragraph in text
    for furniture in FURNITURE:
        assert furniture not in text
    assert "<" not in text


def test_paragraphs_are_lines() -> None:
    lines = salience.extract_text(PAGES["div soup"]).splitlines()
    assert [line for line in lines if line in ARTICLE] == ARTICLE


@pytest.mark.parametrize("name", list(PAGES))
def test_summary_of_a_page_points_into_the_extracted_text(name: str) -> None:
    summary = salience.summarize_html(PAGES[name], sentences=2)
    assert summary.source == salience.extract_text(PAGES[name])
    assert len(summary.sentences) == 2
    parts: list[salience.Span | salience.Sentence] = [*summary.spans, *summary.ranking]
    for part in parts:
        assert summary.source[part.start : part.end] == part.text
    for sentence in summary.sentences:
        assert any(sentence.text in paragraph for paragraph in ARTICLE)


def test_summary_of_a_page_is_the_summary_of_its_text() -> None:
    page = PAGES["article"]
    by_page = salience.summarize_html(page, words=40, language="en")
    by_text = salience.summarize(salience.extract_text(page), words=40, language="en")
    assert by_page == by_text
    assert by_page.language == "en"
    assert len(by_page.text.split()) <= 40


def test_markup_is_not_summarized() -> None:
    # What summarize_html is for: summarize() of the page reads its markup and furniture.
    page = PAGES["article"]
    assert "cookie" not in salience.summarize_html(page, ratio=1.0).text
    assert "cookie" in salience.summarize(page, ratio=1.0).text


@pytest.mark.parametrize(
    "page",
    ["", "   \n\t", "<html><head><script>var a = 1;</script></head><body></body></html>"],
    ids=["empty", "blank", "script only"],
)
def test_page_without_text_gives_empty_text_and_summary(page: str) -> None:
    assert salience.extract_text(page) == ""
    summary = salience.summarize_html(page)
    assert summary.source == ""
    assert summary.sentences == ()


@pytest.mark.parametrize("entry", [salience.extract_text, salience.summarize_html])
@pytest.mark.parametrize(
    "page",
    [b"<p>Text.</p>", bytearray(b"<p>Text.</p>"), memoryview(b"<p>Text.</p>")],
    ids=["bytes", "bytearray", "memoryview"],
)
def test_binary_page_says_to_decode(entry: object, page: object) -> None:
    with pytest.raises(TypeError, match="html must be str") as info:
        entry(page)  # type: ignore[operator]
    assert "decode" in str(info.value)
    assert type(page).__name__ in str(info.value)


@pytest.mark.parametrize("entry", [salience.extract_text, salience.summarize_html])
@pytest.mark.parametrize("page", [None, 1, ["<p>a</p>"], object()], ids=repr)
def test_page_must_be_a_str(entry: object, page: object) -> None:
    with pytest.raises(TypeError, match="html must be str") as info:
        entry(page)  # type: ignore[operator]
    assert type(page).__name__ in str(info.value)


def test_lone_surrogate_names_its_offset() -> None:
    # The HTML parser would drop the text after it without a word; this says where it is.
    with pytest.raises(ValueError, match=r"lone surrogate U\+D800 at offset 8"):
        salience.summarize_html("<p>Cats \ud800 purr.</p>")


def test_invalid_budget_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="ratio"):
        salience.summarize_html(PAGES["article"], ratio=2.0)


def test_missing_trafilatura_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as if it were not installed
    for entry, feature in (
        (salience.extract_text, "salience.extract_text()"),
        (salience.summarize_html, "salience.summarize_html()"),
    ):
        with pytest.raises(ImportError) as info:
            entry(PAGES["article"])
        assert str(info.value).startswith(f"{feature} needs trafilatura")
        assert "pip install 'salience[html]'" in str(info.value)
        assert info.value.name == "trafilatura"
