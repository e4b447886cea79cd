"""Who acts: the bodies and parties a clause names as its subject ("Sở Tư pháp chủ trì ...",
"Tổ chức, cá nhân trả thu nhập có trách nhiệm ..."), where clauses start, and how two names of the
same body compare.
"""
from __future__ import annotations

import re

from vanban.pipeline.extract.directive_names import _alias, _alias_end, _named_term_end, _term_end
from vanban.pipeline.extract.directive_tokens import (  # noqa: F401  (_distinct, _name_words, verbal_head: used through this module)
    _COORDINATORS, _before_adverbs, _distinct, _generic_name, _homograph_verb, _name_words, _relative_nouns_only, _Tok,
    _comma_closed, _forbidden_act, _match, _modal_after, _named_pair, _span_text, bare_head_as_noun, competence_named, described_act, lexicon,
    opens_a_frame, verbal_head)
from vanban.pipeline.extract.directive_filers import filer_end
from vanban.pipeline.extract.directive_time_limits import time_limit_end

_CLAUSE_MARKS = (";", ".", ":", "!", "?", "…")


def _compound_end(toks: list[_Tok], k: int) -> int:
    """The end of an ``np_compounds`` name that started before ``toks[k]`` and runs over it ("Chủ
    tịch Hội đồng thẩm định": "thẩm định" is the council's name, no verb); ``k`` when none does."""
    lex = lexicon()
    for s in range(max(0, k - 3), k):
        if s + (n := _match(toks, s, lex["np_compounds"])) > k:
            return s + n
    return k


def _org_start(toks: list[_Tok], i: int) -> int:
    """Index where an organisation name starts at ``i`` (after determiners), or -1."""
    lex = lexicon()
    j = i + _match(toks, i, lex["determiners"])
    n = _match(toks, j, lex["org_heads"])
    if not n or (_match(toks, j, lex["not_heads"]) >= n and not _named_unit(toks, j)) or bare_head_as_noun(toks, j, n):
        return -1   # "Bộ phận ...", "Bộ dụng cụ ...": no ministry
    if j == i and _match(toks, j, lex["determined_heads"]) == n and not _colon_named(toks, j + n):
        return -1  # "cơ sở" names a body after "các", "mỗi" ("các cơ sở nuôi trồng thủy sản") only
    v = _match(toks, j, lex["verbs"])
    if v > n or (v == n and j + v < len(toks) and not toks[j + v].upper and not _noun_follower(toks, j, n)):
        return -1  # "Ban hành quy chế", "Thanh tra các dự án": a verb, not a body; "Thanh tra tỉnh" is one
    return j


def _colon_named(toks: list[_Tok], k: int, reach: int = 16) -> bool:
    """The words from ``toks[k]`` end, within ``reach`` words and no mark but commas and semicolons,
    with a colon before a verb: the head before them names a body whose task follows ("Cơ sở cấp cứu
    ngoại viện: bố trí tối thiểu 03 người/phiên trực ...", "Cơ sở nuôi dưỡng, điều dưỡng người có
    công; cơ sở trợ giúp xã hội công lập: bố trí ...")."""
    lex = lexicon()
    for m in range(k, min(len(toks) - 1, k + reach)):
        if toks[m].tail and toks[m].tail[0] not in ",;":
            return toks[m].tail.startswith(":") and bool(
                _match(toks, m + 1, lex["verbs"]) or _match(toks, m + 1, lex["openers"]))
    return False


def _named_unit(toks: list[_Tok], j: int) -> bool:
    """A head of ``named_not_heads`` followed by a capitalised name ("Bộ phận Một cửa")."""
    n = _match(toks, j, lexicon()["named_not_heads"])
    return bool(n) and j + n < len(toks) and not toks[j + n - 1].tail and toks[j + n].upper


def _noun_follower(toks: list[_Tok], j: int, n: int) -> bool:
    """The word after the head ``toks[j:j+n]`` makes it a noun (``noun_readings``: "Thanh tra tỉnh")."""
    followers = lexicon()["noun_readings"].get(" ".join(t.word.lower() for t in toks[j:j + n]), ())
    return not toks[j + n - 1].tail and any(
        f.split() == [t.word.lower() for t in toks[j + n:j + n + len(f.split())]] for f in followers if f[0].isalpha())


_INLINE_MARK = re.compile(r"\((?:[ivx]{1,4}|\d{1,2}|[a-zđ])\)")


