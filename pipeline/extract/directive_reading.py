"""What one unit of text says (``read_unit``): who it names as acting, whether it opens with a
verb, assigns ("giao Bộ Nội vụ chủ trì ..."), obliges ("phải", "có trách nhiệm") or asks; its
action, deadline and object.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache

from vanban.pipeline.extract.directive_actors import (
    _actor_at, _clause_starts, _name_words, _np_end, _org_start, _party_subject_end, opens_a_frame,
)
from vanban.pipeline.extract.directive_tokens import (
    _STRIP, _Tok, _homograph_verb, _match, _no_modal_phai, _ocr_verb, _span_text, _tokens, lexicon,
)
from vanban.pipeline.extract.directive_time_limits import time_limit_end
from vanban.pipeline.extract.patterns import doc_types
from vanban.pipeline.text import caseless
from vanban.pipeline.text.labels import LEAD_LABEL


_TOPIC = re.compile(r"^Về\b[^:\n]{3,500}?:\s*")
# an amended clause quoted with its label: '"a) Trong thời hạn 07 ngày, ..., Cục trưởng ... quyết định ...'
_QUOTED_LABEL = re.compile(r'\s*["“]' + LEAD_LABEL.pattern)


@cache
def _step_label() -> re.Pattern:
    """A procedure's step label opening a unit ("Bước 4: Báo cáo lãnh đạo Bộ ...", ``step_labels``):
    a label like "a)", the unit is read from after it."""
    words = "|".join(re.escape(w) for w in lexicon()["step_labels"])
    return re.compile(rf"[ \t*_]*(?:{words})[ \t]+\d{{1,2}}[ \t]*[:.)–-][ \t*_]*(?=\S)", re.IGNORECASE)


@cache
def _intro_time() -> re.Pattern:
    """A time phrase that opens a sentence, with its comma (``intro_time_patterns``), or the
    formula of a task's basis, its comma optional (``basis_formulas``: "Căn cứ chức năng, nhiệm
    vụ, quyền hạn được giao, ..."), or whom a deputy stands in for (``acting_for_formulas``: "Thay
    Trưởng ban ... giải quyết ..."), or how often a task recurs (``frequency_patterns``: "Ít nhất 06
    tháng một lần kiểm tra ...")."""
    lex = lexicon()
    return re.compile(r"^(?:(?:" + "|".join(lex["intro_time_patterns"]) + r")\s*,\s*|(?:"
                      + "|".join(lex["basis_formulas"] + lex["acting_for_formulas"] + lex["frequency_patterns"])
                      + r")(?:\s*,)?\s+)")


_DATE = (r"(?:ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})"
         r"|\d{1,2}/\d{1,2}/\d{4}|tháng\s+\d{1,2}(?:\s*/\s*\d{4}|\s+năm\s+\d{4})"
         r"|[Qq]uý\s+(?:[IV]{1,3}|\d)(?:\s*/\s*\d{4}|\s+năm\s+\d{4})|năm\s+\d{4}"
         # a day that comes back every year: "trước ngày 15/12 hằng năm", "trước ngày 30 tháng 4"
         r"|(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?![\d/])(?:\s+(?:hằng|hàng)\s+năm)?"
         r"|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?!\s*năm\s*\d)(?:\s+(?:hằng|hàng)\s+năm)?)")


_DEADLINE = re.compile(
    r"(?:trước\s+(?:ngày\s+)?|chậm nhất(?:\s+là)?(?:\s+vào)?\s+|xong trước\s+|hoàn thành đến hết\s+|"
    r"[Tt]hời gian(?:\s+thực hiện|\s+hoàn thành)?\s*:\s*(?:(?:hoàn thành\s+)?(?:trong|trước)\s+)?|"
    r"(?:từ nay )?đến\s+(?=năm|tháng|cuối|ngày)|trong\s+(?=tháng|[Qq]uý|năm|\d{1,2}\s+tháng))"
    r"(?:\d{1,2}\s+tháng\s+(?:cuối|đầu)\s+năm\s+\d{4}(?:\s+và\s+những\s+tháng\s+(?:đầu|cuối)\s+năm\s+\d{4})?"
    r"|cuối\s+" + _DATE + "|" + _DATE + ")"
    r"|phiên họp\s+(?:tháng\s+\d{1,2}\s+năm\s+\d{4}|thứ\s+\S+)(?:\s+của\s+[A-ZĐỦ][^,.;]{0,60})?")


