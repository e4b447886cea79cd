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
from dataclasses import dataclass
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
from vanban.pipeline.extract.quantity_tables import table_captions, table_cells
from vanban.pipeline.model import Quantity
from vanban.pipeline.resources import load_json

_NUM = r"\d+(?:[.,]\d+)*"
_GAP = r"[ \t]*\n?[ \t]*"
_GAP_RE = re.compile(_GAP)

# Unit symbols written glued to the number ("500ha", "12,5km", "50MW"); "5G", "3D" are no units.
_GLUED_UNITS = ("km2", "km", "m2", "m3", "ha", "cm", "mm", "kg", "kWh", "MWh", "GWh", "kVA", "MVA", "kV",
                "kW", "MW", "GW", "m", "đ")


def _digits_re(word_alt: str) -> re.Pattern:
    """A numeral, or a range or ratio of two; each may be restated in words in brackets, as laws
    write counts ("9 (chín) thành viên", "từ 3 (ba) đến 5 (năm) thành viên")."""
    spelled = rf"(?:[ \t]*\([ \t]*(?i:{word_alt})(?:[ \t]+(?i:{word_alt}))*[ \t]*\))"
    return re.compile(
        rf"(?P<n1>\d(?<![\w.,/%-]\d)\d*(?:[.,]\d+)*)(?P<p1>{spelled}(?![\w]))?"
        rf"(?:(?P<sep>{_GAP}(?:-|–|—|(?:đến|tới)(?:[ \t]+(?:dưới|trên|hết))?|lên|xuống){_GAP}|[ \t]?/[ \t]?)(?P<n2>{_NUM})(?P<p2>{spelled}(?![\w]))?)?"
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
        rf"(?:{alone_not}|(?=[ \t]+(?i:{word_alt}|phần[ \t]+(?:{word_alt}))(?!\w)))(?:[ \t]+(?i:{word_alt})(?!\w))*)"
        rf"(?:[ \t]+(?i:phần)[ \t]+(?!(?i:trăm)(?!\w))(?P<den>(?i:{word_alt})(?:[ \t]+(?i:{word_alt}))*))?"
        rf"(?P<paren>[ \t]*\([ \t]*[\d.,/]+[ \t]*\))?(?![\w])"
    )
    return kind_of, unit_re, not_units, not_before, qual_re, words_re, _digits_re(word_alt)


@dataclass(frozen=True, slots=True)
class _Context:
    """``models/quantities/context.json`` read once: what the words around a number make of it."""
    label_compounds: frozenset[str]
    soft_labels: dict[str, frozenset[str]]   # label -> kinds of unit it yields to
    hard_labels: frozenset[str]
    clock_after: re.Pattern
    lunar_month: re.Pattern
    row_label_units: frozenset[str]
    body: re.Pattern
    caption: re.Pattern
    caption_kinds: frozenset[str]
    caption_counted: frozenset[str]
    caption_max_lines: int
    caption_max_text_run: int
    spelled_counts: frozenset[str]
    spelled_not_after: frozenset[str]


def _words_alt(words, flags: str = "") -> str:
    alt = "|".join(_syllables(w) for w in sorted(words, key=len, reverse=True))
    return f"(?{flags}:{alt})" if flags else f"(?:{alt})"


