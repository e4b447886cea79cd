"""Directives: sentences and list items that call for or assign action."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.pipeline.extract.directives import find_directives, heading_actor
from vanban.pipeline.extract.roles import assign_roles
from vanban.pipeline.model import RawDocument
from vanban.pipeline.normalize import fold, normalize
from vanban.pipeline.read import read_document
from vanban.pipeline.segment import segment
from vanban.pipeline.structure import structure
from tests.conftest import needs_shared


def _directives(text: str):
    doc = assign_roles(segment(structure(normalize(RawDocument("mem.txt", "txt", text, "0")))))
    return doc, find_directives(doc)


def _show(ds):
    return [(d.text[:30], d.role, d.status, d.actor) for d in ds]


# (document text, expected directives as (opening words, role, status, actor)) - one row per
# way documents write a directive, and per near miss that is none
CASES = [
    # bullets under tasks and solutions: one task each, even with two sentences
    ("II. NHIỆM VỤ, GIẢI PHÁP\n- Tăng cường công tác kiểm tra, giám sát việc thực hiện. Định kỳ sơ kết rút kinh nghiệm.\n"
     "- Ưu tiên bố trí kinh phí cho ứng dụng khoa học kỹ thuật.\n",
     [("Tăng cường công tác kiểm tra", "task", "open", None),
      ("Ưu tiên bố trí kinh phí cho", "task", "open", None)]),
    # targets under orientation
    ("I. MỤC TIÊU\n- Phấn đấu đến năm 2025 có 90% hộ dân sử dụng nước sạch.\n",
     [("Phấn đấu đến năm 2025 có 90%", "target", "open", None)]),
    # a body named at the head of a list item is its actor
    ("III. NHIỆM VỤ\n- Ủy ban nhân dân huyện xây dựng kế hoạch vốn đầu tư công trung hạn.\n",
     [("Ủy ban nhân dân huyện xây dựn", "task", "open", "Ủy ban nhân dân huyện")]),
    # "giao X", "đề nghị X": X acts
    ("IV. TỔ CHỨC THỰC HIỆN\n1. Giao Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các xã triển khai kế hoạch, báo cáo kết quả trước ngày 15/12/2024.\n"
     "2. Đề nghị Ủy ban Mặt trận Tổ quốc huyện vận động nhân dân tham gia.\n",
     [("Giao Phòng Nông nghiệp và Phá", "instruction", "open", "Phòng Nông nghiệp và Phát triển nông thôn"),
      ("Đề nghị Ủy ban Mặt trận Tổ qu", "instruction", "open", "Ủy ban Mặt trận Tổ quốc huyện")]),
    # a paragraph with several instruction sentences gives one per sentence
    ("V. KIẾN NGHỊ\nĐề nghị Sở Tài chính bố trí kinh phí năm 2025. Đề nghị Sở Nội vụ bổ sung biên chế cho ngành y tế.\n",
     [("Đề nghị Sở Tài chính bố trí k", "instruction", "open", "Sở Tài chính"),
      ("Đề nghị Sở Nội vụ bổ sung biê", "instruction", "open", "Sở Nội vụ")]),
    # results are described, not asked: no directive, even in the imperative-looking form
    ("II. KẾT QUẢ ĐẠT ĐƯỢC\nXây dựng 12 mô hình trình diễn giống cà phê mới. Các xã đã tổ chức 45 lớp tập huấn.\n", []),
    # a past instruction in an implementation section is a directive, reported as done
    ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO\nBan Thường vụ Huyện ủy chỉ đạo các chi bộ tổ chức học tập nghị quyết.\n",
     [("Ban Thường vụ Huyện ủy chỉ đạ", "instruction", "done", "Ban Thường vụ Huyện ủy")]),
    # a body that "cần" act, in an assessment
    ("I. ĐÁNH GIÁ CHUNG\nBên cạnh kết quả đạt được, Ủy ban nhân dân xã cần khắc phục tình trạng chậm giải ngân.\n",
     [("Bên cạnh kết quả đạt được, Ủy", "instruction", "open", "Ủy ban nhân dân xã")]),
    # a negation is a shortcoming, not an order
    ("II. HẠN CHẾ\nMột số cấp ủy chưa quan tâm chỉ đạo công tác này.\n", []),
    # laws: obligations, assignments; definitions and entry into force are none
    ("QUYẾT ĐỊNH\nĐiều 1. Giải thích từ ngữ\nNhiệm vụ cấp cơ sở là nhiệm vụ do Ủy ban nhân dân huyện đặt hàng.\n"
     "Điều 2. Trách nhiệm thi hành\n1. Sở Tài chính có trách nhiệm bố trí kinh phí hằng năm.\n"
     "2. Hồ sơ đề nghị phải được gửi chậm nhất ngày 30 tháng 6 hằng năm.\n"
     "Điều 3. Hiệu lực thi hành\nQuyết định này có hiệu lực kể từ ngày ký.\n",
     [("Sở Tài chính có trách nhiệm b", "obligation", "open", "Sở Tài chính"),
      ("Hồ sơ đề nghị phải được gửi c", "obligation", "open", None)]),
    # a heading that names who acts gives the actor to its items
    ("III. PHÂN CÔNG THỰC HIỆN\n1. Ban Tuyên giáo Huyện ủy\n- Chủ trì hướng dẫn việc học tập, quán triệt.\n"
     "2. Ủy ban nhân dân huyện\n- Bố trí kinh phí thực hiện kế hoạch.\n",
     [("Chủ trì hướng dẫn việc học tậ", "task", "open", "Ban Tuyên giáo Huyện ủy"),
      ("Bố trí kinh phí thực hiện kế", "task", "open", "Ủy ban nhân dân huyện")]),
    # under a heading naming the actor, "Lãnh đạo ..." is the verb, not a body
    ("IV. TỔ CHỨC THỰC HIỆN\n1. Ban cán sự đảng Ủy ban nhân dân tỉnh\n"
     "Lãnh đạo Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai, bố trí kinh phí hằng năm.\n",
     [("Lãnh đạo Ủy ban nhân dân tỉn", "task", "open", "Ban cán sự đảng Ủy ban nhân dân tỉnh")]),
    # "<body> ..., có trách nhiệm:" names the actor of the items that follow
    ("Điều 3. Tổ chức thực hiện\n1. Phòng Kinh tế là cơ quan thường trực, có trách nhiệm:\n"
     "- Chủ trì xây dựng kế hoạch hằng năm.\n",
     [("Chủ trì xây dựng kế hoạch hằn", "obligation", "open", "Phòng Kinh tế")]),
    # a list of bodies with their duty; "có liên quan" stays inside the name
    ("Điều 4. Trách nhiệm thi hành\nChánh Văn phòng Ủy ban nhân dân huyện, Trưởng phòng Tài chính - Kế hoạch và "
     "Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.\n",
     [("Chánh Văn phòng Ủy ban nhân d", "obligation", "open",
       "Chánh Văn phòng Ủy ban nhân dân huyện, Trưởng phòng Tài chính - Kế hoạch và Thủ trưởng các cơ quan, "
       "đơn vị có liên quan")]),
    # a lead-in that asks for the list under it, outside any tasks heading; the body it asks acts in
    # each item (README "Gold format: relations", the actor convention of sample 10)
    ("THÔNG BÁO\nVề việc kê khai tài sản năm 2024\nĐể thực hiện tốt công tác kê khai, Ủy ban nhân dân huyện yêu cầu "
     "Thủ trưởng các cơ quan, đơn vị thực hiện các nội dung sau:\n1. Rà soát danh sách người có nghĩa vụ kê khai, "
     "gửi về Phòng Nội vụ trước ngày 15/11/2024.\n2. Tổ chức kê khai đúng quy định.\n",
     [("Để thực hiện tốt công tác kê", "instruction", "open", "Ủy ban nhân dân huyện"),
      ("Rà soát danh sách người có ng", "task", "open", "Thủ trưởng các cơ quan, đơn vị"),
      ("Tổ chức kê khai đúng quy định", "task", "open", "Thủ trưởng các cơ quan, đơn vị")]),
    # a tenet under orientation is no target
    ("I. QUAN ĐIỂM, MỤC TIÊU\nPhát triển khoa học và công nghệ là quốc sách hàng đầu, là động lực phát triển.\n"
     "Phấn đấu đến năm 2030 có 5 doanh nghiệp khoa học và công nghệ.\n",
     [("Phấn đấu đến năm 2030 có 5 d", "target", "open", None)]),
    # a conclusion: "Thời gian tới, đề nghị X ..." and "cần tập trung ..." ask for action
    ("THÔNG BÁO KẾT LUẬN\nVề tình hình kinh tế - xã hội quý I\nThời gian tới, đề nghị Ủy ban nhân dân huyện tập trung "
     "giải ngân vốn đầu tư công. Các ngành cần tập trung tháo gỡ khó khăn cho doanh nghiệp. "
     "Quý I, tăng trưởng kinh tế đạt 7,2%.\n",
     [("Thời gian tới, đề nghị Ủy ban", "instruction", "open", "Ủy ban nhân dân huyện"),
      ("Các ngành cần tập trung tháo", "instruction", "open", "Các ngành")]),
    # an outline of a report's contents is no task
    ("II. NỘI DUNG, NHIỆM VỤ TỔNG KẾT\n- Những kết quả nổi bật, ưu điểm.\n- Bài học kinh nghiệm.\n", []),
    # a "là" after the first clause does not make a duty a definition ("... đối với người lao động là
    # người khuyết tật", "..., đặc biệt là giá xăng dầu"); a "là" in the first clause does
    ("Điều 5. Tổ chức thực hiện\n1. Bộ Y tế, Bộ Lao động - Thương binh và Xã hội, Bộ Tài chính hướng dẫn thực hiện "
     "chế độ đối với người lao động là người khuyết tật.\n"
     "2. Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành theo dõi sát diễn biến giá cả, đặc biệt là giá xăng dầu.\n"
     "3. Tham gia dân công hỏa tuyến là trực tiếp phục vụ chiến đấu tại các chiến trường.\n",
     [("Bộ Y tế, Bộ Lao động - Thương", "obligation", "open",
       "Bộ Y tế, Bộ Lao động - Thương binh và Xã hội, Bộ Tài chính"),
      ("Ủy ban nhân dân tỉnh chỉ đạo", "obligation", "open", "Ủy ban nhân dân tỉnh")]),
    # a figure line of an approved budget opens with a verb but asks for nothing
    ("Điều 2. Phân bổ dự toán chi ngân sách huyện năm 2024 như sau:\n"
     "a) Bổ sung cân đối cho ngân sách các xã, thị trấn: 45.200 triệu đồng;\n"
     "b) Hỗ trợ các hợp tác xã nông nghiệp là: 1.500 triệu đồng (Bằng chữ: Một tỷ năm trăm triệu đồng);\n"
     "Điều 3. Tổ chức thực hiện\n1. Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết này.\n",
     [("Ủy ban nhân dân huyện tổ chức", "obligation", "open", "Ủy ban nhân dân huyện")]),
    ("III. NHIỆM VỤ\n- Hỗ trợ kinh phí mua giống cho các hộ nghèo: 350 triệu đồng.\n"
     "- Hỗ trợ các hộ nghèo mua giống lúa mới trong vụ Đông Xuân, kinh phí 350 triệu đồng.\n",
     [("Hỗ trợ các hộ nghèo mua giống", "task", "open", None)]),
    # "<body>: <verb> ...": the body before the colon acts
    ("III. PHÂN CÔNG NHIỆM VỤ\n1. Sở Kế hoạch và Đầu tư: Chủ trì thẩm định danh mục dự án, báo cáo Ủy ban nhân dân tỉnh.\n"
     "2. Ban Quản lý các khu công nghiệp: Căn cứ kế hoạch được giao, hướng dẫn doanh nghiệp thực hiện.\n"
     "3. Phòng Văn hóa và Thông tin: phối hợp với Đài Truyền thanh huyện tuyên truyền rộng rãi.\n",
     [("Sở Kế hoạch và Đầu tư: Chủ tr", "task", "open", "Sở Kế hoạch và Đầu tư"),
      ("Ban Quản lý các khu công nghi", "task", "open", "Ban Quản lý các khu công nghiệp"),
      ("Phòng Văn hóa và Thông tin: p", "task", "open", "Phòng Văn hóa và Thông tin")]),
    # "(giao X chủ trì, ...; Y ...)" closing an item names its actor; a list of places before it does not
    ("II. NỘI DUNG\n1. Tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị trong quý III (giao Sở Nội vụ chủ trì, "
     "phối hợp với Văn phòng Ủy ban nhân dân tỉnh; Sở Tài chính bảo đảm kinh phí).\n"
     "2. Kiểm tra việc thực hiện tại các trường học; Ủy ban nhân dân các xã, phường (Giao Phòng Giáo dục và Đào tạo tham mưu).\n",
     [("Tổ chức hội nghị sơ kết 5 năm", "instruction", "open", "Sở Nội vụ"),
      ("Kiểm tra việc thực hiện tại c", "instruction", "open", "Phòng Giáo dục và Đào tạo")]),
    # "Đối với ... (trong đó: ...; ...), giao X ...": the parenthesis does not cut the clause
    ("Điều 3. Tổ chức thực hiện\n1. Đối với nguồn vốn chưa phân bổ 250 tỷ đồng (trong đó: vốn trong nước 200 tỷ đồng; "
     "vốn nước ngoài 50 tỷ đồng), giao Ủy ban nhân dân thành phố lập phương án phân bổ, báo cáo Thường trực "
     "Hội đồng nhân dân thành phố.\n",
     [("Đối với nguồn vốn chưa phân b", "instruction", "open", "Ủy ban nhân dân thành phố")]),
    # a list opened by "là:" holds names, not subjects ("Bộ luật ... (sửa đổi ...)" is no body)
    ("II. NHIỆM VỤ\n- Các phòng, ban chuyên môn tổ chức phổ biến các văn bản mới, trọng tâm là: Luật Đất đai năm 2024; "
     "Bộ luật Lao động năm 2019 (sửa đổi, bổ sung năm 2021); Ủy ban nhân dân tỉnh ban hành Quyết định số 10/2023/QĐ-UBND.\n",
     [("Các phòng, ban chuyên môn tổ", "task", "open", "Các phòng, ban chuyên môn")]),
    # a subject after a condition with no comma; a body after "của" is no subject
    ("IV. TỔ CHỨC THỰC HIỆN\nTrong quá trình triển khai nếu phát sinh vướng mắc các sở, ngành, địa phương phản ánh "
     "kịp thời về Sở Kế hoạch và Đầu tư để tổng hợp. Khi có yêu cầu của các cơ quan có thẩm quyền, Sở Tư pháp "
     "cung cấp hồ sơ.\n",
     [("Trong quá trình triển khai nế", "instruction", "open", "các sở, ngành, địa phương"),
      ("Khi có yêu cầu của các cơ qua", "instruction", "open", "Sở Tư pháp")]),
    # a note after an item ("* Lưu ý: ..."): its own directive when it asks for something, none when
    # it only explains a figure
    ("III. TỔ CHỨC THỰC HIỆN\n1. Các phòng, ban chuyên môn báo cáo kết quả về Văn phòng trước ngày 20/12/2024.\n"
     "* Lưu ý: Trường hợp phát sinh sự cố an toàn thông tin phải báo cáo ngay về Sở Thông tin và Truyền thông.\n"
     "2. Ủy ban nhân dân các xã, thị trấn tổ chức triển khai kế hoạch.\n"
     "Ghi chú: Số liệu năm 2024 là số ước thực hiện.\n",
     [("Các phòng, ban chuyên môn báo", "task", "open", "Các phòng, ban chuyên môn"),
      ("Lưu ý: Trường hợp phát sinh s", "instruction", "open", None),   # the list mark "* " is no part of it
      ("Ủy ban nhân dân các xã, thị t", "task", "open", "Ủy ban nhân dân các xã, thị trấn")]),
    ("THÔNG BÁO\nVề lịch tiếp công dân tháng 12\nLịch tiếp công dân được niêm yết tại trụ sở.\n"
     "Chú ý: Công dân đến liên hệ cần mang theo giấy tờ tùy thân.\n",
     # citizens are a party (models/directives.json party_heads): those who come must bring their papers
     [("Chú ý: Công dân đến liên hệ c", "instruction", "open", "Công dân đến liên hệ")]),
    # a lead-in that assigns the list under it ("Đồng thời giao X chỉ đạo ... thực hiện:") names the
    # items' actor, nearer than the heading; one that does not assign leaves the heading's actor
    ("III. PHÂN CÔNG NHIỆM VỤ\n1. Sở Y tế\nChủ trì tổ chức tiêm chủng trên địa bàn tỉnh.\n"
     "Đồng thời giao Giám đốc Sở Y tế chỉ đạo các bệnh viện thực hiện:\n- Rà soát danh sách người cần tiêm.\n"
     "- Báo cáo kết quả tiêm chủng hằng tuần.\n2. Sở Tài chính\nSở Tài chính thực hiện các nội dung sau:\n"
     "- Bố trí kinh phí mua vắc xin.\n",
     [("Chủ trì tổ chức tiêm chủng trê", "task", "open", "Sở Y tế"),
      ("Đồng thời giao Giám đốc Sở Y t", "instruction", "open", "Giám đốc Sở Y tế"),
      ("Rà soát danh sách người cần ti", "task", "open", "Giám đốc Sở Y tế"),
      ("Báo cáo kết quả tiêm chủng hằn", "task", "open", "Giám đốc Sở Y tế"),
      ("Sở Tài chính thực hiện các nội", "instruction", "open", "Sở Tài chính"),
      ("Bố trí kinh phí mua vắc xin.", "task", "open", "Sở Tài chính")]),
    ("THÔNG BÁO KẾT LUẬN\nVề tình hình thực hiện nhiệm vụ năm 2024\nĐề nghị Ban Thường vụ Huyện ủy tập trung lãnh đạo, "
     "chỉ đạo thực hiện tốt các nội dung sau:\n- Đẩy mạnh cải cách thủ tục hành chính, nâng cao chỉ số năng lực cạnh "
     "tranh cấp huyện.\n- Chăm lo đời sống vật chất, tinh thần của Nhân dân vùng đồng bào dân tộc thiểu số.\n",
     [("Đề nghị Ban Thường vụ Huyện ủy", "instruction", "open", "Ban Thường vụ Huyện ủy"),
      ("Đẩy mạnh cải cách thủ tục hành", "task", "open", "Ban Thường vụ Huyện ủy"),
      ("Chăm lo đời sống vật chất, tin", "task", "open", "Ban Thường vụ Huyện ủy")]),
    # named state bodies act like ministries
    ("Điều 7. Trách nhiệm thi hành\n1. Kho bạc Nhà nước có trách nhiệm kiểm soát chi theo quy định.\n"
     "2. Bảo hiểm xã hội Việt Nam hướng dẫn thủ tục chi trả.\n3. Ngân hàng Nhà nước Việt Nam chỉ đạo các tổ chức tín dụng "
     "cơ cấu lại thời hạn trả nợ.\n",
     [("Kho bạc Nhà nước có trách nhi", "obligation", "open", "Kho bạc Nhà nước"),
      ("Bảo hiểm xã hội Việt Nam hướn", "obligation", "open", "Bảo hiểm xã hội Việt Nam"),
      ("Ngân hàng Nhà nước Việt Nam c", "obligation", "open", "Ngân hàng Nhà nước Việt Nam")]),
    # items under a lead-in that states what something is or comprises list cases, not duties;
    # a lead-in naming duties keeps its items
    ("Điều 4. Thời gian tính hưởng trợ cấp\n1. Thời gian làm nhiệm vụ được tính hưởng trợ cấp được xác định như sau:\n"
     "a) Làm nhiệm vụ ở biên giới phía Bắc từ tháng 02 năm 1979 đến ngày 31 tháng 12 năm 1988;\n"
     "b) Tham gia dân công hỏa tuyến từ năm 1975 đến năm 1980.\n"
     "Điều 6. Trách nhiệm thi hành\n1. Sở Nội vụ có các nhiệm vụ sau:\n"
     "a) Hướng dẫn các huyện lập hồ sơ đề nghị;\n"
     "b) Tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.\n",
     [("Hướng dẫn các huyện lập hồ sơ", "obligation", "open", "Sở Nội vụ"),
      ("Tổng hợp, báo cáo Ủy ban nhân", "obligation", "open", "Sở Nội vụ")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_directive_table(text, expected):
    _, ds = _directives(text)
    got = [(d.text[:len(e[0])], d.role, d.status, d.actor) for d, e in zip(ds, expected)]
    assert len(ds) == len(expected), _show(ds)
    assert got == expected


def test_a_paragraph_after_the_last_item_is_not_part_of_it():
    _, ds = _directives("CHỈ THỊ\nVề công tác phòng, chống thiên tai\n3. Tổ chức thực hiện\n"
                        "- Giao Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền Chỉ thị.\n"
                        "- Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.\n"
                        "Chỉ thị này được phổ biến đến chi bộ.\n")
    assert [d.actor for d in ds] == ["Ban Tuyên giáo Tỉnh ủy", "Văn phòng Tỉnh ủy"]
    assert ds[-1].text.endswith("báo cáo Ban Thường vụ Tỉnh ủy.")


def test_deadline_and_action_are_read():
    _, ds = _directives("IV. TỔ CHỨC THỰC HIỆN\n1. Giao Sở Y tế chủ trì rà soát danh mục thuốc, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/6/2023.\n")
    assert len(ds) == 1
    assert ds[0].deadline == "trước ngày 30/6/2023"
    assert ds[0].actor == "Sở Y tế"
    assert ds[0].action.startswith("chủ trì")


def test_spans_index_the_text():
    doc, ds = _directives(CASES[3][0])
    assert ds and all(doc.text[d.start:d.end] == d.text for d in ds)


@pytest.mark.parametrize("text,deadline", [
    ("báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 12 năm 2025.", "trước ngày 31 tháng 12 năm 2025"),
    ("hoàn thành chậm nhất vào ngày 10 tháng 9 năm 2022.", "chậm nhất vào ngày 10 tháng 9 năm 2022"),
    ("báo cáo kết quả trong Quý I năm 2026.", "trong Quý I năm 2026"),
    ("hoàn thành trong tháng 12 năm 2025.", "trong tháng 12 năm 2025"),
    ("gửi về Sở trước 30/6/2024.", "trước 30/6/2024"),
    ("tổ chức hội nghị sơ kết. Thời gian: Quý III/2024.", "Thời gian: Quý III/2024"),
    ("báo cáo trước ngày 15/12 hằng năm.", "trước ngày 15/12 hằng năm"),
    ("phấn đấu đến năm 2030 đạt 80%.", "đến năm 2030"),
    ("thực hiện trong 02 tháng cuối năm 2025 và những tháng đầu năm 2026.",
     "trong 02 tháng cuối năm 2025 và những tháng đầu năm 2026"),
    ("định kỳ hằng năm báo cáo kết quả.", None),
])
def test_deadline_spellings(text, deadline):
    _, ds = _directives("II. NHIỆM VỤ\n- Ủy ban nhân dân huyện " + text + "\n")
    assert len(ds) == 1
    assert ds[0].deadline == deadline


@pytest.mark.parametrize("heading,actor", [
    ("1. Ban Tuyên giáo Huyện ủy", "Ban Tuyên giáo Huyện ủy"),
    ("Trách nhiệm của Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ"),
    ("Ủy ban nhân dân các huyện, thành phố:", "Ủy ban nhân dân các huyện, thành phố"),
    ("Kết quả đạt được", None),
    ("Tăng cường công tác quản lý", None),
])
def test_heading_actor(heading, actor):
    assert heading_actor(heading.split(". ", 1)[-1] if heading[0].isdigit() else heading) == actor


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáạảãGĐNI.V1-:;,\n ")), max_size=300))
def test_never_crashes_and_spans_are_valid(text):
    doc, ds = _directives(text)
    for d in ds:
        assert 0 <= d.start < d.end <= len(doc.text)
        assert doc.text[d.start:d.end] == d.text
        assert d.role in ("task", "target", "instruction", "obligation")
        assert d.status in ("open", "done")


# --- the shared corpus, scored by the README rule -----------------------------------------------

def _key(t: str) -> str:
    import re
    t = " ".join(fold(t).split())
    while True:
        new = re.sub(r"^\s*(?:[-+•*–]+|\(?[0-9]{1,2}[.)]|\(?[a-zđ][.)]|[IVX]+\.)\s*", "", t, count=1)
        if new == t:
            return t.strip(" *_")
        t = new


def _match(a: str, b: str) -> bool:
    a, b = _key(a), _key(b)
    return bool(a and b) and (a[:40] in b or b[:40] in a)


def _actor(a):
    import re
    return " ".join(re.sub(r"[^\w\s]", " ", fold(a or "").lower()).split())


@needs_shared
def test_shared_gold_directives(shared_dir):
    """Recall >= 0.90, precision >= 0.85, actor right on >= 80% of gold directives naming one."""
    found = gold_n = pred_n = wrong = actor_ok = actor_n = 0
    for gf in sorted((shared_dir / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        path = shared_dir / "docs" / g["file"].split("/")[-1]
        doc = assign_roles(segment(structure(normalize(read_document(path)))))
        preds = find_directives(doc)
        gold, opt = g["directives"], g.get("optional_directives", [])
        used = set()
        for x in gold:
            j = next((k for k, p in enumerate(preds) if k not in used and _match(x["text"], p.text)), None)
            gold_n += 1
            if j is not None:
                used.add(j)
                found += 1
            if x.get("actor"):
                actor_n += 1
                actor_ok += j is not None and _actor(preds[j].actor) == _actor(x["actor"])
        for k, p in enumerate(preds):
            if k in used:
                pred_n += 1
            elif not any(_match(o["text"], p.text) for o in opt):
                pred_n += 1
                wrong += 1
    recall, precision = found / gold_n, (pred_n - wrong) / max(pred_n, 1)
    assert recall >= 0.90, recall
    assert precision >= 0.85, precision
    assert actor_ok / actor_n >= 0.80, actor_ok / actor_n


@needs_shared
def test_baolam_directives_in_detail(shared_dir):
    doc = assign_roles(segment(structure(normalize(read_document(shared_dir / "docs" / "000_baolam_bc_nq20.txt")))))
    ds = find_directives(doc)
    tasks = [d for d in ds if d.section == "V.2"]
    assert len(tasks) == 6 and all(d.status == "open" for d in tasks)
    assert [d.role for d in ds if d.section == "V.1"] == ["target"] * 3
    done = [d for d in ds if d.status == "done"]
    assert any(d.actor == "Huyện ủy Bảo Lâm" and d.action == "chỉ đạo" for d in done)
    # results described in section III are not directives
    assert not [d for d in ds if d.section and d.section.startswith("III.") and d.section != "III.4"]


def _excerpt(organise: str) -> str:
    """A Party conclusion cut out of its document (no header naming its type), OCR'd: numbered task
    titles, task paragraphs, then ``organise`` as the title of the closing part."""
    return ("5. Đây mạnh phát triển nông nghiệp sinh thái, nông thôn hiện đại\n\n"
            "Chuyển đổi cơ cấu cây trồng, vật nuôi theo hướng nâng cao giá trị gia tăng. Thúc đây liên\n"
            "kết giữa hợp tác xã và doanh nghiệp trong tiêu thụ nông sản.\n\n"
            "6. Nâng cao hiệu quả công tác dân vận\n\n"
            "Đổi mới nội dung, phương thức vận động quần chúng phù hợp với từng địa bàn.\n\n"
            f"III- {organise}\n\n"
            "1. Đảng ủy Chính phủ lãnh đạo, chỉ đạo xây dựng kế hoạch thực hiện Kết luận.\n\n"
            "2. Các tỉnh ủy, thành ủy trực thuộc Trung ương tổ chức quán triệt, triển khai Kết luận.\n")


def test_an_untyped_text_with_a_part_on_carrying_it_out_sets_tasks():
    # no document type, but a closing "Tổ chức thực hiện" (OCR'd "TÔ"): the paragraphs under the
    # numbered task titles are tasks, one per sentence ("Thúc đây" is OCR for "Thúc đẩy"), and the
    # items of the closing part name who acts
    doc, ds = _directives(_excerpt("TÔ CHỨC THỰC HIỆN"))
    assert doc.metadata.doc_type is None
    assert [(d.text[:20], d.role, d.actor) for d in ds] == [
        ("Chuyển đổi cơ cấu câ", "task", None),
        ("Thúc đây liên kết gi", "task", None),
        ("Đổi mới nội dung, ph", "task", None),
        ("Đảng ủy Chính phủ lã", "task", "Đảng ủy Chính phủ"),
        ("Các tỉnh ủy, thành ủ", "task", "Các tỉnh ủy, thành ủy trực thuộc Trung ương")]


def test_an_untyped_text_without_that_part_is_not_read_as_tasks():
    # the same paragraphs under a part that any report has ("Kiến nghị") are no tasks: nothing
    # says the text asks for them
    _, ds = _directives(_excerpt("KIẾN NGHỊ"))
    assert not any(d.text.startswith(("Chuyển đổi", "Thúc đây", "Đổi mới")) for d in ds), _show(ds)


def test_an_untyped_report_with_past_statements_gets_no_tasks():
    # a report tells how a plan was carried out ("Tình hình tổ chức thực hiện"): its sentences,
    # verb-first or not, are no tasks
    _, ds = _directives("2. Phát triển kinh tế tập thể\n\nChuyển đổi 15 hợp tác xã theo Luật Hợp tác xã năm 2012. "
                        "Các hợp tác xã đã liên kết với doanh nghiệp tiêu thụ 1.200 tấn nông sản.\n\n"
                        "III. TÌNH HÌNH TỔ CHỨC THỰC HIỆN\n\n"
                        "Triển khai kế hoạch đúng tiến độ tại 12 xã, thị trấn.\n")
    assert _show(ds) == []


CONCLUSION = ("THÔNG BÁO\nKết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về Đề án chuyển đổi số\n"
              "1. Hạ tầng số được xác định là nền tảng của chuyển đổi số. Sở Thông tin và Truyền thông "
              "đã tích cực tham mưu, hoàn thiện dự thảo Đề án.\n"
              "2. Sở Thông tin và Truyền thông hoàn thiện dự thảo Đề án, trình Ủy ban nhân dân tỉnh trước ngày "
              "30/6/2025. Ủy ban nhân dân tỉnh xem xét, phê duyệt Đề án trong quý III năm 2025.\n"
              "3. Về kinh phí thực hiện Đề án:\n"
              "- Về nguồn vốn:\n"
              "Sở Tài chính làm việc với Sở Kế hoạch và Đầu tư theo hướng: Sở Kế hoạch và Đầu tư bố trí vốn "
              "đầu tư, Sở Tài chính bố trí kinh phí thường xuyên.\n"
              "Sở Kế hoạch và Đầu tư tổng hợp nhu cầu vốn của các sở, ngành.\n"
              "Ủy ban nhân dân các huyện khẩn trương có văn bản gửi Sở Tài chính đề xuất nhu cầu kinh phí.\n")


def test_a_conclusion_gives_each_paragraph_under_a_topic_and_no_assessment():
    doc, ds = _directives(CONCLUSION)
    assert doc.metadata.doc_type == "Thông báo kết luận"
    got = [(d.text[:24], d.actor) for d in ds]
    # point 1 assesses and reports what was done ("đã tích cực tham mưu"): no task
    assert not any(t.startswith("Hạ tầng số") for t, _ in got), got
    # point 2: the body the draft goes up to ("trình Ủy ban nhân dân tỉnh") decides, it is not tasked
    assert ("Sở Thông tin và Truyền t", "Sở Thông tin và Truyền thông") in got
    # every paragraph under "- Về nguồn vốn:" is a task of the body that opens it; what the two
    # bodies agree on ("theo hướng: Sở ... bố trí ...") names no actor
    assert [a for t, a in got if not t.startswith(("Sở Thông tin", "Về"))][-3:] == [
        "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Ủy ban nhân dân các huyện"], got


def test_a_list_mark_the_structure_missed_still_opens_an_item():
    # the first "- ..." after a numbered title that wraps onto a second line is read as part of
    # the title block by the structure; its body still acts
    _, ds = _directives("KẾ HOẠCH\nII. NỘI DUNG\n1. Nâng cấp hạ tầng kỹ thuật các khu công nghiệp, cụm công nghiệp\n"
                        "hiện có trên địa bàn\n"
                        "- Sở Công Thương đầu tư, nâng cấp hệ thống thoát nước tại các cụm công nghiệp.\n"
                        "- Ủy ban nhân dân cấp huyện: rà soát, bố trí quỹ đất tái định cư cho các hộ dân.\n")
    assert [(d.text[:20], d.role, d.actor) for d in ds] == [
        ("Sở Công Thương đầu t", "task", "Sở Công Thương"),
        ("Ủy ban nhân dân cấp ", "task", "Ủy ban nhân dân cấp huyện")]


def test_the_investor_of_a_project_is_an_actor():
    _, ds = _directives("II. NHIỆM VỤ\n- Chủ đầu tư dự án khu dân cư phía Bắc san lấp mặt bằng, hoàn thiện hạ tầng "
                        "giao thông nội bộ trong quý IV năm 2025.\n")
    assert [(d.role, d.actor) for d in ds] == [("task", "Chủ đầu tư dự án khu dân cư phía Bắc")]


def test_a_reports_closing_courtesy_is_no_directive():
    _, ds = _directives("BÁO CÁO\nIII. KIẾN NGHỊ\nĐề nghị Sở Tài chính bổ sung kinh phí sự nghiệp môi trường năm 2025.\n"
                        "Ủy ban nhân dân huyện Bảo Thắng trân trọng báo cáo Sở Tài chính, Ủy ban nhân dân tỉnh.\n")
    assert [d.actor for d in ds] == ["Sở Tài chính"]


def test_an_ocr_table_row_is_no_task():
    # a target table read by OCR row by row: a "- _| ..." line is a cell border, not a list item
    _, ds = _directives("II. NHIỆM VỤ, GIẢI PHÁP\n1. Nâng cao chất lượng nước sinh hoạt nông thôn\n"
                        "- Tăng cường kiểm tra chất lượng nước tại các công trình cấp nước tập trung.\n"
                        "- _| hộ dân nông thôn được sử dụng nước sạch theo quy chuẩn quốc gia 95% 4. | Tỉ lệ "
                        "chất thải rắn được thu gom 90%\n")
    assert [d.text[:20] for d in ds] == ["Tăng cường kiểm tra "]