def _np_end(toks: list[_Tok], i: int, *, heads_only: bool = True) -> tuple[int, str]:
    """Scan an actor's name from ``toks[i]``. Returns (index after the name, what stopped it):
    "verb" when a verb, modal or adverb follows (the name is a subject), "soft" for "theo chức
    năng" and the like, "end" at the end of the text, "bad" at a clause end or a word that makes
    the phrase no subject ("được", "là")."""
    lex = lexicon()
    k = i
    limit = min(len(toks), i + 80)
    # the head's own words ("chủ đầu tư"), and a whole name whose words look like verbs ("Cục Kết cấu
    # hạ tầng xây dựng"), are no verb
    head = max(_match(toks, i, lex["org_heads"]), _match(toks, i, lex["body_names"]))
    while k < limit:
        t = toks[k]
        if i < k < i + head:
            k += 1
            continue
        if k > i and t.upper and not toks[k - 1].tail and (inner := _match(toks, k, lex["org_heads"])) > 2:
            k += inner   # "Hội đồng quản trị của Bảo hiểm tiền gửi Việt Nam": a body's name inside the name
            continue
        if k > i:
            prev = toks[k - 1]
            if prev.tail and prev.tail[0] == ";" and _org_start(toks, k) >= 0:
                k += 1  # "Chánh Văn phòng ...; Giám đốc Sở ...; ... chịu trách nhiệm"
                continue
            if prev.tail and prev.tail[0] in ".;!?…":
                return k, "bad"
            if prev.tail.startswith(",") and t.upper and (n := max(
                    _match(toks, k, lex["org_heads"]), _match(toks, k, lex["party_heads"]))) >= 2:
                k += n   # "Chủ đầu tư, Bên mời thầu có trách nhiệm ...": the list's next party, its words no verb
                continue
            if (prev.tail.startswith(",") or (prev.word in ("và", "hoặc") and not prev.tail)) \
                    and (n := _match(toks, k, lex["body_names"])) >= 2 and not _match(toks, k + n, lex["hard_stops"]):
                k += n   # "Công ty chứng khoán, công ty quản lý quỹ đầu tư chứng khoán ... phải ...": a body named whole
                continue
            if prev.tail.startswith(":") and _INLINE_MARK.match(t.raw):
                return k, "soft"   # "Giao Bộ trưởng Bộ Tài chính: (i) ...; (ii) ...": the body's list follows
            if t.raw.startswith("(") and _match(toks, k, lex["alias_openers"]) \
                    and (close := _bracket_end(toks, k, limit, reach=24)) is not None:
                k = close + 1   # "Chủ tịch Ủy ban nhân dân xã, phường (gọi chung là Ủy ban nhân dân cấp xã) căn cứ ..."
                continue
            if t.raw.startswith("(") and t.word in lex["alternative_openers"] \
                    and (close := _bracket_end(toks, k, limit, reach=24)) is not None:
                k = close + 1   # "Tổ trưởng tổ hợp tác (hoặc người được ... ủy quyền) tổ chức ...": who may act instead
                continue
            if t.raw.startswith("(") and (_match(toks, k, lex["assign"]) or _match(toks, k, lex["verbs"])):
                return k, "bad"  # "... UBND các huyện (Giao Công an tỉnh tham mưu)", "Bộ luật ... (sửa đổi, ...)"
            if t.raw.startswith("(") and _match(toks, k, lex["soft_stops"]):
                return k, "soft"   # "Giao Đảng uỷ Chính phủ (theo phạm vi, lĩnh vực) chủ trì ...": how, not who
            if t.raw.startswith("(") and (close := _bracket_end(toks, k, limit)) is not None:
                k = close + 1   # "Ủy ban nhân dân cấp xã (nơi có dự án) làm chủ đầu tư ...": the bracket qualifies the name
                continue
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
                if (n := _match(toks, k, lex["place_relatives"])) and not prev.tail and k + n < len(toks) \
                        and (v := _match(toks, k + n, lex["verbs"])):
                    k += n + v   # "Hải quan nơi đăng ký tờ khai thông báo ...": where the body is, its own verb
                    continue
                if (n := _match(toks, k, lex["relative_modifiers"])) and not prev.tail and any(
                        tuple(w.word for w in toks[max(i, k - len(h)):k]) == h for h in lex["relative_nouns"]):
                    k += n  # "đơn vị trực tiếp quản lý người lao động phải ...": which body, not what it does
                    continue
                if k - 1 > i and toks[k - 1].upper and (end := _compound_end(toks, k)) > k:
                    k = end  # "Bộ Ngoại giao", "Chủ tịch Hội đồng thẩm định": a name's words, not a verb
                    continue
                if _match(toks, k, lex["np_compounds"]) and k > i and not (
                        toks[k - 1].upper and _match(toks, k, lex["verbs"]) and k + 1 < len(toks)):
                    # "cơ sở đào tạo" names; after a proper name it acts: "Viện Hàn lâm Khoa học xã hội
                    # Việt Nam đào tạo nguồn nhân lực ..."
                    k += _match(toks, k, lex["np_compounds"])
                    continue
                if i < k <= i + lex["wrapped_name_max_words"] and _homograph_verb(toks, k):
                    return k, "verb"   # "Ủy ban nhân dân cấp tỉnh cấp Giấy phép": the second "cấp" acts
                after_noun = _match(toks, k - 1, lex["np_nouns"]) == 1 or (
                    prev.tail.startswith(",") and (_org_start(toks, k) >= 0 or _match(toks, k, lex["comma_nouns"])))
                if _match(toks, k, lex["soft_stops"]):
                    return k, "soft"
                if _match(toks, k, lex["modals"]) or _match(toks, k, lex["limit_modals"]):   # "... chỉ được cho vay"
                    return k, "verb"
                if time_limit_end(toks, k) > k:   # "Sở ... trong thời gian 12 ngày có văn bản ...": a limit, then the act
                    return k, "verb"
                if t.word in lex["condition_ends"] and not prev.tail:   # "... Tổ trưởng tổ dân phố thì Ủy ban ..."
                    return k, ("bad" if _org_start(toks, k + 1) >= 0 else "verb")
                if (stop := _match(toks, k, lex["hard_stops"])) and not (
                        not after_noun and _match(toks, k, lex["verbs"]) > stop):
                    return k, "bad"   # "Sở Tài chính có văn bản gửi ...": a verb that opens with "có" acts
                if not after_noun and (_match(toks, k, lex["verbs"]) or _match(toks, k, lex["modals"])
                                       or _adverb_before_verb(toks, k)):
                    if (end := _term_end(toks, i, k)) > k:
                        k = end   # "Cơ quan thanh toán căn cứ ...": the document's name for a party
                        continue
                    return k, "verb"
        k += 1
    return k, ("end" if k >= len(toks) else "bad")


def _adverb_before_verb(toks: list[_Tok], k: int) -> bool:
    """An opener at ``toks[k]`` that stands before a verb ("Sở Tư pháp chỉ thực hiện ..."); "chỉ" of
    "Chứng chỉ" before no verb is a name's word."""
    lex = lexicon()
    n = _match(toks, k, lex["openers"])
    if not n or n >= 2 or toks[k + n - 1].tail[:1] == ",":
        return bool(n)   # "định kỳ hoặc đột xuất", "kịp thời,": an adverbial phrase whatever follows
    return bool(_match(toks, k + n, lex["verbs"]) or _match(toks, k + n, lex["modals"])
                or _match(toks, k + n, lex["openers"]) or _match(toks, k + n, lex["done_adverbs"]))


