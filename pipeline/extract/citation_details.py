"""What surrounds a cited number: the date after it ("ngày 01/11/2012", "năm 2025") or before
it, the issuing body, term and quoted title after it ("của Ban Chấp hành Trung ương (khóa XI)
“về ...”")."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from vanban.pipeline.extract.patterns import issuer_phrases, type_word_pattern
from vanban.pipeline.model import DateMention
from vanban.pipeline.resources import load_json


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


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """Lowercase words an issuing body's name may hold (``models/citations/words.json``)."""
    return frozenset(load_json("citations/words.json")["body_words"])


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


def date_after(text: str, pos: int, dates: list[DateMention], starts: list[int], *,
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


def date_after_body(text: str, pos: int, dates: list[DateMention], starts: list[int]):
    """"số 34-NQ/TU của Tỉnh ủy Lào Cai ngày 27/12/2025": a full date written right after the issuing
    body (spaces only between) is the cited document's; after a comma ("... của Chính phủ, ngày
    02/12/2003;") only if the citation ends with it: "..., ngày 15/3 Sở đã ..." opens a new clause.
    Returns (body, date, end) or (None, None, pos)."""
    body, _, _, bend = details(text, pos)
    sm = _SPACES_NGAY.match(text, bend) if body is not None else None
    if sm is None:
        return None, None, pos
    d = date_after(text, bend, dates, starts)
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


def year_after(text: str, pos: int, dates: list[DateMention], starts: list[int]) -> DateMention | None:
    i = bisect.bisect_left(starts, pos)
    if i < len(dates) and dates[i].precision == "year" and dates[i].text.lower().startswith("năm"):
        if _BEFORE_YEAR.fullmatch(text, pos, dates[i].start):
            return dates[i]
    return None


def date_before(text: str, pos: int, dates: list[DateMention], starts: list[int]) -> DateMention | None:
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


def details(text: str, pos: int) -> tuple[str | None, str | None, str | None, int]:
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
            if not (w[:1].isupper() or w.lower() in _body_words()):
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


def overlaps_any(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    i = bisect.bisect_right(taken, (s, 10**12))
    for j in (i - 1, i):
        if 0 <= j < len(taken) and taken[j][0] < e and s < taken[j][1]:
            return True
    return False


