"""The party a directive opens with, where no rule of ``directive_reading`` and no heading named one.

A duty found by its context (a procedure's step, an article's clause) often opens with the party
that acts, described at length: "Tổ chức làm đại lý chi trả chịu trách nhiệm chi trả ...", "Chủ
dự án đầu tư hoặc chủ cơ sở quản lý bãi chôn lấp ... có trách nhiệm ...", "Cơ quan có thẩm quyền
của Nước thành viên xuất khẩu xem xét cấp C/O ...". The readers of ``directive_reading`` take such
a subject only when its head is a known party and its verb comes within a few words, as they decide
from it whether a unit is a directive at all. Here the unit is one already, so its opening words
are read for the party they name:

- before a modal ("phải", "có trách nhiệm", "không được" ...) within ``opening_subject_reach`` words
  of a party's head, the whole description up to it, over the commas of a list of parties;
- else up to the first word that ends a party's name (``party_name_breaks``: "được", "đang", "có"
  ...) or its first verb ("Tổ chức chứng nhận nộp 01 bộ hồ sơ ...").

Only a unit that opens with a capitalised head of ``party_heads``, ``org_heads`` or
``named_parties`` (after a determiner: "Các", "Mỗi", "Từng") is read; a head that reads as a verb
before another verb ("Tổ chức thực hiện ...") opens a task, not a party.
"""
from __future__ import annotations

import re

from vanban.pipeline.extract.directive_actors import _GLUED_MARKS, _named, _np_end, _org_start
from vanban.pipeline.extract.directive_names import _alias, _alias_end, _term_end
from vanban.pipeline.extract.directive_reading import _step_label
from vanban.pipeline.extract.directive_tokens import _before_adverbs, _match, _no_modal_phai, _span_text, _Tok, _tokens, lexicon

_LABEL = re.compile(r"\s*(?:(?:\(?[0-9]{1,3}(?:\.[0-9]{1,3})*|[a-zđ])[\.\)]|[-+•*–])\s+")
_CLAUSE_ENDS = (";", ".", ":", "!", "?", "…")
_COORDINATORS = ("và", "hoặc")


def opening_subject(text: str, start: int, end: int, *, named_only: bool = False) -> str | None:
    """The party named at the opening of the unit ``text[start:end]``; None where it opens with none.
    ``named_only``: the reader took the opening word for a verb ("Tổ chức ..."), so only a name the
    document makes for a party (``document_terms``: "Tổ chức chứng nhận nộp ...") or a short name it
    gave ("KBNN tiếp nhận ...") is read. After a time limit that opens the unit and its comma the party
    named there is read ("Trong thời hạn 30 ngày ..., người sử dụng lao động nộp ...")."""
    lex = lexicon()
    if (toks := _opening_tokens(text, start, end) or _after_time_limit(text, start, end)) is None:
        return None
    if (k := _alias_end(toks, 0)) > 0:
        return _named(text, toks, 0, k)
    j, n = _party_head(toks)
    if not n:
        return None
    if named_only:
        k = _term_end(toks, j, j + n)
        return _named(text, toks, 0, k) if k > j + n and _match(toks, k, lex["verbs"]) else None
    k = _subject_end(toks, j, _name_length(toks, j, n))
    if k <= j or (k == j + 1 and n == 1):
        return None   # "Người tham gia bảo hiểm y tế ...": a bare "người" names no party
    name = _GLUED_MARKS.sub("", _span_text(text, toks, 0, k))
    return (_alias().sub("", name).strip() or name) if "(" in name else name


def step_body_subject(text: str, start: int, end: int) -> str | None:
    """The party the body of a procedure's step opens with, after the step's title ("Bước 1: Xây dựng
    dự án / Cộng đồng dân cư phối hợp ...", the lines joined): the title names the task, its body who
    does it. The body starts at the first capitalised head of a party within ``step_title_reach``
    words of the label (``step_labels``); None where none opens there or the title ends a clause."""
    m = _LABEL.match(text, start, end)
    s = m.end() if m else start
    if not (label := _step_label().match(text, s, end)):
        return None
    toks = _tokens(text[label.end():min(end, label.end() + 400)], label.end())
    for k in range(1, min(len(toks), lexicon()["step_title_reach"])):
        if toks[k - 1].tail[:1] in _CLAUSE_ENDS:
            return None
        if toks[k].upper and not toks[k - 1].upper and _party_head(toks[k:])[1] \
                and not any(j + _head(toks, j) == k for j in range(max(0, k - 3), k)):
            # "Bước 4: Báo cáo lãnh đạo Bộ Kế hoạch và Đầu tư ...": a capital that goes on a head is its object
            return opening_subject(text, toks[k].start, end)
    return None


