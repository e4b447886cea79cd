"""Tokens of a directive's text and the word lists of ``models/directives.json`` they are
matched against: one token per word with its case and closing punctuation, phrase look-up by first
word (tones folded for OCR'd verbs), and the list-label grammar of a unit's opening.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from vanban.pipeline.extract.roles import strip_tones
from vanban.pipeline.resources import load_json
from vanban.pipeline.text import phrase_key
from vanban.pipeline.text.labels import LEAD_LABEL


_WORD = re.compile(r"\S+")


_STRIP = ".,;:!?…\"'()[]“”‘’*"


_TERMINAL = ".:;!?…"


# a lead-in that states what something is or comprises ("... được xác định như sau:", "..., gồm:"):
# what follows lists cases, figures or members, nobody is asked to act
# "gồm:", "bao gồm các đơn vị sau đây:", "bao gồm các lĩnh vực cụ thể sau đây:" (realworld46 705)
_COMPRISES = r"(?:bao\s+)?gồm(?:\s+(?:các|những)\s+\S+(?:\s+\S+)?(?:\s+cụ\s+thể)?)?(?:\s+sau(?:\s+đây)?)?"
_STATIVE_LEADIN = re.compile(
    r"(?:được\s+(?:xác định|quy định|tính|hiểu|áp dụng)(?:\s+(?:như sau|cụ thể(?:\s+như sau)?|theo\s+\S+(?:\s+\S+)?\s+sau))?"
    rf"|{_COMPRISES}|\blà)\s*:$")
# the members' lead-in alone: "..., gồm:", "bao gồm các đơn vị sau đây:"
_MEMBERS_LEADIN = re.compile(rf"{_COMPRISES}\s*:[\s*_]*$")


@cache
def lexicon() -> dict:
    """``models/directives.json`` with its phrase lists prepared for matching."""
    raw = load_json("directives.json")
    lex = dict(raw)
    for key in ("verbs", "opening_verbs", "openers", "never_open", "modals", "assign", "done_instruction",
                "done_adverbs", "negations", "passive", "org_heads", "determiners", "np_nouns",
                "np_compounds", "soft_stops", "hard_stops", "intro_openers",
                "not_directive_openers", "target_cues", "deadline_cues", "law_deadline_cues",
                "comma_nouns", "not_heads", "named_not_heads", "heading_duty", "leadin_cues", "request", "plan_fields", "content_fields", "connectives", "note_openers",
                "enactment_openers", "enactment_fillers", "enactment_objects", "lead_fields", "determined_heads", "asker_verbs", "prohibition_cues", "violation_cues", "case_cues", "delegating_verbs", "party_heads", "scope_cues", "scope_title_cues", "subject_modals", "criterion_labels", "named_parties", "submission_leads", "duty_opening_verbs", "subject_clause_breaks",
                "catalogue_cues", "norm_titles", "task_nouns", "topic_markers", "name_qualifiers", "consent_verbs",
                "period_openers", "spending_cues", "layout_cues", "rate_cues", "alias_openers", "relative_modifiers", "place_relatives", "descriptor_verbs",
                "relative_nouns", "term_heads", "marked_term_heads", "execution_formulas", "catalogue_items",
                "execution_breaks", "body_names", "effect_predicates", "syllabus_cues", "qualification_cues", "forbidden_things", "paper_list_cues", "participle_phrases", "membership_roles", "fill_verbs", "form_list_cues",
                "adjective_modals", "time_limit_openers", "time_limit_units", "time_limit_since", "competence_tails",
                "competence_object_breaks", "limit_modals", "topic_free_heads",
                "report_prompt_verbs", "received_verbs", "case_outcome_verbs", "applicant_cues", "applicant_acts", "assignee_cues",
                "passive_sense_verbs", "case_openers", "term_light_verbs", "case_lead_cues", "framed_adverbs",
                "filer_heads", "filing_acts", "filing_papers", "filing_recipients", "filer_breaks", "filer_cues",
                "content_verbs", "name_ending_adverbs", "described_party_acts", "described_act_blockers"):
        lex[key] = sorted({tuple(p.split()) for p in raw[key]}, key=len, reverse=True)
    return lex


@cache
def _duty_prefix() -> re.Pattern:
    """What a heading says before the body whose duties follow (``duty_prefix_patterns``)."""
    return re.compile(r"^(?:" + "|".join(lexicon()["duty_prefix_patterns"]) + r")\s*:?\s*", re.I)


@dataclass(frozen=True, slots=True)
class _Tok:
    word: str      # lower case, outer punctuation stripped
    raw: str
    start: int
    end: int
    upper: bool    # first letter is a capital
    tail: str      # punctuation that closes the token ("," ";" ":" ".")


_GLUED_MARK = re.compile(r"(?<=[^\W\d_]{2})\d{1,2}$|(?<=[^\W\d_])\[\d{1,3}\]?$")   # "nghiệp33", "xã[17]"


def _tokens(text: str, base: int = 0) -> list[_Tok]:
    out = []
    for m in _WORD.finditer(text):
        raw = m.group()
        core = raw.strip(_STRIP)
        if not core:
            continue
        tail = raw[len(raw.rstrip(_STRIP)):]
        # a consolidated text's footnote mark glued to a word ("Tổng cục Giáo dục nghề nghiệp33") is no part of it
        out.append(_Tok(_GLUED_MARK.sub("", core.lower()), raw, base + m.start(), base + m.end(), core[:1].isupper(), tail))
    return out


_INDEX: dict[int, dict[str, list[tuple[str, ...]]]] = {}


def _match(toks: list[_Tok], i: int, phrases, *, lower_first: bool = False) -> int:
    """Length (in tokens) of the longest phrase starting at ``toks[i]``; 0 if none. A phrase
    must not run over a sentence or clause end inside it (a comma is allowed only where the
    phrase itself has one, as in "phòng, chống")."""
    if i >= len(toks) or (lower_first and toks[i].upper):
        return 0
    index = _INDEX.get(id(phrases))
    if index is None:  # phrases by first word, longest first: one dict look-up per call
        index = {}
        for ph in phrases:
            index.setdefault(ph[0].rstrip(","), []).append(ph)
        _INDEX[id(phrases)] = index
    for ph in index.get(toks[i].word, ()):
        n = len(ph)
        if i + n > len(toks):
            continue
        ok = True
        for k in range(n):
            t = toks[i + k]
            want = ph[k]
            if want.endswith(","):
                if t.word != want[:-1] or not t.tail.startswith(","):
                    ok = False
                    break
                continue
            if t.word != want:
                ok = False
                break
            if k < n - 1 and t.tail and not ph[k].endswith(","):
                ok = False
                break
        if ok:
            return n
    return 0


@cache
def _homographs() -> tuple[tuple[tuple[str, ...], tuple, tuple, bool], ...]:
    """``name_end_verbs`` prepared: (the word, objects it takes, words after which it is a noun,
    whether an object in capitals makes it a verb)."""
    return tuple(((tuple(w.split()),), tuple(tuple(o.split()) for o in rule.get("objects", ())),
                  tuple(tuple(o.split()) for o in rule.get("not_before", ())), bool(rule.get("capital_object")))
                 for w, rule in lexicon()["name_end_verbs"].items() if not w.startswith("_"))


def _homograph_verb(toks: list[_Tok], k: int) -> int:
    """Length of a word at ``toks[k]`` (lower case) that is a noun inside a body's name but the
    body's verb before its object (``name_end_verbs``): "Ủy ban nhân dân cấp tỉnh cấp Giấy phép",
    "Ủy ban nhân dân Thành phố quyết định việc ..."; 0 otherwise."""
    if k >= len(toks) or toks[k].upper or (k and toks[k - 1].word in ("các", "mọi", "những", "từng")):
        return 0   # "các cấp", "những quyết định": the noun
    for word, objects, not_before, capital in _homographs():
        n = len(word[0])
        if _match(toks, k, word) != n or toks[k + n - 1].tail or k + n >= len(toks):
            continue
        after = k + n
        if _followed_by(toks, after, not_before):
            continue
        if objects or capital:
            obj = _match(toks, after, objects) or int(capital and toks[after].upper)
            if not obj:
                continue
            if not toks[after + obj - 1].tail.startswith(",") and _verb_soon(toks, after + obj, 2):
                continue   # "Giám đốc trung tâm cấp Chứng chỉ hướng dẫn ...": "cấp Chứng chỉ" names who, the verb follows
            # "Chính phủ quy định chi tiết, hướng dẫn thi hành ...": after a comma the next verb is a second act
            return n
        else:
            return n
    return 0


def _verb_soon(toks: list[_Tok], k: int, reach: int) -> bool:
    """A verb within ``reach`` tokens from ``toks[k]``, no punctuation between."""
    for m in range(k, min(len(toks), k + reach)):
        if _match(toks, m, lexicon()["verbs"]):
            return True
        if toks[m].tail:
            return False
    return False


def _followed_by(toks: list[_Tok], k: int, phrases) -> bool:
    """Whether one of ``phrases`` stands at ``toks[k]``; "#" in a phrase is a number ("số #": "số 12")."""
    for ph in phrases:
        if k + len(ph) <= len(toks) and all(
                toks[k + m].word[:1].isdigit() if w == "#" else toks[k + m].word == w for m, w in enumerate(ph)):
            return True
    return False


@cache
def _folded_verbs() -> dict[str, list[tuple[str, ...]]]:
    """Verbs of two words or more with tones folded, by first word, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for ph in lexicon()["verbs"]:
        if len(ph) >= 2:
            f = tuple(strip_tones(w) for w in ph)
            index.setdefault(f[0], []).append(f)
    return index


