"""Page furniture: lines that belong to the page, not to the document (the Công báo page
header, the lines of a digital-signature stamp). The table is data,
``models/structure/page_furniture.tsv``; the PDF reader takes these lines out of the pages where
it finds them, and normalisation takes them out of any text (``page_furniture``), page markers
("===== Trang 8 =====") and the page number under them too. The Công báo headers are not lost: they close
the text, one a line (``furniture_tail``), out of the sentences they cut and of the document's
sections, still text whose dates count ("CÔNG BÁO/Số 271/Ngày 12-05-2026").
"""
from __future__ import annotations

import re
from functools import lru_cache

from vanban.pipeline.resources import read_model_text



@lru_cache(maxsize=1)
def _furniture_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """``models/structure/page_furniture.tsv``: kind -> one regex of all its rows."""
    rows: dict[str, list[str]] = {}
    for line in read_model_text("structure/page_furniture.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, pattern = line.split("\t", 1)
            rows.setdefault(kind.strip(), []).append(pattern.strip())
    return tuple((kind, re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE))
                 for kind, pats in rows.items())


def furniture_kind(line: str) -> str | None:
    """What kind of page furniture a whole line is: ``"gazette"`` (a Công báo page header),
    ``"signer"`` / ``"signature"`` (lines of a digital-signature stamp), or ``None``.

    >>> furniture_kind("CÔNG BÁO/Số 271/Ngày 12-05-2026 86"), furniture_kind("Số: 27/2026/NQ-CP")
    ('gazette', None)
    """
    text = " ".join(line.split())
    if not text or len(text) > 200:
        return None
    for kind, pattern in _furniture_patterns():
        if pattern.fullmatch(text):
            return kind
    return None


#: The furniture normalisation sets aside to close the text rather than deleting it: Công báo page
#: headers and the lines of a signature stamp (their dates count).
SET_ASIDE = ("gazette", "signer", "signature")


def furniture_tail(text: str) -> int:
    r"""Offset where the Công báo page headers and signature stamps that close ``text`` begin
    (``len(text)`` if none): normalisation gathers them there, one a line, out of the sentences they cut.

    >>> t = "Điều 5. Hiệu lực thi hành./.\nCÔNG BÁO/Số 271/Ngày 12-05-2026\nCÔNG BÁO/Số 272/Ngày 12-05-2026"
    >>> t[furniture_tail(t):].splitlines()[0]
    'CÔNG BÁO/Số 271/Ngày 12-05-2026'
    """
    tail, pos = len(text), len(text)
    while pos > 0:
        line_start = text.rfind("\n", 0, pos) + 1
        if furniture_kind(text[line_start:pos]) not in SET_ASIDE:
            break
        tail, pos = line_start, line_start - 1
    return tail


# --- in a text: page markers and Công báo headers ------------------------------------------

#: A line that only marks a page ("===== Trang 8 =====", "--- Page 3 ---", "=== TRANG 2/10 ==="),
#: as text extracted page by page from a PDF or a scan carries it.
PAGE_MARKER_RE = re.compile(
    r"[ \t]*[=\-–—_*#~]{2,}[ \t]*(?:trang|page)[ \t]*(?P<n>\d{1,4})(?:[ \t]*/[ \t]*\d{1,4})?[ \t]*"
    r"[=\-–—_*#~]{2,}[ \t]*",
    re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_TRAILING_NUMBER = re.compile(r"(?<![\d.,/])(\d[\d \t]*)[ \t\-–—]*$")


def _is_running_header(line: str, page: str) -> bool:
    """The page number or running header printed at the top of page ``page``: "8", "- 8 -",
    "18.KLTW75.DOC 9" (OCR'd "1 0" for 10 too): short, no lowercase word, ending in the number."""
    body = line.strip().lstrip("-–— \t")
    if not 0 < len(body) <= 40 or any(any(c.islower() for c in w) for w in _LETTERS.findall(body)):
        return False
    m = _TRAILING_NUMBER.search(body)
    return bool(m) and re.sub(r"\s", "", m.group(1)).lstrip("0") == page.lstrip("0")


_BARE_NUMBER = re.compile(r"[ \t]*\d{1,4}[ \t]*")


def _numbers_under_headers(lines: list[str]) -> set[int]:
    """The bare page numbers printed on the line under a Công báo header (odd pages)."""
    found = set()
    for i, line in enumerate(lines):
        if "/" in line and furniture_kind(line) == "gazette":
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines) and _BARE_NUMBER.fullmatch(lines[j]):
                found.add(int(lines[j]))
    return found
