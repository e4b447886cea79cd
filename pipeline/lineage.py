"""Relations between documents across the store: who implements, guides, reports on, amends,
replaces or repeals whom, the lineage of a document, and whether it is still in force.

The facts are the ``relation`` of each stored citation (``extract.relations``: what the citing
document's text says) and the registry's relations (``models/registry/registry.csv``, with their
sources, and the stored documents' own, joined by ``registry.sync_from_store``).

- ``lineage(conn, "20-NQ/TW")``: the tree of stored documents that implement, guide, report on,
  amend, replace or repeal the document, level by level (a district programme implementing a
  Central resolution is level 1, the report on that programme level 2); each document hangs
  under the deepest one it relates to.
- ``validity(conn, "59/2024/QĐ-UBND", as_of="2026-01-01")``: in force, amended by X, replaced by X
  from D, repealed by X from D.
- ``relations(conn, doc)``: one document's relations, out (what it does to others) and in.

>>> import tempfile
>>> from vanban.pipeline.ingest import ingest
>>> store_dir = tempfile.TemporaryDirectory()
>>> _ = ingest(["corpora/2013_ctr_hanh_dong_nq20_huyen_uy_bao_lam.txt",
...             "corpora/2018_bc_so_ket_5_nam_ctr35_huyen_uy_bao_lam.pdf"], store_dir.name,
...            workers=0, index=False)
>>> tree = lineage(store.connect(store_dir.name), "20-NQ/TW")
>>> [(n.number, n.relation, n.level) for n in tree.nodes]
[('35-CTr/HU', 'implements', 1), ('212-BC/HU', 'reports_on', 2)]
"""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import date as _date
from xml.sax.saxutils import escape, quoteattr

from vanban.pipeline import store
from vanban.pipeline.audit import issuer_scope, supersessions
from vanban.pipeline.extract.relations import relation_model, strongest
from vanban.pipeline.graph import cited_number, find_document
from vanban.pipeline.messages import N_, tr
from vanban.pipeline.model import CitingDocument
from vanban.pipeline.registry import Registry, load_registry, sync_from_store
from vanban.pipeline.text import loose_number_key

STATUS_LABELS = {  # what a Vietnamese reader expects to see (vbpl.vn's "Tình trạng hiệu lực")
    "in_force": "còn hiệu lực",
    "amended": "đã sửa đổi",
    "replaced": "đã bị thay thế",
    "repealed": "đã bãi bỏ",
}

RELATION_LABELS = {  # how a reader says what a document does to another (catalogue messages)
    "basis": N_("basis"), "implements": N_("implements"), "reports_on": N_("reports on"),
    "guides": N_("guides"), "amends": N_("amends"), "replaces": N_("replaces"),
    "repeals": N_("repeals"), "proposes": N_("proposes"), "mentions": N_("refers to"),
}


def relation_label(relation: str, lang: str | None = None) -> str:
    """A relation as the reader says it: "thực hiện" / "implements" (default: the current language)."""
    return tr(RELATION_LABELS[relation], lang) if relation in RELATION_LABELS else relation

LEVEL_NAMES = {None: "Trung ương", "tỉnh": "tỉnh", "huyện": "huyện", "xã": "xã"}


@dataclass(frozen=True, slots=True)
class Event:
    """Something a document did to another: "amends", "replaces" or "repeals", from when."""
    relation: str
    by: str                    # the acting document's number
    since: str | None          # its effective date, else its date
    source: str                # "store:<path>" or the registry's source


@dataclass(frozen=True, slots=True)
class Validity:
    """Whether a document is in force on ``as_of``, and why not."""
    number: str
    status: str                # "in_force" | "amended" | "replaced" | "repealed"
    label: str                 # "còn hiệu lực" | "đã sửa đổi" | "đã bị thay thế" | "đã bãi bỏ"
    as_of: str
    by: tuple[str, ...] = ()   # the document(s) that replaced, repealed or amended it
    since: str | None = None
    events: tuple[Event, ...] = ()
    known: bool = True         # stored or registered; a document known only from citations is not

    def describe(self) -> str:
        """"đã bị thay thế bởi 98/2025/QĐ-UBND từ 01/12/2025"."""
        if self.status == "in_force":
            return self.label
        who = ", ".join(self.by)
        since = f" từ {_vn(self.since)}" if self.since and self.status != "amended" else ""
        return f"{self.label} bởi {who}{since}"


