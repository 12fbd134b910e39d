"""Render a page's front-matter `sources` as a numbered "Sources" section at its end.

Writers list sources once, as data; every page shows them the same way, with a stable
`#sources` anchor that other pages may link to.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from lib.ui_strings import current_strings
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.hooks.sources")


# ---------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------


# Escape the characters Markdown would otherwise interpret inside a list item.
def escape_markdown(text: str) -> str:
    for char in "\\`*_[]<>":
        text = text.replace(char, f"\\{char}")
    return " ".join(text.split())


# Format one source as a Markdown list item: title, publisher, year (or when it was read),
# then its link.
def format_source(
    source: dict[str, Any], number: int, accessed_label: str, months: list[str]
) -> str:
    parts = [f"*{escape_markdown(str(source['title']))}*"]
    if source.get("publisher"):
        parts.append(escape_markdown(str(source["publisher"])))
    if source.get("year"):
        parts.append(str(source["year"]))
    elif source.get("accessed"):
        day = date.fromisoformat(str(source["accessed"]))
        parts.append(f"{accessed_label} {months[day.month - 1]} {day.year}")
    links = []
    if source.get("url"):
        links.append(f"<{source['url']}>")
    if source.get("doi"):
        links.append(f"DOI [{source['doi']}](https://doi.org/{source['doi']})")
    if source.get("pmid"):
        links.append(f"PMID [{source['pmid']}](https://pubmed.ncbi.nlm.nih.gov/{source['pmid']}/)")
    text = ", ".join(parts) + ("." if not links else ". " + " · ".join(links))
    # attr_list gives the list item an id, so advice items can link to "#source-3".
    return f"1. {text}\n   {{ #source-{number} }}"


# Build the whole Sources section for a list of sources, with the language's strings.
def sources_section(sources: list[dict[str, Any]], strings: dict[str, Any]) -> str:
    heading = strings["sources_title"]
    items = "\n".join(
        format_source(source, number, strings["accessed"], strings["months"])
        for number, source in enumerate(sources, start=1)
    )
    # Bibliographic entries are not indexed for search (author initials would match queries).
    wrapped = f'<div class="aim-sources" data-pagefind-ignore markdown>\n\n{items}\n\n</div>'
    return f"\n\n## {heading} {{ #sources }}\n\n{wrapped}\n"


# ---------------------------------------------------------------------------
# Hook
# ---------------------------------------------------------------------------


# Append the Sources section to pages whose front matter lists sources.
def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    sources = page.meta.get("sources") or []
    if not sources:
        return markdown
    return markdown + sources_section(sources, current_strings(config))
