"""Generate a synthetic corpus of Vietnamese Party and government documents for benchmarks.

    python bench/gen_corpus.py OUT_DIR --n 1000 --words 3000 --seed 0

writes ``n`` UTF-8 ``.txt`` documents of about ``words`` words each, built from templates: invented
provinces and districts, issuers (Tỉnh ủy, Huyện ủy, UBND tỉnh/huyện, HĐND tỉnh), types (báo cáo,
nghị quyết, kế hoạch, kết luận, chương trình hành động, thông báo, quyết định ...), years
2005-2025, headers in the Party and state styles, Roman-numeral sections with Arabic subsections
(or "Điều" articles for decisions), citations of real central documents and of invented local
ones (several spellings), dates, quantities and directives with deadlines. The same seed gives the
same files byte for byte. The output is for benchmarks and crash tests, not committed.

From Python: ``generate(out_dir, n=10, words=800, seed=0)`` returns the written paths.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

# --- vocabulary ----------------------------------------------------------------------------

FIRST = ["Tân", "Phú", "Đức", "Hòa", "Lộc", "An", "Bình", "Thạch", "Vĩnh", "Quảng", "Hưng", "Kim",
         "Ngọc", "Thanh", "Đông", "Tây", "Nam", "Bắc", "Hải", "Trà", "Sơn", "Mỹ", "Long", "Gia"]
SECOND = ["Sơn", "Lâm", "Thành", "Phong", "Hà", "Điền", "Mỹ", "Khê", "Xuyên", "Nguyên", "Lạc",
          "Ninh", "Yên", "Thủy", "Linh", "Hội", "Trung", "Đà", "Lương", "Châu"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đình", "Minh", "Quốc", "Thanh", "Ngọc", "Đức", "Xuân", "Thị Thu"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Khoa", "Lan", "Long", "Mai", "Nam",
         "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vinh", "Yến", "K' Brơi", "Ka Liên"]

# Real central documents: (type, number, ISO date, issuer phrase, subject).
CENTRAL = [
    ("Nghị quyết", "20-NQ/TW", "2012-11-01", "của Ban Chấp hành Trung ương Đảng (khóa XI)",
     "về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa"),
    ("Kết luận", "50-KL/TW", "2019-05-30", "của Ban Bí thư (khóa XII)",
     "về tiếp tục thực hiện Nghị quyết Trung ương 6 khóa XI về phát triển khoa học và công nghệ"),
    ("Nghị quyết", "52-NQ/TW", "2019-09-27", "của Bộ Chính trị",
     "về một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư"),
    ("Nghị quyết", "57-NQ/TW", "2024-12-22", "của Bộ Chính trị",
     "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"),
    ("Luật Khoa học và công nghệ", "29/2013/QH13", "2013-06-18", "", ""),
    ("Nghị định", "08/2014/NĐ-CP", "2014-01-27", "của Chính phủ",
     "quy định chi tiết và hướng dẫn thi hành một số điều của Luật Khoa học và công nghệ"),
    ("Quyết định", "749/QĐ-TTg", "2020-06-03", "của Thủ tướng Chính phủ",
     "phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030"),
    ("Nghị quyết", "26-NQ/TW", "2008-08-05", "của Ban Chấp hành Trung ương Đảng (khóa X)",
     "về nông nghiệp, nông dân, nông thôn"),
    ("Nghị quyết", "03/NQ-CP", "2025-01-09", "của Chính phủ",
     "ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW"),
]

PARTY_TYPES = [("Báo cáo", "BC"), ("Nghị quyết", "NQ"), ("Kế hoạch", "KH"), ("Kết luận", "KL"),
               ("Chương trình hành động", "CTr"), ("Thông báo", "TB"), ("Chỉ thị", "CT"),
               ("Hướng dẫn", "HD")]
STATE_TYPES = [("Báo cáo", "BC"), ("Kế hoạch", "KH"), ("Quyết định", "QĐ"), ("Thông báo", "TB")]

TOPICS = ["khoa học và công nghệ", "chuyển đổi số", "nông nghiệp ứng dụng công nghệ cao",
          "cải cách hành chính", "phát triển nguồn nhân lực", "xây dựng nông thôn mới",
          "đổi mới sáng tạo", "phát triển kinh tế - xã hội", "kinh tế số", "bảo vệ môi trường"]
CROPS = ["cà phê", "chè", "lúa", "sầu riêng", "hồ tiêu", "điều", "rau an toàn", "hoa", "bơ", "mắc ca"]
UNITS_AREA = ["ha"]
ACTORS = ["Ủy ban nhân dân huyện", "Ban Tuyên giáo Huyện ủy", "Văn phòng Huyện ủy",
          "Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Kinh tế và Hạ tầng",
          "Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông", "Ban cán sự đảng Ủy ban nhân dân tỉnh",
          "Ủy ban Mặt trận Tổ quốc và các đoàn thể", "Đảng đoàn Hội đồng nhân dân", "Các chi, đảng bộ cơ sở",
          "Ủy ban Kiểm tra Huyện ủy", "Phòng Tài chính - Kế hoạch", "Hội Nông dân huyện"]
ACTIONS = ["xây dựng kế hoạch triển khai", "tổ chức quán triệt, tuyên truyền", "rà soát, đề xuất sửa đổi chính sách",
           "bố trí kinh phí thực hiện", "kiểm tra, giám sát việc thực hiện", "tổng hợp, báo cáo kết quả",
           "hướng dẫn các địa phương triển khai", "xây dựng cơ sở dữ liệu dùng chung", "nhân rộng các mô hình hiệu quả",
           "tổ chức sơ kết, đánh giá"]
NUMBER_WORDS = {2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín",
                10: "mười", 12: "mười hai", 15: "mười lăm", 20: "hai mươi", 25: "hai mươi lăm"}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
         "XV", "XVI", "XVII", "XVIII", "XIX", "XX"]
SECTION_TITLES = ["ĐẶC ĐIỂM TÌNH HÌNH", "KẾT QUẢ THỰC HIỆN", "HẠN CHẾ VÀ NGUYÊN NHÂN",
                  "BÀI HỌC KINH NGHIỆM", "MỤC TIÊU", "NHIỆM VỤ VÀ GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN",
                  "KIẾN NGHỊ, ĐỀ XUẤT", "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "PHƯƠNG HƯỚNG, NHIỆM VỤ"]
SUB_TITLES = ["Công tác quán triệt, tuyên truyền", "Ứng dụng tiến bộ kỹ thuật trong sản xuất",
              "Phát triển nguồn nhân lực", "Hạ tầng số và dữ liệu", "Cơ chế, chính sách",
              "Huy động nguồn lực", "Chính quyền số", "Kinh tế số và xã hội số", "Hạn chế", "Nguyên nhân"]


@dataclass(frozen=True, slots=True)
class Issuer:
    name: str          # "Huyện ủy Tân Sơn"
    header: tuple[str, ...]  # left header lines
    party: bool
    code: str          # "HU", "TU", "UBND", "HĐND"
    place: str


def _place(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(SECOND)}"


def _person(rng: random.Random) -> str:
    given = rng.choice(GIVEN)
    return given if given.startswith("K") else f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {given}"


def _issuer(rng: random.Random) -> Issuer:
    province, district = _place(rng), _place(rng)
    kind = rng.randrange(5)
    if kind == 0:
        return Issuer(f"Tỉnh ủy {province}", (f"TỈNH ỦY {province.upper()}", "*"), True, "TU", province)
    if kind == 1:
        return Issuer(f"Huyện ủy {district}", (f"ĐẢNG BỘ TỈNH {province.upper()}",
                                               f"HUYỆN ỦY {district.upper()}", "*"), True, "HU", district)
    if kind == 2:
        return Issuer(f"Ủy ban nhân dân tỉnh {province}", ("ỦY BAN NHÂN DÂN", f"TỈNH {province.upper()}",
                                                            "-------"), False, "UBND", province)
    if kind == 3:
        return Issuer(f"Ủy ban nhân dân huyện {district}", ("ỦY BAN NHÂN DÂN", f"HUYỆN {district.upper()}",
                                                             "-------"), False, "UBND", district)
    return Issuer(f"Hội đồng nhân dân tỉnh {province}", ("HỘI ĐỒNG NHÂN DÂN", f"TỈNH {province.upper()}",
                                                          "-------"), False, "HĐND", province)


def _date_before(rng: random.Random, d: date, max_days: int = 2500) -> date:
    return d - timedelta(days=rng.randint(20, max_days))


def _fmt_date(rng: random.Random, d: date) -> str:
    style = rng.randrange(4)
    if style == 0:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == 1:
        return f"{d.day}/{d.month}/{d.year}"
    if style == 2:
        return f"{d.day:02d} tháng {d.month:02d} năm {d.year}"
    return f"{d.day}-{d.month}-{d.year}"


class _Writer:
    """Builds one document; sentences come from small templates filled with random values."""

    def __init__(self, rng: random.Random, issuer: Issuer, doc_date: date, topic: str):
        self.rng, self.issuer, self.date, self.topic = rng, issuer, doc_date, topic
        self.local = self._local_docs()

    def _local_docs(self) -> list[tuple[str, str, date, str]]:
        rng, out = self.rng, []
        for _ in range(rng.randint(2, 5)):
            d = _date_before(rng, self.date)
            if rng.random() < 0.5:
                typ, code = rng.choice(PARTY_TYPES)
                org = rng.choice(["TU", "HU", "BTGTU", "BCSĐ"])
                number = f"{rng.randint(1, 999)}-{code}/{org}"
                by = {"TU": "của Ban Thường vụ Tỉnh ủy", "HU": "của Ban Thường vụ Huyện ủy",
                      "BTGTU": "của Ban Tuyên giáo Tỉnh ủy",
                      "BCSĐ": "của Ban cán sự đảng Ủy ban nhân dân tỉnh"}[org]
            else:
                typ, code = rng.choice(STATE_TYPES)
                if typ == "Quyết định" and rng.random() < 0.5:
                    number = f"{rng.randint(1, 99)}/{d.year}/QĐ-UBND"
                else:
                    number = f"{rng.randint(1, 4999)}/{code}-UBND"
                by = "của Ủy ban nhân dân tỉnh"
            out.append((typ, number, d, by))
        return out

    def citation(self) -> str:
        rng = self.rng
        usable = [c for c in CENTRAL if date.fromisoformat(c[2]) < self.date]
        if usable and rng.random() < 0.55:
            typ, number, iso, by, subject = rng.choice(usable)
            d = date.fromisoformat(iso)
            if typ.startswith("Luật"):
                return f"{typ} số {number} ngày {_fmt_date(rng, d)}"
            sep = rng.choice([" ", ", ", " "])
            text = f"{typ} số {number}{sep}ngày {_fmt_date(rng, d)}"
            if by:
                text += f" {by}"
            if subject and rng.random() < 0.4:
                text += f" {subject}"
            return text
        typ, number, d, by = rng.choice(self.local)
        if rng.random() < 0.15:
            return f"{typ} {number}"  # short form, no "số", no date
        return f"{typ} số {number} ngày {_fmt_date(rng, d)} {by}"

    def quantity(self) -> str:
        rng = self.rng
        k = rng.randrange(9)
        if k == 0:
            return f"{rng.randint(10, 900)} lớp tập huấn với {rng.randint(1, 60)}.{rng.randint(0, 999):03d} lượt người tham dự"
        if k == 1:
            return f"kinh phí {rng.randint(1, 250)},{rng.randint(1, 9)} tỷ đồng"
        if k == 2:
            return f"{rng.randint(1, 60)}.{rng.randint(0, 999):03d} ha {rng.choice(CROPS)}"
        if k == 3:
            return f"tỷ lệ đạt {rng.randint(10, 99)},{rng.randint(0, 9)}%"
        if k == 4:
            lo = rng.randint(2, 9)
            return f"năng suất {rng.choice(CROPS)} {lo} - {lo + 1} tấn/ha"
        if k == 5:
            n = rng.choice(list(NUMBER_WORDS))
            return f"{NUMBER_WORDS[n]} mô hình trình diễn"
        if k == 6:
            return f"{rng.randint(50, 950)} triệu đồng"
        if k == 7:
            return f"{rng.randint(2, 40)} xã, thị trấn"
        return f"{rng.randint(3, 300)} cán bộ, đảng viên"

    def deadline(self) -> str:
        rng = self.rng
        d = self.date + timedelta(days=rng.randint(20, 400))
        k = rng.randrange(4)
        if k == 0:
            return f"hoàn thành trước ngày {d.day:02d}/{d.month:02d}/{d.year}"
        if k == 1:
            return f"trong quý {ROMAN[(d.month - 1) // 3]} năm {d.year}"
        if k == 2:
            return f"trước ngày {d.day}/{d.month}/{d.year}"
        return "thực hiện thường xuyên, hằng năm"

    def result_sentence(self) -> str:
        rng = self.rng
        crop = rng.choice(CROPS)
        k = rng.randrange(7)
        if k == 0:
            return (f"Thực hiện {self.citation()}, các cấp ủy, chính quyền đã tập trung lãnh đạo, chỉ đạo "
                    f"phát triển {self.topic}, tổ chức {rng.randint(10, 900)} lớp tập huấn với "
                    f"{rng.randint(1, 60)}.{rng.randint(0, 999):03d} lượt người tham dự.")
        if k == 1:
            return (f"Trong năm {rng.randint(max(2005, self.date.year - 6), self.date.year)}, toàn địa bàn đã "
                    f"triển khai {rng.choice(list(NUMBER_WORDS.values()))} mô hình ứng dụng tiến bộ kỹ thuật với "
                    f"tổng kinh phí {rng.randint(1, 250)},{rng.randint(1, 9)} tỷ đồng, trong đó ngân sách "
                    f"hỗ trợ {rng.randint(50, 950)} triệu đồng.")
        if k == 2:
            lo = rng.randint(2, 9)
            return (f"Việc ứng dụng tiến bộ kỹ thuật vào sản xuất {crop} có chuyển biến rõ nét; diện tích "
                    f"áp dụng quy trình canh tác tiên tiến đạt {rng.randint(1, 60)}.{rng.randint(0, 999):03d} ha, "
                    f"năng suất bình quân {lo} - {lo + 1} tấn/ha, tăng {rng.randint(2, 30)}% so với cùng kỳ.")
        if k == 3:
            return (f"Tuy nhiên, {self.topic} còn một số hạn chế: nguồn lực đầu tư chưa tương xứng, "
                    f"đội ngũ cán bộ còn thiếu; chi ngân sách mới đạt {rng.randint(1, 2)},{rng.randint(0, 9)}% "
                    f"tổng chi, chưa đạt mục tiêu đề ra.")
        if k == 4:
            return (f"Theo {self.citation()}, mục tiêu giai đoạn {self.date.year - 5} - {self.date.year} "
                    f"là {rng.randint(50, 100)}% {rng.choice(['xã', 'cơ quan', 'hộ sản xuất'])} đạt chuẩn; kết quả "
                    f"thực hiện đến nay đạt {rng.randint(30, 99)},{rng.randint(0, 9)}%.")
        if k == 5:
            return (f"Đã cử {rng.randint(3, 300)} lượt cán bộ đi đào tạo, bồi dưỡng; thu hút được "
                    f"{rng.randint(2, 40)} người có trình độ đại học, sau đại học về công tác tại "
                    f"{rng.randint(2, 30)} xã, thị trấn.")
        return (f"Năm {self.date.year}, tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt "
                f"{rng.randint(40, 99)},{rng.randint(0, 9)}%; {rng.randint(20, 400)} thủ tục hành chính "
                f"được cung cấp trực tuyến toàn trình.")

    def directive(self) -> str:
        rng = self.rng
        k = rng.randrange(5)
        actor, action = rng.choice(ACTORS), rng.choice(ACTIONS)
        if k == 0:
            return f"Giao {actor} chủ trì, {action} về {self.topic}, {self.deadline()}."
        if k == 1:
            return f"Đề nghị các cấp ủy, tổ chức đảng {action}, gắn với thực hiện {self.citation()}."
        if k == 2:
            return (f"Phấn đấu đến năm {self.date.year + rng.randint(1, 8)} đạt {self.quantity()} "
                    f"và {self.quantity()}.")
        if k == 3:
            return f"{actor} {action}, báo cáo kết quả về Ban Thường vụ {self.deadline()}."
        return f"Tiếp tục {action}; ưu tiên bố trí {self.quantity()} cho lĩnh vực {self.topic}."


def _header(rng: random.Random, w: _Writer, typ: str, code: str) -> tuple[list[str], str]:
    iss, d = w.issuer, w.date
    n = rng.randint(1, 999)
    if iss.party:
        number = f"{n}-{code}/{iss.code}"
        right = ["ĐẢNG CỘNG SẢN VIỆT NAM", ""]
        num_line = f"Số {number}"
    else:
        if code in ("QĐ", "NQ") and rng.random() < 0.5:
            number = f"{n}/{d.year}/{code}-{iss.code}"
        else:
            number = f"{n}/{code}-{iss.code}"
        right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
        num_line = f"Số: {number}"
    left = list(iss.header)
    rows = max(len(left), len(right))
    left += [""] * (rows - len(left))
    right += [""] * (rows - len(right))
    lines = [f"{a:<42}{b}".rstrip() for a, b in zip(left, right)]
    lines.append(f"{num_line:<42}{iss.place}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}")
    return lines, number


def document(rng: random.Random, words: int) -> tuple[str, dict]:
    """One synthetic document of about ``words`` words and its metadata."""
    issuer = _issuer(rng)
    doc_date = date(2005, 1, 1) + timedelta(days=rng.randint(0, (date(2025, 12, 31) - date(2005, 1, 1)).days))
    topic = rng.choice(TOPICS)
    w = _Writer(rng, issuer, doc_date, topic)
    typ, code = rng.choice(PARTY_TYPES if issuer.party else STATE_TYPES)
    if issuer.code == "HĐND":
        typ, code = "Nghị quyết", "NQ"
    lines, number = _header(rng, w, typ, code)
    lines += ["", typ.upper(), f"về {topic} giai đoạn {doc_date.year} - {doc_date.year + 5}", ""]
    lines.append(f"Căn cứ {w.citation()}; {w.citation()}, {issuer.name} {typ.lower()} như sau:")
    lines.append("")
    count = sum(len(x.split()) for x in lines)
    articles = typ in ("Quyết định", "Nghị quyết") and not issuer.party
    sec = 0
    while count < words:
        head = f"Điều {sec + 1}. {rng.choice(SUB_TITLES)}" if articles else \
            f"{ROMAN[sec % len(ROMAN)]}. {rng.choice(SECTION_TITLES)}"
        lines.append(head)
        count += len(head.split())
        for sub in range(rng.randint(2, 4)):
            if count >= words:
                break
            para = ["", f"{sub + 1}. {rng.choice(SUB_TITLES)}",
                    " ".join(w.result_sentence() for _ in range(rng.randint(1, 3)))]
            if rng.random() < 0.5:
                for letter in "abc"[: rng.randint(1, 3)]:
                    para.append(f"{letter}) {w.directive()}")
            else:
                for _ in range(rng.randint(1, 3)):
                    para.append(f"- {w.directive()}")
                    if rng.random() < 0.3:
                        para.append(f"+ {w.result_sentence()}")
            count += sum(len(x.split()) for x in para)
            lines += para
        lines.append("")
        sec += 1
    signer = _person(rng)
    if issuer.party:
        sign = ["T/M BAN THƯỜNG VỤ", rng.choice(["BÍ THƯ", "PHÓ BÍ THƯ"])]
    elif issuer.code == "HĐND":
        sign = ["CHỦ TỊCH"]
    else:
        sign = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    lines += ["Nơi nhận:", "- Thường trực cấp ủy (b/c);", "- Các cơ quan, đơn vị liên quan;", "- Lưu: VT.", ""]
    lines += [" " * 40 + s for s in sign] + ["", " " * 40 + signer, ""]
    meta = {"doc_type": typ, "issuer": issuer.name, "number": number, "date": doc_date.isoformat(),
            "place": issuer.place, "signer": signer}
    return "\n".join(lines), meta


def generate(out_dir: str | Path, n: int = 10, words: int = 800, seed: int = 0) -> list[Path]:
    """Write ``n`` synthetic documents of about ``words`` words into ``out_dir``; same seed, same files.

    >>> paths = generate("/tmp/synthetic", n=3, words=300, seed=1)   # doctest: +SKIP
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        rng = random.Random(f"{seed}:{i}")  # one stream per document: any n gives the same prefix
        text, meta = document(rng, words)
        code = meta["number"].replace("/", "_").replace("-", "_").replace("Đ", "D")
        path = out / f"{i:05d}_{meta['date'][:4]}_{code}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--n", type=int, default=1000, help="number of documents (default 1000)")
    ap.add_argument("--words", type=int, default=3000, help="about this many words each (default 3000)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    t = time.perf_counter()
    paths = generate(args.out_dir, args.n, args.words, args.seed)
    print(f"wrote {len(paths)} documents to {args.out_dir} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
