"""Translation status report: which pages have an outdated twin, differing sections, or an
overdue review. Prints a Markdown table (FastAPI-style "outdated translations" report).

Usage: tools/translation-status [--only-problems]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

from lib.front_matter import PageError, PageErrors, read  # noqa: E402
from lib.registry import load_registry  # noqa: E402
from lib.schema import validate_page  # noqa: E402
from lib.structure import anchor_differences, headings, pair_pages  # noqa: E402

LOCALES = ["fr", "en"]


# Date of the last commit touching a file, or None if git does not know it.
def last_commit(path: Path) -> date | None:
    out = subprocess.run(
        ["git", "log", "-1", "--format=%cs", "--", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return date.fromisoformat(out) if out else None


# True if the file has changes not yet committed (or is not tracked at all).
def uncommitted(path: Path) -> bool:
    out = subprocess.run(
        ["git", "status", "--porcelain", "--", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return bool(out.strip())


# Describe how far apart the twins' last changes are.
def freshness(dates: dict[str, date | None], dirty: dict[str, bool]) -> tuple[str, bool]:
    changed = [lang.upper() for lang in LOCALES if dirty[lang]]
    if changed:
        return f"{' and '.join(changed)} changed, not committed: check the other language", True
    if any(d is None for d in dates.values()):
        return "not in git yet", True
    fr, en = dates["fr"], dates["en"]
    if fr == en:
        return "in step", False
    older, newer = ("EN", "FR") if en < fr else ("FR", "EN")
    return f"{older} older by {abs((fr - en).days)} days: update it from {newer}", True


# Compare the twins' section anchors.
def structure(uris: dict[str, str], docs: Path) -> tuple[str, bool]:
    try:
        sources = {lang: read(docs / uri) for lang, uri in uris.items()}
    except PageError as error:
        return f"unreadable: {error.problem}", True
    fr = headings(sources["fr"].body, sources["fr"].body_line)
    en = headings(sources["en"].body, sources["en"].body_line)
    only_fr, only_en = anchor_differences(fr, en)
    if not only_fr and not only_en:
        return f"same {len(fr)} sections", False
    parts = [
        f"only FR: {', '.join(only_fr)}" if only_fr else "",
        f"only EN: {', '.join(only_en)}" if only_en else "",
    ]
    return "differs (" + "; ".join(p for p in parts if p) + ")", True


# Earliest review due date of the twins, flagged when overdue.
def review(
    uris: dict[str, str], docs: Path, today: date, context: dict[str, set[str]]
) -> tuple[str, bool]:
    dues = []
    for uri in uris.values():
        try:
            dues.append(validate_page(read(docs / uri).meta, context).review_due())
        except (PageError, PageErrors):
            return "invalid front matter (run tools/build for the details)", True
    due = min(dues)
    return (f"OVERDUE since {due}", True) if due < today else (f"{due}", False)


# Build the report rows: (page, FR date, EN date, translation, structure, review, problem?).
def rows(docs: Path, today: date) -> list[tuple[str, ...]]:
    uris = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    pages, unsuffixed = pair_pages(uris, LOCALES)
    registry = load_registry(ROOT / "data")
    context = {"tags": registry.tags.all(), "conditions": set(registry.conditions)}
    table = [
        (problem.split(":")[0], "", "", "NO LANGUAGE SUFFIX", "", "", "yes")
        for problem in unsuffixed
        if "no language suffix" in problem
    ]
    for base, by_lang in sorted(pages.items()):
        if len(by_lang) < len(LOCALES):
            table.append((base, "", "", "MISSING TWIN", "", "", "yes"))
            continue
        dates = {lang: last_commit(docs / uri) for lang, uri in by_lang.items()}
        dirty = {lang: uncommitted(docs / uri) for lang, uri in by_lang.items()}
        fresh, bad_fresh = freshness(dates, dirty)
        shape, bad_shape = structure(by_lang, docs)
        due, bad_due = review(by_lang, docs, today, context)
        flagged = "yes" if (bad_fresh or bad_shape or bad_due) else ""
        table.append(
            (base, str(dates["fr"] or "-"), str(dates["en"] or "-"), fresh, shape, due, flagged)
        )
    return table


# Print the report as a Markdown table.
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only-problems", action="store_true", help="hide pages in step")
    args = parser.parse_args()
    table = rows(ROOT / "docs", date.today())
    shown = [r for r in table if r[-1] or not args.only_problems]
    print("| Page | FR last change | EN last change | Translation | Structure | Next review |")
    print("| --- | --- | --- | --- | --- | --- |")
    for row in shown:
        print("| " + " | ".join(row[:-1]) + " |")
    flagged = sum(1 for r in table if r[-1])
    print(f"\n{len(table)} page(s), {flagged} needing attention.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
