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
from functools import cache, lru_cache

from vanban.pipeline.model import Document
from vanban.pipeline.resources import load_json
from vanban.pipeline.text.labels import CELL_BULLET


@cache
def _columns() -> dict[str, list[str]]:
    """Header cues by column, each list in the order tried ("nội dung" before "công việc")."""
    return load_json("directives.json")["task_table_columns"]


_PIPE_LINE = re.compile(r"^[ \t]*\|[ \t]*$", re.M)
_HEAD_CELL = re.compile(r"(?:s?tt|thứ tự|số thứ tự|bước)(?!\w)")   # a header's row-number column
_ROW_LABEL = re.compile(r"[*_ \t]*(?:\d{1,3}(?:\.\d{1,2})*|[IVXL]{1,5}|Bước\s*\d{1,2})[.)]?[*_ \t]*")


def task_tables(doc: Document) -> tuple[list[tuple[int, int, str | None]], list[tuple[int, int]]]:
    """The tasks of ``task_table_rows`` and the spans of ``doc.text`` the tables hold: a gazette
    table's whole extent (its header and other cells are no sentences), else every cell of the rows
    read (the content cells, which the tasks replace, and the others: who, when, what results)."""
    if doc.source_text.count("|") >= 8:
        others: list[tuple[int, int]] = []
        rows = task_table_rows(doc, others)
        return rows, [(a, b) for a, b, _actor in rows] + others
    rows = task_table_rows(doc)
    spans: list[tuple[int, int]] = []
    gazette_table_rows(doc, spans)
    return rows, spans


def assigning_cells(doc: Document) -> list[tuple[int, int]]:
    """The spans of ``doc.text`` of the cells of a task table's column that names the document each task
    was given by ("STT | Nhiệm vụ | Văn bản giao nhiệm vụ | Cơ quan chủ trì thực hiện | Thời hạn hoàn thành":
    "Nghị quyết số 71/NQ-CP", realworld62 780; the header cues ``task_table_columns["source"]``)."""
    spans: list[tuple[int, int]] = []
    if doc.source_text.count("|") >= 8:
        task_table_rows(doc, sources=spans)
    return spans


def task_table_rows(doc: Document, others: list[tuple[int, int]] | None = None,
                    sources: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str | None]]:
    """(start, end, actor) in ``doc.text`` of each task of the tables a crawled page writes one
    cell per line between "|" lines, under a header naming a content and a lead column ("TT |
    Nội dung thực hiện | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành"): the content
    cell of each numbered row, its lead cell's body as actor. Rows of one or two cells ("I | KIỆN
    TOÀN VÀ HOÀN THIỆN ...") group the tasks; they are none. ``others`` (when given) receives the spans
    of the rows' other cells (who, when, what results: "Lãnh đạo Phòng ...", "0,5 ngày", "Quyết định
    chấp thuận ... hoặc văn bản từ chối"), which are no sentences of their own."""
    src = doc.source_text
    if src.count("|") < 8:   # no table written one cell per line between "|" lines
        return gazette_table_rows(doc)
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
                if others is not None:
                    others.extend(_norm_span(doc, segs[k + i]) for i in (0, 2, 3))
            k += 1
            continue
        k = _table_body(doc, segs, k + cols["width"], cols, out, others, sources)
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
    if CELL_BULLET.search(cell):
        parts = [" ".join(p.replace("*", " ").split()) for p in CELL_BULLET.split(cell)]
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
    taken: set[int] = {i for i, c in enumerate(cells) if _HEAD_CELL.match(c)}
    for name in ("time", "actor", "content"):   # each cue in the order listed: "nội dung" before "công việc"
        for cue in lex[name]:
            i = next((i for i, c in enumerate(cells) if i not in taken and cue in c), None)
            if i is not None:
                cols[name] = i
                taken.add(i)
                break
    width = len(cells)
    if cols["content"] is None or cols["actor"] is None or width < 3 \
            or any(cue in c for c in cells for cue in lex["catalogue"]):
        return None   # "Mã số TTHC nội bộ" / "Tên TTHC nội bộ" / ... / "Cơ quan thực hiện": procedures listed
    # the column naming the document that gave each task ("Văn bản giao nhiệm vụ"), where one is
    cols["source"] = next((i for i, c in enumerate(cells) if i not in taken and any(q in c for q in lex["source"])), None)
    cols["width"] = width
    # a procedure's steps ("TT | Cơ quan, bộ phận, người thực hiện | Nội dung công việc | Thời gian"): each step's
    # cell is one step, its "- " lines the acts of that step (realworld90 862)
    cols["steps"] = any(cue in cells[cols["actor"]] for cue in lex.get("steps", ()))
    return cols


