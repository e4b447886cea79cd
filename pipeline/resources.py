"""The data files of ``models/`` (word lists, code tables, the registry seed, encoder configs),
found the same way in a checkout, an editable install and an installed wheel.

The wheel installs ``models/`` as the package ``vanban.models`` (package data, see
``pyproject.toml``), so it is found through ``importlib.resources`` wherever ``pip``, ``pipx`` or a
Docker image put it; a checkout that is on ``sys.path`` without being installed falls back to the
folder beside ``pipeline/``. Every module that reads ``models/`` goes through here.

>>> load_json("units.json")["units"][:1]  # doctest: +SKIP
[...]
>>> model_lines("structure/mottos.txt")[0]
'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import IO, Any

MODELS_PACKAGE = "vanban.models"


@cache
def models_path() -> Traversable:
    """The ``models/`` folder: ``vanban.models`` when installed, else the checkout's folder."""
    try:
        return files(MODELS_PACKAGE)
    except ModuleNotFoundError:  # a checkout on sys.path, not installed
        return Path(__file__).resolve().parents[1] / "models"


def model_file(rel: str) -> Traversable:
    """``models/<rel>`` ("doc_types.csv"); ``.is_file()``, ``.open()``, ``.read_text()``."""
    return models_path().joinpath(*rel.split("/"))


def read_model_text(rel: str) -> str:
    """The text of ``models/<rel>`` (UTF-8)."""
    return model_file(rel).read_text(encoding="utf-8")


def model_lines(rel: str) -> list[str]:
    """The non-empty lines of a word list that are not ``#`` comments, as written."""
    return [ln.rstrip("\n") for ln in read_model_text(rel).splitlines()
            if ln.strip() and not ln.startswith("#")]


def open_model(rel: str) -> IO[str]:
    """``models/<rel>`` opened for reading text (for ``csv``: newline="" as it asks)."""
    return model_file(rel).open("r", encoding="utf-8", newline="")


def load_json(rel: str) -> Any:
    """``models/<rel>`` parsed as JSON."""
    return json.loads(read_model_text(rel))


# --- the two code tables every step shares ---------------------------------------------------

@dataclass(frozen=True, slots=True)
class DocType:
    """A document type of ``models/doc_types.csv``: "Nghị quyết", code "NQ"."""
    code: str                      # "NQ" ("" for a type only headers name: "Trích yếu")
    name: str                      # "Nghị quyết"
    words: tuple[str, ...]         # how running text names it: "nghị quyết"
    system: str                    # "party" | "state" | "both"
    shorthand: bool = True         # cited by a bare ordinal ("Nghị quyết 20", "QĐ 20"); "Dự án 1" is a project
    by_name: str = ""              # cited by name before a date: "law" ("Luật Đất đai năm 2024"), "dated" (a full date only)
    cited: bool = True             # read in citations; False: a header type only
    header: tuple[str, ...] = ()   # how a header's type line writes it: "NGHỊ QUYẾT", longest first where one starts another
    number_code: str = ""          # the type code a document number carries ("" for none: laws, "29/2013/QH13")


@dataclass(frozen=True, slots=True)
class Issuer:
    """An issuing body of ``models/issuers.csv``: "Thủ tướng Chính phủ", code "TTg"."""
    code: str
    name: str
    phrases: tuple[str, ...]       # how running text names it
    system: str                    # "party" | "state" | "both"
    cited: bool = True             # read in citations; False: known to headers only
    header: str = ""               # the name a header that gives only the code is completed with
    term: bool = False             # its numbers carry the legislature's term: "64/2025/QH15"


def _cells(value: str | None) -> tuple[str, ...]:
    return tuple(x.strip() for x in (value or "").split("|") if x.strip())


@cache
def doc_type_table() -> tuple[DocType, ...]:
    """Every row of ``models/doc_types.csv``, in its order."""
    with open_model("doc_types.csv") as f:
        return tuple(
            DocType(r["code"], r["name"], _cells(r["words"]), r["system"], r["shorthand"].strip() != "no",
                    r["by_name"].strip(), r["cited"].strip() != "no", _cells(r["header"]),
                    "" if r["number_code"].strip() == "-" else (r["number_code"].strip() or r["code"]))
            for r in csv.DictReader(f))


@cache
def issuer_table() -> tuple[Issuer, ...]:
    """Every row of ``models/issuers.csv``, in its order."""
    with open_model("issuers.csv") as f:
        return tuple(Issuer(r["code"], r["name"], _cells(r["phrases"]), r["system"], r["cited"].strip() != "no",
                            r["header"].strip(), r.get("term", "").strip() == "yes")
                     for r in csv.DictReader(f))
