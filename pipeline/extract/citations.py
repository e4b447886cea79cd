"""Cited documents: "Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng
(khóa XI) “về phát triển khoa học và công nghệ ...”".

``find_citations(text) -> list[Citation]`` works like eyecite's ``get_citations``: document
numbers are found first (``patterns.DOC_NUMBER_RE``, every real-world spelling: "20-NQTW",
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
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from vanban.pipeline.extract.dates import find_dates
from vanban.pipeline.extract.patterns import (
    doc_number_matches,
    canonical_issuer_code,
    canonical_type_code,
    codes_for_type_word,
    doc_types,
    is_party_issuer,
    issuer_phrases,
    latin_code,
    name_for_type_word,
    nfc_view,
    remap,
    split_glued_code,
    type_name,
    shorthand_codes,
    shorthand_type_words,
    type_word_pattern,
    type_words,
)
from vanban.pipeline.model import Citation, DateMention
from vanban.pipeline.text import code_key, number_key


@dataclass(frozen=True, slots=True)
class _Number:
    """A parsed document number, with what is needed to rebuild a sibling ("187, 188-KL/TW")."""
    canonical: str
    type_code: str | None
    issuer_code: str | None
    party: bool
    template: str  # "{n}-KL/TW": the canonical form with the ordinal left open
    known: bool = True  # a code is in the tables; else only a type word before it makes it a number


# --- regexes built from the data ----------------------------------------------------------

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
_LAW_TITLE_BEFORE = re.compile(
    r"(?<!\w)(?P<type>luật|bộ luật|pháp lệnh)\s+"
    r"(?P<title>[^\W\d_](?:[^\n.;:()“”\"]|\n(?![ \t]*\n)){1,80}?)\s+(?:số\s*:?\s*)?$", re.IGNORECASE
)
# the next number of a list that names the type once: "..., số 13021/BTC-PTHT", "... và số 12/QĐ-UBND"
_LIST_SO = re.compile(r"[ \t]*(?:,|;|,?[ \t]+và)[ \t]*(?:\n[ \t]*)?số[ \t]*:?[ \t]*(?:\n[ \t]*)?$", re.IGNORECASE)
_LIST_BEFORE = re.compile(r"(?P<list>(?:(?<![\w./-])\d{1,5}[a-z]?\s*(?:,|;|và|&)\s*)+)$")
# "Số:" opening a line, a table cell, or after the rule under the issuer ("CHÍNH PHỦ_______ Số: 170/...");
# a lowercase "số" without a colon there goes on a list or a flattened table cell ("...;\nsố 118/2025/NĐ-CP")
_OWN_NUMBER_PREFIX = re.compile(r"(?:^|\n|\||_{3,}|-{3,})[ \t*#_>]*(?:(?:Số|SỐ)\s*:?|số\s*:)\s*$")
_LINE_START = re.compile(r"(?:^|\n|\|)[ \t*#_>]*$")

_DATE_GAP = re.compile(
    r"[\s,;(]*(?:(?:được\s+)?(?:ban hành|ký|thông qua)\s+)?(?:vào\s+)?(?:ngày\s*,?\s*)?$", re.IGNORECASE
)
# a flattened table may put a cell border between the number and its date when "ngày" says it is one:
# "Nghị định số 07/2023/NĐ-CP | | ngày 03 tháng 3 năm 2023" (a bare date in the next cell may be any column's)
_CELL_GAP = re.compile(r"[ \t,;]*\|[\s|]*(?P<ngay>ngày\s*,?\s*)?$", re.IGNORECASE)
# Runs of blanks are written so that each can be matched one way only ("\s*(?:,\s*)?", not
# "\s*,?\s*"): two runs side by side are tried in every split, cubic on a long run of blanks.
_OF = re.compile(r"[ \t]*,?\s{0,2}của[ \t]+(?:\n[ \t]*)?", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_BODY_WORDS = frozenset(
    "và chấp hành thường vụ bí thư nhân dân tỉnh huyện thành phố xã phường thị trấn đảng trung ương ủy uỷ "
    "chính phủ tướng quốc hội ban bộ văn phòng kiểm tra tuyên giáo tổ chức dân vận nội chính khối trị "
    "cộng hòa hoà chủ nghĩa việt nam tối cao sát viện tòa toà án nghị lần thứ nhất hai ba tư năm sáu bảy "
    "tám chín mười trưởng tịch giám đốc sở chánh hiệu phó thủ".split())
_TERM = re.compile(r"\s*(?:,\s*)?(?:\(\s*)?(?P<term>(?:[Kk]hóa|[Kk]hoá|KHÓA|KHOÁ)\s+(?:[IVXLC]+|\d{1,2}))(?!\w)\s*\)?")
_TITLE_QUOTED = re.compile(r"\s*(?:[,:]\s*)?[“\"](?P<title>[^”\"\n]{3,400})[”\"]")
_TITLE_VE = re.compile(r"[ \t]*(?:,[ \t]*)?(?P<title>về\s+[^.;\n“”\"()]{3,200})")


@lru_cache(maxsize=1)
def _issuer_phrase_re() -> re.Pattern:
    alt = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p, _ in issuer_phrases() if " " in p)
    return re.compile(rf"(?:{alt})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _type_then_number_re() -> re.Pattern:
    return re.compile(rf"\s(?:{type_word_pattern()})(?:\s+số)?\s+\d", re.IGNORECASE)


@lru_cache(maxsize=1)
def _type_start_re() -> re.Pattern:
    return re.compile(rf"\s+(?:{type_word_pattern()})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _byname_re() -> re.Pattern:
    # Laws cited by name with a date or year: "Luật Khoa học và công nghệ ngày 18/6/2013",
    # "Hiến pháp năm 2013". Capitalised type word: lowercase "luật" is the common noun.
    # A law named inside the name after "của" belongs to it: "Pháp lệnh sửa đổi, bổ sung một số
    # điều của Pháp lệnh ưu đãi người có công ... ngày 16 tháng 7 năm 2012" is one citation.
    return re.compile(
        # "pháp luật" is law in general: "CHÍNH SÁCH, PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2026 - 2030"
        r"(?<!\w)(?<![Pp]háp )(?<!PHÁP )"
        r"(?P<type>Luật|Bộ luật|Bộ Luật|Pháp lệnh|Hiến pháp|LUẬT|BỘ LUẬT|PHÁP LỆNH|HIẾN PHÁP)"
        r"(?P<title>(?:(?:[ \t]+\n?|\n)[ \t]*(?:(?<=của[ \t])|(?!Luật\b|Bộ luật\b|Bộ Luật\b|Pháp lệnh\b|Hiến pháp\b))"
        r"[^\s;.:()“”\"]+){0,24}?)"
        r"[ \t]*,?[ \t]*\n?[ \t]*"
        r"(?=(?:ngày|năm)(?:[ \t]+\n?|\n)[ \t]*\d|(?:19|20)\d\d(?![\d/]))"  # "ngày\n16 tháng 6 năm 2025"
    )


# Shorthands and anaphora are found from their anchors (a number, a phrase "nêu trên"), then the
# type word is checked just before: scanning the whole text for type words is 4x slower.
_SHORT_NUMBER = re.compile(
    r"\d(?<![\w./-]\d)\d{0,4}[a-z]?"
    r"(?![\w/]|[.,]\d|\.[ \t]*\n|[ \t]?[-–][ \t]?\w|[ \t]?/|[.)][ \t]+[A-ZĐ])"
)
_ANAPHORA_PHRASES = ("nêu trên", "nói trên", "đã nêu", "vừa nêu", "trên đây")


@lru_cache(maxsize=1)
def _type_last_syllables() -> frozenset[str]:
    return frozenset(w.split()[-1] for w in shorthand_type_words())


@lru_cache(maxsize=1)
def _short_before_re() -> re.Pattern:
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in shorthand_type_words())
    return re.compile(rf"(?<!\w)(?P<type>{alt})[ \t]+(?:số[ \t]+)?$", re.IGNORECASE)


# a type code written for the type word: "(theo HD 31)", "quy định tại Điều 1 QĐ 20"
_CODE_BEFORE = re.compile(r"(?<![\w/&.-])(?P<code>[A-ZĐ][A-Za-zĐđ]{1,3})[ \t]+$")


@lru_cache(maxsize=1)
def _anaphora_before_re() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?P<type>{type_word_pattern()})(?:\s+số)?\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _unit_word_re() -> re.Pattern:
    from vanban.pipeline.extract.numbers import units_data
    d = units_data()
    words = {w for ws in d["measures"].values() for w in ws} | set(d["counted"]) | set(d["compounds"])
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s+(?:{alt})(?!\w)", re.IGNORECASE)


# --- numbers ------------------------------------------------------------------------------

def _fix_code(code: str) -> str:
    """The table's spelling of one code part, the term digits kept: "Qd" -> "QĐ", "UBTVQH15"."""
    code = re.sub(r"\s+", "", code)
    t = canonical_type_code(code)
    if t:
        return t
    i = canonical_issuer_code(code)
    if i:
        digits = re.search(r"\d+$", code)
        if code_key(i) == code_key(code) or (digits and code_key(i) == code_key(code[: digits.start()])):
            return i + (digits.group() if digits and code_key(i) != code_key(code) else "")
    return code


