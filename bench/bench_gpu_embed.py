"""The sentence-transformers encoder on a GPU: does it agree with the CPU, and how fast is it.

    python bench/bench_gpu_embed.py export           # here: the real encoder inputs -> .gpu/inputs.json
    python bench/bench_gpu_embed.py run [--out DIR]  # on a machine with a GPU (skips without one)

``export`` ingests the 17 text documents of bench_ingest.py's set (as bench_encoder_input.py
does, without an index) and writes the encoder input of each passage (heading path and text,
as vanban embeds them) with the tokenizer and configuration of all-MiniLM-L6-v2 (a few hundred
kB; its 90 MB of weights do not fit the device machine's 64 MiB transfer) into ``.gpu/``.

``run`` builds two sentence-transformers models from that configuration with weights drawn
from a fixed seed: MiniLM-L6's shape (6 layers, 384 wide) and e5-small's (12 layers, the shape
of the default encoder's model). Speed and agreement depend on the shape and the inputs, not on
what the weights learned; search quality is measured elsewhere (search_eval.py). Through
vanban's own ``SentenceTransformerEncoder`` it measures, for each: the largest difference and
the lowest cosine between GPU and CPU vectors of every passage, passages per second on the GPU
(the median of three passes after a warm-up; float32 as vanban runs it, and float16) at batches of 32, 128 (vanban's) and 512, on the CPU of
the same machine, and the GPU's peak memory. Figures go to bench/out/bench_gpu_embed.json (or
``--out``) and into bench/REPORT.md through run_all.py.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import OUT  # noqa: E402

CARRY = ROOT / ".gpu"
MODEL_FILES = ("config.json", "config_sentence_transformers.json", "modules.json",
               "sentence_bert_config.json", "special_tokens_map.json", "tokenizer.json",
               "tokenizer_config.json", "vocab.txt", "1_Pooling/config.json")
SHAPES = {"MiniLM-L6 shape": 6, "e5-small shape": 12}
REPEAT = 10          # the real inputs, repeated, so that the GPU sees more than a few batches


def export() -> None:
    """The real encoder inputs and MiniLM's configuration into .gpu/ (run where vanban is installed)."""
    from bench.bench_encoder_input import inputs, text_store
    from vanban.pipeline.index.embed import _resolve_st_path
    from vanban.pipeline.index.passages import encoder_input

    store = text_store(OUT / "encoder-input-store")
    texts = [encoder_input(h, t) for h, t in inputs(store)]
    (CARRY / "minilm" / "1_Pooling").mkdir(parents=True, exist_ok=True)
    (CARRY / "inputs.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    src = Path(_resolve_st_path("all-minilm-l6-v2")[0])
    for name in MODEL_FILES:
        shutil.copy(src / name, CARRY / "minilm" / name)
    print(f"wrote {len(texts)} encoder inputs and the MiniLM configuration into {CARRY}")


def build_model(config_dir: Path, layers: int, dest: Path) -> Path:
    """A sentence-transformers model of ``config_dir``'s shape with ``layers`` layers and seeded weights."""
    import torch
    from transformers import BertConfig, BertModel

    shutil.copytree(config_dir, dest)
    config = BertConfig.from_pretrained(config_dir)
    config.num_hidden_layers = layers
    torch.manual_seed(20261204)
    BertModel(config).save_pretrained(dest)
    return dest


def _rate(encoder, texts: list[str], batch: int, runs: int = 3) -> float:
    """Passages per second for ``texts`` in batches of ``batch``: the median of ``runs`` timed
    passes, after one warm-up pass (the first pass of a new batch size or precision tunes kernels)."""
    import statistics

    import torch

    def sync() -> None:
        if encoder.device != "cpu":
            torch.cuda.synchronize()

    model = encoder._model
    rates = []
    for i in range(runs + 1):
        sync()
        t0 = time.perf_counter()
        model.encode(texts, batch_size=batch, normalize_embeddings=True, convert_to_numpy=True)
        sync()
        if i:
            rates.append(len(texts) / (time.perf_counter() - t0))
    return statistics.median(rates)


def measure(name: str, path: Path, texts: list[str]) -> list[tuple[str, float | str, str]]:
    import numpy as np
    import torch

    from vanban.pipeline.index.embed import SentenceTransformerEncoder

    cpu = SentenceTransformerEncoder("st:cpu", str(path), device="cpu")
    gpu = SentenceTransformerEncoder("st:gpu", str(path), device="cuda")
    a, b = gpu.encode_passages(texts), cpu.encode_passages(texts)
    cos = (a * b).sum(axis=1)
    rows = [(f"{name}: GPU vs CPU float32, largest difference | lowest cosine",
             f"{float(np.abs(a - b).max()):.2e} | {float(cos.min()):.6f}", f"{len(texts)} passages"),
            (f"{name}: CPU passages/s (batches of 32)", round(_rate(cpu, texts, 32, runs=1), 1),
             f"{len(texts)} passages")]
    many = texts * REPEAT
    torch.cuda.reset_peak_memory_stats()
    for batch in (32, 128, 512):
        rows.append((f"{name}: GPU float32 passages/s (batches of {batch})",
                     round(_rate(gpu, many, batch)), f"{len(many)} passages"))
    rows.append((f"{name}: GPU peak memory, float32", round(torch.cuda.max_memory_allocated() / 2**20),
                 "MiB"))
    gpu._model.half()
    half = gpu.encode_passages(texts)
    rows.append((f"{name}: GPU float16 vs CPU float32, lowest cosine",
                 f"{float((half * b).sum(axis=1).min()):.6f}", f"{len(texts)} passages"))
    for batch in (128, 512):
        rows.append((f"{name}: GPU float16 passages/s (batches of {batch})",
                     round(_rate(gpu, many, batch)), f"{len(many)} passages"))
    return rows


def run(out: Path) -> int:
    try:
        import torch
    except ImportError:
        print("torch is not installed: no GPU bench (pip install 'vanban[st]')")
        return 0
    if not torch.cuda.is_available():
        print("no GPU here: bench_gpu_embed runs on a machine with one (its figures in REPORT.md stay)")
        return 0
    if not (CARRY / "inputs.json").is_file():
        print(f"no {CARRY / 'inputs.json'}: run `python bench/bench_gpu_embed.py export` first")
        return 0
    texts = json.loads((CARRY / "inputs.json").read_text(encoding="utf-8"))
    rows: list[tuple[str, float | str, str]] = [
        ("GPU", torch.cuda.get_device_name(0), f"torch {torch.__version__}")]
    with tempfile.TemporaryDirectory(prefix="vanban-gpu-") as tmp:
        for name, layers in SHAPES.items():
            path = build_model(CARRY / "minilm", layers, Path(tmp) / f"l{layers}")
            rows += measure(name, path, texts)
    out.mkdir(parents=True, exist_ok=True)
    data = [{"what": w, "value": v, "unit": u, "machine": f"{torch.cuda.get_device_name(0)}, "
             f"{torch.get_num_threads()} CPU threads"} for w, v, u in rows]
    (out / "bench_gpu_embed.json").write_text(json.dumps(data, ensure_ascii=False, indent=1),
                                              encoding="utf-8")
    for r in data:
        print(f"{r['what']:<70} {r['value']!s:>20} {r['unit']}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", nargs="?", default="run", choices=["export", "run"])
    ap.add_argument("--out", type=Path, default=OUT, help="where bench_gpu_embed.json goes")
    args = ap.parse_args(argv)
    if args.what == "export":
        export()
        return 0
    return run(args.out)


if __name__ == "__main__":
    sys.exit(main())
