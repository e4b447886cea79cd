"""What a document does to the documents it cites, where it points into them, and when it takes
effect.

``assign_relations(doc) -> Document`` runs after citations are found (and roles assigned): every
citation gets a ``relation`` (``model.RELATIONS``: "basis" for "Căn cứ Nghị định số ...",
"implements" for "Thực hiện Nghị quyết số ...", "reports_on" for "Tổng kết 10 năm thực hiện ...",
"guides", "amends", "replaces", "repeals", "proposes" for "Theo đề nghị ... tại Tờ trình số ...",
else "mentions") and a ``pinpoint`` ("điểm a khoản 2 Điều 5 Nghị định số 72/2020/NĐ-CP" ->
article "5", clause "2", point "a"); the document gets ``metadata.effective_date`` from
"... này có hiệu lực (thi hành) kể từ ngày ...".

The relation is read from the clause the citation stands in: the cue words (``models/relations.json``)
nearest the citation, or the cue that opens the clause ("Căn cứ A; B; C" gives all three
"basis"); a citation inside the description of another ("Nghị định số 107/2021/NĐ-CP về sửa đổi
... Nghị định số 61/2018/NĐ-CP") is a mention. Everything is one pass over the text and one over the
citations; each lookup is a bisect into sorted positions.

>>> from vanban.pipeline.extract.citations import find_citations
>>> from vanban.pipeline.model import Document
>>> text = "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010; Nghị định số 48/2013/NĐ-CP ngày 14/5/2013;"
>>> doc = Document("x.txt", "", "txt", text, text, citations=tuple(find_citations(text)))
>>> [c.relation for c in assign_relations(doc).citations]
['basis', 'basis']
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache

from vanban.pipeline.extract.effective import find_effective_date
from vanban.pipeline.extract.pinpoints import find_pinpoint
from vanban.pipeline.extract.relation_context import (ITEM_LABEL, WORD, Context, after_cues, clause_head,
                                                      clause_starts, cues_between, document_key, gap_words, line_around,
                                                      other_speaker, status_cell)
from vanban.pipeline.extract.relation_cues import (Cue, compile_pattern, draft_noun_before, find_cues, issued_before,
                                                   owned_noun_before, relation_model, type_noun_before)
from vanban.pipeline.extract.relation_lists import (ITEM_PINPOINT, act_on_amended, after_cue_of_list, inline_lead_in,
                                                    lead_in)
from vanban.pipeline.extract.relation_passes import (ACTS, acts_of_this_document, amended_in_article, amending_the_head,
                                                     late_passes, line_end, proposal_named_again, quoted_words)
from vanban.pipeline.model import Citation, Document


# --- the pass -----------------------------------------------------------------------------

@cache
def _extension() -> re.Pattern:
    alt = "|".join(f"(?:{p})" for p in relation_model()["extension_connectors"])
    return re.compile(rf"(?:{alt})[\s(“\"]*$".replace(" ", r"\s+"), re.IGNORECASE)


@cache
def _amender_history() -> re.Pattern:
    """An amended document's amenders named after it anywhere ("... đã được sửa đổi, bổ sung một số điều theo ...")."""
    return compile_pattern("|".join(f"(?:{p})" for p in relation_model()["extension_connectors"]), words=False)


@cache
def _list_tail() -> re.Pattern:
    """A gap that ends with a list connector: a word ("và") after a non-word, a mark ("," "(") anywhere."""
    alt = "|".join(f"(?:^|\\W){p}" if p[:1].isalpha() else p for p in relation_model()["list_connectors"])
    return re.compile(rf"(?:{alt})[\s)”\"*_]*$".replace(" ", r"\s+"), re.IGNORECASE)


@cache
def _shorthand() -> re.Pattern:
    return compile_pattern("|".join(f"(?:{p})" for p in relation_model()["shorthand_markers"]))


def _item_words(ctx: Context, a: int, b: int) -> int | None:
    """Words of the list item that ends at ``b`` when a ";" stands in [a, b), else None: a cue's
    object ends there ("... về tăng cường thực hiện công tác dân số; Quyết định số 1679/QĐ-TTg")."""
    sep = ctx.text.rfind(relation_model()["list_separators"][0], a, b)
    return None if sep == -1 else gap_words(ctx, sep + 1, b)


def _in_reach(ctx: Context, cue: Cue, hi: int) -> bool:
    """A head cue reaches the items of its list, not a new phrase after a separator ("- Thực hiện
    công tác quản lý nhà nước ...; tham mưu ... phù hợp với các Quy hoạch ... tại các Quyết định")."""
    words = _item_words(ctx, min(cue.end, hi), hi)
    return words is None or words <= relation_model()["max_gap_words"].get(cue.relation, 8)


