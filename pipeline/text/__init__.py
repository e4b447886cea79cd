"""Text keys every step shares: one function per way of comparing Vietnamese text.

Each key says what it ignores. Two steps that compare the same text use the same key, so they
cannot disagree about it; a step that needs a new way of comparing adds a key here.

- ``plain_chars``: typographic dashes, quotes and blanks as ASCII, one character for one;
- ``place_tones``: old-style tone placement moved ("hoà" -> "hòa"), the length kept;
- ``normalize_chars``: both, with NFC and runs of blanks (a query, a gold quote);
- ``strip_marks``: every diacritic removed, Đ -> D, the length kept (search without accents);
- ``strip_tones``: the five tone marks removed, vowel shapes kept (OCR misreads tones);
- ``caseless``: case and runs of whitespace ignored;
- ``phrase_key``: case, runs of whitespace and tone placement ignored (finding a phrase);
- ``tone_key``: case, runs of whitespace and where a word carries its tone ignored (whole words);
- ``code_key``: a type or issuer code, case and Đ/D ignored ("QĐ-TTg" ~ "qd-ttg");
- ``number_key``: a document number as the shared scoring compares it ("20-NQ/TW" ~ "20-NQTW");
- ``loose_number_key``: the same with dashes ignored too (the registry's key);
- ``title_key``: a title without case, quotes, punctuation or a leading "về (việc)".

>>> strip_marks("Giải pháp thu hút nhân lực, Đảng bộ")
'Giai phap thu hut nhan luc, Dang bo'
>>> place_tones("Thanh Hoá, Thuỷ lợi, hoàng, quý, khoẻ")
'Thanh Hóa, Thủy lợi, hoàng, quý, khỏe'
>>> tone_key("UỶ BAN") == tone_key("ủy  ban")
True
>>> number_key("20-nq / tw") == number_key("20-NQTW")
True
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# --- characters ----------------------------------------------------------------------------

# One-to-one character folds: these never change the text's length, so offsets are untouched.
_PLAIN = str.maketrans({
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u2015": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2033": '"', "\uff02": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\uff07": "'",
    "\u00a0": " ", "\u202f": " ", "\u205f": " ", "\u3000": " ", "\t": " ", "\u000b": " ",
    "\u000c": "\n", "\u2028": "\n", "\u2029": "\n", "\u0085": "\n",
    **{chr(c): " " for c in range(0x2000, 0x200B)},
})
_PLAIN_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in _PLAIN) + "]")

# the five tone marks as combining characters: grave, acute, tilde, hook, dot below
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_TONE_SET = frozenset(TONE_MARKS)
_TONE_DELETE = dict.fromkeys(map(ord, TONE_MARKS))

# Old-style tone placement in open syllables: "hoà" -> "hòa", "khoẻ" -> "khỏe", "thuỷ" -> "thủy".
# Only when no letter follows ("hoàng", "khuyến" keep the tone where it is) and, for "uy",
# not after "q" ("quý", "quỳnh" are right as they are).
_TONE_MOVE = re.compile(
    r"(?:([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])|([uU])(?<![qQ][uU])([ỳýỷỹỵỲÝỶỸỴ]))(?![^\W\d_])")
_SPACE_RUN = re.compile(r"[ ]{2,}")


def plain_chars(text: str) -> str:
    """Typographic dashes, quotes and blanks as their plain ASCII form, one character for one.

    >>> plain_chars("Thanh Hoá – “thuỷ lợi”")
    'Thanh Hoá - "thuỷ lợi"'
    """
    return _PLAIN_CHARS.sub(lambda m: _PLAIN[ord(m.group())], text)


def _move_tone(m: re.Match) -> str:
    start = m.start()
    if start >= 4 and m.string[start - 4:start].isalpha():  # inside a long (foreign) word
        return m.group()
    first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    base, *marks = unicodedata.normalize("NFD", second)
    return unicodedata.normalize("NFC", first + "".join(marks)) + base


def place_tones(text: str) -> str:
    """Tone marks where the modern convention puts them, the length kept (``normalize`` runs it
    on every document)."""
    return _TONE_MOVE.sub(_move_tone, text)


def normalize_chars(text: str) -> str:
    """The character-level part of ``normalize`` for a short string (a query, a gold quote):
    NFC, tone placement, dashes, quotes and blanks; no structural edits.

    >>> normalize_chars("Thanh Hoá – “thuỷ lợi”")
    'Thanh Hóa - "thủy lợi"'
    """
    text = plain_chars(unicodedata.normalize("NFC", text))
    return _SPACE_RUN.sub(" ", place_tones(text))


@lru_cache(maxsize=4096)
def _base_char(ch: str) -> str:
    if ch in "đĐ":
        return "d" if ch == "đ" else "D"
    if ord(ch) < 128:
        return ch
    base = unicodedata.normalize("NFD", ch)[0]
    return base if len(base) == 1 else ch


def strip_marks(text: str) -> str:
    """Every Vietnamese diacritic removed (tones and vowel shapes), đ -> d; the length kept, so a
    span found in the result is the same span in ``text``."""
    if text.isascii():
        return text
    return "".join(_base_char(c) for c in text)


def has_diacritics(text: str) -> bool:
    return strip_marks(text) != text


def strip_tones(text: str) -> str:
    """``text`` without its tone marks, vowel shapes kept: OCR often reads a tone wrong
    ("TÔ CHỨC" for "TỔ CHỨC") but keeps the letters.

    >>> strip_tones("tổ chức thực hiện")
    'tô chưc thưc hiên'
    """
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).translate(_TONE_DELETE))


# --- keys for comparing words and phrases ----------------------------------------------------

def collapse_spaces(text: str) -> str:
    """Runs of whitespace as one blank, none at either end."""
    return " ".join(text.split())


def caseless(text: str) -> str:
    """Case and runs of whitespace ignored."""
    return " ".join(text.casefold().split())


def phrase_key(text: str | None) -> str:
    """Case, runs of whitespace and tone placement ignored, for finding a phrase in a text keyed
    the same way ("UỶ BAN NHÂN DÂN" ~ "Ủy ban nhân dân").

    >>> phrase_key("UỶ  BAN nhân dân tỉnh Thanh Hoá")
    'ủy ban nhân dân tỉnh thanh hóa'
    """
    if not text:
        return ""
    return " ".join(place_tones(unicodedata.normalize("NFC", text).casefold()).split())


def tone_key(text: str) -> str:
    """Case-, blank- and tone-placement-insensitive key for whole words: each word with its tone
    marks moved to its end ("UỶ" and "ủy" alike; "Phòng" and "Phong" differ)."""
    out = []
    for word in collapse_spaces(text).lower().split(" "):
        d = unicodedata.normalize("NFD", word)
        tones = "".join(sorted(c for c in d if c in _TONE_SET))
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONE_SET))
        out.append(base + tones)
    return " ".join(out)


# --- keys for codes and numbers ------------------------------------------------------------------

def code_key(code: str) -> str:
    """Key for a document-type or issuer code: case-insensitive, Đ = D ("QĐ-TTg" ~ "qd-ttg")."""
    return code.upper().replace("Đ", "D").replace("đ", "D")


def number_key(number: str) -> str:
    """A document number as the shared scoring compares it: case, blanks and slashes ignored,
    Đ = D ("20-NQ/TW" ~ "20-nq / tw" ~ "20-NQTW")."""
    return re.sub(r"[\s/]", "", number).upper().replace("Đ", "D")


@lru_cache(maxsize=65536)
def loose_number_key(number: str | None) -> str:
    """A document number with case, blanks, slashes, dashes and Đ/D ignored (the registry's
    key): ``loose_number_key("20/NQ-TW") == loose_number_key("20-NQTW")``."""
    if not number:
        return ""
    s = unicodedata.normalize("NFC", number).replace("Đ", "D").replace("đ", "d").replace("Ð", "D")
    return re.sub(r"[\s/\-–_]+", "", s).casefold()


@lru_cache(maxsize=65536)
def title_key(title: str | None) -> str:
    """Comparable title: lower case, no quotes or punctuation, no leading "về", spaces folded."""
    if not title:
        return ""
    s = unicodedata.normalize("NFC", title).casefold()
    s = re.sub(r"[\"“”‘’'«»()\[\].,;:!?…]+", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^(về việc|về)\s+", "", s)
    return s
