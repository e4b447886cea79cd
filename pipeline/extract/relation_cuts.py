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

from vanban.pipeline.extract.pinpoints import find_pinpoint
from vanban.pipeline.extract.relation_context import Context
from vanban.pipeline.extract.relation_cues import compile_pattern, relation_model
from vanban.pipeline.model import Citation, Pinpoint

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
        "alias": compile_pattern("|".join(f"(?:{p})" for p in relation_model()["shorthand_markers"])),
        "stop": re.compile("|".join(m["heading_stops"]), re.IGNORECASE),
        "table": re.compile(m["pending_table"], re.MULTILINE),
        "papers_title": re.compile(m["papers_title"], re.IGNORECASE),
        "papers_column": re.compile(m["papers_column"], re.IGNORECASE),
        "annex": re.compile(m["annex_heading"], re.MULTILINE),
    }


def procedure_cuts(ctx: Context, out: list[Citation]) -> None:
    """Relabel in place the citations of a procedure-cutting resolution's headings and closing tables."""
    m = relation_model()["procedure_cuts"]
    pats = _patterns()
    opening = ctx.text[:m["title_chars"]]
    if pats["papers_title"].search(opening):
        _papers_table(ctx.text, pats, out)
    if not pats["title"].search(opening):
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
        if acting == n and out[j - 1].number == c.number and pats["alias"].search(ctx.text[out[j - 1].end:c.start]):
            # "... tại điểm a khoản 2 Điều 10 Nghị định số 144/2020/NĐ-CP ngày ... (sau đây gọi là Nghị định số
            # 144/2020/NĐ-CP)": the short name the resolution gives the document it acts on (realworld94 875)
            out[j] = replace(c, relation=out[j - 1].relation)
            continue
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


def _papers_table(text: str, pats: dict[str, re.Pattern], out: list[Citation]) -> None:
    """A resolution that replaces or cuts the papers of procedures by data ("Nghị quyết này quy định việc thay thế
    hoặc cắt giảm thành phần hồ sơ ...", realworld92 868) lists in a table, under a column naming the documents that
    set the papers ("Tên VBQPPL quy định thành phần hồ sơ TTHC"), the provisions it changes: each document in the
    table ``amends``, but an earlier amender ("... được sửa đổi, bổ sung bởi Nghị định số 95/2021/NĐ-CP") and a
    document a procedure's name locates itself by ("... đối với trường hợp quy định tại khoản 2 Điều 36 Nghị định
    số 163/2024/NĐ-CP") are mentions. The table runs from that column's head to the next annex or the end."""
    head = pats["papers_column"].search(text)
    if head is None:
        return
    nxt = pats["annex"].search(text, head.end())
    end = nxt.start() if nxt else len(text)
    before = None   # the table's citation before, and what it was read as
    starts = [c.start for c in out]
    for j, c in enumerate(out):
        if not head.end() <= c.start < end:
            continue
        # the cell's words before the citation, back over one wrapped line, from the citation before it if nearer
        line = text.rfind("\n", 0, c.start)
        start = max(text.rfind("\n", 0, max(line, 0)) + 1, before.end if before else 0)
        gap = text[start:c.start]
        if before is not None and start == before.end and _JOINED.fullmatch(gap):
            relation = before.relation   # "... bởi Thông tư số 14/2018/TT-BCT và Thông tư số 38/2025/TT-BCT"
        else:
            relation = "mentions" if pats["stop"].search(gap) or pats["located"].search(gap) else "amends"
        pin = c.pinpoint if c.pinpoint is not None or relation != "amends" else _next_cell_provisions(text, c.end, starts)
        out[j] = before = replace(c, relation=relation, pinpoint=pin)


def _next_cell_provisions(text: str, end: int, starts: list[int]) -> Pinpoint | None:
    """The provision in the cell after a document's ("Nghị định số 113/2017/NĐ-CP" / "Điểm b khoản 1 Điều 10"): the
    row ties the two, over the rest of the document's cell (its amenders: "... được sửa đổi, bổ sung bởi Nghị định số
    95/2021/NĐ-CP"); a list points at its last item ("Khoản 2, 3, 4 Điều 26": Điều 26 khoản 4), a cell wrapped after
    "Điều" goes on at the next line. None where no provision follows or the provisions' cell names documents itself."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    # "Nghị định số 163/2024/NĐ-CP điểm b khoản 1 Điều 35": a cell opening in lower case joined to the line before
    rest = text[end:line_end]
    lines = [(end, line_end, rest)] if _PROVISION_CELL.match(rest.strip(" ,;|")) else []
    lines += _lines_after(text, end, 6)
    while lines and (not lines[0][2].strip(" |") or _cites(starts, *lines[0][:2])
                     or lines[0][2].lstrip().startswith("được")):
        lines.pop(0)   # a cell's bar, the document's amenders
    if not lines or not _PROVISION_CELL.match(lines[0][2].strip(" ,;|")):
        return None
    a, b, cell = lines.pop(0)
    cell = cell.strip(" ,;|")
    while lines and _CELL_GOES_ON.search(cell):
        _, b, more = lines.pop(0)
        cell = f"{cell} {more.strip()}"
    if _cites(starts, a, b):
        return None
    cell = " ".join(cell.split())
    return find_pinpoint(cell + " ", len(cell) + 1)[0]


def _lines_after(text: str, end: int, n: int) -> list[tuple[int, int, str]]:
    """The next ``n`` lines after the one holding ``end``: (start, end, text)."""
    out, pos = [], text.find("\n", end)
    while pos >= 0 and len(out) < n:
        nxt = text.find("\n", pos + 1)
        stop = nxt if nxt >= 0 else len(text)
        out.append((pos + 1, stop, text[pos + 1:stop]))
        pos = nxt
    return out


def _cites(starts: list[int], a: int, b: int) -> bool:
    k = bisect.bisect_left(starts, a)
    return k < len(starts) and starts[k] < b


_PROVISION_CELL = re.compile(r"(?i)(?:điểm|khoản|điều)\s+\w")
_CELL_GOES_ON = re.compile(r"(?i)(?:điều|khoản|điểm|,|và)\s*$")   # "... điểm b khoản 2 Điều" / "10"

_JOINED = re.compile(r"[\s,;|]*(?:và|hoặc)?[\s,;|]*")   # one citation after another in a cell


def _names_provisions(gap: str) -> bool:
    return re.search(r"(?i)(?<!\w)(?:điểm|khoản|điều|mục|phụ\s+lục|tiết)\s", gap) is not None


def _pending_tables(text: str, pats: dict[str, re.Pattern]) -> list[tuple[int, int]]:
    """The spans of the closing tables of documents still to be amended: from their title to the next annex."""
    spans = []
    for t in pats["table"].finditer(text):
        nxt = pats["annex"].search(text, t.end())
        spans.append((t.start(), nxt.start() if nxt else len(text)))
    return spans
