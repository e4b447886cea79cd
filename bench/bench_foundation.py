"""Throughput of the foundation: read + normalise + structure + segment on the shared corpus.

Run from the repository root: ``.venv/bin/python bench/bench_foundation.py``. Single process;
the underthesea models are loaded once before timing (their load time is reported apart).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import SHARED, emit  # noqa: E402
from vanban.pipeline.normalize import normalize  # noqa: E402
from vanban.pipeline.read import read_document  # noqa: E402
from vanban.pipeline.segment import _sentence_splitter, _word_model, segment  # noqa: E402
from vanban.pipeline.structure import structure  # noqa: E402

REPEAT = 5


def run(paths: list[Path], words: bool, clock=time.perf_counter) -> tuple[float, dict[str, float]]:
    """Seconds for one pass over all files, and seconds per step."""
    steps = {"read": 0.0, "normalize": 0.0, "structure": 0.0, "segment": 0.0}
    t0 = clock()
    for p in paths:
        t = time.perf_counter()
        raw = read_document(p)
        steps["read"] += time.perf_counter() - t
        t = time.perf_counter()
        doc = normalize(raw)
        steps["normalize"] += time.perf_counter() - t
        t = time.perf_counter()
        doc = structure(doc)
        steps["structure"] += time.perf_counter() - t
        t = time.perf_counter()
        segment(doc, words=words)
        steps["segment"] += time.perf_counter() - t
    return clock() - t0, steps


def main() -> None:
    docs = SHARED / "docs"
    if not docs.is_dir():
        print(f"skip: {docs} not found (the shared corpus sits beside the checkout)")
        return
    paths = sorted(p for p in docs.iterdir() if p.is_file())
    size_kb = sum(p.stat().st_size for p in paths) / 1024
    text_kb = sum(len(normalize(read_document(p)).text.encode("utf-8")) for p in paths) / 1024

    t = time.perf_counter()
    _word_model()
    _sentence_splitter()
    load = time.perf_counter() - t

    run(paths, True)  # warm caches (word lists, regexes, PDF library)
    best_words = min(run(paths, True)[0] for _ in range(REPEAT))
    best_plain = min(run(paths, False)[0] for _ in range(REPEAT))
    _, steps = run(paths, True)
    # CPU time of this process: steadier than wall time on a shared machine
    cpu_words = min(run(paths, True, time.process_time)[0] for _ in range(REPEAT))
    cpu_plain = min(run(paths, False, time.process_time)[0] for _ in range(REPEAT))

    n_sent = n_tok = 0
    texts = []
    for p in paths:
        d = segment(structure(normalize(read_document(p))))
        n_sent += len(d.sentences)
        n_tok += sum(len(s.tokens) for s in d.sentences)
        texts += [d.text[s.start:s.end] for s in d.sentences]
    # reference: underthesea's own word_tokenize on the same sentences (no offsets, no masking)
    from underthesea import word_tokenize
    t = time.perf_counter()
    for sent in texts:
        word_tokenize(sent)
    reference = time.perf_counter() - t

    emit("foundation", [
        (f"shared corpus: {len(paths)} files", round(size_kb, 1), "KB on disk"),
        ("shared corpus: normalised text", round(text_kb, 1), "KB UTF-8"),
        ("underthesea models load (once per process)", round(load, 2), "s"),
        ("read+normalize+structure+segment, with words", round(text_kb / best_words, 1), "KB/s"),
        ("read+normalize+structure+segment, sentences only", round(text_kb / best_plain, 1), "KB/s"),
        ("same, with words, by CPU time", round(text_kb / max(cpu_words, 1e-9), 1), "KB/s"),
        ("same, sentences only, by CPU time", round(text_kb / max(cpu_plain, 1e-9), 1), "KB/s"),
        ("one pass, with words", round(best_words * 1000, 1), "ms"),
        ("  of which read", round(steps["read"] * 1000, 1), "ms"),
        ("  of which normalize", round(steps["normalize"] * 1000, 1), "ms"),
        ("  of which structure", round(steps["structure"] * 1000, 1), "ms"),
        ("  of which segment (sentences + words)", round(steps["segment"] * 1000, 1), "ms"),
        ("sentences found", n_sent, "sentences"),
        ("words found", n_tok, "tokens"),
        ("word segmentation throughput", round(n_tok / max(steps["segment"], 1e-9)), "tokens/s"),
        ("underthesea.word_tokenize on the same sentences (reference)", round(reference * 1000, 1), "ms"),
    ])


if __name__ == "__main__":
    main()
