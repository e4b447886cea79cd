"""An applicant described by who it is or what it applies for, then its act of filing papers.

Procedures name the party that files at length and then say what it files: "Tổ chức có nhu cầu cấp, gia
hạn, cấp lại Giấy chứng nhận gửi cơ quan có thẩm quyền ...", "Chủ cơ sở đăng ký cấp lại Giấy chứng nhận
... nộp 01 bộ hồ sơ ...", "Người tham gia bảo hiểm xã hội tự nguyện nộp hồ sơ ...", "Doanh nghiệp có nhu
cầu tự huấn luyện ... lập 01 bộ hồ sơ ..." (realworld84-86). Such a unit binds the applicant, its whole
description the actor. Read only where no other rule named a party: a head of ``filer_heads`` (or a
known party) opens the clause, at most ``filer_reach`` words describe it, with no clause mark, modal,
negation, "thì", done marker or ``filer_breaks`` ("có quyền") among them and no verb right after the head but
``filer_cues`` ("tham gia", "đăng ký"), and then one of ``filing_acts`` takes one of
``filing_papers`` (after a count such as "01 bộ") or a body of ``filing_recipients``.
"""
from __future__ import annotations

from vanban.pipeline.extract.directive_time_limits import _CLAUSE_ENDS as _CLAUSE_MARKS
from vanban.pipeline.extract.directive_tokens import _match, _Tok, lexicon

_COUNT_WORDS = ("một", "bộ", "các", "những")


def filer_end(toks: list[_Tok], i: int) -> int:
    """The index of the filing act that ends an applicant's description opening at ``i``; ``i`` when the
    words there open no such applicant."""
    lex = lexicon()
    j = i + _match(toks, i, lex["determiners"])
    n = max(_match(toks, j, lex["filer_heads"]), _match(toks, j, lex["party_heads"]),
            _match(toks, j, lex["named_parties"]))
    if not n or not (toks[i].upper or (i > 0 and (toks[i - 1].tail.startswith(",") or toks[i - 1].word == "thì"))):
        return i
    if j + n < len(toks) and _match(toks, j + n, lex["verbs"]) and not _match(toks, j + n, lex["filer_cues"]):
        return i   # "Cá nhân viết bản khai ... gửi ...": the party's own act, then another; no description
    for t in range(j + n, min(len(toks), j + n + lex["filer_reach"])):
        if toks[t - 1].tail[:1] in _CLAUSE_MARKS or toks[t].word == "thì" or _match(toks, t, lex["modals"]) \
                or _match(toks, t, lex["negations"]) or toks[t].word in lex["done_markers"] \
                or _match(toks, t, lex["filer_breaks"]):
            return i
        if t > j + n and not toks[t - 1].tail and (a := _match(toks, t, lex["filing_acts"])) and _files_papers(toks, t + a):
            return i if toks[t - 1].word in ("và", "hoặc") else t   # "... tự công bố ... và gửi": another act first
    return i


def _files_papers(toks: list[_Tok], k: int) -> bool:
    """Whether a paper of ``filing_papers`` follows at ``k``, after a count ("01 bộ hồ sơ", "một bộ hồ sơ"), or
    a body of ``filing_recipients`` it is filed with ("gửi cơ quan có thẩm quyền ...")."""
    lex = lexicon()
    while k < len(toks) and (toks[k].word.isdigit() or toks[k].word in _COUNT_WORDS) and not toks[k - 1].tail:
        k += 1
    return k < len(toks) and bool(_match(toks, k, lex["filing_papers"]) or _match(toks, k, lex["filing_recipients"]))
