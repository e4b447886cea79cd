"""The units a document's directives are read from: list items (one unit each, whatever their
sentences), titles that lead in with a clause of their own, the sentences outside them, and the
rows of task tables; closing zones (recipients, a web page's trailer) hold none.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from vanban.pipeline.extract.directive_actors import _np_end, _org_start
from vanban.pipeline.extract.directive_headings import _directs, _title_runs_on
from vanban.pipeline.extract.directive_kinds import case_fill
from vanban.pipeline.extract.directive_list_kinds import _ends_with_duty
from vanban.pipeline.extract.directive_index import _DocIndex, _Unit, _children
from vanban.pipeline.extract.directive_plan_fields import _content_field, _lead_field, _plan_field
from vanban.pipeline.extract.directive_reading import _DATE, _DEADLINE, _read
from vanban.pipeline.extract.directive_tokens import (
    _TERMINAL, _has, _label_end, _match, _rstrip_at, _tokens, _trim, acting_lead_tails, lexicon, posting,
)
from vanban.pipeline.extract.roles import site_trailer_start, sub_section_title
from vanban.pipeline.extract.task_tables import task_tables
from vanban.pipeline.model import Document, Section
from vanban.pipeline.text import caseless
from vanban.pipeline.spans import SpanSet
from vanban.pipeline.structure.closing import closing_starts
from vanban.pipeline.text.labels import ARTICLE, SENTENCE_LABEL, head


_SENT_END = re.compile(r"(?<=[.!?…])[\"”']?\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9])|\n+")


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A plain splitter for documents the segmenter has not split (sentences end at . ! ? or at
    a line break: normalisation already joined lines that cut a sentence)."""
    out, pos = [], start
    for m in _SENT_END.finditer(text, start, end):
        s, e = _trim(text, pos, m.start())
        if e > s:
            out.append((s, e))
        pos = m.end()
    s, e = _trim(text, pos, end)
    if e > s:
        out.append((s, e))
    return out


def _closing_zones(doc: Document) -> list[tuple[int, int]]:
    """From each "Nơi nhận" (recipients, signature) to the next section (an attached
    regulation starts again with its own articles) or the end of the text; and a crawled web
    page's trailer, to the end."""
    starts = sorted(s.start for s in doc.sections)
    zones = []
    for a in closing_starts(doc.text):
        k = bisect_right(starts, a)
        b = starts[k] if k < len(starts) else len(doc.text)
        note = _FOOTNOTE_LINE.search(doc.text, a, b)   # a form's footnotes below its signature are no part of it
        zones.append((a, note.start() + 1 if note else b))
    trailer = site_trailer_start(doc.text)
    if trailer < len(doc.text):
        zones.append((trailer, len(doc.text)))
    return sorted(zones)


# a footnote's line at the page's foot, its number then its note ("1 Ghi nội dung hoạt động đấu thầu được kiểm tra.",
# "3 Ghi tên cơ quan có thẩm quyền kiểm tra", under a form's signature, realworld75 820)
_FOOTNOTE_LINE = re.compile(r"\n[ \t]*[1-9]\d?[ \t]+(?=[A-ZĐ][a-zà-ỹđ]+[ \t]+\w+[ \t]+\w+)")


# the mark that closes a document's text before its signature ("... thi hành Quyết định này./.")
_TEXT_END = re.compile(r"\./\.")


# a paragraph after a list item's last sentence, "* Lưu ý: ..." (a note) included
_ITEM_END = re.compile(r"[.!?…][\"”')]*[ \t]*\n+\s*(?=(?:\*{1,3}[ \t]*)?[\"“(]?[A-ZĐÀ-Ỹ])")


