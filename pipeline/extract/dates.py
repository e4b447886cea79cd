"""Date mentions: "ngày 01/11/2012", "ngày 18 tháng 6 năm 2013", "tháng 3/2022", "quý I/2023",
"năm 2012", periods "giai đoạn 2016-2020", and "Ngày 6/8" without a year.

``find_dates(text) -> list[DateMention]``. Values are ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``,
``YYYY-Qn`` or ``--MM-DD``; a range gives one mention per end sharing a ``range_id``;
an impossible date ("31/02/2020") is kept as written with ``valid=False``, never changed.
Years inside document numbers ("72/2020/NĐ-CP"), "covid 19", "khóa XI" are not dates.

Every date has a digit, so the finder is anchored on digit runs (a fast scan) and matches the
date pattern from there; the word before ("ngày", "tháng", "quý I", "năm") is read backwards.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import replace
from functools import lru_cache

from vanban.pipeline.model import DateMention
from vanban.pipeline.resources import load_json

_Y = r"(?:1[89]|20|21)\d\d"          # a plausible year
_S = r"[ \t]*\n?[ \t]*"               # spaces with at most one line break
_W = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"  # at least one space or a line break
# "tháng 6 năm 2013", "tháng 6/2013", "tháng 11năm 2025", "tháng 02.năm 2024"
_YEAR_SEP = rf"(?:(?:,?{_W}|(?<=\d)\.?)năm{_W}|{_S}[/.\-–]{_S})"
_TO = rf"{_S}(?P<{{}}>[-–—]|đến|tới|và|,){_S}"  # a range ("8-10/11", "đến") or a list ("11, 12/2013")
# A year followed by a dash and a code ("2015-QĐ/TW", "2019 - UBND") is a document number; a dash
# and a capitalised word ("năm 2026 - Tổng kinh phí", a heading run into its first item) is not.
_VI_LOWER = "a-zđăâêôơư" + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
# A word glued to a date by a PDF's lost space ("ngày 17 tháng 02 năm 2017của Chính phủ") ends it.
_END = rf"(?!(?!(?-i:[{_VI_LOWER}]{{2}}))[\w/]|[.,]\d|[ \t]?[-–][ \t]?(?-i:[A-ZĐ](?![{_VI_LOWER}])))"
_ROMAN_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_WORDS = load_json("dates.json")   # the word lists of this grammar (models/dates.json)


def _alt(words: list[str]) -> str:
    """Words as alternatives, a space inside one matching any run of spaces or one line break."""
    return "|".join(_W.join(map(re.escape, w.split())) for w in words)


# Alternatives all start at the first digit; the word before them is checked in Python.
_DATE_AT_DIGIT = re.compile(
    "(?:" + "|".join([
        # "08 đến ngày 09 tháng 11 năm 2025" (after "Từ ngày"), "8-10/11/2025"
        rf"(?P<dr>(?P<dr_d1>\d{{1,2}}){_TO.format('dr_to')}(?:ngày{_W})?(?P<dr_d2>\d{{1,2}})"
        rf"(?:{_W}tháng{_W}(?P<dr_m>\d{{1,2}}){_YEAR_SEP}|{_S}/{_S}(?P<dr_m2>\d{{1,2}}){_S}/{_S})(?P<dr_y>{_Y}){_END})",
        # "18 tháng 6 năm 2013" (after an optional "ngày"); "24 tháng11 năm 2025", the space lost
        rf"(?P<dw>(?P<dw_d>\d{{1,2}}){_W}tháng(?:{_W}|(?=\d))(?P<dw_m>\d{{1,2}}){_YEAR_SEP}(?P<dw_y>{_Y}){_END})",
        # "01/11/2012", "1-11-2012", "01.11.2012"
        rf"(?P<dn>(?P<dn_d>\d{{1,2}})[ \t]?(?P<sep>[/.\-–])[ \t]?(?P<dn_m>\d{{1,2}})[ \t]?(?P=sep)[ \t]?(?P<dn_y>{_Y}){_END})",
        # "6 đến tháng 9 năm 2022", "6-9/2022" (after "tháng")
        rf"(?P<mr>(?P<mr_m1>\d{{1,2}}){_TO.format('mr_to')}(?:tháng{_W})?(?P<mr_m2>\d{{1,2}}){_YEAR_SEP}(?P<mr_y>{_Y}){_END})",
        # "3/2022", "3 năm 2022" (after "tháng" or "quý")
        rf"(?P<mw>(?P<mw_m>\d{{1,2}}){_YEAR_SEP}(?P<mw_y>{_Y}){_END})",
        # "ngày 01/01 - 31/3": a period's two ends with no year (after "ngày")
        rf"(?P<xr>(?P<xr_d1>\d{{1,2}})[ \t]?/[ \t]?(?P<xr_m1>\d{{1,2}})[ \t]*[-–][ \t]*(?P<xr_d2>\d{{1,2}})[ \t]?/[ \t]?"
        rf"(?P<xr_m2>\d{{1,2}})(?![ \t]*[/.-][ \t]*\d)(?![\w/]|[.,]\d))",
        # "6/8", "6 tháng 8" with no year (after "ngày"); "25/12/năm N", a report form's year as a letter
        rf"(?P<x>(?P<x_d>\d{{1,2}})(?:[ \t]?/[ \t]?(?P<x_m>\d{{1,2}})|{_W}tháng{_W}(?P<x_m2>\d{{1,2}}))"
        rf"(?![ \t]*[/.-]?[ \t]*\d)(?!,?{_W}năm{_W}\d)(?![\w]|/(?![ \t]*năm[ \t]+\(?N(?!\w))|[.,]\d))",
        # "2026-04-14" (the time of a digital signature: "Ngày ký: 2026-04-14 17:02:10 +07:00")
        rf"(?P<iso>(?P<iso_y>{_Y})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?![\w/]|[.,-]\d))",
        # "tháng 10" with no year (after "tháng"), "tháng 4, 5, 6, 7": the year from the context
        rf"(?P<bm>(?P<bm_m>\d{{1,2}})(?![\w/]|[ \t]*[/.\-–][ \t]*\d|[.,]\d|,?{_W}năm{_W}\d))",
        # "2016-2020", "2021 - 2025", "2012 đến năm 2015"
        rf"(?P<yr>(?P<yr_1>{_Y}){_S}(?:[-–—]|đến|tới){_S}(?:năm{_W})?(?P<yr_2>{_Y}){_END})",
        # "2012" (after an optional "năm", "năm tài chính", "quý I năm")
        rf"(?P<yb>(?P<yb_y>{_Y}){_END})",
    ]) + ")",
    re.IGNORECASE,
)
_PRE_NAM = re.compile(rf"(?<!\w)năm(?:{_W}(?:{_alt(_WORDS['year_kinds'])}))?{_W}$", re.IGNORECASE)
# a month written as a word before "năm": "tháng Tám năm 1945"
_PRE_WORD_MONTH = re.compile(
    rf"(?<!\w)tháng{_W}(?P<mw>{_alt(sorted(_WORDS['month_words'], key=len, reverse=True))}){_W}năm{_W}$", re.IGNORECASE)
# the day before a month written as a word: "19 tháng Tám năm 1945", "ngày 2 tháng Chín năm 1945"
_DAY_BEFORE_WORD_MONTH = re.compile(rf"(?:(?<!\w)ngày{_W})?(?<![\d/.,])(?P<d>\d{{1,2}}){_W}$", re.IGNORECASE)
_PRE_QUARTER_ROMAN = re.compile(
    rf"(?<!\w)(?:{_alt(_WORDS['quarter_words'])}){_W}(?P<q>iv|i{{1,3}}|[1-4]){_YEAR_SEP}$", re.IGNORECASE)


def _word_before(text: str, pos: int, word: str, *, comma: bool = False) -> int | None:
    """Start of ``word`` ("ngày") if it stands right before ``pos`` (spaces, one line break,
    with ``comma`` also "ngày, "), else None."""
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i > 0 and text[i - 1] == "\n":
        i -= 1
        while i > 0 and text[i - 1] in " \t":
            i -= 1
    if comma and i > 0 and text[i - 1] == ",":
        i -= 1
        while i > 0 and text[i - 1] in " \t":
            i -= 1
    if i == pos and not comma:
        return None
    s = i - len(word)
    if s < 0 or text[s:i].lower() != word or (s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_")):
        return None
    return s


@lru_cache(maxsize=1)
def _unit_after_re() -> re.Pattern:
    """A counted noun right after a bare year makes it a quantity: "2000 hộ"."""
    from vanban.pipeline.extract.numbers import units_data
    d = units_data()
    words = {w for ws in d["measures"].values() for w in ws} | set(d["counted"]) | set(d["compounds"])
    words -= set(load_json("dates.json")["time_words"])   # time is no counted noun
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"[ \t]*(?:{alt})(?!\w)")


def _day_value(y: int, m: int, d: int) -> tuple[str, bool]:
    valid = 1 <= m <= 12 and 1 <= d <= (calendar.monthrange(y, m)[1] if 1 <= m <= 12 else 31)
    return f"{y:04d}-{m:02d}-{d:02d}", valid


def find_dates(text: str) -> list[DateMention]:
    """Every date mention in ``text``, in order, with character spans.

    >>> [(d.text, d.value) for d in find_dates("Nghị quyết số 20-NQ/TW, ngày 01/11/2012 ...")]
    [('01/11/2012', '2012-11-01')]
    >>> [(d.value, d.range_id) for d in find_dates("giai đoạn 2016-2020")]
    [('2016', 1), ('2020', 1)]
    """
    from vanban.pipeline.extract.patterns import nfc_view, remap
    view = nfc_view(text)
    if view is not None:  # raw, decomposed text: find on its NFC form, spans into the raw text
        return remap(_find_dates(view[0]), text, view[1])
    return list(_find_dates(text))


# a day and month left blank before a year: "ngày / /2025", "ngày……./…../2025"
_BLANK_DAY = re.compile(r"(?<!\w)ngày[ \t.…_]*/[ \t.…_]*/$", re.IGNORECASE)
_BLANK_YEAR = re.compile(rf"({_Y}){_END}")
_GLUED_NAM = re.compile(r"(?<!\w)năm$", re.IGNORECASE)
# a gazette's page header whose date runs into a stray digit or two ("CÔNG BÁO/Số 679 + 680/Ngày 24-4-20233"):
# the date is its first four digits of the year (realworld60 773, on every other page)
_GAZETTE_DAY_BEFORE = re.compile(r"CÔNG BÁO[ \t]*/[ \t]*Số[^\n]{0,40}/[ \t]*Ngày[ \t]*$", re.IGNORECASE)
_GAZETTE_GLUED_DATE = re.compile(r"(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)(?=\d{1,2}[ \t]*(?:\n|$))")


# two years glued in a table's header row after another year ("Thuế suất (%)" / "2022 2023 2024 2025 20262027",
# a tariff decree's gazette text, realworld71 808): the columns of two consecutive years
_GLUED_YEARS = re.compile(r"((?:19|20)\d\d)((?:19|20)\d\d)(?=[ \t|]*(?:\n|$))")
_GLUED_RANGE_START = re.compile(r"(?<!\d)\d{1,2}/\d{1,2}/(?:19|20)\d\d[-–]\Z")   # "01/01/2026-31/12/2026" (realworld73 813)
_YEAR_CELL_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d[ \t|]+$")


@lru_cache(maxsize=4)  # citations, dates and quantities all read the same text's dates
def _find_dates(text: str) -> tuple[DateMention, ...]:
    out: list[DateMention] = []
    ids = [0]
    last_end = 0
    unit_after = _unit_after_re()
    from vanban.pipeline.extract.numbers import digit_run_starts
    for p in digit_run_starts(text):
        if p < last_end:
            continue
        if p > 0 and (text[p - 1] in "/.,-–" or text[p - 1].isalpha() or text[p - 1] == "_"):
            if (blank := _BLANK_DAY.search(text, max(0, p - 40), p)) and (y := _BLANK_YEAR.match(text, p)):
                # "ngày / /2025", "ngày……./…../2025": a date left blank to be filled in, its year given
                out.append(DateMention(text[blank.start():y.end()], blank.start(), y.end(), y.group(1), "year"))
                last_end = y.end()
                continue
            if (glued := _GLUED_NAM.search(text, max(0, p - 3), p)) and (y := _BLANK_YEAR.match(text, p)):
                # "Từ năm1966 - 1973": the space after "năm" lost
                out.append(DateMention(text[glued.start():y.end()], glued.start(), y.end(), y.group(1), "year"))
                last_end = y.end()
                continue
            # "quý I/2023": the one slash a date may follow; "01/01/2026-31/12/2026": a full date's hyphen
            if not (text[p - 1] in "/-–." and p > 1 and text[p - 2] in "IViv"
                    and _PRE_QUARTER_ROMAN.search(text, max(0, p - 24), p)) \
                    and not _GLUED_RANGE_START.search(text, max(0, p - 12), p):
                continue
        if (g := _GAZETTE_GLUED_DATE.match(text, p)) and _GAZETTE_DAY_BEFORE.search(text, max(0, p - 60), p):
            value, ok = _day_value(int(g.group(3)), int(g.group(2)), int(g.group(1)))
            out.append(DateMention(g.group(), p, g.end(), value, "day", ok))
            last_end = g.end()
            continue
        if (g := _GLUED_YEARS.match(text, p)) and int(g.group(2)) == int(g.group(1)) + 1 \
                and _YEAR_CELL_BEFORE.search(text, max(0, p - 12), p):
            # "2022 2023 2024 2025 20262027": a table's row of years whose last two the text layer glued
            out += [DateMention(g.group(1), p, p + 4, g.group(1), "year"),
                    DateMention(g.group(2), p + 4, g.end(), g.group(2), "year")]
            last_end = g.end()
            continue
        if (english := _english_date(text, p)) is not None:
            out.append(english)   # "November 16, 2020", "26th Nov 2019": a bilingual form's English text
            last_end = english.end
            continue
        m = _DATE_AT_DIGIT.match(text, p)
        if m is None:
            continue
        found = _read(text, m, ids, unit_after)
        if found:
            out.extend(found)
            last_end = max(m.end(), found[-1].end)   # a list of months runs past the match
    out = _date_bare_months(text, out)
    _link_ranges(text, out, ids)
    return tuple(out)


_EN_MONTH = "|".join(sorted(_WORDS["english_months"], key=len, reverse=True))
_EN_MONTH_BEFORE = re.compile(rf"(?<![^\W\d_])(?P<month>{_EN_MONTH})\.?[ \t]+$", re.IGNORECASE)
_EN_DAY_YEAR = re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(?P<y>(?:19|20)\d\d)(?!\d)")
_EN_DAY_MONTH_YEAR = re.compile(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<month>{_EN_MONTH})\.?,?[ \t]+"
                                r"(?P<y>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def _english_date(text: str, p: int) -> DateMention | None:
    """A date written in English at the digits at ``p`` (``english_months``): "November 16, 2020" (its month
    before them) or "26th Nov 2019"; None for any other."""
    months = _WORDS["english_months"]   # written with a capital, as English writes them ("dệt may 2020" is none)
    if (m := _EN_DAY_MONTH_YEAR.match(text, p)) is not None and m.group("month")[0].isupper():
        start, month = p, months[m.group("month").lower()]
    elif (m := _EN_DAY_YEAR.match(text, p)) is not None \
            and (before := _EN_MONTH_BEFORE.search(text, max(0, p - 14), p)) is not None \
            and before.group("month")[0].isupper():
        start, month = before.start(), months[before.group("month").lower()]
    else:
        return None
    value, ok = _day_value(int(m.group("y")), month, int(m.group("d")))
    return DateMention(text[start:m.end()], start, m.end(), value, "day", ok)


def _read(text: str, m: re.Match, ids: list[int], unit_after: re.Pattern) -> list[DateMention]:
    """The mentions one match of ``_DATE_AT_DIGIT`` makes, by the alternative that matched."""
    g = m.groupdict()
    if g["dr"]:
        return _day_range(text, m, ids)
    if g["dw"] or g["dn"]:
        return _day(text, m)
    if g["mr"]:
        return _month_range(text, m, ids)
    if g["mw"]:
        return _month(text, m)
    if g["xr"]:
        return _monthday_range(text, m, ids)
    if g["x"]:
        return _monthday(text, m)
    if g["iso"]:
        y, mo, d = int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"])
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return []
        v, ok = _day_value(y, mo, d)
        return [DateMention(m.group(), m.start(), m.end(), v, "day", ok)]
    if g["bm"]:
        return _bare_months(text, m.start(), m.end(), int(g["bm_m"]), unit_after)
    if g["yr"]:
        return _year_range(text, m, ids)
    return _year(text, m, unit_after)


def _day_range(text: str, m: re.Match, ids: list[int]) -> list[DateMention]:
    """"08 đến ngày 09 tháng 11 năm 2025", "8-10/11/2025", and the list "ngày 5, 6/8/2024"."""
    g, p, e = m.groupdict(), m.start(), m.end()
    y, mo = int(g["dr_y"]), int(g["dr_m"] or g["dr_m2"])
    d1, d2 = int(g["dr_d1"]), int(g["dr_d2"])
    if not (1 <= mo <= 12 and 1 <= d1 <= 31 and 1 <= d2 <= 31):
        return []
    s1 = _word_before(text, p, "ngày")
    listed = g["dr_to"] in (",", "và")
    if listed and s1 is None:
        return []  # "khoản 3, 15/6/2013" is not two days; "ngày 5, 6/8/2024" is
    s1 = p if s1 is None else s1
    rid = None if listed else ids[0] + 1
    ids[0] += 0 if listed else 1
    e1 = m.end("dr_d1")
    s2 = m.start("dr_d2")
    k = text[e1:s2].lower().rfind("ngày")
    if k >= 0:
        s2 = e1 + k
    v1, ok1 = _day_value(y, mo, d1)
    v2, ok2 = _day_value(y, mo, d2)
    return [DateMention(text[s1:e1], s1, e1, v1, "day", ok1, rid),
            DateMention(text[s2:e], s2, e, v2, "day", ok2, rid)]


def _day(text: str, m: re.Match) -> list[DateMention]:
    """"18 tháng 6 năm 2013" (from "ngày" where it stands before), "01/11/2012", "1-11-2012"."""
    g, p, e = m.groupdict(), m.start(), m.end()
    k = "dw" if g["dw"] else "dn"
    y, mo, d = int(g[k + "_y"]), int(g[k + "_m"]), int(g[k + "_d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return []
    if k == "dn" and g["sep"] == "." and not (len(g["dn_d"]) == 2 and len(g["dn_m"]) == 2) \
            and _word_before(text, p, "ngày") is None:
        return []  # "1.10.2012" could be a section number; "ngày 1.10.2012" is a date
    s = p
    if k == "dw":
        s = _word_before(text, p, "ngày")
        s = p if s is None else s
    v, ok = _day_value(y, mo, d)
    return [DateMention(text[s:e], s, e, v, "day", ok)]


def _month_range(text: str, m: re.Match, ids: list[int]) -> list[DateMention]:
    """"tháng 6 đến tháng 9 năm 2022", "tháng 6-9/2022"; "Tháng 11, 12/2013" is a list."""
    g, p, e = m.groupdict(), m.start(), m.end()
    s = _word_before(text, p, "tháng")
    y, m1, m2 = int(g["mr_y"]), int(g["mr_m1"]), int(g["mr_m2"])
    if s is None or not (1 <= m1 <= 12 and 1 <= m2 <= 12):
        return []
    rid = None if g["mr_to"] in (",", "và") else ids[0] + 1
    ids[0] = rid or ids[0]
    e1 = m.end("mr_m1")
    s2 = m.start("mr_m2")
    k = text[e1:s2].lower().rfind("tháng")
    if k >= 0:
        s2 = e1 + k
    return [DateMention(text[s:e1], s, e1, f"{y:04d}-{m1:02d}", "month", True, rid),
            DateMention(text[s2:e], s2, e, f"{y:04d}-{m2:02d}", "month", True, rid)]


def _month(text: str, m: re.Match) -> list[DateMention]:
    """"tháng 3/2022", "tháng 3 năm 2022"; "quý I/2023" after "quý"."""
    g, p, e = m.groupdict(), m.start(), m.end()
    mo, y = int(g["mw_m"]), int(g["mw_y"])
    s = _word_before(text, p, "tháng")
    if s is not None and 1 <= mo <= 12:
        return [DateMention(text[s:e], s, e, f"{y:04d}-{mo:02d}", "month")]
    s = next((w for w in (_word_before(text, p, q) for q in _WORDS["quarter_words"]) if w is not None), None)
    if s is not None and 1 <= mo <= 4:
        return [DateMention(text[s:e], s, e, f"{y:04d}-Q{mo}", "quarter")]
    return []


_REPORT_YEAR_AFTER = re.compile(r"[ \t]+năm[ \t]+(?:sau|trước|báo[ \t]+cáo|kế[ \t]+hoạch|tiếp[ \t]+theo)(?!\w)",
                                re.IGNORECASE)   # a day of a year named by its place: "31/12 năm báo cáo"
_EVERY_YEAR_AFTER = re.compile(r"[ \t]+(?:hằng|hàng)[ \t]+năm(?!\w)", re.IGNORECASE)
# a report form's year written as a letter: "Sơ bộ: 20/6 năm N", "Chính thức: 31/3 năm sau (N+1)" (realworld81 836)
_PLACEHOLDER_YEAR_AFTER = re.compile(r"(?:[ \t]+|/[ \t]*)năm(?:[ \t]+sau)?\s*\(?N(?:[ \t]*[+-][ \t]*\d)?\)?(?!\w)")


# a period's two ends with no year after "từ": "(Từ 01/1 đến 31/12)", "từ 01/10 đến 30/9" (a report form's period)
_YEARLESS_RANGE = re.compile(r"(?<!\w)từ[ \t]+(?:ngày[ \t]+)?\d{1,2}[ \t]*/[ \t]*\d{1,2}[ \t]+(?:đến|tới)[ \t]+(?:hết[ \t]+)?"
                             r"(?:ngày[ \t]+)?\d{1,2}[ \t]*/[ \t]*\d{1,2}(?![ \t]*/[ \t]*\d|[\w/]|[.,]\d)", re.IGNORECASE)


def _in_yearless_range(text: str, p: int) -> bool:
    """Whether the day and month at ``p`` are one end of a period with no year ("Từ 01/1 đến 31/12")."""
    return any(m.start() <= p < m.end() for m in _YEARLESS_RANGE.finditer(text, max(0, p - 30), min(len(text), p + 40)))


def _monthday_range(text: str, m: re.Match, ids: list[int]) -> list[DateMention]:
    """"Số liệu thực hiện từ ngày 01/01 - 31/3 năm báo cáo": a period's two ends with no year, one mention
    each ("--01-01", "--03-31"; realworld69 801); none without "ngày" before it."""
    g, p, e = m.groupdict(), m.start(), m.end()
    s = _word_before(text, p, "ngày")
    d1, m1, d2, m2 = (int(g[k]) for k in ("xr_d1", "xr_m1", "xr_d2", "xr_m2"))
    if s is None or not (1 <= m1 <= 12 and 1 <= m2 <= 12 and 1 <= d1 <= 31 and 1 <= d2 <= 31):
        return []
    ids[0] += 1
    ok1, ok2 = (d <= calendar.monthrange(2000, mo)[1] for d, mo in ((d1, m1), (d2, m2)))
    return [DateMention(text[s:m.end("xr_m1")], s, m.end("xr_m1"), f"--{m1:02d}-{d1:02d}", "monthday", ok1, ids[0]),
            DateMention(text[m.start("xr_d2"):e], m.start("xr_d2"), e, f"--{m2:02d}-{d2:02d}", "monthday", ok2, ids[0])]


def _monthday(text: str, m: re.Match) -> list[DateMention]:
    """"ngày 6/8", "ngày 15 tháng 11" with no year ("--MM-DD"); news style "Sáng 21/3"; the start
    of a range whose end has a year ("từ 01/3 đến hết ngày 10/3/2010": see ``_link_ranges``)."""
    g, p, e = m.groupdict(), m.start(), m.end()
    s = _word_before(text, p, "ngày")
    for w in ("sáng", "chiều", "tối", "trưa", "đêm"):  # news style: "Sáng 21/3, ..."
        if s is None and g["x_m"]:
            s = _word_before(text, p, w)
    if s is None and g["x_m"] and _RANGE_TO_DAY.match(text, e):
        s = p if _word_before(text, p, "từ") is not None else None   # "từ 01/3 đến hết ngày 10/3/2010"
    if s is None and g["x_m"] and _EVERY_YEAR_AFTER.match(text, e) and _word_before(text, p, "trước") is not None:
        s = p   # "gửi trước 30/9 hằng năm": a yearly deadline's day (realworld68 799)
    if s is None and g["x_m"] and _in_yearless_range(text, p):
        s = p   # "(Từ 01/1 đến 31/12)": a report's period, its two ends with no year (realworld82 839)
    if s is None and g["x_m"] and ((_REPORT_YEAR_AFTER.match(text, e) and len(g["x_d"]) == 2)
                                   or _PLACEHOLDER_YEAR_AFTER.match(text, e) or _word_before(text, p, "ngày:") is not None):
        s = p   # "Chính thức ngày 31/12 năm báo cáo", "(31/01 năm sau ...)", "Sơ bộ ngày: 20/12" (realworld72 809)
    d, mo = int(g["x_d"]), int(g["x_m"] or g["x_m2"])
    if s is None or not (1 <= mo <= 12 and 1 <= d <= 31):
        return []
    ok = d <= calendar.monthrange(2000, mo)[1]  # a leap year: 29/2 may be right
    return [DateMention(text[s:e], s, e, f"--{mo:02d}-{d:02d}", "monthday", ok)]


def _year_range(text: str, m: re.Match, ids: list[int]) -> list[DateMention]:
    """"2016-2020", "2021 - 2025", "năm 2012 đến năm 2015": one mention per end."""
    g, p, e = m.groupdict(), m.start(), m.end()
    ids[0] += 1
    pm = _PRE_NAM.search(text, max(0, p - 24), p)
    s1 = pm.start() if pm else p
    e1 = m.end("yr_1")
    s2 = m.start("yr_2")
    k = text[e1:s2].lower().rfind("năm")
    if k >= 0:
        s2 = e1 + k
    return [DateMention(text[s1:e1], s1, e1, g["yr_1"], "year", True, ids[0]),
            DateMention(text[s2:e], s2, e, g["yr_2"], "year", True, ids[0])]


# a range or size sign beside a bare four-digit figure: a measure's figure, no year (realworld73 812)
_MEASURE_SIGN_BEFORE = re.compile(r"[÷×][ \t]?\Z|(?<![^\W\d_])x[ \t]?\Z")
_MEASURE_SIGN_AFTER = re.compile(r"[ \t]?(?:÷|×|x(?![^\W\d_]))")


def _year(text: str, m: re.Match, unit_after: re.Pattern) -> list[DateMention]:
    """A year: "năm 2012", "quý I năm 2026", or bare "2025" (not "2000 hộ", not "số 2025")."""
    p, e = m.start(), m.end()
    y = m.group("yb_y")
    qm = _PRE_QUARTER_ROMAN.search(text, max(0, p - 24), p)
    if qm:
        return [DateMention(text[qm.start():e], qm.start(), e, f"{y}-Q{_ROMAN_Q[qm.group('q').lower()]}",
                            "quarter")]
    wm = _PRE_WORD_MONTH.search(text, max(0, p - 30), p)
    if wm:   # "tháng Tám năm 1945"
        month = _WORDS["month_words"][" ".join(wm.group("mw").lower().split())]
        dm = _DAY_BEFORE_WORD_MONTH.search(text, max(0, wm.start() - 12), wm.start())
        if dm and 1 <= int(dm.group("d")) <= 31:   # "19 tháng Tám năm 1945": the day before it
            return [DateMention(text[dm.start():e], dm.start(), e, f"{y}-{month:02d}-{int(dm.group('d')):02d}", "day")]
        return [DateMention(text[wm.start():e], wm.start(), e, f"{y}-{month:02d}", "month")]
    pm = _PRE_NAM.search(text, max(0, p - 24), p)
    if pm:
        return [DateMention(text[pm.start():e], pm.start(), e, y, "year")]
    if not y.startswith(("19", "20")) or unit_after.match(text, e):
        return []
    before = text[max(0, p - 4):p].lower()
    if before.endswith(("số ", "số:", "+ ")) or re.search(r"[\w)]:$|\d:[ \t]$", before):
        return []   # "số 2025"; the year of a standard's code, "TCVN 6296:2013", "ISO 9001:2015", "TCVN 7312: 2003"
    if _MEASURE_SIGN_BEFORE.search(text, max(0, p - 3), p) or _MEASURE_SIGN_AFTER.match(text, e):
        return []   # "(500 ÷ 2000) mm", "(1500 x 2000) mm": a range's or a size's figure
    if _counted_cell(text, p, e):
        return []   # "Tp Đà Nẵng | **2388** | 1970 | 418 | 2388 | 100%": a count in a statistics row
    if (cell := _month_cell_before(text, p)) is not None:
        return [DateMention(text[cell[0]:e], cell[0], e, f"{y}-{cell[1]:02d}", "month")]
    return [DateMention(text[p:e], p, e, y, "year")]


# a table whose dates are written in a month column and a year column ("Tháng  Năm", one cell a line:
# "3 \n1969"), as a retirement-age annex by month and year of birth
_MONTH_CELL = re.compile(r"(?:^|\n)[ \t|*]*(\d{1,2})[ \t|*]*\n[ \t|*]*$")
_MONTH_YEAR_HEAD = re.compile(r"(?:^|\n)[ \t|*]*Tháng[ \t|*]*(?:\n[ \t|*]*)?Năm[ \t|*]*(?=\n|$)")
_MONTH_TABLE_REACH = 8000


def _month_cell_before(text: str, p: int) -> tuple[int, int] | None:
    """The month cell right above a bare year in a table headed "Tháng | Năm": its start and month."""
    m = _MONTH_CELL.search(text, max(0, p - 12), p)
    if m is None or not 1 <= int(m.group(1)) <= 12 \
            or not _MONTH_YEAR_HEAD.search(text, max(0, p - _MONTH_TABLE_REACH), p):
        return None
    return m.start(1), int(m.group(1))


_ROW_MAX_CELLS = 24
_ROW_REACH = 1000
_CELL_MARKS = " \t*_"


def _row_cells(text: str, p: int, e: int) -> tuple[list[str], int] | None:
    """The cells of the table row whose one cell is ``text[p:e]`` alone, and that cell's index; None
    where the number is no whole cell. A row is one line of "|"-separated cells, or (a page converted
    from HTML, one cell per line) the row's label line and the lines of figures under it ("1. Tp Đà
    Nẵng" / "2388" / "1970" / "418" / "100%"), lines of "|" between them aside."""
    ls = text.rfind("\n", 0, p) + 1
    le = text.find("\n", e)
    le = len(text) if le < 0 else le
    line = text[ls:le]
    if "|" in line:
        ls, le = max(ls, p - _ROW_REACH), min(le, e + _ROW_REACH)   # a row of any length costs the same
        line = text[ls:le]
        cells = [c.strip(_CELL_MARKS) for c in line.split("|")]
        mine = len(line[:p - ls].split("|")) - 1
        return (cells, mine) if cells[mine] == text[p:e] else None
    if line.strip(_CELL_MARKS) != text[p:e]:
        return None
    lines = [x.strip(_CELL_MARKS) for x in text[max(0, ls - 600):min(len(text), le + 600)].split("\n")]
    at = len(text[max(0, ls - 600):ls].split("\n")) - 1

    def run(step: int) -> tuple[list[str], str | None]:
        """Figures from the line after ``at`` on, up to the first line with words (returned too)."""
        got, k = [], at + step
        while 0 <= k < len(lines) and len(got) < _ROW_MAX_CELLS:
            cell = lines[k]
            if re.search(r"[^\W\d_]", cell):
                return got, cell
            if cell == "|" and 0 <= k + step < len(lines) and lines[k + step] == "|":
                return got, None   # two lines of "|": the row ends with no name
            if cell not in ("", "|"):
                got.append(cell)
            k += step
        return got, None

    before, label = run(-1)
    after, _ = run(1)
    if label is None:
        return None
    return [label] + before[::-1] + [text[p:e]] + after, len(before) + 1


