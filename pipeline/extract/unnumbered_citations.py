"""Citations without a full number: laws by name and date ("Luật Khoa học và công nghệ ngày
18/6/2013"), shorthands ("Nghị quyết 20", "QĐ 66") and anaphora ("Nghị quyết nêu trên")."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from vanban.pipeline.extract.citation_details import date_after, details, overlaps_any
from vanban.pipeline.extract.citation_numbers import pick_code
from vanban.pipeline.extract.patterns import (
    codes_for_type_word, dated_name_words, law_words, name_for_type_word, shorthand_codes,
    shorthand_type_words, type_name, type_word_pattern,
)
from vanban.pipeline.model import Citation
from vanban.pipeline.resources import load_json


@lru_cache(maxsize=1)
def _byname_re() -> re.Pattern:
    # Laws cited by name with a date or year: "Luật Khoa học và công nghệ ngày 18/6/2013",
    # "Hiến pháp năm 2013". Capitalised type word: lowercase "luật" is the common noun.
    # A law named inside the name after "của" belongs to it: "Pháp lệnh sửa đổi, bổ sung một số
    # điều của Pháp lệnh ưu đãi người có công ... ngày 16 tháng 7 năm 2012" is one citation.
    # the type words from models/doc_types.csv (by_name "law"): "Luật", "Bộ luật", "LUẬT", ...
    opening = "|".join(map(re.escape, _law_openers()))
    return re.compile(
        # "pháp luật" is law in general: "CHÍNH SÁCH, PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2026 - 2030"
        r"(?<!\w)(?<![Pp]háp )(?<!PHÁP )"
        rf"(?P<type>{'|'.join(map(re.escape, _law_words()))})"
        rf"(?P<title>(?:(?:[ \t]+\n?|\n)[ \t]*(?:(?<=của[ \t])|(?!(?:{opening})\b))"
        r"[^\s;.:()“”\"]+){0,24}?)"
        r"[ \t]*,?[ \t]*\n?[ \t]*"
        r"(?=(?:ngày|năm)(?:[ \t]+\n?|\n)[ \t]*\d|(?:19|20)\d\d(?![\d/]))"  # "ngày\n16 tháng 6 năm 2025"
    )


# Shorthands and anaphora are found from their anchors (a number, a phrase "nêu trên"), then the
# type word is checked just before: scanning the whole text for type words is 4x slower.
# after "số" the number is a document's, even where a full stop and a capital or a line break follow it
_NUMBERED_SHORT = re.compile(r"\d(?<![\w./-]\d)\d{0,4}[a-z]?(?![\w/]|[.,]\d|[ \t]?[-–][ \t]?\w|[ \t]?/)")
_SHORT_NUMBER = re.compile(
    r"\d(?<![\w./-]\d)\d{0,4}[a-z]?"
    r"(?![\w/]|[.,]\d|\.[ \t]*\n|[ \t]?[-–][ \t]?\w|[ \t]?/|[.)][ \t]+[A-ZĐ])"
)




@lru_cache(maxsize=1)
def _type_last_syllables() -> frozenset[str]:
    return frozenset(w.split()[-1] for w in shorthand_type_words())


@lru_cache(maxsize=1)
def _short_before_re() -> re.Pattern:
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in shorthand_type_words())
    return re.compile(rf"(?<!\w)(?P<type>{alt})[ \t]+(?:số[ \t]+)?$", re.IGNORECASE)


# a type code written for the type word: "(theo HD 31)", "quy định tại Điều 1 QĐ 20"
_CODE_BEFORE = re.compile(r"(?<![\w/&.-])(?P<code>[A-ZĐ][A-Za-zĐđ]{1,3})[ \t]+$")


@lru_cache(maxsize=1)
def _anaphora_before_re() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?P<type>{type_word_pattern()})(?:\s+số)?\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _unit_word_re() -> re.Pattern:
    from vanban.pipeline.extract.numbers import units_data
    d = units_data()
    words = {w for ws in d["measures"].values() for w in ws} | set(d["counted"]) | set(d["compounds"])
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s+(?:{alt})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _state_only() -> frozenset[str]:
    """Type words only the State uses: a law cited by name is a State document."""
    return frozenset(law_words())


@lru_cache(maxsize=1)
def _law_openers() -> tuple[str, ...]:
    """"Luật", "Bộ luật", "Bộ Luật", "Hiến pháp", "Hiến Pháp", ...: how a law's type word is
    capitalised where it opens the law's name (first word or every word)."""
    forms = []
    for w in law_words():
        forms += [w[0].upper() + w[1:], " ".join(x[0].upper() + x[1:] for x in w.split())]
    return tuple(dict.fromkeys(forms))


