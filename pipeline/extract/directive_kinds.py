"""What kind of directive a unit is, if any (``_classify``): task, target, instruction or
obligation, open or done; and the kinds of text that look like one and are none (figures of a
budget, enacting clauses, criteria, definitions, tenets, blank forms, a report's sign-off).
"""
from __future__ import annotations

import re
from functools import cache

from vanban.pipeline.extract.directive_headings import _requesting_leadin, heading_actor
from vanban.pipeline.extract.directive_index import _DocIndex, _Unit
from vanban.pipeline.extract.directive_plan_fields import _only_bodies, _plan_field
from vanban.pipeline.extract.directive_reading import _Reading, _asker
from vanban.pipeline.extract.directive_actors import _org_start, opens_a_frame
from vanban.pipeline.extract.directive_tokens import (_STATIVE_LEADIN, _has, _match, _tokens, acting_lead_tails,
                                                      bare_basis, lexicon, posting)
from vanban.pipeline.extract.patterns import doc_types
from vanban.pipeline.extract.roles import is_title, strip_tones
from vanban.pipeline.model import Document, Section
from vanban.pipeline.text import caseless
from vanban.pipeline.text.labels import ITEM_LINE, SENTENCE_LABEL


# the courtesy with which a report is handed up: "Sở ... trân trọng báo cáo Bộ ...", "kính báo cáo"
# a closing formula: "Sở ... trân trọng báo cáo", "Văn phòng Chính phủ trân trọng thông báo", "...
# (xin) thông báo để các cơ quan, đơn vị liên quan biết, thực hiện"
_SIGN_OFF = re.compile(r"(?<!\w)(?:xin\s+)?(?:trân trọng|kính)\s+(?:báo cáo|trình|thông báo)(?!\w)"
                       r"|(?<!\w)thông báo\s+(?:để|cho|đến)\s[^.;]{0,200}?(?<!\w)biết(?!\w)")


# a unit that opens at a table's cell border (OCR debris "_" or "-" before it): a table row
_TABLE_CELL = re.compile(r"[-_\s]*\|")


# a form's column numbers opening its table's text: "(1) (2) (3) (4)"
_COLUMN_NUMBERS = re.compile(r"[\s*_]*\(\d{1,2}\)\s*\(\d{1,2}\)\s*\(\d{1,2}\)")


# the dotted blank a form leaves to fill in: "Khen thưởng:……………", "ngày.....tháng"
# a unit that is a quotation only: a movement's theme or slogan
_PROMPT = re.compile(r"\([^()\n]+\)[.;:]?")
_QUOTED = re.compile(r"[\"“][^\"“”\n]{3,}[\"”][.;]?")

_FORM_BLANK = re.compile(r"[.…]{5,}|…{2,}")
_CLOSING_MARKS = ".;:!?…”\"»"   # a sentence's or a quoted value's end


def _all_capitals(text: str) -> bool:
    """A unit in capitals, its brackets aside ("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "KẾ HOẠCH" /
    "THỰC HIỆN QUY HOẠCH MẠNG LƯỚI CƠ SỞ VĂN HÓA VÀ THỂ THAO ..." / "(Kèm theo Quyết định số
    4385/QĐ-BVHTTDL ...)"): ``capitals_share`` of its letters, ``capitals_min_letters`` at least, is a
    title, never a directive (none of the 3,105 directives of the golds is)."""
    letters = [c for c in _BRACKETED.sub(" ", text) if c.isalpha()]
    lex = lexicon()
    return len(letters) >= lex["capitals_min_letters"] and \
        sum(c.isupper() for c in letters) >= lex["capitals_share"] * len(letters)


_ARTICLE_MARK = re.compile(r"^điều\s+\d+[a-zđ]?\s*[.:]\s*")


def _unmarked(text: str) -> str:
    """A unit's text without its markup, quotes and list mark (the list-label grammar)."""
    t = text.strip(" \t\n*_\"“")
    m = SENTENCE_LABEL.match(t)
    return t[m.end():] if m else t


def _word_count(text: str) -> int:
    """The words of a unit, its list mark aside."""
    return len(_unmarked(text).split())


@cache
def _first_person() -> re.Pattern:
    """A unit that opens with the first person (``first_person_openers``), read after its list mark."""
    words = "|".join(re.escape(w) for w in lexicon()["first_person_openers"])
    return re.compile(rf"(?:{words})\s")


@cache
def _pledge() -> re.Pattern:
    """A filer's pledge in the third person (``pledge_patterns``), read after its list mark."""
    return re.compile("|".join(f"(?:{p})" for p in lexicon()["pledge_patterns"]))


@cache
def _score() -> re.Pattern:
    """A score a rating table gives (``score_pattern``: "10 điểm", "0,4 điểm/đối tượng")."""
    return re.compile(lexicon()["score_pattern"])


