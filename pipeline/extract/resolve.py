"""Link short and repeated citations to the full citation they refer to, as eyecite resolves
"Id." and short cites.

``resolve_short_citations(citations, text) -> list[Citation]`` (same length, same order):

- a shorthand "Nghị quyết 20", "Kết luận số 50", "Quy định 377" takes the number, issuer and
  date of the nearest earlier full citation of a compatible type with the same ordinal
  ("20" ~ "20-NQ/TW"), else of the first later one; with none, a Party document's shorthand, or
  one whose issuing body is a Party body, is read as a Trung ương number ("Quy định 377 của Bộ
  Chính trị" -> "377-QĐ/TW"), as Party writers mean it; a state document's stays unresolved;
- an anaphor "Nghị quyết nêu trên" takes the nearest earlier full citation of its type;
- a repeated full number without a date ("kết luận số 50 KL/TW") takes the date of the first
  citation of that number that has one;
- a shorthand the text defines as the short name of a full citation of another type ("Chương
  trình ... quy định tại Quyết định số 167/QĐ-TTg ... (sau đây gọi tắt là “Chương trình 167”)")
  takes that citation's number, wherever it stands.

``resolved_to`` is the index of the full citation in the list; ``short`` marks the first two kinds.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import cache

from vanban.pipeline.extract.patterns import codes_for_type_word, doc_types, is_party_issuer, issuer_codes_in
from vanban.pipeline.model import Citation
from vanban.pipeline.resources import load_json

_ORDINAL = re.compile(r"\d+(?:\.\d+)?[a-z]?")
_PARTY_MOTTO = re.compile(r"ĐẢNG[ \t]+CỘNG[ \t]+SẢN[ \t]+VIỆT[ \t]+NAM")


@cache
def _alias_definition() -> re.Pattern:
    """"(sau đây gọi tắt là “Chương trình 167”)": the short name a text gives what it has just cited,
    after one of the openers the directive reader knows such brackets by (``alias_openers``)."""
    openers = "|".join(r"\s+".join(map(re.escape, o.split())) for o in load_json("directives.json")["alias_openers"])
    return re.compile(r"\(\s*(?:" + openers + r")\s*[\"“]?([^\"”()\n]{3,60}?)[\"”]?\s*\)", re.I)


_ALIAS_REACH = 200   # characters between the cited document's end and the bracket that names it


def _ordinal(number: str | None) -> str | None:
    m = _ORDINAL.match(number or "")
    return m.group().lstrip("0") or "0" if m else None


def _compatible(short: Citation, full: Citation) -> bool:
    if short.type and full.type and short.type == full.type:
        return True
    codes = codes_for_type_word(short.type or "") if short.type else ()
    return bool(full.type_code) and full.type_code in codes


def _is_full(c: Citation) -> bool:
    return not c.short and c.number is not None


def _is_party_number(number: str | None) -> bool:
    return bool(re.match(r"\d[\w.]*-", number or ""))


def _is_party_document(cites: list[Citation], text: str) -> bool:
    """A Party document: its header motto "ĐẢNG CỘNG SẢN VIỆT NAM", or most of the documents it
    cites by number are Party ones ("20-NQ/TW"). A state document citing one Party conclusion
    ("Kết luận 77-KL/TW") is not: its "Đề án 153" is no Party scheme."""
    if _PARTY_MOTTO.search(text):
        return True
    party = sum(1 for c in cites if _is_full(c) and _is_party_number(c.number))
    return party > sum(1 for c in cites if _is_full(c)) - party


def _names_party_body(c: Citation) -> bool:
    """"Quy định 377 của Bộ Chính trị": the shorthand's own issuing body is a Party one."""
    return bool(c.issuing_body) and any(is_party_issuer(code) for code in issuer_codes_in(c.issuing_body))