def _table_body(doc: Document, segs: list[tuple[int, int]], k: int, cols: dict,
                out: list[tuple[int, int, str | None]], others: list[tuple[int, int]] | None = None,
                sources: list[tuple[int, int]] | None = None) -> int:
    """Read the rows after a header (segment ``k`` on) into ``out``; where the table ends."""
    src = doc.source_text
    width = cols["width"]
    labels = []
    i = k
    while i < len(segs):
        cell = src[segs[i][0]:segs[i][1]]
        if len(cell) > 3000:
            break   # a paragraph: the table is over
        if _HEAD_CELL.fullmatch(_seg_text(src, segs[i]).lower()) and _table_header(src, segs, i) is not None:
            break   # the next table's header ("STT | Tên nhiệm vụ | Đơn vị chủ trì | ..."): its columns are its own
        if _ROW_LABEL.fullmatch(cell.strip()):
            labels.append(i)
        i += 1
    end = i
    labels = _row_starts(src, segs, labels, k, end)
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
        out.extend((x, y, actor) for x, y in _cell_items(doc.text, start, stop, cols["steps"]))
        if others is not None:
            others.extend(_norm_span(doc, x) for i, x in enumerate(row) if i != cols["content"])
        if sources is not None and cols["source"] is not None and cols["source"] < len(row):
            sources.append(_norm_span(doc, row[cols["source"]]))
        if cols["actor"] < cols["content"]:   # a lead cell before the content may span several lines of tasks
            nxt = labels[n + 1] if n + 1 < len(labels) else end
            for sub in _sub_rows(src, segs[b:nxt], width - cols["content"]):
                start, stop = _norm_span(doc, sub[0])
                if stop > start:
                    out.extend((x, y, actor) for x, y in _cell_items(doc.text, start, stop, cols["steps"]))
                    if others is not None:
                        others.extend(_norm_span(doc, x) for x in sub[1:])
    return end


def _cell_items(text: str, start: int, stop: int, whole: bool = False) -> list[tuple[int, int]]:
    """A content cell's tasks: one per "- " line where the cell lists them ("- Xây dựng Chương trình truyền
    thông ..." / "- Công khai, minh bạch thông tin ..."), else the whole cell (realworld68 797); the whole cell
    where it is one step of a procedure (``whole``)."""
    marks = [m.start() for m in CELL_BULLET.finditer(text, start, stop)]
    if whole or len(marks) < 2 or text[start:marks[0]].strip():
        return [(start, stop)]
    ends = marks[1:] + [stop]
    results = _result_label()   # "- Sản phẩm: Nghị định ... được ban hành": what the task yields, no task
    return [(a, len(text[:b].rstrip())) for a, b in zip(marks, ends)
            if text[a:b].strip() and not results.match(text, a, b)]


@cache
def _result_label() -> re.Pattern:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in load_json("directives.json")["result_labels"])
    return re.compile(rf"[-+•–*\s]*(?:{words})\s*:", re.I)


# a group's row: its letter or number, then its name in capitals alone ("**I.** | **BỘ CÔNG AN**")
_GROUP_LABEL = re.compile(r"[*_ \t]*(?:[A-Z]{1,2}|[IVXL]{1,5}|\d{1,2})\.?[*_ \t]*")