@lru_cache(maxsize=1)
def _context() -> _Context:
    d = load_json("quantities/context.json")
    clock = [w for w in d["clock_after"]["words"] if w != "ngày"]
    bodies = d["counted_bodies"]
    cap = d["table_captions"]
    return _Context(
        label_compounds=frozenset(d["label_compounds"]["words"]),
        soft_labels={w: frozenset(k) for w, k in d["soft_labels"]["words"].items()},
        hard_labels=frozenset(d["hard_labels"]["words"]),
        clock_after=re.compile(rf"[ \t]*,?[ \t]*(?:{_words_alt(clock, 'i')}(?!\w)|(?i:ngày)[ \t]+\d)"),
        lunar_month=re.compile(rf"[ \t]+{_words_alt(d['lunar_months']['words'])}(?!\w)"),
        row_label_units=frozenset(d["row_label_units"]["words"]),
        # a capitalised type or body, then neither its own name ("17 Luật Bảo vệ") nor a citation
        body=re.compile(rf"{_words_alt(bodies['words'])}(?![\w])"
                        rf"(?![ \t]*(?:{_words_alt(bodies['not_after'])}(?!\w)|\d|[A-ZĐ]))"
                        rf"|{_words_alt(bodies['titles'])}(?![\w])(?![ \t]*\d)"),
        caption=re.compile(rf"^[ \t(*_]*{_words_alt(cap['labels'])}[ \t]*:[ \t]*(?P<unit>[^\n)*]{{1,80}}?)[ \t.)*_]*$",
                           re.MULTILINE),
        caption_kinds=frozenset(cap["unit_kinds"]),
        caption_counted=frozenset(cap["counted_units"]),
        caption_max_lines=int(cap["max_lines"]),
        caption_max_text_run=int(cap["max_text_run"]),
        spelled_counts=frozenset(d["spelled_counts"]["words"]),
        spelled_not_after=frozenset(d["spelled_counts"]["not_after"]),
    )


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
_DENOM = re.compile(r"/[ \t]?(?P<word>[^\W\d_]+(?:[23²³](?!\d))?)")  # "/người", "/m2"
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_PHONE_LIKE = re.compile(r"0\d{2,}[.,]\d")
_RATIO_BEFORE = re.compile(r"\d:\Z")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]{2,})")
_RATIO_AFTER = re.compile(r"[ \t]+lệ(?!\w)", re.IGNORECASE)
_PERCENT_WORDS_AFTER = re.compile(r"[ \t]+phần[ \t]+trăm(?!\w)", re.IGNORECASE)
# a one-letter word that opens a counted noun ("08 ô tô") or a rate ("150 t/h", "1350 v/ph")
_LETTER_UNIT_GOES_ON = re.compile(r"[ \t]+[^\W\d_]{2,}|/[^\W\d_]")


def _row_label(text: str, s: int, uend: int) -> bool:
    """"8 xã Tân Tiến" alone on its line: a table row's number, then the place it names."""
    line_start = text.rfind("\n", 0, s) + 1
    if text[line_start:s].strip(" \t|*"):
        return False
    line_end = text.find("\n", uend)
    rest = text[uend:line_end if line_end >= 0 else len(text)].split()
    return bool(rest) and all(w[:1].isupper() for w in rest)


# the numbers listed before this one after the same label: "Điều 7, 8", "khoản 2, 3 và 4"
_LISTED_BEFORE = re.compile(r"[ \t]\d+[a-zđ]?(?:[ \t]*(?:,|và|hoặc)[ \t]*\d+[a-zđ]?)*[ \t]*(?:,|và|hoặc)[ \t]*$")


def _label_before(before: str, not_before: frozenset[str], compounds: frozenset[str]) -> str | None:
    """The label word that makes the number a label: "Điều 5", "khóa 11", "lần thứ 2"; none when
    the label word ends a longer word that is no label ("trong vòng 12 tháng", "danh mục 02")."""
    words = [w.strip(".:(") for w in before.split()[-4:]]
    for k in (1, 2, 3):
        if k <= len(words) and " ".join(words[-k:]) in not_before:
            if k < len(words) and " ".join(words[-k - 1:]) in compounds:
                return None
            return " ".join(words[-k:])
    return None


_DECIMAL_COMMA = re.compile(r"\d+,\d+")


