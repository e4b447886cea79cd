"""Structure: header metadata and the section tree of a normalised document.

``structure(doc)`` fills ``doc.metadata`` (type, issuer, number, place and date, title, signer,
recipients) and ``doc.sections`` (the numbering tree: Chương > Mục > Điều, or I. > 1. > a) > "-").
The tree is built from the numbering written in the text, never from Markdown or DOCX heading
levels. Word lists (document types, organ names, mottos, issuer codes) live in
``models/structure/``.

>>> from vanban.pipeline.model import Document
>>> text = "BÁO CÁO\\n\\nI. ĐẶC ĐIỂM TÌNH HÌNH\\n\\n1. Thuận lợi\\n\\nHuyện có 14 đơn vị.\\n"
>>> doc = structure(Document(path="x.txt", sha256="", format="txt", text=text, source_text=text))
>>> [(s.id, s.heading) for s in doc.sections]
[('I', 'ĐẶC ĐIỂM TÌNH HÌNH'), ('I.1', 'Thuận lợi')]
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache

from vanban.pipeline.model import Document, Metadata, Section
from vanban.pipeline.read.furniture import furniture_tail
from vanban.pipeline.resources import model_lines
from vanban.pipeline.spans import SpanSet
from vanban.pipeline.text import collapse_spaces, tone_key


UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_MARKUP = " \t#*_>|`"


# --- word lists ----------------------------------------------------------------------------

def _data_lines(name: str) -> list[str]:
    return model_lines(f"structure/{name}")


@dataclass(frozen=True, slots=True)
class DocType:
    written: str    # "BÁO CÁO"
    name: str       # "Báo cáo"
    code: str       # "BC"


@cache
def doc_types() -> tuple[DocType, ...]:
    """Document types from ``models/structure/doc_types.tsv``, longest written form first."""
    rows = []
    for ln in _data_lines("doc_types.tsv"):
        parts = (ln.split("\t") + ["", ""])[:3]
        rows.append(DocType(collapse_spaces(parts[0]).upper(), parts[1].strip(), parts[2].strip()))
    return tuple(sorted(rows, key=lambda t: -len(t.written)))


@cache
def _mottos() -> tuple[str, ...]:
    return tuple(tone_key(m) for m in _data_lines("mottos.txt"))


@cache
def _organ_words() -> tuple[tuple[tuple[str, ...], str, bool, bool], ...]:
    """(folded words, written form, is head word, a place name follows) from
    ``organ_names.txt``, longest first."""
    rows = []
    for ln in _data_lines("organ_names.txt"):
        head = ln.startswith("*")
        ln = ln.lstrip("*")
        place = ln.startswith("@")
        written = ln.lstrip("@").strip()
        rows.append((tuple(tone_key(w) for w in written.split()), written, head, place))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def _organ_words_by_first() -> dict[str, tuple[tuple[tuple[str, ...], str, bool, bool], ...]]:
    """``_organ_words()`` by their first folded word, longest first: one look-up per word."""
    index: dict[str, list] = {}
    for row in _organ_words():
        if row[0]:   # an empty entry would match everywhere and consume nothing
            index.setdefault(row[0][0], []).append(row)
    return {k: tuple(v) for k, v in index.items()}


@cache
def _preamble_re(hard_only: bool = False) -> re.Pattern:
    words = [w.strip() for w in _data_lines("preamble_starts.txt")]
    words = [w.lstrip("!") for w in words if w.startswith("!") or not hard_only]
    alts = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:{alts})(?=[\s:,])", re.IGNORECASE)


def _is_preamble(line: str, first_title_line: bool = False) -> bool:
    """A line that opens the preamble or the body ("Căn cứ ...", "Kính gửi: ...").

    The first line after the type line may be a title opening with the same words
    ("Thực hiện Nghị quyết số 57-NQ/TW ..."): there only "!" words, or a line ending in ":"
    or ";", count."""
    if first_title_line:
        return bool(_preamble_re(True).match(line)) or bool(
            _preamble_re().match(line) and (re.search(r"[:;]$", line) or len(line) > 300))
    return bool(_preamble_re().match(line))


@cache
def issuer_codes() -> dict[str, str]:
    """Issuer codes of document numbers ("VPTW") -> body name, from ``issuer_codes.tsv``."""
    out = {}
    for ln in _data_lines("issuer_codes.tsv"):
        code, _, name = ln.partition("\t")
        out[code.strip()] = name.strip()
    return out


# --- small text helpers --------------------------------------------------------------------

def _is_upper_text(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _strip_markup(s: str) -> str:
    return s.strip(_MARKUP + "\u00a0")


@dataclass(frozen=True, slots=True)
class _Line:
    start: int          # offset of the line in doc.text
    end: int            # offset of its end (before "\n")
    lstart: int         # first character after leading whitespace/markup
    text: str           # the line without leading/trailing markup


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        end = pos + len(raw)
        lead = len(raw) - len(raw.lstrip(_MARKUP + "\u00a0"))
        out.append(_Line(pos, end, pos + lead, _strip_markup(raw)))
        pos = end + 1
    return out


def organ_name(upper: str) -> str:
    """Write an upper-case body name as in running text.

    >>> organ_name("HUYỆN ỦY BẢO LÂM")
    'Huyện ủy Bảo Lâm'
    >>> organ_name("ĐẢNG BỘ TỈNH LÂM ĐỒNG")
    'Đảng bộ tỉnh Lâm Đồng'
    """
    words = collapse_spaces(upper).split(" ")
    folded = [tone_key(w) for w in words]
    out: list[str] = []
    i, place, first = 0, True, True
    while i < len(words):
        for key, written, _head, place_after in _organ_words_by_first().get(folded[i], ()):
            if tuple(folded[i:i + len(key)]) == key:
                out.append(written[0].upper() + written[1:] if not out else written)
                i += len(key)
                place, first = place_after, True
                if written == "và":
                    place = False
                break
        else:
            w = words[i]
            if any(c.islower() for c in w):
                out.append(w)
            elif place or first or not out:
                out.append(w[:1].upper() + w[1:].lower())
            else:
                out.append(w.lower())
            first = False
            i += 1
    return " ".join(out)


def _split_bodies(upper: str) -> list[str]:
    """Split a run of header words into bodies where a head word starts one.

    "BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG" -> ["BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG"].
    """
    words = collapse_spaces(upper).split(" ")
    folded = [tone_key(w) for w in words]
    bodies: list[list[str]] = []
    i, last_bare = 0, False
    while i < len(words):
        for key, _written, head, _place in _organ_words_by_first().get(folded[i], ()):
            if tuple(folded[i:i + len(key)]) == key:
                # "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH ...": a head right after a bare head is one body
                bare = bool(bodies) and last_bare
                if (head and not bare) or not bodies:
                    bodies.append([])
                last_bare = head
                bodies[-1].extend(words[i:i + len(key)])
                i += len(key)
                break
        else:
            if not bodies:
                bodies.append([])
            bodies[-1].append(words[i])
            last_bare = False
            i += 1
    return [" ".join(b) for b in bodies if b]


# --- header metadata -----------------------------------------------------------------------

NUMBER_RE = re.compile(
    r"\bs[ốo]\s*(?:hiệu\s*)?[:.]?\s*(\d{1,5}(?:\.\d{1,3})?\s*(?:[-/–]\s*[\w.Đđ&]+(?: (?-i:[A-ZĐ]+)(?=-))?)+)",
    re.IGNORECASE)
DATE_LINE_RE = re.compile(
    rf"(?P<place>[{UPPER}][^\n,|*]{{0,40}}?)\s*,\s*ngày\s+(?P<d>\d{{1,2}}|0 \d)\s*"
    r"(?:tháng\s+|[/.-])(?P<m>\d{1,2}|0 \d)\s*(?:năm\s+|[/.-])(?P<y>\d{4})")
FULL_DATE_RE = re.compile(
    r"\b(?:ngày\s+)?(\d{1,2})\s*(?:tháng\s+|/)(\d{1,2})\s*(?:năm\s+|/)((?:19|20)\d{2})\b")
PASSED_DATE_RE = re.compile(
    r"(?:thông qua|ký|ban hành)\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
CAPACITY_RE = re.compile(r"(?<![^\s|*_])(T/M|TM\.|KT\.|K/T|TL\.|TUQ\.|Q\.|Q/|T/L)\s*(?=[" + UPPER + "])")
CAPACITY_LINE_RE = re.compile(r"(?m)^[ \t|*_]*(T/M|TM\.|KT\.|K/T|TL\.|TUQ\.|Q\.|Q/|T/L)\s*(?=[" + UPPER + "])")
RECIPIENTS_RE = re.compile(r"N[ơo]i\s+nhận\s*[:.]?", re.IGNORECASE)
SELF_ISSUER_RE = re.compile(
    r"\b((?i:(?:huyện|tỉnh|thành|quận|thị|đảng) [ủu][ỷy]|ủy ban nhân dân(?: tỉnh| huyện| xã| thành phố)?))"
    rf"\s+((?:[{UPPER}][\w']*\s+){{1,4}}?)((?i:báo cáo|kết luận|thông báo|quyết định|hướng dẫn|"
    r"đề nghị|tổng kết|sơ kết))\b")
_RULE_RE = re.compile(r"^[\s\-–—_=*.]+$")


def canonical_number(raw: str) -> str:
    """"23- CTr/HU" -> "23-CTr/HU"; "08/2014/NĐ-CP." -> "08/2014/NĐ-CP"."""
    s = re.sub(r"\s*([-/–])\s*", r"\1", raw.strip()).replace("–", "-")
    s = re.sub(r"(?<=[A-ZĐ]) (?=[A-ZĐ]+-)", "", s)   # "21/C T-TTg": a space a PDF put inside the code
    return s.rstrip(".,;:")


def _match_doc_type(upper_line: str) -> DocType | None:
    s = collapse_spaces(upper_line).rstrip(":.").upper()
    for t in doc_types():
        if s == t.written:
            return t
    return None


def _cells(line: str) -> list[str]:
    """A header line split into its columns (table cells, runs of spaces, dash rules)."""
    parts = re.split(r"\s*\|\s*|\t+|\s{3,}|\s*-{3,}\s*|\s*<br\s*/?>\s*", line)
    return [_strip_markup(p) for p in parts if _strip_markup(p)]


def _word_char(c: str) -> bool:
    return c.isalnum() or unicodedata.combining(c) > 0


@cache
def _motto_edges() -> tuple[frozenset[str], frozenset[str]]:
    """(first words, last words) of the mottos, folded."""
    words = [m.split(" ") for m in _mottos()]
    return frozenset(w[0] for w in words), frozenset(w[-1] for w in words)


def _glued_pieces(word: str) -> list[str]:
    """A header word cut where a flattened table glued two cells: "NAMĐộc" -> "NAM" + "Độc"
    (capitals, then a capitalised word), "phúcSố" -> "phúc" + "Số", "phúc---" -> "phúc" +
    "---" (letters against punctuation); in capitals alone, where a motto's first or last word
    is glued ("PHỦCỘNG" -> "PHỦ" + "CỘNG", "NAMĐỘC" -> "NAM" + "ĐỘC")."""
    cuts = [0]
    for k in range(1, len(word)):
        a, b = word[k - 1], word[k]
        nxt = word[k + 1] if k + 1 < len(word) else ""
        if ((a.isupper() and b.isupper() and nxt.islower()) or (a.islower() and b.isupper())
                or _word_char(a) != _word_char(b)):
            cuts.append(k)
    cuts.append(len(word))
    pieces = [word[i:j] for i, j in zip(cuts, cuts[1:])]
    firsts, lasts = _motto_edges()
    out = []
    for p in pieces:
        # a syllable is short: longer runs are no glued motto word (and stay linear to check)
        k = next((k for k in range(1, len(p)) if len(p) <= 16 and p.isupper()
                  and (tone_key(p[:k]) in lasts or tone_key(p[k:]) in firsts)), 0)
        out.extend([p[:k], p[k:]] if k else [p])
    return out


def _drop_mottos(s: str) -> str:
    """``s`` without the national and Party mottos it holds, also where a flattened header glued
    a motto to its neighbours ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh
    phúc"). One pass over the words: each turn either drops a whole motto or keeps one word."""
    pieces: list[tuple[str, bool]] = []   # (piece, glued to the piece before it)
    for word in collapse_spaces(s).split(" "):
        pieces.extend((p, k > 0) for k, p in enumerate(_glued_pieces(word)))
    folded = [tone_key(p) for p, _ in pieces]
    mottos = [m.split(" ") for m in _mottos()]
    kept: list[str] = []
    i, dropped, kept_last = 0, False, False
    while i < len(pieces):
        n = next((len(m) for m in mottos if folded[i:i + len(m)] == m), 0)
        if n:
            i += n
            dropped, kept_last = True, False
            continue
        piece, glued = pieces[i]
        if glued and kept_last:
            kept[-1] += piece
        else:
            kept.append(piece)
        kept_last = True
        i += 1
    return " ".join(kept) if dropped else s


