"""Shrink the theme's stylesheets to what the built site can use (page weight budget, issue 10).

Once every language is built, every stylesheet under assets/stylesheets/ loses the rules that no
page and no script can match (see lib/css_purge.py), and its source map, which then no longer
matches, is removed. The sizes before and after are logged at INFO level.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from lib.css_purge import purge, used_words
from lib.i18n_state import all_languages_built
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks.css_purge")


# Purge every built stylesheet against the words of every built page and script.
@event_priority(-200)  # after mkdocs-static-i18n has built the other languages
def on_post_build(*, config: MkDocsConfig) -> None:
    if not all_languages_built(config):
        return
    site = Path(config.site_dir)
    pages = [p.read_text(encoding="utf-8") for p in site.rglob("*.html")]
    scripts = [
        p.read_text(encoding="utf-8") for p in site.rglob("*.js") if "pagefind" not in p.parts
    ]
    used = used_words(pages, scripts)
    before = after = 0
    for sheet in sorted((site / "assets" / "stylesheets").glob("*.css")):
        css = sheet.read_text(encoding="utf-8")
        purged = re.sub(r"/\*# sourceMappingURL=[^*]*\*/", "", purge(css, used))
        sheet.write_text(purged, encoding="utf-8")
        before, after = before + len(css), after + len(purged)
        source_map = sheet.with_name(sheet.name + ".map")
        if source_map.exists():
            source_map.unlink()
    log.info("css_purge: stylesheets %d KB -> %d KB", before // 1024, after // 1024)
