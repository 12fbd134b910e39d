"""Each language has its own 404 page; a bad address shows the reader's language."""

from __future__ import annotations

import pytest

from tests.browser import recorded_page
from tests.pages import soup


def test_root_404_is_french_and_en_404_is_english(site_dir):
    french, english = soup(site_dir / "404.html"), soup(site_dir / "en/404.html")
    assert french.html["lang"] == "fr" and french.h1.get_text() == "Page introuvable"
    assert english.html["lang"] == "en" and english.h1.get_text() == "Page not found"


def test_404_home_links_stay_in_language(site_dir):
    french, english = soup(site_dir / "404.html"), soup(site_dir / "en/404.html")
    assert [a["href"] for a in french.select("article > p a")] == ["/site/", "/site/en/"]
    assert [a["href"] for a in english.select("article > p a")] == ["/site/en/", "/site/"]


def test_404_language_switcher_points_to_home_pages(site_dir):
    for rel in ("404.html", "en/404.html"):
        links = {a["hreflang"]: a["href"] for a in soup(site_dir / rel).select("a.md-select__link")}
        assert links == {"fr": "/site/", "en": "/site/en/"}, rel


@pytest.mark.browser
@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [("/nulle-part/", "fr", "Page introuvable"), ("/en/nowhere/", "en", "Page not found")],
)
def test_unknown_address_shows_localized_404(browser, base_url, path, lang, heading):
    with recorded_page(browser) as (page, log):
        response = page.goto(base_url + path, wait_until="networkidle")
        assert response.status == 404
        assert page.locator("html").get_attribute("lang") == lang
        assert page.locator("h1").inner_text() == heading
        assert log.foreign(base_url) == []
