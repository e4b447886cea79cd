"""Lines of a normalised document and what a header line is: the organ, the motto, the type
line, the number and date line, the title."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from vanban.pipeline.resources import load_json
from vanban.pipeline.structure.tables import (
    HeaderType, MARKUP, capacity_marks, doc_types, is_preamble, motto_lines, organ_words_by_first,
    preamble_re, word_list,
)
from vanban.pipeline.text import collapse_spaces, strip_marks, tone_key
from vanban.pipeline.text.labels import UPPER, list_label
from vanban.pipeline.text.numbers import HEADER_NUMBER_RE, canonical_number


# --- lines ------------------------------------------------------------------------------------

def is_upper_text(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def strip_markup(s: str) -> str:
    return s.strip(MARKUP + "\u00a0")


@dataclass(frozen=True, slots=True)
class Line:
    start: int          # offset of the line in doc.text
    end: int            # offset of its end (before "\n")
    lstart: int         # first character after leading whitespace/markup
    text: str           # the line without leading/trailing markup


def split_lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        end = pos + len(raw)
        lead = len(raw) - len(raw.lstrip(MARKUP + "\u00a0"))
        out.append(Line(pos, end, pos + lead, strip_markup(raw)))
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
        for key, written, _head, place_after in organ_words_by_first().get(folded[i], ()):
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


def split_bodies(upper: str) -> list[str]:
    """Split a run of header words into bodies where a head word starts one.

    "BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG" -> ["BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG"].
    """
    words = collapse_spaces(upper).split(" ")
    folded = [tone_key(w) for w in words]
    bodies: list[list[str]] = []
    i, last_bare = 0, False
    while i < len(words):
        for key, _written, head, _place in organ_words_by_first().get(folded[i], ()):
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


# --- what a header line is -------------------------------------------------------------------

DATE_LINE_RE = re.compile(
    rf"(?P<place>[{UPPER}][^\n,|*]{{0,40}}?)\s*,\s*ngày\s+(?P<d>\d{{1,2}}|0 \d)\s*"
    r"(?:tháng\s*|[/.-])(?P<m>\d{1,2}|0 \d)\s*(?:năm\s+|[/.-])(?P<y>\d{4})")   # "tháng11": the space lost
# "Hà Nội ngày 01 tháng 12 năm 2025": the place-and-date line with its comma lost; only a line that
# is nothing else (a place of capitalised words at its start), tried when no line has the comma
DATE_LINE_NO_COMMA_RE = re.compile(
    rf"(?m)^[ \t|*_]*(?P<place>[{UPPER}][^\W\d_]*(?:\s+[{UPPER}][^\W\d_]*){{0,3}})\s+ngày\s+(?P<d>\d{{1,2}})\s*"
    r"(?:tháng\s*|[/.-])(?P<m>\d{1,2})\s*(?:năm\s+|[/.-])(?P<y>\d{4})[ \t*_.]*$")
FULL_DATE_RE = re.compile(
    r"\b(?:ngày\s+)?(\d{1,2})\s*(?:tháng\s+|/)(\d{1,2})\s*(?:năm\s+|/)((?:19|20)\d{2})\b")
PASSED_DATE_RE = re.compile(
    r"(?:thông qua|ký|ban hành)\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_CAPACITY = "|".join(map(re.escape, capacity_marks()))   # models/structure/capacities.tsv
CAPACITY_RE = re.compile(r"(?<![^\s|*_])(" + _CAPACITY + r")\s*(?=[" + UPPER + "])")
CAPACITY_LINE_RE = re.compile(r"(?m)^[ \t|*_]*(" + _CAPACITY + r")\s*(?=[" + UPPER + "])")
CAPACITY_IN_CELL_RE = re.compile(r"\|\s*(?:" + "|".join(map(re.escape, capacity_marks(in_cell=True))) + r")\s")
RECIPIENTS_RE = re.compile(r"N[ơo]i\s+nhận\s*[:.]?", re.IGNORECASE)


def _alt(words: list[str]) -> str:
    return "|".join(map(re.escape, words))


# A body naming itself before what it does, where there is no header: "Ủy ban nhân dân tỉnh Sơn La
# báo cáo ...", "Huyện ủy Bảo Lâm sơ kết ..." (models/structure/self_issuer.json)
_SELF = load_json("structure/self_issuer.json")
SELF_ISSUER_RE = re.compile(
    rf"\b((?i:(?:{_alt(_SELF['committee_places'])}) [ủu][ỷy]"
    rf"|ủy ban nhân dân(?: (?:{_alt(_SELF['people_committee_levels'])}))?))"
    rf"\s+((?:[{UPPER}][\w']*\s+){{1,4}}?)((?i:{_alt(_SELF['verbs'])}))\b")
RULE_RE = re.compile(r"^[\s\-–—_=*.]+$")


def match_doc_type(upper_line: str) -> HeaderType | None:
    s = collapse_spaces(upper_line).rstrip(":.").upper()
    for t in doc_types():
        if s == t.written:
            return t
    return None


def cells(line: str) -> list[str]:
    """A header line split into its columns (table cells, runs of spaces, dash rules)."""
    parts = re.split(r"\s*\|\s*|\t+|\s{3,}|\s*-{3,}\s*|\s*<br\s*/?>\s*", line)
    return [strip_markup(p) for p in parts if strip_markup(p)]


def _word_char(c: str) -> bool:
    return c.isalnum() or unicodedata.combining(c) > 0


@cache
def _motto_edges() -> tuple[frozenset[str], frozenset[str]]:
    """(first words, last words) of the mottos, folded."""
    words = [m.split(" ") for m in motto_lines()]
    return frozenset(w[0] for w in words), frozenset(w[-1] for w in words)


@cache
def _spaceless_mottos() -> tuple[str, ...]:
    """The mottos without spaces or marks, lowercase ("conghoaxahoichunghiavietnam")."""
    return tuple(sorted({_bare(m).replace(" ", "") for m in word_list("mottos.txt")}, key=len, reverse=True))


def _bare(s: str) -> str:
    return strip_marks(s).lower()


def _split_spaceless_mottos(piece: str) -> list[str]:
    """A run of capitals holding a motto written without spaces, glued to what stands beside it
    ("NAMCỘNGHÒAXÃHỘICHỦNGHĨAVIỆTNAM" -> "NAM" + "CỘNGHÒAXÃHỘICHỦNGHĨAVIỆTNAM"); one find per
    motto, so linear in the piece."""
    key = _bare(piece)
    if not piece.isupper() or len(key) != len(piece):
        return [piece]
    for motto in _spaceless_mottos():
        at = key.find(motto)
        if at >= 0 and len(motto) < len(piece):
            cut = [piece[:at], piece[at:at + len(motto)], piece[at + len(motto):]]
            return [c for c in cut if c]
    return [piece]


def _glued_pieces(word: str) -> list[str]:
    """A header word cut where a flattened table glued two cells: "NAMĐộc" -> "NAM" + "Độc"
    (capitals, then a capitalised word), "phúcSố" -> "phúc" + "Số", "phúc---" -> "phúc" +
    "---" (letters against punctuation); in capitals alone, where a motto's first or last word
    is glued ("PHỦCỘNG" -> "PHỦ" + "CỘNG", "NAMĐỘC" -> "NAM" + "ĐỘC"), and a motto's last word in
    capitals glued to lowercase text ("NAMa" -> "NAM" + "a")."""
    firsts, lasts = _motto_edges()
    cuts = [0]
    for k in range(1, len(word)):
        a, b = word[k - 1], word[k]
        nxt = word[k + 1] if k + 1 < len(word) else ""
        capitalised = a.isupper() and b.isupper() and nxt.islower() \
            and tone_key(word[cuts[-1]:k + 1]) not in lasts   # "NAMa" is "NAM" + "a", below
        if capitalised or (a.islower() and b.isupper()) or _word_char(a) != _word_char(b):
            cuts.append(k)
    cuts.append(len(word))
    pieces = [word[i:j] for i, j in zip(cuts, cuts[1:])]
    out = []
    for p in (q for piece in pieces for q in _split_spaceless_mottos(piece)):
        # a syllable is short: longer runs are no glued motto word (and stay linear to check)
        k = next((k for k in range(1, len(p)) if len(p) <= 16 and p.isupper()
                  and (tone_key(p[:k]) in lasts or tone_key(p[k:]) in firsts)), 0)
        if not k:   # a motto's last word glued to lowercase text: "NAMngày" -> "NAM" + "ngày"
            run = next((i for i, c in enumerate(p) if not c.isupper()), len(p))
            k = run if 2 <= run < len(p) and p[run].islower() and tone_key(p[:run]) in lasts else 0
        out.extend([p[:k], p[k:]] if k else [p])
    return out


def drop_mottos(s: str) -> str:
    """``s`` without the national and Party mottos it holds, also where a flattened header glued
    a motto to its neighbours ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh
    phúc"). One pass over the words: each turn either drops a whole motto or keeps one word."""
    pieces: list[tuple[str, bool]] = []   # (piece, glued to the piece before it)
    for word in collapse_spaces(s).split(" "):
        pieces.extend((p, k > 0) for k, p in enumerate(_glued_pieces(word)))
    folded = [tone_key(p) for p, _ in pieces]
    mottos = [m.split(" ") for m in motto_lines()]
    kept: list[str] = []
    i, dropped, kept_last = 0, False, False
    while i < len(pieces):
        n = next((len(m) for m in mottos if folded[i:i + len(m)] == m), 0) \
            or int(_bare(pieces[i][0]) in _spaceless_mottos())
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


