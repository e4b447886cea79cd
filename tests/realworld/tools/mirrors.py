"""Read the local source mirrors (bare git repositories) with the reserved paths filtered out.

The reserved paths are held only as SHA-256 digests (first 32 hex digits) of the path, or of a
folder for a folder that is reserved as a whole, so their names appear nowhere in this tree.
Every listing goes through ``list_files`` and every read through ``show``, which refuse them.
"""
from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

MIRRORS = Path("/work/.mirror")

REPOS = {
    "hrmaster1982-dev/phapluat-8chude-data": MIRRORS / "hrmaster1982-dev+phapluat-8chude-data" / "repo",
    "TuanHuu168/CongBot": MIRRORS / "TuanHuu168+CongBot" / "repo",
    "tnt305/tai_lieu_noi_bo": MIRRORS / "tnt305+tai_lieu_noi_bo" / "repo",
    "NguyenQuocBao97/multiclass-text-classification": MIRRORS / "NguyenQuocBao97+multiclass-text-classification" / "repo",
}

# Repositories that must never be read (the owner says they hold private working notes), kept
# as digests of their lowercased owner/name like the reserved files below, so the tree never
# names them.
PRIVATE_REPO_DIGESTS = {"8afea519305911242116158553ad9bef"}

RESERVED_DIGESTS = {
    "e670038af2390b46f2ed48670f122e46", "d9bb4d1184982336135263b6adf6d624",
    "684dc3afb205192f32fc8d1313aa715e", "109d0d5d3dadce96a97679f2f4ab43b2",
    "e3167a2096b900f97425322e4dc84582", "34bd1b08c900f5715b3f30a16fcbb0bf",
    "72de79644de83384250f37eba6ae0e94", "64433b6d3d06f64f6f6df31d250efe43",
    "d4946f7088cf276872d232ca0343a3a6", "5b0d27f6ea3535a2ec721cb2298a2ae9",
    "aa061cd0c029ded4936f39d5c1df4257", "06f8e709c04a47a096ff843ad4393d46",
    "192f32811012e2184b16781df405b83f",
}


def digest(path: str) -> str:
    return hashlib.sha256(path.encode("utf-8")).hexdigest()[:32]


def is_private(repo: str) -> bool:
    return digest(repo.lower()) in PRIVATE_REPO_DIGESTS


def is_reserved(path: str) -> bool:
    """True for a reserved file or anything inside a reserved folder (any leading run of parts)."""
    parts = path.strip("/").split("/")
    return any(digest("/".join(parts[:i])) in RESERVED_DIGESTS for i in range(1, len(parts) + 1))


def head_commit(repo: str) -> str:
    return _git(repo, "rev-parse", "HEAD").decode().strip()


def list_files(repo: str) -> list[str]:
    out = _git(repo, "ls-tree", "-r", "--name-only", "-z", "HEAD").decode("utf-8")
    return [p for p in out.split("\0") if p and not is_reserved(p)]


def sizes(repo: str) -> dict[str, int]:
    """path -> size in bytes as the tree records it (the blob itself may be absent from the mirror)."""
    out = _git(repo, "ls-tree", "-r", "-l", "-z", "HEAD").decode("utf-8")
    result = {}
    for entry in out.split("\0"):
        if not entry:
            continue
        meta, path = entry.split("\t", 1)
        size = meta.split()[3]
        if not is_reserved(path) and size.isdigit():
            result[path] = int(size)
    return result


def present(repo: str, path: str) -> bool:
    """Whether the blob is actually stored in the mirror (its largest files may be listed but absent)."""
    _refuse(path)
    if is_private(repo):
        raise PermissionError(f"{repo} is private")
    return subprocess.run(["git", "-C", str(REPOS[repo]), "cat-file", "-e", f"HEAD:{path}"], capture_output=True).returncode == 0


def read_many(repo: str, paths: list[str]) -> dict[str, bytes]:
    """Read many blobs with one `git cat-file --batch` process (the reserved paths refused first)."""
    for path in paths:
        _refuse(path)
    if is_private(repo):
        raise PermissionError(f"{repo} is private")
    request = "".join(f"HEAD:{p}\n" for p in paths).encode("utf-8")
    out = subprocess.run(["git", "-C", str(REPOS[repo]), "cat-file", "--batch"], input=request,
                         check=True, capture_output=True).stdout
    result, pos = {}, 0
    for path in paths:
        end = out.index(b"\n", pos)
        header = out[pos:end].split()
        pos = end + 1
        if header[-1] == b"missing":
            continue
        size = int(header[2])
        result[path] = out[pos:pos + size]
        pos += size + 1
    return result


def show(repo: str, path: str) -> bytes:
    _refuse(path)
    return _git(repo, "show", f"HEAD:{path}")


def _refuse(path: str) -> None:
    if is_reserved(path):
        raise PermissionError("reserved path refused")


def _git(repo: str, *args: str) -> bytes:
    if is_private(repo):
        raise PermissionError(f"{repo} is private")
    return subprocess.run(["git", "-C", str(REPOS[repo]), *args], check=True, capture_output=True).stdout


def detokenize(text: str) -> str:
    """A word-segmented text ("Thông_tư liên_tịch hướng_dẫn , gửi") as written ("Thông tư liên
    tịch hướng dẫn, gửi"): underscores between syllables and spaces before closing punctuation go."""
    import re

    text = re.sub(r"(?<=\w)_(?=\w)", " ", text)
    text = re.sub(r"[ \t]+([,.;:!?)\]%])", r"\1", text)
    return re.sub(r"([(\[])[ \t]+", r"\1", text)