@dataclass(slots=True)
class _Reading:
    actors: list[str]
    assigned: bool        # "giao X", "đề nghị X", "yêu cầu X"
    subject_verb: bool    # a named body followed by a verb
    modal: bool           # "X cần", "phải", "có trách nhiệm"
    done_instruction: bool
    verb_initial: bool
    action: str | None
    bare_modal: bool = False  # "cần tập trung ...", "phải bảo đảm ..." with no body named
    verb_after_intro: bool = False  # "Căn cứ quy trình ... tại Điều 1, tổ chức kiểm soát ..."
    after_punctuation: bool = False  # ... the intro closed by its comma or colon, not by "thì"
    request: bool = False     # "nếu có vướng mắc đề nghị phản ánh về Bộ ...": asks, no body named
    open_subject: bool = False  # a named body and a verb not reported as done ("Bộ Tài chính làm việc ...")
    lead_subject: bool = False  # ... and the body opens the unit
    fills_field: bool = False   # "Mã tài sản (Chỉ tiêu [15]): Ghi ...": how to fill a form's field
    actor_sentences: list[int] = field(default_factory=list)   # the sentence of the unit each actor is named in

    def unit_actors(self, first_only: bool = False) -> list[str]:
        """The actors of the unit: those of the first sentence that names any, and a later
        sentence's only where it names other bodies ("... . Ủy ban nhân dân tỉnh Thanh Hóa phối hợp
        ..."); one that names some of the first sentence's bodies again ("Đề nghị Ủy ban Mặt trận
        Tổ quốc tỉnh, các tổ chức chính trị - xã hội ... . Ủy ban Mặt trận Tổ quốc tỉnh và các tổ
        chức thành viên ...") goes on with their task. ``first_only``: a legal text's clause, whose
        later sentences bind their own parties ("... . Trường hợp đủ điều kiện, ... cơ quan ... cấp
        ..."): the annotators give it the first sentence's party only (stop 61: 111 actors won over the
        93 gold sets, 1 lost)."""
        if not self.actors:
            return []
        first = min(self.actor_sentences)
        lead = [a for a, n in zip(self.actors, self.actor_sentences) if n == first]
        if first_only:
            return lead
        seen = {w for a in lead for w in _name_words(a)}
        out = list(lead)
        for a, n in zip(self.actors, self.actor_sentences):
            if n != first and len(_name_words(a) & seen) < 2:
                out.append(a)
        return out


def _addressed(before: str, actor: str) -> bool:
    """The text before a later sentence of a unit hands something up to ``actor`` ("trình Thủ
    tướng Chính phủ xem xét", "báo cáo Ủy ban nhân dân tỉnh"): that body receives and decides, what
    it is said to do next is no task of the unit."""
    low = caseless(before)
    return bool(_addressed_re(actor).search(low))


def _addressed_re(actor: str) -> re.Pattern:
    name = re.escape(caseless(actor))
    return re.compile(r"(?<!\w)(?:trình|báo cáo|gửi|xin ý kiến)\s+(?:(?:lên|về|cho)\s+)?" + name + r"(?!\w)")


class _AddressedBefore:
    """``_addressed(text[start:pos], actor)`` for the many clause starts ``pos`` of one unit,
    reading the unit once instead of once per clause: the words of the unit folded to lower case
    and joined by single spaces; the text before ``pos`` hands up to ``actor`` when the first
    such phrase of the whole unit ends before ``pos``."""

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        self._words: tuple[list[int], list[int], list[int], str] | None = None
        self._first_end: dict[str, int | None] = {}

    def _index(self) -> tuple[list[int], list[int], list[int], str]:
        if self._words is None:
            starts, ends, lowered = [], [], []
            for m in re.finditer(r"\S+", self.text[self.start:self.end]):
                starts.append(self.start + m.start())
                ends.append(self.start + m.end())
                lowered.append(m.group().lower())
            joined = [0]   # joined[j]: length of the first j words joined by spaces
            for w in lowered:
                joined.append(joined[-1] + len(w) + (1 if len(joined) > 1 else 0))
            self._words = (starts, ends, joined, " ".join(lowered))
        return self._words

    def __call__(self, pos: int, actor: str) -> bool:
        starts, ends, joined, low = self._index()
        j = bisect_left(starts, pos)   # the words that start before pos
        if j and ends[j - 1] > pos:   # pos inside a word: read that prefix as it is
            return _addressed(self.text[self.start:pos], actor)
        if actor not in self._first_end:
            m = _addressed_re(actor).search(low)
            self._first_end[actor] = m.end() if m else None
        first = self._first_end[actor]
        return first is not None and first <= joined[j]


def _verb_phrase(text: str, toks: list[_Tok], i: int) -> tuple[str | None, int]:
    """Consecutive verbs from ``toks[i]`` ("Triển khai, đẩy mạnh ứng dụng" -> "triển khai, đẩy
    mạnh"), at most three."""
    lex = lexicon()
    parts, k = [], i
    while k < len(toks) and len(parts) < 3:
        n = _match(toks, k, lex["verbs"]) or _match(toks, k, lex["modals"]) or (k == i and _homograph_verb(toks, k))
        if n and parts and _noun_reading(toks, k, n):
            break   # "thi hành Quyết định này": the verb's object, a document
        if not n:
            if parts and toks[k].word == "và" and _match(toks, k + 1, lex["verbs"]):
                k += 1
                continue
            break
        parts.append((k, k + n))
        if toks[k + n - 1].tail and not toks[k + n - 1].tail.startswith(","):
            k += n
            break
        k += n
    if not parts:
        return None, i
    a, b = parts[0][0], parts[-1][1]
    phrase = text[toks[a].start:toks[b - 1].end]
    phrase = " ".join(phrase.split()).strip(_STRIP).lower()
    return phrase, b


