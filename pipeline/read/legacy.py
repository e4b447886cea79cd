"""Legacy Vietnamese 8-bit encodings: TCVN3 (ABC), VNI Windows and Windows-1258.

The conversion tables are data (``models/encodings/*.json``), loaded once. ``decode`` turns
bytes into NFC Unicode; ``encode`` does the reverse (tests and fixtures use it to write
legacy files). ``vietnamese_score`` says how much a decoded text looks like Vietnamese, so
the reader can pick the right decoding of an unlabelled file.

>>> decode("Qu\\xe8c h\\xe9i".encode("latin-1"), "tcvn3")
'Quốc hội'
>>> decode("Quoác hoäi".encode("latin-1"), "vni")
'Quốc hội'
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache

from vanban.pipeline.resources import load_json

LEGACY = ("tcvn3", "vni", "cp1258")


@cache
def _table(name: str) -> dict:
    return load_json(f"encodings/{name}.json")


@cache
def _tcvn3_decoding() -> dict[int, str]:
    table = {int(k, 16): v for k, v in _table("tcvn3")["bytes"].items()}
    for b in range(0x80, 0x100):  # unlisted bytes: what Windows would show
        if b not in table:
            try:
                table[b] = bytes([b]).decode("cp1252")
            except UnicodeDecodeError:
                table[b] = bytes([b]).decode("latin-1")
    return table


@cache
def _vni_pattern() -> tuple[re.Pattern, dict[str, str]]:
    to_unicode = {v: k for k, v in _table("vni")["letters"].items()}
    # A capital base with a lowercase mark byte happens in hand-typed VNI: read it as capital.
    for seq, letter in list(to_unicode.items()):
        if len(seq) == 2 and seq[0].isupper():
            to_unicode.setdefault(seq[0] + seq[1].lower(), letter)
    keys = sorted(to_unicode, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, keys))), to_unicode


def decode(data: bytes, encoding: str) -> str:
    """Decode ``data`` from a legacy encoding ("tcvn3", "vni", "cp1258") to NFC Unicode."""
    if encoding == "tcvn3":
        table = _tcvn3_decoding()
        text = "".join(table[b] if b >= 0x80 else chr(b) for b in data) if any(b >= 0x80 for b in data) \
            else data.decode("ascii")
    elif encoding == "vni":
        pattern, to_unicode = _vni_pattern()
        text = pattern.sub(lambda m: to_unicode[m.group()], data.decode("cp1252", errors="replace")
                           if not _cp1252_undefined(data) else data.decode("latin-1"))
    elif encoding == "cp1258":
        text = data.decode("cp1258")  # combining tone marks: NFC puts them on their letter
    else:
        raise ValueError(f"unknown legacy encoding {encoding!r}; known: {', '.join(LEGACY)}")
    return unicodedata.normalize("NFC", text)


def _cp1252_undefined(data: bytes) -> bool:
    return any(b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) for b in data)


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def encode(text: str, encoding: str) -> bytes:
    """Encode NFC Vietnamese ``text`` into a legacy encoding (the inverse of ``decode``).

    Raises ``UnicodeEncodeError`` for a letter the encoding has no code for (TCVN3 has no
    uppercase letters with tones)."""
    text = unicodedata.normalize("NFC", text)
    if encoding == "tcvn3":
        back = {v: k for k, v in _tcvn3_decoding().items()}
        out = bytearray()
        for i, ch in enumerate(text):
            if ord(ch) < 0x80:
                out.append(ord(ch))
            elif ch in back:
                out.append(back[ch])
            else:
                raise UnicodeEncodeError("tcvn3", text, i, i + 1, "no TCVN3 code for this letter")
        return bytes(out)
    if encoding == "vni":
        letters = _table("vni")["letters"]
        return "".join(letters.get(ch, ch) for ch in text).encode("cp1252")
    if encoding == "cp1258":
        out = []
        for ch in text:
            try:
                out.append(ch.encode("cp1258"))
                continue
            except UnicodeEncodeError:
                pass
            decomposed = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
            tone = "".join(c for c in decomposed if c in _TONES)
            out.append((base + tone).encode("cp1258"))
        return b"".join(out)
    raise ValueError(f"unknown legacy encoding {encoding!r}; known: {', '.join(LEGACY)}")


# --- how Vietnamese does a text look ----------------------------------------------------------

_INITIAL = r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?"
_NUCLEUS = ("a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi oo ôi ơi ua uâ uê "
            "ui uô uơ uy ưa ưi ưu ươ yê iêu oai oay oao oeo uây uôi ươi ươu uya uyê uyu yêu ưu uê").split()
_FINAL = r"(?:ch|ng|nh|[cmnpt])?"
_SYLLABLE = re.compile(rf"{_INITIAL}(?:{'|'.join(sorted(set(_NUCLEUS), key=len, reverse=True))}){_FINAL}")
_WORD = re.compile(r"[^\W\d_]+")
_VI_LETTERS = frozenset(
    c for base in "aăâeêioôơuưy" for t in ("", *_TONES)
    for c in (unicodedata.normalize("NFC", base + t), unicodedata.normalize("NFC", base + t).upper())
) | {"đ", "Đ"}
# Non-ASCII symbols at home in Vietnamese text; any other is a sign of a wrong decoding.
_TYPOGRAPHY = frozenset("“”‘’–—…•·°§№«»\u00a0\u200b\ufeff×÷±²³½¼¾€£©®™‰")


def is_syllable(word: str) -> bool:
    """True for a well-formed Vietnamese syllable ("nghiệp", "quyết", "Đảng"); at most one tone.

    >>> is_syllable("nghiệp"), is_syllable("Quèc"), is_syllable("coù")
    (True, True, False)
    """
    d = unicodedata.normalize("NFD", word.lower())
    if sum(d.count(t) for t in _TONES) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
    return _SYLLABLE.fullmatch(bare) is not None


def vietnamese_score(text: str, limit: int = 20000) -> float:
    """Share of the non-ASCII words that are well-formed Vietnamese syllables, with stray
    non-ASCII symbols (typical of a wrong decoding: "Qu¶ng", "coù") counted as failures."""
    sample = text[:limit]
    good = bad = 0
    for word in _WORD.findall(sample):
        if word.isascii():
            continue
        if is_syllable(word):
            good += 1
        else:
            bad += 1
    bad += sum(1 for ch in sample if ord(ch) > 0x7F and ch not in _VI_LETTERS and ch not in _TYPOGRAPHY)
    total = good + bad
    return good / total if total else 0.0