def type_prefix(line: str) -> tuple[HeaderType, str] | None:
    """A line that opens with a document type in capitals, the title running on after it
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG thực hiện Nghị quyết số 20-NQ/TW ...", "LUẬT KHOA HỌC VÀ CÔNG
    NGHỆ"): (type, rest of the line)."""
    whole = match_doc_type(line)
    if whole:
        return whole, ""
    words = collapse_spaces(line).split(" ")
    for t in doc_types():
        n = len(t.written.split(" "))
        if len(words) <= n or " ".join(words[:n]) != t.written:
            continue   # (the rest of a long line is joined only after its type matched)
        rest = " ".join(words[n:])
        if rest[:1].isalpha():
            if rest[:1].islower() or is_upper_text(rest):
                return t, rest
    return None


def title_line_type(line: str) -> tuple[HeaderType, str | None, str] | None:
    """A first line that names the type in running text and goes on with the title, as pages
    that give no header open ("Quyết định ban hành quy định về ...", "Thông tư liên tịch hướng
    dẫn ...", "Nghị quyết 62/2025/NQ-HĐND quy định ..."), after a story opener where the page
    starts mid-story ("Theo đó, Nghị định số 17/2025/NĐ-CP sửa đổi ..."): (type, number or None,
    title)."""
    words = collapse_spaces(line[story_opener_length(line):]).split(" ")
    for t in doc_types():
        n = len(t.written.split(" "))
        if len(words) <= n or tone_key(" ".join(words[:n])) != tone_key(t.written):
            continue
        number = None
        k = n + (1 if tone_key(words[n]) == tone_key("số") else 0)
        if k < len(words) - 1 and re.fullmatch(r"\d{1,5}(?:\.\d{1,3})?(?:[-/][\w.Đđ&]+)+", words[k]):
            number, n = canonical_number(words[k]), k + 1
        if words[n][:1].islower():
            return t, number, " ".join(words[n:])
    return None