def _parse_number(m: re.Match) -> _Number | None:
    return _parse_groups(tuple(sorted(m.groupdict().items())))


@lru_cache(maxsize=8192)  # a document repeats its numbers; parse each spelling once
def _parse_groups(items: tuple) -> _Number | None:
    g = {k: latin_code(v) if v and k in ("pt", "pi", "qc", "sc") else v for k, v in items}
    if g["pn"]:
        t_raw, i_raw = g["pt"], g["pi"]
        t = canonical_type_code(t_raw)
        if g["pg"] is not None and not t:
            return None  # "18KL/TW" glued: only with a known type code ("4G/LTE" is no number)
        # joint issuers "BTCTW-BTGTW": the first one is the issuer
        joint = [_fix_code(x) for x in re.split(r"[-–]", i_raw)]
        i = canonical_issuer_code(joint[0])
        tc, ic = _fix_code(t_raw), "-".join(joint)
        tmpl = "{n}-" + tc + "/" + ic
        return _Number(tmpl.format(n=g["pn"]), t, i or ic, True, tmpl, bool(t or i))
    if g["qn"]:
        split = split_glued_code(g["qc"])
        if not split:
            return None
        t, i = split
        tmpl = "{n}-" + t + "/" + i
        return _Number(tmpl.format(n=g["qn"]), t, i, True, tmpl)
    # "TTr / STC-QLCS", "TTLT/BLĐTBXH-BYT": a slash stands for a hyphen
    parts = [p for p in re.split(r"\s*[-–/]\s*", re.sub(r"[ \t]*\n[ \t]*", "", g["sc"])) if p]
    # "105/NQCP", "92/2017/NĐCP", "81/2005/TTLTBNV-BTC": the hyphen lost after the type code; with
    # neither a year nor a single part the first code is an issuer ("202/TCCP-VC": Ban Tổ chức cán bộ CP)
    if (parts and (g["sy"] or len(parts) == 1)
            and not (canonical_type_code(parts[0]) or canonical_issuer_code(parts[0]))):
        split = split_glued_code(parts[0])
        if split:
            parts[:1] = list(split)
    year = g["sy"]
    n = g["sn"]
    if not year and len(parts) < 2:
        return None
    known_t = [canonical_type_code(p) for p in parts]
    known_i = [canonical_issuer_code(p) for p in parts]
    known = any(known_t) or any(known_i)
    # "số 20/NQ-TW": a Party document written the state way
    if not year and len(parts) == 2 and known_t[0] and known_i[1] and is_party_issuer(parts[1]):
        tmpl = "{n}-" + known_t[0] + "/" + _fix_code(parts[1])
        return _Number(tmpl.format(n=n), known_t[0], known_i[1], True, tmpl)
    fixed = "-".join(_fix_code(p) for p in parts)
    tmpl = "{n}/" + (year + "/" if year else "") + fixed
    type_code = known_t[0]
    issuer = next((c for c, t in zip(known_i, known_t) if c and not t), None) or next(
        (c for c in known_i if c), None)
    if issuer is None:  # a body missing from the tables is still named by its place in the number:
        at = 1 if type_code else 0  # "146/QĐ-BVTV-KH", "462/TTr-SNNMT", "1609/LĐTBXH-NCC"
        issuer = _fix_code(parts[at]) if at < len(parts) else None
    return _Number(tmpl.format(n=n), type_code, issuer, False, tmpl, known)


