"""Helpers for browser tests: open a page and record every request it makes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit


@dataclass
class NetworkLog:
    """Requests seen by one browser page: every URL, failures and HTTP error responses."""

    requested: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    # URLs requested from any host other than the local test server.
    def foreign(self, base_url: str) -> list[str]:
        local = urlsplit(base_url).netloc
        return [
            u
            for u in self.requested
            if urlsplit(u).scheme in ("http", "https") and urlsplit(u).netloc != local
        ]


@contextmanager
def recorded_page(browser, **context_options) -> Iterator[tuple[object, NetworkLog]]:
    """A fresh browser context and page whose network activity is recorded."""
    context = browser.new_context(**context_options)
    page = context.new_page()
    log = NetworkLog()
    page.on("request", lambda request: log.requested.append(request.url))
    page.on("requestfailed", lambda request: log.failed.append(f"{request.url} {request.failure}"))
    page.on(
        "response",
        lambda response: (
            response.status >= 400 and log.errors.append(f"{response.status} {response.url}")
        ),
    )
    try:
        yield page, log
    finally:
        context.close()
