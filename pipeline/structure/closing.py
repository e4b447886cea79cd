"""The closing zone, one owner: the signature block ("T/M ... CHỦ TỊCH", the signer) and the
recipients ("Nơi nhận:"), found wherever a document or an attachment ends. ``closing_zones``
reads them whole for the header metadata; ``closing_starts`` finds where each opens for the
extractors (roles and directives leave the zone out)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from vanban.pipeline.structure.lines import (
    CAPACITY_IN_CELL_RE, CAPACITY_LINE_RE, CAPACITY_RE, RECIPIENTS_RE, RULE_RE, cells, is_upper_text,
    match_doc_type, split_lines, strip_markup,
)
from vanban.pipeline.structure.tables import word_list
from vanban.pipeline.text import collapse_spaces
from vanban.pipeline.text.labels import list_label


@dataclass(frozen=True, slots=True)
class ClosingZone:
    """A recipients list and/or signature block: "Nơi nhận: ..." and "T/M BAN THƯỜNG VỤ /
    PHÓ BÍ THƯ / K' Linh". Its text belongs to no section."""
    start: int
    end: int
    signer: str | None = None
    signer_title: str | None = None
    recipients: tuple[str, ...] = ()


# "(Đã ký)", "[đã ký và đóng dấu]": a signature's place, no name (models/structure/signed_marks.txt)
_SIGNED_RE = re.compile(r"\(?\[?\s*(?:" + "|".join(map(re.escape, word_list("signed_marks.txt"))) + r")\s*\]?\)?",
                        re.I)


def _is_capacity_line(t: str) -> bool:
    return bool(CAPACITY_RE.match(t)) or bool(CAPACITY_IN_CELL_RE.search(t))


# "... theo quy định./. Nơi nhận:": a page that runs the recipients on after the text's closing mark
_INLINE_RECIPIENTS = re.compile(r"\./\.[ \t*_]*(?=N[ơo]i\s+nhận)", re.I)


def _is_recipients_line(t: str) -> bool:
    return bool(RECIPIENTS_RE.match(t.lstrip("|_* "))) or bool(re.search(r"\|\s*N[ơo]i nhận", t, re.I)) \
        or bool(_INLINE_RECIPIENTS.search(t))


_SIGNER_TITLES = frozenset(word_list("signer_titles.txt"))
_BLANKS_AROUND_A_TITLE = 4   # blank lines between the closing mark, the bare title and the name


def _bare_signatures(lines: list, start: int) -> list[ClosingZone]:
    """Signature blocks with no capacity mark (``signer_titles.txt``): "... Thông tư này./." / "BỘ TRƯỞNG" /
    "Nguyễn Chí Dũng", a gazette's circular signed by its minister. The title stands alone on its line after the
    text's closing mark, blank lines between, and a personal name follows it the same way."""
    out: list[ClosingZone] = []
    last = None   # index of the last line with text
    for i, ln in enumerate(lines):
        if not ln.text.strip():
            continue
        prev, last = last, i
        if ln.start < start or ln.text.strip() not in _SIGNER_TITLES or prev is None \
                or i - prev > _BLANKS_AROUND_A_TITLE + 1 or not lines[prev].text.rstrip().endswith("./."):
            continue
        reach = range(i + 1, min(len(lines), i + _BLANKS_AROUND_A_TITLE + 2))
        k = next((j for j in reach if lines[j].text.strip()), None)
        words = lines[k].text.split() if k is not None else []
        if k is not None and 2 <= len(words) <= 5 and _name_start(words) == 0:
            out.append(ClosingZone(ln.start, lines[k].end, " ".join(words), ln.text.strip()))
    return out


def closing_zones(text: str, start: int = 0) -> list[ClosingZone]:
    """The recipients lists and signature blocks after ``start``, in order."""
    lines = split_lines(text)
    zones = _zones(text, lines, start)
    taken = [(z.start, z.end) for z in zones]
    bare = [z for z in _bare_signatures(lines, start) if not any(a < z.end and z.start < b for a, b in taken)]
    return sorted(zones + bare, key=lambda z: z.start)


def _zones(text: str, lines: list, start: int) -> list[ClosingZone]:
    """The zones that a recipients line or a capacity mark opens."""
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
            if not t or RULE_RE.match(t.replace("|", "")):
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
                if match_doc_type(t) or (list_label(t) is not None and list_label(t).kind != "bullet"):
                    break   # an attached document or a new part begins
                if _name_start(words) == 0 and len(words) <= 6:
                    named = True
                elif not (is_upper_text(t) and len(t) < 80) and not _SIGNED_RE.fullmatch(t):
                    break
            j += 1
        end_line = j - 1
        while end_line > first and not lines[end_line].text:
            end_line -= 1
        zs, ze = lines[first].start, lines[end_line].end
        if (inline := _INLINE_RECIPIENTS.search(text, zs, lines[first].end)) is not None:
            zs = inline.end()   # the text's last sentence stays before the zone
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
        for cell in cells(raw):
            if _SIGNED_RE.fullmatch(cell):
                continue
            words = cell.split()
            k = _name_start(words)
            if k is not None:
                if k > 0:
                    titles.append(" ".join(words[:k]))
                signer = " ".join(words[k:])
            elif is_upper_text(cell) and signer is None:
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
        if cap and j > 0 and CAPACITY_RE.match(strip_markup(raw)):
            break
        cell = cell if j == 0 else strip_markup(cell)
        if RULE_RE.match(cell.replace("|", "") or "-"):
            continue
        for k, piece in enumerate(re.split(r"(?:^\s*|(?<=[;,.:])\s+)[-–•+]\s+", cell)):
            piece = strip_markup(piece).strip(" :")
            if not piece:
                continue
            if k == 0 and items and j > 0:
                items[-1] = items[-1] + " " + piece  # a wrapped item
            else:
                items.append(piece)
    items = [strip_markup(it).rstrip(";,. ") for it in items]
    return tuple(it for it in items if it and not CAPACITY_RE.match(it))


# where a closing zone opens for the extractors (roles, directives): "Nơi nhận" as written, then
# recipients and signature to the next section (an attached regulation) or the end
_RECIPIENTS = re.compile(r"Nơi nhận|NƠI NHẬN")


def closing_starts(text: str) -> list[int]:
    """Where each recipients block opens: the line break (or the start of the text) before a
    "Nơi nhận" that only blanks and table or emphasis marks ("|", "*", "_") precede on its
    lines. What ``re.finditer(r"(?:^|\\n)\\s*[|*_\\s]*(?:Nơi nhận|NƠI NHẬN)")`` found, whose
    two runs of blanks took cubic time on blank lines; here each character is read once.

    >>> closing_starts("Nội dung.\\n\\n| **Nơi nhận:** | TM. |\\n- Như trên;")
    [9]
    >>> closing_starts("... theo quy định./. Nơi nhận:\\n- Như trên;")
    [20]
    """
    out: list[int] = []
    floor = 0   # the blanks before a "Nơi nhận" never run back past the one before it
    for m in _RECIPIENTS.finditer(text):
        q = m.start()
        while q > floor and (text[q - 1] in "|*_" or text[q - 1].isspace()):
            q -= 1
        floor = m.end()
        if q == 0:
            out.append(0)
        elif (nl := text.find("\n", q, m.start())) >= 0:
            out.append(nl)
        elif text.endswith("/.", 0, q):
            out.append(q)   # "... theo quy định./. Nơi nhận:": the page ran the recipients on after the closing mark
    return out
