"""Tables under a unit caption: "Đơn vị tính: 1.000 đồng/trẻ/tháng" (or "ĐVT: triệu đồng") over a
table gives the unit and scale of every bare figure in its cells. ``extract.quantities`` reads the
caption patterns and unit kinds from ``models/quantities/context.json`` and passes them in (its
``_Context``: caption, caption_kinds, caption_counted, caption_max_lines, caption_max_text_run, and
table_end, table_head: where a table ends, the heads of its row numbers).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True, slots=True)
class Caption:
    """"Đơn vị tính: 1.000 đồng/trẻ/tháng" over a table: the unit of its bare figures."""
    start: int    # the caption line
    end: int
    unit: str     # as the gold writes it: scale and unit, "1.000 đồng/trẻ/tháng", "triệu đồng"
    kind: str


_CAPTION_SCALE = re.compile(r"(?P<scale>1(?:[.,]?000)+)[ \t]*")
# a figure alone in its cell: "152.100", "2.615.000", "16,8", "250"
_CELL_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_CELL_STRIP = " \t*_"
# no amount: a code ("01" in a "Mã số" column), a row's number in an outline ("2.1", "1.2.3")
_CELL_CODE = re.compile(r"0\d+|\d{1,2}(?:\.\d{1,2})+")


def _caption_unit(raw: str, ctx, unit_re: re.Pattern, kind_of: dict, spelling: dict[str, str]) -> tuple[str, str] | None:
    """(unit, kind) a caption's text gives every figure under it ("1.000 đồng/trẻ/tháng",
    "triệu đồng"), or None: two units, a norm's work unit, a unit that varies by row."""
    raw = raw.strip(" \t.*_")
    sm = _CAPTION_SCALE.match(raw)
    pos = sm.end() if sm else 0
    um = unit_re.match(raw, pos)
    if not um:
        return None
    head = " ".join(um.group().split())
    kind = kind_of.get(head.lower(), "count")
    rest = raw[um.end():].strip()
    if rest and not rest.startswith("/"):
        return None  # "triệu đồng, %": two units, no one unit for every cell
    if not (kind in ctx.caption_kinds or head.lower() in ctx.caption_counted):
        return None
    if sm and kind != "money":
        return None  # "Đơn vị: 10 m": a norm's work unit, not a scale
    unit = spelling.get(head.lower(), head)
    unit = (f"{sm.group('scale')} " if sm else "") + unit + re.sub(r"[ \t]*/[ \t]*", "/", rest)
    return unit, "count" if kind == "generic" else kind


def table_captions(text: str, ctx, unit_re: re.Pattern, kind_of: dict, spelling: dict[str, str]) -> list[Caption]:
    """Captions whose unit holds for every bare figure of the table under them: money, a
    percentage, hectares or people; tables of norms and forms mix units by row and are left."""
    if not any(label in text for label in ctx.caption_labels):
        return []
    out = []
    for m in ctx.caption.finditer(text):
        unit = _caption_unit(m.group("unit"), ctx, unit_re, kind_of, spelling)
        if unit is not None:
            out.append(Caption(m.start(), m.end(), *unit))
    return out


def column_captions(text: str, ctx, unit_re: re.Pattern, kind_of: dict,
                    spelling: dict[str, str]) -> list[tuple[Caption, list[tuple[int, int]]]]:
    """A caption in a column's head cell of a markdown table ("| STT | Nội dung | Đơn vị tính:
    1.000 đồng/trẻ/tháng |", "| Mức chi (ĐVT: triệu đồng) |"): its unit and scale hold for the bare
    figures of that column in the rows under it, up to the first line that is no table row.
    Returns each caption (the head cell's span) with the spans of its figures."""
    if "|" not in text or not any(label in text for label in ctx.caption_labels):
        return []
    out = []
    seen_lines: set[int] = set()
    for m in ctx.cell_caption.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if "|" not in line or line_start in seen_lines:
            continue
        seen_lines.add(line_start)
        col = text.count("|", line_start, m.start())
        cell_start = text.rfind("|", line_start, m.start()) + 1 if col else line_start
        cell_end = text.find("|", m.end(), line_end)
        cell_end = line_end if cell_end < 0 else cell_end
        unit = _caption_unit(m.group("unit"), ctx, unit_re, kind_of, spelling)
        if unit is None:
            continue
        out.append((Caption(cell_start, cell_end, *unit), _column_cells(text, line_end + 1, col, ctx)))
    return out


