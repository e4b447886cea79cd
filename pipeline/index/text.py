"""Text helpers for retrieval: diacritic folding, lexical tokens, document-number keys.

Folding is one character for one character, so a span found in folded text is the same span in
the original ("giai phap" finds "giải pháp" at the same offsets).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from vanban.pipeline.text import has_diacritics as has_diacritics, strip_marks  # re-exported

# the diacritic fold of pipeline.text, under the name search.py and lexical.py import
fold = strip_marks


# --- document numbers ----------------------------------------------------------------------

# Type codes that open the code part of a number; a code glued to its issuer ("NQTW") is split.
TYPE_CODES = ("nq", "qd", "nd", "ct", "kl", "tb", "bc", "kh", "tt", "hd", "ttlt", "cv", "ctr", "qc", "bb", "tr")
_GLUED = ("nq", "qd", "ct", "kl", "tb", "bc", "kh", "hd", "cv", "ctr")

# Words that name a document type in a short lookup ("nghị quyết 20", "nq 20").
TYPE_WORDS = {
    "nghi quyet": "nq", "quyet dinh": "qd", "nghi dinh": "nd", "chi thi": "ct", "ket luan": "kl",
    "thong bao": "tb", "bao cao": "bc", "ke hoach": "kh", "thong tu": "tt", "huong dan": "hd",
    "quy dinh": "qd", "cong van": "cv", "chuong trinh": "ctr",
}

# "20-NQ/TW", "20-NQTW", "08/2014/NĐ-CP", "142/2008/QĐ-TTg", "24/2022/UBTVQH15", "634/TB-VPCP".
NUMBER_RE = re.compile(
    r"(?<![\w/.-])(\d{1,5})((?:\s?/\s?\d{4})?)\s?[-/–]\s?"
    r"([A-ZĐ][A-ZĐa-zđ0-9]*(?:\s?[-/]\s?[A-ZĐ][A-ZĐa-zđ0-9]*)*)"
)


@dataclass(frozen=True, slots=True)
class NumberKey:
    """A document number reduced to what identifies it: "20-NQ/TW" -> num "20", codes (nq, tw)."""
    num: str
    year: str | None
    codes: tuple[str, ...]
    context_type: str | None = None  # "nq" from "Nghị quyết số 24/2022/UBTVQH15"

    @property
    def type_code(self) -> str | None:
        if self.codes and self.codes[0] in TYPE_CODES:
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

    def matches(self, other: NumberKey) -> bool:
        """Does this (possibly partial) key name ``other``? "nq 20" matches "20-NQ/TW"."""
        if self.num != other.num:
            return False
        if self.year and other.year and self.year != other.year:
            return False
        if not self.codes:
            return True
        if self.codes == (self.type_code,) and len(self.codes) == 1:
            return other.type_code == self.codes[0]
        return other.codes[: len(self.codes)] == self.codes


def _split_codes(code_part: str) -> tuple[str, ...]:
    parts = [p for p in re.split(r"[\s/\-]+", fold(code_part).lower()) if p]
    out: list[str] = []
    for p in parts:
        for t in _GLUED:
            if p.startswith(t) and len(p) > len(t) and not out and p[len(t):].isalpha():
                out += [t, p[len(t):]]
                break
        else:
            out.append(p)
    return tuple(out)


def number_key(number: str) -> NumberKey | None:
    """Parse a written or canonical document number; None when it is not one.

    >>> number_key("20-NQTW").token
    '20-nq/tw'
    >>> number_key("08/2014/NĐ-CP").token
    '8/2014-nd/cp'
    """
    m = NUMBER_RE.search(number or "")
    if not m:
        return None
    num = m.group(1).lstrip("0") or "0"
    year = re.sub(r"\D", "", m.group(2)) or None
    return NumberKey(num, year, _split_codes(m.group(3)))


def find_numbers(text: str) -> list[tuple[int, int, NumberKey]]:
    """Document numbers written in ``text`` with their spans."""
    out = []
    for m in NUMBER_RE.finditer(text):
        key = number_key(m.group(0))
        if key and key.codes:
            if key.codes[0] not in TYPE_CODES:
                before = fold(text[max(0, m.start() - 24):m.start()]).lower()
                for word, code in TYPE_WORDS.items():
                    if re.search(word + r"\s*(?:so)?\s*$", before):
                        key = NumberKey(key.num, key.year, key.codes, code)
                        break
            out.append((m.start(), m.end(), key))
    return out


_SHORT_RE = re.compile(
    r"^\s*(?P<type>[a-zđ]{2,4}|(?:%s))\.?\s*(?:so\s+)?(?P<num>\d{1,5})(?:\s*/\s*(?P<year>\d{4}))?\s*$"
    % "|".join(TYPE_WORDS)
)


def parse_number_query(query: str) -> NumberKey | None:
    """A query that is only a document number, written in full or short.

    >>> parse_number_query("nq 20")
    NumberKey(num='20', year=None, codes=('nq',), context_type=None)
    >>> parse_number_query("Nghị quyết số 20-NQ/TW").token
    '20-nq/tw'
    >>> parse_number_query("thu hút nhân lực") is None
    True
    """
    q = query.strip()
    folded = fold(q).lower()
    # strip a leading type word ("Nghị quyết số 20-NQ/TW") before a full number
    rest = re.sub(r"^(?:%s)?\s*(?:so)?\s*" % "|".join(TYPE_WORDS), "", folded)
    m = NUMBER_RE.fullmatch(q[len(folded) - len(rest):].strip()) if rest else None
    if m:
        key = number_key(m.group(0))
        if key and key.codes:
            return key
    m = _SHORT_RE.match(folded)
    if m:
        t = m.group("type")
        code = TYPE_WORDS.get(t, t)
        if code in TYPE_CODES:
            return NumberKey(m.group("num").lstrip("0") or "0", m.group("year"), (code,))
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
        toks.append(key.token if len(key.codes) > 1 else (key.short_token or key.token))
    return toks


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
