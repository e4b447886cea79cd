"""PDF via pdfplumber: words rebuilt into lines, lines into paragraphs, page by page.

What plain ``extract_text`` gets wrong and this reader fixes:

- the two-column header of official documents ("HUYỆN ỦY BẢO LÂM" left, "ĐẢNG CỘNG SẢN VIỆT
  NAM" right, on the same baseline) is read column by column, not interleaved;
- lines broken by the page width ("... kinh tế thị trường" / "định hướng ...") are joined back
  into one paragraph, across page breaks too;
- a line break is a wrap when the next line's first word would not have fit after it, so
  "Kế hoạch số" / "101-KH/TU" or "ngày 15 tháng" / "4 năm 2022" stay one sentence;
- running headers and footers (the same text on most pages, modulo digits) and bare page
  numbers are dropped, and so is page furniture wherever it sits (the Công báo header
  "CÔNG BÁO/Số 271/Ngày 12-05-2026 86", digital-signature stamps: ``pipeline.read.furniture``),
  while ``RawDocument.pages`` keeps where each page starts;
- ruled tables come out as one line per row, cells joined by " | ".

Scanned pages are OCR'd with Tesseract (``pipeline.read.ocr``), page by page: a PDF without a
text layer, and pages that are mostly image under a thin text layer (the gazette header, a
stamp, the signer's block: signed scans carry one). The OCR'd words are laid out with the
page's own text-layer words, so a line both hold comes out once; a page with a real text layer
is never OCR'd. Without Tesseract such a PDF is an ``OCRUnavailable`` error naming the pages.
"""
from __future__ import annotations

import logging
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from vanban.pipeline.errors import UnreadableDocument
from vanban.pipeline.model import Block, RawDocument
from vanban.pipeline.read.furniture import furniture_kind
from vanban.pipeline.text.labels import PDF_LINE_START

# pdfminer warns on stderr about every oddity of a damaged file; the reader reports one line.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

_SENTENCE_END = ".;:!?\"”'…"
_REFERENCE = re.compile(r"(?:Điều|Chương|Mục|Phần)\s+\d+(?![\d.:)])")  # "Điều 3 đã ...", not "Điều 3."
_PAGE_NUMBER = re.compile(r"^\s*[-–]?\s*(?:trang\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?\s*[-–]?\s*$", re.I)
_MISPLACED_MARK = re.compile(r"(?<![^\W\d_])([\u0300-\u036f]+)([^\W\d_])")


@dataclass(slots=True)
class _Segment:
    text: str
    x0: float
    x1: float


@dataclass(slots=True)
class _Line:
    segments: list[_Segment]
    top: float
    bottom: float
    height: float
    kind: str = "paragraph"       # "paragraph" | "table_row" | "column"
    right_edge: float = 0.0       # where full lines on this page end
    text_width: float = 0.0
    gap_before: float | None = None  # blank space above, from the line before on this page
    line_gap: float = 0.0         # the usual space between lines of a paragraph on this page
    left_edge: float = 0.0        # where lines on this page start
    margin: float = 0.0           # the right margin: where the longest lines on this page end
    first_word: float = 0.0       # width of the line's first word
    space: float = 0.0            # width of a space between its words

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments)

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def x1(self) -> float:
        return self.segments[-1].x1


@dataclass(slots=True)
class _Page:
    lines: list[_Line] = field(default_factory=list)
    height: float = 842.0
    width: float = 595.0
    words: list[dict] = field(default_factory=list)  # the text layer's words, for OCR to merge with

    def in_margin(self, line: _Line, side: str = "either") -> bool:
        """In the top or bottom band where running headers, footers and page numbers sit."""
        top, bottom = line.top < 0.12 * self.height, line.bottom > 0.88 * self.height
        return {"top": top, "bottom": bottom}.get(side, top or bottom)


