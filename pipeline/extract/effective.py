"""When a document takes effect, as its own text states it: "Nghị định này có hiệu lực thi hành
kể từ ngày 01 tháng 7 năm 2013", "... có hiệu lực kể từ ngày ký" (its own date), "... từ ngày
thông qua", "sau 15 ngày, kể từ ngày ký". The clause patterns are data (``models/relations.json``,
"effective"); ``extract.relations`` sets the result as ``metadata.effective_date``.
"""
from __future__ import annotations

import bisect
import re
from datetime import date as _date, timedelta
from functools import cache

from vanban.pipeline.model import Document
from vanban.pipeline.resources import load_json
from vanban.pipeline.text import caseless
from vanban.pipeline.text.labels import LETTER, arabic


@cache
def _relation_model() -> dict:
    return load_json("relations.json")


# --- effective date -----------------------------------------------------------------------

@cache
def _effective() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    e = _relation_model()["effective"]
    return tuple(re.compile(e[k], re.IGNORECASE) for k in ("clause", "subject", "passed"))


@cache
def _part_subject() -> re.Pattern:
    return re.compile(_relation_model()["effective"]["part_subject"], re.IGNORECASE)


@cache
def _signed_lead() -> re.Pattern:
    return re.compile(_relation_model()["effective"]["signed_lead"], re.IGNORECASE)


def _subject_is_self(subject: str, doc_type: str) -> bool | None:
    """True when "X này" names this document's type (or "Văn bản này"); None when X is another
    document type; False when it is no document type at all."""
    from vanban.pipeline.extract.patterns import type_words

    s = caseless(subject)
    if s.endswith("văn bản"):
        return True
    own = caseless(doc_type or "")
    if own and s.endswith(own):
        return True
    words = {w.casefold() for w in type_words()}
    if own and any(s.endswith(w) and own.startswith(w + " ") for w in words):
        return True  # "Thông tư này" in a Thông tư liên tịch: the head noun of its own type
    return None if any(s.endswith(w) for w in words) else False


def find_effective_date(doc: Document) -> str | None:
    """The date this document takes effect, as its own text states it, or None.

    "Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2013" -> "2013-07-01";
    "... có hiệu lực kể từ ngày ký" -> the document's date; "... từ ngày thông qua" -> the date
    of passing written in it; "sau 15 ngày, kể từ ngày ký" -> fifteen days after its date. A clause
    about another document ("Chính phủ đã ban hành Nghị định số 31/2013/NĐ-CP ..., Nghị định này
    có hiệu lực ...", in a letter) does not count; one about a part of this document ("Quy định tại
    khoản 3 Điều 75 của Luật này có hiệu lực thi hành từ ngày ...") only when no other clause gives one."""
    text = doc.text
    starts = [s.start for s in doc.sentences]
    dates = sorted(doc.dates, key=lambda d: d.start) if doc.dates else []
    if not dates:
        from vanban.pipeline.extract.dates import find_dates
        dates = find_dates(text)
    date_starts = [d.start for d in dates]
    own = doc.metadata.date or _date_from_caption(doc) or _date_from_signed_lead(doc, dates, date_starts)
    found = part = None
    clause_rx, subject_rx, passed_rx = _effective()
    if caseless(doc.metadata.doc_type or "") in _relation_model()["effective"]["consolidated_types"]:
        return _consolidated_date(doc, clause_rx, subject_rx, dates, date_starts)
    prev_end = 0
    for m in clause_rx.finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        s0 = starts[i] if i >= 0 else max(0, text.rfind("\n", 0, m.start()) + 1)
        # a second clause in the sentence has its own subject: "Luật này có hiệu lực ... từ ngày 01 tháng 01
        # năm 2016, trừ quy định tại ... Điều 2 của Luật này thì có hiệu lực ... từ ngày 01 tháng 01 năm 2018"
        s0 = max(s0, m.start() - 400, prev_end)
        prev_end = m.end()
        subjects = list(subject_rx.finditer(text, s0, m.start()))
        partial = False
        if subjects:
            verdict = _subject_is_self(subjects[0].group("subject"), doc.metadata.doc_type or "")
            # "Quy định tại ... khoản 2 Điều 12 Nghị định này có hiệu lực thi hành từ ...": a part of it
            partial = bool(_part_subject().search(text[s0:subjects[0].start()]))
        elif _bare_own_type(text[s0:m.start()], doc.metadata.doc_type):
            verdict = True  # "Điều 7. ... Nghị quyết có hiệu lực thi hành kể từ ngày ký"
        else:
            continue
        if verdict is False:
            continue
        if verdict is None:
            typed = [c for c in doc.citations if s0 <= c.start < m.start()]
            if typed or doc.metadata.doc_type:
                continue  # "Nghị định này" after citing a Nghị định: that decree's date
        when = " ".join((m.group("when") or "").casefold().replace("được", " ").split())
        value = None
        if m.group("days"):
            value = _plus_days(own, int(m.group("days")))
        elif when.startswith(("ngày ký", "ngày ban hành")):
            value = own   # "kể từ ngày ban hành": the day it was issued, signed
        elif when.endswith("thông qua"):   # "từ ngày thông qua", "từ khi được Quốc hội biểu quyết thông qua"
            p = passed_rx.search(text)
            value = _date_at(dates, date_starts, p.end()) if p else None
            value = value or own
        else:
            value = _date_at(dates, date_starts, m.start("when"))
        if value and partial:
            part = value
        elif value:
            found = value
    return found or part