def _units(doc: Document, ix: _DocIndex) -> list[_Unit]:
    """List items (one unit each, whatever their sentences) and the sentences outside them."""
    text = doc.text
    zones = _closing_zones(doc)
    zone_starts = [a for a, _b in zones]   # in text order
    trailer = site_trailer_start(text)
    # a web page's trailer is no part of the item it follows ("(6) Ủy ban nhân dân tỉnh ..." / "Văn phòng
    # Chính phủ thông báo ..." / "- Bạn vừa bị Đăng xuất ..."): its bullets are not the item's children
    kids = {k: v for k, v in ((k, [c for c in v if c.start < trailer]) for k, v in _children(doc).items()) if v}
    items: list[_Unit] = []
    heads: list[int] = []
    titles: list[tuple[int, int]] = []
    titled: set[int] = set()   # plan tasks set as titles over their fields: no field wraps into them
    titled_ids: set[str] = set()
    heads_cut: dict[int, int] = {}   # the line after a title that is a bare head -> where the head starts
    for s in doc.sections:
        if s.start >= trailer:
            continue   # the web page's trailer: no part of the document
        if s.kind == "attachment":   # "KẾ HOẠCH" / "Thực hiện Chương trình hành động số 35-CTr/HU ...": its title
            titles.append((s.start, s.heading_end))
            continue
        if ix.is_title(s) and _task_over_fields(text, s, kids.get(s.id)):
            # "1. Tổ chức tuyên truyền, phổ biến ..." / "- Cơ quan thực hiện: Bộ Công an ..." / "- Thời gian
            # thực hiện: ...": a plan's task titled, its fields under it
            items.append(_Unit(_label_end(text, s.start, s.heading_end), s.heading_end, s, True))
            heads.append(s.start)
            titled.add(s.start)
            titled_ids.add(s.id)
            continue
        if ix.is_title(s) and not posting(caseless(text[s.start:min(s.end, s.heading_end + 40)])):
            # ... not "- Trường hợp có lãi, ghi:" over its "Nợ các TK 111, 112": an entry to post
            lead = _clause_title(ix, s)
            if lead is None:
                end = max(s.heading_end, _label_end(text, s.start, s.heading_end))
                if ix.heading_over_items(s) or sub_section_title(s, text):   # a heading line cut short by its span: the whole line
                    nl = text.find("\n", s.start)
                    end = len(text) if nl < 0 else nl
                if _title_runs_on(ix, s):   # the title's name runs on to the next line
                    nl = text.find("\n", text.find("\n", s.heading_end) + 1)
                    end = len(text) if nl < 0 else nl
                name_start = _label_end(text, s.start, end)
                if caseless(text[name_start:end].strip(" *_:")) in lexicon()["procedure_title_heads"]:
                    nl = text.find("\n", _next_line(text, end))
                    end = len(text) if nl < 0 else nl   # "1. Thủ tục" / "Chỉ định tổ chức ...": the procedure's name
                titles.append((s.start, end))
                if _bare_head(text[name_start:end]):
                    heads_cut[_next_line(text, end)] = name_start
            else:   # "1. Sở A chỉ đạo Chi cục B thực hiện các nội dung sau:": a directive that leads in
                items.append(_Unit(lead[0], lead[1], s, True))
                heads.append(s.start)
            continue
        if s.parent in titled_ids and _content_field(caseless(text[s.start:s.end].lstrip(" \t*_-–+•"))):
            titles.append((s.start, s.end))   # "- Nội dung: rà soát ..." under a titled task: what it covers,
            continue                           # no task of its own
        start, end = _item_span(text, s, kids.get(s.id), zone_starts)
        if end <= start:
            continue
        if items and s.kind == "bullet" and heads[-1] not in titled and _wraps_into(text, items[-1], s, start, end):
            # ... not the first "+ 100% ..." target under its "- Giai đoạn 2025-2027" (realworld50 734), nor
            # "- Khi trái phiếu đến kỳ đáo hạn ..., ghi:" after the "Có TK 121" line of the entry before
            items[-1].end = max(items[-1].end, end)  # a wrapped line that begins with "- "
            continue
        items.append(_Unit(start, end, s, True))
        heads.append(s.start)
    item_spans = SpanSet((h, u.end) for h, u in zip(heads, items))
    title_spans = SpanSet(titles)
    zone_spans = SpanSet(zones)

    def covered(a: int, b: int) -> bool:
        return item_spans.overlaps(a, b) or title_spans.covers(a, b, slack=1)

    sentences = [(x.start, x.end) for x in doc.sentences]
    if not sentences:
        gaps, pos = [], 0
        for a, b in sorted([(h, u.end) for h, u in zip(heads, items)] + titles):
            if a > pos:
                gaps.append((pos, a))
            pos = max(pos, b)
        gaps.append((pos, len(text)))
        sentences = [se for a, b in gaps for se in _split_sentences(text, a, b)]
    units = list(items)
    for a, b in sentences:
        a, b = _trim(text, a, b)
        if b <= a or covered(a, b) or zone_spans.holds(a):
            continue
        if _a_title_after_its_number(text, a, b):
            continue
        m = SENTENCE_LABEL.match(text, a, b)  # a list mark the structure did not take as an item
        if m is None and text[a:a + 1] in _QUOTES:
            m = SENTENCE_LABEL.match(text, a + 1, b)   # an amended clause quoted with its label: "“a) Ủy ban ..."
        if m and m.end() < b:
            a = m.end()
        units.append(_Unit(a, b, None, bool(m and m.end() < b)))
    rows, held = task_tables(doc)
    if held:   # a task table's content cells replace what the sentences made of its rows
        cells = SpanSet(held)
        _cut_at_tables(text, units, cells, held)
        units = [u for u in units if u.end > u.start and not cells.overlaps(u.start, u.end)]
        units += [_Unit(a, b, None, True, actor) for a, b, actor in rows]
    for u in units:
        if u.section is None and u.start in heads_cut:
            u.start = heads_cut[u.start]   # "Điều 4. Chánh Văn phòng" / "UBND tỉnh, Giám đốc Sở ... chịu trách nhiệm ..."
    units.sort(key=lambda u: u.start)
    return _join_deadlines(text, _join_wrapped(text, units))


