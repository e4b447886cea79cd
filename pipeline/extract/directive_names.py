"""The names a document makes for its parties: a common noun and the verb it writes after it again and
again ("cơ quan thanh toán", "tổ chức kiểm định"), and the short names it gives bodies in brackets
("Tổng công ty Đầu tư và Kinh doanh vốn nhà nước (sau đây gọi tắt là SCIC)"); read once per document
(``terms_of``) and used where a clause's subject ends.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from vanban.pipeline.extract.directive_tokens import _Tok, _match, _tokens, lexicon

# the names the document being read builds from a common noun and a verb (``document_terms``)
_TERMS: ContextVar[frozenset] = ContextVar("directive_terms", default=frozenset())
# the short names it gives bodies in brackets (``document_aliases``)
_ALIASES: ContextVar[frozenset] = ContextVar("directive_aliases", default=frozenset())


def document_terms(text: str) -> frozenset[tuple[str, ...]]:
    """The verbs that ``text`` writes at least ``term_min_count`` times in lower case after a head
    of ``term_heads`` that opens no longer name, with the words after them the document repeats as
    often: the names a document makes for its parties ("cơ quan thanh toán", "đơn vị cung cấp dịch
    vụ", "cơ quan, đơn vị xử lý", "đơn vị chủ trì liên kết đào tạo"); after a head of ``marked_term_heads``
    (a verb too: "tổ chức") only where a name marker or a determiner stands before it ("của tổ chức
    kiểm định"), the head kept as the name's first words. One pass over the words."""
    lex = lexicon()
    toks = _tokens(text)
    seen: Counter = Counter()
    verb_of: dict[tuple[str, ...], tuple[str, ...]] = {}   # words counted -> the verb they open with
    named: Counter = Counter()   # verb -> how often the head and it stand where only a name may
    for j in range(1, len(toks) - 1):
        if toks[j - 1].upper and not toks[j - 1].tail and not _match(toks, j - 1, lex["determiners"]):
            continue   # "Ban" of "Kho bạc Nhà nước Ban ...": inside a longer name
        n, head = _match(toks, j, lex["term_heads"]), ()
        if m := _match(toks, j, lex["marked_term_heads"]):
            if toks[j - 1].tail or (toks[j - 1].word not in lex["term_name_markers"]
                                    and toks[j - 1].word not in lex["marked_term_openers"]):
                continue   # "... có trách nhiệm tổ chức thực hiện ...": the verb, no head
            n, head = m, _words(toks, j, j + m)   # "của tổ chức kiểm định": kept with its head
        if not n or j + n >= len(toks) or toks[j + n - 1].tail or toks[j + n].upper:
            continue
        if (m_len := _match(toks, j + n, lex["modals"])) and m_len >= _match(toks, j + n, lex["verbs"]):
            continue   # "đơn vị có trách nhiệm ...": the head's modal, no name ("các đơn vị có trách nhiệm" in a title)
        v = _match(toks, j + n, lex["verbs"])
        if head and not v and not _match(toks, j + n, lex["modals"]) and toks[j + n].word not in lex["term_end_words"]:
            v = 1   # "các tổ chức tín dụng": after its marker the head is a noun, and any word may go on its name
        if v and not _match(toks, j + n, lex["openers"]):
            # "đơn vị kịp thời ...": an adverb, no name
            verb = head + _words(toks, j + n, j + n + v)
            if toks[j - 1].word in lex["term_name_markers"] and not toks[j - 1].tail and not head:
                named[verb] += 1   # "ý kiến của Hội đồng quản lý": after "của" the verb is part of a name
            for end in range(j + n + v, min(len(toks), j + n + v + lex["term_max_extra_words"]) + 1):
                if end > j + n + v and toks[end - 1].word in lex["term_end_words"]:
                    break   # "... thị trường điện được hưởng ...": the name ends before "được"
                seen[words := head + _words(toks, j + n, end)] += 1
                verb_of[words] = verb
                if end >= len(toks) or toks[end - 1].tail or toks[end].upper or _match(toks, end, lex["modals"]) \
                        or _match(toks, end, lex["subject_modals"]):
                    break   # "Người điều hành chỉ được ...": "chỉ" opens the bound, it is no word of the name
    # words after the verb belong to the name only where the document writes them in at least
    # ``term_extension_share`` of the verb's uses ("đơn vị chủ trì liên kết đào tạo"), not the verbs of
    # its clauses ("người điều hành gửi ...", "... thực hiện ...", "... tiến hành ...", realworld40 654)
    share = lex["term_extension_share"]
    terms = {words for words, count in seen.items() if count >= lex["term_min_count"]
             and (verb_of[words] == words or count >= share * seen[verb_of[words]])}
    # a name the document writes after a preposition often enough is one whatever follows it; marked
    # with an empty first word ("", "quản lý"), which no word is
    return frozenset(terms | {("", *verb) for verb, count in named.items() if count >= lex["term_min_count"]})


def document_aliases(text: str) -> frozenset[tuple[str, ...]]:
    """The short names ``text`` gives bodies in a bracket that opens with one of ``alias_openers``
    ("Tổng công ty Đầu tư và Kinh doanh vốn nhà nước (sau đây gọi tắt là SCIC)"), as lower-case
    words: an acronym, or a name that opens with a body's head (``org_heads``, ``party_heads``). A
    clause that opens with one names its subject ("SCIC thực hiện ...")."""
    out = set()
    for m in _alias().finditer(text):
        inner = m.group().strip().strip("()")
        name = inner[next(len(a) for a in _alias_openers() if inner.lower().startswith(a)):]
        name = name.strip(" \"“”'‘’").rstrip(";,.")
        toks = _tokens(name)
        acronym = len(toks) == 1 and len(name) >= 2 and name.isalpha() and name.isupper()
        body = bool(toks) and (_match(toks, 0, lexicon()["org_heads"]) or _match(toks, 0, lexicon()["party_heads"]))
        if (name[:1].isupper() or body) and (acronym or body) and len(toks) <= lexicon()["alias_max_words"] \
                and "," not in name:   # "SCIC", "Ủy ban nhân dân cấp xã", "tổ chức kiểm định"; not "Đợt thi đua"
            out.add(tuple(t.word for t in toks))
    # in running text only: a title in capitals ("NỘI DUNG THU, CHI") writes words, no acronyms
    counts = Counter(a for line in text.splitlines() if any(c.islower() for c in line)
                     for a in _ACRONYM.findall(line))
    lex = lexicon()
    out.update((a.lower(),) for a, n in counts.items() if n >= lex["acronym_min_count"] and not _SYLLABLE.fullmatch(a)
               and a not in lex["acronym_not_bodies"])
    return frozenset(out)


# a body's acronym written alone in running text ("VAMC xây dựng thang lương ...", "... nợ xấu được VAMC
# mua"), not a document code's part ("26/2016/TT-BLĐTBXH"): an amending text names the body its amended
# circular gave a short name (``acronym_min_count`` times or more), with no bracket of its own (realworld37 632)
_ACRONYM = re.compile(r"(?<![\w/-])([A-ZĐ]{3,8})(?![\w/-])")
# a Vietnamese syllable in capitals with its tone marks lost ("NAM", "THU", "BINH"), or a Roman
# numeral: a word, no acronym
_SYLLABLE = re.compile(r"(?:NGH|NG|NH|CH|GH|GI|KH|PH|QU|TH|TR|[BCDĐGHKLMNPQRSTVX])?[AEIOUY]{1,3}(?:NG|NH|CH|[CMNPT])?"
                       r"|[IVXLC]+")


@contextmanager
def terms_of(text: str) -> Iterator[None]:
    """Read the directives of ``text`` with the names it builds (``document_terms``) and the short
    names it gives (``document_aliases``)."""
    token = _TERMS.set(document_terms(text))
    alias_token = _ALIASES.set(document_aliases(text))
    try:
        yield
    finally:
        _TERMS.reset(token)
        _ALIASES.reset(alias_token)


def current_terms() -> frozenset[tuple[str, ...]]:
    """The names of the document being read (``terms_of``); empty outside one."""
    return _TERMS.get()


def _words(toks: list[_Tok], a: int, b: int) -> tuple[str, ...]:
    return tuple(t.word for t in toks[a:b])


def _term_end(toks: list[_Tok], i: int, k: int) -> int:
    """Where a subject's name that a verb at ``toks[k]`` would end goes on to, when the document
    names a party so ("Cơ quan thanh toán căn cứ ...", "Đơn vị cung cấp dịch vụ đăng kiểm có trách
    nhiệm ...", "Đơn vị chủ trì liên kết đào tạo: Chủ trì ..."): past the longest of its names that
    starts there when the clause's own verb, a modal or a colon follows, or to a modal a few words
    on; ``k`` otherwise."""
    terms = _TERMS.get()
    lex = lexicon()
    marked = next((h for h in (2, 1) if k - h >= i and _match(toks, k - h, lex["marked_term_heads"]) == h), 0)
    if not terms or not (marked or any(k - h >= i and _match(toks, k - h, lex["term_heads"]) == h for h in (1, 2))):
        return k
    head = _words(toks, k - marked, k)   # a name after "tổ chức" is known with its head only
    if (light := _match(toks, k, lex["term_light_verbs"])) and _match(toks, k + light, lex["verbs"]):
        return k   # "doanh nghiệp thực hiện công bố thông tin ...": the subject, its light verb and its act
    longest = max((e for e in range(k + 1, min(len(toks), k + lex["term_max_extra_words"] + 3) + 1)
                   if head + _words(toks, k, e) in terms), default=k)
    for e in sorted({longest, k + (_match(toks, k, lex["verbs"]) or 0)}, reverse=True):
        if e <= k or head + _words(toks, k, e) not in terms:
            continue
        if e < len(toks) and toks[e - 1].tail.startswith(":"):
            return e   # "Đơn vị chủ trì liên kết đào tạo: Chủ trì, phối hợp ..."
        if e >= len(toks) or toks[e - 1].tail:
            continue
        if any(_match(toks, e, lex[key]) for key in ("modals", "verbs", "openers", "intro_openers")) \
                or toks[e].word in lex["term_end_words"]:
            # "Cơ quan thanh toán căn cứ ...", "Hội đồng thẩm định nghiên cứu ...", "Đơn vị vận hành hệ
            # thống điện và thị trường điện được ưu tiên ..."
            return e
        for m in range(e + 1, min(len(toks), e + 5)):
            if toks[m - 1].tail:
                break
            if _match(toks, m, lex["modals"]):
                return m
    return k


def _alias_end(toks: list[_Tok], i: int) -> int:
    """Where a short name the document gave (``document_aliases``) that opens the clause at ``toks[i]``
    ends, when its verb, a modal or an opener follows; ``i`` otherwise."""
    lex = lexicon()
    for words in sorted(_ALIASES.get(), key=len, reverse=True):
        k = i + len(words)
        if k < len(toks) and _words(toks, i, k) == words and not toks[k - 1].tail \
                and any(_match(toks, k, lex[key]) for key in ("verbs", "modals", "openers")):
            return k
    return i


def _named_term_end(toks: list[_Tok], i: int, k: int) -> int:
    """Past the verb at ``toks[k]`` when the document writes a head and it as a name where no verb may
    stand (``term_name_markers``: "của Hội đồng quản lý" again and again): "Hội đồng quản lý thông qua
    ..." names "Hội đồng quản lý", though "quản lý" stays the verb the clause is read by; ``k`` otherwise."""
    e = k + (_match(toks, k, lexicon()["verbs"]) if k < len(toks) else 0)
    if e == k or ("", *_words(toks, k, e)) not in _TERMS.get() or toks[k - 1].tail \
            or not any(k - h >= i and _match(toks, k - h, lexicon()["term_heads"]) == h for h in (1, 2)):
        return k
    return e


@cache
def _alias_openers() -> tuple[str, ...]:
    return tuple(" ".join(a) if isinstance(a, (list, tuple)) else a
                 for a in sorted(lexicon()["alias_openers"], key=len, reverse=True))


@cache
def _alias() -> re.Pattern:
    """A bracket that opens with one of ``alias_openers``."""
    openers = "|".join(re.escape(" ".join(a)) for a in lexicon()["alias_openers"])   # longest first
    return re.compile(r"\s*\((?:" + openers + r")\s[^()]{0,200}\)", re.I)


def duty_title_body(h: str) -> str:
    """The body a duty title names, without its topic and without where its duties are set ("Bộ Y tế về
    bảo hiểm y tế" -> "Bộ Y tế"; "giám đốc trung tâm ... được quy định tại Khoản 3 Điều 13 ..." ->
    "giám đốc trung tâm ...")."""
    return _tail_cut(_topic_cut(h))


def _topic_cut(h: str) -> str:
    """A duty title's body without the topic after it ("Bộ Y tế về bảo hiểm y tế" -> "Bộ Y tế"), where
    the body is one of general competence (``topic_free_heads``) whose name never takes "về ..."."""
    m = re.search(r"\s+về\s", h)
    toks = _tokens(h[:m.start()]) if m else []
    d = _match(toks, 0, lexicon()["determiners"]) if toks else 0
    n = _match(toks, d, lexicon()["topic_free_heads"]) if toks else 0
    named = n and (n > 1 or (d + 1 < len(toks) and toks[d + 1].upper))   # not "Bộ phận ... về"
    return h[:m.start()] if named else h


@cache
def _duty_title_tail() -> re.Pattern:
    return re.compile(r"\s+(?:" + "|".join(lexicon()["duty_title_tails"]) + ")", re.I)


def _tail_cut(h: str) -> str:
    """A duty title's body without what it says of where the duties are set ("giám đốc trung tâm
    ... được quy định tại Khoản 3 Điều 13 ..." -> "giám đốc trung tâm ...": ``duty_title_tails``)."""
    m = _duty_title_tail().search(h)
    return h[:m.start()] if m and m.start() > 0 else h
