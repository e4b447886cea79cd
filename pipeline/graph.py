"""The citation graph: documents in the store and the numbers they cite.

Nodes are stored documents (keyed by their own number, or their path when they have none) and
cited documents (keyed by canonical number; a law cited by name only is resolved through the
registry's titles). Edges go citing -> cited with the date as cited (the most common one) and
the number of mentions. ``to_graphml`` and ``to_node_link`` write it for Gephi and NetworkX.

``cites(conn, "20-NQ/TW")`` lists who cites a number; ``cited_by(conn, doc)`` what a document cites.
"""
from __future__ import annotations

import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, fields, replace
from xml.sax.saxutils import escape, quoteattr

from vanban.pipeline import store
from vanban.pipeline.extract.relations import strongest
from vanban.pipeline.model import Citation, CitingDocument
from vanban.pipeline.registry import Registry, load_registry, sync_from_store
from vanban.pipeline.text import loose_number_key


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    kind: str                  # "document" (in the store) | "cited" (known only by citations)
    label: str
    number: str | None = None
    type: str | None = None
    date: str | None = None
    year: int | None = None
    title: str | None = None
    path: str | None = None
    in_registry: bool = False


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    count: int                 # mentions
    date: str | None           # date as cited (most common)
    dates: tuple[str, ...] = ()  # every distinct date it is cited with
    kind: str = "cites"        # "cites" | a registry relation: "replaces", "amends", "guides"
    relation: str = "mentions"  # the strongest relation the citing text states (extract.relations)


@dataclass(frozen=True, slots=True)
class CitationGraph:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]

    def node(self, node_id: str) -> Node | None:
        return next((n for n in self.nodes if n.id == node_id), None)


def _year(iso: str | None) -> int | None:
    return int(iso[:4]) if iso and iso[:4].isdigit() else None


def cited_number(c: Citation, citations: tuple[Citation, ...], registry: Registry) -> str | None:
    """The canonical number a citation points at: its own, its full citation's (short forms),
    or the registry's for a law cited by name and date."""
    if c.number:
        return c.number
    if c.resolved_to is not None and 0 <= c.resolved_to < len(citations):
        full = citations[c.resolved_to]
        if full.number:
            return full.number
        c = full
    if c.title:
        hit = registry.by_title(c.title, c.date)
        if hit is None and c.date:
            same = [e for e in registry.titled(c.title) if e.date and e.date[:4] == c.date[:4]]
            hit = same[0] if len(same) == 1 else None
        if hit:
            return hit.number
    return None


def build_graph(docs: list[CitingDocument], registry: Registry | None = None) -> CitationGraph:
    """The graph of ``docs`` (documents with their citations), with attributes from the
    documents' headers and the registry."""
    registry = registry if registry is not None else Registry()
    nodes: dict[str, Node] = {}
    key_to_id: dict[str, str] = {}
    for d in docs:
        nid = d.number or d.path
        if d.number:
            key_to_id[loose_number_key(d.number)] = nid
        nodes[nid] = Node(id=nid, kind="document", label=d.number or d.path.rsplit("/", 1)[-1],
                          number=d.number, type=d.type, date=d.date, year=d.year or _year(d.date),
                          title=d.title, path=d.path, in_registry=bool(d.number and d.number in registry))
    edge_dates: dict[tuple[str, str], list[str | None]] = defaultdict(list)
    edge_rels: dict[tuple[str, str], list[str]] = defaultdict(list)
    for d in docs:
        src = d.number or d.path
        for c in d.citations:
            number = cited_number(c, d.citations, registry)
            if number:
                key = loose_number_key(number)
                tid = key_to_id.get(key)
                if tid is None:
                    e = registry.get(number)
                    tid = e.number if e else number
                    key_to_id[key] = tid
                    nodes[tid] = Node(id=tid, kind="cited", label=tid, number=tid,
                                      type=(e.type if e else None) or c.type,
                                      date=(e.date if e else None), year=_year(e.date if e else None),
                                      title=(e.title if e else None) or c.title, in_registry=bool(e))
            elif c.title and not c.short:
                tid = f"{c.type or ''} {c.title}".strip() + (f" ({c.date})" if c.date else "")
                tid = re.sub(r"\s+", " ", tid)
                nodes.setdefault(tid, Node(id=tid, kind="cited", label=c.title, type=c.type,
                                           date=c.date, year=_year(c.date), title=c.title))
            else:
                continue
            if tid == src:
                continue  # a document's mention of its own number
            edge_dates[(src, tid)].append(c.date)
            edge_rels[(src, tid)].append(c.relation)
    # Fill what cited nodes lack from the dates they are cited with (most common).
    cited_dates: dict[str, Counter] = defaultdict(Counter)
    for (_, t), ds in edge_dates.items():
        cited_dates[t].update(x for x in ds if x)
    for nid, n in list(nodes.items()):
        if n.kind == "cited" and not n.date and cited_dates[nid]:
            dt = cited_dates[nid].most_common(1)[0][0]
            nodes[nid] = replace(n, date=dt, year=_year(dt))
    edges = []
    for (s, t), ds in sorted(edge_dates.items()):
        dated = Counter(x for x in ds if x)
        edges.append(Edge(source=s, target=t, count=len(ds),
                          date=dated.most_common(1)[0][0] if dated else None,
                          dates=tuple(sorted(dated)), relation=strongest(edge_rels[(s, t)])))
    # Registry relations between documents already in the graph (29/2013/QH13 replaces 21/2000/QH10).
    for e in registry:
        src = key_to_id.get(loose_number_key(e.number))
        for kind, other in e.relations:
            tgt = key_to_id.get(loose_number_key(other))
            if src and tgt and src != tgt and (src, tgt) not in edge_dates:
                edges.append(Edge(source=src, target=tgt, count=0, date=None, kind=kind, relation=kind))
    return CitationGraph(tuple(sorted(nodes.values(), key=lambda n: (n.kind, n.id))), tuple(edges))


