"""Spelling variants readers type for a name, so search finds it however it is typed.

Derived by rules from registry names, never from hand-kept synonym lists: ligatures
(cœliaque / coeliaque), British and American spellings (coeliac / celiac, anaemia / anemia),
possessives (Crohn's / Crohns / Crohn), and typographic apostrophes.
"""

from __future__ import annotations

import re

LIGATURES = {"œ": "oe", "æ": "ae", "Œ": "Oe", "Æ": "Ae"}
# British "oe"/"ae" inside a word that American spelling writes "e" (coeliac, anaemia, oedema).
BRITISH_DIGRAPH = re.compile(r"(?<=[a-z])(?:oe|ae)(?=[a-z])|^(?:oe|ae)(?=[a-z]{3})", re.I)


# All the spellings of one word (in "fr" or "en") a reader may type.
def word_variants(word: str, lang: str) -> set[str]:
    word = word.replace("\u2019", "'")
    variants = {word}
    plain = "".join(LIGATURES.get(char, char) for char in word)
    variants.add(plain)
    if lang == "fr":
        variants.add(plain.replace("oe", "œ").replace("ae", "æ"))
    else:
        variants.add(BRITISH_DIGRAPH.sub(lambda m: m.group(0)[-1], plain))
    for form in list(variants):
        if form.lower().endswith("'s"):
            variants |= {form[:-2], form[:-2] + "s"}
        elif form.endswith("'"):
            variants.add(form[:-1])
    return variants


# Every variant of every word of a list of names in one language, space-separated.
def variants_text(names: list[str], lang: str) -> str:
    words: set[str] = set()
    for name in names:
        for word in re.findall(r"[\w'\u2019œæŒÆ-]+", name):
            words |= word_variants(word, lang)
    return " ".join(sorted(words))