@lru_cache(maxsize=1)
def _law_words() -> tuple[str, ...]:
    """The openers and the upper-case forms ("LUẬT", "BỘ LUẬT"): what may open a law's name."""
    return _law_openers() + tuple(dict.fromkeys(w.upper() for w in law_words()))


# other documents cited by name need a full date: "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI
# ngày 15/10/2020"; without one ("Nghị quyết Hội nghị Trung ương 6 khóa XI") they are not citations
@lru_cache(maxsize=1)
def _byname_other_re() -> re.Pattern:
    return re.compile(
        rf"(?<!\w)(?P<type>{'|'.join(map(re.escape, dated_name_words()))})"
        r"(?P<title>(?:[ \t]+\n?[ \t]*[^\s,;.:()“”\"]+){1,14}?)[ \t]+\n?[ \t]*(?=ngày(?:[ \t]+\n?|\n)[ \t]*\d)"
    )


@lru_cache(maxsize=1)
def _name_words() -> dict[str, frozenset[str]]:
    """``models/citations/names.json``: the words that bound a name before its date."""
    table = load_json("citations/names.json")
    return {k: frozenset(v) for k, v in table.items() if not k.endswith("doc") and isinstance(v, list)}


@lru_cache(maxsize=1)
def _unnamed_after_re() -> re.Pattern:
    """What may stand right before a law cited by its date alone ("... được sửa đổi, bổ sung bởi")."""
    return re.compile(load_json("citations/names.json")["unnamed_after"], re.IGNORECASE)


def _issued_clause_cut(words: list[str]) -> list[str]:
    """"Luật Đất đai được Quốc hội thông qua ngày 18/01/2024": the date is the law's, the name
    ends before "được"/"đã"."""
    low = [w.lower() for w in words]
    for i, w in enumerate(low):
        if w in ("đã", "được") and i > 0 and low[i - 1] not in _name_words()["not_in_name"]:
            rest = " ".join(low[i + 1:])
            if any(rest.endswith(x) for x in _name_words()["issued_words"]):
                return words[:i]
            break
    return words


def _amends_a_named_law(words: list[str], low: list[str]) -> bool:
    """"Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản ...": an amending law's name
    opens with a lowercase verb and names, after "của", the law it amends in capitals."""
    if not any(" ".join(low[:len(w.split())]) == w for w in _name_words()["amending_name_start"]):
        return False
    openers = {w.lower() for w in _law_openers()}
    for i, w in enumerate(low[:-2]):
        if w == "của" and low[i + 1] in openers and words[i + 2][:1].isupper():
            return True
    return False


@lru_cache(maxsize=1)
def _amending_head_re() -> re.Pattern:
    """The opening of an amending law's name that goes on to the laws it amends, up to the last
    one's type word: "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và "."""
    verbs = "|".join(re.escape(w.rstrip(",")) for w in _name_words()["amending_name_start"])
    types = "|".join(map(re.escape, _law_openers()))
    return re.compile(rf"(?<!\w)(?:{types})\s+(?:{verbs})\b[^;.:()“”\"]{{0,160}}?(?<!\w)của\s+(?:{types})\s"
                      rf"[^;.:()“”\"]{{0,120}}?\s(?:và|,)\s*$")