_GAZETTE_HINT = re.compile(r"B[ÁAẢ]O ?/ ?S", re.IGNORECASE)  # cheap test before the line-by-line one


@lru_cache(maxsize=4)
def page_furniture(text: str) -> tuple[tuple[int, int], ...]:
    r"""Spans of the page-marker lines in ``text`` and of the page number or running header on the
    first non-empty line under each: not content (the PDF reader drops the same furniture).

    >>> t = "hết trang\n===== Trang 2 =====\n2\ntiếp theo"
    >>> [t[a:b] for a, b in page_furniture(t)]
    ['===== Trang 2 =====', '2']

    So do the lines of a digital-signature stamp that a text extracted from a signed PDF keeps, wherever it
    falls, and Công báo page headers, with a bare page number on the line under them:

    >>> t = "CÔNG BÁO/Số 293/Ngày 31-05-2026\n82\n2. Hội Liên hiệp"
    >>> [t[a:b] for a, b in page_furniture(t)]
    ['CÔNG BÁO/Số 293/Ngày 31-05-2026', '82']

    Some text layers print the number twice under the header (realworld72 809, "41" / "" / "41"); both go:

    >>> t = "cột A.\nCÔNG BÁO/Số 295/Ngày 07-02-2025\n41\n \n41\n- Cột 3: Ghi số vốn"
    >>> [t[a:b] for a, b in page_furniture(t)]
    ['CÔNG BÁO/Số 295/Ngày 07-02-2025', '41', '41']

    An even page prints its number on the line above its header; it is the page number when it
    follows or precedes one printed under another header:

    >>> t = "CÔNG BÁO/Số 97/Ngày 25-01-2023\n25\nnghề,\n26\nCÔNG BÁO/Số 97/Ngày 25-01-2023\ncông việc"
    >>> [t[a:b] for a, b in page_furniture(t)]
    ['CÔNG BÁO/Số 97/Ngày 25-01-2023', '25', '26', 'CÔNG BÁO/Số 97/Ngày 25-01-2023']
    """
    markers = "rang" in text or "RANG" in text or "age" in text or "AGE" in text
    gazette = _GAZETTE_HINT.search(text) is not None
    stamp = " ký" in text or "igned" in text
    if not markers and not gazette and not stamp:
        return ()
    out: list[tuple[int, int]] = []
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    under = _numbers_under_headers(lines) if gazette else set()
    i = 0
    while i < len(lines):
        if gazette and "/" in lines[i] and furniture_kind(lines[i]) == "gazette":
            k = i - 1
            while k > 0 and not lines[k].strip():
                k -= 1
            if k >= 0 and _BARE_NUMBER.fullmatch(lines[k]) and {int(lines[k]) - 1, int(lines[k]) + 1} & under \
                    and (not out or out[-1][1] <= starts[k]):
                out.append((starts[k], starts[k] + len(lines[k])))  # "26" above the header of page 26
            out.append((starts[i], starts[i] + len(lines[i])))
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines) and _BARE_NUMBER.fullmatch(lines[j]):
                out.append((starts[j], starts[j] + len(lines[j])))
                i = j
                k = j + 1
                while k < len(lines) and not lines[k].strip():
                    k += 1
                if k < len(lines) and _BARE_NUMBER.fullmatch(lines[k]) and lines[k].strip() == lines[j].strip():
                    out.append((starts[k], starts[k] + len(lines[k])))   # the same number printed twice
                    i = k
            i += 1
            continue
        if stamp and furniture_kind(lines[i]) == "signer":
            # a digital-signature stamp: its signer line and the lines of the stamp under it
            j = i + 1
            while j < len(lines) and furniture_kind(lines[j]) == "signature":
                j += 1
            if j > i + 1:
                out += [(starts[k], starts[k] + len(lines[k])) for k in range(i, j)]
                i = j
                continue
        pm = PAGE_MARKER_RE.fullmatch(lines[i]) if markers else None
        if pm:
            out.append((starts[i], starts[i] + len(lines[i])))
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines) and _is_running_header(lines[j], pm.group("n")):
                out.append((starts[j], starts[j] + len(lines[j])))
                i = j
        i += 1
    return tuple(out)
