"""Front-matter schemas, one per page type, and their errors in plain words.

Pydantic does the checking; this module only declares the fields and turns pydantic's errors
into "what is wrong" + "how to fix it" for writers.
"""

from __future__ import annotations

import calendar
import difflib
import re
from datetime import date
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from lib.front_matter import PageError, PageErrors

DESCRIPTION_MAX = 160
REVIEW_EVERY = re.compile(r"^(?P<count>[1-9]\d?) (?P<unit>months?|years?)$")
# Front-matter keys that Material for MkDocs itself reads; allowed on every page.
MATERIAL_KEYS = ("hide", "search", "template", "icon", "status")

# ---------------------------------------------------------------------------
# Field types
# ---------------------------------------------------------------------------


# Accept only a real calendar date written YYYY-MM-DD (text, as our YAML loader keeps it).
def iso_date(value: Any) -> date:
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise PydanticCustomError(
            "writer", "'{value}' is not written as a date YYYY-MM-DD.", {"value": text}
        )
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise PydanticCustomError(
            "writer", "'{value}' is not a real calendar date.", {"value": text}
        ) from None


IsoDate = Annotated[date, BeforeValidator(iso_date)]
Text = Annotated[str, Field(min_length=1)]
PageType = Literal["home", "section", "explainer", "condition", "advice", "glossary", "about"]
PAGE_TYPES: tuple[str, ...] = PageType.__args__  # type: ignore[attr-defined]


