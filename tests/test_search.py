"""Search as readers use it, through the real search box in Chromium: Pagefind, one index per
language, accents, elisions, abbreviations, other-language names, possessives, typos."""

from __future__ import annotations

import sys

import pytest

from tests.browser import recorded_page
from tests.search_queries import QUERIES
from tests.searchbox import search
from tests.sitebuild import ROOT

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

from lib.search_terms import word_variants

pytestmark = pytest.mark.browser

HOME = {"fr": "/", "en": "/en/"}


@pytest.fixture(scope="module")
def search_pages(browser, base_url):
    """One open page per language, reused for the whole query table."""
    pages = {}
    contexts = []
    for lang, path in HOME.items():
        context = browser.new_context()
        contexts.append(context)
        page = context.new_page()
        page.goto(base_url + path)
        pages[lang] = page
    yield pages
    for context in contexts:
        context.close()


# Site-relative path of a result link ("/site/en/conditions/x/" -> "conditions/x/").
def relative(href: str, base_url: str, lang: str) -> str:
    path = href.split("://", 1)[-1].split("/", 1)[-1] if "://" in href else href.lstrip("/")
    site = base_url.split("://", 1)[1].split("/", 1)[1] + "/"
    path = path.removeprefix(site)
    return path.removeprefix("en/") if lang == "en" else path


CASES = [(lang, query, expected) for lang, table in QUERIES.items() for query, expected in table]


def test_query_table_is_big_enough():
    assert len(QUERIES["fr"]) >= 40 and len(QUERIES["en"]) >= 40


@pytest.mark.parametrize(
    ("lang", "query", "expected"), CASES, ids=[f"{lang}:{q}" for lang, q, _ in CASES]
)
def test_expected_page_in_top_three(search_pages, base_url, lang, query, expected):
    outcome = search(search_pages[lang], query)
    top = [relative(href, base_url, lang) for href in outcome.hrefs[:3]]
    wanted = expected if isinstance(expected, tuple) else (expected,)
    assert any(page in top for page in wanted), f"{query!r}: {top} ({outcome.status})"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_results_stay_in_the_page_language(search_pages, lang):
    for query in ("thyroid", "maladie", "hashimoto", "diabetes", "crohn"):
        hrefs = search(search_pages[lang], query).hrefs
        assert all(("/en/" in h) == (lang == "en") for h in hrefs), (query, hrefs)


def test_results_show_page_type_and_highlighted_excerpt(search_pages):
    page = search_pages["fr"]
    outcome = search(page, "basedow")
    assert outcome.types[0] == "Maladie"
    assert page.locator(".aim-search__hit").first.locator("mark").count() >= 1
    assert search(search_pages["en"], "basedow").types[0] == "Condition"


@pytest.mark.parametrize(
    ("lang", "message", "links"),
    [
        ("fr", "Aucun résultat pour", ["conditions/", ""]),
        ("en", "No results for", ["en/conditions/", "en/"]),
    ],
)
def test_no_results_message_helps(search_pages, base_url, lang, message, links):
    page = search_pages[lang]
    outcome = search(page, "qqqjjj")
    assert outcome.hrefs == [] and message in outcome.status
    hrefs = [a.get_attribute("href") for a in page.locator(".aim-search__status a").all()]
    assert hrefs == [f"{base_url}/{link}" for link in links]


def test_search_assets_load_only_when_search_starts(browser, base_url):
    with recorded_page(browser) as (page, log):
        page.goto(base_url + "/en/about/", wait_until="networkidle")
        before = [u for u in log.requested if "pagefind" in u or "search" in u]
        page.keyboard.press("/")
        assert page.evaluate("document.activeElement.id") == "aim-search-input"
        outcome = search(page, "crohn")
        after = [u for u in log.requested if "pagefind" in u]
    assert before == []
    assert outcome.hrefs and after
    assert log.failed == [] and log.errors == []


def test_keyboard_moves_through_results_and_escape_closes(browser, base_url):
    with recorded_page(browser) as (page, _log):
        page.goto(base_url + "/")
        page.keyboard.press("s")
        outcome = search(page, "crohn")
        assert len(outcome.hrefs) >= 2
        page.keyboard.press("ArrowDown")
        assert page.evaluate("document.activeElement.getAttribute('href')") == outcome.hrefs[0]
        page.keyboard.press("ArrowDown")
        assert page.evaluate("document.activeElement.getAttribute('href')") == outcome.hrefs[1]
        page.keyboard.press("ArrowUp")
        page.keyboard.press("ArrowUp")
        assert page.evaluate("document.activeElement.id") == "aim-search-input"
        page.keyboard.press("Escape")
        assert page.locator(".aim-search__panel").is_hidden()
        page.keyboard.press("Enter")  # Enter on the box opens the first result
        page.wait_for_url(f"**{outcome.hrefs[0]}")


def test_lunr_search_is_gone(site_dir):
    assert not (site_dir / "search" / "search_index.json").exists()
    assert not list(site_dir.glob("assets/javascripts/lunr/**/*"))
    assert not list(site_dir.glob("assets/javascripts/workers/search.*"))
    assert (site_dir / "pagefind" / "pagefind.js").exists()
    assert "md-search" not in (site_dir / "index.html").read_text("utf-8")


def test_spelling_variants_from_rules():
    assert {"coeliaque", "cœliaque"} <= word_variants("cœliaque", "fr")
    assert {"coeliac", "celiac"} <= word_variants("coeliac", "en")
    assert {"anaemia", "anemia"} <= word_variants("anaemia", "en")
    assert {"oesophagus", "esophagus"} <= word_variants("oesophagus", "en")
    assert {"Crohn's", "Crohns", "Crohn"} <= word_variants("Crohn\u2019s", "en")
    assert word_variants("maladie", "fr") == {"maladie"}
