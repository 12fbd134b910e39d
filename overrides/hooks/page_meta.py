"""Give each page its validated front matter, accents normalised, plus review dates to show.

MkDocs parses front matter on its own and keeps decomposed (NFD) accents as typed on macOS;
this hook swaps in the data checked by validate_content.py (NFC) and adds `page.meta.review`
(last reviewed / next review, formatted in the page's language) for the template.
"""

from __future__ import annotations

import logging
import unicodedata
from datetime import date
from typing import Any

from lib import validated
from lib.ui_strings import current_strings
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.hooks.page_meta")


# Format a date in words for a language: "29 novembre 2026" / "29 November 2026".
def long_date(day: date, months: list[str]) -> str:
    return f"{day.day} {months[day.month - 1]} {day.year}"


# Review dates of a page, ready for display and for machine-readable <time> elements.
def review_dates(last: date, due: date, months: list[str]) -> dict[str, Any]:
    return {
        "last": long_date(last, months),
        "last_iso": last.isoformat(),
        "next": f"{months[due.month - 1]} {due.year}",
        "next_iso": due.isoformat(),
    }


# Replace MkDocs' front matter with the validated one and normalise the Markdown to NFC.
def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    entry = validated.pages.get(page.file.abs_src_path or "")
    if entry is None:
        raise RuntimeError(f"{page.file.src_uri} was not validated by validate_content.py")
    source, model = entry
    page.meta = dict(source.meta)
    strings = current_strings(config)
    page.meta["review"] = review_dates(model.last_reviewed, model.review_due(), strings["months"])
    return unicodedata.normalize("NFC", markdown)
