"""Print: a page printed from Chromium keeps its content, sources with their addresses and the
disclaimer, and drops navigation, header and search."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tests.browser import recorded_page

pytestmark = pytest.mark.browser


# Print a page to PDF in Chromium (print media) and return its text.
def printed_text(browser, url: str) -> str:
    with recorded_page(browser) as (page, _log):
        page.goto(url, wait_until="networkidle")
        pdf = page.pdf(format="A4")
    return " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages
    )


def test_printed_page_keeps_content_sources_and_disclaimer(browser, base_url):
    text = printed_text(browser, base_url + "/")
    assert "Comprendre l'auto-immunité" in text
    assert "Ce site informe, il ne soigne pas" in text
    assert "15" in text and "112" in text
    assert "(https://doi.org/10.1016/S0140-6736(23)00457-9)" in text.replace(" ", "")
    assert "Rechercher" not in text  # search box
    assert "Aller au contenu" not in text  # skip link
    assert text.count("À propos") <= 1  # navigation gone (one mention in the body at most)


def test_printed_english_page(browser, base_url):
    text = printed_text(browser, base_url + "/en/about/")
    assert "About this site" in text
    assert "This site informs; it does not replace a doctor" in text
    assert "Search" not in text
