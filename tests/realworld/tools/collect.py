"""Build tests/realworld/docs/ and manifest.jsonl from the local source mirrors only.

    python3 tests/realworld/tools/collect.py [--ocr-cache DIR]

Reads the bare git mirrors under /work/.mirror through ``mirrors`` (which refuses the reserved
paths), copies each chosen document as found, and derives a few texts with poppler's pdftotext and
Tesseract (``-l vie``), recorded as derived in the manifest. Labels (number, date, type, issuer,
year) come only from what the source gives next to the document: a metadata file, an index entry,
the file name, the crawl record's title, the page's attribute table. Nothing of the project is
imported or run here, and no document body is parsed for labels.

The choice is deterministic: candidate lists are sorted, then drawn with ``random.Random(SEED)``.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

import mirrors

SEED = 20260518
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent                      # tests/realworld
DOCS = ROOT / "docs"
MANIFEST = ROOT / "manifest.jsonl"

HR = "hrmaster1982-dev/phapluat-8chude-data"
CB = "TuanHuu168/CongBot"
TN = "tnt305/tai_lieu_noi_bo"
WS = "NguyenQuocBao97/multiclass-text-classification"

MAX_TEXT = 400_000
MAX_PDF = 3_000_000

# Documents already used elsewhere in the project (shared corpus, tests/heldout*, tests/heldout4):
# left out by number so that the corpus measures documents nobody tuned on.
EXCLUDED_NUMBERS = {
    # shared/corpus
    "20-NQ/TW", "07-KL/VPTW", "142/2008/QĐ-TTg", "24/2022/UBTVQH15", "634/TB-VPCP",
    # tests/heldout
    "155-KL/TW", "1921/LĐTBXH-NCC", "170/2008/QĐ-TTg", "1351/QĐ-UBND", "31/2012/CT-TTg",
    "252/KH-BCĐQG1237", "3354/VPCP-KGVX",
    # tests/heldout2
    "254/QĐ-UBND", "57/NQ-HĐND", "8424/VPCP-KTTH", "101/2018/TT-BTC", "23/2012/NĐ-CP",
    # tests/heldout4
    "122/NQ-CP", "627/TB-VPCP", "71-NQ/TW",
}
EXCLUDED_PATHS = {
    # CongBot folders used by tests/heldout, tests/heldout2 and shared/corpus
    "data/1921_2013_CV_LDTBXH", "data/170_2008_QD_TTg", "data/1351_2022_QĐ_UBND", "data/31_2012_CT_TTg",
    "data/252_2013_KH_BCDQG1237", "data/3354_2013_CV_VPCP", "data/254_2023_QD_UBND_SonLa",
    "data/8424_2014_CV_VPCP", "data/101_2018_TT_BTC", "data/23_2012_NĐ_CP", "data/142_2008_QD_TTg",
    # tnt305 page used by tests/heldout
    "src/etl/dataset/ac418a0fcce85c3b.md",
    # tnt305 pages used by tests/heldout4 (a provincial plan whose number other provinces reuse)
    "src/etl/dataset/f069c23c942c1ec6.md", "src/etl/dataset/50f694478a35aefd.md", "src/etl/dataset/266c58c94945cbc4.md",
    # the word-segmented report used by tests/heldout4
    "1000_documents_3_levels/Difficult/00236578.txt.ws",
}

TYPE_WORDS = [
    "Văn bản hợp nhất", "Thông tư liên tịch", "Quy chuẩn kỹ thuật quốc gia", "Nghị định", "Nghị quyết",
    "Quyết định", "Thông tư", "Công văn", "Công điện", "Kế hoạch", "Thông báo", "Chỉ thị", "Kết luận",
    "Hướng dẫn", "Quy định", "Luật", "Bộ luật", "Pháp lệnh", "Chương trình", "Đề án", "Tờ trình", "Báo cáo",
    "Điều lệ", "Lệnh",
]
NUMBER = r"(\d[\d.]*(?:/\d{4})?(?:[/-][A-ZĐa-zđ0-9&]+)*[/-][A-ZĐa-zđ][A-ZĐa-zđ0-9&]*(?:-[A-ZĐa-zđ0-9&]+)*)"
TYPES_RE = "|".join(sorted(map(re.escape, [
    "Văn bản hợp nhất", "Thông tư liên tịch", "Nghị định", "Nghị quyết", "Quyết định", "Thông tư", "Công văn",
    "Công điện", "Kế hoạch", "Thông báo", "Chỉ thị", "Kết luận", "Hướng dẫn", "Quy định", "Luật", "Pháp lệnh"]), key=len, reverse=True))


def norm_number(number: str | None) -> str:
    if not number:
        return ""
    s = unicodedata.normalize("NFC", number).replace("Đ", "D").replace("đ", "d")
    return re.sub(r"[\s\u2013\u2014-]", "", s).replace("/", "").casefold()


EXCLUDED_KEYS = {norm_number(n) for n in EXCLUDED_NUMBERS}


def ascii_slug(text: str, limit: int = 60) -> str:
    s = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:limit].rstrip("-")


def type_and_number(title: str) -> tuple[str | None, str | None]:
    """'Quyết định 97/2025/QĐ-UBND quy định ...' -> ('Quyết định', '97/2025/QĐ-UBND')."""
    title = " ".join(title.split())
    for word in TYPE_WORDS:
        m = re.match(rf"(?:TOÀN VĂN:?\s*|Toàn văn:?\s*)?{word}\s+(?:số\s+)?{NUMBER}", title, re.IGNORECASE)
        if m:
            return word, m.group(1)
    for word in TYPE_WORDS:
        if re.match(rf"(?:TOÀN VĂN:?\s*|Toàn văn:?\s*)?{word}\b", title, re.IGNORECASE):
            return word, None
    return None, None


def own_number(title: str) -> str | None:
    """The title's own number: 'Quyết định số 31/2011/QĐ-UBND về ...', 'THÔNG TƯ CỦA BỘ XÂY DỰNG SỐ 04/2001/TT-BXD'.
    None when another document type stands between the title's type and 'số' (a cited document)."""
    title = " ".join(title.split())
    m = re.match(rf"({TYPES_RE})\b(.{{0,60}}?)\bsố\s+{NUMBER}", title, re.IGNORECASE) or \
        re.match(rf"({TYPES_RE})()\s+{NUMBER}", title, re.IGNORECASE)
    if not m or re.search(TYPES_RE, m.group(2), re.IGNORECASE):
        return None
    return m.group(3)