def condition_subject(text: str, start: int, end: int) -> str | None:
    """The party a case names as its subject when the rule after "thì" names none ("Trường hợp nhà
    đầu tư nước ngoài không có con dấu thì phải cung cấp ...", "Khi chủ tịch hội đồng trường không thể
    làm việc ... thì phải ủy quyền ..."): the one in the case is the one who acts. The unit opens with
    one of ``case_openers``, a party's head follows (not one that reads as a verb: "Trường hợp tổ chức
    lấy ý kiến ..."), and the words after "thì", within ``case_subject_reach`` words and no clause
    mark, open a modal or a verb, no body, negation or passive; None otherwise."""
    lex = lexicon()
    toks = _unit_words(text, start, end)
    if (opened := _party_after(toks, lex["case_openers"])) is None:
        return None
    n, j, h = opened
    k = _case_name_end(toks, j, _name_length(toks, j, h))
    then = next((q for q in range(k, min(len(toks) - 1, k + lex["case_subject_reach"]))
                 if toks[q].word == "thì" or toks[q].tail[:1] in _CLAUSE_ENDS), None)
    if then is None or toks[then].word != "thì" or toks[then - 1].tail[:1] in _CLAUSE_ENDS:
        return None
    q = then + 1
    if _head(toks, q + _match(toks, q, lex["determiners"])) or _org_start(toks, q) == q \
            or _match(toks, q, lex["negations"]) or _match(toks, q, lex["passive"]):
        return None   # "... thì cơ quan thuế ...": the rule names its own; "... thì không phải ...": no duty
    if not (_match(toks, q, lex["modals"]) or _match(toks, q, lex["verbs"]) or _match(toks, q, lex["openers"])):
        return None
    return _named(text, toks, n, k)


def topic_subject(text: str, start: int, end: int) -> str | None:
    """The party a topic names before its colon when what follows it is what to do ("Đối với tổ hợp tác: Thực
    hiện cập nhật các trường thông tin tại Mẫu VII-1 ...", "Đối với đơn vị cung cấp dịch vụ: Đáp ứng đầy đủ ...",
    realworld83 843, 41 663): the heading names who acts. The unit opens with one of ``topic_markers``, a
    party's or a body's head (not one that reads as a verb), its name runs to the colon within
    ``opening_subject_reach`` words, and a capital follows; None otherwise ("Đối với chai hàn: Nạp khí ...")."""
    lex = lexicon()
    toks = _unit_words(text, start, end)
    if (opened := _party_after(toks, lex["topic_markers"])) is None:
        return None
    n, j, h = opened
    for k in range(j + h - 1, min(len(toks) - 1, j + lex["opening_subject_reach"])):
        tail = toks[k].tail
        if tail.startswith(":"):
            return _named(text, toks, n, k + 1) if toks[k + 1].upper else None
        if tail[:1] in _CLAUSE_ENDS:
            return None
    return None


def _party_after(toks: list[_Tok], openers) -> tuple[int, int, int] | None:
    """(length of the opener, where the party's head stands, the head's length) where the unit opens with one of
    ``openers`` ("Trường hợp", "Đối với"), a determiner or none, and a party's or a body's head that does not read as
    a verb ("Trường hợp tổ chức lấy ý kiến ..."); None otherwise."""
    lex = lexicon()
    n = _match(toks, 0, openers)
    j = n + _match(toks, n, lex["determiners"])
    h = _head(toks, j) if n else 0
    if not h or _match(toks, j, lex["not_heads"]) >= h or _match(toks, j, lex["verbs"]) >= h:
        return None
    return n, j, h


