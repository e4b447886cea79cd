"""DOCX via python-docx: paragraphs, headings, list items and tables in reading order.

The body is walked element by element (``document.element.body``), so a table stays where it
stands between paragraphs; content controls and text boxes are walked too. Each paragraph is
one line, with Word's automatic numbering and bullets written out ("I.", "1.", "a)", "-") as
the reader sees them. A table row is one line with its cells joined by " | ", except the
two-column header and signature tables of official documents, read column by column as the
PDF reader does. Headings ("Heading N" styles, or an outline level) and list paragraphs become
``Block`` hints. Text typed in the old TCVN3 (.VnTime) or VNI fonts is decoded.

>>> raw = read_docx(Path("bao_cao.docx"), data, sha)  # doctest: +SKIP
>>> raw.text.splitlines()[:2]  # doctest: +SKIP
['ĐẢNG BỘ TỈNH LÂM ĐỒNG', 'HUYỆN ỦY BẢO LÂM']
"""
from __future__ import annotations

import re
import unicodedata
import zipfile
import zlib
from pathlib import Path

from vanban.pipeline.errors import UnreadableDocument
from vanban.pipeline.model import Block, RawDocument
from vanban.pipeline.read.limits import check_docx_package

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_HEADING_STYLE = re.compile(r"^(?:heading|tiêu đề|title)\s*(\d*)$", re.I)


def read_docx(path: Path, data: bytes, sha256: str) -> RawDocument:
    """Read a .docx file into text with one line per paragraph or table row. A package that
    would inflate too far or declares XML entities is refused before any part is parsed."""
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    if not zipfile.is_zipfile(path):
        raise UnreadableDocument(str(path), "not a DOCX file (not a ZIP package; truncated or another format)")
    try:
        with zipfile.ZipFile(path) as archive:
            check_docx_package(path, archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError, EOFError,
            ValueError, zlib.error):
        raise UnreadableDocument(str(path), "damaged or truncated DOCX") from None
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError):
        raise UnreadableDocument(str(path), "not a Word DOCX (a ZIP without the document's parts)") from None
    except Exception:  # zipfile and lxml errors on a truncated or broken package
        raise UnreadableDocument(str(path), "damaged or truncated DOCX") from None

    lines: list[str] = []
    blocks: list[Block] = []
    pos = 0

    def add(text: str, kind: str, level: int = 0) -> None:
        nonlocal pos
        text = unicodedata.normalize("NFC", re.sub(r"[ \t]*[\r\n][ \t]*", "\n", text)).strip()
        if not text:
            return
        lines.append(text)
        blocks.append(Block(kind, pos, pos + len(text), level))
        pos += len(text) + 1

    from docx.table import Table
    from docx.text.paragraph import Paragraph

    numbering = _Numbering(document)

    def walk(container) -> None:
        for child in container.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                # text boxes (often the header's "Số: ..." or a motto) first, then the paragraph
                for box in child.iter(_W + "txbxContent"):
                    if not any(a.tag == _MC_FALLBACK for a in box.iterancestors()):  # one copy
                        walk(box)
                paragraph = Paragraph(child, document)
                kind, level = _paragraph_kind(paragraph)
                text = _paragraph_text(child)
                label = numbering.label(paragraph) if text.strip() else ""
                if label and kind == "paragraph":
                    kind = "list_item"
                add(f"{label} {text.lstrip()}" if label else text, kind, level)
            elif tag == "tbl":
                for kind, line in _table_lines(Table(child, document), first=not lines):
                    add(line, kind)
            elif tag in ("sdt", "sdtContent", "customXml", "ins", "smartTag"):
                walk(child)  # content controls and tracked insertions hold ordinary paragraphs

    walk(document.element.body)
    text = "\n".join(lines)
    if not text.isascii():
        from vanban.pipeline.read.text import repair_legacy
        repaired = repair_legacy(text, ("tcvn3",))  # a style-wide .Vn font; one byte per letter
        if repaired is not None and len(repaired) == len(text):
            text = repaired
    if not text.strip():
        raise UnreadableDocument(str(path), "DOCX has no text")
    return RawDocument(path=str(path), format="docx", text=text, sha256=sha256, encoding="utf-8",
                       blocks=tuple(blocks))