def _nearest(ctx: Context, lo: int, hi: int, head: Cue | None, *, end: int | None = None,
             own: int | None = None) -> Cue | None:
    """The cue that decides for a citation whose cue search ends at ``hi``: the nearest one
    within its reach; a weak cue yields to the clause's head cue; a cue that only locates
    ("tại", "kèm theo") passes on a stronger cue before it ("Bãi bỏ Quy định ban hành kèm theo
    Quyết định số ...")."""
    gaps = relation_model()["max_gap_words"]
    provision = own is not None and hi < own and find_pinpoint(ctx.text, own)[1] == hi
    for cue in cues_between(ctx, lo, hi, end=end, own=own):
        if head is not None and cue is head:
            return cue
        near = (gap_words(ctx, min(cue.end, hi), hi) <= gaps.get(cue.relation, 8)
                and _item_words(ctx, min(cue.end, hi), hi) is None)
        through = _passed_on(ctx, lo, cue) if near and _passes(ctx, cue) else None
        if through is None and near and _passes(ctx, cue, "task_objects"):
            through = _passed_on(ctx, lo, cue, "task_objects")
        if through is not None and provision and through.relation in _not_to_provisions():
            through = None  # "Thuê bao có trách nhiệm thực hiện các nhiệm vụ được quy định tại Điều 39 Nghị định số ..."
        if through is not None:
            return through
        if head is not None and (cue.weak or _weak_under(ctx, head, cue) or _head_object_title(ctx, head, cue)):
            continue
        return cue if near else head
    return head


@cache
def _not_to_provisions() -> frozenset[str]:
    """Relations a locating cue does not pass on to a pinpointed citation (duties laid down in an article)."""
    return frozenset(relation_model()["pass_through"]["not_to_provisions"])


def _weak_under(ctx: Context, head: Cue, cue: Cue) -> bool:
    """A cue that yields to this head ("Căn cứ nội dung của Chương trình ... theo Quyết định số ...")."""
    words = relation_model()["weak_under_head"].get(head.relation, ())
    return " ".join(ctx.text[cue.start:cue.end].split()).casefold() in words


@cache
def _pass_through(kind: str) -> re.Pattern:
    m = relation_model()
    alt = "|".join(f"(?:{p})" for p in m[kind]["cues"]).replace(" ", r"\s+")
    return re.compile(rf"(?:{alt})\Z", re.IGNORECASE)  # the whole cue: "theo quy định tại" is not "theo"


@cache
def _task_nouns() -> re.Pattern:
    return compile_pattern("|".join(relation_model()["task_objects"]["nouns"]))


def _passes(ctx: Context, cue: Cue, kind: str = "pass_through") -> bool:
    return bool(_pass_through(kind).match(" ".join(ctx.text[cue.start:cue.end].split())))


def _passed_on(ctx: Context, lo: int, cue: Cue, kind: str = "pass_through") -> Cue | None:
    """The amending, replacing, repealing or implementing cue whose object the located text is:
    "thay thế Danh mục ... được công bố tại các Quyết định: ...", "thực hiện các nhiệm vụ quy
    định tại Quyết định số ..."; with ``kind`` "task_objects", the implementing cue whose object
    is the cited document's tasks ("triển khai ... các nhiệm vụ theo Kết luận số 18-KL/TW")."""
    m = relation_model()[kind]
    for prior in cues_between(ctx, lo, cue.start):
        between = ctx.text[prior.end:cue.start]
        if between.count("(") != between.count(")"):
            return None  # a remark in parentheses: "(danh mục chi tiết tại Phụ lục II ...)", "(trước khi thực hiện ...)"
        if prior.relation in m["relations"]:
            if gap_words(ctx, prior.end, cue.start) <= m["max_words"][prior.relation] and (
                    kind != "task_objects" or _task_nouns().search(between)):
                return prior
            return None
        if not prior.weak:
            return None  # another cue stands between: the locating words belong to it
    return None


_OPEN_PAREN = re.compile(r"\(\s*$")


def _search_end(ctx: Context, lo: int, hi: int, c: Citation) -> tuple[int, bool]:
    """Where the cue search for ``c`` ends. A citation in parentheses restates the document just
    described ("sau khi nghe Báo cáo của Ban Tổ chức Trung ương về tình hình ... (Báo cáo số
    386-BC/BTCTW)"): the cue is the one before that description, whose words neither count as a
    gap nor carry cues of their own. The flag says the search ends at a proposal's cue (no noun)."""
    if not c.type or not _OPEN_PAREN.search(ctx.text, max(lo, hi - 4), hi):
        return hi, False
    last = None
    for mt in _type_noun(re.escape(c.type).replace(r"\ ", r"\s+")).finditer(ctx.text, lo, hi):
        last = mt
    if last is not None:
        return last.start(), False
    heard = [cue for cue in cues_between(ctx, lo, hi) if cue.relation == "proposes" and not cue.weak]
    # no noun: the proposal is what was heard or asked for ("sau khi nghe Ban Tổ chức Trung ương báo cáo
    # về ... (Công văn số 8011-CV/BTCTW, ngày 27/02/2025)"): its cue stands right before the citation
    return (heard[-1].end, True) if heard else (hi, False)


@cache
def _type_noun(pattern: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)


def _section_at(ctx: Context, pos: int) -> str | None:
    i = bisect.bisect_right(ctx.sentence_starts, pos) - 1
    return ctx.sentence_sections[i] if i >= 0 else None


