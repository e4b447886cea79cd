"""Normalise a ``RawDocument`` into a ``Document`` whose text later steps can trust.

One text, one spelling: Unicode NFC, one tone-mark convention ("hoà" -> "hòa", "thuỷ" -> "thủy"),
plain dashes, quotes and spaces, no Markdown residue, and sentences that a hard line or paragraph
break cut in two joined again. Every edit is a regex pass that also carries, for each output
character, the source offset it came from; the result is compressed into ``Document.offsets``
so any span in ``Document.text`` can be traced back to the original (page, line).

>>> from vanban.pipeline.model import RawDocument
>>> doc = normalize(RawDocument("x.txt", "txt", "### **1. Thuận lợi**\\nKinh tế thị trường\\n\\nđịnh hướng", "0"))
>>> doc.text
'1. Thuận lợi\\nKinh tế thị trường định hướng'
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from functools import cache

import numpy as np

from vanban.pipeline.model import Block, Document, OffsetMap, RawDocument
from vanban.pipeline.resources import read_model_text
from vanban.pipeline.text import normalize_chars, place_tones, plain_chars
from vanban.pipeline.text.labels import ARTICLE, BARE_LABEL, CHAPTER, LETTER, LINE_START, PART, ROMAN, SECTION, arabic

fold = normalize_chars  # the name index/search.py imports (throughput's file)

# --- character classes ---------------------------------------------------------------------

_TONED = {  # base vowel -> its five toned forms (huyền, sắc, hỏi, ngã, nặng)
    "a": "àáảãạ", "ă": "ằắẳẵặ", "â": "ầấẩẫậ", "e": "èéẻẽẹ", "ê": "ềếểễệ", "i": "ìíỉĩị",
    "o": "òóỏõọ", "ô": "ồốổỗộ", "ơ": "ờớởỡợ", "u": "ùúủũụ", "ư": "ừứửữự", "y": "ỳýỷỹỵ",
}
VI_LOWER = "abcdefghijklmnopqrstuvwxyzđăâêôơư" + "".join(_TONED.values())
VI_UPPER = VI_LOWER.upper()
_LOWER_CLASS = "[" + re.escape("".join(sorted(set(VI_LOWER)))) + "]"
_UPPER_CLASS = "[" + re.escape("".join(sorted(set(VI_UPPER)))) + "]"

# --- the passes ----------------------------------------------------------------------------

_COMBINING = re.compile(r".[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff]+", re.S)
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f]+")
_CR = re.compile(r"\r\n?")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]+")

_MD_HEADING = re.compile(r"^[ ]{0,3}(#{1,6})[ ]+(?=\S)", re.M)
# "(?<! )": from the first blank of a run only; tried from each blank, a long run was re-read
# from every one of them (quadratic) before the runs of blanks are folded below
_MD_HEADING_CLOSE = re.compile(r"(?<! )[ ]+#+[ ]*$", re.M)
# Cyrillic letters that look like Latin ones, typed into a Latin code ("06/2022/TT-BТС" with a Cyrillic
# "Т" and "С", realworld28 562): folded to the Latin letters, one for one, only beside Latin letters,
# digits, "-" or "/" (a word wholly in Cyrillic stays)
_HOMOGLYPHS = str.maketrans("АВЕКМНОРСТХаеорсхуІ", "ABEKMHOPCTXaeopcxyI")
_CYRILLIC_IN_CODE = re.compile(r"(?<=[A-Za-z0-9/-])[АВЕКМНОРСТХаеорсхуІ]+|[АВЕКМНОРСТХаеорсхуІ]+(?=[A-Za-z0-9/-])")
_MD_STRONG = re.compile(r"\*{2,}|_{2,}")
# a power of ten whose exponent a page's converter left as bold marks ("Quặng (10<sup>3</sup> tấn)" ->
# "(10**3 tấn)"): the exponent goes back up ("10³ tấn"), or the marks go and it reads "103 tấn"
_POWER_OF_TEN = re.compile(r"(?<![\d.,*])10\*\*(\d{1,2})(?= ?[a-zà-ỹđ%])")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_MD_EM = re.compile(r"\*(?<![*\w\\]\*)(?=[^\s*])((?:[^*\n]|\n(?![ ]*\n))*?[^\s*])?\*(?![*\w])")
# emphasis closed after its trailing blank, as HTML converters write "<em>6.1. </em>Hàng năm":
# "*6.1. *Hàng năm", "*Đơn vị chủ trì: *Sở Nội vụ."
_MD_EM_OPEN_END = re.compile(r"(?<![*\w\\])\*(?=[^\s*])([^*\n]{1,80}?[ \t])\*(?=[^\s*])")
_MD_ESCAPE = re.compile(r"\\(?=[-*_#|.()\[\]`>+!])")
_MD_TABLE_RULE = re.compile(r"^[ ]*\|?[ ]*:?-{3,}:?[ ]*(\|[ ]*:?-{3,}:?[ ]*)+\|?[ ]*$\n?", re.M)
_MD_TABLE_ROW = re.compile(r"^[ ]*\|(.*\|.*)\|[ ]*$", re.M)
_MD_TABLE = re.compile(r"(?:^[ ]*\|.*\|[ ]*(?:\n|\Z))+", re.M)
_HTML_BREAK = re.compile(r"(?<! )[ ]*<br\s*/?>[ ]*", re.I)
_HTML_ENTITY = re.compile(r"&(?:nbsp|amp|lt|gt|quot|apos|ndash|mdash|hellip|#\d{2,6}|#[xX][0-9a-fA-F]{2,5});")
_BARE_RULE = re.compile(r"^[ ]*(?:[|]|[-_=*][ ]?(?:[-_=*][ ]?){2,})[ ]*$\n?", re.M)
_INLINE_RULE = re.compile(r"(?<! )[ ]+-{4,}(?=[ ]|$)", re.M)

_SPACE_RUN = re.compile(r"[ ]{2,}")
_SPACE_BEFORE_NEWLINE = re.compile(r"[ ]+\n")
_SPACE_AFTER_NEWLINE = re.compile(r"\n[ ]+")
_SPACE_BEFORE_PUNCT = re.compile(r"[ ]+(?=[,;:!?%](?:\s|$)|[.](?:\s|$)|[)\]])")
_SPACE_AFTER_OPEN = re.compile(r"[(\[][ ]+")
_MISSING_SPACE = re.compile(r"[,;](?<=[^\W\d_][,;])(?=[^\W\d_])")
# "nhân dân.Trong" -> "nhân dân. Trong": two lowercase letters, a full stop, a capitalised word;
# abbreviations ("TP.Hồ Chí Minh", "Tp.HCM", "ThS.Nguyễn") have a capital before the stop.
_MISSING_SPACE_AFTER_STOP = re.compile(
    rf"\.(?<={_LOWER_CLASS}{_LOWER_CLASS}\.)(?={_UPPER_CLASS}{_LOWER_CLASS})")

# a list item a crawled page glued to the sentence before it: "... cháy rừng. đ) Lực lượng Quân đội
# có ..." (its label the next letter after the item above it, which opens its own line)
_LETTER_ORDER = "abcdđeghiklmnopqrstuvxy"
_GLUED_ITEM = re.compile(rf"(?<=[^\W\d_][.;]) (?=([a-zđ])\) {_UPPER_CLASS})")
_ITEM_LABEL = re.compile(rf"(?:^|\n|(?<=[^\W\d_][.;]) )([a-zđ])\) (?={_UPPER_CLASS})")

_SENTENCE_END = ".;:!?\"'…"
_OPEN_QUOTES = "\"“‘'"   # a quote that opens an amended clause ("“2. Người giải quyết tố cáo ...")
_LOWER_START = re.compile(_LOWER_CLASS)


def _apply(text: str, src: np.ndarray, pattern: re.Pattern, repl: str | Callable[[re.Match], str],
           needles: str = ""):
    """One regex pass: replace matches and carry each output character's source offset.

    ``repl`` (or what it returns for a match) is a string, aligned with the match from its
    start, or a tuple of ``(start, end)`` spans of the text to keep, exactly, and strings to
    insert. ``needles``: characters a match needs; when none is in the text the pass is skipped."""
    if needles and not any(c in text for c in needles):
        return text, src
    pieces: list[str] = []
    srcs: list[np.ndarray] = []
    last = 0
    n = len(text)
    for m in pattern.finditer(text):
        a, b = m.span()
        new = repl if isinstance(repl, str) else repl(m)
        if isinstance(new, tuple):  # spans of the match to keep, with their exact offsets
            pieces.append(text[last:a])
            srcs.append(src[last:a])
            for item in new:
                if isinstance(item, str):  # inserted text, mapped to the match's start
                    pieces.append(item)
                    srcs.append(np.full(len(item), src[min(a, n - 1)], dtype=src.dtype))
                    continue
                ka, kb = item
                pieces.append(text[ka:kb])
                srcs.append(src[ka:kb])
            last = b
            continue
        if new == text[a:b]:
            continue
        pieces.append(text[last:a])
        srcs.append(src[last:a])
        if new:
            pieces.append(new)
            if len(new) == b - a:
                srcs.append(src[a:b])
            else:  # align from the start; extra characters repeat the match's last source char
                anchor = src[min(a, n - 1)] if n else 0
                idx = np.minimum(np.arange(len(new)), max(b - a - 1, 0))
                srcs.append(src[a:b][idx] if b > a else np.full(len(new), anchor, dtype=src.dtype))
        last = b
    if not pieces:
        return text, src
    pieces.append(text[last:])
    srcs.append(src[last:])
    return "".join(pieces), np.concatenate(srcs)


def _layout_table(m: re.Match):
    """A Markdown table whose cells hold lines ("ĐẢNG BỘ TỈNH LÂM ĐỒNG<br>HUYỆN ỦY BẢO LÂM") is
    the two-column header of an official document: read it column by column, one line per
    cell line, as the PDF reader does. Other tables stay rows ("A | B")."""
    block, base = m.group(), m.start()
    if not _HTML_BREAK.search(block):
        return block
    columns: dict[int, list[tuple[int, int]]] = {}
    pos = 0
    for line in block.splitlines(keepends=True):
        body = line.rstrip("\n")
        if _MD_TABLE_RULE.fullmatch(body) or not body.strip():
            pos += len(line)
            continue
        bars = [i for i, c in enumerate(body) if c == "|"]
        for col, (a, b) in enumerate(zip(bars, bars[1:])):
            cell_start = a + 1
            for part in _HTML_BREAK.split(body[cell_start:b]):
                offset = body.index(part, cell_start) if part else cell_start
                cell_start = offset + len(part)
                if part.strip():
                    lead = len(part) - len(part.lstrip())
                    columns.setdefault(col, []).append(
                        (base + pos + offset + lead, base + pos + offset + len(part.rstrip())))
        pos += len(line)
    out: list = []
    for col in sorted(columns):
        for span in columns[col]:
            if out:
                out.append("\n")
            out.append(span)
    if block.endswith("\n"):
        out.append("\n")
    return tuple(out)


_COLUMN_GAP = re.compile(r"\t+|[ \u00a0]{3,}")
_HEADER_RIGHT = re.compile(r"CỘNG\s+H[OÒ]À?\s+XÃ|ĐẢNG\s+CỘNG\s+SẢN|Độc\s+lập|ngày\s+\d+\s+tháng", re.I)


def _layout_spaced_header(text: str, src: np.ndarray) -> tuple[str, np.ndarray]:
    """A plain-text header laid out in two columns with spaces or tabs
    ("ĐẢNG BỘ TỈNH LÂM ĐỒNG          ĐẢNG CỘNG SẢN VIỆT NAM") is read column by column, left
    lines first, as the PDF, DOCX and Markdown readers do. Only the block of lines that opens
    the document, and only when its right column holds the motto or the place and date."""
    lead = len(text) - len(text.lstrip("\n \t"))
    lead = text.rfind("\n", 0, lead) + 1
    stop = text.find("\n\n", lead)
    for _ in range(2):  # a blank line may sit between the motto and the number/date row
        if stop < 0 or text.count("\n", lead, stop) >= 8:
            break
        after = text.find("\n\n", stop + 2)
        nxt = text[stop + 2: after if after >= 0 else len(text)]
        if _COLUMN_GAP.search(nxt.strip()) and _HEADER_RIGHT.search(nxt):
            stop = after
        else:
            break
    stop = len(text) if stop < 0 else stop
    block = text[lead:stop]
    if block.count("\n") > 10 or not _HEADER_RIGHT.search(block):
        return text, src
    lines, pos = [], lead
    for line in block.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    splits = []
    for start, line in lines:
        body = line.rstrip()
        indent = len(body) - len(body.lstrip())
        gap = _COLUMN_GAP.search(body, indent)
        splits.append((start, body, indent, gap))
    rights = [g.end() for _, _, _, g in splits if g]
    if not rights or not any(_HEADER_RIGHT.search(b[g.end():]) for _, b, _, g in splits if g):
        return text, src
    boundary = min(rights)
    left, right = [], []
    for start, body, indent, gap in splits:
        if not body.strip():
            continue
        if gap:
            left.append((start + indent, start + gap.start()))
            right.append((start + gap.end(), start + len(body)))
        elif indent >= boundary - 4:
            right.append((start + indent, start + len(body)))
        else:
            left.append((start + indent, start + len(body)))
    out: list = []
    for span in left + right:
        if out:
            out.append("\n")
        out.append(span)
    return _apply(text, src, re.compile(r"\A(?s:.){%d}" % stop), lambda m: tuple(out))


def _strong(m: re.Match) -> str:
    """"**" and "***" marks go; "__" goes at a word edge; rules like "______" stay."""
    run, start, end, text = m.group(), m.start(), m.end(), m.string
    if start and text[start - 1] == "\\":
        return run
    if run[0] == "*":
        return "" if len(run) <= 3 else run
    if len(run) != 2:
        return run
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return "" if not (before.isalnum() and after.isalnum()) else run


def _space_before_punct(m: re.Match) -> str:
    return m.group() if m.start() == 0 or m.string[m.start() - 1] == "\n" else ""


def _nfc(m: re.Match) -> str:
    return unicodedata.normalize("NFC", m.group())


def _is_upper_line(line: str) -> bool:
    """A line in capitals ("BÁO CÁO", "CHỦ TỊCH"); one capital word ("KL/TW.") is not one."""
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 and all(c.isupper() for w in words for c in w if c.isalpha())


def _drop_page_furniture(text: str, src: np.ndarray) -> tuple[str, np.ndarray, list[tuple[str, np.ndarray]]]:
    """Delete page-marker lines and the page number or running header under each. Công báo page
    headers are set aside, returned to close the text (``pipeline.read.furniture``)."""
    from vanban.pipeline.read.furniture import SET_ASIDE, furniture_kind, page_furniture
    spans = page_furniture(text)
    if not spans:
        return text, src, []
    keep_text, keep_src, aside, last = [], [], [], 0
    for a, b in spans:
        line = text[a:b]
        if furniture_kind(line) in SET_ASIDE:
            lead = len(line) - len(line.lstrip())
            aside.append((line.strip(), src[a + lead:a + lead + len(line.strip())]))
        b = b + 1 if text[b:b + 1] == "\n" else b  # the line with its break
        keep_text.append(text[last:a])
        keep_src.append(src[last:a])
        last = b
    keep_text.append(text[last:])
    keep_src.append(src[last:])
    return "".join(keep_text), np.concatenate(keep_src), aside


def _close_with_furniture(text: str, src: np.ndarray, aside: list[tuple[str, np.ndarray]]) -> tuple[str, np.ndarray]:
    """The page headers set aside, one a line after the text (``pipeline.read.furniture_tail``):
    out of the sentences they cut, still text (the dates they carry count)."""
    if not aside:
        return text, src
    pieces, srcs = [text], [src]
    for line, line_src in aside:
        pieces.append("\n" + line)
        srcs.append(np.concatenate(([line_src[0]], line_src)).astype(src.dtype))
    if not text:
        pieces[1], srcs[1] = pieces[1][1:], srcs[1][1:]
    return "".join(pieces), np.concatenate(srcs)


_TABLE_CELL_BAR = " | "
# a legal head alone on its line, its number on the next ("**Điều" / "14. Trách nhiệm ...",
# "**Chương" / "II**"): one heading cut in two by a crawled page's layout
_BARE_HEAD = re.compile(rf"[ \t*_#]*(?:{ARTICLE}|{ARTICLE.upper()}|{CHAPTER}|{CHAPTER.upper()})[ \t]*$")
# a bullet alone on its line, its text on the next
_BULLET_ALONE = re.compile(r"[ \t*_]*[-+•–][ \t*_]*$")
_HEAD_NUMBER = re.compile(rf"(?:{arabic()}{LETTER}?\.|{ROMAN}{{1,6}}\b)")
# an article's title closed by a consolidated text's footnote mark, glued to its last word:
# "Điều 3a. Xây dựng thang lương, bảng lương, phụ cấp lương2"
# a reference to a part of a text, not a heading: its number followed by no mark ("Mục 2 Phần XI của
# “Phần C ...”", "Điều 5 Nghị định số ..."), at the start of a line the one above cut after "tại"
_REFERENCE_HEAD = re.compile(rf"(?:{ARTICLE}|{SECTION}|{PART}|{CHAPTER})[ \t]+(?:\d{{1,3}}|{ROMAN}{{1,6}})[ \t]+(?=\S)")
# an article's title alone on its line: "Điều 3. Cơ quan thi hành án dân sự tỉnh, thành phố"
_ARTICLE_TITLE = re.compile(rf"[ \t*_#\"“]*{ARTICLE}\s+{arabic()}{LETTER}?[.:]\s+(?P<title>\S.*?)[ \t*_]*$")
_FOOTNOTED_ARTICLE = re.compile(rf"[ \t*_#]*{ARTICLE}\s+{arabic()}{LETTER}?\.\s.*[a-zà-ỹđ]\d{{1,2}}[ \t*_]*$")
_DOCUMENT_NUMBER = re.compile(r"\d{1,4}/\d{4}/[A-ZĐ]")   # "68/2024/TT-BTC"
# a clause's number at a line's start: "2. ", "3.1. "
_CLAUSE_NUMBER = re.compile(r"[ \t*_]*\d{1,2}(?:\.\d{1,2})*\.[ \t]+\S")


def _clause_title(prev: str, nxt: str, width: int) -> bool:
    """A numbered clause's title alone on its line in a page wrapped at ``width`` ("2. Công bố thông tin về tỷ lệ
    sở hữu nước ngoài" / "Công ty đại chúng phải công bố ...", a consolidated circular, realworld91 865): the clause's
    text below runs to the wrap and on past it, and the title's line left room for its first word and more (a
    paragraph's first line is indented: "4. Doanh nghiệp gửi hồ sơ ... đến" / "Ủy ban nhân dân cấp huyện ...",
    realworld46 698), so the page did not cut that line. Not a sentence's first line above its short last one ("...
    hướng dẫn, kiểm tra và báo cáo" / "Chính phủ kết quả thực hiện chính sách việc làm công.", realworld48 718) or its
    full last one ("3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam các cấp" / "Thành phố phối hợp ... thực hiện Nghị
    quyết.", realworld5 372); not a name going on ("... kiến nghị Ủy ban Chứng khoán" / "Nhà nước xử lý ...") nor a
    bracket or a quote left open ("... buộc dán tem “VIETNAM DUTY" / "NOT PAID” ...", realworld82 841), nor an item
    that cites a document ("1. Thông tư số 68/2024/TT-BTC ngày ... của Bộ trưởng" / "Bộ Tài chính sửa đổi ...")."""
    body, words, line = prev.rstrip(" \t*_"), nxt.split(), nxt.rstrip()
    return bool(_CLAUSE_NUMBER.match(prev)) and body[-1:].isalnum() and len(words) > 6 and words[0][:1].isupper() \
        and len(line) >= 0.75 * width and line[-1] not in _SENTENCE_END \
        and len(body) + 1 + len(words[0]) <= 0.9 * len(line) and not _is_upper_line(prev) \
        and not _is_upper_line(nxt) and not _line_end_words("dangling_words.txt").search(prev) \
        and not any(w[:1].isupper() for w in body.split()[-2:]) and body.count("(") <= body.count(")") \
        and body.count("“") <= body.count("”") and body.count('"') % 2 == 0 and not _DOCUMENT_NUMBER.search(body)


# a numbered line's label: "2.", "1.9 " (a consolidated text's footnote mark glued to clause 1), "3.1."
_NUMBERED_LINE = re.compile(r"^[ \t*_]*(\d{1,2})\.(?:(\d{1,3})[ \t]+(?=\S)|(\d{1,3})\.|(?=[ \t]))", re.M)
_DIGITS = re.compile(r"\d+")


def _plain_label(m: re.Match | None) -> bool:
    """A numbered line labelled with one number only ("2."), no sub-number and no mark."""
    return m is not None and m.group(2) is None and m.group(3) is None


def _drop_footnote_marks(text: str, src: np.ndarray) -> tuple[str, np.ndarray]:
    """Drop the footnote mark a consolidated text (VBHN) glues to a clause's number: "1.9 Chỉ đạo
    ..." is clause 1 with footnote 9 when the next numbered line is "2." and the one before it is
    not "1." (then "1.1 ..." would be a sub-clause), or when the one before it is "2." and the mark is
    no "1" ("2. ..." / "3.14 Ngân hàng ...": a sub-clause "3.1" would follow a "3.")."""
    lines = list(_NUMBERED_LINE.finditer(text))
    drop: list[tuple[int, int]] = []
    for i, m in enumerate(lines):
        if m.group(2) is None:
            continue
        n = int(m.group(1))
        before = lines[i - 1] if i else None
        after = lines[i + 1] if i + 1 < len(lines) else None
        if _plain_label(after) and int(after.group(1)) == n + 1 \
                and not (_plain_label(before) and int(before.group(1)) == n):
            drop.append((m.start(2), m.end(2)))
        elif _plain_label(before) and int(before.group(1)) == n - 1 and int(m.group(2)) > 1:
            drop.append((m.start(2), m.end(2)))   # "2. ..." / "3.14 Ngân hàng ...": clause 3, footnote 14
    if not drop:
        return text, src
    starts = dict(drop)
    return _apply(text, src, _DIGITS, lambda m: "" if starts.get(m.start()) == m.end() else m.group())


def _split_glued_items(text: str, src: np.ndarray) -> tuple[str, np.ndarray]:
    """Open a line for a list item glued to the sentence before it, when its letter follows the
    letter of the item above: "d) Phối hợp ... cháy rừng. đ) Lực lượng ..." (not "... tại điểm a)")."""
    splits: set[int] = set()
    last = ""
    for m in _ITEM_LABEL.finditer(text):
        glued = text[m.start()] == " "
        follows = bool(last) and _LETTER_ORDER.find(m.group(1)) == _LETTER_ORDER.find(last) + 1
        if not glued or follows:
            last = m.group(1)
            if glued:
                splits.add(m.start())
    if not splits:
        return text, src
    return _apply(text, src, _GLUED_ITEM, lambda m: "\n" if m.start() in splits else m.group())


@cache
def _line_end_words(name: str) -> re.Pattern:
    """A line's last words from one of the word lists of ``models/structure/``: ``dangling_words.txt``
    (words that never end a line), ``number_heads.txt`` (words a document number follows)."""
    words = sorted((w.strip() for w in read_model_text(f"structure/{name}").splitlines()
                    if w.strip() and not w.startswith("#")), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")[ \t]*$",
                      re.IGNORECASE)


def _first_line(text: str, start: int) -> bool:
    """The line at ``start`` opens a paragraph: a blank line or the text's start before it."""
    return _BLANK_BEFORE.search(text, max(0, start - 80), start) is not None or (start <= 80 and not text[:start].strip())


_BLANK_BEFORE = re.compile(r"\n[ \t]*\n$")


def _first_line_width(lines: list[str]) -> int:
    """The width a crawled page cuts its paragraphs' first lines at, shorter than its other lines (an indent the
    page's HTML gave them: "1. Quỹ Bảo vệ môi trường tỉnh" / "Quảng Trị là quỹ tài chính ...", realworld93 872): the
    90th percentile of the first lines that a line in lower case goes on from; 0 with fewer than ten of them."""
    cut = sorted(len(a.rstrip()) for before, a, b in zip([""] + lines, lines, lines[1:] + [""])
                 if not before.strip() and a.strip() and b[:1].islower() and a.rstrip()[-1] not in _SENTENCE_END)
    return cut[int(len(cut) * 0.9)] if len(cut) >= 10 else 0


def _join_lines(text: str, src: np.ndarray, headings: set[int], titled: bool = True) -> tuple[str, np.ndarray]:
    """Join line and paragraph breaks that cut a sentence: the previous line does not end a
    sentence and the next non-empty line starts in lowercase (or, in a hard-wrapped text, the
    previous line runs to the wrap width and the next line starts no heading or list item). ``titled``: a
    numbered clause's short title may stand alone on its line (a text layer, ``_clause_title``); a crawled
    page's markdown wraps its items' first lines short instead ("5. Trưởng Ban Kiểm soát xây dựng" / "Quy chế
    hoạt động của Ban Kiểm soát ...", realworld93 872: all but one of the 27 such lines in the corpus's md files)."""
    lines = text.split("\n")
    lengths = sorted(len(x) for x in lines if x.strip())
    width = lengths[int(len(lengths) * 0.9)] if lengths else 0
    wrapped = bool(lengths) and width >= 40 and \
        sum(1 for n in lengths if 0.75 * width <= n <= width) >= 0.3 * len(lengths)

    # Paragraphs apart by blank lines: a single newline after a full line is only the wrap.
    blank_separated = wrapped and text.count("\n\n") >= 3
    # a crawled page that sets paragraphs apart by blank lines (one for every ten lines or more; a PDF's
    # text has them only at page breaks): a single newline inside a list item is the page's wrap
    paragraph_blanks = text.count("\n\n") >= 0.1 * len(lengths)
    first_width = _first_line_width(lines) if paragraph_blanks else 0

    def join(m: re.Match) -> str:
        start = text.rfind("\n", 0, m.start()) + 1
        prev = text[start:m.start()]
        nxt_end = text.find("\n", m.end())
        nxt = text[m.end(): nxt_end if nxt_end >= 0 else len(text)]
        if not prev.strip() or start in headings or m.end() in headings:
            return m.group()
        if _TABLE_CELL_BAR in prev and _TABLE_CELL_BAR in nxt:
            return m.group()  # rows of a table ("1 | Dịch vụ bán trú | 101 | 81"), however even their lengths
        if _FOOTNOTED_ARTICLE.match(prev):
            return m.group()   # its footnote mark ends the title: the article's text is below
        if (title := _ARTICLE_TITLE.match(prev)) and len(title["title"].split()) >= 2 \
                and nxt.casefold().startswith(title["title"].casefold()):
            return m.group()   # the article's text opens by naming its title again: the title ends
        if title and ";" not in prev and wrapped and m.group().count("\n") == 1 and nxt[:1].isupper() \
                and len(nxt.split()) > 6 \
                and not _line_end_words("dangling_words.txt").search(prev):
            # "Điều 12. Trách nhiệm của Viện kiểm sát nhân dân tối cao" / "Chủ trì, phối hợp với ...": a title
            # goes on below only after a word that never ends one, or as a short tail ("Trung ương")
            return m.group()
        if _BARE_HEAD.match(prev) and _HEAD_NUMBER.match(nxt):
            return " "  # "**Điều\n14. Trách nhiệm của ...": a crawled page's break between a head and its number
        if BARE_LABEL.match(prev) and not LINE_START.match(nxt):
            before = text[text.rfind("\n", 0, max(start - 1, 0)) + 1:max(start - 1, 0)].rstrip(" *_")
            if not wrapped or not before or before[-1] in _SENTENCE_END or "*" in prev \
                    or _is_upper_line(before) or len(before.split()) <= 12:
                return " "  # "**4.\nCông tác truyền thông**": a list label alone on its line, its text below
            # in a hard-wrapped text "... ngày 31 tháng" / "12." is the tail of the line above, no label
        if _BULLET_ALONE.match(prev) and nxt[:1].isalpha() and not LINE_START.match(nxt):
            return " "  # "-" / "Phân công, chỉ đạo ...": a crawled page's break after a bullet
        single = m.group().count("\n") == 1
        if wrapped and single and titled and _clause_title(prev, nxt, width):
            return m.group()
        long_prev = wrapped and single and len(prev) >= 0.6 * width
        if BARE_LABEL.match(nxt) and (not wrapped or not single):
            # "Cục Quản lý, giám sát tổ chức tín dụng" / "a)" / "Đầu mối ...": a list starts; in a
            # hard-wrapped page a blank line before the label too ("Sở Nông nghiệp và Môi trường" / "" / "a)")
            return m.group()
        if nxt[:1] in _OPEN_QUOTES and LINE_START.match(nxt.lstrip(_OPEN_QUOTES)):
            return m.group()  # "... khoản 2 Điều 18 như sau:" / "“2. Người giải quyết ...": a clause quoted
        if single and _REFERENCE_HEAD.match(nxt) and not _is_upper_line(prev) \
                and _line_end_words("dangling_words.txt").search(prev):
            return " "  # "... được quy định tại" / "Mục 2 Phần XI của “Phần C ...”": the reference goes on
        if paragraph_blanks and single and LINE_START.match(prev) and not LINE_START.match(nxt) \
                and not BARE_LABEL.match(nxt) and not _is_upper_line(prev) and not _is_upper_line(nxt) \
                and _TABLE_CELL_BAR not in prev and prev.rstrip()[-1] not in _SENTENCE_END \
                and (nxt[:1].isdigit() or ":" in prev[LINE_START.match(prev).end():]):
            # "6. Chỉ tiêu chủ yếu đến năm" / "2030", "d) Ủy ban nhân dân các tỉnh, thành phố: Tuyên" / "Quang, Đồng
            # Nai ...": the item's first line cut short; "1. Cục Công nghệ thông tin" / "Tổ chức ..." is a heading
            return " "
        if first_width and single and nxt[:1].isupper() and _first_line(text, start) \
                and len(prev.rstrip()) + 1 + len(nxt.split()[0]) > first_width and prev.rstrip()[-1] not in _SENTENCE_END \
                and not LINE_START.match(nxt) and not _is_upper_line(prev) and not _is_upper_line(nxt) \
                and _TABLE_CELL_BAR not in prev:
            # "5. Trưởng Ban Kiểm soát xây dựng" / "Quy chế hoạt động của Ban Kiểm soát ...": a crawled page cuts its
            # paragraphs' first lines short at its own width; the next word did not fit (realworld93 872)
            return " "
        if LINE_START.match(nxt):
            # "Bưu chính\n- Viễn thông": a hyphen the wrap put at a line start, not a bullet
            return " " if long_prev and nxt[0] == "-" and prev.rstrip()[-1].isalnum() else m.group()
        if single and nxt[:1].isupper() and not _is_upper_line(prev) and _line_end_words("dangling_words.txt").search(prev):
            return " "  # "Điều 4. Chánh Văn phòng\nỦy ban nhân dân tỉnh, ...": the line goes on
        if single and nxt[:1].isdigit() and not _is_upper_line(prev) and _line_end_words("number_heads.txt").search(prev):
            return " "  # "... tại Quyết định số\n3659/QĐ-BKHCN ngày ...": the number goes on
        if single and nxt[:1].isupper() and not _is_upper_line(prev) and prev.rstrip(" *_")[-1:].isalnum() \
                and "; " in prev[prev.rfind(". ") + 1:] and ";" in nxt:
            return " "  # "...; Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam thành phố\nHà Nội; Thủ trưởng ...": a list of bodies goes on
        if wrapped and single and _is_upper_line(prev) and _is_upper_line(nxt) and LINE_START.match(prev) \
                and prev.rstrip()[-1] not in _SENTENCE_END:
            return " "  # a numbered capitals heading wrapped: "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG\nTÂM ..."
        if long_prev and _is_upper_line(prev) == _is_upper_line(nxt) \
                and (blank_separated or prev.rstrip()[-1] not in _SENTENCE_END):
            return " "
        if prev.rstrip()[-1] in _SENTENCE_END:
            return m.group()
        if _LOWER_START.match(nxt):
            return " "
        if single and nxt[:1] == "(" and _LOWER_START.match(nxt[1:]) and len(prev.rstrip()) >= max(0.6 * width, 50) \
                and not _is_upper_line(prev):
            return " "  # "... các động lực tăng trưởng truyền thống" / "(đầu tư, tiêu dùng, xuất khẩu), phát triển ...":
            #            a bracket the margin put at a line start, in a full line's sentence (realworld74 817)
        return m.group()

    return _apply(text, src, re.compile(r"[ ]*\n(?:[ ]*\n)*[ ]*(?=\S)"), join)


def normalize(raw: RawDocument) -> Document:
    """Fold ``raw.text`` to one spelling and map every character back to the source.

    >>> from vanban.pipeline.model import RawDocument
    >>> doc = normalize(RawDocument("bc.txt", "txt", "Thanh Hoá – “Quyết định”", "0"))
    >>> doc.text
    'Thanh Hóa - "Quyết định"'
    """
    text = raw.text
    src = np.arange(len(text), dtype=np.int64)

    if not unicodedata.is_normalized("NFC", text):
        text, src = _apply(text, src, _COMBINING, _nfc)
    text, src = _apply(text, src, _INVISIBLE, "", "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f")
    text, src = _apply(text, src, _CR, "\n", "\r")
    text, src = _layout_spaced_header(text, src)
    text = plain_chars(text)
    text, src = _apply(text, src, _CYRILLIC_IN_CODE, lambda m: m.group().translate(_HOMOGLYPHS))
    if not text.isprintable():
        text, src = _apply(text, src, _CONTROL, " ")
    text = place_tones(text)

    # Reader hints travel as marker-free spans: remember them by source offsets.
    hints = [(b.kind, int(b.start), int(b.end), b.level) for b in raw.blocks]

    # Markdown residue: headings become hints, emphasis marks and table pipes go.
    md_headings: list[tuple[int, int, int]] = []  # (source start, source end, level)

    def heading(m: re.Match) -> str:
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        md_headings.append((int(src[m.end()]), int(src[line_end - 1]) + 1, len(m.group(1))))
        return ""

    text, src = _apply(text, src, _MD_HEADING, heading, "#")
    text, src = _apply(text, src, _MD_HEADING_CLOSE, "", "#")
    text, src = _apply(text, src, _MD_TABLE_RULE, "", "|")

    def table_row(m: re.Match) -> tuple:
        hints.append(("table_row", int(src[m.start(1)]), int(src[m.end(1) - 1]) + 1, 0))
        return ((m.start(1), m.end(1)),)

    text, src = _apply(text, src, _MD_TABLE, _layout_table, "<")
    text, src = _apply(text, src, _MD_TABLE_ROW, table_row, "|")
    text, src = _apply(text, src, _HTML_BREAK, "\n", "<")
    text, src = _apply(text, src, _HTML_ENTITY, lambda m: plain_chars(html.unescape(m.group())), "&")
    text, src = _apply(text, src, _POWER_OF_TEN, lambda m: ((m.start(), m.start() + 2), m.group(1).translate(_SUPERSCRIPT)), "*")
    text, src = _apply(text, src, _MD_STRONG, _strong, "*_")
    text, src = _apply(text, src, _MD_EM, lambda m: ((m.start(1), m.end(1)),) if m.group(1) else "", "*")
    text, src = _apply(text, src, _MD_EM_OPEN_END, lambda m: ((m.start(1), m.end(1)),), "*")
    text, src = _apply(text, src, _MD_ESCAPE, "", "\\")
    text, src = _apply(text, src, _BARE_RULE, "", "|-_=*")
    text, src = _apply(text, src, _INLINE_RULE, "", "-")

    # Spaces.
    text, src = _apply(text, src, _SPACE_RUN, " ")
    text, src = _apply(text, src, _SPACE_BEFORE_NEWLINE, lambda m: ((m.end() - 1, m.end()),))
    text, src = _apply(text, src, _SPACE_AFTER_NEWLINE, lambda m: ((m.start(), m.start() + 1),))
    text, src = _apply(text, src, _SPACE_BEFORE_PUNCT, _space_before_punct)
    text, src = _apply(text, src, _SPACE_AFTER_OPEN, lambda m: ((m.start(), m.start() + 1),))
    text, src = _apply(text, src, _MISSING_SPACE, lambda m: m.group() + " ")
    text, src = _apply(text, src, _MISSING_SPACE_AFTER_STOP, ". ", ".")

    # Page furniture ("===== Trang 8 =====" and the page number under it) is not content: it goes,
    # as the PDF reader drops running headers, and a sentence cut by the page break joins again.
    # Công báo page headers close the text instead (gold counts their dates).
    text, src, furniture = _drop_page_furniture(text, src)
    text, src = _drop_footnote_marks(text, src)

    # Broken sentences, then one newline between paragraphs.
    to_norm = _SourceIndex(src)
    heading_starts = {to_norm.start(s) for s, _, _ in md_headings}
    heading_starts |= {to_norm.start(s) for k, s, _, _ in hints if k == "heading"}
    text, src = _join_lines(text, src, heading_starts, titled=raw.format != "md")
    text, src = _apply(text, src, re.compile(r"\n{2,}"), "\n")
    text, src = _split_glued_items(text, src)
    lead = len(text) - len(text.lstrip())
    text, src = text.strip(), src[lead:lead + len(text.strip())]
    text, src = _close_with_furniture(text, src, furniture)

    if not unicodedata.is_normalized("NFC", text):  # a deletion brought a mark next to a letter
        text, src = _apply(text, src, _COMBINING, _nfc)
    if not unicodedata.is_normalized("NFC", text):  # rare leftovers (singletons); same length
        nfc = unicodedata.normalize("NFC", text)
        if len(nfc) == len(text):
            text = nfc

    return Document(
        path=raw.path, sha256=raw.sha256, format=raw.format, text=text, source_text=raw.text,
        offsets=_offset_map(src), pages=raw.pages,
        blocks=_map_blocks(text, src, hints, md_headings), ocr=raw.ocr,
    )


class _SourceIndex:
    """Source offset -> normalised offset. Mostly ``src`` only grows; a header read column by
    column runs back, so look up in the sorted order."""

    def __init__(self, src: np.ndarray):
        self.src = src
        self.monotonic = bool(len(src) < 2 or (np.diff(src) >= 0).all())
        if not self.monotonic:
            self.order = np.argsort(src, kind="stable")
            self.sorted = src[self.order]

    def start(self, s: int) -> int:
        """Where the first character at or after source offset ``s`` landed."""
        if self.monotonic:
            return int(np.searchsorted(self.src, s, "left"))
        k = int(np.searchsorted(self.sorted, s, "left"))
        return int(self.order[k]) if k < len(self.order) else len(self.src)

    def end(self, e: int) -> int:
        """One past where the last character before source offset ``e`` landed."""
        if self.monotonic:
            return int(np.searchsorted(self.src, e, "left"))
        k = int(np.searchsorted(self.sorted, e, "left")) - 1
        return int(self.order[k]) + 1 if k >= 0 else 0


def _offset_map(src: np.ndarray) -> OffsetMap:
    if len(src) == 0:
        return OffsetMap()
    breaks = np.flatnonzero(np.diff(src) != 1) + 1
    starts = np.concatenate(([0], breaks))
    return OffsetMap(tuple(int(i) for i in starts), tuple(int(s) for s in src[starts]))


def _map_blocks(text: str, src: np.ndarray, hints, md_headings) -> tuple[Block, ...]:
    """Reader hints and Markdown headings in normalised offsets, trimmed to their text."""
    blocks = []
    to_norm = _SourceIndex(src)
    for kind, s, e, level in [*hints, *(("heading", s, e, lvl) for s, e, lvl in md_headings)]:
        a, b = to_norm.start(s), to_norm.end(e)
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            blocks.append(Block(kind, a, b, level))
    blocks.sort(key=lambda x: (x.start, x.end))
    return tuple(dict.fromkeys(blocks))


__all__ = ["normalize", "VI_LOWER", "VI_UPPER"]
