"""Keep one 404 page per language: /404.html in French, /en/404.html in English.

Stock mkdocs-static-i18n renders 404.html once per language build into the same file, so the
last-built language (English) wins. This hook keeps each rendering and writes them where they
belong once every language is built.
"""

from __future__ import annotations

import logging
from copy import deepcopy
from pathlib import Path

from jinja2 import Template
from lib.i18n_state import all_languages_built, current_language, i18n_plugin, language_prefix
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks.localized_404")

NOT_FOUND = "404.html"

# Rendered 404 pages of the current `mkdocs build`, by locale.
rendered: dict[str, str] = {}


# Before the 404 page renders, reset the language switcher to the language home pages:
# static-i18n rewrites config.extra.alternate for each page, so it still holds the last page's.
def on_pre_template(template: Template, *, template_name: str, config: MkDocsConfig) -> Template:
    if template_name == NOT_FOUND:
        # static-i18n sets it as an attribute (which Jinja reads first), so reset it the same way.
        config.extra.alternate = deepcopy(i18n_plugin(config).extra_alternate)
    return template


# Remember the 404 page rendered for the language being built.
def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    if template_name == NOT_FOUND:
        rendered[current_language(config)] = output_content
    return output_content


# Once every language is built, write each language's 404 page to its own folder.
@event_priority(-200)
def on_post_build(*, config: MkDocsConfig) -> None:
    if not all_languages_built(config):
        return
    for locale, html in rendered.items():
        target = Path(config.site_dir, language_prefix(config, locale), NOT_FOUND)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
    rendered.clear()