def resolve_short_citations(citations: list[Citation], text: str = "", *,
                            party_document: bool | None = None) -> list[Citation]:
    """Fill short and repeated citations from the full ones they refer to.

    >>> from vanban.pipeline.extract.citations import find_citations
    >>> cs = find_citations("Nghị quyết số 20-NQ/TW ngày 01/11/2012 ... Nghị quyết 20 đã đi vào cuộc sống")
    >>> cs[1].number, cs[1].date, cs[1].resolved_to
    ('20-NQ/TW', '2012-11-01', 0)
    """
    out = list(citations)
    party_doc = _is_party_document(out, text) if party_document is None else party_document
    # indexes kept as we go, so that resolution is linear in the number of citations: full
    # citations by ordinal, then by (type, type code), which decides compatibility
    full_by_ordinal: dict[str, dict[tuple, list[int]]] = {}   # "20" -> {(type, code): [indexes]}
    full_order: list[int] = []                    # indexes of full citations, in order
    first_dated: dict[str, int] = {}              # number -> first full citation with a date
    for i, c in enumerate(out):
        if c.short and c.number_text:  # shorthand with an ordinal: the nearest earlier one
            groups = full_by_ordinal.get(_ordinal(c.number_text) or "", {})
            j = max((ks[-1] for ks in groups.values() if _compatible(c, out[ks[0]])), default=None)
            if j is not None:
                out[i] = _fill(c, out[j], j)
        elif c.short:  # anaphor "Nghị quyết nêu trên"
            j = next((k for k in reversed(full_order[-50:]) if _compatible(c, out[k])), None)
            if j is not None:
                out[i] = _fill(c, out[j], j)
        elif c.number is not None:
            if c.date is None and c.number in first_dated:
                j = first_dated[c.number]
                f = out[j]
                out[i] = replace(c, date=f.date, date_valid=f.date_valid, resolved_to=j,
                                 issuing_body=c.issuing_body or f.issuing_body, term=c.term or f.term,
                                 title=c.title or f.title)
            elif c.date is not None:
                first_dated.setdefault(c.number, i)
            full_by_ordinal.setdefault(_ordinal(c.number) or "", {}).setdefault(
                (c.type, c.type_code), []).append(i)
            full_order.append(i)
    # a shorthand before its full citation ("theo Nghị định 168? ... Nghị định 168/2024/NĐ-CP")
    # takes the first later one; with none, a Party document's shorthand is a Trung ương number
    aliases = _defined_aliases(out, text)
    for i, c in enumerate(out):
        if not (c.short and c.number_text and c.resolved_to is None and c.number is None):
            continue
        j = next((j for name, j in aliases if _key(c.text).startswith(name)), None)
        if j is not None:
            out[i] = _fill(c, out[j], j)
            continue
        groups = full_by_ordinal.get(_ordinal(c.number_text) or "", {})
        later = [ks[k] for ks in groups.values() if _compatible(c, out[ks[0]])
                 and (k := bisect_right(ks, i)) < len(ks)]
        j = min(later, default=None)
        if j is not None:
            out[i] = _fill(c, out[j], j)
        elif party_doc or _names_party_body(c):
            code = _party_code(c.type or "")
            if code:
                out[i] = replace(c, number=f"{c.number_text}-{code}/TW", type_code=code, issuer_code="TW")
    return out


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _defined_aliases(cites: list[Citation], text: str) -> list[tuple[str, int]]:
    """(short name, index of the full citation it names) for each bracket that gives a full
    citation right before it a short name of the text's own ("(sau đây gọi tắt là “Chương trình
    167”)"); one pass over the brackets and the citations, both in order."""
    full = [(c.end, i) for i, c in enumerate(cites) if _is_full(c)]
    ends = [e for e, _ in full]
    out = []
    for m in _alias_definition().finditer(text):
        k = bisect_right(ends, m.start()) - 1
        if k >= 0 and m.start() - ends[k] <= _ALIAS_REACH and any(ch.isdigit() for ch in m.group(1)):
            out.append((_key(m.group(1)), full[k][1]))
    return out


def _nearest(cites: list[Citation], i: int, ok) -> int | None:
    for k in range(i - 1, -1, -1):
        if ok(cites[k]):
            return k
    return None


def _fill(c: Citation, f: Citation, j: int) -> Citation:
    return replace(c, number=f.number, type_code=f.type_code, issuer_code=f.issuer_code,
                   date=c.date or f.date, date_valid=c.date_valid if c.date else f.date_valid,
                   issuing_body=c.issuing_body or f.issuing_body, term=c.term or f.term,
                   title=c.title or f.title, resolved_to=j)


def _party_code(type_word: str) -> str | None:
    """The Party type code a shorthand most likely carries: "Quy định" -> "QĐ" (377-QĐ/TW)."""
    codes = codes_for_type_word(type_word)
    if type_word.lower() == "quy định":
        return "QĐ"
    systems = {t.code: t.system for t in doc_types()}
    return next((c for c in codes if systems.get(c) in ("party", "both")), None)
