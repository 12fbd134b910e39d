"""Drive the site's search box in Chromium like a reader: type, wait, read the results."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class SearchOutcome:
    """What the reader sees after typing a query: status line and result links, in order."""

    status: str
    hrefs: list[str]
    types: list[str]


# Type a query into the header search box and return what it shows once it has settled.
def search(page, query: str) -> SearchOutcome:
    box = page.locator("#aim-search-input")
    box.fill("")
    box.fill(query)
    status = page.locator(".aim-search__status")
    page.wait_for_function(
        "(q) => document.querySelector('[data-aim-search]').dataset.shown === q",
        arg=query.strip(),
    )
    hits = page.locator(".aim-search__hit")
    return SearchOutcome(
        status.inner_text(),
        [hits.nth(i).get_attribute("href") for i in range(hits.count())],
        [t.inner_text() for t in page.locator(".aim-search__type").all()],
    )
