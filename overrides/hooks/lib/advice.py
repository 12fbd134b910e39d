"""Advice items on `type: advice` pages: the evidence scale and the `md:advice` shortcode.

Every `###` heading of an advice page is one advice item and is followed by exactly one line

    <!-- md:advice evidence=established conditions=crohns-disease sources=1,3 -->

naming its level of evidence (data/evidence.yml), the conditions it concerns (ids of
data/conditions.yml, or `all`) and the page's front-matter sources (numbered from 1) behind it.
Shared by hooks/validate_content.py (checks) and hooks/advice.py (rendering).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from lib.front_matter import PageError

SHORTCODE = re.compile(r"^<!--\s*md:advice\b(?P<args>.*?)-->\s*$")
ANY_SHORTCODE = re.compile(r"<!--\s*md:advice\b")
ITEM_HEADING = re.compile(r"^###\s+\S")
FENCE = re.compile(r"^\s*(```|~~~)")
KEYS = ("evidence", "conditions", "sources")
EXAMPLE = (
    "<!-- md:advice evidence=established conditions=crohns-disease,rheumatoid-arthritis "
    "sources=1,2 -->"
)


@dataclass(frozen=True)
class Level:
    """One step of the evidence scale, with its label and definition per language."""

    id: str
    label: dict[str, str]
    definition: dict[str, str]


@dataclass(frozen=True)
class AdviceItem:
    """One parsed shortcode: where it is and what it says."""

    line: int
    evidence: str
    conditions: tuple[str, ...]
    sources: tuple[int, ...]


# ---------------------------------------------------------------------------
# Evidence scale
# ---------------------------------------------------------------------------


# Load data/evidence.yml (strongest level first), cached until the file changes.
def load_levels(data_dir: Path) -> dict[str, Level]:
    path = data_dir / "evidence.yml"
    return _load_levels(path, path.stat().st_mtime_ns)


@cache
def _load_levels(path: Path, _mtime: int) -> dict[str, Level]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    levels: dict[str, Level] = {}
    for level_id, texts in (data or {}).get("levels", {}).items():
        try:
            levels[level_id] = Level(
                level_id,
                {lang: str(texts[lang]["label"]) for lang in ("fr", "en")},
                {lang: " ".join(str(texts[lang]["definition"]).split()) for lang in ("fr", "en")},
            )
        except (KeyError, TypeError):
            raise RuntimeError(
                f"{path}: level '{level_id}' needs fr and en, each with label and definition."
            ) from None
    if not levels:
        raise RuntimeError(f"{path}: no evidence levels under 'levels:'.")
    return levels


# ---------------------------------------------------------------------------
# Parsing and checks
# ---------------------------------------------------------------------------


# Lines outside fenced code blocks, with their line number in the file.
def body_lines(body: str, first_line: int) -> list[tuple[int, str]]:
    out, in_code = [], False
    for offset, line in enumerate(body.split("\n")):
        if FENCE.match(line):
            in_code = not in_code
        elif not in_code:
            out.append((first_line + offset, line))
    return out


# Parse one shortcode's arguments, or raise a PageError saying what to write instead.
def parse_args(
    text: str, line: int, levels: dict[str, Level], conditions: set[str], source_count: int
) -> AdviceItem:
    args: dict[str, str] = {}
    for token in text.split():
        key, sep, value = token.partition("=")
        if not sep or key not in KEYS or key in args or not value:
            raise PageError(
                f"advice shortcode: '{token}' is not understood.",
                f"write exactly: {EXAMPLE}",
                line,
            )
        args[key] = value
    missing = [key for key in KEYS if key not in args]
    if missing:
        raise PageError(
            f"advice shortcode: {', '.join(missing)} missing.", f"write: {EXAMPLE}", line
        )
    if args["evidence"] not in levels:
        raise PageError(
            f"advice shortcode: '{args['evidence']}' is not a level of evidence.",
            f"use one of: {', '.join(levels)} (data/evidence.yml).",
            line,
        )
    named = tuple(args["conditions"].split(","))
    unknown = [c for c in named if c not in conditions and not (c == "all" and len(named) == 1)]
    if unknown:
        raise PageError(
            f"advice shortcode: condition(s) {', '.join(unknown)} unknown.",
            "use ids from data/conditions.yml, comma-separated, or 'all' alone.",
            line,
        )
    numbers = args["sources"].split(",")
    if not all(n.isdigit() and 1 <= int(n) <= source_count for n in numbers):
        raise PageError(
            f"advice shortcode: sources={args['sources']} but the page lists "
            f"{source_count} source(s).",
            f"give the numbers (1 to {source_count}) of the front-matter sources behind "
            "this advice, comma-separated.",
            line,
        )
    return AdviceItem(line, args["evidence"], named, tuple(int(n) for n in numbers))


# Find and check every advice item of a page body; return the items and the problems.
def advice_items(
    body: str,
    first_line: int,
    *,
    is_advice_page: bool,
    levels: dict[str, Level],
    conditions: set[str],
    source_count: int,
) -> tuple[list[AdviceItem], list[PageError]]:
    items: list[AdviceItem] = []
    problems: list[PageError] = []
    lines = body_lines(body, first_line)
    for index, (number, line) in enumerate(lines):
        if ANY_SHORTCODE.search(line):
            previous = next((t for _, t in reversed(lines[:index]) if t.strip()), "")
            if not is_advice_page:
                problems.append(
                    PageError(
                        "an advice shortcode on a page that is not `type: advice`.",
                        "remove it, or make the page an advice page.",
                        number,
                    )
                )
            elif not SHORTCODE.match(line.strip()):
                problems.append(
                    PageError(
                        "advice shortcode not closed or not alone on its line.",
                        f"write it on its own line: {EXAMPLE}",
                        number,
                    )
                )
            elif not ITEM_HEADING.match(previous):
                problems.append(
                    PageError(
                        "an advice shortcode that does not follow a `###` heading.",
                        "put it on the line after the advice item's `### ...` heading.",
                        number,
                    )
                )
            else:
                match = SHORTCODE.match(line.strip())
                assert match is not None
                try:
                    items.append(
                        parse_args(match["args"], number, levels, conditions, source_count)
                    )
                except PageError as error:
                    problems.append(error)
        elif is_advice_page and ITEM_HEADING.match(line):
            following = next((t for _, t in lines[index + 1 :] if t.strip()), "")
            if not ANY_SHORTCODE.search(following):
                problems.append(
                    PageError(
                        "this `###` heading is an advice item without its evidence line.",
                        f"add below it: {EXAMPLE}",
                        number,
                    )
                )
    return items, problems
