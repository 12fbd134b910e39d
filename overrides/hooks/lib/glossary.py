"""The bilingual term registry (data/glossary.yml): loading, checks, and the term matcher.

One record per term holds both languages. The checks name the file, the record and its line:
unknown categories or related terms, pages that do not exist, and a term or alias claimed by two
records in the same language (both records named).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from lib.front_matter import PageError, PageErrors, read
from lib.registry import validation_problems, yaml_syntax_errors
from lib.structure import headings

GLOSSARY_FILE = "glossary.yml"
LANGS = ("fr", "en")
Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
Category = Literal[
    "cell", "organ", "molecule", "process", "test", "treatment", "disease", "general"
]
PAGE_LINK = re.compile(r"^(?P<path>[a-z0-9/-]+\.md)(#(?P<anchor>[a-z0-9-]+))?$")


class Strict(BaseModel):
    """Unknown keys are errors (usually typos)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class TermText(Strict):
    """A term in one language: main form, aliases, short definition."""

    term: Annotated[str, Field(min_length=2)]
    aliases: list[Annotated[str, Field(min_length=3)]] = []
    definition: Annotated[str, Field(min_length=20, max_length=400)]

    # Every form of the term a reader may meet, main form first.
    def forms(self) -> list[str]:
        return [self.term, *self.aliases]


class Term(Strict):
    """One glossary record, in both languages."""

    category: Category
    fr: TermText
    en: TermText
    page: str | None = None
    related: list[Slug] = []
    source: Annotated[str, Field(pattern=r"^(https://\S+|doi:10\.\d{4,9}/\S+)$")]

    # The text of the record in one language.
    def text(self, lang: str) -> TermText:
        return self.fr if lang == "fr" else self.en


@dataclass(frozen=True, eq=False)
class Glossary:
    """All records, by id, in file order; and each record's line in the file. Hashed by
    identity: a loaded glossary is cached, and its matchers are cached with it."""

    terms: dict[str, Term]
    lines: dict[str, int]


# ---------------------------------------------------------------------------
# Loading and checks
# ---------------------------------------------------------------------------


# Parse a YAML mapping once: its data, and the line (1-based) of each top-level key.
def load_with_lines(text: str) -> tuple[dict, dict[str, int]]:
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else {}
    finally:
        loader.dispose()
    if not isinstance(node, yaml.MappingNode):
        return data or {}, {}
    return data, {key.value: key.start_mark.line + 1 for key, _value in node.value}


# Problems between records: related ids, and forms claimed twice in one language.
def cross_check(glossary: Glossary) -> list[PageError]:
    problems: list[PageError] = []
    owners: dict[tuple[str, str], list[str]] = defaultdict(list)
    for term_id, term in glossary.terms.items():
        line = glossary.lines.get(term_id)
        for other in term.related:
            if other not in glossary.terms or other == term_id:
                problems.append(
                    PageError(
                        f"'{term_id}': related term '{other}' does not exist.",
                        "use the id of another record in data/glossary.yml.",
                        line,
                    )
                )
        for lang in LANGS:
            for form in term.text(lang).forms():
                key = (lang, form.casefold())
                if term_id not in owners[key]:
                    owners[key].append(term_id)
    for (lang, form), ids in sorted(owners.items()):
        if len(ids) > 1:
            places = " and ".join(f"'{i}' (line {glossary.lines.get(i, '?')})" for i in ids)
            problems.append(
                PageError(
                    f"the {lang} term or alias '{form}' belongs to {places}.",
                    "keep each term and alias in one record only (merge them, or remove it).",
                    glossary.lines.get(ids[-1]),
                )
            )
    return problems


# The page a record points to must exist in every language (and its anchor, if given).
def page_problems(term_id: str, link: str, docs_dir: Path, line: int | None) -> list[PageError]:
    match = PAGE_LINK.match(link)
    if not match:
        return [
            PageError(
                f"'{term_id}': page '{link}' is not a docs path.",
                "write it like immune-system/antibodies.md (optionally #anchor).",
                line,
            )
        ]
    problems = []
    for lang in LANGS:
        source = docs_dir / match["path"].replace(".md", f".{lang}.md")
        if not source.exists():
            problems.append(
                PageError(
                    f"'{term_id}': page docs/{source.relative_to(docs_dir)} does not exist.",
                    "point 'page' at an existing page (path under docs/, without language).",
                    line,
                )
            )
        elif match["anchor"] and match["anchor"] not in page_anchors(source):
            problems.append(
                PageError(
                    f"'{term_id}': docs/{source.relative_to(docs_dir)} has no "
                    f"section #{match['anchor']}.",
                    "use an anchor of that page's headings, or drop the #anchor.",
                    line,
                )
            )
    return problems


