"""What a resolution that cuts, decentralises and simplifies procedures does to the provisions its annexes'
headings name (``models/relations.json`` ``procedure_cuts``).

Such a resolution ("Nghị quyết về cắt giảm, phân cấp, đơn giản hóa thủ tục hành chính ...", realworld75 819,
87 853) changes the cited decrees for its term through headings that name a procedure and where it is set:

- "I. Không thực hiện thủ tục Cấp lại Giấy phép ... tại Điều 18 Nghị định số 69/2010/NĐ-CP ..." abolishes the
  procedure: the decree, and each document the heading lists after it, ``repeals``;
- "II. Thời hạn thực hiện thủ tục ... tại điểm c khoản 1 Điều 22 Nghị định số 40/2026/NĐ-CP", "Phân cấp thẩm
  quyền ... tại khoản 1 Điều 8 Nghị định số 11/2021/NĐ-CP cho Chủ tịch ..." rewrite it: ``amends``;
- the earlier amenders named after it ("... đã được sửa đổi, bổ sung bởi Nghị định số 119/2025/NĐ-CP") and a
  procedure it is redirected to ("... thực hiện theo thủ tục ... quy định tại ...") are left as read;
- the closing table "DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT CẦN SỬA ĐỔI, BỔ SUNG" lists documents still to be amended
  by others: its citations are mentions.

A heading opens a line after its label "I.", "1.", "A." (only ``unlabelled_openers`` go without one), runs to the first clause mark, and acts on a citation
only where the words before it say where the procedure is set ("(quy định) tại <provisions>"), or continue a
list of such places. Only documents whose opening words carry the title pattern are read.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache

from vanban.pipeline.extract.relation_context import Context
from vanban.pipeline.extract.relation_cues import relation_model
from vanban.pipeline.model import Citation

ACTS = ("amends", "replaces", "repeals")   # what a document does to another; the rest only names or follows it


@cache
def _patterns() -> dict[str, re.Pattern]:
    m = relation_model()["procedure_cuts"]
    prov = m["provisions"]
    alt = "|".join(m["repeal_openers"] + m["amend_openers"])
    return {
        "title": re.compile(m["title"], re.IGNORECASE),
        "heading": re.compile(rf"(?m)^[ \t*_]*(?P<label>(?:[IVXLC]{{1,6}}|\d{{1,2}}|[A-Z])\.[ \t]+)?(?P<opener>{alt})(?!\w)"),
        "roman": re.compile(r"(?m)^[ \t*_]*[IVXLC]{1,6}\.[ \t]+(?=[^\W\d_])"),
        "ended": re.compile(r"[.:](?=\s)|\n[ \t*_]*(?:[a-zđ]\)|\d{1,2}\.|[-+•])[ \t]"),
        "repeal": re.compile("|".join(m["repeal_openers"]), re.IGNORECASE),
        "located": re.compile(rf"(?i)(?:(?:được\s+)?quy\s+định\s+)?tại\s+(?:{prov})?\s*$"),
        "located_in": re.compile(r"(?i)(?<!\w)(?:quy\s+định\s+)?tại\s+(?:các\s+)?(?:điểm|khoản|điều|mục|phụ\s+lục)\s"),
        "listed": re.compile(rf"(?i)^\s*(?:[,;]|và|hoặc)\s*(?:{prov})?\s*$"),
        "stop": re.compile("|".join(m["heading_stops"]), re.IGNORECASE),
        "table": re.compile(m["pending_table"], re.MULTILINE),
        "annex": re.compile(m["annex_heading"], re.MULTILINE),
    }


def procedure_cuts(ctx: Context, out: list[Citation]) -> None:
    """Relabel in place the citations of a procedure-cutting resolution's headings and closing tables."""
    m = relation_model()["procedure_cuts"]
    pats = _patterns()
    if not pats["title"].search(ctx.text[:m["title_chars"]]):
        return
    heads = {h.start(): (h.start(), h.end(), bool(pats["repeal"].fullmatch(h.group("opener"))))
             for h in pats["heading"].finditer(ctx.text) if h.group("label") or h.group("opener") in m["unlabelled_openers"]}
    for h in pats["roman"].finditer(ctx.text):   # "III. Cấp lại giấy phép ... quy định tại ...": a procedure's heading
        heads.setdefault(h.start(), (h.start(), h.end(), False))
    heads = sorted(heads.values())
    starts = [h[0] for h in heads]
    tables = _pending_tables(ctx.text, pats)
    acting = None   # the heading whose act the last citation took
    for j, c in enumerate(out):
        if any(a <= c.start < b for a, b in tables):
            out[j], acting = replace(c, relation="mentions"), None
            continue
        n = bisect.bisect_right(starts, c.start) - 1
        if n < 0 or c.start - heads[n][1] > m["heading_chars"]:
            continue
        _, opener_end, repeal = heads[n]
        heading = ctx.text[opener_end:c.start]
        if pats["ended"].search(heading):
            continue   # the heading's sentence has ended, or its line gave way to a list's items
        gap = ctx.text[out[j - 1].end:c.start] if j and out[j - 1].start > opener_end else heading
        gap = gap[gap.rfind(";"):] if ";" in gap else gap   # after the earlier item's own date and title
        located = not pats["stop"].search(heading) and pats["located"].search(heading)
        # a list of sources goes on after its first ("... tại Điều 67 Luật Bảo vệ môi trường; khoản 2 Điều 36 ...")
        began = acting == n or (";" in heading and pats["located_in"].search(heading[:heading.rfind(";")]))
        listed = began and pats["listed"].match(gap) and _names_provisions(gap)
        if located or listed:
            out[j], acting = replace(c, relation="repeals" if repeal else "amends"), n
        elif c.relation in ACTS:
            out[j] = replace(c, relation="mentions")   # an amending decree's title inside the heading


def _names_provisions(gap: str) -> bool:
    return re.search(r"(?i)(?<!\w)(?:điểm|khoản|điều|mục|phụ\s+lục|tiết)\s", gap) is not None


def _pending_tables(text: str, pats: dict[str, re.Pattern]) -> list[tuple[int, int]]:
    """The spans of the closing tables of documents still to be amended: from their title to the next annex."""
    spans = []
    for t in pats["table"].finditer(text):
        nxt = pats["annex"].search(text, t.end())
        spans.append((t.start(), nxt.start() if nxt else len(text)))
    return spans
