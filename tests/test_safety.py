"""Every page, 404 pages included, carries the disclaimer and the emergency numbers."""

from __future__ import annotations

import re

import pytest

from tests.pages import pages_of, soup
from tests.sitebuild import REPORT_URL

EMERGENCY_NUMBERS = {"fr": ["15", "112"], "en": ["112", "999", "911"]}
DISCLAIMER = {"fr": "ne remplacent pas l'avis de votre médecin", "en": "do not replace advice"}


# Numbers written as standalone tokens in a text (so "15" does not match "2015").
def numbers_in(text: str) -> set[str]:
    return set(re.findall(r"(?<!\d)\d{2,3}(?!\d)", text))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_disclaimer_and_emergency_numbers_on_every_page(site_dir, lang):
    pages = pages_of(site_dir, lang)
    assert any(p.endswith("404.html") for p in pages)
    for rel in pages:
        page = soup(site_dir / rel)
        notice = page.select_one("aside.aim-safety")
        banner = page.select_one(".aim-emergency")
        assert notice is not None and banner is not None, rel
        assert DISCLAIMER[lang] in notice.get_text(" ", strip=True), rel
        for number in EMERGENCY_NUMBERS[lang]:
            assert number in numbers_in(banner.get_text(" ")), f"{rel}: banner lacks {number}"
            assert number in numbers_in(notice.get_text(" ")), f"{rel}: notice lacks {number}"


def test_french_pages_do_not_show_us_numbers(site_dir):
    for rel in pages_of(site_dir, "fr"):
        text = soup(site_dir / rel).select_one("aside.aim-safety").get_text(" ")
        assert "911" not in numbers_in(text) and "999" not in numbers_in(text), rel


def test_report_link_points_to_the_configured_tracker(site_dir):
    for rel in ("index.html", "en/about/index.html"):
        links = soup(site_dir / rel).select("aside.aim-safety a[href]")
        assert [a["href"] for a in links] == [REPORT_URL], rel
