"""Who the headings and lead-ins above a unit name as acting ("3. Sở Tư pháp:", "Trách nhiệm
của Sở Tài chính", "Trong đó giao Giám đốc Công an tỉnh chỉ đạo thực hiện:", "2. Chỉ đạo Cơ quan đại
diện ...:"); what a list's lead-in makes of its items (prohibitions, offences, cases, scope, examples)
is ``directive_list_kinds``'s.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache

from vanban.pipeline.extract.directive_actors import _distinct, _np_end, _org_start, verbal_head
from vanban.pipeline.extract.directive_names import current_terms, duty_title_body
from vanban.pipeline.extract.directive_article_leads import article_intro_actor
from vanban.pipeline.extract.directive_duty_leads import _asks, duty_leadin_actor, long_duty_leadin_actor
from vanban.pipeline.extract.directive_index import _DocIndex, _Unit
from vanban.pipeline.extract.directive_list_kinds import _leadin_kind
from vanban.pipeline.extract.directive_reading import _read
from vanban.pipeline.extract.directive_tokens import (
    _STATIVE_LEADIN, _duty_prefix, _duty_subject, _has, _label_end, _match, _rstrip_at, _span_text, _tokens, lexicon,
    verb_pair_title,
)
from vanban.pipeline.model import Section
from vanban.pipeline.text import caseless
from vanban.pipeline.text.labels import ARTICLE, ITEM_LINE, head


def _list_leadin(ix: _DocIndex, u: "_Unit") -> str | None:
    """The text that leads into the list a unit belongs to: an item's parent's own text when the
    parent is a title or ends with ":", else the line ending with ":" just above the list (earlier
    members, labelled or closed by ";", stepped over)."""
    text = ix.doc.text
    sec = u.section
    parent = ix.by_id.get(sec.parent) if u.item and sec is not None and sec.parent else None
    pos = sec.start if sec is not None else u.start
    near, at, shapes = _line_leadin(text, pos, sec is None)
    if parent is not None:
        kids = ix.kids_start.get(parent.id, parent.end)
        if near is not None and at > kids and not ITEM_LINE.match(near) \
                and shapes <= {_mark_shape(text[pos:text.find("\n", pos)])}:
            # "Ghi chú:" / "(1) Mô tả tóm tắt ..." under a form's table, numbered as if it went on with a list
            # pages above ("Thỏa thuận liên danh chấm dứt hiệu lực trong các trường hợp sau:"): the nearer lead-in
            return near
        own = text[_label_end(text, parent.start, kids):kids].strip(" *_\n")
        if ix.is_title(parent):
            lines = own.splitlines()
            if len(lines) > 1 and lines[-1].rstrip().endswith(":"):
                lead = _wrapped_paragraph(lines)   # the paragraph under the title that leads into the list
                if _leadin_kind(lead) is None and _leadin_kind(lines[0]) == "scope":
                    return f"{lines[0].strip()}: {lead}"   # "Điều 1. Phạm vi điều chỉnh" / "Quyết định này phân cấp ..., gồm:"
                return lead
            return lines[0] if lines else None
        if own.endswith(":") or _open_leadin().search(own):
            # "1. Quy chế này áp dụng đối với ..., bao gồm" / "a) ...": a lead-in whose colon the text lost
            cut = max(own.rfind("\n"), own.rfind(". "))
            return own[cut + 1:].strip()
    return near


def _wrapped_paragraph(lines: list[str]) -> str:
    """The last paragraph of a title's text (``lines``, the title's first line excluded), its lines wrapped by a
    page's width joined back ("Ủy ban Chứng khoán Nhà nước thực hiện giám sát tuân thủ pháp luật về" / "chứng
    khoán ... đối với Sở giao dịch chứng khoán Việt" / "Nam về các hoạt động nghiệp vụ sau:", realworld89 860):
    the lines above the last one back to one the page did not cut (``_wrapped_line``)."""
    first = len(lines) - 1
    while first > 1 and _wrapped_line(lines[first - 1]):
        first -= 1
    return " ".join(line.strip() for line in lines[first:])


def _wrapped_line(line: str) -> bool:
    """A line the page's width cut inside a sentence: long, not closed by a mark, neither a caption in brackets nor a
    heading in capitals ("DANH MỤC GIAO DỊCH TÀI SẢN MÃ HÓA" / "(Kèm theo Thông tư số ...)" above "Ghi chú:")."""
    line = line.strip(" \t*_")
    letters = [c for c in line if c.isalpha()]
    return len(line) >= 30 and line[-1:] not in ".;:!?)" and not line.startswith("(") \
        and not (letters and all(c.isupper() for c in letters))


def _line_leadin(text: str, pos: int, unsectioned: bool) -> tuple[str | None, int, set[str]]:
    """The line ending with ":" just above the list that an item at ``pos`` belongs to (earlier members,
    labelled or closed by ";", stepped over), where it starts and the shapes of the marks stepped over
    (``_mark_shape``); (None, -1, ...) when there is none."""
    end = pos
    stepped: set[str] = set()   # the kinds of label stepped over
    shapes: set[str] = set()
    for _ in range(40):   # earlier items of the same list are stepped over
        end = _rstrip_at(text, end)
        start = text.rfind("\n", 0, end) + 1
        if not end:
            return None, -1, shapes
        line = text[start:end]
        if (ITEM_LINE.match(line) or line.endswith(";")) and not line.endswith(":"):
            end = start   # an earlier member of the list, labelled or closed by ";"
            stepped.add(_label_kind(line))
            shapes.add(_mark_shape(line))
            continue
        if unsectioned and _label_kind(line) in stepped - {""}:
            return None, -1, shapes   # "1. Điều kiện ... sau:" over "2. ...", "4. ...", then a paragraph: a sibling's lead-in
        return (line, start, shapes) if line.endswith(":") else (None, -1, shapes)
    return None, -1, shapes


_MARK_SHAPE = re.compile(r"\s*(?:(\(\d{1,2}\))|(\d+(?:\.\d+)*[.)])|([a-zđ]\))|([-+•*]))")


def _mark_shape(line: str) -> str:
    """The shape of a list line's mark: "(1)", "1.", "a)", "-" (any number, letter or bullet alike); "" for none."""
    m = _MARK_SHAPE.match(line)
    return "" if not m else ("(1)", "1.", "a)", "-")[m.lastindex - 1]


