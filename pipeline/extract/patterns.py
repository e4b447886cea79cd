"""The citation pattern database: document-type codes, issuer codes and the regexes built on them.

The tables are data in ``models/`` (``doc_types.csv``: code, name, type words, system, whether
a bare ordinal after the type is a shorthand, whether it is cited by name; ``issuers.csv``: code,
name, phrases, system), loaded once by ``resources`` and shared with the header reader. Codes follow Hướng dẫn 36-HD/VPTW
(Party documents: ``20-NQ/TW``) and Nghị định 30/2020/NĐ-CP (state documents: ``08/2014/NĐ-CP``).

Lookups, for extraction and for audit ("type word vs code", "issuer phrase vs code"):

- ``type_name(code)``: ``type_name("NQ") == "Nghị quyết"``
- ``codes_for_type_word(word)``: ``codes_for_type_word("Quy định") == ("QĐi", "QyĐ", "QĐ")``
- ``type_words()``: every type word, longest first
- ``canonical_type_code(code)``: ``"QD" -> "QĐ"``, ``"ctr" -> "CTr"``, unknown -> None
- ``issuer_name(code)``: ``issuer_name("TTg") == "Thủ tướng Chính phủ"``
- ``issuer_codes_for_phrase(phrase)``: ``issuer_codes_for_phrase("Ban Bí thư") == ("TW", "BBT")``
- ``issuer_codes_in(body)``: codes of the longest known phrase inside a body ("... Tỉnh ủy Lâm Đồng")
- ``canonical_issuer_code(code)``: ``"UBTVQH15" -> "UBTVQH"``, ``"DU" -> "ĐU"``, unknown -> None
- ``is_party_issuer(code)``: issuers whose documents are numbered ``số-LOẠI/CƠQUAN``
"""
from __future__ import annotations

import re
from functools import lru_cache

from vanban.pipeline.resources import DocType, Issuer, doc_type_table, issuer_table
from vanban.pipeline.text import caseless, code_key, phrase_key
from vanban.pipeline.text.numbers import DOC_NUMBER_RE



@lru_cache(maxsize=1)
def doc_types() -> tuple[DocType, ...]:
    """The types citations are read with (``cited`` in ``models/doc_types.csv``)."""
    return tuple(t for t in doc_type_table() if t.cited)


@lru_cache(maxsize=1)
def law_words() -> tuple[str, ...]:
    """The type words of laws, cited by name with a date or a year: "luật", "bộ luật", "pháp
    lệnh", "hiến pháp" (``by_name`` "law" in ``doc_types.csv``)."""
    return tuple(w for t in doc_types() if t.by_name == "law" for w in t.words)


@lru_cache(maxsize=1)
def dated_name_words() -> tuple[str, ...]:
    """The names of types also cited by name, with a full date only: "Nghị quyết Đại hội Đảng bộ
    tỉnh lần thứ XVI ngày 15/10/2020" (``by_name`` "dated" in ``doc_types.csv``)."""
    return tuple(dict.fromkeys(t.name for t in doc_types() if t.by_name == "dated"))


@lru_cache(maxsize=1)
def issuers() -> tuple[Issuer, ...]:
    """The issuers citations are read with (``cited`` in ``models/issuers.csv``)."""
    return tuple(i for i in issuer_table() if i.cited)


@lru_cache(maxsize=1)
def _type_by_fold() -> dict[str, DocType]:
    # exact spellings (case aside) win over Đ/D folds: "ĐA" (Đề án) is not "DA" (Dự án)
    out = {code_key(t.code): t for t in reversed(doc_types())}
    out.update({t.code.upper(): t for t in doc_types()})
    return out


@lru_cache(maxsize=1)
def _issuer_by_fold() -> dict[str, Issuer]:
    out = {code_key(i.code): i for i in reversed(issuers())}
    out.update({i.code.upper(): i for i in issuers()})
    return out


def _lookup(table: dict, code: str):
    return table.get(code.upper()) or table.get(code_key(code))


def canonical_type_code(code: str) -> str | None:
    """The table's spelling of a type code, or None if unknown: ``"QD" -> "QĐ"``."""
    t = _lookup(_type_by_fold(), code.strip())
    return t.code if t else None


def type_name(code: str) -> str | None:
    """``type_name("KL") == "Kết luận"``; None for an unknown code."""
    t = _lookup(_type_by_fold(), code.strip())
    return t.name if t else None


@lru_cache(maxsize=512)
def codes_for_type_word(word: str) -> tuple[str, ...]:
    """Type codes a type word may carry: ``codes_for_type_word("kế hoạch") == ("KH",)``.

    Party and state codes both, in table order; the Party's old "QĐ" for Quy định last.
    """
    w = caseless(word)
    out = [t.code for t in doc_types() if w in t.words]
    if w == "quy định":
        out.append("QĐ")  # 377-QĐ/TW: Party regulations before Hướng dẫn 36 (2018), still common
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1)
def type_words() -> tuple[str, ...]:
    """Every type word in the table, longest first (for regex alternation)."""
    words = {w for t in doc_types() for w in t.words}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def shorthand_type_words() -> tuple[str, ...]:
    """Type words a bare ordinal may follow as a shorthand ("Nghị quyết 20", "Đề án 06"), longest
    first; not "dự án", "phương án", "luật" ... (``shorthand`` = no in ``doc_types.csv``)."""
    words = {w for t in doc_types() if t.shorthand for w in t.words}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def shorthand_codes() -> frozenset[str]:
    """Type codes written for the type word in a shorthand: "QĐ 20", "HD 31", "NQ 57"."""
    return frozenset(t.code for t in doc_types() if t.shorthand and len(t.code) > 1)


