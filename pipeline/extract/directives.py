"""Directives: sentences and list items that call for or assign action.

``find_directives(doc)`` reads the section roles set by ``extract.roles`` and returns one
``Directive`` per list item (even with several sentences) or per instruction sentence of a
paragraph: tasks ("- Tăng cường công tác quản lý Nhà nước về khoa học và công nghệ ..."),
targets ("- Phấn đấu xây dựng Bảo Lâm thành huyện ..."), instructions in any section ("Huyện ủy
Bảo Lâm chỉ đạo các tổ chức cơ sở Đảng ...", "giao Bộ Nội vụ chủ trì ...", "Đề nghị ...") and
obligations in laws ("Bộ Tài chính có trách nhiệm bố trí ngân sách ..."). Descriptions of
results and plain definitions are not directives. In a document that sets tasks (a plan, a
conclusion, ...; or, with no type named, one with a part titled "Tổ chức thực hiện") a paragraph
that opens with a verb or with a body that acts is a task wherever it stands.

Each directive carries its actor where one is named (in the text, or by a heading that names who
acts), its leading verb phrase as action, its deadline ("trước ngày 30 tháng 11 năm 2025") and
whether it is still open or reported as done. The word lists live in ``models/directives.json``.

Classes met in real documents (tests/test_directive_classes.py has a table per class): a list's
lead-in decides what its items are (prohibitions "Những hành vi nghiêm cấm đối với ...", offences
under a penalty, cases, scope, examples "... như:"); a plan's fields ("Đơn vị chủ trì: Sở Tư
pháp.") name the actor of the tasks above them; a task table or a procedure table written one cell
per line between "|" lines gives one task per row, its lead column the actor; a lead-in naming the
asker ("..., Ủy ban nhân dân tỉnh chỉ thị:") is an instruction; enacting clauses ("Bãi bỏ Điều
3 ..."), criteria, blank forms and a crawled page's trailer are no directives.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache

from vanban.pipeline.extract.roles import closing_starts, is_title, role_model, site_trailer_start, strip_tones
from vanban.pipeline.extract.task_tables import task_table_rows
from vanban.pipeline.model import Directive, Document, Section
from vanban.pipeline.resources import load_json
from vanban.pipeline.spans import SpanSet, Stabbing


_LABEL = re.compile(
    r"\s*(?:[-+•*–]\s+|\(\s*\d{1,3}\s*\)\s*|\(?\d{1,3}(?:\.\d{1,3})*\s*[.)]\s*(?=\D)|"
    r"\(?[a-zđ]\s*[.)]\s+|[IVXLC]{1,6}\s*[.)]?\s+|Điều\s+\d+[a-zđ]?\s*[.:]?\s*|Khoản\s+\d+\s*[.:]?\s*)")
_WORD = re.compile(r"\S+")
_STRIP = ".,;:!?…\"'()[]“”‘’*"
_TERMINAL = ".:;!?…"
_TOPIC = re.compile(r"^Về\b[^:\n]{3,500}?:\s*")
_INTRO_TIME = re.compile(
    r"^(?:Đến năm \d{4}|Đến hết năm \d{4}|Trong năm \d{4}|Năm \d{4}|Giai đoạn [\d\s\-–]+|Thời gian tới|"
    r"Trong thời gian tới|Từ nay đến [^,]{1,30}|Trước mắt|Hằng năm|Hàng năm)\s*,\s*")
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


# entries added to the lists of ``models/directives.json`` (to be moved there): "có văn bản" is a
# verb of its own ("khẩn trương có văn bản gửi Bộ ..."), not "có" (has); "chủ đầu tư" (the investor
# of a project) is a party that acts ("- Chủ đầu tư dự án ... san lấp mặt bằng ..."), and levelling
# a site ("san lấp", "san tạo", "san gạt") is what it does
@cache
def lexicon() -> dict:
    """``models/directives.json`` with its phrase lists prepared for matching."""
    raw = load_json("directives.json")
    lex = dict(raw)
    for key in ("verbs", "openers", "never_open", "modals", "assign", "done_instruction",
                "done_adverbs", "negations", "passive", "org_heads", "determiners", "np_nouns",
                "np_compounds", "soft_stops", "hard_stops", "intro_openers",
                "not_directive_openers", "target_cues", "deadline_cues", "law_deadline_cues",
                "comma_nouns", "not_heads", "heading_duty", "leadin_cues", "request", "plan_fields", "connectives", "note_openers",
                "enactment_openers", "enactment_fillers", "enactment_objects", "lead_fields", "determined_heads", "asker_verbs", "prohibition_cues", "violation_cues", "case_cues", "delegating_verbs", "party_heads", "scope_cues", "criterion_labels", "named_parties"):
        lex[key] = sorted({tuple(p.split()) for p in raw[key]}, key=len, reverse=True)
    return lex


# --- tokens ---------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Tok:
    word: str      # lower case, outer punctuation stripped
    raw: str
    start: int
    end: int
    upper: bool    # first letter is a capital
    tail: str      # punctuation that closes the token ("," ";" ":" ".")


def _tokens(text: str, base: int = 0) -> list[_Tok]:
    out = []
    for m in _WORD.finditer(text):
        raw = m.group()
        core = raw.strip(_STRIP)
        if not core:
            continue
        tail = raw[len(raw.rstrip(_STRIP)):]
        out.append(_Tok(core.lower(), raw, base + m.start(), base + m.end(), core[:1].isupper(), tail))
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


# --- actors ---------------------------------------------------------------------------------

def _org_start(toks: list[_Tok], i: int) -> int:
    """Index where an organisation name starts at ``i`` (after determiners), or -1."""
    lex = lexicon()
    j = i + _match(toks, i, lex["determiners"])
    n = _match(toks, j, lex["org_heads"])
    if not n or _match(toks, j, lex["not_heads"]) >= n:
        return -1
    if j == i and _match(toks, j, lex["determined_heads"]) == n:
        return -1  # "cơ sở" names a body after "các", "mỗi" ("các cơ sở nuôi trồng thủy sản") only
    v = _match(toks, j, lex["verbs"])
    if v > n or (v == n and j + v < len(toks) and not toks[j + v].upper):
        return -1  # "Ban hành quy chế", "Thanh tra các dự án": a verb, not a body
    return j


def _np_end(toks: list[_Tok], i: int, *, heads_only: bool = True) -> tuple[int, str]:
    """Scan an actor's name from ``toks[i]``. Returns (index after the name, what stopped it):
    "verb" when a verb, modal or adverb follows (the name is a subject), "soft" for "theo chức
    năng" and the like, "end" at the end of the text, "bad" at a clause end or a word that makes
    the phrase no subject ("được", "là")."""
    lex = lexicon()
    k = i
    limit = min(len(toks), i + 80)
    head = _match(toks, i, lex["org_heads"])  # the head's own words ("chủ đầu tư") are no verb
    while k < limit:
        t = toks[k]
        if i < k < i + head:
            k += 1
            continue
        if k > i:
            prev = toks[k - 1]
            if prev.tail and prev.tail[0] == ";" and _org_start(toks, k) >= 0:
                k += 1  # "Chánh Văn phòng ...; Giám đốc Sở ...; ... chịu trách nhiệm"
                continue
            if prev.tail and prev.tail[0] in ".;!?…":
                return k, "bad"
            if t.raw.startswith("(") and (_match(toks, k, lex["assign"]) or _match(toks, k, lex["verbs"])):
                return k, "bad"  # "... UBND các huyện (Giao Công an tỉnh tham mưu)", "Bộ luật ... (sửa đổi, ...)"
            if prev.tail.startswith(":"):
                # "Sở Tư pháp: Phối hợp với ...", "Sở Tài chính: Căn cứ dự toán ..., thực hiện ...": the
                # body before the colon acts
                if _match(toks, k, lex["soft_stops"]):
                    return k, "soft"
                # "các Tập đoàn: Bưu chính ...", "Bộ trưởng các Bộ: Xây dựng, Công Thương, ..." list the
                # bodies by their names (in capitals, verbs or not); any other colon ends the clause
                head_before = any(tuple(w.word for w in toks[max(i, k - len(h)):k]) == h
                                  for h in lex["org_heads"])
                plural = k >= 2 and toks[k - 2].word in ("các", "những")
                if not (head_before and plural and t.upper) and (
                        _match(toks, k, lex["verbs"]) or _match(toks, k, lex["openers"])) and _org_start(toks, k) < 0:
                    return k, "verb"
                if not head_before:
                    return k, "bad"
            if not t.upper:
                if k - 1 > i and _match(toks, k - 1, lex["np_compounds"]) >= 2 and toks[k - 1].upper:
                    k += 1  # "Bộ Ngoại giao": a name's word, not the verb "giao"
                    continue
                if _match(toks, k, lex["np_compounds"]) and k > i:
                    k += _match(toks, k, lex["np_compounds"])
                    continue
                after_noun = _match(toks, k - 1, lex["np_nouns"]) == 1 or (
                    prev.tail.startswith(",") and (_org_start(toks, k) >= 0 or _match(toks, k, lex["comma_nouns"])))
                if _match(toks, k, lex["soft_stops"]):
                    return k, "soft"
                if _match(toks, k, lex["modals"]):
                    return k, "verb"
                if _match(toks, k, lex["hard_stops"]):
                    return k, "bad"
                if not after_noun and (_match(toks, k, lex["verbs"]) or _match(toks, k, lex["modals"])
                                       or _match(toks, k, lex["openers"])):
                    return k, "verb"
        k += 1
    return k, ("end" if k >= len(toks) else "bad")


def _span_text(doc_text: str, toks: list[_Tok], i: int, k: int) -> str:
    s = doc_text[toks[i].start:toks[k - 1].end]
    return " ".join(s.split()).rstrip(_STRIP.replace(")", "")).strip()


def _clause_starts(toks: list[_Tok]) -> list[tuple[int, bool]]:
    """Token indices where a clause may start, with whether it follows an introductory phrase
    ("Để xác định ..., Ủy ban ..."): sentence starts, after ':' ';' 'thì', and after the comma
    closing an introductory phrase; after a connective ("Trong đó giao ..."); at a parenthesis
    that assigns ("... (Giao Công an tỉnh chủ trì, ...; Sở Tư pháp ... tham mưu)"), whose own
    punctuation starts nothing, nor does that of a parenthesis inside an introductory phrase
    ("Đối với các khoản chưa phân bổ (trong đó: ...; ...), giao ..."); at a body named after a
    condition with no comma ("nếu có khó khăn, vướng mắc các cơ quan, đơn vị báo cáo ..."). A list
    opened by "là:", "gồm:" ("trọng tâm là: Luật ...; Bộ luật ...") holds names, not clauses."""
    lex = lexicon()
    starts: list[tuple[int, bool]] = [(0, False)]
    clause_start = chunk_start = 0
    depth = opened = 0
    in_list = condition = False
    n = _match(toks, 0, lex["connectives"])
    if n and n < len(toks) and not toks[n - 1].tail:
        starts.append((n, False))
    for k, t in enumerate(toks):
        if k + 1 >= len(toks):
            break
        if t.raw.startswith("(") and depth == 0 and k > 0 and _match(toks, k, lex["assign"]):
            starts.append((k, False))
        depth += t.raw.count("(") - t.raw.count(")")
        if depth <= 0 or k - opened > 60:
            depth = 0
        elif t.raw.count("("):
            opened = k
        if depth:
            continue
        tail = t.tail.lstrip(")]\"'”’*")
        if t.word in ("nếu", "khi"):
            condition = True
        elif condition and not t.tail and toks[k + 1].word in ("các", "những", "mọi") \
                and t.word not in lex["not_before_subject"] and not _match(toks, k, lex["verbs"]) \
                and _org_start(toks, k + 1) >= 0:
            starts.append((k + 1, False))  # "nếu có khó khăn, vướng mắc các cơ quan ... báo cáo"
            condition = False
        if tail and tail[0] in ".!?…":
            in_list = condition = False
        if in_list:
            continue
        if tail and tail[0] in ".;:!?…":
            if tail[0] == ":" and (t.word in ("là", "gồm", "như") or
                                   (t.word == "hướng" and k > 0 and toks[k - 1].word == "theo")):
                # "trọng tâm là: Luật ...; Bộ luật ...": the members of a list; "thống nhất với Bộ
                # ... theo hướng: Bộ ... chủ trì ...": what is to be agreed, no body's task
                in_list = True
                continue
            starts.append((k + 1, False))
            clause_start = k + 1
            condition = False
        elif toks[k + 1].word == "thì" and k + 2 < len(toks):
            starts.append((k + 2, False))
            clause_start = k + 2
            condition = False
        elif tail.startswith(","):
            # after the comma closing an introductory phrase ("Để xác định ..., Ủy ban ..."),
            # not after a short list member ("100% xã, thị trấn")
            intro = _match(toks, clause_start, lex["intro_openers"])
            chunk = k + 1 - chunk_start
            # ... nor after a list of names ("Trên cơ sở nguyên tắc phân cấp, phân quyền, Đảng ủy
            # Chính phủ ... chịu trách nhiệm"), unless a body's name starts there
            if intro and (chunk_start == clause_start or chunk >= 4 or _org_start(toks, k + 1) >= 0):
                starts.append((k + 1, True))
            chunk_start = k + 1
            continue
        else:
            continue
        chunk_start = clause_start
    return starts


def _actor_at(text: str, toks: list[_Tok], i: int, *, need_modal: bool = False) -> tuple[str | None, int, str]:
    """The subject named at clause start ``i`` and the index of what follows it."""
    lex = lexicon()
    j = _org_start(toks, i)
    if j >= 0:
        k, why = _np_end(toks, j)
        if why in ("verb", "soft") and k > j:
            if need_modal and why == "verb" and not (_match(toks, k, lex["modals"]) or
                                                      _match(toks, k, lex["openers"])):
                return None, i, ""
            return _span_text(text, toks, i, k), k, why
    k = _party_subject_end(toks, i)
    if k > i:   # "Tổ chức, cá nhân trả thu nhập có trách nhiệm ...", "Trưởng đoàn điều hành ..."
        return _span_text(text, toks, i, k), k, "verb"
    if j >= 0:
        return None, i, ""
    if toks[i].upper and i < len(toks):
        # a proper name as subject ("Thanh Hóa cần ..."): only before a modal
        k = i
        while k < len(toks) and toks[k].upper and k - i < 6 and not toks[k].tail:
            k += 1
        if k > i and k < len(toks) and _match(toks, k, lex["modals"]):
            return _span_text(text, toks, i, k), k, "verb"
    return None, i, ""


def _party_subject_end(toks: list[_Tok], i: int) -> int:
    """Where the subject ends when a clause opens with a party (``party_heads``) or a body whose
    name runs into a participle ("Người đứng đầu cơ quan, tổ chức được giao nhiệm vụ phải ..."): at
    the clause's first modal, else at a verb at most four words after the head; ``i`` when neither."""
    lex = lexicon()
    j = i + _match(toks, i, lex["determiners"])
    n = _match(toks, j, lex["party_heads"]) or _match(toks, j, lex["org_heads"])
    if not n or (j == i and not toks[i].upper) or _match(toks, j, lex["not_heads"]) >= n \
            or _match(toks, i, lex["intro_openers"]):
        return i   # a subject opens its clause with a capital, or after "các", "mọi", "mỗi"
    party = _match(toks, j, lex["party_heads"])
    # a verb: only after a party of ``named_parties`` or after "các", "mọi" ("Trưởng đoàn điều hành
    # ...", "Các thành viên khác trong đoàn thực hiện ..."); "Người làm việc ...", "Cơ sở giáo dục, ..."
    # name people and places
    if party and (j > i or _match(toks, j, lex["named_parties"])):
        for k in range(j + n, min(len(toks), j + n + 5)):
            if toks[k - 1].tail or toks[k].word in ("được", "bị", "do", "là", "có", "đã", "đang", "không", "chưa"):
                break   # "Các thành viên khác trong đoàn thực hiện ...": "trong" may stand inside the name
            if (_match(toks, k, lex["verbs"]) or _match(toks, k, lex["openers"])) \
                    and not _match(toks, k, lex["np_compounds"]):
                if k + 2 < len(toks):   # "Người giao" / "Người nhận": a form's labels
                    return k
                break
    for k in range(j + n, min(len(toks), j + 25)):
        if toks[k - 1].tail[:1] in (";", ".", ":", "!", "?", "…"):
            break
        if not party and toks[k].word in ("có", "là", "đã"):
            break   # "Bộ có 04 đề án phải trình": a body's name ends before "có"
        if _match(toks, k, lex["modals"]) and toks[k].word != "sẽ" and not toks[k].upper:
            return k   # "Cần" of "Cần Thơ" is a name
    return i