def _read(text: str, start: int, end: int, *, verb_first: bool = False, law: bool = False) -> _Reading:
    """What a unit says: who is named as acting, whether it opens with a verb, assigns or
    obliges. ``verb_first``: a heading already names the actor, so an opening word that is both
    a verb and a body ("Lãnh đạo Ủy ban nhân dân tỉnh ban hành ...") is read as the verb. ``law``:
    the unit is a clause of a law or regulation, where "X giao Y ..." is a step X takes."""
    q = _QUOTED_LABEL.match(text, start, end) or _step_label().match(text, start, end)
    start = q.end() if q else start
    body = _no_modal_phai(text[start:end])
    m = _TOPIC.match(body)
    topic = m.end() if m else 0
    toks = _tokens(body[topic:], start + topic)
    r = _Reading([], False, False, False, False, False, None)
    if not toks:
        return r
    lead = _after_intro_time(toks, body[topic:], start + topic)
    first = _after_openers(toks, lead)
    if verb_first and first + 1 < len(toks) and toks[first].word == "không" and not toks[first].tail \
            and not body.rstrip(" *_").endswith(":") \
            and _match(toks, first + 1, lexicon()["verbs"]) and not _match(toks, first + 1, lexicon()["modals"]):
        first += 1   # "5. Không sử dụng hộp thư điện tử được cấp để ..." under a body's duties: a duty not to
        # ("Không cần đến cơ quan Thuế ...": no need to, no duty; "Không tham gia hoạt động kinh tế, lý do:" a form's field)
    _read_opening(r, text, toks, lead, first, verb_first)
    if not r.verb_initial and (k := _after_field_label(toks, first)):
        r.verb_initial = r.fills_field = True   # "Mã tài sản mã hóa (Chỉ tiêu [15]): Ghi mã định danh ..."
        r.action = _verb_phrase(text, toks, k)[0]
    elif not r.verb_initial and _column_note().match(body):
        r.verb_initial = r.fills_field = True   # "Cột 1 ghi tổng số lao động ...": what a report's column holds
        r.action = "ghi"
    _read_clauses(r, text, toks, (start, end), lead, first, verb_first, law)
    _read_asking(r, text, toks, body)
    if not r.actors and not r.verb_initial and (agent := _passive_agent(text, toks, first)):
        r.actors.append(agent)   # "Thang lương, bảng lương do Quỹ xây dựng phải có sự tham gia ...": who drafts them
        r.actor_sentences.append(0)
    return r


@cache
def _column_note() -> re.Pattern:
    return re.compile(lexicon()["column_note_pattern"])


def _passive_agent(text: str, toks: list[_Tok], first: int) -> str | None:
    """The body after "do" in the unit's first sentence when a verb follows its name ("Thang lương,
    bảng lương do Quỹ xây dựng phải ...", "Việc thẩm định ... do Hội đồng thẩm định ... thực hiện"):
    the thing is made by it, so it carries the rule; None when the clause names none so."""
    for k in range(first, min(len(toks) - 1, first + 15)):
        if toks[k].word == "do" and k > first and not toks[k - 1].tail:
            actor, end, why = _actor_at(text, toks, k + 1)
            if actor is not None and why == "verb" and end < len(toks) and _match(toks, end, lexicon()["verbs"]):
                return actor
        if toks[k].tail[:1] in (";", ".", ":", "!", "?"):
            return None
    return None


def _after_intro_time(toks: list[_Tok], body: str, base: int) -> int:
    """The first token after an opening time phrase ("Đến năm 2030, ...", "Hằng năm, ...")."""
    first = 0
    mi = _intro_time().match(body)
    if mi:
        while first < len(toks) and toks[first].start < base + mi.end():
            first += 1
    return first


def _after_openers(toks: list[_Tok], first: int) -> int:
    """The first token after at most two adverbs that open a verb ("Định kỳ hằng năm tổ chức
    ...", "Khẩn trương, kiên quyết xử lý ...")."""
    lex = lexicon()
    for _ in range(2):
        n = _match(toks, first, lex["openers"])
        if not n or _match(toks, first, lex["verbs"]) > n or first + n >= len(toks):
            break
        if not _match(toks, first + n, lex["verbs"]) and not _match(toks, first + n, lex["openers"]):
            break
        first += n
    return first


