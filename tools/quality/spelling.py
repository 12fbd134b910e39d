"""Spelling: Debian's hunspell dictionaries plus the project word lists in data/spelling/."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORD_LISTS = ROOT / "data" / "spelling"
DICTIONARIES = {"fr": "fr_FR", "en": "en_GB,en_US"}
ELISION = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu)'", re.I)
WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


# Split text into words, dropping URLs, French elisions (l', d', qu') and English possessives.
def words(text: str, lang: str) -> set[str]:
    text = re.sub(r"\S*(://|www\.|@)\S*", " ", text.replace("\u2019", "'"))
    found = set()
    for word in WORD.findall(text):
        word = ELISION.sub("", word) if lang == "fr" else re.sub(r"'s$", "", word)
        for part in word.split("-") if lang == "fr" else [word]:
            if len(part) > 1:
                found.add(part)
    return found


# The project word list of a language: one word per line, kept sorted (checked by a test).
def word_list(lang: str) -> Path:
    return WORD_LISTS / f"{lang}.txt"


# Words hunspell does not know, for a text in one language.
def unknown_words(text: str, lang: str) -> set[str]:
    candidates = words(text, lang)
    if not candidates:
        return set()
    proc = subprocess.run(
        ["hunspell", "-d", DICTIONARIES[lang], "-p", str(word_list(lang)), "-l"],
        input="\n".join(sorted(candidates)),
        capture_output=True,
        text=True,
        check=True,
    )
    return set(proc.stdout.split())