def _wraps_into(text: str, before_unit: _Unit, s: Section, start: int, end: int) -> bool:
    """Whether the bullet ``s`` is a line of the item before it that the page wrapped before "- ": the item's line
    ends with no stop right above it; not a share under its period, an entry to post or the next note of a table's
    notes."""
    before = s.start   # the text before the item, trailing blanks and markup left out
    while before > 0 and text[before - 1] in " \t\n*_":
        before -= 1
    return bool(before) and text[before - 1] not in _TERMINAL and before_unit.end >= before - 1 \
        and not (before_unit.section is not None and s.parent == before_unit.section.id and _SHARE.match(text, start)) \
        and not posting(caseless(text[start:end])) and not _sibling_note(text, before_unit, s, start)


def _sibling_note(text: str, before: _Unit, s: Section, start: int) -> bool:
    """A bullet that opens with a capital after a bullet of the same list and indent whose line ends with no stop,
    under a note's lead-in (``note_openers``: "Lưu ý:" / " - Biểu mẫu này do cấp xã lập ... sinh kế" / " - Khi cấp
    huyện tổng hợp thì bổ sung ...", a table's notes, realworld83 842): the next note, no line of the one before
    wrapped by the page (a table's cells written as bullets stay joined as before)."""
    prev = before.section
    if prev is None or prev.kind != "bullet" or prev.parent != s.parent:
        return False
    word = text[_label_end(text, start, min(len(text), start + 40)):][:1]
    indent = lambda at: at - (text.rfind("\n", 0, at) + 1)
    if not (word.isupper() and indent(prev.start) == indent(s.start)):
        return False
    # the list's lead-in: the nearest line above the notes that is no bullet ("Lưu ý:", "Ghi chú:")
    pos = prev.start
    while (pos := text.rfind("\n", 0, max(pos - 1, 0))) > 0:
        line = text[pos + 1:text.find("\n", pos + 1)].strip(" \t*_")
        if line and line[0] not in "-+•–":
            return caseless(line).startswith(tuple(" ".join(w) for w in lexicon()["note_openers"]))
    return False