def _case_name_end(toks: list[_Tok], j: int, n: int) -> int:
    """Where a case's party named at ``toks[j:j + n]`` ends: before its first verb, modal or word that
    ends a name (``party_name_breaks``), over capitals and the commas of a list of parties ("hộ kinh
    doanh, cá nhân kinh doanh lựa chọn ...")."""
    lex = lexicon()
    k = j + n
    while k < len(toks) and k - j < lex["opening_subject_reach"]:
        tail = toks[k - 1].tail
        if tail[:1] in _CLAUSE_ENDS or (tail.startswith(",") and not _head(toks, k + _match(toks, k, lex["determiners"]))):
            break
        if not toks[k].upper and not tail and (toks[k].word in lex["party_name_breaks"] or toks[k].word == "thì" or (
                (_match(toks, k, lex["verbs"]) or _match(toks, k, lex["modals"]) or _match(toks, k, lex["negations"])
                 or _match(toks, k, lex["openers"])) and not _match(toks, k, lex["np_compounds"]))):
            break
        k += 1
    return k


def _unit_words(text: str, start: int, end: int) -> list[_Tok]:
    """The first words of the unit ``text[start:end]`` after its list label."""
    m = _LABEL.match(text, start, end)
    s = m.end() if m else start
    return _tokens(_no_modal_phai(text[s:min(end, s + 800)]), s)   # "Phải thu khác", "... mắc phải": no modal


def _opening_tokens(text: str, start: int, end: int) -> list[_Tok] | None:
    """The words the unit opens with, after its list label; None where it opens with no capital or
    with an introductory phrase ("Căn cứ ...", "Trường hợp ...")."""
    toks = _unit_words(text, start, end)
    if len(toks) < 3 or not toks[0].upper or _match(toks, 0, lexicon()["intro_openers"]):
        return None
    return toks


def _party_head(toks: list[_Tok]) -> tuple[int, int]:
    """(where the head stands after a determiner, its length) of the party the words open with; a
    length 0 where they open with no head of a party or a body."""
    lex = lexicon()
    j = _match(toks, 0, lex["determiners"])
    n = _head(toks, j)
    return (j, 0) if not n or _match(toks, j, lex["not_heads"]) >= n else (j, n)


def _name_length(toks: list[_Tok], j: int, n: int) -> int:
    """The head's length ``n``, or a body's whole name where it runs over a verb, short of a modal
    ("Chủ tịch Hội đồng thẩm định kết luận ...", "Bộ Ngoại giao hoặc ...")."""
    lex = lexicon()
    if _org_start(toks, j) == j and (name := _np_end(toks, j)[0]) > j + n \
            and not any(_match(toks, q, lex["modals"]) or _match(toks, q, lex["subject_modals"]) for q in range(j + n, name)):
        return name - j
    return n


def _head(toks: list[_Tok], j: int) -> int:
    lex = lexicon()
    return max(_match(toks, j, lex["party_heads"]), _match(toks, j, lex["org_heads"]),
               _match(toks, j, lex["named_parties"]))


