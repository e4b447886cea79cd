"""The text a relation is read from: where clauses open, the cues in a text with their ends sorted
for lookups, and the cue that opens a clause. Shared by ``extract.relations`` and
``extract.relation_lists``."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from vanban.pipeline.extract.relation_cues import Cue, compile_pattern, relation_model
from vanban.pipeline.model import Citation
from vanban.pipeline.text.labels import ARTICLE, BULLETS, LETTER, ROMAN, arabic, head, marks


# --- clauses ------------------------------------------------------------------------------

SENTENCE_END = re.compile(r"(?<![A-ZĐ])[.!?…](?=\s)|\n\s*\n")
_LINE_END_PUNCT = re.compile(r"(?:[.;!?…]|(?<![Ss]ố):)[\s*_|”\"')]*\n")  # "Tờ trình số:\n421/TTr-STC" goes on
# a sentence closed by a footnote's call at the line's end ("... ban hành Thông tư ... bảo hiểm y tế.1\n1 Thông tư số
# 50/2017/TT-BYT có căn cứ ban hành như sau: ..."): the footnote opens a clause of its own
_FOOTNOTE_CALL_END = re.compile(r"(?<=[^\W\d])[.;]\d{1,2}[ \t*_]*\n")


@cache
def _opener() -> re.Pattern:
    alt = "|".join(f"(?:{p})" for p in relation_model()["clause_openers"]).replace(" ", r"\s+")
    return re.compile(rf"\n[ \t*_#>|]*(?:{alt})")


def clause_starts(text: str) -> list[int]:
    """Offsets where a clause may open: after a sentence end, a paragraph break, a line that ends
    with punctuation (or with a footnote's call after it), or before a line that opens a list item, an article or a preamble clause
    ("- ", "a) ", "Điều 2", "Căn cứ", "Xét "). A line broken inside a sentence ("Nghị định số\\n
    63/2010/NĐ-CP") does not end a clause."""
    starts = {0}
    for m in SENTENCE_END.finditer(text):
        starts.add(m.end())
    starts.update(m.end() for m in _LINE_END_PUNCT.finditer(text))
    # after a word in lower case: "Mẫu A.I.1\n" is a form's code
    starts.update(m.end() for m in _FOOTNOTE_CALL_END.finditer(text) if text[m.start() - 1].islower())
    for m in _opener().finditer(text):
        starts.add(m.start() + 1)
    return sorted(starts)


# a clause's opening list label, from the list-label grammar (text/labels.py), after markup and quotes
HEAD_PREFIX = re.compile(
    rf"[\s*_#>|“\"(]*(?:(?:{marks(BULLETS.replace('*', ''))}|\(?{arabic(2)}[.)]|\(?{LETTER}[.)]|{ROMAN}{{1,6}}[.)]"
    rf"|{head(ARTICLE)}\s*[.:])[\s*_“\"(]*)?", re.IGNORECASE)

WORD = re.compile(r"\w+")
# an item's number or letter label ("1.", "(2)", "a)"), from the list-label grammar: "...: 1. Quyết định số ...",
# "...; 2. Quyết định số ..."
ITEM_LABEL = rf"\(?(?:{arabic(2)}|{LETTER})[.)]"


@cache
def after_cues() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((rel, compile_pattern("|".join(f"(?:{p})" for p in pats)))
                 for rel, pats in relation_model()["after_cues"].items())


@dataclass(slots=True)
class Context:
    text: str
    cues: list[Cue]
    cue_ends: list[int]
    starts: list[int]
    doc_type: str
    section_roles: dict[str, str | None]
    sentence_starts: list[int]
    sentence_sections: list[str | None]
    own_number: str | None = None
    proposal_sections: frozenset[str] = frozenset()   # sections that recommend ("Kiến nghị thực thi")


def line_around(text: str, pos: int) -> str:
    """The line of ``text`` that holds ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start:end if end != -1 else len(text)]


def document_key(c: Citation) -> str:
    """Two mentions of one document: the extractor's canonical number (or its title)."""
    return c.number or c.number_text or (c.title or "").casefold()


def cues_between(ctx: Context, lo: int, hi: int, limit: int = 80, *, end: int | None = None,
                  own: int | None = None):
    """Cues starting within [lo, hi), nearest first; with ``end``, also cues that run on into the
    citation up to ``end`` ("Xét Tờ trình số ...": the type word is the citation's, the cue is
    "Xét Tờ trình"), and with ``own`` a cue that opens the citation itself ("Báo cáo thẩm tra số ...")."""
    stop = hi if end is None else max(end, hi)
    i = bisect.bisect_right(ctx.cue_ends, stop)
    n = 0
    while i > 0 and n < limit:
        i -= 1
        c = ctx.cues[i]
        if c.end <= lo:
            break  # ends are sorted: nothing further back lies in the range
        if c.end > hi and not (c.start < hi or c.start == own):
            continue
        if c.start >= lo and (c.start < hi or c.start == own):
            n += 1
            yield c


@cache
def _provision_run() -> re.Pattern:
    """``models/relations.json`` "provision_run": provisions named on the way to the citation they belong to."""
    return re.compile(relation_model()["provision_run"]["pattern"], re.IGNORECASE)


def gap_words(ctx: Context, a: int, b: int) -> int:
    """Words between ``a`` and ``b``, a run of provisions named on the way not counted (``_provision_run``)."""
    return len(WORD.findall(_provision_run().sub(" ", ctx.text[a:b])))


def clause_head(ctx: Context, clause_start: int, hi: int, *, end: int | None = None,
          own: int | None = None) -> Cue | None:
    """A cue that opens the clause ("Căn cứ", "- Thực hiện", "Điều 1. Bãi bỏ")."""
    first = None
    for cue in cues_between(ctx, clause_start, hi, end=end, own=own):
        first = cue  # the loop runs from the nearest to the farthest
    if first is not None and HEAD_PREFIX.fullmatch(ctx.text, clause_start, first.start):
        return first
    return None


# a list's status cell, on its own bulleted line ("- Hết hiệu lực một phần" under a row of documents in
# force): the row's state, which no act of this document brings about (realworld48 719)
_STATUS_CELL = re.compile(r"[ \t*_|]*[-–+•][ \t]*")


def status_cell(text: str, at: int) -> bool:
    """The after-cue at ``at`` opens a bulleted line of its own (``_STATUS_CELL``)."""
    m = _STATUS_CELL.match(text, text.rfind("\n", 0, at) + 1)
    return m is not None and m.end() == at


@cache
def _speakers() -> re.Pattern:
    return compile_pattern("|".join(relation_model()["other_speakers"]["words"]))


def other_speaker(ctx: Context, c: Citation, limit: int) -> bool:
    """The clause after the citation is spoken by someone else ("..., chúng tôi cập nhật ...")."""
    end = SENTENCE_END.search(ctx.text, c.end, min(limit, c.end + 200))
    stop = end.start() if end else min(limit, c.end + 200)
    return _speakers().search(ctx.text, c.end, stop) is not None
