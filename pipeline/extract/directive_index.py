"""What the loop over a document's units looks up, built once per document (``_DocIndex``:
sections by id, the deepest section at an offset, whether a heading is a title), and the unit
(``_Unit``) a directive is read from.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from vanban.pipeline.extract.directive_actors import _np_end, _org_start
from vanban.pipeline.extract.directive_tokens import _duty_prefix, _has, _match, _tokens, lexicon
from vanban.pipeline.extract.roles import is_title, sub_section_title
from vanban.pipeline.model import Document, Section
from vanban.pipeline.spans import Stabbing
from vanban.pipeline.text import caseless
from vanban.pipeline.text.labels import BARE_LABEL


# the marks of a bullet list ("- ", "+ ", "• ")
_BULLET_KINDS = ("bullet", "plus", "dash")

# "(1)", "(a)", "(iv)" open a list item, not the tail of a sentence
_PAREN_LABEL = re.compile(r"\((?:\d{1,3}|[a-zđ]|[ivx]{1,5})\)")


@dataclass(slots=True)
class _Unit:
    start: int
    end: int
    section: Section | None
    item: bool
    actor: str | None = None   # a task table's lead column names it


def _children(doc: Document) -> dict[str, list[Section]]:
    """Each section's children, by id; only those inside it: an annex's notes that the tree hangs on
    the body's last clause, after its span ended at the signature ("3. ... chịu trách nhiệm thi hành
    Thông tư này." / "Trong quá trình thực hiện ..." / "KT. BỘ TRƯỞNG" / "(1) Tên Phòng ...", realworld60 774),
    are none of its children."""
    ends = {s.id: s.end for s in doc.sections}
    kids: dict[str, list[Section]] = {}
    for s in doc.sections:
        if s.parent and s.start < ends.get(s.parent, len(doc.text)):
            kids.setdefault(s.parent, []).append(s)
    return kids


@cache
def _annex_title() -> re.Pattern:
    """An annex's title in capitals that opens with (or holds) "DANH MỤC", a course's programme
    (``syllabus_cues``: "CHƯƠNG TRÌNH KHUNG") or norms (``norm_titles``: "ĐỊNH MỨC KINH TẾ - KỸ THUẬT"),
    its caption "(Kèm theo ...)" at most three lines below; a crawled page may cut the title after its
    first word ("PHỤ LỤC I" / "DANH" / "MỤC THỦ TỤC HÀNH CHÍNH ...", realworld37 630)."""
    lex = lexicon()
    cues = "|".join(re.escape(" ".join(c).upper()).replace(r"\ ", r"\s+")
                    for c in lex["catalogue_cues"] + lex["syllabus_cues"] + lex["norm_titles"])
    return re.compile(rf"(?m)^[ \t*#_]*([^\n]{{0,60}}(?:{cues})[^\n]*)\n((?:[^\n]*\n){{0,3}}?)[ \t*_]*\("
                      r"(?:Ban hành |Được ban hành )?[Kk]èm theo")


@cache
def _part_title() -> re.Pattern:
    """The first part of an annex right under its caption, titled in capitals with "DANH MỤC"
    ("(Kèm theo Quyết định số 2665/QĐ-UBND ...)" / "Phần I. DANH MỤC THỦ TỤC HÀNH CHÍNH")."""
    cues = "|".join(re.escape(" ".join(c).upper()) for c in lexicon()["catalogue_cues"])
    return re.compile(r"\((?:Ban hành |Được ban hành )?[Kk]èm theo[^()]{0,300}\)[^\n]*\n(?:[ \t*_]*\n){0,3}"
                      rf"[ \t*#_]*(?:(?:Phần|PHẦN)\s+[IVX\d]+\s*[.:]?\s*)?([^\n]{{0,40}}(?:{cues})[^\n]*)")


@cache
def _numbered_part_title() -> re.Pattern:
    """A part of an annex headed on a line of its own, its title in capitals below opening with a catalogue's cue ("Mục
    3" / "DANH MỤC ĐỐI TƯỢNG ĐỊA LÝ VÀ CẤU TRÚC DỮ LIỆU CỦA CƠ SỞ ...")."""
    cues = "|".join(re.escape(" ".join(c).upper()).replace(r"\ ", r"\s+") for c in lexicon()["catalogue_cues"])
    return re.compile(rf"(?m)^[ \t*#_]*(?:Mục|MỤC|Phần|PHẦN)[ \t]+[IVX\d]{{1,4}}[ \t*_.:]*\n[ \t*#_]*((?:{cues})[^\n]*)")


