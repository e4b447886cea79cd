"""Every real file ends in bounded time and memory (issue 13).

Hostile files are generated for real (``bench/gen_hostile.py``): a PDF cut in half, random bytes
named .pdf and .txt, an empty .docx, text with NUL bytes, a DOCX that inflates to 300 MB, a DOCX
with nested XML entities, a report on one long line. They are refused before anything expands
them, or stopped in their worker by a time or memory limit, and named with the stage and the
reason; the other files of the run are analysed and stored as usual.
"""
from __future__ import annotations

import json
import os
import signal
import time
import zipfile
from pathlib import Path

import pytest

pytest.register_assert_rewrite("flows_harness")
from flows_harness import generated_corpus  # noqa: E402  (sets PREFECT_HOME first; bench on sys.path)

pytest_plugins = ["flows_harness"]  # the session's Prefect test server

import gen_hostile  # noqa: E402

from vanban.pipeline import workers  # noqa: E402
from vanban.pipeline.workers import Limits, WorkerPool  # noqa: E402
from vanban.pipeline import store  # noqa: E402
from vanban.pipeline.errors import RefusedDocument, UnreadableDocument  # noqa: E402
from vanban.pipeline.read import limits, read_document  # noqa: E402

CORPORA = Path(__file__).resolve().parents[1] / "corpora"
GOOD = CORPORA / "2006_qd1245_chuong_trinh_ung_dung_tbkt_ubnd_bao_lam.txt"
OTHER = CORPORA / "2013_ctr_hanh_dong_nq20_huyen_uy_bao_lam.txt"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> dict[str, Path]:
    """The hostile set, with the one-line text at 4 MB (refused under a 2 MB limit; under a
    5 MB limit it is read, and its analysis takes far longer than a few seconds)."""
    return gen_hostile.write_hostile_set(tmp_path_factory.mktemp("hostile"), line_mb=4, bomb_mb=300)


# --- refused before expanding --------------------------------------------------------------

REFUSED = [
    # (kind, words the one-line reason must contain)
    ("truncated_pdf", "damaged or truncated PDF"),
    ("random_pdf", "not a PDF"),
    ("random_txt", "binary data"),
    ("empty_docx", "empty file"),
    ("nul_txt", "binary data"),
    ("bomb_docx", "DOCX inflates to 300.0 MB (limit 150 MB)"),
    ("entity_docx", "declares a DOCTYPE"),
    ("one_line_txt", "file too large (4.0 MB > 2 MB limit; raise --max-file-mb)"),
]


@pytest.mark.parametrize(("kind", "reason"), REFUSED, ids=[k for k, _ in REFUSED])
def test_hostile_file_is_one_clear_error_at_once(hostile, kind, reason):
    path = hostile[kind]
    t = time.monotonic()
    with pytest.raises(UnreadableDocument) as err:
        read_document(path, max_mb=2)
    assert time.monotonic() - t < 10  # refused, not expanded
    message = str(err.value)
    assert reason in message and message.startswith(f"{path}: ") and "\n" not in message


def test_the_bomb_is_small_on_disk_and_refused_from_its_directory(hostile):
    path = hostile["bomb_docx"]
    assert path.stat().st_size < 2_000_000
    with zipfile.ZipFile(path) as z:
        assert sum(p.file_size for p in z.infolist()) == 300_000_000
    with pytest.raises(RefusedDocument, match="refused as a possible ZIP bomb"):
        read_document(path)


def _docx_with(tmp_path: Path, name: str, parts: dict[str, bytes]) -> Path:
    base = {n: d for n, d in gen_hostile._docx_parts().items()}
    base.update(parts)
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in base.items():
            z.writestr(n, d)
    return path


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BODY = f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Huyện ủy</w:t></w:r></w:p></w:body></w:document>'

