"""Section and sentence roles: what part of a report or law a passage belongs to.

Party and government reports follow a convention: situation (đặc điểm tình hình, thuận lợi,
khó khăn), implementation (triển khai, quán triệt), results (kết quả đạt được), limitations
(hạn chế, tồn tại), causes (nguyên nhân), lessons (bài học kinh nghiệm), orientation (phương
hướng, mục tiêu), tasks (nhiệm vụ, giải pháp, kiến nghị); laws and decrees have articles (Điều).

``assign_roles(doc)`` gives every ``Section`` a role from its title (a child whose title says
nothing inherits its parent's role) and every ``Sentence`` the role of its section, refined by
cue words ("Tuy nhiên, ... còn hạn chế" in a results section is a limitation). The cue words live
in ``models/roles.json``.

>>> from vanban.pipeline.model import Document, Section
>>> text = "I. KẾT QUẢ\\nĐạt 90%.\\nII. HẠN CHẾ\\nCòn chậm."
>>> doc = Document("x", "", "txt", text, text, sections=(
...     Section("I", "KẾT QUẢ", 1, 0, 20, 10, "roman", "I"),
...     Section("II", "HẠN CHẾ", 1, 20, 41, 31, "roman", "II")))
>>> [s.role for s in assign_roles(doc).sections]
['results', 'limitations']
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cache

from vanban.pipeline.model import Document, Section, Sentence
from vanban.pipeline.resources import load_json
from vanban.pipeline.spans import SpanSet, Stabbing
from vanban.pipeline.structure.closing import closing_starts  # the "Nơi nhận" finder; directives import it from here
from vanban.pipeline.text import caseless as _fold, strip_tones  # strip_tones: directives imports it from here
from vanban.pipeline.text.labels import LETTER, arabic


ROLES = ("situation", "implementation", "results", "limitations", "causes", "lessons",
         "orientation", "tasks", "article", "preamble", "closing", "other")


@cache
def _site_trailer_pattern() -> re.Pattern:
    m = role_model()
    lines = "|".join(re.escape(x) + r"[ \t*_:]*$" for x in m["site_trailer_lines"])
    openers = "|".join(re.escape(x) for x in m["site_trailer_openers"])
    return re.compile(r"^[ \t#*_|\-–]*(?:" + lines + "|" + openers + ")", re.M)


def site_trailer_start(text: str) -> int:
    """Where the trailer of a crawled web page begins (``len(text)`` when there is none): the
    first line after the last recipients block that a legal-documents website writes after the
    document ("## Văn bản liên quan", "Cảm ơn đã dùng ThuVienPhapLuat.vn", "- Bạn vừa bị Đăng
    xuất khỏi Tài khoản ."), its markers in ``models/roles.json``. What follows is the site's,
    not the document's: related documents' dates, customer notices, UI hints.

    >>> site_trailer_start("Điều 3. Thi hành.\\nNơi nhận:\\n- Như Điều 3;\\n## Văn bản liên quan\\nBan hành:")
    42
    """
    closes = closing_starts(text)
    m = _site_trailer_pattern().search(text, closes[-1] if closes else 0)
    return m.start() if m else len(text)


_LAW_KINDS = {"article", "chapter", "clause"}
_ITEM_KINDS = {"bullet", "paren", "plus", "dash"}
_END_CONTENT = re.compile(r"[.;!?…]\W*$")


@cache
def role_model() -> dict:
    """``models/roles.json``, loaded once."""
    return load_json("roles.json")


# a cue of at least this many words is also matched with tones folded (OCR): long enough that no
# other words fold to it ("chỉ tiêu" and "chi tiêu" would)
_FOLD_CUE_WORDS = 3


# after a long article title, its body starts on a line of its own with a clause's label or a
# capital ("1. Sở, ban, ngành ...", "a) ...", "Quyết định này ..."), not the title's sentence going
# on ("... được phê duyệt tại Điều" / "1 Quyết định này, xây dựng ...")
_LONG_TITLE_BODY = re.compile(rf"[ \t*_]*\n[\s*_]*(?:{arabic(2)}\.\s|{LETTER}\)\s|[A-ZĐÀ-Ỹ][^\W\d_]*\s)")


def is_title(section: Section, text: str | None = None) -> bool:
    """True when a section's heading is a title ("1. Thuận lợi", "Điều 3. Hiệu lực thi hành"),
    False when it is the start of content ("- Tăng cường công tác ...", "1. Giao Bộ Tài chính
    chủ trì ...": a list item or a clause whose heading line is its own text). With the
    document's ``text`` the heading is read as written (its closing punctuation included)."""
    h = section.heading.strip().strip("*_ ")
    if section.kind == "heading":
        return True  # a markdown heading line ("# V/v ban hành Thông tư ...") titles, however long
    if _inline_list().search(h):
        return False  # "Điều 2. Giao Bộ trưởng Bộ Tài chính: (i) ..." opens its own list: no title
    if text is not None and sub_section_title(section, text):
        return True
    if text is not None and h and section.heading_end > section.start:
        written = text[section.start:section.heading_end].rstrip(" *_\n")
        line_end = text.find("\n", section.heading_end)
        line_end = len(text) if line_end < 0 else line_end
        tail = text[section.heading_end:line_end].strip(" *_")
        if len(tail) <= 3:  # the heading's own closing punctuation ("." or ":")
            written += tail
        elif section.kind not in ("article", "chapter"):
            return False  # the line goes on after the "heading": it is the item's own text
        elif written.endswith(":"):
            return False  # "Điều 4. Chánh Văn phòng ...; Giám đốc Sở: Lao động ..., ...": a clause, not a title
        if written and written[-1] in ".:;!?…" and not h.endswith(written[-1]):
            h += written[-1]
    if not h:
        return True
    words = len(h.split())
    if h.endswith(":"):
        # "- Kết quả thực hiện:" titles its items; "- Triển khai thực hiện phân cấp, phân quyền theo
        # một số nguyên tắc chính sau:" is an item of its own that leads into the ones below it
        return section.kind not in _ITEM_KINDS or words <= role_model()["item_title_max_words"]
    if section.kind in _ITEM_KINDS:
        return False
    if _END_CONTENT.search(h) and words >= 8:
        return False
    if _END_CONTENT.search(h) and text is not None and not text[section.heading_end:section.end].strip(" .;:\n*_"):
        return False  # "2. Tổ chức kê khai đúng quy định." with nothing under it: a short item
    if section.kind == "article" and text is not None and _catalogue_title(section, h, text):
        return True   # "Điều 4. Danh mục các lĩnh vực ... không được thành lập ...": the name of the list below
    if section.kind == "article" and text is not None and h[-1] not in ".;:!?…" \
            and _LONG_TITLE_BODY.match(text, section.heading_end, section.end) \
            and (not _words_re("article_title_not_words").search(h) or _duty_title(h, text, section)):
        # "Điều 11. Phân cấp thẩm quyền quyết định sử dụng tài sản công ... đối tác công tư" alone
        # on its line, its clauses below: a long article title
        return words <= role_model()["article_title_max_words"]
    return words <= role_model()["title_max_words"]


_CLAUSE_BELOW = re.compile(rf"[ \t*_]*\n[\s*_]*(?:{arabic(2)}\.\s|{LETTER}\)\s)")


def _duty_title(h: str, text: str, section: Section) -> bool:
    """An article's title that names the bodies whose duties its numbered clauses list, ending with one
    of ``duty_title_ends`` ("Điều 55. Cơ quan chủ quản trường trung cấp công lập; bộ, cơ quan ngang bộ,
    ... có trách nhiệm" / "1. Chỉ đạo ..."): a title, though its words are those of a clause."""
    return _duty_title_end().search(h) is not None \
        and _CLAUSE_BELOW.match(text, section.heading_end, section.end) is not None


@cache
def _duty_title_end() -> re.Pattern:
    ends = "|".join(re.escape(w) for w in role_model()["duty_title_ends"])
    return re.compile(rf"(?<!\w)(?:{ends})$", re.IGNORECASE)


def _catalogue_title(section: Section, h: str, text: str) -> bool:
    """An article's heading that opens with one of ``catalogue_title_openers``, its line with no
    closing mark and items below it, however long and whatever words the line holds."""
    line_end = text.find("\n", section.start)
    if line_end < 0 or line_end >= section.end or not _words_re("catalogue_title_openers").match(h.lower()):
        return False
    line = text[section.start:line_end].rstrip(" *_")
    return bool(line) and line[-1] not in ".;:!?…" and _LONG_TITLE_BODY.match(text, line_end, section.end) is not None


@cache
def _inline_list() -> re.Pattern:
    return re.compile(role_model()["inline_list_pattern"])


def sub_section_title(section: Section, text: str) -> bool:
    """A numbered line with a label of two levels alone on its line, no closing mark, over
    paragraphs ("2.2. Tập trung nguồn lực hoàn thiện kết cấu hạ tầng ...; khơi thông và sử dụng hiệu
    quả nguồn lực đầu tư công" / "Trong năm 2025, ..."): a sub-section's title however long, as an
    article's, up to sub_title_max_words. So is an article's line over numbered clauses, up to
    article_title_over_clauses_max_words and with none of article_title_not_words ("Điều 6. Phối hợp trong
    tuyên truyền, phổ biến ... cho cán bộ, công chức làm công tác tín ngưỡng, tôn giáo" / "1. Sở Dân tộc và Tôn
    giáo", realworld94 873), though the section's heading stops at its length's cut."""
    article = section.kind == "article"
    if not article and (section.kind != "arabic" or "." not in (section.label or "")):
        return False
    line_end = text.find("\n", section.start)
    if line_end < 0 or line_end >= section.end:
        return False
    line = text[section.start:line_end].rstrip(" *_")
    limit, not_words, below = ("article_title_over_clauses_max_words", "article_title_not_words", _CLAUSE_BELOW) \
        if article else ("sub_title_max_words", "sub_title_not_words", _LONG_TITLE_BODY)
    if not line or line[-1] in ".;:!?…" or len(line.split()) > role_model()[limit] or _words_re(not_words).search(line):
        return False   # "5.3. Nhà thầu phải nghiên cứu ... để chuẩn bị" / "HSDT ...": a rule cut by the page's width
    return below.match(text, line_end, section.end) is not None


@cache
def _words_re(key: str) -> re.Pattern:
    """The words of ``role_model()[key]``, whole, any case."""
    words = "|".join(re.escape(w) for w in role_model()[key])
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def heading_role(heading: str, allowed: list[str] | None = None) -> str | None:
    """The role a title names, or None: the cue met first decides ("Nguyên nhân của những hạn
    chế" -> "causes", "KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU" -> "results"), the longer of two cues
    at the same place ("TÌNH HÌNH TRIỂN KHAI ..." -> "implementation")."""
    h = _fold(heading)
    best: tuple[int, int, str] | None = None
    for role, cues in _heading_patterns():
        if allowed is not None and role not in allowed:
            continue
        for c, pat in cues:
            m = pat.search(h)
            if m and (best is None or (m.start(), -len(c)) < (best[0], best[1])):
                best = (m.start(), -len(c), role)
    if best is None:  # an OCR'd title: "IV- TÔ CHỨC THỰC HIỆN"
        folded = strip_tones(h)
        for role, cues in _folded_heading_patterns():
            if allowed is not None and role not in allowed:
                continue
            for c, pat in cues:
                m = pat.search(folded)
                if m and (best is None or (m.start(), -len(c)) < (best[0], best[1])):
                    best = (m.start(), -len(c), role)
    return best[2] if best else None


@cache
def _heading_patterns() -> list[tuple[str, list[tuple[str, re.Pattern]]]]:
    return [(role, [(c, re.compile(r"(?<!\w)" + re.escape(c) + r"(?!\w)")) for c in cues])
            for role, cues in role_model()["heading_roles"]]


@cache
def _folded_heading_patterns() -> list[tuple[str, list[tuple[str, re.Pattern]]]]:
    """The long cues (``_FOLD_CUE_WORDS`` words or more) with their tones stripped, for OCR'd titles."""
    return [(role, [(c, re.compile(r"(?<!\w)" + re.escape(strip_tones(c)) + r"(?!\w)"))
                    for c in cues if len(c.split()) >= _FOLD_CUE_WORDS])
            for role, cues in role_model()["heading_roles"]]


@cache
def _forward_past_pattern() -> re.Pattern:
    return _cue_pattern(role_model()["forward_past_cues"])


def _is_law_section(s: Section) -> bool:
    return s.kind in _LAW_KINDS or s.id.startswith(tuple(role_model()["law_section_ids"]))


def _default_role(doc: Document) -> str:
    role = role_model()["doc_type_default"].get(doc.metadata.doc_type or "", "other")
    if role == "other" and doc.sections and _duty_list_leadin().search(_fold(_first_leadin(doc))):
        return "tasks"   # "Thủ tướng Chính phủ thực hiện ... các nhiệm vụ, quyền hạn sau đây:" / "1. Trình ..."
    normative = role_model()["normative_resolutions"]
    if role == "other" and doc.metadata.doc_type == "Nghị quyết" and re.search(normative["pattern"], doc.metadata.number
                                                                                or "") \
            and any(s.kind == "article" for s in doc.sections):
        return normative["role"]   # a Government's or a council's resolution in articles: its provisions read as a decree's
    return role


def _first_leadin(doc: Document) -> str:
    """The last line before a document's first section."""
    first = min(s.start for s in doc.sections)
    return doc.text[:first].rstrip(" \t\n*_").rsplit("\n", 1)[-1]


@cache
def _duty_list_leadin() -> re.Pattern:
    return re.compile(role_model()["duty_list_leadin"])


def section_roles(doc: Document) -> dict[str, str]:
    """Section id -> role, parents before children (``doc.sections`` is in document order)."""
    model = role_model()
    roles: dict[str, str] = {}
    # a plan, a directive, a dispatch: what it lists is to be done; so is what a plan attached to a
    # decision lists ("Ban hành kèm theo Quyết định này Kế hoạch ..." / "KẾ HOẠCH" / "III. NỘI DUNG
    # THỰC HIỆN"): an attachment takes its own type's default, for everything under it
    scopes: dict[str, str] = {}
    doc_default = _default_role(doc)
    for s in doc.sections:
        parent = roles.get(s.parent) if s.parent else None
        default = scopes.get(s.parent) if s.parent else None
        if s.kind == "attachment":
            default = model["doc_type_default"].get(s.id, default)
        default = scopes[s.id] = default or doc_default
        forward = default == "tasks"
        role = default if s.kind == "attachment" and s.id in model["doc_type_default"] else None
        if s.kind in ("article", "chapter"):  # a law's articles and chapters
            role = "article"
        if role is None and is_title(s, doc.text) and not _fold(s.heading).startswith(
                tuple(model["subject_line_openers"])):  # "V/v ban hành Thông tư hướng dẫn ...": the subject line
            allowed = model["child_roles"].get(parent) if parent else None
            role = heading_role(s.heading, allowed)
            if role == "implementation" and forward and not _forward_past_pattern().search(_fold(s.heading)):
                role = "tasks"   # "IV. NỘI DUNG HOẠT ĐỘNG TRIỂN KHAI" of a plan: what is to be carried out
        if role is None:
            role = parent
        if role is None:
            role = "article" if _is_law_section(s) else default
        roles[s.id] = role
    return roles


def sentence_cue_role(text: str) -> str | None:
    """Fallback for a sentence outside any recognised section: its cue words decide.
    "Tuy nhiên, việc triển khai còn chậm." -> "limitations"."""
    t = _fold(text)
    for role, pattern in _sentence_cue_patterns():
        if pattern.search(t):
            return role
    return None


def _cue_pattern(cues) -> re.Pattern:
    """A cue (any of ``cues``) as a whole word or phrase: one pattern, compiled once."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues) + r")(?!\w)")


@cache
def _sentence_cue_patterns() -> list[tuple[str, re.Pattern]]:
    return [(role, _cue_pattern(cues)) for role, cues in role_model()["sentence_cues"] if cues]


@cache
def _limitation_cue_patterns() -> list[re.Pattern]:
    return [_cue_pattern([c]) for c in role_model()["strong_limitation"]["cues"]]


def _strong_limitation(text: str) -> tuple[bool, bool]:
    """(opens a limitation passage, is a limitation by its cues) for a sentence."""
    m = role_model()["strong_limitation"]
    t = _fold(text)
    opener = any(t.startswith(o) for o in m["openers"])
    n = sum(1 for p in _limitation_cue_patterns() if p.search(t))
    return opener and n >= 1, n >= m["min_cues"]


def section_finder(sections: tuple[Section, ...] | list[Section]):
    """``pos -> `` the deepest section whose span holds ``pos`` (the later one on a tie), or
    None; built once, each look-up in O(log n)."""
    index = Stabbing((s.start, s.end, (s.level, i)) for i, s in enumerate(sections))

    def find(pos: int) -> Section | None:
        key = index.find(pos)
        return sections[key[1]] if key is not None else None
    return find


def section_at(doc: Document, pos: int) -> Section | None:
    """The deepest section whose span holds ``pos`` (one look-up; in a loop use
    ``section_finder``)."""
    return section_finder(doc.sections)(pos)


def assign_roles(doc: Document) -> Document:
    """Set ``Section.role`` and ``Sentence.role`` on a copy of ``doc``.

    A sentence takes its section's role; in past-tense sections (results, implementation,
    situation) a sentence opening a limitation ("Tuy nhiên, ... còn chậm; chưa ...") and the
    rest of its paragraph become "limitations"; sentences outside every section (or in sections
    whose title says nothing) fall back to their cue words.
    """
    roles = section_roles(doc)
    sections = tuple(replace(s, role=roles.get(s.id)) for s in doc.sections)
    by_id = {s.id: s for s in sections}
    first = min((s.start for s in sections), default=len(doc.text))
    text = doc.text
    out: list[Sentence] = []
    carry_until = -1  # end of a paragraph whose limitation passage is still running
    starts = sorted(s.start for s in sections)
    closing = []
    for a in closing_starts(text):
        k = bisect_right(starts, a)   # to the next section (an attached regulation) or the end
        closing.append((a, starts[k] if k < len(starts) else len(text)))
    closing.append((site_trailer_start(text), len(text)))
    closing = SpanSet(closing)
    section_of = section_finder(doc.sections)
    line_ends = [m.start() for m in re.finditer("\n", text)]
    for sent in doc.sentences:
        if closing.holds(sent.start):
            out.append(replace(sent, role="closing"))
            continue
        st = text[sent.start:sent.end]
        sec = by_id.get(sent.section) if sent.section else None
        if sec is None:
            sec = section_of(sent.start)
            sec = by_id.get(sec.id) if sec else None
        role = sec.role if sec else None
        if sec is None and sent.end <= first and sections:
            role = "preamble"  # header, title and opening paragraph before the first section
        elif role in (None, "other"):
            role = sentence_cue_role(st) or "other"
        elif role in ("results", "implementation", "situation"):
            opens, strong = _strong_limitation(st)
            if sent.start < carry_until:
                role = "limitations"
            elif opens or strong:
                role = "limitations"
                if opens:   # the next line break, from the sorted breaks (no scan of a long line)
                    k = bisect_left(line_ends, sent.end)
                    carry_until = line_ends[k] if k < len(line_ends) else len(text)
        out.append(replace(sent, role=role))
    return replace(doc, sections=sections, sentences=tuple(out))
