"""Date mentions: "ngày 01/11/2012", "ngày 18 tháng 6 năm 2013", "tháng 3/2022", "quý I/2023",
"năm 2012", periods "giai đoạn 2016-2020", and "Ngày 6/8" without a year.

``find_dates(text) -> list[DateMention]``. Values are ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``,
``YYYY-Qn`` or ``--MM-DD``; a range gives one mention per end sharing a ``range_id``;
an impossible date ("31/02/2020") is kept as written with ``valid=False``, never changed.
Years inside document numbers ("72/2020/NĐ-CP"), "covid 19", "khóa XI" are not dates.
"""
from __future__ import annotations

import calendar
import re
from functools import lru_cache

from pipeline.model import DateMention

_Y = r"(?:1[89]|20|21)\d\d"          # a plausible year
_BY = r"(?:1[89]|20)\d\d"            # a bare year, no "năm" before it
_S = r"[ \t]*\n?[ \t]*"               # spaces with at most one line break
_W = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"  # at least one space or a line break
_YEAR_SEP = rf"(?:,?{_W}năm{_W}|{_S}[/.-]{_S})"  # "tháng 6 năm 2013", "tháng 6/2013"
_TO = rf"{_S}(?:-|đến|tới|và){_S}"
_ROMAN_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _build() -> re.Pattern:
    alts = [
        # "Từ ngày 08 đến ngày 09 tháng 11 năm 2025", "ngày 8-10/11/2025"
        rf"(?P<dr>ngày{_W}(?P<dr_d1>\d{{1,2}}){_TO}(?:ngày{_W})?(?P<dr_d2>\d{{1,2}})"
        rf"(?:{_W}tháng{_W}(?P<dr_m>\d{{1,2}}){_YEAR_SEP}|{_S}/{_S}(?P<dr_m2>\d{{1,2}}){_S}/{_S})(?P<dr_y>{_Y}))",
        # "ngày 18 tháng 6 năm 2013", "18 tháng 6 năm 2013"
        rf"(?P<dw>(?:ngày{_W})?(?P<dw_d>\d{{1,2}}){_W}tháng{_W}(?P<dw_m>\d{{1,2}}){_YEAR_SEP}(?P<dw_y>{_Y}))",
        # "01/11/2012", "1-11-2012", "01.11.2012"
        rf"(?P<dn>(?P<dn_d>\d{{1,2}})[ \t]?(?P<sep>[/.-])[ \t]?(?P<dn_m>\d{{1,2}})[ \t]?(?P=sep)[ \t]?(?P<dn_y>{_Y}))",
        # "từ tháng 6 đến tháng 9 năm 2022", "tháng 6-9/2022"
        rf"(?P<mr>tháng{_W}(?P<mr_m1>\d{{1,2}}){_TO}(?:tháng{_W})?(?P<mr_m2>\d{{1,2}}){_YEAR_SEP}(?P<mr_y>{_Y}))",
        # "tháng 3/2022", "tháng 3 năm 2022", "tháng\n12 năm 2025"
        rf"(?P<mw>tháng{_W}(?P<mw_m>\d{{1,2}}){_YEAR_SEP}(?P<mw_y>{_Y}))",
        # "quý I/2023", "Quý I năm 2026", "quý 4-2024"
        rf"(?P<q>quý{_W}(?P<q_q>iv|i{{1,3}}|[1-4]){_YEAR_SEP}(?P<q_y>{_Y}))",
        # "Ngày 6/8", "ngày 6 tháng 8" (no year follows)
        rf"(?P<x>ngày{_W}(?P<x_d>\d{{1,2}})(?:[ \t]?/[ \t]?(?P<x_m>\d{{1,2}})|{_W}tháng{_W}(?P<x_m2>\d{{1,2}}))"
        rf"(?![ \t]*[/.-]?[ \t]*\d)(?!,?{_W}năm{_W}\d))",
        # "giai đoạn 2016-2020", "2021 - 2025", "từ năm 2012 đến năm 2015"
        rf"(?P<yr>(?:năm{_W})?(?P<yr_1>{_Y}){_S}(?:-|đến|tới){_S}(?:năm{_W})?(?P<yr_2>{_Y}))",
        # "năm 2012", "năm tài chính 2022", "NĂM 2025"
        rf"(?P<yn>năm{_W}(?:tài{_W}chính{_W}|học{_W}|kế{_W}hoạch{_W})?(?P<yn_y>{_Y}))",
        # a bare year: "nhiệm kỳ 2020 - 2025" is caught above, "2025" alone here
        rf"(?P<yb>(?P<yb_y>{_BY}))",
    ]
    return re.compile(
        rf"(?<![\w/.,-])(?:{'|'.join(alts)})(?![\w/]|[.,]\d|[ \t]?[-–][ \t]?[A-ZĐ])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _date_re() -> re.Pattern:
    return _build()


@lru_cache(maxsize=1)
def _unit_after_re() -> re.Pattern:
    """A counted noun right after a bare year makes it a quantity: "2000 hộ"."""
    from pipeline.extract.numbers import units_data
    d = units_data()
    words = {w for ws in d["measures"].values() for w in ws} | set(d["counted"]) | set(d["compounds"])
    words -= {"năm", "tháng", "ngày", "quý", "tuần", "giờ", "phút", "giây", "kỳ", "khóa", "khoá", "đợt"}
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"[ \t]*(?:{alt})(?!\w)")


def _day(y: int, m: int, d: int) -> tuple[str, bool]:
    valid = 1 <= m <= 12 and 1 <= d <= (calendar.monthrange(y, m)[1] if 1 <= m <= 12 else 31)
    return f"{y:04d}-{m:02d}-{d:02d}", valid


