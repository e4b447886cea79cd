"""The document's own number, which is never a citation: its header ("Số: 634/TB-VPCP" and the
date line under it), else its first title line, the caption of its appendix or the document a
portal page announces; and its repeats further on."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from vanban.pipeline.extract.patterns import name_for_type_word, type_words
from vanban.pipeline.model import Citation, DateMention
from vanban.pipeline.structure.lines import story_opener_length, title_line_type
from vanban.pipeline.text import loose_number_key, number_key


# "Số:" opening a line, a table cell, or after the rule under the issuer ("CHÍNH PHỦ_______ Số: 170/...");
# a lowercase "số" without a colon there goes on a list or a flattened table cell ("...;\nsố 118/2025/NĐ-CP")
_OWN_NUMBER_PREFIX = re.compile(r"(?:^|\n|\||_{3,}|-{3,})[ \t*#_>]*(?:(?:Số|SỐ)\s*:?|số\s*:)\s*$")


_LINE_START = re.compile(r"(?:^|\n|\|)[ \t*#_>]*$")


_HEADER_SO = re.compile(r"(?:^|\n|\||_{3,}|-{3,})[ \t*#_>]*(?:Số|SỐ|số)[ \t]*:[ \t]*$")


def is_own_number(text: str, head: str, cite_start: int, typed: bool, gap: str) -> bool:
    """The number after ``head`` is the document's own: "Số:" heading a line, or a type word and
    "số:" opening one."""
    if not typed:
        return bool(_OWN_NUMBER_PREFIX.search(head))
    if _HEADER_SO.search(head):
        return True
    line_prefix = text[max(0, cite_start - 80):cite_start]
    if not _LINE_START.search(line_prefix):
        return False
    return ":" in gap  # "Nghị quyết số: 24/2022/UBTVQH15" heads its own document


@dataclass(frozen=True, slots=True)
class OwnNumber:
    """The document's own number as its header gives it ("Số: 2031/QĐ-UBND"), and its year."""
    number: str         # canonical: "2031/QĐ-UBND"
    key: str            # the number's comparison key
    template: str       # "{n}/QĐ-UBND": the codes, for a misread ordinal in an appendix caption
    ordinal: str
    year: str | None    # from the number ("123/2026/NĐ-CP") or the header's date line
    date: str | None    # the header's date line, when it follows the number
    party: bool         # numbered the Party way: "40-HD/BTGDVTW"


YEAR_IN_NUMBER = re.compile(r"/((?:19|20)\d\d)/")


def own_document(text: str, own: dict[str, int], dates: list[DateMention],
                  starts: list[int]) -> OwnNumber:
    """The first number a header gives ("Số: 634/TB-VPCP"): later "Số:" lines belong to forms
    and appendices. A consolidated text ("Số: 1798/VBHN-BLĐTBXH" under "XÁC THỰC VĂN BẢN HỢP NHẤT")
    is numbered by its VBHN number, whatever header of the text it consolidates comes first. The
    date is the first full date within the next lines ("Hà Nội, ngày ...")."""
    consolidated = [kv for kv in own.items() if "/VBHN-" in kv[0]]
    number, pos = min(consolidated or own.items(), key=lambda kv: kv[1])
    i = bisect.bisect_left(starts, pos)
    date = next((d.value for d in dates[i:i + 3] if d.precision == "day" and d.start - pos < 400
                 and _PLACE_COMMA.search(text, max(0, d.start - 4), d.start)
                 and d.text[:4].lower() == "ngày"), None)
    return _own(number, date)


# the header's date line "Hà Nội, ngày 26 tháng 6 năm 2018": a place, a comma, then "ngày"; a date
# in the title under it ("... CHỈ THỊ SỐ 14-CT/TW NGÀY 19 THÁNG 7 NĂM 2017") is another document's
_PLACE_COMMA = re.compile(r",[ \t]*$")


def own(number: str, date: str | None) -> OwnNumber:
    """The own number the header reader found (``Metadata.number`` and ``date``), for
    ``is_own_mention``."""
    return _own(number, date)


def _own(number: str, date: str | None) -> OwnNumber:
    ym = YEAR_IN_NUMBER.search(number)
    year = ym.group(1) if ym else (date[:4] if date else None)
    om = _ORDINAL_RE.match(number)
    return OwnNumber(number, number_key(number), number[om.end():] if om else number, om.group() if om else "", year, date,
                bool(re.match(r"\d[\w.]*-", number)))


def _returns_to(x: Citation, c: Citation) -> bool:
    """``x`` names ``c`` again: in full, or by its type and ordinal ("Kế hoạch số 52" for 52-KH/BCĐ)."""
    if not x.short:
        return x.number == c.number
    om = _ORDINAL_RE.match(c.number or "")
    return x.type == c.type and om is not None and (x.number_text or "").strip() == om.group()


_ISSUED_JUST_BEFORE = re.compile(r"(?:ban[ \t]+hành|(?P<signed>đã[ \t]+ký(?:[ \t]+ban[ \t]+hành)?))[ \t]+$", re.IGNORECASE)


def _news_subject(text: str, cites: list[Citation]) -> OwnNumber | None:
    """A page with neither header nor type line that opens by announcing a document ("Ngày
    27/8/2025, Chính phủ ban hành Nghị định 234/2025/NĐ-CP quy định ...", a portal's "toàn văn"
    page) and comes back to it, in full or by its shorthand ("Kế hoạch số 47"), presents that
    document: its number is the page's own, as the page's source labels it. A sentence that cites
    it once is no such page, unless it reports the signing ("Thường trực Ban Bí thư đã ký Thông báo
    kết luận số 75-TB/TW ..."): a page opens so only on the document it brings."""
    blank = text.find("\n\n")
    lead_end = blank if 0 < blank < 600 else 600
    for c in cites:
        if c.start >= lead_end:
            break
        m = _ISSUED_JUST_BEFORE.search(text, max(0, c.start - 30), c.start) if c.number and not c.short else None
        if m:
            if m.group("signed") or any(_returns_to(x, c) for x in cites if x is not c):
                return _own(c.number, c.date)
            return None
    return None


