"""Show a glossary definition wherever a term first appears on a page.

The first occurrence of each term in a page's body becomes a link to its glossary entry, with the
definition in a tooltip that opens on hover and on keyboard focus and is announced by screen
readers (aria-describedby). Never inside headings, links, code, the list of sources, the advice
badges, nor on the glossary page itself. One combined pattern per language (a trie), so the cost
stays linear in the page's size whatever the number of terms.

`extra.glossary_tooltips: false` in mkdocs.yml (env GLOSSARY_TOOLTIPS=false) switches it off,
for the benchmark's with/without comparison.
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from lib.glossary import Glossary, explained_on, load_glossary, matcher
from lib.i18n_state import current_language
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

log = logging.getLogger("mkdocs.hooks.glossary_terms")

TOKEN = re.compile(r"(<!--.*?-->|<[^>]*>)", re.DOTALL)
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*?)(/?)>", re.DOTALL)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
# Elements whose text is never linked.
SKIPPED_TAGS = {
    "h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "kbd", "samp", "script", "style",
    "abbr", "button", "label", "summary", "svg", "time", "dt", "th", "sup",
}  # fmt: skip
SKIPPED_CLASSES = {
    "aim-sources", "aim-advice-meta", "admonition-title", "aim-term", "aim-evidence",
    "aim-also-called", "headerlink",
}  # fmt: skip
CLASS = re.compile(r"""\bclass\s*=\s*["']([^"']*)["']""")

# ---------------------------------------------------------------------------
# Linking
# ---------------------------------------------------------------------------


# True if an opening tag starts a region whose text must not be linked.
def starts_skipped(name: str, attributes: str) -> bool:
    if name.lower() in SKIPPED_TAGS:
        return True
    found = CLASS.search(attributes)
    return bool(found and SKIPPED_CLASSES & set(found[1].split()))


# The markup of one linked term: the link, then its tooltip (hidden until hover or focus).
def term_markup(text: str, term_id: str, definition: str, href: str) -> str:
    tip_id = f"aim-term-{term_id}"
    return (
        f'<span class="aim-term"><a class="aim-term__link" href="{href}#{term_id}" '
        f'aria-describedby="{tip_id}">{text}</a>'
        f'<span class="aim-term__tip" role="tooltip" id="{tip_id}" data-pagefind-ignore>'
        f"{html.escape(definition, quote=False)}</span></span>"
    )


# Link the first occurrence of each term in an HTML fragment (one pass over its text), except
# the terms in `skip`.
def link_terms(
    fragment: str,
    glossary: Glossary,
    lang: str,
    glossary_url: str,
    skip: frozenset[str] = frozenset(),
) -> str:
    match_terms = matcher(glossary, lang)
    used: set[str] = set(skip)
    stack: list[tuple[str, bool]] = []
    out: list[str] = []

    # Replace a match by the linked term if it is the term's first occurrence.
    def replace(match: re.Match[str]) -> str:
        term_id = match_terms.owner[match[0]]
        if term_id in used:
            return match[0]
        used.add(term_id)
        definition = glossary.terms[term_id].text(lang).definition
        return term_markup(match[0], term_id, " ".join(definition.split()), glossary_url)

    for token in TOKEN.split(fragment):
        if not token:
            continue
        if token.startswith("<"):
            tag = TAG.fullmatch(token)
            if tag and not token.startswith("<!--"):
                closing, name, attributes, self_closing = tag.groups()
                name = name.lower()
                if closing:
                    while stack:
                        if stack.pop()[0] == name:
                            break
                elif name not in VOID and not self_closing:
                    skipped = starts_skipped(name, attributes) or bool(stack and stack[-1][1])
                    stack.append((name, skipped))
            out.append(token)
        elif stack and stack[-1][1]:
            out.append(token)
        else:
            out.append(match_terms.pattern.sub(replace, token))
    return "".join(out)


# ---------------------------------------------------------------------------
# Hook
# ---------------------------------------------------------------------------


@dataclass
class BuildState:
    """The glossary and the glossary page of the language being built (set once per build)."""

    glossary: Glossary | None = None
    target: File | None = None


state = BuildState()


# Load the glossary and find the glossary page once per language build, not once per page
# (on_nav: mkdocs-static-i18n has given every file its final, per-language URL by then).
def on_nav(nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
    root = Path(config.config_file_path).parent
    state.glossary = load_glossary(root / "data", Path(config.docs_dir))
    state.target = next(
        (f for f in files.documentation_pages() if f.src_uri.split(".")[0] == "glossary"), None
    )
    return nav


# Link the page's terms to the glossary of its language.
def on_page_content(html_text: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    glossary, target = state.glossary, state.target
    if (
        page.meta.get("type") in ("glossary", None)
        or not config.extra.get("glossary_tooltips", True)
        or target is None
        or glossary is None
        or not glossary.terms
    ):
        return html_text
    href = get_relative_url(target.url, page.url)
    # A term is not linked on the page that explains it (e.g. "SEP" on the MS page).
    here = re.sub(r"\.[a-z]{2}\.md$", ".md", page.file.src_uri)
    skip = explained_on(glossary).get(here, frozenset())
    return link_terms(html_text, glossary, current_language(config), href, skip)
