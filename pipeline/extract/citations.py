"""Cited documents: "Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng
(khóa XI) “về phát triển khoa học và công nghệ ...”".

``find_citations(text) -> list[Citation]`` works like eyecite's ``get_citations``: document
numbers are found first (``text.numbers.DOC_NUMBER_RE``, every real-world spelling: "20-NQTW",
"50 KL/TW", "23- CTr/HU", "số 20/NQ-TW", "08/2014/NĐ-CP", "1234/BGDĐT-VP"), then each is grown
into a citation: the type word before it ("Nghị quyết số", "chương trình hành động số"), the date,
issuing body, term and quoted title after it. Laws, codes and ordinances cited by name and date
("Luật Khoa học và công nghệ ngày 18/6/2013", "Bộ luật Hình sự năm 2015", older lowercase names
"Luật tổ chức Chính phủ ngày 25 tháng 12 năm 2001" and "Pháp lệnh ưu đãi người có công ... ngày
29 tháng 6 năm 2005" when a full date follows) come with ``number=None``; shorthands ("Quy định 377", "Nghị quyết 20") and
anaphora ("Nghị quyết nêu trên") come with ``short=True`` and are linked to the full citation they
repeat by ``resolve.resolve_short_citations`` (``resolved_to`` = its index in the list).

Not citations: the document's own number in its header ("Số: 634/TB-VPCP") and its repeat in a
title line before the body ("# Thông tư số 101/2018/TT-BTC quy định ..."), references with
neither number nor date ("Nghị quyết Đại hội XIII"), article and clause numbers.
The span (``start``/``end``) runs from the type word to the number, or to the date when one follows.

The steps live beside this module: ``citation_numbers`` parses a number into its parts,
``citation_details`` reads its date, issuing body, term and title, ``own_numbers`` tells the
document's own number, ``unnumbered_citations`` finds citations by name, shorthands and anaphora.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from vanban.pipeline.extract.citation_details import (
    date_after, date_after_body, date_before, details, year_after,
)
from vanban.pipeline.extract.citation_numbers import ParsedNumber, parse_number, pick_code
from vanban.pipeline.extract.dates import find_dates
from vanban.pipeline.extract.own_numbers import (
    CAPTION_BEFORE, OwnNumber, YEAR_IN_NUMBER, is_own_mention, is_own_number, own, own_document,
    own_without_header,
)
from vanban.pipeline.extract.patterns import (
    codes_for_type_word, doc_number_matches, name_for_type_word, nfc_view, remap, type_name,
    type_word_pattern,
)
from vanban.pipeline.extract.unnumbered_citations import by_name, shorthand_citations
from vanban.pipeline.model import Citation, DateMention
from vanban.pipeline.resources import load_json
from vanban.pipeline.text import number_key


@lru_cache(maxsize=1)
def _type_before_re() -> re.Pattern:
    """A type word right before a number: "Nghị quyết số ", "Kết luận\nsố ", "Quyết định "."""
    return re.compile(
        rf"(?<!\w)(?P<type>{type_word_pattern()})(?P<gap>\s+(?:s[ốổ](?:\s+hiệu)?|s[ốổ]:)?\s*:?\s*|\s*:\s*)$",
        re.IGNORECASE,
    )


# "Luật Khoa học và công nghệ số", "Luật Tổ chức\nChính phủ số" (a wrapped line), older lowercase
# names "Luật bảo hiểm xã hội số": the number that follows makes it a citation
# names in capitals in a title ("LUẬT PHÒNG CHÁY VÀ CHỮA CHÁY SỐ 27/2001/QH10"), or without "số"
# ("Luật An ninh mạng 24/2018/QH14"): the number that follows makes it a citation
# a wrapped line goes on, not one that opens a preamble clause: "... hướng dẫn thi hành Luật Dân số\nCăn cứ
# Luật Tổ chức Chính phủ số 63/2025/QH15" (the title of a decree, then its basis)
@cache
def _law_title_before() -> re.Pattern:
    stops = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in load_json("citations/words.json")["law_title_stops"])
    return re.compile(
        r"(?<!\w)(?P<type>luật|bộ luật|pháp lệnh)\s+"
        rf"(?P<title>[^\W\d_](?:[^\n.;:()“”\"]|\n(?![ \t]*\n)(?![ \t*_]*(?:{stops})(?!\w))){{1,80}}?)"
        r"\s+(?:số\s*:?\s*)?$", re.IGNORECASE)


_NUMBER_IN_TITLE = re.compile(r"\d[/-][\w/.-]*\d|\d/[A-ZĐ]")


# the next number of a list that names the type once: "..., số 13021/BTC-PTHT", "... và số 12/QĐ-UBND"
_LIST_SO = re.compile(r"[ \t]*(?:,|;|,?[ \t]+và)[ \t]*(?:\n[ \t]*)?số[ \t]*:?[ \t]*(?:\n[ \t]*)?$", re.IGNORECASE)


_LIST_BEFORE = re.compile(r"(?P<list>(?:(?<![\w./-])\d{1,5}[a-z]?\s*(?:,|;|và|&)\s*)+)$")


# --- the finder ---------------------------------------------------------------------------

def find_citations(text: str, *, resolve: bool = True) -> list[Citation]:
    """Every cited document in ``text``, in order; short forms linked to their full citation.

    >>> [c.number for c in find_citations("theo Nghị quyết số 20-NQTW, ngày 01/11/2012")]
    ['20-NQ/TW']
    >>> [c.number for c in find_citations("Kết luận số 187, 188- KL/TW của Bộ Chính trị")]
    ['187-KL/TW', '188-KL/TW']
    """
    return list(_analysed(text, resolve)[0])


def without_own_number(cites: list[Citation], text: str, number: str | None,
                       date: str | None) -> list[Citation]:
    r"""``cites`` without the document's own number as its header metadata gives it, wherever the
    text repeats it: the metadata may know it from where the citations do not look (a "TOÀN VĂN"
    page's title, a presenting lead), and a document never cites itself.

    >>> text = "TOÀN VĂN Nghị định số 232/2025/NĐ-CP\nNghị định số 232/2025/NĐ-CP sửa đổi Nghị định số 24/2012/NĐ-CP"
    >>> [c.number for c in without_own_number(find_citations(text), text, "232/2025/NĐ-CP", None)]
    ['24/2012/NĐ-CP']
    """
    if not number:
        return cites
    me = own(number, date)
    return _keep(list(cites), lambda c: not is_own_mention(text, c, me))


def own_number(text: str) -> tuple[str, str | None] | None:
    """The document's own number and date as its text gives them, which ``find_citations`` never
    returns as a citation: its header ("Số: 634/TB-VPCP" and the date line under it), else its
    first title line, the caption of its appendix or the document a portal page announces.

    >>> own_number("(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày 27/11/2025)") is None
    True
    >>> own_number("HƯỚNG DẪN\\nK/T TRƯỞNG BAN\\nPHỤ LỤC\\n(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày 27/11/2025)")
    ('40-HD/BTGDVTW', '2025-11-27')
    """
    me = _analysed(text, True)[1]
    return (me.number, me.date) if me else None


@lru_cache(maxsize=4)  # the extractor and the relation finder both ask for the same text
def _analysed(text: str, resolve: bool) -> tuple[tuple[Citation, ...], "OwnNumber | None"]:
    """The citations of ``text`` and the document's own number: numbered citations first, then
    citations by name and short forms, then the own number, short forms linked, own mentions
    dropped."""
    view = nfc_view(text)
    if view is not None:  # raw, decomposed text: find on its NFC form, spans into the raw text
        cites, me = _analysed(view[0], resolve)
        return tuple(remap(cites, text, view[1])), me
    dates = find_dates(text)
    starts = [d.start for d in dates]
    cites, taken, own = _numbered_citations(text, dates, starts)
    taken.sort()
    cites.extend(by_name(text, dates, starts, taken))
    shorts, by_code = shorthand_citations(text, taken, dates, starts)
    cites.extend(shorts)
    cites.sort(key=lambda c: (c.start, c.end))
    me = own_document(text, own, dates, starts) if own else own_without_header(text, cites)
    if resolve:
        cites = _resolved(text, cites, me, by_code)
    if me is not None:
        if me.date is None:  # the header's date line unread: the caption of its appendix dates it
            me = replace(me, date=next((c.date for c in cites if c.number and c.date and not c.short
                                        and number_key(c.number) == me.key and CAPTION_BEFORE.search(
                                            text, max(0, c.start - 40), c.start)), None))
        cites = _keep(cites, lambda c: not is_own_mention(text, c, me))
    return tuple(cites), me


def _resolved(text: str, cites: list[Citation], me: "OwnNumber | None", by_code: set[int]) -> list[Citation]:
    """Short forms linked to the citation they stand for; those that stand for none dropped."""
    from vanban.pipeline.extract.resolve import resolve_short_citations
    # a document numbered the Party way reads a bare "Quy định 377" as a Trung ương number
    cites = resolve_short_citations(cites, text, party_document=me.party if me else None)
    # an anaphor with nothing to refer to ("quyết định trên" as a common noun) is dropped, and
    # so is a type code with a number ("QĐ 66") that names no document the text cites in full,
    # and a project's name ("Đề án 06": ``nickname_types``)
    nicknames = _nickname_types()
    return _keep(cites, lambda c: not (c.short and c.resolved_to is None
                                       and (c.number_text is None or c.start in by_code
                                            or (c.type or "").casefold() in nicknames)))


@cache
def _nickname_types() -> frozenset[str]:
    return frozenset(load_json("citations/words.json")["nickname_types"])


@dataclass(slots=True)
class _Lead:
    """What precedes a document number: the type word ("Nghị quyết số"), a law's title, an
    elliptical list of sibling numbers ("187, 188- KL/TW")."""
    window_start: int
    head: str                   # the text before the number (and before its siblings)
    cite_start: int
    siblings: list[tuple[str, int, int]]
    type_word: str | None = None
    title: str | None = None
    gap: str = ""               # between the type word and the number: " số ", ": "
    typed: bool = False         # a type word or a law's title was found


def _lead(text: str, s: int) -> _Lead:
    """The lead of the document number at ``s``."""
    window_start = max(0, s - 160)
    window = text[window_start:s]
    siblings: list[tuple[str, int, int]] = []  # elliptical list "187, 188- KL/TW"
    lm = _LIST_BEFORE.search(window)
    if lm:
        list_start = window_start + lm.start("list")
        for nm in re.finditer(r"\d{1,5}[a-z]?", lm.group("list")):
            siblings.append((nm.group(), list_start + nm.start(), list_start + nm.end()))
        head = text[window_start:list_start]
    else:
        list_start = s
        head = window
    lead = _Lead(window_start, head, list_start, siblings)
    near = head[-48:]  # a type word and "số" fit in 48 characters; a law's title needs more
    tm = _type_before_re().search(near)
    lt = listed = None
    if not tm and ("uật" in head or "háp lệnh" in head or "UẬT" in head):
        lt = _law_title_before().search(head)
        # a title holds no number: "Luật số 43/2024/QH15, số\n47/2024/QH15" is a list's next number, and in
        # "Luật Doanh nghiệp số 59/2020/QH14 và Luật sửa đổi Luật Doanh\nnghiệp số" the last law is named after it
        listed = lt.group("type") if lt else None   # "Luật số\n45/2013/QH13,\n08/2017/QH14": a list of laws' numbers
        while lt and (n := _NUMBER_IN_TITLE.search(lt.group("title"))):
            lt = _law_title_before().search(head, lt.start("title") + n.end())
    if tm:
        tm_start = len(head) - len(near) + tm.start("type")
        lead.type_word, lead.cite_start = tm.group("type"), window_start + tm_start
        lead.gap = tm.group("gap")
    elif lt:
        lead.type_word, lead.cite_start = lt.group("type"), window_start + lt.start("type")
        lead.title = " ".join((lt.group("type") + " " + lt.group("title")).split())
        lead.gap = " số "
    elif listed:   # the number's own span, the type of the laws the list names
        lead.type_word, lead.cite_start, lead.gap = listed, s, " số "
    elif siblings:  # a bare list of numbers without a type word is not elliptical
        lead.siblings, lead.cite_start, lead.head = [], s, window
    lead.typed = bool(tm or lt or listed)
    return lead


@lru_cache(maxsize=None)
def _words_before(key: str, flags: int = 0) -> re.Pattern:
    """One of a word list of ``citations/words.json`` right before a number, with an optional colon: a technical
    standard's prefix (``standard_prefixes``: "QCVN: 02/2019/BLĐTBXH"), a form's word (``form_prefixes``, any case:
    "mẫu số 01/TB-BSTT-NNT")."""
    words = "|".join(map(re.escape, load_json("citations/words.json")[key]))
    return re.compile(rf"(?<!\w)(?:{words})[ \t]*:?[ \t]*$", flags)


def _standard_before() -> re.Pattern:
    return _words_before("standard_prefixes")


def _form_before() -> re.Pattern:
    return _words_before("form_prefixes", re.I)


def _numbered_citations(text: str, dates: list[DateMention], starts: list[int]
                        ) -> tuple[list[Citation], list[tuple[int, int]], dict[str, int]]:
    """(citations by number, their spans, the document's own number -> where its header gives
    it)."""
    cites: list[Citation] = []
    taken: list[tuple[int, int]] = []
    own: dict[str, int] = {}
    for m in doc_number_matches(text):
        num = parse_number(m)
        if num is None:
            continue
        s, e = m.start(), m.end()
        if _in_link(text, s, e):
            continue  # "...&Keyword=S%E1%BB%91%2021/2020/TT-BLĐTBXH": a web address's query, no citation
        lead = _lead(text, s)
        # the document's own number: "Số: 634/TB-VPCP", "Nghị quyết số: 24/2022/UBTVQH15" in the header
        # (an issuer code missing from the tables, "Số: 5115/LĐTBXH-KHTC", is still the own number)
        if is_own_number(text, lead.head, lead.cite_start, lead.typed, lead.gap):
            own.setdefault(num.canonical, s)
            continue
        if not num.known and not lead.typed:
            continue  # "123/SNV-TCBC" is a number only after "Công văn số"
        if not lead.typed and _standard_before().search(text, max(0, s - 12), s):
            continue  # "QCVN: 02/2019/BLĐTBXH": a technical standard's code
        if not lead.typed and _form_before().search(text, max(0, s - 16), s):
            continue  # "theo mẫu số 01/TB-BSTT-NNT", "Mẫu số: 17/TB-ĐKT": a form's code
        if lead.siblings and not lead.type_word:
            lead.siblings = []
        date, end, body_before_date = _citation_date(text, e, lead.cite_start, dates, starts)
        body, term, quoted, _after = details(text, end)
        tname, tcode = _type_of(text, s, lead.type_word, num, cites)
        values = dict(type=tname, type_code=tcode, issuer_code=num.issuer_code,
                      date=_dated(date, num.canonical), date_valid=date.valid if date else True,
                      issuing_body=body_before_date or body, term=term,
                      title=quoted if lead.title is None else lead.title)
        for sn, ss, se in lead.siblings:
            first = ss == lead.siblings[0][1]
            cites.append(Citation(text=text[lead.cite_start:se] if first else text[ss:se],
                                  start=lead.cite_start if first else ss, end=se,
                                  number=num.template.format(n=sn), number_text=sn, **values))
        first_start = s if lead.siblings else lead.cite_start
        cites.append(Citation(text=text[first_start:end], start=first_start, end=end, number=num.canonical,
                              number_text=" ".join(m.group().split()), **values))
        taken.append((lead.cite_start, end))
    return cites, taken, own


_LINK_MARK = re.compile(r"%[0-9A-Fa-f]{2}|://|=$")


def _in_link(text: str, s: int, e: int) -> bool:
    """Whether the number at ``s:e`` stands inside a web address: the word it is glued to (or the one
    before it, or the line's last word when it opens its line) holds a percent-escape or "://", or ends
    with "=" (a query's value, "Keyword= 74/2014/QH13"), or a percent-escape follows it, as in the links a
    gazette prints under each row of a list of documents in force (realworld50 735)."""
    line = text.rfind("\n", 0, s) + 1
    words = text[line:s].split(" ")
    glued = words[-1] if words else ""
    before = words[-2] if len(words) > 1 and not glued else ""
    if not text[line:s].strip() and line > 0:   # "...&Keyword=" / "19/2020/TT-BL%C4%90TBXH"
        before = text[text.rfind("\n", 0, line - 1) + 1:line - 1].rstrip().rsplit(" ", 1)[-1]
    return bool(_LINK_MARK.search(glued) or _LINK_MARK.search(before) or _ESCAPE_AFTER.match(text, e))


_ESCAPE_AFTER = re.compile(r"[\w-]*%[0-9A-Fa-f]{2}")


def _citation_date(text: str, e: int, cite_start: int, dates: list[DateMention], starts: list[int]
                   ) -> tuple[DateMention | None, int, str | None]:
    """(the date of the citation whose number ends at ``e``, where the citation ends, the issuing
    body written between number and date)."""
    date = date_after(text, e, dates, starts)
    end = date.end if date else e
    body_before_date = None
    if date is None:  # "Nghị quyết số 34-NQ/TU của Tỉnh ủy Lào Cai ngày 27/12/2025"
        body_before_date, date, end = date_after_body(text, e, dates, starts)
    if date is None:  # "văn bản số 18345/BTC-NSNN năm 2025"
        date = year_after(text, e, dates, starts)
        end = date.end if date else end
    if date is None:  # "Ngày 09/4/2013, Chính phủ đã ban hành Nghị định số 31/2013/NĐ-CP"
        date = date_before(text, cite_start, dates, starts)
    return date, end, body_before_date


def _type_of(text: str, s: int, type_word: str | None, num: ParsedNumber, cites: list[Citation]
             ) -> tuple[str | None, str | None]:
    """(type name, type code) of the citation of ``num`` at ``s``, from its type word and code."""
    tcode = num.type_code
    if type_word and not tcode:
        tcode = pick_code(codes_for_type_word(type_word), num.party)
    if type_word and tcode and tcode in codes_for_type_word(type_word):
        tname = type_name(tcode)  # "Thông báo kết luận số 55-TB/TW" is a Thông báo
    else:
        tname = name_for_type_word(type_word) if type_word else (type_name(tcode) if tcode else None)
    if not type_word and cites:  # "văn bản số 16495/BTC-PTHT ngày 22/10/2025, số 13021/BTC-PTHT"
        lm2 = _LIST_SO.search(text, max(0, s - 16), s)
        if lm2 and cites[-1].end == lm2.start():
            tname, tcode = cites[-1].type, tcode or cites[-1].type_code
    return tname, tcode


def _keep(cites: list[Citation], ok) -> list[Citation]:
    """The citations ``ok`` accepts, their ``resolved_to`` indexes moved to the new positions
    (a link to a dropped citation is cut)."""
    keep = [i for i, c in enumerate(cites) if ok(c)]
    if len(keep) == len(cites):
        return cites
    new_index = {old: new for new, old in enumerate(keep)}
    return [replace(cites[i], resolved_to=new_index.get(cites[i].resolved_to))
            if cites[i].resolved_to is not None else cites[i] for i in keep]


def _dated(date: DateMention | None, number: str) -> str | None:
    """The citation's date; a day and month whose year the layout cut off ("ngày 27 tháng 02 | | |
    năm 2024" in a flattened table, "ngày 11 tháng 9 năm\n| ...") take the year the number carries:
    a document numbered "24/2024/NĐ-CP" was issued in 2024."""
    if date is None:
        return None
    if date.precision == "monthday":
        ym = YEAR_IN_NUMBER.search(number)
        if ym:
            return ym.group(1) + date.value[1:]
    return date.value


