"""The word lists and cue patterns of ``models/directives.json`` that the directive reader takes
from data (time phrases that open a sentence, what a heading says before the body whose duties
follow, the verbs by which a body directs another, the adverbs that report an act as done, the
words that open a condition): one table per list, each row text written in the style of plans,
reports and letters, with what the reader makes of it."""
from __future__ import annotations

import pytest

from vanban.pipeline.extract.directive_tokens import lexicon
from vanban.pipeline.extract.directives import find_directives, heading_actor
from vanban.pipeline.extract.roles import assign_roles
from vanban.pipeline.model import RawDocument
from vanban.pipeline.normalize import normalize
from vanban.pipeline.segment import segment
from vanban.pipeline.structure import structure


def _directives(text: str) -> list[tuple[str, str, str, str | None, str | None]]:
    doc = assign_roles(segment(structure(normalize(RawDocument("mem.md", "md", text, "0")))))
    return [(" ".join(d.text.split()), d.role, d.status, d.actor, d.action) for d in find_directives(doc)]


PLAN = "KẾ HOẠCH\nTriển khai chương trình chuyển đổi số\nII. NHIỆM VỤ\n"
REPORT = "BÁO CÁO\nKết quả công tác năm 2024\nI. KẾT QUẢ ĐẠT ĐƯỢC\n"


# --- duty_prefix_patterns: what a heading says before the body whose duties follow ----------

@pytest.mark.parametrize(("heading", "actor"), [
    ("Trách nhiệm của Sở Tài chính", "Sở Tài chính"),
    ("Trách nhiệm thực hiện của Ban Quản lý các khu công nghiệp", "Ban Quản lý các khu công nghiệp"),
    ("Nhiệm vụ, quyền hạn của Sở Nội vụ", "Sở Nội vụ"),
    ("Phân công nhiệm vụ cho Công an tỉnh", "Công an tỉnh"),
    ("Đề nghị Liên đoàn Lao động tỉnh", "Liên đoàn Lao động tỉnh"),
    ("Giao cho Sở Y tế", "Sở Y tế"),
    ("Đối với Ủy ban nhân dân các xã", "Ủy ban nhân dân các xã"),
    ("Nhiệm vụ và quyền hạn của Bộ Ngoại giao", "Bộ Ngoại giao"),
    ("Chức năng, nhiệm vụ, quyền hạn của Sở Nội vụ", "Sở Nội vụ"),
    ("Trách nhiệm, quyền hạn của Ban Quản lý các khu công nghiệp", "Ban Quản lý các khu công nghiệp"),
    ("Quyền và nghĩa vụ của người lao động", "người lao động"),
    ("Nghĩa vụ của người sử dụng lao động", "người sử dụng lao động"),
    # after "... của" the title names whoever acts, in the reader's lexicon or not
    ("Trách nhiệm của Văn thư cơ quan", "Văn thư cơ quan"),
    ("Trách nhiệm của thuê bao", "thuê bao"),
    ("Quyền của người lao động", None),
    ("Đối với hồ sơ đề nghị cấp lại", None),
    # topic_free_heads: a body of general competence takes no topic into its name
    ("Trách nhiệm của Bộ Y tế về bảo hiểm y tế", "Bộ Y tế"),
    ("Trách nhiệm của Ủy ban nhân dân các cấp về bảo hiểm xã hội", "Ủy ban nhân dân các cấp"),
    ("Trách nhiệm của Bộ trưởng Bộ Tài chính về bảo hiểm xã hội", "Bộ trưởng Bộ Tài chính"),
    ("Trách nhiệm của người sử dụng lao động về đào tạo", "người sử dụng lao động"),
    ("Trách nhiệm của Cục Cảnh sát quản lý hành chính về trật tự xã hội",
     "Cục Cảnh sát quản lý hành chính về trật tự xã hội"),
    ("Trách nhiệm của cơ quan chuyên môn về lao động thuộc Ủy ban nhân dân cấp tỉnh",
     "cơ quan chuyên môn về lao động thuộc Ủy ban nhân dân cấp tỉnh"),
    ("Trách nhiệm của Bộ phận phụ trách về phòng cháy", "Bộ phận phụ trách về phòng cháy"),
])
def test_a_headings_duty_prefix_names_the_body_after_it(heading, actor):
    assert heading_actor(heading) == actor


# --- duty_leadin_patterns / rights_leadin_patterns: a lead-in names whose duties (or rights) follow --

LAW = "THÔNG TƯ\nBan hành Quy chế cấp chứng chỉ\n"


@pytest.mark.parametrize(("text", "expected"), [
    (LAW + "Điều 9. Quyền và nghĩa vụ của học viên\n"
     "1. Học viên được cấp Chứng chỉ có quyền sau đây:\na) Yêu cầu nhà trường cấp Chứng chỉ;\n"
     "b) Khiếu nại việc thu hồi Chứng chỉ theo quy định.\n"
     "2. Học viên được cấp Chứng chỉ có các nghĩa vụ sau đây:\n"
     "a) Cung cấp chính xác các thông tin cần thiết để ghi trên Chứng chỉ;\n"
     "b) Nộp lại Chứng chỉ trong trường hợp cấp đổi.\n",
     [("Cung cấp chính xác các thông tin cần thiết để ghi trên Chứng chỉ;", "Học viên được cấp Chứng chỉ"),
      ("Nộp lại Chứng chỉ trong trường hợp cấp đổi.", "Học viên được cấp Chứng chỉ")]),
    (LAW + "Điều 7. Giải quyết tranh chấp\n"
     "1. Trong giải quyết tranh chấp lao động, các bên có nghĩa vụ sau đây:\n"
     "a) Cung cấp đầy đủ tài liệu, chứng cứ;\nb) Chấp hành thỏa thuận đã đạt được.\n",
     [("Cung cấp đầy đủ tài liệu, chứng cứ;", "các bên"), ("Chấp hành thỏa thuận đã đạt được.", "các bên")]),
    (LAW + "Điều 17. Trách nhiệm của Văn thư cơ quan\n"
     "1. Tiếp nhận, quản lý và sử dụng chữ ký số của cơ quan.\n"
     "2. Kiểm tra tính hợp lệ của chữ ký số trên văn bản điện tử.\n",
     [("Tiếp nhận, quản lý và sử dụng chữ ký số của cơ quan.", "Văn thư cơ quan"),
      ("Kiểm tra tính hợp lệ của chữ ký số trên văn bản điện tử.", "Văn thư cơ quan")]),
])
def test_a_leadin_names_whose_duties_its_items_are(text, expected):
    assert [(r[0], r[3]) for r in _directives(text)] == expected