def _subject_end(toks: list[_Tok], j: int, n: int) -> int:
    """Where the subject opened by the head ``toks[j:j + n]`` ends: at its modal, else at the first
    word that ends a name or at the first verb; ``j`` when the clause ends first or a definition
    follows ("Vụ Pháp chế là đầu mối ...")."""
    lex = lexicon()
    cut, verbs_after_cut, cut_by_verb = None, False, False
    listing = True   # the modal is still the subject's while the commas only separate parties
    for k in range(j + n, min(len(toks), j + n + lex["opening_subject_reach"])):
        tail = toks[k - 1].tail
        if tail[:1] in _CLAUSE_ENDS:
            break
        if tail.startswith(","):
            listing = listing and (_head(toks, k) > 0 or _org_start(toks, k) == k)
            if not listing and cut is None:
                return j
        if not listing:
            break
        if cut is None and toks[k].word[:1].isdigit():
            return j   # "Cá nhân viết bản khai theo Mẫu số 01 gửi ...": a verb the lexicon lacks, its object counted
        if toks[k].upper:
            continue   # "Sở Giao dịch Chứng khoán Hà Nội ...": a proper name goes on
        if toks[k].word in lex["opening_subject_clauses"]:
            # "Công ty không có lợi nhuận thì ...", "Các cơ quan, tổ chức ... nếu có phát sinh ...": a condition
            return j if toks[k].word == "thì" else (cut if cut is not None else k)
        if (_match(toks, k, lex["modals"]) and toks[k].word != "sẽ") or _match(toks, k, lex["subject_modals"]):
            return _before_adverbs(toks, j + n, k)   # "Cá nhân, tổ chức hoàn toàn chịu trách nhiệm ..."
        verb = bool(_match(toks, k, lex["verbs"]) or _match(toks, k, lex["openers"])) \
            and not _match(toks, k, lex["np_compounds"])
        if cut is not None and (toks[k].word in _COORDINATORS or (verb and k > cut + 1 and verbs_after_cut)
                                or (cut_by_verb and _match(toks, k, lex["determiners"])) or toks[k].word[:1].isdigit()):
            # "Người lao động đề nghị ... và chịu trách nhiệm ...", "Sở Tài chính hướng dẫn các đơn vị phải
            # ...", "Bộ có 04 đề án phải trình ...": the modal is a second verb's, or its object's
            break
        if _match(toks, k, lex["subject_clause_breaks"]):
            # "Các lực lượng ngay khi nhận được lệnh ... phải ...": "khi" opens a condition, "ngay" is its adverb
            return cut if cut is not None else _before_adverbs(toks, j + n, k)
        if cut is None and ((toks[k].word in lex["party_name_breaks"] and not _match(toks, k - 1, lex["place_relatives"]))
                            or verb):
            # "Thủ trưởng cơ quan nơi có người khiếu nại ...": "có" after "nơi" is the place's
            cut, verbs_after_cut, cut_by_verb = k, False, verb
        elif cut is not None and verb:
            verbs_after_cut = True
    if cut is None or toks[cut].word == "là":
        return j
    return cut


def opens_a_step(text: str, start: int, end: int) -> bool:
    """Whether the unit opens with a party and its plain verb ("Cá nhân viết bản khai theo Mẫu số 01
    ... gửi ...", "Đại diện thân nhân người hy sinh làm đơn đề nghị ...", or after a time limit and its comma:
    "Trong thời hạn 30 ngày ..., người sử dụng lao động nộp hồ sơ ..."): in a procedure's article, a step of the
    procedure, whatever the party."""
    lex = lexicon()
    if (toks := _opening_tokens(text, start, end) or _after_time_limit(text, start, end)) is None:
        return False
    j, n = _party_head(toks)
    if not n:
        return False
    k = _subject_end(toks, j, _name_length(toks, j, n))
    v = _match(toks, k, lex["verbs"]) if j < k < len(toks) and toks[k].word not in lex["party_name_breaks"] else 0
    # "... cơ quan đại diện Việt Nam ở nước nhận hoặc ...": a verb that another party follows names a place;
    # "Cơ quan giải quyết thủ tục hành chính: Bộ ...": a field's label before its colon
    return bool(v) and not _match(toks, k, lex["np_compounds"]) \
        and (k + v >= len(toks) or toks[k + v].word not in _COORDINATORS) \
        and not any(tok.tail.startswith(":") for tok in toks[:k + v + 4])


def _after_time_limit(text: str, start: int, end: int) -> list[_Tok] | None:
    """The words after a time limit that opens the unit and its comma ("Trong thời hạn 30 ngày tính đến thời
    điểm người lao động được hưởng lương hưu, người sử dụng lao động nộp hồ sơ ...", realworld81 838): where
    a step's party stands; None where the unit opens otherwise or no comma ends the limit within
    ``case_subject_reach`` words."""
    toks = _unit_words(text, start, end)
    lex = lexicon()
    if not _match(toks, 0, lex["time_limit_openers"]):
        return None
    for k in range(min(len(toks) - 3, lex["case_subject_reach"])):
        if toks[k].tail[:1] in (";", ".", ":", "!", "?"):
            return None
        if toks[k].tail.startswith(","):
            return toks[k + 1:]
    return None