@lru_cache(maxsize=1)
def _counted_laws_head_re() -> re.Pattern:
    """The opening of an amending law's name that counts the laws it amends, up to the count:
    "Luật sửa đổi, bổ sung một số điều của 37 " / "Luật có liên quan đến quy hoạch ngày 20 tháng 11
    năm 2018" (the laws are named by what they share, in lower case)."""
    verbs = "|".join(re.escape(w.rstrip(",")) for w in _name_words()["amending_name_start"])
    types = "|".join(map(re.escape, _law_openers()))
    return re.compile(rf"(?<!\w)(?:{types})\s+(?:{verbs})\b[^;.:()“”\"]{{0,80}}?(?<!\w)của\s+\d{{1,3}}\s+$")


def _amending_head_before(text: str, s: int) -> int | None:
    """Where an amending law's name starts when the law cited by name at ``s`` is the last of the
    laws it amends, or None."""
    m = _amending_head_re().search(text, max(0, s - 240), s)
    return m.start() if m else None


def _name_ok(type_word: str, words: list[str], full_date: bool, bare_year: bool = False) -> bool:
    """A name before a date or year makes a law cited by name: "Luật Đất đai năm 2024",
    "Luật tổ chức Chính phủ ngày 25 tháng 12 năm 2001", "Hiến pháp năm 2013".

    A lowercase name is weaker evidence: it needs a full date ("kinh phí thực hiện Pháp lệnh ưu
    đãi người có công năm 2013" dates the budget, not the ordinance), except after "Bộ luật",
    which names one of a handful of codes ("Bộ luật hình sự năm 1999"), or a year glued to the name
    without "năm" ("Luật khoáng sản 2010"): the year is then part of the name, as in "Luật Trật tự,
    an toàn giao thông đường bộ 2024", while "năm 2013" may date the sentence."""
    low = [w.lower().strip(",") for w in words]
    if any(w == "số" and i + 1 < len(low) and low[i + 1][:1].isdigit() for i, w in enumerate(low)):
        return False  # "Luật ... số 12": a numbered citation, found from its number ("Luật Dân số" is a name)
    names = _name_words()
    if low and (low[-1] in names["not_name_end"] or " ".join(low[-2:]) in names["not_name_end"]):
        return False  # "... sửa đổi Hiến pháp chậm nhất ngày 30/6/2025": a deadline, not the name's date
    if type_word.lower() == "hiến pháp":
        return True  # "Hiến pháp năm 2013", "Hiến pháp nước Cộng hòa ... năm 2013"
    if type_word.lower() in names["owned_name_types"] and len(low) > 1 and low[0] == "của" and words[1][:1].isupper():
        return True  # "Công ước của Liên hợp quốc về Giao thông đường bộ năm 1968": named by its owner
    if not words or any(w in names["not_in_name"] for w in low):
        return False
    if words[0][:1].isupper() or _amends_a_named_law(words, low):
        return True
    if not (full_date or bare_year or type_word.lower() == "bộ luật"):
        return False
    return not ({low[0], " ".join(low[:2]), " ".join(low[:3])} & names["not_name_start"]) and words[0][:1].isalpha()


# a law's name right after "Căn cứ" (realworld86 852: "Căn cứ Luật phòng, chống ma túy năm 2000;")
_BASIS_RIGHT_BEFORE = re.compile(r"(?i)(?<!\w)căn\s+cứ\s+$")