def _row_starts(src: str, segs: list[tuple[int, int]], labels: list[int], k: int, end: int) -> list[int]:
    """The rows' first cells: the numbered ones, less a group's row ("**I.** | **BỘ CÔNG AN**", which a
    Roman numeral would take for a row's number), and the rows under a group whose number cell is empty
    ("**K.** | **BỘ VĂN HÓA, ...**" / "" / "Bộ Văn hóa, Thể thao và Du lịch" / ...; realworld68 797)."""
    out = set(labels)
    for i in range(k, end - 4):
        if not _GROUP_LABEL.fullmatch(src[segs[i][0]:segs[i][1]].strip()):
            continue
        name = _seg_text(src, segs[i + 1])
        if not name or name.upper() != name or not any(ch.isalpha() for ch in name):
            continue
        if all(not src[a:b].strip() for a, b in segs[i + 2:i + 4]) and src[segs[i + 4][0]:segs[i + 4][1]].strip():
            out.discard(i)
            out.add(i + 3)   # the empty number cell of the group's first row
    return sorted(out)


def _sub_rows(src: str, rest: list[tuple[int, int]], width: int) -> list[list[tuple[int, int]]]:
    """The further lines of a row whose leading cells span them: runs of cells between empty ones, each
    with just the cells from the content's column on ("- Rà soát, cập nhật ..." | "- Bộ công cụ ... được
    ban hành" | "Giai đoạn 2026 - 2027"), realworld68 797; a run of another width is no such line."""
    runs: list[list[tuple[int, int]]] = [[]]
    for seg in rest:
        if src[seg[0]:seg[1]].strip():
            runs[-1].append(seg)
        elif runs[-1]:
            runs.append([])
    # a bold first cell is a total's or a group's row ("**Tổng thời gian giải quyết TTHC**"), no task
    return [r for r in runs if len(r) == width and not src[r[0][0]:r[0][1]].strip().startswith("**")]


def _norm_span(doc: Document, seg: tuple[int, int]) -> tuple[int, int]:
    """The span of ``doc.text`` a source span landed in, blanks and markup trimmed."""
    text = doc.text
    a, b = _from_source(doc, seg[0]), _from_source(doc, seg[1])
    while a < b and text[a] in " \t\n*_|":
        a += 1
    while b > a and text[b - 1] in " \t\n*_|":
        b -= 1
    return a, b


@lru_cache(maxsize=4)
def _body_end(text: str) -> int:
    from vanban.pipeline.read.furniture import furniture_tail
    return furniture_tail(text)


def _from_source(doc: Document, pos: int) -> int:
    """The first offset of ``doc.text`` whose source offset is at or after ``pos`` (bisection:
    the map keeps the order of the text but for a header read column by column, and for the page
    headers and signature stamps set aside to close it, which bisection leaves out)."""
    lo, hi = 0, _body_end(doc.text)
    to_source = doc.offsets.to_source
    while lo < hi:
        mid = (lo + hi) // 2
        if to_source(mid) < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


# --- tables a PDF's text layer writes one line of a cell per line, no "|" -----------------------

_HEADER_START = re.compile(r"s?tt|thứ tự|số thứ tự", re.I)
# a row's number, or a group's roman numeral ("I." or "I" over its title, then "1.", "2." ...)
_GAZETTE_LABEL = re.compile(r"\d{1,3}(?:\.\d{1,2})*\.?|[IVXL]{1,6}\.?")
_LABEL_AND_CELL = re.compile(r"[ \t]*\d{1,3}(?:\.\d{1,2})*\.?(?:[ \t]*$|[ \t]{2,}(?=\S))")
_TABLE_END = re.compile(r"(?:Điều\s+\d|Chương\s+[IVXL\d]|PHỤ LỤC|Phụ lục)(?!\w)")
# a sub-row's number and its content one blank apart ("2.1 Theo dõi, tổng hợp ..."), the content capitalised
_SUB_LABEL_AND_CELL = re.compile(r"[ \t]*\d{1,3}\.\d{1,2}\.?[ \t](?=\S)")
_CELL_GAP = re.compile(r"\S(?: ?\S)*")   # a cell's words: two blanks or more part the cells of a line