# --- the finder ---------------------------------------------------------------------------

def find_citations(text: str, *, resolve: bool = True) -> list[Citation]:
    """Every cited document in ``text``, in order; short forms linked to their full citation.

    >>> [c.number for c in find_citations("theo Nghị quyết số 20-NQTW, ngày 01/11/2012")]
    ['20-NQ/TW']
    >>> [c.number for c in find_citations("Kết luận số 187, 188- KL/TW của Bộ Chính trị")]
    ['187-KL/TW', '188-KL/TW']
    """
    return list(_analysed(text, resolve)[0])


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
def _analysed(text: str, resolve: bool) -> tuple[tuple[Citation, ...], "_Own | None"]:
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
    cites.extend(_by_name(text, dates, starts, taken))
    shorts, by_code = _shorthands(text, taken, dates, starts)
    cites.extend(shorts)
    cites.sort(key=lambda c: (c.start, c.end))
    me = _own_document(text, own, dates, starts) if own else _own_without_header(text, cites)
    if resolve:
        cites = _resolved(text, cites, me, by_code)
    if me is not None:
        if me.date is None:  # the header's date line unread: the caption of its appendix dates it
            me = replace(me, date=next((c.date for c in cites if c.number and c.date and not c.short
                                        and number_key(c.number) == me.key and _CAPTION_BEFORE.search(
                                            text, max(0, c.start - 40), c.start)), None))
        cites = _keep(cites, lambda c: not _is_own_mention(text, c, me))
    return tuple(cites), me


def _resolved(text: str, cites: list[Citation], me: "_Own | None", by_code: set[int]) -> list[Citation]:
    """Short forms linked to the citation they stand for; those that stand for none dropped."""
    from vanban.pipeline.extract.resolve import resolve_short_citations
    # a document numbered the Party way reads a bare "Quy định 377" as a Trung ương number
    cites = resolve_short_citations(cites, text, party_document=me.party if me else None)
    # an anaphor with nothing to refer to ("quyết định trên" as a common noun) is dropped, and
    # so is a type code with a number ("QĐ 66") that names no document the text cites in full
    return _keep(cites, lambda c: not (c.short and c.resolved_to is None
                                       and (c.number_text is None or c.start in by_code)))


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
    lt = None
    if not tm and ("uật" in head or "háp lệnh" in head or "UẬT" in head):
        lt = _LAW_TITLE_BEFORE.search(head)
    if tm:
        tm_start = len(head) - len(near) + tm.start("type")
        lead.type_word, lead.cite_start = tm.group("type"), window_start + tm_start
        lead.gap = tm.group("gap")
    elif lt:
        lead.type_word, lead.cite_start = lt.group("type"), window_start + lt.start("type")
        lead.title = " ".join((lt.group("type") + " " + lt.group("title")).split())
        lead.gap = " số "
    elif siblings:  # a bare list of numbers without a type word is not elliptical
        lead.siblings, lead.cite_start, lead.head = [], s, window
    lead.typed = bool(tm or lt)
    return lead


