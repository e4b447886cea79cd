"""The tool as a user installs it: a wheel (what pip, pipx, uv or a Docker image install), not the
editable checkout. The wheel must carry ``models/`` and the web files as package data and work from
any folder.

The slow test builds the wheel, installs it with ``--no-deps`` into a fresh venv whose only other
path is the project ``.venv``'s site-packages (added by a ``.pth`` line, which puts the folder on
``sys.path`` without running the editable install's finder there), so it runs offline; then it runs
``vanban extract`` and ``vanban ingest``/``search`` from a temporary folder far from the checkout.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

from vanban.pipeline.resources import load_json, model_file, model_lines, models_path

ROOT = Path(__file__).resolve().parents[1]
SHARED_REPORT = ROOT.parent / "shared" / "corpus" / "docs" / "000_baolam_bc_nq20.txt"
SOURCES = ("pyproject.toml", "README.md", "pipeline", "flows", "vanban", "models")
DEMO_DOCS = ("2019_kh128_thuc_hien_kl50_tinh_uy_lam_dong.txt",
             "2023_bc_ket_qua_chuyen_doi_so_2022_ubnd_bao_lam.txt")


def _config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def _installed_name(folder: Path) -> str:
    """The import name a source folder is installed under (``package-dir`` mapping)."""
    rel = folder.relative_to(ROOT).as_posix()
    for name, src in sorted(_config().get("package-dir", {}).items(), key=lambda x: -len(x[1])):
        if rel == src or rel.startswith(src + "/"):
            return name + rel[len(src):].replace("/", ".")
    return rel.replace("/", ".")


def test_every_source_package_and_data_folder_is_in_the_wheel_config():
    """A package or a ``models/`` folder missing from ``packages`` would be left out of the wheel
    (and work in the checkout all the same): each one must be listed."""
    listed = set(_config()["packages"])
    dirs = {p.parent for top in ("pipeline", "flows", "vanban") for p in (ROOT / top).rglob("__init__.py")}
    dirs |= {ROOT / "models"} | {p for p in (ROOT / "models").rglob("*")
                                 if p.is_dir() and p.name != "__pycache__"}
    missing = sorted(_installed_name(d) for d in dirs if _installed_name(d) not in listed)
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {missing}"


@pytest.mark.parametrize("rel, check", [
    ("structure/mottos.txt", lambda: model_lines("structure/mottos.txt")[0] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("units.json", lambda: "units" in load_json("units.json") or load_json("units.json")),
    ("registry/registry.csv", lambda: model_file("registry/registry.csv").read_text(encoding="utf-8")
     .startswith("number,")),
    ("encodings/tcvn3.json", lambda: bool(load_json("encodings/tcvn3.json"))),
])
def test_models_are_read_through_the_loader(rel, check):
    assert model_file(rel).is_file(), f"{rel} not under {models_path()}"
    assert check()


def _run(cmd, cwd, env, timeout=600) -> subprocess.CompletedProcess:
    p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert p.returncode == 0, f"{' '.join(map(str, cmd))} exited {p.returncode}:\n{p.stdout[-3000:]}\n{p.stderr[-3000:]}"
    return p


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv with the built wheel installed, its dependencies borrowed from this .venv."""
    if not (ROOT / "pyproject.toml").is_file():
        pytest.skip("not a checkout")
    tmp = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    # Built from a clean copy of the sources: a build/ folder left in the checkout by an older
    # layout would put stale modules into the wheel.
    src = tmp / "src"
    src.mkdir()
    junk = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "dist")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=junk)
        else:
            shutil.copy2(ROOT / name, src / name)
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
          "-w", str(tmp / "dist"), str(src)], tmp, env)
    wheel = next((tmp / "dist").glob("vanban-*.whl"))
    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], tmp, env)
    site = Path(subprocess.check_output(
        [venv / "bin" / "python", "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        text=True).strip())
    _run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q",
          "--no-deps", "--no-index", str(wheel)], tmp, env)
    # The dependencies: this environment's site-packages, after the venv's own (a plain path line:
    # the .pth files there, the editable install of the checkout among them, are not run).
    (site / "zz_vanban_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return venv


@pytest.mark.slow
def test_the_wheel_installs_one_top_level_package(installed):
    """Only ``vanban``: the library, the flows and the data are ``vanban.pipeline``,
    ``vanban.flows`` and ``vanban.models``, not generic top-level names other projects use."""
    wheel = next((installed.parent / "dist").glob("vanban-*.whl"))
    import zipfile

    names = {n.split("/")[0] for n in zipfile.ZipFile(wheel).namelist()}
    assert {n for n in names if not n.endswith(".dist-info")} == {"vanban"}
    members = set(zipfile.ZipFile(wheel).namelist())
    for path in ("vanban/pipeline/resources.py", "vanban/flows/ingest.py", "vanban/models/locale/vi.po",
                 "vanban/models/doc_types.csv", "vanban/web/templates/base.html",
                 "vanban/web/static/app.js"):
        assert path in members, path


@pytest.mark.slow
def test_the_wheel_carries_its_data_and_no_checkout_is_needed(installed, tmp_path):
    py = installed / "bin" / "python"
    out = subprocess.check_output(
        [py, "-c", "import json, vanban, vanban.models, vanban.pipeline.resources as r;"
                   "print(json.dumps([vanban.__file__, str(r.models_path())]))"],
        cwd=tmp_path, text=True)
    vanban_file, models = json.loads(out)
    assert str(installed) in vanban_file and str(installed) in models, out
    assert str(ROOT) not in out


@pytest.mark.slow
def test_the_installed_tool_extracts_ingests_and_searches_from_another_folder(installed, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["VANBAN_LANG"] = "vi"
    vanban = installed / "bin" / "vanban"
    work = tmp_path / "elsewhere"
    (work / "docs").mkdir(parents=True)
    for name in DEMO_DOCS:
        shutil.copy(ROOT / "corpora" / name, work / "docs" / name)
    doc = SHARED_REPORT if SHARED_REPORT.is_file() else work / "docs" / DEMO_DOCS[0]

    extracted = json.loads(_run([vanban, "extract", str(doc), "--json"], work, env).stdout)
    assert extracted["document"]["doc_type"] and extracted["citations"], "no metadata or citations"
    assert any(c["number"] == "20-NQ/TW" for c in extracted["citations"]) or doc != SHARED_REPORT

    _run([vanban, "ingest", "docs", "--store", "st", "--workers", "0"], work, env, timeout=900)
    found = json.loads(_run([vanban, "search", "chuyển đổi số", "--store", "st", "--json", "--k", "3"],
                            work, env).stdout)
    hits = found["hits"]       # searchable by words as soon as ingest returns (no vectors yet)
    assert hits and any("chuyen_doi_so" in h["doc_path"] for h in hits)
    assert found["coverage"]["passages"] > 0
