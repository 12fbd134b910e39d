"""Structured data: every JSON-LD block parses and has the properties its type requires."""

from __future__ import annotations

import json
from typing import Any

from bs4 import BeautifulSoup

REQUIRED: dict[str, list[str]] = {
    "MedicalWebPage": ["name", "inLanguage", "lastReviewed", "about", "audience"],
    "MedicalCondition": ["name"],
    "MedicalCode": ["codeValue", "codingSystem"],
    "WebPage": ["name", "inLanguage", "lastReviewed"],
    "WebSite": ["name", "url", "inLanguage"],
}


# Problems in one JSON-LD object (recursing into nested typed objects).
def object_problems(data: Any, where: str) -> list[str]:
    problems = []
    if isinstance(data, list):
        for index, item in enumerate(data):
            problems += object_problems(item, f"{where}[{index}]")
        return problems
    if not isinstance(data, dict):
        return problems
    kind = data.get("@type")
    for key in REQUIRED.get(str(kind), []):
        if data.get(key) in (None, "", []):
            problems.append(f"{where}: {kind} lacks '{key}'")
    for key, value in data.items():
        if isinstance(value, dict | list):
            problems += object_problems(value, f"{where}.{key}")
    return problems


# Problems in all the JSON-LD blocks of an HTML page.
def jsonld_problems(html: str) -> list[str]:
    page = BeautifulSoup(html, "lxml")
    problems = []
    for index, script in enumerate(page.select('script[type="application/ld+json"]'), 1):
        where = f"JSON-LD block {index}"
        try:
            data = json.loads(script.string or "")
        except json.JSONDecodeError as error:
            problems.append(f"{where}: not valid JSON ({error})")
            continue
        if not isinstance(data, dict) or "schema.org" not in str(data.get("@context", "")):
            problems.append(f"{where}: top level must be an object with a schema.org @context")
            continue
        if "@type" not in data:
            problems.append(f"{where}: no @type")
        problems += object_problems(data, where)
    return problems