def _counted_cell(text: str, p: int, e: int) -> bool:
    """A bare four-digit number that is a whole cell of a statistics row: a name's cell stands before it
    and the row gives a share ("Tp Đà Nẵng | **2388** | 1970 | 418 | 2388 | 100%": procedures counted per
    province, realworld32 592). A row of years under a label ("Chỉ tiêu | 2020 | 2021"), a plan's
    years beside its figures ("500 | 2025-2030") and a table of years keep them."""
    row = _row_cells(text, p, e)
    if row is None:
        return False
    cells, mine = row
    named = any(re.search(r"[^\W\d_]{2,}", c) for c in cells[:mine])
    return named and any(re.fullmatch(r"\d+(?:[.,]\d+)?[ \t]*%", c) for c in cells)


# What makes "tháng 12" no dated month: a yearly recurrence ("tháng 12 hằng năm"), a month of
# another calendar or of a relative year ("tháng 12 năm trước", "tháng 8 âm lịch"), a month relative
# to another time ("tháng 9 hoặc tháng 12 gần nhất").
_NOT_A_DATED_MONTH = re.compile(
    rf"[ \t]*(?:\(?[ \t]*(?:{_alt(_WORDS['calendars'])})[ \t]+lịch|(?:{_alt(_WORDS['recurrence_before_year'])})[ \t]+năm\b"
    rf"|năm[ \t]+(?:{_alt(_WORDS['relative_year_after'])})\b|(?:{_alt(_WORDS['relative_month_after'])})\b)", re.IGNORECASE)
