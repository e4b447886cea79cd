"""Judging extraction on a large real corpus without gold: silver metadata and invariants.

Hand-made gold is costly, so it covers a few dozen documents. Over hundreds of documents two
cheaper checks still catch whole classes of errors:

- **silver labels**: where the source of a document says its number, date, type and issuer (a
  metadata file, an index entry, the file name, a legal site's attribute table), the header
  metadata found by ``structure`` is scored against them (``score_metadata``);
- **invariants** that hold for every document (``check_invariants``): the document's own number
  is never one of its citations, every numbered citation parses into a type and an issuer code,
  every date is a real date, and no figure is a page number, a phone number or an article number.

>>> doc = analyze("tests/realworld/docs/213_tv_nghi-quyet-72-2025-nq-hdnd-....md")  # doctest: +SKIP
>>> score_metadata(doc.metadata, {"number": "72/2025/NQ-HĐND", "type": "Nghị quyết"})  # doctest: +SKIP
{'number': True, 'type': True}
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from vanban.pipeline.evaluate import citation_key
from vanban.pipeline.model import Document, Metadata
from vanban.pipeline.text import normalize_chars

METADATA_FIELDS = ("number", "date", "type", "issuer")


def number_key(number: str | None) -> str:
    """A document number compared as the shared scoring rule says (``evaluate.citation_key``)."""
    return citation_key(unicodedata.normalize("NFC", number or ""))


def _text_key(s: str | None) -> str:
    """Case, spacing (around a hyphen too) and tone placement ignored: "Uỷ ban nhân dân" agrees
    with "Ủy ban nhân dân", "Bộ Lao động-Thương binh" with "Bộ Lao động - Thương binh"."""
    return " ".join(re.sub(r"\s*-\s*", " - ", normalize_chars(s or "").lower()).split())


def _issuer_agrees(found: str | None, silver: str) -> bool:
    a, b = _text_key(found), _text_key(silver)
    return bool(a) and (a == b or a in b or b in a)


def score_metadata(meta: Metadata, silver: dict) -> dict[str, bool]:
    """For each field the silver labels give (not null): does the header metadata agree?"""
    found = {"number": meta.number, "date": meta.date, "type": meta.doc_type, "issuer": meta.issuer}
    out = {}
    for field in METADATA_FIELDS:
        want = silver.get(field)
        if not want:
            continue
        got = found[field]
        if field == "number":
            out[field] = number_key(got) == number_key(want)
        elif field == "issuer":
            out[field] = _issuer_agrees(got, want)
        elif field == "type":
            out[field] = _text_key(got) == _text_key(want)
        else:
            out[field] = got == want
    return out


def apply_label_fixes(entries: list[dict], fixes: dict | None) -> list[dict]:
    """Manifest entries with the silver labels that their documents contradict replaced, from a
    ``label_fixes.json`` overlay (``{"fixes": [{"file", "field", "silver", "fixed", "reason"}]}``;
    a null ``fixed`` takes the field out of scoring). A fix whose ``silver`` no longer matches
    the manifest is not applied: the manifest changed and the fix must be looked at again.

    >>> apply_label_fixes([{"file": "a.md", "number": "171/KH-UBND"}],
    ...     {"fixes": [{"file": "a.md", "field": "number", "silver": "171/KH-UBND", "fixed": "174/KH-UBND"}]})
    [{'file': 'a.md', 'number': '174/KH-UBND'}]
    """
    by_file: dict[str, list[dict]] = {}
    for fix in (fixes or {}).get("fixes", []):
        by_file.setdefault(fix["file"], []).append(fix)
    out = []
    for e in entries:
        e = dict(e)
        for fix in by_file.get(e.get("file"), []):
            if fix["field"] in METADATA_FIELDS and e.get(fix["field"]) == fix.get("silver"):
                e[fix["field"]] = fix.get("fixed")
        out.append(e)
    return out


def number_in_text(number: str | None, text: str) -> bool:
    """Whether a labelled number is written anywhere in a document's text (compared as numbers
    are): a label the text never states cannot be read from it."""
    key = number_key(number)
    if not key:
        return False
    flat = number_key(unicodedata.normalize("NFC", text)).replace("–", "-")
    return any(not flat[i - 1:i].isdigit() for i in _find_all(flat, key))


def _find_all(text: str, sub: str):
    i = text.find(sub)
    while i >= 0:
        yield i
        i = text.find(sub, i + 1)


@dataclass(frozen=True, slots=True)
class Violation:
    """One broken invariant: which, where (offsets into ``Document.text``), what was found."""
    invariant: str
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def _not_a_figure_before() -> re.Pattern:
    """A label that makes the number after it a page, an article or a phone number, not a figure:
    "Trang 12", "Điều 5", "ĐT: 0263..." (``models/quantities/context.json``, ``reference_labels``)."""
    from vanban.pipeline.resources import load_json
    d = load_json("quantities/context.json")["reference_labels"]
    not_after = "".join(f"(?<!{re.escape(w)} )" for w in d["not_after"])
    return re.compile(rf"(?:\b{not_after}(?:{'|'.join(map(re.escape, d['written']))}))\s*[:.]?\s*$")


_PHONE = re.compile(r"^\(?0\d{2,3}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}$|^0\d{8,10}$|^\+84")
# A share, a sum, a span of time or an age is a figure whatever word precedes it ("khoản 10%
# kinh phí": an amount of 10 %); a label is followed by no such unit.
_FIGURE_KINDS = ("percent", "money", "duration", "age")


@lru_cache(maxsize=1)
def _label_compounds() -> frozenset[str]:
    """Longer words that end with a label word and are none ("danh mục", "thí điểm"): data shared
    with the quantity finder (``models/quantities/context.json``)."""
    from vanban.pipeline.resources import load_json
    return frozenset(load_json("quantities/context.json")["label_compounds"]["words"])


def _figure_violation(doc: Document, q) -> str | None:
    before = doc.text[max(0, q.start - 24):q.start]
    m = _not_a_figure_before().search(before)
    if (m and q.kind not in _FIGURE_KINDS
            and " ".join(before[:m.end()].lower().split()[-2:]).strip(" :.") not in _label_compounds()):
        return "figure_is_reference_number"
    digits = q.text.split()[0] if q.text.split() else ""
    if _PHONE.match(q.text.strip()) or _PHONE.match(digits):
        return "figure_is_phone_number"
    return None


def check_invariants(doc: Document, own_numbers: tuple[str | None, ...] = ()) -> list[Violation]:
    """Every broken invariant in one analysed document. ``own_numbers`` adds numbers known to be the
    document's own (e.g. the source's label) to the one its header gives."""
    own = {number_key(n) for n in (doc.metadata.number, *own_numbers) if n}
    out: list[Violation] = []
    for c in doc.citations:
        if c.number and number_key(c.number) in own:
            out.append(Violation("own_number_cited", c.start, c.end, c.text))
        if c.number and (not c.type_code or not c.issuer_code):
            out.append(Violation("citation_number_unparsed", c.start, c.end, c.number))
        if c.date and not c.date_valid:
            out.append(Violation("citation_date_invalid", c.start, c.end, c.text))
    for d in doc.dates:
        if not d.valid:
            out.append(Violation("date_invalid", d.start, d.end, d.text))
    for q in doc.quantities:
        kind = _figure_violation(doc, q)
        if kind:
            out.append(Violation(kind, q.start, q.end, q.text))
    return out
