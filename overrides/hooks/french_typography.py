"""French typography on French pages: non-breaking spaces before « : ; ! ? » and inside « ».

Writers type ordinary spaces; a line must never break between a word and its colon or inside
quotation marks. Applied to the rendered HTML text (never inside tags, code, scripts or
styles), so page content and template strings alike are covered.
"""

from __future__ import annotations

import logging
import re

from lib.i18n_state import current_language
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.hooks.french_typography")

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"
TOKENS = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
RAW = re.compile(r"^<(/?)(script|style|code|pre|textarea)\b", re.I)
RULES = [
    (re.compile(r"« +"), f"«{NBSP}"),
    (re.compile(r" +»"), f"{NBSP}»"),
    (re.compile(r" +:(?=\s|$|<|&)"), f"{NBSP}:"),
    (re.compile(r" +([;!?])"), rf"{NARROW_NBSP}\1"),
]


# Apply the rules to the text between tags, skipping raw elements (code, scripts, styles).
def typeset_french(html: str) -> str:
    parts = TOKENS.split(html)
    depth = 0
    for index, part in enumerate(parts):
        if index % 2 == 1:  # a tag or comment
            raw = RAW.match(part)
            if raw and not part.endswith("/>"):
                depth += -1 if raw.group(1) else 1
                depth = max(depth, 0)
            continue
        if depth == 0 and part.strip():
            for pattern, replacement in RULES:
                part = pattern.sub(replacement, part)
            parts[index] = part
    return "".join(parts)


# French content pages: typeset the whole rendered page.
def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return typeset_french(output) if current_language(config) == "fr" else output


# French 404 page (a theme template, not a page); runs before localized_404 stores it.
@event_priority(10)
def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    if template_name == "404.html" and current_language(config) == "fr":
        return typeset_french(output_content)
    return output_content
