"""Session fixtures: one strict build of the real site, one local server, one browser."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

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


class SiteHandler(SimpleHTTPRequestHandler):
    """Static file handler that answers unknown paths with the right language's 404 page."""

    # Map /site/... to the built folder; anything outside SITE_PATH does not exist.
    def translate_path(self, path: str) -> str:
        if not path.startswith(SITE_PATH + "/"):
            return str(Path(self.directory) / "__outside_site__")
        return super().translate_path(path.removeprefix(SITE_PATH))

    # Silence per-request logging.
    def log_message(self, format: str, *args: object) -> None:
        pass

    # Serve 404s with the localized not-found page, as the production host would.
    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code != 404:
            super().send_error(code, message, explain)
            return
        root = Path(self.directory)
        page = (
            root / "en" / "404.html"
            if self.path.startswith(f"{SITE_PATH}/en/")
            else root / "404.html"
        )
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    """URL of a local HTTP server serving the built site."""
    handler = functools.partial(SiteHandler, directory=str(site_dir))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{SITE_PATH}"
    server.shutdown()


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
