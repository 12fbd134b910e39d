"""Writer mistakes stop the build with a message naming the file and the fix."""

from __future__ import annotations

from tests.sitebuild import build, copy_project


def test_missing_translation_fails_the_build(tmp_path):
    project = copy_project(tmp_path)
    (project / "docs" / "about.en.md").unlink()
    result = build(project, tmp_path / "out")
    assert result.returncode != 0
    assert "docs/about.en.md is missing" in result.log
    assert "Create docs/about.en.md" in result.log


def test_page_without_language_suffix_fails_the_build(tmp_path):
    project = copy_project(tmp_path)
    (project / "docs" / "notes.md").write_text("# Notes\n", encoding="utf-8")
    result = build(project, tmp_path / "out")
    assert result.returncode != 0
    assert "docs/notes.md: no language suffix" in result.log
    assert "notes.fr.md and notes.en.md" in result.log


def test_broken_anchor_fails_the_build(tmp_path):
    project = copy_project(tmp_path)
    page = project / "docs" / "index.en.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nSee [this](about.md#no-such-anchor).\n")
    result = build(project, tmp_path / "out")
    assert result.returncode != 0
    assert "no-such-anchor" in result.log
