"""What a list's lead-in makes of the items under it ("Nghiêm cấm các hành vi sau:" -> prohibitions, "...
trong các trường hợp sau:" -> cases, "Đối tượng áp dụng" -> scope, "Hồ sơ gồm:" -> papers, "... bao gồm các
nội dung sau:" -> a catalogue, "... như:" -> examples, "Kính gửi:" -> addressees), from the word lists of
``models/directives.json``; and whether a lead-in ends by naming its subject's duties ("... có trách nhiệm:").
"""
from __future__ import annotations

import re
from functools import cache

from vanban.pipeline.extract.directive_tokens import _has, _match, _tokens, contents_tail, lexicon
from vanban.pipeline.text import caseless


def _leadin_kind(lead: str) -> str | None:
    """"prohibition", "violation", "cases", "rights", "scope", "papers", "catalogue", "sources", "examples", "addressees" or None
    for a list's lead-in (``models/directives.json``)."""
    low = caseless(lead)
    lex = lexicon()
    acts = re.search(r"(?<!\w)(?:hành vi|việc|lỗi)(?!\w)", low)   # "... vi phạm một trong các lỗi sau đây:" names acts too
    if acts and _has(low, lex["violation_cues"]):
        return "violation"
    if _has(low, lex["case_cues"]):
        return "cases"
    if _oversees_activities(low):
        return "catalogue"   # "... giám sát ... đối với Sở giao dịch ... về các hoạt động nghiệp vụ sau:": what is overseen
    if re.search(r"(?<!\w)(?:" + "|".join(lex["rights_leadin_patterns"]) + r")[\s*_]*:?[\s*_]*$", low):
        return "rights"   # "Người lao động có các quyền sau đây:": what they may do, nobody is asked
    if any(re.search(p, low.strip(" *_")) for p in lex["paper_list_patterns"]):
        return "papers"   # "3. Hồ sơ ... đối với tổ chức ... thuộc đối tượng được hưởng ..., bao gồm:": papers, whoever they concern
    unbracketed = re.sub(r"\([^()]*\)", " ", low)   # "1. Thông tin về ... (áp dụng đối với trường hợp ...):" names no scope
    if (_has(unbracketed, lex["scope_cues"]) or (not low.rstrip(" *_").endswith(":") and _has(unbracketed, lex["scope_title_cues"]))) \
            and not _ends_with_duty(low):
        # "1. Tổ chức, cá nhân sử dụng ... dữ liệu là đối tượng được bảo hộ ... có trách nhiệm:" names duties
        return "scope"
    if _has(low, lex["paper_list_cues"]):
        return "papers"   # "* Thành phần hồ sơ:" / "- Báo cáo tự đánh giá của thôn, xã ...": papers named
    if contents_tail().search(low):
        return "catalogue"   # "Phương án ... bao gồm các nội dung cơ bản sau:" / "a) Đánh giá ...": what it holds
    # "Giao Sở Y tế căn cứ Danh mục thủ tục hành chính ... có trách nhiệm:": the list named is the basis
    # of the duties below, no catalogue
    if (_has(low, lex["catalogue_cues"]) and not _has(low, lex["task_nouns"]) and not _ends_with_duty(low)) \
            or _has(low, lex["spending_cues"]) or re.fullmatch(lex["spending_title_pattern"], low.strip(" *_:.")) \
            or _has(low, lex["syllabus_cues"]) or _has(low, lex["qualification_cues"]) \
            or (_has(low, lex["forbidden_things"]) and not acts
                                                   and not _opens_with_verb(low)):
        # "Điều 2. Danh mục vị trí công tác ... phải thực hiện định kỳ chuyển đổi"; "b) Nội dung chi:" /
        # "- Mua sắm, sửa chữa trang thiết bị ...": what the money is spent on; "1. Nội dung bồi dưỡng
        # nghiệp vụ" / "c) Triển khai thực hiện hoạt động đánh giá ...": what a course teaches; "Điều 2. Đồ
        # vật cấm" / "1. Vũ khí quân dụng, ...": things forbidden, no act; "3. Tiêu chuẩn về năng lực ...:" /
        # "d) Đã chủ trì 01 nhiệm vụ ...": what a post's holder must have done
        return "catalogue"
    if re.fullmatch(lex["source_list_pattern"], low.strip(" *_")):
        return "sources"   # "Nguồn vốn triển khai Kế hoạch ..., bao gồm:" / "3. Nguồn vốn hỗ trợ, tài trợ từ ...": money's sources
    if re.search(r"(?<!\w)như\s*:$", low):
        return "examples"   # "... các nền tảng số chuyên dùng như:": what follows are examples
    if re.search(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in lex["addressee_leadins"]) + r")[\s*_]*:[\s*_]*$", low):
        return "addressees"   # "THỦ TƯỚNG CHÍNH PHỦ điện:", "Kính gửi:": who the text is sent to
    if _has(low, lex["prohibition_cues"]) or (acts and re.search(r"(?<!\w)không được(?!\w)", low)):
        return "prohibition"
    return None


@cache
def _overseen_leadins() -> list[re.Pattern]:
    return [re.compile(p) for p in lexicon()["overseen_leadin_patterns"]]


def _oversees_activities(low: str) -> bool:
    """A lead-in where a body oversees another's activities listed below (``overseen_leadin_patterns``): "Ủy
    ban Chứng khoán Nhà nước thực hiện giám sát tuân thủ ... đối với Sở giao dịch chứng khoán Việt Nam về các
    hoạt động nghiệp vụ sau:" (realworld89 860); the items are the overseen body's business."""
    flat = " ".join(low.split()).rstrip(" *_:.")
    return any(p.search(flat) for p in _overseen_leadins())


def _ends_with_duty(low: str) -> bool:
    """A lead-in that ends by naming its subject's duties ("... có trách nhiệm:", ``heading_duty``); one
    that only holds such words inside ("... mà người có chức vụ ... trước đây mình có trách nhiệm quản lý")
    does not."""
    tail = re.sub(r"\s+(?:như\s+)?sau(?:\s+đây)?$", "", low.rstrip(" *_:.\n"))
    return any(tail.endswith(" ".join(p)) for p in lexicon()["heading_duty"])


_LEAD_LABEL = re.compile(r"\s*(?:điều\s+\d+[a-zđ]?[.:]|\d+(?:\.\d+)*[.)]|[a-zđ]\))\s*")


def _opens_with_verb(low: str) -> bool:
    """Whether a lead-in, its label aside, opens with a verb ("Điều 5. Xử lý đồ vật cấm": what is
    done with the things, not a list of them)."""
    m = _LEAD_LABEL.match(low)
    toks = _tokens(low[m.end() if m else 0:])
    return bool(toks) and bool(_match(toks, 0, lexicon()["verbs"]))
