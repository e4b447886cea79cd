"""Sizes written as factors in brackets with one unit after them: "≥ (1800 x 1800) mm", "(70 x 120 x
65) cm" give one quantity per factor, each in the unit after the bracket, as do bare factors before a
bracketed unit ("≥ 1800 x 1800 (mm)"); "(1.2 ÷ 4.5 ) m" is one range. The units and signs are
``bracketed_dimensions`` in models/units.json; a unit that goes on ("m2", "m/s") is left to the general
rules.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from vanban.pipeline.extract.numbers import units_data
from vanban.pipeline.model import Quantity

_N = r"\d{1,6}(?:[.,]\d{1,3})*"


@cache
def _pattern() -> tuple[re.Pattern, frozenset[str], dict[str, str]]:
    d = units_data()["bracketed_dimensions"]
    units = "|".join(re.escape(u) for u in sorted(d["units"], key=len, reverse=True))
    signs = "".join(re.escape(s) for s in d["signs"] + d["range_signs"])
    sign = rf"\s*[{signs}]\s*"
    pattern = re.compile(rf"\(\s*(?P<a>{_N}){sign}(?P<b>{_N})(?:{sign}(?P<c>{_N}))?\s*\)[ \t]*"
                         rf"(?P<unit>{units})(?![\w/²³])"
                         # the unit bracketed after bare factors: "≥ 1800 x 1800 (mm)" (realworld73 812)
                         rf"|(?<![\w.,])(?P<a2>{_N}){sign}(?P<b2>{_N})(?:{sign}(?P<c2>{_N}))?[ \t]*"
                         rf"\([ \t]*(?P<unit2>{units})[ \t]*\)")
    kinds = {u: kind for kind, words in units_data()["measures"].items() for u in words}
    return pattern, frozenset(d["range_signs"]), kinds


def bracketed_dimensions(text: str, numeral: Callable[[str], float]) -> list[Quantity]:
    """The factors of every bracketed size in ``text`` (``numeral`` reads a figure the way the
    document writes its numbers)."""
    pattern, range_signs, kinds = _pattern()
    out: list[Quantity] = []
    for m in pattern.finditer(text):
        if m.group("unit2"):
            if not any(s in range_signs for s in text[m.start("a2"):m.end("unit2")]):
                out += [Quantity(m.group(g), m.start(g), m.end(g), numeral(m.group(g)), None, m.group("unit2"),
                                 kind=kinds.get(m.group("unit2"))) for g in ("a2", "b2", "c2") if m.group(g) is not None]
            continue
        unit = m.group("unit")
        kind = kinds.get(unit)
        between = text[m.end("a"):m.start("b")].strip()
        if between in range_signs:
            if m.group("c") is None:
                out.append(Quantity(text[m.start("a"):m.end()], m.start("a"), m.end(), numeral(m.group("a")),
                                    numeral(m.group("b")), unit, kind=kind))
            continue
        if any(s in range_signs for s in text[m.start("a"):m.end("b") if m.group("c") is None else m.end("c")]):
            continue   # a range mixed with factors: no reading
        for g in ("a", "b", "c"):
            if m.group(g) is not None:
                out.append(Quantity(m.group(g), m.start(g), m.end(g), numeral(m.group(g)), None, unit, kind=kind))
    return out