def _label_kind(line: str) -> str:
    """"digit", "letter" or "bullet" for a list line's mark; "" for none or a note's "(1)"."""
    return {"1.": "digit", "a)": "letter", "-": "bullet"}.get(_mark_shape(line), "")


@cache
def _open_leadin() -> re.Pattern:
    """The closing words of a lead-in written without its colon (``colonless_leadin_ends``)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in lexicon()["colonless_leadin_ends"]) + r")$")


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


def heading_actor(heading: str) -> str | None:
    """The body a heading names as the one who acts (``_heading_actor``), read with the names the
    document being read makes for its parties (``terms_of``): one cache entry per heading and names."""
    return _heading_actor(heading, current_terms())


@lru_cache(maxsize=8192)
def _heading_actor(heading: str, _terms: frozenset) -> str | None:
    """The body a heading names as the one who acts: "2. Ủy ban nhân dân huyện:" ->
    "Ủy ban nhân dân huyện"; "Trách nhiệm của Sở Tài chính" -> "Sở Tài chính"; "Đề nghị Liên đoàn
    Lao động tỉnh" -> "Liên đoàn Lao động tỉnh"; a generic body with what describes it, "Các
    doanh nghiệp thứ cấp đang hoạt động trong KCN", as a whole."""
    stripped = heading.strip(" *_:")
    h = _duty_prefix().sub("", stripped).strip(" :.")
    duty = h != stripped.strip(" :.")   # "Nhiệm vụ của đoàn đánh giá": whose duties follow
    h = duty_title_body(h) if duty else h
    toks = _tokens(h)
    if not toks or verb_pair_title(toks):
        return None
    j = _org_start(toks, 0)
    if j < 0:
        lex = lexicon()
        d = _match(toks, 0, lex["determiners"])
        # a head that reads as a verb too names no one before another verb: "Điều 3. Tổ chức thực hiện"
        if len(toks) <= 8 and _match(toks, d, lex["party_heads"]) and not verbal_head(toks, d) and not _asks(toks):
            return h   # "1. Người nộp phí:", "Các cơ sở nuôi trồng thủy sản"
        if duty and re.search(r"\scủa$", stripped[:len(stripped) - len(h)].strip(" :")) \
                and (len(toks) <= lex["wrapped_name_max_words"] or _match(toks, d, lex["party_heads"])) \
                and not _asks(toks):
            # "Trách nhiệm của Văn thư cơ quan", "Nghĩa vụ của thuê bao": whoever the title names; a party however
            # long its description ("Trách nhiệm của nhà thầu chế tạo, sản xuất vật liệu xây dựng, cấu kiện và thiết
            # bị sử dụng cho công trình xây dựng theo yêu cầu riêng của thiết kế:", realworld86 851)
            return h
        return None
    k, why = _np_end(toks, j)
    if why == "end" and k >= len(toks):
        return _span_text(h, toks, 0, k)
    if why == "bad" and k > j and toks[k - 1].tail.startswith(",") and _match(toks, k, lexicon()["name_qualifiers"]):
        # "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng
        # tâm là các tỉnh:": the body named, then which of them matter most
        return _span_text(h, toks, 0, k)
    low = caseless(h).rstrip(" :")
    bare = re.sub(r"\s+(?:như\s+)?sau$", "", low)   # "... có trách nhiệm sau:"
    if k > j and any(low.endswith(" ".join(p)) or bare.endswith(" ".join(p)) for p in lexicon()["heading_duty"]):
        # "Phòng Kinh tế là cơ quan thường trực Chương trình, có trách nhiệm:"; "Trường cao đẳng được
        # đánh giá theo tiêu chí ... có trách nhiệm:"; "Cơ quan, tổ chức, doanh nghiệp tổ chức hoạt
        # động có sự tham gia của trẻ em ... có trách nhiệm sau:": the body runs to the duty
        # "Cơ quan có thẩm quyền có trách nhiệm:": a party whose name (``party_heads``) runs past the noun's
        party = j + _match(toks, j, lexicon()["party_heads"]) > k
        if party or (why in ("bad", "verb") and k < len(toks) and not toks[k - 1].tail
                     and (why == "verb" or toks[k].word == "được")):
            m = re.search(r"\s+(?:có|chịu) trách nhiệm|\s+có (?:các )?nhiệm vụ", h)
            if m:
                return h[:m.start()].strip(" ,")
        return _span_text(h, toks, 0, k)
    if why == "bad" and k + 1 < len(toks) and toks[k].word == "do" and toks[k + 1].upper \
            and not heading.rstrip(" *_").endswith(":") and not _asks(toks):
        # "3. Tổng giám đốc ... công ty trách nhiệm hữu hạn một thành viên do Công ty mẹ - Tập đoàn ...
        # nắm giữ 100% vốn điều lệ": a title that names its body by whom it belongs to (realworld61 778)
        return h
    if why in ("verb", "bad") and (duty or j > 0) and not _asks(toks):
        # "Nhiệm vụ của đoàn đánh giá", "Các chủ đầu tư xây dựng và kinh doanh hạ tầng KCN", "Các
        # doanh nghiệp thứ cấp đang hoạt động trong KCN": a body named with what it does or
        # describes it, no clause of its own
        return h
    return None