def _cut_at_tables(text: str, units: list[_Unit], cells: SpanSet, held: list[tuple[int, int]]) -> None:
    """End a unit where a task table starts when it ran on into it after a closed sentence ("2. Bộ Nội vụ
    theo dõi ... ./." / the signature / "PHỤ LỤC" / "TT"); a procedure's title over its steps stays as it is
    (and goes with the table)."""
    for u in units:
        if cells.overlaps(u.start, u.end) and not cells.holds(u.start):
            end = _trim(text, u.start, min((a for a, _b in held if u.start < a < u.end), default=u.end))[1]
            if _SENTENCE_CLOSED.search(text, u.start, end):
                u.end = end


def _item_span(text: str, s: Section, kids: list[Section] | None, zone_starts: list[int]) -> tuple[int, int]:
    """An item's own text: from after its label to its first child, a closing zone, the paragraph
    after its last sentence (an item with no children) or the mark that closes the document's text."""
    start = _label_end(text, s.start, s.end)
    end = s.heading_end if kids else s.end
    if kids:  # content continues up to the first child
        end = max(end, min(c.start for c in kids))
    k = bisect_left(zone_starts, start)   # a closing zone inside ends the item
    if k < len(zone_starts) and zone_starts[k] < end:
        end = zone_starts[k]
    if not kids:  # a paragraph after the last item is no part of it
        m = _ITEM_END.search(text, start, end)
        end = m.start() + 1 if m else end
    m = _TEXT_END.search(text, start, end)   # "... để xem xét, giải quyết./." ends the document's text
    end = m.end() if m else end
    return _trim(text, start, end)


_QUOTES = "\"“"
_SHARE = re.compile(r"\d{1,3}(?:[,.]\d{1,2})?\s?%\s")   # a share to reach opening an item: "100% dịch vụ ..."
# a sentence closed before a table: its last mark, then only blanks and lines of no words (signature,
# page furniture) up to where the table starts
_SENTENCE_CLOSED = re.compile(r"[.;!?…][ \t]*\n")
# what stands before an amended article's title on its line: the quote that opens the article
# and its head, "“Điều 19a."
# a form's number before its title on the line ("Mẫu số 7.5. ", "5 Mẫu số 03/TNXP. ")
_FORM_NUMBER_BEFORE = re.compile(r"[ \t*_|\d]*(?:Mẫu|MẪU)(?:[ \t]+(?:biểu|BIỂU))?[ \t]+(?:số|SỐ)[ \t]*[\w./-]{1,12}?\.?[ \t]*")
_SUBPART_NUMBER = re.compile(r"[ \t*_]*[IVX]{1,4}\.\d{1,2}\.?[ \t]+")   # "IV.1. " before "Quy hoạch ..."
_QUOTED_ARTICLE_HEAD = re.compile(rf"[ \t*_]*[\"“][ \t*_]*{head(ARTICLE)}\.[ \t*_]*")


def _a_title_after_its_number(text: str, a: int, b: int) -> bool:
    """The sentence at ``a`` is a title after its number on the line: an amended article's, quoted ("“Điều 19a.
    Ứng dụng công nghệ thông tin ...") or a form's in a list of forms ("Mẫu số 7.5. Phân tích tỷ lệ các chỉ số
    ...", realworld60 773); or a whole line numbered under a part in Roman numerals, with no closing mark ("IV.1.
    Quy hoạch mạng lưới đường bộ" over "1. Về sơ đồ ...", realworld92 867)."""
    line = text.rfind("\n", 0, a) + 1
    return bool(_QUOTED_ARTICLE_HEAD.fullmatch(text, line, a) and text[b - 1:b] not in ".;!?…") \
        or bool(_FORM_NUMBER_BEFORE.fullmatch(text, line, a)) \
        or (bool(_SUBPART_NUMBER.fullmatch(text, line, a)) and "\n" not in text[a:b] and text[b - 1:b] not in ".;:!?…")