# The fixed heading anchors of a page (each page read once until it changes).
def page_anchors(source: Path) -> set[str]:
    return _anchors(source, source.stat().st_mtime_ns)


@cache
def _anchors(source: Path, _mtime: int) -> set[str]:
    page = read(source)
    return {h.anchor for h in headings(page.body, page.body_line) if h.anchor}


# Load and check data/glossary.yml, or raise PageErrors. The records are parsed once until the
# file changes; the pages they point to are checked on every call (pages come and go).
def load_glossary(data_dir: Path, docs_dir: Path) -> Glossary:
    path = data_dir / GLOSSARY_FILE
    if not path.exists():
        return Glossary({}, {})
    glossary = _parse(path, path.stat().st_mtime_ns)
    problems = [
        problem
        for term_id, term in glossary.terms.items()
        if term.page is not None
        for problem in page_problems(term_id, term.page, docs_dir, glossary.lines.get(term_id))
    ]
    if problems:
        raise PageErrors(problems, where=path.name)
    return glossary


@cache
def _parse(path: Path, _mtime: int) -> Glossary:
    text = path.read_text(encoding="utf-8")
    try:
        data, lines = load_with_lines(text)
    except yaml.YAMLError as error:
        raise yaml_syntax_errors(error, path) from None
    problems: list[PageError] = []
    terms: dict[str, Term] = {}
    for term_id, record in data.items():
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", str(term_id)):
            problems.append(
                PageError(
                    f"id '{term_id}' is not a lowercase ASCII slug.",
                    "write ids like regulatory-t-cell.",
                    lines.get(str(term_id)),
                )
            )
            continue
        try:
            terms[term_id] = Term.model_validate(record)
        except ValidationError as error:
            problems += validation_problems(
                error,
                f"'{term_id}'.",
                "follow the record format described at the top of the file.",
                lines.get(term_id),
            )
    glossary = Glossary(terms, lines)
    problems += cross_check(glossary)
    if problems:
        raise PageErrors(problems, where=path.name)
    return glossary


# ---------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------


# The written forms of a term that match in text: as listed, a capitalised first letter for
# lowercase forms (start of a sentence), and the regular plural.
def variants(form: str, lang: str) -> set[str]:
    out = {form}
    # French puts the plural on the first word (« lymphocytes T »); English on the last.
    head, space, tail = form.partition(" ") if lang == "fr" else (form, "", "")
    if head[-1].islower() and not head.endswith(("s", "x", "z")):
        out.add(f"{head}s{space}{tail}")
    if form[0].islower():
        out |= {v[0].upper() + v[1:] for v in out}
    return out


# A regular expression matching any of the words, built as a trie so that the engine does one
# pass over the text whatever the number of terms, and the longest form wins at each position.
def trie_pattern(words: list[str]) -> str:
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    # Regex for one trie node: alternatives ordered longest-first (end-of-word last).
    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + build(child) for char, child in node.items() if char]
        if "" in node:
            if not branches:
                return ""
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return build(trie)


@dataclass(frozen=True)
class Matcher:
    """One compiled pattern for every form of every term in one language."""

    pattern: re.Pattern[str]
    owner: dict[str, str]  # written form -> term id


# The matcher of one language for a loaded glossary (built once per glossary and language).
@cache
def matcher(glossary: Glossary, lang: str) -> Matcher:
    owner: dict[str, str] = {}
    for term_id, term in glossary.terms.items():
        for form in term.text(lang).forms():
            for variant in variants(form, lang):
                owner.setdefault(variant, term_id)
    # Words are bounded by anything that is not a letter, digit or hyphen (so « l'anticorps »
    # matches after the elision, and "anti-TNF" is not read as "TNF").
    body = trie_pattern(sorted(owner, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])") if owner else re.compile(r"(?!)")
    return Matcher(pattern, owner)


# The terms each page explains (docs path without language -> ids), for "not on its own page".
@cache
def explained_on(glossary: Glossary) -> dict[str, frozenset[str]]:
    pages: dict[str, set[str]] = defaultdict(set)
    for term_id, term in glossary.terms.items():
        if term.page:
            pages[term.page.split("#")[0]].add(term_id)
    return {page: frozenset(ids) for page, ids in pages.items()}