def _type_prefix(line: str) -> tuple[DocType, str] | None:
    """A line that opens with a document type in capitals, the title running on after it
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG thực hiện Nghị quyết số 20-NQ/TW ...", "LUẬT KHOA HỌC VÀ CÔNG
    NGHỆ"): (type, rest of the line)."""
    whole = _match_doc_type(line)
    if whole:
        return whole, ""
    words = collapse_spaces(line).split(" ")
    for t in doc_types():
        n = len(t.written.split(" "))
        if len(words) <= n or " ".join(words[:n]) != t.written:
            continue   # (the rest of a long line is joined only after its type matched)
        rest = " ".join(words[n:])
        if rest[:1].isalpha():
            if rest[:1].islower() or _is_upper_text(rest):
                return t, rest
    return None


def _title_line_type(line: str) -> tuple[DocType, str | None, str] | None:
    """A first line that names the type in running text and goes on with the title, as pages
    that give no header open ("Quyết định ban hành quy định về ...", "Thông tư liên tịch hướng
    dẫn ...", "Nghị quyết 62/2025/NQ-HĐND quy định ..."): (type, number or None, title)."""
    words = collapse_spaces(line).split(" ")
    for t in doc_types():
        n = len(t.written.split(" "))
        if len(words) <= n or tone_key(" ".join(words[:n])) != tone_key(t.written):
            continue
        number = None
        k = n + (1 if tone_key(words[n]) == "số" else 0)
        if k < len(words) - 1 and re.fullmatch(r"\d{1,5}(?:\.\d{1,3})?(?:[-/][\w.Đđ&]+)+", words[k]):
            number, n = canonical_number(words[k]), k + 1
        if words[n][:1].islower():
            return t, number, " ".join(words[n:])
    return None


def _organ_line(line: str) -> str | None:
    """A short line that only names an issuing body, as such pages put it under the title
    ("Ủy ban nhân dân tỉnh nghệ an"): the body as written in running text."""
    if not line or len(line) > 80 or re.search(r"[:;,./]", line):
        return None
    first = tone_key(line.split(" ")[0])
    if any(head and key == tuple(tone_key(w) for w in line.split(" ")[:len(key)])
           for key, _w, head, _p in _organ_words_by_first().get(first, ())):
        return organ_name(line.upper())
    return None


def _split_type(line: str, next_line: str) -> bool:
    """A type name broken over two lines by a crawled page ("QUYẾT" / "ĐỊNH")."""
    words = collapse_spaces(line).upper().split(" ")
    if not words[0] or len(words) > 3:
        return False
    return any(t.written.split(" ")[:len(words)] == words and len(t.written.split(" ")) > len(words)
               for t in doc_types()) and _type_prefix(f"{line} {next_line}") is not None


def _find_type_line(lines: list[_Line], start: int, limit: int) -> tuple[int, int] | None:
    """(first, last) index of the type line ("NGHỊ QUYẾT", or "QUYẾT" / "ĐỊNH" broken over two
    lines) among ``lines[start:start + limit]``; None once the body has begun (a numbered
    heading, or a preamble line "Căn cứ ...": the "Quyết định:" after a preamble is the enacting
    formula, not the type line)."""
    for i in range(start, min(start + limit, len(lines))):
        ln = lines[i]
        if ln.text and _type_prefix(ln.text):
            return i, i
        if ln.text and i + 1 < len(lines) and _split_type(ln.text, lines[i + 1].text):
            return i, i + 1
        if ln.text and ((_heading(ln.text) is not None and _heading(ln.text).kind != "bullet")
                        or _preamble_re(True).match(ln.text)):
            return None   # the body has begun
    return None