@dataclass(frozen=True, slots=True)
class LineageNode:
    """A stored document in the lineage of another."""
    number: str | None
    path: str
    title: str | None
    date: str | None
    issuer: str | None
    doc_type: str | None
    relation: str              # what it does to ``via``
    via: str                   # the number it hangs under (the root's or another node's)
    level: int                 # 1 for documents that relate to the root itself
    scope: str                 # "Trung ương" | "tỉnh" | "huyện" | "xã": the issuer's level


@dataclass(frozen=True, slots=True)
class LineageRoot:
    number: str
    title: str | None = None
    date: str | None = None
    issuer: str | None = None
    path: str | None = None    # when stored
    doc_type: str | None = None
    status: Validity | None = None


@dataclass(frozen=True, slots=True)
class Lineage:
    root: LineageRoot
    nodes: tuple[LineageNode, ...] = ()

    def children(self, number: str | None) -> list[LineageNode]:
        """The nodes that hang directly under ``number`` (the root's or a node's)."""
        k = loose_number_key(number)
        return [n for n in self.nodes if loose_number_key(n.via) == k]

    @property
    def depth(self) -> int:
        return max((n.level for n in self.nodes), default=0)


@dataclass(frozen=True, slots=True)
class RelationLink:
    """One document's relation to another, over all the mentions between them."""
    number: str | None         # the other document's number
    relation: str              # the strongest over the mentions
    mentions: int
    path: str | None = None    # the other document, when stored
    title: str | None = None
    date: str | None = None
    pinpoints: tuple[str, ...] = ()   # "Điều 5 khoản 2 điểm a"
    source: str = "text"       # "text" (the citing document says so) or the registry's source


@dataclass(frozen=True, slots=True)
class Relations:
    document: str              # path
    number: str | None
    outgoing: tuple[RelationLink, ...] = ()
    incoming: tuple[RelationLink, ...] = ()
    status: Validity | None = None


def _vn(iso: str | None) -> str:
    if iso and len(iso) == 10 and iso[4] == "-":
        return f"{iso[8:]}/{iso[5:7]}/{iso[:4]}"
    return iso or ""


def _today() -> str:
    return _date.today().isoformat()


# --- validity ----------------------------------------------------------------------------

def events_for(number: str, docs: list[CitingDocument], registry: Registry) -> list[Event]:
    """Every amendment, replacement and repeal of ``number`` the store or the registry knows."""
    key = loose_number_key(number)
    out = [Event(s.relation, s.by, s.since, s.source) for s in supersessions(docs, registry).get(key, ())]
    seen = {(e.relation, loose_number_key(e.by)) for e in out}
    for d in docs:
        if not d.number or loose_number_key(d.number) == key:
            continue
        for c in d.citations:
            if c.number and loose_number_key(c.number) == key and (
                    c.relation == "amends" or (c.relation in ("replaces", "repeals") and c.pinpoint)):
                if ("amends", loose_number_key(d.number)) not in seen:
                    seen.add(("amends", loose_number_key(d.number)))
                    out.append(Event("amends", d.number, d.effective_date or d.date, f"store:{d.path}"))
    for e in registry:
        for kind, other in e.relations:
            if kind == "amends" and loose_number_key(other) == key and (kind, loose_number_key(e.number)) not in seen:
                seen.add((kind, loose_number_key(e.number)))
                out.append(Event(kind, e.number, e.effective_date or e.date, e.source))
    return sorted(out, key=lambda e: (e.since or "", e.by))