def _described_title(sec: Section) -> str | None:
    """An article's title that is a generic body's name with what it does, a name whose own words
    look like verbs ("Điều 13. Cơ quan quản lý tạm giữ, tạm giam và cấm đi khỏi nơi cư trú Bộ Công
    an", in a chapter of each body's duties, realworld33 598): a head of ``relative_nouns``, no colon,
    no modal or assignment; the whole title is the body."""
    h = sec.heading.strip(" *_")
    toks = _tokens(h)
    head = _match(toks, 0, lexicon()["relative_nouns"]) if toks else 0
    if h.endswith((":", ".", ";")) or not head or _asks(toks) or verbal_head(toks, 0):
        return None   # "Điều 5. Tổ chức thực hiện": a verb, whoever carries it out
    if sec.kind == "article":
        # "Điều 29. Tổ chức, cá nhân khi sử dụng dịch vụ trên Hệ thống ...": the body, not when it acts
        cut = next((toks[q].start for q in range(head, len(toks)) if _match(toks, q, lexicon()["subject_clause_breaks"])), len(h))
        return h[:cut].strip(" ,")
    # a numbered title that names its body by what it was given ("4. Đơn vị được Bộ trưởng Bộ Nông
    # nghiệp và Môi trường giao chủ trì thực hiện nhiệm vụ, hoạt động xây dựng văn bản quy phạm pháp
    # luật" / "a) Đề xuất danh mục ...", realworld32 590)
    return h if head < len(toks) and toks[head].word.lower() == "được" else None


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
    # a title that is only what comes before a name ("8. Đề nghị" / "Liên minh Hợp tác xã tỉnh, Đoàn
    # TNCS Hồ Chí Minh tỉnh, Hội nông dân tỉnh, ..."): the name below may list several bodies
    prefix_only = (m := _duty_prefix().match(h.strip())) is not None and m.end() >= len(h.strip())
    limit = lexicon()["wrapped_name_max_words"] * (2 if prefix_only else 1)
    if not nxt or len(nxt.split()) > limit or nxt[-1] in ".;!?…" or ITEM_LINE.match(nxt) \
            or ix.section_starts_at(line_end + 1) or not nxt[0].isupper():
        return h
    toks = _tokens(nxt)
    lex = lexicon()
    bare = len(h.split()) == 1   # "2.7. Sở" / "Giáo dục và Đào tạo": a head alone, its name below
    if not bare and (_match(toks, 0, lex["verbs"]) or _match(toks, 0, lex["openers"]) or _match(toks, 0, lex["assign"])
                     or _match(toks, 0, lex["intro_openers"])):
        return h   # the first line of the section's own text ("Căn cứ quy định ..., thực hiện các nhiệm vụ sau đây:")
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
    if _directs().search(sec.heading):
        a = _lead_clause_actor(sec.heading)   # "Sở A chỉ đạo Chi cục B thực hiện các nội dung sau:" -> B
        if a:
            return a
    return heading_actor(sec.heading) or _described_title(sec) or duty_leadin_actor(sec.heading) \
        or _lead_clause_actor(sec.heading)


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
    for m in _directs().finditer(line):   # the last body directed, nearest the colon
        sub = _tokens(line[m.end():m.end() + 400])
        if sub and _org_start(sub, 0) >= 0:
            k, why = _np_end(sub, _org_start(sub, 0))
            if why in ("verb", "soft") and k > 0:
                directed = _span_text(line[m.end():], sub, 0, k)
    return directed or (r.actors[0] if r.subject_verb else None)