@cache
def _wrap_ends() -> tuple[str, ...]:
    """Words a line cut by the column's width may end with ("... theo Nghị quyết số 72-NQ/TW của"
    / "Bộ Chính trị"): the next line goes on with the same cell (``wrapped_heading_ends``)."""
    return tuple(load_json("directives.json")["wrapped_heading_ends"])


@cache
def _head_pattern() -> re.Pattern:
    """A lead cell's first words: a body's head ("Bộ Tư pháp", "Các bộ, cơ quan ngang bộ", "UBND
    tỉnh"), capitalised, after an optional determiner; the heads are ``org_heads``."""
    heads = sorted(load_json("directives.json")["org_heads"], key=len, reverse=True)
    alt = "|".join(re.escape(h) for h in heads)
    return re.compile(rf"(?:(?:các|những)\s+)?(?:{alt})(?![\w])", re.I)


def gazette_table_rows(doc: Document, spans: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str | None]]:
    """(start, end, actor) in ``doc.text`` of each task of the tables a gazette PDF's text layer
    writes cell after cell, one line of a cell per line ("TT" / "Tên nhiệm vụ" / "Cơ quan" /
    "chủ trì" / "Cơ quan" / "phối hợp" / ... then "1" / "Thực hiện nghiêm ..." / "Các bộ," /
    "cơ quan ngang bộ" / "Bộ Nội vụ" ...): each numbered row's content cell is the task, its lead
    cell (the first short line naming a body after it, with the lines that go on with its name)
    the actor. The header must name the content column before the lead column. Each table's
    span of ``doc.text`` (header to end) is added to ``spans`` when given."""
    src = doc.source_text
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]*", src) if m.start() == 0 or src[m.start() - 1] == "\n"]
    out: list[tuple[int, int, str | None]] = []
    i = 0
    while i < len(lines):
        if not _HEADER_START.fullmatch(lines[i][1].strip()) or (body := _gazette_header(lines, i)) is None:
            i += 1
            continue
        before = len(out)
        end = _gazette_body(doc, lines, body, out)
        if len(out) == before:
            # a header over no numbered row (a form's table of past contracts, "STT / Nội dung công việc hoặc tên
            # gói thầu / Đơn vị thực hiện ...", realworld76 821): its header cells only, not the pages after it
            end = body
        if spans is not None:
            stop = lines[end][0] if end < len(lines) else len(src)
            spans.append((_from_source(doc, lines[i][0]), _from_source(doc, stop)))
        i = end
    return out


def _gazette_header(lines: list[tuple[int, str]], i: int) -> int | None:
    """The first line after the header opening at line ``i`` ("TT"), when its short lines name a
    content column, then a lead column; else None."""
    lex = _columns()
    cells = []
    for j in range(i + 1, min(i + 20, len(lines))):
        line = lines[j][1].strip()
        if _GAZETTE_LABEL.fullmatch(line):
            joined = " ".join(" ".join(cells).lower().split())
            at = {name: min((joined.find(c) for c in lex[name] if c in joined), default=-1) for name in ("content", "actor")}
            listed = any(c in joined for c in lex["catalogue"])
            return j if 0 <= at["content"] < at["actor"] and not listed else None
        if len(line) > 40:
            return None
        cells.append(line)
    return None