def test_a_chapter_title_that_names_an_act_names_no_one():
    from vanban.pipeline.extract.directive_headings import duty_leadin_actor
    assert duty_leadin_actor("XÁC ĐỊNH, TUYỂN CHỌN VÀ GIAO THỰC HIỆN NHIỆM VỤ") is None
    assert duty_leadin_actor("Xác định, tuyển chọn và giao thực hiện nhiệm vụ") is None


# --- intro_time_patterns: a time phrase with its comma opens a sentence before its verb ------

@pytest.mark.parametrize(("sentence", "role", "action"), [
    ("Đến năm 2030, phấn đấu 100% xã có điểm phục vụ bưu chính.", "target", "phấn đấu"),
    ("Hằng năm, tổ chức sơ kết việc thực hiện Kế hoạch.", "task", "tổ chức sơ kết"),
    ("Trong thời gian tới, tăng cường kiểm tra việc cấp chứng thư số.", "task", "tăng cường kiểm tra"),
])
def test_an_opening_time_phrase_leaves_the_verb_that_follows_it(sentence, role, action):
    assert [(r[1], r[4]) for r in _directives(PLAN + sentence)] == [(role, action)]


# --- done_markers: an instruction reported as done -----------------------------------------

@pytest.mark.parametrize(("sentence", "status"), [
    ("Sở Tài chính đã chỉ đạo các phòng rà soát dự toán.", "done"),
    ("Ủy ban nhân dân huyện đã chỉ đạo các xã kiểm tra hiện trạng đê điều.", "done"),
])
def test_a_done_marker_reports_an_instruction_as_done(sentence, status):
    assert [(r[1], r[2]) for r in _directives(REPORT + sentence)] == [("instruction", status)]


# --- directing_verbs: "X chỉ đạo Y thực hiện các nội dung sau:" -> Y does the items ----------

@pytest.mark.parametrize(("leadin", "actor"), [
    ("Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Thủy sản thực hiện các nội dung sau:", "Chi cục Thủy sản"),
    ("Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh thực hiện các nội dung sau:",
     "Trung tâm Kiểm soát bệnh tật tỉnh"),
])
def test_the_body_a_lead_in_directs_does_its_items(leadin, actor):
    text = PLAN + "1. " + leadin + "\na) Rà soát các cơ sở trên địa bàn;\nb) Báo cáo kết quả trước ngày 30/11/2025.\n"
    items = [r for r in _directives(text) if not r[0].startswith(leadin[:20])]
    assert [(r[0][:8], r[3]) for r in items] == [("Rà soát ", actor), ("Báo cáo ", actor)]


# --- condition_words: a body named after a condition with no comma is the subject -----------

@pytest.mark.parametrize(("sentence", "actor"), [
    ("Nếu có khó khăn, vướng mắc các cơ quan, đơn vị báo cáo về Sở Nội vụ để tổng hợp.", "các cơ quan, đơn vị"),
    ("Khi có phát sinh các sở, ngành báo cáo Ủy ban nhân dân tỉnh để xem xét.", "các sở, ngành"),
])
def test_a_body_after_a_condition_is_the_subject(sentence, actor):
    assert [r[3] for r in _directives(PLAN + "1. Nhiệm vụ chung\n" + sentence)] == [actor]


def test_the_moved_lists_are_data():
    lex = lexicon()
    for key in ("intro_time_patterns", "duty_prefix_patterns", "directing_verbs", "leadin_assigning_verbs",
                "task_setting_doc_types", "name_fillers", "condition_words", "list_openers", "done_markers",
                "bare_modals", "weak_modals", "party_name_breaks", "body_name_breaks"):
        assert lex[key] and all(isinstance(w, str) and w == w.strip() for w in lex[key]), key
        assert key + ":" in lex["_doc"], f"{key} is not described in the _doc of models/directives.json"


# --- party_heads: a party that opens an obligation is no verb ("Tổ chức, cá nhân ...") -------

@pytest.mark.parametrize(("sentence", "actor", "action"), [
    ("Tổ chức, cá nhân phải báo cáo kịp thời.", "Tổ chức, cá nhân", "phải báo cáo kịp thời"),
    ("Tổ chức thực hiện kiểm tra định kỳ hằng năm.", None, "tổ chức thực hiện kiểm tra"),
])
def test_a_party_opening_an_obligation_is_no_verb(sentence, actor, action):
    text = "NGHỊ ĐỊNH\nQuy định về quản lý\nĐiều 6. Trách nhiệm\n" + sentence + "\n"
    assert [(r[3], r[4]) for r in _directives(text)] == [(actor, action)]


# --- name_end_verbs, openers, party_heads: where a subject's name ends and its verb begins -----