def by_name(text, dates, starts, taken) -> list[Citation]:
    """Laws cited by name: found from the date that must follow the name."""
    out = []
    byname = _byname_re()
    for d in dates:
        pre_start = max(0, d.start - 160)
        window = text[pre_start:d.start]
        law = any(w in window for w in _law_words())
        if not law and (d.precision != "day" or not any(w in window for w in dated_name_words())):
            continue
        matches = list(byname.finditer(text, pre_start, d.start + 8)) if law else []
        if d.precision == "day":
            matches += list(_byname_other_re().finditer(text, pre_start, d.start + 8))
        for m in sorted(matches, key=lambda m: m.start()):
            s = m.start()
            if overlaps_any(taken, s, m.end()):
                continue
            title_words = m.group("title").split()
            tw = m.group("type")
            date = date_after(text, m.end(), dates, starts, any_precision=True)
            if date is None or date.start != d.start:
                continue
            title_words = _issued_clause_cut(title_words)
            bare_year = date.precision == "year" and date.text[:1].isdigit()
            unnamed = (not title_words and date.precision == "day"
                       and _unnamed_after_re().search(text, max(0, s - 40), s) is not None)
            counted = _counted_laws_head_re().search(text, max(0, s - 160), s)
            # "Căn cứ Luật phòng, chống ma túy năm 2000;": a basis names a law, whatever the case of its name
            based = _BASIS_RIGHT_BEFORE.search(text, max(0, s - 16), s) is not None
            if not unnamed and not counted \
                    and not _name_ok(tw, title_words, date.precision == "day" or based, bare_year):
                continue  # "Luật ngày 25 tháng 6 năm 2025" only where it amends the law before it
            head = counted.start() if counted else _amending_head_before(text, s)
            if head is not None and not overlaps_any(taken, head, s):
                # "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức ngày
                # 25 tháng 11 năm 2019": one amending law named after the two it amends
                title_words = text[head:s].split()[1:] + [tw] + title_words
                tw, s = text[head:s].split()[0], head
            title = " ".join([tw] + title_words)
            body, term, _, _ = details(text, date.end)
            name = name_for_type_word(tw)
            out.append(Citation(
                text=text[s:date.end], start=s, end=date.end, type=name,
                type_code=pick_code(codes_for_type_word(tw), tw.lower() not in _state_only()), number=None,
                number_text=None,
                issuer_code=None, date=date.value, date_valid=date.valid, issuing_body=body, term=term,
                title=title,
            ))
            bisect.insort(taken, (s, date.end))
            break
    return out


def shorthand_citations(text, taken, dates, starts) -> tuple[list[Citation], set[int]]:
    """"Quy định 377", "Nghị quyết 20", "Nghị quyết nêu trên": short forms for the resolver. With
    them, where a shorthand writes the type code ("HD 31", "QĐ 20"), their starts: such a
    shorthand is kept only if it resolves to a full citation of the document."""
    out = []
    by_code: set[int] = set()
    unit_word = _unit_word_re()
    last_syllables = _type_last_syllables()
    codes = shorthand_codes()
    from vanban.pipeline.extract.numbers import digit_run_starts
    for s in digit_run_starts(text):
        if s >= 2 and text[s - 1].isalpha():
            c = _glued_code_shorthand(text, s, codes, taken, dates, starts)
            if c is not None:
                out.append(c)
                by_code.add(c.start)
            continue
        if s < 2 or text[s - 1] not in " \t":
            continue
        pre = text[max(0, s - 40):s]
        words = pre.rsplit(None, 2)
        if not words:
            continue
        if words[-1] in codes:
            c = _code_shorthand(text, s, pre, taken, dates, starts)
            if c is not None:
                out.append(c)
                by_code.add(c.start)
            continue
        last = words[-2] if len(words) > 1 and words[-1].lower() == "số" else words[-1]
        if last.lower() not in last_syllables:
            continue
        m = _SHORT_NUMBER.match(text, s)
        if m is None and words[-1].lower() == "số":
            m = _NUMBERED_SHORT.match(text, s)   # "... tại Điều 3 Quyết định số 53." ends its sentence
        if m is None:
            continue
        e = m.end()
        tm = _short_before_re().search(pre)
        if tm is None:
            continue
        s = s - len(pre) + tm.start("type")
        if overlaps_any(taken, s, e):
            continue
        n = m.group()
        if len(n) == 4 and n.isdigit() and 1900 <= int(n) <= 2099:
            continue
        date = date_after(text, e, dates, starts)
        if unit_word.match(text, e) and not (date or "số" in tm.group().lower()):
            continue  # "Kế hoạch 5 năm" is a five-year plan; "Nghị quyết số 47 ngày 13/12/2024" is not
        tw = tm.group("type")
        end = date.end if date else e
        body, term, title, _ = details(text, end)
        out.append(Citation(
            text=text[s:end], start=s, end=end, type=name_for_type_word(tw),
            type_code=pick_code(codes_for_type_word(tw), True), number=None, number_text=n,
            issuer_code=None, date=date.value if date else None, date_valid=date.valid if date else True,
            issuing_body=body, term=term, title=title, short=True,
        ))
    out.extend(_anaphora(text, taken))
    return out, by_code