def _next_line(text: str, pos: int) -> int:
    """Where the first non-blank text after the line holding ``pos`` starts."""
    nl = text.find("\n", pos)
    if nl < 0:
        return len(text)
    k = nl + 1
    while k < len(text) and text[k] in " \t\n*_":
        k += 1
    return k


def _bare_head(title: str) -> bool:
    """A title that is only the head of a body's name, cut by the page's width ("Điều 4. Chánh Văn
    phòng" / "Ủy ban nhân dân tỉnh, Giám đốc Sở ... chịu trách nhiệm thi hành Quyết định này."): the
    line below is the article's sentence, its subject starting in the title."""
    words = tuple(title.strip(" *_").lower().split())
    return bool(words) and len(words) <= 3 and any(h[:len(words)] == words for h in lexicon()["org_heads"])


_BROKEN_NUMBER = re.compile(r"\d+/(?:\d{4}/)?[A-ZĐ]{1,8}-$")   # "Quyết định số 30/2025/QĐ-"
_CODE_TAIL = re.compile(r"[A-ZĐ]{2,}[A-ZĐ0-9-]*\s+ngày\s")        # "UBND ngày 30/9/2025 của ..."


def _join_wrapped(text: str, units: list[_Unit]) -> list[_Unit]:
    """A sentence cut by a line break after a word that never ends one ("... Nghị định số
    362/2025/NĐ-CP của" / "Chính phủ quy định chi tiết ..."): the line below goes on with it, it
    is no sentence of its own (``wrap_name_joiners``); so does a document's number cut after its
    hyphen ("Quyết định số 30/2025/QĐ-" / "UBND ngày 30/9/2025 của Ủy ban nhân dân tỉnh ... Ban hành
    ...", realworld64 785)."""
    joiners = set(lexicon()["wrap_name_joiners"])
    out: list[_Unit] = []
    for u in units:
        prev = out[-1] if out else None
        if prev is not None and u.section is None and not u.item and u.actor is None and prev.actor is None \
                and prev.end <= u.start and text.count("\n", prev.end, u.start) == 1 \
                and not text[prev.end:u.start].strip():
            last = text[max(prev.start, prev.end - 12):prev.end].split()
            if (last and last[-1] in joiners) or (text[prev.end - 1] == "," and prev.section is None) \
                    or (_BROKEN_NUMBER.search(text, max(prev.start, prev.end - 24), prev.end)
                        and _CODE_TAIL.match(text, u.start, u.end)) \
                    or (text[prev.end - 1] not in ".!?…:" and prev.section is None
                        and _executes().search(text, u.start, u.end)):
                # "Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Tài chính," / "Nông nghiệp và Môi trường; ...": no
                # sentence ends at a comma (realworld12 436)
                # "Chánh Văn phòng ...; Thủ trưởng các sở, ban, ngành;" / "Chủ tịch ... chịu trách
                # nhiệm thi hành Quyết định này./.": one list of bodies before its formula, cut by
                # the page after a ";" or inside a name ("... các sở, ban, ngành" / "Thành phố; ...")
                prev.end = u.end
                continue
        out.append(u)
    return out