DOCTYPES = [
    # (how the DOCTYPE hides, document.xml bytes)
    ("after the declaration", f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>{BODY}'.encode()),
    ("after a long comment", f'<?xml version="1.0"?><!--{"x" * 40_000}--><!DOCTYPE x>{BODY}'.encode()),
    ("with a byte-order mark", ("\ufeff" + f'<?xml version="1.0"?>\n<!DOCTYPE x SYSTEM "file:///etc/passwd">{BODY}').encode()),
    ("in UTF-16", ("\ufeff" + f'<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]>{BODY}').encode("utf-16-le")),
]


@pytest.mark.parametrize(("how", "xml"), DOCTYPES, ids=[d[0] for d in DOCTYPES])
def test_docx_declaring_entities_is_refused_wherever_the_doctype_hides(tmp_path, how, xml):
    path = _docx_with(tmp_path, "x.docx", {"word/document.xml": xml})
    with pytest.raises(RefusedDocument, match="word/document.xml declares a DOCTYPE"):
        read_document(path)


def test_docx_part_that_inflates_too_far_for_its_size_is_refused(tmp_path):
    # 20 MB of zeros in a media part: under the total limit, but 1000:1
    path = _docx_with(tmp_path, "anh.docx", {"word/media/image1.png": bytes(20_000_000)})
    with pytest.raises(RefusedDocument, match=r"word/media/image1.png inflates [\d,]+:1"):
        read_document(path)


def test_ordinary_docx_with_a_long_body_still_reads(tmp_path):
    import docx

    d = docx.Document()
    for i in range(1000):
        d.add_paragraph(f"{i}. Huyện ủy Bảo Lâm chỉ đạo các chi bộ thực hiện Nghị quyết số 20-NQ/TW.")
    d.save(tmp_path / "dai.docx")
    raw = read_document(tmp_path / "dai.docx")
    assert raw.text.count("Huyện ủy Bảo Lâm") == 1000


def test_pdf_with_too_many_pages_is_refused_before_its_pages_are_built(tmp_path):
    path = gen_hostile.many_pages_pdf(tmp_path / "dai.pdf", limits.MAX_PDF_PAGES + 1)
    t = time.monotonic()
    with pytest.raises(RefusedDocument, match=f"PDF has {limits.MAX_PDF_PAGES + 1:,} pages"):
        read_document(path)
    assert time.monotonic() - t < 10


@pytest.mark.parametrize(("max_mb", "size", "refused"), [
    (25, 10_000_000, False),      # a legitimate 10 MB report
    (25, 36_200_000, True),       # the 36 MB one-line dump of the issue
    (2, 2_000_000, False),        # the limit itself is allowed
    (2, 2_000_001, True),
    (0, 36_200_000, False),       # 0: no limit
])
def test_size_limit(max_mb, size, refused):
    if refused:
        with pytest.raises(RefusedDocument) as err:
            limits.check_size("bao_cao.txt", size, max_mb)
        assert str(err.value) == (f"bao_cao.txt: file too large ({size / 1e6:.1f} MB > {max_mb} MB "
                                  "limit; raise --max-file-mb)")
    else:
        limits.check_size("bao_cao.txt", size, max_mb)


@pytest.mark.parametrize(("mb", "at_least"), [(0.01, 60), (1, 70), (10, 150), (25, 300)])
def test_default_time_limit_grows_with_the_file(mb, at_least):
    # a 10 MB report needs ~70 s at 150 KB/s per core; the limit leaves it twice that
    assert Limits().timeout_for(int(mb * 1e6)) >= at_least


# --- stopped in the worker -----------------------------------------------------------------

def test_a_file_over_its_time_limit_is_stopped_and_the_batch_goes_on(tmp_path):
    slow = gen_hostile.one_line_text(tmp_path / "mot_dong.txt", mb=4)  # minutes of analysis
    t = time.monotonic()
    with WorkerPool(1, Limits(file_timeout=5, max_file_mb=5)) as pool:
        first_pid = next(iter(pool._workers)).proc.pid
        outcomes = pool.run([str(GOOD), str(slow), str(OTHER)])
        second_pid = next(iter(pool._workers)).proc.pid
    assert time.monotonic() - t < 90
    good, stopped, other = outcomes
    assert good.ok and other.ok and other.document.metadata.number == "35-CTr/HU"
    assert stopped.stage in workers.STAGES
    assert stopped.reason == f"timed out after 5 s in {stopped.stage} (raise --file-timeout)"
    assert first_pid != second_pid  # the stopped worker was replaced


def _patched_structure(monkeypatch, stage):
    """Run the real pipeline with ``stage`` in place of structure for files named "chet*"."""
    steps = list(workers._steps())
    real = steps[2]

    def structure(doc):
        if Path(doc.path).name.startswith("chet"):
            stage()
        return real(doc)

    steps[2] = structure
    monkeypatch.setattr(workers, "_STEPS", tuple(steps))


def _copy(src: Path, dst: Path) -> str:
    dst.write_bytes(src.read_bytes())
    return str(dst)


def test_a_worker_that_dies_names_only_its_file(tmp_path, monkeypatch):
    def abort():  # a native abort, as when an allocation fails in native code
        import faulthandler
        faulthandler.disable()  # pytest's traceback dump would only clutter the output
        os.abort()

    _patched_structure(monkeypatch, abort)
    culprit = _copy(GOOD, tmp_path / "chet.txt")
    batch = [str(OTHER), culprit, str(GOOD), _copy(OTHER, tmp_path / "sau.txt")]
    with WorkerPool(1, Limits(file_timeout=60), start_method="fork", warm=False) as pool:
        outcomes = pool.run(batch)
    assert [o.ok for o in outcomes] == [True, False, True, True]
    dead = outcomes[1]
    assert (dead.path, dead.stage) == (culprit, "structure")
    assert dead.reason == "worker process died (SIGABRT) (likely out of memory) in structure"
    assert not any("BrokenProcessPool" in (o.reason or "") for o in outcomes)


def test_a_worker_killed_from_outside_names_only_its_file(tmp_path, monkeypatch):
    _patched_structure(monkeypatch, lambda: time.sleep(60))
    culprit = _copy(GOOD, tmp_path / "chet.txt")
    with WorkerPool(1, Limits(file_timeout=120), start_method="fork", warm=False) as pool:
        worker = next(iter(pool._workers))
        import threading

        def kill_when_in_structure():  # as the kernel's OOM killer would
            while worker.stage != "structure":
                time.sleep(0.05)
            os.kill(worker.proc.pid, signal.SIGKILL)

        threading.Thread(target=kill_when_in_structure, daemon=True).start()
        outcomes = pool.run([culprit, str(OTHER)])
    assert outcomes[0].reason == "worker process died (SIGKILL) (likely out of memory) in structure"
    assert outcomes[1].ok


def test_a_file_over_the_memory_limit_is_stopped_in_its_stage(tmp_path, monkeypatch):
    def hog():
        blocks = []
        while True:  # 50 MB more every 50 ms, written, so it is resident
            blocks.append(b"x" * 50_000_000)
            time.sleep(0.05)

    _patched_structure(monkeypatch, hog)
    culprit = _copy(GOOD, tmp_path / "chet.txt")
    t = time.monotonic()
    with WorkerPool(1, Limits(file_timeout=120, memory_mb=400), start_method="fork",
                    warm=False) as pool:
        outcomes = pool.run([culprit, str(OTHER)])
    assert time.monotonic() - t < 60
    assert outcomes[0].stage == "structure"
    assert outcomes[0].reason.startswith("ran out of memory in structure (over the")
    assert outcomes[1].ok


# --- vanban extract ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def runner():
    from typer.testing import CliRunner
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 keeps stderr apart by default
        return CliRunner()


@pytest.mark.parametrize("kind", [k for k, _ in REFUSED])
def test_extract_gives_each_hostile_file_one_line_and_exit_2(runner, hostile, kind):
    from vanban.cli import app

    path = hostile[kind]
    t = time.monotonic()
    r = runner.invoke(app, ["extract", str(path), str(GOOD), "--json", "--max-file-mb", "2"])
    assert time.monotonic() - t < 60
    assert r.exit_code == 2
    errors = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(errors) == 1 and errors[0].startswith(f"lỗi {path}: ")
    assert json.loads(r.stdout.strip().splitlines()[-1])["document"]["number"] == "1245/QĐ-UBND"


def test_extract_stops_a_file_that_takes_too_long(runner, hostile):
    from vanban.cli import app

    path = hostile["one_line_txt"]
    t = time.monotonic()
    r = runner.invoke(app, ["--lang", "en", "extract", str(path), str(GOOD), "--json", "--max-file-mb", "5",
                            "--file-timeout", "5"])
    assert time.monotonic() - t < 60
    assert r.exit_code == 2
    (line,) = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert line.startswith(f"error {path}: timed out after 5 s in ")
    assert json.loads(r.stdout.strip())["document"]["number"] == "1245/QĐ-UBND"


# --- vanban ingest -------------------------------------------------------------------------

@pytest.mark.usefixtures("prefect_server")
def test_ingest_records_every_hostile_file_and_stores_the_rest(tmp_path, hostile):
    from typer.testing import CliRunner

    from vanban.cli import app

    docs = tmp_path / "docs"
    generated_corpus(docs, n=4, words=250)
    for kind, path in hostile.items():
        (docs / path.name).write_bytes(path.read_bytes())
    slow = gen_hostile.one_line_text(docs / "cham.txt", mb=3)  # read, then stopped by the clock
    st = tmp_path / "store"
    t = time.monotonic()
    r = CliRunner().invoke(app, ["ingest", str(docs), "--store", str(st), "--workers", "2",
                                 "--no-index", "--json", "--max-file-mb", "3.5",
                                 "--file-timeout", "8"])
    assert time.monotonic() - t < 240
    assert r.exit_code == 2, r.output
    out = json.loads(r.stdout[r.stdout.index("{"):])
    assert (out["files"], out["stored"], out["failed"]) == (4 + len(hostile) + 1, 4, len(hostile) + 1)

    conn = store.connect(st)
    failures = {Path(f.path).name: (f.stage, f.reason) for f in store.list_failures(conn)}
    assert store.counts(conn)["documents"] == 4
    conn.close()
    assert set(failures) == {p.name for p in hostile.values()} | {"cham.txt"}
    assert failures["cham.txt"] == (failures["cham.txt"][0],
                                    f"timed out after 8 s in {failures['cham.txt'][0]} (raise --file-timeout)")
    assert failures["mot_dong.txt"] == ("read", "file too large (4.0 MB > 3.5 MB limit; raise --max-file-mb)")
    assert failures["bom_nen.docx"][1].startswith("DOCX inflates to 300.0 MB")
    assert all(reason and "BrokenProcessPool" not in reason for _, reason in failures.values())
