"""Text a reader sees on a built page, split by language (for spelling and readability)."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup, Tag

# Never prose: code, machine data, and the bibliographic list of sources (titles in any language).
SKIPPED = "code, pre, script, style, svg, time, [hidden], .md-source, .aim-sources, .aim-term__tip"


# Parse a built page with a real HTML parser.
def parse(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


# The page's own prose blocks (paragraphs, list items, definitions, table cells), boilerplate
# (emergency banner, safety notice, review dates) left out: for readability.
def prose_blocks(page: BeautifulSoup) -> list[str]:
    article = page.select_one("article")
    if article is None:
        return []
    for element in article.select(f"{SKIPPED}, .aim-safety, .aim-review, .headerlink"):
        element.decompose()
    blocks = []
    for element in article.select("p, li, dd, td"):
        if element.find(["p", "li", "ul", "ol"]):
            continue  # nested: its children are counted on their own
        text = " ".join(element.get_text(" ").split())
        if text:
            blocks.append(text if text[-1] in ".!?:;…" else text + ".")
    return blocks


# All visible words of the page grouped by language (elements with their own lang attribute go
# to that language): for spelling.
def text_by_language(page: BeautifulSoup) -> dict[str, str]:
    page_lang = page.html.get("lang", "")
    texts: dict[str, list[str]] = {}
    roots = [page.select_one(".md-banner"), page.select_one("main"), page.select_one("title")]
    for root in roots:
        if not isinstance(root, Tag):
            continue
        for element in root.select(SKIPPED):
            element.decompose()
        for foreign in root.select("[lang]"):
            texts.setdefault(foreign["lang"], []).append(foreign.get_text(" "))
            foreign.decompose()
        texts.setdefault(page_lang, []).append(root.get_text(" "))
    return {lang: " ".join(chunks) for lang, chunks in texts.items()}