@cache
def _annex_head_title() -> re.Pattern:
    """An annex's title in sentence case right under its head in capitals ("PHỤ LỤC" / "Danh mục hàng hóa
    lưỡng dụng thuộc quản lý nhà nước" / "(Ban hành kèm theo Thông tư số 30/2026/TT-BKHCN ...)",
    realworld33 595; "PHỤ LỤC I" / "Định mức khoán chi cho từng nhiệm vụ, hoạt động ..."), its caption at
    most three lines below."""
    lex = lexicon()
    cues = "|".join(re.escape(" ".join(c).capitalize()) for c in lex["catalogue_cues"] + lex["norm_titles"])
    return re.compile(rf"(?m)^[ \t*#_]*PHỤ LỤC[^\n]{{0,20}}\n[ \t*#_]*((?:{cues})[^\n]*)\n((?:[^\n]*\n){{0,3}}?)"
                      r"[ \t*_]*\((?:Ban hành |Được ban hành )?[Kk]èm theo")


_INLINE_ANNEX_TITLE = re.compile(r"(?m)^[ \t*#_]*(?:Phụ lục|PHỤ LỤC)\s+[IVXLC\d]+[a-z]?\s*[.:–-]\s*([^\n(]{10,200}?)"
                                 r"[ \t]*\n?[ \t*_]*\((?:Ban hành |Được ban hành )?[Kk]èm theo")


@cache
def _form_marker() -> re.Pattern:
    """The line that marks a form (``form_marker_pattern``: "Mẫu số 01", "MẪU SỐ 02/TNTT")."""
    return re.compile(lexicon()["form_marker_pattern"], re.M)


def _annex_catalogues(text: str) -> list[tuple[int, int]]:
    """Spans of the annexes that catalogue names ("BỔ SUNG DANH MỤC NGHỀ, CÔNG VIỆC NẶNG NHỌC, ĐỘC HẠI ...",
    "DANH MỤC THỦ TỤC HÀNH CHÍNH ...", "DANH MỤC BIỂU MẪU", also as the first part under an annex's
    caption, "Phần I. DANH MỤC THỦ TỤC HÀNH CHÍNH"): from the title to the next annex title or the end. A title that names tasks ("DANH MỤC NHIỆM VỤ TRỌNG TÂM ...") lists tasks, unless it
    names one of ``catalogue_items`` ("nghề, công việc") or is a norm's (``norm_titles``: "Định mức khoán chi cho
    từng nhiệm vụ, hoạt động ...": what each task costs)."""
    lex = lexicon()
    titles = [(m.start(), m.group(1).lower()) for m in _annex_title().finditer(text)
              if m.group(1).strip(" *#_").upper() == m.group(1).strip(" *#_")]
    titles += [(m.start(1), m.group(1).lower()) for m in _part_title().finditer(text)
               if m.group(1).strip(" *#_").upper() == m.group(1).strip(" *#_")]
    titles += [(m.start(1), m.group(1).lower()) for m in _annex_head_title().finditer(text)]
    # "Phụ lục XII. Chương trình, nội dung, thời lượng giáo dục định hướng" / "(Ban hành kèm theo ...)": a
    # course's programme titled in sentence case on its head's line (realworld71 807)
    titles += [(m.start(1), m.group(1).lower()) for m in _INLINE_ANNEX_TITLE.finditer(text)
               if _has(caseless(m.group(1)), lex["syllabus_cues"])]
    # a table of documents ("TT" / "Tên loại văn bản" / "Số, ký hiệu ..." / "Trích yếu nội dung ..."): its
    # cells are documents' titles ("Hướng dẫn xếp hạng các trường ...", realworld50 735)
    titles += [(m.start(), "danh mục văn bản") for m in _DOCUMENT_TABLE_HEAD.finditer(text)]
    # "Mục 3" / "DANH MỤC ĐỐI TƯỢNG ĐỊA LÝ VÀ CẤU TRÚC DỮ LIỆU ...": a part of an annex, below its caption, that
    # catalogues a database's features, its table flattened one cell a line ("- Quy hoạch tỉnh: Thể hiện ...",
    # realworld92 867: 318 of the cells read as duties at first contact)
    after_caption = caption.end() if (caption := _ANNEX_CAPTION.search(text)) else len(text)
    titles += [(m.start(), m.group(1).lower()) for m in _numbered_part_title().finditer(text, after_caption)]
    titles = sorted(set(titles))
    # the head of an annex of forms ends the annex before it ("PHỤ LỤC 2: MẪU CHỨNG CHỈ ..." after a
    # course's programme); a list of forms ends where the first form opens with its motto (realworld51 737, 738)
    heads = [m.start() for m in _ANY_ANNEX_HEAD.finditer(text) if _has(caseless(m.group(1)), lex["form_list_cues"])]
    spans = _scoring_tables(text) + _code_tables(text)
    for k, (start, title) in enumerate(titles):
        end = titles[k + 1][0] if k + 1 < len(titles) else len(text)
        end = min([end] + [h for h in heads if start + 40 < h < end][:1])
        if _has(title, lex["form_list_cues"]) and (motto := _MOTTO.search(text, start, end)):
            end = motto.start()
        if title.lstrip(" *#_").startswith(tuple(lex["process_annex_heads"])):
            continue   # "QUY TRÌNH XÂY DỰNG, THẨM ĐỊNH ... DANH MỤC THIẾT BỊ ...": a procedure's steps (realworld67 794)
        tasks = _has(title, lex["task_nouns"]) and not _has(title, lex["catalogue_items"]) \
            and not _has(title, lex["syllabus_cues"]) and not _has(title, lex["norm_titles"])
        if not tasks:
            spans.append((start, end))
    return spans