def validity_of(number: str, docs: list[CitingDocument], registry: Registry,
                as_of: str | None = None) -> Validity:
    """The status of ``number`` on ``as_of`` (default today): the latest replacement or repeal in
    force by then wins; else amendments; else in force. Events without a date count."""
    as_of = as_of or _today()
    events = tuple(e for e in events_for(number, docs, registry) if not e.since or e.since <= as_of)
    key = loose_number_key(number)
    known = number in registry or any(d.number and loose_number_key(d.number) == key for d in docs)
    ends = [e for e in events if e.relation in ("replaces", "repeals")]
    if ends:
        last = max(ends, key=lambda e: e.since or "")
        status = "replaced" if last.relation == "replaces" else "repealed"
        return Validity(number, status, STATUS_LABELS[status], as_of, (last.by,), last.since, events, known)
    amends = [e for e in events if e.relation == "amends"]
    if amends:
        return Validity(number, "amended", STATUS_LABELS["amended"], as_of,
                        tuple(dict.fromkeys(e.by for e in amends)), amends[-1].since, events, known)
    return Validity(number, "in_force", STATUS_LABELS["in_force"], as_of, (), None, events, known)


def _store(conn: sqlite3.Connection) -> tuple[list[CitingDocument], Registry]:
    sync_from_store(conn)
    return store.queries.citing_documents(conn), load_registry(conn)


def validity(conn: sqlite3.Connection, number: str, as_of: str | None = None) -> Validity:
    """``validity_of`` over the store and its registry."""
    docs, registry = _store(conn)
    return validity_of(number, docs, registry, as_of)


# --- lineage -----------------------------------------------------------------------------

def _edges(docs: list[CitingDocument], registry: Registry) -> dict[str, dict[str, tuple[str, str]]]:
    """path -> {cited number key: (strongest lineage relation, cited number)}."""
    kinds = set(relation_model()["lineage_relations"])
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for d in docs:
        per: dict[str, list[str]] = defaultdict(list)
        shown: dict[str, str] = {}
        for c in d.citations:
            if c.relation not in kinds:
                continue
            n = cited_number(c, d.citations, registry)
            if not n or (d.number and loose_number_key(n) == loose_number_key(d.number)):
                continue
            per[loose_number_key(n)].append(c.relation)
            shown.setdefault(loose_number_key(n), n)
        out[d.path] = {k: (strongest(v), shown[k]) for k, v in per.items()}
    return out