# "X chỉ đạo Y thực hiện ...": Y carries out the items that follow
@cache
def _directs() -> re.Pattern:
    """"X chỉ đạo Y thực hiện ...": Y carries out the items that follow (``directing_verbs``)."""
    verbs = "|".join(re.escape(v) for v in lexicon()["directing_verbs"])
    return re.compile(r"(?<!\w)(?:" + verbs + r")\s+(?=\S)")


def _ancestor_actor(ix: _DocIndex, sec: Section | None) -> str | None:
    """The actor the headings above a unit name: the nearest title that names a body, or an
    item that leads into its sub-items and names who acts in it."""
    seen = 0
    own = sec
    while sec is not None and seen <= len(ix.by_id):   # a cycle of parents ends too
        if sec.kind not in ("article", "chapter") and (a := _directed_section(ix, sec)):
            return a   # "b) Chỉ đạo Tổng cục Giáo dục nghề nghiệp:" / "Hướng dẫn việc ...": the body directed acts
        if ix.is_title(sec):
            topic = sec.kind in ("chapter", "subchapter") and _verbal_title(sec.heading)
            a = None if topic else _title_actor(ix, sec)
            lead = _title_leadin_actor(ix, sec) if sec is not own else None
            if a and lead and len(lead) > len(a) and caseless(lead).startswith(caseless(a)):
                return lead   # "Điều 36. Nhiệm vụ và quyền hạn của nhà giáo" / "Nhà giáo trong trường cao đẳng thực hiện ...:"
            if a or lead:
                return a or lead
        elif sec is not own and sec.kind not in ("article", "chapter"):
            a = _item_leadin_actor(ix, sec) or _described_title(sec)
            if a:
                return a
        if sec is not own and sec.kind == "article" and (a := article_intro_actor(ix, sec)):
            return a   # "Điều 8. ... / Khi ..., kiểm định viên phải thực hiện ... các bước ... dưới đây ..."
        sec = ix.by_id.get(sec.parent) if sec.parent else None
        seen += 1
    return _regulated_body(ix, own)


def _verbal_title(title: str) -> bool:
    """A chapter's title that opens with a verb that heads a body's name too ("Chương III. TỔ CHỨC HOẠT ĐỘNG
    ĐÀO TẠO": organising training, realworld70 804, 73 814, 74 815): its topic, no body; a title that names a
    body ("Chương III. PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", realworld45 692) still names who acts."""
    toks = _tokens(title)
    lex = lexicon()
    head = max(_match(toks, 0, lex["org_heads"]), _match(toks, 0, lex["party_heads"]))
    return bool(head) and _match(toks, 0, lex["verbs"]) >= head and not _duty_prefix().match(title)


@cache
def _bare_duty_title() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in lexicon()["bare_duty_titles"]))


def _regulated_body(ix: _DocIndex, sec: Section | None) -> str | None:
    """The body whose duties an article titled by them alone lists ("Điều 2. Nhiệm vụ và quyền hạn"):
    the one the regulation's title names ("CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN ... CỦA SỞ NỘI VỤ",
    ``regulated_body_pattern``), else the article before it ("Điều 5. Chức năng của cơ sở cai nghiện ma túy công
    lập", realworld87 855), as the text writes it in running lines ("Sở Nội vụ")."""
    article = sec
    while article is not None and article.kind != "article":
        article = ix.by_id.get(article.parent) if article.parent else None
    if article is None or not _bare_duty_title().fullmatch(caseless(article.heading).strip(" *_:.")):
        return None
    if article.id not in ix.regulated and (own := _duty_subject(ix.doc.text[article.heading_end:article.end])):
        ix.regulated[article.id] = own   # "Điều 3. Nhiệm vụ" / "1. Quỹ có nhiệm vụ hỗ trợ ..." / "2. Tham mưu ..."
    if article.id not in ix.regulated:
        up, title = article, ix.doc.metadata.title
        while up is not None:
            if up.kind == "attachment":
                title = up.heading
                break
            up = ix.by_id.get(up.parent) if up.parent else None
        name = _body_of_title(title)
        if not name and (before := _article_before(ix, article)) is not None:
            name = _body_of_title(before.heading)   # "Điều 5. Chức năng của cơ sở ..." / "Điều 6. Nhiệm vụ, quyền hạn"
        written = (w.group() for w in re.finditer(re.escape(name).replace(r"\ ", r"\s+"), ix.doc.text, re.I)
                   if not w.group().isupper()) if name else iter(())
        ix.regulated[article.id] = " ".join(next(written, "").split()) or None
    return ix.regulated[article.id]


