"""The strict build succeeds cleanly and produces every page in both languages."""

from __future__ import annotations

import copy
import re

from tests.pages import pages_of, soup, twin_path


def test_strict_build_has_no_warnings(site):
    warnings = [line for line in site.log.splitlines() if re.search(r"\b(WARNING|ERROR)\b", line)]
    assert warnings == []


def test_every_page_exists_in_both_languages(site_dir):
    french = pages_of(site_dir, "fr")
    english = pages_of(site_dir, "en")
    assert "index.html" in french and "about/index.html" in french
    assert sorted(twin_path(p) for p in french) == english


def test_html_lang_matches_folder(site_dir):
    for lang in ("fr", "en"):
        for rel in pages_of(site_dir, lang):
            assert soup(site_dir / rel).html["lang"] == lang, rel


def test_site_name_and_description_are_per_language(site_dir):
    fr_home, en_home = soup(site_dir / "index.html"), soup(site_dir / "en/index.html")
    assert "Comprendre l'auto-immunité" in fr_home.title.string
    assert "Understanding Autoimmunity" in en_home.title.string
    assert fr_home.select_one("meta[name=description]")["content"].startswith("Un site")
    assert en_home.select_one("meta[name=description]")["content"].startswith("A bilingual")


def test_navigation_labels_are_translated(site_dir):
    fr_nav = [a.get_text(strip=True) for a in soup(site_dir / "index.html").select(".md-nav__link")]
    en_nav = [
        a.get_text(strip=True) for a in soup(site_dir / "en/index.html").select(".md-nav__link")
    ]
    assert "À propos" in fr_nav and "About" not in fr_nav
    assert "About" in en_nav and "À propos" not in en_nav


def test_no_third_party_assets_in_html(site_dir):
    for rel in pages_of(site_dir, "fr") + pages_of(site_dir, "en"):
        page = soup(site_dir / rel)
        for tag, attr in (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src")):
            for element in page.find_all(tag):
                url = element.get(attr) or ""
                rel_attr = " ".join(element.get("rel") or [])
                if tag == "link" and rel_attr in ("alternate", "canonical"):
                    continue  # links for crawlers, never fetched by the page
                assert not url.startswith(("http:", "https:", "//")), f"{rel}: {tag} {url}"


def test_lunr_language_and_fonts_not_requested_from_cdn(site_dir):
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis.com" not in html and "fonts.gstatic.com" not in html


def test_french_typography_uses_non_breaking_spaces(site_dir):
    for rel in pages_of(site_dir, "fr"):
        page = copy.copy(soup(site_dir / rel))  # the parse is cached: never mutate it
        for element in page.select("code, pre, script, style"):
            element.decompose()
        text = page.body.get_text()
        assert not re.search(r" [:;!?»]|« ", text), (
            f"{rel}: {re.findall(r'.{15} [:;!?»]', text)[:3]}"
        )
