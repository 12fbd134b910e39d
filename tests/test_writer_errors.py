"""Writer mistakes stop the build with a message naming the file, the field and the fix;
valid but unusual input (CRLF, BOM, NFD accents) builds."""

from __future__ import annotations

import unicodedata

import pytest

from tests.pages import soup
from tests.sitebuild import ROOT, build, copy_project

GOOD_META = """---
title: {title}
description: A test page used to check the writer-facing validation of the build.
type: {type}
last_reviewed: 2026-11-01
review_every: 12 months
tags: [{tag}]
{extra}sources:
{sources}---
"""
SOURCE = """  - title: Source number {n}
    publisher: Test publisher
    year: 2024
    url: https://example.org/{n}
"""


# Front matter for a test page; `extra` lines go before `sources`.
def meta(title="Test", type="about", tag="autoimmunity", extra="", sources=0, **_):
    listed = "".join(SOURCE.format(n=n) for n in range(1, sources + 1)) or "  []\n"
    if sources == 0:
        return GOOD_META.format(title=title, type=type, tag=tag, extra=extra, sources="").replace(
            "sources:\n", "sources: []\n"
        )
    return GOOD_META.format(title=title, type=type, tag=tag, extra=extra, sources=listed)


BODY = "\n# Test\n\nSome text.\n\n## First section { #first }\n\nMore text.\n"


# A valid page pair under docs/test/, as {relative path: text}.
def pair(fr=None, en=None, **kwargs):
    page = meta(**kwargs) + BODY
    return {
        "docs/test/page.fr.md": page if fr is None else fr,
        "docs/test/page.en.md": page if en is None else en,
    }


# Build a copy of the real project with files added (text or bytes) or removed.
def build_with(tmp_path, files=None, remove=()):
    project = copy_project(tmp_path)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "  - Test: test/page.md\n", "utf-8")
    for rel, content in (files or {}).items():
        path = project / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    for rel in remove:
        (project / rel).unlink()
    return build(project, tmp_path / "out")


VALID = meta() + BODY
ITEM_LINE = "\n<!-- md:advice evidence=established conditions=crohns-disease sources=1 -->\n"
ADVICE = (
    meta(type="advice", tag="tobacco", sources=1)
    + "\n# Test\n\n## Advice { #advice }\n\n### Stop smoking { #stop }\n"
    + ITEM_LINE
    + "\n**Stop.**\n"
)
GLOSSARY = (ROOT / "data/glossary.yml").read_text(encoding="utf-8")
DUPLICATE_TERM = """
neutrophil-copy:
  category: cell
  fr:
    term: neutrophile
    definition: Une copie de test de la définition du neutrophile.
  en:
    term: neutrophil
    definition: A test copy of the definition of a neutrophil.
  page: immune-system/immune-cells.md
  related: [phagocyte]
  source: https://example.org/glossary
"""
CONDITION = meta(type="condition", tag="thyroid", extra="condition: graves-disease\n", sources=3)