@cache
def _opener_re(list_name: str) -> re.Pattern:
    """A line that opens with one of the words of ``list_name`` and a comma, the spaces after it."""
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in word_list(list_name))
    return re.compile(rf"[ \t#*_]*(?:{words})\s*,\s*", re.IGNORECASE)


def opens_on_the_past(line: str) -> bool:
    """Whether ``line`` opens on an earlier event ("Trước đó, Quốc hội đã ban hành ...")."""
    return _opener_re("past_openers.txt").match(line) is not None


def story_opener_length(line: str) -> int:
    """How many characters of ``line`` a story opener takes ("Theo đó, "): 0 where none."""
    m = _opener_re("story_openers.txt").match(line)
    return m.end() if m else 0


def organ_line(line: str) -> str | None:
    """A short line that only names an issuing body, as such pages put it under the title
    ("Ủy ban nhân dân tỉnh nghệ an"): the body as written in running text."""
    if not line or len(line) > 80 or re.search(r"[:;,./]", line):
        return None
    first = tone_key(line.split(" ")[0])
    if any(head and key == tuple(tone_key(w) for w in line.split(" ")[:len(key)])
           for key, _w, head, _p in organ_words_by_first().get(first, ())):
        return organ_name(line.upper())
    return None


def _split_type(line: str, next_line: str) -> bool:
    """A type name broken over two lines by a crawled page ("QUYẾT" / "ĐỊNH")."""
    words = collapse_spaces(line).upper().split(" ")
    if not words[0] or len(words) > 3:
        return False
    return any(t.written.split(" ")[:len(words)] == words and len(t.written.split(" ")) > len(words)
               for t in doc_types()) and type_prefix(f"{line} {next_line}") is not None


def find_type_line(lines: list[Line], start: int, limit: int) -> tuple[int, int] | None:
    """(first, last) index of the type line ("NGHỊ QUYẾT", or "QUYẾT" / "ĐỊNH" broken over two
    lines) among ``lines[start:start + limit]``; None once the body has begun (a numbered
    heading, or a preamble line "Căn cứ ...": the "Quyết định:" after a preamble is the enacting
    formula, not the type line)."""
    for i in range(start, min(start + limit, len(lines))):
        ln = lines[i]
        if ln.text and type_prefix(ln.text):
            return i, i
        if ln.text and i + 1 < len(lines) and _split_type(ln.text, lines[i + 1].text):
            return i, i + 1
        if ln.text and ((list_label(ln.text) is not None and list_label(ln.text).kind != "bullet")
                        or preamble_re(True).match(ln.text)):
            return None   # the body has begun
    return None


