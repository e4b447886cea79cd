"""Page furniture: lines that belong to the page, not to the document (the Công báo page
header, the lines of a digital-signature stamp). The table is data,
``models/structure/page_furniture.tsv``; the PDF reader takes these lines out of the pages where
it finds them, and normalisation takes Công báo headers out of any text
(``pipeline.extract.patterns.page_furniture``). The Công báo headers are not lost: they close
the text, one a line (``furniture_tail``), out of the sentences they cut and of the document's
sections, still text whose dates count ("CÔNG BÁO/Số 271/Ngày 12-05-2026").
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


def furniture_tail(text: str) -> int:
    r"""Offset where the Công báo page headers that close ``text`` begin (``len(text)`` if none):
    normalisation gathers them there, one a line, out of the sentences they cut.

    >>> t = "Điều 5. Hiệu lực thi hành./.\nCÔNG BÁO/Số 271/Ngày 12-05-2026\nCÔNG BÁO/Số 272/Ngày 12-05-2026"
    >>> t[furniture_tail(t):].splitlines()[0]
    'CÔNG BÁO/Số 271/Ngày 12-05-2026'
    """
    tail, pos = len(text), len(text)
    while pos > 0:
        line_start = text.rfind("\n", 0, pos) + 1
        if furniture_kind(text[line_start:pos]) != "gazette":
            break
        tail, pos = line_start, line_start - 1
    return tail