@pytest.mark.parametrize(("sentence", "actor", "action"), [
    # a homograph in lower case after the name is its verb, before its object
    ("Căn cứ kết quả học tập, Hiệu trưởng trường cao đẳng cấp Chứng chỉ cho sinh viên.",
     "Hiệu trưởng trường cao đẳng", "cấp"),
    ("Ủy ban nhân dân cấp tỉnh cấp Giấy phép cho tổ chức đủ điều kiện.", "Ủy ban nhân dân cấp tỉnh", "cấp"),
    ("Căn cứ tình hình thực tế của địa phương, Ủy ban nhân dân cấp tỉnh quyết định việc hỗ trợ thêm.",
     "Ủy ban nhân dân cấp tỉnh", "quyết định"),
    ("Căn cứ tình hình của địa phương, Ủy ban nhân dân cấp tỉnh quyết định số lượng cộng tác viên dân số.",
     "Ủy ban nhân dân cấp tỉnh", "quyết định"),
    # ... but not before a verb of its own: "cấp Chứng chỉ" then names who
    ("Hiệu trưởng trường cao đẳng, Giám đốc trung tâm giáo dục quốc phòng và an ninh cấp Chứng chỉ hướng dẫn "
     "cụ thể việc quản lý.",
     "Hiệu trưởng trường cao đẳng, Giám đốc trung tâm giáo dục quốc phòng và an ninh cấp Chứng chỉ", "hướng dẫn"),
    # an adverb between the name and its verb
    ("Đối với Phụ lục cùng tệp tin với văn bản, Văn thư cơ quan chỉ thực hiện ký số một lần.",
     "Văn thư cơ quan", "thực hiện"),
    ("Tổng cục Giáo dục nghề nghiệp định kỳ, đột xuất kiểm tra việc cấp Chứng chỉ.",
     "Tổng cục Giáo dục nghề nghiệp", "kiểm tra"),
    ("Ủy ban nhân dân tỉnh chỉ đạo các sở triển khai thực hiện.", "Ủy ban nhân dân tỉnh", "chỉ đạo"),
    # parties the lexicon names
    ("Thuê bao có trách nhiệm bảo quản thiết bị lưu khóa bí mật.", "Thuê bao", "có trách nhiệm"),
    ("Sinh viên phải nộp lại Chứng chỉ trong trường hợp cấp đổi.", "Sinh viên", "phải"),
    ("Kiểm soát viên có trách nhiệm thực hiện nhiệm vụ quy định tại Điều 19 Thông tư này.", "Kiểm soát viên",
     "có trách nhiệm"),
    ("Kiểm soát viên phải trung thực trong thực thi nhiệm vụ được giao.", "Kiểm soát viên", "phải"),
    # "trực tiếp quản lý" after a common body noun says which body; after a name it is the verb
    ("Các cơ quan, tổ chức, đơn vị, doanh nghiệp trực tiếp quản lý tài sản cố định có trách nhiệm thường xuyên "
     "theo dõi, rà soát.", "Các cơ quan, tổ chức, đơn vị, doanh nghiệp trực tiếp quản lý tài sản cố định",
     "có trách nhiệm"),
    ("Đơn vị trực tiếp quản lý người lao động phải lập danh sách đề nghị hỗ trợ.",
     "Đơn vị trực tiếp quản lý người lao động", "phải"),
    ("Công an tỉnh trực tiếp quản lý, theo dõi đối tượng tại địa bàn.", "Công an tỉnh", "quản lý"),
    # verbs a name runs into otherwise: "xuất cấp" (release from reserve), "đi" (go and ...)
    ("Bộ Tài chính xuất cấp, hỗ trợ gạo, vật tư theo đề nghị của các địa phương.", "Bộ Tài chính", "xuất cấp"),
    ("Phó Thủ tướng Chính phủ Lê Thành Long đi kiểm tra, đôn đốc công tác khắc phục hậu quả mưa lũ.",
     "Phó Thủ tướng Chính phủ Lê Thành Long", "đi"),
    # "bồi thường", "giám định", "lưu trữ", "ủy nhiệm": duties of a tax office, a training unit
    ("Cục Thuế bồi thường thiệt hại cho người nộp thuế theo quy định của pháp luật.", "Cục Thuế", "bồi thường"),
    ("Cục Thuế giám định để xác định số thuế phải nộp theo yêu cầu của cơ quan nhà nước.", "Cục Thuế", "giám định"),
    ("Trường cao đẳng lưu trữ hồ sơ liên kết đào tạo theo quy định hiện hành.", "Trường cao đẳng", "lưu trữ"),
    ("Cục Thuế ủy nhiệm cho các tổ chức trực tiếp thu một số khoản thuế.", "Cục Thuế", "ủy nhiệm"),
    # "chỉ định" (appoint) is a verb; "hình thành sau ..." (formed after) describes a name, no verb of it
    ("Ủy ban Thường vụ Quốc hội chỉ định Chủ tịch Hội đồng nhân dân tỉnh, thành phố hình thành sau sắp xếp.",
     "Ủy ban Thường vụ Quốc hội", "chỉ định"),
    # a prison's warden ("Giám thị"), an office as "Giám đốc" is
    ("Giám thị trại giam, Giám thị trại tạm giam có trách nhiệm bố trí nơi lưu giữ đồ vật cấm.",
     "Giám thị trại giam, Giám thị trại tạm giam", "có trách nhiệm"),
    # a body named by its competence, its verb with no modal
    ("Cơ quan, tổ chức, cá nhân có thẩm quyền ứng dụng công nghệ thông tin để cập nhật dữ liệu giải quyết tố cáo.",
     "Cơ quan, tổ chức, cá nhân có thẩm quyền", "ứng dụng"),
    ("Cơ quan nhà nước có thẩm quyền giám sát việc thực hiện dự án.", "Cơ quan nhà nước có thẩm quyền", "giám sát"),
    # "duyệt", "lưu giữ": duties of an examining board, an assessing body
    ("Hội đồng sát hạch duyệt danh sách học viên đủ điều kiện dự sát hạch.", "Hội đồng sát hạch", "duyệt"),
    ("Trung tâm kiểm định lưu giữ hồ sơ đánh giá trong thời hạn năm năm.", "Trung tâm kiểm định", "lưu giữ"),
    # any party may follow a condition's comma or its "thì" when its modal follows
    ("Khi giải quyết tố cáo theo quy định tại khoản 3 Điều 33 Luật Tố cáo, người giải quyết tố cáo phải thông báo "
     "cho người tố cáo.", "người giải quyết tố cáo", "phải"),
    ("Đối với trường hợp yêu cầu bằng văn bản thì cơ quan được yêu cầu phải trả lời trong thời hạn 05 ngày làm việc.",
     "cơ quan được yêu cầu", "phải"),
    # a condition between the subject and its modal ends the name ("khi": subject_clause_breaks)
    ("Các bộ, cơ quan ngang bộ, Ủy ban nhân dân cấp tỉnh khi xây dựng kế hoạch và tổ chức hoạt động thông tin đối "
     "ngoại phải bảo đảm sự phối hợp.", "Các bộ, cơ quan ngang bộ, Ủy ban nhân dân cấp tỉnh", "phải"),
    # bodies whose names hold verbs ("bảo hiểm tiền gửi", "hội đồng quản trị"), one named inside another
    ("Bảo hiểm tiền gửi Việt Nam thực hiện xây dựng thang lương, bảng lương đối với người lao động.",
     "Bảo hiểm tiền gửi Việt Nam", "thực hiện"),
    ("Hội đồng quản trị của Bảo hiểm tiền gửi Việt Nam có trách nhiệm gửi báo cáo tiền lương về Bộ Tài chính.",
     "Hội đồng quản trị của Bảo hiểm tiền gửi Việt Nam", "có trách nhiệm"),
    ("Ban kiểm soát công ty kiểm tra việc chấp hành quy chế trả lương.", "Ban kiểm soát công ty", "kiểm tra"),
    # a bare "đơn vị", "cơ quan" with the verbs that say which unit, up to its modal (described_party_reach)
    ("Đơn vị quản lý, vận hành hệ thống chiếu sáng công cộng có trách nhiệm bảo vệ nguồn sáng, thiết bị chiếu sáng.",
     "Đơn vị quản lý, vận hành hệ thống chiếu sáng công cộng", "có trách nhiệm"),
    ("Cơ quan tiếp nhận hồ sơ có trách nhiệm kiểm tra tính hợp lệ của hồ sơ.", "Cơ quan tiếp nhận hồ sơ",
     "có trách nhiệm"),
    # an adverb ("hoàn toàn") between a party and its modal
    ("Cá nhân, tổ chức hoàn toàn chịu trách nhiệm về tính trung thực của thông tin phản ánh.", "Cá nhân, tổ chức",
     "chịu trách nhiệm"),
])
def test_a_subjects_name_ends_at_its_verb(sentence, actor, action):
    got = _directives(LAW + "Điều 5. Tổ chức thực hiện\n" + sentence + "\n")
    assert [(r[3], r[4].split()[0] if r[4] else None) for r in got][:1] == [(actor, action.split()[0])]


