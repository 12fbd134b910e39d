"""Page structure shared by both languages: twins, headings and their fixed anchors.

Like FastAPI's translation check: French and English versions of a page must have the same
sections, identified by fixed ASCII anchors written after each heading:
`## Symptômes { #symptoms }`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from lib.front_matter import PageError

HEADING = re.compile(r"^(?P<level>#{2,6})\s+(?P<text>.*?)\s*$")
ANCHOR = re.compile(r"\{[^}]*#(?P<id>[A-Za-z0-9_-]+)[^}]*\}\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Heading:
    """A level 2-6 heading of a page body, with its fixed anchor (None if it has none)."""

    line: int
    level: int
    text: str
    anchor: str | None


# ---------------------------------------------------------------------------
# Twins
# ---------------------------------------------------------------------------


# Split "dir/name.fr.md" into ("dir/name", "fr"); the locale is None if the suffix is missing.
def split_locale(src_uri: str, locales: list[str]) -> tuple[str, str | None]:
    path = PurePosixPath(src_uri)
    stem = path.name.removesuffix(".md")
    for locale in locales:
        if stem.endswith(f".{locale}"):
            return str(path.with_name(stem[: -len(locale) - 1])), locale
    return str(path.with_name(stem)), None


# Group Markdown files by page; report files without a language suffix or without a twin.
def pair_pages(uris: list[str], locales: list[str]) -> tuple[dict[str, dict[str, str]], list[str]]:
    problems: list[str] = []
    pages: dict[str, dict[str, str]] = {}
    for uri in sorted(uris):
        base, locale = split_locale(uri, locales)
        if locale is None:
            suffixes = " and ".join(f"{base}.{lang}.md" for lang in locales)
            problems.append(
                f"docs/{uri}: the file name has no language suffix. "
                f"Fix: rename it to {suffixes} (one file per language)."
            )
            continue
        pages.setdefault(base, {})[locale] = uri
    for base, present in sorted(pages.items()):
        for locale in locales:
            if locale not in present:
                existing = ", ".join(f"docs/{uri}" for uri in present.values())
                problems.append(
                    f"docs/{base}.{locale}.md is missing: {existing} has no '{locale}' "
                    f"translation. Fix: create docs/{base}.{locale}.md with the same sections "
                    "and anchors."
                )
    return pages, problems


# Localized assets (img/x.fr.svg + img/x.en.svg): each must exist in every language.
def asset_problems(paths: list[str], locales: list[str]) -> list[str]:
    found: dict[tuple[str, str], set[str]] = {}
    for path in paths:
        parts = PurePosixPath(path)
        stem, ext = parts.stem, parts.suffix
        for locale in locales:
            if stem.endswith(f".{locale}"):
                key = (str(parts.with_name(stem[: -len(locale) - 1])), ext)
                found.setdefault(key, set()).add(locale)
    problems = []
    for (base, ext), present in sorted(found.items()):
        for locale in locales:
            if locale not in present:
                problems.append(
                    f"docs/{base}.{locale}{ext} is missing: docs/{base}.{sorted(present)[0]}{ext} "
                    f"has no '{locale}' version. Fix: create it (same picture, text in '{locale}')."
                )
    return problems


# ---------------------------------------------------------------------------
# Headings
# ---------------------------------------------------------------------------


# Every level 2-6 heading of a Markdown body (fenced code skipped); line numbers from `first`.
def headings(body: str, first_line: int) -> list[Heading]:
    found: list[Heading] = []
    in_code = False
    for offset, line in enumerate(body.split("\n")):
        if FENCE.match(line):
            in_code = not in_code
            continue
        match = None if in_code else HEADING.match(line)
        if match:
            anchor = ANCHOR.search(match["text"])
            text = ANCHOR.sub("", match["text"]).strip()
            found.append(
                Heading(first_line + offset, len(match["level"]), text, anchor and anchor["id"])
            )
    return found


# Headings without a fixed anchor, or with an anchor used twice, as PageErrors.
def anchor_problems(found: list[Heading]) -> list[PageError]:
    problems = []
    seen: set[str] = set()
    for heading in found:
        if heading.anchor is None:
            problems.append(
                PageError(
                    f"the heading '{heading.text}' has no fixed anchor.",
                    "add an English ASCII anchor after it, the same in both languages, e.g. "
                    f"'{'#' * heading.level} {heading.text} {{ #symptoms }}'.",
                    heading.line,
                )
            )
        elif heading.anchor in seen:
            problems.append(
                PageError(
                    f"the anchor '#{heading.anchor}' is used twice.",
                    "give each heading its own anchor.",
                    heading.line,
                )
            )
        else:
            seen.add(heading.anchor)
    return problems


# Compare two twins' anchors; describe what one language has that the other lacks.
def anchor_differences(ours: list[Heading], theirs: list[Heading]) -> tuple[list[str], list[str]]:
    mine = [h.anchor for h in ours if h.anchor]
    other = [h.anchor for h in theirs if h.anchor]
    return [a for a in mine if a not in other], [a for a in other if a not in mine]
