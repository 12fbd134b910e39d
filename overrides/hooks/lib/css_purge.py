"""Drop CSS rules that cannot match anything the site uses (shared logic of hooks/css_purge.py).

Material ships one stylesheet for every feature and extension it supports, and one palette file
for every colour. A selector is kept unless it needs a class, or an attribute value, that appears
in no built page and in no script (scripts add classes at run time, so every word of every
script counts as used: the purge errs on the side of keeping). At-rules that hold rules
(@media, @supports, @container, @layer blocks) are purged inside; others are kept whole.
"""

from __future__ import annotations

import re

CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
ATTRIBUTE_VALUE = re.compile(r"\[[\w-]+[~|^$*]?=\"?([\w-]+)\"?\]")
WORD = re.compile(r"[\w-]+")
GROUPING = ("@media", "@supports", "@container", "@layer", "@document")

# ---------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------


# Index just past the block that opens at `start` (a "{"), skipping strings and comments.
def block_end(css: str, start: int) -> int:
    depth, i = 0, start
    while i < len(css):
        char = css[i]
        if char in "\"'":
            i = css.index(char, i + 1)
            while css[i - 1] == "\\":
                i = css.index(char, i + 1)
        elif css.startswith("/*", i):
            i = css.index("*/", i) + 1
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unbalanced braces in stylesheet")


# Split a selector list on top-level commas (not those inside :is(), :not(), …).
def split_selectors(prelude: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in prelude:
        depth += char in "(["
        depth -= char in ")]"
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


# ---------------------------------------------------------------------------
# Purging
# ---------------------------------------------------------------------------


# True if nothing the selector needs is missing from the used words.
def selector_may_match(selector: str, used: set[str]) -> bool:
    # Classes inside :not(...) are not needed for a match.
    needed = re.sub(r":not\([^()]*\)", "", selector)
    classes = CLASS.findall(needed)
    values = ATTRIBUTE_VALUE.findall(needed)
    return all(name in used for name in classes) and all(value in used for value in values)


# The stylesheet without the rules no used word can match.
def purge(css: str, used: set[str]) -> str:
    out, i = [], 0
    while i < len(css):
        if css.startswith("/*", i):
            end = css.index("*/", i) + 2
            out.append(css[i:end])
            i = end
            continue
        brace = css.find("{", i)
        semicolon = css.find(";", i)
        if brace == -1:
            out.append(css[i:])
            break
        if css[i:].lstrip().startswith("@") and -1 < semicolon < brace:
            out.append(css[i : semicolon + 1])  # @charset, @import, @layer a, b;
            i = semicolon + 1
            continue
        prelude = css[i:brace]
        end = block_end(css, brace)
        head = prelude.strip()
        if head.startswith(GROUPING):
            inner = purge(css[brace + 1 : end - 1], used)
            if inner.strip():
                out.append(f"{prelude}{{{inner}}}")
        elif head.startswith("@"):
            out.append(css[i:end])  # @keyframes, @font-face, @property: kept whole
        else:
            kept = [s for s in split_selectors(prelude) if selector_may_match(s, used)]
            if kept:
                out.append(",".join(kept) + css[brace:end])
        i = end
    return "".join(out)


# Every class name and attribute value in an HTML page, and every word of a script.
def used_words(html_texts: list[str], scripts: list[str]) -> set[str]:
    used: set[str] = set()
    for text in html_texts:
        for match in re.finditer(r"""\s[\w:-]+=("[^"]*"|'[^']*')""", text):
            used.update(WORD.findall(match[1]))
    for text in scripts:
        used.update(WORD.findall(text))
    return used
