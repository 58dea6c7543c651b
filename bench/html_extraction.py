"""Main-text extraction from HTML pages: which library keeps the article and drops the page.

SYNTHETIC SET. There is no HTML evaluation set in shared/, so this harness builds one: news
articles from shared/data (BBC News Summary and CNN/DailyMail), each wrapped in page
furniture of the kind real news pages carry (navigation, cookie banner, share bar, inline
advertisements, "related stories" lists whose headlines are other articles, newsletter
box, author bio, reader comments in full sentences, footer, scripts, styles, JSON-LD),
over five templates that differ in their markup (semantic HTML5, div soup, tables, a blog
and an AMP-like page). The reference is the article's own text. It measures how well each
extractor separates an article from furniture that we wrote; it is no substitute for real
pages. The public benchmarks to use instead are the ScrapingHub (Zyte) article extraction
benchmark (181 real pages with annotated article bodies) and CleanEval (the ACL SIGWAC
shared task's 681 hand-cleaned pages); the trafilatura project's evaluation set is a third.

Scores are bag-of-words: lower-cased word tokens of the extracted text against those of the
article, with multiplicity, as precision, recall and F1, averaged over the pages (macro).
The time is the median over the pages of one extraction, in milliseconds.

Usage: python bench/html_extraction.py [--pages 30] [--out results/html_extraction.md]

Needs the candidates: see bench/requirements-html.txt (pinned).
"""

from __future__ import annotations

import argparse
import html
import random
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from common import (
    BBC_NEWS,
    CNNDM_DEV,
    RESULTS_DIR,
    command_line,
    package_versions,
    read_records,
    table_head,
    table_row,
    utc_now,
    write_report,
)

WORD = re.compile(r"\w+")
SENTENCE_END = re.compile(r"(?<=[.!?\"'])\s+(?=[A-Z\"'])")

# ---------------------------------------------------------------------------
# The furniture: text a reader skips, written as real pages write it.

NAV = [
    "Home",
    "World",
    "UK",
    "Business",
    "Politics",
    "Technology",
    "Science",
    "Health",
    "Education",
    "Entertainment & Arts",
    "Sport",
    "Opinion",
    "Video",
    "Podcasts",
    "Weather",
]
COOKIE = [
    "We use cookies and similar technologies to give you a better experience, to measure "
    "audiences and to show you personalised advertising. You can change your choices at any "
    "time by visiting Privacy Settings. By clicking Accept all, you agree to the storing of "
    "cookies on your device.",
    "This site uses cookies. Some of them are essential, while others help us improve your "
    "experience by providing insights into how the site is being used. Read our cookie "
    "policy to find out more, or manage your preferences below.",
]
NEWSLETTER = [
    "Get the morning briefing. The stories you need to know about, delivered to your inbox "
    "every weekday before 7am. Enter your email address below to sign up; you can "
    "unsubscribe at any time.",
    "Sign up for our daily newsletter and never miss the news that matters. We will not "
    "share your email address with anyone else, and every message has a link to leave.",
]
ADS = [
    "Advertisement",
    "Sponsored: Homeowners across the country are switching to this simple energy plan, and "
    "many say they wish they had done it years ago. Check whether your postcode qualifies.",
    "Story continues below advertisement",
    "Paid content: The one thing financial planners say most people forget before they "
    "retire. Find out what it is and how much it could save you.",
]
COMMENTS = [
    (
        "jthompson82",
        "This is exactly what I have been saying for years. Nobody listened "
        "then and I doubt anyone will listen now.",
    ),
    (
        "Margaret L.",
        "Thank you for a balanced article. It is rare to see both sides put so "
        "clearly, and I learned a lot from the figures.",
    ),
    (
        "north_star",
        "I am not sure the numbers add up. Where does the extra money come from, "
        "and who will end up paying for it in the end?",
    ),
    (
        "DaveR",
        "Read the whole thing twice. Still think the government is missing the point "
        "entirely on this one.",
    ),
    (
        "ellie_w",
        "My brother works in this area and he says the reality on the ground is very "
        "different from what the officials are telling the press.",
    ),
]
BIO = [
    "Sarah Mitchell is a senior correspondent covering business and the economy. She joined "
    "the newsroom in 2011 after ten years at regional papers.",
    "Tom Ellis reports on politics and public policy. Follow him for updates from "
    "Westminster and beyond.",
]
FOOTER = [
    "Terms of Use",
    "About us",
    "Privacy Policy",
    "Cookies",
    "Accessibility Help",
    "Parental Guidance",
    "Contact us",
    "Advertise with us",
    "Careers",
    "Copyright 2024 The Daily Courier. All rights reserved. The Daily Courier is not "
    "responsible for the content of external sites.",
]
SCRIPT = (
    "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}"
    " gtag('js', new Date()); gtag('config', 'G-XXXX', {anonymize_ip: true});"
)
STYLE = "body{font-family:Georgia,serif;margin:0} .nav a{padding:0 8px} .ad{min-height:250px}"


