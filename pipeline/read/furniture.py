"""Page furniture: lines that belong to the page, not to the document (the Công báo page
header, the lines of a digital-signature stamp). The table is data,
``models/structure/page_furniture.tsv``; the PDF reader drops these lines where it finds them
and normalisation drops Công báo headers from any text (``pipeline.extract.patterns.page_furniture``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from vanban.pipeline.resources import read_model_text



@lru_cache(maxsize=1)
def _furniture_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """``models/structure/page_furniture.tsv``: kind -> one regex of all its rows."""
    rows: dict[str, list[str]] = {}
    for line in read_model_text("structure/page_furniture.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, pattern = line.split("\t", 1)
            rows.setdefault(kind.strip(), []).append(pattern.strip())
    return tuple((kind, re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE))
                 for kind, pats in rows.items())


def furniture_kind(line: str) -> str | None:
    """What kind of page furniture a whole line is: ``"gazette"`` (a Công báo page header),
    ``"signer"`` / ``"signature"`` (lines of a digital-signature stamp), or ``None``.

    >>> furniture_kind("CÔNG BÁO/Số 271/Ngày 12-05-2026 86"), furniture_kind("Số: 27/2026/NQ-CP")
    ('gazette', None)
    """
    text = " ".join(line.split())
    if not text or len(text) > 200:
        return None
    for kind, pattern in _furniture_patterns():
        if pattern.fullmatch(text):
            return kind
    return None