def _ocr_verb(toks: list[_Tok], i: int) -> int:
    """Length of a verb of two words or more at ``toks[i]`` read with tones folded, or 0: OCR
    gets tones wrong ("Đây mạnh", "Thúc đây" for "Đẩy mạnh", "Thúc đẩy") and keeps the letters; a
    single word is left out, folded it meets other words ("đây", "là")."""
    if i >= len(toks):
        return 0
    for ph in _folded_verbs().get(strip_tones(toks[i].word), ()):
        n = len(ph)
        if i + n <= len(toks) and all(strip_tones(toks[i + k].word) == ph[k] for k in range(n)) \
                and not any(toks[i + k].tail for k in range(n - 1)):
            return n
    return 0


def _span_text(doc_text: str, toks: list[_Tok], i: int, k: int) -> str:
    s = doc_text[toks[i].start:toks[k - 1].end]
    s = " ".join(s.split()).rstrip(_STRIP.replace(")", "")).strip()
    return _BRACKET_MARK_END.sub("", s)   # a crawled page's footnote mark: "Ủy ban nhân dân cấp xã[17]"


_BRACKET_MARK_END = re.compile(r"(?<=[^\W\d_])\[\d{1,3}\]?$")


def _label_end(text: str, start: int, end: int) -> int:
    m = LEAD_LABEL.match(text, start, end)
    pos = m.end() if m else start
    while pos < end and text[pos] in " \t\n*_":
        pos += 1
    return pos


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _has(low: str, phrases) -> bool:
    return any(re.search(r"(?<!\w)" + re.escape(" ".join(p)) + r"(?!\w)", low) for p in phrases)