def _numbered_citations(text: str, dates: list[DateMention], starts: list[int]
                        ) -> tuple[list[Citation], list[tuple[int, int]], dict[str, int]]:
    """(citations by number, their spans, the document's own number -> where its header gives
    it)."""
    cites: list[Citation] = []
    taken: list[tuple[int, int]] = []
    own: dict[str, int] = {}
    for m in doc_number_matches(text):
        num = _parse_number(m)
        if num is None:
            continue
        s, e = m.start(), m.end()
        lead = _lead(text, s)
        # the document's own number: "Số: 634/TB-VPCP", "Nghị quyết số: 24/2022/UBTVQH15" in the header
        # (an issuer code missing from the tables, "Số: 5115/LĐTBXH-KHTC", is still the own number)
        if _is_own_number(text, lead.head, lead.cite_start, lead.typed, lead.gap):
            own.setdefault(num.canonical, s)
            continue
        if not num.known and not lead.typed:
            continue  # "123/SNV-TCBC" is a number only after "Công văn số"
        if lead.siblings and not lead.type_word:
            lead.siblings = []
        date, end, body_before_date = _citation_date(text, e, lead.cite_start, dates, starts)
        body, term, quoted, _after = _details(text, end)
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


def _citation_date(text: str, e: int, cite_start: int, dates: list[DateMention], starts: list[int]
                   ) -> tuple[DateMention | None, int, str | None]:
    """(the date of the citation whose number ends at ``e``, where the citation ends, the issuing
    body written between number and date)."""
    date = _date_after(text, e, dates, starts)
    end = date.end if date else e
    body_before_date = None
    if date is None:  # "Nghị quyết số 34-NQ/TU của Tỉnh ủy Lào Cai ngày 27/12/2025"
        body_before_date, date, end = _date_after_body(text, e, dates, starts)
    if date is None:  # "văn bản số 18345/BTC-NSNN năm 2025"
        date = _year_after(text, e, dates, starts)
        end = date.end if date else end
    if date is None:  # "Ngày 09/4/2013, Chính phủ đã ban hành Nghị định số 31/2013/NĐ-CP"
        date = _date_before(text, cite_start, dates, starts)
    return date, end, body_before_date


def _type_of(text: str, s: int, type_word: str | None, num: _Number, cites: list[Citation]
             ) -> tuple[str | None, str | None]:
    """(type name, type code) of the citation of ``num`` at ``s``, from its type word and code."""
    tcode = num.type_code
    if type_word and not tcode:
        tcode = _pick_code(codes_for_type_word(type_word), num.party)
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
        ym = _YEAR_IN_NUMBER.search(number)
        if ym:
            return ym.group(1) + date.value[1:]
    return date.value


def _pick_code(codes: tuple[str, ...], party: bool) -> str | None:
    if not codes:
        return None
    systems = {t.code: t.system for t in doc_types()}
    want = ("party", "both") if party else ("state", "both")
    return next((c for c in codes if systems.get(c, "both") in want), codes[0])


# "Số:" opening a line, whatever precedes it: "XÁC THỰC VĂN BẢN HỢP NHẤT\nSố: 156/VBHN-BLĐTBXH",
# "VĂN BẢN QUY PHẠM PHÁP LUẬT\nCHÍNH PHỦ\nSố: 51/2025/NĐ-CP"; without the colon it is a wrapped
# title or sentence: "BÃI BỎ QUYẾT ĐỊNH\nSỐ 15/2025/QĐ-UBND NGÀY 01/3/2025", "Kết luận\nsố 21-KL/TW"
_HEADER_SO = re.compile(r"(?:^|\n|\||_{3,}|-{3,})[ \t*#_>]*(?:Số|SỐ|số)[ \t]*:[ \t]*$")


def _is_own_number(text: str, head: str, cite_start: int, typed: bool, gap: str) -> bool:
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
class _Own:
    """The document's own number as its header gives it ("Số: 2031/QĐ-UBND"), and its year."""
    number: str         # canonical: "2031/QĐ-UBND"
    key: str            # the number's comparison key
    template: str       # "{n}/QĐ-UBND": the codes, for a misread ordinal in an appendix caption
    ordinal: str
    year: str | None    # from the number ("123/2026/NĐ-CP") or the header's date line
    date: str | None    # the header's date line, when it follows the number
    party: bool         # numbered the Party way: "40-HD/BTGDVTW"


_YEAR_IN_NUMBER = re.compile(r"/((?:19|20)\d\d)/")


def _own_document(text: str, own: dict[str, int], dates: list[DateMention],
                  starts: list[int]) -> _Own:
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


def _own(number: str, date: str | None) -> _Own:
    ym = _YEAR_IN_NUMBER.search(number)
    year = ym.group(1) if ym else (date[:4] if date else None)
    om = _ORDINAL_RE.match(number)
    return _Own(number, number_key(number), number[om.end():] if om else number, om.group() if om else "", year, date,
                bool(re.match(r"\d[\w.]*-", number)))


_ISSUED_JUST_BEFORE = re.compile(r"ban[ \t]+hành[ \t]+$", re.IGNORECASE)


