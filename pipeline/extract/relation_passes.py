"""Second passes over a document's labelled citations, each reading what the first pass could not
see from one clause: an article heading's act reaching its clauses, a quoted phrase's document, a
list's next item described as amending an earlier one, the proposal named again, a proposal's
act that is this document's only when it does it elsewhere, the documents a task table says gave its
tasks. Called by ``extract.relations``."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache

from vanban.pipeline.extract.relation_context import Context, document_key
from vanban.pipeline.extract.relation_cues import compile_pattern, relation_model
from vanban.pipeline.extract.relation_cuts import ACTS, procedure_cuts
from vanban.pipeline.extract.task_tables import assigning_cells
from vanban.pipeline.model import Citation, Document

_ARTICLE_AT = re.compile(r"^[ \t*_#>|]*Điều[ \t]+\d+[a-zđ]?[ \t]*[.:]", re.MULTILINE)


def line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def amended_in_article(ctx: Context, out: list[Citation]) -> None:
    """An article whose heading amends a document ("**Điều 1. Sửa đổi, bổ sung, bãi bỏ một số điều
    của Thông tư số 02/2023/TT-BTP ...**") amends it in each of its clauses: a mention of that
    document further down the article with no act of its own ("3. Sửa đổi cụm từ “...; ...” tại
    ... Phụ lục II ban hành kèm theo Thông tư số 02/2023/TT-BTP", a quotation's ";" having cut the
    clause) is the amendment's too. The heading is its line. Two passes over the citations."""
    heads = [m.start() for m in _ARTICLE_AT.finditer(ctx.text)]
    eols = [line_end(ctx.text, h) for h in heads]
    where = [bisect.bisect_right(heads, c.start) - 1 for c in out]
    amended = {(n, document_key(c)) for n, c in zip(where, out)
               if n >= 0 and c.relation == "amends" and c.start < eols[n]}
    for j, (n, c) in enumerate(zip(where, out)):
        if c.relation == "mentions" and (n, document_key(c)) in amended and c.start > eols[n]:
            out[j] = replace(c, relation="amends")


_LIST_ITEM_BEFORE = re.compile(r"(?:[,;]|(?<!\w)và)[\s*_]*\Z", re.IGNORECASE)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    return pos


@cache
def _amends_the_head_res() -> tuple[re.Pattern, int]:
    m = relation_model()["amends_the_head"]
    return compile_pattern(m["description"], words=False), m["window"]


def amending_the_head(ctx: Context, out: list[Citation]) -> None:
    """A mention after a list's "và" or comma, described as amending an earlier citation of its
    clause ("Căn cứ Nghị định số A ... và Nghị định số B ... của Chính phủ về sửa đổi, bổ sung một
    số điều của Nghị định số A") is the clause's next item: it takes that citation's relation."""
    description, window = _amends_the_head_res()
    clause = [bisect.bisect_right(ctx.starts, c.start) - 1 for c in out]
    for j, c in enumerate(out):
        if c.relation != "mentions" or j == 0:
            continue
        m = description.match(ctx.text, _skip_space(ctx.text, c.end))
        if m is None or not _LIST_ITEM_BEFORE.search(ctx.text, max(0, c.start - 12), c.start):
            continue
        named = set()
        for later in out[j + 1:]:
            if later.start > m.end() + window:
                break
            named.add(document_key(later))
        named.discard(document_key(c))
        i = j - 1
        while i >= 0 and clause[i] == clause[j]:
            if document_key(out[i]) in named and out[i].relation not in ("mentions", "proposes"):
                out[j] = replace(c, relation=out[i].relation)
                break
            i -= 1


_QUOTE_MARKS = ("“", "”", '"')


@cache
def _quoted_words_res() -> tuple[re.Pattern, re.Pattern, int]:
    m = relation_model()["quoted_words"]
    return (re.compile(m["before"], re.IGNORECASE), re.compile(m["after"], re.IGNORECASE),
            m["window"])


def quoted_words(ctx: Context, out: list[Citation]) -> None:
    """Words quoted as an amendment's object ("Sửa đổi cụm từ “... Nghị định số 59/2021/NĐ-CP ...”
    tại khoản 3 Điều 12 Nghị định số 248/2025/NĐ-CP"): the quoted citation is a mention, and its act
    passes to the citation the quote is located in, right after it; where none is named right after
    it ("... bằng cụm từ “...” tại khoản 3 Điều 4"), the act falls on the document amended, named
    elsewhere."""
    before, after, window = _quoted_words_res()
    text = ctx.text
    for j, c in enumerate(out):
        if c.relation not in ACTS:
            continue
        opened = max(text.rfind(q, max(0, c.start - 400), c.start) for q in _QUOTE_MARKS)
        if opened == -1 or not before.search(text, max(0, opened - 20), opened):
            continue
        closed = min((i for i in (text.find(q, c.end, c.end + 2000) for q in _QUOTE_MARKS) if i != -1), default=-1)
        if closed == -1:
            continue
        # the decree inside the words is mentioned, wherever the act falls: on the document named right
        # after the quote, else on the one amended, named elsewhere ("Thay thế cụm từ “khoản 3 Điều 6 Nghị
        # định số 63/2019/NĐ-CP” bằng cụm từ “khoản 1 Điều 6 Nghị định số 63/2019/NĐ-CP” tại khoản 3 Điều 4")
        out[j] = replace(c, relation="mentions")
        if not after.match(text, closed + 1):
            continue
        for k in range(j + 1, len(out)):
            nxt = out[k]
            if nxt.start < closed:
                continue
            if nxt.start - closed <= window and nxt.relation == "mentions" and ";" not in text[closed:nxt.start]:
                out[k] = replace(nxt, relation=c.relation)
            break


def proposal_named_again(out: list[Citation]) -> None:
    """The proposal this document is issued on, named again where nothing else is said of it ("Điều 1.
    Thông qua nội dung báo cáo ... tại Mục II Tờ trình số 207/TTr-NHNN", a summary's "Văn bản
    661/TTr-BCA"), is still that proposal: a mention of a number the document cites as ``proposes``
    elsewhere becomes one. One pass to collect, one to relabel. A normative document (``never_proposed_types``:
    a decree, a law) is no proposal: a proposing cue that reached one ("Đơn vị thẩm định tại khoản 2 Điều 20 Nghị
    định số 06/2022/NĐ-CP", realworld87 853) leaves it a mention."""
    normative = set(relation_model()["never_proposed_types"])
    for j, c in enumerate(out):
        if c.relation == "proposes" and c.type in normative:
            out[j] = replace(c, relation="mentions")
    proposals = {document_key(c) for c in out if c.relation == "proposes"}
    for j, c in enumerate(out):
        if c.relation == "mentions" and document_key(c) in proposals:
            out[j] = replace(c, relation="proposes")


def acts_of_this_document(out: list[Citation], proposed: list[int]) -> None:
    """A proposal restates what this document does ("Tờ trình ... về việc bãi bỏ toàn bộ Quyết định
    số 17/2025/QĐ-UBND" in the decision that repeals it): its act is this document's only when the
    document does it elsewhere too (its title, its articles); else the proposal names another act
    (a sister decision's), and the citation is a mention."""
    marked = set(proposed)
    done = {(document_key(c), c.relation) for j, c in enumerate(out) if j not in marked}
    for j in proposed:
        if (document_key(out[j]), out[j].relation) not in done:
            out[j] = replace(out[j], relation="mentions")


# a blank form's header: "Số:............../GXN", "ngày..... tháng..... năm.....", "Tháng... năm...", and
# blanks left as spaces or one ellipsis each: "Số:        /GP-...", "ngày … tháng … năm …", "ngày   tháng   năm",
# "Số: ……/……"
_FORM_BLANK_HEADER = re.compile(r"(?im)^[^\n]*(?:\bSố\s*:\s*(?:[.…]{3,}|[.…]{2}[ \t]*/)|\bSố[ \t]*:[ \t]*(?:/|[ \t]{2}$)"
                                r"|ngày\s*[.…]{2,}\s*tháng\s*[.…]{2,}\s*năm|ngày[ \t.…_]+tháng[ \t.…_]+năm[ \t.…_]*$"
                                r"|^[ \t*_]*tháng\s*[.…]{2,}\s*năm\s*[.…]{2,})")
_FORM_PREAMBLE_CHARS = 2000
# a form's "Căn cứ Thông tư số <this one> ... sửa đổi, bổ sung một số điều của Thông tư số 28/2015/TT-BLĐTBXH":
# the acts its lines name are the cited documents' titles (realworld59 770)
_FORM_RELATIONS = ("basis", "implements", "guides", "amends", "replaces", "repeals")


def form_preambles(ctx: Context, out: list[Citation]) -> None:
    """A form or model contract attached to the document has a preamble of its own, under its blank
    header ("Số:............../GXN" / "ngày..... tháng..... năm....." / "GIẤY XÁC NHẬN" / "Căn cứ Quyết
    định số 57/2013/QĐ-TTg ..."): the form rests on those documents, this document does not, so their
    citations are mentions. Only a blank header after the document's own basis (a draft's own header
    may be blank), and only to the form's first article or 2,000 characters on."""
    first_basis = next((c.start for c in out if c.relation == "basis"), None)
    if first_basis is None:
        return
    text = ctx.text
    starts = [c.start for c in out]   # in text order
    for m in _FORM_BLANK_HEADER.finditer(text, first_basis):
        art = _ARTICLE_AT.search(text, m.end(), m.end() + _FORM_PREAMBLE_CHARS)
        stop = art.start() if art else m.end() + _FORM_PREAMBLE_CHARS
        for j in range(bisect.bisect_left(starts, m.end()), bisect.bisect_left(starts, stop)):
            if out[j].relation in _FORM_RELATIONS:
                out[j] = replace(out[j], relation="mentions")


# "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 ...": the
# laws an amending law's title names
_AMENDING_LAW_TITLE = re.compile(r"(?<!\w)luật\s+sửa\s+đổi,?\s+bổ\s+sung\s+(?:một\s+số\s+điều\s+)?của\s+(?=luật(?!\w))",
                                 re.IGNORECASE)
_TITLE_REACH = 600


def laws_in_an_amending_title(ctx: Context, out: list[Citation]) -> None:
    """The laws listed in the title of an amending law cited by its name ("Căn cứ Luật Đất đai số 31/2024/QH15,
    được sửa đổi, bổ sung một số điều tại Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15,
    Luật Nhà ở số 27/2023/QH15, ... và Luật Các tổ chức tín dụng số 32/2024/QH15;", realworld47 707): the
    amending law is the basis, the laws its title names are mentioned. Only a list of two or more numbered
    laws up to the clause's end, or to the next amending law's title: after one law the number may be the amending
    law's own ("Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 46/2014/QH13 ngày ... và Luật sửa đổi,
    bổ sung một số điều của Luật Bảo hiểm y tế số 51/2024/QH15 ...;": two amending laws, both a basis, realworld84
    845)."""
    text = ctx.text
    ends = [c.end for c in out]
    titles = list(_AMENDING_LAW_TITLE.finditer(text))
    for m, following in zip(titles, titles[1:] + [None]):
        stop = min(x for x in (text.find(";", m.end()), text.find("\n\n", m.end()), m.end() + _TITLE_REACH,
                               following.start() if following else -1) if x > 0)
        inside = [j for j in range(bisect.bisect_right(ends, m.end()), bisect.bisect_left(ends, stop + 1))
                  if out[j].start >= m.start() and out[j].number and out[j].type == "Luật"]
        if len(inside) >= 2:
            for j in inside:
                if out[j].relation == "basis":
                    out[j] = replace(out[j], relation="mentions")


# an annex's head and its caption: "PHỤ LỤC II" / "Phụ lục" / "CÁC MẪU GIẤY TỜ" / "(Kèm theo Thông tư số ...)"
_ANNEX_CAPTION = re.compile(r"(?m)^[ \t*#_|]*(?:PHỤ LỤC|Phụ lục)\b[^\n]{0,160}\n(?:[^\n]*\n){0,3}?[ \t*_|]*\("
                            r"(?:Ban hành |Được ban hành )?[Kk]èm theo")


def annexed_forms(ctx: Context, out: list[Citation]) -> None:
    """A circular's, decree's or law's annexes hold its forms and their index ("Thực hiện đề nghị cấp chính sách
    nội trú tại Thông tư liên tịch số 12/2016/TTLT-...", "Hướng dẫn thực hiện Thông tư số 24/2009/TT-BLĐTBXH"): what
    they say implements or guides describes a form's procedure, not this text (``annexed_form_types``;
    realworld60 774). A plan's or programme's annex of tasks still implements what it names."""
    kinds = relation_model()["annexed_form_types"]
    if not any((ctx.doc_type or "").casefold() == k.casefold() for k in kinds["types"]):
        return
    m = _ANNEX_CAPTION.search(ctx.text)
    if m is None:
        return
    for j in range(bisect.bisect_left([c.start for c in out], m.start()), len(out)):
        if out[j].relation in kinds["relations"]:
            out[j] = replace(out[j], relation="mentions")


def assigning_documents(doc: Document, out: list[Citation]) -> None:
    """A task table's column that names the document each task was given by ("Văn bản giao nhiệm vụ" /
    "Nghị quyết số 71/NQ-CP", ``task_tables.assigning_cells``): the task carries that document out, so a
    citation there that only mentions it implements it (realworld62 780, a notice's annex of overdue tasks)."""
    cells = sorted(assigning_cells(doc))
    if not cells:
        return
    starts = [a for a, _b in cells]
    for j, c in enumerate(out):
        k = bisect.bisect_right(starts, c.start) - 1
        if c.relation == "mentions" and k >= 0 and c.start < cells[k][1]:
            out[j] = replace(c, relation="implements")


def late_passes(ctx: Context, doc: Document, out: list[Citation]) -> None:
    """The passes that read a whole document's layout after the others: forms' preambles, annexed forms, an
    amending law's title, a procedure-cutting resolution's headings (``relation_cuts``), task tables."""
    form_preambles(ctx, out)
    annexed_forms(ctx, out)
    laws_in_an_amending_title(ctx, out)
    procedure_cuts(ctx, out)
    assigning_documents(doc, out)