def graph_from_store(conn: sqlite3.Connection) -> CitationGraph:
    sync_from_store(conn)
    return build_graph(store.queries.citing_documents(conn), load_registry(conn))


# --- export ------------------------------------------------------------------------------

_NODE_ATTRS = (("kind", "string"), ("label", "string"), ("number", "string"), ("type", "string"),
               ("date", "string"), ("year", "int"), ("title", "string"), ("path", "string"),
               ("in_registry", "boolean"))
_EDGE_ATTRS = (("kind", "string"), ("relation", "string"), ("count", "int"), ("date", "string"),
               ("dates", "string"))


def _xml_text(v) -> str:
    # XML 1.0 forbids most control characters even when escaped.
    s = "true" if v is True else "false" if v is False else str(v)
    return escape(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", " ", s))


def to_graphml(graph: CitationGraph) -> str:
    """GraphML (directed) that Gephi, yEd and ``networkx.read_graphml`` open."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">']
    for name, t in _NODE_ATTRS:
        out.append(f'  <key id="n_{name}" for="node" attr.name="{name}" attr.type="{t}"/>')
    for name, t in _EDGE_ATTRS:
        out.append(f'  <key id="e_{name}" for="edge" attr.name="{name}" attr.type="{t}"/>')
    out.append('  <graph id="citations" edgedefault="directed">')
    for n in graph.nodes:
        out.append(f"    <node id={quoteattr(n.id)}>")
        for name, _ in _NODE_ATTRS:
            v = getattr(n, name)
            if v is not None and v != "":
                out.append(f'      <data key="n_{name}">{_xml_text(v)}</data>')
        out.append("    </node>")
    for i, e in enumerate(graph.edges):
        out.append(f'    <edge id="e{i}" source={quoteattr(e.source)} target={quoteattr(e.target)}>')
        out.append(f'      <data key="e_kind">{e.kind}</data>')
        out.append(f'      <data key="e_relation">{e.relation}</data>')
        out.append(f'      <data key="e_count">{e.count}</data>')
        if e.date:
            out.append(f'      <data key="e_date">{_xml_text(e.date)}</data>')
        if e.dates:
            out.append(f'      <data key="e_dates">{_xml_text(";".join(e.dates))}</data>')
        out.append("    </edge>")
    out += ["  </graph>", "</graphml>", ""]
    return "\n".join(out)


def to_node_link(graph: CitationGraph) -> dict:
    """NetworkX node-link JSON (``networkx.node_link_graph(data, edges="links")``)."""
    return {
        "directed": True, "multigraph": False, "graph": {"name": "citations"},
        "nodes": [{f.name: getattr(n, f.name) for f in fields(Node)} for n in graph.nodes],
        "links": [{"source": e.source, "target": e.target, "kind": e.kind, "relation": e.relation,
                   "count": e.count,
                   "date": e.date, "dates": list(e.dates)} for e in graph.edges],
    }


# --- queries -----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Mention:
    """One citation in one stored document, with the sentence around it."""
    citing_document: str
    citing_number: str | None
    citing_date: str | None
    cited_number: str | None
    cited_as: str
    date: str | None           # date as cited
    start: int
    end: int
    passage: str               # the sentence (or a window) holding the citation


def _passage(conn: sqlite3.Connection, doc_id: int, text: str, start: int, end: int) -> str:
    sentence = store.queries.enclosing_sentence(conn, doc_id, start, end)
    if sentence:
        s, e = sentence
    else:
        s = max(0, start - 150)
        e = min(len(text), end + 150)
        s = text.rfind("\n", s, start) + 1 or s
        nl = text.find("\n", end, e)
        e = nl if nl != -1 else e
    return re.sub(r"\s+", " ", text[s:e]).strip()


def _mentions(conn: sqlite3.Connection, docs: list[CitingDocument], registry: Registry,
              keep=lambda number: True) -> list[Mention]:
    out: list[Mention] = []
    # by the citing document's date (undated first), then path
    for d in sorted(docs, key=lambda d: (d.date is not None, d.date or "", d.path)):
        for c in d.citations:
            number = cited_number(c, d.citations, registry)
            if not keep(number):
                continue
            out.append(Mention(citing_document=d.path, citing_number=d.number,
                               citing_date=d.date, cited_number=number, cited_as=c.text,
                               date=c.date, start=c.start, end=c.end,
                               passage=_passage(conn, d.id, d.text, c.start, c.end)))
    return out


def cites(conn: sqlite3.Connection, number: str) -> list[Mention]:
    """Every mention of ``number`` in the store (any spelling: "20-NQTW" finds "20-NQ/TW"),
    by citing document date.

    >>> import tempfile
    >>> from pathlib import Path
    >>> from vanban.pipeline.ingest import ingest
    >>> store_dir = tempfile.TemporaryDirectory()
    >>> _ = ingest(["corpora/2013_ctr_hanh_dong_nq20_huyen_uy_bao_lam.txt",
    ...             "corpora/2018_bc_so_ket_5_nam_ctr35_huyen_uy_bao_lam.pdf"], store_dir.name,
    ...            workers=0, index=False)
    >>> mentions = cites(store.connect(store_dir.name), "20-NQTW")
    >>> sorted({Path(m.citing_document).name for m in mentions})
    ['2013_ctr_hanh_dong_nq20_huyen_uy_bao_lam.txt', '2018_bc_so_ket_5_nam_ctr35_huyen_uy_bao_lam.pdf']
    """
    registry = load_registry(conn)
    key = loose_number_key(number)
    # Only documents with a citation of this number, a short one or one by name can hold it.
    ids = sorted({doc_id for doc_id, cited, short in store.queries.citation_numbers(conn)
                  if cited is None or short or loose_number_key(cited) == key})
    if not ids:
        return []
    docs = store.queries.citing_documents(conn, with_text=True, ids=ids)
    return _mentions(conn, docs, registry, keep=lambda n: loose_number_key(n) == key)


def find_document(conn: sqlite3.Connection, doc: str) -> store.StoredDocument | None:
    """A stored document by its own number, its path (absolute or as given) or a file name."""
    rows = store.list_documents(conn)
    key = loose_number_key(doc)
    for r in rows:
        if r.number and loose_number_key(r.number) == key:
            return r
    pk = store.path_key(doc)
    for r in rows:
        if r.path == pk or r.path == doc:
            return r
    hits = [r for r in rows if r.path.rsplit("/", 1)[-1] == doc or r.path.endswith("/" + doc)]
    return hits[0] if len(hits) == 1 else None


def cited_by(conn: sqlite3.Connection, doc: str) -> list[Mention]:
    """Every citation in one stored document (by number, path or file name), in text order.

    Raises ``KeyError`` when no stored document matches."""
    row = find_document(conn, doc)
    if row is None:
        raise KeyError(f"no stored document {doc!r}")
    return _mentions(conn, store.queries.citing_documents(conn, with_text=True, ids=[row.id]),
                     load_registry(conn))