def _is_motto_line(line: str, next_line: str = "") -> bool:
    """A header line that opens the national or Party motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
    NAM", also glued to its neighbours by a flattened table, or broken after "CỘNG"), written
    in capitals as headers are; or the line "Độc lập - Tự do - Hạnh phúc" itself."""
    line = collapse_spaces(line)[:300]
    if tone_key(line) in _mottos():
        return True
    letters = [c for c in line if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.5 * len(letters):
        return False
    both = f"{line} {collapse_spaces(next_line)[:300]}"
    folded = " ".join(tone_key(p) for w in both.split(" ") for p in _glued_pieces(w))
    return any(m in folded and m.split(" ")[0] in tone_key(line) for m in _motto_openings())


@cache
def _motto_openings() -> tuple[str, ...]:
    """The first three words of each motto of four words or more, folded."""
    return tuple(" ".join(m.split(" ")[:3]) for m in _mottos() if len(m.split(" ")) >= 4)


def _is_header_line(t: str) -> bool:
    """A line that may stand in a header before the motto: the issuing body in capitals, its
    number ("Số: 12/2025/QĐ-UBND", "Luật số: 04/2017/QH14"), a letter's subject ("V/v ..."),
    the place and date, a rule or a star."""
    return (not t or bool(_RULE_RE.match(t)) or _is_upper_text(t) or t.startswith("*")
            or (len(t) < 100 and bool(NUMBER_RE.search(t))) or bool(DATE_LINE_RE.search(t))
            or bool(re.match(r"V/v\b", t)))


def _is_prose(t: str) -> bool:
    """A long line that is no header row: not a flattened header row ("Số: 1040/LĐTBXH-NCC V/v
    ... | Hà Nội, ngày 09 tháng 04 năm 2012"), not a letter's subject ("V/v ban hành ...")."""
    return len(t) > 150 and not (NUMBER_RE.match(t) or re.match(r"V/v\b", t)
                                 or ("|" in t and DATE_LINE_RE.search(t)))


@cache
def _banner_re() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in _data_lines("site_banners.txt")), re.IGNORECASE)


def _banner_end(lines: list[_Line], limit: int = 120) -> int:
    """Index of the first line after a web page's banner and attribute table
    (``models/structure/site_banners.txt``) among the first ``limit`` lines; 0 if there is none."""
    end = 0
    for i in range(min(limit, len(lines))):
        t = collapse_spaces(lines[i].text)
        if t and _banner_re().fullmatch(t):
            end = i + 1
            if t.endswith(":") and i + 1 < len(lines) and len(lines[i + 1].text) < 80:
                end = i + 2   # "Tình trạng:" / "Đã biết"
    return end


def header_start(lines: list[_Line], limit: int = 200) -> int:
    """Index of the first line of the document's own header: a web page's banner, menus and
    attribute table ("Số hiệu: ...", "Loại văn bản: Nghị quyết") come before it and are not
    the document's. The header starts with the body's name just above the motto line, or
    after the banner where no motto follows it; 0 where nothing stands before the header."""
    start = _banner_end(lines)
    for m in range(start, min(start + limit, len(lines))):
        t = lines[m].text
        if t and _preamble_re(True).match(t):
            return start     # the body has begun: no motto in this header
        if t and _is_motto_line(t, lines[m + 1].text if m + 1 < len(lines) else ""):
            break
    else:
        return start
    i = m
    while i > start and m - i < 10 and _is_header_line(lines[i - 1].text):
        i -= 1
    return i


def _title(lines: list[_Line], after: int, issuer: str | None,
           first: str = "") -> tuple[str | None, int]:
    """Title paragraphs after the type line (``first``: what follows the type on its own line);
    returns (title, index of the last title line)."""
    parts: list[str] = [first] if first else []
    last = after
    upper_title = _is_upper_text(first) if first else None
    i = after + 1
    prev_blank = False
    while i < len(lines) and len(parts) < 6:
        t = lines[i].text
        if not t:
            prev_blank = True
            i += 1
            continue
        if _RULE_RE.match(t) or _is_preamble(t, first_title_line=not parts):
            break
        if issuer and tone_key(t) in (tone_key(issuer), tone_key(issuer) + " :"):
            break
        if parts and not upper_title and _is_upper_text(t) and len(t) < 80 and _organ_phrase(t):
            break   # "Về việc ..." then "CHÍNH PHỦ" / "ỦY BAN NHÂN DÂN TỈNH ...": the enacting body
        if _heading(t) is not None:
            break
        if not parts:
            if len(t) > 400:
                break
            parts.append(t)
            upper_title = _is_upper_text(t)
        else:
            up = _is_upper_text(t)
            cont = (not prev_blank and not re.search(r"[.:;!?”\"]$", parts[-1]) and len(t) < 100
                    and not t.endswith(":"))
            if upper_title and up and len(t) < 300:
                parts.append(t)
            elif t[:1].islower() or cont:
                parts.append(t)
            else:
                break
        last = i
        prev_blank = False
        i += 1
    if not parts:
        return None, after
    return collapse_spaces(" ".join(parts)).strip(" .;:"), last


@dataclass(frozen=True, slots=True)
class ClosingZone:
    """A recipients list and/or signature block: "Nơi nhận: ..." and "T/M BAN THƯỜNG VỤ /
    PHÓ BÍ THƯ / K' Linh". Its text belongs to no section."""
    start: int
    end: int
    signer: str | None = None
    signer_title: str | None = None
    recipients: tuple[str, ...] = ()


_SIGNED_RE = re.compile(r"\(?\[?\s*(?:đã ký|daky|đã ký và đóng dấu|ký|\(ký\))\s*\]?\)?", re.I)


def _is_capacity_line(t: str) -> bool:
    return bool(CAPACITY_RE.match(t)) or bool(re.search(r"\|\s*(?:T/M|TM\.|KT\.|K/T|TL\.|T/L|TUQ\.)\s", t))


def _is_recipients_line(t: str) -> bool:
    return bool(RECIPIENTS_RE.match(t.lstrip("|_* "))) or bool(re.search(r"\|\s*N[ơo]i nhận", t, re.I))


def closing_zones(text: str, start: int = 0) -> list[ClosingZone]:
    """The recipients lists and signature blocks after ``start``, in order."""
    lines = _lines(text)
    zones: list[ClosingZone] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.start < start or not ln.text or not (_is_recipients_line(ln.text) or _is_capacity_line(ln.text)):
            i += 1
            continue
        first, j = i, i
        if "|" in ln.text:
            # a two-column table row: recipients on the left, signature on the right
            j += 1
            while j < len(lines) and "|" in text[lines[j].start:lines[j].end]:
                j += 1
            cols: list[list[str]] = [[], []]
            for row in lines[first:j]:
                raw = text[row.start:row.end].strip()
                raw = raw[1:] if raw.startswith("|") else raw
                cells = [c.strip() for c in raw.split("|")]
                for k, cell in enumerate(cells[:2]):
                    cols[k].append(cell)
            left, right = "\n".join(cols[0]), "\n".join(cols[1])
            signer, title = _parse_signature(right if CAPACITY_RE.search(right) else left)
            recipients = _parse_recipients(left) or _parse_recipients(right)
            if signer or title or recipients:
                zones.append(ClosingZone(ln.start, lines[j - 1].end, signer, title, recipients))
            i = j
            continue
        mode = "rec" if _is_recipients_line(ln.text) and not CAPACITY_RE.match(ln.text) else "sig"
        named = bool(mode == "sig" and _name_start(ln.text.split()) is not None and "|" in ln.text)
        if _is_recipients_line(ln.text) and _is_capacity_line(ln.text):
            named = True  # a table row holding both columns
        j += 1
        while j < len(lines) and not named:
            t = lines[j].text
            if not t or _RULE_RE.match(t.replace("|", "")):
                j += 1
                continue
            if _is_capacity_line(t):
                mode = "sig"
            elif _is_recipients_line(t):
                mode = "rec"
            elif mode == "rec":
                prev = lines[j - 1].text
                if not (t[:1] in "-–•+" or (prev and not re.search(r"[;.]$", prev) and len(t) < 80)):
                    break
            else:
                words = t.split()
                if _match_doc_type(t) or (_heading(t) is not None and _heading(t).kind != "bullet"):
                    break   # an attached document or a new part begins
                if _name_start(words) == 0 and len(words) <= 6:
                    named = True
                elif not (_is_upper_text(t) and len(t) < 80) and not _SIGNED_RE.fullmatch(t):
                    break
            j += 1
        end_line = j - 1
        while end_line > first and not lines[end_line].text:
            end_line -= 1
        zs, ze = lines[first].start, lines[end_line].end
        signer, title = _parse_signature(text[zs:ze])
        recipients = _parse_recipients(text[zs:ze])
        if signer or title or recipients:
            zones.append(ClosingZone(zs, ze, signer, title, recipients))
        i = max(j, i + 1)
    return zones


