"""Open data: the glossary and condition registries published as JSON per language, valid
against their JSON Schemas, complete, and in the right language."""

from __future__ import annotations

import json
import sys

import pytest
from jsonschema import Draft202012Validator

from tests.sitebuild import ROOT, SITE_URL

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

from lib.glossary import load_glossary
from lib.registry import load_registry

LANGS = [("fr", ""), ("en", "en/")]
FILES = ["glossary", "conditions"]


def load(site_dir, prefix, name):
    return json.loads((site_dir / f"{prefix}data/{name}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("lang", "prefix"), LANGS)
@pytest.mark.parametrize("name", FILES)
def test_published_file_is_valid_against_its_schema(site_dir, lang, prefix, name):
    schema = json.loads((site_dir / f"{prefix}data/schemas/{name}.schema.json").read_text())
    Draft202012Validator.check_schema(schema)
    document = load(site_dir, prefix, name)
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    assert document["language"] == lang
    assert document["$schema"] == f"{SITE_URL}{prefix}data/schemas/{name}.schema.json"


def test_schema_rejects_a_broken_document(site_dir):
    schema = json.loads((site_dir / "data/schemas/glossary.schema.json").read_text())
    document = load(site_dir, "", "glossary")
    del document["terms"][0]["definition"]
    document["terms"][1]["category"] = "vegetable"
    assert len(list(Draft202012Validator(schema).iter_errors(document))) == 2


@pytest.mark.parametrize(("lang", "prefix"), LANGS)
def test_published_data_matches_the_registries(site_dir, lang, prefix):
    glossary = load_glossary(ROOT / "data", ROOT / "docs")
    terms = load(site_dir, prefix, "glossary")["terms"]
    assert [t["id"] for t in terms] == list(glossary.terms)
    for item in terms:
        record = glossary.terms[item["id"]]
        assert item["term"] == record.text(lang).term
        assert item["translation"]["term"] == record.text("en" if lang == "fr" else "fr").term
        assert item["url"].startswith(f"{SITE_URL}{prefix}glossary/#")
    conditions = load(site_dir, prefix, "conditions")["conditions"]
    registry = load_registry(ROOT / "data")
    assert [c["id"] for c in conditions] == list(registry.conditions)
    for item in conditions:
        assert item["name"] == getattr(registry.conditions[item["id"]].name, lang)


@pytest.mark.parametrize(("lang", "prefix"), LANGS)
def test_about_page_links_to_the_open_data(site_dir, lang, prefix):
    from tests.pages import soup

    page = soup(site_dir / f"{prefix}about/index.html")
    section = page.find(id="open-data")
    assert section is not None
    hrefs = {a["href"] for a in page.select("article a[href$='.json']")}
    for name in FILES:
        assert f"../data/{name}.json" in hrefs
        assert f"../data/schemas/{name}.schema.json" in hrefs
