"""How many documents of the real corpus show each class of quantity construction (issue 18), and
how many quantities vanban finds in them: the evidence that a rule fits a class, not a document.

    .venv/bin/python bench/quantity_classes.py                 # all of tests/realworld/docs (~7 min)
    .venv/bin/python bench/quantity_classes.py --limit 40      # the first 40 documents
    .venv/bin/python bench/quantity_classes.py --markdown      # the table as Markdown

Each document is read and normalised as ``vanban extract`` does; a class is a pattern over the
normalised text (written here, apart from the rules in ``models/``, so that it can disagree with
them). "with a quantity" counts the occurrences where a found quantity starts inside the match or
covers its start: high for the classes that are quantities, zero for the classes that are not
(times of day, telephone numbers, numbers listed after a label). A document that cannot be read is
counted and skipped.
"""
from __future__ import annotations

import argparse
import bisect
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vanban.pipeline.extract.quantities import find_quantities  # noqa: E402
from vanban.pipeline.normalize import normalize  # noqa: E402
from vanban.pipeline.read import read_document  # noqa: E402

_WORD = r"(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|lăm|mốt|trăm|nghìn|ngàn|triệu|tỷ|linh|lẻ)"

# (class, pattern that shows the construction)
CLASSES = [
    ("count restated in words in brackets ('9 (chín) thành viên')",
     re.compile(rf"\d+ ?\((?i:{_WORD})(?: (?i:{_WORD}))*\) ?[^\W\d_]")),
    ("amount in words with a scale ('hai nghìn ... tỷ đồng')",
     re.compile(rf"(?i:{_WORD})(?: (?i:{_WORD}))* (?:tỷ|tỉ|triệu|nghìn|ngàn) đồng")),
    ("spelled count of a noun ('hai bên', 'hai cấp')",
     re.compile(r"(?<!\w)(?<!tháng )(?<!thứ )(?<!lần )(?:[Hh]ai|[Bb]ốn|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười) [a-zđ]")),
    ("label word ending a longer word ('trong vòng 12 tháng', 'danh mục 02')",
     re.compile(r"(?i:trong vòng|định kỳ|chu kỳ|danh mục|phân loại|lấy mẫu|nhiệm kỳ|giai đoạn) 0?\d+ [a-zđ]")),
    ("table caption giving the unit ('Đơn vị tính: triệu đồng')",
     re.compile(r"(?m)^[ \t(*_]*(?:Đơn vị tính|ĐVT|Đvt|Đơn vị)[ \t]*:[ \t]*(?:1[.,]?000 )?(?i:triệu đồng|tỷ đồng|nghìn đồng|đồng|người|ha|%)")),
    ("table cell alone on its line under a label cell ('Một cửa\\n01 ngày')",
     re.compile(r"\n(?:0,\d+|0?\d+|\d/\d) (?:ngày|giờ|ngày làm việc|tháng)\n")),
    ("fraction of a duration ('1/4 ngày', '1/2 năm')", re.compile(r"(?<![\d/])[1-9]/[2-9] (?:ngày|tháng|năm|giờ)")),
    ("capital scale word ('152.100 Triệu đồng')", re.compile(r"\d (?:Triệu|Tỷ|Nghìn) đồng")),
    ("document types or posts counted with a capital ('35 Nghị định', '03 Phó Giám đốc')",
     re.compile(r"(?<![Ss]ố )(?<!Điều )\b\d+ (?:Nghị định|Nghị quyết|Quyết định|Thông tư|Phó|Kiểm soát viên|Ủy viên)\b"
                r"(?! (?:này|số)\b)")),
    ("bounded range ('từ 16 đến dưới 24 chỗ')", re.compile(r"\d (?:đến|tới) (?:dưới|trên) \d")),
    ("energy and power units ('500kV', '300 MVA', '10 GWh')", re.compile(r"\d ?(?:kV|kVA|MVA|GWh|MWh)\b")),
    ("time of day, no duration ('trước 15 giờ hằng ngày')",
     re.compile(r"\d+ giờ,? (?:hằng ngày|hàng ngày|sáng|chiều|tối|ngày \d)")),
    ("telephone number in a footer ('080.44417')", re.compile(r"(?<![\d.,])0\d{2,}[.,]\d{4,}")),
    ("numbers listed after a label ('Điều 7, 8 Nghị định')",
     re.compile(r"(?i:điều|khoản|điểm|mẫu số) \d+, \d+ (?:[A-ZĐ]|và)")),
    ("Vietnamese decimal ('95,5%', '1.234,5')", re.compile(r"\d,\d+ ?%|\d\.\d{3},\d")),
    ("amount with a scale word ('1.250 tỷ đồng')", re.compile(r"\d (?:tỷ|triệu|nghìn|ngàn) đồng")),
    ("electric unit, glued or spaced ('220V', '60 W', '440 Ah', 'DC60V')",
     re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)? ?(?:V|W|mA|Ah)\b")),
    ("temperature, signed or not ('-20°C đến +50°C')", re.compile(r"[-+]?\d+ ?°C")),
    ("mass or count glued ('27g', '52gam', '32Ea')", re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?:g|gam|Ea)\b")),
    ("data rate ('10 Gbps', '01 Gb/s')", re.compile(r"\d ?(?:Gbps|Mbps|Gb/s|Mb/s|Gigabit mỗi giây)")),
    ("'cả hai', 'cả ba' before a noun ('cả hai hình thức')", re.compile(r"[Cc]ả (?:hai|ba|bốn) [a-zđ]")),
    ("day of the year repeated, no count ('15/11 hằng năm')", re.compile(r"\d+/\d+ (?:hằng|hàng) năm")),
    ("page number over the issuer's heading ('94\\nBỘ KẾ HOẠCH')", re.compile(r"(?m)^\d{1,3}[ \t]*\n(?:BỘ|VĂN BẢN|MẪU) ")),
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", default=str(ROOT / "tests" / "realworld" / "docs"))
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    paths = sorted(p for p in Path(args.docs).iterdir() if p.suffix.lower() in (".txt", ".md", ".pdf", ".docx"))
    if args.limit:
        paths = paths[:args.limit]
    docs = {name: 0 for name, _ in CLASSES}
    hits = {name: 0 for name, _ in CLASSES}
    found = {name: 0 for name, _ in CLASSES}
    failed = quantities = 0
    t0 = time.perf_counter()
    for p in paths:
        try:
            text = normalize(read_document(p)).text
        except Exception as err:  # one bad file is counted, the others go on
            print(f"error {p.name}: {type(err).__name__}: {err}", file=sys.stderr)
            failed += 1
            continue
        qs = find_quantities(text)
        quantities += len(qs)
        starts = sorted(q.start for q in qs)
        ends = {q.start: q.end for q in qs}
        for name, rx in CLASSES:
            ms = list(rx.finditer(text))
            if not ms:
                continue
            docs[name] += 1
            hits[name] += len(ms)
            # a construction is found when a quantity starts inside it or covers its start
            for m in ms:
                i = bisect.bisect_right(starts, m.end()) - 1
                if i >= 0 and (starts[i] >= m.start() or ends[starts[i]] > m.start()):
                    found[name] += 1
    n = len(paths) - failed
    rows = [(name, docs[name], hits[name], found[name]) for name, _ in CLASSES]
    if args.markdown:
        print(f"{n} documents read ({failed} failed), {quantities} quantities, {time.perf_counter() - t0:.0f} s\n")
        print("| class | documents | occurrences | with a quantity there |\n|---|---:|---:|---:|")
        for name, d, h, f in rows:
            print(f"| {name} | {d} | {h} | {f} |")
    else:
        print(f"{n} documents read ({failed} failed), {quantities} quantities, {time.perf_counter() - t0:.0f} s")
        for name, d, h, f in rows:
            print(f"{d:5d} docs {h:6d} occurrences {f:6d} with a quantity  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