def _parse_signature(block: str) -> tuple[str | None, str | None]:
    """(signer, signer title) from the text of a closing zone."""
    m = CAPACITY_LINE_RE.search(block)
    if not m:
        return None, None
    block = block[m.start(1):]
    stop = RECIPIENTS_RE.search(block)
    if stop and stop.start() > 0:
        block = block[:stop.start()]
    titles, signer = [], None
    for raw in block.split("\n"):
        for cell in _cells(raw):
            if _SIGNED_RE.fullmatch(cell):
                continue
            words = cell.split()
            k = _name_start(words)
            if k is not None:
                if k > 0:
                    titles.append(" ".join(words[:k]))
                signer = " ".join(words[k:])
            elif _is_upper_text(cell) and signer is None:
                titles.append(cell)
    merged: list[str] = []
    for t in titles:
        t = collapse_spaces(t)
        # "K/T CHÁNH" + "VĂN PHÒNG", "KT. BỘ TRƯỞNG," + "CHỦ NHIỆM": one title broken in two
        if merged and (merged[-1].endswith(",") or (
                CAPACITY_RE.match(merged[-1]) and len(merged[-1].split()) <= 2)):
            merged[-1] = f"{merged[-1]} {t}"
        else:
            merged.append(t)
    # "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG" in one table cell: the deputy's own title starts at "PHÓ"
    split: list[str] = []
    for t in merged:
        m = re.match(r"((?:KT\.|K/T)\s.*?)\s+(PHÓ\s.*)$", t)
        split.extend([m.group(1), m.group(2)] if m else [t])
    return signer, " / ".join(split) or None


def _name_like(w: str) -> bool:
    if not w[:1].isupper():
        return False
    return any(c.islower() for c in w) or len(w) <= 2 or "'" in w or "’" in w


def _name_start(words: list[str]) -> int | None:
    """Index where a personal name (2-5 capitalised words) ends a cell, else None."""
    n = len(words)
    for k in range(max(0, n - 5), n - 1):
        tail = words[k:]
        if all(_name_like(w) for w in tail) and any(any(c.islower() for c in w) for w in tail):
            if k == 0 or not _name_like(words[k - 1]):
                return k
    return None


def _parse_recipients(block: str) -> tuple[str, ...]:
    """Items of the "Nơi nhận:" list in the text of a closing zone."""
    m = RECIPIENTS_RE.search(block)
    if not m:
        return ()
    rest = block[m.end():]
    cap = CAPACITY_RE.search(rest)
    items: list[str] = []
    for j, raw in enumerate(rest.split("\n")):
        cell = raw.split("|")[0] if j == 0 or "|" in raw else raw
        if cap and j > 0 and CAPACITY_RE.match(_strip_markup(raw)):
            break
        cell = cell if j == 0 else _strip_markup(cell)
        if _RULE_RE.match(cell.replace("|", "") or "-"):
            continue
        for k, piece in enumerate(re.split(r"(?:^\s*|(?<=[;,.:])\s+)[-–•+]\s+", cell)):
            piece = _strip_markup(piece).strip(" :")
            if not piece:
                continue
            if k == 0 and items and j > 0:
                items[-1] = items[-1] + " " + piece  # a wrapped item
            else:
                items.append(piece)
    items = [_strip_markup(it).rstrip(";,. ") for it in items]
    return tuple(it for it in items if it and not CAPACITY_RE.match(it))


def _iso(d: int | str, m: int | str, y: int | str) -> str | None:
    """ISO date of a day, month and year as written ("0 6" for a month a PDF broke: 6)."""
    d, m, y = (int(str(x).replace(" ", "")) for x in (d, m, y))
    if 1 <= d <= 31 and 1 <= m <= 12:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def _header_metadata(text: str, lines: list[_Line], start: int, header_end: int) -> dict:
    """Number, place, date, issuer and parent issuer from the header lines ``start`` to the
    type line."""
    out: dict = {}
    zone_end = lines[header_end].start if header_end < len(lines) else len(text)
    zone = text[lines[start].start:zone_end]
    # "Số 271/Ngày 12-05-2026" of a Công báo page header is not the document's number
    m = next((m for m in NUMBER_RE.finditer(zone)
              if not re.match(r"\d+\s*/\s*ng[àa]y\b", m.group(1), re.IGNORECASE)
              and _opens_number_line(zone, m.start(), m.group())), None)
    if m and re.search(r"[A-Za-zĐđ]", m.group(1)):
        out["number"] = canonical_number(m.group(1))
    d = DATE_LINE_RE.search(zone)
    if d:
        iso = _iso(d["d"], d["m"], d["y"])
        if iso:
            out["date"] = iso
            # "Số: 1245/QĐ-UBND Bảo Lâm" on one line: the place follows the last coded word
            words = _strip_markup(d["place"]).split()
            while any(re.search(r"[-/\d:]", w) for w in words):
                words.pop(0)
            out["place"] = " ".join(words) or None
    elif (blank := re.search(r"ngày[\s.…]*tháng[\s.…]*năm\s+((?:19|20)\d{2})", zone)):
        out["year"] = int(blank.group(1))   # "ngày   tháng   năm 2022": a draft, undated
    upper_words: list[str] = []
    for ln in lines[start:header_end]:
        for cell in _cells(ln.text):
            cell = _drop_mottos(cell)
            if (not cell or NUMBER_RE.search(cell) or re.search(r"\bngày\b|\bSố\b", cell, re.I)
                    or re.fullmatch(r"[A-ZĐ]\.?|[IVXLC]+\.", cell)
                    or re.search(r"\d{1,5}\s*[-/]\s*[\dA-ZĐ]", cell)   # "209/2025/QĐ-UBND" under "Số:"
                    or "CÔNG BÁO" in cell.upper() or not _is_upper_text(cell)
                    or _match_doc_type(cell) or _RULE_RE.match(cell)):
                continue
            upper_words.append(_strip_markup(cell))
    # mottos may be broken over lines ("ĐẢNG CỘNG SẢN" / "VIỆT NAM"): drop them from the run
    run = _drop_mottos(" ".join(upper_words)) if upper_words else ""
    bodies = _split_bodies(run) if run.strip() else []
    if bodies:
        out["issuer"] = organ_name(bodies[-1])
        if len(bodies) > 1:
            out["parent_issuer"] = organ_name(bodies[-2])
    return out


def _opens_number_line(zone: str, at: int, written: str) -> bool:
    """The own number's "Số" opens its line or cell, or follows the body's name in capitals or
    the type and a colon ("Luật số: 04/2017/QH14"); one inside a sentence of the title ("...
    tiếp tục thực hiện quyết định số 42/2004/QĐ-UBBT ngày ...") or in a table cell ("Thông tư
    số 94/2025/TT-BTC ngày ...") cites another document."""
    before = zone[zone.rfind("\n", 0, at) + 1:at]
    before = _strip_markup(re.split(r"\||\t|\s{3,}", before)[-1])
    return (not before or _is_upper_text(before)
            or (tone_key(before) in _type_names_folded() and bool(re.match(r"s[ốo]\s*:", written, re.I))))


@cache
def _type_names_folded() -> frozenset[str]:
    return frozenset(tone_key(t.written) for t in doc_types())


@cache
def _presented_re() -> re.Pattern:
    """A page that presents a document instead of giving its header: "Chính phủ vừa ban hành
    Nghị định số 218/2025/NĐ-CP ngày 5/8/2025 ...", "TOÀN VĂN Thông tư số 30/2024/TT-BGDĐT ..."."""
    names = "|".join(re.escape(t.written).replace(r"\ ", r"\s+") for t in doc_types())
    return re.compile(
        rf"(?:(?<!việc )(?<!về )ban\s+hành|toàn\s+văn\s*:?)\s+(?P<type>{names})\s+(?:số\s*:?\s*)?"
        r"(?P<number>\d{1,5}(?:\s*[-/]\s*[\w.Đđ&]+)+)", re.IGNORECASE)