def _body_of_title(title: str | None) -> str:
    m = re.search(lexicon()["regulated_body_pattern"], " ".join((title or "").split()), re.I)
    return m.group(1).strip(" .,;:*_") if m else ""


def _article_before(ix: _DocIndex, article: Section) -> Section | None:
    """The article right before ``article`` under the same parent, if any."""
    before = None
    for s in ix.doc.sections:
        if s is article:
            return before
        if s.kind == "article" and s.parent == article.parent:
            before = s
    return None


def page_heading_actor(ix: _DocIndex, pos: int) -> str | None:
    """The body a page's heading line above ``pos`` names as the one whose duties follow, when the
    section tree holds no section for it ("## Nhiệm vụ và quyền hạn của Cục Thuế" over "1. Trình Bộ
    trưởng ...", "2. Tổ chức thực hiện ..."): the nearest heading line before, by its duty prefix."""
    k = bisect_right(ix.heading_blocks, (pos, pos)) - 1
    if k < 0:
        return None
    a, b = ix.heading_blocks[k]
    line = ix.doc.text[a:b].strip(" #*_\n")
    return heading_actor(line) if _duty_prefix().match(line) else None


def _title_leadin_actor(ix: _DocIndex, sec: Section) -> str | None:
    """The body a titled part's opening paragraph asks to carry out the parts under it ("Điều 2.
    Nhiệm vụ và giải pháp chủ yếu" / "Quốc hội ..., đồng thời, đề nghị Chính phủ và các cơ quan liên
    quan tập trung thực hiện các nhiệm vụ và giải pháp chủ yếu sau đây:" / "2.1. ..."), or whose
    duties it says they list ("Điều 2. Nhiệm vụ, quyền hạn" / "Trung tâm ... thực hiện nhiệm vụ, quyền
    hạn ..., cụ thể như sau:"): it acts in each of their directives that names no one. Read once per part."""
    if id(sec) in ix.leadin_actors:
        return ix.leadin_actors[id(sec)]
    kids = ix.kids_start.get(sec.id)
    got = None
    if kids is not None:
        body = ix.doc.text[sec.heading_end:kids].strip(" \t\n*_.")
        cut = _sentence_cut(body) + 1
        line = body[cut:].strip()
        if body.endswith(":") and "\n" not in body[:cut] \
                and not any(ITEM_LINE.match(part) for part in line.split("\n")):
            # its last sentence, the lines a page wrapped it on joined ("..., cơ quan thuộc Chính phủ," /
            # "Ủy ban nhân dân các tỉnh, ... cần cụ thể hóa và tổ chức triển khai thực hiện các nhiệm vụ sau đây:")
            line = " ".join(line.split())
            # "Trung tâm ... thực hiện nhiệm vụ, quyền hạn theo quy định tại Nghị định số ..., cụ thể
            # như sau:": the body whose duties the parts list
            got = request_leadin_actor(line) or _subject_leadin_actor(line) or _named_leadin_actor(line) \
                or long_duty_leadin_actor(line)
    ix.leadin_actors[id(sec)] = got
    return got


def _named_leadin_actor(line: str) -> str | None:
    """A lead-in that only names a body before its colon ("1.2. Hỗ trợ khẩn cấp về nhà ở" / "Ủy ban
    nhân dân các tỉnh, thành phố:" / "a) Huy động ..."), or names what it directs in a clause of its
    own ("Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam:"): that body acts in the parts under it."""
    name = line.strip(" *_:")
    a = heading_actor(line)
    return a if a == name else _lead_clause_actor(line)