_DURATION_AFTER = re.compile(rf"[ \t]+(?:tháng|năm|ngày|tuần|{_alt(_WORDS['quarter_words'])})\b", re.IGNORECASE)
_EVERY_MONTH_BEFORE = re.compile(rf"(?:{_alt(_WORDS['every_month_before'])}|/)[ \t]*$", re.IGNORECASE)
_EVENT_MONTH_BEFORE = re.compile(rf"(?<!\w)(?:{_alt(_WORDS['event_month_before'])})\s*$", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"(?<![\d/.,])(\d{1,2})[ \t]+$")
_MONTH_RANGE_END = re.compile(r"[ \t]*(?:đến|tới|-|–)[ \t]*(?:tháng[ \t]+)?\d{1,2}(?!\d)", re.IGNORECASE)
_MONTH_LIST_NEXT = re.compile(
    r"[ \t]*(?:,|và|hoặc)[ \t]*(?P<word>tháng[ \t]+)?(\d{1,2})(?![\w/]|[ \t]*[/.\-–][ \t]*\d|[.,]\d)", re.IGNORECASE)
UNDATED = "????"   # the year of a bare month until the context gives it (``_date_bare_months``)


def _bare_months(text: str, p: int, e: int, month: int, unit_after: re.Pattern) -> list[DateMention]:
    """"tháng 10", "(tháng 4, 5, 6, 7)": months with no year, the year left for the context
    to give (``_date_bare_months``); none after a count ("tháng 2 lần"), none that recurs."""
    s = _word_before(text, p, "tháng")
    if s is None or not 1 <= month <= 12 or unit_after.match(text, e) or _DURATION_AFTER.match(text, e) \
            or "\n" in text[s:p] or _EVERY_MONTH_BEFORE.search(text, max(0, s - 12), s) \
            or _EVENT_MONTH_BEFORE.search(text, max(0, s - 20), s):
        return []   # "08 tháng", "lần/tháng\n08 tháng", "hằng tháng\n1. ...", "các tháng 3, 6, 9", "Cách mạng Tháng 8"
    day = _DAY_BEFORE.search(text, max(0, s - 4), s)
    if day and 1 <= int(day.group(1)) <= 31:   # "ngày Thương binh liệt sĩ 27 tháng 7": a day each year
        ok = int(day.group(1)) <= calendar.monthrange(2000, month)[1]
        return [DateMention(text[day.start(1):e], day.start(1), e, f"--{month:02d}-{int(day.group(1)):02d}",
                            "monthday", ok)]
    out = [DateMention(text[s:e], s, e, f"{UNDATED}-{month:02d}", "month")]
    pos = e
    while len(out) < 12:
        m = _MONTH_LIST_NEXT.match(text, pos)
        if m is None or not 1 <= int(m.group(2)) <= 12 or int(m.group(2)) == month or unit_after.match(text, m.end()):
            break
        month = int(m.group(2))
        a = m.start("word") if m.group("word") else m.start(2)
        out.append(DateMention(text[a:m.end(2)], a, m.end(2), f"{UNDATED}-{month:02d}", "month"))
        pos = m.end()
    # "tháng 01 và tháng 6 hàng năm", "từ tháng 3 đến tháng 11 hằng năm": the recurrence after
    # the list or the range holds for all of it
    to = _MONTH_RANGE_END.match(text, pos)
    return [] if _NOT_A_DATED_MONTH.match(text, to.end() if to else pos) else out


