"""Search-engine metadata: absolute, reciprocal hreflang; canonical; sitemap; robots.txt."""

from __future__ import annotations

from urllib.parse import urljoin

from lxml import etree

from tests.pages import pages_of, soup
from tests.sitebuild import SITE_URL

SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


# The URL at which a built page is published ("en/about/index.html" -> SITE_URL + "en/about/").
def published_url(rel: str) -> str:
    return urljoin(SITE_URL, rel.removesuffix("index.html"))


# {hreflang: href} of a built page's alternate links.
def hreflangs(site_dir, rel: str) -> dict[str, str]:
    links = soup(site_dir / rel).select("link[hreflang]")
    return {link["hreflang"]: link["href"] for link in links}


def content_pages(site_dir, lang):
    return [p for p in pages_of(site_dir, lang) if not p.endswith("404.html")]


def test_hreflang_absolute_complete_and_reciprocal(site_dir):
    for lang in ("fr", "en"):
        for rel in content_pages(site_dir, lang):
            alternates = hreflangs(site_dir, rel)
            assert set(alternates) == {"fr", "en", "x-default"}, rel
            assert all(href.startswith(SITE_URL) for href in alternates.values()), rel
            assert alternates[lang] == published_url(rel), rel
            assert alternates["x-default"] == alternates["fr"], rel
            other = "en" if lang == "fr" else "fr"
            other_rel = alternates[other].removeprefix(SITE_URL) + "index.html"
            assert hreflangs(site_dir, other_rel)[lang] == published_url(rel), rel


def test_canonical_is_the_page_itself(site_dir):
    for lang in ("fr", "en"):
        for rel in content_pages(site_dir, lang):
            assert soup(site_dir / rel).select_one("link[rel=canonical]")["href"] == published_url(
                rel
            )


def test_sitemap_lists_every_page_with_its_alternates(site_dir):
    tree = etree.parse(str(site_dir / "sitemap.xml"))
    entries = {
        url.findtext("s:loc", namespaces=SITEMAP_NS): {
            link.get("hreflang"): link.get("href")
            for link in url.findall("x:link", namespaces=SITEMAP_NS)
        }
        for url in tree.findall("s:url", namespaces=SITEMAP_NS)
    }
    expected = {published_url(p) for lang in ("fr", "en") for p in content_pages(site_dir, lang)}
    assert set(entries) == expected
    for loc, alternates in entries.items():
        assert set(alternates) == {"fr", "en"}, loc
        assert loc in alternates.values(), loc


def test_robots_txt_points_to_absolute_sitemap(site_dir):
    text = (site_dir / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {SITE_URL}sitemap.xml" in text.splitlines()
    assert "User-agent: *" in text


def test_not_found_pages_are_not_indexed(site_dir):
    for rel in ("404.html", "en/404.html"):
        assert soup(site_dir / rel).select_one("meta[name=robots]")["content"] == "noindex"