def _is_motto_line(line: str, next_line: str = "") -> bool:
    """A header line that opens the national or Party motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
    NAM", also glued to its neighbours by a flattened table, or broken after "CỘNG"), written
    in capitals as headers are; or the line "Độc lập - Tự do - Hạnh phúc" itself."""
    line = collapse_spaces(line)[:300]
    if tone_key(line) in motto_lines():
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
    return tuple(" ".join(m.split(" ")[:3]) for m in motto_lines() if len(m.split(" ")) >= 4)


def _is_header_line(t: str) -> bool:
    """A line that may stand in a header before the motto: the issuing body in capitals, its
    number ("Số: 12/2025/QĐ-UBND", "Luật số: 04/2017/QH14"), a letter's subject ("V/v ..."),
    the place and date, a rule or a star."""
    return (not t or bool(RULE_RE.match(t)) or is_upper_text(t) or t.startswith("*")
            or (len(t) < 100 and bool(HEADER_NUMBER_RE.search(t))) or bool(DATE_LINE_RE.search(t))
            or bool(re.match(r"V/v\b", t)))


def is_prose(t: str) -> bool:
    """A long line that is no header row: not a flattened header row ("Số: 1040/LĐTBXH-NCC V/v
    ... | Hà Nội, ngày 09 tháng 04 năm 2012"), not a letter's subject ("V/v ban hành ...")."""
    return len(t) > 150 and not (HEADER_NUMBER_RE.match(t) or re.match(r"V/v\b", t)
                                 or ("|" in t and DATE_LINE_RE.search(t)))


@cache
def _banner_re() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in word_list("site_banners.txt")), re.IGNORECASE)


def _banner_end(lines: list[Line], limit: int = 120) -> int:
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


def header_start(lines: list[Line], limit: int = 200) -> int:
    """Index of the first line of the document's own header: a web page's banner, menus and
    attribute table ("Số hiệu: ...", "Loại văn bản: Nghị quyết") come before it and are not
    the document's. The header starts with the body's name just above the motto line, or
    after the banner where no motto follows it; 0 where nothing stands before the header."""
    start = _banner_end(lines)
    for m in range(start, min(start + limit, len(lines))):
        t = lines[m].text
        if t and preamble_re(True).match(t):
            return start     # the body has begun: no motto in this header
        if t and _is_motto_line(t, lines[m + 1].text if m + 1 < len(lines) else ""):
            break
    else:
        return start
    i = m
    while i > start and m - i < 10 and _is_header_line(lines[i - 1].text):
        i -= 1
    return i


def read_title(lines: list[Line], after: int, issuer: str | None,
           first: str = "") -> tuple[str | None, int]:
    """Title paragraphs after the type line (``first``: what follows the type on its own line);
    returns (title, index of the last title line)."""
    parts: list[str] = [first] if first else []
    last = after
    upper_title = is_upper_text(first) if first else None
    i = after + 1
    prev_blank = False
    while i < len(lines) and len(parts) < 6:
        t = lines[i].text
        if not t:
            prev_blank = True
            i += 1
            continue
        if RULE_RE.match(t) or is_preamble(t, first_title_line=not parts):
            break
        if issuer and tone_key(t) in (tone_key(issuer), tone_key(issuer) + " :"):
            break
        if parts and not upper_title and is_upper_text(t) and len(t) < 80 and organ_phrase(t):
            break   # "Về việc ..." then "CHÍNH PHỦ" / "ỦY BAN NHÂN DÂN TỈNH ...": the enacting body
        if list_label(t) is not None:
            break
        if not parts:
            if len(t) > 400:
                break
            parts.append(t)
            upper_title = is_upper_text(t)
        else:
            up = is_upper_text(t)
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


def organ_phrase(phrase: str) -> str | None:
    """``phrase`` as a body's name in running text if it opens with the name of an issuing body
    ("Chính phủ", "Bộ trưởng Bộ Tài chính", "THỦ TƯỚNG CHÍNH PHỦ"), else None."""
    words = collapse_spaces(phrase).split(" ")
    if not words[0] or len(words) > 12:
        return None
    folded = tuple(tone_key(w) for w in words)
    if any(folded[:len(key)] == key for key, _w, _h, _p in organ_words_by_first().get(folded[0], ())):
        return organ_name(collapse_spaces(phrase).upper())
    return None