def _rstrip_at(text: str, end: int) -> int:
    """``len(text[:end].rstrip())`` without copying the text before ``end``."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _name_words(actor: str) -> set[str]:
    """The words of a body's name that tell it apart ("các", "và", "từng" left out)."""
    return {w for w in re.findall(r"\w+", _name_key(actor)) if w not in lexicon()["name_fillers"]}


def _name_key(actor: str) -> str:
    """A body's name for comparison: ``phrase_key`` (case, blanks, tone placement), "UBND" spelled out."""
    return re.sub(r"(?<!\w)ubnd(?!\w)", "ủy ban nhân dân", phrase_key(actor))


def _distinct(actors: list[str]) -> list[str]:
    """Actors in order, without repeats and without one that is the tail of another already
    named ("Chánh Văn phòng ...; Giám đốc Sở ...; Chủ tịch UBND cấp xã" names the last two too)."""
    out: list[str] = []
    seen: set[str] = set()
    for a in actors:
        if a not in seen and not any(a in b for b in out):
            out.append(a)
        seen.add(a)
    return out


# a name never ends with a word that joins it to another
_COORDINATORS = frozenset({"và", "hoặc", "cùng"})


def _generic_name(toks: list[_Tok], j: int, k: int) -> bool:
    """Whether ``toks[j:k]`` names a kind of body, not one body: no capital after its first word ("Sở",
    "Cơ quan có thẩm quyền"), or "Các Sở"; "Sở Tài chính quản lý ..." is one body and its verb."""
    caps = [t for t in toks[j + 1:k] if t.upper]
    return not caps or (k - j == 2 and toks[j].word in ("các", "những", "mỗi"))


