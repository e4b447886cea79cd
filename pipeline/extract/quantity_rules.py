"""The word lists and cue patterns of ``extract.quantities``, read once from ``models/units.json``
(units, counted nouns, qualifiers, number words) and ``models/quantities/context.json`` (what the
words around a number make of it), compiled into the patterns the scan uses.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from vanban.pipeline.extract.numbers import units_data
from vanban.pipeline.resources import load_json
from vanban.pipeline.text.labels import ROW_ITEM_LABEL

NUM = r"\d+(?:[.,]\d+)*"
GAP = r"[ \t]*\n?[ \t]*"

# the kinds of units.json's "measures" that are reported under a broader kind
_KIND_OF_MEASURE = {"count_large": "count", "area": "measure", "length": "measure", "mass": "measure",
                    "volume": "measure", "energy": "measure", "electric": "measure", "temperature": "measure",
                    "data_rate": "measure", "frequency": "measure", "data_size": "measure", "physical": "measure"}


def syllables(phrase: str) -> str:
    """A phrase as a pattern: its syllables with any run of spaces between them."""
    return r"\s+".join(re.escape(p) for p in phrase.split())


def words_alt(words, flags: str = "") -> str:
    """An alternation of phrases, longest first (with ``flags``, e.g. "i", scoped to it)."""
    alt = "|".join(syllables(w) for w in sorted(words, key=len, reverse=True))
    return f"(?{flags}:{alt})" if flags else f"(?:{alt})"


def _spaced(phrase: str) -> str:
    """A phrase as a pattern: its syllables with spaces or tabs between them, on one line."""
    return r"[ \t]+".join(re.escape(p) for p in phrase.split())


def _cases(words) -> list[str]:
    """Each word as written in running text, at the start of a sentence and in a heading."""
    return sorted({v for w in words for v in (w, w.capitalize(), w.upper())}, key=len, reverse=True)


def _digits_re(word_alt: str, glued_units: list[str], ranges: dict, prefixes: list[str],
               multipliers: list[str]) -> re.Pattern:
    """A numeral, or a range or ratio of two; each may be restated in words in brackets, as laws
    write counts ("9 (chín) thành viên", "từ 3 (ba) đến 5 (năm) thành viên", also across a line break). A minus glued
    before a number (``s1``, ``s2``: "-20°C đến +50°C") and letters glued before it ("DC60V")
    are kept for the units that allow them."""
    # the words may open the next line: "không quá 03\n(ba) nhân viên" (a line wrapped in the source)
    spelled = rf"(?:[ \t]*(?:\n[ \t]*)?\([ \t]*(?i:{word_alt})(?:[ \t]+(?i:{word_alt}))*[ \t]*\))"
    to, bound, change = ("|".join(map(re.escape, ranges[k])) for k in ("to", "bounds", "change"))
    glued_before = "".join(f"|(?<=\\b{re.escape(w)})" for w in prefixes) \
        + "".join(f"|(?<=[ \\t)]{re.escape(w)})" for w in multipliers)   # "... x10 hồ sơ/năm"
    return re.compile(
        rf"(?:(?P<s1>(?<![\w.,/%-])[-−])(?=\d){glued_before}|(?<![\w.,/%-]))"
        rf"(?P<n1>\d+(?:[.,]\d+)*)(?P<p1>{spelled}(?![\w]))?"
        rf"(?:%(?=[ \t]*[-–—][ \t]*\d[\d.,]*%))?"   # "85%-90%": a share range with its sign on both ends
        rf"(?:(?P<sep>{GAP}(?:-|–|—|(?:{to})(?:[ \t]+(?:{bound}))?|{change}){GAP}|[ \t]?/[ \t]?)"
        rf"(?P<s2>[-−+](?=\d))?(?P<n2>{NUM})(?P<p2>{spelled}(?![\w]))?)?"
        rf"(?:(?![\w]|[.,]\d)|(?=(?:{'|'.join(glued_units)})(?![\w])))"
    )


def _words_re(number_words: list[str], alone_no_number: frozenset[str], too_common: list[str],
              fraction: dict) -> re.Pattern:
    """A number in words ("mười tám", "hai nghìn sáu trăm"), a fraction in words ("hai phần ba"),
    and the numeral restating it in brackets ("nửa (1/2)"); "một", too common alone, is a number
    before its numeral in brackets ("một (01) hồ sơ", realworld46 704)."""
    word_alt = "|".join(re.escape(w) for w in number_words)
    # A number word starts after a space: a case-sensitive alternation behind one space class is
    # scanned in C (4x faster than a case-insensitive one). "một" and "năm" alone are too common
    # ("một số", "năm 2025") to start a number unless another number word follows.
    starters = [w for w in number_words if w not in alone_no_number] + too_common
    by_first: dict[str, list[str]] = {}
    for v in _cases(starters):
        by_first.setdefault(v[0], []).append(re.escape(v[1:]))
    first_alt = "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in by_first.items())
    alone_not = "".join(f"(?<!{re.escape(v)})" for w in too_common for v in (w, w.capitalize(), w.upper()))
    part = re.escape(fraction["word"])
    not_den = "|".join(re.escape(w) for w in fraction["not_denominator"])
    return re.compile(
        rf"[ \t\n(](?P<w>(?:{first_alt})(?![^\W\d_])"
        rf"(?:{alone_not}|(?=[ \t]+(?i:{word_alt}|{part}[ \t]+(?:{word_alt}))(?!\w))|(?=[ \t]*\([ \t]*\d[\d.,]*[ \t]*\)))"
        rf"(?:[ \t]+(?i:{word_alt})(?!\w))*)"
        rf"(?:[ \t]+(?i:{part})[ \t]+(?!(?i:{not_den})(?!\w))(?P<den>(?i:{word_alt})(?:[ \t]+(?i:{word_alt}))*))?"
        rf"(?P<paren>[ \t]*\([ \t]*[\d.,/]+[ \t]*\))?(?![\w])"
    )


@dataclass(frozen=True, slots=True)
class Tables:
    """``models/units.json`` read once: units, labels, qualifiers and number words as patterns."""
    kind_of: dict[str, str]        # unit or counted noun, lowercase -> its kind
    unit_re: re.Pattern
    lookalike_re: re.Pattern       # words that open with a unit but are none ("lần lượt")
    not_units: frozenset[str]
    field_labels: frozenset[str]   # "số": before a colon a form's field, its number a footnote's mark
    not_before: frozenset[str]
    qual_re: re.Pattern
    words_re: re.Pattern
    digits_re: re.Pattern
    alone_no_number: frozenset[str]
    scales: dict[str, float]       # "tỷ" -> 1e9: scale words that close an amount
    scale_heads: tuple[str, ...]   # a unit opened by one of these is no count of whole things
    range_to: tuple[str, ...]      # "đến", "tới": the two numbers are a range
    ratio_heads: frozenset[str]    # "tỷ", "tỉ": before "lệ", a ratio
    count_large: frozenset[str]    # "triệu", "nghìn": a scale that goes on to a unit ("1,5 triệu người")
    ratio_after: re.Pattern        # "tỷ lệ": no billion
    percent_words_after: re.Pattern
    case_sensitive: dict[str, str]  # "ma" -> "mA": symbols that are units only as written
    glued_prefixes: tuple[str, ...]  # "DC60V"
    prefixed_units: frozenset[str]  # the units a glued prefix goes with
    signed_units: frozenset[str]    # units whose number may carry a minus ("-20°C")


@lru_cache(maxsize=1)
def tables() -> Tables:
    d = units_data()
    kind_of: dict[str, str] = {}
    for kind, words in d["measures"].items():
        for w in words:
            kind_of[w.lower()] = _KIND_OF_MEASURE.get(kind, kind)
    for w in d["compounds"] + d["counted"]:
        kind_of.setdefault(w.lower(), "count")
    units = sorted(kind_of, key=len, reverse=True)
    quals = sorted(d["qualifiers"], key=len, reverse=True)
    nw = sorted(d["number_words"], key=len, reverse=True)
    alone = frozenset(d["alone_no_number"])
    ctx = load_json("quantities/context.json")
    percent_words = [w for w in d["measures"]["percent"] if w[:1].isalpha()]
    # "từ 01 lần lượt theo thứ tự": a word that opens with a unit ("lần lượt", in turn) is no unit
    lookalikes = re.compile(rf"(?:{'|'.join(syllables(w) for w in d['unit_lookalikes'])})(?!\w)", re.IGNORECASE)
    def units_of(kinds) -> frozenset[str]:
        return frozenset(w.lower() for k in kinds for w in d["measures"][k])
    return Tables(
        kind_of=kind_of,
        unit_re=re.compile(rf"(?!{lookalikes.pattern})(?:{'|'.join(syllables(u) for u in units)})(?![\w])", re.IGNORECASE),
        lookalike_re=lookalikes,
        not_units=frozenset(w.lower() for w in d["not_units"]),
        field_labels=frozenset(d["field_labels"]),
        not_before=frozenset(" ".join(w.lower().split()) for w in d["not_before"]),
        qual_re=re.compile(rf"(?:^|[^\w])(?P<q>{'|'.join(syllables(q) for q in quals)})[ \t]+\n?[ \t]*$",
                           re.IGNORECASE),
        words_re=_words_re(nw, alone, d["too_common_alone"], d["fraction"]),
        # a decimal restated in words has its comma too: "0,6 (không phẩy sáu) lần" (realworld95 876)
        digits_re=_digits_re("|".join(re.escape(w) for w in [*nw, *d["restated_decimal_words"]]), d["glued_units"],
                             d["range_words"], d["glued_prefixes"]["words"], d["multiplier_signs"]["words"]),
        alone_no_number=alone,
        scales={w: float(d["number_words"][w]) for w in d["amount_scales"]},
        scale_heads=tuple(w for w, v in d["number_words"].items() if v >= 1000),
        range_to=tuple(d["range_words"]["to"]),
        ratio_heads=frozenset(ctx["ratio_after"]["heads"]),
        count_large=frozenset(d["measures"]["count_large"]),
        ratio_after=re.compile(rf"[ \t]+{words_alt(ctx['ratio_after']['words'])}(?!\w)", re.IGNORECASE),
        percent_words_after=re.compile(rf"[ \t]+(?:{'|'.join(map(_spaced, percent_words))})(?!\w)", re.IGNORECASE),
        case_sensitive={w.lower(): w for w in d["case_sensitive_units"]["words"]},
        glued_prefixes=tuple(d["glued_prefixes"]["words"]),
        prefixed_units=units_of(d["glued_prefixes"]["kinds"]),
        signed_units=units_of(d["signed_kinds"]["kinds"]),
    )


@lru_cache(maxsize=1)
def spelling() -> dict[str, str]:
    """Unit or counted noun, lowercase -> as the tables spell it ("triệu đồng", "USD", "kWh")."""
    d = units_data()
    words = [w for ws in d["measures"].values() for w in ws] + d["compounds"] + d["counted"]
    return {w.lower(): w for w in words}


@dataclass(frozen=True, slots=True)
class Context:
    """``models/quantities/context.json`` read once: what the words around a number make of it."""
    label_compounds: frozenset[str]
    soft_labels: dict[str, frozenset[str]]   # label -> kinds of unit it yields to
    hard_labels: frozenset[str]
    clock_after: re.Pattern
    lunar_month: re.Pattern
    row_label_units: frozenset[str]
    body: re.Pattern
    caption: re.Pattern
    cell_caption: re.Pattern
    caption_labels: tuple[str, ...]
    caption_kinds: frozenset[str]
    caption_counted: frozenset[str]
    caption_max_lines: int
    caption_max_text_run: int
    table_end: re.Pattern
    table_head: re.Pattern
    spelled_counts: frozenset[str]
    spelled_not_after: frozenset[str]
    id_noun: re.Pattern
    noun_first: re.Pattern
    name_stop: frozenset[str]
    listed_before: re.Pattern
    ordinal_before: re.Pattern
    legal_form_before: re.Pattern
    periodic: re.Pattern
    unit_led: re.Pattern
    unit_heads: tuple[re.Pattern, dict[str, str]]
    not_unit_compound: re.Pattern


_FIGURE = r"\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?"


def _unit_led(d: dict) -> re.Pattern:
    """A unit, a bound word, then the figures it measures ("Cho kWh từ 101 - 200", "kWh từ 701 trở lên")."""
    units = [u for k in d["kinds"] for u in units_data()["measures"][k]]
    return re.compile(
        rf"(?<![\w/])(?P<unit>{words_alt(units)})[ \t]+(?P<bound>{words_alt(d['bounds'], 'i')})[ \t]+"
        rf"(?P<n1>{_FIGURE})(?:[ \t]*[-–][ \t]*(?P<n2>{_FIGURE}))?(?![\d.,]*\d)"
        rf"(?=[ \t]*(?:$|[|;.,)]|{words_alt(d['open_end'], 'i')}(?!\w)))", re.MULTILINE)


def _unit_heads(d: dict) -> tuple[re.Pattern, dict[str, str]]:
    """A noun naming the unit of the figures after it ("thang điểm 10", "thang điểm từ 0 tới 4"),
    and the unit each head gives."""
    heads = {" ".join(h.lower().split()): u for h, u in d["heads"].items()}
    alt = "|".join(r"\s+".join(map(re.escape, h.split())) for h in heads)
    return re.compile(
        rf"(?<!\w)(?P<unit>{alt})\s+"
        rf"(?:(?P<bound>từ)[ \t]+)?(?P<n1>{_FIGURE})(?:[ \t]*(?:[-–]|tới|đến)[ \t]*(?P<n2>{_FIGURE}))?(?![\d.,]*\d)",
        re.IGNORECASE), heads


@lru_cache(maxsize=1)
def context() -> Context:
    d = load_json("quantities/context.json")
    clock = [w for w in d["clock_after"]["words"] if w != "ngày"]
    bodies = d["counted_bodies"]
    cap = d["table_captions"]
    ids = d["identifier_nouns"]
    nf = d["noun_first"]
    joiners = "|".join(re.escape(w) for w in d["listed_joiners"]["words"])
    return Context(
        label_compounds=frozenset(d["label_compounds"]["words"]),
        soft_labels={w: frozenset(k) for w, k in d["soft_labels"]["words"].items()},
        hard_labels=frozenset(d["hard_labels"]["words"]),
        clock_after=re.compile(rf"[ \t]*,?[ \t]*(?:{words_alt(clock, 'i')}(?!\w)|(?i:ngày)[ \t]+\d)"),
        lunar_month=re.compile(rf"[ \t]+{words_alt(d['lunar_months']['words'])}(?!\w)"),
        row_label_units=frozenset(d["row_label_units"]["words"]),
        # a capitalised type or body, then neither its own name ("17 Luật Bảo vệ") nor a citation
        body=re.compile(rf"{words_alt(bodies['words'])}(?![\w])"
                        rf"(?![ \t]*(?:{words_alt(bodies['not_after'])}(?!\w)|\d|[A-ZĐ]))"
                        rf"|{words_alt(bodies['titles'])}(?![\w])(?![ \t]*\d)"),
        caption=re.compile(rf"^[ \t(*_]*{words_alt(cap['labels'])}[ \t]*:[ \t]*(?P<unit>[^\n)*]{{1,80}}?)[ \t.)*_]*$",
                           re.MULTILINE),
        # the same in a column's head cell, alone or in brackets: "| Mức chi (ĐVT: triệu đồng) |"
        cell_caption=re.compile(rf"{words_alt(cap['labels'])}[ \t]*:[ \t]*(?P<unit>[^\n|)*]{{1,80}}?)[ \t.*_]*(?=\)|\||$)",
                                re.MULTILINE),
        caption_labels=tuple(cap["labels"]),
        caption_kinds=frozenset(cap["unit_kinds"]),
        caption_counted=frozenset(cap["counted_units"]),
        caption_max_lines=int(cap["max_lines"]),
        caption_max_text_run=int(cap["max_text_run"]),
        # where a table ends: the next appendix, article, chapter or form
        table_end=re.compile(rf"(?:{words_alt(cap['table_end']['words'])}"
                             rf"|{words_alt(cap['table_end']['numbered'])}[ \t]+[IVXLC\d])(?!\w)"),
        table_head=re.compile(rf"{words_alt(cap['row_number_heads']['words'])}[ \t]*(?:\||$)"),
        spelled_counts=frozenset(d["spelled_counts"]["words"]),
        spelled_not_after=frozenset(d["spelled_counts"]["not_after"]),
        id_noun=re.compile(rf"{words_alt(ids['words'])}(?!\w)|{words_alt(ids['before_colon'])}[ \t]*:", re.IGNORECASE),
        # "Số"/"Tổng số" and a lowercase noun opening a row or list item ("- Tổng số hộ ...", "17. | Số xã ...")
        noun_first=re.compile(
            rf"[ \t]*{ROW_ITEM_LABEL}?(?:\|[ \t]*)?"
            rf"(?:{words_alt(_cases(nf['total_words']))}[ \t]+)?{words_alt(_cases(nf['count_words']))}[ \t]+"
            r"(?=[^\W\d_]*[a-zđà-ỹ])"),
        name_stop=frozenset(d["name_stop_words"]["words"]),
        # the numbers listed before this one after the same label: "Điều 7, 8", "khoản 2, 3 và 4"
        listed_before=re.compile(rf"[ \t]\d+[a-zđ]?(?:[ \t]*(?:,|{joiners})[ \t]*\d+[a-zđ]?)*[ \t]*(?:,|{joiners})[ \t]*$"),
        ordinal_before=re.compile(rf"{words_alt(d['ordinal_before']['words'])}\s*$"),
        legal_form_before=re.compile(rf"(?<!\w){words_alt(d['legal_form_before']['words'])}\s*$"),
        periodic=re.compile(rf"{words_alt(d['periodic_after']['words'], 'i')}(?!\w)"),
        unit_led=_unit_led(d["unit_led_figures"]),
        unit_heads=_unit_heads(d["unit_led_figures"]),
        not_unit_compound=re.compile(rf"{words_alt(d['not_unit_compounds']['words'], 'i')}(?!\w)"),
    )


@lru_cache(maxsize=1)
def type_unit_re() -> re.Pattern:
    """A document type word, lowercase, as a counted noun: "quyết định", "chỉ thị", "kế hoạch"."""
    from vanban.pipeline.extract.patterns import type_words
    alt = "|".join(syllables(w) for w in type_words())
    return re.compile(rf"(?:{alt})(?![\w])")


@lru_cache(maxsize=1)
def type_labels() -> frozenset[str]:
    from vanban.pipeline.extract.patterns import type_words
    return frozenset(type_words())


# the first of two figures joined by "hoặc" before the unit they share: "07 hoặc 09 thành viên"
_ALTERNATIVE_BEFORE = re.compile(r"(?<![\w/.,])(\d{1,3})[ \t]+hoặc[ \t]+$")


def with_alternatives(text: str, qs: list) -> list:
    """"Hội đồng có 07 hoặc 09 thành viên": the figure before "hoặc" counts what the one after it counts,
    one quantity each (realworld67 794, realworld13 "14 hoặc 16 ngày")."""
    out: list = []
    for q in qs:
        m = _ALTERNATIVE_BEFORE.search(text, max(0, q.start - 12), q.start)
        if m and q.unit and q.value_max is None and q.text[:1].isdigit() and (not out or out[-1].end <= m.start(1)):
            out.append(replace(q, text=m.group(1), start=m.start(1), end=m.end(1), value=float(m.group(1)),
                               qualifier=None))
        out.append(q)
    return out
