"""Registry access for the hooks that render condition pages (shared, not a hook)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from lib.registry import Condition, Registry, load_registry

# Where condition pages live, relative to docs/: conditions/<id>.<lang>.md
CONDITIONS_DIR = "conditions"

# Names of the coding systems, as shown to readers and in structured data.
CODING_SYSTEMS = {
    "icd10": {"fr": "CIM-10", "en": "ICD-10", "schema": "ICD-10"},
    "icd11": {"fr": "CIM-11", "en": "ICD-11", "schema": "ICD-11"},
    "mesh": {"fr": "MeSH", "en": "MeSH", "schema": "MeSH"},
    "orpha": {"fr": "ORPHA", "en": "ORPHA", "schema": "ORPHA"},
}


# The registry of the project whose mkdocs.yml is being built.
def registry(config: MkDocsConfig) -> Registry:
    return load_registry(Path(config.config_file_path).parent / "data")


# The condition a page is about (front matter `condition:`), or None for other pages.
def page_condition(meta: dict[str, object], config: MkDocsConfig) -> Condition | None:
    condition_id = meta.get("condition")
    return registry(config).conditions[str(condition_id)] if condition_id else None


# Docs-relative Markdown path of a condition's page ("conditions/graves-disease.md").
def page_path(condition_id: str) -> str:
    return f"{CONDITIONS_DIR}/{condition_id}.md"


# True if the condition has a page written in this language (registry entries may come first).
def has_page(config: MkDocsConfig, condition_id: str, lang: str) -> bool:
    return (Path(config.docs_dir) / f"{CONDITIONS_DIR}/{condition_id}.{lang}.md").exists()