def _titled_subject(text: str, cites: list[Citation]) -> OwnNumber | None:
    """A page with neither header nor type line whose first line names a document in running
    text ("Quy định 294-QĐ/TW làm rõ nhiều nội dung ...", "Nghị quyết 62/2025/NQ-HĐND quy định mức
    hỗ trợ ...") and that comes back to it by its type and ordinal ("Quy định 294 nêu ...") presents
    that document, as the header reader takes the number from such a title line. A first line that
    only names a document ("Kết luận 155: Khẩn trương ...", no full number) is a news headline: cited."""
    lead = len(text) - len(text.lstrip(_MARKUP + "\n"))
    line_end = text.find("\n", lead)
    line = text[lead:line_end if line_end != -1 else len(text)]
    at = lead + story_opener_length(line)   # "Theo đó, Nghị định số 17/2025/NĐ-CP sửa đổi ...": mid-story
    first = next((c for c in cites if c.start == at and c.number and not c.short), None)
    if first is None:
        return None
    typed = title_line_type(line)
    om = _ORDINAL_RE.match(first.number)
    if typed is None or typed[1] != first.number or om is None:
        return None
    # by the title line's type: the Party's "Quy định 294-QĐ/TW" is typed by its code as the State's QĐ;
    # a page that opens mid-story may come back to it in full ("Trong đó, Nghị định số 17/2025/NĐ-CP bổ sung ...")
    end = lead + len(line)   # it comes back after its title line, not inside it
    back = any(x.start > end and ((x.short and x.type == typed[0].name and (x.number_text or "").strip() == om.group())
                                  or (at > lead and not x.short and x.number == first.number)) for x in cites)
    return _own(first.number, first.date) if back else None


# "(Kèm theo Nghị định số ...", "*(Ban hành kèm theo Thông tư số ...": an appendix or form caption
CAPTION_BEFORE = re.compile(
    r"\([ \t*_]*(?:(?:được[ \t]+)?ban[ \t]+hành[ \t]+)?kèm[ \t]+theo[ \t]+(?:\n[ \t]*)?$", re.IGNORECASE)
_MARKUP = " \t*#_|>"


@lru_cache(maxsize=1)
def _type_line_re() -> re.Pattern:
    """A line that holds only a document type in capitals: "QUYẾT ĐỊNH", "**HƯỚNG DẪN**"."""
    words = "|".join(re.escape(w.upper()).replace(r"\ ", r"\s+") for w in type_words())
    return re.compile(rf"^[{_MARKUP}]*(?P<type>{words})[{_MARKUP}]*$", re.MULTILINE)


def own_without_header(text: str, cites: list[Citation]) -> OwnNumber | None:
    """A page that lost its header ("Số: ...") still names its own number: in the title line it
    opens with ("Nghị quyết 62/2025/NQ-HĐND quy định mức hỗ trợ ...") or in the caption of its
    appendix or form ("(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày 27/11/2025 của ...)"), where the
    type is the one of the document's type line ("HƯỚNG DẪN"). A caption of another type is a
    citation: a plan "(Kèm theo Quyết định số 254/QĐ-UBND ...)" is attached to another document."""
    tl = _type_line_re().search(text)
    if tl is None:
        return _news_subject(text, cites) or _titled_subject(text, cites)
    own_type = name_for_type_word(tl.group("type"))
    lead = len(text) - len(text.lstrip(_MARKUP + "\n"))
    for c in cites:
        if c.short or not c.number or c.type != own_type:
            continue
        if c.start == lead or (c.start > tl.end() and CAPTION_BEFORE.search(text, max(0, c.start - 40), c.start)):
            return _own(c.number, c.date)
    return None


_ORDINAL_RE = re.compile(r"\d+")
_ATTACHED_TO = re.compile(r"kèm[ \t]+(?:\n[ \t]*)?theo[ \t]+(?:\n[ \t]*)?$", re.IGNORECASE)


def is_own_mention(text: str, c: Citation, me: OwnNumber) -> bool:
    """The document's own number, wherever it is repeated (a site banner, a title line, a form
    heading, "Xem chi tiết Quyết định 2639/QĐ-TTg ..."), is not a citation. A number of another
    year is another document ("Kế hoạch số 88/KH-UBND ngày 3/3/2021" in a plan 88/KH-UBND of 2023).
    An appendix caption "(Kèm theo Quyết định số: 203/QĐ-UBND ngày 28 tháng 11 năm 2025 ...)"
    with the header's codes and date and one digit off its ordinal (2031) is the own number misread."""
    if not c.number:
        return False
    if number_key(c.number) == me.key or loose_number_key(c.number) == loose_number_key(me.number):
        # "Quyết định số 2665 QĐ/UBND ngày 26 tháng 11 năm 2025" in the annex of 2665/QĐ-UBND: its separators misplaced
        return not (c.date and me.year and c.date[:4] != me.year)
    if not (me.date and c.date == me.date and not c.short):
        return False
    om = _ORDINAL_RE.match(c.number)
    return (om is not None and c.number[om.end():] == me.template and _one_edit(om.group(), me.ordinal)
            and _ATTACHED_TO.search(text, max(0, c.start - 30), c.start) is not None)


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one inserted, deleted or replaced character."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