# --- verbs of a form's notes, a closing clause "nếu có khó khăn, vướng mắc, ...", the text's end "./." --

CLOSING = ("THÔNG TƯ\nBan hành Quy chế\nĐiều 12. Tổ chức thực hiện\n"
           "1. Tổng cục Giáo dục nghề nghiệp kiểm tra, giám sát việc cấp Chứng chỉ.\n"
           "2. Các trường cao đẳng chịu trách nhiệm thi hành Quy chế này. Trong quá trình thực hiện, nếu có "
           "khó khăn, vướng mắc đề nghị phản ánh kịp thời về Bộ để xem xét, giải quyết./.\n"
           "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn A\nPHỤ LỤC\nMẫu Chứng chỉ\n(1) ......\nCấp cho:(2) ........\n\n"
           "(2) Ghi họ và tên của người được cấp Chứng chỉ theo giấy khai sinh.\n"
           "(3) Ghi ngày, tháng, năm cấp chứng chỉ.\nGhi chú: Mẫu chứng chỉ in trên giấy trắng.\n")


def test_the_texts_end_mark_closes_its_last_item_and_form_notes_say_what_to_write():
    got = [(r[0], r[4]) for r in _directives(CLOSING)]
    assert got == [
        ("Tổng cục Giáo dục nghề nghiệp kiểm tra, giám sát việc cấp Chứng chỉ.", "kiểm tra, giám sát"),
        ("Các trường cao đẳng chịu trách nhiệm thi hành Quy chế này. Trong quá trình thực hiện, nếu có khó "
         "khăn, vướng mắc đề nghị phản ánh kịp thời về Bộ để xem xét, giải quyết./.", "chịu trách nhiệm thi hành"),
        ("Ghi họ và tên của người được cấp Chứng chỉ theo giấy khai sinh.", "ghi"),
        ("Ghi ngày, tháng, năm cấp chứng chỉ.", "ghi"),
    ]


