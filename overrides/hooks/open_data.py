"""Publish the term and condition registries as open data, one JSON file per language.

Each language build writes data/glossary.json and data/conditions.json under its own root
(/data/… for French, /en/data/… for English), with a format version, the date of the data and a
link to the JSON Schema (data/schemas/*.schema.json, published next to them). tests/test_open_data
validates the published files against those schemas.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from lib.conditions import CODING_SYSTEMS, has_page, page_path, registry
from lib.glossary import LANGS, load_glossary
from lib.i18n_state import all_languages_built, build_languages, language_prefix
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks.open_data")

FORMAT_VERSION = "1.0"
SCHEMAS = ("glossary", "conditions")
LICENSE = "https://creativecommons.org/licenses/by-sa/4.0/"

# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------


# Date of the data: SOURCE_DATE_EPOCH when set (reproducible builds), else today.
def data_date() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), UTC).date().isoformat()
    return date.today().isoformat()


# Absolute URL of a docs page (path under docs/, no language suffix) in one language.
def page_url(config: MkDocsConfig, lang: str, docs_path: str) -> str:
    base = str(config.site_url or "/")
    path, _, anchor = docs_path.partition("#")
    slug = path.removesuffix(".md").removesuffix("index").rstrip("/")
    url = base + language_prefix(config, lang) + (f"{slug}/" if slug else "")
    return url + (f"#{anchor}" if anchor else "")


# Fields common to both documents.
def header(config: MkDocsConfig, name: str, lang: str) -> dict[str, Any]:
    base = str(config.site_url or "/")
    prefix = language_prefix(config, lang)
    return {
        "$schema": f"{base}{prefix}data/schemas/{name}.schema.json",
        "version": FORMAT_VERSION,
        "date": data_date(),
        "language": lang,
        "license": LICENSE,
        "source": base + prefix,
    }


# The glossary of one language as a JSON-ready document.
def glossary_document(config: MkDocsConfig, lang: str) -> dict[str, Any]:
    root = Path(config.config_file_path).parent
    glossary = load_glossary(root / "data", Path(config.docs_dir))
    other = next(code for code in LANGS if code != lang)
    terms = []
    for term_id, term in glossary.terms.items():
        text = term.text(lang)
        terms.append(
            {
                "id": term_id,
                "term": text.term,
                "aliases": text.aliases,
                "definition": " ".join(text.definition.split()),
                "category": term.category,
                "translation": {"language": other, "term": term.text(other).term},
                "url": page_url(config, lang, f"glossary.md#{term_id}"),
                "explained_in": page_url(config, lang, term.page) if term.page else None,
                "related": term.related,
                "source": term.source.replace("doi:", "https://doi.org/", 1),
            }
        )
    return header(config, "glossary", lang) | {"terms": terms}


# The condition registry of one language as a JSON-ready document.
def conditions_document(config: MkDocsConfig, lang: str) -> dict[str, Any]:
    conditions = []
    for condition in registry(config).conditions.values():
        codes = {
            CODING_SYSTEMS[system]["schema"]: list(values)
            for system, values in condition.codes.model_dump().items()
            if values
        }
        url = page_url(config, lang, page_path(condition.id))
        conditions.append(
            {
                "id": condition.id,
                "name": getattr(condition.name, lang),
                "also_called": getattr(condition.also_called, lang),
                "codes": codes,
                "body_system": condition.body_system,
                "scope": condition.scope,
                "related": condition.related,
                "url": url if has_page(config, condition.id, lang) else None,
            }
        )
    return header(config, "conditions", lang) | {"conditions": conditions}


# ---------------------------------------------------------------------------
# Hook
# ---------------------------------------------------------------------------


# Once every language is built, write each language's JSON files and the schemas.
@event_priority(-200)  # after mkdocs-static-i18n has built the other languages
def on_post_build(*, config: MkDocsConfig) -> None:
    if not all_languages_built(config):
        return
    schemas = Path(config.config_file_path).parent / "data" / "schemas"
    for lang in build_languages(config):
        out = Path(config.site_dir) / language_prefix(config, lang) / "data"
        (out / "schemas").mkdir(parents=True, exist_ok=True)
        for name in SCHEMAS:
            shutil.copyfile(
                schemas / f"{name}.schema.json", out / "schemas" / f"{name}.schema.json"
            )
        documents = {
            "glossary": glossary_document(config, lang),
            "conditions": conditions_document(config, lang),
        }
        for name, document in documents.items():
            text = json.dumps(document, ensure_ascii=False, indent=1)
            (out / f"{name}.json").write_text(text + "\n", encoding="utf-8")
