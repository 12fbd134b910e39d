"""Links: internal links and anchors checked by LinkChecker against a local server; external
links listed and checked for form only (there is no network to test them)."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

CONFIG = """[checking]
threads=4
maxrequestspersecond=100
[filtering]
checkextern=0
[AnchorCheck]
"""


# Run LinkChecker from start_url over the local site; return one line per broken link/anchor.
def broken_links(start_url: str) -> list[str]:
    with tempfile.NamedTemporaryFile("w", suffix=".ini", delete=False) as config:
        config.write(CONFIG)
    linkchecker = Path(sys.executable).with_name("linkchecker")
    proc = subprocess.run(
        [str(linkchecker), "-f", config.name, "--no-status", "-o", "csv", start_url],
        capture_output=True,
        text=True,
        check=False,
    )
    Path(config.name).unlink()
    rows = [line for line in proc.stdout.splitlines() if not line.startswith("#")]
    broken = []
    for row in csv.DictReader(io.StringIO("\n".join(rows)), delimiter=";"):
        if row.get("valid") == "False" or row.get("warningstring"):
            problem = row.get("result") or row.get("warningstring")
            broken.append(f"{row['parentname']}: {row['urlname']} -> {problem}")
    if proc.returncode not in (0, 1):
        broken.append(f"linkchecker failed ({proc.returncode}): {proc.stderr[-500:]}")
    return broken


# Every link to another site found in the built HTML, with the pages it appears on.
def external_links(site_dir: Path, own_site_url: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(site_dir.rglob("*.html")):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
        for anchor in page.select("a[href]"):
            href = anchor["href"]
            if href.startswith(("http:", "https:", "//")) and not href.startswith(own_site_url):
                found.setdefault(href, []).append(path.relative_to(site_dir).as_posix())
    return found


# External links that are not well-formed https:// URLs.
def malformed(urls: list[str]) -> list[str]:
    bad = []
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme != "https" or "." not in parts.netloc or " " in url:
            bad.append(url)
    return bad