MISTAKES = {
    "unclosed quote": (
        pair(fr=VALID.replace("title: Test", 'title: "Test')),
        ["docs/test/page.fr.md, line 2", "quotation mark", "never closed"],
    ),
    "tab indentation": (
        pair(fr=VALID.replace("tags: [autoimmunity]", "tags:\n\t- autoimmunity")),
        ["docs/test/page.fr.md, line", "tab character", "spaces"],
    ),
    "no front matter": (
        pair(fr=BODY),
        ["docs/test/page.fr.md, line 1", "no front matter", "'---'"],
    ),
    "unclosed front matter": (
        pair(fr=VALID.replace("---\n\n# Test", "\n# Test")),
        ["docs/test/page.fr.md", "never closed"],
    ),
    "unknown type": (
        pair(fr=meta(type="disease") + BODY),
        ["docs/test/page.fr.md", "type: 'disease' is not a page type", "use one of: home"],
    ),
    "missing field": (
        pair(fr=VALID.replace("review_every: 12 months\n", "")),
        ["docs/test/page.fr.md", "exactly one of review_every or next_review"],
    ),
    "missing description": (
        pair(fr="\n".join(x for x in VALID.split("\n") if not x.startswith("description"))),
        ["docs/test/page.fr.md", "description: this field is missing", "add the line"],
    ),
    "impossible date": (
        pair(fr=VALID.replace("2026-11-01", "2025-13-45")),
        ["docs/test/page.fr.md", "last_reviewed", "'2025-13-45' is not a real calendar date"],
    ),
    "future date": (
        pair(fr=VALID.replace("2026-11-01", "2999-01-01")),
        ["docs/test/page.fr.md", "last_reviewed is 2999-01-01, a date in the future"],
    ),
    "overdue review": (
        pair(
            fr=VALID.replace("2026-11-01", "2020-01-15"),
            en=VALID.replace("2026-11-01", "2020-01-15"),
        ),
        ["docs/test/page.fr.md: review overdue since 2021-01-15", "set last_reviewed"],
    ),
    "unknown tag": (
        pair(fr=meta(tag="thyroide") + BODY),
        ["docs/test/page.fr.md", "tags: 'thyroide' is not a known tag", "'thyroid'"],
    ),
    "misspelt field": (
        pair(fr=VALID.replace("last_reviewed:", "last_reviewed: 2026-11-01\nlast_review:")),
        ["docs/test/page.fr.md", "last_review: this is not a known field", "'last_reviewed'"],
    ),
    "condition without registry entry": (
        pair(fr=CONDITION.replace("condition: graves-disease\n", "")),
        ["docs/test/page.fr.md", "condition: this field is missing"],
    ),
    "condition with unknown entry": (
        pair(fr=CONDITION.replace("graves-disease", "graves"), en=CONDITION),
        ["docs/test/page.fr.md", "'graves' is not in the condition registry", "graves-disease"],
    ),
    "condition with too few sources": (
        pair(fr=meta(type="condition", extra="condition: graves-disease\n", sources=2) + BODY),
        ["docs/test/page.fr.md", "needs at least 3 sources; this one has 2"],
    ),
    "source without link": (
        pair(fr=meta(sources=1).replace("    url: https://example.org/1\n", "") + BODY),
        ["docs/test/page.fr.md", "sources[1]", "no url, doi or pmid"],
    ),
    "source without date": (
        pair(fr=meta(sources=1).replace("    year: 2024\n", "") + BODY),
        ["docs/test/page.fr.md", "sources[1]", "neither a year nor an accessed date"],
    ),
    "description too long": (
        pair(fr=VALID.replace("A test page", "A test page " + "x" * 160)),
        ["docs/test/page.fr.md", "description: it is", "160 characters at most"],
    ),
    "twins of different types": (
        pair(fr=meta(type="home") + BODY),
        ["docs/test/page.en.md and docs/test/page.fr.md", "'type' differs"],
    ),
    "twins with different registry entries": (
        pair(fr=CONDITION + BODY, en=CONDITION.replace("graves-disease", "psoriasis") + BODY),
        ["docs/test/page.en.md and docs/test/page.fr.md", "'condition' differs"],
    ),
    "twins with different numbers of sources": (
        pair(fr=meta(sources=2) + BODY, en=meta(sources=1) + BODY),
        ["docs/test/page.en.md and docs/test/page.fr.md", "1 source(s) in 'en' but 2 in 'fr'"],
    ),
    "twins with different sections": (
        pair(fr=VALID + "\n## Extra { #extra }\n\nText.\n"),
        ["docs/test/page.fr.md has section(s) #extra that docs/test/page.en.md lacks"],
    ),
    "heading without anchor": (
        pair(fr=VALID + "\n## Symptômes\n\nText.\n", en=VALID + "\n## Symptoms\n\nText.\n"),
        ["docs/test/page.fr.md, line 19", "'Symptômes' has no fixed anchor", "{ #symptoms }"],
    ),
    "empty file": (
        pair(fr=""),
        ["docs/test/page.fr.md", "the file is empty"],
    ),
    "not UTF-8": (
        pair(fr=VALID.replace("Some text", "Système").encode("latin-1")),
        ["docs/test/page.fr.md, line 13", "not saved as UTF-8", "re-save the file"],
    ),
    "diagram in one language only": (
        {**pair(), "docs/test/img/chart.fr.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>"},
        ["docs/test/img/chart.en.svg is missing", "chart.fr.svg has no 'en' version"],
    ),
    "missing translation": (
        {"docs/test/page.fr.md": VALID},
        ["docs/test/page.en.md is missing", "Fix: create docs/test/page.en.md"],
    ),
    "no language suffix": (
        {"docs/notes.md": VALID},
        ["docs/notes.md: the file name has no language suffix", "notes.fr.md and notes.en.md"],
    ),
    "registry relation one way": (
        {"data/conditions.yml": None},
        ["data/conditions.yml", "'psoriasis' lists 'type-1-diabetes' as related"],
    ),
    "advice item without its evidence line": (
        pair(fr=ADVICE.replace(ITEM_LINE, ""), en=ADVICE),
        ["docs/test/page.fr.md, line 19", "advice item without its evidence line", "md:advice"],
    ),
    "advice with an unknown level": (
        pair(fr=ADVICE.replace("evidence=established", "evidence=strong"), en=ADVICE),
        ["docs/test/page.fr.md, line 21", "'strong' is not a level of evidence", "established"],
    ),
    "advice citing a source the page lacks": (
        pair(fr=ADVICE.replace("sources=1", "sources=1,3"), en=ADVICE),
        ["docs/test/page.fr.md, line 21", "sources=1,3 but the page lists 1 source(s)"],
    ),
    "advice for an unknown condition": (
        pair(fr=ADVICE.replace("conditions=crohns-disease", "conditions=crohn"), en=ADVICE),
        ["docs/test/page.fr.md, line 21", "condition(s) crohn unknown", "data/conditions.yml"],
    ),
    "advice shortcodes differ between languages": (
        pair(fr=ADVICE.replace("established", "probable"), en=ADVICE),
        ["docs/test/page.en.md and docs/test/page.fr.md", "advice shortcodes differ"],
    ),
    "advice shortcode on another page type": (
        pair(fr=VALID + ITEM_LINE, en=VALID + ITEM_LINE),
        ["docs/test/page.fr.md", "not `type: advice`"],
    ),
    "unknown key term": (
        pair(fr=meta(extra="terms: [t-cel]\n") + BODY),
        ["docs/test/page.fr.md", "terms: 't-cel' is not in the glossary", "'t-cell'"],
    ),
    "glossary alias in two records": (
        {"data/glossary.yml": GLOSSARY + DUPLICATE_TERM},
        [
            "data/glossary.yml, line",
            "the en term or alias 'neutrophil' belongs to 'neutrophil'",
            "'neutrophil-copy'",
            "keep each term and alias in one record",
        ],
    ),
    "glossary link to a missing page": (
        {
            "data/glossary.yml": GLOSSARY
            + DUPLICATE_TERM.replace("neutrophil\n", "nothing\n")
            .replace("neutrophile\n", "rien\n")
            .replace("immune-cells.md", "no-such-page.md")
        },
        [
            "data/glossary.yml, line",
            "'neutrophil-copy': page docs/immune-system/no-such-page",
            "does not exist",
        ],
    ),
    "glossary related term missing": (
        {
            "data/glossary.yml": GLOSSARY
            + DUPLICATE_TERM.replace("neutrophil\n", "nothing\n")
            .replace("neutrophile\n", "rien\n")
            .replace("[phagocyte]", "[no-such-term]")
        },
        ["data/glossary.yml", "related term 'no-such-term' does not exist"],
    ),
}


