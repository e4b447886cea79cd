"""Cue words of relations between documents (``models/relations.json``): the data, loaded once, every
cue found in a text ("Căn cứ" -> basis, "bãi bỏ" -> repeals), and the patterns of another document's
title before a cue ("Luật sửa đổi, ...", "Chương trình hành động của Chính phủ thực hiện ...").
Used by ``extract.relations``."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from vanban.pipeline.model import RELATIONS
from vanban.pipeline.resources import load_json


@cache
def relation_model() -> dict:
    """``models/relations.json``, loaded once."""
    data = load_json("relations.json")
    assert tuple(data["relations"]) == RELATIONS, "models/relations.json and model.RELATIONS disagree"
    return data


def compile_pattern(pattern: str, *, words: bool = True) -> re.Pattern:
    """A data pattern: a space stands for any run of whitespace; matched case-insensitively."""
    body = pattern.replace(" ", r"\s+")
    if words:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    return re.compile(body, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue found in the text: "Căn cứ" -> basis, "bãi bỏ" -> repeals."""
    start: int
    end: int
    relation: str
    weak: bool = False


@cache
def _cue_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    m = relation_model()
    return tuple((rel, compile_pattern("|".join(f"(?:{p})" for p in pats))) for rel, pats in m["cues"].items())


@cache
def _weak() -> frozenset[str]:
    return frozenset(w.casefold() for w in relation_model()["weak_cues"])


@cache
def _permit_object() -> tuple[frozenset[str], re.Pattern]:
    m = relation_model()["permit_objects"]
    return frozenset(m["relations"]), compile_pattern(m["pattern"], words=False)


def find_cues(text: str) -> list[Cue]:
    """Every cue in ``text``, sorted by end; a cue inside a longer one is dropped ("thực hiện"
    inside "tổng kết 10 năm thực hiện").

    >>> [(c.relation, c.start) for c in find_cues("Tổng kết 10 năm thực hiện Nghị quyết")]
    [('reports_on', 0)]
    """
    found = []
    weak = _weak()
    permit_rels, permit = _permit_object()
    for rel, rx in _cue_patterns():
        for m in rx.finditer(text):
            if rel in permit_rels and permit.match(text, m.end()):
                continue  # "sửa đổi, cấp lại, thu hồi Giấy chứng nhận ...": a licence, not a document
            if m.end() > m.start():
                found.append(Cue(m.start(), m.end(), rel, " ".join(m.group().split()).casefold() in weak))
    # longest first at each start, then keep only cues not inside an earlier-starting longer one
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Cue] = []
    reach = -1
    for c in found:
        if c.end <= reach:
            continue  # contained in a cue kept before
        kept.append(c)
        reach = max(reach, c.end)
    kept.sort(key=lambda c: (c.end, c.start))
    return kept


# --- titles of other documents (used by extract.relations) ------------------------------

@cache
def _type_nouns() -> str:
    """Every document-type noun, longest first, as one alternation."""
    from vanban.pipeline.extract.patterns import type_words

    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in type_words()), key=len, reverse=True))


@cache
def type_noun_before() -> re.Pattern:
    """A document-type noun (and "mới"/"khác") that ends right before a cue; "pháp luật" is law in
    general ("Điều 1. Bãi bỏ văn bản quy phạm pháp luật" / "Bãi bỏ Quyết định số ..."), no "Luật"."""
    m = relation_model()["other_titles"]
    return re.compile(rf"(?<!\w)(?<!pháp\s)(?P<noun>{_type_nouns()})(?:\s+{m['between']})?[\s,]*\Z", re.IGNORECASE)


@cache
def draft_noun_before() -> re.Pattern:
    """A draft's document-type noun, with its owner, that ends right before a cue: "dự thảo Nghị
    quyết của Quốc hội sửa đổi ..." names what the draft does."""
    m = relation_model()["other_titles"]
    draft = m["draft"].replace(" ", r"\s+")
    owner = m["draft_owner"].replace(" ", r"\s+")
    # a draft mark alone on its line ("DỰ THẢO" / "NGHỊ ĐỊNH" / "Sửa đổi ...") is this document's status
    return re.compile(rf"(?<!\w)(?:(?m:^)[ \t*_#>|]*{draft}(?=[ \t*_]*\n)(?P<mark>)|{draft})"
                      rf"\s+(?P<noun>{_type_nouns()})(?:\s+{owner})?[\s,]*\Z", re.IGNORECASE)


@cache
def issued_before() -> re.Pattern:
    return compile_pattern(relation_model()["other_titles"]["issued"] + r"[\s*_]*\Z", words=False)


@cache
def owned_noun_before() -> re.Pattern:
    """A document-type noun with its owner ("Chương trình hành động của Chính phủ") that ends right
    before a cue."""
    between = relation_model()["owned_titles"]["between"].replace(" ", r"\s+")
    return re.compile(rf"(?<!\w)(?P<noun>{_type_nouns()})\s+{between}\s*\Z", re.IGNORECASE)