def _role_at(ctx: Context, pos: int) -> str | None:
    sid = _section_at(ctx, pos)
    return ctx.section_roles.get(sid) if sid else None


def _proposal_sections(doc: Document) -> frozenset[str]:
    """The sections titled as recommendations (``proposal_headings``), and those under them."""
    rx = compile_pattern(relation_model()["proposal_headings"])
    out: set[str] = set()
    for s in doc.sections:
        if (s.parent and s.parent in out) or rx.search(s.heading.strip(" *_:").casefold()):
            out.add(s.id)
    return frozenset(out)


def _is_type(doc_type: str, kinds) -> bool:
    d = (doc_type or "").casefold()
    return any(d == k.casefold() or d.startswith(k.casefold() + " ") for k in kinds)


def _genre(ctx: Context, rel: str, pos: int) -> str:
    """Adjust a cue's relation to the kind of document it stands in."""
    m = relation_model()
    report = _is_type(ctx.doc_type, m["report_types"])
    if rel == "reports_on" and not report:
        if _role_at(ctx, pos) is not None:
            return "mentions"  # "Sơ kết việc thực hiện Chỉ thị ...", "kết quả thực hiện ..." in the body
        if _is_type(ctx.doc_type, m["guidance_types"]):
            return "guides"  # "Hướng dẫn tổng kết 10 năm thực hiện Nghị quyết ..."
        return "implements" if _is_type(ctx.doc_type, m["plan_types"]) else "mentions"
    if rel in m["narrative_demotes"]:
        roles = m["narrative_roles"]["report" if report else "all"]
        if _role_at(ctx, pos) in roles:
            return "mentions"  # "trong quá trình tổ chức thực hiện Nghị quyết ..." told as history
    return rel


def _after_relation(ctx: Context, c: Citation, list_end: tuple[int, int]) -> str | None:
    limit, last_end = list_end   # the cue may stand after the list's last citation, however long the list
    window = min(limit, max(c.end, last_end) + relation_model()["after_window"])
    seg_end = ctx.text.find(".", c.end, window)
    seg_end = window if seg_end == -1 else seg_end
    for rel, rx in after_cues():
        m = rx.search(ctx.text, c.end, seg_end)
        if m and not _cue_patterns_between_citations(ctx, c.end, m.start()) \
                and not status_cell(ctx.text, m.start()):
            return rel
    return None


_LIST_JOINT = re.compile(r"[\s,;*_]*(?:(?:và|hoặc)(?!\w)\s*)?", re.IGNORECASE)  # the gap comes flattened: "và"


def _list_end(ctx: Context, cites: list[Citation], i: int) -> tuple[int, int]:
    """Where the list that citation ``i`` opens or continues ends: the start of the first later
    citation joined to the one before it by more than a separator ("Nghị quyết số 473a/NQ-UBTVQH13
    ...; Nghị quyết số 1278/NQ-UBTVQH13 ...; ... hết hiệu lực": the after-cue is the whole list's),
    and the end of the list's last citation."""
    j = i + 1
    while j < len(cites) and cites[j].start >= cites[j - 1].end and (_LIST_JOINT.fullmatch(
            gap := _without_details(ctx.text[cites[j - 1].end:cites[j].start], cites[j - 1]))
            or _described_item(ctx, gap, cites[j - 1].end, cites[j].start)):
        j += 1
    return (cites[j].start if j < len(cites) else len(ctx.text)), cites[j - 1].end


def _described_item(ctx: Context, gap: str, a: int, b: int) -> bool:
    """A list item's description up to its ";" ("... của Bộ trưởng ... quy định tiêu chuẩn ...; Thông tư số ..."), the
    next item perhaps opening with its provision ("...; Điều 1 Nghị định số ...", realworld85 849)."""
    gap = ITEM_PINPOINT.sub("", gap.rstrip(" *_")).rstrip(" *_")
    return gap.endswith(";") and "." not in gap and not _cue_patterns_between_citations(ctx, a, b)


@cache
def _replaced_by() -> re.Pattern:
    return re.compile(r"[\s*_]*" + compile_pattern(relation_model()["part_replaced"]["after"]).pattern)


@cache
def _replaced_part() -> re.Pattern:
    return re.compile(r"[\s*_:]*" + compile_pattern(relation_model()["part_replaced"]["parts"]).pattern,
                      re.IGNORECASE)


def _part_replaced(ctx: Context, c: Citation, cs: int) -> bool:
    """"Thay thế <part> của X bằng <part>", "Thay thế Phụ lục kèm theo X": a part of X is replaced,
    X is amended."""
    if _replaced_by().match(ctx.text, c.end) is not None:
        return True
    cue = next((q for q in cues_between(ctx, cs, c.start) if q.relation == "replaces"), None)
    return cue is not None and _replaced_part().match(ctx.text, cue.end) is not None


