"""A local static HTTP server for the built site, mounted under its production path."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class SiteHandler(SimpleHTTPRequestHandler):
    """Serves `directory` under `prefix`; unknown paths get the right language's 404 page."""

    prefix = ""

    # Map <prefix>/... to the folder; anything outside the prefix does not exist.
    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix + "/"):
            return str(Path(self.directory) / "__outside_site__")
        return super().translate_path(path.removeprefix(self.prefix))

    # Tell LinkChecker it may check this local server at full speed (no per-host throttling).
    def end_headers(self) -> None:
        self.send_header("LinkChecker", "allowed")
        super().end_headers()

    # Silence per-request logging.
    def log_message(self, format: str, *args: object) -> None:
        pass

    # Serve 404s with the localized not-found page (when the site has one), as a host would.
    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        root = Path(self.directory)
        localized = "en/404.html" if self.path.startswith(f"{self.prefix}/en/") else "404.html"
        if code != 404 or not (root / localized).exists():
            super().send_error(code, message, explain)
            return
        body = (root / localized).read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve(directory: Path, prefix: str = "") -> Iterator[str]:
    """Serve a folder on 127.0.0.1 (free port) under `prefix`; yield its base URL."""
    handler = type("Handler", (SiteHandler,), {"prefix": prefix.rstrip("/")})
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(directory))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix.rstrip('/')}"
    finally:
        server.shutdown()
        server.server_close()
