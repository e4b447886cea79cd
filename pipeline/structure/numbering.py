"""The list-label grammar: the numbering mark a line opens with ("Phần I", "Chương II",
"Mục 1", "Điều 5.", "A.", "IV.", "2.1.", "(3)", "b)", "-", "+"), without context checks."""
from __future__ import annotations

import re
from dataclasses import dataclass

from vanban.pipeline.structure.tables import UPPER


ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_value(s: str) -> int | None:
    """"IV" -> 4; None for what is not a well-formed Roman numeral up to 39."""
    if not s or not re.fullmatch(r"X{0,3}(IX|IV|V?I{0,3})", s):
        return None
    total, prev = 0, 0
    for c in reversed(s):
        v = ROMAN_VALUES[c]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total or None


LETTERS = "abcdđefghiklmnopqrstuvxy"
_SHARE_START = re.compile(r"\d{1,3}(?:[.,]\d+)?\s*%\s+\w")

_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("part", re.compile(r"(?i:phần)\s+(thứ\s+\w+|[IVX]+|\d+)\s*[.:\-–]?\s*(.*)")),
    ("block", re.compile(r"([A-HK-UWYZĐ])\s*[.)]\s+(\S.*)")),   # "A. ĐÁNH GIÁ ..." above "I."
    ("chapter", re.compile(r"(?i:chương)\s+([IVXLC]+|\d+)\b\s*[.:\-–]?\s*(.*)")),
    ("subchapter", re.compile(r"(?i:mục)\s+(\d+|[IVX]+)\b\s*[.:\-–]?\s*(.*)")),
    ("article", re.compile(r"(?i:điều)\s+(\d+[a-zđ]?)\s*[.:]\s*(.*)")),
    ("roman", re.compile(r"([IVX]{1,6})(?:\s*[.)\-–:]\s*|\s+)(\S.*)")),
    ("arabic", re.compile(r"(\d{1,2}(?:\.\d{1,2}){0,3})(?:\s*\.\s*|\s+(?=[" + UPPER + r"]))(\S.*)")),
    ("paren", re.compile(r"\(?(\d{1,2})\)\s*(\S.*)")),   # "(1)" and "1)": items below "1."
    ("letter", re.compile(r"([a-zđ])\s*([).])\s*(\S.*)")),
    ("bullet", re.compile(r"([-+•–—▪●◦∙])\s*([\w“\"(‘'].*)")),
)

@dataclass(frozen=True, slots=True)
class ListLabel:
    kind: str
    label: str
    rest: str          # text after the number mark
    dotted: bool       # "a." / "I." rather than "a)" / "IV "


def list_label(line: str) -> ListLabel | None:
    """The numbering mark a line starts with, if any (no context checks)."""
    for kind, rx in _PATTERNS:
        m = rx.match(line)
        if not m:
            continue
        if kind == "letter":
            return ListLabel(kind, m.group(1), m.group(3), m.group(2) == ".")
        label, rest = m.group(1), m.group(2)
        if kind == "roman" and roman_value(label) is None:
            continue
        if kind == "arabic":
            parts = label.split(".")
            if int(parts[0]) == 0 or int(parts[0]) > 60:
                continue
            if not rest[:1].isalpha() and rest[:1] not in "“\"(‘'" and not _SHARE_START.match(rest):
                continue   # "1. 2020", "2. 500.000": a figure, no item; "2. 100% các xã ...": a target
        dotted = bool(re.match(r"[IVX\d.]+\s*[.)]", line)) if kind in ("roman", "arabic") else True
        return ListLabel(kind, label, rest, dotted)
    return None


