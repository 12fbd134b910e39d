"""JSON-LD for search engines: every page is a schema.org MedicalWebPage; a condition page's
`about` is a MedicalCondition built from the registry (names, codes, anatomy, symptoms,
treatments, risk factors) and its front matter. Nothing here is typed into pages.
"""

from __future__ import annotations

import json
import logging
from typing import Any
from urllib.parse import urljoin

from lib.conditions import CODING_SYSTEMS, page_condition, registry
from lib.i18n_state import current_language, language_prefix
from lib.registry import Condition
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.hooks.structured_data")


# ---------------------------------------------------------------------------
# Objects
# ---------------------------------------------------------------------------


# Named schema.org objects of one type, from a list of names.
def named(kind: str, names: list[str]) -> list[dict[str, str]]:
    return [{"@type": kind, "name": name} for name in names]


# schema.org MedicalCondition for a registry entry, in one language.
def medical_condition(condition: Condition, lang: str, config: MkDocsConfig) -> dict[str, Any]:
    tags = registry(config).tags
    data: dict[str, Any] = {
        "@type": "MedicalCondition",
        "name": getattr(condition.name, lang),
        "alternateName": [n for n in condition.names(lang)[1:]]
        + [getattr(condition.name, "en" if lang == "fr" else "fr")],
        "code": [
            {
                "@type": "MedicalCode",
                "codeValue": value,
                "codingSystem": CODING_SYSTEMS[k]["schema"],
            }
            for k, values in condition.codes.model_dump().items()
            for value in values
        ],
        "associatedAnatomy": {
            "@type": "AnatomicalSystem",
            "name": getattr(tags.body_systems[condition.body_system], lang),
        },
        "signOrSymptom": named("MedicalSignOrSymptom", getattr(condition.symptoms, lang)),
        "possibleTreatment": named("MedicalTherapy", getattr(condition.treatments, lang)),
        "riskFactor": named("MedicalRiskFactor", getattr(condition.risk_factors, lang)),
    }
    return {key: value for key, value in data.items() if value}


# schema.org MedicalWebPage for a condition page, WebPage for the others.
def medical_web_page(page: Page, config: MkDocsConfig) -> dict[str, Any]:
    lang = current_language(config)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": page.meta.get("title") or page.title,
        "description": page.meta.get("description", ""),
        "url": page.canonical_url,
        "inLanguage": lang,
        "lastReviewed": page.meta["review"]["last_iso"],
        "audience": "https://schema.org/Patient",
        "isPartOf": {
            "@type": "WebSite",
            "name": config.site_name,
            "url": urljoin(config.site_url, language_prefix(config, lang)),
            "inLanguage": lang,
        },
    }
    condition = page_condition(page.meta, config)
    if condition is not None:
        data["about"] = medical_condition(condition, lang, config)
    else:
        data["@type"] = "WebPage"  # a MedicalWebPage is about one medical entity
    return data


# ---------------------------------------------------------------------------
# Hook
# ---------------------------------------------------------------------------


# Put the page's JSON-LD, ready to embed in a <script>, in the template context as `jsonld`.
def on_page_context(
    context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    text = json.dumps(medical_web_page(page, config), ensure_ascii=False, indent=None)
    context["jsonld"] = text.replace("</", "<\\/")
    return context