def build_lineage(number: str, docs: list[CitingDocument], registry: Registry,
                  as_of: str | None = None) -> Lineage:
    """The lineage of ``number`` among ``docs``: every document that implements, guides, reports
    on, amends, replaces or repeals it, or one of those, level by level. A document that relates
    to several hangs under the deepest ("Kế hoạch thực hiện Chương trình 35-CTr/HU", which also
    names Nghị quyết 20-NQ/TW, is level 2 under the programme)."""
    root_key = loose_number_key(number)
    edges = _edges(docs, registry)
    by_key: dict[str, list[CitingDocument]] = defaultdict(list)
    for d in docs:
        if d.number:
            by_key[loose_number_key(d.number)].append(d)
    root_doc = next(iter(by_key.get(root_key, ())), None)
    entry = registry.get(number)

    # reachable documents: breadth first from the root over the lineage edges
    reach: dict[str, CitingDocument] = {}
    frontier = {root_key}
    seen_keys = {root_key}
    while frontier:
        nxt: set[str] = set()
        for d in docs:
            if d.path in reach or (d.number and loose_number_key(d.number) == root_key):
                continue
            if frontier & edges.get(d.path, {}).keys():
                reach[d.path] = d
                if d.number and loose_number_key(d.number) not in seen_keys:
                    seen_keys.add(loose_number_key(d.number))
                    nxt.add(loose_number_key(d.number))
        frontier = nxt

    # the deepest placement: level = 1 + the highest level among its parents (cycles cut)
    level: dict[str, int] = {}
    via: dict[str, tuple[str, str]] = {}
    stack: set[str] = set()

    def depth(path: str) -> int:
        if path in level:
            return level[path]
        stack.add(path)
        best, pick = 0, None
        for k, (rel, shown) in sorted(edges.get(path, {}).items()):
            if k == root_key:
                cand = 0
            else:
                parents = [p for p in by_key.get(k, ()) if p.path in reach and p.path not in stack]
                if not parents:
                    continue
                cand = max(depth(p.path) for p in parents)
            if pick is None or cand > best:
                best, pick = cand, (rel, shown)
        stack.discard(path)
        level[path] = best + 1
        via[path] = pick or ("mentions", number)
        return level[path]

    nodes = []
    for path, d in reach.items():
        lv = depth(path)
        rel, shown = via[path]
        scope = LEVEL_NAMES.get(issuer_scope(d.issuer)[0], "Trung ương")
        nodes.append(LineageNode(number=d.number, path=d.path, title=d.title, date=d.date,
                                 issuer=d.issuer, doc_type=d.type, relation=rel,
                                 via=number if loose_number_key(shown) == root_key else shown,
                                 level=lv, scope=scope))
    nodes.sort(key=lambda n: (n.level, n.date or "", n.path))
    root = LineageRoot(
        number=(root_doc.number if root_doc else (entry.number if entry else number)),
        title=(root_doc.title if root_doc else None) or (entry.title if entry else None),
        date=(root_doc.date if root_doc else None) or (entry.date if entry else None),
        issuer=(root_doc.issuer if root_doc else None) or (entry.issuing_body if entry else None),
        path=root_doc.path if root_doc else None,
        doc_type=(root_doc.type if root_doc else None) or (entry.type if entry else None),
        status=validity_of(number, docs, registry, as_of))
    return Lineage(root, tuple(nodes))


def lineage(conn: sqlite3.Connection, number: str, as_of: str | None = None) -> Lineage:
    """``build_lineage`` over the store and its registry."""
    docs, registry = _store(conn)
    return build_lineage(number, docs, registry, as_of)


def lineage_json(tree: Lineage) -> dict:
    """``{"root": {...}, "nodes": [{"number", "path", "title", "date", "issuer", "relation",
    "via", "level", ...}]}``."""
    root = {k: v for k, v in asdict(tree.root).items() if k != "status"}
    if tree.root.status is not None:
        st = tree.root.status
        root["status"] = {"status": st.status, "label": st.label, "as_of": st.as_of, "by": list(st.by),
                          "since": st.since, "describe": st.describe()}
    return {"root": root, "nodes": [asdict(n) for n in tree.nodes]}


def lineage_graphml(tree: Lineage) -> str:
    """GraphML: the root and the nodes, edges child -> the number it hangs under."""
    def data(k: str, v) -> str:
        return f'      <data key="{k}">{escape(str(v))}</data>' if v not in (None, "") else ""

    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    for name in ("label", "path", "title", "date", "issuer", "scope"):
        out.append(f'  <key id="n_{name}" for="node" attr.name="{name}" attr.type="string"/>')
    out.append('  <key id="n_level" for="node" attr.name="level" attr.type="int"/>')
    out.append('  <key id="e_relation" for="edge" attr.name="relation" attr.type="string"/>')
    out.append('  <graph id="lineage" edgedefault="directed">')
    r = tree.root
    out += [f"    <node id={quoteattr(r.number)}>", data("n_label", r.number), data("n_title", r.title),
            data("n_date", r.date), data("n_issuer", r.issuer), data("n_path", r.path),
            '      <data key="n_level">0</data>', "    </node>"]
    for n in tree.nodes:
        nid = n.number or n.path
        out += [f"    <node id={quoteattr(nid)}>", data("n_label", n.number or n.path.rsplit('/', 1)[-1]),
                data("n_title", n.title), data("n_date", n.date), data("n_issuer", n.issuer),
                data("n_path", n.path), data("n_scope", n.scope),
                f'      <data key="n_level">{n.level}</data>', "    </node>"]
    for i, n in enumerate(tree.nodes):
        out += [f"    <edge id=\"e{i}\" source={quoteattr(n.number or n.path)} target={quoteattr(n.via)}>",
                data("e_relation", n.relation), "    </edge>"]
    out += ["  </graph>", "</graphml>", ""]
    return "\n".join(line for line in out if line)


