"""Give each page absolute hreflang alternates (fr, en, x-default) for search engines.

Material prints relative alternates; search engines want absolute ones, plus x-default.
The template partials/hreflang.html renders the list this hook puts in the page context.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urljoin

from lib.i18n_state import build_languages, default_language
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.hooks.hreflang")


# ---------------------------------------------------------------------------
# Alternates
# ---------------------------------------------------------------------------


# Return [(hreflang, absolute URL)] for every language of the page, then x-default.
def page_alternates(page: Page, config: MkDocsConfig) -> list[tuple[str, str]]:
    site_url = config.site_url
    if not site_url:
        raise RuntimeError("mkdocs.yml: set site_url (hreflang links must be absolute).")
    alternates = getattr(page.file, "alternates", {})
    links: list[tuple[str, str]] = []
    for locale in build_languages(config):
        twin = alternates.get(locale)
        if twin is None:
            log.warning("%s: no '%s' version for hreflang.", page.file.src_uri, locale)
            continue
        links.append((locale, urljoin(site_url, twin.url.removeprefix("./"))))
    default = dict(links).get(default_language(config))
    if default:
        links.append(("x-default", default))
    return links


# ---------------------------------------------------------------------------
# Hook
# ---------------------------------------------------------------------------


# Put the page's absolute alternates in the template context as `hreflang_links`.
def on_page_context(
    context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    context["hreflang_links"] = page_alternates(page, config)
    return context