def _read_opening(r: _Reading, text: str, toks: list[_Tok], lead: int, first: int, verb_first: bool) -> None:
    """Whether the unit opens with a verb ("Tăng cường ...", OCR's "Thúc đây ..."), and its action."""
    lex = lexicon()
    # a longer verb wins over a word that never opens one: "Theo dõi ..." is no "Theo ..."
    blocked = _match(toks, first, lex["never_open"])
    duty = _match(toks, first, lex["duty_opening_verbs"]) if verb_first else 0
    # "Xét duyệt nhân sự ..." under a body's duties is no "Xét đề nghị của ..."
    not_opening = _match(toks, first, lex["not_directive_openers"])
    if first < len(toks) and (not blocked or max(_match(toks, first, lex["verbs"]), duty) > blocked) \
            and (not not_opening or duty > not_opening):
        n = _match(toks, first, lex["verbs"]) or _match(toks, first, lex["opening_verbs"]) or duty
        if n and first + n >= len(toks) and _match(toks, first, lex["openers"]) == n:
            pass   # "Thường xuyên" alone: a table's time cell, no task
        elif n and _match(toks, first, lex["modals"]) == n and first + n < len(toks) and toks[first + n].upper \
                and not toks[first + n - 1].tail:
            pass   # "Cần Thơ", "Cần Giờ": a place's name, not "need"
        elif n and _noun_reading(toks, first, n):
            pass   # "Tổ chức do Nhà nước nắm giữ 100% vốn", "Tổ chức tư nhân khác": a kind of body, named
        elif n and ((_org_start(toks, first) < 0 and _party_subject_end(toks, first) <= first)
                    or (verb_first and not _party_over_verb(toks, first, n))):
            # "Tổ chức, cá nhân phải báo cáo ...": a party, not the verb "tổ chức"
            r.verb_initial = True
            r.action = _verb_phrase(text, toks, lead)[0] or _verb_phrase(text, toks, first)[0] \
                or " ".join(t.word for t in toks[first:first + n]).lower()
        elif not n and _org_start(toks, first) < 0 and (n := _ocr_verb(toks, first)):
            r.verb_initial = True  # "Thúc đây ..." (OCR of "Thúc đẩy ...")
            r.action = " ".join(t.word for t in toks[first:first + n])


def _after_field_label(toks: list[_Tok], first: int) -> int:
    """Where the verb stands after a form field's label and its colon ("Tên (2) và ngành nghề kinh doanh
    (3): Ghi theo Giấy chứng nhận ...", "Giá/Doanh thu chuyển nhượng (Chỉ tiêu [20]): Kê khai giá ..."):
    a note that says how to fill the field (``fill_verbs``); 0 when the unit opens no such way."""
    lex = lexicon()
    for k in range(first, min(len(toks) - 1, first + lex["field_label_max_words"])):
        tail = toks[k].tail.lstrip(")]")   # "(Chỉ tiêu [15]):"
        if tail.startswith(":"):
            return k + 1 if _match(toks, k + 1, lex["fill_verbs"]) and _org_start(toks, first) < 0 else 0
        if tail[:1] in (".", ";"):
            return 0
    return 0


def _noun_reading(toks: list[_Tok], first: int, n: int) -> bool:
    """A verb that is a noun here, by the word after it (``noun_readings``: "tổ chức" before "do",
    "có", "khác", "kinh tế", "tư nhân" ... names a kind of body; "quyết định" before "số", "có"
    or a number names a document). A follower "#" is any word that opens with a digit."""
    followers = lexicon()["noun_readings"].get(" ".join(t.word for t in toks[first:first + n]))
    tail = toks[first + n - 1].tail if first + n - 1 < len(toks) else ""
    if not followers or first + n >= len(toks) or (tail and tail != ","):
        return False
    after = [t.word.rstrip("./") for t in toks[first + n:first + n + 3]]   # "này./." closes a text
    if tail:   # "Báo cáo, văn bản về ...": a follower written ", văn bản" comes after the comma
        followers = [f[1:].strip() for f in followers if f.startswith(",")]
    else:
        followers = [f for f in followers if not f.startswith(",")]
    return any(after[:len(f.split())] == f.split() or (f == "#" and after[0][:1].isdigit()) for f in followers)


def _party_over_verb(toks: list[_Tok], first: int, n: int) -> bool:
    """A party whose name begins with a verb and runs past it to its modal ("Kiểm soát viên có
    trách nhiệm ..." under "1. Trách nhiệm của Quỹ:"): the item names its own actor, though the
    heading names one."""
    return _match(toks, first, lexicon()["party_heads"]) > n and _party_subject_end(toks, first) > first


def _read_clauses(r: _Reading, text: str, toks: list[_Tok], span: tuple[int, int], lead: int, first: int,
                  verb_first: bool, law: bool = False) -> None:
    """Each clause start of the unit: an introductory phrase then a verb, an assignment ("giao
    Bộ Nội vụ chủ trì"), or a body named as the subject; at most one finding per sentence after
    an introductory phrase."""
    lex = lexicon()
    per_sentence_found = by_verb = False
    sentence_no = 0
    addressed = _AddressedBefore(text, *span)
    starts = _clause_starts(toks)
    if 0 < lead < len(toks) and all(i != lead for i, _ in starts):
        starts = sorted(starts + [(lead, False)])   # "Hằng tháng, tổ chức bảo hiểm xã hội đóng ...": after the period
    for i, intro in starts:
        if i >= len(toks):
            continue
        if i > 0 and toks[i - 1].tail and toks[i - 1].tail[0] in ".!?…":
            per_sentence_found = by_verb = False
            sentence_no += 1
        if intro and per_sentence_found:
            if not (by_verb and not r.actors and _actor_at(text, toks, i, need_modal=True)[0]):
                continue
            # "Để tiếp tục tháo gỡ các khó khăn, ..., giải ngân vốn ..., tỉnh Đắk Lắk cần tiếp tục thực
            # hiện ...": the verbs after the purpose's commas were more of the purpose; the body and its
            # modal carry the sentence
            r.action = None
        if intro and sentence_no == 0 and _read_verb_after_intro(r, text, toks, i):
            per_sentence_found = by_verb = True
            continue
        if _match(toks, i, lex["not_directive_openers"]):
            continue
        if _read_assignment(r, text, toks, i, sentence_no):
            per_sentence_found = True
            continue
        if i == first and r.verb_initial and verb_first:
            continue  # the opening word is the verb; the heading names who acts
        if _read_subject(r, text, toks, i, lead, sentence_no, addressed, law):
            per_sentence_found = True


