"""PDF reading: do printed and scanned forms of a document give what its text form gives?

- sentences, citations and dates of the shared report and the demo documents, from the text,
  from two printed PDF layouts (a 70 mm column under a page-wide running header; an A5 booklet
  in 14 pt; both with page numbers), from the plain A4 layout and from DOCX;
- scans with a thin text layer (a generated two-page Công báo scan, the real
  ``tests/data/congbao_nq27_2026_nq_cp_scan.pdf``): what the text layer alone holds, what the
  reader gets with OCR, seconds per OCR'd page (Tesseract, 300 dpi).

Run from the repository root: ``python bench/bench_pdf.py`` (OCR rows need ``tesseract -l vie``).
"""
from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import SHARED, emit  # noqa: E402
from vanban.pipeline.analyze import analyze  # noqa: E402
from tests.test_formats_agree import _to_docx, _to_pdf, _to_printed_pdf  # noqa: E402
from tests.test_read_scan import REAL_SCAN, _known_words, make_scan  # noqa: E402

DEMO = ["2006_qd1245_chuong_trinh_ung_dung_tbkt_ubnd_bao_lam.txt",
        "2010_nq08_ung_dung_khkt_nong_nghiep_huyen_uy_bao_lam.txt",
        "2013_ctr_hanh_dong_nq20_huyen_uy_bao_lam.txt",
        "2016_qd38_quy_dinh_quan_ly_nhiem_vu_khcn_ubnd_lam_dong.txt",
        "2019_kh128_thuc_hien_kl50_tinh_uy_lam_dong.txt",
        "2022_bc_tong_ket_10_nam_nq20_huyen_uy_bao_lam.md",
        "2022_hd143_tong_ket_nq20_ban_tuyen_giao_tw.txt",
        "2023_bc_ket_qua_chuyen_doi_so_2022_ubnd_bao_lam.txt",
        "2023_tb512_ket_luan_chuyen_doi_so_huyen_uy_bao_lam.txt",
        "2025_kh_thuc_hien_nq57_huyen_uy_bao_lam.md"]


def forms_rows(tmp: Path) -> list[tuple[str, float | str, str]]:
    sources = [ROOT / "corpora" / name for name in DEMO]
    if (SHARED / "docs").is_dir():
        sources += sorted((SHARED / "docs").glob("*.txt"))
    worst: dict[str, float] = {}
    same: Counter[str] = Counter()
    total = {"txt": 0}
    for source in sources:
        txt = analyze(source)
        lines = txt.text.split("\n")
        header = f"{txt.metadata.issuer or ''} - {txt.metadata.number or source.stem}"
        forms = {"PDF 70 mm column": _to_printed_pdf(lines, tmp / "column.pdf", "column", header),
                 "PDF A5 booklet": _to_printed_pdf(lines, tmp / "booklet.pdf", "booklet", header),
                 "PDF A4": _to_pdf(lines, tmp / "a4.pdf"),
                 "DOCX": _to_docx(lines, tmp / "form.docx")}
        total["txt"] += len(txt.sentences)
        for form, path in forms.items():
            doc = analyze(path)
            total[form] = total.get(form, 0) + len(doc.sentences)
            gap = abs(len(doc.sentences) / len(txt.sentences) - 1)
            worst[form] = max(worst.get(form, 0.0), gap)
            same[form] += (Counter((c.number, c.date) for c in doc.citations)
                           == Counter((c.number, c.date) for c in txt.citations)
                           and Counter(d.value for d in doc.dates) == Counter(d.value for d in txt.dates))
    rows = [(f"sentences, text form of {len(sources)} documents", total["txt"], "sentences")]
    for form in worst:
        rows += [(f"{form}: sentences", total[form], "sentences"),
                 (f"{form}: largest gap to the text form, one document", round(100 * worst[form], 1), "%"),
                 (f"{form}: documents with the same citations and dates", f"{same[form]}/{len(sources)}", "")]
    return rows


def scan_rows(tmp: Path) -> list[tuple[str, float | str, str]]:
    import pdfplumber

    from vanban.pipeline.read.ocr import can_ocr
    if not can_ocr():
        return [("OCR of scans", "skipped: no tesseract -l vie", "")]
    rows = []
    known = _known_words()
    for name, path in (("generated 2-page scan", make_scan(tmp)), ("Công báo NQ 27/2026/NQ-CP scan", REAL_SCAN)):
        with pdfplumber.open(str(path)) as pdf:
            layer = sum(len(p.extract_text() or "") for p in pdf.pages)
            pages = len(pdf.pages)
        t = time.perf_counter()
        doc = analyze(path)
        seconds = time.perf_counter() - t
        rows += [(f"{name}: characters in the text layer alone", layer, "chars"),
                 (f"{name}: characters read with OCR", len(doc.source_text), "chars"),
                 (f"{name}: analysis with OCR, per page", round(seconds / pages, 1), "s/page"),
                 (f"{name}: citations / dates found", f"{len(doc.citations)} / {len(doc.dates)}", ""),
                 (f"{name}: own number", doc.metadata.number or "-", "")]
        if name.startswith("generated"):
            found = {w.strip(".,;:()").casefold() for w in doc.source_text.split()}
            rows.append((f"{name}: known words found", round(100 * len(known & found) / len(known), 1), "%"))
    return rows


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        rows = forms_rows(Path(tmp)) + scan_rows(Path(tmp))
    emit("pdf", rows)


if __name__ == "__main__":
    main()