def _consolidated_date(doc: Document, clause_rx: re.Pattern, subject_rx: re.Pattern, dates,
                       date_starts) -> str | None:
    """A consolidated text's effective date: that of the document it consolidates, which its
    opening states before the first section ("Thông tư số 34/2019/TT-BLĐTBXH ..., có hiệu lực từ
    ngày 15 tháng 02 năm 2020, được sửa đổi, bổ sung bởi: ...")."""
    first = min((s.start for s in doc.sections), default=len(doc.text))
    m = clause_rx.search(doc.text, 0, first)
    if m is None or (m.group("when") or "").strip().lower() != "ngày" \
            or subject_rx.search(doc.text, max(0, m.start() - 60), m.start()):
        return None
    return _date_at(dates, date_starts, m.start("when"))


_ARTICLE_HEAD = re.compile(r"^[\s*_#>|]*(?:Điều\s+\d+[a-zđ]?\s*[.:]?[^\n]*\n)?[\s*_#>|]*", re.IGNORECASE)


_ITEM_MARK = re.compile(rf"^[\s*_#>|]*(?:\(?{arabic(2)}[.)]|\(?{LETTER}[.)])?[\s*_]*", re.IGNORECASE)


def _bare_own_type(before: str, doc_type: str | None) -> bool:
    """The clause's subject is this document's type alone, without "này", at the start of its
    sentence, article or clause ("Nghị quyết có hiệu lực thi hành kể từ ngày ký ban hành", "1.
    Quyết định có hiệu lực thi hành kể từ ngày ...", also under a heading broken across lines)."""
    if not doc_type:
        return False
    rest = before[_ARTICLE_HEAD.match(before).end():]
    line = before[before.rfind("\n") + 1:]
    line = line[_ITEM_MARK.match(line).end():]
    return doc_type.casefold() in (caseless(rest.strip(" *_\n\t")), caseless(line.strip(" *_\t")))


_CAPTION = re.compile(r"(?:ban\s+hành\s+)?kèm\s+theo\s*$", re.IGNORECASE)


def _date_from_caption(doc: Document) -> str | None:
    """The document's own date when its header lost it: an appendix or attached plan names the
    document it belongs to, "(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày 27/11/2025 ...)", "(Ban
    hành kèm theo Quyết định số 773/QĐ-TTg ngày 26 tháng 6 năm 2018 ...)". The own number is
    no citation: the citation finder says which number and date are the document's own
    (``citations.own_number``); a citation of its own type right after "kèm theo" is the fallback."""
    from vanban.pipeline.extract.citations import own_number
    own = own_number(doc.text)
    if own and own[1]:
        return own[1]
    m = doc.metadata
    for c in doc.citations:
        if not c.date or not _CAPTION.search(doc.text, max(0, c.start - 24), c.start):
            continue
        if m.number and c.number == m.number:  # both canonical, from the same tables
            return c.date
        if not m.number and m.doc_type and (c.type or "").casefold() == m.doc_type.casefold():
            return c.date
    return None


def _date_from_signed_lead(doc: Document, dates, starts) -> str | None:
    """The document's own date when its header gives none but a portal's lead reports the signing:
    "Theo Cổng TTĐT ..., ngày 22/10/2025, đồng chí ... đã ký ban hành Quy định số 379-QĐ/TW ..."."""
    doc_type = caseless(doc.metadata.doc_type or "")
    if not doc_type:
        return None
    head = doc.text[:_relation_model()["effective"]["signed_lead_chars"]]
    for m in _signed_lead().finditer(head):
        if caseless(" ".join(m.group("noun").split())) == doc_type:
            return _date_at(dates, starts, m.start())
    return None


def _date_at(dates, starts, pos: int) -> str | None:
    i = bisect.bisect_left(starts, pos - 1)
    for d in dates[i:i + 2]:
        if d.start <= pos + 6 and d.precision == "day" and d.valid:
            return d.value
    return None


def _plus_days(iso: str | None, days: int) -> str | None:
    try:
        return (_date.fromisoformat(iso or "") + timedelta(days=days)).isoformat()
    except ValueError:
        return None