@cache
def _executes() -> re.Pattern:
    """The formula that names who carries a document out (``execution_formulas``)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(" ".join(w)).replace(r"\ ", r"\s+") for w in lexicon()["execution_formulas"]) + r")(?!\w)",
                      re.IGNORECASE)


@cache
def _deadline_opener() -> re.Pattern:
    words = "|".join(re.escape(w) for w in lexicon()["deadline_line_openers"])
    return re.compile(rf"[*_ ]*(?:{words})[*_ ]*:?[*_ ]*", re.IGNORECASE)


_DEADLINE_TAIL = re.compile(r"[\s*_.;)]*")
_BARE_DATE = re.compile(r"(?:[Tt]rong\s+|[Đđ]ến\s+)?(?:" + _DATE + ")", re.IGNORECASE)


# a time limit counted from an event: "không quá 03 ngày làm việc kể từ ngày ban hành Quyết định"
_LIMIT = re.compile(r"(?:không\s+quá|trong(?:\s+vòng)?|tối\s+đa)\s+\d{1,3}(?:[.,]\d)?\s*(?:ngày(?:\s+làm\s+việc)?|tháng"
                    r"|tuần|giờ)(?:\s*,?\s*kể\s+từ\s+[^.;\n]{1,100})?", re.IGNORECASE)


def _deadline_only(text: str, start: int, end: int) -> bool:
    """A sentence that is only a time limit: "Hoàn thành *trước ngày 21/11/2025.*", "Thời hạn hoàn
    thành không quá 03 ngày làm việc kể từ ngày ban hành Quyết định." (realworld33 600)."""
    m = _deadline_opener().match(text, start, end)
    d = m and (_DEADLINE.match(text, m.end(), end) or _BARE_DATE.match(text, m.end(), end)
               or _LIMIT.match(text, m.end(), end))
    return bool(d) and _DEADLINE_TAIL.fullmatch(text, d.end(), end) is not None


def _join_deadlines(text: str, units: list[_Unit]) -> list[_Unit]:
    """A time limit alone on the line below a unit is that unit's deadline, not a directive of
    its own (``deadline_line_openers``)."""
    out: list[_Unit] = []
    for u in units:
        prev = out[-1] if out else None
        if prev is not None and u.section is None and u.actor is None and prev.end <= u.start \
                and not text[prev.end:u.start].strip(" \t\n*_") and text.count("\n", prev.end, u.start) <= 2 \
                and _deadline_only(text, u.start, u.end):
            prev.end = u.end
            continue
        out.append(u)
    return out


def _task_over_fields(text: str, sec: Section, kids: list[Section] | None) -> bool:
    """A numbered title that opens with a verb and holds only a plan's fields ("Cơ quan thực hiện:",
    "Thời gian thực hiện:", "Nội dung:"), one of them naming who acts: the title is the task."""
    if not kids or sec.kind in ("article", "chapter", "part", "heading") or sec.role != "tasks":
        return False
    fields = [caseless(text[_label_end(text, k.start, k.end):k.end].strip(" *_")) for k in kids]
    if not all(_plan_field(f) or _content_field(f) for f in fields) or not any(_lead_field(f) for f in fields):
        return False
    name_start = _label_end(text, sec.start, sec.heading_end)
    return _read(text, name_start, sec.heading_end).verb_initial


def _submits_to_body(title: str) -> bool:
    """A title that is only a submission to a body ("Trình Ủy ban nhân dân cấp tỉnh:", ``submission_leads``):
    the items under it name the drafts (noun phrases), so the title itself is the duty."""
    toks = _tokens(title.rstrip(" :"))
    n = _match(toks, 0, lexicon()["submission_leads"])
    return bool(n) and n < len(toks) and _org_start(toks, n) == n and _np_end(toks, n) == (len(toks), "end")


def _kids_describe(ix: _DocIndex, sec: Section) -> bool:
    """Whether every item under a title opens with a word that describes (``description_openers``:
    "+ Là các di tích, di chỉ khảo cổ học ...", realworld46 701): they say what the title's task
    finds, none of them is a task."""
    kids = ix.kids.get(sec.id)
    openers = tuple(w + " " for w in lexicon()["description_openers"])
    text = ix.doc.text
    return bool(kids) and all(caseless(text[_label_end(text, k.start, k.end):k.end].lstrip(" *_")).startswith(openers)
                              for k in kids)


@cache
def _reference_duty_lead() -> re.Pattern:
    """A lead-in by which a body carries out the duties a law gives it and those listed below
    (``reference_duty_lead_pattern``): itself a duty, by reference (realworld62 781, realworld70 804)."""
    return re.compile(lexicon()["reference_duty_lead_pattern"])