def _cue_patterns_between_citations(ctx: Context, a: int, b: int) -> bool:
    """A strong cue between a citation and an after-cue means the after-cue is someone else's; not one
    inside the citation's own description, before any list separator ("Thông tư số 25/2013/TT-BLĐTBXH ...
    của Bộ trưởng ... hướng dẫn thực hiện chế độ ... hết hiệu lực kể từ ngày ...")."""
    sep = max(ctx.text.rfind(s, a, b) for s in relation_model()["list_separators"])
    if sep == -1:
        return False
    return any(not cue.weak and cue.relation != "mentions" for cue in cues_between(ctx, sep, b))


def assign_relations(doc: Document) -> Document:
    """Relation and pinpoint of every citation, and the document's effective date."""
    text = doc.text
    cues = find_cues(text)
    sections = {s.id: s.role for s in doc.sections}
    ctx = Context(text, cues, [c.end for c in cues], clause_starts(text), doc.metadata.doc_type or "",
                   sections, [s.start for s in doc.sentences], [s.section for s in doc.sentences],
                   doc.metadata.number, _proposal_sections(doc))
    cites = list(doc.citations)
    out: list[Citation] = []
    heads: list[bool] = []  # per citation of ``out``: not inside another one's description
    extenders: list[bool] = []  # per citation of ``out``: an amender named after the document it amended
    proposed: list[int] = []  # citations whose act is read from a proposal's subject
    prev: Citation | None = None
    clause = -1
    clause_rel = top_rel = "mentions"
    report = _is_type(ctx.doc_type, relation_model()["report_types"])
    prev_nested = False
    for i, c in enumerate(cites):
        pin, pin_start = find_pinpoint(text, c.start)
        hi = pin_start
        k = bisect.bisect_right(ctx.starts, c.start) - 1
        cs = ctx.starts[k] if k >= 0 else 0
        same_clause = prev is not None and k == clause
        body = _body_after_heading(ctx, prev, c) if same_clause else None
        if body is not None:
            same_clause, cs = False, body  # "Điều 8. Thay thế Phụ lục kèm theo Thông tư số A\nThay thế ..."
        nested = False
        num_at = _number_at(c)
        hi, restated = _search_end(ctx, cs, hi, c)
        if hi < pin_start:
            num_at = hi  # the described document's noun stands in for the citation
        cue_end = None
        if same_clause and restated and hi <= prev.start:
            same_clause = False  # its stand-in opens the clause: "sau khi nghe ... về ... Nghị định số A ... (Tờ trình số B)"
        if not same_clause:
            rel, cue_end = _first_of_clause(ctx, c, cs, hi, num_at,
                                            clause_rel if prev is not None and k == clause + 1 else None)
            clause_rel = top_rel = rel
        else:
            proposal = top_rel == "proposes"
            rel, nested, clause_rel = _follow(ctx, out, c, prev, cs, hi, clause_rel, top_rel, report, num_at,
                                              prev_nested)
            if proposal and rel in ACTS:
                proposed.append(len(out))  # "Tờ trình ... về việc bãi bỏ toàn bộ Quyết định số ..."
        if not nested:
            rel = _genre(ctx, rel, c.start)
            if rel in ACTS and _section_at(ctx, c.start) in ctx.proposal_sections:
                rel = "mentions"  # "1.2. Kiến nghị thực thi" / "Sửa đổi điểm b khoản 2 Điều 5 Nghị định ...": recommended
            if rel in relation_model()["narrative_demotes"] and _narrated(ctx, c, cue_end):
                rel = "mentions"  # "Thực hiện Quyết định số 61/QĐ-CTN ..., Bộ đã phối hợp ..."
            top_rel = rel
        nxt = cites[i + 1].start if i + 1 < len(cites) else len(text)
        extends = same_clause and _amender(ctx, prev, c, cs, hi, out, extenders)
        if rel in ("mentions", "basis"):
            after = _after_relation(ctx, c, _list_end(ctx, cites, i))
            if after and nested:
                after_cue_of_list(out, heads, cs, after)
            elif after and extends and after in ACTS:
                act_on_amended(out, extenders, cs, after)
                rel = "mentions"   # "Luật ... số 04/2007/QH12 đã được sửa đổi, bổ sung ... theo Luật số 26/2012/QH13, ... hết hiệu lực"
            elif after:
                rel = after
        if rel == "replaces" and _part_replaced(ctx, c, cs):
            rel = "amends"  # "Thay thế Mẫu số 02 ... Phụ lục III của Thông tư số 07/2019/TT-BCT bằng Mẫu số 02 ..."
        if rel != "mentions" and other_speaker(ctx, c, nxt):
            rel = "mentions"
        out.append(replace(c, relation=rel, pinpoint=pin))
        heads.append(not nested)
        extenders.append(extends)
        prev, clause, prev_nested = c, k, nested
    acts_of_this_document(out, proposed)
    quoted_words(ctx, out)
    amending_the_head(ctx, out)
    amended_in_article(ctx, out)
    proposal_named_again(out)
    late_passes(ctx, doc, out)
    effective = find_effective_date(doc)
    return replace(doc, citations=tuple(out),
                   metadata=replace(doc.metadata, effective_date=effective))