def _bracket_end(toks: list[_Tok], k: int, limit: int, reach: int = 8) -> int | None:
    """The token that closes the bracket ``toks[k]`` opens, within ``reach`` tokens and the scan's limit."""
    for m in range(k, min(limit, k + reach)):
        if ")" in toks[m].raw:
            return m
    return None


def _clause_starts(toks: list[_Tok]) -> list[tuple[int, bool]]:
    """Token indices where a clause may start, with whether it follows an introductory phrase
    ("Để xác định ..., Ủy ban ..."): sentence starts, after ':' ';' 'thì', and after the comma
    closing an introductory phrase; after a connective ("Trong đó giao ..."); at a parenthesis
    that assigns ("... (Giao Công an tỉnh chủ trì, ...; Sở Tư pháp ... tham mưu)"), whose own
    punctuation starts nothing, nor does that of a parenthesis inside an introductory phrase
    ("Đối với các khoản chưa phân bổ (trong đó: ...; ...), giao ..."); at a body named after a
    condition with no comma ("nếu có khó khăn, vướng mắc các cơ quan, đơn vị báo cáo ...") or a
    period ("Định kỳ Cơ quan thống kê Trung ương công bố ..."); after a topic's comma
    (``_topic_then_body``). A list
    opened by "là:", "gồm:" ("trọng tâm là: Luật ...; Bộ luật ...") holds names, not clauses."""
    lex = lexicon()
    starts: list[tuple[int, bool]] = [(0, False)]
    clause_start = chunk_start = 0
    depth = opened = 0
    in_list = condition = False
    cond_at = -1
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
        if t.word in lex["condition_words"] or (k == 0 and _match(toks, 0, lex["period_openers"]) > 1):
            condition, cond_at = True, k   # "Định kỳ Cơ quan thống kê Trung ương công bố ...": a period, then who
        elif condition and 2 <= k - cond_at <= 8 and not any(x.tail for x in toks[cond_at:k + 1]) \
                and (n := _match(toks, k + 1, lex["request"])) \
                and (_org_start(toks, k + 1 + n) >= 0 or _match(toks, k + 1 + n, lex["determiners"])):
            # "nếu có vướng mắc đề nghị các tổ chức, cá nhân phản ánh ...": the request after the condition
            starts.append((k + 1, False))
            condition = False
        elif condition and not t.tail and (toks[k + 1].word in ("các", "những", "mọi")
                                           or (toks[k + 1].upper and cond_at == 0 and k - cond_at <= 3)) \
                and t.word not in lex["not_before_subject"] and not _match(toks, k, lex["verbs"]) \
                and not (k > cond_at and _match(toks, k - 1, lex["verbs"]) == 2) \
                and _org_start(toks, k + 1) >= 0:
            # not after a verb of two words: "Hằng năm, báo cáo Bộ Tài chính về ...": the body reported to (realworld85 848)
            # "nếu có khó khăn, vướng mắc các cơ quan ... báo cáo"; a short condition opening the unit
            # and a body in capitals: "Khi cần thiết Chủ tịch Ủy ban nhân dân cấp xã đề nghị ..."
            starts.append((k + 1, False))
            condition = False
        if tail and tail[0] in ".!?…":
            in_list = condition = False
        if in_list:
            continue
        if tail and tail[0] in ".;:!?…":
            if tail[0] == ":" and (t.word in lex["list_openers"] or
                                   (k > 0 and f"{toks[k - 1].word} {t.word}" in lex["list_opener_pairs"])):
                # "trọng tâm là: Luật ...; Bộ luật ...": the members of a list; "thống nhất với Bộ
                # ... theo hướng: Bộ ... chủ trì ...": what is to be agreed, no body's task; "... của Quỹ gồm có: Hội đồng
                # Quản lý, Ban Kiểm soát, Cơ quan điều hành nghiệp vụ ...": the bodies it is made of (realworld93 872)
                in_list = True
                continue
            # "Đối với chai hàn: Nạp khí nén ...": what to do in the case or for the topic the colon closes
            # (or a verb in lower case: "Đối với các sự cố còn lại: thực hiện báo cáo sơ bộ ...", realworld84 844)
            starts.append((k + 1, tail[0] == ":" and (toks[k + 1].upper or bool(_match(toks, k + 1, lex["verbs"])))
                           and opens_a_frame(toks, clause_start)))
            clause_start = k + 1
            condition = False
        elif toks[k + 1].word == "thì" and k + 2 < len(toks):
            # "Trường hợp không chấp nhận thì thông báo ...": after a condition, what is to be done
            starts.append((k + 2, bool(_match(toks, clause_start, lex["intro_openers"]))))
            clause_start = k + 2
            condition = False
        elif tail.startswith(","):
            # after the comma closing an introductory phrase ("Để xác định ..., Ủy ban ..."),
            # not after a short list member ("100% xã, thị trấn")
            intro = _match(toks, clause_start, lex["intro_openers"])
            adverb = _match(toks, clause_start, lex["openers"])
            verb_first = _match(toks, clause_start, lex["verbs"]) or (
                adverb and _match(toks, clause_start + adverb, lex["verbs"]))
            if verb_first:
                intro = 0   # "Định kỳ hoặc đột xuất báo cáo Ủy ban nhân dân Tỉnh, Bộ ..., Ban ...": an adverb, then the verb
            chunk = k + 1 - chunk_start
            if not intro and not verb_first and chunk_start == clause_start and _topic_then_body(toks, clause_start, k):
                starts.append((k + 1, True))
            # ... nor after a list of names ("Trên cơ sở nguyên tắc phân cấp, phân quyền, Đảng ủy
            # Chính phủ ... chịu trách nhiệm"), unless a body's name starts there
            if intro and (chunk_start == clause_start or chunk >= 4 or _org_start(toks, k + 1) >= 0
                          or _match(toks, k + 1, lex["assign"]) or _party_after_member(toks, chunk_start, k)):
                # "..., nếu có khó khăn, vướng mắc, đề nghị các tổ chức, cá nhân phản ánh ...": an
                # assignment after a short list member still opens the clause
                starts.append((k + 1, True))
            chunk_start = k + 1
            continue
        else:
            continue
        chunk_start = clause_start
    return starts