def _not_a_sentence(text: str, low: str, u: _Unit, r: _Reading) -> bool:
    """A unit that is no sentence of a text: a budget's line, a table's cell, a form's label or
    blank, a slogan, a list's name, an annex's caption, a title in capitals."""
    lex = lexicon()
    if u.item and not (r.modal or r.assigned) and _figure_line(low):
        return True  # "b) Bổ sung Quỹ dự trữ tài chính: 1.000 triệu đồng;": a line of an approved budget
    if _TABLE_CELL.match(text) or _COLUMN_NUMBERS.match(text):
        # "| Tỉ lệ chất thải rắn ... 95% | ...": an OCR'd table row, no sentence; "(2) (3) (4) 1 Doanh thu
        # từ hoạt động chuyển nhượng ... [16] 2 Chi phí ...": a form's table under its column numbers
        return True
    if not r.assigned and _score().search(low):
        return True   # "Từ 70% số đối tượng quản lý phải điều trị 10 điểm - ...": a rating table's criterion and its points
    if _word_count(text) < lex["min_directive_words"]:
        return True  # "Kiểm tra", "THỰC HIỆN": a table's cell or a form's label, no sentence
    if _first_person().match(_unmarked(low)) or _pledge().match(_unmarked(low)):
        # "Tôi xin cam kết và chịu trách nhiệm về những thông tin khai báo ...", "Doanh nghiệp cam kết
        # chịu trách nhiệm trước pháp luật về tính hợp pháp ...": a form's declaration
        return True
    if _PROMPT.fullmatch(text.strip()) and _word_count(text) <= lex["prompt_max_words"]:
        return True   # "(Nêu rõ lý do)", "(Đánh dấu X)": a form's prompt beside its field
    if _label(text, r):
        return True   # "Thời hạn phải nộp", "Hạch toán độc lập", "Kiến nghị sau thử nghiệm": a form's label or a cell
    if text.lstrip(" \t*_-+•").startswith(tuple(lex["checkbox_marks"])):
        return True   # "□ Không thuộc trường hợp phải áp dụng;": a form's option to tick
    if _QUOTED.fullmatch(text.strip()):
        return True  # '"Lập thành tích chào mừng Đại hội ...; tăng tốc, bứt phá ..."': a slogan quoted, no task
    caption = low.lstrip(" *_")
    closing = text.rstrip(" *_\n")[-1:]
    if (closing == ":" or closing.isalnum()) and any(
            _ARTICLE_MARK.sub("", _unmarked(low)).startswith(c) for c in lex["catalogue_subjects"]):
        # "Danh mục các lĩnh vực người có chức vụ ... không được thành lập ..., bao gồm:", or an article's
        # title "Điều 4. Danh mục các lĩnh vực ... không được thành lập ...": a list's name
        return True
    if caption.startswith("(") and any(caption[1:].lstrip().startswith(c) for c in lex["annex_captions"]):
        return True  # "(Ban hành kèm theo Thông tư số 05/2024/TT-BKHĐT ...)": an annex's caption
    if _FORM_BLANK.search(text) or _all_capitals(text):
        return True  # "Nội dung yêu cầu giải quyết:......", "PHIẾU YÊU CẦU BỔ SUNG HỒ SƠ": a blank form
    if not (r.assigned or r.modal) and _names_a_document().match(_unmarked(low)):
        return True  # "13. Nghị quyết liên tịch số 01/2005/NQLT-... của Bộ ..., Bộ Công an ... về việc quy định ...": a document named
    return False


def _label(text: str, r: _Reading) -> bool:
    """A unit of at most ``label_max_words`` words with no closing mark, no figure and no assignment: a form's
    label, a table's cell or a heading's words ("Thời hạn phải nộp", "Không phải nộp thuế GTGT", "Chuyển thành trụ
    sở chính", "Cơ quan chủ trì soạn thảo", realworld84 844, 83 843, 48 730, 87 853): no sentence, whatever modal or
    verb it holds (of the golds' required directives, 7 such units have five words or fewer and 3 have six); a unit
    that opens with a party rather than a verb up to ``party_label_max_words`` ("Các cơ quan điều hành chung")."""
    body = text.strip(" \t\n*_")
    limit = lexicon()["party_label_max_words" if r.actors and not r.verb_initial else "label_max_words"]
    return not r.assigned and _word_count(body) <= limit and body[-1:] not in _CLOSING_MARKS \
        and not any(c.isdigit() for c in body)


@cache
def _names_a_document() -> re.Pattern:
    """A unit that opens with a document's type and number ("Quyết định số 04/2018/QĐ-TTg ngày ... của
    Thủ tướng Chính phủ ban hành ..."): with no modal or assignment an entry of a list of documents,
    no directive (none of the gold directives opens so)."""
    words = sorted({w for t in doc_types() for w in t.words}, key=len, reverse=True)
    # "Đối với Thông tư số 08/2022/TT-BKHĐT ... quy định chi tiết việc cung cấp, đăng tải thông tin ...:":
    # the document is the topic of the items below (realworld15 483)
    return re.compile(r"(?:đối với\s+)?(?:" + "|".join(re.escape(w) for w in words) + r")\s+số\s*\d")


# an amount of money or a share: "50.000 đồng", "8.500.000 đồng/01 người/01 năm", "70%"
_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:(?:nghìn|triệu|tỷ)\s+)?(?:đồng|%)")


@cache
def _form_notes() -> list[re.Pattern]:
    return [re.compile(p) for p in lexicon()["form_note_patterns"]]


def form_note_party(text: str) -> str | None:
    """The party a form's note says signs it or makes the report ("Người đại diện theo pháp luật của hợp tác xã ký
    trực tiếp vào phần này.", "Biểu mẫu này do cấp xã lập ...", ``form_note_patterns``), its brackets dropped; None
    for any other unit."""
    flat = " ".join(text.split())
    m = next((m for p in _form_notes() if (m := p.search(flat))), None)
    return " ".join(re.sub(r"\s*\([^()]*\)", "", m.group("party")).split()) if m else None


