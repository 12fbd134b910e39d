"""Site search with Pagefind, one index per language, replacing Material's lunr search.

- on_files: drop the lunr assets Material ships even with its search plugin off;
- on_page_context: give the template the page's search type label and its alias text
  (every name of a condition in both languages, with spelling variants) to index, weighted;
- on_post_build (once every language is built): write the names list the search box uses for
  "did you mean", then run Pagefind on the built site (it splits indexes by <html lang>).
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

from lib.conditions import has_page, page_condition, page_path, registry
from lib.i18n_state import all_languages_built, build_languages, current_language, language_prefix
from lib.search_terms import variants_text
from lib.ui_strings import current_strings
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.hooks.search")

LUNR_ASSETS = ("assets/javascripts/lunr/", "assets/javascripts/workers/search.")
NAMES_FILE = "assets/search/names.{lang}.json"


# ---------------------------------------------------------------------------
# Index content
# ---------------------------------------------------------------------------


# Text indexed (hidden, high weight): a condition page's names in both languages; a section
# start page's title.
def alias_text(meta: dict[str, Any], lang: str, config: MkDocsConfig) -> str:
    condition = page_condition(meta, config)
    if condition is None:
        # A section's start page is the best answer to a search for the section's own name.
        return variants_text([str(meta["title"])], lang) if meta.get("type") == "section" else ""
    other = "en" if lang == "fr" else "fr"
    own = variants_text(condition.names(lang), lang)
    return f"{own} {variants_text(condition.names(other), other)}"


# Names a reader may mean, with the page each leads to, for the "did you mean" suggestions.
def names_index(config: MkDocsConfig, lang: str) -> list[dict[str, str]]:
    entries = []
    for condition in registry(config).conditions.values():
        if not has_page(config, condition.id, lang):
            continue
        url = language_prefix(config, lang) + page_path(condition.id).removesuffix(".md") + "/"
        other = "en" if lang == "fr" else "fr"
        for name in [*condition.names(lang), getattr(condition.name, other)]:
            entries.append({"name": name, "url": url, "title": getattr(condition.name, lang)})
    return entries


# Run Pagefind over the built site; fail the build if it fails.
def run_pagefind(site_dir: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", site_dir],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise PluginError(f"Pagefind failed:\n{proc.stdout}\n{proc.stderr}")
    summary = [line.strip() for line in proc.stdout.splitlines() if "Indexed" in line]
    log.info("Pagefind: %s", "; ".join(summary))


# ---------------------------------------------------------------------------
# Hooks
# ---------------------------------------------------------------------------


# Ship no lunr search assets.
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    for file in list(files):
        if file.src_uri.startswith(LUNR_ASSETS):
            files.remove(file)
    return files


# Search type label and alias text for the template (partials in main.html).
def on_page_context(
    context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    lang = current_language(config)
    context["search_type"] = current_strings(config)["search_types"][page.meta["type"]]
    context["search_aliases"] = alias_text(page.meta, lang, config)
    return context


# Once every language is built: names lists, then the Pagefind indexes.
@event_priority(-300)
def on_post_build(*, config: MkDocsConfig) -> None:
    if not all_languages_built(config):
        return
    for lang in build_languages(config):
        target = Path(config.site_dir, NAMES_FILE.format(lang=lang))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(names_index(config, lang), ensure_ascii=False), "utf-8")
    run_pagefind(config.site_dir)
