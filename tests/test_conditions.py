"""Condition pages: fixed sections in order, registry-driven names and codes, urgent-care
boxes, review dates, related links both ways, structured data, reachable from everywhere."""

from __future__ import annotations

import json
import sys

import pytest

from tests.pages import soup
from tests.sitebuild import ROOT

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

from lib.registry import load_registry

REGISTRY = load_registry(ROOT / "data")
CONDITIONS = sorted(
    cid for cid in REGISTRY.conditions if (ROOT / f"docs/conditions/{cid}.fr.md").exists()
)
SECTIONS = [
    "in-short",
    "symptoms",
    "causes",
    "diagnosis",
    "treatment",
    "living-with",
    "complications",
    "when-to-get-help",
]
URGENT = {"fr": ["15", "112"], "en": ["112", "999", "911"]}
LANGS = [("fr", ""), ("en", "en/")]


def page_of(site_dir, cid, prefix):
    return soup(site_dir / f"{prefix}conditions/{cid}/index.html")


def test_the_eight_core_conditions_have_pages():
    assert set(CONDITIONS) >= {
        "multiple-sclerosis",
        "hashimoto-thyroiditis",
        "graves-disease",
        "crohns-disease",
        "ulcerative-colitis",
        "rheumatoid-arthritis",
        "psoriasis",
        "type-1-diabetes",
    }


@pytest.mark.parametrize("cid", CONDITIONS)
@pytest.mark.parametrize(("lang", "prefix"), LANGS)
def test_sections_in_fixed_order(site_dir, cid, lang, prefix):
    ids = [h["id"] for h in page_of(site_dir, cid, prefix).select("article h2[id]")]
    assert [i for i in ids if i in SECTIONS] == SECTIONS
    assert ids[-1] == "sources" and ids.index("when-to-get-help") < ids.index("sources")


@pytest.mark.parametrize("cid", CONDITIONS)
@pytest.mark.parametrize(("lang", "prefix"), LANGS)
def test_names_and_codes_come_from_the_registry(site_dir, cid, lang, prefix):
    condition = REGISTRY.conditions[cid]
    intro = page_of(site_dir, cid, prefix).select_one(".aim-condition-intro")
    text = intro.get_text(" ")
    other = "en" if lang == "fr" else "fr"
    assert intro.select_one(f'span[lang="{other}"]').get_text() == getattr(condition.name, other)
    for alias in getattr(condition.also_called, lang):
        assert alias in text
    for values in condition.codes.model_dump().values():
        for code in values:
            assert code in text


@pytest.mark.parametrize("cid", CONDITIONS)
@pytest.mark.parametrize(("lang", "prefix"), LANGS)
def test_urgent_care_boxes(site_dir, cid, lang, prefix):
    section = page_of(site_dir, cid, prefix).select_one("#when-to-get-help").find_parent("article")
    boxes = section.select(".admonition")
    kinds = [next(c for c in b["class"] if c != "admonition") for b in boxes[-3:]]
    assert kinds == ["danger", "warning", "info"]
    title = boxes[-3].select_one(".admonition-title").get_text()
    assert all(number in title for number in URGENT[lang]), title


@pytest.mark.parametrize("cid", CONDITIONS)
def test_related_conditions_link_both_ways(site_dir, cid):
    page = page_of(site_dir, cid, "")
    related = page.select_one("#related")
    listed = set()
    if related:
        for link in related.find_next("ul").select("a"):
            listed.add(link["href"].strip("./").split("/")[-1] or link["href"])
    assert listed == {other for other in REGISTRY.conditions[cid].related if other in CONDITIONS}


@pytest.mark.parametrize("cid", CONDITIONS)
@pytest.mark.parametrize(("lang", "prefix"), LANGS)
def test_structured_data_describes_the_condition(site_dir, cid, lang, prefix):
    script = page_of(site_dir, cid, prefix).select_one('script[type="application/ld+json"]')
    data = json.loads(script.string)
    assert data["@type"] == "MedicalWebPage" and data["inLanguage"] == lang
    assert data["lastReviewed"] and data["audience"]
    about = data["about"]
    condition = REGISTRY.conditions[cid]
    assert about["@type"] == "MedicalCondition"
    assert about["name"] == getattr(condition.name, lang)
    for key in (
        "alternateName",
        "associatedAnatomy",
        "signOrSymptom",
        "possibleTreatment",
        "riskFactor",
    ):
        assert about.get(key), key
    codes = {(c["codingSystem"], c["codeValue"]) for c in about.get("code", [])}
    assert ("ICD-10", condition.codes.icd10[0]) in codes


@pytest.mark.parametrize("cid", CONDITIONS)
@pytest.mark.parametrize(("lang", "prefix"), LANGS)
def test_review_dates_shown(site_dir, cid, lang, prefix):
    review = page_of(site_dir, cid, prefix).select_one(".aim-review")
    assert len(review.select("time[datetime]")) == 2


@pytest.mark.parametrize(("lang", "prefix"), LANGS)
def test_every_condition_reachable_from_home_overview_and_nav(site_dir, lang, prefix):
    overview = soup(site_dir / f"{prefix}conditions/index.html")
    table_links = {a["href"].strip("./").split("/")[-1] for a in overview.select("article table a")}
    assert table_links == set(CONDITIONS)
    home = soup(site_dir / f"{prefix}index.html")
    assert any(a["href"].endswith("conditions/") for a in home.select("article a"))
    nav = {a["href"].rstrip("/").split("/")[-1] for a in home.select(".md-nav--primary a")}
    assert set(CONDITIONS) <= nav