def _read_verb_after_intro(r: _Reading, text: str, toks: list[_Tok], i: int) -> bool:
    """An introductory phrase, then what is to be done ("Căn cứ quy trình ... tại Điều 1, tổ
    chức kiểm soát ..."): the first such clause of the unit's first sentence. A verb right after
    another and its comma is the intro's own pair ("Trường hợp cần sửa đổi, bổ sung nội dung ...,
    người có thẩm quyền cho ý kiến"), not the clause after it."""
    lex = lexicon()
    adv = _match(toks, i, lex["done_adverbs"])
    if adv and i + adv < len(toks) and toks[i].word not in lex["done_markers"] and not toks[i + adv - 1].tail \
            and adv >= _match(toks, i, lex["verbs"]) and _match(toks, i + adv, lex["verbs"]):
        i += adv   # "..., nếu có khó khăn, vướng mắc, kịp thời tổng hợp, báo cáo ...": an adverb before the verb
    modal = _framed_modal(toks, i)   # "Trong trường hợp này, cần nêu rõ ...": what to do in the case
    verb = i + modal
    if not r.verb_after_intro and i >= 4 and not _second_of_pair(toks, verb) \
            and _match(toks, verb, lex["verbs"]) and _org_start(toks, verb) < 0 and _party_subject_end(toks, verb) <= verb \
            and not _match(toks, verb, lex["never_open"]) \
            and _match(toks, verb, lex["openers"]) < _match(toks, verb, lex["verbs"]) \
            and not ((n := _match(toks, verb, lex["assign"])) and (_org_start(toks, verb + n) >= 0
                                                                   or _party_subject_end(toks, verb + n) > verb + n)) \
            and not _intro_member_then_body(toks, verb):
        r.verb_after_intro = True
        r.after_punctuation = toks[i - 1].word != "thì"
        if r.action is None:   # "chỉ sử dụng": the verb after a framed adverb
            r.action = _verb_phrase(text, toks, i)[0] or _verb_phrase(text, toks, verb)[0]
        return True
    return False


def _framed_modal(toks: list[_Tok], i: int) -> int:
    """The length of a bare modal ("cần", "phải") at clause start ``i`` with a verb after it, where the unit opens
    with a case or a topic (``case_openers``, ``topic_markers``): "Trong trường hợp này, cần nêu rõ dự án ...",
    "Đối với cụm nhiệm vụ, cần liệt kê các cá nhân chủ trì ..." (realworld76 821, 62 779) say what to do in that
    case, whoever does it; 0 otherwise."""
    lex = lexicon()
    n = _match(toks, i, lex["modals"])
    if not n or toks[i].word not in lex["bare_modals"]:
        n = _match(toks, i, lex["framed_adverbs"])   # "Đối với các tiêu chí tổng quát, chỉ sử dụng tiêu chí đạt ..."
    if not n or i + n >= len(toks) or toks[i + n - 1].tail \
            or not _match(toks, i + n, lex["verbs"]) or not opens_a_frame(toks):
        return 0
    return n


def _intro_member_then_body(toks: list[_Tok], i: int) -> bool:
    """A short member of the introductory phrase's list, then a body after its comma: "Căn cứ hồ
    sơ đề nghị, báo cáo thẩm định, Thủ trưởng cơ quan trung ương ... quyết định": "báo cáo thẩm
    định" is a paper the decision rests on, not what is to be done. So is a member in capitals that
    names a kind of document, however long, up to the comma before the body ("Căn cứ Nghị quyết,
    Quyết định giao, điều chỉnh kế hoạch đầu tư công ..., Bộ, cơ quan trung ương và địa phương thực
    hiện ...", realworld41 664)."""
    if toks[i].upper and _match(toks, i, _paper_words()):
        for k in range(i, min(i + lexicon()["paper_member_reach"], len(toks) - 1)):
            if toks[k].tail[:1] in (";", ".", ":", "!", "?", "…"):
                return False
            if toks[k].tail.startswith(",") and _org_start(toks, k + 1) >= 0:
                return True
        return False
    for k in range(i, min(i + 4, len(toks) - 1)):
        if toks[k].tail:
            # ... not "Đối với gói thầu ..., ghi rõ cá nhân, đơn vị được đề xuất thực hiện giám sát": a body
            # described by a passive is the verb's object (realworld76 821)
            return toks[k].tail.startswith(",") and _org_start(toks, k + 1) >= 0 and _np_end(toks, k + 1)[1] != "bad"
    return False


