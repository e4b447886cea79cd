"""BM25 (bm25s) over two fields of each passage: the text as written and the text with tones
stripped, so "giai phap thu hut nhan luc" finds "giải pháp thu hút nhân lực".

Tokens are lowercased syllables, syllable pairs inside a clause (Vietnamese words are mostly two
syllables), and document numbers as single tokens ("20-nq/tw", and "nq#20" for "nq 20"). A query
with diacritics scores on both fields (the written one weighs more: "tính" is not "tỉnh"); a
query without them scores on the folded field only.
"""
from __future__ import annotations

import importlib.util
import io
import json
import logging
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import bm25s
import numpy as np

from vanban.pipeline.index.text import fold, has_diacritics, lexical_tokens, query_expansions, query_tokens
from vanban.pipeline.index.vector import atomic_write_bytes

logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every build at DEBUG

FOLDED_WEIGHT = 0.5   # weight of the folded field for a query that has diacritics
# weight of the document wording ``query_expansions`` adds to a query (models/search_synonyms.json)
EXPANSION_WEIGHT = 0.5
K1, B = 1.2, 0.75
# The weight of a syllable pair that opens a word of underthesea's Vietnamese dictionary when an
# unaccented query gets its tones back ("bao nhieu" -> "bao nhiêu", not the corpus's frequent
# "báo"): 6 lifts unaccented hybrid Recall@5 on the 182 queries of bench/search_eval.py from .940
# to .950 (dense .875 -> .894; accented unchanged); 0 and 12 measured beside it.
DICTIONARY_PAIR_BONUS = 6.0