def _party_after_member(toks: list[_Tok], member: int, comma: int) -> bool:
    """A party that acts after the comma closing a short member of an introductory phrase's list ("Trong quá trình
    đăng tải thông báo mời thầu, E-TBMT, bên mời thầu phải ...", realworld76 821), where the member names no party
    or body ("Trường hợp chủ đầu tư, nhà thầu EPC, nhà thầu chìa khóa trao tay tự thực hiện ...": parties inside the
    case) nor opens with a verb ("..., trình cơ quan, người có thẩm quyền ..."), and the party is in lower case or
    acts with a plain verb ("Chấp hành viên"; "..., cổ đông, Chủ sở hữu hoặc khách hàng, Ban kiểm soát có trách
    nhiệm ...": the body after the list acts)."""
    lex = lexicon()
    nxt = comma + 1
    if _org_start(toks, member) >= 0 or _match(toks, member, lex["verbs"]) \
            or _match(toks, member + _match(toks, member, lex["determiners"]), lex["party_heads"]) \
            or (toks[nxt].upper and not _match(toks, nxt, lex["named_parties"])):
        return False
    return _party_subject_end(toks, nxt) > nxt


def _topic_then_body(toks: list[_Tok], start: int, comma: int) -> bool:
    """A sentence that opens with a topic, a noun phrase of four words or more that names no body,
    party or place, and goes on after its comma with a body in capitals: "Văn bản kèm theo cùng tệp
    tin với nội dung văn bản điện tử, Văn thư cơ quan chỉ thực hiện ký số văn bản"."""
    lex = lexicon()
    nxt = comma + 1
    if comma - start < 3 or not toks[nxt].upper or toks[comma].upper \
            or (start and toks[start - 1].tail[:1] not in ".!?…") or toks[start].word in lex["not_before_subject"]:
        return False   # "...; kiến nghị đối với Trung ương, Quốc hội, ...", "Tại Kỳ họp thứ nhất, Quốc hội ..."
    if _org_start(toks, start) >= 0 or _match(toks, start + _match(toks, start, lex["determiners"]), lex["party_heads"]):
        return False   # "Cán bộ diện Bộ Chính trị, Ban Bí thư quản lý ...": a list of names
    return _org_start(toks, nxt) >= 0 or bool(_match(toks, nxt, lex["party_heads"]))


def _actor_at(text: str, toks: list[_Tok], i: int, *, need_modal: bool = False) -> tuple[str | None, int, str]:
    """The subject named at clause start ``i`` and the index of what follows it; after a topic
    marker ("Đối với các chủ đầu tư cần ...", "Đối với Ban Tổ chức Tỉnh ủy; Công an tỉnh mỗi đơn vị
    đề nghị ...") the bodies it names; an applicant named with what it applies for ("Doanh nghiệp đề nghị
    cấp Giấy phép gửi ...", ``_applicant_end``)."""
    actor, k, why = _subject_at(text, toks, i, need_modal=need_modal)
    if actor is not None and why == "verb" and (m := _applicant_end(toks, k)) > k:
        return _named(text, toks, i, m), m, why
    if actor is None and not need_modal and ((m := _assignee_end(toks, i)) > i or (m := filer_end(toks, i)) > i):
        return _named(text, toks, i, m), m, "verb"   # "Đơn vị được giao quản lý ... góp ý ...", "Tổ chức có nhu cầu ... gửi"
    return actor, k, why


def _applicant_end(toks: list[_Tok], k: int) -> int:
    """Where an applicant's name ends when the words at ``k`` (or the two before it) say what it applies
    for ("Doanh nghiệp đề nghị cấp Giấy phép gửi hồ sơ ...", "Cơ quan, tổ chức, cá nhân đề nghị thành lập,
    cho phép thành lập cơ sở giáo dục nghề nghiệp gửi ...", realworld77 825): up to its act of filing
    (``applicant_acts``) within ``applicant_reach`` words and no clause mark; ``k`` when there is none, or
    when a body follows the cue ("Sở Y tế đề nghị các cơ quan gửi ...": a request to them)."""
    lex = lexicon()
    cue = _match(toks, k, lex["applicant_cues"])
    at = k
    if not cue:
        at = next((q for q in (k - 2, k - 1) if q > 0 and _match(toks, q, lex["applicant_cues"]) == k - q), -1)
        cue = k - at if at > 0 else 0
    if not cue or at + cue >= len(toks) or toks[at + cue - 1].tail:
        return k
    if _match(toks, at + cue, lex["negations"]) or _match(toks, at + cue, lex["modals"]):
        # "... người nộp Đơn đề nghị không phải nộp ...", "Người nộp Đơn đề nghị chịu trách nhiệm ...": the cue
        # names the applicant, its own duty (or none) follows
        return max(k, at + cue)
    if toks[at + cue].upper or _org_start(toks, at + cue) >= 0 or _match(toks, at + cue, lex["determiners"]):
        return k
    for m in range(at + cue + 1, min(len(toks), at + cue + lex["applicant_reach"])):
        if toks[m - 1].tail[:1] in (";", ".", ":", "!", "?", "…"):
            return k
        if _match(toks, m, lex["applicant_acts"]) and not toks[m - 1].tail:
            return m
    return k