@cache
def _paper_words() -> list[tuple[str, ...]]:
    """The words that name a kind of document ("quyết định", "nghị quyết", "văn bản"), longest first."""
    return sorted({tuple(w.split()) for t in doc_types() for w in t.words}, key=len, reverse=True)


def _read_assignment(r: _Reading, text: str, toks: list[_Tok], i: int, sentence_no: int) -> bool:
    """"giao Bộ Nội vụ chủ trì", "Đề nghị thường trực các tỉnh ủy ...": the body assigned acts."""
    n = _match(toks, i, lexicon()["assign"])
    if not n:
        return False
    j = _org_start(toks, i + n)
    if j >= 0:
        k, why = _np_end(toks, j)
        # "Giao Sở Tài chính là cơ quan thường trực, tham mưu ...": the role given, then the body's acts (realworld94 874)
        role = k < len(toks) and toks[k].word in lexicon()["assigned_role_copulas"]
        if (why not in ("verb", "soft", "end") and not role) or k <= j:
            return False
    else:   # "..., đề nghị các tổ chức, cá nhân phản ánh kịp thời về Bộ Tài chính": a party asked
        k = _party_subject_end(toks, i + n)
        if k <= i + n:
            return False
    r.actors.append(_span_text(text, toks, i + n, k))
    r.actor_sentences.append(sentence_no)
    first_assign = not r.assigned
    r.assigned = True
    if first_assign:  # what the assigned body is to do: "giao Bộ Y tế chủ trì" -> "chủ trì"
        r.action = _verb_phrase(text, toks, k)[0] or r.action
    return True


def _read_subject(r: _Reading, text: str, toks: list[_Tok], i: int, lead: int, sentence_no: int,
                  addressed: _AddressedBefore, law: bool = False) -> bool:
    """A body named at clause start ``i`` followed by what it does ("Bộ Tài chính chủ trì ...",
    "UBND tỉnh giao Giám đốc các sở ...": the assignee; in a law's clause the body that assigns, a
    step of its procedure: "Ủy ban nhân dân cấp tỉnh giao Sở ... xác định ..."), or by a modal."""
    lex = lexicon()
    if _in_object_list(toks, i):
        return False
    actor, k, why = _actor_at(text, toks, i)
    if actor is None or (0 < k < len(toks) and toks[k].word == "phải" and toks[k - 1].word in lex["side_words"]):
        return False   # "Bên phải là 01 km ...": the right side, no party and its modal
    k = time_limit_end(toks, k)   # "Sở ... trong thời gian 12 ngày có văn bản ...": the act after the limit
    # "Người điều hành không được đưa ...", "... chỉ được đốt xả khí ...": a bound on the party named
    bound = _match(toks, k, lex["subject_modals"])
    if _match(toks, k, lex["passive"]) or (_match(toks, k, lex["negations"]) and not bound):
        return False
    # what the subject does: skip adverbs to the verb
    kk = k + bound
    adv = 0
    done = False
    while adv < 4 and not bound:
        n = _match(toks, kk, lex["done_adverbs"]) or _match(toks, kk, lex["openers"])
        if not n or _match(toks, kk, lex["modals"]) or _match(toks, kk, lex["verbs"]) > n:
            break   # "chỉ" of "chỉ đạo" is the verb's own word
        done = done or toks[kk].word in lex["done_markers"]
        kk += n
        adv += 1
    if kk >= len(toks):
        return False   # "Sở Tài chính; các cơ quan liên quan Thường xuyên, hằng năm": adverbs to the unit's end, no verb
    if _match(toks, kk, lex["negations"]) or _match(toks, kk, lex["passive"]) \
            or _match(toks, kk, lex["participle_phrases"]):
        return False   # "... (Mẫu số 06, 07 ban hành kèm theo Nghị định ...)": the name goes on describing
    if toks[kk].word == "làm" and _match(toks, kk + 1, lex["membership_roles"]):
        return False   # "Giám thị làm Chủ tịch; Phó Giám thị ... làm Phó Chủ tịch": a council's seats
    consent = _match(toks, kk, lex["consent_verbs"])
    if consent and _match(toks, kk + consent, lex["delegating_verbs"]):
        kk += consent   # "Hội đồng nhân dân Thành phố thống nhất giao Ủy ban nhân dân Thành phố ...": hands on, in a law too
    else:
        consent = 0
    # "... Ủy ban nhân dân cấp tỉnh khi xây dựng kế hoạch ... phải ...": the name ended at a condition before its modal
    cut = kk == k and bool(_match(toks, k, lex["subject_clause_breaks"]))
    if cut:
        kk = next((q for q in range(k, len(toks)) if _match(toks, q, lex["modals"])), k)
    modal = bool(_match(toks, k, lex["modals"])) or bool(_match(toks, kk, lex["modals"])) or bool(bound)
    done_instr = bool(_match(toks, kk, lex["done_instruction"]))
    if why == "verb" and not (_match(toks, kk, lex["verbs"]) or modal or _homograph_verb(toks, kk)):
        return False
    if sentence_no and r.actors and addressed(toks[i].start, actor):
        return False  # "Bộ X hoàn thiện dự thảo ... trình Thủ tướng ... . Thủ tướng ... phê duyệt ...": who decides
    dn = 0 if done or (law and not consent) else _match(toks, kk, lex["delegating_verbs"])
    if dn and (j := _org_start(toks, kk + dn)) >= 0:
        kd, whyd = _np_end(toks, j)
        if whyd in ("verb", "soft") and kd > j:
            actor = _span_text(text, toks, kk + dn, kd)   # "Ủy ban nhân dân tỉnh giao Giám đốc các sở ...": the assignee
            r.assigned = True
    r.actors.append(actor)
    r.actor_sentences.append(sentence_no)
    r.subject_verb = True
    r.open_subject = r.open_subject or not done
    r.lead_subject = r.lead_subject or (not done and i == lead)
    r.modal = r.modal or modal
    r.done_instruction = r.done_instruction or done_instr
    if r.action is None:
        r.action, _ = _verb_phrase(text, toks, k if _match(toks, k, lex["modals"]) else kk)
    return True