def _news_subject(text: str, cites: list[Citation]) -> _Own | None:
    """A page with neither header nor type line that opens by announcing a document ("Ngày
    27/8/2025, Chính phủ ban hành Nghị định 234/2025/NĐ-CP quy định ...", a portal's "toàn văn"
    page) and comes back to it presents that document: its number is the page's own, as the page's
    source labels it. A sentence that cites it once is no such page."""
    blank = text.find("\n\n")
    lead_end = blank if 0 < blank < 600 else 600
    for c in cites:
        if c.start >= lead_end:
            break
        if c.number and not c.short and _ISSUED_JUST_BEFORE.search(text, max(0, c.start - 30), c.start):
            if sum(1 for x in cites if x.number == c.number and not x.short) > 1:
                return _own(c.number, c.date)
            return None
    return None


# "(Kèm theo Nghị định số ...", "*(Ban hành kèm theo Thông tư số ...": an appendix or form caption
_CAPTION_BEFORE = re.compile(
    r"\([ \t*_]*(?:(?:được[ \t]+)?ban[ \t]+hành[ \t]+)?kèm[ \t]+theo[ \t]+(?:\n[ \t]*)?$", re.IGNORECASE)
_MARKUP = " \t*#_|>"


@lru_cache(maxsize=1)
def _type_line_re() -> re.Pattern:
    """A line that holds only a document type in capitals: "QUYẾT ĐỊNH", "**HƯỚNG DẪN**"."""
    words = "|".join(re.escape(w.upper()).replace(r"\ ", r"\s+") for w in type_words())
    return re.compile(rf"^[{_MARKUP}]*(?P<type>{words})[{_MARKUP}]*$", re.MULTILINE)


def _own_without_header(text: str, cites: list[Citation]) -> _Own | None:
    """A page that lost its header ("Số: ...") still names its own number: in the title line it
    opens with ("Nghị quyết 62/2025/NQ-HĐND quy định mức hỗ trợ ...") or in the caption of its
    appendix or form ("(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày 27/11/2025 của ...)"), where the
    type is the one of the document's type line ("HƯỚNG DẪN"). A caption of another type is a
    citation: a plan "(Kèm theo Quyết định số 254/QĐ-UBND ...)" is attached to another document."""
    tl = _type_line_re().search(text)
    if tl is None:
        return _news_subject(text, cites)
    own_type = name_for_type_word(tl.group("type"))
    lead = len(text) - len(text.lstrip(_MARKUP + "\n"))
    for c in cites:
        if c.short or not c.number or c.type != own_type:
            continue
        if c.start == lead or (c.start > tl.end() and _CAPTION_BEFORE.search(text, max(0, c.start - 40), c.start)):
            return _own(c.number, c.date)
    return None


_ORDINAL_RE = re.compile(r"\d+")
_ATTACHED_TO = re.compile(r"kèm[ \t]+(?:\n[ \t]*)?theo[ \t]+(?:\n[ \t]*)?$", re.IGNORECASE)


def _is_own_mention(text: str, c: Citation, me: _Own) -> bool:
    """The document's own number, wherever it is repeated (a site banner, a title line, a form
    heading, "Xem chi tiết Quyết định 2639/QĐ-TTg ..."), is not a citation. A number of another
    year is another document ("Kế hoạch số 88/KH-UBND ngày 3/3/2021" in a plan 88/KH-UBND of 2023).
    An appendix caption "(Kèm theo Quyết định số: 203/QĐ-UBND ngày 28 tháng 11 năm 2025 ...)"
    with the header's codes and date and one digit off its ordinal (2031) is the own number misread."""
    if not c.number:
        return False
    if number_key(c.number) == me.key:
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


def _date_after(text: str, pos: int, dates: list[DateMention], starts: list[int], *,
                any_precision: bool = False) -> DateMention | None:
    """The date a citation carries: "ngày 01/11/2012", "ngày, 10/01/2013" right after it; a year
    alone ("năm 2013") only for laws cited by name."""
    i = bisect.bisect_left(starts, pos)
    if i < len(dates) and dates[i].start - pos <= 40:
        d = dates[i]
        if not any_precision and d.precision not in ("day", "monthday"):
            return None
        if _DATE_GAP.match(text, pos, d.start) and _DATE_GAP.fullmatch(text[pos:d.start]):
            return d
        cm = _CELL_GAP.fullmatch(text, pos, d.start)
        if cm and (cm.group("ngay") or d.text[:4].lower() == "ngày"):
            return d
    return None


