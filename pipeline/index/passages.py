"""Section-aware passages: the unit that search retrieves and the encoder embeds.

Sentences are grouped in reading order up to a token budget, inside one section: a passage never
crosses a section border, never splits a sentence. List items (bullets "- ...", "(1) ...",
"a) ...") belong to their parent section's stream. Each passage carries its heading path
("III. Kết quả > 3. Triển khai") which is prefixed to the encoder input, so "giải pháp" passages
are found under "Giải pháp"; and its document's context (type and title, "Quyết định Bãi bỏ toàn
bộ Quyết định số 22/2025/QĐ-UBND ..."), so the clause "Quyết định này có hiệu lực kể từ ngày ..."
is found by what the decision is about.
"""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_right

from vanban.pipeline.model import Document, Passage, Section
from vanban.pipeline.spans import Stabbing

DEFAULT_BUDGET = 200          # tokens (syllables) per passage; best of 80/120/200 in bench/search_eval.py
HEADING_CHARS = 90            # one heading in a path is cut to this many characters
TABLE_CAPTION_CHARS = 160     # a line above a table this short is its caption
TABLE_HEADER_CHARS = 240      # caption and header row, as they join a table passage's path
# The document's type and title, read before every passage of it (encoder and BM25). A passage
# seldom names the document it belongs to: "Quyết định này có hiệu lực kể từ ngày 07 tháng 12 năm
# 2025." or "Điều 3. Tổ chức thực hiện" say nothing of what was decided. Measured side by side over
# the 228 queries of every set (bench/search_eval.py, README "Search"): blind Recall@5 up, the demo
# corpus's dev queries down a little.
CONTEXT_CHARS = 160
# List items join their parent section's stream: bullets ("- ...", "+ ..."), numbered items in
# parentheses ("(1) Tích cực, chủ động ...") and lettered items ("a) Đẩy nhanh ..."). They are
# paragraphs of one list, not headings: cut apart, a plan's tasks became one-line passages that
# lost their lead-in ("2. Về nhiệm vụ trọng tâm ...") and each other.
STREAM_KINDS_MERGED = ("bullet", "paren", "letter", "subletter")
# Clauses ("1.", "2." ...) of a statute's article ("Điều 5. ...") join the article's stream too:
# one passage per clause left "2. Thẩm định dự án." alone, five words a query cannot find by
# what the article is about (issue 18: statutes lost to plain 500-character chunks).
CLAUSE_OF = {"arabic": "article"}


def count_tokens(text: str) -> int:
    """Budget unit: whitespace-separated syllables (≈ 1.3 e5 subwords each in Vietnamese)."""
    return len(text.split())


def encoder_input(heading_path: str, text: str, context: str = "") -> str:
    """What the encoder reads for a passage: its document's context, heading path and text; its
    sha1 is the embedding-cache key."""
    text = " ".join(text.split())
    return "\n".join(part for part in (context, heading_path, text) if part)


def passage_hash(heading_path: str, text: str, context: str = "") -> str:
    return hashlib.sha1(encoder_input(heading_path, text, context).encode("utf-8")).hexdigest()


def document_context(doc: Document) -> str:
    """What every passage of ``doc`` is read with: its type and title ("Quyết định VỀ VIỆC ỦY
    QUYỀN ..."), cut to ``CONTEXT_CHARS``; empty when the header gave neither."""
    md = doc.metadata
    return _cut(" ".join(f"{md.doc_type or ''} {md.title or ''}".split()), CONTEXT_CHARS)


def _heading_text(doc: Document, s: Section) -> str:
    end = s.heading_end if s.heading_end > s.start else s.start + len(s.heading)
    h = " ".join(doc.text[s.start:end].split()) or " ".join(s.heading.split())
    return h if len(h) <= HEADING_CHARS else h[: HEADING_CHARS - 3].rstrip() + "..."


