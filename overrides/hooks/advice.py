"""Render advice items and the evidence scale on advice pages.

`<!-- md:advice evidence=… conditions=… sources=… -->` (checked by validate_content.py) becomes a
line under the item's heading: an evidence badge (text + a strength meter, never colour alone)
linking to the scale page, the conditions concerned (links to their pages) and links to the
numbered sources. `<!-- md:evidence-scale -->` becomes the scale itself, from data/evidence.yml,
so the levels are defined once.
"""

from __future__ import annotations

import logging
import posixpath
import re
from pathlib import Path
from typing import Any

from lib.advice import FENCE, SHORTCODE, AdviceItem, Level, load_levels, parse_args
from lib.conditions import has_page, page_path, registry
from lib.i18n_state import current_language
from lib.ui_strings import current_strings
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.hooks.advice")

# The page that explains the scale; badges link to its entries.
SCALE_PAGE = "everyday-life/evidence-scale.md"
SCALE_SHORTCODE = re.compile(r"^<!--\s*md:evidence-scale\s*-->\s*$", re.MULTILINE)
# Filled dots of the strength meter per level (out of 4); decorative, hidden from screen readers.
METER = {"established": 4, "probable": 3, "possible": 2, "insufficient": 1, "not-recommended": 0}

# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------


# The badge of one level: its text label, and a meter that only repeats it visually.
def badge(level: Level, lang: str, strings: dict[str, Any]) -> str:
    filled = METER.get(level.id, 0)
    meter = "✕" if level.id == "not-recommended" else "●" * filled + "○" * (4 - filled)
    return (
        f'<span class="aim-evidence aim-evidence--{level.id}">'
        f'<span class="aim-evidence__meter" aria-hidden="true">{meter}</span> '
        f"{strings['advice']['evidence']} <strong>{level.label[lang]}</strong></span>"
    )


# Relative Markdown link from one docs page to another (MkDocs checks and rewrites it).
def link_from(page: Page, target: str) -> str:
    return posixpath.relpath(target, posixpath.dirname(page.file.src_uri) or ".")


# The Markdown line that replaces one advice shortcode.
def item_line(item: AdviceItem, page: Page, config: MkDocsConfig, level: Level) -> str:
    lang, strings = current_language(config), current_strings(config)
    scale = Path(config.docs_dir) / SCALE_PAGE.replace(".md", f".{lang}.md")
    shown = badge(level, lang, strings)
    if scale.exists():
        shown = f"[{shown}]({link_from(page, SCALE_PAGE)}#evidence-{level.id})"
    conditions = registry(config).conditions
    if item.conditions == ("all",):
        concerned = strings["advice"]["all_conditions"]
    else:
        names = []
        for condition_id in item.conditions:
            name = getattr(conditions[condition_id].name, lang)
            if has_page(config, condition_id, lang):
                name = f"[{name}]({link_from(page, page_path(condition_id))})"
            names.append(name)
        concerned = ", ".join(names)
    sources = ", ".join(
        f'[{n}](#source-{n} "{strings["advice"]["source"]} {n}")' for n in item.sources
    )
    return (
        f"{shown}<br>\n"
        f'<span class="aim-advice__label">{strings["advice"]["concerns"]}</span> {concerned}<br>\n'
        f'<span class="aim-advice__label">{strings["advice"]["sources"]}</span> {sources}\n'
        "{ .aim-advice-meta }"
    )


# The whole scale as a definition list: badge, then what the level means.
def scale_list(config: MkDocsConfig, levels: dict[str, Level]) -> str:
    lang, strings = current_language(config), current_strings(config)
    entries = [
        f"{badge(level, lang, strings)} {{ #evidence-{level.id} }}\n:   {level.definition[lang]}"
        for level in levels.values()
    ]
    return '<div class="aim-evidence-scale" markdown>\n\n' + "\n\n".join(entries) + "\n\n</div>"


# ---------------------------------------------------------------------------
# Hook
# ---------------------------------------------------------------------------


# Replace the advice and scale shortcodes of a page with their rendering.
def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    if "md:advice" not in markdown and "md:evidence-scale" not in markdown:
        return markdown
    levels = load_levels(Path(config.config_file_path).parent / "data")
    known = set(registry(config).conditions)
    lines, in_code = [], False
    for line in markdown.split("\n"):
        in_code ^= bool(FENCE.match(line))
        match = None if in_code else SHORTCODE.match(line.strip())
        if match:
            # Already checked by validate_content.py; parsed again here with the same parser.
            item = parse_args(match["args"], 0, levels, known, len(page.meta["sources"]))
            line = item_line(item, page, config, levels[item.evidence])
        lines.append(line)
    markdown = "\n".join(lines)
    if SCALE_SHORTCODE.search(markdown):
        markdown = SCALE_SHORTCODE.sub(lambda _m: scale_list(config, levels), markdown)
    return markdown