def issuer_code(number: str | None) -> str | None:
    """The issuing-body part of a number label (not a source label): '97/2025/QĐ-UBND' -> 'UBND',
    '384-QĐ/TW' -> 'TW', '41/2024/QH15' -> 'QH15', '2638/LĐTBXH-KHTC' -> 'LĐTBXH-KHTC'."""
    if not number or "/" not in number:
        return None
    suffix = number.rsplit("/", 1)[1]
    m = re.fullmatch(r"(?:QĐ|NĐ|TT|NQ|CT|KH|TB|CĐ|HD|KL|TTLT|VBHN|QC|QyĐ)-(.+)", suffix, re.IGNORECASE)
    return m.group(1) if m else suffix


def year_of(number: str | None) -> int | None:
    if number:
        m = re.search(r"/((?:19|20)\d\d)/", number) or re.search(r"/((?:19|20)\d\d)$", number)
        if m:
            return int(m.group(1))
    return None


def iso_date(text: str | None) -> str | None:
    if not text:
        return None
    m = re.fullmatch(r"\s*(\d{1,2})[/-](\d{1,2})[/-](\d{4})\s*", text)
    return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}" if m else None


def shingles(data: bytes, fmt: str) -> set[tuple[str, ...]]:
    """6-word shingles of the middle 60 % of the text (site banners and menus sit at the ends)."""
    if fmt == "pdf":
        with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
            tmp.write(data)
            tmp.flush()
            text = subprocess.run(["pdftotext", tmp.name, "-"], capture_output=True, timeout=120).stdout.decode("utf-8", "replace")
    else:
        text = data.decode("utf-8", "replace")
    words = re.findall(r"\w+", text.lower().replace("_", " "))
    words = words[len(words) // 5: len(words) * 4 // 5][:8000]
    return {tuple(words[i:i + 6]) for i in range(max(0, len(words) - 6))}


class Corpus:
    """The documents taken so far; refuses exact copies, a number already taken, and near-duplicates
    (two texts sharing 70 % or more of the smaller one's shingles: the same document twice, a
    consolidated text and its base text, two customs rulings from one template)."""

    def __init__(self):
        self.entries: list[dict] = []
        self.keys: set[str] = set(EXCLUDED_KEYS)
        self.hashes: set[str] = set()
        self.texts: list[tuple[str, set]] = []
        self.near_duplicates: list[tuple[str, str, float]] = []
        self.commits = {repo: mirrors.head_commit(repo) for repo in mirrors.REPOS}

    def taken(self, number: str | None) -> bool:
        return bool(number) and norm_number(number) in self.keys

    def add(self, data: bytes, stem: str, ext: str, entry: dict) -> bool:
        digest = hashlib.sha256(data).hexdigest()
        if digest in self.hashes:
            return False
        if entry.get("number") and self.taken(entry["number"]):
            return False
        shingle_set = shingles(data, ext)
        if len(shingle_set) >= 200:
            for other, other_set in self.texts:
                overlap = len(shingle_set & other_set) / min(len(shingle_set), len(other_set))
                if overlap >= 0.7:
                    self.near_duplicates.append((entry["source_path"], other, round(overlap, 2)))
                    return False
            self.texts.append((f"{len(self.entries) + 1:03d}_{stem}.{ext}", shingle_set))
        name = f"{len(self.entries) + 1:03d}_{stem}.{ext}"
        (DOCS / name).write_bytes(data)
        self.hashes.add(digest)
        if entry.get("number"):
            self.keys.add(norm_number(entry["number"]))
        record = {"file": name, "sha256": digest, "bytes": len(data), "format": ext}
        record.update(entry)
        record.setdefault("source_commit", self.commits[record["source_repo"]])
        for key in ("number", "date", "type", "issuer", "year", "derived_from"):
            record.setdefault(key, None)
        record["issuer_code"] = issuer_code(record["number"])
        self.entries.append(record)
        return True


# --------------------------------------------------------------------------------------------
# hrmaster1982-dev/phapluat-8chude-data: gazette PDFs, their texts, an index with metadata

HR_TYPES = {"NQ": "Nghị quyết", "QĐ": "Quyết định", "VB HN": "Văn bản hợp nhất", "TT Liên tịch": "Thông tư liên tịch"}
SLUG_CODES = {"qd": "QĐ", "nd": "NĐ", "ttg": "TTg", "bldtbxh": "BLĐTBXH", "bgddt": "BGDĐT", "bkhdt": "BKHĐT", "bnnptnt": "BNNPTNT"}


def hr_number_from_slug(slug: str) -> str | None:
    m = re.match(r"[a-z-]+?-so-(\d+)-((?:19|20)\d\d-)?([a-z0-9-]+?)-\d+$", slug)
    if not m:
        return None
    codes = [SLUG_CODES.get(c, c.upper()) for c in m.group(3).split("-")]
    year = f"/{m.group(2)[:-1]}" if m.group(2) else ""
    return f"{m.group(1)}{year}/" + "-".join(codes)


def hr_labels(meta: dict, slug: str) -> dict:
    so = (meta.get("so_hieu") or "").strip()
    number, src_number = None, None
    if "/" in so:
        number = re.sub(r"^.*?\bsố\s+", "", so).strip()
        src_number = "index.json so_hieu"
    else:
        number = hr_number_from_slug(slug)
        src_number = "file name (slug)" if number else None
    loai = meta.get("loai")
    doc_type = HR_TYPES.get(loai, loai)
    src_type = "index.json loai"
    if loai == "Khác":
        doc_type, _ = type_and_number(slug.replace("-", " ").replace("chi thi", "Chỉ thị").replace("thong bao", "Thông báo"))
        src_type = "file name (slug)" if doc_type else None
    year, src_year = None, None
    nam = meta.get("nam")
    if isinstance(nam, int) and 1945 <= nam <= 2026:
        year, src_year = nam, "index.json nam"
    elif year_of(number):
        year, src_year = year_of(number), f"year in number ({src_number})"
    return {
        "number": number, "type": doc_type, "year": year, "date": None, "issuer": None,
        "label_source": {"number": src_number, "type": src_type, "year": src_year, "date": None, "issuer": None},
        "source_url": meta.get("nguon_url"),
    }


def pdf_text_chars(path: Path, pages: int = 3) -> int:
    out = subprocess.run(["pdftotext", "-l", str(pages), str(path), "-"], capture_output=True, timeout=60)
    return len(out.stdout.decode("utf-8", "replace").strip())


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, timeout=60).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def ocr_pdf(path: Path, first: int, last: int, cache: Path) -> bytes:
    """Render pages first..last at 300 dpi and OCR them with `tesseract -l vie`; pages joined as tesseract writes them."""
    key = cache / f"{hashlib.sha256(path.read_bytes()).hexdigest()[:16]}_{first}_{last}.txt"
    if key.exists():
        return key.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "300", "-f", str(first), "-l", str(last), "-png", str(path), f"{tmp}/p"],
                       check=True, timeout=600)
        parts = []
        for png in sorted(Path(tmp).glob("p-*.png")):
            subprocess.run(["tesseract", str(png), str(png.with_suffix("")), "-l", "vie"],
                           check=True, capture_output=True, timeout=600)
            parts.append(png.with_suffix(".txt").read_bytes())
    data = b"".join(parts)
    key.write_bytes(data)
    return data