def find_dates(text: str) -> list[DateMention]:
    """Every date mention in ``text``, in order, with character spans.

    >>> [(d.text, d.value) for d in find_dates("Nghị quyết số 20-NQ/TW, ngày 01/11/2012 ...")]
    [('01/11/2012', '2012-11-01')]
    >>> [(d.value, d.range_id) for d in find_dates("giai đoạn 2016-2020")]
    [('2016', 1), ('2020', 1)]
    """
    out: list[DateMention] = []
    range_id = 0
    unit_after = _unit_after_re()
    for m in _date_re().finditer(text):
        g = m.groupdict()
        if g["dr"]:
            y, mo = int(g["dr_y"]), int(g["dr_m"] or g["dr_m2"])
            d1, d2 = int(g["dr_d1"]), int(g["dr_d2"])
            if not (1 <= mo <= 12):
                continue
            range_id += 1
            s1 = m.start("dr")
            v1, ok1 = _day(y, mo, d1)
            v2, ok2 = _day(y, mo, d2)
            e1 = m.end("dr_d1")
            # the second end starts at its own "ngày" when written, else at its number
            s2 = m.start("dr_d2")
            pre = text[e1:s2]
            k = pre.lower().rfind("ngày")
            if k >= 0:
                s2 = e1 + k
            out.append(DateMention(text[s1:e1], s1, e1, v1, "day", ok1, range_id))
            out.append(DateMention(text[s2:m.end()], s2, m.end(), v2, "day", ok2, range_id))
            continue
        if g["dw"] or g["dn"]:
            p = "dw" if g["dw"] else "dn"
            y, mo, d = int(g[p + "_y"]), int(g[p + "_m"]), int(g[p + "_d"])
            if not (1 <= mo <= 12 and 1 <= d <= 31):
                continue
            if p == "dn" and g["sep"] == "." and not _plausible_dotted(text, m):
                continue
            v, ok = _day(y, mo, d)
            out.append(DateMention(m.group(), m.start(), m.end(), v, "day", ok))
            continue
        if g["mr"]:
            y, m1, m2 = int(g["mr_y"]), int(g["mr_m1"]), int(g["mr_m2"])
            if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
                continue
            range_id += 1
            e1 = m.end("mr_m1")
            s2 = m.start("mr_m2")
            k = text[e1:s2].lower().rfind("tháng")
            if k >= 0:
                s2 = e1 + k
            out.append(DateMention(text[m.start():e1], m.start(), e1, f"{y:04d}-{m1:02d}", "month", True, range_id))
            out.append(DateMention(text[s2:m.end()], s2, m.end(), f"{y:04d}-{m2:02d}", "month", True, range_id))
            continue
        if g["mw"]:
            mo = int(g["mw_m"])
            if not (1 <= mo <= 12):
                continue
            out.append(DateMention(m.group(), m.start(), m.end(), f"{int(g['mw_y']):04d}-{mo:02d}", "month"))
            continue
        if g["q"]:
            q = _ROMAN_Q[g["q_q"].lower()]
            out.append(DateMention(m.group(), m.start(), m.end(), f"{int(g['q_y']):04d}-Q{q}", "quarter"))
            continue
        if g["x"]:
            d, mo = int(g["x_d"]), int(g["x_m"] or g["x_m2"])
            if not (1 <= mo <= 12 and 1 <= d <= 31):
                continue
            ok = d <= calendar.monthrange(2000, mo)[1]  # a leap year: 29/2 may be right
            out.append(DateMention(m.group(), m.start(), m.end(), f"--{mo:02d}-{d:02d}", "monthday", ok))
            continue
        if g["yr"]:
            range_id += 1
            s1, e1 = m.start(), m.end("yr_1")
            s2 = m.start("yr_2")
            k = text[e1:s2].lower().rfind("năm")
            if k >= 0:
                s2 = e1 + k
            out.append(DateMention(text[s1:e1], s1, e1, g["yr_1"], "year", True, range_id))
            out.append(DateMention(text[s2:m.end()], s2, m.end(), g["yr_2"], "year", True, range_id))
            continue
        if g["yn"]:
            out.append(DateMention(m.group(), m.start(), m.end(), g["yn_y"], "year"))
            continue
        if g["yb"]:
            if unit_after.match(text, m.end()):
                continue
            before = text[max(0, m.start() - 4):m.start()].lower()
            if before.endswith(("số ", "số:", "+ ")):
                continue
            out.append(DateMention(m.group(), m.start(), m.end(), g["yb_y"], "year"))
    _link_ranges(text, out)
    return out


def _plausible_dotted(text: str, m: re.Match) -> bool:
    """"01.11.2012" is a date; "1.10.2012" could be a section number - want "ngày" before it."""
    if len(m.group("dn_d")) == 2 and len(m.group("dn_m")) == 2:
        return True
    return text[max(0, m.start() - 6):m.start()].lower().rstrip().endswith("ngày")


_RANGE_GAP = re.compile(r"\s*(?:-|–|đến|tới|đến hết)\s*$", re.IGNORECASE)


def _link_ranges(text: str, out: list[DateMention]) -> None:
    """"từ ngày 01/01/2020 đến ngày 31/12/2020": give both ends one ``range_id``."""
    from dataclasses import replace
    next_id = max((d.range_id or 0 for d in out), default=0) + 1
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
        out[i] = replace(a, range_id=next_id)
        out[i + 1] = replace(b, range_id=next_id)
        next_id += 1
