"""Data, not code: the word lists, code tables, registry seed and encoder configs of vanban.

Installed as the package ``vanban.models`` and read through ``pipeline.resources``."""