def collect_hrmaster(corpus: Corpus, rng: random.Random, tmp: Path, cache: Path) -> None:
    files = mirrors.list_files(HR)
    sizes = mirrors.sizes(HR)
    index = {e["slug"]: e for e in json.loads(mirrors.show(HR, "index.json"))}
    metas = {}
    for path in sorted(f for f in files if f.startswith("docs/") and f.endswith(".json")):
        if any(mirrors.is_reserved(path[:-5] + ext) for ext in (".pdf", ".txt")):
            continue                  # a reserved file's siblings are left alone too
        meta = json.loads(mirrors.show(HR, path))
        slug = path.rsplit("/", 1)[1][:-5]
        metas.setdefault(slug, (path[:-5], {**meta, **index.get(slug, {})}))
    pdfs, txts, json_only = [], [], []
    for slug, (base, meta) in sorted(metas.items()):
        labels = hr_labels(meta, slug)
        if corpus.taken(labels["number"]):
            continue
        pdf, txt = base + ".pdf", base + ".txt"
        has_pdf = pdf in sizes and sizes[pdf] <= MAX_PDF and mirrors.present(HR, pdf)
        has_txt = txt in sizes and sizes[txt] <= MAX_TEXT and mirrors.present(HR, txt)
        if has_pdf:
            pdfs.append((slug, base, labels))
        elif has_txt:
            txts.append((slug, base, labels))
        elif pdf not in sizes and txt not in sizes and meta.get("full_text"):
            json_only.append((slug, base, labels, meta))
    # the PDFs: scans (no text layer) told apart with pdftotext
    local = {}
    for slug, base, labels in pdfs:
        target = tmp / (slug + ".pdf")
        target.write_bytes(mirrors.show(HR, base + ".pdf"))
        local[slug] = target
    scans = [p for p in pdfs if pdf_text_chars(local[p[0]]) < 500]
    digital = [p for p in pdfs if p not in scans]
    rng.shuffle(scans)
    rng.shuffle(digital)
    ocr_scans, pdf_scans = scans[:2], scans[2:]
    by_type = defaultdict(list)
    for item in digital:
        by_type[item[2]["type"]].append(item)
    order = []                      # round-robin over types so that the PDFs are not all Thông tư
    while any(by_type.values()):
        for doc_type in sorted(by_type, key=str):
            if by_type[doc_type]:
                order.append(by_type[doc_type].pop())
    pdf_digital, rest = order[:40], order[40:]
    pdftotext_docs, ocr_digital, text_docs = rest[:8], rest[8:10], rest[10:]

    for slug, base, labels in pdf_scans + pdf_digital:
        corpus.add(local[slug].read_bytes(), f"hr_{slug}", "pdf", {
            **labels, "kind": "scan" if (slug, base, labels) in pdf_scans else "gazette pdf",
            "source_repo": HR, "source_path": base + ".pdf"})
    for i, (slug, base, labels) in enumerate(pdftotext_docs):
        layout = i % 4 == 3
        cmd = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(local[slug]), "-"]
        data = subprocess.run(cmd, capture_output=True, check=True, timeout=120).stdout[:MAX_TEXT]
        corpus.add(data, f"hr_{slug}_pdftotext", "txt", {
            **labels, "kind": "pdftotext", "source_repo": HR, "source_path": base + ".pdf",
            "derived_from": {"source_path": base + ".pdf", "tool": "pdftotext (poppler 22.12.0)",
                             "command": "pdftotext -enc UTF-8" + (" -layout" if layout else "") + " FILE.pdf -",
                             "note": "cut at 400000 bytes" if len(data) == MAX_TEXT else None}})
    for slug, base, labels in ocr_scans + ocr_digital:
        pages = pdf_pages(local[slug])
        last = min(pages, 6 if (slug, base, labels) in ocr_scans else 3)
        data = ocr_pdf(local[slug], 1, last, cache)
        corpus.add(data, f"hr_{slug}_ocr", "txt", {
            **labels, "kind": "ocr", "source_repo": HR, "source_path": base + ".pdf",
            "derived_from": {"source_path": base + ".pdf", "tool": "tesseract 5.3.0 (-l vie), pages rendered by pdftoppm -r 300",
                             "pages": f"1-{last} of {pages}",
                             "scan": (slug, base, labels) in ocr_scans}})
    # the source's own extracted texts, for documents not taken as PDF
    text_pool = [(s, b, l) for s, b, l in text_docs if b + ".txt" in sizes and sizes[b + ".txt"] <= MAX_TEXT]
    text_pool += txts
    text_pool.sort()
    rng.shuffle(text_pool)
    for slug, base, labels in text_pool[:38]:
        corpus.add(mirrors.show(HR, base + ".txt"), f"hr_{slug}", "txt", {
            **labels, "kind": "plain text (the source's text of the gazette PDF)",
            "source_repo": HR, "source_path": base + ".txt"})
    for slug, base, labels, meta in json_only:
        data = meta["full_text"].encode("utf-8")
        if len(data) <= MAX_TEXT:
            corpus.add(data, f"hr_{slug}", "txt", {
                **labels, "kind": "plain text (full_text field of the source's JSON)",
                "source_repo": HR, "source_path": base + ".json",
                "derived_from": {"source_path": base + ".json", "tool": "json field full_text, written as UTF-8"}})


