"""The content model: real pages pass it, the writer guide's templates pass it, and the
translation status report reads git dates and structure correctly."""

from __future__ import annotations

import re
import sys
from datetime import date

import pytest
import yaml

from tests.sitebuild import ROOT

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

from lib.registry import load_registry
from lib.schema import validate_page
from validate_content import check_tree

from tools.translation_status import freshness


def context():
    registry = load_registry(ROOT / "data")
    return {"tags": registry.tags.all(), "conditions": set(registry.conditions)}


def test_every_real_page_passes_schema_and_parity():
    errors, warnings = check_tree(ROOT / "docs", ROOT / "data", ["fr", "en"])
    assert errors == []
    assert warnings == []


def test_registry_has_both_languages_for_every_condition():
    registry = load_registry(ROOT / "data")
    assert len(registry.conditions) >= 8
    for condition in registry.conditions.values():
        assert condition.name.fr and condition.name.en


TEMPLATES = re.findall(
    r"```yaml\n---\n# template: (\w+)\n(.*?)---\n```",
    (ROOT / "CONTRIBUTING.md").read_text("utf-8"),
    re.S,
)


def test_writer_guide_has_templates():
    assert {name for name, _ in TEMPLATES} >= {"condition", "explainer"}


@pytest.mark.parametrize(("name", "block"), TEMPLATES, ids=[n for n, _ in TEMPLATES])
def test_writer_guide_templates_are_valid(name, block):
    from lib.front_matter import _NoDatesLoader

    page = validate_page(yaml.load(block, Loader=_NoDatesLoader), context())
    assert page.type == name


def test_freshness_names_the_older_language():
    text, flagged = freshness(
        {"fr": date(2026, 3, 1), "en": date(2026, 1, 30)}, {"fr": False, "en": False}
    )
    assert flagged and text.startswith("EN older by 30 days")
    text, flagged = freshness(
        {"fr": date(2026, 3, 1), "en": date(2026, 3, 1)}, {"fr": False, "en": False}
    )
    assert not flagged and text == "in step"
    _, flagged = freshness(
        {"fr": date(2026, 3, 1), "en": date(2026, 3, 1)}, {"fr": True, "en": False}
    )
    assert flagged