_SPACES_NGAY = re.compile(r"(?P<comma>[ \t]*,)?[ \t]+(?:\n[ \t]*)?(?=ngày[ \t]*(?:\n[ \t]*)?\d)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _date_cues() -> dict:
    from vanban.pipeline.resources import load_json
    return load_json("citations/date_cues.json")


@lru_cache(maxsize=1)
def _closes_citation_re() -> re.Pattern:
    alt = "|".join(re.escape(w) + (r"(?!\w)" if w[-1].isalpha() else "") for w in _date_cues()["closes_citation"])
    return re.compile(rf"[ \t]*(?:{alt}|$)", re.IGNORECASE)


def _date_after_body(text: str, pos: int, dates: list[DateMention], starts: list[int]):
    """"số 34-NQ/TU của Tỉnh ủy Lào Cai ngày 27/12/2025": a full date written right after the issuing
    body (spaces only between) is the cited document's; after a comma ("... của Chính phủ, ngày
    02/12/2003;") only if the citation ends with it: "..., ngày 15/3 Sở đã ..." opens a new clause.
    Returns (body, date, end) or (None, None, pos)."""
    body, _, _, bend = _details(text, pos)
    sm = _SPACES_NGAY.match(text, bend) if body is not None else None
    if sm is None:
        return None, None, pos
    d = _date_after(text, bend, dates, starts)
    if d is None or (sm.group("comma") and not _closes_citation_re().match(text, d.end)):
        return None, None, pos
    return body, d, d.end


@lru_cache(maxsize=1)
def _issued_before_re() -> re.Pattern:
    """What lies between a date opening a clause and the document it dates: "Ngày 09/4/2013, Chính
    phủ đã ban hành ", "Ngày 12/3/2012, Văn phòng Chính phủ đã có ", "Ngày 22/10/2025, tại "."""
    cues = _date_cues()
    verbs = "|".join(re.escape(v).replace(r"\ ", r"[ \t]+") for v in cues["issued_verbs"])
    sources = "|".join(re.escape(v) for v in cues["source_after_date"])
    return re.compile(
        rf"[ \t]*,?[ \t]*(?:[^.;:\n]{{0,60}}?(?:đã[ \t]+)?(?:ký[ \t]+)?(?:{verbs})|(?:{sources}))[ \t]+$",
        re.IGNORECASE)


# "số 18345/BTC-NSNN năm 2025": the year of a number that does not carry one; "Thông tư số
# 24/2024/TT-BYT ngày tháng năm 2024": a form left the day and month blank
_BEFORE_YEAR = re.compile(r"[ \t]+(?:ngày[ \t]+tháng[ \t]+)?", re.IGNORECASE)


def _year_after(text: str, pos: int, dates: list[DateMention], starts: list[int]) -> DateMention | None:
    i = bisect.bisect_left(starts, pos)
    if i < len(dates) and dates[i].precision == "year" and dates[i].text.lower().startswith("năm"):
        if _BEFORE_YEAR.fullmatch(text, pos, dates[i].start):
            return dates[i]
    return None


def _date_before(text: str, pos: int, dates: list[DateMention], starts: list[int]) -> DateMention | None:
    """A full date that opens the clause issuing the cited document: "Ngày 09/4/2013, Chính phủ
    đã ban hành Nghị định số ..."."""
    i = bisect.bisect_left(starts, pos) - 1
    if i < 0:
        return None
    d = dates[i]
    if d.precision != "day" or pos - d.end > 80:
        return None
    if _word_before_is_ngay(text, d.start) and _issued_before_re().fullmatch(text, d.end, pos):
        return d
    return None


def _word_before_is_ngay(text: str, start: int) -> bool:
    return text[max(0, start - 6):start].lower().rstrip().endswith("ngày") or text[start:start + 4].lower() == "ngày"


def _details(text: str, pos: int) -> tuple[str | None, str | None, str | None, int]:
    """Issuing body, term and quoted title after a citation's number or date."""
    body = term = title = None
    of = _OF.match(text, pos)
    if of:
        words = []
        limit = min(len(text), of.end() + 140)
        cur = of.end()
        while len(words) < 14:
            wm = _WORD.search(text, cur, limit)
            if wm is None:
                break
            gap = text[words[-1][2] if words else of.end():wm.start()]
            w = wm.group()
            if gap.strip() or gap.count("\n") > 1 or ("\n" in gap and len(w) > 1 and w.isupper()):
                break  # punctuation, a paragraph break or a heading line ends the body
            pm = _issuer_phrase_re().match(text, wm.start())
            if pm:  # a known body ("Bộ Y tế", "Ban Thường vụ Tỉnh ủy") is taken whole
                words.append((" ".join(pm.group().split()), pm.start(), pm.end()))
                cur = pm.end()
                continue
            if not (w[:1].isupper() or w.lower() in _BODY_WORDS):
                break
            if w.lower() == "và" and _type_start_re().match(text, wm.end()):
                break
            words.append((w, wm.start(), wm.end()))
            cur = wm.end()
        while words and words[-1][0].lower() in ("và", "của"):
            words.pop()
        if words and (words[0][0][:1].isupper() or words[0][0].lower() in ("ban", "bộ")):
            body = " ".join(w for w, _, _ in words)
            pos = words[-1][2]
    tm = _TERM.match(text, pos)
    if tm:
        term = " ".join(tm.group("term").split())
        term = "khóa" + term[4:] if term.lower().startswith(("khoá", "khóa")) else term
        pos = tm.end()
    qm = _TITLE_QUOTED.match(text, pos)
    if qm:
        title = " ".join(qm.group("title").split())
    else:
        qm = _TITLE_VE.match(text, pos)
        if qm:  # "về ..." up to the next cited document, if one follows in the same clause
            title = " ".join(qm.group("title").split())
            cut = _type_then_number_re().search(title)
            title = title[:cut.start()].rstrip(" ,") if cut else title
    return body, term, title, pos


def _overlaps(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    i = bisect.bisect_right(taken, (s, 10**12))
    for j in (i - 1, i):
        if 0 <= j < len(taken) and taken[j][0] < e and s < taken[j][1]:
            return True
    return False


_STATE_ONLY = ("luật", "bộ luật", "pháp lệnh", "hiến pháp")
_LAW_WORDS = ("Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp", "LUẬT", "BỘ LUẬT", "PHÁP LỆNH", "HIẾN PHÁP")
# other documents cited by name need a full date: "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI
# ngày 15/10/2020"; without one ("Nghị quyết Hội nghị Trung ương 6 khóa XI") they are not citations
_NAMED_WORDS = ("Nghị quyết", "Chỉ thị", "Kết luận", "Quyết định", "Kế hoạch", "Chương trình", "Thông báo",
                "Quy định", "Hướng dẫn", "Đề án")
_BYNAME_OTHER = re.compile(
    rf"(?<!\w)(?P<type>{'|'.join(_NAMED_WORDS)})"
    r"(?P<title>(?:[ \t]+\n?[ \t]*[^\s,;.:()“”\"]+){1,14}?)[ \t]+\n?[ \t]*(?=ngày(?:[ \t]+\n?|\n)[ \t]*\d)"
)


# A law's name may open with a lowercase word in older documents ("Luật tổ chức Chính phủ",
# "Luật ngân sách nhà nước", "Pháp lệnh ưu đãi người có công"), but not with these: they make
# "Luật"/"Pháp lệnh" the subject of a sentence ("Luật này có hiệu lực từ ngày ...") or a common
# noun ("Luật pháp", "Luật sư").
_NOT_NAME_START = frozenset(
    "này đó trên nói nêu đã được bị sẽ đang vừa mới có là thì mà và hoặc hay của cho về theo tại từ "
    "đến trong ngoài với để do vào khi nếu nhưng cũng vẫn còn chưa không phải cần những mọi "
    "pháp lệ sư gia hóa hoá định chơi".split()) | {"quy định", "hiện hành", "quy định hiện hành"}
# words no law's name holds, whatever its first word: a clause about the law ("Luật Đất đai có
# hiệu lực từ ngày ...", "Luật này đã được thông qua năm ...")
_NOT_IN_NAME = frozenset("này đã được sẽ đang".split())
# the word right before the date ends a clause, not a name: "có hiệu lực từ ngày", "trước năm"
# ("giai đoạn 2026 - 2030" opens a period)
_NOT_NAME_END = frozenset("từ đến tới vào trước sau trong kể cuối đầu giữa hết nay lực đoạn".split())


_ISSUED_WORDS = ("thông qua", "ban hành", "công bố", "ký")


def _issued_clause_cut(words: list[str]) -> list[str]:
    """"Luật Đất đai được Quốc hội thông qua ngày 18/01/2024": the date is the law's, the name
    ends before "được"/"đã"."""
    low = [w.lower() for w in words]
    for i, w in enumerate(low):
        if w in ("đã", "được") and i > 0 and low[i - 1] not in _NOT_IN_NAME:
            rest = " ".join(low[i + 1:])
            if any(rest.endswith(x) for x in _ISSUED_WORDS):
                return words[:i]
            break
    return words


def _name_ok(type_word: str, words: list[str], full_date: bool, bare_year: bool = False) -> bool:
    """A name before a date or year makes a law cited by name: "Luật Đất đai năm 2024",
    "Luật tổ chức Chính phủ ngày 25 tháng 12 năm 2001", "Hiến pháp năm 2013".

    A lowercase name is weaker evidence: it needs a full date ("kinh phí thực hiện Pháp lệnh ưu
    đãi người có công năm 2013" dates the budget, not the ordinance), except after "Bộ luật",
    which names one of a handful of codes ("Bộ luật hình sự năm 1999"), or a year glued to the name
    without "năm" ("Luật khoáng sản 2010"): the year is then part of the name, as in "Luật Trật tự,
    an toàn giao thông đường bộ 2024", while "năm 2013" may date the sentence."""
    low = [w.lower().strip(",") for w in words]
    if any(w == "số" and i + 1 < len(low) and low[i + 1][:1].isdigit() for i, w in enumerate(low)):
        return False  # "Luật ... số 12": a numbered citation, found from its number ("Luật Dân số" is a name)
    if type_word.lower() == "hiến pháp":
        return True  # "Hiến pháp năm 2013", "Hiến pháp nước Cộng hòa ... năm 2013"
    if not words:
        return False
    if low[-1] in _NOT_NAME_END or any(w in _NOT_IN_NAME for w in low):
        return False
    if words[0][:1].isupper():
        return True
    if not (full_date or bare_year or type_word.lower() == "bộ luật"):
        return False
    return not ({low[0], " ".join(low[:2]), " ".join(low[:3])} & _NOT_NAME_START) and words[0][:1].isalpha()


def _by_name(text, dates, starts, taken) -> list[Citation]:
    """Laws cited by name: found from the date that must follow the name."""
    out = []
    byname = _byname_re()
    for d in dates:
        pre_start = max(0, d.start - 160)
        window = text[pre_start:d.start]
        law = any(w in window for w in _LAW_WORDS)
        if not law and (d.precision != "day" or not any(w in window for w in _NAMED_WORDS)):
            continue
        matches = list(byname.finditer(text, pre_start, d.start + 8)) if law else []
        if d.precision == "day":
            matches += list(_BYNAME_OTHER.finditer(text, pre_start, d.start + 8))
        for m in sorted(matches, key=lambda m: m.start()):
            s = m.start()
            if _overlaps(taken, s, m.end()):
                continue
            title_words = m.group("title").split()
            tw = m.group("type")
            date = _date_after(text, m.end(), dates, starts, any_precision=True)
            if date is None or date.start != d.start:
                continue
            title_words = _issued_clause_cut(title_words)
            bare_year = date.precision == "year" and date.text[:1].isdigit()
            if not _name_ok(tw, title_words, date.precision == "day", bare_year):
                continue
            title = " ".join([tw] + title_words)
            body, term, _, _ = _details(text, date.end)
            name = name_for_type_word(tw)
            out.append(Citation(
                text=text[s:date.end], start=s, end=date.end, type=name,
                type_code=_pick_code(codes_for_type_word(tw), tw.lower() not in _STATE_ONLY), number=None,
                number_text=None,
                issuer_code=None, date=date.value, date_valid=date.valid, issuing_body=body, term=term,
                title=title,
            ))
            bisect.insort(taken, (s, date.end))
            break
    return out


def _shorthands(text, taken, dates, starts) -> tuple[list[Citation], set[int]]:
    """"Quy định 377", "Nghị quyết 20", "Nghị quyết nêu trên": short forms for the resolver. With
    them, where a shorthand writes the type code ("HD 31", "QĐ 20"), their starts: such a
    shorthand is kept only if it resolves to a full citation of the document."""
    out = []
    by_code: set[int] = set()
    unit_word = _unit_word_re()
    last_syllables = _type_last_syllables()
    codes = shorthand_codes()
    from vanban.pipeline.extract.numbers import digit_run_starts
    for s in digit_run_starts(text):
        if s < 2 or text[s - 1] not in " \t":
            continue
        pre = text[max(0, s - 40):s]
        words = pre.rsplit(None, 2)
        if not words:
            continue
        if words[-1] in codes:
            c = _code_shorthand(text, s, pre, taken, dates, starts)
            if c is not None:
                out.append(c)
                by_code.add(c.start)
            continue
        last = words[-2] if len(words) > 1 and words[-1].lower() == "số" else words[-1]
        if last.lower() not in last_syllables:
            continue
        m = _SHORT_NUMBER.match(text, s)
        if m is None:
            continue
        e = m.end()
        tm = _short_before_re().search(pre)
        if tm is None:
            continue
        s = s - len(pre) + tm.start("type")
        if _overlaps(taken, s, e):
            continue
        n = m.group()
        if len(n) == 4 and n.isdigit() and 1900 <= int(n) <= 2099:
            continue
        date = _date_after(text, e, dates, starts)
        if unit_word.match(text, e) and not (date or "số" in tm.group().lower()):
            continue  # "Kế hoạch 5 năm" is a five-year plan; "Nghị quyết số 47 ngày 13/12/2024" is not
        tw = tm.group("type")
        end = date.end if date else e
        body, term, title, _ = _details(text, end)
        out.append(Citation(
            text=text[s:end], start=s, end=end, type=name_for_type_word(tw),
            type_code=_pick_code(codes_for_type_word(tw), True), number=None, number_text=n,
            issuer_code=None, date=date.value if date else None, date_valid=date.valid if date else True,
            issuing_body=body, term=term, title=title, short=True,
        ))
    out.extend(_anaphora(text, taken))
    return out, by_code


def _code_shorthand(text, s, pre, taken, dates, starts) -> Citation | None:
    cm = _CODE_BEFORE.search(pre)
    m = _SHORT_NUMBER.match(text, s)
    if cm is None or m is None:
        return None
    start, e, n = s - len(pre) + cm.start("code"), m.end(), m.group()
    if _overlaps(taken, start, e) or (n.isdigit() and 1900 <= int(n) <= 2099) or _unit_word_re().match(text, e):
        return None
    code = cm.group("code")
    date = _date_after(text, e, dates, starts)
    end = date.end if date else e
    return Citation(
        text=text[start:end], start=start, end=end, type=type_name(code), type_code=code, number=None,
        number_text=n, issuer_code=None, date=date.value if date else None,
        date_valid=date.valid if date else True, short=True,
    )


def _anaphora(text, taken) -> list[Citation]:
    """"Nghị quyết nêu trên": an anaphor, linked to the nearest full citation of its type."""
    out = []
    for phrase in _ANAPHORA_PHRASES:
        i = text.find(phrase)
        while i >= 0:
            e = i + len(phrase)
            if (e == len(text) or not text[e].isalnum()) and i > 0 and text[i - 1].isspace():
                pre = text[max(0, i - 40):i]
                tm = _anaphora_before_re().search(pre)
                if tm:
                    s = i - len(pre) + tm.start("type")
                    if not _overlaps(taken, s, e):
                        tw = tm.group("type")
                        out.append(Citation(
                            text=text[s:e], start=s, end=e, type=name_for_type_word(tw),
                            type_code=_pick_code(codes_for_type_word(tw), True), number=None,
                            number_text=None, issuer_code=None, date=None, short=True,
                        ))
            i = text.find(phrase, e)
    return out