class Strict(BaseModel):
    """Base for every schema: unknown fields are errors (they are usually typos)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Source(Strict):
    """One cited source: title, publisher, year and at least one of url, doi, pmid."""

    title: Text
    publisher: Text
    # Publication year; for an undated web page, `accessed` (the day it was read) instead.
    year: int | None = Field(default=None, ge=1900)
    accessed: IsoDate | None = None
    url: Annotated[str, Field(pattern=r"^https://\S+$")] | None = None
    doi: Annotated[str, Field(pattern=r"^10\.\d{4,9}/\S+$")] | None = None
    pmid: Annotated[str, Field(pattern=r"^\d{1,9}$")] | None = None

    # PMIDs are often typed as bare numbers: keep them as text.
    @field_validator("pmid", mode="before")
    @classmethod
    def pmid_as_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) else value

    # A source nobody can find is not a source.
    @model_validator(mode="after")
    def needs_a_link(self) -> Source:
        if not (self.url or self.doi or self.pmid):
            raise PydanticCustomError(
                "writer",
                "source '{title}' has no url, doi or pmid, so a reader cannot find it.",
                {"title": self.title},
            )
        if self.year is None and self.accessed is None:
            raise PydanticCustomError(
                "writer",
                "source '{title}' has neither a year nor an accessed date.",
                {"title": self.title},
            )
        if (self.year or 0) > date.today().year or (self.accessed or date.min) > date.today():
            raise PydanticCustomError(
                "writer", "source '{title}' has a date in the future.", {"title": self.title}
            )
        return self


# ---------------------------------------------------------------------------
# Page schemas
# ---------------------------------------------------------------------------


class Page(Strict):
    """Fields every page has. Validation context: {"tags": set, "conditions": set}."""

    title: Text
    description: Annotated[str, Field(min_length=20, max_length=DESCRIPTION_MAX)]
    type: PageType
    last_reviewed: IsoDate
    review_every: str | None = None
    next_review: IsoDate | None = None
    sources: list[Source]
    tags: list[str] = Field(min_length=1)
    # Key terms of the page: ids of data/glossary.yml, listed under the page with their links.
    terms: list[str] = []
    hide: list[str] | None = None
    search: dict[str, Any] | None = None
    template: str | None = None
    icon: str | None = None
    status: str | None = None

    # Fewest sources a page of this type may cite (raised by the stricter types below).
    min_sources: ClassVar[int] = 0

    # Tags come from the closed list in data/tags.yml.
    @field_validator("tags")
    @classmethod
    def known_tags(cls, tags: list[str], info: ValidationInfo) -> list[str]:
        allowed: set[str] = (info.context or {}).get("tags", set())
        for tag in tags:
            if tag not in allowed:
                raise PydanticCustomError(
                    "unknown_tag", "'{tag}' is not a known tag.", {"tag": tag, "allowed": allowed}
                )
        return tags

    # Key terms come from the glossary registry.
    @field_validator("terms")
    @classmethod
    def known_terms(cls, terms: list[str], info: ValidationInfo) -> list[str]:
        known: set[str] = (info.context or {}).get("terms", set())
        for term in terms:
            if term not in known:
                raise PydanticCustomError(
                    "unknown_term",
                    "'{term}' is not in the glossary.",
                    {"term": term, "allowed": known},
                )
        return terms

    # review_every reads like "12 months" or "2 years".
    @field_validator("review_every")
    @classmethod
    def review_period(cls, value: str | None) -> str | None:
        if value is not None and not REVIEW_EVERY.match(value):
            raise PydanticCustomError(
                "writer", "'{value}' is not a review period like '12 months'.", {"value": value}
            )
        return value

    # Dates must make sense: reviewed in the past, one way to plan the next review.
    @model_validator(mode="after")
    def dates_make_sense(self) -> Page:
        if self.last_reviewed > date.today():
            raise PydanticCustomError(
                "future_date",
                "last_reviewed is {value}, a date in the future.",
                {"value": self.last_reviewed.isoformat()},
            )
        if (self.review_every is None) == (self.next_review is None):
            raise PydanticCustomError(
                "review_plan",
                "the page needs exactly one of review_every or next_review.",
            )
        if self.next_review is not None and self.next_review <= self.last_reviewed:
            raise PydanticCustomError("review_plan", "next_review must come after last_reviewed.")
        if len(self.sources) < self.min_sources:
            raise PydanticCustomError(
                "too_few_sources",
                "a {type} page needs at least {minimum} sources; this one has {count}.",
                {"type": self.type, "minimum": self.min_sources, "count": len(self.sources)},
            )
        return self

    # The date by which the page must be checked against its sources again.
    def review_due(self) -> date:
        if self.next_review is not None:
            return self.next_review
        match = REVIEW_EVERY.match(self.review_every or "")
        assert match is not None  # guaranteed by review_period
        months = int(match["count"]) * (12 if match["unit"].startswith("year") else 1)
        year, month = divmod(self.last_reviewed.month - 1 + months, 12)
        year += self.last_reviewed.year
        day = min(self.last_reviewed.day, calendar.monthrange(year, month + 1)[1])
        return date(year, month + 1, day)


class ConditionPage(Page):
    """A page about one autoimmune condition, tied to its registry entry."""

    condition: Text
    min_sources: ClassVar[int] = 3

    # The condition must exist in data/conditions.yml.
    @field_validator("condition")
    @classmethod
    def known_condition(cls, value: str, info: ValidationInfo) -> str:
        known: set[str] = (info.context or {}).get("conditions", set())
        if value not in known:
            raise PydanticCustomError(
                "unknown_condition",
                "'{value}' is not in the condition registry.",
                {"value": value, "allowed": known},
            )
        return value


class ExplainerPage(Page):
    """A page explaining how the immune system works."""

    min_sources: ClassVar[int] = 2


class AdvicePage(Page):
    """An everyday-life advice page."""

    min_sources: ClassVar[int] = 1


SCHEMAS: dict[str, type[Page]] = {
    "condition": ConditionPage,
    "explainer": ExplainerPage,
    "advice": AdvicePage,
}

# ---------------------------------------------------------------------------
# Plain-language errors
# ---------------------------------------------------------------------------

EXAMPLES = {
    "title": "title: Maladie de Basedow",
    "description": "description: One or two sentences (160 characters at most).",
    "type": f"type: one of {', '.join(PAGE_TYPES)}",
    "last_reviewed": "last_reviewed: 2026-11-29",
    "review_every": "review_every: 12 months",
    "sources": "sources: (a list; see 'How to cite' in CONTRIBUTING.md)",
    "tags": "tags: [thyroid]",
    "condition": "condition: graves-disease",
    "title_src": "title: Title of the source",
    "publisher": "publisher: Haute Autorité de santé",
    "year": "year: 2024",
}


# Field path as a writer reads it: sources[1].url (numbered from 1, like a person counts).
def field_path(loc: tuple[Any, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


# The fix to suggest for one pydantic error.
def suggest_fix(error: dict[str, Any], known_fields: list[str]) -> str:
    kind, loc, ctx = error["type"], error["loc"], error.get("ctx") or {}
    name = str(loc[-1]) if loc else ""
    if kind == "missing":
        example = EXAMPLES.get("title_src" if loc[0] == "sources" and name == "title" else name)
        return f"add the line '{example or name + ': …'}' to the front matter."
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(name, known_fields, n=1)
        return f"did you mean '{close[0]}'? Rename it." if close else "remove this line."
    if kind == "literal_error":
        return f"use one of: {', '.join(PAGE_TYPES)}."
    if kind in ("unknown_tag", "unknown_condition", "unknown_term"):
        allowed = sorted(ctx.get("allowed", ()))
        close = difflib.get_close_matches(str(error["input"]), allowed, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        file = {
            "unknown_tag": "data/tags.yml",
            "unknown_condition": "data/conditions.yml",
            "unknown_term": "data/glossary.yml",
        }[kind]
        return f"{hint}Use a value listed in {file} (or add it there first)."
    if kind == "string_too_long":
        return f"shorten it to {ctx.get('max_length')} characters at most."
    if kind == "string_too_short":
        return "write it out (it is empty or too short)."
    if kind == "string_pattern_mismatch":
        if name == "url":
            return "give the full address starting with https://."
        if name == "doi":
            return "write the DOI alone, e.g. 10.1016/S0140-6736(23)00457-9."
        return "write the PMID as digits only, e.g. 37156255."
    if kind == "future_date":
        return "use the date on which you actually checked the page against its sources."
    if kind == "review_plan":
        return (
            "keep 'review_every: 12 months' (or one 'next_review: YYYY-MM-DD' after last_reviewed)."
        )
    if kind == "too_few_sources":
        return "add authoritative sources (see 'How to cite' in CONTRIBUTING.md)."
    if loc and loc[-1] in ("last_reviewed", "next_review"):
        return "write the date as YYYY-MM-DD, e.g. 2026-11-29."
    if kind in ("int_parsing", "int_type", "greater_than_equal"):
        return "write the year as four digits, e.g. 2024."
    if kind == "list_type":
        return "write it as a list: one '- item' per line, or [a, b]."
    if kind == "too_short":
        return "add at least one item."
    return "see the front matter templates in CONTRIBUTING.md."


# Translate a pydantic ValidationError into PageErrors, one per problem.
def page_errors(error: ValidationError, schema: type[Page]) -> list[PageError]:
    fields = list(schema.model_fields)
    out = []
    for item in error.errors():
        where = field_path(item["loc"])
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "missing":
            message = "this field is missing."
        elif item["type"] == "extra_forbidden":
            message = "this is not a known field."
        elif item["type"] == "literal_error":
            message = f"'{item['input']}' is not a page type."
        elif item["type"] == "string_pattern_mismatch":
            message = f"'{item['input']}' is not in the expected form."
        elif item["type"] == "string_too_long":
            message = f"it is {len(item['input'])} characters long."
        field = str(item["loc"][0]) if item["loc"] else None
        problem = f"{where}: {message}" if where else message
        out.append(PageError(problem, suggest_fix(item, fields), field=field))
    return out


# Validate a page's front matter against the schema of its type, or raise PageErrors.
def validate_page(meta: dict[str, Any], context: dict[str, Any]) -> Page:
    schema = SCHEMAS.get(str(meta.get("type")), Page)
    try:
        return schema.model_validate(meta, context=context)
    except ValidationError as error:
        raise PageErrors(page_errors(error, schema)) from None
