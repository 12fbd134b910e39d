"""Accessibility: axe-core (WCAG 2.2 A/AA rules) on every page, both languages, light and dark;
and a keyboard walk from the top of a page to the language switcher and the search box."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser import recorded_page
from tests.pages import pages_of
from tests.server import serve

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
axe = Axe()


# One line per axe violation on the page currently loaded.
def violations(page) -> list[str]:
    results = axe.run(page, options=AXE_OPTIONS)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
    ]


# URL path of a built file ("en/about/index.html" -> "/en/about/").
def url_path(rel: str) -> str:
    return "/" + rel.removesuffix("index.html")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_wcag_violation(browser, base_url, site_dir, scheme):
    found = {}
    with recorded_page(browser, color_scheme=scheme) as (page, _log):
        for rel in pages_of(site_dir, "fr") + pages_of(site_dir, "en"):
            page.goto(base_url + url_path(rel), wait_until="networkidle")
            problems = violations(page)
            if problems:
                found[rel] = problems
    assert found == {}


def test_axe_gate_bites(browser, tmp_path):
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="en"><title>t</title><main><img src="x.png"></main>', "utf-8"
    )
    with serve(tmp_path) as url, recorded_page(browser) as (page, _log):
        page.goto(url + "/")
        assert any(v.startswith("image-alt") for v in violations(page))


# Descriptor of the focused element: tag, classes and hreflang/aria-label.
FOCUSED = """() => {
  const e = document.activeElement;
  return [e.tagName, e.className, e.getAttribute('hreflang') || e.getAttribute('aria-label') || '']
    .join(' ');
}"""


@pytest.mark.parametrize("path", ["/", "/en/about/"])
def test_keyboard_reaches_language_switcher_and_search(browser, base_url, path):
    with recorded_page(browser) as (page, _log):
        page.goto(base_url + path)
        seen = []
        for _ in range(15):
            page.keyboard.press("Tab")
            seen.append(page.evaluate(FOCUSED))
    switcher = next(i for i, s in enumerate(seen) if "md-select__link" in s and " en" in s)
    search = next(i for i, s in enumerate(seen) if "aim-search__input" in s)
    assert seen[0].startswith("A md-skip"), seen
    assert switcher < 10 and search < 12, seen


def test_keyboard_language_switch(browser, base_url):
    with recorded_page(browser) as (page, _log):
        page.goto(base_url + "/about/")
        for _ in range(15):
            page.keyboard.press("Tab")
            if "md-select__link" in (focused := page.evaluate(FOCUSED)) and " en" in focused:
                break
        page.keyboard.press("Enter")
        page.wait_for_url(base_url + "/en/about/")
        assert page.locator("html").get_attribute("lang") == "en"
