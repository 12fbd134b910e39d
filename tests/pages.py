"""Read the built site as a reader's browser would: list pages, parse HTML."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bs4 import BeautifulSoup

LANGUAGES = ("fr", "en")
DEFAULT = "fr"


# Every built HTML page of one language, as paths relative to the site root.
def pages_of(site_dir: Path, lang: str) -> list[str]:
    pages = []
    for path in sorted(site_dir.rglob("*.html")):
        rel = path.relative_to(site_dir).as_posix()
        is_english = rel.startswith("en/")
        if (lang == "en") == is_english:
            pages.append(rel)
    return pages


# The same page in the other language's folder ("about/index.html" <-> "en/about/index.html").
def twin_path(rel: str) -> str:
    return rel.removeprefix("en/") if rel.startswith("en/") else f"en/{rel}"


# Parse one built page with a real HTML parser (cached: pages never change in a session).
@cache
def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