class _Numbering:
    """Word's automatic numbering ("I.", "1.", "a)", "-"), which is not in the paragraph text,
    rendered as the reader sees it: counters per list and level from numbering.xml."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # numId -> ilvl -> (start, fmt, text)
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for a in root.iter(_W + "abstractNum"):
            abstract[a.get(_W + "abstractNumId")] = self._read_levels(a)
        for num in root.iter(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            levels = dict(abstract.get(ref.get(_W + "val") if ref is not None else None, {}))
            for override in num.iter(_W + "lvlOverride"):
                ilvl = int(override.get(_W + "ilvl", "0"))
                start = override.find(_W + "startOverride")
                if ilvl in levels and start is not None:
                    levels[ilvl] = (int(start.get(_W + "val", "1")), *levels[ilvl][1:])
                lvl = override.find(_W + "lvl")
                if lvl is not None:
                    levels.update(self._read_levels(override))
            self.levels[num.get(_W + "numId")] = levels

    @staticmethod
    def _read_levels(element) -> dict[int, tuple[int, str, str]]:
        levels = {}
        for lvl in element.iter(_W + "lvl"):
            def val(tag: str, default: str) -> str:
                node = lvl.find(_W + tag)
                return node.get(_W + "val", default) if node is not None else default
            levels[int(lvl.get(_W + "ilvl", "0"))] = (int(val("start", "1")), val("numFmt", "decimal"),
                                                       val("lvlText", ""))
        return levels

    def label(self, paragraph) -> str:
        num_id, ilvl = self._num_pr(paragraph)
        if num_id is None or num_id == "0" or num_id not in self.levels:
            return ""
        levels = self.levels[num_id]
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, levels[ilvl][0] - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        start, fmt, pattern = levels[ilvl]
        if fmt == "none":
            return ""
        if fmt == "bullet":
            return "+" if pattern.strip() == "+" else "-"
        def number(match: re.Match) -> str:
            k = int(match.group(1)) - 1
            n = counters.get(k, levels.get(k, (1,))[0])
            return _format_number(n, levels.get(k, (1, "decimal", ""))[1])
        return re.sub(r"%([1-9])", number, pattern).strip()

    @staticmethod
    def _num_pr(paragraph) -> tuple[str | None, int]:
        for ppr in (paragraph._p.pPr, *_style_pprs(paragraph.style)):
            num_pr = ppr.find(_W + "numPr") if ppr is not None else None
            if num_pr is None:
                continue
            num_id = num_pr.find(_W + "numId")
            ilvl = num_pr.find(_W + "ilvl")
            return (num_id.get(_W + "val") if num_id is not None else None,
                    int(ilvl.get(_W + "val", "0")) if ilvl is not None else 0)
        return None, 0


def _style_pprs(style):
    """A style's paragraph properties, then those of the styles it is based on."""
    seen = 0
    while style is not None and seen < 10:
        yield style.element.pPr
        style = style.base_style
        seen += 1


_MAX_SPELLED = 3999  # beyond this a list label is written in digits (a hostile start="999999999" stays short)