def _column_cells(text: str, pos: int, col: int, ctx) -> list[tuple[int, int]]:
    """Spans of the bare figures in column ``col`` of the markdown rows from ``pos`` on, up to a
    line that is no row or holds the next caption (each row is read once)."""
    out = []
    while pos < len(text):
        nl = text.find("\n", pos)
        line_end = len(text) if nl < 0 else nl
        line = text[pos:line_end]
        if "|" not in line or ctx.cell_caption.search(line):
            break
        cells = line.split("|")
        if col < len(cells):
            start = pos + sum(len(c) + 1 for c in cells[:col])
            cell = cells[col]
            a = start + len(cell) - len(cell.lstrip(_CELL_STRIP))
            b = start + len(cell.rstrip(_CELL_STRIP))
            fig = text[a:b] if b > a else ""
            if _CELL_FIGURE.fullmatch(fig) and not _CELL_CODE.fullmatch(fig) \
                    and not (fig.isdigit() and _YEAR_LIKE.fullmatch(fig)):
                out.append((a, b))
        pos = line_end + 1
    return out


def table_cells(text: str, cap: Caption, ctx) -> list[tuple[int, int]]:
    """Spans of the bare figures in the table under ``cap``: cells alone on their line (a crawled
    table flattened) or between "|" (a markdown row). Not figures: a row's number (under an "STT"
    head, opening a markdown row, or a small whole number with a line of text under it), the
    numbers of the columns (under "A", "B" or in a run 1, 2, 3 ...), codes ("01"), outline numbers
    ("2.1"), years, and the page number before the next form."""
    cells: list[list] = []   # [start, end, is a row's or a column's number]
    lines_seen = text_run = 0
    after_figure = False     # the line before held one figure alone
    column_numbers = False   # under the column letters "A", "B": the columns' numbers
    stt_columns: set[int] = set()
    pos = cap.end + 1
    while pos < len(text) and lines_seen < ctx.caption_max_lines:
        nl = text.find("\n", pos)
        line_end = nl if nl >= 0 else len(text)
        line = text[pos:line_end]
        bare = line.strip(_CELL_STRIP)
        lines_seen += 1
        if ctx.table_end.match(bare) or ctx.caption.match(line) or (cells and ctx.table_head.match(bare)):
            while cells and after_figure and text[cells[-1][0]:cells[-1][1]].isdigit() \
                    and len(text[cells[-1][0]:cells[-1][1]]) <= 3 and text.count("\n", cells[-1][1], pos) <= 2:
                cells.pop()  # "49\n49\nMẫu số 02": the page's number before the next form
            break
        piped = "|" in line
        if piped and ctx.table_head.match(bare):
            heads = [c.strip(_CELL_STRIP) for c in line.split("|")]
            stt_columns = {k for k, h in enumerate(heads) if ctx.table_head.fullmatch(h)}
        if not piped and len(bare) == 1 and bare.isupper():
            column_numbers = True
        elif sum(ch.isalpha() for ch in bare) >= 2:
            column_numbers = False
        found = False
        start = pos
        first = True  # the row's first cell: its number in a markdown row
        for col, cell in enumerate(line.split("|")):
            a = start + len(cell) - len(cell.lstrip(_CELL_STRIP))
            b = start + len(cell.rstrip(_CELL_STRIP))
            body = text[a:b] if b > a else ""
            if body and _CELL_FIGURE.fullmatch(body):
                row_number = piped and (col in stt_columns if stt_columns else first)
                cells.append([a, b, row_number or column_numbers])
                found = True
            elif body and body != "-" and not piped and after_figure:
                # a line of text under a figure alone on its line: that figure opened the row
                fig = text[cells[-1][0]:cells[-1][1]]
                cells[-1][2] = cells[-1][2] or (fig.isdigit() and len(fig) <= 3)
            first = first and not body
            start += len(cell) + 1
        text_run = 0 if found else text_run + 1
        after_figure = found and not piped
        if (cells and text_run > ctx.caption_max_text_run) or (not cells and lines_seen > 40):
            break
        pos = line_end + 1
    out = []
    for i, (a, b, label) in enumerate(cells):
        fig = text[a:b]
        if label or (fig.isdigit() and _YEAR_LIKE.fullmatch(fig)) or _CELL_CODE.fullmatch(fig):
            continue
        run = [c for c in cells[max(0, i - 2):i + 3] if text[c[0]:c[1]].isdigit()]
        if _column_numbers([int(text[c[0]:c[1]]) for c in run], int(fig) if fig.isdigit() else None):
            continue
        out.append((a, b))
    return out


def _column_numbers(window: list[int], n: int | None) -> bool:
    """Whether ``n`` belongs to a run of at least three consecutive numbers (1, 2, 3 ...) among its
    neighbours: the numbers of a table's columns."""
    if n is None:
        return False
    have = set(window)
    return any({k, k + 1, k + 2} <= have for k in (n - 2, n - 1, n))