@cache
def _issued_with_re() -> re.Pattern:
    """The caption of an appendix or of a plan or regulation issued with a decision, which names
    the document it belongs to: "(Kèm theo Nghị định số 55/2023/NĐ-CP ngày 21 tháng 7 năm 2023
    của Chính phủ)", "(Ban hành kèm theo Quyết định số 254/QĐ-UBND ngày 17/02/2023 của Chủ tịch
    Ủy ban nhân dân tỉnh)"."""
    names = "|".join(re.escape(t.written).replace(r"\ ", r"\s+") for t in doc_types())
    return re.compile(
        rf"(?:^|\()[ \t*_]*(?-i:Ban\s+hành\s+kèm|Kèm|KÈM|BAN\s+HÀNH\s+KÈM)\s+theo\s+(?P<type>{names})\s+số\s*:?\s*"
        r"(?P<number>\d{1,5}(?:\s*[-/]\s*[\w.Đđ&]+)+)[ \t,]*"
        r"(?:ngày\s+(?P<date>\d{1,2}\s*(?:/|tháng)\s*\d{1,2}\s*(?:/|năm)\s*\d{4}))?"
        r"(?:\s+của\s+(?P<issuer>[^()\n;]{3,80}?(?:\n[^()\n;]{1,40}?)?))?\s*(?:\)|$)",
        re.IGNORECASE | re.MULTILINE)


@cache
def _enacting_re() -> re.Pattern:
    """The enacting formula of a statute or a decree, which names who issues it ("Quốc hội ban
    hành Luật ...", "Chính phủ ban hành Nghị định ...", "Bộ trưởng Bộ Tài chính ban hành Thông
    tư ..."), and a government telegram's "THỦ TƯỚNG CHÍNH PHỦ điện:"."""
    names = "|".join(re.escape(t.written).replace(r"\ ", r"\s+") for t in doc_types())
    return re.compile(
        rf"(?:^|(?<=[;.])[ \t]+)(?P<body>[{UPPER}][^\n;:,.]{{2,80}}?)\s+(?:(?:vừa\s+|đã\s+)?ban\s+hành\s+"
        rf"(?P<type>{names})\b|điện\s*:)", re.IGNORECASE | re.MULTILINE)


def _enacting_body(text: str, start: int, end: int, dtype: DocType | None) -> str | None:
    """The body an enacting formula names between ``start`` and ``end`` (the type it enacts,
    capitalised, is the document's own where that is known)."""
    for m in _enacting_re().finditer(text, start, end):
        if m["type"]:
            m_type = _match_doc_type(m["type"].upper())
            if not m["type"][0].isupper() or (dtype and m_type and m_type.code != dtype.code):
                continue   # "... cơ quan có thẩm quyền ban hành thông báo": no enacting formula
        body = _organ_phrase(m["body"])
        if body:
            return body
    return None


def _organ_phrase(phrase: str) -> str | None:
    """``phrase`` as a body's name in running text if it opens with the name of an issuing body
    ("Chính phủ", "Bộ trưởng Bộ Tài chính", "THỦ TƯỚNG CHÍNH PHỦ"), else None."""
    words = collapse_spaces(phrase).split(" ")
    if not words[0] or len(words) > 12:
        return None
    folded = tuple(tone_key(w) for w in words)
    if any(folded[:len(key)] == key for key, _w, _h, _p in _organ_words_by_first().get(folded[0], ())):
        return organ_name(collapse_spaces(phrase).upper())
    return None


_KINH_GUI = re.compile(r"[|*_ ]*Kính\s+gửi\b", re.IGNORECASE)
_CONSOLIDATION_RE = re.compile(r"XÁC\s+(?:THỰC|NHẬN)\s+VĂN\s+BẢN\s+HỢP\s+NHẤT", re.IGNORECASE)


def _consolidation(text: str, start: int) -> tuple[str | None, str | None]:
    """(number, date) of the authentication block that closes a consolidated text ("Số:
    28/VBHN-VPQH / XÁC THỰC (or XÁC NHẬN) VĂN BẢN HỢP NHẤT / Hà Nội, ngày 07 tháng 12 năm 2020"): the
    consolidation's own number and date stand there, not in the header."""
    found = None
    for found in _CONSOLIDATION_RE.finditer(text, start):
        pass   # the last one: a consolidation may quote an earlier one
    if found is None:
        return None, None
    window = text[max(0, found.start() - 300):found.end() + 200]
    number = next((canonical_number(m.group(1)) for m in NUMBER_RE.finditer(window)
                   if "VBHN" in m.group(1).upper()), None)
    d = DATE_LINE_RE.search(window)
    return number, _iso(d["d"], d["m"], d["y"]) if d else None


def _code_issuer(number: str | None) -> str | None:
    """The body named by the issuer code of a number: "07-KL/VPTW" -> "Văn phòng Trung ương Đảng"."""
    if not number:
        return None
    codes = issuer_codes()
    for part in reversed(re.split(r"[/-]", number)):
        key = re.sub(r"\d+$", "", part)
        if key in codes:
            return codes[key]
    return None


def _type_from_number(number: str | None) -> DocType | None:
    if not number:
        return None
    for part in re.split(r"[/-]", number):
        for t in doc_types():
            if t.code and part == t.code:
                return t
    return None


@dataclass(slots=True)
class _Reading:
    """What ``extract_metadata`` has read of a header so far (one document, one pass)."""
    text: str
    lines: list[_Line]
    start: int                      # first header line (after a web page's banner)
    type_i: int | None              # the type line ("QUYẾT" / "ĐỊNH" may take two lines)
    type_last: int | None
    header_end: int                 # the line the header runs to
    head: dict                      # number, date, place, issuer, parent issuer, year as written
    inferred: list[str]
    dtype: DocType | None = None
    title: str | None = None
    title_last: int = 0
    letter: bool = False            # an official letter: no type line, "V/v" or "Kính gửi"
    number: str | None = None
    body_start: int = 0
    body_end: int = 0


def _locate_header(text: str, lines: list[_Line]) -> _Reading:
    """Where the header starts (after a banner) and ends (the type line, or for a letter the first
    line of prose), and what its lines say."""
    start = header_start(lines)
    found = _find_type_line(lines, start, 60)
    type_i, type_last = found if found else (None, None)
    first_heading = next((i for i in range(start, min(start + 80, len(lines)))
                          if lines[i].text and _heading(lines[i].text)), None)
    if type_i is not None:
        header_end = type_i
    else:
        # no type line (an official letter): the header runs to "Kính gửi", "V/v" or the first
        # paragraph of prose
        header_end = next((i for i in range(start, min(start + 25, len(lines))) if lines[i].text and (
            _is_prose(lines[i].text) or _is_preamble(lines[i].text)
            or _heading(lines[i].text) is not None)), None)
        if header_end is None or (first_heading is not None and first_heading < header_end):
            header_end = first_heading if first_heading is not None else start
    head = _header_metadata(text, lines, start, header_end) if header_end > start else {}
    if (type_i is None and head.get("issuer") and not (head.get("number") or head.get("date"))
            and not _organ_phrase(head["issuer"])):
        del head["issuer"]   # capitals of a table's column labels ("STT"), not a header
    return _Reading(text, lines, start, type_i, type_last, header_end, head, [])


def _read_type_and_title(r: _Reading) -> None:
    """The type and the title: from the type line, else from a first line that names them in
    running text, else a letter's subject ("V/v ..."); then where the body starts."""
    lines, head = r.lines, r.head
    if r.type_i is not None:
        type_text = " ".join(ln.text for ln in lines[r.type_i:r.type_last + 1])
        r.dtype, rest = _type_prefix(type_text)
        r.title, r.title_last = _title(lines, r.type_last, head.get("issuer"), rest)
        # "THÔNG BÁO" + "KẾT LUẬN CỦA ..." -> "Thông báo kết luận"
        if r.title:
            for t in doc_types():
                if t.written.startswith(r.dtype.written + " ") and tone_key(
                        r.dtype.written + " " + r.title).startswith(tone_key(t.written)):
                    r.dtype = t
                    break
    if r.type_i is None and not (head.get("number") or head.get("date")):
        first = next((i for i in range(r.start, min(r.start + 3, len(lines))) if lines[i].text), None)
        typed = _title_line_type(lines[first].text) if first is not None else None
        if typed:
            r.dtype, title_number, r.title = typed
            if title_number and not head.get("number"):
                head["number"] = title_number
                r.inferred.append("number")
            r.title_last = first
            organ = _organ_line(lines[first + 1].text) if first + 1 < len(lines) else None
            if organ:
                head["issuer"], r.title_last = organ, first + 1
            r.type_i = first   # the body starts after the title (and the body's name)
    if r.title is None:
        zone_end = lines[r.header_end].start if r.header_end < len(lines) else len(r.text)
        vv = re.search(r"(?m)^[ \t*_|]*V/v\s*[:.]?\s*(.+)$", r.text[lines[r.start].start:zone_end])
        if vv:
            r.title, r.letter = _strip_markup(vv.group(1)), True
    if r.type_i is None and not r.letter:   # "Kính gửi: ..." under a header with no type line
        r.letter = any(_KINH_GUI.match(ln.text) for ln in lines[r.header_end:r.header_end + 3] if ln.text)
    if r.type_i is not None:
        r.body_start = lines[r.title_last].end + 1
    else:   # a letter: its body starts under the header ("Kính gửi: ...")
        r.body_start = lines[r.header_end].start if head and r.header_end < len(lines) else 0
    r.body_start = min(r.body_start, len(r.text))