# A date that belongs to a cited document ("Nghị định số 15/2020/NĐ-CP ngày 03/02/2020", "Căn
# cứ Luật ... ngày 19 tháng 6 năm 2015"): not the time the text speaks of.
_CITED_BEFORE = re.compile(
    r"(?:\d{1,5}(?:/\d{4})?[/\-–][ \t]?[A-ZĐ][\w/\-–&.]*(?:[^\n.;]{0,50}?(?:ngày|Ngày))?[ \t\n,]*$)"
    r"|(?:^|\n)[ \t*_\-]*Căn cứ[^\n]*$")
# A year the text compares with ("tăng 9,9% so với cùng kỳ năm 2025"): not the time it speaks of.
_COMPARED_BEFORE = re.compile(r"(?:so\s+với|cùng\s+kỳ)[^\n.;]{0,25}$", re.IGNORECASE)


def _date_bare_months(text: str, out: list[DateMention]) -> list[DateMention]:
    """Give each month written without a year the year the text speaks of there: that of the
    nearest dated mention before it in its paragraph, else just after it in its sentence, else
    before it anywhere; dates of cited documents and years compared with ("so với cùng kỳ năm
    2025") do not count. A month no year can be given to is dropped."""
    if not any(d.value.startswith(UNDATED) for d in out):
        return out
    years = [(d.start, d.value[:4]) for d in out
             if d.value[:4].isdigit() and not (d.precision == "year" and d.range_id is not None)   # "2021 - 2030"
             and not _CITED_BEFORE.search(text, max(0, d.start - 110), d.start)
             and not _COMPARED_BEFORE.search(text, max(0, d.start - 40), d.start)]
    starts = [a for a, _ in years]
    from bisect import bisect_left
    kept = []
    for d in out:
        if not d.value.startswith(UNDATED):
            kept.append(d)
            continue
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        line_end = len(text) if line_end < 0 else line_end
        i = bisect_left(starts, d.start)
        year = None
        if i > 0 and starts[i - 1] >= line_start:
            year = years[i - 1][1]
        elif i < len(years) and starts[i] < min(line_end, d.end + 60) and not re.search(r"[.;!?]\s", text[d.end:starts[i]]):
            year = years[i][1]   # "tháng 02 và kế hoạch công tác tháng 03 năm 2010"
        elif i > 0:
            year = years[i - 1][1]
        if year:
            kept.append(replace(d, value=year + d.value[len(UNDATED):]))
    return kept