# --- units ----------------------------------------------------------------------------------

@dataclass(slots=True)
class _Unit:
    start: int
    end: int
    section: Section | None
    item: bool
    actor: str | None = None   # a task table's lead column names it


def _label_end(text: str, start: int, end: int) -> int:
    m = _LABEL.match(text, start, end)
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


_SENT_END = re.compile(r"(?<=[.!?…])[\"”']?\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9])|\n+")


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A plain splitter for documents the segmenter has not split (sentences end at . ! ? or at
    a line break: normalisation already joined lines that cut a sentence)."""
    out, pos = [], start
    for m in _SENT_END.finditer(text, start, end):
        s, e = _trim(text, pos, m.start())
        if e > s:
            out.append((s, e))
        pos = m.end()
    s, e = _trim(text, pos, end)
    if e > s:
        out.append((s, e))
    return out


def _children(doc: Document) -> dict[str, list[Section]]:
    kids: dict[str, list[Section]] = {}
    for s in doc.sections:
        if s.parent:
            kids.setdefault(s.parent, []).append(s)
    return kids


def _closing_zones(doc: Document) -> list[tuple[int, int]]:
    """From each "Nơi nhận" (recipients, signature) to the next section (an attached
    regulation starts again with its own articles) or the end of the text; and a crawled web
    page's trailer, to the end."""
    starts = sorted(s.start for s in doc.sections)
    zones = []
    for a in closing_starts(doc.text):
        k = bisect_right(starts, a)
        zones.append((a, starts[k] if k < len(starts) else len(doc.text)))
    trailer = site_trailer_start(doc.text)
    if trailer < len(doc.text):
        zones.append((trailer, len(doc.text)))
    return sorted(zones)


