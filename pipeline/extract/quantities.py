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
number words are data in ``models/units.json``, the words around a number that decide what it is
in ``models/quantities/context.json`` (both read by ``extract.quantity_rules``).

The steps: numerals in digits with the unit after them (``_Scan.from_numeral``), counts whose noun
comes first ("Tổng số hộ: 1.200", ``_Scan.noun_first``), numbers in words (``_Scan.from_words``),
the figures of a table under a unit caption (``extract.quantity_tables``), then overlaps resolved
and amounts in two scales joined ("1 tỷ 500 triệu đồng").
"""
from __future__ import annotations

import bisect
import itertools
import re

from vanban.pipeline.extract.dates import find_dates
from vanban.pipeline.extract.numbers import (
    NumberHabits,
    habits_from_numerals,
    needs_habits,
    parse_numeral,
    words_value,
)
from vanban.pipeline.extract.patterns import doc_number_matches, nfc_view, remap
from vanban.pipeline.extract.quantity_dimensions import bracketed_dimensions
from vanban.pipeline.extract.quantity_rules import (
    GAP,
    Context,
    context,
    spelling,
    tables,
    type_labels,
    type_unit_re,
    with_alternatives,
)
from vanban.pipeline.extract.quantity_tables import column_captions, table_captions, table_cells
from vanban.pipeline.model import Quantity
from vanban.pipeline.read.furniture import page_furniture

_GAP_RE = re.compile(GAP)
# the number ends its row: a line end, a full stop or semicolon, or the next cell of an OCR table
# ... or a bracket that breaks the count down ("Số người 04 (02 giám định viên + 02 kỹ thuật viên)")
_ROW_END = re.compile(r"[ \t]*(?:[.;][ \t]*)?(?:\n|$)|[.;][ \t]|[ \t]+(?=\d|[A-ZĐ][a-zđà-ỹ])|[ \t]+\((?=\d)")
# a capitalised name right before the number ("Ban Chỉ đạo 389", "Đề án 06"): not a count before it
_NAME_BEFORE = re.compile(r"(?<![.:;!?\n)-][ \t])(?<![\n(])(?<!^)[A-ZĐ][^\W\d_]*(?:[ \t]+[^\W\d_]+)?[ \t]+$")
_PERCENT_AFTER = re.compile(r"[ \t]?%")
_CLOCK_AFTER = re.compile(r"[ \t]*\d")
_GENERIC_WORD = re.compile(r"[^\W\d_]+")
_SECOND_SYLLABLE = re.compile(r"[ \t]([^\W\d_]+)(?![\w/])")
# "/người", "/m2"; "đồng/ \n1 bộ": a rate per one item whose "1" a table's cell wrapped to the next line
# (on one line, "đồng/01 đơn vị tài sản" stays an amount and a count, as the golds read it)
_DENOM = re.compile(r"/(?:[ \t]*\n[ \t]*0?1[ \t]+|[ \t]?)(?P<word>[^\W\d_]+(?:[23²³](?!\d))?)")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
# "080.44417": a telephone number; "01310009 Triệu đồng": a report form's indicator code, five digits or more
# after a leading zero, which no amount is written with (realworld69 801)
_PHONE_LIKE = re.compile(r"0\d{2,}[.,]\d|0\d{4,}\Z")
_RATIO_BEFORE = re.compile(r"\d:\Z")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]{2,})")
_POWER_OF_TEN = re.compile(r"(?<![\w.,])(?P<m>\d{1,3}(?:[.,]\d{1,3})?)[ \t]*[x×][ \t]*10(?P<e>-?[1-9]\d?)(?![\d.,]\d)")
# a one-letter word that opens a counted noun ("08 ô tô") or a rate ("150 t/h", "1350 v/ph")
_CODE_TAIL = re.compile(r"[^\W\d_]{0,3}\]")
_CLOSE_THEN_UNIT = re.compile(r"[ \t]*\)[ \t]?")   # "(5 ÷ 10) phút": the bracket closed before the unit
_BRACKET_OPEN = re.compile(r"[ \t]?\([ \t]?")
_BRACKET_REST = re.compile(r"(?:[ \t]+[^\W\d_]+){0,3}[ \t]?\)")   # "(tháng tiền lương)": words of the unit's name
_LETTER_UNIT_GOES_ON = re.compile(r"[ \t]+[^\W\d_]{2,}|/[^\W\d_]")

Unit = tuple[str, str, int]   # (unit as written, kind, where it ends)


_NOT_A_ROWS_COUNT = re.compile(r"[ \t|]*\n[ \t|]*\d[\d.]*[ \t|]*\n")   # the next line a bare number or code
_FACTOR_BEFORE = re.compile(r"(?<!\w)[x×*][ \t]*$")


def _row_label(text: str, s: int, uend: int) -> bool:
    """"8 xã Tân Tiến" alone on its line: a table row's number, then the place it names."""
    line_start = text.rfind("\n", 0, s) + 1
    if text[line_start:s].strip(" \t|*"):
        return False
    line_end = text.find("\n", uend)
    rest = text[uend:line_end if line_end >= 0 else len(text)].split()
    return bool(rest) and all(w[:1].isupper() for w in rest)