def paragraphs_of(text: str, per: int = 3) -> list[str]:
    """The article's paragraphs: its own where it has them, otherwise runs of ``per``
    sentences (CNN/DailyMail joins a story's paragraphs into one line)."""
    own = [part.strip() for part in text.split("\n") if part.strip()]
    if len(own) > 1:
        return own
    sentences = SENTENCE_END.split(text.strip())
    return [" ".join(sentences[i : i + per]) for i in range(0, len(sentences), per)]


def articles(pages: int) -> list[tuple[str, list[str]]]:
    """(headline, paragraphs) of ``pages`` articles: two thirds BBC, one third CNN."""
    found: list[tuple[str, list[str]]] = []
    bbc = pages - pages // 3
    for record in read_records(BBC_NEWS):
        if len(found) >= bbc:
            break
        if int(record["id"].split("/")[1]) % 17 == 1:  # spread over the categories
            found.append((record["title"], paragraphs_of(record["article"])))
    for record in read_records(CNNDM_DEV, {"split": "validation"}, limit=pages - len(found)):
        headline = record["summary"].split("\n")[0].replace(" .", "").strip()
        article = re.sub(r"^\(CNN\)\s*", "", record["article"])
        found.append((headline, paragraphs_of(article)))
    return found


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def links(items: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return (
        f"<ul{attr}>"
        + "".join(f'<li><a href="/{i}">{esc(t)}</a></li>' for i, t in enumerate(items))
        + "</ul>"
    )


def comments_block(rng: random.Random) -> str:
    chosen = rng.sample(COMMENTS, 3)
    return "".join(
        f'<div class="comment"><span class="author">{esc(who)}</span>'
        f'<span class="time">{rng.randint(2, 59)} minutes ago</span><p>{esc(said)}</p>'
        f'<a href="#">Reply</a> <a href="#">Report</a></div>'
        for who, said in chosen
    )


def body_with_ads(paragraphs: list[str], rng: random.Random, tag: str = "p") -> str:
    out = []
    for i, paragraph in enumerate(paragraphs):
        out.append(f"<{tag}>{esc(paragraph)}</{tag}>")
        if i in (1, 4):
            out.append(f'<div class="ad-slot"><span>{esc(rng.choice(ADS))}</span></div>')
        if i == 2 and len(paragraphs) > 5:
            out.append(
                f'<aside class="read-more"><b>Read more:</b> '
                f'<a href="/x">{esc(rng.choice(NAV))} latest</a></aside>'
            )
    return "".join(out)


def page(
    headline: str, paragraphs: list[str], related: list[str], kind: int, rng: random.Random
) -> str:
    """One page of template ``kind`` (0-4) around the article."""
    head = (
        f"<head><meta charset='utf-8'><title>{esc(headline)} | The Daily Courier</title>"
        f"<style>{STYLE}</style><script>{SCRIPT}</script>"
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":'
        f'"{esc(headline)}"}}</script></head>'
    )
    cookie = (
        f'<div id="cookie-banner"><p>{esc(rng.choice(COOKIE))}</p>'
        "<button>Accept all</button><button>Manage choices</button></div>"
    )
    nav = links(rng.sample(NAV, 10), "nav")
    byline = (
        f'<p class="byline">By {rng.choice(["Sarah Mitchell", "Tom Ellis"])}, '
        f"{rng.randint(1, 28)} March 2024</p>"
    )
    share = "<div class='share'>Share this article: Facebook Twitter WhatsApp Email</div>"
    rel = f"<h3>Related stories</h3>{links(related)}"
    letter = f"<div class='newsletter'><p>{esc(rng.choice(NEWSLETTER))}</p></div>"
    bio = f"<div class='author-bio'><p>{esc(rng.choice(BIO))}</p></div>"
    foot = links(FOOTER, "footer")
    comments = f"<h3>Comments ({rng.randint(3, 240)})</h3>{comments_block(rng)}"
    if kind == 0:  # semantic HTML5
        body = (
            f"<header>{nav}</header>{cookie}<main><article><h1>{esc(headline)}</h1>"
            f"{byline}{share}{body_with_ads(paragraphs, rng)}</article>{bio}"
            f"<section class='comments'>{comments}</section></main>"
            f"<aside>{rel}{letter}</aside><footer>{foot}</footer>"
        )
    elif kind == 1:  # div soup
        body = (
            f"<div id='top'>{nav}</div>{cookie}<div class='wrapper'><div class='col-8'>"
            f"<div class='headline'><h1>{esc(headline)}</h1></div>{byline}"
            f"<div class='story-body'>{body_with_ads(paragraphs, rng)}</div>{share}"
            f"<div class='cmts'>{comments}</div></div><div class='col-4'>{rel}{letter}"
            f"</div></div><div class='bottom'>{foot}</div>"
        )
    elif kind == 2:  # table layout, old CMS
        body = (
            f"<table><tr><td colspan='2'>{nav}</td></tr><tr><td width='70%'>"
            f"<h1>{esc(headline)}</h1>{byline}{body_with_ads(paragraphs, rng)}"
            f"{comments}</td><td>{rel}{letter}{cookie}</td></tr>"
            f"<tr><td colspan='2'>{foot}</td></tr></table>"
        )
    elif kind == 3:  # blog with sidebar and author box
        body = (
            f"<div class='site-header'>{nav}</div><div class='content'>"
            f"<div class='post'><h2 class='entry-title'>{esc(headline)}</h2>{byline}"
            f"<div class='entry-content'>{body_with_ads(paragraphs, rng)}</div>{bio}"
            f"{share}</div><div id='respond'>{comments}</div></div>"
            f"<div class='sidebar'>{letter}{rel}</div>{cookie}<div id='colophon'>{foot}</div>"
        )
    else:  # AMP-like, paragraphs in divs
        body = (
            f"<amp-sidebar>{nav}</amp-sidebar>{cookie}<div class='amp-wp-article'>"
            f"<h1>{esc(headline)}</h1>{byline}"
            f"<div class='amp-wp-article-content'>"
            f"{body_with_ads(paragraphs, rng, tag='div')}</div></div>"
            f"<div class='amp-related'>{rel}</div>{letter}<footer>{foot}</footer>"
        )
    return f"<!DOCTYPE html><html lang='en'>{head}<body>{body}</body></html>"


# ---------------------------------------------------------------------------
# The extractors, each with the options its documentation gives for article text.


def no_extraction(page_html: str) -> str:
    """Every text node outside script and style: what summarizing the page's text gives."""
    import lxml.html

    tree = lxml.html.fromstring(page_html)
    for node in tree.xpath("//script|//style"):
        node.drop_tree()
    return " ".join(tree.itertext())


def trafilatura_text(page_html: str) -> str:
    import trafilatura

    return trafilatura.extract(page_html, include_comments=False, include_tables=True) or ""


def trafilatura_precision(page_html: str) -> str:
    import trafilatura

    return trafilatura.extract(page_html, include_comments=False, favor_precision=True) or ""


def readability_text(page_html: str) -> str:
    import lxml.html
    from readability import Document

    summary = Document(page_html).summary(html_partial=True)
    return " ".join(lxml.html.fromstring(summary).itertext())


def justext_text(page_html: str) -> str:
    import justext

    parts = justext.justext(page_html.encode("utf-8"), justext.get_stoplist("English"))
    return "\n".join(part.text for part in parts if not part.is_boilerplate)


def goose_text(page_html: str) -> str:
    from goose3 import Goose

    with Goose({"enable_image_fetching": False}) as goose:
        return str(goose.extract(raw_html=page_html).cleaned_text)


EXTRACTORS: dict[str, tuple[str, Callable[[str], str]]] = {
    "page text, no extraction": ("lxml", no_extraction),
    "trafilatura": ("trafilatura", trafilatura_text),
    "trafilatura, favor_precision": ("trafilatura", trafilatura_precision),
    "readability-lxml": ("readability-lxml", readability_text),
    "jusText": ("jusText", justext_text),
    "goose3": ("goose3", goose_text),
}


def scores(extracted: str, reference: str) -> tuple[float, float, float]:
    got = Counter(WORD.findall(extracted.lower()))
    want = Counter(WORD.findall(reference.lower()))
    common = sum((got & want).values())
    precision = common / sum(got.values()) if got else 0.0
    recall = common / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return precision, recall, f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "html_extraction.md")
    args = parser.parse_args()
    rng = random.Random(14)
    found = articles(args.pages)
    headlines = [headline for headline, _ in found]
    pages = []
    for i, (headline, paragraphs) in enumerate(found):
        related = rng.sample([h for h in headlines if h != headline], 5)
        pages.append((page(headline, paragraphs, related, i % 5, rng), "\n".join(paragraphs)))

    packages = list(dict.fromkeys(package for package, _ in EXTRACTORS.values()))
    lines = [
        "# Main-text extraction from HTML pages",
        "",
        f"`{command_line()}` on {utc_now()}; {package_versions(packages)}.",
        "",
        f"**Synthetic set**: {len(pages)} news articles from shared/data (BBC News Summary, "
        "CNN/DailyMail validation) wrapped in page furniture written for this harness (five "
        "templates: navigation, cookie banner, share bar, inline ads, related stories, "
        "newsletter box, author bio, comments, footer, scripts). It ranks extractors on "
        "furniture we wrote, not on real pages: use the ScrapingHub (Zyte) article "
        "extraction benchmark or CleanEval for a real measurement.",
        "",
        "Bag-of-words precision, recall and F1 of the extracted text against the article "
        "(macro means over the pages), the worst page's F1, and the median time of one page. "
        "The reference is the article's body: a headline kept by an extractor counts against "
        "its precision.",
        "",
        *table_head(["extractor", "precision", "recall", "F1", "worst F1", "ms / page"], "lrrrrr"),
    ]
    for name, (_, extract) in EXTRACTORS.items():
        results, times = [], []
        for page_html, reference in pages:
            started = time.perf_counter()
            text = extract(page_html)
            times.append((time.perf_counter() - started) * 1000)
            results.append(scores(text, reference))
        p, r, f = (statistics.fmean(column) for column in zip(*results, strict=True))
        worst = min(result[2] for result in results)
        lines.append(
            table_row(
                [
                    name,
                    f"{p:.3f}",
                    f"{r:.3f}",
                    f"{f:.3f}",
                    f"{worst:.3f}",
                    f"{statistics.median(times):.1f}",
                ]
            )
        )
    write_report("\n".join(lines) + "\n", args.out)


if __name__ == "__main__":
    main()
