"""Quality gates on the built site, both languages: HTML validity, links, spelling,
readability, structured data. Each gate is also shown to bite on a small bad fixture."""

from __future__ import annotations

import statistics

import pytest

from tests.pages import pages_of
from tests.server import serve
from tests.sitebuild import SITE_URL
from tools.quality import html_validity, links, readability, spelling, structured_data
from tools.quality.page_text import parse, text_by_language

# ---------------------------------------------------------------------------
# HTML validity (Nu HTML Checker)
# ---------------------------------------------------------------------------


def test_every_page_is_valid_html(site_dir):
    assert html_validity.html_errors([site_dir]) == []


def test_html_gate_bites(tmp_path):
    bad = tmp_path / "bad.html"
    bad.write_text("<!doctype html><html lang=en><title>x</title><p><div></p></span>", "utf-8")
    errors = html_validity.html_errors([bad])
    assert errors and all("bad.html" in e for e in errors)


# ---------------------------------------------------------------------------
# Links
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("start", ["/", "/en/"])
def test_internal_links_and_anchors_resolve(base_url, start):
    assert links.broken_links(base_url + start) == []


def test_link_gate_bites(tmp_path):
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="en"><title>t</title><a href="other.html#nowhere">a</a>'
        '<a href="missing.html">b</a>',
        "utf-8",
    )
    (tmp_path / "other.html").write_text(
        '<!doctype html><html lang="en"><title>o</title><h2 id="here">h</h2>', "utf-8"
    )
    with serve(tmp_path, "/fixture") as url:
        broken = links.broken_links(url + "/index.html")
    assert any("missing.html" in b for b in broken)
    assert any("#nowhere" in b for b in broken)


def test_external_links_are_well_formed_https(site_dir):
    found = links.external_links(site_dir, SITE_URL)
    assert found, "expected at least the cited sources"
    assert links.malformed(list(found)) == []


def test_malformed_link_detection_bites():
    assert links.malformed(["http://nhs.uk/x", "https://localhost/x", "https://www.nhs.uk/"]) == [
        "http://nhs.uk/x",
        "https://localhost/x",
    ]


# ---------------------------------------------------------------------------
# Spelling (hunspell + project word lists)
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_unknown_words(site_dir, lang):
    unknown = {}
    for rel in pages_of(site_dir, "fr") + pages_of(site_dir, "en"):
        texts = text_by_language(parse(site_dir / rel))
        assert set(texts) <= {"fr", "en"}, f"{rel}: unexpected language {set(texts)}"
        words = spelling.unknown_words(texts.get(lang, ""), lang)
        if words:
            unknown[rel] = sorted(words)
    assert unknown == {}, "add real terms to data/spelling/<lang>.txt, fix the others"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_word_lists_are_sorted_and_unique(lang):
    words = spelling.word_list(lang).read_text("utf-8").splitlines()
    assert words == sorted(set(words)), f"sort data/spelling/{lang}.txt (LC_ALL=C sort -u)"


def test_spelling_gate_bites():
    assert spelling.unknown_words("Le système immunitère protège l'organisme.", "fr") == {
        "immunitère"
    }
    assert spelling.unknown_words("The imune system protects you.", "en") == {"imune"}


# ---------------------------------------------------------------------------
# Readability
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_readability_median_at_least_50(site_dir, lang):
    scores = readability.scores(site_dir, lang)
    assert scores, f"no {lang} page long enough to score"
    assert statistics.median(scores.values()) >= 50, scores


def test_readability_score_separates_plain_from_dense_text():
    plain = "Your immune system keeps you well. It fights germs. Sometimes it makes mistakes. " * 5
    dense = (
        "Immunosuppressive pharmacotherapeutic interventions necessitate comprehensive "
        "individualised multidisciplinary evaluation incorporating comorbidity considerations. "
    ) * 5
    assert readability.reading_ease(plain, "en") >= 60 > 50 > readability.reading_ease(dense, "en")


# ---------------------------------------------------------------------------
# Structured data (JSON-LD)
# ---------------------------------------------------------------------------


def test_every_jsonld_block_is_valid(site_dir):
    problems = {}
    for rel in pages_of(site_dir, "fr") + pages_of(site_dir, "en"):
        found = structured_data.jsonld_problems((site_dir / rel).read_text("utf-8"))
        if found:
            problems[rel] = found
    assert problems == {}


def test_jsonld_gate_bites():
    broken = '<script type="application/ld+json">{"@context": "https://schema.org",</script>'
    incomplete = (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "MedicalWebPage", "name": "x", "about": {"@type": "MedicalCondition"}}</script>'
    )
    assert "not valid JSON" in structured_data.jsonld_problems(broken)[0]
    problems = structured_data.jsonld_problems(incomplete)
    assert "JSON-LD block 1: MedicalWebPage lacks 'inLanguage'" in problems
    assert "JSON-LD block 1.about: MedicalCondition lacks 'name'" in problems