def _assignee_end(toks: list[_Tok], i: int) -> int:
    """Where a party named by the task it was given ends ("Cơ quan được giao nhiệm vụ tổ chức xây dựng danh mục
    thiết bị đào tạo tối thiểu quyết định thành lập ...", realworld80 834): after its head, one of
    ``assignee_cues`` and the task's verbs and object, at the party's act (its modal, or the first verb within
    ``assignee_reach`` words after a word that is no verb); ``i`` where a clause mark or a second "được" comes
    first, or the words open no party."""
    lex = lexicon()
    j = i + _match(toks, i, lex["determiners"])
    n = max(_match(toks, j, lex["party_heads"]), _match(toks, j, lex["org_heads"]), _match(toks, j, lex["named_parties"]))
    if not n or not (toks[i].upper or (i > 0 and toks[i - 1].tail.startswith(","))) \
            or _match(toks, j, lex["not_heads"]) >= n:
        return i   # a subject opens its unit or follows an intro's comma: "...; người được giao ..." is an object
    cue, t = 0, j + n
    while t < min(len(toks), j + n + 8) and not (cue := _match(toks, t, lex["assignee_cues"]) or _given_by(toks, t)):
        if toks[t - 1].tail[:1] in _CLAUSE_MARKS or _match(toks, t, lex["verbs"]) or _match(toks, t, lex["modals"]) \
                or toks[t].word == "thuộc":
            # "Bộ Xây dựng tổ chức ... các nhiệm vụ được phân công": the cue is its object's; "Hộ gia đình, cá nhân
            # thuộc đối tượng được giao đất ...": whom a rule covers
            return i
        t += 1
    if not cue or t + cue >= len(toks) or toks[t + cue].word == "cho" or _match(toks, t + cue, lex["openers"]):
        # "Bên giao đại lý được giao cho bên đại lý ...": a thing handed to another; "... nhiệm vụ được giao chủ
        # động phối hợp ...": the tasks given, then how one acts
        return i
    m, t = t + cue, t + cue
    if any(tok.word == "thì" for tok in _clause_toks(toks, t)):
        return i   # "Người được giao nhiệm vụ ... có hành vi vi phạm ... thì ... bị xử lý": a condition, no duty
    after_noun = listed = False
    while m < min(len(toks), t + lex["assignee_reach"]):
        if m > t and (toks[m - 1].tail[:1] in _CLAUSE_MARKS or toks[m].word == "được"):
            return i
        if (c := _match(toks, m, lex["np_compounds"])) or toks[m].upper:
            m, after_noun, listed = m + max(c, 1), True, False
            continue
        acts = m > t and not toks[m - 1].tail and toks[m - 1].word not in _COORDINATORS and (after_noun or listed)
        if m > t and _match(toks, m, lex["modals"]) and toks[m].word not in ("sẽ", "cần"):
            return m
        v = max(_match(toks, m, lex["verbs"]), _match(toks, m, lex["openers"]))
        if acts and v:
            return m
        listed = bool(v) and m > t and toks[m - 1].tail.startswith(",")
        after_noun = not v
        m += max(v, 1)
    return i


def _given_by(toks: list[_Tok], t: int) -> int:
    """The length of "được <body> giao" at ``t`` ("Cơ quan được Chủ tịch Ủy ban nhân dân cấp tỉnh giao giải quyết thủ
    tục hành chính thực hiện ...", realworld86 850): an assignee cue with the body that gave the task; 0 otherwise."""
    if toks[t].word != "được" or toks[t].tail or _org_start(toks, t + 1) != t + 1:
        return 0
    k, _ = _np_end(toks, t + 1)
    given = [c[1:] for c in lexicon()["assignee_cues"] if c[0] == "được"]
    return k - t + g if k < len(toks) and not toks[k - 1].tail and (g := _match(toks, k, given)) else 0


def _clause_toks(toks: list[_Tok], t: int) -> list[_Tok]:
    """The words from ``t`` to the end of their clause."""
    k = t
    while k < len(toks) and not (k > t and toks[k - 1].tail[:1] in _CLAUSE_MARKS):
        k += 1
    return toks[t:k]


def _subject_at(text: str, toks: list[_Tok], i: int, *, need_modal: bool = False) -> tuple[str | None, int, str]:
    """``_actor_at`` before an applicant's description is read."""
    lex = lexicon()
    if (k := _execution_formula(toks, i)) > i:
        return _named(text, toks, i, k), k, "verb"
    n = _match(toks, i, lex["topic_markers"])
    if n and (j := _org_start(toks, i + n)) >= 0 and (toks[j].upper or toks[j].word not in lex["topic_not_heads"]):
        k, why = _np_end(toks, j)
        # only before a modal or "mỗi đơn vị": "Đối với các cơ quan ... vi phạm ..., xem xét, xử lý" names
        # whom the rule concerns
        if k > j and (why == "soft" or (why == "verb" and _match(toks, k, lex["modals"]))):
            return _named(text, toks, i + n, k), k, why
    j = _org_start(toks, i)
    if j >= 0:
        k, why = _np_end(toks, j)
        if why == "verb" and (m := _described_party_end(toks, j, k)) > k:
            # "Đơn vị quản lý, vận hành hệ thống chiếu sáng công cộng có trách nhiệm ...": which unit; "Cơ quan cấp
            # trên quản lý trực tiếp trại giam căn cứ ...": a body that acts by its basis
            k, why = m, "soft" if _match(toks, m, lex["soft_stops"]) else why
        if why in ("verb", "soft") and k > j and toks[k - 1].word in _COORDINATORS and not toks[k - 1].tail:
            return None, i, ""   # "Lãnh đạo và chịu trách nhiệm về ...": two verbs, no body and another
        if why in ("verb", "soft") and k > j:
            if need_modal and why == "verb" and not (_match(toks, k, lex["modals"]) or
                                                      _match(toks, k, lex["openers"])):
                return None, i, ""
            return _named(text, toks, i, k), k, why
    k = _party_subject_end(toks, i)
    if k > i and competence_named(toks, i, k) and (m := _competence_end(toks, k)) > k:
        k = m   # "cơ quan có thẩm quyền cấp giấy chứng nhận quyết định thu hồi ...": which competence
    if k > i and toks[k - 1].word in _COORDINATORS and not toks[k - 1].tail:
        return None, i, ""   # "Lãnh đạo và chịu trách nhiệm về ...": two verbs, no party and another
    if k > i:   # "Tổ chức, cá nhân trả thu nhập có trách nhiệm ...", "Trưởng đoàn điều hành ..."
        # "Tổ chức quản lý chợ căn cứ Nội quy mẫu ... để xây dựng ...": a party reads by its basis as a body does
        return _named(text, toks, i, k), k, "soft" if _match(toks, k, lex["soft_stops"]) else "verb"
    if j >= 0:
        return None, i, ""
    if (k := _alias_end(toks, i)) > i:
        return _named(text, toks, i, k), k, "verb"   # "SCIC thực hiện ...": the short name the document gave
    if toks[i].upper and i < len(toks) and not _match(toks, i, lex["intro_openers"]):
        # a proper name as subject ("Thanh Hóa cần ..."): only before a modal; "Khi cần thiết ..." opens a condition
        k = i
        while k < len(toks) and toks[k].upper and k - i < 6 and not toks[k].tail:
            k += 1
        if k > i and k < len(toks) and _match(toks, k, lex["modals"]) and not _match(toks, k, lex["adjective_modals"]):
            return _named(text, toks, i, k), k, "verb"
    return None, i, ""