_SENT_RE = re.compile(r"[^\n]*?(?:[.!?;:](?=\s)|\n|$)")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans when the segmenter has not run: split at line ends and .!?; before space."""
    out = []
    pos = start
    for m in _SENT_RE.finditer(text, start, end):
        s, e = m.start(), m.end()
        if e <= pos and s != e:
            continue
        seg = text[s:e]
        if seg.strip():
            ls = s + (len(seg) - len(seg.lstrip()))
            le = s + len(seg.rstrip())
            out.append((ls, le))
        pos = e
        if e >= end:
            break
    return out


def make_passages(doc: Document, budget_tokens: int = DEFAULT_BUDGET) -> list[Passage]:
    """Cut ``doc`` into passages of at most ``budget_tokens`` (a longer sentence stays whole).

    >>> ps = make_passages(analyze("corpora/2022_bc_huyen_uy_bao_lam.txt"))  # doctest: +SKIP
    >>> ps[3].heading_path
    'II. KẾT QUẢ THỰC HIỆN > 1. Công tác lãnh đạo, chỉ đạo'
    """
    by_id = {s.id: s for s in doc.sections}

    def stream_of(sid: str | None) -> str | None:
        seen = set()
        while sid is not None and sid in by_id and _merged_into_parent(by_id[sid], by_id):
            if sid in seen:
                break
            seen.add(sid)
            sid = by_id[sid].parent
        return sid

    def path_of(sid: str | None) -> str:
        parts, seen = [], set()
        while sid is not None and sid in by_id and sid not in seen:
            seen.add(sid)
            parts.append(_heading_text(doc, by_id[sid]))
            sid = by_id[sid].parent
        return " > ".join(reversed(parts))

    has_children = {s.parent for s in doc.sections if s.parent is not None}
    table_header = _table_headers(doc.text)
    sentences = _sentence_spans(doc, stream_of)
    md = doc.metadata
    context = document_context(doc)
    out: list[Passage] = []
    cur: list[tuple[int, int]] = []
    cur_sid: str | None = None
    cur_tokens = 0

    def flush() -> None:
        nonlocal cur, cur_tokens
        if not cur:
            return
        start, end = cur[0][0], cur[-1][1]
        text = doc.text[start:end]
        hp = path_of(cur_sid)
        header = table_header(start)
        if header:
            hp = f"{hp} > {header}" if hp else header
        sec = by_id.get(cur_sid) if cur_sid else None
        if sec is not None and cur_sid in has_children and " ".join(text.split()) == _heading_text(doc, sec):
            # a bare heading whose content lies in subsections: they carry it in their path
            cur, cur_tokens = [], 0
            return
        out.append(Passage(
            doc_path=doc.path, section=cur_sid, heading_path=hp, start=start, end=end,
            text=text, year=md.year, issuer=md.issuer, doc_type=md.doc_type,
            role=sec.role if sec else None, hash=passage_hash(hp, text, context), context=context,
        ))
        cur, cur_tokens = [], 0

    for sid, s, e in sentences:
        n = count_tokens(doc.text[s:e])
        if cur and (sid != cur_sid or cur_tokens + n > budget_tokens):
            lead = cur[-1]
            lead_in = sid == cur_sid and doc.text[lead[0]:lead[1]].rstrip().endswith(":")
            if lead_in and len(cur) == 1:
                pass  # "... các nhiệm vụ trọng tâm sau:" stays with its first item
            else:
                flush()
                if lead_in:  # and opens the next passage too, as context of the items
                    cur, cur_tokens = [lead], count_tokens(doc.text[lead[0]:lead[1]])
        cur_sid = sid
        cur.append((s, e))
        cur_tokens += n
    flush()
    return out


def _is_row(line: str) -> bool:
    return line.count("|") >= 2


def _table_headers(text: str):
    """``header(offset)``: for an offset inside a flattened table ("a | b | c" rows) past its first
    row, the table's caption line ("Đơn vị tính: 1.000 đồng/trẻ/tháng", "PHỤ LỤC 01: DANH MỤC ...")
    and header row, so a passage of bare rows keeps what its figures are ("" elsewhere). One pass
    over the lines; each question is a binary search."""
    starts, headers = [], []
    table_head, prev = "", ""
    pos = 0
    for line in text.split("\n"):
        if _is_row(line):
            if not table_head:
                caption = " ".join(prev.split()) if 0 < len(prev.strip()) <= TABLE_CAPTION_CHARS else ""
                table_head = " ".join(f"{caption} {' '.join(line.split())}".split())
                headers_here = ""           # the header row itself needs no header
            else:
                headers_here = table_head
        else:
            table_head, headers_here = "", ""
        starts.append(pos)
        headers.append(_cut(headers_here, TABLE_HEADER_CHARS))
        if line.strip():
            prev = line
        pos += len(line) + 1

    def header(offset: int) -> str:
        return headers[bisect_right(starts, offset) - 1] if starts else ""
    return header


def _cut(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 3].rstrip() + "..."


def _merged_into_parent(s: Section, by_id: dict[str, Section]) -> bool:
    """A list item, or a clause of an article: read in its parent's stream."""
    if s.kind in STREAM_KINDS_MERGED:
        return True
    parent = by_id.get(s.parent) if s.parent is not None else None
    return parent is not None and CLAUSE_OF.get(s.kind) == parent.kind


def _sentence_spans(doc: Document, stream_of) -> list[tuple[str | None, int, int]]:
    """(stream section, start, end) in reading order, from the segmenter or a fallback split.

    Where the segmenter gave no section, the innermost section holding the sentence is used."""
    secs = sorted(doc.sections, key=lambda s: (s.start, -s.end))
    # of the sections holding an offset, the one that starts last (the shorter on a tie)
    holding = Stabbing((s.start, s.end, i) for i, s in enumerate(secs))

    def innermost(pos: int) -> str | None:
        i = holding.find(pos)
        return secs[i].id if i is not None else None

    spans: list[tuple[str | None, int, int]] = []
    if doc.sentences:
        for sent in sorted(doc.sentences, key=lambda x: x.start):
            if sent.end <= sent.start or not doc.text[sent.start:sent.end].strip():
                continue
            sid = sent.section if sent.section is not None else innermost(sent.start)
            spans.append((stream_of(sid), sent.start, sent.end))
        return spans
    # no segmenter: split each section's own text (up to its first child) into sentences
    bounds = sorted({0, len(doc.text), *(s.start for s in secs), *(s.end for s in secs)})
    for a, b in zip(bounds, bounds[1:]):
        sid = innermost(a)
        for s, e in split_sentences(doc.text, a, b):
            spans.append((stream_of(sid), s, e))
    return spans
