"""Build the site (or a fixture variant of it) into a temporary folder, as CI would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]
# Address the test build pretends to be published at (hreflang, canonical, sitemap).
SITE_URL = "https://aim.test/site/"
REPORT_URL = "https://aim.test/issues/new"


@dataclass
class BuildResult:
    """Outcome of one `mkdocs build --strict`: exit code, combined log and output folder."""

    returncode: int
    log: str
    site_dir: Path


# Run `mkdocs build --strict` for a project folder into site_dir; never raises on failure.
def build(project: Path, site_dir: Path) -> BuildResult:
    env = {**os.environ, "SITE_URL": SITE_URL, "REPORT_URL": REPORT_URL}
    env["NO_MKDOCS_2_WARNING"] = "1"
    proc = subprocess.run(
        [*MKDOCS, "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site_dir)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return BuildResult(proc.returncode, proc.stdout + proc.stderr, site_dir)


# Copy the real project (config, overrides, data, docs) into tmp so a test can alter it.
def copy_project(tmp: Path) -> Path:
    project = tmp / "project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    for folder in ("overrides", "data", "docs"):
        shutil.copytree(
            ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    return project
