"""Quantities: a number with what it counts or measures, and the word that qualifies it.

``find_quantities(text) -> list[Quantity]``:

- "trên 500 lớp tập huấn" -> 500, unit "lớp tập huấn", qualifier "trên"
- "7-8 tấn/mẻ" -> 7, value_max 8; "2,5 - 5,5 tỷ đồng/xã" -> 2.5 .. 5.5
- "56/93 nhiệm vụ", "từ 2 lên 3 phó trưởng phòng" -> two quantities each
- "đạt 95,5%" (kind "percent"), "1.250 tỷ đồng" ("money"), "10 năm" ("duration"),
  "mười tám tuổi" ("age"), "hai phần ba" ("fraction"), "nửa (1/2) năm" -> 0.5
- "146,344 ha": read with the document's own number habits (``numbers.learn_habits``) and the
  unit (a count cannot be fractional); ``ambiguous=True`` when still undecidable.

Not quantities: dates, document numbers, labels after "Điều", "khoản", "thứ", "khóa",
"Hội nghị Trung ương", "quốc lộ" ... (``models/units.json``: ``not_before``), "một số",
versions ("3.0"), list labels ("1.", "(2)"), "covid 19". Units, counted nouns, qualifiers and
number words are data in ``models/units.json``.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from vanban.pipeline.extract.dates import find_dates
from vanban.pipeline.extract.numbers import (
    NumberHabits,
    habits_from_numerals,
    needs_habits,
    parse_numeral,
    units_data,
    words_value,
)
from vanban.pipeline.extract.patterns import doc_number_matches, nfc_view, page_furniture, remap
from vanban.pipeline.model import Quantity

_NUM = r"\d+(?:[.,]\d+)*"
_GAP = r"[ \t]*\n?[ \t]*"
_GAP_RE = re.compile(_GAP)

# Unit symbols written glued to the number ("500ha", "12,5km", "50MW"); "5G", "3D" are no units.
_GLUED_UNITS = ("km2", "km", "m2", "m3", "ha", "cm", "mm", "kg", "kWh", "MWh", "kW", "MW", "GW", "m")
_DIGITS_RE = re.compile(
    rf"(?P<n1>\d(?<![\w.,/%-]\d)\d*(?:[.,]\d+)*)"
    rf"(?:(?P<sep>{_GAP}(?:-|–|—|đến|tới|lên|xuống){_GAP}|[ \t]?/[ \t]?)(?P<n2>{_NUM}))?"
    rf"(?:(?![\w]|[.,]\d)|(?=(?:{'|'.join(_GLUED_UNITS)})(?![\w])))"
)


def _syllables(phrase: str) -> str:
    return r"\s+".join(re.escape(p) for p in phrase.split())


_SINGLE_WORD_NOT_NUMBER = frozenset(
    "một mốt năm tư lăm nhăm linh lẻ mươi trăm nghìn ngàn vạn triệu tỷ tỉ rưỡi không".split())


@lru_cache(maxsize=1)
def _spelling() -> dict[str, str]:
    d = units_data()
    words = [w for ws in d["measures"].values() for w in ws] + d["compounds"] + d["counted"]
    return {w.lower(): w for w in words}


@lru_cache(maxsize=1)
def _tables():
    d = units_data()
    kind_of: dict[str, str] = {}
    for kind, words in d["measures"].items():
        for w in words:
            kind_of[w.lower()] = {"count_large": "count", "area": "measure", "length": "measure",
                                  "mass": "measure", "volume": "measure", "energy": "measure"}.get(kind, kind)
    for w in d["compounds"] + d["counted"]:
        kind_of.setdefault(w.lower(), "count")
    units = sorted(kind_of, key=len, reverse=True)
    unit_re = re.compile(rf"(?:{'|'.join(_syllables(u) for u in units)})(?![\w])", re.IGNORECASE)
    not_units = frozenset(w.lower() for w in d["not_units"])
    not_before = frozenset(" ".join(w.lower().split()) for w in d["not_before"])
    quals = sorted(d["qualifiers"], key=len, reverse=True)
    qual_re = re.compile(rf"(?:^|[^\w])(?P<q>{'|'.join(_syllables(q) for q in quals)})[ \t]+\n?[ \t]*$", re.IGNORECASE)
    nw = sorted(d["number_words"], key=len, reverse=True)
    word_alt = "|".join(re.escape(w) for w in nw)
    # a number starts with a digit word; "một" and "năm" alone are too common ("một số",
    # "năm 2025") to be tried unless another number word follows
    starters = [w for w in nw if w not in _SINGLE_WORD_NOT_NUMBER]
    # A number word starts after a space: a case-sensitive alternation behind one space class is
    # scanned in C (4x faster than a case-insensitive one). "một" and "năm" alone are too common
    # ("một số", "năm 2025") to start a number unless another number word follows.
    starters = [w for w in nw if w not in _SINGLE_WORD_NOT_NUMBER] + ["một", "năm"]
    variants = sorted({v for w in starters for v in (w, w.capitalize(), w.upper())}, key=len, reverse=True)
    by_first: dict[str, list[str]] = {}
    for v in variants:
        by_first.setdefault(v[0], []).append(re.escape(v[1:]))
    first_alt = "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in by_first.items())
    alone_not = "".join(f"(?<!{re.escape(v)})" for w in ("một", "năm") for v in (w, w.capitalize(), w.upper()))
    words_re = re.compile(
        rf"[ \t\n(](?P<w>(?:{first_alt})(?![^\W\d_])"
        rf"(?:{alone_not}|(?=[ \t]+(?i:{word_alt})(?!\w)))(?:[ \t]+(?i:{word_alt})(?!\w))*)"
        rf"(?:[ \t]+(?i:phần)[ \t]+(?P<den>(?i:{word_alt})(?:[ \t]+(?i:{word_alt}))*))?"
        rf"(?P<paren>[ \t]*\([ \t]*[\d.,/]+[ \t]*\))?(?![\w])"
    )
    return kind_of, unit_re, not_units, not_before, qual_re, words_re


# "Số"/"Tổng số" and a lowercase noun opening a row or list item ("- Tổng số hộ ...", "17. | Số xã ...")
_NOUN_FIRST = re.compile(
    r"[ \t]*(?:[-+•*][ \t]*|\(?\d{1,2}[.)][ \t]*|[a-zđ]\)[ \t]*)?(?:\|[ \t]*)?"
    r"(?:[Tt]ổng[ \t]+|TỔNG[ \t]+)?(?:[Ss]ố|SỐ)[ \t]+(?=[^\W\d_]*[a-zđà-ỹ])")
# the number ends its row: a line end, a full stop or semicolon, or the next cell of an OCR table
_ROW_END = re.compile(r"[ \t]*(?:[.;][ \t]*)?(?:\n|$)|[.;][ \t]|[ \t]+(?=\d|[A-ZĐ][a-zđà-ỹ])")
# a capitalised name right before the number ("Ban Chỉ đạo 389", "Đề án 06"): not a count before it
_NAME_BEFORE = re.compile(r"(?<![.:;!?\n)-][ \t])(?<![\n(])(?<!^)[A-ZĐ][^\W\d_]*(?:[ \t]+[^\W\d_]+)?[ \t]+$")
# "Số điện thoại: 0263...", "Số tài khoản: ...": identifiers, not counts
_ID_NOUNS = ("điện thoại", "tài khoản", "fax", "hiệu", "thứ tự", "ký hiệu", "báo danh", "định danh",
             "căn cước", "chứng minh", "hộ chiếu", "seri", "sê-ri", "biên lai", "hóa đơn", "thửa", "tờ", "lô")
_ID_NOUN_RE = re.compile(rf"(?:{'|'.join(re.escape(w) for w in _ID_NOUNS)})(?!\w)|nhà[ \t]*:", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"[ \t]?%")
_CLOCK_AFTER = re.compile(r"[ \t]*\d")
_GENERIC_WORD = re.compile(r"[^\W\d_]+")
_SECOND_SYLLABLE = re.compile(r"[ \t]([^\W\d_]+)(?![\w/])")
_DENOM = re.compile(r"(?:/[ \t]?[^\W\d_]+)+")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


def _label_before(before: str, not_before: frozenset[str]) -> str | None:
    """The label word that makes the number a label: "Điều 5", "khóa 11", "lần thứ 2"."""
    words = [w.strip(".:") for w in before.split()[-3:]]
    for k in (1, 2, 3):
        if k <= len(words) and " ".join(words[-k:]) in not_before:
            return " ".join(words[-k:])
    return None


def _numeral_value_over(n: str, limit: int) -> bool:
    digits = re.split(r"[.,]", n)[0]
    return digits.isdigit() and int(digits) > limit


_BODY_NAME_STOP = frozenset(
    "của và là với về cho tại trong ngoài từ đến tới đã đang sẽ được bị có không chưa này đó để theo "
    "như mà hoặc nhưng trên dưới do vào ra gồm thuộc ở nhằm làm tiến thực".split())


@lru_cache(maxsize=1)
def _type_unit_re() -> re.Pattern:
    """A document type word, lowercase, as a counted noun: "quyết định", "chỉ thị", "kế hoạch"."""
    from vanban.pipeline.extract.patterns import type_words
    alt = "|".join(_syllables(w) for w in type_words())
    return re.compile(rf"(?:{alt})(?![\w])")


@lru_cache(maxsize=1)
def _type_labels() -> frozenset[str]:
    from vanban.pipeline.extract.patterns import type_words
    return frozenset(type_words())


def find_quantities(text: str, habits: NumberHabits | None = None) -> list[Quantity]:
    """Every quantity in ``text``, in order, with character spans.

    >>> [(q.value, q.unit, q.qualifier) for q in find_quantities("đã tổ chức trên 500 lớp tập huấn")]
    [(500.0, 'lớp tập huấn', 'trên')]
    """
    view = nfc_view(text)
    if view is not None:  # raw, decomposed text: find on its NFC form, spans into the raw text
        return remap(find_quantities(view[0], habits), text, view[1])
    kind_of, unit_re, not_units, not_before, qual_re, words_re = _tables()
    learned: list[NumberHabits] = [habits] if habits else []

    def numeral(s: str, countable: bool, percent: bool) -> tuple[float, bool]:
        if not learned and needs_habits(s):  # learn the document's habits only when in doubt
            learned.append(habits_from_numerals(
                (x, text[m.end(g):m.end(g) + 3]) for m in numerals for g in ("n1", "n2") if (x := m.group(g))))
        return parse_numeral(s, learned[0] if learned else NumberHabits(), countable=countable, percent=percent)
    masked = sorted([(d.start, d.end) for d in find_dates(text)]
                    + [(m.start(), m.end()) for m in doc_number_matches(text)]
                    + list(page_furniture(text)))  # "===== Trang 8 =====" and the "8" under it
    mstarts = [s for s, _ in masked]

    def is_masked(s: int, e: int) -> bool:
        i = bisect.bisect_right(mstarts, s) - 1
        for j in (i, i + 1):
            if 0 <= j < len(masked) and masked[j][0] < e and s < masked[j][1]:
                return True
        return False

    def unit_at(pos: int, strict: bool, padded: bool = False) -> tuple[str, str, int] | None:
        """(unit, kind, end) for the unit starting after ``pos``, or None; kind "generic" for a
        lowercase noun that is not in the tables (``strict`` refuses those), for a document type
        counted ("114 quyết định") and, after a zero-padded count (``padded``: "03"), for a
        capitalised body ("03 Đoàn thanh tra")."""
        m = _GAP_RE.match(text, pos)
        p = m.end() if m else pos
        if text.startswith("%", p) or (p == pos and text.startswith("%", pos)):
            return "%", "percent", p + 1
        um = unit_re.match(text, p)
        if um and padded and not strict and um.group()[:1].isupper() and not um.group().isupper():
            um = None  # "02 Tổ công tác": a capitalised body, read below
        if um:
            unit = " ".join(um.group().split())
            kind = kind_of.get(unit.lower(), "count")
            end = um.end()
            if kind == "count" and unit.lower() in ("triệu", "nghìn", "ngàn", "vạn", "trăm"):
                more = unit_re.match(text, end + 1) if text[end:end + 1] == " " else None
                if more:  # "1,5 triệu người", "200 nghìn tấn"
                    unit = f"{unit} {' '.join(more.group().split())}"
                    kind = kind_of.get(" ".join(more.group().split()).lower(), "count")
                    end = more.end()
            dm = _DENOM.match(text, end)
            if dm:
                unit += re.sub(r"\s+", "", dm.group())
                end = dm.end()
            if unit[:1].isupper() and not unit.isupper() and unit.lower() not in ("usd", "vnđ", "vnd"):
                return None
            if unit.isupper():  # "20 NĂM" in a heading: the unit as the table spells it
                head = " ".join(um.group().split())
                unit = _spelling().get(head.lower(), head) + unit[len(head):]
            return unit, kind, end
        if strict:
            return None
        if p == pos:
            return None
        tm = _type_unit_re().match(text, p)
        if tm:  # "114 quyết định", "12 chỉ thị": documents counted ("quyết" alone is a verb's start)
            return " ".join(tm.group().split()), "generic", tm.end()
        gm = _GENERIC_WORD.match(text, p)
        if not gm:
            return None
        w = gm.group()
        if padded and w[:1].isupper() and w[1:].islower() and len(w) <= 8 and w.lower() not in not_units:
            # "03 Đoàn thanh tra", "02 Tổ công tác": a count of bodies named with a capital
            end, unit = gm.end(), w
            for _ in range(2):
                nx = _SECOND_SYLLABLE.match(text, end)
                if not nx or not nx.group(1).islower() or nx.group(1) in _BODY_NAME_STOP:
                    break
                unit, end = f"{unit} {nx.group(1)}", nx.end()
            return unit, "generic", end
        if not w[:1].islower() or w.lower() in not_units or len(w) > 8:
            return None
        end = gm.end()
        unit = w
        # a counted noun not in the tables: take its second syllable too ("học viên", "diện tích")
        g2 = _SECOND_SYLLABLE.match(text, end)
        if g2 and g2.group(1)[:1].islower() and g2.group(1).lower() not in not_units and len(g2.group(1)) <= 8:
            unit, end = f"{w} {g2.group(1)}", g2.end()
        dm = _DENOM.match(text, end)
        if dm:
            unit += dm.group()
            end = dm.end()
        return unit, "generic", end

    def qualifier_before(s: int) -> tuple[str | None, int]:
        qm = qual_re.search(text, max(0, s - 20), s)
        if qm:
            return qm.group("q").lower(), qm.start("q")
        return None, s

    def _label_is_field(before: str, e: int) -> bool:
        """A label word that is not one: an amount of money follows ("dự phòng 39.830 triệu
        đồng"), or a colon stands between and a unit from the tables follows ("Phòng: 12 người")."""
        u = unit_at(e, strict=True)
        if u is None:
            return False
        return u[1] == "money" or before.rstrip(" \t").endswith(":")

    def noun_first(s: int, e: int) -> Quantity | None:
        """"Tổng số cơ quan được thanh tra: 686.", "| Số công trình ... đạt chuẩn 1.200": a count
        whose noun comes first, after "Số"/"Tổng số" opening the row or item, the number ending it."""
        if not _ROW_END.match(text, e):
            return None
        digits = re.sub(r"\D", "", text[s:e])
        if (digits.startswith("0") and len(digits) > 2) or (digits == text[s:e] and len(digits) > 6):
            return None  # a phone or account number
        lo = max(0, s - 201)   # no farther back than the 200 characters a row may hold
        a = max(text.rfind("\n", lo, s), text.rfind("|", lo, s), text.rfind(";", lo, s)) + 1
        if s - a > 200:
            return None
        hm = _NOUN_FIRST.match(text, a, s)
        if hm is None or re.search(r"[.;!?]", text[hm.end():s].rstrip(" \t:")):
            return None
        if _ID_NOUN_RE.match(text, hm.end()):
            return None
        um = unit_re.match(text, hm.end())
        if um and um.group()[:1].islower():
            unit = " ".join(um.group().split())
        else:
            words = []
            for w in re.finditer(r"[^\W\d_]+", text[hm.end():s]):
                if not w.group().islower() or w.group() in _BODY_NAME_STOP or w.group() in not_units or len(words) == 2:
                    break
                words.append(w.group())
            if not words:
                return None
            unit = " ".join(words)
        v, amb = numeral(text[s:e], True, False)
        return Quantity(text[s:e], s, e, v, None, unit, None, amb, "count")

    out: list[Quantity] = []

    numerals = list(_DIGITS_RE.finditer(text))
    for m in numerals:
        s, e = m.start(), m.end()
        if is_masked(s, e):
            continue
        before = text[max(0, s - 30):s].lower()
        label = _label_before(before, not_before)
        if label and label not in _type_labels() and _label_is_field(before, e):
            label = None  # "dự phòng: 39.830 triệu đồng", "phòng 5 tỷ đồng": a value, not a label
        if label and not _PERCENT_AFTER.match(text, e) and label not in _type_labels():
            continue  # "Điều 5", "khóa 11"; but "nhiệm vụ 100%" is a quantity
        if before.rstrip(" \t").endswith(("(", "+", "#")) and text[e:e + 1] == ")":
            continue
        sep = (m.group("sep") or "").strip()
        n1 = m.group("n1")
        u = unit_at(e, strict=False, padded=len(n1) == 2 and n1[0] == "0" and n1 != "00")
        if u is not None and u[1] == "generic" and (u[0][:1].isupper() or _type_unit_re().fullmatch(u[0])) \
                and _NAME_BEFORE.search(text, max(0, s - 40), s):
            u = None  # "Ban Chỉ đạo 389 quyết định ...": a name with a number, then a verb
        if u is None:
            nf = noun_first(s, e)
            if nf is not None:
                out.append(nf)
            continue
        unit, kind, uend = u
        generic = kind == "generic"
        kind = "count" if generic else kind
        if label and label in _type_labels() and (generic or is_masked(e, uend)):
            continue  # "Kế hoạch 101 của", "Nghị quyết 20 năm 2012"; but "kế hoạch 5 năm" is 5 years
        if unit.lower() == "cấp" and m.group("n2") is None and _numeral_value_over(m.group("n1"), 10):
            continue  # "Ban Chỉ đạo 1237 cấp tỉnh": a name before a level, not 1237 levels
        if unit.lower() == "giờ" and _CLOCK_AFTER.match(text, uend):
            continue  # "17 giờ 00", "7 giờ 30 phút": a time of day, not a duration
        if kind == "duration" and _YEAR_LIKE.fullmatch(m.group("n1")):
            continue  # "năm 2025 tháng ..." read badly: a year is not a duration
        q, qs = qualifier_before(s)
        countable = kind == "count" and not unit.lower().startswith(("triệu", "nghìn", "ngàn", "tỷ", "tỉ", "vạn"))
        v1, amb1 = numeral(m.group("n1"), countable, kind == "percent")
        if m.group("n2") is None:
            out.append(Quantity(text[qs:uend], qs, uend, v1, None, unit, q, amb1, kind))
            continue
        v2, amb2 = numeral(m.group("n2"), countable, kind == "percent")
        if sep == "/" and 0 < v1 < v2 <= 10 and (generic or unit.lower() == "số") and float(v1).is_integer():
            # "3/4 số hộ", "2/3 diện tích": a fraction; "56/93 nhiệm vụ", "5/7 xã": done of total
            out.append(Quantity(text[qs:uend], qs, uend, v1 / v2, None, unit, q, False, "fraction"))
            continue
        if sep in ("-", "–", "—", "đến", "tới") and v2 >= v1:
            out.append(Quantity(text[qs:uend], qs, uend, v1, v2, unit, q, amb1 or amb2, kind))
        else:  # "56/93 nhiệm vụ", "từ 2 lên 3 phó trưởng phòng": two quantities
            e1 = m.end("n1")
            out.append(Quantity(text[qs:e1], qs, e1, v1, None, unit, q, amb1, kind))
            s2 = m.start("n2")
            out.append(Quantity(text[s2:uend], s2, uend, v2, None, unit, None, amb2, kind))

    for m in words_re.finditer(" " + text):  # the space lets a number word open the text
        s, m_end = m.start("w") - 1, m.end() - 1
        if re.search(r"(?:thứ|lần|khóa|khoá|số)\s*$", text[max(0, s - 12):s].lower()):
            continue  # "lần thứ hai", "khóa mười hai": ordinals and labels
        toks = [(t.group(), s + t.start()) for t in re.finditer(r"\S+", m.group("w"))]
        whole = bool(m.group("den") or m.group("paren"))
        # "hai năm" reads as the number "hai" and the unit "năm": try the longest number first
        for k in ([len(toks)] if whole else range(len(toks), 0, -1)):
            words = [w for w, _ in toks[:k]]
            if k == 1 and words[0].lower() in _SINGLE_WORD_NOT_NUMBER and words[0].lower() != "nửa" and not whole:
                continue
            value = words_value(words)
            if value is None:
                continue
            end = m_end if k == len(toks) else toks[k - 1][1] + len(toks[k - 1][0])
            kind = None
            if k == len(toks) and m.group("den"):
                den = words_value(m.group("den").split())
                if not den:
                    break
                value, kind = value / den, "fraction"
            u = unit_at(end, strict=True)
            if u is None and kind != "fraction":
                continue
            unit, ukind, uend = u if u else (None, None, end)
            ukind = "count" if ukind == "generic" else ukind
            if unit and unit.lower() == "năm" and text[uend:uend + 6].strip()[:1].isdigit():
                break  # "hai năm 2020" is not two years
            q, qs = qualifier_before(s)
            out.append(Quantity(text[qs:uend], qs, uend, float(value), None, unit, q, False, kind or ukind))
            break

    out.sort(key=lambda x: (x.start, -x.end))
    kept: list[Quantity] = []
    last_end = -1
    for x in out:
        if x.start >= last_end:  # overlaps: the earlier, longer reading wins
            kept.append(x)
            last_end = max(last_end, x.end)
    return _join_compound_amounts(text, kept)


_SCALES = {"tỷ": 1e9, "tỉ": 1e9, "triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3}


def _scale_word(unit: str | None) -> str | None:
    head = (unit or "").split(" ")[0].split("/")[0].lower()
    return head if head in _SCALES else None


def _join_compound_amounts(text: str, qs: list[Quantity]) -> list[Quantity]:
    """"1 tỷ 500 triệu đồng" is one amount, 1.5 tỷ đồng; so is "2 triệu 500 nghìn đồng/người".
    Joined when a bare scale word is followed, across spaces only, by a smaller-scale amount
    under 1,000 of its own scale."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        big = _scale_word(prev.unit) if prev else None
        small = _scale_word(q.unit)
        if (prev is not None and big and small and prev.unit.lower() == big and _SCALES[small] < _SCALES[big]
                and not text[prev.end:q.start].strip(" \t") and q.qualifier is None
                and prev.value_max is None and q.value_max is None and 0 < q.value < 1000):
            rest = q.unit[len(small):]
            out[-1] = Quantity(text[prev.start:q.end], prev.start, q.end,
                               prev.value + q.value * _SCALES[small] / _SCALES[big], None,
                               prev.unit + rest, prev.qualifier, prev.ambiguous or q.ambiguous,
                               q.kind if rest.strip() else prev.kind)
            continue
        out.append(q)
    return out
