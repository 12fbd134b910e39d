"""Write /robots.txt pointing crawlers at the bilingual sitemap (absolute URL from site_url)."""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import urljoin

from lib.i18n_state import all_languages_built
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks.robots")


# Build the robots.txt text for a site URL.
def robots_txt(site_url: str) -> str:
    return f"User-agent: *\nAllow: /\n\nSitemap: {urljoin(site_url, 'sitemap.xml')}\n"


# Once every language is built, write robots.txt at the site root.
@event_priority(-200)
def on_post_build(*, config: MkDocsConfig) -> None:
    if all_languages_built(config):
        Path(config.site_dir, "robots.txt").write_text(robots_txt(config.site_url), "utf-8")
