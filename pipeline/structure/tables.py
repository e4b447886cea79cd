"""The word lists of ``models/structure/`` (document types, mottos, organ names, preambles,
issuer codes), each loaded once, and the character classes header lines are read with."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from vanban.pipeline.resources import doc_type_table, issuer_table, model_lines
from vanban.pipeline.text import collapse_spaces, tone_key


# leading and trailing marks of a line that are layout, not text (Markdown, table cells)
MARKUP = " \t#*_>|`"


# --- word lists ----------------------------------------------------------------------------

def word_list(name: str) -> list[str]:
    return model_lines(f"structure/{name}")


@dataclass(frozen=True, slots=True)
class HeaderType:
    """A document type as a header's type line writes it (a row of ``models/doc_types.csv``)."""
    written: str    # "BÁO CÁO"
    name: str       # "Báo cáo"
    code: str       # "BC": the type code its document numbers carry ("" for none)


@cache
def doc_types() -> tuple[HeaderType, ...]:
    """The header spellings of ``models/doc_types.csv``, longest written form first."""
    rows = [HeaderType(collapse_spaces(w).upper(), w[0] + w[1:].lower(), t.number_code)
            for t in doc_type_table() for w in t.header]
    return tuple(sorted(rows, key=lambda t: -len(t.written)))


@cache
def motto_lines() -> tuple[str, ...]:
    return tuple(tone_key(m) for m in word_list("mottos.txt"))


@cache
def _organ_words() -> tuple[tuple[tuple[str, ...], str, bool, bool], ...]:
    """(folded words, written form, is head word, a place name follows) from
    ``organ_names.txt``, longest first."""
    rows = []
    for ln in word_list("organ_names.txt"):
        head = ln.startswith("*")
        ln = ln.lstrip("*")
        place = ln.startswith("@")
        written = ln.lstrip("@").strip()
        rows.append((tuple(tone_key(w) for w in written.split()), written, head, place))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def organ_words_by_first() -> dict[str, tuple[tuple[tuple[str, ...], str, bool, bool], ...]]:
    """``_organ_words()`` by their first folded word, longest first: one look-up per word."""
    index: dict[str, list] = {}
    for row in _organ_words():
        if row[0]:   # an empty entry would match everywhere and consume nothing
            index.setdefault(row[0][0], []).append(row)
    return {k: tuple(v) for k, v in index.items()}


@cache
def preamble_re(hard_only: bool = False) -> re.Pattern:
    words = [w.strip() for w in word_list("preamble_starts.txt")]
    words = [w.lstrip("!") for w in words if w.startswith("!") or not hard_only]
    alts = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:{alts})(?=[\s:,])", re.IGNORECASE)


def is_preamble(line: str, first_title_line: bool = False) -> bool:
    """A line that opens the preamble or the body ("Căn cứ ...", "Kính gửi: ...").

    The first line after the type line may be a title opening with the same words
    ("Thực hiện Nghị quyết số 57-NQ/TW ..."): there only "!" words, or a line ending in ":"
    or ";", count."""
    if first_title_line:
        return bool(preamble_re(True).match(line)) or bool(
            preamble_re().match(line) and (re.search(r"[:;]$", line) or len(line) > 300))
    return bool(preamble_re().match(line))


@cache
def issuer_codes() -> dict[str, str]:
    """Issuer codes of document numbers ("VPTW") -> the body a header is completed with
    (``header`` in ``models/issuers.csv``)."""
    return {i.code: i.header for i in issuer_table() if i.header}


@cache
def capacity_marks(in_cell: bool = False) -> tuple[str, ...]:
    """The capacity marks of ``capacities.tsv`` ("T/M", "KT.", ...), in order; ``in_cell``: only
    those also read after a table bar."""
    rows = [(ln.split("\t") + [""])[:2] for ln in word_list("capacities.tsv")]
    return tuple(m.strip() for m, where in rows if not in_cell or where.strip() == "cell")