def read_pdf(path: Path, data: bytes, sha256: str) -> RawDocument:
    """Read a PDF's text layer into one text with page starts; scanned pages are OCR'd."""
    if b"%PDF" not in data[:1024]:
        raise UnreadableDocument(str(path), "not a PDF file (no %PDF header)")
    import pdfplumber

    try:
        pdf = pdfplumber.open(str(path))
    except Exception as err:  # pdfminer raises a zoo of types on bad input
        raise UnreadableDocument(str(path), _pdf_error(err)) from None
    try:
        try:
            pages = [_read_page(page) for page in pdf.pages]
            no_text = sum(len(line.text) for p in pages for line in p.lines) < 5
            scans = list(range(len(pages))) if no_text else \
                [i for i, (p, page) in enumerate(zip(pdf.pages, pages)) if _is_scan(p, page)]
            drawn = [] if no_text else [i for i, (p, page) in enumerate(zip(pdf.pages, pages))
                                        if i not in scans and _drawn_without_text(p, page)]
        except Exception as err:
            raise UnreadableDocument(str(path), _pdf_error(err)) from None
        if not pages:
            raise UnreadableDocument(str(path), "PDF has no pages")
        need = "PDF has no text layer" if no_text else f"{_page_list(scans)} " + (
            "is a scanned image" if len(scans) == 1 else "are scanned images") + \
            " under a thin text layer (page headers, stamps, signatures)"
        ocred = _ocr_pages(str(path), pdf, pages, scans, need) if scans else False
        if drawn:
            ocred = _ocr_pages(str(path), pdf, pages, drawn, None, len(scans)) or ocred
    finally:
        try:
            pdf.close()
        except Exception:  # closing walks the pages again; a broken page tree fails once more
            pass
    headers = [line for page in pages for line in _drop_furniture(page)]
    _drop_running_lines(pages)
    for page in pages:
        _set_right_edge(page.lines)  # measured again without the running header, often wider
    _share_margins(pages)
    for page in pages:
        page.lines = _read_columns(page.lines)
        _measure_gaps(page.lines)
    text, page_starts, blocks = _assemble(pages)
    if headers:   # Công báo page headers close the text, one a line (pipeline.read.furniture_tail)
        text = text.rstrip("\n") + "".join("\n" + " ".join(h.split()) for h in headers)
    text = _repair_legacy_font(text)
    if not text.strip():
        raise UnreadableDocument(str(path), "OCR found no text in the PDF" if no_text else "PDF has no text")
    return RawDocument(path=str(path), format="pdf", text=text, sha256=sha256, encoding=None,
                       pages=tuple(page_starts), blocks=tuple(blocks), ocr=ocred)


# --- scanned pages --------------------------------------------------------------------------

_THIN_TEXT = 250 / (595 * 842)  # characters per square point: a tenth of a full A4 page of text


def _is_scan(plumber_page, page: _Page) -> bool:
    """A scanned page: images cover a good part of it (10 %, counting only images of 2 % of the
    page or more, so a logo or a stamp does not count) and its text layer is thin: under a
    tenth of a page of text once the page furniture (Công báo header, page number,
    digital-signature stamp) is left aside. Signed scans carry such a layer; a page with a real
    text layer is never OCR'd."""
    width, height = float(plumber_page.width), float(plumber_page.height)
    area = max(width * height, 1.0)
    covered = 0.0
    for image in plumber_page.images:
        w = min(float(image["x1"]), width) - max(float(image["x0"]), 0.0)
        h = min(float(image["bottom"]), height) - max(float(image["top"]), 0.0)
        if w > 0 and h > 0 and w * h >= 0.02 * area:
            covered += w * h
    if covered < 0.10 * area:
        return False
    furniture = sum(len(ln.text) for ln in page.lines
                    if furniture_kind(ln.text) or (page.in_margin(ln) and _PAGE_NUMBER.match(ln.text)))
    return len(plumber_page.chars) - furniture < _THIN_TEXT * area  # chars: rotated text counts too


def _drawn_without_text(plumber_page, page: _Page) -> bool:
    """A page with no text that draws something (letters drawn as outlines, a small scan):
    worth OCR when Tesseract is there, as the signed annex or the colophon may be one."""
    return sum(len(ln.text) for ln in page.lines) < 5 and bool(plumber_page.images or plumber_page.curves)