def _in_object_list(toks: list[_Tok], i: int) -> bool:
    """``toks[i]``, in lower case after a comma, goes on with a list of bodies that a preposition
    began and that goes on after it ("phối hợp với các bộ, ngành, địa phương, cơ quan, các tổ chức
    quốc tế ..."): an object, no subject. Back over short comma-separated members (four words at
    most) to the preposition."""
    if i == 0 or toks[i].upper or not toks[i - 1].tail.startswith(",") \
            or not any(t.tail.startswith(",") for t in toks[i:i + 4]):
        return False   # "Khi cấp Chứng chỉ cho sinh viên, trường cao đẳng ... phải lập ...": the list ends, a subject
    k, member = i - 1, 0
    while k >= 0 and member <= 4:
        if k < i - 1 and toks[k].tail[:1] and toks[k].tail[0] in ".;:!?…":
            return False
        if k < i - 1 and (toks[k].word in lexicon()["list_prepositions"] or (
                toks[k].word in lexicon()["genitive_list_prepositions"] and not _match(toks, i, lexicon()["determiners"])
                and _org_start(toks, k + 1) == k + 1 + _match(toks, k + 1, lexicon()["determiners"]))):
            return True
        member = 0 if toks[k].tail.startswith(",") and k < i - 1 else member + 1
        k -= 1
    return False


def _read_asking(r: _Reading, text: str, toks: list[_Tok], body: str) -> None:
    """What asks without a body named: a bare modal ("cần tập trung ..."), a request ("nếu có
    vướng mắc đề nghị phản ánh về Bộ ..."), a modal anywhere, and a lead-in that names the body
    that asks ("..., Thủ tướng Chính phủ yêu cầu:")."""
    lex = lexicon()
    # "không phải thực hiện lại thủ tục ...": no need to, an exemption, not a duty
    r.bare_modal = any(t.word in lex["bare_modals"] and not t.tail and _match(toks, k + 1, lex["verbs"])
                       and not _negated(toks, k) for k, t in enumerate(toks[:-1]))
    for k in range(len(toks) - 1):
        n = _match(toks, k, lex["request"])
        if n and not toks[k + n - 1].tail and not _preceded_by(toks, k, _request_not_after(), same_clause=False) \
                and not _after_paper(toks, k) \
                and _match(toks, k + n, lex["verbs"]) and _org_start(toks, k + n) < 0:
            r.request = True
            if r.action is None:
                r.action = _verb_phrase(text, toks, k + n)[0]
            break
    low = body.lower()
    if not r.modal:
        weak = {tuple(w.split()) for w in lex["weak_modals"]}
        r.modal = any(re.search(_not_negated() + (_not_a_side() if p[0] == "phải" else "") + r"(?<!\w)"
                                + re.escape(" ".join(p)) + r"(?!\w)", low) for p in lex["modals"] if p not in weak)
    if not r.actors and (asker := _asker(body)) is not None:
        r.actors.append(asker[0])   # "..., Thủ tướng Chính phủ yêu cầu:": the body that asks
        r.actor_sentences.append(0)
        r.subject_verb = r.done_instruction = r.open_subject = True
        r.action = r.action or asker[1]


@cache
def _single_negations() -> frozenset[str]:
    """The one-word ``negations`` ("không", "chưa", "chẳng"): a modal right after one exempts or
    denies ("không phải thực hiện lại thủ tục ..."), it obliges nobody."""
    return frozenset(n[0] for n in lexicon()["negations"] if len(n) == 1)


