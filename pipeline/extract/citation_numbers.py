"""A cited document number parsed into its parts ("187-KL/TW": ordinal, type code, issuer code,
Party or State), with the template that rebuilds a sibling of an elliptical list ("187, 188-
KL/TW"); and the type code a type word picks for such a number."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vanban.pipeline.extract.patterns import (
    canonical_issuer_code, canonical_type_code, carries_term, doc_types, is_party_issuer, issuer_name,
    split_glued_code,
)
from vanban.pipeline.text import code_key
from vanban.pipeline.text.numbers import latin_code


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    """A parsed document number, with what is needed to rebuild a sibling ("187, 188-KL/TW")."""
    canonical: str
    type_code: str | None
    issuer_code: str | None
    party: bool
    template: str  # "{n}-KL/TW": the canonical form with the ordinal left open
    known: bool = True  # a code is in the tables; else only a type word before it makes it a number


def _fix_code(code: str) -> str:
    """The table's spelling of one code part, the term digits kept: "Qd" -> "QĐ", "UBTVQH15". Digits
    glued to a body whose numbers carry no term are a footnote mark of a gazette's text: "NĐ-CP4"
    is "NĐ-CP" and its footnote 4 (``term`` in ``models/issuers.csv``)."""
    code = re.sub(r"\s+", "", code)
    t = canonical_type_code(code)
    if t:
        return t
    i = canonical_issuer_code(code)
    if i:
        digits = re.search(r"\d+$", code)
        if code_key(i) == code_key(code) or (digits and code_key(i) == code_key(code[: digits.start()])):
            glued = digits and code_key(i) != code_key(code)
            return i + (digits.group() if glued and carries_term(i) else "")
    return code


# A ministry's normative documents carry its code with a leading "B" ("TT-BLĐTBXH"); a number with a year
# from 2005 on whose issuer part is a ministry's code without it ("35/2013/TT-LĐTBXH", "64/2008/QĐ-LĐTBXH")
# is a misprint of that code (realworld24 539, 49 721, 69 800). Without a year the bare code is the
# ministry's letter or a provincial department's ("1609/LĐTBXH-NCC", "128/QĐ-LĐTBXH") and stays.
_MINISTRY_B_SINCE = 2005
_MINISTRY_TYPES = frozenset({"TT", "TTLT", "QĐ"})


@lru_cache(maxsize=256)
def _ministry_code(code: str) -> str | None:
    """``"B" + code`` where that is a ministry's code in the issuer table and ``code`` is three letters or
    more and names no body itself: "LĐTBXH" -> "BLĐTBXH"; "TC" (too short to tell) -> None."""
    c = re.sub(r"\s+", "", code)
    if len(c) < 3 or canonical_issuer_code(c) or canonical_type_code(c):
        return None
    b = canonical_issuer_code("B" + c)
    return b if b and (issuer_name(b) or "").startswith("Bộ ") else None


def parse_number(m: re.Match) -> ParsedNumber | None:
    return _parse_groups(tuple(sorted(m.groupdict().items())))


@lru_cache(maxsize=8192)  # a document repeats its numbers; parse each spelling once
def _parse_groups(items: tuple) -> ParsedNumber | None:
    g = {k: latin_code(v) if v and k in ("pt", "pi", "qc", "sc") else v for k, v in items}
    if g["pn"]:
        t_raw, i_raw = g["pt"], g["pi"]
        t = canonical_type_code(t_raw)
        if g["pg"] is not None and not t:
            return None  # "18KL/TW" glued: only with a known type code ("4G/LTE" is no number)
        # joint issuers "BTCTW-BTGTW": the first one is the issuer
        joint = [_fix_code(x) for x in re.split(r"[-–]", i_raw)]
        i = canonical_issuer_code(joint[0])
        tc, ic = _fix_code(t_raw), "-".join(joint)
        tmpl = "{n}-" + tc + "/" + ic
        return ParsedNumber(tmpl.format(n=g["pn"]), t, i or ic, True, tmpl, bool(t or i))
    if g["qn"]:
        split = split_glued_code(g["qc"])
        if not split:
            # "Quyết định số 206-CP", "Nghị định số 111-HĐBT": numbered by the issuer alone before
            # 1992, a number only after its type word (``known`` False)
            issuer = canonical_issuer_code(g["qc"])
            if issuer is None or canonical_type_code(g["qc"]) or is_party_issuer(g["qc"]):
                return None
            tmpl = "{n}-" + _fix_code(g["qc"])
            return ParsedNumber(tmpl.format(n=g["qn"]), None, issuer, False, tmpl, False)
        t, i = split
        tmpl = "{n}-" + t + "/" + i
        return ParsedNumber(tmpl.format(n=g["qn"]), t, i, True, tmpl)
    # "TTr / STC-QLCS", "TTLT/BLĐTBXH-BYT": a slash stands for a hyphen
    parts = [p for p in re.split(r"\s*[-–/]\s*", re.sub(r"[ \t]*\n[ \t]*", "", g["sc"])) if p]
    # "105/NQCP", "92/2017/NĐCP", "81/2005/TTLTBNV-BTC": the hyphen lost after the type code; with
    # neither a year nor a single part the first code is an issuer ("202/TCCP-VC": Ban Tổ chức cán bộ CP)
    if (parts and (g["sy"] or len(parts) == 1)
            and not (canonical_type_code(parts[0]) or canonical_issuer_code(parts[0]))):
        split = split_glued_code(parts[0])
        if split:
            parts[:1] = list(split)
    year = g["sy"]
    n = g["sn"]
    if not year and len(parts) < 2:
        # "Quyết định số 118/TTg", "Nghị định số 12/CP": numbered before 2000 by issuer alone, a
        # number only after its type word (``known`` False); any other lone code is none
        issuer = canonical_issuer_code(parts[0]) if parts else None
        if issuer is None or canonical_type_code(parts[0]):
            return None
        tmpl = "{n}/" + _fix_code(parts[0])
        return ParsedNumber(tmpl.format(n=n), None, issuer, False, tmpl, False)
    known_t = [canonical_type_code(p) for p in parts]
    known_i = [canonical_issuer_code(p) for p in parts]
    known = any(known_t) or any(known_i)
    # "số 20/NQ-TW": a Party document written the state way
    if not year and len(parts) == 2 and known_t[0] and known_i[1] and is_party_issuer(parts[1]):
        tmpl = "{n}-" + known_t[0] + "/" + _fix_code(parts[1])
        return ParsedNumber(tmpl.format(n=n), known_t[0], known_i[1], True, tmpl)
    if year and int(year) >= _MINISTRY_B_SINCE and len(parts) == 2 and known_t[0] in _MINISTRY_TYPES \
            and not known_i[1] and (b := _ministry_code(parts[1])):
        parts[1], known_i[1] = b, b   # "35/2013/TT-LĐTBXH": the ministry's code without its "B"
    fixed = "-".join(_fix_code(p) for p in parts)
    tmpl = "{n}/" + (year + "/" if year else "") + fixed
    type_code = known_t[0]
    issuer = next((c for c, t in zip(known_i, known_t) if c and not t), None) or next(
        (c for c in known_i if c), None)
    if issuer is None:  # a body missing from the tables is still named by its place in the number:
        at = 1 if type_code else 0  # "146/QĐ-BVTV-KH", "462/TTr-SNNMT", "1609/LĐTBXH-NCC"
        issuer = _fix_code(parts[at]) if at < len(parts) else None
    return ParsedNumber(tmpl.format(n=n), type_code, issuer, False, tmpl, known)


def pick_code(codes: tuple[str, ...], party: bool) -> str | None:
    if not codes:
        return None
    systems = {t.code: t.system for t in doc_types()}
    want = ("party", "both") if party else ("state", "both")
    return next((c for c in codes if systems.get(c, "both") in want), codes[0])


# "Số:" opening a line, whatever precedes it: "XÁC THỰC VĂN BẢN HỢP NHẤT\nSố: 156/VBHN-BLĐTBXH",
# "VĂN BẢN QUY PHẠM PHÁP LUẬT\nCHÍNH PHỦ\nSố: 51/2025/NĐ-CP"; without the colon it is a wrapped
# title or sentence: "BÃI BỎ QUYẾT ĐỊNH\nSỐ 15/2025/QĐ-UBND NGÀY 01/3/2025", "Kết luận\nsố 21-KL/TW"