def _ocr_pages(path: str, pdf, pages: list[_Page], which: list[int], need: str | None,
               done: int = 0) -> bool:
    """OCR the pages ``which`` and lay each out with its own text layer; True if any was read.

    ``need`` says why OCR is needed: without Tesseract that is an ``OCRUnavailable`` error, and
    a page Tesseract fails on an ``UnreadableDocument``. ``need=None`` is best effort: nothing
    happens without Tesseract and a failed page keeps what it had. Past ``max_pages()`` pages
    in all (``done`` already OCR'd) the document is refused, or best effort stops."""
    import subprocess

    from vanban.pipeline.read.ocr import can_ocr, max_pages, ocr_words, require_ocr
    if need is None and not can_ocr():
        return False
    if need is not None:
        require_ocr(path, need, "them" if len(which) > 1 else "it")
        if done + len(which) > max_pages():
            raise UnreadableDocument(path, f"{done + len(which)} scanned pages to OCR, more than the limit "
                                           f"of {max_pages()} (raise VANBAN_OCR_MAX_PAGES to read it)")
    read = False
    for i in which[:max(0, max_pages() - done)]:
        try:
            words = ocr_words(pdf.pages[i])
        except (RuntimeError, subprocess.TimeoutExpired) as err:
            if need is None:
                continue
            raise UnreadableDocument(path, f"OCR failed on page {i + 1}: {err}") from None
        pages[i].lines = _merge_ocr(pages[i], words)
        read = read or bool(words)
    return read


def _page_list(pages: list[int]) -> str:
    """"page 3", "pages 1-2", "pages 1-4, 7" (1-based) for the 0-based ``pages``."""
    runs: list[list[int]] = []
    for p in pages:
        if runs and p == runs[-1][-1] + 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    text = ", ".join(f"{r[0] + 1}" if len(r) == 1 else f"{r[0] + 1}-{r[-1] + 1}" for r in runs)
    return ("page " if len(pages) == 1 else "pages ") + text


def _merge_ocr(page: _Page, ocr: list[dict]) -> list[_Line]:
    """The page's lines from its own text layer and the OCR'd words, laid out together so each
    text-layer line sits where it is on the page. What both hold is kept once, from the text
    layer: an OCR'd line that reads as a text-layer line, and an OCR'd word drawn where a
    text-layer word is."""
    own = page.words
    own_keys = [k for k in (_text_key(ln.text) for ln in page.lines) if len(k) >= 3]
    by_line: dict[tuple, list[dict]] = {}
    for w in ocr:
        by_line.setdefault(w["line"], []).append(w)
    kept: list[dict] = []
    for words in by_line.values():
        key = _text_key(" ".join(w["text"] for w in words))
        if any(_similar(key, k) for k in own_keys):
            continue
        kept += [w for w in words if not any(_overlap(w, o) for o in own)]
    lines = _group_lines(own + kept)
    lines.sort(key=lambda ln: (round(ln.top, 1), ln.x0))
    _set_right_edge(lines)
    return lines


