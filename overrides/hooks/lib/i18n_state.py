"""Read-only view of mkdocs-static-i18n's build state, shared by the hooks.

Not a hook itself: hooks import it. static-i18n builds the default language first, then
re-runs the whole MkDocs build for each other language from inside its own on_post_build.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig

# ---------------------------------------------------------------------------
# Accessors
# ---------------------------------------------------------------------------


# Return the mkdocs-static-i18n plugin instance, failing loudly if it is not configured.
def i18n_plugin(config: MkDocsConfig) -> Any:
    plugin = config.plugins.get("i18n")
    if plugin is None:
        raise RuntimeError("mkdocs.yml must enable the 'i18n' plugin (mkdocs-static-i18n).")
    return plugin


# Return the locale being built right now ("fr" or "en").
def current_language(config: MkDocsConfig) -> str:
    plugin = i18n_plugin(config)
    return plugin.current_language or plugin.default_language


# Return the default locale (built at the site root).
def default_language(config: MkDocsConfig) -> str:
    return i18n_plugin(config).default_language


# Return every locale that is built, default first.
def build_languages(config: MkDocsConfig) -> list[str]:
    plugin = i18n_plugin(config)
    default = plugin.default_language
    return [default] + [lang for lang in plugin.build_languages if lang != default]


# True in the outermost on_post_build, once every language has been written to site_dir.
def all_languages_built(config: MkDocsConfig) -> bool:
    return not i18n_plugin(config).building


# Site-relative URL prefix of a locale: "" for the default language, "en/" for English.
def language_prefix(config: MkDocsConfig, locale: str) -> str:
    return "" if locale == default_language(config) else f"{locale}/"