def _gazette_body(doc: Document, lines: list[tuple[int, str]], j: int, out: list) -> int:
    """Read the rows from line ``j`` on into ``out``; the line where the table ends."""
    labels = []
    end = len(lines)
    last = 0   # the number of the row before
    for k in range(j, len(lines)):
        line = lines[k][1].strip()
        if _TABLE_END.match(line):
            end = k
            break
        m = _LABEL_AND_CELL.match(lines[k][1]) or _SUB_LABEL_AND_CELL.match(lines[k][1]) \
            or _next_row(lines[k][1], last)
        if m is None or (m.re is not _LABEL_AND_CELL and not lines[k][1][m.end():m.end() + 1].isupper()):
            continue
        if m.end() < len(lines[k][1]):   # "7  Đề án về chỉ số ...": the content starts on the label's line
            labels.append((k, (lines[k][0] + m.end(), lines[k][1][m.end():])))
        elif k + 1 < len(lines) and len(lines[k + 1][1].split()) >= 2:
            labels.append((k, None))
        else:
            continue
        if (number := m.group().strip().rstrip(".")).isdigit():
            last = int(number)
    for n, (a, first) in enumerate(labels):
        b = labels[n + 1][0] if n + 1 < len(labels) else end
        row = _gazette_row(doc, ([first] if first else []) + lines[a + 1:b])
        if row is not None:
            out.append(row)
    return end


_ROW_AND_CELL = re.compile(r"[ \t]*(\d{1,3})\.?[ \t](?=\S)")


def _next_row(line: str, last: int) -> re.Match | None:
    """A row's number and its content one blank apart ("29 Xây dựng Đề án phát triển kinh tế dữ liệu ..."),
    taken only where the number is the next after the row before: a cell that opens with a figure ("30
    ngày", "5 năm") goes on with its row (realworld74 817)."""
    m = _ROW_AND_CELL.match(line)
    return m if m and int(m.group(1)) == last + 1 else None


def _gazette_row(doc: Document, row: list[tuple[int, str]]) -> tuple[int, int, str | None] | None:
    """A row's content cell (its lines up to the lead cell) and the body its lead cell names."""
    widest = 0
    for k, (_pos, line) in enumerate(row):
        first = _CELL_GAP.search(line)
        if first is None:
            return None   # a blank line: the row is over before a lead cell was met
        if k and first.group()[:1].isupper() and len(first.group()) < 0.75 * widest \
                and not row[k - 1][1].rstrip().endswith(_wrap_ends()) and _head_pattern().match(first.group()):
            start, stop = _norm_span(doc, (row[0][0], row[k - 1][0] + len(row[k - 1][1].rstrip())))
            return (start, stop, _lead_cell(row[k:])) if stop > start else None
        widest = max(widest, len(line.strip()))
    return None


def _bare_head(name: str) -> bool:
    """A name so far that ends with a body's head alone ("Bộ", "Bộ Ngoại giao, Bộ"): a justified
    column cut it there, the next line goes on with it ("Bộ" / "Nội" / "vụ, Bộ" / "Tài chính")."""
    last = name.rsplit(",", 1)[-1].strip()
    return last[:1].isupper() and last.lower() in _heads()


@cache
def _heads() -> frozenset[str]:
    return frozenset(load_json("directives.json")["org_heads"])


def _lead_cell(lines: list[tuple[int, str]]) -> str | None:
    """The body a lead cell names: its first line's first cell, then each line that goes on with
    the name (after a comma or "và", or in lower case), each cut where two blanks part the cells;
    an explanation in brackets dropped ("Bộ Văn hóa," / "Thể thao và Du" / "lịch, Bộ Tài chính"
    -> "Bộ Văn hóa, Thể thao và Du lịch, Bộ Tài chính"); so does each line after a body's head alone
    ("Bộ" / "Nội" / "vụ, Bộ" / "Ngoại" / "giao" -> "Bộ Nội vụ, Bộ Ngoại giao")."""
    parts: list[str] = []
    for _pos, line in lines:
        cells = _CELL_GAP.findall(line)
        if not cells:
            break
        first = cells[0]
        if parts and not (parts[-1].endswith((",", " và")) or first[:1].islower() or parts[-1].count("(") > parts[-1].count(")")
                          or _bare_head(" ".join(parts))):
            break
        parts.append(first)
        if len(cells) > 1:
            break
    name = re.sub(r"\s*\([^()]*\)", "", " ".join(parts))
    return " ".join(name.split()).strip(" ,.;") or None