# --------------------------------------------------------------------------------------------
# TuanHuu168/CongBot: data/<doc>/ with metadata.json and chunk files

def congbot_documents():
    """(folder, metadata, chunk paths, text) of each CongBot document folder: its chunk files joined
    in the order metadata.json gives (all its .md files, sorted, where that order is incomplete)."""
    files = mirrors.list_files(CB)
    folders = sorted({"/".join(f.split("/")[:2]) for f in files if f.startswith("data/") and f.count("/") >= 2})
    for folder in folders:
        if folder in EXCLUDED_PATHS or f"{folder}/metadata.json" not in files:
            continue
        meta = json.loads(mirrors.show(CB, f"{folder}/metadata.json"))
        parts = [c["file_path"].lstrip("/") for c in meta.get("chunks", [])]
        if not parts or not all(p in files for p in parts):
            parts = sorted(f for f in files if f.startswith(folder + "/") and f.endswith(".md"))
        blobs = mirrors.read_many(CB, parts)
        yield folder, meta, parts, b"\n\n".join(blobs[p].rstrip(b"\n") for p in parts) + b"\n"


def collect_congbot(corpus: Corpus) -> None:
    for folder, meta, parts, data in congbot_documents():
        if len(data) > MAX_TEXT:
            continue
        number = own_number(meta.get("doc_title") or "")
        date = iso_date(meta.get("issue_date"))
        corpus.add(data, f"cb_{ascii_slug(folder.split('/')[1])}", "md", {
            "kind": "repo markdown chunks joined", "source_repo": CB, "source_path": folder + "/",
            "source_parts": parts,
            "number": number, "type": meta.get("doc_type"), "date": date, "issuer": None,
            "year": int(date[:4]) if date else None,
            "label_source": {"number": "CongBot metadata.json doc_title" if number else None,
                             "type": "CongBot metadata.json doc_type", "date": "CongBot metadata.json issue_date",
                             "year": "CongBot metadata.json issue_date", "issuer": None},
            "derived_from": {"source_path": folder + "/", "tool": "chunk files joined in metadata.json order by one blank line"}})


