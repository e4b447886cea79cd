"""Citation audit: time on the 1,000-document generated corpus, and precision/recall of the checks
over errors injected into copies of its documents.

Run from the repository root: ``python bench/bench_audit.py [--n 1000] [--words 3000]``.

The corpus comes from ``bench/gen_corpus.py``; each document is read, normalised, structured
(header number and date) and its citations extracted (no sentence/word segmentation: the audit
does not need it), then stored. What is timed is ``audit(conn)`` itself. Then one error is
injected into each of a sample of copies (wrong day, swapped type word, wrong issuer code, a date
after the document, a malformed number); a finding is counted right when it is new against the
clean run and covers an injected span.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._report import emit  # noqa: E402
from bench.gen_corpus import generate  # noqa: E402
from vanban.pipeline.audit import audit, audit_documents  # noqa: E402
from vanban.pipeline.extract.citations import find_citations  # noqa: E402
from vanban.pipeline.graph import graph_from_store  # noqa: E402
from vanban.pipeline.normalize import normalize  # noqa: E402
from vanban.pipeline.read import read_document  # noqa: E402
from vanban.pipeline.registry import Registry  # noqa: E402
from vanban.pipeline.store import connect, path_key, save_document  # noqa: E402
from vanban.pipeline.structure import structure  # noqa: E402


def prepare(path: Path):
    doc = structure(normalize(read_document(path)))
    return replace(doc, citations=tuple(find_citations(doc.text)))


_DMY = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)")


def injection_for(doc, rng: random.Random, registry: Registry):
    """(kind, old, new, anchor) for one error that fits a citation of ``doc``, or None.

    ``old`` is the citation as written (found in the source text), ``new`` its faulty version,
    ``anchor`` the part of ``new`` a finding must cover."""
    own_year = int(doc.metadata.date[:4]) if doc.metadata.date else None
    options = []
    for c in doc.citations:
        if c.short or c.resolved_to is not None or not c.number or "\n" in c.text:
            continue
        m = _DMY.search(c.text)
        e = registry.get(c.number)
        if m and e and e.date and c.date == e.date:
            d = int(m.group(1))
            nd = d + 1 if d < 28 else d - 1
            wrong = f"{nd:0{len(m.group(1))}d}{m.group(2)}{m.group(3)}{m.group(2)}{m.group(4)}"
            options.append(("date_mismatch", c.text, c.text.replace(m.group(0), wrong, 1), wrong))
        if m and own_year and c.date and int(c.date[:4]) < own_year - 1 and not e:
            later = f"{m.group(1)}{m.group(2)}{m.group(3)}{m.group(2)}{own_year + 1}"
            options.append(("date_after_document", c.text, c.text.replace(m.group(0), later, 1), later))
        if c.text.startswith("Nghị quyết số") and c.type_code == "NQ":
            options.append(("type_code_mismatch", c.text, "Kết luận số" + c.text[len("Nghị quyết số"):],
                            "Kết luận số"))
        if c.number_text == c.number and re.fullmatch(r"\d+-[A-Za-zĐđ]+/[A-Za-zĐđ]+", c.number):
            bad = c.number.replace("-", " ", 1)
            options.append(("malformed_number", c.text, c.text.replace(c.number, bad, 1), bad))
        if (c.issuing_body and "tỉnh ủy" in c.issuing_body.lower().replace("uỷ", "ủy")
                and c.number_text == c.number and c.number.endswith("/TU")):
            bad = c.number[:-3] + "/HU"
            options.append(("issuer_code_mismatch", c.text, c.text.replace(c.number, bad, 1), bad))
    return rng.choice(options) if options else None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--words", type=int, default=3000)
    ap.add_argument("--inject", type=int, default=200, help="documents that get one error each")
    ap.add_argument("--debug", action="store_true")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t = time.perf_counter()
        paths = generate(tmp / "corpus", n=args.n, words=args.words, seed=0)
        t_gen = time.perf_counter() - t

        t = time.perf_counter()
        docs = [prepare(p) for p in paths]
        t_prep = time.perf_counter() - t
        n_cit = sum(len(d.citations) for d in docs)

        conn = connect(tmp / "store")
        t = time.perf_counter()
        for d in docs:
            save_document(conn, d)
        t_save = time.perf_counter() - t

        t = time.perf_counter()
        clean = audit(conn)
        t_audit = time.perf_counter() - t
        t = time.perf_counter()
        audit(conn)
        t_audit2 = time.perf_counter() - t
        t = time.perf_counter()
        audit_documents(docs)
        t_mem = time.perf_counter() - t
        t = time.perf_counter()
        g = graph_from_store(conn)
        t_graph = time.perf_counter() - t

        from vanban.pipeline.graph import cites
        t = time.perf_counter()
        n_cites = len(cites(conn, "20-NQ/TW"))
        t_cites = time.perf_counter() - t
        rows += [
            ("generated documents", len(docs), "docs"),
            ("words per document (target)", args.words, "words"),
            ("citations extracted", n_cit, "citations"),
            ("prepare (read+normalize+structure+citations), all docs", round(t_prep, 1), "s"),
            ("store all docs", round(t_save, 1), "s"),
            ("audit(conn), 1st run (includes registry sync)", round(t_audit, 3), "s"),
            ("audit(conn), 2nd run", round(t_audit2, 3), "s"),
            ("audit per 1,000 citations", round(t_audit2 / max(n_cit, 1) * 1000, 4), "s"),
            ("audit_documents (in memory)", round(t_mem, 3), "s"),
            ("graph_from_store", round(t_graph, 3), "s"),
            ("graph nodes / edges", f"{len(g.nodes)}/{len(g.edges)}", ""),
            (f"cites('20-NQ/TW') ({n_cites} mentions with passages)", round(t_cites, 3), "s"),
        ]
        for check, n in sorted(Counter(f.check for f in clean).items()):
            rows.append((f"clean corpus findings: {check}", n, "findings"))

        # Injected errors: copies of a sample of documents, one error each.
        rng = random.Random(1)
        registry = Registry.seed()
        inj_dir = tmp / "injected"
        inj_dir.mkdir()
        injected = {}  # stored path -> (kind, anchor)
        sample = rng.sample(range(len(docs)), min(args.inject, len(docs)))
        for i in sample:
            d = docs[i]
            inj = injection_for(d, rng, registry)
            if inj is None:
                continue
            kind, old, new, anchor = inj
            src = Path(d.path).read_text(encoding="utf-8")
            if src.count(old) < 1:
                continue
            out = inj_dir / Path(d.path).name
            out.write_text(src.replace(old, new, 1), encoding="utf-8")
            injected[out] = (kind, anchor, new)
        conn2 = connect(tmp / "store2")
        by_path = {}
        for d in docs:
            save_document(conn2, d)
        for p in injected:
            nd = prepare(p)
            save_document(conn2, nd)
            by_path[path_key(p)] = nd
        # the injected copy stands in for its original
        for p in injected:
            orig = tmp / "corpus" / p.name
            conn2.execute("DELETE FROM documents WHERE path = ?", (path_key(orig),))
        conn2.commit()
        after = audit(conn2)
        base = Counter((Path(f.citing_document).name, f.check, f.cited_as) for f in clean)
        new_findings = []
        seen = Counter()
        for f in after:
            k = (Path(f.citing_document).name, f.check, f.cited_as)
            seen[k] += 1
            if seen[k] > base.get(k, 0):
                new_findings.append(f)
        spans = {}
        for p, (kind, anchor, new) in injected.items():
            text = by_path[path_key(p)].text
            at = text.find(new)
            a = text.find(anchor, at) if at >= 0 else -1
            spans[path_key(p)] = (kind, a, a + len(anchor))
        found_kinds = Counter()
        missed = Counter()
        for pk, (kind, a, b) in spans.items():
            ok = a >= 0 and any(f.citing_document == pk and f.check == kind and f.start < b and a < f.end
                                for f in after)
            (found_kinds if ok else missed)[kind] += 1
        right = [f for f in new_findings if f.citing_document in spans
                 and spans[f.citing_document][1] >= 0
                 and f.start < spans[f.citing_document][2] and spans[f.citing_document][1] < f.end]
        if "--debug" in sys.argv[1:]:
            for f in new_findings:
                if f not in right:
                    print("not injected:", f)
        n_inj = len(spans)
        recall = sum(found_kinds.values()) / n_inj if n_inj else 0.0
        precision = len(right) / len(new_findings) if new_findings else 1.0
        rows += [
            ("injected errors (one per document)", n_inj, "errors"),
            ("recall over injected errors", round(recall, 3), ""),
            ("precision of new findings", round(precision, 3), ""),
        ]
        for kind in sorted(set(found_kinds) | set(missed)):
            rows.append((f"injected {kind}: found/total",
                         f"{found_kinds[kind]}/{found_kinds[kind] + missed[kind]}", ""))
        rows.append(("(corpus generation time)", round(t_gen, 1), "s"))
    emit("audit", rows)


if __name__ == "__main__":
    main()