def _read_closing(r: _Reading) -> tuple[list[ClosingZone], str | None, str | None, tuple[str, ...]]:
    """The closing zones (signature, recipients) and where the body ends: before them and before
    the Công báo page headers gathered after the document."""
    text = r.text
    furniture_at = furniture_tail(text)
    zones = closing_zones(text[:furniture_at], r.body_start)
    signed = next((z for z in zones if z.signer or z.signer_title), None)
    listed = next((z for z in zones if z.recipients), None)
    r.body_end = furniture_at
    if zones and not text[zones[-1].end:furniture_at].strip():
        r.body_end = zones[-1].start
        for z in reversed(zones[:-1]):   # adjacent zones at the end ("Nơi nhận" then signature)
            if text[z.end:r.body_end].strip():
                break
            r.body_end = z.start
    return (zones, signed.signer if signed else None, signed.signer_title if signed else None,
            listed.recipients if listed else ())


def _read_number(r: _Reading) -> None:
    """The own number: the header's; else the one a presenting page or an appendix caption names;
    a consolidation's from its authentication block. A number coded VBHN, or the gazette heading
    "VĂN BẢN HỢP NHẤT", makes the text a consolidation."""
    text, lines, head = r.text, r.lines, r.head
    r.number = head.get("number")
    if r.number is None:
        # a page that presents the document: the number (and type) its lead sentence gives
        lead_end = lines[r.type_i].start if r.type_i is not None else lines[min(r.start + 2, len(lines) - 1)].end
        pm = _presented_re().search(text, lines[r.start].start, max(lead_end, lines[r.start].start))
        if pm:
            r.number = canonical_number(pm["number"])
            r.inferred.append("number")
            if r.dtype is None:
                r.dtype = _match_doc_type(pm["type"].upper())
                r.inferred.append("doc_type")
    _read_issued_with(r)
    vbhn_number, vbhn_date = _consolidation(text, r.body_start)
    if vbhn_number and (r.number is None or "VBHN" not in r.number.upper() or vbhn_number == r.number):
        r.number = vbhn_number
        if vbhn_date and not head.get("date"):
            head["date"] = vbhn_date
    consolidated = any(re.match(r"VĂN BẢN HỢP NHẤT\b", collapse_spaces(ln.text))
                       for ln in lines[r.start:r.header_end if r.type_i is None else r.type_i])
    if consolidated or (r.number and "VBHN" in r.number.upper()):
        r.dtype = next((t for t in doc_types() if t.code == "VBHN"), r.dtype)


def _read_issued_with(r: _Reading) -> None:
    """An appendix captioned with its own document ("(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày
    27/11/2025 của ...)") gives the number, date and body the header lacks; a plan captioned in
    its title with the decision that issues it, that decision's date and body only."""
    att, att_type, own, captioned = None, None, False, False
    for k, m in enumerate(_issued_with_re().finditer(r.text, r.lines[r.start].start)):
        m_type = _match_doc_type(m["type"].upper())
        own = r.dtype is None or m_type is None or m_type.code == r.dtype.code
        captioned = m.start() <= r.body_start + 200   # in the title: issued with that document
        if own or captioned or k >= 20:
            att, att_type = (m, m_type) if (own or captioned) else (None, None)
            break
    if att is None:
        return
    head = r.head
    if own and r.number is None:
        r.number = canonical_number(att["number"])
        r.inferred.append("number")
        if r.dtype is None and att_type is not None:
            r.dtype = att_type
            r.inferred.append("doc_type")
    if att["date"] and not head.get("date"):
        m = FULL_DATE_RE.match(att["date"])
        if m and (iso := _iso(m[1], m[2], m[3])):
            head["date"] = iso
            r.inferred.append("date")
    if att["issuer"] and not head.get("issuer"):
        head["issuer"] = collapse_spaces(att["issuer"])
        r.inferred.append("issuer")


def _read_issuer(r: _Reading, signer_title: str | None) -> tuple[str | None, str | None]:
    """(issuer, parent issuer): the header's, completed by the number's issuer code; else, marked
    inferred, the enacting formula's, the body's own name in a report, the number's code, or the
    signature's "T/M ...". The type, if still unknown, from the number or a letter's layout."""
    text, lines, head = r.text, r.lines, r.head
    issuer, parent = head.get("issuer"), head.get("parent_issuer")
    code_name = _code_issuer(r.number)
    if issuer and code_name and tone_key(code_name).startswith(tone_key(issuer) + " "):
        issuer = code_name  # "Văn phòng" under "Ban Chấp hành Trung ương" + "/VPTW"
        # "Ban Tuyên giáo Tỉnh ủy" under "... Đảng bộ tỉnh Lâm Đồng": the place from the parent
        place_of = re.search(r"\b(?:tỉnh|huyện|thành phố|quận|thị xã)\s+(.+)$", parent or "")
        if place_of and re.search(r"(?:Tỉnh|Huyện|Thành|Quận|Thị) ủy$", issuer):
            issuer = f"{issuer} {place_of.group(1)}"
    no_header = not (issuer or r.number or head.get("date"))
    if r.dtype is None:
        r.dtype = _type_from_number(r.number)
        if r.dtype is None and r.letter and (r.number or head.get("date")):
            r.dtype = next((t for t in doc_types() if t.code == "CV"), None)   # an official letter
        if r.dtype is not None:
            r.inferred.append("doc_type")
    elif no_header:
        r.inferred.append("doc_type")
    if issuer is None:
        begin = lines[r.start].start
        issuer = _enacting_body(text, begin, min(r.body_end, begin + 6000), r.dtype)
        m = SELF_ISSUER_RE.search(text, begin, r.body_end) if issuer is None else None
        if issuer:
            pass
        elif m:
            issuer = organ_name(f"{m.group(1)} {m.group(2)}".upper())
        elif code_name:
            issuer = code_name
        elif signer_title and (tm := re.match(r"(?:T/M|TM\.)\s*([^/]+)", signer_title)):
            issuer = organ_name(tm.group(1).strip())   # "T/M BAN THƯỜNG VỤ" -> "Ban Thường vụ"
        if issuer:
            r.inferred.append("issuer")
    return issuer, parent


def _read_date(r: _Reading) -> tuple[str | None, int | None]:
    """(date, year): the header's; else the adoption line's ("thông qua ngày ..."); the year of
    an undated text from its latest full date."""
    text, date = r.text, r.head.get("date")
    if date is None:
        tail = text[r.body_end - 600 if r.body_end > 600 else 0:r.body_end]
        m = PASSED_DATE_RE.search(tail)
        if m and (iso := _iso(int(m[1]), int(m[2]), int(m[3]))):
            date = iso
            r.inferred.append("date")
    year = int(date[:4]) if date else r.head.get("year")
    if year is None:
        years = [int(m[3]) for m in FULL_DATE_RE.finditer(text)
                 if _iso(int(m[1]), int(m[2]), int(m[3]))]
        if years:
            year = max(years)
            r.inferred.append("year")
    return date, year


def extract_metadata(doc: Document) -> tuple[Metadata, int, int, list[ClosingZone]]:
    """Header metadata, the offsets where the body starts and ends (closing signature and
    recipients excluded), and the closing zones (signature blocks, recipient lists)."""
    r = _locate_header(doc.text, _lines(doc.text))
    _read_type_and_title(r)
    zones, signer, signer_title, recipients = _read_closing(r)
    _read_number(r)
    issuer, parent = _read_issuer(r, signer_title)
    date, year = _read_date(r)
    meta = Metadata(
        doc_type=r.dtype.name if r.dtype else None, issuer=issuer, parent_issuer=parent,
        number=r.number, date=date, place=r.head.get("place"), title=r.title, signer=signer,
        signer_title=signer_title, recipients=recipients, inferred=tuple(dict.fromkeys(r.inferred)),
        year=year)
    return meta, r.body_start, r.body_end, zones


