"""Give templates the interface strings of the language being built, as `ui.<key>`."""

from __future__ import annotations

import logging

from jinja2 import Environment
from lib.ui_strings import current_strings
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

log = logging.getLogger("mkdocs.hooks.ui_strings")


# ---------------------------------------------------------------------------
# Hook
# ---------------------------------------------------------------------------


# Expose the current language's strings to every template as the global `ui`.
def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    env.globals["ui"] = current_strings(config)
    return env
