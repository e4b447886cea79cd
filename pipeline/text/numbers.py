"""Document numbers, in one place: the number as a citation writes it (``DOC_NUMBER_RE``, every
real-world spelling; search's number keys read it too), the number a header gives after "Số:" (``HEADER_NUMBER_RE`` and
``canonical_number``), and the numbers segmentation keeps as one token (``PROTECTED_RE``).

The three differ on purpose: a header number follows "Số:" and may be loosely written, a cited
number stands alone and must look like one, a protected token also covers dates and figures.

>>> [m.group() for m in DOC_NUMBER_RE.finditer("theo Nghị quyết số 20-NQTW và Nghị định 08/2014/NĐ-CP")]
['20-NQTW', '08/2014/NĐ-CP']
>>> canonical_number("23- CTr/HU.")
'23-CTr/HU'
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from vanban.pipeline.resources import open_model

@lru_cache(maxsize=1)
def lookalikes() -> dict[str, str]:
    """Letters of other scripts that print like the Latin capitals of a code ("BТС" with a
    Cyrillic Т and С, as text pasted from some portals has it) -> the Latin letter."""
    with open_model("citations/lookalikes.csv") as f:
        return {r["char"]: r["latin"] for r in csv.DictReader(f)}


def latin_code(code: str) -> str:
    """A code with its look-alike letters read as Latin: ``latin_code("BТС") == "BTC"``."""
    table = lookalikes()
    return "".join(table.get(ch, ch) for ch in code) if any(ch in table for ch in code) else code


_LOOK = "".join(lookalikes())
_UP = "A-ZĐ" + _LOOK
# letters of a code ("Ư" of Trung ương inside one: "UBTƯMTTQVN"); "&" joins two (Sở Văn hóa, Thể thao và Du lịch: "SVHTT&DL", "BNN&PTNT")
_CODE = rf"[{_UP}](?:[A-Za-zĐđƯ{_LOOK}]|&(?=[{_UP}])){{0,11}}\d{{0,2}}"
# A unit code may carry a dot-suffix in capitals ("VPCP-V.I", "VPCP-KGVX.II"); a full stop before
# a space, a line break or a lowercase letter ("UBND. Sau", "UBND.Trong") ends the number instead.
_CODE_DOT = _CODE + r"(?:\.[A-ZĐ]{1,6}\d{0,2}(?![A-Za-zĐđà-ỹÀ-Ỹ\d]))?"
_SP = r"[ \t]{0,2}(?:\n[ \t]{0,2})?"  # at most one line break inside a number
# a word, not a code, after a dash: "Luật Điện lực số 61/2024/QH15 - Nghị định số ..." (a table
# cell's list), "61/2025/NĐ-CP - Trung tâm ..."; codes after a dash are capitals ("TTg", "CTr")
_NOT_A_WORD = r"(?![A-ZĐ][a-zđà-ỹ]{2})"

#: A document number in any of its real-world spellings. Groups: Party "pn/pt/pi" (20-NQ/TW,
#: "50 KL/TW", "23- CTr/HU", "18KL/TW", joint issuers "06-HD/BTCTW-BTGTW"), Party without slash
#: "qn/qc" (20-NQTW; before 1992 the state's own "206-CP", "111-HĐBT"), state "sn/sy/sc" (08/2014/NĐ-CP, 1234/QĐ-TTg, 29/2013/QH13, 1234/BGDĐT-VP,
#: also the misspelt "20/NQ-TW" and a slash for a hyphen, "6872/TTr / STC-QLCS",
#: "37/2012/TTLT/BLĐTBXH-BYT-BTC"). ``pg``
#: is matched (empty) when the Party ordinal is glued to its type code. A number may be glued to
#: the "số" before it ("Nghị định số142/2018/NĐ-CP").
DOC_NUMBER_RE = re.compile(
    rf"(?:(?<![\w.,/-])|(?<=[sS][ốổ]))(?:"
    rf"(?P<sn>\d{{1,5}}(?:\.\d{{1,3}})?[a-z]?){_SP}/{_SP}"
    rf"(?:(?P<sy>(?:19|20)\d\d){_SP}(?:/|-(?=[ \t]?[{_UP}])){_SP})?"   # "255/2025-NĐ-CP": a hyphen for the slash
    rf"(?P<sc>{_CODE}(?:[ \t]*/[ \t]*{_CODE}(?=[ \t]?[-–]))?(?:{_SP}[-–]{_SP}{_NOT_A_WORD}{_CODE_DOT}){{0,6}})"
    rf"|(?P<pn>\d{{1,5}}[a-z]?)(?:{_SP}[-–]{_SP}|[ \t]{{1,2}}|(?P<pg>(?=[A-ZĐ])))(?P<pt>{_CODE}){_SP}/{_SP}"
    rf"(?P<pi>{_CODE}(?:[-–]{_CODE}){{0,3}})"
    rf"|(?P<qn>\d{{1,5}})[ \t]?[-–][ \t]?(?P<qc>[A-ZĐ](?:[A-Za-zĐđ]{{2,12}}|[A-ZĐ]))"
    rf")(?:(?![\w/])|(?<=[A-ZĐ\d])(?=[a-zđà-ỹ]{{2}}))"  # "50/2014/QH13ngày": a glued next word
)


# The number of the document itself in its header: "Số: 634/TB-VPCP", "Số hiệu: 12/2020/QĐ-UBND".
HEADER_NUMBER_RE = re.compile(
    r"\bs[ốo]\s*(?:hiệu\s*)?[:.]?\s*(\d{1,5}(?:\.\d{1,3})?\s*(?:[-/–]\s*[\w.Đđ&]+(?: (?-i:[A-ZĐ]+)(?=-))?)+)",
    re.IGNORECASE)


def canonical_number(raw: str) -> str:
    """"23- CTr/HU" -> "23-CTr/HU"; "08/2014/NĐ-CP." -> "08/2014/NĐ-CP"."""
    s = re.sub(r"\s*([-/–])\s*", r"\1", raw.strip()).replace("–", "-")
    s = re.sub(r"(?<=[A-ZĐ]) (?=[A-ZĐ]+-)", "", s)   # "21/C T-TTg": a space a PDF put inside the code
    return s.rstrip(".,;:")


# What must stay one token and never host a sentence break.
PROTECTED_RE = re.compile(
    r"\d+(?:\s?[-–]\s?[A-ZĐa-zđ][\wĐđ&.]*)?(?:/[\wĐđ&]+(?:[-–][\wĐđ&]+)*)+"  # 20-NQ/TW, 08/2014/NĐ-CP, 01/11/2012
    r"|\d+-[A-ZĐ][\wĐđ]*(?:/[\wĐđ]+)*"                                        # 35-CT
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?%?"                                        # 118.750 ; 1.155,5
    r"|\d+(?:,\d+)+%?"                                                       # 95,5 ; 146,344
    r"|\d+(?:\.\d+)+%?"                                                      # 3.0 ; 2.1.3
    r"|\d+%"
)
