"""Glossary: the term registry, the A-Z pages, and definitions shown where terms appear."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.browser import recorded_page
from tests.pages import pages_of, soup
from tests.sitebuild import ROOT

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

from lib.glossary import Glossary, Term, load_glossary, trie_pattern, variants

GLOSSARY = load_glossary(ROOT / "data", ROOT / "docs")
LANGS = [("fr", ""), ("en", "en/")]
SKIPPED_PARENTS = ("h1", "h2", "h3", "h4", "h5", "h6", "code", "pre")


def glossary_page(site_dir: Path, prefix: str):
    return soup(site_dir / f"{prefix}glossary/index.html")


# ---------------------------------------------------------------------------
# Registry and A-Z pages
# ---------------------------------------------------------------------------


def test_registry_has_at_least_120_terms_in_both_languages():
    assert len(GLOSSARY.terms) >= 120
    for term in GLOSSARY.terms.values():
        assert term.fr.term and term.en.term and term.fr.definition and term.en.definition


@pytest.mark.parametrize(("lang", "prefix"), LANGS)
def test_az_page_lists_every_term_with_its_translation(site_dir, lang, prefix):
    page = glossary_page(site_dir, prefix)
    other = "en" if lang == "fr" else "fr"
    for term_id, term in GLOSSARY.terms.items():
        entry = page.find("dt", id=term_id)
        assert entry is not None, f"no entry #{term_id} on the {lang} glossary"
        assert entry.get_text(strip=True) == term.text(lang).term
        details = entry.find_next_sibling("dd")
        translation = details.find("span", lang=other)
        assert translation is not None and translation.get_text() == term.text(other).term


@pytest.mark.parametrize(("lang", "prefix"), LANGS)
def test_az_page_is_sorted_ignoring_accents_and_grouped_by_letter(site_dir, lang, prefix):
    from glossary_page import letter, sort_key

    page = glossary_page(site_dir, prefix)
    terms = [dt.get_text(strip=True) for dt in page.select("article dl dt")]
    assert terms == sorted(terms, key=sort_key)
    letters = [h2.get_text(strip=True) for h2 in page.select("article h2[id^=letter-]")]
    assert letters == sorted(set(letters)) and len(letters) > 10
    bar = [a.get_text() for a in page.select("nav.aim-az a")]
    assert bar == [x for x in letters if x != "#"]
    for dt in page.select("article dl dt"):
        heading = dt.find_previous("h2")
        assert heading.get_text(strip=True) == letter(dt.get_text(strip=True))


# ---------------------------------------------------------------------------
# Definitions in context (built HTML)
# ---------------------------------------------------------------------------


def content_pages(site_dir: Path, lang: str) -> list[str]:
    return [
        rel
        for rel in pages_of(site_dir, lang)
        if not rel.endswith("404.html") and "/glossary/" not in f"/{rel}"
    ]


@pytest.mark.parametrize(("lang", "prefix"), LANGS)
def test_terms_link_to_their_entry_with_the_definition_in_the_page_language(site_dir, lang, prefix):
    entries = {dt["id"] for dt in glossary_page(site_dir, prefix).select("dt[id]")}
    linked_pages = 0
    for rel in content_pages(site_dir, lang):
        page = soup(site_dir / rel)
        terms = page.select("article .aim-term")
        linked_pages += bool(terms)
        seen = set()
        for term in terms:
            link = term.find("a", class_="aim-term__link")
            tip = term.find(class_="aim-term__tip")
            term_id = link["href"].rsplit("#", 1)[1]
            assert term_id in entries, f"{rel}: link to missing entry #{term_id}"
            assert term_id not in seen, f"{rel}: {term_id} linked twice (first occurrence only)"
            seen.add(term_id)
            assert link["href"].split("#")[0].endswith("glossary/")
            assert link["aria-describedby"] == tip["id"] and tip["role"] == "tooltip"
            expected = " ".join(GLOSSARY.terms[term_id].text(lang).definition.split())
            shown = " ".join(tip.get_text().split())  # French typography adds no-break spaces
            assert shown == expected, f"{rel}: wrong-language definition for {term_id}"
            assert not term.find_parent(SKIPPED_PARENTS), f"{rel}: term inside a heading/code"
            assert not term.find_parent("a"), f"{rel}: term inside a link"
            assert not term.find_parent(class_="aim-sources"), f"{rel}: term inside sources"
    # Every explainer, condition and advice page uses some glossary terms.
    assert linked_pages >= len(content_pages(site_dir, lang)) - 3


def test_glossary_page_itself_has_no_tooltips(site_dir):
    for _lang, prefix in LANGS:
        assert not glossary_page(site_dir, prefix).select(".aim-term")


# ---------------------------------------------------------------------------
# The matcher (unit level)
# ---------------------------------------------------------------------------

RECORD = {
    "category": "cell",
    "source": "https://example.org/x",
}


def make(terms: dict[str, tuple[str, list[str], str, list[str]]]) -> Glossary:
    records = {}
    for term_id, (fr, fr_aliases, en, en_aliases) in terms.items():
        records[term_id] = Term.model_validate(
            RECORD
            | {
                "fr": {"term": fr, "aliases": fr_aliases, "definition": f"Définition de {fr}."},
                "en": {"term": en, "aliases": en_aliases, "definition": f"Definition of {en}."},
            }
        )
    return Glossary(records, {})


SAMPLE = make(
    {
        "t-cell": ("lymphocyte T", [], "T cell", ["T lymphocyte"]),
        "regulatory-t-cell": ("lymphocyte T régulateur", ["Treg"], "regulatory T cell", ["Treg"]),
        "antibody": ("anticorps", [], "antibody", ["antibodies"]),
        "tnf": ("facteur de nécrose tumorale", ["TNF"], "tumour necrosis factor", ["TNF"]),
    }
)


def linked(html: str, lang: str = "fr") -> list[str]:
    from bs4 import BeautifulSoup
    from glossary_terms import link_terms

    out = BeautifulSoup(link_terms(html, SAMPLE, lang, "../glossary/"), "lxml")
    return [a.get_text() for a in out.select("a.aim-term__link")]


def test_longest_term_wins():
    assert linked("<p>Un lymphocyte T régulateur freine.</p>") == ["lymphocyte T régulateur"]


def test_first_occurrence_only_and_plural():
    assert linked("<p>Les lymphocytes T et un lymphocyte T.</p>") == ["lymphocytes T"]


def test_french_elision_and_capital():
    assert linked("<p>L'anticorps reconnaît.</p>") == ["anticorps"]
    assert linked("<p>Lymphocyte T en tête.</p>") == ["Lymphocyte T"]


def test_never_inside_headings_links_code_or_hyphenated_words():
    html = (
        "<h2>Anticorps</h2><p><a href='x'>anticorps</a> <code>TNF</code> "
        "un anti-TNF, <em>un anticorps</em></p>"
    )
    assert linked(html) == ["anticorps"]
    assert (
        'class="aim-term"'
        in __import__("glossary_terms").link_terms(html, SAMPLE, "fr", "").split("<em>")[1]
    )


def test_english_page_uses_english_forms():
    assert linked("<p>Antibodies and a T cell.</p>", "en") == ["Antibodies", "T cell"]


def test_variants_and_trie_pattern_agree():
    import re

    words = sorted(variants("lymphocyte T", "fr") | {"lymphocyte T régulateur"}, key=len)
    pattern = re.compile(trie_pattern(words[::-1]))
    for word in words:
        assert pattern.fullmatch(word)
    assert "lymphocytes T" in variants("lymphocyte T", "fr")
    assert "T cells" in variants("T cell", "en")


# ---------------------------------------------------------------------------
# In the browser: hover and keyboard focus
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "prefix"), LANGS)
def test_definition_shows_on_hover_and_focus_and_closes_with_escape(
    browser, base_url, lang, prefix
):
    with recorded_page(browser) as (page, log):
        page.goto(f"{base_url}/{prefix}immune-system/immune-cells/", wait_until="networkidle")
        term = page.locator("article .aim-term").first
        tip = term.locator(".aim-term__tip")
        term_id = tip.get_attribute("id").removeprefix("aim-term-")
        expected = " ".join(GLOSSARY.terms[term_id].text(lang).definition.split())
        assert not tip.is_visible()
        term.locator("a").hover()
        assert tip.is_visible() and " ".join(tip.inner_text().split()) == expected
        page.mouse.move(0, 0)
        assert not tip.is_visible()
        term.locator("a").focus()
        assert tip.is_visible()
        described = page.evaluate(
            "el => document.getElementById(el.getAttribute('aria-describedby')).textContent",
            term.locator("a").element_handle(),
        )
        assert " ".join(described.split()) == expected
        page.keyboard.press("Escape")
        assert not tip.is_visible()
        assert not log.failed and not log.errors