@pytest.mark.parametrize("paragraph", [
    "Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, kịp thời tổng hợp, báo cáo Hội đồng nhân "
    "dân Thành phố để xem xét.",
    "Trong quá trình thực hiện, nếu có vướng mắc, kịp thời phản ánh về Sở Tư pháp để được hướng dẫn.",
])
def test_what_to_do_if_difficulties_arise_is_a_directive_in_an_article(paragraph):
    text = ("NGHỊ QUYẾT\nQuy định chế độ\nĐiều 4. Tổ chức thực hiện\n"
            "1. Giao Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Nghị quyết.\n" + paragraph + "\n"
            "2. Giao Thường trực Hội đồng nhân dân Thành phố giám sát việc thực hiện Nghị quyết.\n")
    assert paragraph in [r[0] for r in _directives(text)]


# --- a subject after a topic, a time limit or a condition ---------------------------------------

@pytest.mark.parametrize(("sentence", "actor"), [
    # a topic before the comma, then the body in capitals
    ("Văn bản kèm theo cùng tệp tin với nội dung văn bản điện tử, Văn thư cơ quan chỉ thực hiện ký số văn bản.",
     "Văn thư cơ quan"),
    ("Hồ sơ đã tiếp nhận qua Cổng dịch vụ công, Sở Tư pháp thực hiện việc kiểm tra trong ngày.", "Sở Tư pháp"),
    # a party named by two heads after a condition's comma, its modal far on
    ("Khi công bố hợp quy, tổ chức, cá nhân sản xuất các sản phẩm, hàng hóa nhóm 2 thuộc trách nhiệm quản lý "
     "nhà nước của Bộ Lao động - Thương binh và Xã hội phải đăng ký bản công bố hợp quy.",
     "tổ chức, cá nhân sản xuất các sản phẩm, hàng hóa nhóm 2 thuộc trách nhiệm quản lý nhà nước của Bộ "
     "Lao động - Thương binh và Xã hội"),
    # "Ngoài ..." opens an introductory phrase; a period may open a sentence with no comma
    ("Ngoài việc thực hiện các quy định tại Nghị quyết này, các cơ sở giáo dục công lập có trách nhiệm "
     "thực hiện các quy định hiện hành.", "các cơ sở giáo dục công lập"),
    ("Ngoài các quyền và nghĩa vụ quy định tại Điều 6 của Bộ luật này, doanh nghiệp có trách nhiệm báo cáo.",
     "doanh nghiệp"),
    ("Định kỳ Cơ quan thống kê Trung ương công bố tình trạng mức sinh của các tỉnh.", "Cơ quan thống kê Trung ương"),
    ("Hàng năm Sở Công Thương báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.", "Sở Công Thương"),
    # a bracket that gives the body's short name stays inside the name and out of the actor
    ("Chủ tịch Ủy ban nhân dân xã, phường, đặc khu (gọi chung là Ủy ban nhân dân cấp xã) có trách nhiệm "
     "chi trả kinh phí hỗ trợ.", "Chủ tịch Ủy ban nhân dân xã, phường, đặc khu"),
    ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương (sau đây gọi chung là Ủy ban nhân dân cấp "
     "tỉnh) có trách nhiệm hướng dẫn thực hiện.", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"),
    # a wage fund ("quỹ tiền lương") in the condition is no body; the capitalised Fund after it acts
    ("Khi xác định quỹ tiền lương kế hoạch, quỹ tiền lương thực hiện của người lao động, Quỹ loại trừ các yếu "
     "tố khách quan ảnh hưởng đến năng suất lao động.", "Quỹ"),
    ("Khi xác định quỹ tiền lương của khối sản xuất và quản lý, Đài Truyền hình Việt Nam loại trừ yếu tố khách "
     "quan ảnh hưởng đến năng suất lao động.", "Đài Truyền hình Việt Nam"),
    # a step that ends by notifying someone is no closing formula
    ("Trong thời hạn 01 ngày làm việc, kể từ ngày nhận được yêu cầu hợp lệ, Sở Khoa học và Công nghệ thực hiện "
     "việc khôi phục thiết bị; đồng thời, thông báo cho cơ quan quản lý trực tiếp biết.", "Sở Khoa học và Công nghệ"),
])
def test_a_subject_after_a_topic_or_condition_acts(sentence, actor):
    got = _directives(LAW + "Điều 5. Tổ chức thực hiện\n" + sentence + "\n")
    assert [r[3] for r in got] == [actor]


@pytest.mark.parametrize("sentence", [
    # an adverb, then the verb: the bodies after it are whom the report goes to
    "Định kỳ hoặc đột xuất báo cáo Ủy ban nhân dân Tỉnh, Bộ Khoa học và Công nghệ, Ban Cơ yếu Chính phủ về "
    "tình hình công tác quản lý.",
    # a clause after ";" that names whom a proposal goes to
    "Đề xuất những nhiệm vụ, giải pháp mang tính đột phá; kiến nghị đối với Trung ương, Quốc hội, Chính phủ về "
    "sửa đổi, bổ sung cơ chế, chính sách.",
    # a place or time opening a report of what was done: no body is asked to act
    "Tại Kỳ họp thứ nhất, Quốc hội khóa XVI đã xem xét, quyết định cơ cấu tổ chức của Chính phủ.",
    # a list of names is one subject, not a topic and a body
    "Cán bộ diện Bộ Chính trị, Ban Bí thư quản lý được nghỉ công tác theo quy định.",
])
def test_no_topic_subject_after_a_place_or_a_list(sentence):
    from vanban.pipeline.extract.directive_reading import _read
    assert _read(sentence, 0, len(sentence), law=True).actors == []


# --- spending_cues, layout_cues: entries of a spending list, a form's layout ----------------------

def test_the_entries_of_a_spending_list_are_no_duties():
    text = (LAW + "Điều 3. Mức chi bảo vệ rừng\n1. Rừng phòng hộ\na) Mức kinh phí: 1.886.000 đồng/ha/năm.\n"
            "b) Nội dung chi:\n- Mua sắm, sửa chữa trang thiết bị phục vụ bảo vệ rừng;\n"
            "- Hỗ trợ các lực lượng tham gia tuần tra, kiểm tra, giám sát công tác bảo vệ rừng;\n"
            "- Thực hiện các hoạt động bảo vệ rừng khác theo quy định của pháp luật.\n"
            "2. Chủ rừng có trách nhiệm sử dụng kinh phí đúng mục đích.\n")
    assert [r[0] for r in _directives(text)] == ["Chủ rừng có trách nhiệm sử dụng kinh phí đúng mục đích."]


@pytest.mark.parametrize(("sentence", "directive"), [
    ('Từ "CHỨNG CHỈ" được đặt canh giữa, cách mép dưới 30 mm, trình bày bằng chữ in hoa, cỡ chữ 26.', False),
    ("Dòng chữ số hiệu được trình bày bằng chữ in thường, kiểu chữ đứng, cỡ chữ 13.", False),
    ("Nếu các nội dung được viết bằng tay thì nhà trường phải căn chỉnh cỡ chữ cho phù hợp.", True),
])
def test_a_forms_layout_is_no_directive_unless_someone_is_to_act(sentence, directive):
    text = LAW + "Điều 3. Mẫu Chứng chỉ\n1. Mặt trước\na) " + sentence + "\nb) Hình ảnh in trên nền giấy.\n"
    assert (sentence in [r[0] for r in _directives(text)]) == directive


# --- annex_captions: "(Ban hành kèm theo ...)" under an annex's title is its caption ------------

@pytest.mark.parametrize(("line", "directive"), [
    ("(Ban hành kèm theo Thông tư số 05/2024/TT-BKHĐT ngày 19 tháng 4 năm 2024\n"
     "của Bộ trưởng Bộ Kế hoạch và Đầu tư)", False),
    ("*(Kèm theo Quyết định số 2969/QĐ-UBND ngày 21/12/2025 của Chủ tịch Ủy ban nhân dân tỉnh)*", False),
    ("Kèm theo Kế hoạch này, Sở Tài chính phải gửi dự toán chi tiết.", True),
])
def test_an_annex_caption_is_no_directive(line, directive):
    text = ("KẾ HOẠCH\nTriển khai thực hiện\nII. NHIỆM VỤ\n1. Sở Tài chính chủ trì thẩm định dự toán.\n"
            "Phụ lục I\nKẾ HOẠCH THU VÀ KẾ HOẠCH CHI\n" + line + "\n")
    got = [" ".join(r[0].split()) for r in _directives(text)]
    assert (" ".join(line.split()) in got) == directive


# --- the closing clause's bodies (execution_formulas), a document's own names for parties (term_heads) --

@pytest.mark.parametrize(("clause", "actor"), [
    ("Thủ trưởng các sở, ban, ngành tỉnh; UBND các xã, phường; các tổ chức, cá nhân có liên quan chịu "
     "trách nhiệm thi hành Quyết định này./.",
     "Thủ trưởng các sở, ban, ngành tỉnh; UBND các xã, phường; các tổ chức, cá nhân có liên quan"),
    ("Các Bộ, cơ quan ngang Bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, trường cao đẳng, "
     "trường trung cấp và các cơ sở khác có đăng ký hoạt động giáo dục nghề nghiệp chịu trách nhiệm thi hành "
     "Thông tư này.",
     "Các Bộ, cơ quan ngang Bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, trường cao đẳng, "
     "trường trung cấp và các cơ sở khác có đăng ký hoạt động giáo dục nghề nghiệp"),
    ("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính và các tổ chức, cá nhân có liên quan chịu "
     "trách nhiệm thi hành Quyết định này.",
     "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính và các tổ chức, cá nhân có liên quan"),
])
def test_the_closing_clause_names_every_body_before_its_formula(clause, actor):
    got = _directives("QUYẾT ĐỊNH\nBan hành Quy chế\nĐiều 3. " + clause + "\n")
    assert [r[3] for r in got] == [actor]


def test_a_clause_that_is_no_closing_formula_keeps_its_subject():
    got = _directives("QUYẾT ĐỊNH\nBan hành Quy chế\nĐiều 3. Sở Tài chính chủ trì, phối hợp với các sở chịu "
                      "trách nhiệm thi hành Quyết định này.\n")
    assert [r[3] for r in got] == ["Sở Tài chính"]


# a decree that names its paying agency "cơ quan thanh toán" three times and more
PAYING = ("NGHỊ ĐỊNH\nQuy định về quản lý, thanh toán vốn đầu tư công\n"
          "Điều 3. Nguyên tắc\n1. Chủ đầu tư gửi hồ sơ đến cơ quan thanh toán theo quy định.\n"
          "2. Hồ sơ được cơ quan thanh toán tiếp nhận trong ngày.\n"
          "Điều 4. Kiểm soát thanh toán\n")


@pytest.mark.parametrize(("sentence", "actor"), [
    ("Cơ quan thanh toán căn cứ hồ sơ đề nghị thanh toán để kiểm soát, thanh toán cho dự án.",
     "Cơ quan thanh toán"),
    ("Cơ quan thanh toán có trách nhiệm kiểm soát hồ sơ trong thời hạn 04 ngày làm việc.", "Cơ quan thanh toán"),
    ("Các cơ quan thanh toán phải công khai quy trình kiểm soát.", "Các cơ quan thanh toán"),
    # a verb the document does not make a name of stays the clause's verb
    ("Cơ quan kiểm soát hồ sơ trong thời hạn 04 ngày làm việc.", "Cơ quan"),
    # the council named in np_compounds, after a title: "thẩm định" is the council's name
    ("Chủ tịch Hội đồng thẩm định tổng hợp ý kiến nhận xét của các thành viên.", "Chủ tịch Hội đồng thẩm định"),
    # "thay mặt" (on behalf of) ends the name
    ("Cơ quan chủ quản thay mặt chủ đầu tư đề nghị và thực hiện giao dịch thanh toán.", "Cơ quan chủ quản"),
])
def test_a_party_the_document_names_by_its_verb_keeps_that_verb(sentence, actor):
    got = _directives(PAYING + sentence + "\n")
    assert [r[3] for r in got][-1:] == [actor]


# a circular that names its parties by a verb and its object, "đơn vị chủ trì liên kết đào tạo"
TRAINING = ("THÔNG TƯ\nQuy định về liên kết đào tạo\nĐiều 2. Giải thích từ ngữ\n"
            "1. Đơn vị chủ trì liên kết đào tạo là cơ sở giáo dục nghề nghiệp được cấp phép.\n"
            "2. Hồ sơ do đơn vị chủ trì liên kết đào tạo lập và lưu trữ.\n"
            "Điều 5. Trách nhiệm\n")


@pytest.mark.parametrize(("sentence", "actor"), [
    ("Đơn vị chủ trì liên kết đào tạo có trách nhiệm tổ chức tuyển sinh.", "Đơn vị chủ trì liên kết đào tạo"),
    ("Người đứng đầu đơn vị chủ trì liên kết đào tạo chịu trách nhiệm về chất lượng đào tạo.",
     "Người đứng đầu đơn vị chủ trì liên kết đào tạo"),
])
def test_a_party_the_document_names_by_its_verb_and_object_keeps_them(sentence, actor):
    got = _directives(TRAINING + sentence + "\n")
    assert [r[3] for r in got][-1:] == [actor]


def test_a_name_before_a_verb_needs_the_document_to_repeat_it():
    """Written once, "Cơ quan thanh toán kiểm soát ..." reads "thanh toán" as the verb of "Cơ quan"; before
    a modal the verbs say which body whether the document repeats them or not (described_party_reach)."""
    once = PAYING.replace("2. Hồ sơ được cơ quan thanh toán tiếp nhận trong ngày.\n", "")
    got = _directives(once + "Cơ quan thanh toán kiểm soát hồ sơ trong ngày.\n")
    assert [r[3] for r in got][-1:] == ["Cơ quan"]
    got = _directives(once + "Cơ quan thanh toán có trách nhiệm kiểm soát hồ sơ.\n")
    assert [r[3] for r in got][-1:] == ["Cơ quan thanh toán"]


# --- never_open "trình độ", "yêu cầu về", "yêu cầu sơ bộ": nouns, not "submit" or "request"; np_nouns "việc": a verb after
# it is a noun inside the name

@pytest.mark.parametrize(("line", "directive"), [
    ("a) Yêu cầu về kiến thức;", False),
    ("Yêu cầu đối với phản ánh kiến nghị", False),
    ("Yêu cầu sơ bộ về năng lực, kinh nghiệm của nhà đầu tư được xác định và thực hiện theo quy định.", False),
    ("TRÌNH ĐỘ:", False),
    ("2. Trình độ đào tạo", False),
    ("Cơ quan, tổ chức, đơn vị và cá nhân có liên quan đến việc thực hiện quy định tại khoản 1 Điều này.", False),
    ("Yêu cầu Sở Tài chính trình Ủy ban nhân dân tỉnh dự toán chi tiết.", True),
    ("Cơ quan, đơn vị có liên quan phải thực hiện quy định tại khoản 1 Điều này.", True),
])
def test_a_noun_that_looks_like_a_verb_opens_no_directive(line, directive):
    text = LAW + "Điều 2. Nội dung\n1. Phạm vi\n" + line + "\n"
    got = [" ".join(r[0].split()) for r in _directives(text)]
    assert (line in got) == directive


def test_an_enacting_verb_under_a_duty_heading_is_a_task():
    got = _directives("QUYẾT ĐỊNH\nBan hành Quy chế\nĐiều 18. Trách nhiệm của các cơ quan, đơn vị xử lý phản ánh "
                      "kiến nghị\n1. Ban hành quy định xử lý phản ánh kiến nghị của cơ quan, đơn vị mình trong thời "
                      "hạn 60 ngày.\nĐiều 19. Hiệu lực thi hành\nBãi bỏ Quyết định số 17/2024/QĐ-UBND.\n")
    assert [(r[3], r[4]) for r in got] == [("các cơ quan, đơn vị xử lý phản ánh kiến nghị", "ban hành")]


# --- catalogue_items: an annex titled "DANH MỤC ..." above its caption lists names, not tasks ---------

CATALOGUE = ("THÔNG TƯ\nBổ sung danh mục nghề\nĐiều 1. Bổ sung danh mục nghề, công việc nặng nhọc.\n"
             "Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực kể từ ngày 15 tháng 02 năm 2024.\n"
             "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Thanh\n"
             "{title}\n(Kèm theo Thông tư số 19/2023/TT-BLĐTBXH ngày 29 tháng 12 năm 2023)\n"
             "I. XÂY DỰNG\nTT\nTên nghề hoặc công việc\nĐặc điểm điều kiện lao động\n"
             "1\nVận hành trạm trộn bê tông\nCông việc nặng nhọc, ảnh hưởng của ồn và bụi.\n"
             "2\nSở Xây dựng phải kiểm tra định kỳ điều kiện lao động.\n")


@pytest.mark.parametrize(("title", "directives"), [
    ("BỔ SUNG DANH MỤC NGHỀ, CÔNG VIỆC NẶNG NHỌC, ĐỘC HẠI, NGUY HIỂM",
     ["Sở Xây dựng phải kiểm tra định kỳ điều kiện lao động."]),
    ("DANH MỤC NHIỆM VỤ TRỌNG TÂM",
     ["Vận hành trạm trộn bê tông", "Sở Xây dựng phải kiểm tra định kỳ điều kiện lao động."]),
])
def test_an_annex_that_catalogues_names_lists_no_tasks(title, directives):
    got = [" ".join(r[0].split()) for r in _directives(CATALOGUE.format(title=title))]
    assert [d for d in got if not d.startswith("Bổ sung")] == directives


@pytest.mark.parametrize(("head", "body", "expected"), [
    # a request in a law's numbered clause
    ("Điều 2. Hiệu lực thi hành\n1. Thông tư này có hiệu lực kể từ ngày 15 tháng 02 năm 2024.",
     "2. Trong quá trình thực hiện nếu có vướng mắc đề nghị phản ánh về Bộ Lao động - Thương binh và Xã hội để "
     "nghiên cứu, giải quyết./.", [(None, "phản ánh")]),
    # an amended point quoted with its label; "Hậu cần" (logistics) is a name's word, not the modal "cần"
    ("Điều 1. Sửa đổi, bổ sung điểm a khoản 3 Điều 5 như sau:",
     '“a) Trong thời hạn 07 ngày, kể từ ngày nhận đủ hồ sơ hợp lệ, Cục trưởng Cục Xe máy - Vận tải/Tổng cục '
     'Hậu cần - Kỹ thuật quyết định phê duyệt hồ sơ thiết kế.”',
     [("Cục trưởng Cục Xe máy - Vận tải/Tổng cục Hậu cần - Kỹ thuật", "quyết định phê duyệt")]),
])
def test_a_clause_of_a_law_that_asks_or_is_quoted(head, body, expected):
    got = _directives(LAW + head + "\n" + body + "\n")
    assert [(r[3], r[4]) for r in got] == expected


TELEGRAM = ("CÔNG ĐIỆN\nV/v tập trung ứng phó và khắc phục hậu quả mưa lũ\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n"
            "- Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk;\n- Bộ trưởng các Bộ: Quốc phòng, Công an.\n"
            "{line}\n1. Chủ tịch Ủy ban nhân dân các tỉnh khẩn trương sơ tán người dân khỏi khu vực nguy hiểm.\n")


@pytest.mark.parametrize(("line", "directive"), [
    # what led to the telegram's tasks, reported as done
    ("Chính phủ, Thủ tướng Chính phủ đã tập trung chỉ đạo triển khai công tác phòng, chống, ứng phó với mưa lũ.",
     False),
    # a done act in a relative clause leaves the request standing
    ("Bộ Xây dựng đề nghị Bộ Tài chính bố trí vốn theo danh sách mà Ủy ban nhân dân các tỉnh đã báo cáo.", True),
    # a city's name in a table's cell is no "need"
    ("Cần Thơ", False),
])
def test_a_telegrams_narrative_and_a_place_set_no_task(line, directive):
    got = [" ".join(r[0].split()) for r in _directives(TELEGRAM.format(line=line))]
    assert (line in got) == directive
    assert "Chủ tịch Ủy ban nhân dân các tỉnh khẩn trương sơ tán người dân khỏi khu vực nguy hiểm." in got


@pytest.mark.parametrize("lead", ["THỦ TƯỚNG CHÍNH PHỦ điện:", "**THỦ TƯỚNG CHÍNH PHỦ điện:**", "Kính gửi:"])
def test_a_list_of_addressees_holds_no_task(lead):
    text = ("CÔNG ĐIỆN\nV/v ứng phó mưa lũ\n" + lead + "\n\n- Đồng chí Bí thư Tỉnh ủy và Chủ tịch Ủy ban nhân dân các "
            "tỉnh: Khánh Hòa; Đắk Lắk, Gia Lai và Lâm Đồng;\n\n- Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc "
            "Chính phủ.\n\n1. Chủ tịch Ủy ban nhân dân các tỉnh khẩn trương sơ tán người dân khỏi khu vực nguy hiểm.\n")
    assert [(r[3], r[4]) for r in _directives(text)] == [("Chủ tịch Ủy ban nhân dân các tỉnh", "sơ tán")]


# --- noun_readings: "quyết định" before a document's words names the document, not the act -------

@pytest.mark.parametrize(("sentence", "action"), [
    ("Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.",
     "chịu trách nhiệm thi hành"),
    ("Bộ Nội vụ ban hành Quyết định của Thủ tướng Chính phủ về chế độ đối với lực lượng tìm kiếm.", "ban hành"),
    ("Giám đốc Sở Tư pháp quyết định việc cấp phiếu lý lịch tư pháp.", "quyết định"),
])
def test_a_verb_phrase_stops_before_a_document_named_quyet_dinh(sentence, action):
    got = _directives(LAW + "Điều 5. Tổ chức thực hiện\n" + sentence + "\n")
    assert [r[4] for r in got] == [action]


def test_a_party_after_a_condition_that_need_not_act_has_no_duty():
    """"..., thì người sử dụng lao động không phải trả lương ...": "không phải" lifts a duty, it sets none."""
    assert _directives(LAW + "Điều 5. Tiền lương ngừng việc\n2. Số giờ làm việc tiêu chuẩn hằng ngày ít hơn 8 giờ, nếu "
                       "đã được lập kế hoạch, thì người sử dụng lao động không phải trả lương ngừng việc.\n") == []