def _classify(doc: Document, u: _Unit, r: _Reading, role: str | None,
              past: set[str], forward: bool = False, duty: bool = False) -> tuple[str, str] | None:
    """(directive role, status) for a unit, or None when it is no directive. ``forward``: the
    document sets tasks (``_sets_tasks``); ``duty``: a heading above names who acts."""
    lex = lexicon()
    text = doc.text[u.start:u.end]
    low = caseless(text)
    if role not in past and (case_fill(low) or form_note_party(text)):
        # "[Trường hợp áp dụng phương pháp giá thấp nhất thì ghi như sau: “...”]", "Trường hợp không áp dụng thì
        # ghi “Không áp dụng”.": what a form's or a model's drafter writes in which case, blanks around it or not
        return "instruction", "open"
    if _not_a_sentence(text, low, u, r):
        return None
    if _plan_field(low) or _a_forms_own_words(low, r):
        return None  # "*Đơn vị phối hợp: *Sở Tư pháp.": a plan's field, in any section; a form's own words
    if re.search(lex["code_instruction_pattern"], low) or posting(low):
        # "Cột 5: Nam ghi mã 1; Nữ ghi mã 2.": how a form's column is coded; "Khi thu được tiền ..., ghi:
        # Nợ các TK 111, 112 / Có TK 138": an entry to post, under whatever heading
        return "instruction", "open"
    if re.match(lex["report_line_pattern"], low) and not r.assigned:
        return None   # "Phải thu hoạt động đầu tư quỹ - Mã số 115 / Phản ánh số dư ...": what a report line shows
    if any(_unmarked(low).startswith(c) for c in lex["sanction_openers"]) and "hành vi" in low and not r.assigned:
        # "36. Phạt tiền từ 30.000.000 đồng đến 40.000.000 đồng đối với hành vi ... thuộc diện phải thẩm
        # định thiết kế ...": a fine for an offence; the modal describes the offence, it obliges no one
        return None
    if _layout_rate_or_criterion(low, r, role, duty):
        return None
    if _enacts(low) and not r.assigned and not duty:
        # "Bãi bỏ Điều 3 Quyết định số ...": the article does what it says; under "Trách nhiệm của
        # các cơ quan ..." "Ban hành quy định xử lý ... trong thời hạn 60 ngày" is a body's task
        return None
    if (m := _SIGN_OFF.search(low)) and not (r.assigned or r.modal) and not re.search(r"[;.]\s", low[:m.start()]):
        # "Sở ... trân trọng báo cáo Bộ ...": a report's closing formula, no task; not a step's
        # last act ("Sở ... thực hiện việc khôi phục ...; đồng thời, thông báo cho cơ quan ... biết")
        return None
    # a verb after an intro in an item, or under a body's heading after an intro but a form's "Căn cứ văn bản ..."
    remit = (u.item or (duty and not bare_basis(low))) and r.verb_after_intro
    if any(low.startswith(" ".join(p)) for p in lex["not_directive_openers"]):
        # "b) Căn cứ quy trình ... được phê duyệt tại Điều 1, tổ chức kiểm soát ...": an item
        # of duties may open with its legal basis
        # ... or with the basis of what a body is to do: "Căn cứ nội dung Kế hoạch, các sở, ban, ngành xây dựng ..."
        # ... or with the formula of a body's task: "Căn cứ chức năng, nhiệm vụ được giao, chủ động ...", as an
        # item or a paragraph under the body's heading ("3. Các cơ quan, đơn vị liên quan" / "Căn cứ chức năng quản lý,
        # ngành, lĩnh vực, phạm vi quản lý, phối hợp với ...", realworld94 873)
        # ... or, in a conclusion's body, with the basis of a body's task: "Căn cứ chủ trương của Bộ Chính
        # trị, Đảng ủy Chính phủ khẩn trương chỉ đạo ..."
        if not (r.modal or r.assigned or (role in ("article", "tasks") and (
                remit or (r.subject_verb and r.open_subject) or r.verb_initial))
                or (forward and role in (None, "other") and r.subject_verb and r.open_subject and not u.item)):
            return None
    if role == "article":
        if r.assigned or r.request:
            # "2. Trong quá trình thực hiện nếu có vướng mắc đề nghị phản ánh về Bộ ...": a request, in a law too
            return "instruction", "open"
        if _states_no_act(low, r) or _relative_modal_only(low, r) or _a_case_then(low, r):
            return None
        framed = r.verb_after_intro and (_has(low, [("nếu",)]) or (r.after_punctuation and _framed(low)))
        if r.modal or r.subject_verb or r.verb_initial or remit or framed \
                or _has(low, lex["law_deadline_cues"]):
            # "Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, kịp thời tổng hợp, báo cáo ...":
            # what to do if, in an article too
            if (r.subject_verb or r.verb_initial or r.modal) and (not r.modal or _self_modals_only(low)
                                                                   or _modals_in_relative_clauses(low)) \
                    and _defines_head(low) and not _fills_in(r.action):
                # ... "Các khoản nộp ngân sách ... là các loại thuế, phí, lệ phí và các khoản phải nộp khác": its
                # modal describes the payables, the clause defines (realworld59 772)
                # "Trực tiếp tham gia chiến tranh ... là trực tiếp làm nhiệm vụ ...": a definition; "Hợp tác xã là
                # tổ chức ... thực hiện quản trị tự chủ, tự chịu trách nhiệm ...": a quality, no duty
                return None
            return "obligation", "open"
        return None
    note = _note(low) and (r.modal or r.bare_modal or r.assigned or r.request
                           or re.search(r"(?<!\w)(?:cần|phải|không được|nghiêm cấm)(?!\w)", low))
    if note and role not in past:
        return "instruction", "open"  # "* Lưu ý: Đối với các vụ lộ, mất BMNN phải báo cáo ngay ..."
    if role in ("tasks", "orientation"):
        kind = "target" if role == "orientation" or any(low.startswith(" ".join(p)) for p in lex["target_cues"]) \
            else "task"
        if _reported_done(r, forward):
            return None
        if r.assigned or (r.actors and kind == "task" and not u.item):
            kind = "instruction"
        if u.item:
            if kind == "task" and not (r.verb_initial or r.actors or r.modal) and (
                    len(text.split()) < lex["min_task_item_words"]
                    or (not (r.assigned or r.subject_verb) and _has(low, lex["effect_predicates"]))):
                # "Bài học kinh nghiệm.": an outline entry, not a task; "2. Các chế độ ... quy định tại
                # khoản 3 ... được áp dụng từ ngày 01 tháng 01 năm 2024.": when rules take effect
                return None
            if _plan_field(low) or (kind == "task" and not (r.verb_initial or r.modal or r.assigned)
                                    and _only_bodies(text)):
                return None  # "Thời gian thực hiện: ...", "- Ban Chỉ đạo các quân khu; Ban Chỉ đạo các tỉnh."
            return kind, "open"
        if text.rstrip().endswith(":") and not (r.assigned or r.subject_verb) \
                and not re.search(r"(?<!\w)như\s*:$", text.rstrip()):
            return None   # a lead-in; one that gives examples ("... các nền tảng số như:") is the task
        if (_defines(_without_focus(" ".join(low.split()[:12]))) or _tenet(low)) and not (
                r.assigned or r.modal or (r.subject_verb and r.open_subject and not r.lead_subject)):
            # "Trên đây là Kế hoạch ...; các cơ quan, đơn vị ... nghiêm túc tổ chức thực hiện": a body's task follows
            return None  # "Phát triển khoa học và công nghệ là quốc sách hàng đầu": a tenet
        if r.verb_initial or r.assigned or r.subject_verb or r.modal or r.bare_modal or r.request \
                or (r.verb_after_intro and _has(low, [(w,) for w in lex["condition_words"]])):
            # "Trong quá trình thực hiện, nếu có vướng mắc, kịp thời phản ánh về ...": what to do if
            return kind, "open"  # "Việc học tập phải nghiêm túc, thiết thực." is a requirement too
        if _has(low, lex["deadline_cues"]) and re.search(r"\d{4}", low):
            return "target", "open"
        return None
    # past-tense and unlabelled sections: only named bodies that instruct or must act, and what a filer writes
    if role not in past and _filler_note(text, r):
        return "instruction", "open"
    if r.assigned:  # "giao X", "đề nghị X" at the head of a clause
        return "instruction", ("open" if role not in past or not re.search(r"\bđã\b", low) else "done")
    if r.subject_verb and r.modal and r.actors:
        return "instruction", "open"
    if r.request and role not in past:
        return "instruction", "open"  # a letter's "nếu có vướng mắc, đề nghị phản ánh về Bộ ..."
    if r.subject_verb and r.done_instruction:
        if role not in past and _reported_done(r, forward):
            return None
        return "instruction", ("done" if role in past or re.search(r"\bđã\b", low) else "open")
    if role in (None, "other", "preamble") and u.item and (r.verb_initial or r.open_subject):
        # "Bộ Tài chính đã nghiêm túc thực hiện ..." reports what was done, even in a conclusion
        pos = u.section.start if u.section is not None else u.start
        if forward or _requesting_leadin(doc.text, pos):
            return "task", "open"
    if role in (None, "other") and (r.bare_modal or r.modal) and forward:
        return "task", "open"  # a conclusion's "Thời gian tới cần tập trung ..."
    if role in (None, "other") and forward and not u.item:
        if r.lead_subject:
            return "task", "open"  # a conclusion's "Bộ Tài chính làm việc cụ thể với Bộ ... về ..."
        if r.verb_initial and text[:1].isupper():
            # "Chuyển đổi các ngành kinh tế theo hướng xanh ..." in the task paragraphs of a
            # conclusion; a piece that opens in lower case is the tail of a sentence cut by a page
            return "task", "open"
    return None


