"""HTML validity: the Nu HTML Checker (vnu.jar from the npm package vnu-jar, run with Java)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "tools" / "node" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Messages ignored by name, each because a Material for MkDocs template (not our markup) emits it.
IGNORED = {
    # Material's base.html puts autocomplete="off" on its drawer/search toggle checkboxes
    # (to stop Firefox restoring their state); the attribute is only defined for text-like inputs.
    "autocomplete-on-checkbox": (
        r"Attribute “autocomplete” is only allowed when the input type is .*"
    ),
    # Material's partials/nav-item.html writes tabindex="" on section headings (feature
    # navigation.sections); browsers ignore the empty value, leaving the label unfocusable, as
    # intended for a heading.
    "empty-tabindex-on-section-label": (
        r"Bad value “” for attribute “tabindex” on element “label”.*"
    ),
}


# Run vnu on HTML files or folders; return "file:line: message" for each remaining error.
def html_errors(paths: list[Path]) -> list[str]:
    if not VNU_JAR.exists():
        raise RuntimeError(f"{VNU_JAR} is missing: run tools/test (it installs tools/node).")
    proc = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--errors-only", "--skip-non-html"]
        + ["--filterpattern", "|".join(f"({pattern})" for pattern in IGNORED.values())]
        + [str(p) for p in paths],
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(proc.stderr or '{"messages": []}')
    errors = []
    for message in report["messages"]:
        if message.get("type") in ("error", "non-document-error"):
            where = message.get("url", "?").removeprefix("file:")
            errors.append(f"{where}:{message.get('lastLine', '?')}: {message.get('message')}")
    return errors
