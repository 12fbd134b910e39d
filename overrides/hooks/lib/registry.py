"""The bilingual registries in data/: conditions (one record holds both languages) and tags.

Loaded once per build and checked as a whole: unique ids, related entries that exist and link
back, unique names and aliases, tags from the closed list.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Annotated, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from lib.front_matter import PageError, PageErrors

Model = TypeVar("Model", bound=BaseModel)
Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
Name = Annotated[str, Field(min_length=1)]


class Strict(BaseModel):
    """Unknown keys are errors (usually typos)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Localized(Strict):
    """A text in both languages."""

    fr: Name
    en: Name


class LocalizedList(Strict):
    """A list of texts per language (may be empty)."""

    fr: list[Name] = []
    en: list[Name] = []


class Codes(Strict):
    """Classification codes (a list each: some conditions span several codes); only codes
    verified against a cited source."""

    icd10: list[Annotated[str, Field(pattern=r"^[A-Z]\d{2}(\.\d{1,2})?$")]] = []
    icd11: list[Annotated[str, Field(pattern=r"^[0-9A-Z]{4}(\.[0-9A-Z]{1,2})?$")]] = []
    mesh: list[Annotated[str, Field(pattern=r"^D\d{6,9}$")]] = []
    orpha: list[Annotated[str, Field(pattern=r"^\d{1,7}$")]] = []


class Condition(Strict):
    """One autoimmune condition, in both languages."""

    id: Slug
    name: Localized
    also_called: LocalizedList
    umbrella: LocalizedList = LocalizedList()
    covers: LocalizedList = LocalizedList()
    codes: Codes
    body_system: Slug
    scope: Literal["organ-specific", "systemic"]
    related: list[Slug] = []
    # Short lists for structured data (schema.org MedicalCondition), in both languages.
    symptoms: LocalizedList = LocalizedList()
    treatments: LocalizedList = LocalizedList()
    risk_factors: LocalizedList = LocalizedList()

    # Every name a reader may type for this condition in one language (search, also-called).
    def names(self, lang: str) -> list[str]:
        return [
            getattr(self.name, lang),
            *getattr(self.also_called, lang),
            *getattr(self.umbrella, lang),
            *getattr(self.covers, lang),
        ]


class ConditionFile(Strict):
    """data/conditions.yml."""

    conditions: list[Condition]


class Tags(Strict):
    """data/tags.yml: body systems and topics, each with a label per language."""

    body_systems: dict[Slug, Localized]
    topics: dict[Slug, Localized]

    # Every tag a page may carry.
    def all(self) -> set[str]:
        return set(self.body_systems) | set(self.topics)


class Registry(Strict):
    """Both registries, checked together."""

    conditions: dict[str, Condition]
    tags: Tags


# ---------------------------------------------------------------------------
# Loading and cross-checks
# ---------------------------------------------------------------------------


# A YAML syntax error in a data file, as a writer-facing PageErrors (line and fix).
def yaml_syntax_errors(error: yaml.YAMLError, path: Path) -> PageErrors:
    mark = getattr(error, "problem_mark", None)
    return PageErrors(
        [
            PageError(
                f"not valid YAML ({getattr(error, 'problem', error)}).",
                "check the indentation (spaces, not tabs) and the quotation marks.",
                mark.line + 1 if mark else None,
            )
        ],
        where=path.name,
    )


# One PageError per schema problem of a data record: "<prefix><field>: <message>. Fix: <fix>".
def validation_problems(
    error: ValidationError, prefix: str, fix: str, line: int | None = None
) -> list[PageError]:
    return [
        PageError(f"{prefix}{'.'.join(str(p) for p in item['loc'])}: {item['msg']}.", fix, line)
        for item in error.errors()
    ]


# Read one YAML data file, turning syntax and schema errors into PageErrors.
def load_yaml_model(path: Path, model: type[Model]) -> Model:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise yaml_syntax_errors(error, path) from None
    try:
        return model.model_validate(data)
    except ValidationError as error:
        problems = validation_problems(
            error, "", "follow the field descriptions at the top of the file."
        )
        raise PageErrors(problems, where=path.name) from None


# Problems that span several records: duplicate ids, names or aliases; dangling relations.
def cross_check(conditions: list[Condition], tags: Tags) -> list[PageError]:
    problems: list[PageError] = []
    ids = [c.id for c in conditions]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(PageError(f"id '{dup}' is used twice.", "give each condition its own id."))
    known = set(ids)
    seen: dict[str, list[str]] = defaultdict(list)
    for condition in conditions:
        if condition.body_system not in tags.body_systems:
            problems.append(
                PageError(
                    f"'{condition.id}': '{condition.body_system}' is not a body system.",
                    "use a key of body_systems in data/tags.yml.",
                )
            )
        for other in condition.related:
            if other not in known or other == condition.id:
                problems.append(
                    PageError(
                        f"'{condition.id}': related condition '{other}' does not exist.",
                        "use the id of another condition in this file.",
                    )
                )
            elif condition.id not in next(c for c in conditions if c.id == other).related:
                problems.append(
                    PageError(
                        f"'{condition.id}' lists '{other}' as related, but not the other way.",
                        f"add '{condition.id}' to the related list of '{other}'.",
                    )
                )
        for lang in ("fr", "en"):
            names = [getattr(condition.name, lang), *getattr(condition.also_called, lang)]
            for name in names:
                seen[f"{lang}:{name.casefold()}"].append(condition.id)
    for key, owners in sorted(seen.items()):
        if len(owners) > 1:
            problems.append(
                PageError(
                    f"the name or alias '{key[3:]}' ({key[:2]}) belongs to {', '.join(owners)}.",
                    "keep each name for one condition; shared group names go in 'umbrella'.",
                )
            )
    return problems


# Load and check data/conditions.yml and data/tags.yml (cached until either file changes).
def load_registry(data_dir: Path) -> Registry:
    paths = (data_dir / "conditions.yml", data_dir / "tags.yml")
    return _load(paths, tuple(p.stat().st_mtime_ns for p in paths))


@cache
def _load(paths: tuple[Path, Path], _mtimes: tuple[int, int]) -> Registry:
    conditions = load_yaml_model(paths[0], ConditionFile).conditions
    tags = load_yaml_model(paths[1], Tags)
    problems = cross_check(conditions, tags)
    if problems:
        raise PageErrors(problems, where=paths[0].name)
    return Registry(conditions={c.id: c for c in conditions}, tags=tags)