_RANGE_GAP = re.compile(r"\s*(?:-|–|đến|tới|đến hết)\s*$", re.IGNORECASE)
_RANGE_TO_DAY = re.compile(r"[ \t]*(?:-|–|đến|tới)[ \t]+(?:hết[ \t]+)?(?:ngày[ \t]+)?\d{1,2}[ \t]*/[ \t]*\d{1,2}[ \t]*/[ \t]*\d{4}",
                           re.IGNORECASE)


def _link_ranges(text: str, out: list[DateMention], ids: list[int]) -> None:
    """"từ ngày 01/01/2020 đến ngày 31/12/2020": give both ends one ``range_id``."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.range_id is not None or b.range_id is not None or a.precision != b.precision:
            continue
        gap = text[a.end:b.start]
        if len(gap) > 14:
            continue
        gap = re.sub(r"(?i)\b(ngày|tháng|năm)\s*$", "", gap)
        if not _RANGE_GAP.match(gap):
            continue
        if not text[max(0, a.start - 12):a.start].lower().rstrip().endswith(("từ", "từ ngày", "từ tháng", "từ năm")):
            continue
        ids[0] += 1
        out[i] = replace(a, range_id=ids[0])
        out[i + 1] = replace(b, range_id=ids[0])
    for i in range(len(out) - 1):   # "từ 01/3 đến hết ngày 10/3/2010": the start takes the end's year
        a, b = out[i], out[i + 1]
        if a.precision == "monthday" and b.precision == "day" and b.value[:4].isdigit() \
                and _RANGE_GAP.match(re.sub(r"(?i)\b(?:hết\s+)?ngày\s*$", "", text[a.end:b.start])) \
                and len(text[a.end:b.start]) <= 20:
            y, mo, d = int(b.value[:4]), int(a.value[2:4]), int(a.value[5:7])
            v, ok = _day_value(y, mo, d)
            if a.range_id is None:
                ids[0] += 1
                out[i + 1] = replace(b, range_id=ids[0])
            out[i] = replace(a, value=v, precision="day", valid=ok, range_id=out[i + 1].range_id)
