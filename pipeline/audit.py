"""Audit of cited document numbers and dates across a corpus.

``audit(conn)`` reads the store (after ``sync_from_store``); ``audit_documents(docs, registry)``
works on analysed documents in memory. Both return ``Finding``s whose ``start``/``end`` index
the citing document's normalised text. Checks, by name:

- ``date_mismatch`` (error): the cited date disagrees with the registry, or with the date the
  cited document carries in its own header when it is in the corpus.
- ``date_inconsistent`` (warning): the same number cited with different dates across the corpus
  (no reference date known): each dissenting mention, against the majority.
- ``date_after_document`` (error): the cited document is dated after the citing one.
- ``date_invalid`` (error): the cited date does not exist ("ngày 31/02/2019").
- ``number_year_mismatch`` (error): "Quyết định số 46/2002/QĐ-UBND ngày 12/09/2022".
- ``type_code_mismatch`` (error): "Nghị quyết số 50-KL/TW".
- ``issuer_code_mismatch`` (error): "Kế hoạch số 101-KH/HU ... của Ban Thường vụ Tỉnh ủy".
- ``term_mismatch`` (warning): "(khóa XI)" on a document dated 2019.
- ``malformed_number`` (format): "20-NQTW", "50 KL/TW", "23- CTr/HU", with the canonical form.
- ``unresolved_short`` (warning): "Nghị quyết 45" that resolves to no full citation.
- ``title_conflict`` (warning): one document cited under two different titles.

Party numbers restart each term (two Chỉ thị 35-CT/TW: 2014 and 2019) and state numbers without
a year restart each January, so dates are compared only between mentions that can be the same
document: same term for central Party bodies, same year for "112/KH-UBND", within two years for
local Party bodies, always for numbers with a year inside ("08/2014/NĐ-CP"); and never between
issuing bodies of a different level or named place ("Ủy ban nhân dân tỉnh" vs "... huyện Hòa Yên").
Dates carried over from a full citation to a later short one are not checked twice.
"""
from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date as _date
from difflib import SequenceMatcher
from functools import lru_cache

from vanban.pipeline import store
from vanban.pipeline.extract import patterns
from vanban.pipeline.messages import Message, N_, msg
from vanban.pipeline.model import Citation, CitingDocument, Document
from vanban.pipeline.resources import load_json
from vanban.pipeline.registry import (
    Registry, load_registry, sync_from_store, term_years, terms_for_year,
)
from vanban.pipeline.text import loose_number_key, phrase_key, title_key

SEVERITIES = ("error", "warning", "format")
SEVERITY_LABELS = {"error": N_("error"), "warning": N_("warning"), "format": N_("format")}

