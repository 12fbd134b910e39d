"""Everyday-life advice: every advice item carries an evidence badge (text, not colour alone)
and at least one source; the scale is defined once; topics and condition pages link both ways."""

from __future__ import annotations

import sys
from collections import Counter

import pytest
import yaml

from tests.pages import pages_of, soup
from tests.sitebuild import ROOT

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

LEVELS = yaml.safe_load((ROOT / "data/evidence.yml").read_text(encoding="utf-8"))["levels"]
LANGS = [("fr", ""), ("en", "en/")]
TYPE_LABEL = {"fr": "Conseil", "en": "Advice"}


def advice_pages(site_dir, lang):
    found = []
    for rel in pages_of(site_dir, lang):
        meta = soup(site_dir / rel).select_one("[data-pagefind-meta^='type:']")
        if meta and meta["data-pagefind-meta"] == f"type:{TYPE_LABEL[lang]}":
            found.append(rel)
    return found


@pytest.mark.parametrize(("lang", "prefix"), LANGS)
def test_every_advice_item_has_a_badge_and_a_source(site_dir, lang, prefix):
    labels = {level: texts[lang]["label"] for level, texts in LEVELS.items()}
    counts: Counter[str] = Counter()
    pages = advice_pages(site_dir, lang)
    assert len(pages) >= 14, pages
    for rel in pages:
        page = soup(site_dir / rel)
        article = page.select_one("article")
        sources = {li["id"] for li in article.select(".aim-sources li[id^=source-]")}
        for heading in article.select("h3"):
            meta = heading.find_next_sibling()
            assert meta is not None and "aim-advice-meta" in meta.get("class", []), (
                f"{rel}: advice item '{heading.get_text()}' has no evidence line"
            )
            badge = meta.select_one(".aim-evidence")
            level = next(c.removeprefix("aim-evidence--") for c in badge["class"] if "--" in c)
            assert badge.find("strong").get_text() == labels[level], f"{rel}: badge text"
            assert badge.select_one(".aim-evidence__meter")["aria-hidden"] == "true"
            cited = [a["href"] for a in meta.select("a[href^='#source-']")]
            assert cited, f"{rel}: advice item '{heading.get_text()}' cites no source"
            assert all(href[1:] in sources for href in cited), f"{rel}: cites a missing source"
            counts[level] += 1
    print(f"\nadvice items per level ({lang}): {dict(counts)}")
    assert sum(counts.values()) >= 50
    assert set(counts) == set(LEVELS), f"levels never used: {set(LEVELS) - set(counts)}"


@pytest.mark.parametrize(("lang", "prefix"), LANGS)
def test_badges_link_to_their_level_on_the_scale_page(site_dir, lang, prefix):
    scale = soup(site_dir / f"{prefix}everyday-life/evidence-scale/index.html")
    for level, texts in LEVELS.items():
        entry = scale.find("dt", id=f"evidence-{level}")
        assert entry is not None and texts[lang]["label"] in entry.get_text()
        definition = " ".join(texts[lang]["definition"].split())
        shown = " ".join(entry.find_next_sibling("dd").get_text(" ").split())  # no-break spaces
        assert shown == definition
    for rel in advice_pages(site_dir, lang):
        for link in soup(site_dir / rel).select("article .aim-advice-meta a:has(.aim-evidence)"):
            assert link["href"].split("#")[0].endswith("evidence-scale/")
            assert link["href"].split("#")[1].startswith("evidence-")


@pytest.mark.parametrize(("lang", "prefix"), LANGS)
def test_condition_pages_link_to_everyday_advice(site_dir, lang, prefix):
    for path in sorted((site_dir / prefix / "conditions").glob("*/index.html")):
        page = soup(path)
        section = page.find(id="living-with")
        links = []
        for sibling in section.find_next_siblings():
            if sibling.name == "h2":
                break
            links += [a["href"] for a in sibling.select("a[href*='everyday-life/']")]
        assert links, f"{path}: 'living with' links to no advice page"


@pytest.mark.parametrize(("lang", "prefix"), LANGS)
def test_topic_pages_link_to_explainers_and_conditions(site_dir, lang, prefix):
    living_with = ("talking-with-your-doctor", "patient-associations", "reliable-information")
    for rel in advice_pages(site_dir, lang):
        if any(f"/{slug}/" in rel for slug in (*living_with, "evidence-scale")):
            continue
        hrefs = [a["href"] for a in soup(site_dir / rel).select("article a[href]")]
        assert any("immune-system/" in h for h in hrefs), f"{rel}: no link to an explainer"
        assert any("conditions/" in h for h in hrefs), f"{rel}: no link to a condition page"