def _layout_rate_or_criterion(low: str, r: _Reading, role: str | None, duty: bool) -> bool:
    """A form's layout ('Từ "CHỨNG CHỈ" được đặt canh giữa, ..., cỡ chữ 26'; "(3) Ghi họ và tên ... bằng kiểu chữ
    in hoa đứng" tells how to fill it, no layout), an article's rate of what is paid ("c) Lấy mẫu hài cốt liệt sĩ:
    mức chi 50.000 đồng/01 mẫu."), a criterion to meet ("Tiêu chuẩn 2: Trường xây dựng ...", "Đánh giá: Kết quả ...
    đạt yêu cầu khi ..."), a rate entry ("- Hỗ trợ cho người tham gia chiến dịch: 50.000 đồng/người/buổi."): no directive."""
    lex = lexicon()
    if _has(low, lex["layout_cues"]) and not (r.modal or r.assigned or r.subject_verb or r.verb_initial):
        return True
    if role == "article" and not duty and _has(low, lex["rate_cues"]) and _AMOUNT.search(low) \
            and not (r.modal or r.assigned or r.subject_verb or r.actors):
        return True
    return bool(_criterion_pattern().match(low) or re.match(lex["pass_criterion_pattern"], low)
                or (re.match(lex["rate_entry_pattern"], low.strip()) and not (r.modal or r.assigned or r.subject_verb)))


