"""A plan's fields ("Thời gian thực hiện: ...", "*Đơn vị chủ trì thực hiện: *Sở Tư pháp."):
they are no tasks, and a lead field names who carries out the tasks of its block.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from vanban.pipeline.extract.directive_actors import _np_end, _org_start
from vanban.pipeline.extract.directive_index import _DocIndex
from vanban.pipeline.extract.directive_tokens import _span_text, _tokens, lexicon
from vanban.pipeline.model import Document, Section
from vanban.pipeline.text import caseless
from vanban.pipeline.text.labels import ITEM_LINE


@cache
def _field_pattern(key: str, *, markup: bool = True) -> re.Pattern:
    """A plan's field of ``lexicon()[key]`` opening a line: its name (a few words more allowed:
    "Đơn vị chủ trì tham mưu thực hiện"), the colon, markup ("*Đơn vị phối hợp: *Sở Tư pháp.").
    Without ``markup`` the pattern starts at the name: for searching (a leading run of markup
    characters tried at every offset of a line of dashes would cost its square)."""
    names = "|".join(re.escape(" ".join(p)) for p in lexicon()[key])
    lead = r"[ \t*_\-–+•]*" if markup else ""
    return re.compile(lead + r"(?:" + names + r")(?:[ \t]+[^\s:]+){0,4}[ \t]*:[ \t*_]*", re.I)


def _plan_field(low: str) -> bool:
    """A plan's field, not a task: "Thời gian thực hiện: Tháng 11, 12/2013", "Cơ quan chủ trì: Bộ ...",
    "*Đơn vị chủ trì tham mưu thực hiện: *Sở Tư pháp."; or a field's name alone, a table's column
    header ("**Cơ quan thực hiện**")."""
    return bool(_field_pattern("plan_fields").match(low)) or low.strip(" \t\n*_|-–+•.") in _field_names()


@cache
def _field_names() -> frozenset[str]:
    return frozenset(" ".join(p) for p in lexicon()["plan_fields"])


def _content_field(low: str) -> bool:
    """A plan's field that says what its titled task covers ("Nội dung: rà soát các văn bản ...")."""
    return bool(_field_pattern("content_fields").match(low))


def _lead_field(low: str) -> bool:
    """A plan's field that names who carries out its tasks ("Cơ quan thực hiện: Bộ Công an.")."""
    return bool(_field_pattern("lead_fields").match(low))


class _LeadFields:
    """The lead fields of a plan ("*Đơn vị chủ trì thực hiện: *Các Sở, ngành, đơn vị.", "- Cơ quan
    thực hiện: Sở Nội vụ chủ trì, phối hợp ..."): each names who carries out the tasks of its
    block, the ones listed above it since the last title."""

    def __init__(self, doc: Document, ix: _DocIndex):
        text = doc.text
        pat = _field_pattern("lead_fields", markup=False)   # the markup before it is checked below
        self.fields: list[tuple[int, str]] = []
        pos = 0
        while True:
            m = pat.search(text, pos)
            if m is None:
                break
            pos = m.end()
            line_start = text.rfind("\n", 0, m.start()) + 1
            if text[line_start:m.start()].strip(" \t*_-–+•"):
                continue   # a field opens its line
            actor = _field_actor(_field_value(text, m.end()))
            if actor:
                self.fields.append((line_start, actor))
        self.starts = [a for a, _ in self.fields]
        self.titles = sorted(s.start for s in doc.sections if ix.is_title(s)) if self.fields else []

    def actor_after(self, end: int) -> str | None:
        """The body the first lead field after ``end`` names, unless a title stands between."""
        k = bisect_left(self.starts, end)
        if k == len(self.starts):
            return None
        start, actor = self.fields[k]
        t = bisect_right(self.titles, end)
        if t < len(self.titles) and self.titles[t] < start:
            return None
        return actor


def _field_value(text: str, pos: int) -> str:
    """A field's value from ``pos``: its line, and the next ones while the value has not ended
    ("*Đơn vị chủ trì thực hiện: *Các" / "Sở, ngành, đơn vị, UBND cấp xã."), at most three lines."""
    out = []
    for _ in range(3):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        out.append(text[pos:end])
        nxt = text[end + 1:end + 2]
        if end >= len(text) or out[-1].rstrip(" *_").endswith((".", ";", ":")) or not nxt or nxt in "*_-–+•|#" \
                or ITEM_LINE.match(text, end + 1):
            break
        pos = end + 1
    return " ".join(out)


def _field_actor(value: str) -> str | None:
    """The body a lead field names: "Sở Nội vụ chủ trì, phối hợp với ..." -> "Sở Nội vụ";
    "Các Sở, ngành, đơn vị, UBND cấp xã." as written."""
    value = value.strip(" \t*_")
    toks = _tokens(value)
    if not toks:
        return None
    j = _org_start(toks, 0)
    if j >= 0:
        k, why = _np_end(toks, j)
        if why in ("verb", "soft") and k > j:
            return _span_text(value, toks, 0, k)
    return value.rstrip(" .;,*_") or None


def _only_bodies(text: str) -> bool:
    """A list item that only names bodies ("Mặt trận Tổ quốc Việt Nam và Hội Cựu chiến binh các
    cấp; các tổ chức chính trị - xã hội."): who takes part, listed under a plan's field."""
    toks = _tokens(text)
    j = _org_start(toks, 0) if toks else -1
    if j < 0:
        return False
    k, why = _np_end(toks, j)
    return why == "end" and k >= len(toks)


def _under_plan_field(ix: _DocIndex, sec: Section | None) -> bool:
    """Under a plan's field heading ("a) Cơ quan chủ trì", "2. Chủ trì thực hiện"), the items
    list who takes part, they ask for nothing."""
    by_id = ix.by_id
    sec = by_id.get(sec.parent) if sec is not None and sec.parent else None
    seen = 0
    while sec is not None and seen <= len(by_id):   # a cycle of parents ends too
        h = caseless(sec.heading).strip(" *_:.")
        if any(h == " ".join(p) for p in lexicon()["plan_fields"]):
            return True
        sec = by_id.get(sec.parent) if sec.parent else None
        seen += 1
    return False
