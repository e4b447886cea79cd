"""The party an article's opening sentence binds to the steps listed under it.

A procedure's article often opens with who must carry out what follows, then numbers the steps
and their checks in items of its own ("Điều 8. Các bước kiểm định / Khi thực hiện kiểm định ...,
kiểm định viên phải thực hiện lần lượt theo các bước kiểm định dưới đây ... / 1. Bước 1: Kiểm tra
hồ sơ ... / a) Lý lịch thang máy: Đánh giá theo ..."). No lead-in line stands right above the
items, so the party comes from the article's body before its first item: a sentence with a modal
and a word that points below (``below_cues``: "dưới đây", "sau đây"), read for the party it names
as its subject, or as the agent of a passive ("... phải được kiểm định viên thực hiện đầy đủ theo
các nội dung dưới đây:").
"""
from __future__ import annotations

import re
from functools import cache

from vanban.pipeline.extract.directive_index import _DocIndex
from vanban.pipeline.extract.directive_reading import _read
from vanban.pipeline.extract.directive_tokens import lexicon
from vanban.pipeline.model import Section


@cache
def _below() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in lexicon()["below_cues"]) + r")\b")


@cache
def _passive_agent() -> re.Pattern:
    # "... phải được kiểm định viên thực hiện ...": the agent between "được" and its verb
    return re.compile(r"\bphải được ((?:[^\W\d_]+ ){1,8}?)(?:thực hiện|tiến hành)\b")


def article_intro_actor(ix: _DocIndex, article: Section) -> str | None:
    """The party the body of ``article`` before its first item binds to what follows, or None; read
    once per article."""
    if id(article) not in ix.intro_actors:
        ix.intro_actors[id(article)] = _intro_actor(ix, article)
    return ix.intro_actors[id(article)]


def _intro_actor(ix: _DocIndex, article: Section) -> str | None:
    first = ix.kids_start.get(article.id)
    if first is None or first <= article.heading_end:
        return None
    text = ix.doc.text
    body = text[article.heading_end:first]
    if len(body) > lexicon()["article_intro_max_chars"]:
        return None
    for m in re.finditer(r"[^.;:]+[.;:]?", body):
        sentence = " ".join(m.group().split())
        low = sentence.lower()
        if "phải" not in low or not _below().search(low):
            continue
        if (p := _passive_agent().search(low)) is not None:
            at = low.find(p.group(1))
            return sentence[at:at + len(p.group(1))].strip()
        r = _read(sentence, 0, len(sentence))
        if r.actors and r.modal and not r.assigned:
            return r.actors[0]
    return None
