"""Shared code for the hooks (not hooks themselves: mkdocs.yml does not list these)."""