# --- one document's relations ------------------------------------------------------------

def _pin_text(p) -> str:
    parts = [f"Điều {p.article}" if p.article else "", f"khoản {p.clause}" if p.clause else "",
             f"điểm {p.point}" if p.point else ""]
    return " ".join(x for x in parts if x)


def relations_of(doc: CitingDocument, docs: list[CitingDocument], registry: Registry,
                 as_of: str | None = None) -> Relations:
    """What ``doc`` does to the documents it cites, and what the others (and the registry) say
    they do to it, one link per other document with the strongest relation."""
    by_key = {loose_number_key(d.number): d for d in docs if d.number}
    out: dict[str, dict] = {}
    for c in doc.citations:
        n = cited_number(c, doc.citations, registry)
        if doc.number and n and loose_number_key(n) == loose_number_key(doc.number):
            continue
        k = loose_number_key(n) if n else f"title:{c.title}"
        if not n and not c.title:
            continue
        slot = out.setdefault(k, {"number": n, "rels": [], "pins": [], "date": c.date, "title": c.title})
        slot["rels"].append(c.relation)
        if c.pinpoint is not None:
            slot["pins"].append(_pin_text(c.pinpoint))
    outgoing = []
    for k, s in out.items():
        other = by_key.get(k)
        entry = registry.get(s["number"]) if s["number"] else None
        outgoing.append(RelationLink(
            number=s["number"], relation=strongest(s["rels"]), mentions=len(s["rels"]),
            path=other.path if other else None,
            title=(other.title if other else None) or (entry.title if entry else None) or s["title"],
            date=(other.date if other else None) or (entry.date if entry else None) or s["date"],
            pinpoints=tuple(dict.fromkeys(p for p in s["pins"] if p))))
    incoming = []
    if doc.number:
        key = loose_number_key(doc.number)
        for d in docs:
            if d.path == doc.path:
                continue
            rels = [c.relation for c in d.citations
                    if (n := cited_number(c, d.citations, registry)) and loose_number_key(n) == key]
            if rels:
                incoming.append(RelationLink(number=d.number, relation=strongest(rels), mentions=len(rels),
                                             path=d.path, title=d.title, date=d.date))
        have = {loose_number_key(x.number) for x in incoming if x.number}
        for e in registry:
            if e.from_store or loose_number_key(e.number) in have:
                continue
            for kind, other in e.relations:
                if loose_number_key(other) == key:
                    incoming.append(RelationLink(number=e.number, relation=kind, mentions=0,
                                                 title=e.title, date=e.date, source=e.source))
    outgoing.sort(key=lambda x: (relation_model()["strength"].index(x.relation), x.date or ""))
    incoming.sort(key=lambda x: (x.date or "", x.number or ""))
    status = validity_of(doc.number, docs, registry, as_of) if doc.number else None
    return Relations(doc.path, doc.number, tuple(outgoing), tuple(incoming), status)


def relations(conn: sqlite3.Connection, doc: str, as_of: str | None = None) -> Relations:
    """``relations_of`` for a stored document given by number, path or file name.

    Raises ``KeyError`` when no stored document matches."""
    row = find_document(conn, doc)
    if row is None:
        raise KeyError(f"no stored document {doc!r}")
    docs, registry = _store(conn)
    me = next(d for d in docs if d.path == row.path)
    return relations_of(me, docs, registry, as_of)


def relations_json(r: Relations) -> dict:
    st = r.status
    return {"document": r.document, "number": r.number,
            "status": ({"status": st.status, "label": st.label, "as_of": st.as_of, "by": list(st.by),
                        "since": st.since, "describe": st.describe()} if st else None),
            "outgoing": [asdict(x) for x in r.outgoing], "incoming": [asdict(x) for x in r.incoming]}