def _name_to_line_end(text: str, pos: int) -> bool:
    """What follows ``pos`` to the line's end is a proper name, every word capitalised ("... Mộc Bài\n")."""
    nl = text.find("\n", pos)
    words = text[pos:nl if nl != -1 else len(text)].split()
    return bool(words) and len(words) <= 6 and all(w[:1].isupper() and w.isalpha() for w in words)


def _alone_on_its_line(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` is all its line holds (bar a table's cell marks)."""
    return text[text.rfind("\n", 0, end) + 1:end].strip(" \t|*").isdigit()


def _in_a_heading(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` closes a line of capitals, a heading wrapped before its
    unit ("GIAI ĐOẠN 05\nNĂM 2026 - 2028"); not a number alone on its line or after a cell."""
    letters = [c for c in text[text.rfind("\n", 0, end) + 1:end] if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


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


def _label_yields(label: str, before: str, n1: str, unit: tuple[str, str, int] | None, ctx: Context) -> bool:
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


class _Scan:
    """One text being read: the tables, the spans that are no quantities (dates, document numbers,
    page furniture) and the document's number habits, learned when first needed."""

    def __init__(self, text: str, habits: NumberHabits | None):
        self.text = text
        self.t = tables()
        self.ctx = context()
        self.learned: list[NumberHabits] = [habits] if habits else []
        self.masked = sorted([(d.start, d.end) for d in find_dates(text)]
                             + [(m.start(), m.end()) for m in doc_number_matches(text)]
                             + list(page_furniture(text)))  # "===== Trang 8 =====" and the "8" under it
        self.mstarts = [s for s, _ in self.masked]
        self.numerals = list(self.t.digits_re.finditer(text))

    def numeral(self, s: str, countable: bool, percent: bool) -> tuple[float, bool]:
        if not self.learned and needs_habits(s):  # learn the document's habits only when in doubt
            text = self.text
            self.learned.append(habits_from_numerals(
                (x, text[m.end(g):m.end(g) + 3]) for m in self.numerals for g in ("n1", "n2") if (x := m.group(g))))
        habits = self.learned[0] if self.learned else NumberHabits()
        return parse_numeral(s, habits, countable=countable, percent=percent)

    def is_masked(self, s: int, e: int) -> bool:
        masked = self.masked
        i = bisect.bisect_right(self.mstarts, s) - 1
        for j in (i, i + 1):
            if 0 <= j < len(masked) and masked[j][0] < e and s < masked[j][1]:
                return True
        return False

    def powers_of_ten(self) -> list[Quantity]:
        """A number times a power of ten whose exponent lost its superscript in the text layer, before a
        unit: "5 x 103 Gy" (5×10³ Gy), "1×10-4 nT", "5 x 1013 n/cm2", "1.48 x 103 GBq" (realworld33 595). The
        exponent's "10" and its digits stand glued; "2 x 100 m" (a zero exponent) is a product."""
        out = []
        for m in _POWER_OF_TEN.finditer(self.text):
            if self.is_masked(m.start(), m.end()):
                continue
            unit = self.unit_at(m.end(), strict=False)
            if unit is None:
                continue
            u, kind, end = unit
            value = float(m.group("m").replace(",", ".")) * 10 ** int(m.group("e"))
            out.append(Quantity(self.text[m.start():end], m.start(), end, value, None, u, None, False, kind))
        return out

    # --- the unit after a number -----------------------------------------------------------

    def unit_at(self, pos: int, strict: bool, padded: bool = False, whole: bool = False) -> Unit | None:
        """(unit, kind, end) for the unit starting after ``pos``, or None; kind "generic" for a
        lowercase noun that is not in the tables (``strict`` refuses those), for a document type
        counted ("114 quyết định") and, after a zero-padded count (``padded``: "03"), for a
        capitalised body ("03 Đoàn thanh tra"); after a whole number (``whole``) and a space, for
        a capitalised document type or body counted ("35 Nghị định")."""
        text = self.text
        m = _GAP_RE.match(text, pos)
        p = m.end() if m else pos
        if text.startswith("%", p) or (p == pos and text.startswith("%", pos)):
            return "%", "percent", p + 1
        um = self.t.unit_re.match(text, p)
        um_kind = self.t.kind_of.get(" ".join(um.group().split()).lower(), "count") if um else None
        if um and padded and not strict and um.group()[:1].isupper() and not um.group().isupper() \
                and um_kind != "money" and um.group() not in spelling().values():
            um = None  # "02 Tổ công tác": a capitalised body, read below
        if um and "\n" in text[pos:p] and text.startswith(")", um.end()):
            return None  # "10\nđ) Xe ô tô": the next line's list label
        if um and um.group().lower() in self.t.ratio_heads and self.t.ratio_after.match(text, um.end()):
            return None  # "hai tỷ lệ": ratios, not billions
        if um and self.ctx.not_unit_compound.match(text, p):
            um = None  # "2/3 khối lượng": a noun that opens with a unit's syllable, read as a counted noun
        if um and (symbol := self.t.case_sensitive.get(um.group().lower())) \
                and (um.group() != symbol or "\n" in text[pos:p]):
            um = None  # "12 ma túy", "4\nV. NHIỆM VỤ": no mA, no volt
        if um:
            return self._known_unit(um, um_kind, pos, p, strict, whole)
        if strict or p == pos or self.ctx.periodic.match(text, p):
            return None  # "trước ngày 15/11 hằng năm": a day of the year, no count
        tm = type_unit_re().match(text, p)
        if tm:  # "114 quyết định", "12 chỉ thị": documents counted ("quyết" alone is a verb's start)
            return " ".join(tm.group().split()), "generic", tm.end()
        body = self._counted_body(pos, p, whole)
        if body:
            return body
        return self._generic_unit(pos, p, padded)

    def _known_unit(self, um: re.Match, kind: str, pos: int, p: int, strict: bool, whole: bool) -> Unit | None:
        """A unit or counted noun of the tables, with its scale ("1,5 triệu người") and what it is
        per ("đồng/người/tháng"), spelled as the tables spell it."""
        text = self.text
        unit = " ".join(um.group().split())
        end = um.end()
        if kind == "count" and unit.lower() in self.t.count_large:
            more = self.t.unit_re.match(text, end + 1) if text[end:end + 1] == " " else None
            if more:  # "1,5 triệu người", "200 nghìn tấn"
                unit = f"{unit} {' '.join(more.group().split())}"
                kind = self.t.kind_of.get(" ".join(more.group().split()).lower(), "count")
                end = more.end()
        head = " ".join(um.group().split())
        if kind == "money" and head[:1].isupper() and " " not in head and (nx := _WORD_AFTER.match(text, end)) \
                and nx.group(1)[:1].isupper():
            return None   # "58\nYên Bái": a row number before a place, no yen
        per, end = self.denominators(end)
        unit += per
        if head[:1].isupper() and not head.isupper() and head not in spelling().values() \
                and not _acronym_led(head, kind):
            if not (kind == "money" and " " in head):
                return None if strict else self._counted_body(pos, p, whole)  # "5 Tỉnh"; but "152.100 Triệu đồng"
            unit = spelling().get(head.lower(), head) + unit[len(head):]
        if head.isupper():  # "20 NĂM" in a heading: the unit as the table spells it
            if "\n" in text[pos:p] and head not in spelling().values() and not _in_a_heading(text, pos):
                return None  # "94\nBỘ KẾ HOẠCH VÀ ĐẦU TƯ": a page's or a cell's number over the next heading
            nx = _WORD_AFTER.match(text, end)
            if head.lower() == "đồng" and nx and nx.group(1).isupper():
                return None  # "23 ĐỒNG THÁP": a row number before a place
            unit = spelling().get(head.lower(), head) + unit[len(head):]
        return unit, kind, end

    def _counted_body(self, pos: int, p: int, whole: bool) -> Unit | None:
        """"ban hành 35 Nghị định, 12 Nghị quyết", "7 Bộ ngành": documents or bodies counted."""
        text = self.text
        bm = self.ctx.body.match(text, p) if whole and p > pos and "\n" not in text[pos:p] else None
        return (" ".join(bm.group().split()), "generic", bm.end()) if bm else None

    def _generic_unit(self, pos: int, p: int, padded: bool) -> Unit | None:
        """A counted noun not in the tables: a lowercase word and its second syllable ("học viên"),
        or after "03" a body named with a capital ("03 Đoàn thanh tra"); not a name on the line under
        a number alone on its line ("01\nThủ tục công nhận ...": a table row's number, then its name),
        nor a body a proper name follows to the line's end ("01 Cửa khẩu Mộc Bài\n": one place, its row's
        number joined to it; but "từ 02 Ngân hàng Nhà nước Khu vực trở lên" counts)."""
        text, not_units = self.text, self.t.not_units
        gm = _GENERIC_WORD.match(text, p)
        if not gm or self.t.lookalike_re.match(text, p) or (len(gm.group()) == 1 and not _LETTER_UNIT_GOES_ON.match(text, gm.end())):
            return None  # "00\nb)", "1 j j=1": one letter is a list label or a symbol, no counted noun
        w = gm.group()
        if padded and w[:1].isupper() and w[1:].islower() and len(w) <= 8 and w.lower() not in not_units:
            if "\n" in text[pos:p] and _alone_on_its_line(text, pos):
                return None
            # "03 Đoàn thanh tra", "02 Tổ công tác": a count of bodies named with a capital
            end, unit = gm.end(), w
            for _ in range(2):
                nx = _SECOND_SYLLABLE.match(text, end)
                if not nx or not nx.group(1).islower() or nx.group(1) in self.ctx.name_stop:
                    break
                unit, end = f"{unit} {nx.group(1)}", nx.end()
            if _name_to_line_end(text, end):
                return None   # "01 Cửa khẩu Mộc Bài\n": one place named to the line's end, its row's number before it
            return unit, "generic", end
        if not w[:1].islower() or w.lower() in not_units or len(w) > 8:
            return None
        end = gm.end()
        unit = w
        if w.lower() in self.t.field_labels and text[end:end + 1] == ":":
            return None   # "(Tài liệu về tư cách pháp lý của cá nhân)2 số:.....": a footnote's mark, then a field
        # a counted noun not in the tables: take its second syllable too ("học viên", "diện tích")
        g2 = _SECOND_SYLLABLE.match(text, end)
        if g2 and g2.group(1)[:1].islower() and g2.group(1).lower() not in not_units and len(g2.group(1)) <= 8:
            unit, end = f"{w} {g2.group(1)}", g2.end()
        per, end = self.denominators(end)
        return unit + per, "generic", end

    def denominators(self, end: int) -> tuple[str, int]:
        """"/người/tháng", "/m2", "/hồ sơ": what the unit is per, a compound from the tables
        whole, any other word by its first syllable."""
        per = ""
        while True:
            dm = _DENOM.match(self.text, end)
            if not dm:
                return per, end
            um = self.t.unit_re.match(self.text, dm.start("word"))
            if um and um.end() > dm.end():
                per, end = per + "/" + " ".join(um.group().split()), um.end()
            else:
                per, end = per + "/" + dm.group("word"), dm.end()

    def qualifier_before(self, s: int) -> tuple[str | None, int]:
        qm = self.t.qual_re.search(self.text, max(0, s - 20), s)
        if qm:
            return qm.group("q").lower(), qm.start("q")
        return None, s

    # --- numerals in digits ----------------------------------------------------------------

    def label_of(self, m: re.Match) -> str | None:
        """The label word that makes the number a label: "Điều 5", "khóa 11", "Điều 7, 8 Nghị định";
        none where the number is a value after a word that is often a label ("dự phòng: 39.830
        triệu đồng", "phòng 5 tỷ đồng")."""
        text, ctx, e = self.text, self.ctx, m.end()
        before = text[max(0, m.start() - 40):m.start()].lower()
        label = _label_before(before, self.t.not_before, ctx.label_compounds)
        listed = None if label else ctx.listed_before.search(before)
        if listed:  # "Điều 7, 8 Nghị định", "ngày 15 tháng 6 và 15 tháng 12"; but "vùng 3, 19 lớp"
            label = _label_before(before[:listed.start()], self.t.not_before, ctx.label_compounds)
            if label and label not in ctx.hard_labels and self.unit_at(e, strict=True) is not None:
                label = None
        unit = self.unit_at(e, strict=True)
        # "Điều 6đ", "mục 4e": a label's letter; not a unit glued to a value ("km\n220kV")
        glued = not text[e:e + 1].isspace() and (unit is None or len(unit[0]) < 2)
        if label and label not in type_labels() and not glued \
                and _label_yields(label, before, m.group("n1"), unit, ctx):
            label = None
        return label

    def no_number(self, m: re.Match) -> bool:
        """"(+84)", "[09g]", "080.44417": a bracketed code, a telephone number; "tỷ lệ 1:2.000", "10:38": a
        ratio, a time."""
        text, s = self.text, m.start()
        before = text[max(0, s - 40):s]
        if before.rstrip(" \t").endswith(("(", "+", "#")) and text[m.end():m.end() + 1] == ")" \
                and not (m.group("n2") is not None and (m.group("sep") or "").strip() == "÷"):
            return True   # but "(5 ÷ 10) phút": a specification's range in brackets
        if before.endswith("[") and _CODE_TAIL.match(text, m.end()):
            return True   # "[09g]", "[01a]": a form's indicator code, no 9 grams
        return bool(_PHONE_LIKE.match(m.group("n1")) or _RATIO_BEFORE.search(before))

    def unit_of_numeral(self, m: re.Match) -> Unit | None:
        """The unit after a numeral, or None where what follows is no unit of it."""
        text, s, e = self.text, m.start(), m.end()
        n1 = m.group("n1")
        u = self.unit_at(e, strict=False, padded=len(n1) == 2 and n1[0] == "0" and n1 != "00", whole=n1.isdigit())
        if u is not None and u[0].startswith("đ") and u[1] == "money" and e == u[2] - len(u[0]) and len(n1) < 3:
            return None  # "Điều 6đ", "mục 4đ": a label's letter, not an amount in đồng
        if u is not None and u[1] == "generic" and (u[0][:1].isupper() or type_unit_re().fullmatch(u[0])) \
                and _NAME_BEFORE.search(text, max(0, s - 40), s):
            return None  # "Ban Chỉ đạo 389 quyết định ...": a name with a number, then a verb
        if u is None and s > 0 and text[s - 1] == "(" and (close := _CLOSE_THEN_UNIT.match(text, e)):
            # "(5 ÷ 10) phút", "(0 ÷ 100)oC": a specification's bracketed range, its unit after the bracket
            u = self.unit_at(close.end(), strict=False, padded=False, whole=n1.isdigit())
        return u if u is not None else self.bracketed_unit(n1, e)

    def bracketed_unit(self, n1: str, e: int) -> Unit | None:
        """A unit in brackets after an amount ("= 20.000.000 (đồng)", "768.000 (đồng/tháng)", "3,5
        (tháng tiền lương)"): a worked example's result. Only after an amount written with a separator
        or three digits: "05 (năm)" spells the count out."""
        b = _BRACKET_OPEN.match(self.text, e)
        if b is None or not (len(n1) >= 3 or "." in n1 or "," in n1):
            return None
        um = self.t.unit_re.match(self.text, b.end())
        kind = self.t.kind_of.get(" ".join(um.group().split()).lower(), "count") if um else None
        if um is None or kind == "count":
            return None
        per, end = self.denominators(um.end())
        close = _BRACKET_REST.match(self.text, end)
        return (" ".join(um.group().split()) + per, kind, close.end()) if close else None

    def sign_and_prefix_fit(self, m: re.Match, unit: str) -> bool:
        """A minus glued before the number goes only with a unit that can be negative ("-20°C"),
        letters glued before it only with the units they qualify ("DC60V")."""
        head = unit.split("/")[0].lower()
        if m.group("s1") or m.group("s2") in ("-", "−"):
            return head in self.t.signed_units
        if self.text[max(0, m.start() - 3):m.start()].endswith(self.t.glued_prefixes):
            return head in self.t.prefixed_units
        return True

    def no_quantity_with(self, m: re.Match, label: str | None, unit: str, kind: str, generic: bool,
                         uend: int) -> bool:
        """The numeral and its unit make no quantity: a citation's number, a name, a time of day,
        a lunar date, a table row's number before a place, a year."""
        text, ctx, s, e = self.text, self.ctx, m.start(), m.end()
        if label and label in type_labels() and (
                generic or self.is_masked(e, uend) or self.dates_a_document(unit, uend)):
            return True  # "Kế hoạch 101 của", "Nghị quyết 20 năm 2012"; but "kế hoạch 5 năm" is 5 years
        if unit.lower() == "cấp" and m.group("n2") is None and _numeral_value_over(m.group("n1"), 10):
            return True  # "Ban Chỉ đạo 1237 cấp tỉnh": a name before a level, not 1237 levels
        if unit.lower() == "giờ" and (_CLOCK_AFTER.match(text, uend) or ctx.clock_after.match(text, uend)):
            return True  # "17 giờ 00", "trước 15 giờ hằng ngày", "từ 07 giờ ngày 16": a time of day
        if unit.lower() == "tháng" and ctx.lunar_month.match(text, uend):
            return True  # "23 tháng Chạp": a lunar date
        if unit.lower() in ctx.row_label_units and _row_label(text, s, uend):
            return True  # "8 xã Tân Tiến" opening a line: a table row's number and a place
        return kind == "duration" and bool(_YEAR_LIKE.fullmatch(m.group("n1")))  # a year is no duration

    def dates_a_document(self, unit: str, uend: int) -> bool:
        """"ngày" opening a date written in figures ("Quy định 232 ngày 20/1/2025"): the number before is
        the document's, the date its date."""
        p = uend + len(self.text[uend:uend + 4]) - len(self.text[uend:uend + 4].lstrip(" \t\n"))
        return unit.lower() == "ngày" and p < len(self.text) and self.is_masked(p, p + 1)

    def from_numeral(self, m: re.Match) -> list[Quantity]:
        """The quantities of one numeral, range or ratio in digits and the unit after it."""
        text, s, e = self.text, m.start(), m.end()
        if self.is_masked(s, e):
            return []
        label = self.label_of(m)
        if label and not _PERCENT_AFTER.match(text, e) and label not in type_labels():
            return []  # "Điều 5", "khóa 11"; but "nhiệm vụ 100%" is a quantity
        if self.no_number(m):
            return []
        u = self.unit_of_numeral(m)
        if u is None:
            nf = self.noun_first(s, e) if m.group("n2") is None and m.group("p1") is None else None
            return [nf] if nf is not None else []
        unit, kind, uend = u
        if not self.sign_and_prefix_fit(m, unit):
            return []
        generic = kind == "generic"
        kind = "count" if generic else kind
        if self.no_quantity_with(m, label, unit, kind, generic, uend):
            return []
        q, qs = self.qualifier_before(s)
        countable = kind == "count" and not unit.lower().startswith(self.t.scale_heads)
        v1, amb1 = self.numeral(m.group("n1"), countable, kind == "percent")
        v1 = -v1 if m.group("s1") else v1
        if m.group("n2") is None:
            return [Quantity(text[qs:uend], qs, uend, v1, None, unit, q, amb1, kind)]
        v2, amb2 = self.numeral(m.group("n2"), countable, kind == "percent")
        v2 = -v2 if m.group("s2") in ("-", "−") else v2
        sep = (m.group("sep") or "").strip()
        if sep == "/" and 0 < v1 and v1 != v2 and 1 < v2 <= 10 and v1 < 2 * v2 \
                and (generic or unit.lower() == "số" or kind == "duration" or (q and v2 <= 4)) and float(v1).is_integer():
            # "3/4 số hộ", "2/3 diện tích", "1/4 ngày", "3/2 khối lượng", "ít nhất 2/3 thành viên": a fraction;
            # "56/93 nhiệm vụ", "5/7 xã": done of total
            return [Quantity(text[qs:uend], qs, uend, v1 / v2, None, unit, q, False, "fraction")]
        if sep == "/" and v1 == v2 and kind == "duration":
            return [Quantity(text[qs:uend], qs, uend, v1, None, unit, q, amb1, kind)]   # "24/24 giờ": round the clock
        if (sep in ("-", "–", "—") or sep.startswith(self.t.range_to)) and v2 >= v1:
            return [Quantity(text[qs:uend], qs, uend, v1, v2, unit, q, amb1 or amb2, kind)]
        # "56/93 nhiệm vụ", "từ 2 lên 3 phó trưởng phòng": two quantities
        e1 = m.end("p1") if m.group("p1") else m.end("n1")
        s2 = m.start("n2")
        return [Quantity(text[qs:e1], qs, e1, v1, None, unit, q, amb1, kind),
                Quantity(text[s2:uend], s2, uend, v2, None, unit, None, amb2, kind)]

    def noun_first(self, s: int, e: int) -> Quantity | None:
        """"Tổng số cơ quan được thanh tra: 686.", "| Số công trình ... đạt chuẩn 1.200": a count
        whose noun comes first, after "Số"/"Tổng số" opening the row or item, the number ending it."""
        text = self.text
        if not _ROW_END.match(text, e):
            return None
        digits = re.sub(r"\D", "", text[s:e])
        if (digits.startswith("0") and len(digits) > 2) or (digits == text[s:e] and len(digits) > 6):
            return None  # a phone or account number
        lo = max(0, s - 201)   # no farther back than the 200 characters a row may hold
        a = max(text.rfind("\n", lo, s), text.rfind("|", lo, s), text.rfind(";", lo, s)) + 1
        if s - a > 200:
            return None
        hm = self.ctx.noun_first.match(text, a, s)
        if hm is None or re.search(r"[.;!?]", text[hm.end():s].rstrip(" \t:")) or _NOT_A_ROWS_COUNT.match(text, e) \
                or _FACTOR_BEFORE.search(text, max(a, s - 4), s):
            # "Số lượng khu đô thị ven biển x 100": a formula's factor; "... thành lập mới 54\n0708\nSố hợp tác
            # xã ...": the next row's number and code, its line joined to this one (realworld59 771, 772)
            return None
        if self.ctx.id_noun.match(text, hm.end()):
            return None  # "Số điện thoại: 0263...", "Số tài khoản: ...": identifiers, not counts
        um = self.t.unit_re.match(text, hm.end())
        if um and um.group()[:1].islower():
            unit = " ".join(um.group().split())
        else:
            words = []
            for w in re.finditer(r"[^\W\d_]+", text[hm.end():s]):
                if not w.group().islower() or w.group() in self.ctx.name_stop or w.group() in self.t.not_units \
                        or len(words) == 2:
                    break
                words.append(w.group())
            if not words:
                return None
            unit = " ".join(words)
        v, amb = self.numeral(text[s:e], True, False)
        return Quantity(text[s:e], s, e, v, None, unit, None, amb, "count")


    # --- numbers in words ------------------------------------------------------------------

    def from_words(self, m: re.Match) -> Quantity | None:
        """The quantity of a number in words ("mười tám tuổi", "hai phần ba", "nửa (1/2) năm"), or
        None; ``m`` is a match of ``words_re`` on the text with one space before it."""
        text, ctx = self.text, self.ctx
        s, m_end = m.start("w") - 1, m.end() - 1
        if ctx.ordinal_before.search(text[max(0, s - 12):s].lower()):
            return None  # "lần thứ hai", "khóa mười hai": ordinals and labels
        if ctx.legal_form_before.search(text[max(0, s - 12):s].lower()):
            return None  # "công ty trách nhiệm hữu hạn hai thành viên trở lên": a company's legal form
        if m.group("den") and m.group("den").split()[-1].lower() == "một" and re.match(r"[ \t]+số(?!\w)", text[m_end:]):
            return None  # "Bãi bỏ một phần một số văn bản": a part of some documents, no fraction
        toks = [(t.group(), s + t.start()) for t in re.finditer(r"\S+", m.group("w"))]
        if toks[-1][0].lower() in self.t.ratio_heads and self.t.ratio_after.match(text, m_end) and not m.group("den"):
            toks.pop()  # "một tỷ lệ": a ratio, not a billion
            if not toks:
                return None
            m_end = toks[-1][1] + len(toks[-1][0])
        whole = bool(m.group("den") or m.group("paren"))
        # "hai năm" reads as the number "hai" and the unit "năm": try the longest number first;
        # a closing scale word goes with the unit ("hai nghìn sáu trăm mười lăm | tỷ đồng"), as
        # it does after digits ("2.615 tỷ đồng")
        order = [len(toks)] if whole else list(range(len(toks), 0, -1))
        if len(order) > 1 and toks[-1][0].lower() in self.t.scales:
            order[:2] = order[1::-1]
        for k in order:
            words = [w for w, _ in toks[:k]]
            if k == 1 and words[0].lower() in self.t.alone_no_number and not whole \
                    and not self.t.percent_words_after.match(text, toks[0][1] + len(toks[0][0])):
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
                    return None
                value, kind = value / den, "fraction"
            u = self.unit_at(end, strict=True)
            if u is None and kind is None and k == len(toks) and (k > 1 or words[0].lower() in ctx.spelled_counts):
                prev = text[max(0, s - 12):s].split()
                if not prev or prev[-1].lower() not in ctx.spelled_not_after:
                    u = self.unit_at(end, strict=False)  # "hai bên", "hai cuộc kháng chiến": any noun counted
                    if u is not None and not u[0][:1].islower():
                        u = None
            if u is None and kind != "fraction":
                continue
            unit, ukind, uend = u if u else (None, None, end)
            ukind = "count" if ukind == "generic" else ukind
            if unit and unit.lower() == "năm" and text[uend:uend + 6].strip()[:1].isdigit():
                return None  # "hai năm 2020" is not two years
            q, qs = self.qualifier_before(s)
            return Quantity(text[qs:uend], qs, uend, float(value), None, unit, q, False, kind or ukind)
        return None

    # --- tables under a unit caption -------------------------------------------------------

    def unit_led_figures(self) -> list[Quantity]:
        """"Bậc 2: Cho kWh từ 101 - 200", "thang điểm 10": figures measured by the unit written or
        named before them."""
        out = []
        heads_re, heads = self.ctx.unit_heads
        for m in itertools.chain(self.ctx.unit_led.finditer(self.text), heads_re.finditer(self.text)):
            s, e = m.start("n1"), m.end("n2") if m.group("n2") else m.end("n1")
            if self.is_masked(s, e):
                continue
            v, amb = self.numeral(m.group("n1"), False, False)
            vmax = self.numeral(m.group("n2"), False, False)[0] if m.group("n2") else None
            head = " ".join(m.group("unit").lower().split())
            unit = heads.get(head) or spelling().get(head, m.group("unit"))
            out.append(Quantity(self.text[s:e], s, e, v, vmax, unit, None, amb, self.t.kind_of.get(unit.lower())))
        return out

    def with_tables(self, out: list[Quantity]) -> list[Quantity]:
        """``out`` and the figures of the tables under a unit caption ("Đơn vị tính: 1.000
        đồng/trẻ/tháng"), less what was found in the captions: their scale is no amount."""
        captions = []
        captioned = [(cap, table_cells(self.text, cap, self.ctx))
                   for cap in table_captions(self.text, self.ctx, self.t.unit_re, self.t.kind_of, spelling())]
        captioned += column_captions(self.text, self.ctx, self.t.unit_re, self.t.kind_of, spelling())
        for cap, cells in captioned:
            captions.append((cap.start, cap.end))
            for s, e in cells:
                if not self.is_masked(s, e):
                    v, amb = self.numeral(self.text[s:e], cap.kind == "count", cap.kind == "percent")
                    out.append(Quantity(self.text[s:e], s, e, v, None, cap.unit, None, amb, cap.kind))
        if captions:  # "Đơn vị tính: 1.000 đồng/trẻ": the caption's scale is no amount
            captions.sort()
            starts = [a for a, _ in captions]
            ends = list(itertools.accumulate((b for _, b in captions), max))  # furthest end so far
            out = [x for x in out if (i := bisect.bisect_right(starts, x.start) - 1) < 0 or ends[i] <= x.start]
        return out


def find_quantities(text: str, habits: NumberHabits | None = None) -> list[Quantity]:
    """Every quantity in ``text``, in order, with character spans.

    >>> [(q.value, q.unit, q.qualifier) for q in find_quantities("đã tổ chức trên 500 lớp tập huấn")]
    [(500.0, 'lớp tập huấn', 'trên')]
    """
    view = nfc_view(text)
    if view is not None:  # raw, decomposed text: find on its NFC form, spans into the raw text
        return remap(find_quantities(view[0], habits), text, view[1])
    scan = _Scan(text, habits)
    out = [q for m in scan.numerals for q in scan.from_numeral(m)] + scan.powers_of_ten() + scan.unit_led_figures()
    out += bracketed_dimensions(text, lambda s: scan.numeral(s, False, False)[0])   # "(1800 x 1800) mm"
    # the space lets a number word open the text
    out += [q for m in scan.t.words_re.finditer(" " + text) if (q := scan.from_words(m)) is not None]
    out = scan.with_tables(out)
    out = _join_compound_amounts(text, _without_restatements(text, _without_overlaps(out), scan.t.scales),
                                 scan.t.scales)
    return with_alternatives(text, out)


def _acronym_led(head: str, kind: str) -> bool:
    """A measure the tables spell with an acronym first, written with its other words capitalised: "2500 ANSI
    Lumens" is "ANSI lumens" (realworld73 812); "5 Tỉnh" stays no unit."""
    canon = spelling().get(head.lower(), "")
    return kind != "count" and canon[:1].isupper() and canon.split()[0] == head.split()[0]


def _without_restatements(text: str, qs: list[Quantity], scales: dict[str, float]) -> list[Quantity]:
    """A number in words and its figure in brackets right after it ("hơn năm mươi phần trăm (50%)",
    "một trăm phần trăm (100%)", realworld51 737) are one quantity: the figure is dropped; so is an amount in words
    in brackets after its figure ("30.000.000.000 đồng (Ba mươi tỷ đồng)", realworld93 872, 84 784)."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        bracketed = prev is not None and re.fullmatch(r"[ \t\n]*\(", text[prev.end:q.start]) \
            and text[q.end:q.end + 2].lstrip(" \t")[:1] == ")"
        if bracketed and q.value == prev.value and not re.search(r"\d", prev.text):
            continue
        scale = scales.get(_scale_word(q.unit, scales) or "", 1.0)
        if bracketed and not re.search(r"\d", q.text) and re.search(r"\d", prev.text) and q.value * scale == prev.value:
            continue
        out.append(q)
    return out


def _without_overlaps(out: list[Quantity]) -> list[Quantity]:
    """Where two readings overlap, the earlier, longer one."""
    out = sorted(out, key=lambda x: (x.start, -x.end))
    kept: list[Quantity] = []
    last_end = -1
    for x in out:
        if x.start >= last_end:
            kept.append(x)
            last_end = max(last_end, x.end)
    return kept


def _scale_word(unit: str | None, scales: dict[str, float]) -> str | None:
    head = (unit or "").split(" ")[0].split("/")[0].lower()
    return head if head in scales else None


def _join_compound_amounts(text: str, qs: list[Quantity], scales: dict[str, float]) -> list[Quantity]:
    """"1 tỷ 500 triệu đồng" is one amount, 1.5 tỷ đồng; so is "2 triệu 500 nghìn đồng/người"
    and, in words, "bảy nghìn không trăm chín mươi ba tỷ, tám trăm triệu đồng".
    Joined when a bare scale word is followed, across spaces or one comma, by a smaller-scale
    amount under 1,000 of its own scale."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        big = _scale_word(prev.unit, scales) if prev else None
        small = _scale_word(q.unit, scales)
        if (prev is not None and big and small and prev.unit.lower() == big and scales[small] < scales[big]
                and text[prev.end:q.start].strip(" \t") in ("", ",") and q.qualifier is None
                and prev.value_max is None and q.value_max is None and 0 < q.value < 1000):
            rest = q.unit[len(small):]
            out[-1] = Quantity(text[prev.start:q.end], prev.start, q.end,
                               prev.value + q.value * scales[small] / scales[big], None,
                               prev.unit + rest, prev.qualifier, prev.ambiguous or q.ambiguous,
                               q.kind if rest.strip() else prev.kind)
            continue
        out.append(q)
    return out