def _relative_nouns_only(toks: list[_Tok], j: int, k: int) -> bool:
    """Whether ``toks[j:k]`` is a bare ``relative_nouns`` head or a list of them ("Đơn vị", "Các tổ
    chức, cá nhân", "cơ quan và đơn vị")."""
    lex = lexicon()
    j += _match(toks, j, lex["determiners"])
    m = j
    while m < k:
        if m > j and toks[m].word in _COORDINATORS:
            m += 1
            continue
        n = _match(toks, m, lex["relative_nouns"])
        if not n or m + n > k:
            return False
        m += n
    return m > j


def bare_head_as_noun(toks: list[_Tok], j: int, n: int) -> bool:
    """Whether the head ``toks[j:j+n]`` of ``bare_heads`` ("Bộ") is the first word of a thing's name, not a
    body's ("Bộ dụng cụ mở đường vào mạch máu ...", "Bộ tim phổi nhân tạo"): a lower-case word follows it that
    is no verb, modal, coordinator or follower of ``bare_heads`` ("Bộ quản lý ngành", "Bộ chủ quản")."""
    lex = lexicon()
    followers = lex["bare_heads"].get(" ".join(t.word for t in toks[j:j + n]))
    k = j + n
    if followers is None or k >= len(toks) or toks[k - 1].tail or toks[k].upper or toks[k].word in _COORDINATORS:
        return False
    words = [t.word.split("/")[0] for t in toks[k:k + 3]]   # "Bộ phận/cá nhân chuyên trách ...": a unit
    return not (_match(toks, k, lex["verbs"]) or _match(toks, k, lex["modals"]) or _match(toks, k, lex["openers"])
                or any(f.split() == words[:len(f.split())] for f in followers))


def competence_named(toks: list[_Tok], j: int, k: int) -> bool:
    """Whether ``toks[j:k]`` names a kind of body by its competence (``competence_tails``: "Cơ quan có
    thẩm quyền", "Cơ quan, tổ chức, đơn vị có thẩm quyền"): a verb after it may say which competence."""
    tails = lexicon()["competence_tails"]
    return _generic_name(toks, j, k) and any(k - len(w) > j and _match(toks, k - len(w), tails) == len(w) for w in tails)


@cache
def acting_lead_tails() -> tuple[str, ...]:
    """How a lead-in that is itself a body's act ends (``acting_lead_tails``)."""
    return tuple(lexicon()["acting_lead_tails"])


