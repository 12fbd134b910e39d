"""Render a page's front-matter `sources` as a numbered "Sources" section at its end.

Writers list sources once, as data; every page shows them the same way, with a stable
`#sources` anchor that other pages may link to.
"""

from __future__ import annotations

import logging
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


# Format one source as a Markdown list item: title, publisher, year, then its link.
def format_source(source: dict[str, Any]) -> str:
    parts = [f"*{escape_markdown(str(source['title']))}*"]
    if source.get("publisher"):
        parts.append(escape_markdown(str(source["publisher"])))
    if source.get("year"):
        parts.append(str(source["year"]))
    links = []
    if source.get("url"):
        links.append(f"<{source['url']}>")
    if source.get("doi"):
        links.append(f"DOI [{source['doi']}](https://doi.org/{source['doi']})")
    if source.get("pmid"):
        links.append(f"PMID [{source['pmid']}](https://pubmed.ncbi.nlm.nih.gov/{source['pmid']}/)")
    return "1. " + ", ".join(parts) + ("." if not links else ". " + " · ".join(links))


# Build the whole Sources section for a list of sources, under a localized heading.
def sources_section(sources: list[dict[str, Any]], heading: str) -> str:
    items = "\n".join(format_source(source) for source in sources)
    wrapped = f'<div class="aim-sources" markdown>\n\n{items}\n\n</div>'
    return f"\n\n## {heading} {{ #sources }}\n\n{wrapped}\n"


# ---------------------------------------------------------------------------
# Hook
# ---------------------------------------------------------------------------


# Append the Sources section to pages whose front matter lists sources.
def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    sources = page.meta.get("sources") or []
    if not sources:
        return markdown
    return markdown + sources_section(sources, current_strings(config)["sources_title"])
