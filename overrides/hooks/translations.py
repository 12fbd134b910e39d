"""Fail the build when a page exists in one language only.

Suffix layout: every page is `name.fr.md` + `name.en.md`. mkdocs-static-i18n with
`fallback_to_default: false` silently leaves the twin out; this hook names the missing file.
"""

from __future__ import annotations

import logging
from pathlib import PurePosixPath

from i18n_state import build_languages
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

log = logging.getLogger("mkdocs.hooks.translations")


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------


# Split "dir/name.fr.md" into ("dir/name", "fr"); the locale is None if the suffix is missing.
def split_locale(src_uri: str, locales: list[str]) -> tuple[str, str | None]:
    path = PurePosixPath(src_uri)
    stem = path.name[: -len(".md")]
    for locale in locales:
        if stem.endswith(f".{locale}"):
            return str(path.with_name(stem[: -len(locale) - 1])), locale
    return str(path.with_name(stem)), None


# List one plain-language problem per page that lacks a language suffix or a twin.
def translation_problems(markdown_uris: list[str], locales: list[str]) -> list[str]:
    problems: list[str] = []
    found: dict[str, set[str]] = {}
    for uri in sorted(markdown_uris):
        base, locale = split_locale(uri, locales)
        if locale is None:
            suffixes = " and ".join(f"{base}.{lang}.md" for lang in locales)
            problems.append(f"docs/{uri}: no language suffix. Rename it to {suffixes}.")
            continue
        found.setdefault(base, set()).add(locale)
    for base, present in sorted(found.items()):
        for locale in locales:
            if locale not in present:
                existing = ", ".join(f"docs/{base}.{lang}.md" for lang in sorted(present))
                problems.append(
                    f"docs/{base}.{locale}.md is missing: {existing} has no '{locale}' "
                    f"translation. Create docs/{base}.{locale}.md (same sections, same anchors)."
                )
    return problems


# ---------------------------------------------------------------------------
# Hook
# ---------------------------------------------------------------------------


# Check the raw docs tree (before static-i18n filters it) and stop on any lonely page.
@event_priority(50)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    uris = [f.src_uri for f in files if f.src_uri.endswith(".md")]
    problems = translation_problems(uris, build_languages(config))
    if problems:
        for problem in problems:
            log.error(problem)
        raise PluginError(f"{len(problems)} page(s) without their translation (see above).")
    return files
