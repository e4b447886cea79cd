"""Header metadata: type, issuer, number, place and date, title, signer and recipients, read
from the header lines and the closing zone."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from vanban.pipeline.model import Document, Metadata
from vanban.pipeline.read.furniture import furniture_tail
from vanban.pipeline.structure.closing import ClosingZone, closing_zones
from vanban.pipeline.structure.lines import (
    DATE_LINE_NO_COMMA_RE, DATE_LINE_RE, FULL_DATE_RE, Line, PASSED_DATE_RE, RULE_RE, SELF_ISSUER_RE, cells, drop_mottos,
    find_type_line, header_start, is_prose, opens_on_the_past, is_upper_text, match_doc_type, organ_line, organ_name,
    organ_phrase, read_title, split_bodies, split_lines, strip_markup, title_line_type, type_prefix, word_list,
)
from vanban.pipeline.structure.tables import HeaderType, doc_types, is_preamble, issuer_codes, motto_lines
from vanban.pipeline.text import collapse_spaces, tone_key
from vanban.pipeline.text.labels import UPPER, list_label
from vanban.pipeline.text.numbers import HEADER_NUMBER_RE, canonical_number


def _iso(d: int | str, m: int | str, y: int | str) -> str | None:
    """ISO date of a day, month and year as written ("0 6" for a month a PDF broke: 6)."""
    d, m, y = (int(str(x).replace(" ", "")) for x in (d, m, y))
    if 1 <= d <= 31 and 1 <= m <= 12:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def _header_metadata(text: str, lines: list[Line], start: int, header_end: int) -> dict:
    """Number, place, date, issuer and parent issuer from the header lines ``start`` to the
    type line."""
    out: dict = {}
    zone_end = lines[header_end].start if header_end < len(lines) else len(text)
    zone = text[lines[start].start:zone_end]
    # "Số 271/Ngày 12-05-2026" of a Công báo page header is not the document's number
    m = next((m for m in HEADER_NUMBER_RE.finditer(zone)
              if not re.match(r"\d+\s*/\s*ng[àa]y\b", m.group(1), re.IGNORECASE)
              and _opens_number_line(zone, m.start(), m.group())), None)
    if m and re.search(r"[A-Za-zĐđ]", m.group(1)):
        out["number"] = canonical_number(m.group(1))
    d = DATE_LINE_RE.search(zone) or DATE_LINE_NO_COMMA_RE.search(zone)
    if d:
        iso = _iso(d["d"], d["m"], d["y"])
        if iso:
            out["date"] = iso
            # "Số: 1245/QĐ-UBND Bảo Lâm" on one line: the place follows the last coded word
            words = strip_markup(d["place"]).split()
            while any(re.search(r"[-/\d:]", w) for w in words):
                words.pop(0)
            out["place"] = " ".join(words) or None
    elif (blank := re.search(r"ngày[\s.…]*tháng[\s.…]*năm\s+((?:19|20)\d{2})", zone)):
        out["year"] = int(blank.group(1))   # "ngày   tháng   năm 2022": a draft, undated
    upper_words: list[str] = []
    for ln in lines[start:header_end]:
        for cell in cells(ln.text):
            cell = drop_mottos(cell)
            if (not cell or HEADER_NUMBER_RE.search(cell) or re.search(r"\bngày\b|\bSố\b", cell, re.I)
                    or re.fullmatch(r"[A-ZĐ]\.?|[IVXLC]+\.", cell)
                    or re.search(r"\d{1,5}\s*[-/]\s*[\dA-ZĐ]", cell)   # "209/2025/QĐ-UBND" under "Số:"
                    or "CÔNG BÁO" in cell.upper() or not is_upper_text(cell)
                    or match_doc_type(cell) or RULE_RE.match(cell)):
                continue
            upper_words.append(strip_markup(cell))
    # mottos may be broken over lines ("ĐẢNG CỘNG SẢN" / "VIỆT NAM"): drop them from the run
    run = drop_mottos(" ".join(upper_words)) if upper_words else ""
    bodies = split_bodies(run) if run.strip() else []
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
    before = strip_markup(re.split(r"\||\t|\s{3,}", before)[-1])
    return (not before or is_upper_text(before)
            or (tone_key(before) in _type_names_folded() and bool(re.match(r"s[ốo]\s*:", written, re.I))))


@cache
def _type_names_folded() -> frozenset[str]:
    return frozenset(tone_key(t.written) for t in doc_types())


@cache
def _presented_re() -> re.Pattern:
    """A page that presents a document instead of giving its header: "Chính phủ vừa ban hành
    Nghị định số 218/2025/NĐ-CP ngày 5/8/2025 ...", "TOÀN VĂN Thông tư số 30/2024/TT-BGDĐT ...",
    "... Thường trực Ban Bí thư đã ký Thông báo kết luận số 75-TB/TW ngày 7/3/2025 ..."."""
    names = "|".join(re.escape(t.written).replace(r"\ ", r"\s+") for t in doc_types())
    return re.compile(
        rf"(?:(?<!việc )(?<!về )ban\s+hành|đã\s+ký|toàn\s+văn\s*:?)\s+(?P<type>{names})\s+(?:số\s*:?\s*)?"
        r"(?P<number>\d{1,5}(?:\s*[-/]\s*[\w.Đđ&]+)+)", re.IGNORECASE)


@cache
def _headline_re() -> re.Pattern:
    """A page whose first line, with no header above, names a document by its type and number
    ("Nghị định số 177/2024/NĐ-CP quy định về chế độ, chính sách ...", "## Luật Việc làm số
    74/2025/QH15"): the page's headline, the document it carries."""
    names = "|".join(re.escape(t.written).replace(r"\ ", r"\s+") for t in doc_types())
    return re.compile(
        rf"[ \t#*_]*(?P<type>{names})(?:\s+[^\d\s,.;:]+){{0,4}}?\s+(?:số\s*:?\s*)?"
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


def _enacting_body(text: str, start: int, end: int, dtype: HeaderType | None) -> str | None:
    """The body an enacting formula names between ``start`` and ``end`` (the type it enacts,
    capitalised, is the document's own where that is known)."""
    for m in _enacting_re().finditer(text, start, end):
        if m["type"]:
            m_type = match_doc_type(m["type"].upper())
            if not m["type"][0].isupper() or (dtype and m_type and m_type.code != dtype.code):
                continue   # "... cơ quan có thẩm quyền ban hành thông báo": no enacting formula
        body = organ_phrase(m["body"])
        if body:
            return body
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
    number = next((canonical_number(m.group(1)) for m in HEADER_NUMBER_RE.finditer(window)
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


def _type_from_number(number: str | None) -> HeaderType | None:
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
    lines: list[Line]
    start: int                      # first header line (after a web page's banner)
    type_i: int | None              # the type line ("QUYẾT" / "ĐỊNH" may take two lines)
    type_last: int | None
    header_end: int                 # the line the header runs to
    head: dict                      # number, date, place, issuer, parent issuer, year as written
    inferred: list[str]
    dtype: HeaderType | None = None
    title: str | None = None
    title_last: int = 0
    letter: bool = False            # an official letter: no type line, "V/v" or "Kính gửi"
    number: str | None = None
    body_start: int = 0
    body_end: int = 0


def _locate_header(text: str, lines: list[Line]) -> _Reading:
    """Where the header starts (after a banner) and ends (the type line, or for a letter the first
    line of prose), and what its lines say."""
    start = header_start(lines)
    found = find_type_line(lines, start, 60)
    type_i, type_last = found if found else (None, None)
    first_heading = next((i for i in range(start, min(start + 80, len(lines)))
                          if lines[i].text and list_label(lines[i].text)), None)
    if type_i is not None:
        header_end = type_i
    else:
        # no type line (an official letter): the header runs to "Kính gửi", "V/v" or the first
        # paragraph of prose
        header_end = next((i for i in range(start, min(start + 25, len(lines))) if lines[i].text and (
            is_prose(lines[i].text) or is_preamble(lines[i].text)
            or list_label(lines[i].text) is not None)), None)
        if header_end is None or (first_heading is not None and first_heading < header_end):
            header_end = first_heading if first_heading is not None else start
    head = _header_metadata(text, lines, start, header_end) if header_end > start else {}
    if (type_i is None and head.get("issuer") and not (head.get("number") or head.get("date"))
            and not organ_phrase(head["issuer"])):
        del head["issuer"]   # capitals of a table's column labels ("STT"), not a header
    return _Reading(text, lines, start, type_i, type_last, header_end, head, [])


def _read_type_and_title(r: _Reading) -> None:
    """The type and the title: from the type line, else from a first line that names them in
    running text, else a letter's subject ("V/v ..."); then where the body starts."""
    lines, head = r.lines, r.head
    if r.type_i is not None:
        type_text = " ".join(ln.text for ln in lines[r.type_i:r.type_last + 1])
        r.dtype, rest = type_prefix(type_text)
        r.title, r.title_last = read_title(lines, r.type_last, head.get("issuer"), rest)
        # "THÔNG BÁO" + "KẾT LUẬN CỦA ..." -> "Thông báo kết luận"
        if r.title:
            for t in doc_types():
                if t.written.startswith(r.dtype.written + " ") and tone_key(
                        r.dtype.written + " " + r.title).startswith(tone_key(t.written)):
                    r.dtype = t
                    break
    if r.type_i is None and not (head.get("number") or head.get("date")):
        first = next((i for i in range(r.start, min(r.start + 3, len(lines))) if lines[i].text), None)
        typed = title_line_type(lines[first].text) if first is not None else None
        if typed:
            r.dtype, title_number, r.title = typed
            if title_number and not head.get("number"):
                head["number"] = title_number
                r.inferred.append("number")
            r.title_last = first
            organ = organ_line(lines[first + 1].text) if first + 1 < len(lines) else None
            if organ:
                head["issuer"], r.title_last = organ, first + 1
            r.type_i = first   # the body starts after the title (and the body's name)
    if r.title is None:
        zone_end = lines[r.header_end].start if r.header_end < len(lines) else len(r.text)
        vv = re.search(r"(?m)^[ \t*_|]*V/v\s*[:.]?\s*(.+)$", r.text[lines[r.start].start:zone_end])
        if vv:
            r.title, r.letter = strip_markup(vv.group(1)), True
    if r.type_i is None and not r.letter:   # "Kính gửi: ..." under a header with no type line
        r.letter = any(_KINH_GUI.match(ln.text) for ln in lines[r.header_end:r.header_end + 3] if ln.text)
    if r.type_i is not None:
        r.body_start = lines[r.title_last].end + 1
    else:   # a letter: its body starts under the header ("Kính gửi: ...")
        r.body_start = lines[r.header_end].start if head and r.header_end < len(lines) else 0
    r.body_start = min(r.body_start, len(r.text))


_CONTINUED_RE = re.compile(r"[ \t*_]*\(\s*Tiếp\s+theo\s+Công\s+báo\s+số\b[^)\n]*\)[ \t*_]*$", re.IGNORECASE)


def _continued_issue(r: _Reading) -> bool:
    """A gazette issue that carries on a document begun in an earlier issue: under the issuing body,
    the line "Thông tư số 102/2018/TT-BTC ngày 14 tháng 11 năm 2018", the title, then "(Tiếp theo Công
    báo số 201 + 202)"; no header of its own, and the forms after it are the document's annexes
    (realworld51 741). Type, number, date, issuer and title come from those lines; True if found."""
    lines = r.lines
    cont = next((i for i in range(r.start, min(r.start + 40, len(lines)))
                 if _CONTINUED_RE.match(lines[i].text)), None)
    if cont is None:
        return False
    named = next(((i, m) for i in range(cont - 1, max(r.start, cont - 8) - 1, -1)
                  if lines[i].text and (m := _headline_re().match(lines[i].text))), None)
    dtype = match_doc_type(named[1]["type"].upper()) if named else None
    if dtype is None:
        return False
    head_i, m = named
    r.dtype, r.head = dtype, {"number": canonical_number(m["number"])}
    rest = lines[head_i].text[m.end():]
    if (d := re.match(r"[\s,]*ngày\s+", rest)) and (full := FULL_DATE_RE.match(rest, d.end())):
        if iso := _iso(full[1], full[2], full[3]):
            r.head["date"] = iso
        rest = rest[full.end():]
    above = next((ln.text for ln in reversed(lines[r.start:head_i]) if ln.text.strip()), "")
    if organ := organ_line(above.strip()) or (organ_phrase(above.strip()) if is_upper_text(above) else None):
        r.head["issuer"] = organ
    r.title = " ".join([rest.strip()] + [ln.text.strip() for ln in lines[head_i + 1:cont]]).strip() or None
    r.type_i = r.type_last = r.header_end = head_i
    r.title_last = cont
    r.body_start = min(lines[cont].end + 1, len(r.text))
    return True


# a line that opens an annex or a form after the document's signature: "Phụ lục I. ...", "Mẫu số 01", a form's motto
_ANNEX_START = re.compile(r"(?m)^[ \t|*_]*(?:PHỤ LỤC|Phụ lục|MẪU SỐ|Mẫu số|Mẫu [IVX]+-\d|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM)")


def _beside(text: str, zone: ClosingZone, signed: ClosingZone | None) -> bool:
    """Whether a recipients list belongs to the document's signature: no signature was found, the list comes
    first, or no annex or form opens between the signature and the list. A form's "Nơi nhận:" in an annex
    after the signature ("- Tên, địa chỉ của hợp tác xã;") is the form's own (realworld83 843)."""
    if signed is None or zone.start <= signed.start:
        return True
    return not _ANNEX_START.search(text, signed.end, zone.start)


def _read_closing(r: _Reading) -> tuple[list[ClosingZone], str | None, str | None, tuple[str, ...]]:
    """The closing zones (signature, recipients) and where the body ends: before them and before
    the Công báo page headers gathered after the document."""
    text = r.text
    furniture_at = furniture_tail(text)
    zones = closing_zones(text[:furniture_at], r.body_start)
    signed = next((z for z in zones if z.signer or z.signer_title), None)
    listed = next((z for z in zones if z.recipients and _beside(text, z, signed)), None)
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
    """The own number: the header's; else the one a presenting page or an appendix caption names,
    or a header block a gazette's text layer displaced below the first page's body; a
    consolidation's from its authentication block. A number coded VBHN, or the gazette heading
    "VĂN BẢN HỢP NHẤT", makes the text a consolidation."""
    text, lines, head = r.text, r.lines, r.head
    r.number = head.get("number")
    if r.number is None:
        # a page that presents the document: the number (and type) its lead sentence gives
        lead_end = lines[r.type_i].start if r.type_i is not None else lines[min(r.start + 2, len(lines) - 1)].end
        # "Trước đó, Quốc hội đã ban hành Nghị quyết số ...": an earlier event, not the document the page carries
        pm = None if opens_on_the_past(lines[r.start].text) else (
            _presented_re().search(text, lines[r.start].start, max(lead_end, lines[r.start].start))
            or _headline_re().match(text, lines[r.start].start, lines[r.start].end))
        first = lines[r.start].text
        if pm is None and r.type_i is None and 0 < len(first.split()) <= 12 and first[-1:].isalnum():
            # "Đối tượng được miễn thị thực" then "Nghị định số 221/2025/NĐ-CP quy định ...": a page
            # headed by a section heading, whose lead sentence opens with the document it carries
            lead = next((ln for ln in lines[r.start + 1:r.start + 4] if ln.text), None)
            pm = _headline_re().match(text, lead.start, lead.end) if lead else None
        if pm:
            r.number = canonical_number(pm["number"])
            r.inferred.append("number")
            if r.dtype is None:
                r.dtype = match_doc_type(pm["type"].upper())
                r.inferred.append("doc_type")
    _read_issued_with(r)
    if r.number is None and (displaced := _displaced_header(text, lines)):
        r.number = displaced["number"]
        r.inferred.append("number")
        for key in ("date", "place", "issuer", "parent_issuer"):
            if displaced.get(key) and not head.get(key):
                head[key] = displaced[key]
    vbhn_number, vbhn_date = _consolidation(text, r.body_start)
    if vbhn_number and (r.number is None or "VBHN" not in r.number.upper() or vbhn_number == r.number):
        r.number = vbhn_number
        if vbhn_date and not head.get("date"):
            head["date"] = vbhn_date
    consolidated = any(re.match(r"VĂN BẢN HỢP NHẤT\b", collapse_spaces(ln.text))
                       for ln in lines[r.start:r.header_end if r.type_i is None else r.type_i])
    if not consolidated and r.type_i is not None:   # "NGHỊ ĐỊNH ... / Nghị định số ..., có hiệu lực kể từ ..., được sửa đổi, bổ sung bởi:"
        after = lines[r.type_i].end
        consolidated = _history_formula().search(text, after, after + _HISTORY_REACH) is not None
    if consolidated or (r.number and "VBHN" in r.number.upper()):
        r.dtype = next((t for t in doc_types() if t.code == "VBHN"), r.dtype)


_HISTORY_REACH = 1500   # characters after the type line where a consolidation's history opens


@cache
def _history_formula() -> re.Pattern:
    """How a consolidated text opens its history after the title (``consolidation_formulas.txt``)."""
    return re.compile("|".join(f"(?:{p})" for p in word_list("consolidation_formulas.txt")), re.IGNORECASE)


def _displaced_header(text: str, lines: list[Line]) -> dict | None:
    """The header block that a gazette's text layer printed after the first page's body ("... 3.
    Các tổ chức, cá nhân có liên quan." / "CHÍNH PHỦ" / "Số: 135/2026/NĐ-CP" / "CỘNG HÒA XÃ HỘI CHỦ
    NGHĨA VIỆT NAM" / ... / "Hà Nội, ngày 07 tháng 4 năm 2026"), read as a header: a line that opens
    with "Số" and a coded number, the national or Party motto within three lines of it, in the
    text's first half (a form in an annex may carry a header of its own)."""
    half = len(text) // 2
    for i, ln in enumerate(lines):
        if ln.start > half:
            break
        m = HEADER_NUMBER_RE.match(ln.text.lstrip(" *_|"))
        if not m or not re.search(r"[A-Za-zĐđ]", m.group(1)) or re.match(r"\d+\s*/\s*ng[àa]y\b", m.group(1), re.I):
            continue
        near = lines[max(0, i - 3):i + 4]
        if any(_motto_opens(x.text) for x in near if x is not ln):
            return _displaced_block(text, lines, i)
    return None


def _displaced_block(text: str, lines: list[Line], i: int) -> dict:
    """The block around the number line ``lines[i]``: the body's name in capitals above it (at most
    three lines), down to the place-and-date line (at most six lines below)."""
    start = i
    while start > max(0, i - 3) and (not lines[start - 1].text.strip() or is_upper_text(lines[start - 1].text)
                                     or RULE_RE.match(lines[start - 1].text.strip())):
        start -= 1
    end = next((k + 1 for k in range(i, min(len(lines), i + 7))
                if DATE_LINE_RE.search(lines[k].text) or DATE_LINE_NO_COMMA_RE.search(lines[k].text)), i + 1)
    out = _header_metadata(text, lines, start, end)
    out["number"] = out.get("number") or canonical_number(HEADER_NUMBER_RE.match(lines[i].text.lstrip(" *_|")).group(1))
    return out


def _motto_opens(line: str) -> bool:
    folded = tone_key(collapse_spaces(line))
    return any(folded.startswith(m) for m in motto_lines())


def _read_issued_with(r: _Reading) -> None:
    """An appendix captioned with its own document ("(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày
    27/11/2025 của ...)") gives the number, date and body the header lacks; a plan captioned in
    its title with the decision that issues it, that decision's date and body only."""
    att, att_type, own, captioned = None, None, False, False
    for k, m in enumerate(_issued_with_re().finditer(r.text, r.lines[r.start].start)):
        m_type = match_doc_type(m["type"].upper())
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
    an undated text from its number ("17/2025/NĐ-CP"), else from its latest full date."""
    text, date = r.text, r.head.get("date")
    if date is None:
        tail = text[r.body_end - 600 if r.body_end > 600 else 0:r.body_end]
        m = PASSED_DATE_RE.search(tail)
        if m and (iso := _iso(int(m[1]), int(m[2]), int(m[3]))):
            date = iso
            r.inferred.append("date")
    year = int(date[:4]) if date else r.head.get("year")
    numbered = re.search(r"/((?:19|20)\d\d)/", r.number or "")
    if year is None and numbered:
        year = int(numbered.group(1))
        r.inferred.append("year")
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
    r = _locate_header(doc.text, split_lines(doc.text))
    if not _continued_issue(r):
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


