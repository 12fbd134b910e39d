"""Session fixtures: one strict build of the real site, one local server, one browser."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.server import serve
from tests.sitebuild import ROOT, SITE_URL, BuildResult, build

# The site is served under the same path as its production URL, so absolute links work.
SITE_PATH = urlsplit(SITE_URL).path.rstrip("/")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The real site, built once per session with --strict into a temporary folder."""
    result = build(ROOT, tmp_path_factory.mktemp("site"))
    assert result.returncode == 0, f"strict build failed:\n{result.log}"
    return result


@pytest.fixture(scope="session")
def site_dir(site: BuildResult) -> Path:
    """Folder holding the built site."""
    return site.site_dir


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    """URL of a local HTTP server serving the built site."""
    with serve(site_dir, SITE_PATH) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Debian Chromium driven by Playwright (never a downloaded browser)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (tools/test does it as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