def _described_party_end(toks: list[_Tok], j: int, k: int) -> int:
    """Where the name goes on to when a bare ``relative_nouns`` head ("Đơn vị", "Cơ quan"), or a name of a
    kind of body before one of ``descriptor_verbs`` ("Sở quản lý ngành, lĩnh vực có trách nhiệm ..."), or a pair of
    ``named_parties`` ("Tổ chức, cá nhân tham gia ... phải ..."), meets a verb
    in lower case at ``k`` and a modal follows within ``described_party_reach`` words, with no clause
    break, "và" or comma right before it: the verbs describe which unit ("Đơn vị quản lý, vận hành hệ
    thống chiếu sáng công cộng có trách nhiệm ..."); any other name of a kind of body (``_generic_name``) goes
    on only to its modal, not to a time limit ("Ngân hàng thương mại cung cấp dịch vụ mở tài khoản ... có trách
    nhiệm ...", realworld54 755); ``k`` otherwise."""
    lex = lexicon()
    if k >= len(toks) or toks[k].upper or _match(toks, k, lex["modals"]) \
            or toks[k].word in lex["opening_subject_clauses"] or toks[k].word in lex["described_party_breaks"]:
        return k   # "... thành 01 xã, phường mới thì không phải ...": a condition's end, no party's verb
    # a kind of body ("Ngân hàng thương mại cung cấp dịch vụ ... có trách nhiệm ...") only before its modal
    known = _relative_nouns_only(toks, j, k) or (_match(toks, k, lex["descriptor_verbs"]) and _generic_name(toks, j, k)) \
        or _named_pair(toks, j, k) or competence_named(toks, j, k)
    if not (known or _generic_name(toks, j, k)):
        return k
    # "Cơ quan tiếp nhận hồ sơ thực hiện ...": a verb that is the clause's act ends the name (a competence's object
    # ends by ``_competence_end``)
    act, acting = k, known and not competence_named(toks, j, k)
    for m in range(k + 1, min(len(toks), k + lex["described_party_reach"])):
        if known and time_limit_end(toks, m) > m:
            return m   # "Cơ quan có thẩm quyền cấp giấy chứng nhận ... trong thời gian 20 ngày ..., có trách nhiệm"
        if toks[m - 1].tail[:1] in (";", ".", ":", "!", "?", "…") or (toks[m].upper and _org_start(toks, m) == m) \
                or toks[m].word in lex["opening_subject_clauses"] or toks[m].word in lex["described_party_breaks"]:
            # a body's name in capitals opens another clause; "... sử dụng Hệ thống thư điện tử ..." names a
            # system; "Tổ hợp tác tự quyết định ... nhưng ít nhất phải ...": the modal is another clause's
            return act
        if act == k and acting and described_act(toks, k, m):
            act = m
        if _match(toks, m, lex["modals"]) and toks[m].word not in ("sẽ", "cần"):
            if act > k:
                return act
            verb = _match(toks, k, lex["verbs"])
            if toks[m - 1].word in _COORDINATORS or toks[m - 1].tail or (m == k + 1 and not verb) \
                    or (j > 0 and toks[j - 1].word == "do" and m <= k + max(1, verb)):
                # "Các đơn vị kế toán đều phải ...": a word before the modal that is no verb is its adverb;
                # "Thang lương ... do Quỹ xây dựng phải có ...": after "do", the verb is what the maker does
                return k
            # "Cá nhân, tổ chức hoàn toàn chịu trách nhiệm ...": a pair's adverbs before the modal are no name, nor
            # is "đồng thời" before any ("Cơ quan thuế quản lý đơn vị chủ quản đồng thời phải ...", realworld91 866)
            if _named_pair(toks, j, k):
                return _before_adverbs(toks, k, m)
            return next((m - n for n in (2, 1) if m - n > k and _match(toks, m - n, lex["name_ending_adverbs"]) == n), m)
    return act


