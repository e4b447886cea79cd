"""DOCX via python-docx: paragraphs, headings, list items and table rows in reading order.

The body is walked element by element (``document.element.body``), so a table stays where it
stands between paragraphs. Each paragraph is one line; a table row is one line with its cells
joined by " | ". Headings ("Heading N" styles, or an outline level) and list paragraphs
become ``Block`` hints.
"""
from __future__ import annotations

import re
import unicodedata
import zipfile
from pathlib import Path

from pipeline.errors import UnreadableDocument
from pipeline.model import Block, RawDocument

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_HEADING_STYLE = re.compile(r"^(?:heading|tiêu đề|title)\s*(\d*)$", re.I)


def read_docx(path: Path, data: bytes, sha256: str) -> RawDocument:
    """Read a .docx file into text with one line per paragraph or table row."""
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    if not zipfile.is_zipfile(path):
        raise UnreadableDocument(str(path), "not a DOCX file (not a ZIP package; truncated or another format)")
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, zipfile.BadZipFile, ValueError, OSError) as err:
        raise UnreadableDocument(str(path), f"damaged DOCX ({type(err).__name__})") from None
    except Exception as err:  # lxml errors on a broken document.xml
        raise UnreadableDocument(str(path), f"damaged DOCX ({type(err).__name__})") from None

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
                add(_paragraph_text(child), kind, level)
            elif tag == "tbl":
                for kind, line in _table_lines(Table(child, document), first=not lines):
                    add(line, kind)
            elif tag in ("sdt", "sdtContent", "customXml", "ins", "smartTag"):
                walk(child)  # content controls and tracked insertions hold ordinary paragraphs

    walk(document.element.body)
    text = "\n".join(lines)
    if not text.isascii():
        from pipeline.read.text import repair_legacy
        repaired = repair_legacy(text, ("tcvn3",))  # a style-wide .Vn font; one byte per letter
        if repaired is not None and len(repaired) == len(text):
            text = repaired
    if not text.strip():
        raise UnreadableDocument(str(path), "DOCX has no text")
    return RawDocument(path=str(path), format="docx", text=text, sha256=sha256, encoding="utf-8",
                       blocks=tuple(blocks))


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
    from pipeline.read.legacy import decode
    from pipeline.read.text import legacy_bytes
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
    """(kind, text) lines for a table. A two-column table whose cells hold several lines is the
    header of an official document ("ĐẢNG BỘ TỈNH LÂM ĐỒNG / HUYỆN ỦY BẢO LÂM" | "ĐẢNG CỘNG SẢN
    VIỆT NAM"): read column by column, one line each, as the PDF reader does. Any other table
    gives one line per row, cells joined by " | "."""
    rows = _table_cells(table)
    two_columns = bool(rows) and max(len(r) for r in rows) == 2
    motto = first and any(_MOTTO.search(line) for r in rows for c in r for line in c)
    if two_columns and (motto or any(len(c) > 1 for r in rows for c in r)):
        return [("paragraph", line) for col in (0, 1) for r in rows if len(r) > col for line in r[col]]
    return [("table_row", " | ".join(" ".join(c) for c in r)) for r in rows]