def _code_tables(text: str) -> list[tuple[int, int]]:
    """Spans of the tables that give codes to names, flattened one cell a line ("Mã" / "Tên Quy hoạch ngành" / "04" /
    "Quy hoạch mạng lưới đường bộ" / "05" / ..., a planning database's code scheme, realworld92 867): from the head to
    the last row of a code and its name; the names are no tasks."""
    out = []
    for m in _CODE_TABLE_HEAD.finditer(text):
        end = m.end()
        while (row := _CODE_ROW.match(text, end)) is not None:
            end = row.end()
        if end > m.end():
            out.append((m.start(), end))
    return out


def _scoring_tables(text: str) -> list[tuple[int, int]]:
    """Spans of the tables that score a unit's work (``scoring_titles``: "BẢNG CHẤM ĐIỂM THI ĐUA ĐỐI VỚI TẬP
    THỂ", under its annex's caption and motto): from the title to the next annex's head; its rows are the
    criteria scored ("Hoàn thành 100% công việc theo kế hoạch ..."), no tasks (realworld68 799)."""
    cues = "|".join(re.escape(c.upper()).replace(r"\ ", r"\s+") for c in lexicon()["scoring_titles"])
    heads = [m.start() for m in _ANY_ANNEX_HEAD.finditer(text)]
    out = []
    for m in re.finditer(rf"(?m)^[ \t*#_]*(?:{cues})\b[^\n]*$", text):
        out.append((m.start(), next((h for h in heads if h > m.end()), len(text))))
    return out


@cache
def _report_title() -> re.Pattern:
    """A form's title that names a report's outline (``report_outline_pattern``)."""
    return re.compile(lexicon()["report_outline_pattern"], re.I | re.M)


def _prompts(action: str | None) -> bool:
    """Whether a unit's verb phrase opens with a prompt to a report's writer (``report_prompt_verbs``)."""
    words = tuple(caseless(action or "").split())
    return any(words[:len(v)] == v for v in lexicon()["report_prompt_verbs"])


def _report_outlines(text: str) -> list[tuple[int, int]]:
    """Spans of the forms that outline a report ("Mẫu số 01" / "TÊN DOANH NGHIỆP DỊCH VỤ" / "Báo cáo định
    kỳ hằng năm của doanh nghiệp ..." / "Kính gửi: ..." / "2. Tình hình hoạt động ...:" / "a) Tổ chức giáo
    dục định hướng ...;"): their items name what the report covers, no task (realworld61 777, realworld55
    760); from the form's marker to the next one or the end. The title within six lines of the marker, the
    addressee within 1,500 characters."""
    marks = [m.start() for m in _form_marker().finditer(text)]
    spans = []
    for k, start in enumerate(marks):
        end = marks[k + 1] if k + 1 < len(marks) else len(text)
        head = text[start:min(end, start + 1500)]
        title = _report_title().search("\n".join(head.split("\n")[1:7]))
        if title and re.search(r"(?m)^[ \t*_]*Kính gửi", head):
            spans.append((start, end))
    return spans


