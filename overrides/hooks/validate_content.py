"""Stop the build on any writer mistake, naming the file, the field and the fix.

Checks, before MkDocs reads a single page: the registries in data/; every page's front matter
(read by our own strict reader: MkDocs' reader hides malformed YAML) against the schema of its
type; that every page has its twin in the other language with the same type, registry entry,
number of sources and section anchors. Overdue reviews are warnings, which `strict` turns into
a failed build.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from lib import validated
from lib.advice import SHORTCODE, advice_items, body_lines, load_levels
from lib.front_matter import PageError, PageErrors, SourceFile, field_line, read
from lib.glossary import load_glossary
from lib.i18n_state import build_languages, current_language, default_language
from lib.registry import Registry, load_registry
from lib.schema import Page, validate_page
from lib.structure import (
    anchor_differences,
    anchor_problems,
    asset_problems,
    headings,
    pair_pages,
)
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

log = logging.getLogger("mkdocs.hooks.validate_content")

# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------


# Read and validate one page; return its data or the list of its problems.
def check_page(
    path: Path, context: dict[str, Any]
) -> tuple[tuple[SourceFile, Page] | None, list[PageError]]:
    try:
        source = read(path)
    except PageError as error:
        return None, [error]
    try:
        page = validate_page(source.meta, context)
    except PageErrors as errors:
        for error in errors.errors:
            if error.line is None and error.field:
                error.line = field_line(source, error.field)
        return None, errors.errors
    _items, advice = advice_items(
        source.body,
        source.body_line,
        is_advice_page=page.type == "advice",
        levels=context["levels"],
        conditions=context["conditions"],
        source_count=len(page.sources),
    )
    return (source, page), anchor_problems(headings(source.body, source.body_line)) + advice


# The advice shortcodes of a page, in order, normalised (both languages must carry the same).
def shortcodes(source: SourceFile) -> list[str]:
    found = []
    for _number, line in body_lines(source.body, source.body_line):
        match = SHORTCODE.match(line.strip())
        if match:
            found.append(" ".join(match["args"].split()))
    return found


# Problems between the two language versions of one page.
def twin_problems(uris: dict[str, str], pages: dict[str, tuple[SourceFile, Page]]) -> list[str]:
    (lang_a, uri_a), (lang_b, uri_b) = sorted(uris.items())
    if uri_a not in pages or uri_b not in pages:
        return []  # already reported
    (src_a, page_a), (src_b, page_b) = pages[uri_a], pages[uri_b]
    pair = f"docs/{uri_a} and docs/{uri_b}"
    problems = []
    for field in ("type", "condition"):
        a, b = getattr(page_a, field, None), getattr(page_b, field, None)
        if a != b:
            problems.append(
                f"{pair}: '{field}' differs ({a} / {b}). Fix: both languages must have the "
                f"same {field}."
            )
    if len(page_a.sources) != len(page_b.sources):
        problems.append(
            f"{pair}: {len(page_a.sources)} source(s) in '{lang_a}' but {len(page_b.sources)} "
            f"in '{lang_b}'. Fix: cite the same sources in both languages."
        )
    if shortcodes(src_a) != shortcodes(src_b):
        problems.append(
            f"{pair}: the advice shortcodes differ. Fix: each advice item carries the same "
            "<!-- md:advice ... --> line, in the same order, in both languages."
        )
    only_a, only_b = anchor_differences(
        headings(src_a.body, src_a.body_line), headings(src_b.body, src_b.body_line)
    )
    for anchors, here, there in ((only_a, uri_a, uri_b), (only_b, uri_b, uri_a)):
        if anchors:
            listed = ", ".join(f"#{a}" for a in anchors)
            problems.append(
                f"docs/{here} has section(s) {listed} that docs/{there} lacks. Fix: give both "
                "languages the same sections with the same anchors."
            )
    return problems


# Overdue reviews, one message per page.
def overdue(pages: dict[str, tuple[SourceFile, Page]], today: date) -> list[str]:
    late = []
    for uri, (_source, page) in sorted(pages.items()):
        due = page.review_due()
        if due < today:
            late.append(
                f"docs/{uri}: review overdue since {due.isoformat()} (last_reviewed "
                f"{page.last_reviewed.isoformat()}). Fix: check the page against its sources, "
                "then set last_reviewed to that day's date."
            )
    return late


# Run every check on the docs tree; return (errors, warnings) as ready-to-print lines.
def check_tree(docs_dir: Path, data_dir: Path, locales: list[str]) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    registry: Registry | None = None
    try:
        registry = load_registry(data_dir)
    except PageErrors as problems:
        errors += [e.render(f"data/{problems.where}") for e in problems.errors]
    context = {
        "tags": registry.tags.all() if registry else set(),
        "conditions": set(registry.conditions) if registry else set(),
        "levels": load_levels(data_dir),
        "terms": set(),
    }
    try:
        context["terms"] = set(load_glossary(data_dir, docs_dir).terms)
    except PageErrors as problems:
        errors += [e.render(f"data/{problems.where}") for e in problems.errors]
    uris = sorted(p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md"))
    twins, pairing = pair_pages(uris, locales)
    errors += pairing
    assets = [
        p.relative_to(docs_dir).as_posix()
        for p in docs_dir.rglob("*")
        if p.is_file() and p.suffix != ".md"
    ]
    errors += asset_problems(assets, locales)
    pages: dict[str, tuple[SourceFile, Page]] = {}
    for uri in uris:
        result, problems = check_page(docs_dir / uri, context)
        errors += [problem.render(f"docs/{uri}") for problem in problems]
        if result is not None:
            pages[uri] = result
    for uris_by_lang in twins.values():
        if len(uris_by_lang) == len(locales):
            errors += twin_problems(uris_by_lang, pages)
    validated.pages.clear()
    validated.pages.update({str(docs_dir / uri): data for uri, data in pages.items()})
    return errors, overdue(pages, date.today())


# ---------------------------------------------------------------------------
# Hook
# ---------------------------------------------------------------------------


# Validate the whole docs tree before any page is read; stop on the first build with errors.
@event_priority(50)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    if current_language(config) != default_language(config) and validated.pages:
        return files  # the default-language build of this run already checked the whole tree
    docs_dir = Path(config.docs_dir)
    data_dir = Path(config.config_file_path).parent / "data"
    errors, warnings = check_tree(docs_dir, data_dir, build_languages(config))
    if errors:
        for error in errors:
            log.error(error)
        raise PluginError(
            f"{len(errors)} problem(s) in the pages or data files: see the lines above. "
            "CONTRIBUTING.md explains each message."
        )
    if current_language(config) == default_language(config):
        for warning in warnings:
            log.warning(warning)
    return files