@pytest.mark.parametrize("case", list(MISTAKES), ids=list(MISTAKES))
def test_writer_mistake_fails_with_actionable_message(tmp_path, case):
    files, expected = MISTAKES[case]
    if "data/conditions.yml" in files:
        from tests.sitebuild import ROOT

        text = (ROOT / "data/conditions.yml").read_text(encoding="utf-8")
        files = {
            "data/conditions.yml": text.replace(
                "related: [crohns-disease, rheumatoid-arthritis]",
                "related: [crohns-disease, rheumatoid-arthritis, type-1-diabetes]",
            )
        }
    result = build_with(tmp_path, files)
    assert result.returncode != 0, result.log
    for fragment in expected:
        assert fragment in result.log, f"{fragment!r} not in:\n{result.log}"
    assert "Traceback" not in result.log


def test_broken_anchor_fails_the_build(tmp_path):
    page = VALID + "\nSee [this](../about.md#no-such-anchor).\n"
    result = build_with(tmp_path, pair(fr=page, en=page))
    assert result.returncode != 0
    assert "no-such-anchor" in result.log


UNUSUAL = {
    "CRLF line endings": (VALID.replace("\n", "\r\n")).encode("utf-8"),
    "UTF-8 byte-order mark": b"\xef\xbb\xbf" + VALID.encode("utf-8"),
    "decomposed accents": unicodedata.normalize(
        "NFD", VALID.replace("title: Test", "title: Thyroïdite élevée")
    ).encode("utf-8"),
}


@pytest.mark.parametrize("case", list(UNUSUAL), ids=list(UNUSUAL))
def test_unusual_but_valid_input_builds(tmp_path, case):
    result = build_with(tmp_path, pair(fr=UNUSUAL[case]))
    assert result.returncode == 0, result.log
    page = soup(result.site_dir / "test/page/index.html")
    assert page.h1.get_text() == "Test"
    if case == "decomposed accents":
        title = page.title.get_text()
        assert "Thyroïdite élevée" in title and unicodedata.is_normalized("NFC", title)
