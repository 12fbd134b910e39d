"""Quality gates run on the built site (used by the tests and by tools/report)."""
