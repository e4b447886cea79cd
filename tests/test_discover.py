"""Which files a folder ingest takes."""
from __future__ import annotations

from vanban.pipeline.ingest import discover


def test_folder_notes_and_hidden_files_are_not_documents(tmp_path):
    (tmp_path / "2022_bc.txt").write_text("BÁO CÁO\nKết quả thực hiện Nghị quyết số 20-NQ/TW", encoding="utf-8")
    (tmp_path / "ke_hoach.md").write_text("## KẾ HOẠCH", encoding="utf-8")
    (tmp_path / "README.md").write_text("Kho văn bản mẫu", encoding="utf-8")
    (tmp_path / ".nhap.txt").write_text("bản nháp", encoding="utf-8")
    (tmp_path / "ghi_chu.json").write_text("{}", encoding="utf-8")
    names = sorted(p.rsplit("/", 1)[-1] for p in discover([tmp_path]))
    assert names == ["2022_bc.txt", "ke_hoach.md"]


def test_a_file_named_explicitly_is_always_taken(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("Báo cáo tóm tắt", encoding="utf-8")
    assert discover([readme]) == [str(readme.resolve())]
