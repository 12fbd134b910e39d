"""Interface strings per language, read from data/ui-strings.yml.

One block per locale; every block must have the same keys, so a string can never be missing
in one language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from mkdocs.config.defaults import MkDocsConfig

from lib.i18n_state import build_languages, current_language

STRINGS_FILE = "data/ui-strings.yml"


# ---------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------


# Every key of a nested mapping, as dotted paths ("search.label").
def key_paths(data: dict[str, Any], prefix: str = "") -> set[str]:
    paths = set()
    for key, value in data.items():
        paths.add(prefix + key)
        if isinstance(value, dict):
            paths |= key_paths(value, f"{prefix}{key}.")
    return paths


# Load the strings file and check that every built locale has exactly the same keys.
def load_strings(path: Path, locales: list[str]) -> dict[str, dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise RuntimeError(f"{path}: expected one mapping per locale ({', '.join(locales)}).")
    missing = [locale for locale in locales if not isinstance(data.get(locale), dict)]
    if missing:
        raise RuntimeError(f"{path}: no strings for locale(s) {', '.join(missing)}.")
    reference = key_paths(data[locales[0]])
    for locale in locales[1:]:
        diff = sorted(reference ^ key_paths(data[locale]))
        if diff:
            raise RuntimeError(
                f"{path}: '{locales[0]}' and '{locale}' differ on key(s) {', '.join(diff)}. "
                "Add each string in both languages."
            )
    return data


# Return the strings of the language being built (the file is read once per build).
def current_strings(config: MkDocsConfig) -> dict[str, Any]:
    path = Path(config.config_file_path).parent / STRINGS_FILE
    key = (str(path), path.stat().st_mtime_ns)
    if key not in _cache:
        _cache.clear()
        _cache[key] = load_strings(path, build_languages(config))
    return _cache[key][current_language(config)]


_cache: dict[tuple[str, int], dict[str, dict[str, Any]]] = {}
