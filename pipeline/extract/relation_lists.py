"""List lead-ins: a list item that carries no cue of its own takes the relation of the line that
introduces its list ("Căn cứ:", "3. Bãi bỏ các quy định sau:", "Điều 1. Bãi bỏ toàn bộ các quyết định").
Used by ``extract.relations``."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache

from vanban.pipeline.extract.relation_context import (HEAD_PREFIX, ITEM_LABEL, Context, after_cues, clause_head,
                                                      cues_between)
from vanban.pipeline.extract.relation_cues import compile_pattern, relation_model
from vanban.pipeline.model import Citation
from vanban.pipeline.text.labels import ARTICLE, BULLETS, CHAPTER, LETTER, ROMAN, SECTION, arabic, head, marks


# the list-label grammar (text/labels.py) seen from here: a bullet ("*" is markup here), a letter or
# a number of two digits with its dot or bracket, after markup
_ITEM = re.compile(rf"[\s*_|>]*(?P<mark>{marks(BULLETS.replace('*', ''))}|\(?{LETTER}[.)](?=\s)"
                   rf"|\(?{arabic(2)}[.)](?=\s))\s*", re.IGNORECASE)
# a line that ends with a reference's head word, its number on the next line
_REFERENCE_CUT = re.compile(r"(?<!\w)(?:Điều|điều|khoản|điểm|Mục|mục|Chương|chương)[ \t]*\Z")
_RULE_ONLY = re.compile(r"[\s*_|#>:-]*\Z")
_ENDS_COLON = re.compile(r":[\s*_|]*\Z")


@cache
def _lead_headings() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((compile_pattern(p), rel) for p, rel in relation_model()["list_lead_in"]["headings"].items())


def _item_family(line: str) -> str | None:
    """The kind of list mark a line opens with: "-" for bullets, "a)" / "a." for letters, "1)" /
    "1." for numbers; None if it opens no item."""
    m = _ITEM.match(line)
    if m is None:
        return None
    mark = m.group("mark").lstrip("(")
    if mark[0].isalpha():
        return "a" + mark[-1]
    if mark[0].isdigit():
        return "1" + mark[-1]
    return "-"


def lead_in(ctx: Context, cs: int, cite_at: int | None = None) -> str | None:
    """The relation of the line that introduces the list whose item opens at ``cs``; an article
    heading that states the act ("**Điều 1. Bãi bỏ toàn bộ các quyết định**") leads in the items
    that are documents alone ("1. Quyết định số 43/2017/QĐ-UBND ...", ``cite_at`` right after the mark)."""
    text = ctx.text
    line_start = text.rfind("\n", 0, cs) + 1
    while line_start > 0 and _REFERENCE_CUT.search(text, max(0, line_start - 12), line_start - 1):
        # "a) Điều 1, ..., Điều 13 (trừ điểm b.11 khoản 1 Điều" / "13) và Điều 16 Thông tư số ...": the
        # number of a reference the line cut, no item of its own (realworld49 725)
        cs = line_start = text.rfind("\n", 0, line_start - 1) + 1
    mark = _ITEM.match(text, line_start)
    if mark is not None and line_start < cs <= mark.end():
        cs = line_start  # "1. Quyết định số ...": the clause opens after the sentence-like "1."
    line_end = text.find("\n", cs)
    family = _item_family(text[cs:line_end if line_end != -1 else len(text)])
    if family is None:
        return None
    bare = cite_at is not None and _ITEM.match(text, cs).end() == cite_at
    pos = text.rfind("\n", 0, cs) + 1
    for _ in range(relation_model()["list_lead_in"]["max_lines"]):
        if pos <= 0:
            return None
        start = text.rfind("\n", 0, pos - 1) + 1
        line = text[start:pos - 1]
        pos = start
        if _RULE_ONLY.match(line):
            continue  # blank lines and table rules between the lead-in and its items
        for rx, rel in _lead_headings():
            if rx.fullmatch(line.strip(" *_|#>:\t")):
                return rel
        if _ENDS_COLON.search(line):
            return _lead_relation(ctx, _sentence_start(ctx, start), start + len(line))
        mine = _item_family(line)
        if mine is not None and start > 0 and _REFERENCE_CUT.search(text, max(0, start - 12), start - 1):
            continue  # "... khoản 1 Điều" / "13) và Điều 16 ...": a reference's number the line cut
        if mine == "-" != family and _wrapped_dash(text, start):
            continue  # "... phường Nam Lý - Đồng Hới\n- Quảng Bình;": a name's dash at a line start
        if mine is not None and mine != family:
            return None  # an item of another list level: the list started below it
        if _HEADING_LINE.match(line):
            return _article_act(ctx, start, start + len(line)) if bare else None
    return None


def _wrapped_dash(text: str, start: int) -> bool:
    """A line opening with "- " at ``start`` that goes on the line above: that line ends inside a
    sentence, with a word and no mark ("1. Quyết định ... phường Nam Lý - Đồng Hới" / "- Quảng Bình;"),
    and is no bullet of its own; a bullet list opens after a colon or ends each item with a mark."""
    above = text[text.rfind("\n", 0, max(0, start - 1)) + 1:max(0, start - 1)].rstrip(" *_")
    return bool(above) and above[-1].isalnum() and _item_family(above) != "-"


# "...: số 15/2013/NQ-HĐND", "...: 1. Quyết định số ...": the list's first item right after the colon
_COLON_BEFORE = re.compile(rf":[\s*_|]*(?:{ITEM_LABEL}[\s*_]*)?(?:số[\s*_]*)?\Z", re.IGNORECASE)


def inline_lead_in(ctx: Context, cs: int, cite_at: int) -> str | None:
    """The relation of a lead-in that ends with ":" on the citation's own line ("Các Nghị quyết ... sau đây
    hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực thi hành: số 15/2013/NQ-HĐND ...; số 14/2016/NQ-HĐND
    ..."): the list follows its colon at once. Only what the cue search before the citation cannot see
    counts: the lead-in's act with this document as subject or its after-cue ("hết hiệu lực"); its head cue
    was out of reach ("- Thực hiện công tác quản lý ... phê duyệt tại các Quyết định: số 36/QĐ-TTg")."""
    colon = ctx.text.rfind(":", max(0, cite_at - 16), cite_at)
    if colon == -1 or not _COLON_BEFORE.match(ctx.text, colon, cite_at):
        return None
    # the lead-in's clause: a list label after the colon ("...: 1. Quyết định số ...") opens a clause of its own
    return _lead_relation(ctx, min(cs, _sentence_start(ctx, colon)), colon + 1, head=False)


def _article_act(ctx: Context, lo: int, hi: int) -> str | None:
    """The act an article heading opens with ("Điều 1. Bãi bỏ toàn bộ các quyết định"), when it is one
    of list_lead_in's article_acts."""
    head = clause_head(ctx, lo, hi)
    acts = relation_model()["list_lead_in"]["article_acts"]
    return head.relation if head is not None and not head.weak and head.relation in acts else None


