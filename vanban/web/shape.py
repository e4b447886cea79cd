"""Results of the pipeline as the API's response models: file names for server paths, store ids
and page URLs added."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import asdict

from vanban.web import models as M
from vanban.web.pages import doc_url, file_name


def hit_model(h, ids: dict[str, int]) -> M.HitModel:
    doc_id = ids.get(h.doc_path)
    d = asdict(h)
    d.pop("doc_path")
    d["highlights"] = [list(s) for s in h.highlights]
    return M.HitModel(**d, doc_id=doc_id, name=file_name(h.doc_path),
                      url=doc_url(doc_id, h.start, h.end) if doc_id is not None else None)


def facets(hits) -> M.Facets:
    years = Counter(str(h.year) for h in hits if h.year)
    issuers = Counter(h.issuer for h in hits if h.issuer)
    types = Counter(h.doc_type for h in hits if h.doc_type)
    f = lambda c, key: [M.FacetCount(value=v, count=n) for v, n in sorted(c.items(), key=key)]  # noqa: E731
    return M.Facets(years=f(years, lambda kv: kv[0]), issuers=f(issuers, lambda kv: (-kv[1], kv[0])),
                    types=f(types, lambda kv: (-kv[1], kv[0])))


def year_counts(hits) -> list[M.YearCount]:
    groups: dict[int | None, list] = defaultdict(list)
    for h in hits:
        groups[h.year].append(h)
    return [M.YearCount(year=y, count=len(hs), documents=len({h.doc_path for h in hs}))
            for y, hs in sorted(groups.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))]


_PATH_IN_TEXT = re.compile(r"(?:[A-Za-z]:)?[/\\][^\s()'\"]*[/\\]([^/\\\s()'\"]+\.(?:txt|md|docx|pdf))")


def no_paths(text: str) -> str:
    """Evidence names files by their name only (no server paths in pages or the API)."""
    return _PATH_IN_TEXT.sub(r"\1", text or "")


def finding_model(f, ids: dict[str, int]) -> M.FindingModel:
    doc_id = ids.get(f.citing_document)
    return M.FindingModel(check=f.check, severity=f.severity, number=f.number, cited_as=f.cited_as,
                          citing_document=file_name(f.citing_document), doc_id=doc_id, start=f.start,
                          end=f.end, expected=f.expected, found=f.found, evidence=no_paths(f.evidence),
                          explanation=no_paths(f.explanation()), expected_text=f.expected_text(),
                          url=doc_url(doc_id, f.start, f.end) if doc_id is not None else None)


def validity_model(v) -> M.ValidityModel | None:
    if v is None:
        return None
    return M.ValidityModel(number=v.number, status=v.status, label=v.label, as_of=v.as_of, by=list(v.by),
                           since=v.since, describe=v.describe(), known=v.known)


def public_json(doc, doc_id: int | None) -> dict:
    """``document_json`` with the file's name instead of its path, and the store id."""
    from vanban.pipeline.analyze import document_json
    data = document_json(doc)
    data["document"]["path"] = file_name(doc.path)
    data["id"] = doc_id
    return data
