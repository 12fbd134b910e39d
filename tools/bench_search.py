"""Search benchmark (not a test): index size per language, bytes downloaded for a first query,
cold and warm latency (median, p95) over the search test's query table, in headless Chromium.

Usage: tools/bench-search [--site DIR]   (builds the site into a temporary folder by default)
Writes results/search-benchmark.json and .md and prints the Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import Browser, Page, Response, sync_playwright  # noqa: E402

from tests.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from tests.search_queries import QUERIES  # noqa: E402
from tests.searchbox import search  # noqa: E402
from tests.server import serve  # noqa: E402

HOME = {"fr": "/", "en": "/en/"}


# Total size of the Pagefind files that belong to one language (index, fragments, metadata).
def index_bytes(site: Path, lang: str) -> int:
    total = 0
    for path in (site / "pagefind").rglob("*"):
        if path.is_file() and (f"{lang}_" in path.name or f".{lang}." in path.name):
            total += path.stat().st_size
    return total


# p-th percentile of a list of numbers (nearest rank).
def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


# Time one query through the search box; return milliseconds until results are on screen.
def timed(page: Page, query: str) -> float:
    start = time.perf_counter()
    search(page, query)
    return (time.perf_counter() - start) * 1000


# Measure one language: first-query bytes, cold latencies (fresh page each), warm latencies.
def measure(browser: Browser, base: str, lang: str) -> dict[str, float]:
    queries = [q for q, _ in QUERIES[lang]]
    cold, first_bytes = [], None
    for query in queries[:10]:  # a fresh browser context per query: nothing cached
        context = browser.new_context()
        page = context.new_page()
        page.goto(base + HOME[lang], wait_until="networkidle")
        sizes: list[int] = []

        # Count the body bytes of every successful response from here on.
        def record(response: Response, sizes: list[int] = sizes) -> None:
            if response.ok:
                sizes.append(len(response.body()))

        page.on("response", record)
        cold.append(timed(page, query))
        if first_bytes is None:
            first_bytes = sum(sizes)
        context.close()
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + HOME[lang], wait_until="networkidle")
    search(page, queries[0])
    warm = [timed(page, query) for query in queries]
    context.close()
    return {
        "first_query_bytes": first_bytes or 0,
        "cold_median_ms": round(statistics.median(cold), 1),
        "cold_p95_ms": round(percentile(cold, 95), 1),
        "warm_median_ms": round(statistics.median(warm), 1),
        "warm_p95_ms": round(percentile(warm, 95), 1),
        "queries_cold": len(cold),
        "queries_warm": len(warm),
    }


# Build (unless given a site), measure both languages, write and print the report.
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="an already built site folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site or Path(tmp)
        if not args.site:
            env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
            subprocess.run(
                [sys.executable, "-m", "mkdocs", "build", "-q", "-d", tmp],
                cwd=ROOT,
                env=env,
                check=True,
            )
        report: dict[str, dict[str, float]] = {}
        with serve(site) as base, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for lang in ("fr", "en"):
                report[lang] = {
                    "index_bytes": index_bytes(site, lang),
                    **measure(browser, base, lang),
                }
            browser.close()
    out = ROOT / "results"
    out.mkdir(exist_ok=True)
    (out / "search-benchmark.json").write_text(json.dumps(report, indent=2), "utf-8")
    keys = list(report["fr"])
    lines = ["| Metric | fr | en |", "| --- | --- | --- |"]
    lines += [f"| {k} | {report['fr'][k]} | {report['en'][k]} |" for k in keys]
    (out / "search-benchmark.md").write_text("\n".join(lines) + "\n", "utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