def _label_yields(label: str, before: str, n1: str, unit: tuple[str, str, int] | None, ctx: _Context) -> bool:
    """A label word that is no label of this number, followed by a unit from the tables: an amount
    ("dự phòng 39.830 triệu đồng"), a field after a colon ("Phòng: 12 người"), a measure or a
    duration after a label that is also a noun ("mục tiêu 3.000 km", "giai đoạn 05 năm"), a
    decimal ("phường 0,25 ngày": labels are
    whole), or a label word that ends the line or table cell above ("Một cửa\n01 ngày")."""
    if unit is None:
        return False
    kind = unit[1]
    if kind == "money" or before.rstrip(" \t").endswith(":"):
        return True
    if kind in ctx.soft_labels.get(label, ()):
        return True
    if _DECIMAL_COMMA.fullmatch(n1):
        return True
    return label not in ctx.hard_labels and "\n" in before[len(before.rstrip()):]


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
    kind_of, unit_re, not_units, not_before, qual_re, words_re, digits_re = _tables()
    ctx = _context()
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

    def unit_at(pos: int, strict: bool, padded: bool = False, whole: bool = False) -> tuple[str, str, int] | None:
        """(unit, kind, end) for the unit starting after ``pos``, or None; kind "generic" for a
        lowercase noun that is not in the tables (``strict`` refuses those), for a document type
        counted ("114 quyết định") and, after a zero-padded count (``padded``: "03"), for a
        capitalised body ("03 Đoàn thanh tra"); after a whole number (``whole``) and a space, for
        a capitalised document type or body counted ("35 Nghị định")."""
        m = _GAP_RE.match(text, pos)
        p = m.end() if m else pos

        def counted_body() -> tuple[str, str, int] | None:
            """"ban hành 35 Nghị định, 12 Nghị quyết", "7 Bộ ngành": documents or bodies counted."""
            bm = ctx.body.match(text, p) if whole and p > pos and "\n" not in text[pos:p] else None
            return (" ".join(bm.group().split()), "generic", bm.end()) if bm else None

        if text.startswith("%", p) or (p == pos and text.startswith("%", pos)):
            return "%", "percent", p + 1
        um = unit_re.match(text, p)
        um_kind = kind_of.get(" ".join(um.group().split()).lower(), "count") if um else None
        if um and padded and not strict and um.group()[:1].isupper() and not um.group().isupper() \
                and um_kind != "money":
            um = None  # "02 Tổ công tác": a capitalised body, read below
        if um and "\n" in text[pos:p] and text.startswith(")", um.end()):
            return None  # "10\nđ) Xe ô tô": the next line's list label
        if um and um.group().lower() in ("tỷ", "tỉ") and _RATIO_AFTER.match(text, um.end()):
            return None  # "hai tỷ lệ": ratios, not billions
        if um:
            unit = " ".join(um.group().split())
            kind = um_kind
            end = um.end()
            if kind == "count" and unit.lower() in ("triệu", "nghìn", "ngàn", "vạn", "trăm"):
                more = unit_re.match(text, end + 1) if text[end:end + 1] == " " else None
                if more:  # "1,5 triệu người", "200 nghìn tấn"
                    unit = f"{unit} {' '.join(more.group().split())}"
                    kind = kind_of.get(" ".join(more.group().split()).lower(), "count")
                    end = more.end()
            per, end = denominators(end)
            unit += per
            head = " ".join(um.group().split())
            if head[:1].isupper() and not head.isupper() and head not in _spelling().values():
                if not (kind == "money" and " " in head):
                    return None if strict else counted_body()  # "5 Tỉnh"; but "152.100 Triệu đồng"
                unit = _spelling().get(head.lower(), head) + unit[len(head):]
            if head.isupper():  # "20 NĂM" in a heading: the unit as the table spells it
                nx = _WORD_AFTER.match(text, end)
                if head.lower() == "đồng" and nx and nx.group(1).isupper():
                    return None  # "23 ĐỒNG THÁP": a row number before a place
                unit = _spelling().get(head.lower(), head) + unit[len(head):]
            return unit, kind, end
        if strict:
            return None
        if p == pos:
            return None
        tm = _type_unit_re().match(text, p)
        if tm:  # "114 quyết định", "12 chỉ thị": documents counted ("quyết" alone is a verb's start)
            return " ".join(tm.group().split()), "generic", tm.end()
        body = counted_body()
        if body:
            return body
        gm = _GENERIC_WORD.match(text, p)
        if not gm or (len(gm.group()) == 1 and not _LETTER_UNIT_GOES_ON.match(text, gm.end())):
            return None  # "00\nb)", "1 j j=1": one letter is a list label or a symbol, no counted noun
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
        per, end = denominators(end)
        return unit + per, "generic", end

    def denominators(end: int) -> tuple[str, int]:
        """"/người/tháng", "/m2", "/hồ sơ": what the unit is per, a compound from the tables
        whole, any other word by its first syllable."""
        per = ""
        while True:
            dm = _DENOM.match(text, end)
            if not dm:
                return per, end
            um = unit_re.match(text, dm.start("word"))
            if um and um.end() > dm.end():
                per, end = per + "/" + " ".join(um.group().split()), um.end()
            else:
                per, end = per + "/" + dm.group("word"), dm.end()

    def qualifier_before(s: int) -> tuple[str | None, int]:
        qm = qual_re.search(text, max(0, s - 20), s)
        if qm:
            return qm.group("q").lower(), qm.start("q")
        return None, s

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

    numerals = list(digits_re.finditer(text))
    for m in numerals:
        s, e = m.start(), m.end()
        if is_masked(s, e):
            continue
        before = text[max(0, s - 40):s].lower()
        label = _label_before(before, not_before, ctx.label_compounds)
        listed = None if label else _LISTED_BEFORE.search(before)
        if listed:  # "Điều 7, 8 Nghị định", "ngày 15 tháng 6 và 15 tháng 12"; but "vùng 3, 19 lớp"
            label = _label_before(before[:listed.start()], not_before, ctx.label_compounds)
            if label and label not in ctx.hard_labels and unit_at(e, strict=True) is not None:
                label = None
        glued = not text[e:e + 1].isspace()  # "Điều 6đ", "mục 4e": a label's letter
        if label and label not in _type_labels() and not glued \
                and _label_yields(label, before, m.group("n1"), unit_at(e, strict=True), ctx):
            label = None  # "dự phòng: 39.830 triệu đồng", "phòng 5 tỷ đồng": a value, not a label
        if label and not _PERCENT_AFTER.match(text, e) and label not in _type_labels():
            continue  # "Điều 5", "khóa 11"; but "nhiệm vụ 100%" is a quantity
        if before.rstrip(" \t").endswith(("(", "+", "#")) and text[e:e + 1] == ")":
            continue
        if _PHONE_LIKE.match(m.group("n1")) or _RATIO_BEFORE.search(before):
            continue  # "080.44417": a telephone number; "tỷ lệ 1:2.000", "10:38": a ratio, a time
        sep = (m.group("sep") or "").strip()
        n1 = m.group("n1")
        u = unit_at(e, strict=False, padded=len(n1) == 2 and n1[0] == "0" and n1 != "00", whole=n1.isdigit())
        if u is not None and u[0].startswith("đ") and u[1] == "money" and e == u[2] - len(u[0]) and len(n1) < 3:
            u = None  # "Điều 6đ", "mục 4đ": a label's letter, not an amount in đồng
        if u is not None and u[1] == "generic" and (u[0][:1].isupper() or _type_unit_re().fullmatch(u[0])) \
                and _NAME_BEFORE.search(text, max(0, s - 40), s):
            u = None  # "Ban Chỉ đạo 389 quyết định ...": a name with a number, then a verb
        if u is None:
            nf = noun_first(s, e) if m.group("n2") is None and m.group("p1") is None else None
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
        if unit.lower() == "giờ" and (_CLOCK_AFTER.match(text, uend) or ctx.clock_after.match(text, uend)):
            continue  # "17 giờ 00", "trước 15 giờ hằng ngày", "từ 07 giờ ngày 16": a time of day
        if unit.lower() == "tháng" and ctx.lunar_month.match(text, uend):
            continue  # "23 tháng Chạp": a lunar date
        if unit.lower() in ctx.row_label_units and _row_label(text, s, uend):
            continue  # "8 xã Tân Tiến" opening a line: a table row's number and a place
        if kind == "duration" and _YEAR_LIKE.fullmatch(m.group("n1")):
            continue  # "năm 2025 tháng ..." read badly: a year is not a duration
        q, qs = qualifier_before(s)
        countable = kind == "count" and not unit.lower().startswith(("triệu", "nghìn", "ngàn", "tỷ", "tỉ", "vạn"))
        v1, amb1 = numeral(m.group("n1"), countable, kind == "percent")
        if m.group("n2") is None:
            out.append(Quantity(text[qs:uend], qs, uend, v1, None, unit, q, amb1, kind))
            continue
        v2, amb2 = numeral(m.group("n2"), countable, kind == "percent")
        if sep == "/" and 0 < v1 < v2 <= 10 and (generic or unit.lower() == "số" or kind == "duration") \
                and float(v1).is_integer():
            # "3/4 số hộ", "2/3 diện tích", "1/4 ngày": a fraction; "56/93 nhiệm vụ", "5/7 xã": done of total
            out.append(Quantity(text[qs:uend], qs, uend, v1 / v2, None, unit, q, False, "fraction"))
            continue
        if (sep in ("-", "–", "—") or sep.startswith(("đến", "tới"))) and v2 >= v1:
            out.append(Quantity(text[qs:uend], qs, uend, v1, v2, unit, q, amb1 or amb2, kind))
        else:  # "56/93 nhiệm vụ", "từ 2 lên 3 phó trưởng phòng": two quantities
            e1 = m.end("p1") if m.group("p1") else m.end("n1")
            out.append(Quantity(text[qs:e1], qs, e1, v1, None, unit, q, amb1, kind))
            s2 = m.start("n2")
            out.append(Quantity(text[s2:uend], s2, uend, v2, None, unit, None, amb2, kind))

    for m in words_re.finditer(" " + text):  # the space lets a number word open the text
        s, m_end = m.start("w") - 1, m.end() - 1
        if re.search(r"(?:thứ|lần|khóa|khoá|số)\s*$", text[max(0, s - 12):s].lower()):
            continue  # "lần thứ hai", "khóa mười hai": ordinals and labels
        toks = [(t.group(), s + t.start()) for t in re.finditer(r"\S+", m.group("w"))]
        if toks[-1][0].lower() in ("tỷ", "tỉ") and _RATIO_AFTER.match(text, m_end) and not m.group("den"):
            toks.pop()  # "một tỷ lệ": a ratio, not a billion
            if not toks:
                continue
            m_end = toks[-1][1] + len(toks[-1][0])
        whole = bool(m.group("den") or m.group("paren"))
        # "hai năm" reads as the number "hai" and the unit "năm": try the longest number first;
        # a closing scale word goes with the unit ("hai nghìn sáu trăm mười lăm | tỷ đồng"), as
        # it does after digits ("2.615 tỷ đồng")
        order = [len(toks)] if whole else list(range(len(toks), 0, -1))
        if len(order) > 1 and toks[-1][0].lower() in _SCALES:
            order[:2] = order[1::-1]
        for k in order:
            words = [w for w, _ in toks[:k]]
            if k == 1 and words[0].lower() in _SINGLE_WORD_NOT_NUMBER and words[0].lower() != "nửa" and not whole \
                    and not _PERCENT_WORDS_AFTER.match(text, toks[0][1] + len(toks[0][0])):
                continue  # "một", "năm" alone are no number; but "năm phần trăm" is 5%
            value = words_value(words)
            if value is None:
                continue
            end = m_end if k == len(toks) else toks[k - 1][1] + len(toks[k - 1][0])
            kind = None
            if k == len(toks) and m.group("den"):
                den_words = m.group("den").split()
                # "một phần tư": "tư" is four as a denominator, as "ba phần tư"
                den = 4.0 if [w.lower() for w in den_words] == ["tư"] else words_value(den_words)
                if not den:
                    break
                value, kind = value / den, "fraction"
            u = unit_at(end, strict=True)
            if u is None and kind is None and k == len(toks) and (k > 1 or words[0].lower() in ctx.spelled_counts):
                prev = text[max(0, s - 12):s].split()
                if not prev or prev[-1].lower() not in ctx.spelled_not_after:
                    u = unit_at(end, strict=False)  # "hai bên", "hai cuộc kháng chiến": any noun counted
                    if u is not None and not u[0][:1].islower():
                        u = None
            if u is None and kind != "fraction":
                continue
            unit, ukind, uend = u if u else (None, None, end)
            ukind = "count" if ukind == "generic" else ukind
            if unit and unit.lower() == "năm" and text[uend:uend + 6].strip()[:1].isdigit():
                break  # "hai năm 2020" is not two years
            q, qs = qualifier_before(s)
            out.append(Quantity(text[qs:uend], qs, uend, float(value), None, unit, q, False, kind or ukind))
            break

    captions = []
    for cap in table_captions(text, ctx, unit_re, kind_of, _spelling()):
        captions.append((cap.start, cap.end))
        for s, e in table_cells(text, cap, ctx):
            if not is_masked(s, e):
                v, amb = numeral(text[s:e], cap.kind == "count", cap.kind == "percent")
                out.append(Quantity(text[s:e], s, e, v, None, cap.unit, None, amb, cap.kind))
    if captions:  # "Đơn vị tính: 1.000 đồng/trẻ": the caption's scale is no amount
        out = [x for x in out if not any(a <= x.start < b for a, b in captions)]

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
    """"1 tỷ 500 triệu đồng" is one amount, 1.5 tỷ đồng; so is "2 triệu 500 nghìn đồng/người"
    and, in words, "bảy nghìn không trăm chín mươi ba tỷ, tám trăm triệu đồng".
    Joined when a bare scale word is followed, across spaces or one comma, by a smaller-scale
    amount under 1,000 of its own scale."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        big = _scale_word(prev.unit) if prev else None
        small = _scale_word(q.unit)
        if (prev is not None and big and small and prev.unit.lower() == big and _SCALES[small] < _SCALES[big]
                and text[prev.end:q.start].strip(" \t") in ("", ",") and q.qualifier is None
                and prev.value_max is None and q.value_max is None and 0 < q.value < 1000):
            rest = q.unit[len(small):]
            out[-1] = Quantity(text[prev.start:q.end], prev.start, q.end,
                               prev.value + q.value * _SCALES[small] / _SCALES[big], None,
                               prev.unit + rest, prev.qualifier, prev.ambiguous or q.ambiguous,
                               q.kind if rest.strip() else prev.kind)
            continue
        out.append(q)
    return out