_ARTICLE_HEADING = re.compile(r"[ \t*_#>|]*Điều[ \t]+\d+[a-zđ]?[ \t]*[.:]")
_MARKUP_TO_EOL = re.compile(r"[ \t*_|]*\n")


def _body_after_heading(ctx: Context, prev: Citation, c: Citation) -> int | None:
    """An article heading that holds the citation before ``c`` ("Điều 8. Thay thế Phụ lục kèm
    theo Thông tư số 07/2024/TT-NHNN", "Điều 1. Bãi bỏ toàn bộ Thông tư số 31/2015/TT-BYT ... của
    Bộ trưởng Bộ Y tế quy định ...") is a clause of its own: the article's body, on the next line,
    opens a new one. Where it opens, else None."""
    eol = _MARKUP_TO_EOL.match(ctx.text, prev.end)
    body = eol.end() if eol is not None else line_end(ctx.text, prev.end) + 1
    if body > c.start:
        return None
    line_start = ctx.text.rfind("\n", 0, prev.start) + 1
    return body if _ARTICLE_HEADING.match(ctx.text, line_start) else None


def _amender(ctx: Context, prev: Citation, c: Citation, cs: int, hi: int, out: list[Citation],
             extenders: list[bool]) -> bool:
    """``c`` names an amender of the document cited before the list it stands in: after "đã được sửa
    đổi, bổ sung một số điều theo" (``extension_connectors``), or after a comma or "và" that goes on with such a
    list ("Luật số 26/2012/QH13, Luật số 71/2014/QH13 và Luật số 93/2025/QH15", ``amender_list_gap``)."""
    gap = ctx.text[max(prev.end, cs):hi]
    if _extension().search(gap):
        return True
    return bool(extenders) and extenders[-1] and out[-1].start >= cs \
        and re.fullmatch(relation_model()["amender_list_gap"], gap, re.IGNORECASE) is not None


def _first_of_clause(ctx: Context, c: Citation, cs: int, hi: int, num_at: int,
                     prev_clause_rel: str | None) -> tuple[str, int | None]:
    """Relation of the first citation of a clause, and the end of the cue that decided it."""
    head = clause_head(ctx, cs, hi, end=num_at, own=c.start)
    if head is not None and not _in_reach(ctx, head, hi):
        head = None
    cue = _nearest(ctx, cs, hi, head, end=num_at, own=c.start)
    rel = _cue_relation(ctx, cue)
    if head is not None and cue is not head and _extension().search(ctx.text, cs, hi):
        rel = _cue_relation(ctx, head)  # "Căn cứ Hiến pháp ... đã được sửa đổi, bổ sung ... theo Nghị quyết số"
    if cue is not None and _in_subject(ctx, cue, rel, hi):
        rel = "mentions"  # "sau khi nghe Đảng uỷ Chính phủ báo cáo về việc điều chỉnh ... Nghị định số 178/2024/NĐ-CP"
    if rel == "mentions" and (cue is None or cue.weak):
        rel = (_issued_title(ctx, c, num_at) or lead_in(ctx, cs, c.start) or inline_lead_in(ctx, cs, c.start)
               or (prev_clause_rel if cue is None and _continues_list(ctx, cs, c.start, prev_clause_rel) else None)
               or "mentions")
    return rel, (cue.end if cue is not None else None)


@cache
def _subject_word() -> re.Pattern:
    return compile_pattern(relation_model()["proposal_subject"]["word"])


def _in_subject(ctx: Context, cue: Cue, rel: str, hi: int) -> bool:
    """The citation stands in the subject of a proposal or report ("sau khi nghe X báo cáo về ...
    Nghị định số ..."), with no other cue after the subject's word: it is what the proposal is about."""
    if rel not in relation_model()["proposal_subject"]["relations"] or cue.end >= hi:
        return False
    about = None
    for about in _subject_word().finditer(ctx.text, cue.end, hi):
        pass
    return about is not None and not any(True for _ in cues_between(ctx, about.end(), hi))


_MARKUP_ONLY = re.compile(r"[\s*_|>]*\Z")
# an item that ended with ";", and the next one's label on the same line ("...; 2. Quyết định số ...")
_ENDS_ITEM = re.compile(rf";[\s*_|”\"')]*(?:{ITEM_LABEL}[\s*_]*)?\Z", re.IGNORECASE)


def _continues_list(ctx: Context, cs: int, start: int, rel: str | None = None) -> bool:
    """A list item on a line of its own after one that ended with ";" ("Căn cứ ...;\nNghị định số ..."); in
    a list of proposals, also after a few words that name the item's kind ("...;\nBáo cáo giải trình, tiếp
    thu số 492/BC-UBND ...")."""
    m = relation_model()["list_continuation"]
    if not _ENDS_ITEM.search(ctx.text, max(0, cs - 12), cs):
        return False
    return bool(_MARKUP_ONLY.match(ctx.text, cs, start)) or (
        rel in m["relations"] and gap_words(ctx, cs, start) <= m["max_words"])


