"""Writer reports on a fresh build: readability per page and the list of external links.

Usage: tools/report
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.quality.links import external_links, malformed  # noqa: E402
from tools.quality.readability import report  # noqa: E402


# Build the site into a temporary folder and print both reports as Markdown.
def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "--strict", "-d", tmp],
            cwd=ROOT,
            env=env,
            check=True,
        )
        print("## Readability (Flesch reading ease EN, Kandel-Moles FR; target 60+)\n")
        print(report(Path(tmp)))
        links = external_links(Path(tmp), os.environ.get("SITE_URL", "http://127.0.0.1:8000/"))
        print(f"\n## External links ({len(links)}; not checked live: no network)\n")
        bad = set(malformed(list(links)))
        for url, pages in sorted(links.items()):
            flag = " **MALFORMED**" if url in bad else ""
            print(f"- {url}{flag} (on {', '.join(sorted(set(pages)))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