# --- the section tree ----------------------------------------------------------------------

ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_value(s: str) -> int | None:
    """"IV" -> 4; None for what is not a well-formed Roman numeral up to 39."""
    if not s or not re.fullmatch(r"X{0,3}(IX|IV|V?I{0,3})", s):
        return None
    total, prev = 0, 0
    for c in reversed(s):
        v = ROMAN_VALUES[c]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total or None


LETTERS = "abcdđefghiklmnopqrstuvxy"
_SHARE_START = re.compile(r"\d{1,3}(?:[.,]\d+)?\s*%\s+\w")

_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("part", re.compile(r"(?i:phần)\s+(thứ\s+\w+|[IVX]+|\d+)\s*[.:\-–]?\s*(.*)")),
    ("block", re.compile(r"([A-HK-UWYZĐ])\s*[.)]\s+(\S.*)")),   # "A. ĐÁNH GIÁ ..." above "I."
    ("chapter", re.compile(r"(?i:chương)\s+([IVXLC]+|\d+)\b\s*[.:\-–]?\s*(.*)")),
    ("subchapter", re.compile(r"(?i:mục)\s+(\d+|[IVX]+)\b\s*[.:\-–]?\s*(.*)")),
    ("article", re.compile(r"(?i:điều)\s+(\d+[a-zđ]?)\s*[.:]\s*(.*)")),
    ("roman", re.compile(r"([IVX]{1,6})(?:\s*[.)\-–:]\s*|\s+)(\S.*)")),
    ("arabic", re.compile(r"(\d{1,2}(?:\.\d{1,2}){0,3})(?:\s*\.\s*|\s+(?=[" + UPPER + r"]))(\S.*)")),
    ("paren", re.compile(r"\(?(\d{1,2})\)\s*(\S.*)")),   # "(1)" and "1)": items below "1."
    ("letter", re.compile(r"([a-zđ])\s*([).])\s*(\S.*)")),
    ("bullet", re.compile(r"([-+•–—▪●◦∙])\s*([\w“\"(‘'].*)")),
)

RANK = {"part": 0, "block": 0.5, "chapter": 1, "subchapter": 2, "article": 3, "heading": 3.5, "roman": 4, "arabic": 5,
        "paren": 6, "letter": 7, "bullet": 8}


@dataclass(frozen=True, slots=True)
class _Candidate:
    kind: str
    label: str
    rest: str          # text after the number mark
    dotted: bool       # "a." / "I." rather than "a)" / "IV "


def _heading(line: str) -> _Candidate | None:
    """The numbering mark a line starts with, if any (no context checks)."""
    for kind, rx in _PATTERNS:
        m = rx.match(line)
        if not m:
            continue
        if kind == "letter":
            return _Candidate(kind, m.group(1), m.group(3), m.group(2) == ".")
        label, rest = m.group(1), m.group(2)
        if kind == "roman" and roman_value(label) is None:
            continue
        if kind == "arabic":
            parts = label.split(".")
            if int(parts[0]) == 0 or int(parts[0]) > 60:
                continue
            if not rest[:1].isalpha() and rest[:1] not in "“\"(‘'" and not _SHARE_START.match(rest):
                continue   # "1. 2020", "2. 500.000": a figure, no item; "2. 100% các xã ...": a target
        dotted = bool(re.match(r"[IVX\d.]+\s*[.)]", line)) if kind in ("roman", "arabic") else True
        return _Candidate(kind, label, rest, dotted)
    return None


def _rank(c: _Candidate) -> float:
    if c.kind == "heading":   # an unnumbered heading block: its level decides
        return RANK["heading"] + 0.01 * int(c.label)
    r = RANK[c.kind]
    if c.kind == "arabic":
        r += 0.1 * c.label.count(".")
    if c.kind == "bullet" and c.label == "+":
        r += 0.5
    return r


def _heading_span(line_text: str, rest: str) -> str:
    """The heading part of the text after the mark: the whole line if short, else its first
    sentence, else its first clause, else its first 200 characters cut at a word (a numbered
    item that runs on as a paragraph). Always a prefix of ``rest``."""
    if len(rest) <= 200:
        return rest
    m = re.search(r":(?=\s+[a-zđà-ỹ])", rest[:150])
    if m:   # "Về đầu tư kho dầu thô dự trữ quốc gia: với vai trò là chủ đầu tư, ..."
        return rest[:m.end()]
    m = re.search(r"[.:!?](?=\s+[" + UPPER + r"\"“(])", rest[:250])
    if m:
        return rest[:m.end()]
    m = None
    for m in re.finditer(r"[;:,](?=\s)", rest[:200]):
        pass
    if m and m.start() > 40:
        return rest[:m.start()]
    cut = rest.rfind(" ", 0, 200)
    return rest[:cut if cut > 40 else 200]


def _next_letter(prev: str | None) -> set[str]:
    if prev is None:
        return {"a"}
    i = LETTERS.find(prev)
    nxt = {LETTERS[i + 1]} if 0 <= i < len(LETTERS) - 1 else set()
    if prev == "d":
        nxt.add("e")  # some documents skip "đ"
    if prev == "e":
        nxt.add("g")  # the Vietnamese alphabet has no "f": "e)" is followed by "g)"
    return nxt


def build_sections(text: str, start: int = 0, end: int | None = None,
                   skip: tuple[tuple[int, int], ...] = (),
                   hints: dict[int, tuple[str, int]] | None = None,
                   lines: list[_Line] | None = None) -> list[Section]:
    """The section tree of ``text[start:end]`` as a flat list in reading order.

    Nesting follows the numbering (Phần > Chương > Mục > Điều > I. > 1. > 1.1. > (1) > a) >
    "-" > "+"), whatever the Markdown or DOCX heading levels say. Reader hints (``hints``:
    line start -> (block kind, level)) only add what the text cannot show: a DOCX list item
    whose bullet is not in the text is a bullet; and where nothing in the body is numbered,
    heading blocks become sections of kind "heading" ("H1", "H1.2"), nested by their level.
    ``lines``: ``_lines(text)`` when the caller has them already.
    """
    hints = hints or {}
    lines = _lines(text) if lines is None else lines
    found = _build(text, start, end, skip, hints, unnumbered=False, lines=lines)
    if hints and not any(s.kind != "bullet" for s in found):
        found = _build(text, start, end, skip, hints, unnumbered=True, lines=lines)
    return found