def _reference_duty_span(ix: _DocIndex, sec: Section, start: int, line_end: int) -> tuple[int, int] | None:
    """The span of a title, wrapped over its lines down to its first item, by which its body carries out the
    duties a law gives it and those listed below ("2. Hội đồng quản trị thực hiện nhiệm vụ, quyền hạn theo quy
    định tại khoản 2 / Điều 12 của Luật Giáo dục nghề nghiệp và các quy định sau đây:"); None for any other."""
    text = ix.doc.text
    end = _rstrip_at(text, max(line_end, ix.kids_start.get(sec.id, line_end)))
    while end > start and text[end - 1] in "*_ ":
        end -= 1
    if end - start > 600 or not _reference_duty_lead().search(caseless(" ".join(text[start:end].split()))):
        return None
    r = _read(text, start, end)
    return (start, end) if r.actors and r.subject_verb and not r.modal else None


_POWER = re.compile(r"(?<!\w)có quyền(?!\w)")   # "Cục trưởng ... có quyền xử phạt ... trong các trường hợp sau:"


def _clause_title(ix: _DocIndex, sec: Section) -> tuple[int, int] | None:
    """The span of a title that is a clause of its own leading into the items under it: a body
    that directs another, or one assigned, then ":" ("Sở Nông nghiệp và Môi trường chỉ đạo Chi cục
    Biển đảo và Thủy sản thực hiện các nội dung sau:", "Giao các sở thực hiện:"); None for a title
    that only names ("3. Sở Tư pháp:", "Nhiệm vụ của đoàn kiểm tra") or states a power."""
    text = ix.doc.text
    line_end = text.find("\n", sec.heading_end)
    line_end = len(text) if line_end < 0 else line_end
    start = _label_end(text, sec.start, line_end)
    end = _rstrip_at(text, line_end)
    while end > start and text[end - 1] in "*_ ":
        end -= 1
    if sec.kind in ("article", "chapter", "part", "heading"):
        return None
    if _submits_to_body(text[start:end]):
        return start, end   # "1.1. Trình Ủy ban nhân dân tỉnh" / "a) Dự thảo nghị quyết ...": the duty, its drafts below
    if (lead := _reference_duty_span(ix, sec, start, line_end)) is not None:
        return lead
    if end - start < 20 or text[end - 1] != ":":
        return None
    if case_fill(caseless(text[start:end])):
        return start, end   # "1. Trường hợp tạm ngừng kinh doanh thì ghi:" / "Thời gian ...: ...": what to write, in which case
    r = _read(text, start, end)
    if r.verb_initial and re.search(r"(?<!\w)như\s*:$", text[start:end]):
        return start, end   # "Nghiên cứu, triển khai các nền tảng số ... như:": the task, its examples below
    if r.verb_initial and _kids_describe(ix, sec):
        return start, end   # "- Xác định đặc trưng di tích:" / "+ Là các di tích ...": the task, what it finds below
    if r.actors and r.subject_verb and r.open_subject and not r.modal \
            and caseless(text[start:end - 1]).rstrip().endswith(acting_lead_tails()):
        return start, end   # "Bộ Công an từ chối quá cảnh trong các trường hợp sau đây:": the act, its cases below
    if r.actors and r.subject_verb and r.modal and r.bare_modal and not _ends_with_duty(caseless(text[start:end])):
        return start, end   # "Trong thời hạn ..., đơn vị bán lẻ điện phải cung cấp cho bên bán buôn điện:": the duty
    low = caseless(text[start:end])
    if r.actors and r.subject_verb and (r.modal or r.open_subject) and not _POWER.search(low) \
            and (_has(low, lexicon()["case_cues"]) or _has(low, lexicon()["case_lead_cues"])):
        # "Nhà cung cấp có trách nhiệm phân loại hệ thống ... khi hệ thống đó đáp ứng đồng thời các tiêu chí sau:",
        # "Bên triển khai phải gắn nhãn ... trong các trường hợp sau đây:": the duty, the cases it holds in below
        # (realworld84 844)
        return start, end
    if not r.actors or not (r.assigned or (r.subject_verb and r.open_subject and _directs().search(text, start, end))):
        return None   # "Cục trưởng ... có quyền xử phạt ... như sau:" states a power
    return start, end