def request_leadin_actor(line: str) -> str | None:
    """The body a lead-in asks to carry out what it lists ("Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban
    nhân dân các tỉnh, thành phố trực thuộc Trung ương:", "..., đồng thời, đề nghị Chính phủ và các cơ
    quan liên quan tập trung thực hiện các nhiệm vụ ... sau đây:"): the name after its last ``request``
    word, when the line ends with ":" right after the name or with "sau" / "sau đây" / "như sau"."""
    if not line.endswith(":"):
        return None
    found = max((m.end() for m in _request_word().finditer(line)), default=None)
    if found is None:
        return None
    rest = line[found:]
    toks = _tokens(rest)
    j = _org_start(toks, 0) if toks else -1
    if j < 0:
        return None
    k, why = _np_end(toks, j)
    if k <= j or why == "bad":
        return None
    if why == "end" or _REQUEST_LIST_END.search(rest):
        return _span_text(rest, toks, 0, k).strip(" ,:")
    return None


def _subject_leadin_actor(line: str) -> str | None:
    """The subject of a lead-in's last clause that goes on with what it lists ("...; Bộ Công an chịu
    trách nhiệm toàn diện về ..., khẩn trương hoàn thiện hồ sơ dự án Pháp lệnh theo đúng quy định,
    bảo đảm một số yêu cầu sau:"): it acts in each item that names no one. So does one named after an
    introductory phrase when a modal follows it ("Để tiếp tục tháo gỡ ..., tỉnh Đắk Lắk cần tiếp tục
    thực hiện ..., trong đó lưu ý tập trung thực hiện một số nội dung trọng tâm sau:")."""
    if not _REQUEST_LIST_END.search(line) and not _DUTY_LIST_END.search(line):
        return None
    clause = line[line.rfind(";") + 1:].strip()
    r = _read(clause, 0, len(clause))
    if not r.actors and ";" in line and _match(_tokens(clause), 0, lexicon()["modals"]):
        # "Bộ Khoa học và Công nghệ là Cơ quan thường trực Ban Chỉ đạo; có trách nhiệm tham mưu, ...,
        # cụ thể:": the duty is the first clause's subject's
        first = line[:line.find(";")]
        toks = _tokens(first)
        j = _org_start(toks, 0) if toks else -1
        if j != 0:
            return None
        k, _ = _np_end(toks, j)
        return _span_text(first, toks, 0, k).strip(" ,") if 0 < k < len(toks) else None
    return r.actors[0] if r.actors and r.subject_verb and (r.lead_subject or r.modal) and not r.assigned else None


@cache
def _request_word() -> re.Pattern:
    """A ``request`` word before the name of the body asked ("đề nghị", "yêu cầu")."""
    words = "|".join(r"\s+".join(map(re.escape, w)) for w in lexicon()["request"])
    return re.compile(rf"(?<!\w)(?:{words})\s+", re.IGNORECASE)


_REQUEST_LIST_END = re.compile(r"(?<!\w)(?:sau(?: đây)?|như sau)\s*:$", re.IGNORECASE)
_DUTY_LIST_END = re.compile(r"(?<!\w)cụ thể\s*:$", re.IGNORECASE)   # "..., có trách nhiệm ..., cụ thể:"


def _item_leadin_actor(ix: _DocIndex, sec: Section) -> str | None:
    """An item with sub-items whose own text names who acts ("2. Bí thư tỉnh ủy, thành ủy; Chủ tịch
    Ủy ban nhân dân các tỉnh ... tập trung lãnh đạo, chỉ đạo ..., trong đó:"): its actor acts in
    each sub-item that names none. So does an item that opens with the bodies that carry out its
    task and goes on with more of it below ("1. Các cơ quan, đơn vị, địa phương, doanh nghiệp căn
    cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch ... ." / "- Giới thiệu điển hình ...")."""
    text = ix.doc.text
    kids = ix.kids_start.get(sec.id)
    if kids is None:
        return None
    start = _label_end(text, sec.start, kids)
    body = text[start:kids].rstrip()
    if not body.endswith(":"):
        r = _read(text, start, start + len(body))
        return r.actors[0] if r.lead_subject and not r.assigned and r.actor_sentences[0] == 0 else None
    cut = _sentence_cut(body)   # the sentence that leads in, a line it wraps on included
    lead = body[cut + 1:].strip()
    # "2. Chỉ đạo Cơ quan đại diện Việt Nam ở nước ngoài:" / "a) Phối hợp ...": the body directed acts
    got = _directed_body(lead) or duty_leadin_actor(lead) or _lead_clause_actor(lead) or long_duty_leadin_actor(lead)
    if got is None and cut > 0 and body[cut - 1] == ":":
        # "1. Chủ tịch Ủy ban nhân dân các tỉnh ..., trong đó trọng tâm là các tỉnh:" / "Đắk Lắk,
        # Khánh Hòa, Gia Lai và Lâm Đồng:": the line above names who acts, this one only where
        before = body[:cut - 1]
        line = before[_sentence_cut(before) + 1:].strip()
        got = _lead_clause_actor(line) or heading_actor(line)
    if got is None and cut < 0:
        # "2. Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa," / "Đắk Lắk, Gia Lai:": an item that is
        # only a name, wrapped by the page, over the duties of the body it names
        got = heading_actor(lead)
    if got is None and "\n" in lead:
        # "b) Hoàn thiện hạ tầng kỹ thuật ..." / "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung
        # ương:" / "- Rà soát ...": the item's topic, then a line that only names who carries it out
        last = lead.rsplit("\n", 1)[1].strip(" *_:")
        a = heading_actor(last)
        got = a if a == last else None
    return got