@cache
def _narrative() -> re.Pattern:
    return re.compile(relation_model()["narrative"]["pattern"].replace(" ", r"\s+"), re.IGNORECASE)


_CLAUSE_STOP = re.compile(r"[;:]|(?<![A-ZĐ])[.!?…](?=\s)|\n\s*\n")


def _narrated(ctx: Context, c: Citation, cue_end: int | None) -> bool:
    """", <subject> đã <verb>" between the cue and the citation or after the citation in its sentence:
    what someone did ("Thực hiện Quyết định số 61/QĐ-CTN ngày 15/01/2010, Bộ đã phối hợp ...")."""
    m = relation_model()["narrative"]
    stop = _CLAUSE_STOP.search(ctx.text, c.end, min(len(ctx.text), c.end + m["window"]))
    spans = [(c.end, stop.start() if stop else c.end + m["window"])]
    spans += [(cue_end, c.start)] if cue_end is not None and cue_end < c.start else []
    skip = [f" {w.casefold()} " for w in m["not_subjects"]]
    for a, b in spans:
        for hit in _narrative().finditer(ctx.text, a, b):
            subject = f" {' '.join(WORD.findall(hit.group('subject'))).casefold()} "
            if not any(w in subject for w in skip):
                return True
    return False


def _without_details(gap: str, prev: Citation) -> str:
    """The words between two citations that are not the first one's issuer, term or title
    ("... của Ban Chấp hành Trung ương Đảng (khóa XI) “về phát triển ...” Kết luận số ..." is a
    list written without its comma)."""
    flat = " ".join(gap.split())
    for part in (prev.title, prev.issuing_body, prev.term):
        if part:
            flat = flat.replace(" ".join(part.split()), " ")
    return flat


def _number_at(c: Citation) -> int:
    """Where the number starts inside a citation (its type words before it may carry a cue)."""
    if c.number_text:
        i = c.text.find(c.number_text)
        if i > 0:
            return c.start + i
    return c.start