CHECKS = {  # check -> severity
    "date_mismatch": "error",
    "date_inconsistent": "warning",
    "date_after_document": "error",
    "date_invalid": "error",
    "number_year_mismatch": "error",
    "type_code_mismatch": "error",
    "issuer_code_mismatch": "error",
    "term_mismatch": "warning",
    "malformed_number": "format",
    "unresolved_short": "warning",
    "title_conflict": "warning",
    "basis_superseded": "error",
    "pinpoint_missing": "warning",
    "implements_later": "error",
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One inconsistency in one citation. ``start``/``end`` index the citing document's
    normalised text; ``expected``/``found`` are what the reference says and what is written."""
    check: str
    severity: str          # "error" | "warning" | "format"
    number: str | None     # canonical number of the cited document
    cited_as: str          # the citation as written
    citing_document: str   # path of the citing document
    start: int
    end: int
    expected: str | None
    found: str | None
    evidence: str          # the explanation in English (``explanation`` renders it in any language)
    message: Message | None = None           # the explanation as a catalogue message
    expected_message: Message | None = None  # when ``expected`` is a phrase ("on or before ...")

    def explanation(self, lang: str | None = None) -> str:
        """Why this is a finding, in ``lang`` (default: the current language)."""
        return self.message.render(lang) if self.message else self.evidence

    def expected_text(self, lang: str | None = None) -> str | None:
        """What was expected, in ``lang`` where it is a phrase rather than a value."""
        return self.expected_message.render(lang) if self.expected_message else self.expected


# --- the extractor's tables (models/citations/, through pipeline.extract.patterns) ---------

@lru_cache(maxsize=1)
def _issuer_phrases() -> tuple[tuple[str, str], ...]:
    """(folded phrase, issuer code), longest phrase first."""
    return tuple(sorted({(phrase_key(p), c) for p, c in patterns.issuer_phrases()},
                        key=lambda x: -len(x[0])))


# Central Party bodies: a number issued "/TW" may come from any of them.
CENTRAL_PARTY = frozenset({"TW", "BCT", "BBT"})


@lru_cache(maxsize=4096)
def _base_issuer(code: str | None) -> str | None:
    """"UBTVQH15" -> "UBTVQH", "QH13" -> "QH" (the term suffix is not part of the body)."""
    if not code or not code.strip():
        return None
    return patterns.canonical_issuer_code(code) or re.sub(r"\d+$", "", code.strip()) or None


@lru_cache(maxsize=4096)
def _codes_for_body(body: str | None) -> frozenset[str]:
    """Issuer codes whose longest phrase occurs in ``body`` ("Ban Thường vụ Tỉnh ủy" -> {"TU"})."""
    b = phrase_key(body)
    if not b:
        return frozenset()
    best = 0
    codes: set[str] = set()
    for phrase, code in _issuer_phrases():
        if len(phrase) < best:
            break
        if re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", b):
            best = len(phrase)
            codes.add(code)
    return frozenset(codes)


def _issuer_compatible(code: str, body_codes) -> bool:
    if code in body_codes:
        return True
    return code in CENTRAL_PARTY and bool(set(body_codes) & CENTRAL_PARTY)


def _type_agrees(word: str, code: str) -> bool | None:
    """Whether a type word may carry a type code; None when either is unknown."""
    canon = patterns.canonical_type_code(code)
    allowed = patterns.codes_for_type_word(word)
    if canon is None or not allowed:
        return None
    return canon in allowed


# --- number shapes -----------------------------------------------------------------------

_STATE_NUMBER = re.compile(r"^\s*[\w.]+\s*/\s*((?:19|20)\d\d)\s*/", re.U)
_PARTY_NUMBER = re.compile(r"^\s*\d+[\w.]*\s*-\s*[^\W\d_]+\s*/\s*([^\W_]+)", re.U)


_STATE_NO_YEAR = re.compile(r"^\s*\d+[\w.]*\s*/\s*[^\W\d_]", re.U)


def number_year(number: str | None) -> int | None:
    """2002 from "46/2002/QĐ-UBND"; None for party numbers ("20-NQ/TW")."""
    m = _STATE_NUMBER.match(number or "")
    return int(m.group(1)) if m else None


def _issuer_of(c: Citation) -> str | None:
    if c.issuer_code:
        return c.issuer_code
    n = c.number or ""
    m = _PARTY_NUMBER.match(n)
    if m:
        return m.group(1)
    m = re.search(r"[-/]([^\W_]+)\s*$", n)
    return m.group(1) if m else None


def _is_central_party(c: Citation | None, number: str | None, body: str | None = None) -> bool:
    code = _base_issuer(c.issuer_code if c else None) or _base_issuer(
        (_PARTY_NUMBER.match(number or "") or [None, None])[1])
    if code and code.upper() in CENTRAL_PARTY:
        return True
    return bool(_codes_for_body(body) & CENTRAL_PARTY)


def _year(iso: str | None) -> int | None:
    if iso and len(iso) >= 4 and iso[:4].isdigit():
        return int(iso[:4])
    return None


def _valid_iso_day(iso: str | None) -> bool:
    try:
        _date.fromisoformat(iso or "")
        return True
    except ValueError:
        return False


def same_document_plausible(number: str | None, date_a: str | None, date_b: str | None,
                            central: bool) -> bool:
    """Can two mentions of ``number`` dated ``date_a`` and ``date_b`` be the same document?

    A year inside the number makes it unique; party numbers restart each term."""
    ya, yb = _year(date_a), _year(date_b)
    if ya is None or yb is None or number_year(number) is not None:
        return True
    if central:
        return bool(set(terms_for_year("party", ya)) & set(terms_for_year("party", yb)))
    if _STATE_NO_YEAR.match(number or ""):
        return ya == yb  # state numbering restarts every 1 January (Nghị định 30/2020/NĐ-CP)
    return abs(ya - yb) <= 2  # Party numbering runs through a term; allow a slip of a year or two


def _vn_date(iso: str | None) -> str:
    """"2012-11-01" -> "01/11/2012" (as Vietnamese documents write it)."""
    if iso and re.fullmatch(r"\d{4}-\d\d-\d\d", iso):
        y, m, d = iso.split("-")
        return f"{d}/{m}/{y}"
    return iso or "?"


@lru_cache(maxsize=1)
def _levels() -> dict[str, str]:
    """Administrative unit -> its level: "thị trấn" -> "xã" (``models/places.json``)."""
    return load_json("places.json")["levels"]


@lru_cache(maxsize=1)
def _place_re() -> re.Pattern:
    # the unit (lower-case, or capitalised: "Tỉnh ủy", "Thành phố Huế"), then a capitalised name
    lower_only = set(load_json("places.json")["lower_case_only"])
    forms = [w for u in _levels() for w in ((u,) if u in lower_only else (u, u[0].upper() + u[1:]))]
    units = "|".join(map(re.escape, forms))
    return re.compile(rf"(?<!\w)({units})"
                      r"(?:\s+ủy|\s+uỷ)?(?:\s+((?:[A-ZĐ][^\s,;.()]*)(?:\s+[A-ZĐ][^\s,;.()]*)*))?")


@lru_cache(maxsize=8192)
def issuer_scope(body: str | None) -> tuple[str | None, str | None]:
    """(level, place) of an issuing body: "Ủy ban nhân dân huyện Hòa Yên" -> ("huyện", "hòa yên"),
    "Ban Thường vụ Tỉnh ủy" -> ("tỉnh", None); (None, None) for central or unknown bodies."""
    if not body:
        return None, None
    m = _place_re().search(unicodedata.normalize("NFC", body))
    if not m:
        return None, None
    level = _levels()[m.group(1).lower()]
    return level, phrase_key(m.group(2)) or None


def same_issuer_plausible(a: str | None, b: str | None) -> bool:
    """Can two issuing bodies be the same one? Only a clear difference of level or of named
    place says no ("Ủy ban nhân dân tỉnh" vs "Ủy ban nhân dân huyện Hòa Yên")."""
    la, pa = issuer_scope(a)
    lb, pb = issuer_scope(b)
    if la and lb and la != lb:
        return False
    return not (pa and pb and pa != pb)


# --- the audit ---------------------------------------------------------------------------

@dataclass(slots=True)
class _Mention:
    doc: CitingDocument
    cit: Citation
    number: str | None          # canonical, or resolved from the registry by title
    central: bool


def _finding(check: str, m: _Mention, expected, found, why: Message) -> Finding:
    """``expected`` is a value, or a ``Message`` when it is a phrase; ``why`` the explanation."""
    phrase = expected if isinstance(expected, Message) else None
    if phrase is not None:
        expected = phrase.render("en")
    return Finding(check=check, severity=CHECKS[check], number=m.number, cited_as=m.cit.text,
                   citing_document=m.doc.path, start=m.cit.start, end=m.cit.end,
                   expected=None if expected is None else str(expected),
                   found=None if found is None else str(found), evidence=why.render("en"),
                   message=why, expected_message=phrase)


def _titles_agree(a: str, b: str) -> bool:
    a, b = title_key(a), title_key(b)
    if not a or not b:
        return True
    if a.startswith(b) or b.startswith(a) or a in b or b in a:
        return True
    # Writers paraphrase the tail ("về tiếp tục thực hiện Nghị quyết số 20-NQ/TW ..."); a
    # different subject shows in the first words.
    if a.split()[:4] == b.split()[:4]:
        return True
    n = min(len(a), len(b))
    return SequenceMatcher(None, a[:n], b[:n], autojunk=False).ratio() >= 0.8


def run_checks(docs: list[CitingDocument], registry: Registry | None = None) -> list[Finding]:
    """All checks over ``docs`` against ``registry`` (documents in ``docs`` that carry a header
    number count as known, dated by their header). Findings sorted by document and offset."""
    registry = registry if registry is not None else Registry()
    findings: list[Finding] = []

    # Headers of documents in the corpus: number -> (path, date).
    headers: dict[str, list[CitingDocument]] = defaultdict(list)
    for d in docs:
        if d.number and d.date:
            headers[loose_number_key(d.number)].append(d)

    mentions: list[_Mention] = []
    for d in docs:
        for c in d.citations:
            number = c.number
            if not number and c.title and not c.short:
                hit = registry.by_title(c.title, c.date)
                if hit is None and _year(c.date):
                    same_year = [e for e in registry.titled(c.title)
                                 if e.date and _year(e.date) == _year(c.date)]
                    hit = same_year[0] if len(same_year) == 1 else None
                number = hit.number if hit else None
            mentions.append(_Mention(d, c, number, _is_central_party(c, number, c.issuing_body)))

    pool: dict[str, list[_Mention]] = defaultdict(list)   # mentions with no reference date
    for m in mentions:
        c, d = m.cit, m.doc
        findings += _check_form(m)
        # Date validity and order.
        if not c.date_valid:
            findings.append(_finding("date_invalid", m, None, c.date or c.text,
                                     msg("{cited!r}: the cited date does not exist", cited=c.text)))
            continue
        if not c.date or c.short or c.resolved_to is not None:
            continue  # no date, or one carried over from the full citation it refers to
        if d.date and _valid_iso_day(d.date) and len(c.date) == 10 and c.date > d.date:
            findings.append(_finding(
                "date_after_document", m, msg("on or before {date}", date=_vn_date(d.date)),
                _vn_date(c.date),
                msg("cited as dated {cited_date}, after the citing document's own date {date}",
                    cited_date=_vn_date(c.date), date=_vn_date(d.date))))
        elif not d.date and d.year and _year(c.date) and _year(c.date) > d.year:
            findings.append(_finding(
                "date_after_document", m, msg("in or before {year}", year=d.year), _vn_date(c.date),
                msg("cited as dated {cited_date}, after the citing document's year {year}",
                    cited_date=_vn_date(c.date), year=d.year)))
        if not m.number:
            continue
        ny = number_year(m.number)
        if ny is not None and _year(c.date) is not None and ny != _year(c.date):
            findings.append(_finding(
                "number_year_mismatch", m, _year(c.date), ny,
                msg("the number {number} carries the year {number_year} but the date is {date}",
                    number=m.number, number_year=ny, date=_vn_date(c.date))))
        # Reference date: the cited document's own header, else the registry.
        ref = _reference(m, headers, registry)
        if ref is None:
            pool[loose_number_key(m.number)].append(m)
            continue
        ref_date, ref_evidence = ref
        if len(c.date) == 10 and ref_date != c.date:
            findings.append(_finding("date_mismatch", m, _vn_date(ref_date), _vn_date(c.date),
                                     ref_evidence))

    findings += _check_consistency(pool)
    findings += _check_relations(mentions, docs, headers, registry)
    findings += _check_titles(mentions, registry)
    findings += _check_short(mentions, registry)
    return sorted(set(findings), key=lambda f: (f.citing_document, f.start, f.check))


def _reference(m: _Mention, headers, registry: Registry) -> tuple[str, Message] | None:
    """(date, evidence) the citation's date should equal, or None if nothing is known."""
    c = m.cit
    for h in headers.get(loose_number_key(m.number), ()):
        if (h.path != m.doc.path and same_document_plausible(m.number, h.date, c.date, m.central)
                and same_issuer_plausible(c.issuing_body, h.issuer)):
            return h.date, msg("{number} is dated {date} in its own header ({path})",
                               number=m.number, date=_vn_date(h.date), path=h.path)
    for e in sorted(registry.candidates(m.number), key=lambda e: e.from_store):
        if not e.date or e.source.endswith(":" + m.doc.path):
            continue
        if e.from_store and any(h.path == e.source[len("store:"):] for h in
                                headers.get(loose_number_key(m.number), ())):
            continue  # the header itself was considered above
        if (same_document_plausible(m.number, e.date, c.date, m.central)
                and same_issuer_plausible(c.issuing_body, e.issuing_body)):
            return e.date, msg("registry: {number} dated {date} (source: {source})",
                               number=e.number, date=_vn_date(e.date), source=e.source)
    return None


def _check_form(m: _Mention) -> list[Finding]:
    """Number format, type word vs code, issuer phrase vs code, term vs date."""
    out = []
    c = m.cit
    # Malformed number: as written differs from canonical (digits alone are elliptical/short).
    if (c.number and c.number_text and not c.short and not c.number_text.strip().isdigit()
            and unicodedata.normalize("NFC", c.number_text) != unicodedata.normalize("NFC", c.number)):
        out.append(_finding("malformed_number", m, c.number, c.number_text,
                            msg("written {written!r}; the canonical form is {canonical!r}",
                                written=c.number_text, canonical=c.number)))
    # Type word vs type code.
    if c.type and c.type_code:
        if _type_agrees(c.type, c.type_code) is False:
            out.append(_finding("type_code_mismatch", m, _expected_type(c.type_code), c.type,
                                msg("the code {code!r} in {number!r} names a {type_name}, "
                                    "the text says {type_word!r}",
                                    code=c.type_code, number=c.number or c.number_text,
                                    type_name=_expected_type(c.type_code), type_word=c.type)))
    # Issuer phrase vs issuer code.
    # Only codes the table knows are judged: "BDVHU" (Ban Dân vận Huyện ủy) is not a slip for "HU".
    code = _base_issuer(_issuer_of(c))
    if code and c.issuing_body and patterns.canonical_issuer_code(code):
        body_codes = _codes_for_body(c.issuing_body)
        if body_codes and not _issuer_compatible(code, body_codes):
            out.append(_finding("issuer_code_mismatch", m, "/".join(sorted(body_codes)), code,
                                msg("issued 'của {body}' (code {body_codes}) but numbered with {code!r}",
                                    body=c.issuing_body, body_codes="/".join(sorted(body_codes)),
                                    code=code)))
    # Term vs date (Party Central Committee and National Assembly terms).
    y = _year(c.date) if c.date_valid else None
    if y is not None:
        body, term = None, c.term
        qh = re.search(r"(?:^|[/-])(?:UBTV)?QH(\d+)\s*$", c.number or "")
        if qh:
            body, term = "national_assembly", f"khóa {qh.group(1)}"
        elif c.term and m.central:
            body = "party"
        elif c.term and _codes_for_body(c.issuing_body) & {"QH", "UBTVQH"}:
            body = "national_assembly"
        years = term_years(body, term) if body else None
        if years and not (years[0] <= y <= years[1]):
            out.append(_finding(
                "term_mismatch", m, ", ".join(terms_for_year(body, y)) or None,
                c.term or term,
                msg("{term} ({body}) covers {first}–{last}; the date is {date}", term=c.term or term,
                    body="Quốc hội" if body == "national_assembly" else "Trung ương",
                    first=years[0], last=years[1], date=_vn_date(c.date))))
    return out


def _expected_type(code: str) -> str:
    return patterns.type_name(code) or code


def _check_consistency(pool: dict[str, list[_Mention]]) -> list[Finding]:
    """Same number, different dates, no reference: each dissent against the majority."""
    out = []
    for group in pool.values():
        group = [m for m in group if m.cit.date and len(m.cit.date) == 10]
        if len(group) < 2:
            continue
        # Cluster mentions that can be one document (party numbers restart each term).
        clusters: list[list[_Mention]] = []
        for m in sorted(group, key=lambda m: m.cit.date):
            for cl in clusters:
                if (same_document_plausible(m.number, cl[0].cit.date, m.cit.date, m.central)
                        and same_issuer_plausible(cl[0].cit.issuing_body, m.cit.issuing_body)):
                    cl.append(m)
                    break
            else:
                clusters.append([m])
        for cl in clusters:
            counts = Counter(m.cit.date for m in cl)
            if len(counts) < 2:
                continue
            # A year inside the number tells which dates can be right ("66/2010/QĐ-UBND").
            ny = number_year(cl[0].number)
            fits = lambda dt: ny is None or _year(dt) == ny  # noqa: E731
            ranked = sorted(counts.most_common(), key=lambda x: (not fits(x[0]), -x[1]))
            top, n_top = ranked[0]
            tie = (len(ranked) > 1 and ranked[1][1] == n_top
                   and fits(ranked[1][0]) == fits(top))
            summary = tuple(msg("{date} in {n} mentions" if n > 1 else "{date} in 1 mention",
                                date=_vn_date(dt), n=n) for dt, n in ranked)
            for m in cl:
                if not tie and m.cit.date == top:
                    continue
                alts = [_vn_date(dt) for dt, _ in ranked if dt != m.cit.date and fits(dt) == fits(top)]
                expected = (_vn_date(top) if not tie else alts[0] if len(alts) == 1 else
                            msg("{dates} or {last}", dates=", ".join(alts[:-1]), last=alts[-1]))
                out.append(_finding("date_inconsistent", m, expected, _vn_date(m.cit.date),
                                    msg("{number} is cited with different dates: {summary}",
                                        number=m.number, summary=summary)))
    return out


def _looks_like_title(title: str | None) -> bool:
    """A cited title opens with "về" or a quote ("về phát triển khoa học và công nghệ ...");
    other text after a citation is the citing sentence going on."""
    t = (title or "").lstrip(" \"“'‘«(")
    return bool(t) and (t[:3].casefold() == "về " or (title or "").lstrip()[:1] in "\"“‘«")


def _check_titles(mentions: list[_Mention], registry: Registry) -> list[Finding]:
    """A document cited under two titles: each mention whose title disagrees with the registry
    title, or with the title most mentions use."""
    out = []
    by_number: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        if (m.number and _looks_like_title(m.cit.title) and not m.cit.short
                and m.cit.resolved_to is None):
            by_number[loose_number_key(m.number)].append(m)
    for group in by_number.values():
        ref = None
        entry = registry.get(group[0].number)
        if entry and entry.title and not entry.from_store and all(
                same_document_plausible(m.number, entry.date, m.cit.date, m.central) for m in group):
            ref, why = entry.title, msg("{number} is cited under another title; expected the "
                                        "registry title (source: {source})", source=entry.source)
        if ref is None:
            if len(group) < 2:
                continue
            counts = Counter(title_key(m.cit.title) for m in group)
            top, n = counts.most_common(1)[0]
            if n * 2 <= len(group):
                continue  # no majority title to hold the others against
            ref = next(m.cit.title for m in group if title_key(m.cit.title) == top)
            why = msg("{number} is cited under another title; expected the title used in {n} of "
                      "{total} mentions", n=n, total=len(group))
        for m in group:
            if not _titles_agree(m.cit.title, ref):
                out.append(_finding("title_conflict", m, ref, m.cit.title,
                                    Message(why.msgid, why.params + (("number", m.number),))))
    return out


def _check_short(mentions: list[_Mention], registry: Registry) -> list[Finding]:
    """Short references ("Nghị quyết 20", "Nghị quyết nêu trên") that lead nowhere."""
    out = []
    full_numbers: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if not m.cit.short and m.number:
            full_numbers[m.doc.path].add(loose_number_key(m.number))
    for m in mentions:
        c = m.cit
        if not c.short or c.resolved_to is not None:
            continue
        if "\n" in c.text.strip():
            continue  # "NGHỊ QUYẾT\n1.": a heading followed by a list number, not a reference
        if m.number and (loose_number_key(m.number) in full_numbers[m.doc.path] or m.number in registry):
            continue
        out.append(_finding("unresolved_short", m, msg("a full citation earlier in the document"),
                            c.text, msg("{cited!r} refers to no document cited in full in {path} "
                                        "and none in the registry", cited=c.text, path=m.doc.path)))
    return out


# --- relations ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Supersession:
    """A document replaced or repealed: by whom, from when, and where that is said."""
    number: str
    relation: str          # "replaces" | "repeals"
    by: str
    since: str | None      # ISO: the superseding document's effective date, else its date
    source: str


def supersessions(docs: list[CitingDocument], registry: Registry) -> dict[str, list[Supersession]]:
    """number key -> every replacement or repeal of it that the documents' own text (a
    replacement of the whole document, no pinpoint) or the registry states."""
    out: dict[str, list[Supersession]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for d in docs:
        if not d.number:
            continue
        for c in d.citations:
            if c.relation in ("replaces", "repeals") and c.number and c.pinpoint is None:
                k = (loose_number_key(c.number), loose_number_key(d.number))
                if k not in seen:
                    seen.add(k)
                    out[k[0]].append(Supersession(c.number, c.relation, d.number,
                                                  d.effective_date or d.date, f"store:{d.path}"))
    for e in registry:
        for kind, other in e.relations:
            if kind in ("replaces", "repeals"):
                k = (loose_number_key(other), loose_number_key(e.number))
                if k not in seen:
                    seen.add(k)
                    out[k[0]].append(Supersession(other, kind, e.number, e.effective_date or e.date,
                                                  e.source))
    return out


def _check_relations(mentions: list[_Mention], docs: list[CitingDocument], headers,
                     registry: Registry) -> list[Finding]:
    out = []
    gone = supersessions(docs, registry)
    for m in mentions:
        c, d = m.cit, m.doc
        if not m.number:
            continue
        key = loose_number_key(m.number)
        if c.relation == "basis" and d.date:
            for s in gone.get(key, ()):
                if s.since and s.since <= d.date and loose_number_key(s.by) != loose_number_key(d.number):
                    why = (N_("{number} was replaced by {by} from {since} (source: {source}); the "
                              "citing document is dated {date}") if s.relation == "replaces" else
                           N_("{number} was repealed by {by} from {since} (source: {source}); the "
                              "citing document is dated {date}"))
                    out.append(_finding(
                        "basis_superseded", m, msg("not in force on {date}", date=_vn_date(d.date)),
                        m.number, msg(why, number=m.number, by=s.by, since=_vn_date(s.since),
                                      source=s.source, date=_vn_date(d.date))))
                    break
        if c.pinpoint is not None and c.pinpoint.article:
            for h in headers.get(key, ()):
                if h.path != d.path and h.articles and c.pinpoint.article.casefold() not in h.articles:
                    out.append(_finding(
                        "pinpoint_missing", m, msg("one of Điều {articles}",
                                                   articles=_article_range(h.articles)),
                        f"Điều {c.pinpoint.article}",
                        msg("{number} ({path}) has no Điều {article}", number=m.number, path=h.path,
                            article=c.pinpoint.article)))
                    break
        if c.relation in ("implements", "guides", "reports_on") and d.date:
            if c.date and len(c.date) == 10 and c.date > d.date:
                continue  # date_after_document says it already
            ref = _reference(m, headers, registry)
            if ref and len(ref[0]) == 10 and ref[0] > d.date:
                out.append(_finding(
                    "implements_later", m, msg("dated on or before {date}", date=_vn_date(d.date)),
                    _vn_date(ref[0]),
                    msg("says it {relation} {number}, which is dated {date}: {reference}",
                        relation=msg(RELATION_VERBS[c.relation]), number=m.number,
                        date=_vn_date(ref[0]), reference=ref[1])))
    return out


RELATION_VERBS = {"implements": N_("implements"), "guides": N_("guides"), "reports_on": N_("reports on")}


def _article_range(labels: frozenset[str]) -> str:
    nums = sorted(int(x) for x in labels if x.isdigit())
    return f"{nums[0]}–{nums[-1]}" if nums else ", ".join(sorted(labels))


# --- entry points ------------------------------------------------------------------------

def citing_document(doc: Document) -> CitingDocument:
    m = doc.metadata
    return CitingDocument(path=doc.path, number=m.number, date=m.date, year=m.year,
                          citations=tuple(doc.citations), text=doc.text, type=m.doc_type,
                          title=m.title, issuer=m.issuer, effective_date=m.effective_date,
                          articles=frozenset(s.label.casefold() for s in doc.sections
                                             if s.kind == "article" and s.label))


def audit_documents(docs: list[Document], registry: Registry | None = None) -> list[Finding]:
    """Audit analysed documents in memory (no store). ``registry`` defaults to the seed.

    >>> from vanban.pipeline.analyze import analyze
    >>> report = analyze("corpora/2022_bc_tong_ket_10_nam_nq20_huyen_uy_bao_lam.md")
    >>> [(f.check, f.found, f.expected) for f in audit_documents([report])]
    [('type_code_mismatch', 'Nghị quyết', 'Kết luận'), ('malformed_number', '20-NQTW', '20-NQ/TW')]
    """
    return run_checks([citing_document(d) for d in docs],
                      registry if registry is not None else Registry.seed())


def audit(conn: sqlite3.Connection) -> list[Finding]:
    """Audit every document in the store against the registry (synced from the store first)."""
    sync_from_store(conn)
    return run_checks(store.queries.citing_documents(conn), load_registry(conn))


def count_by_severity(findings: list[Finding]) -> dict[str, int]:
    """Counts by severity, for the CLI's last line."""
    c = Counter(f.severity for f in findings)
    return {s: c.get(s, 0) for s in SEVERITIES}