_SENTENCE_BREAK = re.compile(r"\.\s|(?<=[.;:!?…])[ \t*_]*\n")


def _sentence_cut(body: str) -> int:
    """Where the last sentence of ``body`` starts, less one: after ". " or a line break that ends
    a sentence; a line break inside a sentence ("... theo chỉ đạo tại Nghị quyết số 380/NQ-CP của"
    / "Chính phủ, đồng thời ..., trong đó:") is no start. -1 when the body is one sentence."""
    cut = -1
    for m in _SENTENCE_BREAK.finditer(body):
        cut = m.end() - 1
    return cut


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
            low = caseless(line)
            if _STATIVE_LEADIN.search(low) and not _has(low, lexicon()["task_nouns"]):
                return False   # "Phê chuẩn đề nghị ... về bộ máy làm việc ..., gồm:": the members listed
            if _has(low, lexicon()["leadin_cues"]):
                return True
            # an item that itself asks for something leads into its sub-items: "- Triển khai
            # thực hiện phân cấp, phân quyền theo một số nguyên tắc chính sau:"
            return bool(ITEM_LINE.match(line)) and _read(line, _label_end(line, 0, len(line)), len(line)).verb_initial
        if not ITEM_LINE.match(line):
            return False
        end = start
    return False


def _leadin_actor(text: str, pos: int, floor: int = 0) -> str | None:
    """The body a lead-in line assigns the list under it to ("Trong đó giao Giám đốc Công an tỉnh
    chỉ đạo thực hiện:" -> "Giám đốc Công an tỉnh"): nearer than a heading, it names who acts on
    each item ("Đề nghị X ...:" only asks, it assigns nothing). Earlier items of the same list are
    stepped over; the search stops at ``floor`` (the
    start of the part the list stands under: a heading cut short may run on into the lead-in, "Điều
    1. Chính phủ cơ bản thống nhất ... . Giao Bộ Công an chủ trì ...; Bộ Công an ..., bảo đảm một số
    yêu cầu sau:"); only its last sentence assigns."""
    end = pos
    for _ in range(40):
        end = _rstrip_at(text, end)
        start = text.rfind("\n", 0, end) + 1
        if not end or start < floor:
            return None
        line = text[start:end]
        if ITEM_LINE.match(line):
            end = start
            continue
        if line.lstrip(" *_")[:1] in "\"“":
            # an amended article's title quoted with its label ("“3. Nhiệm vụ và quyền hạn của Trưởng Ban
            # Chỉ đạo" over "a) Chỉ đạo Cuộc thi; ..."): the structure took it for no section
            title = line.lstrip(" *_\"“")
            article = _QUOTED_ARTICLE.match(title)
            title = title[_label_end(title, 0, len(title)):]
            if _duty_prefix().match(title):
                return heading_actor(title)
            # "“Điều 20. Bộ Quốc phòng" over "1. Chủ trì, phối hợp ...": an article titled by the body
            # whose duties it lists
            name = heading_actor(title) if article else None
            return name if name and name == title.strip(" *_:.") else None
        if not line.endswith(":"):
            return None
        if directed := _directed_body(line[_label_end(line, 0, len(line)):]):
            return directed
        if not _has(line.lower(), [v.split() for v in lexicon()["leadin_assigning_verbs"]]):
            # "Đề nghị X ... các nội dung sau:" asks; the items keep their own actor, unless the
            # line names whose duties they are ("Người sử dụng lao động có các nghĩa vụ sau đây:")
            above = text[:start].rstrip(" \t\n*_")
            if above and above[-1] not in ".:;!?…" and not _heading_line(above[above.rfind("\n") + 1:]):
                # a line wrapped from the sentence above ("... tại Điều 1" / "Quyết định này có trách
                # nhiệm:"); a heading above ("II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP") ends no sentence
                return None
            lead = line[_label_end(line, 0, len(line)):]
            return duty_leadin_actor(lead) or request_leadin_actor(lead) or _subject_leadin_actor(lead) \
                or long_duty_leadin_actor(lead)
        last = line[_sentence_cut(line) + 1:]   # "Chính phủ cơ bản thống nhất ... . Giao Bộ Công an chủ trì ...:"
        r = _read(last, 0, len(last))
        return "; ".join(_distinct(r.actors)) if r.assigned and r.actors else None
    return None