def _format_number(n: int, fmt: str) -> str:
    if n > _MAX_SPELLED or n < 1:
        return str(n)
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        letters = "abcdefghijklmnopqrstuvwxyz"
        text = letters[(n - 1) % 26] * ((n - 1) // 26 + 1)
        return text.upper() if fmt == "upperLetter" else text
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _paragraph_text(p) -> str:
    """The paragraph's own text: runs, hyperlinks, tabs and breaks, not its text boxes,
    and not deleted text of tracked changes."""
    out = []
    for node in p.iter(_W + "t", _W + "tab", _W + "br", _W + "cr"):
        if _inside_text_box(node, p):
            continue
        tag = node.tag
        if tag == _W + "t":
            out.append(_from_legacy_font(node, node.text or ""))
        elif tag == _W + "tab":
            out.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            out.append("\n")
    return "".join(out)


def _from_legacy_font(t, text: str) -> str:
    """Text set in a TCVN3 font (".VnTime", ".VnArial"...) or a VNI font ("VNI-Times") is stored
    as the Latin-1 look-alikes of its bytes ("Qu¶ng"): decode it by the run's font."""
    if text.isascii():
        return text
    run = t.getparent()
    fonts = run.find(f"{_W}rPr/{_W}rFonts") if run is not None else None
    if fonts is None:
        return text
    name = (fonts.get(_W + "ascii") or fonts.get(_W + "hAnsi") or "").lower()
    encoding = "tcvn3" if name.startswith(".vn") else "vni" if name.startswith("vni") else None
    if encoding is None:
        return text
    from vanban.pipeline.read.legacy import decode
    from vanban.pipeline.read.text import legacy_bytes
    data = legacy_bytes(text)
    return decode(data, encoding) if data is not None else text


def _inside_text_box(node, paragraph) -> bool:
    for ancestor in node.iterancestors():
        if ancestor is paragraph:
            return False
        if ancestor.tag == _W + "txbxContent":
            return True
    return False


def _paragraph_kind(paragraph) -> tuple[str, int]:
    style = paragraph.style.name if paragraph.style is not None else ""
    m = _HEADING_STYLE.match(style or "")
    if m:
        return "heading", int(m.group(1) or 1)
    ppr = paragraph._p.pPr
    if ppr is not None:
        outline = ppr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}outlineLvl")
        if outline is not None:
            val = outline.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val")
            if val is not None and val.isdigit() and int(val) < 9:
                return "heading", int(val) + 1
        if ppr.numPr is not None:
            return "list_item", 0
    if style and "list" in style.lower():
        return "list_item", 0
    return "paragraph", 0


def _table_cells(table) -> list[list[list[str]]]:
    """Rows of cells, each cell a list of its lines (paragraphs and line breaks); a merged
    cell is read once."""
    rows = []
    for tr in table._tbl.tr_lst:
        cells = []
        for tc in tr.tc_lst:
            lines = []
            for p in tc.iter(_W + "p"):
                if _inside_text_box(p, tc):
                    continue
                lines += [ln.strip() for ln in _paragraph_text(p).split("\n") if ln.strip()]
            cells.append(lines)
        if any(cells):
            rows.append(cells)
    return rows


_MOTTO = re.compile(r"CỘNG\s+H[ÒO]À?\s+XÃ\s+HỘI|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM", re.I)


def _table_lines(table, first: bool = False) -> list[tuple[str, str]]:
    """(kind, text) lines for a table.

    A two-column table whose cells hold several lines, that opens the document with the motto,
    or that starts with "Nơi nhận" is laid out as an official header or signature block
    ("ĐẢNG BỘ TỈNH LÂM ĐỒNG / HUYỆN ỦY BẢO LÂM" | "ĐẢNG CỘNG SẢN VIỆT NAM"): read it column by
    column, one line each, as the PDF reader does. Any other table gives one line per row,
    cells joined by " | "."""
    rows = _table_cells(table)
    two_columns = bool(rows) and max(len(r) for r in rows) == 2
    motto = first and any(_MOTTO.search(line) for r in rows for c in r for line in c)
    signature = bool(rows) and bool(rows[0][0]) and rows[0][0][0].startswith("Nơi nhận")
    if two_columns and (motto or signature or any(len(c) > 1 for r in rows for c in r)):
        return [("paragraph", line) for col in (0, 1) for r in rows if len(r) > col for line in r[col]]
    return [("table_row", " | ".join(" ".join(c) for c in r)) for r in rows]