# an annex's head on its own line, in capitals: "PHỤ LỤC", "PHỤ LỤC I", "PHỤ LỤC 02", "**PHỤ LỤC II**"
_ANNEX_HEAD = re.compile(r"(?m)^[ \t*#_]*PHỤ LỤC(?:[ \t]+[IVXLC\d]{1,5}[a-z]?)?[ \t*_.:]*$")
_ANY_ANNEX_HEAD = re.compile(r"(?m)^[ \t*#_]*(PHỤ LỤC\b[^\n]{0,160}\n(?:[^\n]*\n){0,3}?)[ \t*_]*\("
                             r"(?:Ban hành |Được ban hành )?[Kk]èm theo")
_MOTTO = re.compile(r"(?m)^[ \t*#_|]*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
# a code table's head, flattened one cell a line ("Mã" / "Tên Quy hoạch ngành"), and one of its rows ("04" / "Quy
# hoạch mạng lưới đường bộ")
_CODE_TABLE_HEAD = re.compile(r"(?m)^[ \t|*]*Mã(?:[ \t]+số)?[ \t|*]*\n[ \t|*]*Tên\b[^\n]{0,80}\n")
_CODE_ROW = re.compile(r"[ \t|*]*[0-9A-Z]{1,4}[ \t|*]*\n[ \t|*]*[^\n]{1,200}(?:\n|$)")
_ANNEX_CAPTION = re.compile(r"(?m)^[ \t*_]*\((?:Ban hành |Được ban hành )?[Kk]èm theo")   # an annex's caption
_DOCUMENT_TABLE_HEAD = re.compile(r"(?m)^[ \t|*]*Tên loại(?:[ \t]+văn bản)?[ \t|*]*\n(?:[^\n]*\n){0,4}?[ \t|*]*Trích yếu")
_MOTTO_WRAPPED = re.compile(r"CỘNG HÒA XÃ HỘI\s+CHỦ NGHĨA VIỆT NAM")   # a form's motto, on one line or two
_NOTE_NUMBER = re.compile(r"[ \t*_]*(?:\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}[ \t])[ \t*_]*")   # "(5) ", "[1] ", "2 "
_FOOTNOTE_MARK = re.compile(r"\d{1,2}[ \t]+(?=[A-ZĐ][a-zà-ỹđ])")
_CLAUSE_NOTE_MARK = re.compile(r"[ \t]*(\d{1,3}[a-zđ]?\.[ \t]+|[a-zđ]\)[ \t]+)?[1-9]\d{0,2}[ \t]+(?=[A-ZĐ][a-zà-ỹđ])")
_OUTLINE_WORDS = 5         # how many first words of an item and a later article's title must agree
_OUTLINE_MAX_WORDS = 24    # an outline's item is short


def _head_words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())[:_OUTLINE_WORDS]


