"""Task tables a crawled page writes one cell per line between "|" lines.

Pages converted from HTML (thuvienphapluat.vn) lose a table's layout: each cell stands on its own
lines, cells are parted by a line holding "|" alone, rows by two such lines. A plan's appendix of
tasks ("TT | Nội dung thực hiện | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành") and a
procedure's steps ("1 | Tiếp nhận hồ sơ ... | Công chức tiếp nhận hồ sơ tại bộ phận Một cửa | 01
ngày") are read back from the source text: ``task_table_rows(doc)`` gives, for each task, the span
of its content cell in ``doc.text`` and the body its lead cell names. The header cues live in
``models/directives.json`` (``task_table_columns``).
"""
from __future__ import annotations

import re
from functools import cache

from vanban.pipeline.model import Document
from vanban.pipeline.resources import load_json


@cache
def _columns() -> dict[str, list[str]]:
    """Header cues by column, each list in the order tried ("nội dung" before "công việc")."""
    return load_json("directives.json")["task_table_columns"]


_PIPE_LINE = re.compile(r"^[ \t]*\|[ \t]*$", re.M)
_ROW_LABEL = re.compile(r"[*_ \t]*(?:\d{1,3}(?:\.\d{1,2})*|[IVXL]{1,5}|Bước\s*\d{1,2})[.)]?[*_ \t]*")


def task_table_rows(doc: Document) -> list[tuple[int, int, str | None]]:
    """(start, end, actor) in ``doc.text`` of each task of the tables a crawled page writes one
    cell per line between "|" lines, under a header naming a content and a lead column ("TT |
    Nội dung thực hiện | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành"): the content
    cell of each numbered row, its lead cell's body as actor. Rows of one or two cells ("I | KIỆN
    TOÀN VÀ HOÀN THIỆN ...") group the tasks; they are none."""
    src = doc.source_text
    if src.count("|") < 8:   # no table written one cell per line
        return []
    segs: list[tuple[int, int]] = []   # source spans between "|" lines
    prev = None
    for m in _PIPE_LINE.finditer(src):
        if prev is not None:
            segs.append((prev, m.start()))
        prev = m.end()
    out: list[tuple[int, int, str | None]] = []
    k = 0
    while k < len(segs):
        cols = _table_header(src, segs, k)
        if cols is None:
            if (row := _step_row(doc, segs, k)) is not None:
                out.append(row)
            k += 1
            continue
        k = _table_body(doc, segs, k + cols["width"], cols, out)
    return out


# a step's time limit in a procedure table: "01 ngày", "5 ngày làm việc", "0,5 ngày", "02 giờ"
_DURATION = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?\s*(?:ngày|giờ|tháng)(?:\s+làm\s+việc)?")


def _step_row(doc: Document, segs: list[tuple[int, int]], k: int) -> tuple[int, int, str | None] | None:
    """A numbered row of a procedure table without a header ("1 | Tiếp nhận hồ sơ, kiểm tra thành
    phần hồ sơ | Công chức tiếp nhận hồ sơ tại bộ phận Một cửa | 01 ngày | BM.01"): a step whose
    third cell names who does it and whose fourth is its time limit."""
    src = doc.source_text
    if k + 3 >= len(segs) or not _ROW_LABEL.fullmatch(src[segs[k][0]:segs[k][1]].strip()):
        return None
    content, lead, time = (_seg_text(src, segs[k + i]) for i in (1, 2, 3))
    if not _DURATION.fullmatch(time) or len(content.split()) < 3 or not 1 <= len(lead.split()) <= 20 \
            or _DURATION.search(lead) or lead[-1:] in ".;":
        return None
    start, stop = _norm_span(doc, segs[k + 1])
    return (start, stop, _cell_bodies(src, segs[k + 2])) if stop > start else None


def _cell_bodies(src: str, seg: tuple[int, int]) -> str | None:
    """The bodies a lead cell names; one per "- " line joined by "; " ("- Văn phòng Cục" / "- Công
    chức thụ lý hồ sơ" -> "Văn phòng Cục; Công chức thụ lý hồ sơ")."""
    cell = src[seg[0]:seg[1]]
    if re.search(r"(?m)^[ \t]*[-+•][ \t]", cell):
        parts = [" ".join(p.replace("*", " ").split()) for p in re.split(r"(?m)^[ \t]*[-+•][ \t]", cell)]
        return "; ".join(p.strip(" ;,.") for p in parts if p.strip(" ;,.")) or None
    return _seg_text(src, seg).strip(" ;,.") or None


def _seg_text(src: str, seg: tuple[int, int]) -> str:
    return " ".join(src[seg[0]:seg[1]].replace("*", " ").split())


def _table_header(src: str, segs: list[tuple[int, int]], k: int) -> dict | None:
    """The columns of a header row starting at segment ``k``: {"content": i, "actor": i, "time":
    i or None, "width": n}, or None."""
    lex = _columns()
    cells = []
    for i in range(k, min(k + 8, len(segs))):
        cell = _seg_text(src, segs[i]).lower()
        if not cell or len(cell) > 60:
            break
        cells.append(cell)
    cols: dict = {"time": None, "actor": None, "content": None}
    taken: set[int] = {i for i, c in enumerate(cells) if re.match(r"(?:s?tt|thứ tự|số thứ tự|bước)(?!\w)", c)}
    for name in ("time", "actor", "content"):   # each cue in the order listed: "nội dung" before "công việc"
        for cue in lex[name]:
            i = next((i for i, c in enumerate(cells) if i not in taken and cue in c), None)
            if i is not None:
                cols[name] = i
                taken.add(i)
                break
    width = len(cells)
    if cols["content"] is None or cols["actor"] is None or width < 3:
        return None
    cols["width"] = width
    return cols


def _table_body(doc: Document, segs: list[tuple[int, int]], k: int, cols: dict,
                out: list[tuple[int, int, str | None]]) -> int:
    """Read the rows after a header (segment ``k`` on) into ``out``; where the table ends."""
    src = doc.source_text
    width = cols["width"]
    labels = []
    i = k
    while i < len(segs):
        cell = src[segs[i][0]:segs[i][1]]
        if len(cell) > 3000:
            break   # a paragraph: the table is over
        if _ROW_LABEL.fullmatch(cell.strip()):
            labels.append(i)
        i += 1
    end = i
    for n, a in enumerate(labels):
        b = min(labels[n + 1] if n + 1 < len(labels) else end, a + width)
        row = segs[a:b]
        if len([x for x in row if src[x[0]:x[1]].strip()]) < 3 or len(row) <= max(cols["content"], cols["actor"]):
            continue
        content, lead = row[cols["content"]], row[cols["actor"]]
        start, stop = _norm_span(doc, content)
        if stop <= start:
            continue
        actor = _cell_bodies(src, lead)
        out.append((start, stop, actor))
    return end


def _norm_span(doc: Document, seg: tuple[int, int]) -> tuple[int, int]:
    """The span of ``doc.text`` a source span landed in, blanks and markup trimmed."""
    text = doc.text
    a, b = _from_source(doc, seg[0]), _from_source(doc, seg[1])
    while a < b and text[a] in " \t\n*_|":
        a += 1
    while b > a and text[b - 1] in " \t\n*_|":
        b -= 1
    return a, b


def _from_source(doc: Document, pos: int) -> int:
    """The first offset of ``doc.text`` whose source offset is at or after ``pos`` (bisection:
    the map keeps the order of the text but for a header read column by column)."""
    lo, hi = 0, len(doc.text)
    to_source = doc.offsets.to_source
    while lo < hi:
        mid = (lo + hi) // 2
        if to_source(mid) < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo
