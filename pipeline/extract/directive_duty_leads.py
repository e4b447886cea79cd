"""Who acts in the items under a lead-in that says they are its subject's duties ("Sinh viên được cấp Chứng
chỉ có các nghĩa vụ sau đây:", "Thư ký hội đồng trường ..., trực tiếp giúp chủ tịch hội đồng trường thực hiện
một số nhiệm vụ, quyền hạn sau đây:"): the subject, read from the lead-in's words before its closing
``duty_leadin_patterns``.
"""
from __future__ import annotations

import re
from functools import cache

from vanban.pipeline.extract.directive_actors import _distinct, _org_start, verbal_head
from vanban.pipeline.extract.directive_reading import _read
from vanban.pipeline.extract.directive_tokens import _Tok, _match, _span_text, _tokens, lexicon


def _asks(toks: list[_Tok]) -> bool:
    """A modal, an assignment or a closing clause mark makes a heading a sentence, not a name."""
    lex = lexicon()
    return any(_match(toks, i, lex["modals"]) or t.tail[:1] in (";", ".")
               or ((n := _match(toks, i, lex["assign"])) and _org_start(toks, i + n) >= 0)   # not "giao thông"
               for i, t in enumerate(toks))


@cache
def _duty_leadin() -> re.Pattern:
    """A lead-in's closing words that say the items below are its subject's duties
    (``duty_leadin_patterns``)."""
    return re.compile(r"\s+(?:" + "|".join(lexicon()["duty_leadin_patterns"]) + r")\s*:?$", re.I)


def duty_leadin_actor(line: str) -> str | None:
    """The subject of a lead-in that names the duties listed under it, whoever it is: "Sinh viên
    được cấp Chứng chỉ có các nghĩa vụ sau đây:" -> "Sinh viên được cấp Chứng chỉ"; after an
    introductory phrase its last comma ("Trong giải quyết tranh chấp lao động, các bên có nghĩa vụ
    sau đây:" -> "các bên"). A subject named in the reader's lexicon is read as such ("Nghị định
    nêu rõ, Bộ Ngoại giao thực hiện nhiệm vụ ... và thực hiện những nhiệm vụ, quyền hạn:")."""
    m = _duty_leadin().search(line)
    if m is None:
        return None
    r = _read(line, 0, len(line))
    if r.actors and r.subject_verb:
        return "; ".join(_distinct(r.actors))
    subject = line[:m.start()].strip(" *_,")
    toks = _tokens(subject)
    lex = lexicon()
    if toks and _match(toks, 0, lex["intro_openers"]):
        if ", " not in subject:
            return None   # "Căn cứ quy định của pháp luật, thực hiện các nhiệm vụ sau đây:": a basis, no one named
        subject = subject.rsplit(", ", 1)[1]
        toks = _tokens(subject)
    if not toks or len(toks) > lex["wrapped_name_max_words"] or any(t.tail[:1] in (";", ".", ":") for t in toks):
        return None
    if not (toks[0].upper or _match(toks, 0, lex["determiners"])) or _asks(toks) or subject.isupper():
        return None
    if _match(toks, 0, lex["verbs"]) and _org_start(toks, 0) < 0 and (not _match(toks, 0, lex["party_heads"])
                                                                       or verbal_head(toks, 0)):
        return None   # "Xác định, tuyển chọn và giao thực hiện nhiệm vụ": what is done, no one named
    if end := _leading_party_end(toks, verbs=False):
        return _span_text(subject, toks, 0, end)   # "Thư ký hội đồng quản trị trực tiếp giúp chủ tịch ... thực hiện ...:"
    return subject


def long_duty_leadin_actor(line: str) -> str | None:
    """The party or body that opens a duty lead-in whose subject runs on too long to be a name, up to
    its first verb ("Thư ký hội đồng trường không kiêm nhiệm chức vụ hiệu trưởng ..., trực tiếp giúp chủ
    tịch hội đồng trường thực hiện một số nhiệm vụ, quyền hạn sau đây:" -> "Thư ký hội đồng trường"); read
    after every other reading of the lead-in."""
    m = _duty_leadin().search(line)
    toks = _tokens(line[:m.start()].strip(" *_,")) if m else []
    if not toks or (len(toks) <= lexicon()["wrapped_name_max_words"] and not any(t.tail for t in toks[:-1])):
        return None
    end = _leading_party_end(toks, verbs=True)
    return _span_text(line, toks, 0, end) if end else None


def _leading_party_end(toks: list, *, verbs: bool) -> int:
    """Where the party or body that opens a long lead-in's subject is named to: up to its first verb,
    adverb, modal or negation, within a few words and no mark ("Thư ký hội đồng trường không kiêm nhiệm
    chức vụ hiệu trưởng ..., trực tiếp giúp chủ tịch hội đồng trường thực hiện một số nhiệm vụ, quyền hạn
    sau đây:", a charter, realworld70 804, 73 814, 74 815); 0 when no such name opens it."""
    lex = lexicon()
    n = _match(toks, 0, lex["party_heads"]) or _match(toks, 0, lex["org_heads"])
    if not n or not toks[0].upper:
        return 0
    k = n
    while k < min(len(toks), n + lex["wrapped_name_max_words"]) and not toks[k - 1].tail:
        if (inner := _match(toks, k, lex["org_heads"])) > 1:
            k += inner   # "Thư ký hội đồng quản trị": the body the party serves
            continue
        if _match(toks, k, lex["passive"]):
            return 0   # "Sinh viên được cấp Chứng chỉ có các nghĩa vụ ...": the participle names the party
        if _match(toks, k, lex["openers"]) or (verbs and (
                _match(toks, k, lex["verbs"]) or _match(toks, k, lex["negations"]) or toks[k].word == "là")):
            # with ``verbs`` false only an adverb ends the name ("Người lao động làm việc không theo hợp đồng")
            return k
        k += 1
    return 0