def _text_key(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _similar(a: str, b: str) -> bool:
    """Two lines read alike (OCR slips aside): "CÔNG BÁO/Số 293/Ngày 31-05-2026 §1" ~ "... 81"."""
    from difflib import SequenceMatcher
    if not a or not b or min(len(a), len(b)) < 0.7 * max(len(a), len(b)):
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.8


def _overlap(a: dict, b: dict) -> bool:
    """The boxes of two words share a third of the smaller one."""
    w = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
    h = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    if w <= 0 or h <= 0:
        return False
    smaller = min((a["x1"] - a["x0"]) * (a["bottom"] - a["top"]), (b["x1"] - b["x0"]) * (b["bottom"] - b["top"]))
    return w * h >= smaller / 3


def _drop_furniture(page: _Page) -> list[str]:
    """Drop Công báo page headers wherever they sit, and digital-signature stamps: a run of
    stamp lines ("Người ký: ...", "Cơ quan: ...", "Thời gian ký: ...") that names a signer.
    Returns the page headers' text, which closes the document's text."""
    kinds = [furniture_kind(ln.text) if ln.kind != "table_row" else None for ln in page.lines]
    drop = {i for i, k in enumerate(kinds) if k == "gazette"}
    i = 0
    while i < len(kinds):
        j = i
        while j < len(kinds) and kinds[j] in ("signer", "signature"):
            j += 1
        if j - i >= 2 and "signer" in kinds[i:j]:
            drop.update(range(i, j))
        i = max(j, i + 1)
    headers = [page.lines[i].text for i, k in enumerate(kinds) if k == "gazette"]
    if drop:
        page.lines = [ln for i, ln in enumerate(page.lines) if i not in drop]
    return headers


def _pdf_error(err: Exception) -> str:
    """One short reason from whatever pdfminer raised (pdfplumber may wrap it)."""
    name = type(err).__name__
    inner = err.__cause__ or next((a for a in err.args if isinstance(a, Exception)), None)
    names = {name, type(inner).__name__ if inner else ""}
    if any("Password" in n or "Encrypt" in n for n in names):
        return "encrypted PDF (password required)"
    if any("Syntax" in n or "EOF" in n or "Parser" in n for n in names):
        return "damaged or truncated PDF"
    return f"damaged or truncated PDF ({name})"


# --- one page -------------------------------------------------------------------------------

def _read_page(page) -> _Page:
    tables = []
    try:
        for table in page.find_tables():
            rows = table.extract()
            if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                tables.append((table, rows))
    except Exception:  # a malformed drawing never costs the page its text
        tables = []
    boxes = [t.bbox for t, _ in tables]

    words = [w for w in page.extract_words(x_tolerance=1.5, y_tolerance=3, keep_blank_chars=False,
                                           return_chars=True)
             if w.get("upright", True) and not _inside(w, boxes)]
    lines = _group_lines(words)
    for table, rows in tables:
        if _laid_out_in_columns(rows, first=not any(ln.top < table.bbox[1] for ln in lines)):
            # an official header or signature block drawn as a ruled table: column by column
            cells = [(c or "").split("\n") for col in (0, 1) for r in rows if len(r) > col for c in (r[col],)]
            texts = [" ".join(t.split()) for cell in cells for t in cell if t.strip()]
            x0, top, x1, _ = table.bbox
            lines += [_Line([_Segment(t, x0, x1)], top + 0.1 * k, top + 0.1 * k + 0.05, 1.0, kind="column")
                      for k, t in enumerate(texts)]
            continue
        for row, cells in zip(table.rows, rows):
            texts = [" ".join((c or "").split()) for c in cells]
            if any(texts):
                x0, top, x1, bottom = row.bbox
                lines.append(_Line([_Segment(" | ".join(t for t in texts), x0, x1)], top, bottom,
                                   bottom - top, kind="table_row"))
    lines.sort(key=lambda ln: (round(ln.top, 1), ln.x0))
    _set_right_edge(lines)
    return _Page(lines, float(page.height), float(page.width), words)


_MOTTO = re.compile(r"CỘNG\s+H[ÒO]À?\s+XÃ\s+HỘI|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM", re.I)


def _laid_out_in_columns(rows: list[list[str | None]], first: bool) -> bool:
    """The same rule as for DOCX tables: two columns, and cells of several lines, or the motto
    in the table that opens the page, or a "Nơi nhận" block."""
    if not rows or max(len(r) for r in rows) != 2:
        return False
    cells = [c or "" for r in rows for c in r]
    return any("\n" in c.strip() for c in cells) or cells[0].startswith("Nơi nhận") \
        or (first and any(_MOTTO.search(" ".join(c.split())) for c in cells))


def _inside(word: dict, boxes) -> bool:
    cx = (word["x0"] + word["x1"]) / 2
    cy = (word["top"] + word["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def _group_lines(words: list[dict]) -> list[_Line]:
    """Words on one baseline form a line; a gap much wider than the line's other word gaps
    (and at least about a font size) splits it into segments, which is how a two-column
    header shows up. Justified lines, whose gaps are all wide, stay whole."""
    words = sorted(words, key=lambda w: (w["top"], w["x0"]))
    rows: list[list[dict]] = []
    for w in words:
        h = max(w["bottom"] - w["top"], 1.0)
        if rows and abs(w["top"] - rows[-1][0]["top"]) <= 0.5 * h:
            rows[-1].append(w)
        else:
            rows.append([w])
    lines = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        height = max(w["bottom"] - w["top"] for w in row)
        gaps = sorted(b["x0"] - a["x1"] for a, b in zip(row, row[1:]))
        usual = gaps[(len(gaps) - 1) // 2] if len(gaps) > 1 else 0.0
        wide = max(0.8 * height, 3 * usual) if len(gaps) > 1 else 2 * height
        segments = [_Segment(_word_text(row[0]), row[0]["x0"], row[0]["x1"])]
        for w in row[1:]:
            gap = w["x0"] - segments[-1].x1
            if gap > wide:
                segments.append(_Segment(_word_text(w), w["x0"], w["x1"]))
            else:
                segments[-1].text += ("" if gap < 0.1 * height and _glued(segments[-1].text, w) else " ") \
                    + _word_text(w)
                segments[-1].x1 = max(segments[-1].x1, w["x1"])
        lines.append(_Line(segments, min(w["top"] for w in row), max(w["bottom"] for w in row), height,
                           first_word=row[0]["x1"] - row[0]["x0"], space=usual or 0.25 * height))
    return lines


def _glued(previous: str, word: dict) -> bool:
    """A word that starts with a combining mark belongs to the letter before it."""
    return bool(word["text"]) and unicodedata.combining(word["text"][0]) > 0


_LEGACY_FONT = re.compile(r"^(?:[A-Z]{6}\+)?\.?Vn", re.I)  # ".VnTime", "ABCDEF+VnTimes-Bold"


def _word_text(word: dict) -> str:
    text = word["text"]
    if not text.isascii() and any(_LEGACY_FONT.match(c.get("fontname", "")) for c in word.get("chars", ())):
        text = _tcvn3_chars(word)
    if any(unicodedata.combining(c) for c in text):
        text = _MISPLACED_MARK.sub(r"\2\1", text)
    return unicodedata.normalize("NFC", text)


def _tcvn3_chars(word: dict) -> str:
    """Letters drawn with a TCVN3 (.Vn) font without a Unicode map come out as their Latin-1
    look-alikes ("Qu¶ng"); map those characters through the TCVN3 table, one for one."""
    from vanban.pipeline.read.legacy import decode
    from vanban.pipeline.read.text import legacy_bytes
    out = []
    for c in word["chars"]:
        ch = c["text"]
        if len(ch) == 1 and not ch.isascii() and _LEGACY_FONT.match(c.get("fontname", "")):
            data = legacy_bytes(ch)
            ch = decode(data, "tcvn3") if data is not None else ch
        out.append(ch)
    return "".join(out) if len(out) == len(word["text"]) else word["text"]


def _set_right_edge(lines: list[_Line]) -> None:
    """Measure the page: where full lines end, and the usual gap between a paragraph's lines."""
    body = [ln for ln in lines if ln.kind == "paragraph" and len(ln.segments) == 1]
    _measure_gaps(lines)
    if not body:
        return
    starts = sorted(ln.x0 for ln in body)
    left = starts[len(starts) // 10]  # one stray line further left (an id in the margin) is no edge
    right = max(ln.x1 for ln in body)
    wide = sorted(ln.x1 for ln in body if ln.x1 - ln.x0 > 0.6 * (right - left))
    edge = wide[len(wide) // 2] if wide else right
    gaps = sorted(ln.gap_before for ln in body if ln.gap_before is not None and ln.gap_before > -1)
    usual = gaps[len(gaps) // 4] if gaps else 0.0  # most lines sit inside paragraphs
    for ln in lines:
        ln.right_edge, ln.text_width, ln.line_gap, ln.left_edge = edge, max(edge - left, 1.0), usual, left
        ln.margin = wide[-1] if len(wide) >= 8 else 0.0  # too few full lines: no margin to trust


def _share_margins(pages: list[_Page]) -> None:
    """A page of a few lines (the signature page) takes the right margin its document's full
    pages share, since a page of short lines alone would put the margin at its longest line."""
    measured: dict[int, list[float]] = {}
    for page in pages:
        if page.lines and page.lines[0].margin > 0:
            measured.setdefault(round(page.width), []).append(page.lines[0].margin)
    for page in pages:
        margins = sorted(measured.get(round(page.width), ()))
        if margins and page.lines and page.lines[0].margin <= 0:
            for ln in page.lines:
                ln.margin = margins[len(margins) // 2]


def _measure_gaps(lines: list[_Line]) -> None:
    if lines:
        lines[0].gap_before = None  # nothing above it on this page (any header is gone)
    for prev, ln in zip(lines, lines[1:]):
        ln.gap_before = ln.top - prev.bottom


# --- across pages ---------------------------------------------------------------------------

def _running_key(text: str) -> str:
    """Same on every page modulo digits (page numbers); a line of digits only (the gazette's
    document id "469546" at each page foot) keeps its digits."""
    key = re.sub(r"[\d\s]+", "", text).casefold()
    return key or "#" + "".join(text.split())


def _drop_running_lines(pages: list[_Page], edge: int = 2) -> None:
    """Drop page headers/footers (same text on most pages, modulo digits) and page numbers."""
    counts: Counter[str] = Counter()
    for page in pages:
        candidates = [ln for ln in page.lines[:edge] + page.lines[-edge:] if page.in_margin(ln)]
        counts.update({_running_key(ln.text) for ln in candidates if ln.kind != "table_row"})
    needed = max(2, math.ceil(0.6 * len(pages)))

    def running(page: _Page, ln: _Line, side: str) -> bool:
        if ln.kind == "table_row" or not page.in_margin(ln, side):
            return False
        if _PAGE_NUMBER.match(ln.text):
            return True
        key = _running_key(ln.text)
        return len(key) >= 4 and len(pages) >= 2 and counts[key] >= needed \
            and not PDF_LINE_START.match(ln.text)  # "Điều 3." atop two pages is no header

    for page in pages:  # peel from the top and the bottom, never from the middle
        lines = page.lines
        top = 0
        while top < min(edge, len(lines)) and running(page, lines[top], "top"):
            top += 1
        bottom = len(lines)
        while bottom > max(top, len(lines) - edge) and running(page, lines[bottom - 1], "bottom"):
            bottom -= 1
        page.lines = lines[top:bottom]


def _read_columns(lines: list[_Line]) -> list[_Line]:
    """Where lines split into a left and a right part (the official header, the signature
    block), read all left parts top-down, then all right parts.

    The run starts at a line with a wide gap and keeps the lines that leave the gutter
    between the columns free: the gutter narrows to what every line leaves blank, and a line
    that would close it (a centred title) ends the run."""
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.kind != "paragraph" or len(line.segments) < 2:
            out.append(line)
            i += 1
            continue
        a, b = max(zip(line.segments, line.segments[1:]), key=lambda ab: ab[1].x0 - ab[0].x1)
        gutter = (a.x1, b.x0)
        run = [line]
        j = i + 1
        while j < len(lines) and lines[j].top - run[-1].bottom < 3 * line.height:
            narrowed = _gutter(lines[j], gutter)
            if narrowed is None:
                break
            gutter = narrowed
            run.append(lines[j])
            j += 1
        while out and run[0].top - out[-1].bottom < 3 * line.height and not (
                len(out) > 1 and _reaches(out[-2])):  # the tail of a wrapped paragraph stays put
            narrowed = _gutter(out[-1], gutter)
            if narrowed is None:
                break
            gutter = narrowed
            run.insert(0, out.pop())
        middle = (gutter[0] + gutter[1]) / 2
        for left in (True, False):
            for ln in run:
                parts = [s for s in ln.segments if ((s.x0 + s.x1) / 2 < middle) == left]
                if parts:
                    out.append(_Line(parts, ln.top, ln.bottom, ln.height, "column",
                                     ln.right_edge, ln.text_width))
        i = j
    return out


def _gutter(line: _Line, gutter: tuple[float, float], tolerance: float = 2.0) -> tuple[float, float] | None:
    """The gutter ``(left end, right start)`` still free once ``line`` joins the columns, or
    ``None`` when the line crosses it."""
    if line.kind != "paragraph":
        return None
    lo, hi = gutter
    for s in line.segments:
        if s.x1 <= hi - tolerance:       # in the left column
            lo = max(lo, s.x1)
        elif s.x0 >= lo + tolerance:     # in the right column
            hi = min(hi, s.x0)
        else:
            return None
    return (lo, hi) if hi - lo > tolerance else None


def _is_upper(text: str) -> bool:
    """A line in capitals ("BÁO CÁO", "CHỦ TỊCH"); one capital word ("KL/TW.") is not one."""
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 and all(c.isupper() for w in words for c in w if c.isalpha())


def _is_capitals_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _continues(prev: _Line, nxt: _Line) -> bool:
    """Does ``nxt`` carry on the paragraph that ``prev`` left at a line break?

    A line that runs to the right margin was wrapped by the layout, so the next line goes on
    with it, unless the next line opens a list item or numbered heading, or stands apart as a
    new paragraph (more space above it, or a first-line indent). Otherwise a line continues
    only when it ends mid-sentence and the next line starts in lowercase."""
    if prev.kind != "paragraph" or nxt.kind != "paragraph":
        return False
    a, b = prev.text.rstrip(), nxt.text.lstrip()
    if not a or not b:
        return False
    if PDF_LINE_START.match(b):
        if _REFERENCE.match(b) and a[-1] not in _SENTENCE_END:
            return _wrapped(prev, nxt)  # "đối tượng quy định tại" / "Điều 3 đã từ trần ..."
        # "Hoằng Hóa - Sầm Sơn và Quảng Xương" / "- Tĩnh Gia": a hyphen the wrap put first
        return b[0] == "-" and a[-1].isalnum() and _wrapped(prev, nxt, slack=0.0) and not _is_upper(a)
    mid_sentence = a[-1] not in _SENTENCE_END and b[0].islower()
    indent = nxt.x0 - nxt.left_edge
    first_line_indent = 0.8 * nxt.height < indent < 0.2 * nxt.text_width
    new_paragraph = (nxt.gap_before is not None and nxt.gap_before > nxt.line_gap + 0.25 * nxt.height) \
        or nxt.x0 - prev.x0 > 0.8 * nxt.height or first_line_indent
    reaches = _wrapped(prev, nxt)
    upper_a = _is_upper(a)
    # "... HỌC TẬP NGHỊ" / "QUYẾT", "... CHỦ NGHĨA" / "VIỆT NAM Độc lập": capitals go on
    upper_b = _is_upper(b) or (upper_a and _is_capitals_word(b.split()[0]))
    if upper_a or upper_b:  # a capitals title wraps onto capitals, never onto body text
        return upper_a and upper_b and reaches and not new_paragraph and a[-1] not in _SENTENCE_END
    tight = nxt.gap_before is not None and nxt.gap_before <= nxt.line_gap + 0.25 * nxt.height
    if tight and (_centered(prev) or reaches) and _centered(nxt) and a[-1] not in _SENTENCE_END:
        return True  # a title set in several centred lines ("Sơ kết 5 năm ... Trung ương" / "Đảng ...")
    if new_paragraph:
        return mid_sentence
    return reaches or mid_sentence


def _wrapped(prev: _Line, nxt: _Line, slack: float = 0.3) -> bool:
    """The layout broke ``prev`` because the first word of ``nxt`` did not fit after it, which
    is how a paragraph wraps whatever that word is ("Kế hoạch số" / "101-KH/TU", "ngày 15
    tháng" / "4 năm 2022"); a word that would have fit means the author broke the line.
    Without a measured margin, a line wrapped when it runs close to the right edge."""
    if prev.margin <= 0 or nxt.first_word <= 0 or prev.space <= 0:
        return _reaches(prev)
    return prev.x1 + prev.space + nxt.first_word > prev.margin - slack * prev.height


def _reaches(line: _Line) -> bool:
    """The line runs to the right margin: the layout wrapped it."""
    return line.right_edge > 0 and line.x1 >= line.right_edge - 0.12 * line.text_width


def _centered(line: _Line) -> bool:
    if line.right_edge <= 0:
        return False
    middle = (line.left_edge + line.right_edge) / 2
    return abs((line.x0 + line.x1) / 2 - middle) < 0.04 * line.text_width \
        and line.x0 > line.left_edge + 0.04 * line.text_width and line.x1 - line.x0 < 0.85 * line.text_width


def _assemble(pages: list[_Page]) -> tuple[str, list[int], list[Block]]:
    parts: list[str] = []
    starts: list[int] = []
    blocks: list[Block] = []
    pos = 0
    prev: _Line | None = None
    for page in pages:
        first = True
        for line in page.lines:
            text = line.text.strip()
            if not text:
                continue
            if prev is not None:
                sep = " " if _continues(prev, line) else "\n"
                parts.append(sep)
                pos += 1
            if first:
                starts.append(pos)
                first = False
            if line.kind == "table_row":
                blocks.append(Block("table_row", pos, pos + len(text)))
            parts.append(text)
            pos += len(text)
            prev = line
        if first:
            starts.append(pos)
    return "".join(parts), starts, blocks


def _repair_legacy_font(text: str) -> str:
    """Text drawn with an old .Vn (TCVN3) font and no Unicode map comes out as Latin-1
    look-alikes ("Qu¶ng"); decode it when that makes it read as Vietnamese."""
    if text.isascii() or any(ord(c) > 0xFF for c in text if not c.isspace()):
        return text
    from vanban.pipeline.read.text import repair_legacy
    return repair_legacy(text, ("tcvn3",)) or text  # one byte per letter: offsets hold
