"""The stylesheet purge keeps every rule the site can use and drops the others."""

from __future__ import annotations

import sys

from tests.sitebuild import ROOT

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

from lib.css_purge import purge, used_words

CSS = (
    ".md-nav{color:red}.md-tabbed{color:blue}"
    "@media screen and (min-width:45em){.md-nav__link{margin:0}.tabbed-set{margin:1px}}"
    "[data-md-color-primary=indigo]{--c:#3f51b5}[data-md-color-primary=red]{--c:#f00}"
    ".md-nav:not(.md-gone) a{x:y}@keyframes spin{0%{top:0}to{top:1px}}"
    '.a::after{content:"}{"}.js-only{display:none}'
)
HTML = '<nav class="md-nav"><a class="md-nav__link a" data-md-color-primary="indigo">x</a></nav>'
SCRIPT = 'el.classList.add("js-only")'


def test_purge_keeps_used_rules_and_drops_unused_ones():
    out = purge(CSS, used_words([HTML], [SCRIPT]))
    assert ".md-nav{color:red}" in out
    assert ".md-nav__link{margin:0}" in out and "tabbed" not in out
    assert "indigo" in out and "=red" not in out
    assert ".md-nav:not(.md-gone) a" in out  # a class under :not() is not required
    assert "@keyframes spin" in out
    assert '.a::after{content:"}{"}' in out  # braces inside strings do not confuse the parser
    assert ".js-only" in out  # classes that scripts add are kept


def test_built_stylesheets_are_purged_and_still_style_the_page(site_dir):
    sheets = list((site_dir / "assets/stylesheets").glob("main.*.css"))
    assert sheets and not list((site_dir / "assets/stylesheets").glob("*.map"))
    css = sheets[0].read_text(encoding="utf-8")
    assert ".md-header" in css and ".md-typeset" in css and ".md-nav__link" in css
    assert ".md-typeset .tabbed-set" not in css  # pymdownx.tabbed is not used
    assert "sourceMappingURL" not in css