@cache
def _case_fill() -> re.Pattern:
    return re.compile(lexicon()["case_fill_pattern"])


def case_fill(low: str) -> bool:
    """A case and what a form's or a model's drafter writes in it (``case_fill_pattern``, on caseless text)."""
    return bool(_case_fill().search(low))


def _filler_note(text: str, r: _Reading) -> bool:
    """What a filer writes, told by a fill verb that opens the unit and names no one ("1 Ghi nội dung hoạt động
    đấu thầu được kiểm tra." under an annexed notice's signature, realworld75 820): an instruction in any part
    but a past one; not a column's bracketed "(Đánh dấu X)" (realworld60 773)."""
    return r.verb_initial and _fills_in(r.action) and not r.actors and _word_count(text) >= 4 \
        and not _NOTE_BRACKET.match(text)


# a unit in brackets ("(Đánh dấu X vào ô tương ứng)"); not a note's number ("(3) Ghi rõ vai trò ...", realworld77 826)
_NOTE_BRACKET = re.compile(r"\s*\((?!\d{1,2}\)\s)")


def _reported_done(r: _Reading, forward: bool) -> bool:
    """A body's act reported as done in a document that sets tasks ("Chính phủ, Thủ tướng Chính phủ
    đã tập trung chỉ đạo ..." opening a telegram): what led to the tasks, none of them. A done act
    in a relative clause ("... theo danh sách mà Ủy ban nhân dân các tỉnh đã báo cáo") leaves the
    sentence's own subject open."""
    return forward and r.subject_verb and not (r.open_subject or r.modal or r.assigned or r.request or r.verb_initial)


def _sets_tasks(doc: Document) -> bool:
    """The document asks for action: its type is one that does (a plan, a conclusion, a directive,
    a letter), or, where the type is not named (an excerpt, a header lost to OCR), it has a part
    titled "Tổ chức thực hiện" that says who carries it out, which a report has not."""
    if doc.metadata.doc_type in lexicon()["task_setting_doc_types"] or _asks_in_lead(doc):
        return True
    if doc.metadata.doc_type is not None:
        return False
    if _concludes(doc.text) is not None:
        return True
    return any(s.role == "tasks" and is_title(s, doc.text)
               and strip_tones(caseless(s.heading).strip(" *_:.")) == strip_tones(lexicon()["organising_title"])
               for s in doc.sections)


@cache
def _conclusion_formula() -> re.Pattern:
    blank = r"[ \t\n]+"   # a blank of the formula may be a line break in the text
    return re.compile("|".join("(?:" + p.replace(" ", blank) + ")" for p in lexicon()["conclusion_formulas"]))


def _concludes(text: str) -> int | None:
    """Where the conclusion's own text starts, when the opening of a document of no named type
    ends its account of the meeting with a conclusion's formula ("..., Bộ Chính trị đã thảo luận và
    kết luận như sau:", "Bộ Chính trị, Ban Bí thư có ý kiến như sau:"): a conclusion, which sets
    tasks; what follows the formula is no preamble. None without one."""
    m = _conclusion_formula().search(text[:lexicon()["conclusion_lead_chars"]].lower())
    return m.end() if m else None


def _asks_in_lead(doc: Document) -> bool:
    """The text before the first section ends with a body's request ("..., Uỷ ban nhân dân tỉnh
    chỉ thị:", "Thủ tướng Chính phủ yêu cầu:"): what follows is asked of others."""
    first = min((s.start for s in doc.sections), default=len(doc.text))
    lead = doc.text[max(0, first - 400):first].rstrip()
    return _asker(lead) is not None or _guides(lead)


@cache
def _guide_lead() -> re.Pattern:
    verbs = "|".join(re.escape(v) for v in lexicon()["guidance_verbs"])
    return re.compile(rf"(?:^|[,;]\s*)([^,;:]{{3,150}}?)\s+(?:{verbs})\s+[^,;:]{{0,80}}?(?:như sau|sau đây)\s*:[\s*_]*$")


def _guides(lead: str) -> bool:
    """A lead-in whose last clause is a body's guidance on what follows (``guidance_verbs``: "...,
    Ủy ban Thường vụ Quốc hội hướng dẫn một số nội dung theo hướng sau đây:"): the text guides
    others, it sets tasks."""
    m = _guide_lead().search(lead[-400:])
    if m is None:
        return False
    toks = _tokens(m.group(1))
    return bool(toks) and _org_start(toks, 0) == 0


_FIGURE = re.compile(
    r"^[^:;]{3,300}?(?::|\blà\b:?)\s*\d[\d.,]*\s*(?:triệu|tỷ|nghìn|ngàn)?\s*(?:đồng|usd)\b\s*"
    r"(?:\([^)]*\)\s*)?(?:,?\s*(?:trong đó|bao gồm|gồm)\s*:?)?\s*[;.]?\s*$")