def name_for_type_word(word: str) -> str:
    """"chương trình hành động" -> "Chương trình"; the canonical name of a type word."""
    codes = codes_for_type_word(word)
    if codes:
        return type_name(codes[0]) or word
    w = " ".join(word.split())
    return w[:1].upper() + w[1:].lower()


_TERM_SUFFIX = re.compile(r"^(.*?[A-Za-zĐđ])(\d{1,2})$")


def canonical_issuer_code(code: str) -> str | None:
    """The table's issuer code: ``"UBTVQH15" -> "UBTVQH"`` (the term is dropped), ``"DU" -> "ĐU"``."""
    c = code.strip()
    i = _lookup(_issuer_by_fold(), c)
    if i:
        return i.code
    m = _TERM_SUFFIX.match(c)
    if m:
        i = _lookup(_issuer_by_fold(), m.group(1))
        if i:
            return i.code
    return None


def carries_term(code: str) -> bool:
    """The body's numbers carry the legislature's term after its code: "64/2025/QH15", "NQ-UBTVQH15"."""
    c = canonical_issuer_code(code)
    return bool(c) and _lookup(_issuer_by_fold(), c).term


def issuer_name(code: str) -> str | None:
    c = canonical_issuer_code(code)
    return _lookup(_issuer_by_fold(), c).name if c else None


def is_party_issuer(code: str) -> bool:
    c = canonical_issuer_code(code)
    return bool(c) and _lookup(_issuer_by_fold(), c).system == "party"


@lru_cache(maxsize=512)
def issuer_codes_for_phrase(phrase: str) -> tuple[str, ...]:
    """Issuer codes whose phrases match ``phrase`` (case-insensitive, ủy = uỷ).

    >>> issuer_codes_for_phrase("Ban Thường vụ Tỉnh ủy")
    ('TU',)
    """
    p = phrase_key(phrase)
    return tuple(i.code for i in issuers() if any(phrase_key(x) == p for x in i.phrases))


def issuer_codes_in(body: str) -> tuple[str, ...]:
    """Issuer codes for the longest known phrase inside a longer body string.

    >>> issuer_codes_in("Ban Thường vụ Tỉnh ủy Lâm Đồng")
    ('TU',)
    """
    b = phrase_key(body)
    for phrase, _ in issuer_phrases():
        p = phrase_key(phrase)
        if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", b):
            return issuer_codes_for_phrase(phrase)
    return ()


@lru_cache(maxsize=1)
def issuer_phrases() -> tuple[tuple[str, str], ...]:
    """(phrase, code) pairs, longest phrase first."""
    pairs = [(p, i.code) for i in issuers() for p in i.phrases]
    return tuple(sorted(pairs, key=lambda x: -len(x[0])))


# --- regexes ------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def type_word_pattern() -> str:
    """Alternation of the type words, longest first, for case-insensitive regexes."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in type_words())


@lru_cache(maxsize=4)
def doc_number_matches(text: str) -> tuple[re.Match, ...]:
    """Every ``DOC_NUMBER_RE`` match in ``text``, one pass, cached (citations and quantities
    both need them)."""
    from vanban.pipeline.extract.numbers import digit_run_starts
    out, last = [], 0
    for p in digit_run_starts(text):  # anchor on digits: 5x faster than scanning every position
        if p < last or (p > 0 and (text[p - 1].isalnum() or text[p - 1] in "_.,/-")
                        and text[max(0, p - 2):p].lower() not in ("số", "sổ")):
            continue
        m = DOC_NUMBER_RE.match(text, p)
        if m:
            out.append(m)
            last = m.end()
    return tuple(out)



def split_glued_code(code: str) -> tuple[str, str] | None:
    """"NQTW" -> ("NQ", "TW"): a type code glued to an issuer code, both known."""
    best = None
    for k in range(len(code) - 1, 0, -1):
        t, i = canonical_type_code(code[:k]), canonical_issuer_code(code[k:])
        if t and i:
            best = (t, i)
            break
    return best


# --- raw text --------------------------------------------------------------------------------

_CLUSTER = re.compile(r".[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff]*", re.S)


def nfc_view(text: str) -> tuple[str, list[int]] | None:
    """For text not in NFC (decomposed accents from some PDFs and Word files): its NFC form and,
    for each NFC offset (and the end), the offset in ``text``. None when ``text`` is NFC already."""
    import unicodedata
    if unicodedata.is_normalized("NFC", text):
        return None
    parts, index = [], []
    for m in _CLUSTER.finditer(text):
        c = unicodedata.normalize("NFC", m.group())
        parts.append(c)
        index.extend([m.start()] * len(c))
    index.append(len(text))
    out = "".join(parts)
    if not unicodedata.is_normalized("NFC", out):  # exotic sequences: read the text as it is
        return None
    return out, index


def remap(items, text: str, index: list[int]) -> list:
    """Move spans found in an ``nfc_view`` back onto the raw ``text``."""
    from dataclasses import replace
    out = []
    for it in items:
        s, e = index[it.start], index[it.end]
        out.append(replace(it, start=s, end=e, text=text[s:e]))
    return out