@cache
def _not_negated() -> str:
    """Look-behinds that keep a modal's pattern off a modal right after a negation, or after a negation and
    one of ``negated_modal_fillers`` ("không bắt buộc phải thành lập ...": no duty, realworld60 775)."""
    fillers = [""] + [f + " " for f in lexicon()["negated_modal_fillers"]]
    return "".join(f"(?<!{re.escape(w + ' ' + f)})" for w in sorted(_single_negations()) for f in fillers)


@cache
def _not_a_side() -> str:
    """Look-behinds that keep "phải" off its sense of a side, after one of ``side_words`` ("Tiếp giáp bên phải:
    Từ mốc giới số 1121 ...": the right side, realworld66 793); "mỗi bên có trách nhiệm ..." still binds."""
    return "".join(f"(?<!{re.escape(w)} )" for w in lexicon()["side_words"])


def _negated(toks: list[_Tok], k: int) -> bool:
    """``toks[k]`` stands right after a negation in its clause ("không phải thực hiện lại ..."), or after
    a negation and one of ``negated_modal_fillers`` ("không bắt buộc phải ...")."""
    for f in [()] + [tuple(f.split()) for f in lexicon()["negated_modal_fillers"]]:
        j = k - len(f)
        if j > 0 and tuple(t.word for t in toks[j:k]) == f and not any(t.tail for t in toks[j - 1:k]) \
                and toks[j - 1].word in _single_negations():
            return True
    return False


def _after_paper(toks: list[_Tok], k: int) -> bool:
    """"đề nghị" at ``toks[k]`` names a paper ("Tờ trình đề nghị khen thưởng", "Đơn đề nghị xác định
    mã số", "hồ sơ đề nghị ..."; ``request_papers``), or a paper that opens the clause names those who
    ask in it ("Danh sách người lao động đề nghị hỗ trợ tiền thuê nhà ...", realworld46 698): it asks
    nobody here."""
    papers = _request_papers()
    if _preceded_by(toks, k, papers):
        return True
    for j in range(max(0, k - 5), k - 1):
        if (j == 0 or toks[j - 1].tail) and not any(t.tail for t in toks[j:k - 1]) \
                and any(tuple(t.word for t in toks[j:j + len(p)]) == p for p in papers):
            return True
    return False


@cache
def _verb_pairs() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    return tuple(tuple(tuple(half.split()) for half in p.split(", ")) for p in lexicon()["verb_pairs"])


def _second_of_pair(toks: list[_Tok], i: int) -> bool:
    """``toks[i]`` opens the second verb of a pair written with a comma ("sửa đổi, bổ sung")."""
    return any(_preceded_by(toks, i, (a,), same_clause=False) and toks[i - 1].tail.startswith(",")
               and tuple(t.word for t in toks[i:i + len(b)]) == b for a, b in _verb_pairs())


def _preceded_by(toks: list[_Tok], k: int, phrases, *, same_clause: bool = True) -> bool:
    """One of ``phrases`` stands right before ``toks[k]`` (with no punctuation between when
    ``same_clause``)."""
    return any(k >= len(p) and tuple(t.word for t in toks[k - len(p):k]) == p
               and not (same_clause and toks[k - 1].tail) for p in phrases)


@cache
def _request_not_after() -> tuple[tuple[str, ...], ...]:
    """"theo đề nghị", "đã đề nghị", "đáp ứng yêu cầu": no request (``request_not_after``)."""
    return tuple(tuple(p.split()) for p in lexicon()["request_not_after"])


@cache
def _request_papers() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in lexicon()["request_papers"])


@cache
def _asker_pattern() -> re.Pattern:
    verbs = "|".join(re.escape(" ".join(v)) for v in lexicon()["asker_verbs"])
    return re.compile(r"(?:^|[,;]\s*)([^,;:]{3,150}?)\s+(" + verbs + r")(?:\s+như sau)?\s*:[\s*_]*$")


def _asker(text: str) -> tuple[str, str] | None:
    """(body, verb) of a lead-in whose last clause names the body that asks: "Để ..., căn cứ
    ..., Uỷ ban nhân dân tỉnh chỉ thị:" -> ("Uỷ ban nhân dân tỉnh", "chỉ thị")."""
    tail = text[-400:]
    m = _asker_pattern().search(tail)
    if m is None:
        return None
    toks = _tokens(m.group(1))
    if not toks or _org_start(toks, 0) < 0:
        return None
    k, why = _np_end(toks, _org_start(toks, 0))
    if why != "end" or k < len(toks):
        return None
    return _span_text(m.group(1), toks, 0, k), m.group(2)


def _deadline(text: str) -> str | None:
    found: dict[str, None] = {}   # in order, without repeats
    for m in _DEADLINE.finditer(text):
        found.setdefault(" ".join(m.group().split()))
    return "; ".join(found) if found else None


def _object(text: str, action: str | None) -> str | None:
    if not action:
        return None
    low = " ".join(text.split())
    i = low.lower().find(action)
    if i < 0:
        return None
    rest = low[i + len(action):].strip()
    rest = re.split(r"[,;:.]|\s(?:nhằm|để|theo|trong đó|đồng thời)\s", rest, maxsplit=1)[0]
    words = rest.split()
    return " ".join(words[:14]) or None