@cache
def contents_tail() -> re.Pattern:
    """How a lead-in ends whose items are a document's contents or the ways to do a thing (``contents_tails``)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(lexicon()["contents_tails"]) + r")[\s*_]*:?[\s*_]*$")


def posting(low: str) -> bool:
    """A journal entry of an accounting regime ("..., ghi: Nợ TK 138 ... Có TK 338"; ``posting_pattern``)."""
    return re.search(lexicon()["posting_pattern"], low) is not None


def verb_pair_title(toks: list) -> bool:
    """A title whose head reads as a body and as a verb, joined by "và" to a second verb ("TỔ CHỨC VÀ ĐIỀU
    HÀNH TỔ HỢP TÁC", a chapter of a decree, realworld51 737): what the part is about, no body."""
    lex = lexicon()
    n = max(_match(toks, 0, lex["party_heads"]), _match(toks, 0, lex["org_heads"]))
    if not n or _match(toks, 0, lex["verbs"]) < n or n >= len(toks):
        return False
    # "Tổ chức cung cấp dịch vụ", "tổ chức đánh giá ...": a verb right after the head may name the body
    return toks[n].word == "và" and not toks[n - 1].tail and n + 1 < len(toks) and bool(_match(toks, n + 1, lex["verbs"]))


def opens_a_frame(toks: list[_Tok], i: int = 0) -> bool:
    """The clause at ``toks[i]`` opens with a case or a topic ("Trường hợp ...", "Trong trường hợp ...", "Đối với ...",
    "Khi ...": ``case_openers``, ``topic_markers``)."""
    lex = lexicon()
    return bool(_match(toks, i, lex["case_openers"]) or _match(toks, i, lex["topic_markers"]))


def _no_modal_phai(body: str) -> str:
    """``body`` with the "phải" that obliges no one read joined to its word, the same length: "các khoản phải thu"
    (``accounting_noun_pattern``), "hội chứng ... mắc phải", "góc trên bên phải" (``compound_phai_pattern``)."""
    return _compound_phai().sub(r"\1_phải", _accounting_nouns().sub("phải_", body))


@cache
def _compound_phai() -> re.Pattern:
    """The "phải" of a word that holds it and obliges no one ("mắc phải", "gặp phải", "góc trên bên phải":
    ``compound_phai_pattern``, the word before it its group 1): read joined to it."""
    return re.compile(lexicon()["compound_phai_pattern"])


@cache
def _accounting_nouns() -> re.Pattern:
    """The "phải " of "phải thu", "phải trả" naming receivables and payables (``accounting_noun_pattern``)."""
    return re.compile(lexicon()["accounting_noun_pattern"])


def _before_adverbs(toks: list[_Tok], start: int, k: int) -> int:
    """``k`` moved back over the adverbs (``openers``) that stand between a name ending after
    ``start`` and its modal at ``k``: "Cá nhân, tổ chức hoàn toàn chịu trách nhiệm ..."."""
    lex = lexicon()
    while k > start:
        back = next((n for n in (3, 2, 1) if k - n >= start and _match(toks, k - n, lex["openers"]) == n), 0)
        if not back or toks[k - back - 1].tail:
            return k
        k -= back
    return k


def _duty_subject(body: str) -> str | None:
    """The body an article's first clause names as the one with the duties ("1. Quỹ có nhiệm vụ hỗ trợ tài chính
    ...", a fund's charter, realworld93 872, ``duty_subject_pattern``), as the text writes it; None otherwise."""
    m = re.match(lexicon()["duty_subject_pattern"], " ".join(body.replace("*", " ").split()))
    return m.group(1) if m and m.group(1)[0].isupper() else None


def _comma_closed(tok: _Tok) -> bool:
    """Whether a comma closes ``tok``, after any closing bracket or quote ("(nếu có),")."""
    return tok.tail.lstrip(")]\"'”’*").startswith(",")


def _forbidden_act(toks: list[_Tok], name: int, k: int) -> bool:
    """"không được" at ``k`` before what a party may not do ("Nhà thầu không được chào riêng chi phí dự phòng",
    "Thí sinh không được mang vào phòng ...", realworld78 829): a bound on the party named, as a modal is; not
    before a verb read in its passive sense (``passive_sense_verbs``: "Nhà thầu không được hoàn trả bảo đảm
    ...", "Người bị yêu cầu dẫn độ không được miễn trách nhiệm ...": what is not done for it), nor after a
    description from ``name`` on that has its own "có" ("Hộ gia đình có ít nhất 1 trẻ em ... không được học
    ...": an indicator's household, realworld60 773)."""
    lex = lexicon()
    n = _match(toks, k, lex["subject_modals"])
    if not n or toks[k].word != "không" or toks[k + n - 1].tail or any(t.word == "có" for t in toks[name:k]):
        return False
    n += toks[k + n].word == "phép" if k + n < len(toks) else 0
    return k + n < len(toks) and not _match(toks, k + n, lex["passive_sense_verbs"])


def _modal_after(toks: list[_Tok], k: int) -> bool:
    """A modal of the clause follows ``k`` within reach, before any clause mark (realworld91 865)."""
    lex = lexicon()
    for m in range(k + 1, min(len(toks), k + lex["party_modal_reach"] + 8)):
        if toks[m - 1].tail[:1] in (";", ".", ":", "!", "?", "…"):
            return False
        if _match(toks, m, lex["modals"]) and toks[m].word not in ("sẽ", "cần"):
            return True
    return False


def _named_pair(toks: list[_Tok], j: int, k: int) -> bool:
    """Whether ``toks[j:k]`` is a pair of ``named_parties`` written as one ("Tổ chức, cá nhân")."""
    return _match(toks, j, lexicon()["named_parties"]) == k - j and any(t.tail for t in toks[j:k - 1])


def verbal_head(toks: list[_Tok], j: int) -> bool:
    """Whether the party head at ``toks[j]`` reads as a verb too and another verb follows it ("Tổ chức
    thực hiện"): the verb, not a party."""
    lex = lexicon()
    n = _match(toks, j, lex["party_heads"])
    return bool(n) and _match(toks, j, lex["verbs"]) >= n and j + n < len(toks) and bool(_match(toks, j + n, lex["verbs"]))


def described_act(toks: list[_Tok], k: int, m: int) -> bool:
    """Whether ``toks[m]`` is the act of a clause whose subject, a kind of body ("Cơ quan tiếp nhận hồ sơ"), runs
    into the verb at ``k`` that says which one: one of ``described_party_acts`` ("thực hiện", "xem xét", "gửi" ...)
    at least two words on, when the verb at ``k`` is none of them ("Cơ quan thực hiện kiểm tra gửi ..." acts at
    ``k``), with no comma, capital or ``described_act_blockers`` word right before it: "để thực hiện", "kết quả
    thực hiện", "rà soát, phân loại, xem xét", "Giấy nộp tiền" name or list no act."""
    lex = lexicon()
    return m > k + 1 and bool(_match(toks, m, lex["described_party_acts"])) \
        and not _match(toks, k, lex["described_party_acts"]) and not toks[m - 1].tail and not toks[m - 1].upper \
        and not any(_match(toks, m - n, lex["described_act_blockers"]) == n for n in (1, 2))


def bare_basis(low: str) -> bool:
    """Whether a unit (caseless) opens with one of ``basis_intros`` that is none of ``remit_intros``: the basis of a
    form's sentence ("Căn cứ văn bản (số/ngày) của ..."), not the body's remit before its act ("Căn cứ chức năng quản
    lý, ngành, lĩnh vực, phạm vi quản lý, phối hợp với ...", realworld94 873)."""
    lex = lexicon()
    return any(low.startswith(p) for p in lex["basis_intros"]) and not any(low.startswith(p) for p in lex["remit_intros"])