def _figure_line(low: str) -> bool:
    """A list item that names an amount after its label ("a) Phân bổ ngân sách tỉnh cho các cơ quan
    ... là: 2.113.490 triệu đồng;", "e) Bổ sung cho ngân sách các huyện: 2.670.800 triệu đồng;") is a
    figure of a budget or report, even when its label opens with a verb."""
    return bool(_FIGURE.match(low))



def _lists_entries(low: str) -> bool:
    """A paragraph that ends by saying what something comprises ("... Bộ Chính trị thống nhất điều
    chỉnh đối với nhóm đối tượng, gồm:"): the paragraphs below are its entries."""
    return bool(_STATIVE_LEADIN.search(low.rstrip(" *_")))


def _under_stative_leadin(ix: _DocIndex, sec: Section | None) -> bool:
    """Items under a lead-in that states what something is or comprises ("3. Thời gian xảy ra chiến
    sự ... được xác định như sau:", "2.1. Chi trong cân đối ngân sách: 6.072.020 triệu đồng, gồm:")
    list cases or figures: "d) Làm nhiệm vụ giúp bạn Lào từ tháng 5 năm 1975 đến ..." is a period of
    service, not a duty. A lead-in naming duties ("có trách nhiệm", "nhiệm vụ của Bộ ... như sau") is
    no such one."""
    if sec is None or not sec.parent:
        return False
    parent = ix.first_by_id.get(sec.parent)
    if parent is None or not ix.is_title(parent):
        return False
    text = ix.doc.text
    line_end = text.find("\n", parent.heading_end)
    line_end = len(text) if line_end < 0 else line_end
    lead = caseless(text[parent.start:line_end]).rstrip(" *_")
    if re.search(r"(?:có|chịu|các|những) (?:trách nhiệm|nhiệm vụ)|(?:trách nhiệm|nhiệm vụ|quyền hạn)"
                 r"(?: và \S+(?: \S+)?)? (?:của|sau|như sau)\b", lead) or body_then_duty(text[parent.start:line_end]):
        return False
    return bool(_STATIVE_LEADIN.search(lead))


def body_then_duty(lead: str) -> bool:
    """A lead-in that names a body before its colon and goes on with what the body does ("Chánh Văn phòng
    Bộ: Giúp Bộ trưởng quản lý công tác lưu trữ ..., gồm:"): the items are its duties, no members."""
    m = ITEM_LINE.match(lead)
    head, colon, rest = lead[m.end() if m else 0:].partition(":")
    toks = _tokens(rest.strip(" *_"))
    return bool(colon) and bool(toks) and heading_actor(head) == head.strip(" *_") \
        and _match(toks, 0, lexicon()["verbs"]) > 0


def _note(low: str) -> bool:
    """A note that opens "Lưu ý:", "Chú ý:" (after an optional "*")."""
    low = low.lstrip(" *_(")
    return any(re.match(re.escape(" ".join(p)) + r"\s*[:\-–]", low) for p in lexicon()["note_openers"])


@cache
def _enactment_pattern() -> re.Pattern:
    lex = lexicon()
    alt = lambda key: "|".join(re.escape(" ".join(p)) for p in lex[key])  # noqa: E731 - longest first
    openers = alt("enactment_openers")   # a series of them: "Sửa đổi, bãi bỏ, thay thế một số điều, phụ lục ..."
    return re.compile(r"^[\s*_]*(?:(?:" + openers + r")(?:\s*,?\s+(?:và\s+)?(?:" + openers + r"))*\s+(?:(?:"
                      + alt("enactment_fillers")
                      + r")\s+){0,3}(?:" + alt("enactment_objects") + r")(?!\w)|(?:ban hành|công bố) kèm theo(?!\w))")


@cache
def _criterion_pattern() -> re.Pattern:
    labels = "|".join(re.escape(" ".join(p)) for p in lexicon()["criterion_labels"])
    return re.compile(r"[\s*_]*(?:" + labels + r")\s+\d{1,2}[a-zđ]?\s*[:.]")


def _enacts(low: str) -> bool:
    """A clause that changes the law by saying so ("Bãi bỏ khoản 3 Điều 5 Thông tư số ...", "Sửa
    đổi, bổ sung một số điều của Nghị định ...", "Ban hành kèm theo Quyết định này Quy chế ..."):
    it is done by being issued, nobody is asked to act."""
    return bool(_enactment_pattern().match(low))


def _tenet(low: str) -> bool:
    """"Đẩy mạnh thực hiện chính sách ..., đặc biệt là công tác ... là nhiệm vụ cấp bách": the
    first clause says what something is ("là nhiệm vụ", "là yêu cầu"), however long its subject."""
    clause = re.split(r"[;:]|\.(?:\s|$)", low, maxsplit=1)[0]
    for m in re.finditer(r"(?<!đặc biệt)(?<!nhất)(?<!tức)(?<!hoặc) là (\S+(?: \S+)?)", clause):
        if any(m.group(1).startswith(n) for n in lexicon()["tenet_nouns"]):
            return True
    return False


def _defines(low: str) -> bool:
    """A definition ("X là ...", "X được hiểu là ...") states, it does not ask."""
    return any(p in f" {low} " for p in lexicon()["definition_cues"])


def _states_no_act(low: str, r: _Reading) -> bool:
    """An article's unit that names who or what without an act: a list's lead-in ("Người có thẩm quyền lập
    biên bản vi phạm hành chính gồm:": who they are, listed below), a post's standard ("Trưởng phòng phải có
    trình độ cao đẳng trở lên.": what it needs, realworld62 781)."""
    if not r.modal:
        return (_lists_entries(low) and not low.rstrip(" :*_").endswith(acting_lead_tails())) \
            or (not (r.verb_initial or r.verb_after_intro) and _status_only(low))
    return _qualifications_only(low)