# --------------------------------------------------------------------------------------------
# tnt305/tai_lieu_noi_bo: crawled public pages (md) named md5(url)[:16], crawl records in src/crawler

def tnt_records(name: str) -> list[dict]:
    lines = mirrors.show(TN, f"src/crawler/{name}.jsonl").decode("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def page_path(url: str) -> str:
    return "src/etl/dataset/" + hashlib.md5(url.encode()).hexdigest()[:16] + ".md"


def attr(text: str, key: str) -> str | None:
    m = re.search(r"\*\*\s*" + key + r":\*\*\s*\|\s*\n\s*([^\n|]+?)\s*\n\s*\|", text)
    return m.group(1).strip() if m else None


def is_vietnamese_document(text: str, doc_type: str | None) -> bool:
    """The page carries the Vietnamese document (not an English translation, not a paywall stub):
    its national or Party header, or else the type heading of the crawl title near the top."""
    flat = " ".join(text.replace("*", " ").split()).upper()
    if "SOCIALIST REPUBLIC" in flat or "INDEPENDENCE - FREEDOM" in flat:
        return False
    if "ĐANG CẬP NHẬT NỘI DUNG" in flat or "BẠN VUI LÒNG \"TẢI VỀ\" ĐỂ XEM" in flat:
        return False                  # the page has no text of the document, only a download link
    if "CỘNG HÒA XÃ HỘI" in flat or "ĐẢNG CỘNG SẢN VIỆT NAM" in flat:
        return True
    return bool(doc_type) and doc_type.upper() in flat[:3000]


TVPL_QUOTA = {"Quyết định": 46, "Công văn": 20, "Nghị quyết": 20, "Thông báo": 12, "Công điện": 6,
              "Thông tư": 8, "Văn bản hợp nhất": 3}


def tv_labelled(path: str, r: dict, title: str, text: str) -> dict:
    """A thuvienphapluat.vn page's manifest labels: the page's attribute table first, else the crawl
    record's title (number, type, date, issuer and year, each with where it came from)."""
    t_type, t_number = type_and_number(title)
    so, loai, noi, ngay = attr(text, "Số hiệu"), attr(text, "Loại văn bản"), attr(text, "Nơi ban hành"), attr(text, "Ngày ban hành")
    number = so or t_number
    issuer = noi
    src_issuer = "page attribute table (Nơi ban hành)" if noi else None
    if not issuer:
        m = re.search(r"\bdo (.+?) (?:ban hành|điện|ký)\b", title)
        if m:
            issuer, src_issuer = m.group(1).strip(), "crawl record title (\"do ... ban hành\")"
    date = iso_date(ngay)
    year, src_year = (int(date[:4]), "page attribute table (Ngày ban hành)") if date else (None, None)
    if year is None and year_of(number):
        year, src_year = year_of(number), "year in number"
    if year is None:
        m = re.search(r"\bnăm ((?:19|20)\d\d)\b", title)
        if m and t_number and title.find(m.group(0)) < title.find(t_number) + len(t_number) + 12:
            year, src_year = int(m.group(1)), "crawl record title (\"năm YYYY\" after the number)"
    doc_type = loai if loai and loai != "Văn bản khác" else t_type
    return {
        "kind": "crawled page with banner (thuvienphapluat.vn)", "source_repo": TN, "source_path": path,
        "source_url": r["url"], "title": title,
        "number": number, "type": doc_type, "date": date, "issuer": issuer, "year": year,
        "label_source": {
            "number": "page attribute table (Số hiệu)" if so else ("crawl record title" if t_number else None),
            "type": "page attribute table (Loại văn bản)" if doc_type == loai and loai else ("crawl record title" if t_type else None),
            "date": "page attribute table (Ngày ban hành)" if date else None,
            "issuer": src_issuer, "year": src_year},
    }


def collect_thuvienphapluat(corpus: Corpus, rng: random.Random) -> None:
    files = set(mirrors.list_files(TN))
    records = [r for r in tnt_records("nghidinh") if page_path(r["url"]) in files]
    records = [r for r in records if page_path(r["url"]) not in EXCLUDED_PATHS and "/van-ban/" in r["url"]]
    pages = mirrors.read_many(TN, sorted({page_path(r["url"]) for r in records}))
    cands = []
    for r in records:
        path = page_path(r["url"])
        data = pages.get(path)
        if data is None or len(data) > MAX_TEXT:
            continue
        text = data.decode("utf-8", "replace")
        title = " ".join(r["content"].split())
        if not is_vietnamese_document(text, type_and_number(title)[0]):
            continue              # English translations and pages without the document
        if re.search(r"xử phạt vi phạm hành chính đối với (ông|bà)\b", title):
            continue              # decisions about named persons
        cands.append(tv_labelled(path, r, title, text))
    cands.sort(key=lambda e: e["source_path"])
    rng.shuffle(cands)

    def party(e):
        return bool(e["number"]) and e["number"].upper().endswith(("/TW", "/VPTW", "/BTCTW", "/UBKTTW", "/BTGDVTW")) \
            or (e["issuer"] or "").startswith("Ban Chấp hành Trung ương")

    taken = defaultdict(int)
    customs_tax = 0
    chosen = []
    for e in cands:                       # Party documents, plans, directives, guides, conclusions: all of them
        if party(e) or e["type"] in ("Kế hoạch", "Chỉ thị", "Kết luận", "Hướng dẫn", "Quy định", "Nghị định",
                                     "Quy chuẩn kỹ thuật quốc gia"):
            chosen.append(e)
    for e in cands:
        if e in chosen:
            continue
        quota = TVPL_QUOTA.get(e["type"], 0)
        bulk = bool(re.search(r"/(CT-|CHQ-|TB-CHQ)", e["number"] or "")) or \
            (e["issuer"] or "") in ("Cục Thuế", "Cục Hải quan")
        if bulk and customs_tax >= 6:
            continue
        if taken[e["type"]] < quota:
            taken[e["type"]] += 1
            customs_tax += bulk
            chosen.append(e)
    for e in sorted(chosen, key=lambda e: e["source_path"]):
        data = pages[e["source_path"]]
        stem = "tv_" + ascii_slug(e["source_url"].rsplit("/", 1)[1].split(".aspx")[0], 55)
        corpus.add(data, stem, "md", e)


def collect_xaydungchinhsach(corpus: Corpus) -> None:
    files = set(mirrors.list_files(TN))
    records = [r for r in tnt_records("xaydungchinhsach") + tnt_records("viwiki_2025")
               if "xaydungchinhsach.chinhphu.vn" in r["url"] and re.match(r"\s*(TOÀN VĂN|Toàn văn)", r["content"])]
    records = [r for r in records if page_path(r["url"]) in files]
    pages = mirrors.read_many(TN, sorted({page_path(r["url"]) for r in records}))
    merger_resolutions = 0
    for r in sorted(records, key=lambda r: r["url"]):
        data = pages.get(page_path(r["url"]))
        if data is None or len(data) > MAX_TEXT or len(data) < 3000:
            continue
        title = " ".join(r["content"].split())
        doc_type, number = type_and_number(title)
        if doc_type is None:
            continue                  # a page gathering many documents, not one
        if "sắp xếp các ĐVHC cấp xã" in title or "sắp xếp các đơn vị hành chính cấp xã" in title:
            merger_resolutions += 1
            if merger_resolutions > 6:
                continue              # 22 near-identical resolutions of the same day: keep a few
        m = re.search(r"-1\d{2}(\d{2})(\d{2})(\d{2})\d+\.htm$", r["url"])
        year = 2000 + int(m.group(1)) if m else None
        corpus.add(data, "xd_" + ascii_slug(r["url"].rsplit("/", 1)[1].rsplit("-", 1)[0], 55), "md", {
            "kind": "crawled page (xaydungchinhsach.chinhphu.vn, full text without the header)",
            "source_repo": TN, "source_path": page_path(r["url"]), "source_url": r["url"], "title": title,
            "number": number, "type": doc_type, "date": None, "issuer": None, "year": year,
            "label_source": {"number": "crawl record title" if number else None,
                             "type": "crawl record title" if doc_type else None, "date": None, "issuer": None,
                             "year": "URL publication timestamp (the page's date, not the document's)" if year else None}})


# --------------------------------------------------------------------------------------------
# NguyenQuocBao97/multiclass-text-classification: word-segmented texts (first line: title)

WS_TYPES = ["Thông_tư liên_tịch", "Quyết_định", "Nghị_quyết", "Chỉ_thị", "Thông_tư", "Thông_báo", "Nghị_định",
            "Kế_hoạch", "Hướng_dẫn", "Báo_cáo"]


def collect_wordsegmented(corpus: Corpus, rng: random.Random, count: int = 36) -> None:
    paths = sorted(f for f in mirrors.list_files(WS) if f.startswith("1000_documents_3_levels/") and f not in EXCLUDED_PATHS)
    blobs = mirrors.read_many(WS, paths)
    local, other = [], []
    for path in paths:
        text = blobs[path].decode("utf-8", "replace")
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        if len(lines) < 2 or len(blobs[path]) > MAX_TEXT:
            continue
        doc_type = next((t for t in WS_TYPES if lines[0].startswith(t + " ")), None)
        if doc_type is None:
            continue
        second = lines[1]
        issuer = second if re.match(r"(Ủy|Uỷ)[ _]ban|Hội_đồng|Chủ_tịch|Thủ_tướng|Bộ_trưởng|Chính_phủ", second) else None
        m = re.search(r"\bnăm ((?:19|20)\d\d)\s*$", lines[0])
        entry = {
            "kind": "word-segmented text, detokenized", "source_repo": WS, "source_path": path,
            "derived_from": {"source_path": path, "tool": "tools/mirrors.py detokenize: underscores between "
                             "syllables and spaces before punctuation removed"},
            "title": lines[0], "number": None, "date": None, "type": doc_type.replace("_", " "),
            "issuer": issuer.replace("_", " ") if issuer else None, "year": int(m.group(1)) if m else None,
            "label_source": {"number": None, "date": None, "type": "first line of the file (title)",
                             "issuer": "second line of the file (underscores read as spaces)" if issuer else None,
                             "year": "first line of the file (\"năm YYYY\" at its end)" if m else None}}
        (local if issuer and re.search(r"tỉnh|thành_phố|quận|huyện", issuer, re.IGNORECASE) else other).append(entry)
    rng.shuffle(local)
    rng.shuffle(other)
    for entry in sorted(local[:24] + other[:count - 24], key=lambda e: e["source_path"]):
        stem = "ws_" + ascii_slug(entry["source_path"].rsplit("/", 1)[1].split(".")[0] + "-" + entry["title"], 55)
        text = mirrors.detokenize(blobs[entry["source_path"]].decode("utf-8", "replace"))
        corpus.add(text.encode("utf-8"), stem, "txt", entry)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ocr-cache", type=Path, default=Path(tempfile.gettempdir()) / "realworld_ocr_cache")
    args = parser.parse_args()
    args.ocr_cache.mkdir(parents=True, exist_ok=True)
    if DOCS.exists():
        shutil.rmtree(DOCS)
    DOCS.mkdir(parents=True)
    rng = random.Random(SEED)
    corpus = Corpus()
    with tempfile.TemporaryDirectory() as tmp:
        collect_hrmaster(corpus, rng, Path(tmp), args.ocr_cache)
    collect_congbot(corpus)
    collect_thuvienphapluat(corpus, rng)
    collect_xaydungchinhsach(corpus)
    collect_wordsegmented(corpus, rng)
    with MANIFEST.open("w", encoding="utf-8") as out:
        for entry in corpus.entries:
            out.write(json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")
    for skipped, kept, overlap in corpus.near_duplicates:
        print(f"near-duplicate left out: {skipped} ({overlap:.0%} of it in {kept})", file=sys.stderr)
    total = sum(e["bytes"] for e in corpus.entries)
    print(f"{len(corpus.entries)} documents, {total / 1e6:.1f} MB -> {MANIFEST.relative_to(ROOT.parent.parent)}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
