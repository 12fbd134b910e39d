"""Fill the section anchored `{ #all-conditions }` with a table of every condition page, grouped
by body system, generated from the registry (so the list can never miss a page)."""

from __future__ import annotations

import logging
import posixpath
import re

from lib.conditions import has_page, page_path, registry
from lib.i18n_state import current_language
from lib.ui_strings import current_strings
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.hooks.condition_index")

MARKER = re.compile(r"^#{2,6} .*\{\s*#all-conditions\s*\}\s*$", re.M)


# Markdown table of the conditions that have a page, sorted by body system then name.
def conditions_table(config: MkDocsConfig, here: str) -> str:
    lang = current_language(config)
    strings = current_strings(config)
    data = registry(config)
    rows = []
    for condition in data.conditions.values():
        if not has_page(config, condition.id, lang):
            continue
        system = getattr(data.tags.body_systems[condition.body_system], lang)
        name = getattr(condition.name, lang)
        link = posixpath.relpath(page_path(condition.id), posixpath.dirname(here))
        scope = strings["scope_" + condition.scope.replace("-", "_")]
        rows.append((system, name, f"| {system} | [{name}]({link}) | {scope} |"))
    if not rows:
        raise RuntimeError("the all-conditions table is empty: no condition page exists yet")
    columns = (strings["table_body_system"], strings["table_condition"], strings["table_scope"])
    header = "| " + " | ".join(columns) + " |"
    return "\n".join([header, "| --- | --- | --- |", *(row for *_, row in sorted(rows))])


# Insert the table right after the all-conditions heading, where a page has one.
def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    marker = MARKER.search(markdown)
    if marker is None:
        return markdown
    table = conditions_table(config, page.file.src_uri)
    return f"{markdown[: marker.end()]}\n\n{table}\n{markdown[marker.end() :]}"