# a list mark that opens a sentence: "- Ban Quản lý ... đầu tư ...", "4. Các tỉnh ủy ... xây dựng ..."
_SENT_LABEL = re.compile(r"[-+•–]\s+|\(?\d{1,3}(?:\.\d{1,3})*\s*[.)]\s+(?=\D)|\(?[a-zđ]\s*[.)]\s+")

# a paragraph after a list item's last sentence, "* Lưu ý: ..." (a note) included
_ITEM_END = re.compile(r"[.!?…][\"”')]*[ \t]*\n+\s*(?=(?:\*{1,3}[ \t]*)?[\"“(]?[A-ZĐÀ-Ỹ])")


def _units(doc: Document, ix: _DocIndex) -> list[_Unit]:
    """List items (one unit each, whatever their sentences) and the sentences outside them."""
    text = doc.text
    kids = _children(doc)
    zones = _closing_zones(doc)
    zone_starts = [a for a, _b in zones]   # in text order
    trailer = site_trailer_start(text)
    items: list[_Unit] = []
    heads: list[int] = []
    titles: list[tuple[int, int]] = []
    for s in doc.sections:
        if s.start >= trailer:
            continue   # the web page's trailer: no part of the document
        if ix.is_title(s):
            lead = _clause_title(ix, s)
            if lead is None:
                end = max(s.heading_end, _label_end(text, s.start, s.heading_end))
                if _title_runs_on(ix, s):   # the title's name runs on to the next line
                    nl = text.find("\n", text.find("\n", s.heading_end) + 1)
                    end = len(text) if nl < 0 else nl
                titles.append((s.start, end))
            else:   # "1. Sở A chỉ đạo Chi cục B thực hiện các nội dung sau:": a directive that leads in
                items.append(_Unit(lead[0], lead[1], s, True))
                heads.append(s.start)
            continue
        start = _label_end(text, s.start, s.end)
        end = s.heading_end if s.id in kids else s.end
        if s.id in kids:  # content continues up to the first child
            end = max(end, min(c.start for c in kids[s.id]))
        k = bisect_left(zone_starts, start)   # a closing zone inside ends the item
        if k < len(zone_starts) and zone_starts[k] < end:
            end = zone_starts[k]
        if s.id not in kids:  # a paragraph after the last item is no part of it
            m = _ITEM_END.search(text, start, end)
            end = m.start() + 1 if m else end
        start, end = _trim(text, start, end)
        if end <= start:
            continue
        before = s.start   # the text before the item, trailing blanks and markup left out
        while before > 0 and text[before - 1] in " \t\n*_":
            before -= 1
        if items and s.kind == "bullet" and before and text[before - 1] not in _TERMINAL \
                and items[-1].end >= before - 1:
            items[-1].end = max(items[-1].end, end)  # a wrapped line that begins with "- "
            continue
        items.append(_Unit(start, end, s, True))
        heads.append(s.start)
    item_spans = SpanSet((h, u.end) for h, u in zip(heads, items))
    title_spans = SpanSet(titles)
    zone_spans = SpanSet(zones)

    def covered(a: int, b: int) -> bool:
        return item_spans.overlaps(a, b) or title_spans.covers(a, b, slack=1)

    sentences = [(x.start, x.end) for x in doc.sentences]
    if not sentences:
        gaps, pos = [], 0
        for a, b in sorted([(h, u.end) for h, u in zip(heads, items)] + titles):
            if a > pos:
                gaps.append((pos, a))
            pos = max(pos, b)
        gaps.append((pos, len(text)))
        sentences = [se for a, b in gaps for se in _split_sentences(text, a, b)]
    units = list(items)
    for a, b in sentences:
        a, b = _trim(text, a, b)
        if b <= a or covered(a, b) or zone_spans.holds(a):
            continue
        m = _SENT_LABEL.match(text, a, b)  # a list mark the structure did not take as an item
        if m and m.end() < b:
            a = m.end()
        units.append(_Unit(a, b, None, bool(m and m.end() < b)))
    rows = task_table_rows(doc)
    if rows:   # a task table's content cells replace what the sentences made of its rows
        cells = SpanSet((a, b) for a, b, _actor in rows)
        units = [u for u in units if not cells.overlaps(u.start, u.end)]
        units += [_Unit(a, b, None, True, actor) for a, b, actor in rows]
    units.sort(key=lambda u: u.start)
    return units