class _DocIndex:
    """What the loop over a document's units looks up, built once per document: sections by
    id, the deepest section at an offset, whether a section's heading is a title."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.by_id = {s.id: s for s in doc.sections}
        self.first_by_id: dict[str, Section] = {}
        for s in doc.sections:
            self.first_by_id.setdefault(s.id, s)
        self._titles: dict[int, bool] = {}
        self.leadin_actors: dict[int, str | None] = {}   # id(section) -> the body its lead-in asks (directive_headings)
        self.regulated: dict[str, str | None] = {}   # article id -> the body whose duties it lists (directive_headings)
        self.intro_actors: dict[int, str | None] = {}   # id(article) -> the party its opening sentence binds (directive_article_leads)
        self.example_lines: list[int] | None = None   # where lines open a worked example, "Ví dụ ..." (directives)
        self.section_start_set = {s.start for s in doc.sections}
        self.kids_start: dict[str, int] = {}   # section id -> where its first child starts
        self.kids: dict[str, list[Section]] = {}   # section id -> its children, in text order
        for s in doc.sections:
            if s.parent and s.parent not in self.kids_start:
                self.kids_start[s.parent] = s.start
            if s.parent:
                self.kids.setdefault(s.parent, []).append(s)
        # the deepest section whose span (or heading line) holds an offset; the later on a tie
        self._deepest = Stabbing((s.start, max(s.end, s.heading_end + 1), (s.level, i))
                                 for i, s in enumerate(doc.sections))
        self._heading_lines = {b.start: b.end for b in doc.blocks if b.kind == "heading"}
        self.heading_blocks = sorted(self._heading_lines.items())   # (start, end) of a page's heading lines
        self._catalogues = _annex_catalogues(doc.text)
        self._outlines = _report_outlines(doc.text)
        self._annex_heads = [m.start() for m in _ANNEX_HEAD.finditer(doc.text)]
        found = _form_marker().search(doc.text)
        self._forms_from = found.start() if found else len(doc.text)
        # an annex before the first form's marker (a model decision or notice annexed to a circular) has its
        # footnotes at the page's foot ("1 Ghi nội dung hoạt động đấu thầu ...", realworld75 820) and its short
        # fields ("Các đơn vị phối hợp chính", realworld60 775) as a form has
        self._annexes_from = min(self._forms_from, self._annex_heads[0] if self._annex_heads else len(doc.text))
        self._mottos = [m.start() for m in _MOTTO_WRAPPED.finditer(doc.text)]   # where each form's motto stands
        # the first one to five words of each article's title -> where the last such article starts
        self._title_prefixes: dict[tuple[str, ...], int] = {}
        for s in doc.sections:
            if s.kind == "article" and s.heading:
                words = _head_words(s.heading)
                for n in range(1, len(words) + 1):
                    self._title_prefixes[tuple(words[:n])] = max(s.start, self._title_prefixes.get(tuple(words[:n]), -1))

    def outlines_an_article(self, start: int, end: int) -> bool:
        """A short item that names, word for word, the title of an article further on ("Điều 12. Quy
        trình giám định tư pháp" / "2. Chuẩn bị thực hiện giám định tư pháp." over "Điều 14. Chuẩn bị
        thực hiện giám định tư pháp"): an outline of the articles that carry the acts (realworld46 705)."""
        words = _head_words(self.doc.text[start:end])
        if not words or len(self.doc.text[start:end].split()) > _OUTLINE_MAX_WORDS:
            return False
        return self._title_prefixes.get(tuple(words), -1) > end

    def form_footnote_end(self, start: int, end: int) -> int:
        """Where a form's footnote opens its note after its number ("1 Ghi cụ thể số nhà, tổ, tên
        đường/phố ...", "2 Lựa chọn và tích (X) vào ô tương ứng", realworld46 698): 0 outside a form
        or where the unit opens with no such number."""
        if start < self._annexes_from:
            return 0
        m = _FOOTNOTE_MARK.match(self.doc.text, start, end)
        return m.end() if m else 0

    def note_mark_end(self, start: int, end: int, item: bool) -> int:
        """Where a unit's text opens after the number of a note that stands before it: a form's
        footnote ("1 Ghi cụ thể số nhà, ...", see ``form_footnote_end``) or, on a labelled clause, a
        consolidated text's mark of the footnote that says which text amended it ("1. 47 Triển khai áp
        dụng ...", "c) 4 Trước ngày 01 tháng 7 năm 2025: ...", realworld47 709, realworld54 755), with the
        clause's label where the structure took none; 0 where none stands there. A zero-padded count
        ("b) 02 Phó Giám đốc") is no mark."""
        if (m := _CLAUSE_NOTE_MARK.match(self.doc.text, start, end)) and (item or m.group(1)):
            return m.end()
        return 0 if item else self.form_footnote_end(start, end)

    def _note_line(self, pos: int) -> bool:
        """Whether the line at ``pos`` opens with a note's number ("(5) Ghi ...", "[1] Ghi ...", "2 Ghi ...")."""
        text = self.doc.text
        return bool(_NOTE_NUMBER.fullmatch(text, text.rfind("\n", 0, pos) + 1, pos)) or bool(
            _NOTE_NUMBER.match(text, pos))

    def a_form_field(self, start: int, end: int) -> bool:
        """Whether the unit is a form's field or row (``form_marker_pattern``): after the first line
        that marks a form ("Mẫu số 01"), one line with no closing mark and at most
        ``form_field_max_words`` words ("Bên chịu trách nhiệm xử lý", "[] Xây dựng"); in an annex before the first
        form's marker, not a lead-in that ends with a colon ("Điền thông tin theo mã như sau:")."""
        if start < self._annexes_from:
            return False
        text = self.doc.text[start:end].strip().rstrip("*_ ")
        return "\n" not in text and text[-1:] not in (".;!?" if start >= self._forms_from else ".;!?:") \
            and len(text.split()) <= lexicon()["form_field_max_words"]

    def annex_between(self, a: int, b: int) -> bool:
        """Whether an annex's head line ("PHỤ LỤC I", "PHỤ LỤC 141" with a footnote's mark) stands
        between ``a`` and ``b``: what lies after it is no longer the article above."""
        k = bisect_right(self._annex_heads, a)
        return k < len(self._annex_heads) and self._annex_heads[k] < b

    def in_catalogue(self, pos: int, action: str | None = None) -> bool:
        """Whether ``pos`` lies in an annex that catalogues names (``_annex_catalogues``), or in a form
        that outlines a report (``_report_outlines``) where the unit's ``action`` is no prompt to its
        writer (``report_prompt_verbs``: "Ghi rõ loài này có phân bố tại ...", "Mô tả kiểu sinh cảnh ...")."""
        if (cat := next(((a, b) for a, b in self._catalogues if a <= pos < b), None)) is not None:
            # a form's note that tells its filer what to write ("(5) Ghi đầy đủ tên nút giao ...") is no name
            # listed, whatever annex the form (its motto after the list's title) stands in (realworld64 785)
            return not (_prompts(action) and self._note_line(pos)
                        and bisect_right(self._mottos, cat[0]) < bisect_right(self._mottos, pos))
        return any(a <= pos < b for a, b in self._outlines) and not _prompts(action)

    def section_starts_at(self, pos: int) -> bool:
        return pos in self.section_start_set

    def section_for(self, pos: int) -> Section | None:
        key = self._deepest.find(pos)
        return self.doc.sections[key[1]] if key is not None else None

    def is_title(self, sec: Section) -> bool:
        got = self._titles.get(id(sec))
        if got is None:
            got = self._titles[id(sec)] = (is_title(sec, self.doc.text) or self.heading_over_items(sec)
                                           or self._name_over_items(sec)) and not self._cut_by_wrap(sec)
        return got

    def heading_over_items(self, sec: Section) -> bool:
        """A numbered line the page sets as a heading with items under it titles them, however long
        ("### 1. Xây dựng đề án sáp nhập một số đơn vị hành chính cấp tỉnh, ..." / "- Giao Đảng ủy
        Chính phủ chủ trì ..."): the items are the tasks, the heading names their subject."""
        block_end = self._heading_lines.get(sec.start)
        if block_end is None or sec.id not in self.kids_start:
            return False
        text = self.doc.text
        line_end = text.find("\n", sec.start)
        line_end = len(text) if line_end < 0 else line_end
        return block_end >= line_end - 3 and text[sec.start:line_end].rstrip(" *_")[-1:] not in ".;!?…"

    def _name_over_items(self, sec: Section) -> bool:
        """A bullet that is only a body's name, on its line or wrapped onto the next, with its own
        items right under it ("- Bộ Công Thương" / "+ Ban hành các quy định ..." / "+ Tiếp tục rà
        soát ...", "- Đề nghị Mặt trận Tổ quốc" / "Việt Nam tại địa phương" / "+ Xây dựng kế hoạch
        ..."): it titles the body's tasks, it is none of its own (realworld36 623, a Government
        resolution's tasks)."""
        kids = self.kids_start.get(sec.id)
        if kids is None or sec.kind not in _BULLET_KINDS:
            return False
        text = self.doc.text
        line_end = text.find("\n", sec.start)
        own = text[sec.heading_end:kids].strip(" *_\n")
        if line_end < 0 or text[sec.heading_end:line_end].strip(" *_") or own.count("\n") > 0:
            return False
        name = _duty_prefix().sub("", f"{sec.heading} {own}".strip(" *_"))
        toks = _tokens(name)
        if not toks or name[-1:] in ".;:!?…,":
            return False
        return _org_start(toks, 0) == 0 and _np_end(toks, 0) == (len(toks), "end")

    def _cut_by_wrap(self, sec: Section) -> bool:
        """An item whose first line the page's width cut where no title ends ("4. Sở Văn hóa, Thể
        thao và" / "Du lịch: Tiếp tục chỉ đạo ...", "a) Đến hết năm 2025: Có ≥" / "30% DNNVV ... ."):
        the line below goes on with the item's own text, so the heading is none. A body's name
        that ends on the line below ("2.2. Sở" / "Nội vụ") stays a title."""
        if sec.kind in ("chapter", "part", "heading"):
            return False
        text = self.doc.text
        line_end = text.find("\n", sec.heading_end)
        if line_end < 0 or text[sec.heading_end:line_end].strip(" *_") or self.section_starts_at(line_end + 1):
            return False
        words = sec.heading.rstrip(" *_").split()
        if not words:
            return False
        nxt_end = text.find("\n", line_end + 1)
        nxt = text[line_end + 1:len(text) if nxt_end < 0 else nxt_end].strip(" *_")
        if sec.kind == "article":
            if _duty_prefix().match(sec.heading.strip(" *_")) and nxt and nxt[-1] not in ".;:!?…":
                # "Điều 21. Trách nhiệm của các Bộ, ngành, tổ chức chính trị - xã hội," / "Ủy ban nhân dân
                # các tỉnh, ...": a duty title whose list of bodies the page wrapped (realworld40 652)
                return False
            # "Điều 5. Chánh Văn phòng UBND tỉnh, Giám đốc Sở" / "Công Thương, ... chịu trách nhiệm thi hành":
            # an untitled article's closing sentence, cut inside a body's name; "Điều 3. Chánh Văn phòng Bộ,"
            # / "Vụ trưởng Vụ Pháp chế, ...": cut after a list's comma (no title ends with one)
            return bool(nxt) and words[-1].endswith(",") \
                or _ends_with_head(words) and _name_runs_into_duty(words, nxt, ended=False)
        if nxt[:1].islower() or (nxt[:1] == "(" and not _PAREN_LABEL.match(nxt)):
            return True   # "2. Bảo đảm Hệ thống ... hoạt động liên tục" / "(24/24); phối hợp ...": the sentence runs on
        if "; " in sec.heading and nxt[-1:] in ".;!?…" and not sub_section_title(sec, text):
            # "1. Quán triệt ... ngày 20/11/2025; tiếp tục thực hiện" / "Công điện số 94/CĐ-BXD ... .": an
            # item's title holds no clause break; a sub-section's may ("2.2. Tập trung ...; khơi thông ...")
            return True
        lex = lexicon()
        if len(words) > 1 and words[-1].lower() in lex["wrap_date_heads"] \
                and words[-2].lower() in lex["wrap_date_prepositions"] and nxt[-1:] in ".;":
            return True   # "... trong thời hạn 60 ngày kể từ ngày" / "Quy chế này được ban hành.": the date runs on
        if words[-1].lower() in lex["wrap_reference_heads"] and nxt[:1].isdigit():
            return True   # "3. Tuân thủ quy định tại Điều" / "4, Điều 6 của Quy chế này, ...": the number runs on
        if nxt[-1:] in ".;" and len(nxt.split()) <= 3 and not nxt[:1].isdigit() \
                and not BARE_LABEL.match(nxt.lstrip("\"“")):
            return True   # "a) Tổ chức triển khai thực hiện" / "Thông tư này.": the sentence's last words
        ends = lex["wrapped_heading_ends"]
        if ": " in sec.heading and words[-1][-1] != ":" and nxt[-1:] != ":" \
                and len(nxt.split()) > lex["wrapped_name_max_words"]:
            return True   # "d) Ủy ban nhân dân các tỉnh, thành phố: Tuyên" / "Quang, Đồng Nai, ... quyết liệt chỉ đạo ...": the places run on
        if _name_runs_into_duty(words, nxt) or _name_part_runs_on(words, nxt):
            return True   # "2. Thống đốc Ngân hàng Nhà nước" / "Việt Nam, các Bộ trưởng, ... chịu trách nhiệm thi hành ..."
        if words[-1].lower() not in ends and words[-1][-1] not in ends and not _ends_with_head(words):
            return False
        return bool(nxt) and (nxt[-1] in ".;:!?…" or ": " in nxt or len(nxt.split()) > lexicon()["wrapped_name_max_words"])


def _name_runs_into_duty(words: list[str], nxt: str, *, ended: bool = True) -> bool:
    """A line naming a body ("2. Thống đốc Ngân hàng Nhà nước") whose next line goes on with the
    rest of the name and its duty in one sentence ("Việt Nam, các Bộ trưởng, ... chịu trách nhiệm
    thi hành Nghị quyết này."): the next line opens with a capital that is no verb and no other
    body's head, and holds a modal of duty before its full stop (before its end, where the line is not
    ``ended``: an article's sentence wrapped again below). A title over a body's tasks ("1.
    Sở Tài chính" / "Chủ trì, ..." or "Sở Nội vụ phối hợp ...") opens its line with a verb or a body."""
    lex = lexicon()
    if not nxt[:1].isupper() or (ended and nxt[-1:] not in ".;") \
            or not _match(_tokens(" ".join(words)), 0, lex["org_heads"]):
        return False
    toks = _tokens(nxt)
    if not toks or _match(toks, 0, lex["verbs"]) or _match(toks, 0, lex["openers"]) or _org_start(toks, 0) >= 0 \
            or _match(toks, 0, lex["party_heads"]):
        return False
    return any(_match(toks, k, _duty_modals()) for k in range(len(toks)))


def _name_part_runs_on(words: list[str], nxt: str) -> bool:
    """A line cut inside a proper name ("l) Đài Truyền hình Việt Nam, Đài Tiếng nói Việt" / "Nam, Thông tấn
    xã Việt Nam chủ trì, ...", "n) Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt" / "Nam và các tổ chức ..."):
    it ends on a capitalised word and the next line opens with one more, then a comma or a word in lower
    case, that is no verb, no opener and no body's head, and acts further on (realworld68 797)."""
    m = re.match(r"(\w+)(?:,\s|\s+[a-zđà-ỹ])", nxt)
    lex = lexicon()
    if not m or not _titlecase(words[-1]) or not _titlecase(m.group(1)) or " ".join(words).isupper():
        return False
    toks = _tokens(nxt)
    if _match(toks, 0, lex["verbs"]) or _match(toks, 0, lex["openers"]) or _org_start(toks, 0) >= 0 \
            or _match(toks, 0, lex["party_heads"]) or _match(toks, 0, lex["intro_openers"]):
        return False
    # the line below goes on to act ("... chủ trì, phối hợp ..."); a name that only ends there ("2.1. Sở" /
    # "Tài chính") stays a title
    return any(_match(toks, k, lex["verbs"]) for k in range(1, len(toks)))


def _titlecase(word: str) -> bool:
    return word[:1].isupper() and word[1:].isalpha() and word[1:].islower()


@cache
def _duty_modals() -> tuple[tuple[str, ...], ...]:
    """The modals that oblige ("phải", "có trách nhiệm", "chịu trách nhiệm"), not those that plan or
    advise ("sẽ", "cần"); one tuple for the life of the process (``_match`` indexes by identity)."""
    return tuple(m for m in lexicon()["modals"] if m[0] not in ("sẽ", "cần"))


def _ends_with_head(words: list[str]) -> bool:
    """A line that ends with the head of a body's name after a separator ("...; Chủ tịch" / "Ủy ban
    nhân dân các xã, ...", "c) Chủ trì, phối hợp với Văn phòng" / "UBND tỉnh và các cơ quan ...", "a) Trình
    Bộ" / "Công Thương ban hành ...", ``wrap_object_verbs``): the name goes on below. A title's own name
    ("3. Ủy ban nhân dân các xã, phường") ends in lower case."""
    low = [w.lower() for w in words[-5:]]
    for h in lexicon()["org_heads"]:
        n = len(h)
        if n < len(low) and tuple(low[-n:]) == h and words[-n][:1].isupper():
            before = words[-n - 1].lower()
            return before[-1:] in ";," or before in lexicon()["wrap_name_joiners"] \
                or before in lexicon()["wrap_object_verbs"]
    return False


def _report_section(ix: _DocIndex, sec: Section | None) -> str | None:
    """The id a reader cites: the nearest numbered section, not a bullet."""
    seen = 0
    while sec is not None and sec.kind == "bullet" and sec.parent and seen <= len(ix.by_id):
        sec = ix.by_id.get(sec.parent)
        seen += 1
    return sec.id if sec else None