# "QĐ22", "NĐ72": a type code glued to the ordinal, as a text defines it ("(sau đây gọi tắt là QĐ22)")
_GLUED_CODE = re.compile(r"(?<![\w/&.-])(?P<code>[A-ZĐ][A-Za-zĐđ]{1,3})$")
_GLUED_NUMBER = re.compile(r"\d{1,5}(?![\w/]|[.,]\d|[ \t]?[-–/])")


def _glued_code_shorthand(text, s, codes, taken, dates, starts) -> Citation | None:
    """A type code glued to an ordinal ("theo quy định tại QĐ22"): a shorthand kept only if it
    resolves to a full citation of the document, as "QĐ 22" is."""
    cm = _GLUED_CODE.search(text, max(0, s - 5), s)
    m = _GLUED_NUMBER.match(text, s)
    if cm is None or m is None or cm.group("code") not in codes:
        return None
    start, e, n = cm.start(), m.end(), m.group()
    if overlaps_any(taken, start, e) or (len(n) == 4 and 1900 <= int(n) <= 2099):
        return None
    return _code_citation(text, start, e, cm.group("code"), n, dates, starts)


def _code_citation(text, start, e, code, n, dates, starts) -> Citation:
    """The shorthand "<type code> <ordinal>" at ``start``-``e``, with the date that follows it."""
    date = date_after(text, e, dates, starts)
    end = date.end if date else e
    return Citation(
        text=text[start:end], start=start, end=end, type=type_name(code), type_code=code, number=None,
        number_text=n, issuer_code=None, date=date.value if date else None,
        date_valid=date.valid if date else True, short=True,
    )


def _code_shorthand(text, s, pre, taken, dates, starts) -> Citation | None:
    cm = _CODE_BEFORE.search(pre)
    m = _SHORT_NUMBER.match(text, s)
    if cm is None or m is None:
        return None
    start, e, n = s - len(pre) + cm.start("code"), m.end(), m.group()
    if overlaps_any(taken, start, e) or (n.isdigit() and 1900 <= int(n) <= 2099) or _unit_word_re().match(text, e):
        return None
    return _code_citation(text, start, e, cm.group("code"), n, dates, starts)


@lru_cache(maxsize=1)
def _anaphora_phrases() -> tuple[str, ...]:
    """"nêu trên", "nói trên", ... (``models/citations/words.json``), in the order tried."""
    return tuple(load_json("citations/words.json")["anaphora"])


def _anaphora(text, taken) -> list[Citation]:
    """"Nghị quyết nêu trên": an anaphor, linked to the nearest full citation of its type."""
    out = []
    for phrase in _anaphora_phrases():
        i = text.find(phrase)
        while i >= 0:
            e = i + len(phrase)
            if (e == len(text) or not text[e].isalnum()) and i > 0 and text[i - 1].isspace():
                pre = text[max(0, i - 40):i]
                tm = _anaphora_before_re().search(pre)
                if tm:
                    s = i - len(pre) + tm.start("type")
                    if not overlaps_any(taken, s, e):
                        tw = tm.group("type")
                        out.append(Citation(
                            text=text[s:e], start=s, end=e, type=name_for_type_word(tw),
                            type_code=pick_code(codes_for_type_word(tw), True), number=None,
                            number_text=None, issuer_code=None, date=None, short=True,
                        ))
            i = text.find(phrase, e)
    return out