class _DocIndex:
    """What the loop over a document's units looks up, built once per document: sections by
    id, the deepest section at an offset, whether a section's heading is a title."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.by_id = {s.id: s for s in doc.sections}
        self.first_by_id: dict[str, Section] = {}
        for s in doc.sections:
            self.first_by_id.setdefault(s.id, s)
        self._titles: dict[int, bool] = {}
        self.section_start_set = {s.start for s in doc.sections}
        self.kids_start: dict[str, int] = {}   # section id -> where its first child starts
        for s in doc.sections:
            if s.parent and s.parent not in self.kids_start:
                self.kids_start[s.parent] = s.start
        # the deepest section whose span (or heading line) holds an offset; the later on a tie
        self._deepest = Stabbing((s.start, max(s.end, s.heading_end + 1), (s.level, i))
                                 for i, s in enumerate(doc.sections))

    def section_starts_at(self, pos: int) -> bool:
        return pos in self.section_start_set

    def section_for(self, pos: int) -> Section | None:
        key = self._deepest.find(pos)
        return self.doc.sections[key[1]] if key is not None else None

    def is_title(self, sec: Section) -> bool:
        got = self._titles.get(id(sec))
        if got is None:
            got = self._titles[id(sec)] = is_title(sec, self.doc.text)
        return got


def _clause_title(ix: _DocIndex, sec: Section) -> tuple[int, int] | None:
    """The span of a title that is a clause of its own leading into the items under it: a body
    that directs another, or one assigned, then ":" ("Sở Nông nghiệp và Môi trường chỉ đạo Chi cục
    Biển đảo và Thủy sản thực hiện các nội dung sau:", "Giao các sở thực hiện:"); None for a title
    that only names ("3. Sở Tư pháp:", "Nhiệm vụ của đoàn kiểm tra") or states a power."""
    text = ix.doc.text
    line_end = text.find("\n", sec.heading_end)
    line_end = len(text) if line_end < 0 else line_end
    start = _label_end(text, sec.start, line_end)
    end = _rstrip_at(text, line_end)
    while end > start and text[end - 1] in "*_ ":
        end -= 1
    if end - start < 20 or text[end - 1] != ":" or sec.kind in ("article", "chapter", "part", "heading"):
        return None
    r = _read(text, start, end)
    if r.verb_initial and re.search(r"(?<!\w)như\s*:$", text[start:end]):
        return start, end   # "Nghiên cứu, triển khai các nền tảng số ... như:": the task, its examples below
    if not r.actors or not (r.assigned or (r.subject_verb and r.open_subject and _DIRECTS.search(text, start, end))):
        return None   # "Cục trưởng ... có quyền xử phạt ... như sau:" states a power
    return start, end


def _list_leadin(ix: _DocIndex, u: "_Unit") -> str | None:
    """The text that leads into the list a unit belongs to: an item's parent's own text when the
    parent is a title or ends with ":", else the line ending with ":" just above the list (earlier
    members, labelled or closed by ";", stepped over)."""
    text = ix.doc.text
    sec = u.section
    parent = ix.by_id.get(sec.parent) if u.item and sec is not None and sec.parent else None
    if parent is not None:
        kids = ix.kids_start.get(parent.id, parent.end)
        own = text[_label_end(text, parent.start, kids):kids].strip(" *_\n")
        if ix.is_title(parent):
            lines = own.splitlines()
            if len(lines) > 1 and lines[-1].rstrip().endswith(":"):
                return lines[-1].strip()   # the paragraph under the title that leads into the list
            return lines[0] if lines else None
        if own.endswith(":"):
            cut = max(own.rfind("\n"), own.rfind(". "))
            return own[cut + 1:].strip()
    pos = sec.start if sec is not None else u.start
    end = pos
    for _ in range(40):   # earlier items of the same list are stepped over
        end = _rstrip_at(text, end)
        start = text.rfind("\n", 0, end) + 1
        if not end:
            return None
        line = text[start:end]
        if (_ITEM_LINE.match(line) or line.endswith(";")) and not line.endswith(":"):
            end = start   # an earlier member of the list, labelled or closed by ";"
            continue
        return line if line.endswith(":") else None
    return None


def _leadin_kind(lead: str) -> str | None:
    """"prohibition", "violation", "cases" or None for a list's lead-in (``models/directives.json``)."""
    low = " ".join(lead.lower().split())
    lex = lexicon()
    acts = re.search(r"(?<!\w)(?:hành vi|việc)(?!\w)", low)
    if acts and _has(low, lex["violation_cues"]):
        return "violation"
    if _has(low, lex["case_cues"]):
        return "cases"
    if _has(low, lex["scope_cues"]):
        return "scope"
    if re.search(r"(?<!\w)như\s*:$", low):
        return "examples"   # "... các nền tảng số chuyên dùng như:": what follows are examples
    if _has(low, lex["prohibition_cues"]) or (acts and re.search(r"(?<!\w)không được(?!\w)", low)):
        return "prohibition"
    return None


def _prohibited_actor(lead: str) -> str | None:
    """Who a prohibition binds: "... nghiêm cấm đối với thành viên đoàn đánh giá" -> "thành viên
    đoàn đánh giá"; "Cán bộ, công chức không được thực hiện các hành vi sau:" -> its subject."""
    m = re.search(r"(?<!\w)đối với\s+(.+?)[\s:.*_]*$", lead)
    if m:
        return m.group(1)
    m = re.search(r"^([^,;:]+(?:,[^,;:]+)?)\s+không được(?!\w)", lead)
    if m and len(m.group(1).split()) <= 12 and m.group(1)[:1].isupper():
        return m.group(1).strip()   # the subject: "Cán bộ, công chức không được ..."
    return None


def _report_section(ix: _DocIndex, sec: Section | None) -> str | None:
    """The id a reader cites: the nearest numbered section, not a bullet."""
    seen = 0
    while sec is not None and sec.kind == "bullet" and sec.parent and seen <= len(ix.by_id):
        sec = ix.by_id.get(sec.parent)
        seen += 1
    return sec.id if sec else None


_DUTY_PREFIX = re.compile(
    r"^(?:Phân công(?: nhiệm vụ)?(?: cho)?|Trách nhiệm(?: thực hiện)? của|Nhiệm vụ(?:, quyền hạn)? của|Đối với|"
    r"Giao cho|Giao|Đề nghị)\s*:?\s*", re.I)


@cache
def heading_actor(heading: str) -> str | None:
    """The body a heading names as the one who acts: "2. Ủy ban nhân dân huyện:" ->
    "Ủy ban nhân dân huyện"; "Trách nhiệm của Sở Tài chính" -> "Sở Tài chính"; "Đề nghị Liên đoàn
    Lao động tỉnh" -> "Liên đoàn Lao động tỉnh"; a generic body with what describes it, "Các
    doanh nghiệp thứ cấp đang hoạt động trong KCN", as a whole."""
    stripped = heading.strip(" *_:")
    h = _DUTY_PREFIX.sub("", stripped).strip(" :.")
    duty = h != stripped.strip(" :.")   # "Nhiệm vụ của đoàn đánh giá": whose duties follow
    toks = _tokens(h)
    if not toks:
        return None
    j = _org_start(toks, 0)
    if j < 0:
        lex = lexicon()
        if len(toks) <= 8 and (_match(toks, _match(toks, 0, lex["determiners"]), lex["party_heads"])) \
                and not _asks(toks):
            return h   # "1. Người nộp phí:", "Các cơ sở nuôi trồng thủy sản"
        return None
    k, why = _np_end(toks, j)
    if why == "end" and k >= len(toks):
        return _span_text(h, toks, 0, k)
    low = " ".join(h.lower().split()).rstrip(" :")
    if k > j and any(low.endswith(" ".join(p)) for p in lexicon()["heading_duty"]):
        # "Phòng Kinh tế là cơ quan thường trực Chương trình, có trách nhiệm:"; "Trường cao đẳng được
        # đánh giá theo tiêu chí ... có trách nhiệm:": the body runs to the duty
        if why == "bad" and k < len(toks) and toks[k].word == "được" and not toks[k - 1].tail:
            m = re.search(r"\s+(?:có|chịu) trách nhiệm|\s+có (?:các )?nhiệm vụ", h)
            if m:
                return h[:m.start()].strip(" ,")
        return _span_text(h, toks, 0, k)
    if why in ("verb", "bad") and (duty or j > 0) and not _asks(toks):
        # "Nhiệm vụ của đoàn đánh giá", "Các chủ đầu tư xây dựng và kinh doanh hạ tầng KCN", "Các
        # doanh nghiệp thứ cấp đang hoạt động trong KCN": a body named with what it does or
        # describes it, no clause of its own
        return h
    return None


def _asks(toks: list[_Tok]) -> bool:
    """A modal, an assignment or a closing clause mark makes a heading a sentence, not a name."""
    lex = lexicon()
    return any(_match(toks, i, lex["modals"]) or t.tail[:1] in (";", ".")
               or ((n := _match(toks, i, lex["assign"])) and _org_start(toks, i + n) >= 0)   # not "giao thông"
               for i, t in enumerate(toks))


def _title_text(ix: _DocIndex, sec: Section) -> str:
    """A title with the line below it when the title runs on there: a bold heading wrapped by
    the page's width ("2.2. Sở" / "Nội vụ", "2. Ban Quản lý Khu kinh tế" / "Đông Nam"); the line
    below is short, ends no sentence and is no list item nor section of its own."""
    text = ix.doc.text
    h = sec.heading
    line_end = text.find("\n", sec.heading_end)
    if line_end < 0 or text[sec.heading_end:line_end].strip(" *_") or h.rstrip().endswith((":", ".", ";")):
        return h
    nxt_end = text.find("\n", line_end + 1)
    nxt = text[line_end + 1:len(text) if nxt_end < 0 else nxt_end].strip(" *_")
    if not nxt or len(nxt.split()) > 12 or nxt[-1] in ".;!?…" or _ITEM_LINE.match(nxt) \
            or ix.section_starts_at(line_end + 1) or not nxt[0].isupper():
        return h
    toks = _tokens(nxt)
    lex = lexicon()
    bare = len(h.split()) == 1   # "2.7. Sở" / "Giáo dục và Đào tạo": a head alone, its name below
    if not bare and (_match(toks, 0, lex["verbs"]) or _match(toks, 0, lex["openers"]) or _match(toks, 0, lex["assign"])):
        return h   # the first line of the section's own text
    return f"{h} {nxt.rstrip(':')}"


def _title_runs_on(ix: _DocIndex, sec: Section) -> bool:
    """The body a title names runs on to the line below and ends there ("2.2. Sở" / "Nội vụ")."""
    full = _title_text(ix, sec)
    if full == sec.heading:
        return False
    a = heading_actor(full)
    return a is not None and a.endswith(full[len(sec.heading):].strip(" :"))


def _title_actor(ix: _DocIndex, sec: Section) -> str | None:
    """The body a title names ("3. Sở Tư pháp:", wrapped or not), or the subject of a title that
    says what its body does ("Điều 15. Đoàn thực hiện việc đánh giá thực tế tại trường"), or the
    body a lead-in title directs ("Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Biển đảo và Thủy
    sản thực hiện các nội dung sau:")."""
    if _title_runs_on(ix, sec):
        return heading_actor(_title_text(ix, sec))   # the name runs on to the line below, and ends there
    if _DIRECTS.search(sec.heading):
        a = _lead_clause_actor(sec.heading)   # "Sở A chỉ đạo Chi cục B thực hiện các nội dung sau:" -> B
        if a:
            return a
    return heading_actor(sec.heading) or _lead_clause_actor(sec.heading)


def _lead_clause_actor(line: str) -> str | None:
    """Who acts in the items under a line that leads into them: the body it assigns or directs
    ("... giao Sở X ...:", "Sở A chỉ đạo Chi cục B thực hiện các nội dung sau:" -> the assignee),
    else its subject ("2. Bí thư tỉnh ủy, ...; Chủ tịch ... tập trung lãnh đạo, ..., trong đó:")."""
    r = _read(line, 0, len(line))
    if not r.actors:
        return None
    if r.assigned:
        return "; ".join(_distinct(r.actors))
    directed = None
    for m in _DIRECTS.finditer(line):   # the last body directed, nearest the colon
        sub = _tokens(line[m.end():m.end() + 400])
        if sub and _org_start(sub, 0) >= 0:
            k, why = _np_end(sub, _org_start(sub, 0))
            if why in ("verb", "soft") and k > 0:
                directed = _span_text(line[m.end():], sub, 0, k)
    return directed or (r.actors[0] if r.subject_verb else None)


# "X chỉ đạo Y thực hiện ...": Y carries out the items that follow
_DIRECTS = re.compile(r"(?<!\w)(?:chỉ đạo|đề nghị|yêu cầu)\s+(?=\S)")


def _ancestor_actor(ix: _DocIndex, sec: Section | None) -> str | None:
    """The actor the headings above a unit name: the nearest title that names a body, or an
    item that leads into its sub-items and names who acts in it."""
    seen = 0
    own = sec
    while sec is not None and seen <= len(ix.by_id):   # a cycle of parents ends too
        if ix.is_title(sec):
            a = _title_actor(ix, sec)
            if a:
                return a
        elif sec is not own and sec.kind not in ("article", "chapter"):
            a = _item_leadin_actor(ix, sec)
            if a:
                return a
        sec = ix.by_id.get(sec.parent) if sec.parent else None
        seen += 1
    return None


def _item_leadin_actor(ix: _DocIndex, sec: Section) -> str | None:
    """An item with sub-items whose own text names who acts ("2. Bí thư tỉnh ủy, thành ủy; Chủ tịch
    Ủy ban nhân dân các tỉnh ... tập trung lãnh đạo, chỉ đạo ..., trong đó:"): its actor acts in
    each sub-item that names none."""
    text = ix.doc.text
    kids = ix.kids_start.get(sec.id)
    if kids is None:
        return None
    start = _label_end(text, sec.start, kids)
    body = text[start:kids].rstrip()
    if not body.endswith(":"):
        return None
    cut = max(body.rfind("\n"), body.rfind(". "))   # the sentence that leads in
    return _lead_clause_actor(body[cut + 1:].strip())


# --- classification -------------------------------------------------------------------------

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
    request: bool = False     # "nếu có vướng mắc đề nghị phản ánh về Bộ ...": asks, no body named
    open_subject: bool = False  # a named body and a verb not reported as done ("Bộ Tài chính làm việc ...")
    lead_subject: bool = False  # ... and the body opens the unit
    actor_sentences: list[int] = field(default_factory=list)   # the sentence of the unit each actor is named in

    def unit_actors(self) -> list[str]:
        """The actors of the unit: those of the first sentence that names any, and a later
        sentence's only where it names other bodies ("... . Ủy ban nhân dân tỉnh Thanh Hóa phối hợp
        ..."); one that names some of the first sentence's bodies again ("Đề nghị Ủy ban Mặt trận
        Tổ quốc tỉnh, các tổ chức chính trị - xã hội ... . Ủy ban Mặt trận Tổ quốc tỉnh và các tổ
        chức thành viên ...") goes on with their task."""
        if not self.actors:
            return []
        first = min(self.actor_sentences)
        lead = [a for a, n in zip(self.actors, self.actor_sentences) if n == first]
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
    low = " ".join(before.lower().split())
    return bool(_addressed_re(actor).search(low))


def _addressed_re(actor: str) -> re.Pattern:
    name = re.escape(" ".join(actor.lower().split()))
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


def _name_words(actor: str) -> set[str]:
    """The words of a body's name that tell it apart ("các", "và", "từng" left out)."""
    return {w for w in re.findall(r"\w+", _fold_name(actor)) if w not in _NAME_FILLERS}


_NAME_FILLERS = {"các", "và", "từng", "những", "mỗi", "có", "liên", "quan", "cấp"}


def _fold_name(actor: str) -> str:
    """A body's name folded for comparison: lower case, "UBND" spelled out."""
    low = actor.lower()
    return re.sub(r"(?<!\w)ubnd(?!\w)", "ủy ban nhân dân", low).replace("uỷ", "ủy")


def _verb_phrase(text: str, toks: list[_Tok], i: int) -> tuple[str | None, int]:
    """Consecutive verbs from ``toks[i]`` ("Triển khai, đẩy mạnh ứng dụng" -> "triển khai, đẩy
    mạnh"), at most three."""
    lex = lexicon()
    parts, k = [], i
    while k < len(toks) and len(parts) < 3:
        n = _match(toks, k, lex["verbs"]) or _match(toks, k, lex["modals"])
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


def _read(text: str, start: int, end: int, *, verb_first: bool = False) -> _Reading:
    """What a unit says: who is named as acting, whether it opens with a verb, assigns or
    obliges. ``verb_first``: a heading already names the actor, so an opening word that is both
    a verb and a body ("Lãnh đạo Ủy ban nhân dân tỉnh ban hành ...") is read as the verb."""
    lex = lexicon()
    body = text[start:end]
    m = _TOPIC.match(body)
    topic = m.end() if m else 0
    toks = _tokens(body[topic:], start + topic)
    r = _Reading([], False, False, False, False, False, None)
    if not toks:
        return r
    first = 0
    mi = _INTRO_TIME.match(body[topic:])
    if mi:
        while first < len(toks) and toks[first].start < start + topic + mi.end():
            first += 1
    lead = first
    for _ in range(2):  # "Định kỳ hằng năm tổ chức ...", "Khẩn trương, kiên quyết xử lý ..."
        n = _match(toks, first, lex["openers"])
        if not n or _match(toks, first, lex["verbs"]) > n or first + n >= len(toks):
            break
        if not _match(toks, first + n, lex["verbs"]) and not _match(toks, first + n, lex["openers"]):
            break
        first += n
    # a longer verb wins over a word that never opens one: "Theo dõi ..." is no "Theo ..."
    blocked = _match(toks, first, lex["never_open"])
    if first < len(toks) and (not blocked or _match(toks, first, lex["verbs"]) > blocked) \
            and not _match(toks, first, lex["not_directive_openers"]):
        n = _match(toks, first, lex["verbs"])
        if n and (_org_start(toks, first) < 0 or verb_first):
            r.verb_initial = True
            r.action = _verb_phrase(text, toks, lead)[0] or _verb_phrase(text, toks, first)[0]
        elif not n and _org_start(toks, first) < 0 and (n := _ocr_verb(toks, first)):
            r.verb_initial = True  # "Thúc đây ..." (OCR of "Thúc đẩy ...")
            r.action = " ".join(t.word for t in toks[first:first + n])
    per_sentence_found = False
    sentence_no = 0
    addressed = _AddressedBefore(text, start, end)
    for i, intro in _clause_starts(toks):
        if i >= len(toks):
            continue
        if i > 0 and toks[i - 1].tail and toks[i - 1].tail[0] in ".!?…":
            per_sentence_found = False
            sentence_no += 1
        if intro and per_sentence_found:
            continue
        if intro and not r.verb_after_intro and i >= 4 and sentence_no == 0 \
                and _match(toks, i, lex["verbs"]) and _org_start(toks, i) < 0 \
                and not _match(toks, i, lex["never_open"]) and not _match(toks, i, lex["openers"]) \
                and not (_match(toks, i, lex["assign"]) and _org_start(toks, i + _match(toks, i, lex["assign"])) >= 0):
            r.verb_after_intro = True  # an introductory phrase, then what is to be done
            per_sentence_found = True
            if r.action is None:
                r.action = _verb_phrase(text, toks, i)[0]
            continue
        if _match(toks, i, lex["not_directive_openers"]):
            continue
        # "giao Bộ Nội vụ chủ trì", "Đề nghị thường trực các tỉnh ủy ..."
        n = _match(toks, i, lex["assign"])
        if n:
            j = _org_start(toks, i + n)
            if j >= 0:
                k, why = _np_end(toks, j)
                if why in ("verb", "soft", "end") and k > j:
                    r.actors.append(_span_text(text, toks, i + n, k))
                    r.actor_sentences.append(sentence_no)
                    first_assign = not r.assigned
                    r.assigned = True
                    per_sentence_found = True
                    if first_assign:  # what the assigned body is to do: "giao Bộ Y tế chủ trì" -> "chủ trì"
                        r.action = _verb_phrase(text, toks, k)[0] or r.action
                    continue
        if i == first and r.verb_initial and verb_first:
            continue  # the opening word is the verb; the heading names who acts
        actor, k, why = _actor_at(text, toks, i)
        if actor is None:
            continue
        if _match(toks, k, lex["passive"]) or _match(toks, k, lex["negations"]):
            continue
        # what the subject does: skip adverbs to the verb
        kk = k
        adv = 0
        done = False
        while adv < 4:
            n = _match(toks, kk, lex["done_adverbs"]) or _match(toks, kk, lex["openers"])
            if not n or _match(toks, kk, lex["modals"]):
                break
            done = done or toks[kk].word in ("đã", "vừa")
            kk += n
            adv += 1
        if _match(toks, kk, lex["negations"]) or _match(toks, kk, lex["passive"]):
            continue
        modal = bool(_match(toks, k, lex["modals"])) or bool(_match(toks, kk, lex["modals"]))
        done_instr = bool(_match(toks, kk, lex["done_instruction"]))
        if why == "verb" and not (_match(toks, kk, lex["verbs"]) or modal):
            continue
        if sentence_no and r.actors and addressed(toks[i].start, actor):
            continue  # "Bộ X hoàn thiện dự thảo ... trình Thủ tướng ... . Thủ tướng ... phê duyệt ...": who decides
        dn = 0 if done else _match(toks, kk, lex["delegating_verbs"])
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
        per_sentence_found = True
        if r.action is None:
            r.action, _ = _verb_phrase(text, toks, kk if not modal else k)
    r.bare_modal = any(t.word in ("cần", "phải") and not t.tail and _match(toks, k + 1, lex["verbs"])
                       for k, t in enumerate(toks[:-1]))
    for k in range(len(toks) - 1):
        n = _match(toks, k, lex["request"])
        if n and not toks[k + n - 1].tail and (k == 0 or toks[k - 1].word not in lex["request_not_after"]) \
                and _match(toks, k + n, lex["verbs"]) and _org_start(toks, k + n) < 0:
            r.request = True
            if r.action is None:
                r.action = _verb_phrase(text, toks, k + n)[0]
            break
    low = body.lower()
    if not r.modal:
        r.modal = any(re.search(r"(?<!\w)" + re.escape(" ".join(p)) + r"(?!\w)", low)
                      for p in lex["modals"] if p not in (("sẽ",), ("cần",)))
    if not r.actors and (asker := _asker(body)) is not None:
        r.actors.append(asker[0])   # "..., Thủ tướng Chính phủ yêu cầu:": the body that asks
        r.actor_sentences.append(0)
        r.subject_verb = r.done_instruction = r.open_subject = True
        r.action = r.action or asker[1]
    return r


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


# the courtesy with which a report is handed up: "Sở ... trân trọng báo cáo Bộ ...", "kính báo cáo"
_SIGN_OFF = re.compile(r"(?<!\w)(?:xin\s+)?(?:trân trọng|kính)\s+(?:báo cáo|trình)(?!\w)")


# a unit that opens at a table's cell border (OCR debris "_" or "-" before it): a table row
_TABLE_CELL = re.compile(r"[-_\s]*\|")


# the dotted blank a form leaves to fill in: "Khen thưởng:……………", "ngày.....tháng"
_FORM_BLANK = re.compile(r"[.…]{5,}|…{2,}")


def _all_capitals(text: str) -> bool:
    """A line in capitals ("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ") is a title, never a directive."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and all(c.isupper() for c in letters)


def _has(low: str, phrases) -> bool:
    return any(re.search(r"(?<!\w)" + re.escape(" ".join(p)) + r"(?!\w)", low) for p in phrases)


def _classify(doc: Document, u: _Unit, r: _Reading, role: str | None,
              past: set[str], forward: bool = False) -> tuple[str, str] | None:
    """(directive role, status) for a unit, or None when it is no directive. ``forward``: the
    document sets tasks (``_sets_tasks``)."""
    lex = lexicon()
    text = doc.text[u.start:u.end]
    low = " ".join(text.lower().split())
    if u.item and not (r.modal or r.assigned) and _figure_line(low):
        return None  # "b) Bổ sung Quỹ dự trữ tài chính: 1.000 triệu đồng;": a line of an approved budget
    if _TABLE_CELL.match(text):
        return None  # "| Tỉ lệ chất thải rắn ... 95% | ...": an OCR'd table row, no sentence
    if _FORM_BLANK.search(text) or _all_capitals(text):
        return None  # "Nội dung yêu cầu giải quyết:......", "PHIẾU YÊU CẦU BỔ SUNG HỒ SƠ": a blank form
    if _plan_field(low):
        return None  # "*Đơn vị phối hợp: *Sở Tư pháp.": a plan's field, in any section
    if _criterion_pattern().match(low):
        return None  # "Tiêu chuẩn 2: Trường xây dựng ...": a criterion to meet
    if _enacts(low) and not r.assigned:
        return None  # "Bãi bỏ Điều 3 Quyết định số ...": the article does what it says
    if _SIGN_OFF.search(low) and not (r.assigned or r.modal):
        return None  # "Sở ... trân trọng báo cáo Bộ ...": a report's closing formula, no task
    if any(low.startswith(" ".join(p)) for p in lex["not_directive_openers"]):
        # "b) Căn cứ quy trình ... được phê duyệt tại Điều 1, tổ chức kiểm soát ...": an item
        # of duties may open with its legal basis
        # ... or with the basis of what a body is to do: "Căn cứ nội dung Kế hoạch, các sở, ban, ngành xây dựng ..."
        if not (r.modal or r.assigned or (role in ("article", "tasks") and (
                (u.item and r.verb_after_intro) or (r.subject_verb and r.open_subject)))):
            return None
    if role == "article":
        if r.assigned:
            return "instruction", "open"
        if r.modal or r.subject_verb or r.verb_initial or (u.item and r.verb_after_intro) \
                or _has(low, lex["law_deadline_cues"]):
            if (r.subject_verb or r.verb_initial) and not r.modal and _defines_head(low):
                return None  # "Trực tiếp tham gia chiến tranh ... là trực tiếp làm nhiệm vụ ...": a definition
            return "obligation", "open"
        return None
    note = _note(low) and (r.modal or r.bare_modal or r.assigned or r.request
                           or re.search(r"(?<!\w)(?:cần|phải|không được|nghiêm cấm)(?!\w)", low))
    if note and role not in past:
        return "instruction", "open"  # "* Lưu ý: Đối với các vụ lộ, mất BMNN phải báo cáo ngay ..."
    if role in ("tasks", "orientation"):
        kind = "target" if role == "orientation" or any(low.startswith(" ".join(p)) for p in lex["target_cues"]) \
            else "task"
        if r.assigned or (r.actors and kind == "task" and not u.item):
            kind = "instruction"
        if u.item:
            if kind == "task" and not (r.verb_initial or r.actors or r.modal) and \
                    len(text.split()) < lex["min_task_item_words"]:
                return None  # "Bài học kinh nghiệm.": an outline entry, not a task
            if _plan_field(low) or (kind == "task" and not (r.verb_initial or r.modal or r.assigned)
                                    and _only_bodies(text)):
                return None  # "Thời gian thực hiện: ...", "- Ban Chỉ đạo các quân khu; Ban Chỉ đạo các tỉnh."
            return kind, "open"
        if text.rstrip().endswith(":") and not (r.assigned or r.subject_verb) \
                and not re.search(r"(?<!\w)như\s*:$", text.rstrip()):
            return None   # a lead-in; one that gives examples ("... các nền tảng số như:") is the task
        if (_defines(" ".join(low.split()[:12])) or _tenet(low)) and not (r.assigned or r.modal):
            return None  # "Phát triển khoa học và công nghệ là quốc sách hàng đầu": a tenet
        if r.verb_initial or r.assigned or r.subject_verb or r.modal or r.bare_modal or r.request:
            return kind, "open"  # "Việc học tập phải nghiêm túc, thiết thực." is a requirement too
        if _has(low, lex["deadline_cues"]) and re.search(r"\d{4}", low):
            return "target", "open"
        return None
    # past-tense and unlabelled sections: only named bodies that instruct or must act
    if r.assigned:  # "giao X", "đề nghị X" at the head of a clause
        return "instruction", ("open" if role not in past or not re.search(r"\bđã\b", low) else "done")
    if r.subject_verb and r.modal and r.actors:
        return "instruction", "open"
    if r.request and role not in past:
        return "instruction", "open"  # a letter's "nếu có vướng mắc, đề nghị phản ánh về Bộ ..."
    if r.subject_verb and r.done_instruction:
        return "instruction", ("done" if role in past or re.search(r"\bđã\b", low) else "open")
    if role in (None, "other", "preamble") and u.item and (r.verb_initial or r.open_subject):
        # "Bộ Tài chính đã nghiêm túc thực hiện ..." reports what was done, even in a conclusion
        pos = u.section.start if u.section is not None else u.start
        if forward or _requesting_leadin(doc.text, pos):
            return "task", "open"
    if role in (None, "other") and r.bare_modal and forward:
        return "task", "open"  # a conclusion's "Thời gian tới cần tập trung ..."
    if role in (None, "other") and forward and not u.item:
        if r.lead_subject:
            return "task", "open"  # a conclusion's "Bộ Tài chính làm việc cụ thể với Bộ ... về ..."
        if r.verb_initial and text[:1].isupper():
            # "Chuyển đổi các ngành kinh tế theo hướng xanh ..." in the task paragraphs of a
            # conclusion; a piece that opens in lower case is the tail of a sentence cut by a page
            return "task", "open"
    return None


_ITEM_LINE = re.compile(r"\s*(?:[-+•*–]\s|\(?\d{1,3}[.)]|\(?[a-zđ][.)]\s)")


def _rstrip_at(text: str, end: int) -> int:
    """``len(text[:end].rstrip())`` without copying the text before ``end``."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _requesting_leadin(text: str, pos: int) -> bool:
    """The line before a list asks for what the list holds ("... yêu cầu các cơ quan thực hiện
    tốt các nội dung sau:"); earlier items of the same list are stepped over."""
    end = pos
    for _ in range(40):
        end = _rstrip_at(text, end)
        if not end:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.endswith(":"):
            if _has(" ".join(line.lower().split()), lexicon()["leadin_cues"]):
                return True
            # an item that itself asks for something leads into its sub-items: "- Triển khai
            # thực hiện phân cấp, phân quyền theo một số nguyên tắc chính sau:"
            return bool(_ITEM_LINE.match(line)) and _read(line, _label_end(line, 0, len(line)), len(line)).verb_initial
        if not _ITEM_LINE.match(line):
            return False
        end = start
    return False


def _leadin_actor(text: str, pos: int, floor: int = 0) -> str | None:
    """The body a lead-in line assigns the list under it to ("Trong đó giao Giám đốc Công an tỉnh
    chỉ đạo thực hiện:" -> "Giám đốc Công an tỉnh"): nearer than a heading, it names who acts on
    each item ("Đề nghị X ...:" only asks, it assigns nothing). Earlier items of the same list are
    stepped over; the search stops at ``floor`` (the
    end of the heading the list stands under)."""
    end = pos
    for _ in range(40):
        end = _rstrip_at(text, end)
        start = text.rfind("\n", 0, end) + 1
        if not end or start < floor:
            return None
        line = text[start:end]
        if _ITEM_LINE.match(line):
            end = start
            continue
        if not line.endswith(":"):
            return None
        if not re.search(r"(?<!\w)(?:giao|phân công|ủy quyền)(?!\w)", line.lower()):
            return None  # "Đề nghị X ... các nội dung sau:" asks; the items keep their own actor
        r = _read(line, 0, len(line))
        return "; ".join(_distinct(r.actors)) if r.assigned and r.actors else None
    return None


_FORWARD_TYPES = {"Kế hoạch", "Chương trình", "Chương trình hành động", "Chỉ thị", "Kết luận", "Công văn",
                  "Thông báo kết luận", "Công điện", "Hướng dẫn"}

_ORGANISE = strip_tones("tổ chức thực hiện")


def _sets_tasks(doc: Document) -> bool:
    """The document asks for action: its type is one that does (a plan, a conclusion, a directive,
    a letter), or, where the type is not named (an excerpt, a header lost to OCR), it has a part
    titled "Tổ chức thực hiện" that says who carries it out, which a report has not."""
    if doc.metadata.doc_type in _FORWARD_TYPES or _asks_in_lead(doc):
        return True
    if doc.metadata.doc_type is not None:
        return False
    return any(s.role == "tasks" and is_title(s, doc.text)
               and strip_tones(" ".join(s.heading.lower().split()).strip(" *_:.")) == _ORGANISE
               for s in doc.sections)


def _asks_in_lead(doc: Document) -> bool:
    """The text before the first section ends with a body's request ("..., Uỷ ban nhân dân tỉnh
    chỉ thị:", "Thủ tướng Chính phủ yêu cầu:"): what follows is asked of others."""
    first = min((s.start for s in doc.sections), default=len(doc.text))
    return _asker(doc.text[max(0, first - 400):first].rstrip()) is not None


_FIGURE = re.compile(
    r"^[^:;]{3,300}?(?::|\blà\b:?)\s*\d[\d.,]*\s*(?:triệu|tỷ|nghìn|ngàn)?\s*(?:đồng|usd)\b\s*"
    r"(?:\([^)]*\)\s*)?(?:,?\s*(?:trong đó|bao gồm|gồm)\s*:?)?\s*[;.]?\s*$")


def _figure_line(low: str) -> bool:
    """A list item that names an amount after its label ("a) Phân bổ ngân sách tỉnh cho các cơ quan
    ... là: 2.113.490 triệu đồng;", "e) Bổ sung cho ngân sách các huyện: 2.670.800 triệu đồng;") is a
    figure of a budget or report, even when its label opens with a verb."""
    return bool(_FIGURE.match(low))


_STATIVE_LEADIN = re.compile(
    r"(?:được\s+(?:xác định|quy định|tính|hiểu|áp dụng)(?:\s+(?:như sau|cụ thể(?:\s+như sau)?|theo\s+\S+(?:\s+\S+)?\s+sau))?"
    r"|(?:bao\s+)?gồm(?:\s+(?:các|những)\s+\S+(?:\s+\S+)?)?(?:\s+sau(?:\s+đây)?)?|\blà)\s*:$")


def _under_stative_leadin(ix: _DocIndex, sec: Section | None) -> bool:
    """Items under a lead-in that states what something is or comprises ("3. Thời gian xảy ra chiến
    sự ... được xác định như sau:", "2.1. Chi trong cân đối ngân sách: 6.072.020 triệu đồng, gồm:")
    list cases or figures: "d) Làm nhiệm vụ giúp bạn Lào từ tháng 5 năm 1975 đến ..." is a period of
    service, not a duty. A lead-in naming duties ("có trách nhiệm", "nhiệm vụ của Bộ ... như sau") is
    no such one."""
    if sec is None or not sec.parent:
        return False
    parent = ix.first_by_id.get(sec.parent)
    if parent is None or not ix.is_title(parent):
        return False
    text = ix.doc.text
    line_end = text.find("\n", parent.heading_end)
    line_end = len(text) if line_end < 0 else line_end
    lead = " ".join(text[parent.start:line_end].lower().split()).rstrip(" *_")
    if re.search(r"(?:có|chịu|các|những) (?:trách nhiệm|nhiệm vụ)|(?:trách nhiệm|nhiệm vụ|quyền hạn)"
                 r"(?: và \S+(?: \S+)?)? (?:của|sau|như sau)\b", lead):
        return False
    return bool(_STATIVE_LEADIN.search(lead))


def _note(low: str) -> bool:
    """A note that opens "Lưu ý:", "Chú ý:" (after an optional "*")."""
    low = low.lstrip(" *_(")
    return any(re.match(re.escape(" ".join(p)) + r"\s*[:\-–]", low) for p in lexicon()["note_openers"])


@cache
def _enactment_pattern() -> re.Pattern:
    lex = lexicon()
    alt = lambda key: "|".join(re.escape(" ".join(p)) for p in lex[key])  # noqa: E731 - longest first
    return re.compile(r"^[\s*_]*(?:(?:" + alt("enactment_openers") + r")\s+(?:(?:" + alt("enactment_fillers")
                      + r")\s+){0,3}(?:" + alt("enactment_objects") + r")(?!\w)|(?:ban hành|công bố) kèm theo(?!\w))")


@cache
def _criterion_pattern() -> re.Pattern:
    labels = "|".join(re.escape(" ".join(p)) for p in lexicon()["criterion_labels"])
    return re.compile(r"[\s*_]*(?:" + labels + r")\s+\d{1,2}[a-zđ]?\s*[:.]")


def _enacts(low: str) -> bool:
    """A clause that changes the law by saying so ("Bãi bỏ khoản 3 Điều 5 Thông tư số ...", "Sửa
    đổi, bổ sung một số điều của Nghị định ...", "Ban hành kèm theo Quyết định này Quy chế ..."):
    it is done by being issued, nobody is asked to act."""
    return bool(_enactment_pattern().match(low))


@cache
def _field_pattern(key: str, *, markup: bool = True) -> re.Pattern:
    """A plan's field of ``lexicon()[key]`` opening a line: its name (a few words more allowed:
    "Đơn vị chủ trì tham mưu thực hiện"), the colon, markup ("*Đơn vị phối hợp: *Sở Tư pháp.").
    Without ``markup`` the pattern starts at the name: for searching (a leading run of markup
    characters tried at every offset of a line of dashes would cost its square)."""
    names = "|".join(re.escape(" ".join(p)) for p in lexicon()[key])
    lead = r"[ \t*_\-–+•]*" if markup else ""
    return re.compile(lead + r"(?:" + names + r")(?:[ \t]+[^\s:]+){0,4}[ \t]*:[ \t*_]*", re.I)


def _plan_field(low: str) -> bool:
    """A plan's field, not a task: "Thời gian thực hiện: Tháng 11, 12/2013", "Cơ quan chủ trì: Bộ ...",
    "*Đơn vị chủ trì tham mưu thực hiện: *Sở Tư pháp."."""
    return bool(_field_pattern("plan_fields").match(low))


class _LeadFields:
    """The lead fields of a plan ("*Đơn vị chủ trì thực hiện: *Các Sở, ngành, đơn vị.", "- Cơ quan
    thực hiện: Sở Nội vụ chủ trì, phối hợp ..."): each names who carries out the tasks of its
    block, the ones listed above it since the last title."""

    def __init__(self, doc: Document, ix: _DocIndex):
        text = doc.text
        pat = _field_pattern("lead_fields", markup=False)   # the markup before it is checked below
        self.fields: list[tuple[int, str]] = []
        pos = 0
        while True:
            m = pat.search(text, pos)
            if m is None:
                break
            pos = m.end()
            line_start = text.rfind("\n", 0, m.start()) + 1
            if text[line_start:m.start()].strip(" \t*_-–+•"):
                continue   # a field opens its line
            actor = _field_actor(_field_value(text, m.end()))
            if actor:
                self.fields.append((line_start, actor))
        self.starts = [a for a, _ in self.fields]
        self.titles = sorted(s.start for s in doc.sections if ix.is_title(s)) if self.fields else []

    def actor_after(self, end: int) -> str | None:
        """The body the first lead field after ``end`` names, unless a title stands between."""
        k = bisect_left(self.starts, end)
        if k == len(self.starts):
            return None
        start, actor = self.fields[k]
        t = bisect_right(self.titles, end)
        if t < len(self.titles) and self.titles[t] < start:
            return None
        return actor


def _field_value(text: str, pos: int) -> str:
    """A field's value from ``pos``: its line, and the next ones while the value has not ended
    ("*Đơn vị chủ trì thực hiện: *Các" / "Sở, ngành, đơn vị, UBND cấp xã."), at most three lines."""
    out = []
    for _ in range(3):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        out.append(text[pos:end])
        nxt = text[end + 1:end + 2]
        if end >= len(text) or out[-1].rstrip(" *_").endswith((".", ";", ":")) or not nxt or nxt in "*_-–+•|#" \
                or _ITEM_LINE.match(text, end + 1):
            break
        pos = end + 1
    return " ".join(out)


def _field_actor(value: str) -> str | None:
    """The body a lead field names: "Sở Nội vụ chủ trì, phối hợp với ..." -> "Sở Nội vụ";
    "Các Sở, ngành, đơn vị, UBND cấp xã." as written."""
    value = value.strip(" \t*_")
    toks = _tokens(value)
    if not toks:
        return None
    j = _org_start(toks, 0)
    if j >= 0:
        k, why = _np_end(toks, j)
        if why in ("verb", "soft") and k > j:
            return _span_text(value, toks, 0, k)
    return value.rstrip(" .;,*_") or None


def _only_bodies(text: str) -> bool:
    """A list item that only names bodies ("Mặt trận Tổ quốc Việt Nam và Hội Cựu chiến binh các
    cấp; các tổ chức chính trị - xã hội."): who takes part, listed under a plan's field."""
    toks = _tokens(text)
    j = _org_start(toks, 0) if toks else -1
    if j < 0:
        return False
    k, why = _np_end(toks, j)
    return why == "end" and k >= len(toks)


def _under_plan_field(ix: _DocIndex, sec: Section | None) -> bool:
    """Under a plan's field heading ("a) Cơ quan chủ trì", "2. Chủ trì thực hiện"), the items
    list who takes part, they ask for nothing."""
    by_id = ix.by_id
    sec = by_id.get(sec.parent) if sec is not None and sec.parent else None
    seen = 0
    while sec is not None and seen <= len(by_id):   # a cycle of parents ends too
        h = " ".join(sec.heading.lower().split()).strip(" *_:.")
        if any(h == " ".join(p) for p in lexicon()["plan_fields"]):
            return True
        sec = by_id.get(sec.parent) if sec.parent else None
        seen += 1
    return False


def _tenet(low: str) -> bool:
    """"Đẩy mạnh thực hiện chính sách ..., đặc biệt là công tác ... là nhiệm vụ cấp bách": the
    first clause says what something is ("là nhiệm vụ", "là yêu cầu"), however long its subject."""
    clause = re.split(r"[;:]|\.(?:\s|$)", low, maxsplit=1)[0]
    for m in re.finditer(r"(?<!đặc biệt)(?<!nhất)(?<!tức)(?<!hoặc) là (\S+(?: \S+)?)", clause):
        if any(m.group(1).startswith(n) for n in lexicon()["tenet_nouns"]):
            return True
    return False


def _defines(low: str) -> bool:
    """A definition ("X là ...", "X được hiểu là ...") states, it does not ask."""
    return any(p in f" {low} " for p in lexicon()["definition_cues"])


def _defines_head(low: str) -> bool:
    """A definition by its first clause: "Trực tiếp tham gia chiến tranh bảo vệ Tổ quốc là trực tiếp
    làm nhiệm vụ ..."; a "là" further on ("..., đặc biệt là giá các mặt hàng", "Bộ Quốc phòng, Bộ Tài
    chính hướng dẫn ... đối với đối tượng là quân nhân") leaves a duty a duty."""
    head = re.split(r"[,;:(]|\.(?:\s|$)", " ".join(low.split()), maxsplit=1)[0]
    head = re.sub(r"\b(?:đặc biệt|nhất|tức|hoặc|đó|chính|cũng) là\b", " ", head)
    return _defines(head)


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


def find_directives(doc: Document) -> list[Directive]:
    """Directives of an analysed document (roles already assigned by ``assign_roles``).

    >>> from vanban.pipeline.analyze import analyze  # doctest: +SKIP
    >>> d = find_directives(analyze("bc.txt"))[0]  # doctest: +SKIP
    >>> (d.role, d.status, d.actor, d.action)  # doctest: +SKIP
    ('instruction', 'done', 'Huyện ủy Bảo Lâm', 'chỉ đạo')
    """
    past = set(role_model()["past_roles"])
    forward = _sets_tasks(doc)
    ix = _DocIndex(doc)
    lead_fields = _LeadFields(doc, ix)
    by_id = ix.by_id
    first = min((s.start for s in doc.sections), default=len(doc.text))
    out: list[Directive] = []
    for u in _units(doc, ix):
        sec = u.section or ix.section_for(u.start)
        if sec is not None:
            sec = by_id.get(sec.id, sec)
        role = sec.role if sec is not None else ("preamble" if u.start < first else "other")
        inherited = _ancestor_actor(ix, sec)
        if u.item and u.section is not None:
            parent = by_id.get(u.section.parent) if u.section.parent else None
            inherited = _leadin_actor(doc.text, u.section.start, parent.heading_end if parent else 0) or inherited
        r = _read(doc.text, u.start, u.end, verb_first=inherited is not None)
        lead = _list_leadin(ix, u)
        kind_of_list = _leadin_kind(lead) if lead else None
        if kind_of_list == "violation":
            continue   # "Phạt tiền ... đối với một trong các hành vi vi phạm sau đây:": offences listed
        if kind_of_list == "examples" and not (r.verb_initial or r.modal or r.assigned or r.subject_verb):
            continue   # "- Hệ thống điều hành giao thông tích hợp ...": an example of what the lead-in asks for
        if kind_of_list == "cases" and not (r.modal or r.assigned or r.subject_verb):
            continue   # "... không được hưởng chế độ ốm đau trong các trường hợp sau đây:": cases listed
        if kind_of_list == "scope" and not r.assigned and not _has(" ".join(doc.text[u.start:u.end].lower().split()),
                                                                   lexicon()["law_deadline_cues"]):
            continue   # "2. Đối tượng áp dụng" / "a) Tổ chức nộp hồ sơ ...": who the rule covers
        if kind_of_list == "prohibition":
            inherited = _prohibited_actor(lead) or inherited
            r.modal = True   # "Những hành vi nghiêm cấm ...": each item is a duty not to
        if u.item and not (r.verb_initial or r.modal or r.assigned or r.subject_verb) \
                and _under_plan_field(ix, u.section):
            continue
        if role == "article" and u.item and not (r.modal or r.assigned or r.subject_verb) \
                and _under_stative_leadin(ix, u.section):
            continue
        if u.actor is not None:   # a row of a task table or a procedure: a task of its lead column
            got = ("task" if forward or role != "article" else "obligation", "open")
        else:
            got = _classify(doc, u, r, role, past, forward)
        if got is None:
            continue
        kind, status = got
        text = doc.text[u.start:u.end]
        actor = u.actor or ("; ".join(_distinct(r.unit_actors())) if r.actors else None)
        if actor is None:
            actor = lead_fields.actor_after(u.end) or inherited
        action = r.action
        out.append(Directive(
            text=text, start=u.start, end=u.end, section=_report_section(ix, sec), role=kind,
            status=status, actor=actor, action=action, object=_object(text, action),
            deadline=_deadline(_TOPIC.sub("", text, count=1))))
    return out