def _build(text: str, start: int, end: int | None, skip: tuple[tuple[int, int], ...],
           hints: dict[int, tuple[str, int]], unnumbered: bool, lines: list[_Line]) -> list[Section]:
    end = len(text) if end is None else end
    stack: list[tuple[float, int]] = []   # (rank, index into nodes)
    nodes: list[dict] = []
    last_child: dict[tuple[int | None, str], int | str] = {}
    bullet_count: dict[int | None, int] = {}
    heading_count: dict[int | None, int] = {}
    ids: set[str] = set()
    next_copy: dict[str, int] = {}   # id -> the first "~k" suffix that may still be free
    skipped = SpanSet(skip)
    line_starts = [ln.start for ln in lines]
    prev_text = ""
    # only the lines of [start, end): an attached regulation is built apart from the body
    for idx in range(bisect_left(line_starts, start), bisect_left(line_starts, end)):
        ln = lines[idx]
        if not ln.text or skipped.holds(ln.start):
            continue
        before, prev_text = prev_text, ln.text
        c = _heading(ln.text)
        hint = hints.get(ln.start)
        if c is None and hint is not None:
            if hint[0] == "list_item":
                c = _Candidate("bullet", "-", ln.text, True)
            elif hint[0] == "heading" and unnumbered:
                c = _Candidate("heading", str(max(hint[1], 1)), ln.text, True)
        if c is None:
            continue
        if c.kind == "bullet" and hint is None and len(before) > 80 and before[-1].isalnum():
            continue  # "... Công nghiệp" / "- Viễn thông Quân đội ...": a line broken at a dash
        r = _rank(c)
        # the parent this heading would get
        st = [s for s in stack if s[0] < r]
        parent_i = st[-1][1] if st else None
        key = (parent_i, c.kind)
        prev = last_child.get(key)
        if not _plausible(c, prev, ln.text):
            continue
        stack = st
        parent = nodes[parent_i] if parent_i is not None else None
        pid = parent["id"] if parent else None
        if c.kind == "bullet":
            n = bullet_count.get(parent_i, 0) + 1
            bullet_count[parent_i] = n
            sid = f"{pid}.b{n}" if pid else f"b{n}"
            label = str(n)
        elif c.kind == "heading":
            n = heading_count.get(parent_i, 0) + 1
            heading_count[parent_i] = n
            sid, label = (f"{pid}.{n}" if pid else f"H{n}"), str(n)
        elif c.kind == "article":
            sid, label = f"Điều {c.label}", c.label
        elif c.kind == "chapter":
            sid, label = f"Chương {c.label}", c.label
        elif c.kind == "part":
            sid, label = f"Phần {c.label}", c.label
        elif c.kind == "subchapter":
            sid, label = (f"{pid}.Mục {c.label}" if pid else f"Mục {c.label}"), c.label
        elif c.kind == "paren":
            sid, label = (f"{pid}.({c.label})" if pid else f"({c.label})"), c.label
        elif c.kind == "arabic":
            label = c.label
            own = label.split(".")[-1]
            if parent and parent["kind"] == "arabic" and label.startswith(parent["label"] + "."):
                sid = f"{pid}.{own}"
            else:
                sid = f"{pid}.{label}" if pid else label
        else:
            label = c.label
            sid = f"{pid}.{label}" if pid else label
        if sid in ids:   # a repeated number: "I~2", "I~3", ... (the suffixes below k are taken)
            base, k = sid, next_copy.get(sid, 2)
            while f"{base}~{k}" in ids:
                k += 1
            sid = f"{base}~{k}"
            next_copy[base] = k + 1
        ids.add(sid)
        last_child[key] = c.label if c.kind != "bullet" else "-"
        rest_at = ln.start + len(text[ln.start:ln.end]) - len(text[ln.start:ln.end].lstrip(_MARKUP))
        rest_at = text.find(c.rest[:20], rest_at, ln.end + 1) if c.rest else ln.end
        head = _heading_span(ln.text, c.rest)
        head_clean = head.rstrip(_MARKUP).rstrip()
        heading_end = rest_at + len(head_clean) if rest_at >= 0 else ln.end
        heading = head_clean.rstrip(".:;").strip()
        nxt = lines[idx + 1] if idx + 1 < len(lines) else None
        if (not heading and nxt is not None and nxt.text and nxt.start < end
                and c.kind in ("chapter", "part", "subchapter") and _heading(nxt.text) is None):
            # "Chương I" / "QUY ĐỊNH CHUNG": the title on the next line
            heading = collapse_spaces(nxt.text).rstrip(".:;")
            heading_end = nxt.lstart + len(nxt.text)
            ln = _Line(ln.start, nxt.end, ln.lstart, ln.text)
            nxt = None
        if (nxt is not None and nxt.text and nxt.start < end and c.kind != "bullet"
                and heading and _is_upper_text(heading) and not re.search(r"[.:;]$", head_clean)
                and _is_upper_text(nxt.text) and len(nxt.text) < 120 and _heading(nxt.text) is None
                and not _match_doc_type(nxt.text)):
            # an upper-case heading broken over two lines: "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG" / "TÂM ..."
            heading = f"{heading} {nxt.text.rstrip('.:;')}"
            heading_end = nxt.lstart + len(nxt.text)
            ln = _Line(ln.start, nxt.end, ln.lstart, ln.text)
        if c.kind == "chapter" and not heading:
            heading = ""
        nodes.append({"id": sid, "heading": collapse_spaces(heading), "level": len(stack) + 1,
                      "start": ln.start, "heading_end": min(heading_end, ln.end), "kind": c.kind,
                      "label": label, "parent": pid})
        stack.append((r, len(nodes) - 1))
    sections = []
    skip_starts = sorted(a for a, _b in skip)
    for i, n in enumerate(nodes):
        k = bisect_right(skip_starts, n["start"])   # the first skipped zone after the heading
        stop = min(end, skip_starts[k]) if k < len(skip_starts) else end
        for j in range(i + 1, len(nodes)):
            if nodes[j]["level"] <= n["level"]:
                stop = min(stop, nodes[j]["start"])
                break
        while stop > n["heading_end"] and text[stop - 1].isspace():
            stop -= 1
        sections.append(Section(id=n["id"], heading=n["heading"], level=n["level"],
                                start=n["start"], end=max(stop, n["heading_end"]),
                                heading_end=n["heading_end"], kind=n["kind"], label=n["label"],
                                parent=n["parent"]))
    return sections


def _plausible(c: _Candidate, prev, line: str) -> bool:
    """Context checks that keep numbered prose, years and figures out of the tree."""
    rest = c.rest.strip(_MARKUP)
    if c.kind == "heading":
        return bool(rest)
    if not rest:
        return c.kind in ("chapter", "article", "part", "subchapter")
    if c.kind == "block":
        want = chr(ord(prev) + 1) if isinstance(prev, str) and prev != "Đ" else "A"
        return c.label in (want, "A") and _is_upper_text(rest) and len(rest) < 200
    if c.kind == "roman":
        v = roman_value(c.label)
        want = (roman_value(prev) or 0) + 1 if isinstance(prev, str) else 1
        if c.dotted:
            return v == want or v == 1 or _is_upper_text(rest)
        return _is_upper_text(rest)  # no Vietnamese word is spelt with I, V and X alone
    if c.kind == "arabic":
        n = int(c.label.split(".")[-1])
        want = int(str(prev).split(".")[-1]) + 1 if prev else 1
        if not c.dotted and "." not in c.label:
            return False
        if n in (want, 1):
            return True
        return len(rest) <= 150 and rest[:1].isupper()
    if c.kind == "letter":
        ok_seq = c.label in _next_letter(prev if isinstance(prev, str) else None)
        if c.dotted:
            return ok_seq and rest[:1].isupper()
        return ok_seq or c.label == "a" or len(rest) <= 150
    if c.kind == "paren":
        n = int(c.label)
        want = int(prev) + 1 if prev else 1
        return n in (want, 1)
    return True


def _attachments(text: str, zones: list[ClosingZone], body_end: int) -> list[tuple[int, int, DocType]]:
    """Documents attached after a signature ("QUY ĐỊNH ... (Ban hành kèm theo Quyết định số
    38/2016/QĐ-UBND)"): (offset of the type line, index of that line, type)."""
    lines = _lines(text)
    starts = [ln.start for ln in lines]
    out = []
    for z in zones:
        if z.end >= body_end:
            continue
        i = bisect_right(starts, z.end)
        for k in range(i, min(i + 3, len(lines))):
            t = _match_doc_type(lines[k].text) if lines[k].text else None
            if t is not None:
                out.append((lines[k].start, k, t))
                break
    return out


def structure(doc: Document) -> Document:
    """Fill ``metadata`` and ``sections``.

    A document attached after the signature (a regulation issued with a decision) becomes one
    top-level section of kind "attachment" (id "Quy định"), its chapters and articles below it.

    >>> doc = structure(normalize(read_document("000_baolam_bc_nq20.txt")))  # doctest: +SKIP
    >>> doc.metadata.issuer, [s.id for s in doc.sections if s.level == 1]  # doctest: +SKIP
    ('Huyện ủy Bảo Lâm', ['I', 'II', 'III', 'IV', 'V'])
    """
    text = doc.text
    meta, body_start, body_end, zones = extract_metadata(doc)
    skip = tuple((z.start, z.end) for z in zones)
    hints = {text.rfind("\n", 0, b.start) + 1: (b.kind, b.level) for b in doc.blocks
             if b.kind in ("heading", "list_item") and 0 <= b.start <= len(text)}
    attached = _attachments(text, zones, body_end)
    bounds = [a[0] for a in attached] + [body_end]
    lines = _lines(text)
    sections = build_sections(text, body_start, bounds[0], skip=skip, hints=hints, lines=lines)
    taken = {s.id for s in sections}
    for n, (at, line_i, dtype) in enumerate(attached):
        title, last = _title(lines, line_i, None)
        a_start = lines[last].end + 1
        a_end = bounds[n + 1]
        aid = dtype.name
        while aid in taken:
            aid += "'"
        end = a_end
        while end > at and text[end - 1].isspace():
            end -= 1
        first = len(sections)
        sections.append(Section(id=aid, heading=title or dtype.name, level=1, start=at,
                                end=end, heading_end=lines[last].lstart + len(lines[last].text),
                                kind="attachment", label=dtype.name))
        for s in build_sections(text, a_start, a_end, skip=skip, hints=hints, lines=lines):
            sections.append(replace(s, id=f"{aid}.{s.id}", level=s.level + 1,
                                    parent=f"{aid}.{s.parent}" if s.parent else aid))
        taken.update(s.id for s in sections[first:])
    return replace(doc, metadata=meta, sections=tuple(sections))