# an article, chapter or section heading, also quoted (the amended text: "“Điều 14. Hồ sơ ...") or with
# markup inside ("Điều ****54****. Hiệu lực thi hành"): the list of a lead-in above it has ended
_HEADING_LINE = re.compile(rf"[\s*_#>“\"]*(?:{ARTICLE}[\s*_]+{arabic(None)}|{head(CHAPTER)}|{SECTION}\s+\d+"
                           rf"|{ROMAN}{{1,6}}\.)", re.IGNORECASE)


def _sentence_start(ctx: Context, line_start: int) -> int:
    """Where the clause of a lead-in line opens: a line broken inside it ("2. Quyết định này bãi bỏ
    toàn bộ các Quyết\nđịnh sau:") continues the clause of the line above."""
    k = bisect.bisect_right(ctx.starts, line_start) - 1
    return ctx.starts[k] if k >= 0 else line_start


@cache
def _self_subject() -> re.Pattern:
    return re.compile(HEAD_PREFIX.pattern + relation_model()["list_lead_in"]["self_subject"].replace(" ", r"\s+")
                      + r"\s*", re.IGNORECASE)


def _lead_relation(ctx: Context, lo: int, hi: int, *, head: bool = True) -> str | None:
    """The relation a lead-in line gives its list: its opening cue (unless ``head`` is False) or the cue of
    this document as subject ("Quyết định này bãi bỏ toàn bộ các Quyết định sau:"), else an after-cue in it."""
    opening = clause_head(ctx, lo, hi) if head else None
    if opening is not None and not opening.weak:
        return opening.relation
    for cue in cues_between(ctx, lo, hi):
        if not cue.weak and _self_subject().fullmatch(ctx.text, lo, cue.start):
            return cue.relation
    for rel, rx in after_cues():
        if rx.search(ctx.text, lo, hi):
            return rel
    return None


def act_on_amended(out: list[Citation], extenders: list[bool], cs: int, rel: str) -> None:
    """An act said after a list of amenders ("Luật Thuế thu nhập cá nhân số 04/2007/QH12 đã được sửa đổi,
    bổ sung một số điều theo Luật số 26/2012/QH13, ... và Luật số 93/2025/QH15 hết hiệu lực") is said of
    the document they amended: the citation before the list; the amenders are named, no more."""
    for j in range(len(out) - 1, -1, -1):
        if out[j].start < cs:
            break
        if extenders[j]:
            out[j] = replace(out[j], relation="mentions")
        else:
            if out[j].relation in ("mentions", "basis"):
                out[j] = replace(out[j], relation=rel)
            break


def after_cue_of_list(out: list[Citation], heads: list[bool], cs: int, rel: str) -> None:
    """An after-cue right after a citation inside another one's description ("...; Thông tư liên
    tịch số B ... sửa đổi, bổ sung ... Thông tư liên tịch số A hết hiệu lực") is said of the items of
    the clause's list, not of the described document: every item before it that has no relation yet."""
    for j in range(len(out) - 1, -1, -1):
        if out[j].start < cs:
            break
        if heads[j] and out[j].relation == "mentions":
            out[j] = replace(out[j], relation=rel)


# the provision a list's next item opens with, before its document: "Điều 1", "khoản 2 Điều 3", "điểm a khoản 1 Điều 5 của"
ITEM_PINPOINT = re.compile(r"(?:\s*(?:điểm\s+[a-zđ]\d*|khoản\s+\d+[a-zđ]?|Điều\s+\d+[a-zđ]?)(?:\s*(?:,|và))?)+(?:\s+của)?\s*$",
                            re.IGNORECASE)