def _follow(ctx: Context, done: list[Citation], c: Citation, prev: Citation, cs: int, hi: int,
            clause_rel: str, top_rel: str, report: bool, num_at: int,
            prev_nested: bool = False) -> tuple[str, bool, str]:
    """Relation of a citation that follows another in the same clause: (relation, nested,
    the clause's relation from here on)."""
    text = ctx.text
    lo = max(prev.end, cs)
    if prev.end > c.start:  # overlapping spans ("Kết luận số 187, 188-KL/TW"): one list
        return done[-1].relation, False, clause_rel
    gap = text[lo:hi]
    if _shorthand().search(gap):  # "(sau đây gọi tắt là Nghị định số 155/2025/NĐ-CP)"
        return _earlier(done, c, cs, ("mentions",)) or done[-1].relation, False, clause_rel
    if _OPEN_PAREN.search(text, lo, c.start) and _earlier(done, c, cs, ()):
        # "Nghị quyết số 50/NQ-CP ngày ... về ban hành Kế hoạch triển khai ... (Nghị quyết số 50/NQ-CP)"
        return _earlier(done, c, cs, ()), False, clause_rel
    seps = relation_model()["list_separators"]
    if _extension().search(gap):  # "... được sửa đổi, bổ sung bởi Luật số 87/2025/QH15"
        if prev_nested and not any(sep in gap for sep in seps):
            # the amender of a document named inside another's title: "Nghị định số 59/2024/NĐ-CP ... sửa đổi
            # ... Nghị định số 34/2016/NĐ-CP ... đã được sửa đổi, bổ sung một số điều theo Nghị định số 154/2020/NĐ-CP"
            return "mentions", True, clause_rel
        if top_rel in relation_model()["amender_named_after"]:
            # "Sửa đổi ... Thông tư số 152/2016/TT-BTC ... đã được sửa đổi, bổ sung một số điều theo Thông tư số
            # 40/2019/TT-BTC và Thông tư số 43/2023/TT-BTC": the earlier amenders, this text amends what they amended
            return "mentions", True, clause_rel
        return top_rel, False, clause_rel
    listed = re.fullmatch(relation_model()["amender_list_gap"], gap, re.I) is not None
    # an amended document's amenders named before in the clause: scanned only where a list may go on from them
    history = (listed or prev_nested) and _amender_history().search(text, cs, prev.start) is not None
    named_after = history and c.title is not None and prev.title is None   # "..., Luật Đất đai số 45/2013/QH13"
    if listed and not named_after and (
            (prev_nested and done[-1].relation == "mentions" and history)
            or _extension().search(text, max(cs, prev.start - 120), prev.start)):
        # "... theo Luật số 76/2025/QH15 và theo Luật số 03/2022/QH15", "... theo Luật số 116/2025/QH15, Luật số
        # 127/2025/QH15": the list's level stays the amended one's
        return done[-1].relation, done[-1].relation != top_rel, clause_rel
    last_sep = max((gap.rfind(s) for s in seps), default=-1)
    if last_sep >= 0:  # a new item of the clause's list: a cue after the separator starts anew
        cue = _nearest(ctx, lo + last_sep + 1, hi, None, end=num_at, own=c.start)
        if cue is not None and not cue.weak:
            return _cue_relation(ctx, cue), False, _cue_relation(ctx, cue)
        if gap_words(ctx, lo + last_sep + 1, hi) > relation_model()["max_gap_words"].get(clause_rel, 8):
            return "mentions", False, "mentions"  # "...; tập trung xây dựng ... thời hạn trình tại Quyết định số ..."
        return clause_rel, False, clause_rel
    in_gap = list(cues_between(ctx, lo, hi))
    strong = [cue for cue in in_gap if not cue.weak]
    if not strong:
        if _open_description(gap, prev):
            return "mentions", True, clause_rel  # "Kết luận số 121-KL/TW ... về tổng kết Nghị quyết số 18-NQ/TW"
        if _list_tail().search(gap) or (not in_gap and len(WORD.findall(_without_details(gap, prev))) <= 6):
            if prev_nested and ";" not in text[cs:prev.start] and not named_after:
                # "... sửa đổi một số điều của Nghị định A và Nghị định B"; but "Thực hiện X; Y ... thực hiện Z
                # và W" goes back to its own level at "và", and so does a law named after an amender's number
                return "mentions", True, clause_rel
            return top_rel, False, clause_rel  # "..., Quyết định 1237/QĐ-TTg", "... và Nghị định số ..."
        if _COORDINATED.match(gap) or (not prev_nested and _located_item(ctx, prev, lo, hi, top_rel)):
            # "tại Tờ trình số 68/TTr-SDL ... và Giám đốc Sở Nội vụ tại Tờ trình số ...";
            # "thực hiện nghiêm Kết luận số 18-KL/TW ..., chỉ đạo của Thủ tướng Chính phủ tại Chỉ thị số ..."
            return top_rel, False, clause_rel
        cue = _nearest(ctx, lo, hi, None, end=num_at, own=c.start)  # the sentence goes on
        return _cue_relation(ctx, cue), False, clause_rel
    # inside the description of the document cited before it
    near = _nearest(ctx, lo, hi, None, end=num_at, own=c.start)
    if near is None and not prev_nested and _list_tail().search(gap) and not _NUMBERED.search(
            text, min(strong[0].end, hi), hi):
        # the cue is out of reach, inside that description ("Thông tư số 09/2021/TT-BKHĐT ... hướng dẫn lựa
        # chọn nhà đầu tư thực hiện dự án đầu tư ..., Thông tư số 10/2022/TT-BKHĐT"): the list goes on; not
        # when the cue's object is a document the finder left out ("... sửa đổi, bổ sung một số Điều của
        # Quyết định số 118/TTg ngày 27/02/1996 và Điều 3, Quyết định số 20/2000/QĐ-TTg")
        return top_rel, False, clause_rel
    if near is not None and near.relation != "mentions":
        if ctx.own_number and (prev.number == ctx.own_number or ctx.text.find(ctx.own_number, lo, near.start) != -1) \
                and not _other_title(ctx, near):
            # "Quyết định 72/2025/QĐ-UBND bãi bỏ toàn bộ Quyết định 17/2025/QĐ-UBND", also when the own
            # number is no citation ("... Quyết định 72/2025/QĐ-UBND ngày 27/11/2025 bãi bỏ toàn bộ ...")
            return near.relation, False, near.relation
        if top_rel == "proposes":
            return near.relation, False, clause_rel  # the proposal describes this document
        if report and near.relation == "reports_on":
            return "reports_on", False, clause_rel  # the request for this very report
    return "mentions", True, clause_rel


def _open_description(gap: str, prev: Citation) -> bool:
    """The gap ends with the previous citation's description, unquoted: the citation is its object
    ("Kết luận số 121-KL/TW, ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng về tổng kết Nghị quyết số
    18-NQ/TW"), not the next item of a list written without its comma ("... “về phát triển ...” Kết luận số")."""
    title = " ".join((prev.title or "").split())
    tail = gap[len(gap.rstrip(" \t\n*_")):]
    return (bool(title) and title[-1].isalnum() and not _list_tail().search(title)  # "... 2026 - 2031 và"
            and "\n" not in tail and " ".join(gap.split()).rstrip(" *_").endswith(title))


def _earlier(done: list[Citation], c: Citation, cs: int, also: tuple[str, ...]) -> str | None:
    """The relation of the same document named earlier in the clause (not as a mention, unless
    ``also`` allows it)."""
    for d in reversed(done):
        if d.end <= cs:
            break
        if document_key(d) == document_key(c) and (d.relation != "mentions" or d.relation in also):
            return d.relation
    return None


