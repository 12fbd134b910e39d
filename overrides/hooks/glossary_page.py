"""Render the A-Z glossary from data/glossary.yml where a page says `<!-- md:glossary -->`.

Terms are sorted as a reader expects (accents and case ignored), grouped under one heading per
letter with a letter bar on top; each entry has a stable anchor (its id, the same in both
languages), the other-language term (marked with its language), aliases, the definition, a link
to the page that explains it and links to related entries.
"""

from __future__ import annotations

import logging
import posixpath
import re
import unicodedata
from pathlib import Path

from lib import validated
from lib.glossary import LANGS, Glossary, Term, load_glossary
from lib.i18n_state import current_language
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.hooks.glossary_page")

SHORTCODE = re.compile(r"^<!--\s*md:glossary\s*-->\s*$", re.MULTILINE)
LABELS = {
    "fr": {"other": "En anglais", "aliases": "Autres formes", "more": "Expliqué dans",
           "related": "Voir aussi", "letters": "Lettres du glossaire",
           "key_terms": "Termes clés de cette page"},
    "en": {"other": "In French", "aliases": "Other forms", "more": "Explained in",
           "related": "See also", "letters": "Glossary letters",
           "key_terms": "Key terms on this page"},
}  # fmt: skip

# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------


# Sort key and index letter of a term: accents and case ignored (« écho » files under E).
def sort_key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# The letter a term is filed under ("#" for terms starting with a digit or symbol).
def letter(text: str) -> str:
    first = sort_key(text)[:1].upper()
    return first if "A" <= first <= "Z" else "#"


# Title of the page a term points to (for the "explained in" link), from the front matter
# validate_content.py already read.
def page_title(docs_dir: Path, link: str, lang: str) -> str:
    path = docs_dir / link.split("#")[0].replace(".md", f".{lang}.md")
    checked = validated.pages.get(str(path))
    return checked[1].title if checked else link


# One entry of the list: term (with its anchor), then its details.
def entry(term_id: str, term: Term, glossary: Glossary, lang: str, page: Page, docs: Path) -> str:
    other = next(code for code in LANGS if code != lang)
    text, labels = term.text(lang), LABELS[lang]
    colon = "\u00a0:" if lang == "fr" else ":"
    details = [f'*{labels["other"]}{colon}* <span lang="{other}">{term.text(other).term}</span>']
    if text.aliases:
        details.append(f"*{labels['aliases']}{colon}* {', '.join(text.aliases)}")
    if term.page:
        base = posixpath.dirname(page.file.src_uri)
        target = posixpath.relpath(term.page.split("#")[0], base or ".")
        anchor = f"#{term.page.split('#')[1]}" if "#" in term.page else ""
        title = page_title(docs, term.page, lang)
        details.append(f"*{labels['more']}{colon}* [{title}]({target}{anchor})")
    if term.related:
        links = ", ".join(
            f"[{glossary.terms[other_id].text(lang).term}](#{other_id})"
            for other_id in term.related
        )
        details.append(f"*{labels['related']}{colon}* {links}")
    definition = " ".join(text.definition.split())
    body = "\n\n    ".join([definition, " · ".join(details)])
    return f"**{text.term}** {{ #{term_id} }}\n:   {body}"


# The whole A-Z list for one language.
def glossary_markdown(glossary: Glossary, lang: str, page: Page, docs_dir: Path) -> str:
    ordered = sorted(glossary.terms.items(), key=lambda item: sort_key(item[1].text(lang).term))
    groups: dict[str, list[str]] = {}
    for term_id, term in ordered:
        groups.setdefault(letter(term.text(lang).term), []).append(
            entry(term_id, term, glossary, lang, page, docs_dir)
        )
    bar = " · ".join(f"[{key}](#letter-{key.lower()})" for key in groups if key != "#")
    parts = [f'<nav class="aim-az" aria-label="{LABELS[lang]["letters"]}" markdown>\n{bar}\n</nav>']
    for key, entries in groups.items():
        anchor = "letter-other" if key == "#" else f"letter-{key.lower()}"
        parts.append(f"## {key} {{ #{anchor} }}\n\n" + "\n\n".join(entries))
    return "\n\n".join(parts)


# ---------------------------------------------------------------------------
# Hook
# ---------------------------------------------------------------------------


# The page's key terms (front matter `terms:`), as one line of links to their entries.
def key_terms(terms: list[str], glossary: Glossary, lang: str, page: Page) -> str:
    target = posixpath.relpath("glossary.md", posixpath.dirname(page.file.src_uri) or ".")
    links = ", ".join(f"[{glossary.terms[t].text(lang).term}]({target}#{t})" for t in terms)
    colon = "\u00a0:" if lang == "fr" else ":"
    return f"\n\n**{LABELS[lang]['key_terms']}{colon}** {links}\n{{ .aim-key-terms }}\n"


# Replace the glossary shortcode with the A-Z list; add the key-terms line where asked.
def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    terms = page.meta.get("terms") or []
    if not terms and not SHORTCODE.search(markdown):
        return markdown
    root = Path(config.config_file_path).parent
    docs_dir = Path(config.docs_dir)
    glossary = load_glossary(root / "data", docs_dir)
    lang = current_language(config)
    if terms:
        markdown += key_terms(terms, glossary, lang, page)
    rendered = glossary_markdown(glossary, lang, page, docs_dir)
    return SHORTCODE.sub(lambda _m: rendered, markdown)
