"""The list-label grammar: the numbering mark a line or a paragraph opens with ("Phần I",
"Chương II", "Mục 1", "Điều 5.", "A.", "IV.", "2.1.", "(3)", "b)", "-", "+").

``list_label(line)`` reads the mark with its kind and label (the section tree nests by it). The
patterns below it are the forms other steps look for, each named for its use; they are kept side
by side here so that a change to what counts as a label is made, and seen, in one place.

>>> list_label("2.1. Về kinh tế").kind, list_label("b) Hạ tầng").label, list_label("IV. NHIỆM VỤ").kind
('arabic', 'b', 'roman')
"""
from __future__ import annotations

import re
from dataclasses import dataclass


# the capital letters of Vietnamese, as a character-class body ("[" + UPPER + "]")
UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"


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




# --- the forms other steps look for -----------------------------------------------------------
# Each is the grammar above seen from one step; where two differ, the difference is deliberate
# for that step (the comment says why) or a candidate for harmonising, with the golden outputs
# (tests/test_golden.py) showing what that would move.

# A line that opens a list item or a legal heading: a hard line break before it is a paragraph
# break, never a wrapped sentence (normalize; the PDF reader adds the dashes and "Nơi nhận").
LINE_START = re.compile(
    r"(?:[-+•*●○▪►]\s|\(?[0-9]+(?:\.[0-9]+)*[.)]\s|\(?[a-zđ][).]\s|[IVXLC]+\.\s"
    r"|Điều\s+\d|Chương\s+[IVXLC\d]|Mục\s+\d|Phần\s+[IVXLC\d]|PHẦN\s|CHƯƠNG\s)")
PDF_LINE_START = re.compile(
    r"(?:[-+•*●○▪►–—]\s|\(?[0-9]+(?:\.[0-9]+)*[.)]\s|\(?[a-zđ][).]\s|[IVXLC]+\.\s"
    r"|Điều\s+\d|Chương\s+[IVXLC\d]|Mục\s+\d|Phần\s+[IVXLC\d]|PHẦN\s|CHƯƠNG\s|Nơi nhận)")
# a list label with nothing after it on its line: "4.", "III.", "2.1.", "a)", "Điều 5."
BARE_LABEL = re.compile(
    r"[ \t]*(?:\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]|\(?[a-zđ]\)|[IVXLC]{1,6}\.|Điều\s+\d+[a-zđ]?\.)[ \t]*$")
# The numbering mark a paragraph may open with, a dot after it: "1.", "IV.", "2.1.", "a.",
# "Điều 5.", "- 3." (segment: no sentence ends at that dot)
PARAGRAPH_MARK = re.compile(
    r"[-+•*\s]*(?:(?:Điều|Chương|Mục|Phần|ĐIỀU|CHƯƠNG|MỤC|PHẦN)\s+)?"
    r"(?:[IVXLC]+|\d{1,3}(?:\.\d{1,3})*|[a-zđ])\.(?=\s)")
# The label of a list item inside a section, before its text: "- ", "(2)", "3.1. ", "b) "
# (summarize: the key points quote items without it)
ITEM_LABEL = re.compile(r"\s*(?:[-+•*–]\s+|\(\d{1,3}\)\s*|\d{1,3}(?:\.\d{1,3})*[.)]\s+|[a-zđ]\)\s+)")
# Marks that open a quoted list item, as many as there are ("- a) ", "1. ", "II. "): the scoring
# compares a gold quote and a prediction without them (evaluate)
LEADING_MARKS = re.compile(r"^(?:\s*(?:[-+•*–]+|\(?[0-9]{1,2}[.)]|\(?[a-zđ][.)]|[IVX]+\.)\s*)+")
# The label a list item or a table row may open with, as a fragment of a larger pattern: "- ",
# "17. ", "(3) ", "b) " (quantities: "- Tổng số hộ ...", "17. | Số xã ...")
ROW_ITEM_LABEL = r"(?:[-+•*][ \t]*|\(?\d{1,2}[.)][ \t]*|[a-zđ]\)[ \t]*)"
# The label before a directive's text, legal heads included: "- ", "(2)", "3.1.", "b)", "IV ",
# "Điều 5.", "Khoản 2:" (directives: the task starts after it)
LEAD_LABEL = re.compile(
    r"\s*(?:[-+•*–]\s+|\(\s*\d{1,3}\s*\)\s*|\(?\d{1,3}(?:\.\d{1,3})*\s*[.)]\s*(?=\D)|"
    r"\(?[a-zđ]\s*[.)]\s+|[IVXLC]{1,6}\s*[.)]?\s+|Điều\s+\d+[a-zđ]?\s*[.:]?\s*|Khoản\s+\d+\s*[.:]?\s*)")
# A line that opens a list item: "- ", "3.", "(a)", "b. " (directives: an item ends a run-on)
ITEM_LINE = re.compile(r"\s*(?:[-+•*–]\s|\(?\d{1,3}[.)]|\(?[a-zđ][.)]\s)")
# A list mark that opens a sentence the structure did not take as an item: "- Ban Quản lý ...",
# "4. Các tỉnh ủy ..." (directives)
SENTENCE_LABEL = re.compile(r"[-+•–]\s+|\(?\d{1,3}(?:\.\d{1,3})*\s*[.)]\s+(?=\D)|\(?[a-zđ]\s*[.)]\s+")
