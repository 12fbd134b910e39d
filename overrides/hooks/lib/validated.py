"""Pages checked by hooks/validate_content.py in the current build, for the hooks after it.

Hooks cannot import each other (MkDocs loads each under its file path), so shared state lives
in this module.
"""

from __future__ import annotations

from lib.front_matter import SourceFile
from lib.schema import Page

# Validated pages of the current build, by absolute source path.
pages: dict[str, tuple[SourceFile, Page]] = {}