@cache
def dictionary_pairs() -> frozenset[str]:
    """Pairs of syllables that open a word of underthesea's dictionary (Viet22K, shipped in its
    wheel), lowercased: "bao nhiêu", "sự cố", "thế nào"."""
    spec = importlib.util.find_spec("underthesea")   # the file alone: importing the package takes seconds
    path = Path(spec.submodule_search_locations[0]) / "corpus" / "data" / "Viet22K.txt"
    words = (line.strip().lower().split() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(" ".join(w[:2]) for w in words if len(w) >= 2)


@cache
def dictionary_syllables() -> frozenset[str]:
    return frozenset(w for pair in dictionary_pairs() for w in pair.split())


@dataclass
class LexicalIndex:
    """Two BM25 fields over passages ``ids[i]`` (position i in both)."""
    ids: np.ndarray
    written: bm25s.BM25 | None
    folded: bm25s.BM25 | None
    _cands: dict | None = field(default=None, repr=False)
    _df: np.ndarray | None = field(default=None, repr=False)

    def scores(self, query: str, mask: np.ndarray | None = None) -> np.ndarray:
        """BM25 score of every passage (position order) for ``query``; 0 where ``mask`` is 0."""
        n = len(self.ids)
        total = np.zeros(n, dtype=np.float32)
        if n == 0:
            return total
        accented = has_diacritics(query)
        fields = [(self.folded, True, FOLDED_WEIGHT if accented else 1.0)]
        if accented:
            fields.append((self.written, False, 1.0))
        extra = query_expansions(query)
        for bm, folded, w in fields:
            if bm is None:
                continue
            ids = bm.get_tokens_ids(query_tokens(query, folded=folded))
            if ids:
                total += w * bm.get_scores_from_ids(ids)
            if extra and (ids := bm.get_tokens_ids([t for say in extra for t in lexical_tokens(say, folded=folded)])):
                total += w * EXPANSION_WEIGHT * bm.get_scores_from_ids(ids)   # "hạn chót": "chậm nhất"
        if mask is not None:
            total *= mask
        return total

    def restore_diacritics(self, query: str) -> str:
        """Put tones back on an unaccented query from the corpus itself: each syllable takes
        the written form that, with its neighbours, is most frequent in the passages (Viterbi
        over syllable-pair document frequencies, and a bonus for a pair that opens a word of the
        Vietnamese dictionary). "thu hut nhan luc" -> "thu hút nhân lực".
        Used for the dense side only; words the corpus never wrote stay as typed."""
        bm = self.written
        if bm is None or has_diacritics(query):
            return query
        cands = self._candidates()
        df = self._df
        vocab = bm.vocab_dict
        words = list(re.finditer(r"\w+", query))
        # clauses: runs of words with only spaces between them (a pair never spans punctuation)
        clauses: list[list[re.Match]] = []
        for m in words:
            if clauses and not query[clauses[-1][-1].end():m.start()].strip():
                clauses[-1].append(m)
            else:
                clauses.append([m])
        out, pos = [], 0
        for clause in clauses:
            lattice = [cands.get(m.group(0).lower(), [(m.group(0).lower(), 0)]) for m in clause]
            # best[i][j] = (score, back pointer) for choosing lattice[i][j]
            best = [[(np.log1p(c), -1) for _, c in lattice[0]]]
            for i in range(1, len(lattice)):
                row = []
                for form, c in lattice[i]:
                    scores = []
                    for j, (prev, _pc) in enumerate(lattice[i - 1]):
                        tid = vocab.get(f"{prev}_{form}")
                        pair = df[tid] if tid is not None else 0
                        known = DICTIONARY_PAIR_BONUS if f"{prev} {form}" in dictionary_pairs() else 0.0
                        scores.append(best[i - 1][j][0] + 3.0 * np.log1p(pair) + known + np.log1p(c))
                    j = int(np.argmax(scores))
                    row.append((scores[j], j))
                best.append(row)
            j = int(np.argmax([b[0] for b in best[-1]]))
            chosen = []
            for i in range(len(lattice) - 1, -1, -1):
                chosen.append(lattice[i][j][0])
                j = best[i][j][1]
            for m, form in zip(clause, reversed(chosen)):
                w = m.group(0)
                if w.isupper() and len(w) > 1:
                    form = form.upper()
                elif w[:1].isupper():
                    form = form[:1].upper() + form[1:]
                out.append(query[pos:m.start()] + (form if fold(form).lower() == w.lower() else w))
                pos = m.end()
        out.append(query[pos:])
        return "".join(out)

    def _candidates(self) -> dict[str, list[tuple[str, int]]]:
        if getattr(self, "_cands", None) is None:
            bm = self.written
            indptr = np.asarray(bm.scores["indptr"])
            self._df = np.diff(indptr)
            groups: dict[str, list[tuple[str, int]]] = {}
            for tok, tid in bm.vocab_dict.items():
                if tok and "_" not in tok and tok.isalpha():
                    groups.setdefault(fold(tok), []).append((tok, int(self._df[tid])))
            cands = {k: sorted(v, key=lambda x: -x[1])[:6] for k, v in groups.items()}
            for form in dictionary_syllables():   # forms the corpus never wrote, as a pair may want them
                have = cands.setdefault(fold(form), [])
                if all(f != form for f, _ in have):
                    have.append((form, 0))
            self._cands = cands
        return self._cands

    def search(self, query: str, k: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Top ``k`` ``(passage id, score)`` with a positive score."""
        s = self.scores(query, mask)
        if not len(s):
            return []
        k = min(k, len(s))
        top = np.argpartition(-s, k - 1)[:k]
        top = top[np.argsort(-s[top], kind="stable")]
        return [(int(self.ids[i]), float(s[i])) for i in top if s[i] > 0]


@dataclass
class Postings:
    """One field of a lexical segment before BM25 weighting: for token ``t`` (position in
    ``vocab``), ``docs[indptr[t]:indptr[t+1]]`` are the passages (positions in the segment)
    holding it ``tf`` times; ``lens`` is each passage's length in tokens. Weights depend on the
    whole store (document frequencies, mean length), so segments keep counts and the weights
    are computed when the segments are loaded together."""
    vocab: list[str]
    indptr: np.ndarray
    docs: np.ndarray
    tf: np.ndarray
    lens: np.ndarray


@dataclass
class LexicalSegment:
    """Postings of both fields for passages ``ids`` (ascending): the unit an index update
    writes (O(passages added)) and that merges combine, log-structured."""
    ids: np.ndarray
    written: Postings
    folded: Postings


def _postings(token_lists: list[list[str]]) -> Postings:
    """Counts of each token in each passage, vectorised (bm25s's own indexer loops in Python per
    token and took ~200 s for 100k short passages on 2 cores)."""
    vocab: dict[str, int] = {}
    lens = np.fromiter((len(t) for t in token_lists), dtype=np.int64, count=len(token_lists))
    flat = np.fromiter((vocab.setdefault(tok, len(vocab)) for toks in token_lists for tok in toks),
                       dtype=np.int64, count=int(lens.sum()))
    n = max(len(token_lists), 1)
    docs = np.repeat(np.arange(len(token_lists), dtype=np.int64), lens)
    pairs, tf = np.unique(flat * n + docs, return_counts=True)   # sorted by token, then doc
    del flat, docs
    df = np.bincount(pairs // n, minlength=len(vocab))
    return Postings(list(vocab), np.concatenate([[0], np.cumsum(df)]).astype(np.int64),
                    (pairs % n).astype(np.int32), tf.astype(np.int32), lens.astype(np.int32))


def merge_postings(parts: list[Postings], keeps: list[np.ndarray]) -> Postings:
    """One ``Postings`` of the passages ``keeps[i]`` (bool per passage) of each part, in order;
    tokens left in no passage are dropped."""
    if len(parts) == 1 and keeps[0].all():
        return parts[0]
    vocab: dict[str, int] = {}
    toks, docs, tfs, lens = [], [], [], []
    offset = 0
    for p, keep in zip(parts, keeps):
        remap = np.fromiter((vocab.setdefault(t, len(vocab)) for t in p.vocab), dtype=np.int64,
                            count=len(p.vocab))
        newpos = np.cumsum(keep, dtype=np.int64) - 1
        local = np.repeat(np.arange(len(p.vocab), dtype=np.int64), np.diff(p.indptr))
        live = keep[p.docs]
        toks.append(remap[local[live]])
        docs.append(newpos[p.docs[live]] + offset)
        tfs.append(p.tf[live])
        lens.append(p.lens[keep])
        offset += int(keep.sum())
    tok, doc, tf = np.concatenate(toks), np.concatenate(docs), np.concatenate(tfs)
    order = np.lexsort((doc, tok))
    tok, doc, tf = tok[order], doc[order], tf[order]
    counts = np.bincount(tok, minlength=len(vocab))
    words = list(vocab)
    used = counts > 0
    if not used.all():   # tokens only deleted passages had
        words = [w for w, u in zip(words, used) if u]
        counts = counts[used]
    return Postings(words, np.concatenate([[0], np.cumsum(counts)]).astype(np.int64),
                    doc.astype(np.int32), tf.astype(np.int32),
                    np.concatenate(lens).astype(np.int32) if lens else np.zeros(0, np.int32))


def _bm25(post: Postings) -> bm25s.BM25:
    """A bm25s retriever (Lucene BM25) whose score matrix is computed here with numpy from the
    counts of the whole index. Same matrix as ``bm25s.BM25.index`` (tests check it)."""
    n = len(post.lens)
    df = np.diff(post.indptr)
    idf = np.log1p((n - df + 0.5) / (df + 0.5))
    tok = np.repeat(np.arange(len(post.vocab), dtype=np.int64), df)
    tf = post.tf.astype(np.float64)
    dl = post.lens[post.docs] / max(float(post.lens.mean()) if n else 0.0, 1e-9)
    data = idf[tok] * tf / (tf + K1 * (1 - B + B * dl))
    bm = bm25s.BM25(k1=K1, b=B, method="lucene")
    bm.scores = {"data": data.astype(np.float32), "indices": post.docs.astype(np.int32),
                 "indptr": post.indptr.astype(np.int64), "num_docs": n}
    bm.vocab_dict = {t: i for i, t in enumerate(post.vocab)}
    bm.unique_token_ids_set = set(bm.vocab_dict.values())
    bm.nonoccurrence_array = None
    return bm


def build_lexical_segment(ids: np.ndarray, texts: list[str]) -> LexicalSegment:
    """Tokenise passage ``texts`` (heading path included by the caller if wanted) under ``ids``."""
    return LexicalSegment(
        np.asarray(ids, dtype=np.int64),
        _postings([lexical_tokens(t) or [""] for t in texts]),
        _postings([lexical_tokens(t, folded=True) or [""] for t in texts]))


def merge_segments(segments: list[LexicalSegment], removed: np.ndarray | None = None) -> LexicalSegment:
    """The segments as one, without the passages in ``removed`` (sorted ids)."""
    removed = np.zeros(0, np.int64) if removed is None else np.asarray(removed, dtype=np.int64)
    keeps = [~np.isin(s.ids, removed) for s in segments]
    ids = np.concatenate([s.ids[k] for s, k in zip(segments, keeps)]) if segments else np.zeros(0, np.int64)
    return LexicalSegment(ids, merge_postings([s.written for s in segments], keeps),
                          merge_postings([s.folded for s in segments], keeps))


def lexical_index(segments: list[LexicalSegment], removed: np.ndarray | None = None) -> LexicalIndex:
    """The searchable index of these segments less ``removed`` passages: BM25 weights from the
    counts of all of them, so it scores exactly as one index built over the same passages."""
    if not segments:
        return LexicalIndex(np.zeros(0, np.int64), None, None)
    seg = merge_segments(segments, removed)
    if not len(seg.ids):
        return LexicalIndex(seg.ids, None, None)
    return LexicalIndex(seg.ids, _bm25(seg.written), _bm25(seg.folded))


def save_lexical_segment(seg: LexicalSegment, path: str | Path) -> int:
    """One ``.npz`` file, written atomically; returns its size in bytes."""
    arrays: dict[str, np.ndarray] = {"ids": seg.ids}
    for name, p in (("written", seg.written), ("folded", seg.folded)):
        for part in ("indptr", "docs", "tf", "lens"):
            arrays[f"{name}_{part}"] = np.asarray(getattr(p, part))
        vocab = json.dumps(p.vocab, ensure_ascii=False).encode("utf-8")
        arrays[f"{name}_vocab"] = np.frombuffer(vocab, dtype=np.uint8)
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    data = buf.getbuffer()
    atomic_write_bytes(path, data)
    return len(data)


def load_lexical_segment(path: str | Path) -> LexicalSegment:
    with np.load(path, allow_pickle=False) as z:
        fields = {name: Postings(json.loads(z[f"{name}_vocab"].tobytes().decode("utf-8")),
                                 *(z[f"{name}_{part}"] for part in ("indptr", "docs", "tf", "lens")))
                  for name in ("written", "folded")}
        return LexicalSegment(z["ids"], fields["written"], fields["folded"])


def build_lexical_index(ids: np.ndarray, texts: list[str]) -> LexicalIndex:
    """Index passage ``texts`` (heading path included by the caller if wanted) under ``ids``."""
    return lexical_index([build_lexical_segment(ids, texts)])
