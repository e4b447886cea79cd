"""A time limit that stands between a party and what it does.

A procedure's steps name the body, then how long it has, then its act: "Sở Lao động - Thương binh
và Xã hội trong thời gian 12 ngày có văn bản ...", "Ủy ban nhân dân cấp huyện trong thời gian 05
ngày làm việc kể từ ngày nhận đủ giấy tờ có văn bản đề nghị ...", "Cơ quan có thẩm quyền cấp giấy
chứng nhận hy sinh trong thời gian 20 ngày kể từ ngày tiếp nhận đủ các giấy tờ, có trách nhiệm
...". The name ends before the limit (``time_limit_openers``, an amount, ``time_limit_units``) and
the act starts after it: after the limit's own comma; after the clause of its start
(``time_limit_since``: "kể từ ngày nhận ...") at the first modal within ``time_limit_reach`` words,
else at the first verb past the clause's own one ("nhận"), not one that "theo", "được" or "đã"
binds ("theo quy định tại ..."). A limit that no act follows is no limit here.
"""
from __future__ import annotations

from vanban.pipeline.extract.directive_tokens import _match, _Tok, lexicon

_CLAUSE_ENDS = (".", ";", ":", "!", "?", "…")
_BOUND_BEFORE = ("theo", "được", "đã", "bị")


def time_limit_end(toks: list[_Tok], k: int) -> int:
    """Index of the act after a time limit that opens at ``toks[k]``; ``k`` when none opens there
    or no act follows it."""
    lex = lexicon()
    n = _match(toks, k, lex["time_limit_openers"])
    if not n or toks[k + n - 1].tail:
        return k
    m = k + n
    if m >= len(toks) or not toks[m].word.strip("()").isdigit():
        return k
    m += 1
    if m < len(toks) and toks[m].raw.startswith("(") and not toks[m - 1].tail:
        m += next((q + 1 for q in range(3) if m + q < len(toks) and ")" in toks[m + q].raw), 0)   # "05 (năm)"
    u = _match(toks, m, lex["time_limit_units"])
    if not u:
        return k
    m += u
    tail = toks[m - 1].tail
    if tail and not tail.startswith(","):
        return k
    since = 0 if tail else _match(toks, m, lex["time_limit_since"])
    end = _since_end(toks, m + since) if since else m
    return end if end < len(toks) and _acts(toks, end) else k


def _since_end(toks: list[_Tok], s: int) -> int:
    """Past the clause of a limit's start ("kể từ ngày nhận đủ giấy tờ"): at the first modal, else at
    the first verb after the clause's own; ``len(toks)`` at a clause end."""
    lex = lexicon()
    stop = min(len(toks), s + lex["time_limit_reach"])
    for q in range(s + 1, stop):
        if toks[q - 1].tail[:1] in _CLAUSE_ENDS:
            return len(toks)
        if _match(toks, q, lex["modals"]) and toks[q].word not in ("sẽ", "cần"):
            return q
    own = False
    for q in range(s + 1, stop):
        if toks[q - 1].tail[:1] in _CLAUSE_ENDS:
            break
        if toks[q - 1].tail.startswith(",") and own and _acts(toks, q):
            return q
        if _match(toks, q, lex["verbs"]) and toks[q - 1].word not in _BOUND_BEFORE:
            if own and not toks[q - 1].tail:
                return q
            own = True
    return len(toks)


def _acts(toks: list[_Tok], q: int) -> bool:
    lex = lexicon()
    return bool(_match(toks, q, lex["modals"]) or _match(toks, q, lex["verbs"]) or _match(toks, q, lex["openers"]))