@cache
def _status() -> re.Pattern:
    return re.compile(lexicon()["status_predicate_pattern"])


def _status_only(low: str) -> bool:
    """Every clause of ``low`` says to whose authority its subject answers (``status_predicate_pattern``:
    "Trung tâm ... chịu sự quản lý nhà nước ... của Bộ ...; đồng thời chịu sự quản lý theo lãnh thổ ...",
    realworld62 781): a status, no duty."""
    parts = [x for x in low.split(";") if x.strip(" .\n")]
    return bool(parts) and all(_status().search(x) for x in parts)


@cache
def _qualification() -> re.Pattern:
    return re.compile(lexicon()["qualification_modal_pattern"])


def _qualifications_only(low: str) -> bool:
    """Every modal of ``low`` opens what a post's holder must hold (``qualification_modal_pattern``: "phải có
    trình độ cao đẳng trở lên", "phải có bằng tốt nghiệp ..."): a standard, no duty."""
    found = list(modal_pattern().finditer(low))
    return bool(found) and all(_qualification().match(low, m.start()) for m in found)


def _self_modals_only(low: str) -> bool:
    """Every modal of ``low`` follows one of ``quality_modal_prefixes`` ("tự chủ, tự chịu trách nhiệm", "cùng
    chịu trách nhiệm"): what a body is, not what it must do."""
    found = list(modal_pattern().finditer(low))
    prefixes = tuple(p + " " for p in lexicon()["quality_modal_prefixes"])
    return bool(found) and all(low[:m.start()].endswith(prefixes) for m in found)


@cache
def _relative_modal() -> re.Pattern:
    """What stands before a modal of a relative clause: one of ``relative_modal_nouns`` right before it
    ("số thuế phải nộp", "các tài sản phải đăng ký sở hữu"), or "mà" and at most eight syllables ("những
    người ... mà người nộp thuế phải trực tiếp nuôi dưỡng")."""
    nouns = "|".join(re.escape(w) for w in lexicon()["relative_modal_nouns"])
    return re.compile(rf"(?:(?<!\w)(?:{nouns})|(?<!\w)mà(?:\s+[^\s,;.]+){{0,8}})\s+$", re.I)


_CASE_THEN = re.compile(r"\s*(?:[a-zđ0-9]{1,3}[.)]\s+)?[^,;:.\n]{3,200}?\sthì\s+")


def _framed(low: str) -> bool:
    """The unit opens with a case or a topic ("Trường hợp ...", "Đối với ...", ``case_openers``, ``topic_markers``):
    what follows its comma or colon is what to do in it ("Trong trường hợp này, cần nêu rõ ...", "Đối với chai hàn:
    Nạp khí ..."); what follows "thì" in a paragraph is mostly how a rule applies ("... thì xác định mức tiền
    lương ...", "... thì không được nâng mức xếp loại"), left to the other readings."""
    return opens_a_frame(_tokens(_unmarked(low)[:60]))


def _a_case_then(low: str, r: _Reading) -> bool:
    """An article's clause that opens with a verb, states a case and then, after "thì", a sum or an entitlement
    (a passive or ``case_outcome_verbs``) with no party and no modal ("a) Tham gia bảo hiểm xã hội trước ngày
    01 tháng 01 năm 1995 thì tính bình quân ...", "Làm việc trong điều kiện bình thường thì được hưởng 30 ngày
    ..."): a rule's case, no task (realworld65 790); "... thì doanh nghiệp ghi ..." or "thì không thực hiện
    ..." still bind someone."""
    if not r.verb_initial or r.modal or r.assigned or r.request or r.actors or not (m := _CASE_THEN.match(low)):
        return False
    lex, toks = lexicon(), _tokens(low[m.end():m.end() + 80])
    return bool(_match(toks, 0, lex["passive"]) or _match(toks, 0, lex["case_outcome_verbs"]))


def _relative_modal_only(low: str, r: _Reading) -> bool:
    """An article's unit whose only sign of a duty is a modal in a relative clause or one that says what a body
    is (``_self_modals_only``), with no verb that opens it or follows its subject: a list of what something
    covers ("Chi cập nhật dữ liệu ...; chi điều tra, thống kê ... người lao động ... thuộc đối tượng phải tham
    gia bảo hiểm xã hội bắt buộc ...", realworld41 662), a body's standing ("Trung tâm ... có quyền tự chủ và
    tự chịu trách nhiệm theo quy định của pháp luật.", realworld62 781)."""
    return r.modal and not (r.subject_verb or r.verb_initial or r.verb_after_intro or r.assigned or r.request) \
        and (_modals_in_relative_clauses(low) or _self_modals_only(low))


def _modals_in_relative_clauses(text: str) -> bool:
    """Every modal of a unit stands in a relative clause that describes a noun (``_relative_modal``):
    the unit states a rule's term, it obliges no one (realworld33 601, a tax law: "Thu nhập tính thuế
    ... là tổng thu nhập ... đối với một số ngành, nghề phải tham gia bảo hiểm bắt buộc ...")."""
    found = list(modal_pattern().finditer(text))
    rel = _relative_modal()
    return bool(found) and all(rel.search(text, max(0, m.start() - 60), m.start()) for m in found)


