"""Read a Markdown page and its YAML front matter, with errors a writer can act on.

MkDocs' own reader swallows malformed front matter and prints it as page text; this reader
refuses it and says which line is wrong and how to fix it. It accepts what editors produce:
a UTF-8 byte-order mark, Windows (CRLF) line endings, decomposed (NFD) accents from macOS.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

FENCE = re.compile(r"^(---|\.\.\.)\s*$")


class PageError(Exception):
    """A writer mistake in one file: carries the plain-language problem and its fix."""

    def __init__(
        self, problem: str, fix: str, line: int | None = None, field: str | None = None
    ) -> None:
        super().__init__(problem)
        self.problem = problem
        self.fix = fix
        self.line = line
        self.field = field

    # One line for the build log: "docs/x.fr.md, line 3: problem. Fix: fix".
    def render(self, where: str) -> str:
        place = f"{where}, line {self.line}" if self.line else where
        return f"{place}: {self.problem} Fix: {self.fix}"


class PageErrors(Exception):
    """Several writer mistakes found in one file."""

    def __init__(self, errors: list[PageError], where: str | None = None) -> None:
        super().__init__(f"{len(errors)} problem(s)")
        self.errors = errors
        self.where = where


class _NoDatesLoader(yaml.SafeLoader):
    """Safe YAML loader that keeps dates as text, so the schema can validate them itself."""


# Drop the implicit timestamp resolver: "2025-13-45" must reach the schema as a string.
_NoDatesLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class SourceFile:
    """A page's front matter (as a plain dict), its Markdown body and where the body starts."""

    meta: dict[str, Any]
    body: str
    body_line: int
    text: str = field(repr=False)


# ---------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------


# Decode bytes as UTF-8 (BOM allowed), normalise line endings and accents (NFC).
def decode(raw: bytes) -> str:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise PageError(
            "the file is not saved as UTF-8 text (byte "
            f"0x{raw[error.start]:02x} cannot be read), so accents would come out garbled.",
            "re-save the file with the UTF-8 encoding (in most editors: File > Save with "
            "encoding > UTF-8).",
            line,
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


# ---------------------------------------------------------------------------
# YAML
# ---------------------------------------------------------------------------


# Turn a PyYAML error into a PageError whose line number counts from the top of the file.
def yaml_error(error: yaml.YAMLError, first_line: int, block: str) -> PageError:
    mark = getattr(error, "problem_mark", None)
    line = first_line + mark.line if mark is not None else first_line
    problem = str(getattr(error, "problem", "") or error)
    context = str(getattr(error, "context", "") or "")
    lines = block.split("\n")
    if "\t" in problem or (mark is not None and "\t" in lines[min(mark.line, len(lines) - 1)]):
        return PageError(
            "the front matter uses a tab character for indentation, which YAML does not allow.",
            "replace the tab at the start of the line with spaces (two spaces per level).",
            line,
        )
    if "quoted scalar" in context or "quoted scalar" in problem:
        start = getattr(error, "context_mark", None)
        opened = first_line + start.line if start is not None else line
        return PageError(
            f"a quotation mark opened on line {opened} of the file is never closed.",
            "add the closing quotation mark at the end of that value (or remove the opening one).",
            opened,
        )
    return PageError(
        f"the front matter is not valid YAML ({problem.strip()}"
        f"{'; ' + context.strip() if context else ''}).",
        "check that each line reads 'field: value', that lists start with '- ', and that text "
        "containing ': ' or '#' is in quotation marks.",
        line,
    )


# Parse the YAML between the '---' fences; the mapping is returned as plain Python data.
def parse_yaml(block: str, first_line: int) -> dict[str, Any]:
    try:
        data = yaml.load(block, Loader=_NoDatesLoader)
    except yaml.YAMLError as error:
        raise yaml_error(error, first_line, block) from None
    if data is None:
        raise PageError(
            "the front matter is empty.",
            "fill it in from the template for this page type in CONTRIBUTING.md.",
            first_line,
        )
    if not isinstance(data, dict):
        raise PageError(
            "the front matter must be a list of 'field: value' lines.",
            "write one 'field: value' per line, as in the templates in CONTRIBUTING.md.",
            first_line,
        )
    return data


# ---------------------------------------------------------------------------
# Page
# ---------------------------------------------------------------------------


# Split decoded text into front matter and body, failing on missing or unclosed front matter.
def split(text: str) -> SourceFile:
    if not text.strip():
        raise PageError(
            "the file is empty.",
            "write the page (front matter first), or delete the file and its translation.",
        )
    lines = text.split("\n")
    if not FENCE.match(lines[0]) or lines[0].startswith("..."):
        raise PageError(
            "the page has no front matter: its first line must be '---'.",
            "start the file with a front matter block (see the templates in CONTRIBUTING.md), "
            "between two lines containing only '---'.",
            1,
        )
    for index in range(1, len(lines)):
        if FENCE.match(lines[index]):
            meta = parse_yaml("\n".join(lines[1:index]), first_line=2)
            return SourceFile(meta, "\n".join(lines[index + 1 :]), index + 2, text)
    raise PageError(
        "the front matter is never closed.",
        "add a line containing only '---' after the last front matter field.",
        1,
    )


# Line number (from 1) of a top-level front-matter field, or None if it is not written.
def field_line(source: SourceFile, field: str) -> int | None:
    pattern = re.compile(rf"^{re.escape(field)}\s*:")
    for number, line in enumerate(source.text.split("\n")[: source.body_line], start=1):
        if pattern.match(line):
            return number
    return None


# Read a page file from disk into a SourceFile, or raise a PageError.
def read(path: Path) -> SourceFile:
    return split(decode(path.read_bytes()))