def _located_item(ctx: Context, prev: Citation, lo: int, hi: int, rel: str) -> bool:
    """After the document before it and a comma, a short item with only locating cues ("Kết luận số
    18-KL/TW của Trung ương, chỉ đạo của Thủ tướng Chính phủ tại")."""
    comma = ctx.text.rfind(",", lo, hi)
    cues = list(cues_between(ctx, lo, hi))
    return (comma != -1 and bool(cues) and all(cue.weak and cue.start > comma for cue in cues)
            and len(WORD.findall(_without_details(ctx.text[lo:comma], prev))) <= 6
            and gap_words(ctx, comma, hi) <= relation_model()["max_gap_words"].get(rel, 8))


_NUMBERED = re.compile(r"(?<!\w)số\s*\d", re.IGNORECASE)
_COORDINATED = re.compile(r"[\s*_]*(?:và|cùng)\s", re.IGNORECASE)


# --- whose act the cue states -------------------------------------------------------------

def _noun_is_self(ctx: Context, noun_start: int, noun: str) -> bool:
    """A type noun names this document: the title's type line ("NGHỊ ĐỊNH" alone on its line), or
    its own type (any type when unknown) issued here ("Quốc hội ban hành Luật ...")."""
    line = line_around(ctx.text, noun_start)
    if noun.isupper() and _TITLE_TYPE_LINE.fullmatch(line):
        return True  # "NGHỊ ĐỊNH" alone on its line: the title of this document
    if _ATTACHED_HERE.search(ctx.text, max(0, noun_start - 80), noun_start):
        return True  # "NGHỊ QUYẾT" / "Ban hành Chương trình hành động của Chính phủ thực hiện ...": attached here
    if ctx.doc_type and " ".join(noun.split()).casefold() != ctx.doc_type.casefold() \
            and ctx.doc_type not in relation_model()["other_titles"]["consolidated_types"]:
        return False   # a consolidated text issues each text it merges ("... ban hành Thông tư sửa đổi ...")
    return bool(issued_before().search(ctx.text, max(0, noun_start - 40), noun_start))


# what this document's title or first article says before the plan it issues with it: "Ban hành" opening a
# line (the title under the type line; a wrapped line goes on in lower case), "Điều 1. Ban hành kèm theo
# Nghị quyết này" (realworld39 642, realworld49 727)
_ATTACHED_HERE = re.compile(r"(?:(?m:^)[ \t*_#>|]*|Điều\s+1\.\s*)Ban\s+hành(?:\s+kèm\s+theo\s+[^\W\d_]+"
                            r"(?:\s+[^\W\d_]+)?\s+này)?\s+\Z")
_TITLE_TYPE_LINE = re.compile(r"[\s*_#>|]*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}[\s*_|]*")


def _cue_relation(ctx: Context, cue: Cue | None) -> str:
    """What a deciding cue says about this document: nothing when it is another document's title."""
    if cue is None or _other_title(ctx, cue):
        return "mentions"
    return cue.relation


def _other_title(ctx: Context, cue: Cue) -> bool:
    """The cue belongs to the title of another document ("Luật sửa đổi, bổ sung một số điều của
    ...", "Quyết định thay thế Quyết định số ..."), not to this one."""
    if cue.relation in relation_model()["owned_titles"]["relations"]:
        m = owned_noun_before().search(ctx.text, max(0, cue.start - 80), cue.start)
        return m is not None and not _noun_is_self(ctx, m.start("noun"), m.group("noun"))
    if cue.relation not in relation_model()["other_titles"]["relations"]:
        return False
    draft = draft_noun_before().search(ctx.text, max(0, cue.start - 80), cue.start)
    if draft is not None and draft.group("mark") is None:
        return True  # "dự thảo Nghị quyết của Quốc hội sửa đổi ...": the draft's title
    m = type_noun_before().search(ctx.text, max(0, cue.start - 40), cue.start)
    return m is not None and not _noun_is_self(ctx, m.start("noun"), m.group("noun"))


def _head_object_title(ctx: Context, head: Cue, cue: Cue) -> bool:
    """The cue is the title of the head's own object ("Căn cứ Luật sửa đổi, bổ sung một số điều của
    Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15"): the head decides."""
    if not _other_title(ctx, cue):
        return False
    m = type_noun_before().search(ctx.text, max(0, cue.start - 40), cue.start)
    return m is not None and not ctx.text[head.end:m.start("noun")].strip(" \t\n*_")


def _issued_title(ctx: Context, c: Citation, num_at: int) -> str | None:
    """A citation whose words open with this document's own title, as its enacting formula
    states it: "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá
    nhân số 04/2007/QH12" amends that law."""
    for cue in cues_between(ctx, c.start, num_at):
        if cue.relation in relation_model()["other_titles"]["relations"]:
            m = type_noun_before().search(ctx.text, c.start, cue.start)
            if m is not None and m.start("noun") == c.start and _noun_is_self(ctx, c.start, m.group("noun")):
                return cue.relation
    return None


# --- document level -----------------------------------------------------------------------

def strongest(relations) -> str:
    """The relation that says most about a pair of documents ("replaces" over "basis" over
    "mentions"): what a document does to a number it cites several times."""
    order = {r: i for i, r in enumerate(relation_model()["strength"])}
    best = "mentions"
    for r in relations:
        if order.get(r, 99) < order.get(best, 99):
            best = r
    return best
