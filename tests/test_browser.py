"""What a reader does in a real browser: load pages, switch language, use dark mode."""

from __future__ import annotations

import pytest

from tests.browser import recorded_page

pytestmark = pytest.mark.browser

# One page of each type, in both languages (404s are checked in test_not_found.py).
PAGES = ["/", "/about/", "/en/", "/en/about/"]


@pytest.mark.parametrize("path", PAGES)
def test_page_load_makes_no_foreign_or_failed_request(browser, base_url, path):
    with recorded_page(browser) as (page, log):
        response = page.goto(base_url + path, wait_until="networkidle")
        assert response.status == 200
        page.wait_for_timeout(300)  # let late scripts (search worker) fire their requests
    assert log.foreign(base_url) == []
    assert log.failed == []
    assert log.errors == []
    assert len(log.requested) > 1  # the recorder saw the page's own assets


# Open the language menu in the header and follow the link to `lang`.
def switch_language(page, lang: str) -> None:
    page.hover(".md-header .md-select")
    page.click(f".md-header a.md-select__link[hreflang={lang}]")
    page.wait_for_load_state("load")


@pytest.mark.parametrize(
    ("start", "lang", "landing"),
    [
        ("/about/", "en", "/en/about/"),
        ("/en/about/", "fr", "/about/"),
        ("/", "en", "/en/"),
        ("/en/", "fr", "/"),
    ],
)
def test_language_switch_lands_on_the_same_page(browser, base_url, start, lang, landing):
    with recorded_page(browser) as (page, log):
        page.goto(base_url + start)
        switch_language(page, lang)
        assert page.url == base_url + landing
        assert page.locator("html").get_attribute("lang") == lang
        assert log.errors == []


def test_switch_there_and_back(browser, base_url):
    with recorded_page(browser) as (page, _log):
        page.goto(base_url + "/about/")
        switch_language(page, "en")
        assert page.locator("h1").inner_text() == "About this site"
        switch_language(page, "fr")
        assert page.url == base_url + "/about/"
        assert page.locator("h1").inner_text() == "À propos de ce site"


@pytest.mark.parametrize(("scheme", "palette"), [("light", "default"), ("dark", "slate")])
def test_colour_scheme_follows_system_setting(browser, base_url, scheme, palette):
    with recorded_page(browser, color_scheme=scheme) as (page, _log):
        page.goto(base_url + "/en/")
        assert page.locator("body").get_attribute("data-md-color-scheme") == palette


def test_palette_toggle_switches_scheme(browser, base_url):
    with recorded_page(browser, color_scheme="light") as (page, _log):
        page.goto(base_url + "/")
        page.click("label[title='Passer en mode sombre']")
        assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