@cache
def modal_pattern() -> re.Pattern:
    """Any of ``modals`` as whole words, case-insensitively."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(" ".join(m)) for m in lexicon()["modals"]) + r")(?!\w)", re.I)


@cache
def _basis_line() -> re.Pattern:
    """A line that opens "Căn cứ" and a document's type and number ("Căn cứ Quyết định số ...", "- Căn cứ Thông
    tư liên tịch số ..."; the types of ``models/doc_types.csv``)."""
    words = sorted({w for t in doc_types() for w in t.words}, key=len, reverse=True)
    return re.compile(r"[\s*_\-–]*căn cứ\s+(?:vào\s+)?(?:" + "|".join(re.escape(w) for w in words) + r")\s+(?:số\s*)?\d",
                      re.IGNORECASE)


_APPLICANT = re.compile(r"(?<!chúng )(?<!\w)tôi(?!\w)")   # the applicant of a form, first person singular


def _a_forms_own_words(low: str, r: _Reading) -> bool:
    """What a form says in its own voice, no directive: its applicant asking for itself ("Đề nghị các cơ quan ...
    giải quyết cho tôi được hưởng ..."), its basis lines ("Căn cứ Thông tư liên tịch số 08/2012/TTLT-... của Bộ
    ..., Bộ Tài chính hướng dẫn ...;": the bodies named are the cited document's issuers and title; realworld60 774)."""
    if (r.request or r.assigned) and _APPLICANT.search(low):
        return True
    return bool(_basis_line().match(low)) and low.rstrip(" *_").endswith(";")


def _fills_in(action: str | None) -> bool:
    """An act that fills a form in (``fill_verbs``): "(2) Ủy ban nhân dân xã ghi rõ đối tượng được xác nhận là:
    hộ nghèo ..." says what to write, its "là" defines nothing (realworld60 774)."""
    words = tuple((action or "").lower().split())
    return any(words[:len(v)] == v for v in lexicon()["fill_verbs"])


def _defines_head(low: str) -> bool:
    """A definition by its first clause: "Trực tiếp tham gia chiến tranh bảo vệ Tổ quốc là trực tiếp
    làm nhiệm vụ ..."; a "là" further on ("..., đặc biệt là giá các mặt hàng", "Bộ Quốc phòng, Bộ Tài
    chính hướng dẫn ... đối với đối tượng là quân nhân") leaves a duty a duty."""
    # a bracketed remark in the subject is no clause end ("Sở ... hoặc Ban Quản lý khu kinh tế (đối với dự
    # án thực hiện tại khu kinh tế) là cơ quan tổ chức đấu thầu ...")
    flat = _BRACKETED.sub(" ", " ".join(low.split()))
    head = re.split(r"[,;:(]|\.(?:\s|$)", flat, maxsplit=1)[0]
    if _CASE_HEAD.match(head):
        return False   # "Trường hợp nhà đầu tư là doanh nghiệp nhà nước, nhà đầu tư giải trình ...": a case, then a duty
    return _defines(_without_focus(head))


_CASE_HEAD = re.compile(r"(?:trong |đối với )?trường hợp\s|(?:nếu|khi)\s")


_BRACKETED = re.compile(r"\([^()]{0,200}\)")


def _without_focus(low: str) -> str:
    """``low`` without the "là" that singles out rather than defines ("..., nhất là doanh nghiệp
    nhỏ và vừa", "đặc biệt là"; ``focus_markers``)."""
    markers = "|".join(re.escape(m) for m in lexicon()["focus_markers"])
    return re.sub(r"\b(?:" + markers + r") là\b", " ", low)


def forward_turns(doc: Document, ix: _DocIndex, past: set[str]) -> list[tuple[int, int]]:
    """Where an account of what was done turns to what comes next: from a sentence that opens with
    one of ``forward_time_openers`` ("Trong thời gian tới, Tỉnh tổ chức thực hiện ...") inside a
    section of a past role to the end of that section; its sentences ask for action."""
    opener = _forward_opener()
    spans = []
    for sent in doc.sentences:
        sec = ix.section_for(sent.start)
        if sec is None or sec.role not in past or (spans and spans[-1][1] > sent.start):
            continue
        if opener.match(caseless(doc.text[sent.start:sent.start + 60])):
            spans.append((sent.start, sec.end))
    return spans


def rule_spans(doc: Document, ix: _DocIndex) -> list[tuple[int, int]]:
    """Where a lead-in of an unlabelled part says the paragraphs below it are rules (``rule_leadin_pattern``:
    "Việc hoạt động giáo dục trở lại của trường mầm non thực hiện theo quy định sau:", an annex of a resolution
    that sets procedures, realworld75 819): from its end to its section's end; those paragraphs are read as an
    article's clauses, a party and its verb a duty."""
    lead = _rule_leadin()
    spans = []
    for sent in doc.sentences:
        sec = ix.section_for(sent.start)
        if sec is not None and sec.role in (None, "other") and lead.search(caseless(doc.text[sent.start:sent.end])):
            spans.append((sent.end, sec.end))
    return spans


@cache
def _rule_leadin() -> re.Pattern:
    return re.compile(lexicon()["rule_leadin_pattern"])


@cache
def _forward_opener() -> re.Pattern:
    words = "|".join(re.escape(w) for w in lexicon()["forward_time_openers"])
    return re.compile(r"[\s*_]*(?:" + words + r")\s*,")

