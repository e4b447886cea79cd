"""Directives: sentences and list items that call for or assign action.

``find_directives(doc)`` reads the section roles set by ``extract.roles`` and returns one
``Directive`` per list item (even with several sentences) or per instruction sentence of a
paragraph: tasks ("- Tăng cường công tác quản lý Nhà nước về khoa học và công nghệ ..."),
targets ("- Phấn đấu xây dựng Bảo Lâm thành huyện ..."), instructions in any section ("Huyện ủy
Bảo Lâm chỉ đạo các tổ chức cơ sở Đảng ...", "giao Bộ Nội vụ chủ trì ...", "Đề nghị ...") and
obligations in laws ("Bộ Tài chính có trách nhiệm bố trí ngân sách ..."). Descriptions of
results and plain definitions are not directives. In a document that sets tasks (a plan, a
conclusion, ...; or, with no type named, one with a part titled "Tổ chức thực hiện") a paragraph
that opens with a verb or with a body that acts is a task wherever it stands.

Each directive carries its actor where one is named (in the text, or by a heading that names who
acts), its leading verb phrase as action, its deadline ("trước ngày 30 tháng 11 năm 2025") and
whether it is still open or reported as done. The word lists live in ``models/directives.json``.

Classes met in real documents (tests/test_directive_classes.py has a table per class): a list's
lead-in decides what its items are (prohibitions "Những hành vi nghiêm cấm đối với ...", offences
under a penalty, cases, scope, examples "... như:"); a plan's fields ("Đơn vị chủ trì: Sở Tư
pháp.") name the actor of the tasks above them; a task table or a procedure table written one cell
per line between "|" lines gives one task per row, its lead column the actor; a lead-in naming the
asker ("..., Ủy ban nhân dân tỉnh chỉ thị:") is an instruction; enacting clauses ("Bãi bỏ Điều
3 ..."), criteria, blank forms and a crawled page's trailer are no directives.

The steps live in their own modules: ``directive_tokens`` (words and word lists),
``directive_actors`` (who a clause names), ``directive_reading`` (what one unit says),
``directive_index``, ``directive_units`` (what is read), ``directive_headings`` (who headings and
lead-ins name; ``directive_article_leads``: the party an article's opening sentence binds to the steps
below it), ``directive_subjects`` (the party a unit opens with where no reader named one),
``directive_plan_fields`` and ``directive_kinds`` (what kind of directive, if any).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from vanban.pipeline.extract.directive_actors import _GLUED_MARKS, _distinct
from vanban.pipeline.extract.directive_names import terms_of
from vanban.pipeline.extract.directive_list_kinds import _leadin_kind
from vanban.pipeline.extract.directive_headings import (
    _ancestor_actor, _leadin_actor, _list_leadin, _prohibited_actor, _unlisted_leadin_actor,
    heading_actor, page_heading_actor,
)
from vanban.pipeline.extract.directive_index import _DocIndex, _report_section
from vanban.pipeline.extract.directive_kinds import (
    _classify, _concludes, _lists_entries, _modals_in_relative_clauses, _sets_tasks, _under_stative_leadin, body_then_duty, case_fill,
    form_note_party, _unmarked,
    forward_turns, modal_pattern, rule_spans,
)
from vanban.pipeline.extract.directive_plan_fields import _LeadFields, _under_plan_field
from vanban.pipeline.extract.directive_reading import _TOPIC, _deadline, _object, _read, _Reading
from vanban.pipeline.extract.directive_subjects import (
    condition_subject, opening_subject, opens_a_step, step_body_subject, topic_subject,
)
from vanban.pipeline.extract.directive_tokens import _MEMBERS_LEADIN, _has, _match, _tokens, lexicon, posting
from vanban.pipeline.extract.directive_units import _units
from vanban.pipeline.extract.roles import role_model
from vanban.pipeline.model import Directive, Document, Section
from vanban.pipeline.spans import SpanSet
from vanban.pipeline.text import caseless

__all__ = ["find_directives", "heading_actor"]


@cache
def _asks() -> re.Pattern:
    """A text that asks or hands a task to a body ("Đề nghị các sở, ngành ..., gồm:", "Ủy ban nhân
    dân tỉnh yêu cầu các sở ..."; ``asker_verbs``, ``delegating_verbs``), not one that names a
    proposal ("Phê chuẩn đề nghị của ...")."""
    lex = lexicon()
    words = sorted({" ".join(w) if isinstance(w, tuple) else w for w in lex["asker_verbs"] + lex["delegating_verbs"]},
                   key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\s+của)(?!\w)")


def find_directives(doc: Document) -> list[Directive]:
    """Directives of an analysed document (roles already assigned by ``assign_roles``).

    >>> from vanban.pipeline.analyze import analyze  # doctest: +SKIP
    >>> d = find_directives(analyze("bc.txt"))[0]  # doctest: +SKIP
    >>> (d.role, d.status, d.actor, d.action)  # doctest: +SKIP
    ('instruction', 'done', 'Huyện ủy Bảo Lâm', 'chỉ đạo')
    """
    with terms_of(doc.text):
        return _find_directives(doc)


def _find_directives(doc: Document) -> list[Directive]:
    past = set(role_model()["past_roles"])
    forward = _sets_tasks(doc)
    ix = _DocIndex(doc)
    lead_fields = _LeadFields(doc, ix)
    by_id = ix.by_id
    first = min((s.start for s in doc.sections), default=len(doc.text))
    if (doc.metadata.doc_type is None or forward) and (body := _concludes(doc.text)) is not None:
        first = min(first, body)   # "... Bộ Chính trị đã thảo luận và kết luận như sau:": the conclusion follows
    runs, turned, ruled = _run_starts(doc), SpanSet(forward_turns(doc, ix, past)), SpanSet(rule_spans(doc, ix))
    out: list[Directive] = []
    entries = False   # paragraphs after "... đối với nhóm đối tượng, gồm:" are its entries until one acts
    said: tuple[int, str] | None = None   # (end, actor) of the directive before when it named its own subject
    for u in _units(doc, ix):
        sec = u.section or ix.section_for(u.start)
        if sec is not None:
            sec = by_id.get(sec.id, sec)
        role = _unit_role(sec, u.start, first, past, turned, ruled)
        inherited = _ancestor_actor(ix, sec) or page_heading_actor(ix, u.start)
        if u.item and u.section is not None:
            parent = by_id.get(u.section.parent) if u.section.parent else None
            # the lead-in line above, else the heading, else an item with another mark the structure
            # took as no section that leads in ("2. Chủ tịch ... của Chính phủ, ..., trong đó:" over "(1) ...")
            # the list's first item: the lines of an earlier item wrapped by the page go unread
            first = ix.kids_start.get(parent.id, u.section.start) if parent else u.section.start
            first = runs.get(_run_key(u.section), first)   # a list numbered again ("1.~2"): its own first item
            inherited = _leadin_actor(doc.text, min(first, u.section.start), parent.start if parent else 0) \
                or inherited or _unlisted_leadin_actor(doc.text, u.start)
        elif u.item and inherited is None:   # "+ Tập trung ..." under "- Chủ tịch ... , trong đó:"
            inherited = _unlisted_leadin_actor(doc.text, u.start)
        inherited = None if _past_annex(ix, by_id, sec, u.start) else inherited   # "PHỤ LỤC 1" / "(1) Ghi ..."
        if note := ix.note_mark_end(u.start, u.end, u.item):
            if not u.item and note == ix.form_footnote_end(u.start, u.end):
                inherited = None   # a form's footnote stands at the page's foot, under no heading of the form
            u = replace(u, start=note)   # "1 Ghi cụ thể số nhà, ..." under a form, "1. 47 Triển khai ...": a note's mark
        r = _read(doc.text, u.start, u.end, verb_first=inherited is not None, law=role == "article")
        if u.item or u.section is not None:
            entries = False
        elif entries and not (r.assigned or r.subject_verb or r.verb_initial):
            continue   # "Cán bộ, công chức ... hưởng lương ... nhưng phải thực hiện ...": a group listed
        else:
            entries = _lists_entries(caseless(doc.text[u.start:u.end]))
        lead = _list_leadin(ix, u)
        kind_of_list = _leadin_kind(lead) if lead else None
        if kind_of_list is None and sec is not None and (titled := _article_title_kind(sec, lead, by_id)):
            kind_of_list = titled   # "Điều 2. Đối tượng áp dụng": who the rule covers; "Điều 23. Các trường hợp ...": cases
        if _an_entry_of_its_list(kind_of_list, r, u.item, doc.text[u.start:u.end]):
            continue
        if kind_of_list == "papers" and (duty := _duty_after_paper(doc.text, u.start, u.end)) is not None:
            # "b) Văn bản ... xác nhận tỷ lệ (%) .... Tổ chức, đơn vị ... chịu trách nhiệm về thông tin
            # cung cấp nêu trên;": the paper is named, the duty is the sentence after it
            u = replace(u, start=duty)
            r = _read(doc.text, u.start, u.end, verb_first=inherited is not None, law=role == "article")
        if role == "article" and r.modal and not (r.actors or r.assigned or r.subject_verb or r.verb_initial) \
                and _modals_in_relative_clauses(doc.text[u.start:u.end]):
            continue   # "Thu nhập từ nhận thừa kế ... các tài sản phải đăng ký sở hữu": a rule's noun described
        if _not_by_its_list(kind_of_list, role, r, doc.text[u.start:u.end]):
            continue
        if kind_of_list == "prohibition":
            inherited = _prohibited_actor(lead) or inherited
            r.modal = True   # "Những hành vi nghiêm cấm ...": each item is a duty not to
        if u.item and not (r.verb_initial or r.modal or r.assigned or r.subject_verb) \
                and _under_plan_field(ix, u.section) and not _form_instruction(doc.text[u.start:u.end]):
            continue   # ... not " - Khi cấp huyện tổng hợp thì bổ sung ..." under "Lưu ý:", a table's note
        if role == "article" and u.item and _an_articles_entry(ix, u, r, lead):
            continue
        if _defining(ix, sec) and not r.assigned:
            continue   # "Điều 2. Giải thích từ ngữ" / "1. Đơn vị chủ trì liên kết đào tạo là ...": a definition
        if _explaining(ix, sec) and not r.assigned:
            continue   # "1.3. Lợi ích phương án đơn giản hóa" / "Giảm tải thời gian chờ đợi ...": why, no task
        if _illustrating(ix, sec, u.start, u.end) and not r.assigned:
            continue   # "Ví dụ 6: Trong tháng 2, công ty X bố trí cho công nhân A làm việc 7 giờ/ngày ...": an example
        if ix.in_catalogue(u.start, r.action) and u.actor is None and not (
                r.modal or r.assigned or r.subject_verb or r.fills_field or _form_instruction(doc.text[u.start:u.end])
                or posting(caseless(doc.text[u.start:u.end])) or _prohibits(doc.text[u.start:u.end])):
            continue   # "BỔ SUNG DANH MỤC NGHỀ, CÔNG VIỆC ..." / "Vận hành trạm trộn bê tông": a name listed; not an
            # entry to post under a chart of accounts ("Khi gửi tiền có kỳ hạn, ..., ghi: Nợ TK 121 ...", realworld84 845)
        if _a_field_or_headline(doc, ix, u, r, role):
            continue
        got = _kind(doc, ix, u, sec, r, role, past, forward, duty=inherited is not None)
        if got is None:
            continue
        kind, status = got
        text = doc.text[u.start:u.end]
        posted = posting(caseless(text))   # "Khi nhận ... do X chuyển về, ghi:": the body the headings name posts it
        inherited = inherited or (_posted_at(ix, sec) if posted else None)
        actor = u.actor or ("; ".join(_distinct(r.unit_actors(role == "article"))) if r.actors and not (
            inherited and not r.lead_subject and posted) else None)
        actor = inherited if _heading_asks(doc.text, u, inherited, r) else actor
        if actor is None and not u.item and (r.verb_initial or r.verb_after_intro) and said is not None \
                and "\n" not in doc.text[said[0]:u.start]:
            # "Các địa phương phải động viên ... . Đồng thời tiếp tục vận động ...": the paragraph's subject goes on
            actor = said[1]
        # a subject that asks others ("Ủy ban nhân dân tỉnh yêu cầu các sở ...") goes on in no sentence after
        said = (u.end, actor) if r.actors and r.lead_subject and actor and not (r.assigned or r.request) \
            and not _asks().search(caseless(text)) else None
        if actor is None:   # else the party a unit found by its context opens with ("Tổ chức chứng nhận nộp ...")
            # the party the unit opens with before the headings' body ("Người lao động nộp hồ sơ ..." under a law's
            # chapter title, realworld85 848); a case's or a topic's party after them (who the rule concerns)
            actor = lead_fields.actor_after(u.end) or form_note_party(text)
            if actor is None and r.verb_after_intro:
                actor = inherited or _opening_party(doc.text, u.start, u.end, r)
            elif actor is None:
                actor = _opening_party(doc.text, u.start, u.end, r) or inherited
        action = r.action
        out.append(Directive(
            text=text, start=u.start, end=u.end, section=_report_section(ix, sec), role=kind,
            status=status, actor=_without_scope(actor), action=action, object=_object(text, action),
            deadline=_deadline(_TOPIC.sub("", text, count=1))))
    return out


def _heading_asks(text: str, u, inherited: str | None, r: _Reading) -> bool:
    """A demand (``demand_openers``) under a body's heading or lead-in is that body's act ("4. Sở Khoa học và Công
    nghệ" / "- Yêu cầu các cơ quan thông tấn, báo chí ...": the department asks, realworld94 874), unless the lines
    above asked that body itself."""
    return bool(inherited) and r.assigned and caseless(text[u.start:u.end]).startswith(
        tuple(lexicon()["demand_openers"])) and not _asked_before(text, u.start, inherited)


def _asked_before(text: str, start: int, body: str) -> bool:
    """Whether the lines above ``start`` ask ``body`` ("... yêu cầu các bộ, ngành, địa phương ...:" over "a) Yêu cầu các
    bộ, ngành ... phải ...", a notice's demands, realworld heldout4 403): the body inherited was asked, it asks no one."""
    before = caseless(text[max(0, start - 1500):start])
    return re.search(_asks().pattern + r"\s+" + re.escape(caseless(body)[:15]), before) is not None


def _opening_party(text: str, start: int, end: int, r: _Reading) -> str | None:
    """The party a unit found by its context opens with ("Tổ chức chứng nhận nộp ..."), or the party
    its body opens with after a step's title ("Bước 1: Xây dựng dự án Cộng đồng dân cư phối hợp ...");
    None after an introductory phrase, whose verb is the unit's."""
    if r.verb_after_intro:
        # "Trường hợp nhà thầu có ... thì kê khai ...": the case's party; "Đối với tổ hợp tác: Thực hiện ...": the topic's
        return condition_subject(text, start, end) or topic_subject(text, start, end)
    return opening_subject(text, start, end, named_only=r.verb_initial) \
        or (step_body_subject(text, start, end) if r.verb_initial else None) or condition_subject(text, start, end)


def _not_by_its_list(kind_of_list: str | None, role: str | None, r, text: str) -> bool:
    """A unit that what its list or article holds makes no directive: a catalogue's entry, a case or a right
    listed, an offence of a sanctions article, whom a rule covers."""
    if kind_of_list == "catalogue" and role == "article" and not (r.modal or r.assigned or r.subject_verb):
        return True   # "Điều 2. Danh mục vị trí công tác ..." / "2. Thẩm định dự án.": entries of a list
    if kind_of_list in ("cases", "rights") and not ((r.modal and (r.actors or kind_of_list == "rights")) or r.assigned
                                                    or (r.subject_verb and kind_of_list == "rights")):
        # "... không được hưởng chế độ ốm đau trong các trường hợp sau đây:": cases listed; a case's own
        # modal that binds no one named describes it ("a) Khiếu nại ... nhưng phải xác minh từ 02 địa điểm")
        return True
    if kind_of_list == "offences" and not (r.assigned or (r.modal and r.actors)) \
            and not _unmarked(caseless(text)).startswith("buộc "):
        return True   # "2. Nhập khẩu hàng hóa có nhãn hàng hóa ghi sai ...": an offence, not "Buộc tái xuất ..."
    # "2. Đối tượng áp dụng" / "a) Tổ chức nộp hồ sơ ...": who the rule covers
    return kind_of_list == "scope" and not r.assigned and not _has(caseless(text), lexicon()["law_deadline_cues"])


def _form_instruction(text: str) -> bool:
    """What a form's drafter writes in which case (``case_fill_pattern``), or a form's note on who signs it or makes
    the report (``form_note_patterns``): an instruction wherever it stands."""
    return case_fill(caseless(text)) or form_note_party(text) is not None


def _without_scope(actor: str | None) -> str | None:
    """Each body of an actor without the scope written after its name (``name_scope_breaks``: "công
    đoàn cơ sở trong công tác an toàn, vệ sinh lao động" -> "công đoàn cơ sở", "... trong phạm vi
    chức năng, nhiệm vụ của mình")."""
    if not actor:
        return actor
    cut = _scope_break()
    actor = _GLUED_MARKS.sub("", actor)   # "... Viễn thông Quân đội27" in a title: a footnote's mark
    return "; ".join(cut.split(a, 1)[0].rstrip(" ,") or a for a in actor.split("; "))


@cache
def _scope_break() -> re.Pattern:
    return re.compile(r"\s+(?:" + "|".join(re.escape(" ".join(p) if not isinstance(p, str) else p)
                                         for p in lexicon()["name_scope_breaks"]) + r")(?!\w)", re.I)


def _past_annex(ix: _DocIndex, by_id: dict, sec, start: int) -> bool:
    """Whether an annex's head ("PHỤ LỤC 1") stands between the section a unit's actor comes down from
    (its parent, else itself) and the unit: "(1) Ghi bậc trình độ ..." in a certificate's annex is not
    the last article's body's act (realworld48 720)."""
    return sec is not None and ix.annex_between(by_id[sec.parent].start if sec.parent in by_id else sec.start, start)


def _kind(doc: Document, ix: _DocIndex, u, sec, r, role: str, past: set[str], forward: bool, *,
          duty: bool) -> tuple[str, str] | None:
    """(role, status) of a unit that survived the loop's checks: a task table's row is its lead column's
    task; a share to reach under an approved programme's targets is a target; else ``_classify``."""
    if not r.assigned and _relation_cell().match(doc.text, u.start, u.end):
        # "Bên trong Được quản lý trực tiếp ... bởi ...": a job description's relations table, whose cells a
        # gazette's text layer runs one per line like a task table's (realworld76 823, 78 827)
        return None
    if u.actor is not None:   # a row of a task table or a procedure: a task of its lead column
        return "task" if forward or role != "article" else "obligation", "open"
    if _grade().match(doc.text, u.start, u.end):
        return None   # "Mức 2: Đạt yêu cầu nhưng phải chỉnh sửa ...": a grade of a council's scale (realworld67 794)
    if not (duty or r.modal or r.assigned) and _names_form(doc.text[u.start:u.end]):
        return None   # "3. Đề nghị hưởng trợ cấp thất nghiệp ... thực hiện theo Mẫu số 03.": the form a paper takes
    if role == "article" and _rate_target(ix, sec, doc.text[u.start:u.end]):
        return "target", "open"
    got = _classify(doc, u, r, role, past, forward, duty=duty)
    if got is None and role == "article" and _in_procedure(ix, sec) and opens_a_step(doc.text, u.start, u.end):
        return "obligation", "open"   # "Cá nhân viết bản khai ... gửi Ủy ban nhân dân cấp xã ...": a step of the procedure
    if got is None and role == "article" and _plan_target(doc, ix, sec, doc.text[u.start:u.end]):
        return "target", "open"
    return got


def _plan_target(doc: Document, ix: _DocIndex, sec, text: str) -> bool:
    """A statement under the specific targets (``specific_target_headings``: "2. Mục tiêu cụ thể giai đoạn
    2026 - 2030") of a plan the document's first article approves (``approved_plan_pattern``: "Điều 1. Phê
    duyệt “Kế hoạch hành động quốc gia ...”"), no lead-in: a target of the plan ("- Tại thành phố Hà Nội, nồng
    độ bụi PM2.5 ... đạt dưới 40 μg/m3", "Công tác vệ sinh khu vực công cộng được tăng cường ..."; realworld68 797)."""
    heads = tuple(lexicon()["specific_target_headings"])
    if text.rstrip(" *_").endswith(":") or not any(
            caseless((s.heading or "").strip(" *_")).startswith(heads) for s in _ancestors(ix, sec)):
        return False
    return bool(_approved_plan().search(doc.text, 0, 20000))


@cache
def _grade() -> re.Pattern:
    return re.compile(lexicon()["grade_label_pattern"])


@cache
def _relation_cell() -> re.Pattern:
    return re.compile(lexicon()["relation_cell_pattern"])


@cache
def _form_named() -> re.Pattern:
    return re.compile(lexicon()["form_named_pattern"])


def _names_form(text: str) -> bool:
    """A paper named with the form it takes (``form_named_pattern``, on the caseless text, its list label
    dropped): "5. Quyết định của Giám đốc Sở ... về việc hưởng trợ cấp thất nghiệp thực hiện theo Mẫu số 05."
    lists a circular's forms (realworld79 830), nobody is asked to act."""
    low = " ".join(caseless(text).split())
    return bool(_form_named().fullmatch(re.sub(r"^(?:\d{1,2}[.)]|[a-zđ]\)|[-+•])\s*", "", low)))


@cache
def _approved_plan() -> re.Pattern:
    return re.compile(lexicon()["approved_plan_pattern"])


def _in_procedure(ix: _DocIndex, sec: Section | None) -> bool:
    """Whether ``sec`` stands in an article that sets a procedure (``procedure_article_pattern``: "Điều 27.
    Hồ sơ, thủ tục giải quyết chế độ ưu đãi ...", "Điều 8. Trình tự thực hiện"): its clauses that open
    with a party and a plain verb are the steps (realworld54 757, as realworld45 693)."""
    article = next((s for s in _ancestors(ix, sec) if s.kind == "article"), None)
    return article is not None and re.match(lexicon()["procedure_article_pattern"],
                                            caseless(article.heading or "").strip(" *_")) is not None


_RATE_OPENING = re.compile(r"[\s*_+•-]*\d{1,3}(?:[,.]\d{1,2})?\s?%\s+\S")


def _rate_target(ix: _DocIndex, sec, text: str) -> bool:
    """A unit that opens with a share to reach ("100% dịch vụ công trực tuyến toàn trình ...", "95%
    người dân, doanh nghiệp đánh giá hài lòng ...") under a heading of ``target_headings`` ("2. Mục tiêu cụ
    thể"): a programme's target, inside the article that approves it (realworld50 734, realworld43 680)."""
    heads = tuple(lexicon()["target_headings"])
    return bool(_RATE_OPENING.match(text)) and any(
        caseless((s.heading or "").strip(" *_")).startswith(heads) for s in _ancestors(ix, sec))


def _an_articles_entry(ix: _DocIndex, u, r, lead: str | None) -> bool:
    """An article's item that lists, no directive: a case under a stative lead-in, a member under
    "..., gồm:", or an outline's entry that a later article's title repeats."""
    sec = u.section or ix.section_for(u.start)
    if _rate_target(ix, sec, ix.doc.text[u.start:u.end]):
        return False   # "Một số chỉ tiêu cơ bản bao gồm:" / "+ 100% dịch vụ công ...": targets, no members
    if _judging(ix, sec) and not (r.assigned or (r.modal and r.actors)):
        return True   # "Điều 4. Tiêu chí chung ..." / "a) Chấp hành sự phân công của tổ chức;": a criterion
    if not (r.modal or r.assigned or r.subject_verb) and _under_stative_leadin(ix, u.section):
        return True
    # ... not a form's field and how to fill it: "Thông tin chi tiết gồm:" / "1. Tên người nộp thuế: Ghi rõ ràng ..."
    if lead and not (r.modal or r.assigned or r.fills_field) and _MEMBERS_LEADIN.search(caseless(lead)) \
            and not _has(caseless(lead), lexicon()["task_nouns"]) and not _asks().search(caseless(lead)) \
            and not body_then_duty(lead):
        return True   # "Phê chuẩn ... bộ máy làm việc của Viện kiểm sát nhân dân tối cao, gồm:" / "2. Vụ Kiểm sát ...;": members
    # "Điều 12. Quy trình ..." / "2. Chuẩn bị thực hiện giám định tư pháp.": Điều 14's title
    return not (r.modal or r.assigned or r.subject_verb) and ix.outlines_an_article(u.start, u.end)



@cache
def _case_titles() -> re.Pattern:
    return re.compile(r"^(?:" + "|".join(lexicon()["case_title_patterns"]) + r")(?!\w)")


def _article_title_kind(sec: Section, lead: str | None, by_id: dict[str, Section]) -> str | None:
    """What an article's title makes of the items under it whose lead-in says nothing of them: "scope"
    where no lead-in introduces them ("Điều 2. Đối tượng áp dụng": whom the rule covers), "cases"
    (``case_title_patterns``: "Điều 23. Các trường hợp không được hưởng bảo hiểm y tế", "Điều 9. Điều
    kiện cho phép thành lập ...": the cases or conditions listed, no party's act), as does a part's title above
    them (realworld94 875)."""
    if sec.kind == "article" and lead is None and _leadin_kind(sec.heading or "") == "scope":
        return "scope"
    parent = by_id.get(sec.parent) if sec.parent else None
    if parent is not None and parent.kind in ("roman", "heading") and _case_titles().match(caseless(parent.heading)):
        return "cases"   # "I. Điều kiện đối với tổ chức biểu diễn nghệ thuật ..." / "3. Có văn bản chấp thuận ...": conditions
    for _ in range(3):   # the article over a clause, a point
        if sec.kind == "article" or not sec.parent or (sec := by_id.get(sec.parent)) is None:
            break
    if sec is None or sec.kind != "article":
        return None
    heading = sec.heading or ""
    title = re.sub(r"^\s*điều\s+\d+[a-zđ]?\s*[.:]?\s*", "", caseless(heading).strip(" *_"))
    if _offence_titles().match(title):
        return "offences"   # "Điều 23. Vi phạm quy định về ghi nhãn hàng hóa nhập khẩu": offences and their fines
    return "cases" if _case_titles().match(title) else None


@cache
def _offence_titles() -> re.Pattern:
    return re.compile(lexicon()["offence_title_pattern"])


def _an_entry_of_its_list(kind_of_list: str | None, r, item: bool, text: str) -> bool:
    """A unit that its list's lead-in makes an entry, no directive: an offence of a fine's list, an
    addressee, an example, a paper of a file."""
    if kind_of_list == "violation":
        return True   # "Phạt tiền ... đối với một trong các hành vi vi phạm sau đây:": offences listed
    if kind_of_list == "addressees" and item and not (
            r.modal or r.assigned or r.request or r.subject_verb or r.verb_initial):
        return True   # "THỦ TƯỚNG CHÍNH PHỦ điện:" / "- Đồng chí Bí thư Tỉnh ủy ...": whom it is sent to
    if kind_of_list in ("examples", "sources") and not (r.verb_initial or r.modal or r.assigned or r.subject_verb):
        return True   # "- Hệ thống điều hành giao thông tích hợp ...": an example of what the lead-in asks for; a source of funds
    # "* Thành phần hồ sơ:" / "- Báo cáo tự đánh giá của thôn, xã ...": a paper named; "b) Văn bản ... của
    # năm trước liền kề năm phải nộp tiền thuê đất.": a modal inside the paper's name
    if not (r.assigned or r.verb_initial or r.subject_verb) and _inline_papers(text):
        return True   # "Đối với chi phí hủy tài sản ..., hồ sơ gồm: Quyết định của ...; Biên bản ...": papers named
    return kind_of_list == "papers" and not (r.assigned or r.subject_verb or (
        r.modal and (r.actors or not _modal_in_a_name(text)) and not _made_by(text)))


_INLINE_PAPERS = re.compile(r"(?<!\w)hồ sơ(?:\s+\S+){0,3}?\s+(?:bao\s+)?gồm\s*:", re.I)


def _inline_papers(text: str) -> bool:
    """A unit that names a file's papers after "hồ sơ gồm:" in its own sentence, every modal after that
    colon (in the papers' names): it lists them, no one is asked (realworld49 725)."""
    m = _INLINE_PAPERS.search(text)
    if m is None or m.start() == 0 or re.search(r"[.!?]\s", text[:m.start()]):
        return False   # "Tổ chức ... nộp 01 bộ hồ sơ ... . Hồ sơ bao gồm: ...": the duty comes first
    first = modal_pattern().search(text)
    return first is None or first.start() > m.end()


_MADE_BY = re.compile(r"(?<!\w)do\s[^.;:]{1,120}$", re.I)


def _made_by(text: str) -> bool:
    """A paper's first modal stands after "do <who>" in its clause: who makes the paper and what it
    holds ("Biên bản kiểm kê ... do doanh nghiệp lập, trong đó phải xác định rõ ...", "Bảng kê ... do
    đại diện hợp pháp của doanh nghiệp xác nhận, ký và chịu trách nhiệm ...", realworld49 725)."""
    m = modal_pattern().search(text)
    return m is not None and _MADE_BY.search(text, 0, m.start()) is not None


def _unit_role(sec: Section | None, start: int, first: int, past: set[str], turned: SpanSet, ruled: SpanSet) -> str:
    """The role of the section a unit stands in: "preamble" before the first section, "tasks" where an
    account of results turns to what comes next ("Trong thời gian tới, Tỉnh ...", ``forward_turns``),
    "article" under a lead-in that says rules follow (``rule_spans``)."""
    role = sec.role if sec is not None else ("preamble" if start < first else "other")
    if role in (None, "other") and ruled.covers(start, start + 1):
        return "article"
    return "tasks" if role in past and turned.covers(start, start + 1) else role


@cache
def _modal_after_head() -> tuple[re.Pattern, re.Pattern]:
    heads = "|".join(re.escape(h) for h in lexicon()["relative_modal_heads"])
    return modal_pattern(), re.compile(rf"(?<!\w)(?:{heads})\s+$", re.I)


def _modal_in_a_name(text: str) -> bool:
    """Every modal of a paper's line stands in a name, after one of ``relative_modal_heads`` ("năm
    phải nộp tiền thuê đất", "của người chịu trách nhiệm về an ninh, trật tự")."""
    modal, head = _modal_after_head()
    found = list(modal.finditer(text))
    return bool(found) and all(head.search(text, max(0, m.start() - 20), m.start()) for m in found)


_SENTENCE_START = re.compile(r"[.;][\"”')]*\s+(?=[A-ZĐÀ-Ỹ])")


def _duty_after_paper(text: str, start: int, end: int) -> int | None:
    """Where the sentence that obliges a body it names starts in an item naming a paper, when its
    first sentence, the paper's name, names no one; None otherwise."""
    cuts = [m.end() for m in _SENTENCE_START.finditer(text, start, end)]
    if not cuts:
        return None
    first = _read(text, start, cuts[0])
    if first.actors or first.assigned:
        return None   # "... năm phải nộp tiền thuê đất": a modal in a paper's name obliges no one named
    for cut in cuts:
        r = _read(text, cut, end)
        if r.assigned or (r.actors and (r.modal or r.subject_verb)):
            return cut
    return None


def _run_key(sec: Section) -> tuple[str | None, str] | None:
    """A list numbered again under the same parent ("Điều 1.1~2", "Điều 1.2~2": the items of an amended
    article quoted after "11. Sửa đổi ... Điều 20 như sau:"): its parent and run mark; None for a first run."""
    own = sec.id[len(sec.parent) + 1:] if sec.parent and sec.id.startswith(sec.parent + ".") else sec.id
    _, sep, run = own.rpartition("~")
    return (sec.parent, run) if sep else None


def _run_starts(doc: Document) -> dict[tuple[str | None, str], int]:
    """Where each list numbered again starts: its first item."""
    starts: dict[tuple[str | None, str], int] = {}
    for s in doc.sections:
        if (key := _run_key(s)) is not None:
            starts[key] = min(starts.get(key, s.start), s.start)
    return starts


def _ancestors(ix: _DocIndex, sec: Section | None) -> Iterator[Section]:
    """``sec`` and the sections above it, nearest first; a cycle of parents ends after 16."""
    for _ in range(16):
        if sec is None:
            return
        yield sec
        sec = ix.by_id.get(sec.parent) if sec.parent else None


def _posted_at(ix: _DocIndex, sec: Section | None) -> str | None:
    """The body a heading above names after "tại" ("4. Đối với hoạt động đầu tư tài chính tại BHXH Việt
    Nam"): where the journal entries under it are posted, so who posts them (realworld51 741)."""
    for s in _ancestors(ix, sec):
        m = re.search(r"(?<!\w)tại\s+(.+?)[\s:.]*$", s.heading or "")
        if m and (a := heading_actor(m.group(1))):
            return a
    return None


def _defining(ix: _DocIndex, sec: Section | None) -> bool:
    """Whether ``sec`` stands in an article that defines its terms (``definition_titles``: "Điều 2.
    Giải thích từ ngữ")."""
    titles = lexicon()["definition_titles"]
    article = next((s for s in _ancestors(ix, sec) if s.kind == "article"), None)
    return article is not None and any(t in caseless(article.heading or "") for t in titles)


def _judging(ix: _DocIndex, sec: Section | None) -> bool:
    """Whether ``sec`` stands in an article that lists the criteria things are judged by
    (``criteria_titles``: "Điều 4. Tiêu chí chung về đánh giá, xếp loại chất lượng cán bộ ..." / "a) Chấp
    hành sự phân công của tổ chức;", realworld50 736)."""
    article = next((s for s in _ancestors(ix, sec) if s.kind == "article"), None)
    return article is not None and caseless(article.heading or "").strip(" *_").startswith(
        tuple(lexicon()["criteria_titles"]))


def _explaining(ix: _DocIndex, sec: Section | None) -> bool:
    """Whether ``sec`` stands under a heading that gives a plan's reasons or benefits
    (``explanation_titles``: "1.3. Lợi ích phương án đơn giản hóa", realworld47 708)."""
    titles = tuple(lexicon()["explanation_titles"])
    return any(caseless((s.heading or "").strip(" *_")).startswith(titles) for s in _ancestors(ix, sec))


def _illustrating(ix: _DocIndex, sec: Section | None, start: int, end: int) -> bool:
    """Whether a unit illustrates a rule (``example_openers``): it opens "Ví dụ ...", or stands
    under a heading that does ("III. Ví dụ về nguyên tắc sử dụng quỹ thời giờ làm việc"), or follows
    a line that opens one in the numbered section it (or the bullet it is) stands in ("Ví dụ 1: ..." /
    "- Trường hợp người bệnh ...: Quỹ bảo hiểm y tế thanh toán ... = 44.650.000 đồng": a worked
    example's cases, realworld55 759)."""
    openers = tuple(lexicon()["example_openers"])
    text = ix.doc.text
    return caseless(text[start:end].lstrip(" *_-+•")).startswith(openers) or any(
        caseless((s.heading or "").lstrip(" *_")).startswith(openers) for s in _ancestors(ix, sec)) or (
        (home := next((s for s in _ancestors(ix, sec) if s.kind != "bullet"), None)) is not None
        and _example_between(ix, home.start, start))


def _example_between(ix: _DocIndex, lo: int, hi: int) -> bool:
    """Whether a line that opens a worked example starts in ``[lo, hi)`` (the document's such lines found once)."""
    if ix.example_lines is None:
        ix.example_lines = [m.start() for m in _example_line().finditer(ix.doc.text)]
    i = bisect.bisect_left(ix.example_lines, lo)
    return i < len(ix.example_lines) and ix.example_lines[i] < hi


@cache
def _example_line() -> re.Pattern:
    words = "|".join(re.escape(w) for w in lexicon()["example_openers"])
    return re.compile(rf"(?im)^[ \t*_+•-]*(?:{words})(?!\w)")


def _a_field_or_headline(doc: Document, ix: _DocIndex, u, r, role: str) -> bool:
    """A form's field or row ("Mẫu số 01" / "Bên chịu trách nhiệm xử lý"), a field left to fill ("Phân tích
    rủi ro và đề xuất giải pháp phòng ngừa rủi ro: ..."), a table's cell, a topic that says what a thing shows, or a
    news page's headline ("Thủ tướng chỉ đạo chủ động phòng, tránh, ứng phó bão số 15"): no directive."""
    text = doc.text[u.start:u.end]
    if u.actor is None and ix.a_form_field(u.start, u.end) and not posting(caseless(text)):
        return True
    if ((_blank_fields().match(text.strip()) and not posting(caseless(text))) or _form_header().match(text)
            or _form_caption().match(text) or _council_seat(text)) and not r.assigned:
        # ... not "Khi nhận lãi định kỳ, ghi: Nợ các TK 111, 112,...": an entry's list of accounts left open
        return True   # "Đơn vị báo cáo: Cục ĐTNN - Đơn vị nhận báo cáo: Trung tâm Tin học": a report form's header
    if _describes_content(text) and not (r.modal or r.assigned or r.subject_verb):
        return True   # "Về sơ đồ hiện trạng ..., thể hiện hiện trạng phân bố, ...": what a map shows (realworld92 867)
    if re.fullmatch(r"[^.:;!?…]+\?", " ".join(text.split()).strip(" *_")) and not (r.modal or r.assigned):
        return True   # "Làm công tác gì, cơ quan nào, chức vụ?": a form's question, one sentence that asks, no act
    if _unmarked(caseless(text)).rstrip(" \n;.,") in lexicon()["sector_names"] and not (r.modal or r.assigned):
        return True   # "g) Giao thông vận tải;": a list of fields or topics (realworld93 870), no "giao" that assigns
    if not (r.modal or r.assigned) and (_form_number().match(before := _line_before(doc.text, u.start))
                                        or _procedure_code().match(before)):
        # "Mẫu số 11" / "Đề nghị hỗ trợ của người lao động là hướng dẫn viên du lịch": a form's title; "1.013376" /
        # "Sửa đổi, bổ sung giấy phép cung cấp dịch vụ viễn thông ...": a procedure's name after its code in a table
        return True
    return role == "preamble" and not u.item and _headline(text)


def _describes_content(text: str) -> bool:
    """The unit opens with a topic ("Về sơ đồ hiện trạng phát triển hạ tầng du lịch") and its first sentence goes on,
    after a comma, with one of ``content_verbs``: it says what a thing shows or holds, whatever verbs the topic's own
    commas seem to open ("Về sơ đồ ... hạ tầng dự trữ, cung ứng xăng dầu, khí đốt, thể hiện ...")."""
    low = _unmarked(caseless(text))
    if not low.startswith("về "):
        return False
    first = re.split(r"[.;!?…]\s", low, maxsplit=1)[0]
    return any(f", {' '.join(v)} " in first or f", {' '.join(v)}:" in first for v in lexicon()["content_verbs"])


def _prohibits(text: str) -> bool:
    """The unit opens with a ban (``prohibition_openers``: "Nghiêm cấm việc bù trừ các khoản công nợ ...", a chart of
    accounts' rule, realworld84 845): a duty not to, wherever it stands."""
    return _unmarked(caseless(text)).startswith(tuple(w + " " for w in lexicon()["prohibition_openers"]))


def _line_before(text: str, pos: int) -> str:
    """The last line with words on it before ``pos``'s line."""
    end = text.rfind("\n", 0, pos)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip(" \t*_"):
            return text[start:end]
        end = start - 1
    return ""


@cache
def _form_number() -> re.Pattern:
    return re.compile(lexicon()["form_number_line_pattern"])


@cache
def _procedure_code() -> re.Pattern:
    return re.compile(lexicon()["procedure_code_line_pattern"])


@cache
def _blank_fields() -> re.Pattern:
    return re.compile(lexicon()["blank_field_pattern"])


_STRONG_DUTY = re.compile(r"(?<!\w)(?:không được|phải|có trách nhiệm|chịu trách nhiệm)(?!\w)")


def _council_seat(text: str) -> bool:
    """A council's seat and who holds it ("+ Thư ký Hội đồng: Người làm lưu trữ của cơ quan;", "+ Người am hiểu
    về lĩnh vực có tài liệu cần xét hủy là ủy viên.", realworld80 833; ``membership_roles``), not a seat's duties
    ("Chủ tịch Hội đồng: chủ trì cuộc họp, ...")."""
    low = " ".join(caseless(text).split())
    m = _seat().fullmatch(low)
    if m is None or _STRONG_DUTY.search(low):
        return False   # "Người được cử làm thành viên Ban chấm bài ... không được tham gia vào làm thành viên Ban coi thi"
    holder = _tokens(m.group("holder") or "")
    return not holder or not _match(holder, 0, lexicon()["verbs"])


@cache
def _seat() -> re.Pattern:
    roles = "|".join(re.escape(" ".join(p)) for p in lexicon()["membership_roles"])
    body = r"(?:\s+(?:hội đồng|tổ|ban|đoàn|tiểu ban)(?:\s+[^\s:;.]+){0,6})?"
    return re.compile(rf"[\s*_+•–-]*(?:(?:{roles}){body}\s*:\s*(?P<holder>[^:;.]{{1,160}})"
                      rf"|(?![^:;.]*\smà\s)[^:;.]{{3,200}}?\s(?:là|làm)\s(?:{roles}){body})[\s;.]*")


@cache
def _form_caption() -> re.Pattern:
    return re.compile(lexicon()["form_caption_pattern"])


@cache
def _form_header() -> re.Pattern:
    labels = "|".join(re.escape(w) for w in lexicon()["form_header_labels"])
    # its colon, or nothing after it: "Đơn vị chịu trách nhiệm thu thập, tổng hợp" alone, a table's header cell
    return re.compile(rf"[\s*_•+–-]*(?:{labels})[\s*_]*(?::|$)", re.IGNORECASE)


def _headline(text: str) -> bool:
    """A short line with no closing mark before a document's first section: the headline a news
    or legal-documents page puts over its summary, not a sentence of the document."""
    t = text.strip(" *_")
    return bool(t) and t[-1] not in ".:;!?…\"”')" and len(t.split()) <= lexicon()["headline_max_words"]