@cache
def _directing_leadin() -> re.Pattern:
    return re.compile(lexicon()["directing_leadin_pattern"], re.I)


def _directed_section(ix: _DocIndex, sec: Section) -> str | None:
    """The body an item's lead-in line directs, where the line ends with ":" ("b) Chỉ đạo Tổng cục Giáo dục
    nghề nghiệp:"); "a) Chỉ đạo các đơn vị ... kiểm tra, rà soát ..." is a task of its own."""
    text = ix.doc.text
    end = text.find("\n", sec.start)
    end = len(text) if end < 0 else end
    lead = text[_label_end(text, sec.start, end):end].rstrip(" \t*_")
    return _directed_body(lead) if lead.endswith(":") else None


def _directed_body(lead: str) -> str | None:
    """The body a lead-in directs (``directing_leadin_pattern``: "b) Chỉ đạo Tổng cục Giáo dục nghề
    nghiệp:" -> "Tổng cục Giáo dục nghề nghiệp"), when what it names is a body's name and nothing more;
    "Chỉ đạo giải quyết các vấn đề ...:" directs no one."""
    m = _directing_leadin().match(lead.strip(" *_:"))
    if m is None:
        return None
    name = m.group(1).strip(" *_,")
    return name if heading_actor(name) == name else None


# an article's label: "Điều 20.", "Điều 23a."
_QUOTED_ARTICLE = re.compile(rf"{head(ARTICLE)}\.", re.I)


# a title that names whose duties follow ("Trách nhiệm của ...", "Nhiệm vụ và quyền hạn của ..."), not
# an assignment that may run on ("Giao Sở ... căn cứ ... tại Điều 1" / "Quyết định này có trách nhiệm:")
_DUTY_TITLE = re.compile(r"(?:chức năng,\s*)?(?:nhiệm vụ|nghĩa vụ|trách nhiệm|quyền hạn)[^.;:]{0,40}?\scủa\s", re.I)


def _heading_line(line: str) -> bool:
    """A line set as a heading: in capitals ("II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP"), marked "#", or a
    labelled title of duties ("Điều 8. Trách nhiệm của Cơ quan thường trực Ban Chỉ đạo")."""
    bare = line.strip(" *_")
    title = bare[_label_end(bare, 0, len(bare)):].strip(" *_")
    return bare.lstrip("#").isupper() or line.lstrip().startswith("#") \
        or (title != bare and bool(_DUTY_TITLE.match(title)))


def _same_mark(a: str, b: str) -> bool:
    """Two list marks of one list: the same bullet, or numbers / letters alike ("a)" and "b)")."""
    return a == b or (a.isdigit() and b.isdigit()) or (a.isalpha() and b.isalpha())


def _unlisted_leadin_actor(text: str, pos: int) -> str | None:
    """Who acts in a list item the structure took as no section ("+ Tập trung kêu gọi ..."): the
    item above it with another mark that leads in and names a subject ("- Chủ tịch Ủy ban nhân
    dân các tỉnh, thành phố tổ chức theo dõi sát tình hình, ..., trong đó:") or is a body's name
    alone ("- Cục Đường bộ Việt Nam"), or the paragraph above the list that leads in ("..., Bộ Xây
    dựng yêu cầu các cơ quan, đơn vị:"). Earlier items of the same list are stepped over."""
    line_start = text.rfind("\n", 0, pos) + 1
    mark = text[line_start:pos].lstrip(" \t*_")[:1]
    end = line_start
    for _ in range(40):
        end = _rstrip_at(text, end)
        if not end or not mark:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if _same_mark(line.lstrip(" \t*_")[:1], mark):
            end = start
            continue
        if ITEM_LINE.match(line) and line.rstrip(" *_")[-1:] not in ".:;!?…":
            # "- Cục Đường bộ Việt Nam" over "+ Chỉ đạo các Khu Quản lý đường bộ ...": a body's name as
            # the title of the items below it
            return heading_actor(line[_label_end(line, 0, len(line)):])
        if not line.endswith(":"):
            return None
        if not ITEM_LINE.match(line):
            # a paragraph that leads into the list ("..., Bộ Xây dựng yêu cầu các cơ quan, đơn vị:")
            lead = line[_sentence_cut(line) + 1:].strip()
            return duty_leadin_actor(lead) or request_leadin_actor(lead) or _subject_leadin_actor(lead)
        return _lead_clause_actor(line[_label_end(line, 0, len(line)):])
    return None
