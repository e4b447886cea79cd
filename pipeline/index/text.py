"""Text helpers for retrieval: diacritic folding, lexical tokens, document-number keys.

Folding is one character for one character, so a span found in folded text is the same span in
the original ("giai phap" finds "giải pháp" at the same offsets).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from vanban.pipeline.extract.patterns import (
    codes_for_type_word,
    doc_number_matches,
    doc_types,
    shorthand_codes,
    shorthand_type_words,
    split_glued_code,
)
from vanban.pipeline.resources import load_json
from vanban.pipeline.text import has_diacritics as has_diacritics, strip_marks  # re-exported
from vanban.pipeline.text.numbers import DOC_NUMBER_RE, latin_code

# the diacritic fold of pipeline.text, under the name search.py and lexical.py import
fold = strip_marks


# --- document numbers ----------------------------------------------------------------------
# The number pattern is ``text.numbers.DOC_NUMBER_RE`` (every spelling citations read), the type
# codes and words are ``models/doc_types.csv`` (through ``extract.patterns``); here a number only
# becomes a search key: codes folded and lowercased ("NĐ" -> "nd"), the type code and ordinal as
# one short token ("nq#20") for what a user types ("nq 20", "Nghị quyết 20").


def _code(code: str) -> str:
    """A code as a key: look-alike letters read as Latin, no diacritics, lowercase ("QĐi" -> "qdi")."""
    return fold(latin_code(code)).lower()


@cache
def type_codes() -> frozenset[str]:
    """The type codes a document number may carry, as keys: "nq", "qd", "qdi", "nd", "ttlt" ...
    (``number_code`` of ``models/doc_types.csv``; laws carry none: "29/2013/QH13")."""
    return frozenset(_code(t.number_code) for t in doc_types() if t.number_code)


@cache
def shorthand_types() -> dict[str, tuple[str, ...]]:
    """What a short lookup may name a type by, folded, -> the type codes (as keys) it stands for:
    the type words ("nghi quyet" -> nq; "quy dinh" -> qdi, qyd, qd, since the Party numbered its
    regulations "377-QĐ/TW" before 2018) and the codes ("qd" -> qd). Only the types a bare ordinal
    may follow ("Nghị quyết 20", "QĐ 22"; not "dự án 1", ``shorthand`` in ``doc_types.csv``)."""
    out: dict[str, tuple[str, ...]] = {}
    for word in shorthand_type_words():
        key = fold(word).lower()
        out[key] = tuple(dict.fromkeys((*out.get(key, ()), *map(_code, codes_for_type_word(word)))))
    for code in shorthand_codes():
        out.setdefault(_code(code), (_code(code),))
    return out


@cache
def _type_word_re() -> str:
    """The folded type words of ``shorthand_types``, longest first, for a regex alternation."""
    words = sorted({fold(w).lower() for w in shorthand_type_words()}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@cache
def _type_word_before() -> re.Pattern:
    """A type word (and "số") ending where a number starts: "Nghị quyết số " (folded)."""
    return re.compile(rf"(?P<word>{_type_word_re()})\s*(?:so)?\s*$")


@dataclass(frozen=True, slots=True)
class NumberKey:
    """A document number reduced to what identifies it: "20-NQ/TW" -> num "20", codes (nq, tw);
    a short lookup ("quy định 377") has no codes, only the ``types`` it may carry."""
    num: str
    year: str | None
    codes: tuple[str, ...]
    context_type: str | None = None  # "nq" from "Nghị quyết số 24/2022/UBTVQH15"
    types: tuple[str, ...] = ()      # a short lookup's type codes: ("qdi", "qyd", "qd")

    @property
    def type_code(self) -> str | None:
        if self.codes and self.codes[0] in type_codes():
            return self.codes[0]
        return self.context_type

    @property
    def token(self) -> str:
        """Single lexical token: "20-nq/tw", "8/2014-nd/cp"."""
        return f"{self.num}{'/' + self.year if self.year else ''}-{'/'.join(self.codes)}"

    @property
    def short_token(self) -> str | None:
        """"nq#20": what "nq 20" and "Nghị quyết 20" look up."""
        return f"{self.type_code}#{self.num}" if self.type_code else None

    @property
    def lookup_tokens(self) -> tuple[str, ...]:
        """The tokens a lookup of this key finds in the index: the full token of a number with an
        issuer, the short tokens of its type(s) otherwise ("quy định 377": "qdi#377", "qyd#377",
        "qd#377")."""
        if len(self.codes) > 1:
            return (self.token,)
        if self.types:
            return tuple(f"{t}#{self.num}" for t in self.types)
        return (self.short_token,) if self.short_token else ()

    def matches(self, other: NumberKey) -> bool:
        """Does this (possibly partial) key name ``other``? "nq 20" matches "20-NQ/TW"."""
        if self.num != other.num:
            return False
        if self.year and other.year and self.year != other.year:
            return False
        if self.types:
            return other.type_code in self.types
        return other.codes[: len(self.codes)] == self.codes


def _key(m: re.Match) -> NumberKey:
    """The key of a ``DOC_NUMBER_RE`` match; a type code glued to its issuer ("NQTW") is split."""
    g = m.groupdict()
    if g["sn"]:
        num, year, parts = g["sn"], g["sy"], re.split(r"[\s/\-–]+", g["sc"])
    elif g["pn"]:
        num, year, parts = g["pn"], None, [g["pt"], *re.split(r"[\s/\-–]+", g["pi"])]
    else:
        num, year, parts = g["qn"], None, [g["qc"]]
    parts = [p for p in parts if p]
    # only a shorthand type is split off: "TCCP" is an issuer, no Thông cáo (TC) of the Government
    if _code(parts[0]) not in type_codes() and (glued := split_glued_code(latin_code(parts[0]))) \
            and glued[0] in shorthand_codes():
        parts[:1] = glued
    return NumberKey(num.lstrip("0") or "0", year, tuple(_code(p) for p in parts))


def number_key(number: str) -> NumberKey | None:
    """Parse a written or canonical document number; None when it is not one.

    >>> number_key("20-NQTW").token
    '20-nq/tw'
    >>> number_key("08/2014/NĐ-CP").token
    '8/2014-nd/cp'
    """
    m = DOC_NUMBER_RE.search(number or "")
    return _key(m) if m else None


def find_numbers(text: str) -> list[tuple[int, int, NumberKey]]:
    """Document numbers written in ``text`` with their spans; a number without a type code takes
    the type word before it ("Nghị quyết số 24/2022/UBTVQH15": type nq).

    >>> [k.short_token for _s, _e, k in find_numbers("Nghị quyết số 24/2022/UBTVQH15 và 20-NQ/TW")]
    ['nq#24', 'nq#20']
    """
    window = max(map(len, shorthand_types())) + 6
    out = []
    for m in doc_number_matches(text):
        key = _key(m)
        if key.codes[0] not in type_codes():
            before = _type_word_before().search(fold(text[max(0, m.start() - window):m.start()]).lower())
            if before:
                key = replace(key, context_type=shorthand_types()[" ".join(before["word"].split())][0])
        out.append((m.start(), m.end(), key))
    return out


@cache
def _short_re() -> re.Pattern:
    return re.compile(r"^\s*(?P<type>[a-z]{2,4}|%s)\.?\s*(?:so\s+)?(?P<num>\d{1,5})(?:\s*/\s*(?P<year>\d{4}))?\s*$"
                      % _type_word_re())


def parse_number_query(query: str) -> NumberKey | None:
    """A query that is only a document number, written in full or short.

    >>> parse_number_query("nq 20")
    NumberKey(num='20', year=None, codes=(), context_type=None, types=('nq',))
    >>> parse_number_query("quy định 377").types
    ('qdi', 'qyd', 'qd')
    >>> parse_number_query("Nghị quyết số 20-NQ/TW").token
    '20-nq/tw'
    >>> parse_number_query("thu hút nhân lực") is None
    True
    """
    q = query.strip()
    folded = fold(q).lower()
    # strip a leading type word ("Nghị quyết số 20-NQ/TW") before a full number
    rest = re.sub(r"^(?:%s)?\s*(?:so)?\s*" % _type_word_re(), "", folded)
    m = DOC_NUMBER_RE.fullmatch(q[len(folded) - len(rest):].strip()) if rest else None
    if m:
        return _key(m)
    m = _short_re().match(folded)
    if m:
        types = shorthand_types().get(" ".join(m.group("type").split()))
        if types:
            return NumberKey(m.group("num").lstrip("0") or "0", m.group("year"), (), types=types)
    return None


# --- lexical tokens ------------------------------------------------------------------------

_WORD_RE = re.compile(r"\w+", re.UNICODE)
# syllables of one clause: a bigram never spans punctuation
_CLAUSE_RE = re.compile(r"[^\s\w]+")


def syllables(text: str) -> list[str]:
    return _WORD_RE.findall(text.lower())


def lexical_tokens(text: str, *, folded: bool = False, bigrams: bool = True) -> list[str]:
    """BM25 tokens of ``text``: lowercased syllables, syllable pairs inside a clause
    (Vietnamese words are mostly two syllables: "khoa_học", "công_nghệ"), and document
    numbers as single tokens ("20-nq/tw", "nq#20"). ``folded`` strips tones first.

    >>> lexical_tokens("Nghị quyết 20-NQ/TW về khoa học", folded=True)[-3:]
    ['khoa_hoc', '20-nq/tw', 'nq#20']
    """
    src = fold(text) if folded else text
    low = src.lower()
    out: list[str] = []
    for clause in _CLAUSE_RE.split(low):
        syl = _WORD_RE.findall(clause)
        out += syl
        if bigrams:
            out += [f"{a}_{b}" for a, b in zip(syl, syl[1:])]
    for _s, _e, key in find_numbers(text):
        out.append(key.token)
        if key.short_token:
            out.append(key.short_token)
    return out


def query_tokens(query: str, *, folded: bool, bigrams: bool = True) -> list[str]:
    """Tokens of a query for one field; a number query adds its number tokens."""
    toks = lexical_tokens(query, folded=folded, bigrams=bigrams)
    key = parse_number_query(query)
    if key is not None:
        toks += key.lookup_tokens or [key.token]
    return toks


@cache
def _synonym_rows() -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    """``models/search_synonyms.json``: a folded pattern of each row's asks, and what it says."""
    rows = []
    for row in load_json("search_synonyms.json")["rows"]:
        asks = sorted({" ".join(syllables(fold(a).lower())) for a in row["asks"]}, key=len, reverse=True)
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in asks) + r")(?!\w)")
        rows.append((pattern, tuple(row["says"])))
    return tuple(rows)


def query_expansions(query: str) -> list[str]:
    """The wording documents use for what the query asks in everyday words ("hạn chót" -> "chậm
    nhất", "trước ngày"), from ``models/search_synonyms.json``; [] for most queries."""
    folded = " ".join(syllables(fold(query).lower()))
    return [say for pattern, says in _synonym_rows() if pattern.search(folded) for say in says]


def highlight_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Spans of ``text`` whose words match a query word, compared on folded lowercase text,
    so "giai phap" highlights "giải pháp". Stop-like one-letter words are skipped."""
    qwords = {w for w in syllables(fold(query)) if len(w) > 1}
    if not qwords:
        return []
    ftext = fold(text).lower()
    spans: list[tuple[int, int]] = []
    for m in _WORD_RE.finditer(ftext):
        if m.group(0) in qwords:
            if spans and ftext[spans[-1][1]:m.start()].strip() == "":
                spans[-1] = (spans[-1][0], m.end())  # merge adjacent words into one span
            else:
                spans.append((m.start(), m.end()))
    return spans