def _competence_end(toks: list[_Tok], k: int) -> int:
    """Where a body named by its competence ("cơ quan có thẩm quyền" ending at ``k``) ends when the verb at
    ``k`` and its object say which competence and a verb of the lexicon follows with no break: "cơ quan có
    thẩm quyền cấp giấy chứng nhận quyết định thu hồi ...", "cơ quan có thẩm quyền cấp, cấp lại chứng chỉ kỹ
    năng nghề quốc gia thông báo ..." (realworld70 805). The object holds no verb of the lexicon, no capital,
    none of ``competence_object_breaks`` and at most ``competence_object_words`` words; ``k`` otherwise (the
    verb at ``k`` is the act; so is the verb after an adverb, "người có thẩm quyền vẫn ra quyết định ...")."""
    lex = lexicon()
    if k >= len(toks) or _match(toks, k, lex["verbs"]) or _match(toks, k, lex["name_ending_adverbs"]) \
            or _match(toks, k, lex["subject_clause_breaks"]):   # "Người có thẩm quyền sau khi lập biên bản ... phải ..."
        return k
    i = k + 1
    if toks[k].tail == "," and i < len(toks) and toks[i].word == toks[k].word:   # "cấp, cấp lại"
        i += 1 + (i + 1 < len(toks) and toks[i + 1].word == "lại")
    if toks[i - 1].tail:
        return k
    for m in range(i + 1, min(len(toks), i + 1 + lex["competence_object_words"])):
        if toks[m - 1].tail or toks[m].upper or _match(toks, m, lex["modals"]) \
                or _match(toks, m, lex["competence_object_breaks"]):
            return k   # "cấp giấy chứng nhận cho tổ chức ...": the verb at k acts, "cho" opens its complement
        if _match(toks, m, lex["verbs"]):
            return m
    return k


def _execution_formula(toks: list[_Tok], i: int) -> int:
    """Where the closing clause "<bodies> chịu trách nhiệm thi hành Quyết định này" that opens with a
    body's name at ``toks[i]`` reaches its formula (``execution_formulas``), the bodies listed
    before it with any separators; ``i`` when the clause is none."""
    lex = lexicon()
    j = i + _match(toks, i, lex["determiners"])
    if _org_start(toks, i) < 0 and not _match(toks, j, lex["party_heads"]):
        return i
    for k in range(i + 1, min(len(toks), i + 160)):
        if toks[k - 1].tail[:1] in (".", "!", "?", "…") or _match(toks, k, lex["execution_breaks"], lower_first=True) \
                and not _match(toks, k, lex["execution_formulas"]):
            return i   # "Sở Tài chính chủ trì, phối hợp với ... chịu trách nhiệm thi hành ...": a task
        if (n := _match(toks, k, lex["execution_formulas"])) and any(
                t.word.startswith("này") for t in toks[k + n:k + n + 4]):   # "này.", "này./."
            return k
    return i


_GLUED_MARKS = re.compile(r"(?<=[^\W\d_]{2})\d{1,2}(?!\w)")   # "nghiệp33": a footnote's mark


def _named(text: str, toks: list[_Tok], i: int, k: int) -> str:
    """A subject's name from ``toks[i:k]`` without the short name a bracket gives it ("Chủ tịch Ủy ban
    nhân dân xã, phường (gọi chung là Ủy ban nhân dân cấp xã)" -> "Chủ tịch Ủy ban nhân dân xã, phường")."""
    name = _GLUED_MARKS.sub("", _span_text(text, toks, i, _named_term_end(toks, i, k)))
    if "(" not in name:
        return name
    return _alias().sub("", name).strip() or name


