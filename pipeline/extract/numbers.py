"""Reading Vietnamese numerals: "118.750", "95,5", "146,344", "mười lăm", "hai phần ba".

Vietnamese writes "." for thousands and "," for decimals, but real documents mix both;
``NumberHabits`` learns a document's own habit, and ``parse_numeral`` reads one numeral with it.
Units and number words are data in ``models/units.json``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vanban.pipeline.resources import load_json


_DIGIT_RUN = re.compile(r"\d+")


@lru_cache(maxsize=4)
def digit_run_starts(text: str) -> tuple[int, ...]:
    """Where each run of digits starts: the anchors every finder starts from (dates, document
    numbers, shorthands), scanned once per text."""
    return tuple(m.start() for m in _DIGIT_RUN.finditer(text))


@lru_cache(maxsize=1)
def units_data() -> dict:
    return load_json("units.json")


@dataclass(frozen=True, slots=True)
class NumberHabits:
    """How one document writes numbers: evidence counts for each convention."""
    vn: int = 0  # "1.234.567", "95,5%": "." thousands, "," decimals
    en: int = 0  # "1,234,567", "95.5%": "," thousands, "." decimals

    @property
    def style(self) -> str | None:
        if self.vn > self.en:
            return "vn"
        if self.en > self.vn:
            return "en"
        return None


_VN_SURE = re.compile(r"\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:\.\d{3})+,\d+")
_EN_SURE = re.compile(r"\d{1,3}(?:,\d{3}){2,}|\d{1,3}(?:,\d{3})+\.\d+")
_SHORT_DECIMAL = re.compile(r"\d+([.,])\d{1,2}")
# from the first digit of a run only: tried at every digit, a long run of digits was re-read from each
_NUMERAL_WITH_SEP = re.compile(r"(?<!\d)\d+(?:[.,]\d+)+")


def habits_from_numerals(numerals) -> NumberHabits:
    """Habits from (numeral, text right after it) pairs: "1.234.567" and "95,5%" vote Vietnamese,
    "1,234,567" and "95.5%" vote English."""
    vn = en = 0
    for n, after in numerals:
        if "." not in n and "," not in n:
            continue
        if _VN_SURE.fullmatch(n):
            vn += 1
        elif _EN_SURE.fullmatch(n):
            en += 1
        else:
            m = _SHORT_DECIMAL.fullmatch(n)
            if m:
                a = after.lstrip(" \t")[:1]
                if m.group(1) == "," and (a == "%" or a.islower()):
                    vn += 1
                elif m.group(1) == "." and a == "%":
                    en += 1
    return NumberHabits(vn=vn, en=en)


def learn_habits(text: str) -> NumberHabits:
    """Count unambiguous numerals of each convention in ``text``.

    >>> learn_habits("dân số 1.234.567 người, tăng 5,5%").style
    'vn'
    """
    return habits_from_numerals((m.group(), text[m.end():m.end() + 3])
                                for m in _NUMERAL_WITH_SEP.finditer(text))


_SHAPE_IN_DOUBT = re.compile(r"\d+[.,]\d{3}")
_NUMERAL = re.compile(r"\d+(?:[.,]\d+)*")


def needs_habits(s: str) -> bool:
    """"146,344", "1.155": one separator before exactly three digits - thousands or decimal?"""
    return bool(_SHAPE_IN_DOUBT.fullmatch(s))


def parse_numeral(s: str, habits: NumberHabits = NumberHabits(), *, countable: bool | None = None,
                  percent: bool = False) -> tuple[float, bool]:
    """Read a written numeral, return (value, ambiguous).

    >>> parse_numeral("118.750")
    (118750.0, False)
    >>> parse_numeral("8,19")
    (8.19, False)
    >>> parse_numeral("146,344", countable=False)   # 146 344 ha or 146.344 ha?
    (146344.0, True)

    ``countable`` says the unit cannot be fractional (người, xã): a single ",ddd" is then read
    as thousands without doubt; ``percent`` says the opposite.
    """
    s = s.strip()
    if s.isdigit():
        return float(s), False
    if not _NUMERAL.fullmatch(s):
        raise ValueError(f"not a numeral: {s!r}")
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        th = "." if dec == "," else ","
        return float(s.replace(th, "").replace(dec, ".")), False
    sep = "." if dots else ","
    parts = s.split(sep)
    if len(parts) > 2:  # "2.000.000", "1,234,567": only thousands repeat
        return float("".join(parts)), False
    head, tail = parts
    if len(tail) != 3:
        return float(f"{head}.{tail}"), False
    # one separator followed by exactly three digits: thousands or decimal?
    thousands, decimal = float(head + tail), float(f"{head}.{tail}")
    if percent or int(head) == 0:   # "0,125 mm": no thousands group opens with a zero
        return decimal, False
    if countable:
        return thousands, False
    style = habits.style
    if sep == ".":
        if style == "en":
            return decimal, True
        return thousands, False
    # sep == ","
    if style == "en":
        return thousands, False
    if style == "vn":
        return decimal, True   # "7,213 ha" where the text writes "1.234.567": a Vietnamese decimal (realworld46 701)
    return thousands, True  # "146,344 ha" in a text that shows no habit: thousands by size


@lru_cache(maxsize=1)
def number_words() -> dict[str, float]:
    return dict(units_data()["number_words"])


@lru_cache(maxsize=1)
def _grammar() -> dict[str, frozenset[str]]:
    """``units.json``'s ``number_grammar``: the role of each number word ("trăm" hundreds,
    "mươi" tens, "nghìn" a scale, "linh" a filler ...)."""
    return {role: frozenset(words) for role, words in units_data()["number_grammar"].items() if role != "_doc"}


def words_value(words: list[str]) -> float | None:
    """Value of a sequence of Vietnamese number words, or None if not a well-formed number.

    >>> words_value(["mười", "lăm"]), words_value(["một", "trăm"]), words_value(["hai", "mươi", "mốt"])
    (15.0, 100.0, 21.0)

    A larger scale word multiplies everything before it ("hai nghìn sáu trăm mười lăm tỷ" is
    2 615 tỷ); a smaller one adds a group ("một triệu hai trăm nghìn" is 1 200 000).

    >>> words_value("hai nghìn sáu trăm mười lăm tỷ".split())
    2615000000000.0
    """
    nw, g = number_words(), _grammar()
    total, chunk, digit, last = 0.0, 0.0, None, None
    top = 0.0  # the largest scale word met so far
    for raw in words:
        w = raw.lower()
        if w not in nw:
            return None
        v = nw[w]
        if w in g["hundreds"]:
            chunk += (digit if digit is not None else 1) * 100
            digit = None
        elif w in g["tens"]:  # "hai mươi", "bảy chục"
            if digit is None:
                return None
            chunk += digit * 10
            digit = None
        elif w in g["ten"]:
            chunk += 10
            digit = None
        elif w in g["scales"]:
            group = chunk + (digit or 0)
            if not group and not total:
                group = 1  # "triệu" alone, "nghìn tỷ"
            if v > top:  # "... nghìn ... tỷ": the larger scale takes all that came before
                total = (total + group) * v
                top = v
            else:
                total += group * v
            chunk, digit = 0.0, None
        elif w in g["fillers"]:
            pass
        elif w in g["half_after"]:  # "một trăm rưỡi" 150, "hai nghìn rưỡi" 2 500, "hai giờ rưỡi"
            if digit is not None or last is None:
                return None
            chunk += 50 if last in g["hundreds"] else (500 if last in g["scales"] and nw[last] == 1000 else 0.5)
        elif w in g["half"]:
            if last is None:
                chunk += 0.5
            elif nw.get(last) == 1 and digit == 1 and not chunk and not total:
                digit = 0.5  # "một nửa": one half
            else:
                return None
        else:
            if digit is not None:
                return None
            if w in g["five_after_ten"] and last not in g["five_follows"]:
                return None
            if w in g["after_tens_only"] and last not in g["one_four_follow"]:
                return None
            digit = v
        last = w
    return total + chunk + (digit or 0)
