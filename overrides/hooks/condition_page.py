"""Add the registry-driven parts of a condition page: the "also called" line with the name in
the other language, the codes under the title, and the related-conditions section.

Names and codes are never typed into pages: they come from data/conditions.yml.
"""

from __future__ import annotations

import logging
import posixpath
import re

from lib.conditions import CODING_SYSTEMS, has_page, page_condition, page_path, registry
from lib.i18n_state import current_language
from lib.registry import Condition
from lib.ui_strings import current_strings
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.hooks.condition_page")

H1 = re.compile(r"^# .*$", re.M)


# ---------------------------------------------------------------------------
# Blocks
# ---------------------------------------------------------------------------


# The intro block: other names, name in the other language, and the verified codes.
def intro_block(condition: Condition, lang: str, strings: dict[str, str]) -> str:
    other = "en" if lang == "fr" else "fr"
    lines = ['<div class="aim-condition-intro" markdown>', ""]
    aliases = [*getattr(condition.also_called, lang), *getattr(condition.covers, lang)]
    if aliases:
        lines += [f"**{strings['also_called']}** {', '.join(aliases)}", ""]
    other_name = getattr(condition.name, other)
    lines += [f'**{strings["in_other_language"]}** <span lang="{other}">{other_name}</span>', ""]
    codes = [
        f"{CODING_SYSTEMS[system][lang]} " + ", ".join(f"`{value}`" for value in values)
        for system, values in condition.codes.model_dump().items()
        if values
    ]
    if codes:
        lines += [f"**{strings['codes']}** {' · '.join(codes)}", ""]
    return "\n".join([*lines, "</div>"])


# The related-conditions section, linking each related condition's page in this language.
def related_block(related: list[Condition], lang: str, heading: str, here: str) -> str:
    folder = posixpath.dirname(here)
    items = "\n".join(
        f"- [{getattr(other.name, lang)}]({posixpath.relpath(page_path(other.id), folder)})"
        for other in related
    )
    return f"\n\n## {heading} {{ #related }}\n\n{items}\n"


# ---------------------------------------------------------------------------
# Hook
# ---------------------------------------------------------------------------


# Insert the intro after the page title and append the related conditions.
def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    condition = page_condition(page.meta, config)
    if condition is None:
        return markdown
    lang = current_language(config)
    strings = current_strings(config)
    title = H1.search(markdown)
    if title is None:
        raise RuntimeError(f"{page.file.src_uri}: a condition page must start with '# Title'")
    intro = intro_block(condition, lang, strings)
    markdown = f"{markdown[: title.end()]}\n\n{intro}\n{markdown[title.end() :]}"
    related = [
        registry(config).conditions[other]
        for other in condition.related
        if has_page(config, other, lang)
    ]
    if related:
        heading = strings["related_title"]
        markdown += related_block(related, lang, heading, page_path(condition.id))
    return markdown