def _party_subject_end(toks: list[_Tok], i: int) -> int:
    """Where the subject ends when a clause opens with a party (``party_heads``) or a body whose
    name runs into a participle ("Người đứng đầu cơ quan, tổ chức được giao nhiệm vụ phải ..."): at
    the clause's first modal, else at a verb at most four words after the head; ``i`` when neither."""
    lex = lexicon()
    j = i + _match(toks, i, lex["determiners"])
    n = _match(toks, j, lex["party_heads"]) or _match(toks, j, lex["org_heads"])
    # a party named by its competence or by two heads ("tổ chức, cá nhân") may follow an intro's comma
    comma = i > 0 and _comma_closed(toks[i - 1])   # "Căn cứ kết quả bỏ phiếu (nếu có), cấp có thẩm quyền ..."
    competent = comma and not _passive_agent_before(toks, i) and (
        _match(toks, j, lex["named_parties"]) >= 3 or _match(toks, j, lex["party_heads"]) >= 3)
    # any party may follow a condition's comma or its "thì" when its modal comes ("Khi giải quyết tố cáo ...,
    # người giải quyết tố cáo phải ...", "Đối với trường hợp ... thì cơ quan được yêu cầu phải ...")
    conditioned = n and j == i and not toks[i].upper and not competent and i > 0 \
        and (comma or (toks[i - 1].word == "thì" and not toks[i - 1].tail)) \
        and not _passive_agent_before(toks, i)
    if conditioned and (e := _term_end(toks, j, j + n)) > j + n:
        # "Sau khi kết thúc thăm dò ..., người điều hành thông báo ...": the name the document makes for a
        # party, then its verb (realworld40 654, realworld39 645)
        return e
    if not n or (j == i and not toks[i].upper and not competent and not conditioned) \
            or _match(toks, j, lex["not_heads"]) >= n or _match(toks, i, lex["intro_openers"]):
        # a subject opens its clause with a capital, or after "các", "mọi", "mỗi"; a party named by
        # its competence may follow a condition's comma ("Trường hợp ..., người có thẩm quyền cho ý kiến")
        return i
    # after a condition's comma a party of ``named_parties`` may act with a plain verb too ("Trong vòng 03 ngày
    # làm việc kể từ ..., nhà xuất khẩu khai báo ..."); any other needs its modal
    party = 0 if conditioned and not _match(toks, j, lex["named_parties"]) else _match(toks, j, lex["party_heads"])
    # a verb: only after a party of ``named_parties`` or after "các", "mọi" ("Trưởng đoàn điều hành
    # ...", "Các thành viên khác trong đoàn thực hiện ..."), or on a list of parties ("Tổ chức, doanh
    # nghiệp thực hiện ..." : a verb is never followed by a comma and a party); "Người làm việc ...",
    # "Cơ sở giáo dục, ..." name people and places
    listed = party and _match(toks, j, lex["verbs"]) >= party and toks[j + party - 1].tail.startswith(",") \
        and _listed_party(toks, j + party)
    if party and (j > i or _match(toks, j, lex["named_parties"]) or listed):
        k, limit = j + n, j + n + 5
        while k < min(len(toks), limit):
            if toks[k - 1].tail.startswith(",") and (h := _listed_party(toks, k)):
                k, limit = k + h, limit + h   # "các cá nhân, tổ chức phản ánh ...": another party of the list
                continue
            if (c := _match(toks, k, lex["np_compounds"])) > 1 and not toks[k - 1].tail:
                k, limit = k + c, limit + c - 1   # "Các trường ... thuộc phạm vi quản lý của cấp xã gửi ...": a noun
                continue
            if _match(toks, k, lex["subject_clause_breaks"]) and not toks[k - 1].tail and _modal_after(toks, k):
                return k   # "Các tổ chức khi lập trang thông tin điện tử phải báo cáo ...": the name ends at "khi"
            if toks[k - 1].tail or (toks[k].word in lex["party_name_breaks"]
                                    and not _match(toks, k, lex["np_compounds"])):
                # "Các thành viên khác trong đoàn thực hiện ...": "trong" may stand inside the name,
                # and so may "có liên quan" ("các tổ chức, cá nhân có liên quan phản ánh ...")
                break
            if _match(toks, k, lex["soft_stops"]) and _match(toks, j, lex["named_parties"]):
                return k   # "Chấp hành viên căn cứ vào nội dung bản án ... để xác định ...": the party acts by its basis
            if (_match(toks, k, lex["verbs"]) or _match(toks, k, lex["openers"]) or _homograph_verb(toks, k)) \
                    and not _match(toks, k, lex["np_compounds"]) and _compound_end(toks, k) == k:
                if k + 2 < len(toks):   # "Người giao" / "Người nhận": a form's labels
                    # "Các tổ chức, cá nhân sử dụng kinh phí ... có trách nhiệm ...": which parties
                    return _described_party_end(toks, j, k)
                break
            k += 1
    if party and j == i and (e := _term_end(toks, j, j + n)) > j + n:
        return e   # "Người trưng cầu giám định lựa chọn ...": the document's name for a party, then its verb
    when = 0   # "Các bộ, ... Ủy ban nhân dân cấp tỉnh khi xây dựng kế hoạch ... phải ...": the name ends at "khi"
    # a head that reads as a verb too ("Tổ chức kiểm định có trách nhiệm ..." / "Tổ chức thực hiện ...,
    # bảo đảm phải ..."): a subject only when its modal comes within a few words, before any comma
    verbal = _match(toks, j, lex["verbs"]) >= n
    limit = j + (n + 5 if verbal else lex["party_modal_reach"])
    for k in range(j + n, min(len(toks), lex["party_modal_reach"] + j)):
        if k >= limit or toks[k - 1].tail[:1] in (";", ".", ":", "!", "?", "…"):
            break
        if verbal and toks[k - 1].tail:
            if not (toks[k - 1].tail.startswith(",") and (_org_start(toks, k) == k or _listed_party(toks, k))):
                break
            limit = j + lex["party_modal_reach"]   # "Tổ chức hành nghề công chứng, Ủy ban nhân dân cấp xã có trách nhiệm ...": bodies
        if not when and _match(toks, k, lex["subject_clause_breaks"]) and not toks[k - 1].tail:
            when = k
        if ((_match(toks, k, lex["modals"]) or _match(toks, k, lex["limit_modals"])) and toks[k].word != "sẽ"
                or (party and not conditioned and _forbidden_act(toks, j + n, k))) and not toks[k].upper:
            if conditioned and toks[k - 1].word == "không":
                break   # "..., thì người sử dụng lao động không phải trả lương ...": no duty
            return when or _before_adverbs(toks, j + n, k)   # "Cần" of "Cần Thơ" is a name; "có trách nhiệm" is a modal
        if not party and toks[k].word in lex["body_name_breaks"]:
            break   # "Bộ có 04 đề án phải trình": a body's name ends before "có"
    return i


def _listed_party(toks: list[_Tok], k: int) -> int:
    """How many words a party or body head at ``toks[k]`` (or one of ``comma_nouns``) spans when it
    goes on a list of parties after a comma ("cá nhân, tổ chức"); 0 when none stands there."""
    lex = lexicon()
    h = max(_match(toks, k, lex["party_heads"]), _match(toks, k, lex["org_heads"]), _match(toks, k, lex["comma_nouns"]))
    return h if h and k + h < len(toks) and not _match(toks, k, lex["not_heads"]) else 0


def _passive_agent_before(toks: list[_Tok], i: int) -> bool:
    """The comma before ``toks[i]`` joins two agents of a passive ("được cơ quan, người có thẩm
    quyền phê duyệt"): a ``passive`` word ("được", "bị") stands at most four words before the comma,
    with no break between, is no part of a verb (``received_verbs``: "nhận được", "đạt được") and names its
    agent, a party or a body, right after it: "Khi một giếng ... có nguy cơ bị mất kiểm soát, người điều hành
    phải ..." has a passive verb, no agent (realworld40 654)."""
    lex = lexicon()
    for k in range(i - 2, max(-1, i - 6), -1):
        if toks[k].tail:
            return False
        if (n := _match(toks, k, lex["passive"])) and not (k > 0 and _match(toks, k - 1, lex["received_verbs"]) == 2):
            # "Sau khi nhận được đề xuất, cơ quan có thẩm quyền ...": a verb's "được", no passive
            agent = k + n + _match(toks, k + n, lex["determiners"])
            return _org_start(toks, agent) >= 0 or bool(_match(toks, agent, lex["party_heads"]))
    return False
