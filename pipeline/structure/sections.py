"""The section tree: nesting from the numbering written in the text (Phần > Chương > Mục > Điều
> I. > 1. > 1.1. > (1) > a) > "-" > "+"), never from Markdown or DOCX heading levels."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from vanban.pipeline.model import Section
from vanban.pipeline.spans import SpanSet
from vanban.pipeline.structure.lines import Line, is_upper_text, match_doc_type, split_lines
from vanban.pipeline.structure.tables import MARKUP
from vanban.pipeline.text import collapse_spaces
from vanban.pipeline.text.labels import LETTERS, NOTE_MARKS_LINE, ListLabel, UPPER, list_label, roman_value


RANK = {"part": 0, "block": 0.5, "chapter": 1, "subchapter": 2, "article": 3, "heading": 3.5, "roman": 4, "arabic": 5,
        "paren": 6, "letter": 7, "subletter": 7.5, "bullet": 8}


def _rank(c: ListLabel) -> float:
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
                   lines: list[Line] | None = None) -> list[Section]:
    """The section tree of ``text[start:end]`` as a flat list in reading order.

    Nesting follows the numbering (Phần > Chương > Mục > Điều > I. > 1. > 1.1. > (1) > a) >
    "-" > "+"), whatever the Markdown or DOCX heading levels say. Reader hints (``hints``:
    line start -> (block kind, level)) only add what the text cannot show: a DOCX list item
    whose bullet is not in the text is a bullet; and where nothing in the body is numbered,
    heading blocks become sections of kind "heading" ("H1", "H1.2"), nested by their level.
    ``lines``: ``split_lines(text)`` when the caller has them already.
    """
    hints = hints or {}
    lines = split_lines(text) if lines is None else lines
    found = _build(text, start, end, skip, hints, unnumbered=False, lines=lines)
    if hints and not any(s.kind != "bullet" for s in found):
        found = _build(text, start, end, skip, hints, unnumbered=True, lines=lines)
    return found


@dataclass(slots=True)
class _Tree:
    """The headings accepted so far, as ``_build`` walks the lines."""
    stack: list[tuple[float, int]] = field(default_factory=list)   # (rank, index into nodes)
    nodes: list[dict] = field(default_factory=list)
    last_child: dict[tuple[int | None, str], int | str] = field(default_factory=dict)
    bullet_count: dict[int | None, int] = field(default_factory=dict)
    heading_count: dict[int | None, int] = field(default_factory=dict)
    ids: set[str] = field(default_factory=set)
    next_copy: dict[str, int] = field(default_factory=dict)   # id -> the first "~k" suffix that may still be free


def _build(text: str, start: int, end: int | None, skip: tuple[tuple[int, int], ...],
           hints: dict[int, tuple[str, int]], unnumbered: bool, lines: list[Line]) -> list[Section]:
    end = len(text) if end is None else end
    tree = _Tree()
    skipped = SpanSet(skip)
    line_starts = [ln.start for ln in lines]
    prev_text = ""
    # only the lines of [start, end): an attached regulation is built apart from the body
    for idx in range(bisect_left(line_starts, start), bisect_left(line_starts, end)):
        ln = lines[idx]
        if not ln.text or skipped.holds(ln.start):
            continue
        before, prev_text = prev_text, ln.text
        c = _label_of(ln, hints.get(ln.start), unnumbered, before)
        if c is None:
            continue
        r = _rank(c)
        # the parent this heading would get
        st = [s for s in tree.stack if s[0] < r]
        parent_i = st[-1][1] if st else None
        key = (parent_i, c.kind)
        if not _plausible(c, tree.last_child.get(key), ln.text):
            continue
        tree.stack = st
        sid, label = _section_id(tree, c, parent_i)
        tree.last_child[key] = c.label if c.kind != "bullet" else "-"
        heading, heading_end, ln = _heading_of(text, lines, idx, c, end)
        parent = tree.nodes[parent_i] if parent_i is not None else None
        tree.nodes.append({"id": sid, "heading": collapse_spaces(heading), "level": len(tree.stack) + 1,
                           "start": ln.start, "heading_end": min(heading_end, ln.end), "kind": c.kind,
                           "label": label, "parent": parent["id"] if parent else None})
        tree.stack.append((r, len(tree.nodes) - 1))
    return _sections(text, tree.nodes, skip, end)


def _label_of(ln: Line, hint: tuple[str, int] | None, unnumbered: bool, before: str) -> ListLabel | None:
    """The numbering mark of a line, or the one its reader hint gives it (a DOCX bullet that is
    not in the text; a heading block where nothing in the body is numbered)."""
    c = list_label(ln.text)
    if c is None and hint is not None:
        if hint[0] == "list_item":
            c = ListLabel("bullet", "-", ln.text, True)
        elif hint[0] == "heading" and unnumbered:
            c = ListLabel("heading", str(max(hint[1], 1)), ln.text, True)
    if c is not None and c.kind == "bullet" and hint is None and len(before) > 80 and before[-1].isalnum() \
            and list_label(before) is None:
        # "... Công nghiệp" / "- Viễn thông Quân đội ...": a line broken at a dash; under a numbered
        # title ("1. Xây dựng đề án ... cấp xã" / "- Giao Đảng ủy Chính phủ chủ trì ...") it opens an item
        return None
    return c


def _section_id(tree: _Tree, c: ListLabel, parent_i: int | None) -> tuple[str, str]:
    """(id, label) of a new section under ``tree.nodes[parent_i]``: "I.1.a", "Điều 5", "I.b2";
    a repeated id gets "~2", "~3", ..."""
    parent = tree.nodes[parent_i] if parent_i is not None else None
    pid = parent["id"] if parent else None
    if c.kind == "bullet":
        n = tree.bullet_count.get(parent_i, 0) + 1
        tree.bullet_count[parent_i] = n
        sid = f"{pid}.b{n}" if pid else f"b{n}"
        label = str(n)
    elif c.kind == "heading":
        n = tree.heading_count.get(parent_i, 0) + 1
        tree.heading_count[parent_i] = n
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
    if sid in tree.ids:   # a repeated number: "I~2", "I~3", ... (the suffixes below k are taken)
        base, k = sid, tree.next_copy.get(sid, 2)
        while f"{base}~{k}" in tree.ids:
            k += 1
        sid = f"{base}~{k}"
        tree.next_copy[base] = k + 1
    tree.ids.add(sid)
    return sid, label


def _heading_of(text: str, lines: list[Line], idx: int, c: ListLabel, end: int) -> tuple[str, int, Line]:
    """(heading, offset where it ends, the heading's line) of the section opening on
    ``lines[idx]``; the line is extended where the heading runs on to the next one."""
    ln = lines[idx]
    rest_at = ln.start + len(text[ln.start:ln.end]) - len(text[ln.start:ln.end].lstrip(MARKUP))
    rest_at = text.find(c.rest[:20], rest_at, ln.end + 1) if c.rest else ln.end
    head = _heading_span(ln.text, c.rest)
    head_clean = head.rstrip(MARKUP).rstrip()
    heading_end = rest_at + len(head_clean) if rest_at >= 0 else ln.end
    heading = head_clean.rstrip(".:;").strip()
    nxt = lines[idx + 1] if idx + 1 < len(lines) else None
    if (not heading and nxt is not None and nxt.text and nxt.start < end
            and c.kind in ("chapter", "part", "subchapter") and list_label(nxt.text) is None):
        # "Chương I" / "QUY ĐỊNH CHUNG": the title on the next line
        heading = collapse_spaces(nxt.text).rstrip(".:;")
        heading_end = nxt.lstart + len(nxt.text)
        ln = Line(ln.start, nxt.end, ln.lstart, ln.text)
        nxt = None
    if (nxt is not None and nxt.text and nxt.start < end and c.kind != "bullet"
            and heading and is_upper_text(heading) and not re.search(r"[.:;]$", head_clean)
            and is_upper_text(nxt.text) and len(nxt.text) < 120 and list_label(nxt.text) is None
            and not match_doc_type(nxt.text)):
        # an upper-case heading broken over two lines: "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG" / "TÂM ..."
        heading = f"{heading} {nxt.text.rstrip('.:;')}"
        heading_end = nxt.lstart + len(nxt.text)
        ln = Line(ln.start, nxt.end, ln.lstart, ln.text)
    return heading, heading_end, ln


def _sections(text: str, nodes: list[dict], skip: tuple[tuple[int, int], ...], end: int) -> list[Section]:
    """Each heading's section runs to the next heading of its level or above, or to the first
    skipped zone (a closing zone) after it, trailing blanks trimmed."""
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


def _plausible(c: ListLabel, prev, line: str) -> bool:
    """Context checks that keep numbered prose, years and figures out of the tree."""
    rest = c.rest.strip(MARKUP)
    if c.kind == "heading":
        return bool(rest)
    if not rest:
        return c.kind in ("chapter", "article", "part", "subchapter")
    if c.kind == "block":
        want = chr(ord(prev) + 1) if isinstance(prev, str) and prev != "Đ" else "A"
        return c.label in (want, "A") and is_upper_text(rest) and len(rest) < 200
    if c.kind == "roman":
        v = roman_value(c.label)
        want = (roman_value(prev) or 0) + 1 if isinstance(prev, str) else 1
        if c.dotted:
            return v == want or v == 1 or is_upper_text(rest)
        return is_upper_text(rest)  # no Vietnamese word is spelt with I, V and X alone
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
        if NOTE_MARKS_LINE.match(line):
            return True   # a form's note under several marks, in any order: "(1), (2), (4) ...", "(6) (7): ..."
        # a consolidated text drops a repealed item: "(5) Ghi ngày ..." / "(7) Ghi bậc ..."
        return n in (want, 1) or (bool(prev) and n == want + 1 and rest[:1].isupper())
    if c.kind == "subletter":   # "b1)", "b2)" under "b)"
        n = int(c.label[1:])
        return n == 1 or (isinstance(prev, str) and prev[:1] == c.label[:1] and n == int(prev[1:]) + 1)
    return True


