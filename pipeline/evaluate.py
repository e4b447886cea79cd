"""Score the pipeline against hand-made gold annotations (``shared/corpus/gold/*.json``).

``evaluate(gold_dir, docs_dir=None) -> EvalReport`` runs ``pipeline.analyze.analyze`` on each gold
document and scores it by the corpus README's rules:

- citations: multiset of canonical numbers per document, compared case-insensitively, ignoring
  spaces, slashes and Đ/D; a law cited by name (``number: null``) is keyed by its date.
  Anaphora ("Nghị quyết nêu trên": neither number nor date written) are not scored.
  Citation-date accuracy: over gold citations that carry a date, the k-th gold mention of a
  number against the k-th predicted one.
- dates: multiset of values; quantities: multiset of values, a range counting as its two ends;
  predictions that fall on an ``optional_quantities`` item are neither right nor wrong.
- directives: a prediction matches a gold directive when the first 40 characters of either
  (whitespace collapsed, list marks dropped) stand inside the other; actor accuracy over gold
  directives that name an actor.
- a field marked incomplete (``complete: {"dates": false}`` or ``dates_complete: false``) is
  scored for recall only; a field the gold leaves out altogether (a file that labels citations
  only, ``complete: {"citations": true}``) is not scored.
- relations (gold citations that carry ``relation``): each gold citation is paired with the
  predicted citation of the same key nearest its offset; accuracy per relation label (a citation
  the extractor missed counts as wrong). Pinpoints (gold citations that carry ``pinpoint``): the
  same pairing, ``{article, clause, point}`` or null compared exactly. ``effective_date`` (per
  document, null when the text states none): compared exactly. Gold without these keys is not
  scored on them.

Both spellings of the gold format are read (``"dates": [{...}]`` or ``"dates": ["2012", ...]``
with ``dates_detail``; ``file`` as ``"docs/000_x.txt"`` or ``"002_x.txt"``).
"""
from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from vanban.pipeline.analyze import analyze
from vanban.pipeline.model import Document
from vanban.pipeline.read.furniture import SET_ASIDE, furniture_kind
from vanban.pipeline.text import normalize_chars, number_key
from vanban.pipeline.text.labels import LEADING_MARKS

FIELDS = ("citations", "dates", "quantities", "directives")


@dataclass(frozen=True, slots=True)
class Item:
    """One gold or predicted item, as shown in the lists of misses and false positives."""
    doc: str
    value: str
    text: str
    start: int | None = None


@dataclass(slots=True)
class FieldScore:
    name: str
    tp: int = 0          # true positives over all documents (for recall)
    fn: int = 0
    tp_p: int = 0        # true positives over documents where the field is complete (for precision)
    fp: int = 0
    misses: list[Item] = field(default_factory=list)
    false_positives: list[Item] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp_p / (self.tp_p + self.fp) if (self.tp_p + self.fp) else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if (self.tp + self.fn) else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if (p + r) else 0.0


@dataclass(slots=True)
class Ratio:
    correct: int = 0
    total: int = 0
    wrong: list[Item] = field(default_factory=list)

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass(slots=True)
class EvalReport:
    documents: list[str]
    fields: dict[str, FieldScore]
    citation_date_accuracy: Ratio
    directive_actor_accuracy: Ratio
    errors: list[Item] = field(default_factory=list)  # documents that could not be analysed
    # relation label -> accuracy over gold citations with that label
    relation_accuracy: dict[str, Ratio] = field(default_factory=dict)
    pinpoint_accuracy: Ratio = field(default_factory=Ratio)       # every labelled citation
    pinpoint_present: Ratio = field(default_factory=Ratio)        # those whose gold has a pinpoint
    effective_date_accuracy: Ratio = field(default_factory=Ratio)

    @property
    def relation_overall(self) -> Ratio:
        r = Ratio()
        for x in self.relation_accuracy.values():
            r.correct += x.correct
            r.total += x.total
            r.wrong += x.wrong
        return r

    def to_dict(self) -> dict:
        def items(xs):
            return [{"doc": x.doc, "value": x.value, "text": x.text, "start": x.start} for x in xs]

        def ratio(r: Ratio) -> dict:
            return {"value": r.value, "correct": r.correct, "total": r.total, "wrong": items(r.wrong)}
        return {
            "documents": self.documents,
            "fields": {
                n: {"precision": f.precision, "recall": f.recall, "f1": f.f1, "tp": f.tp, "fp": f.fp,
                    "fn": f.fn, "misses": items(f.misses), "false_positives": items(f.false_positives)}
                for n, f in self.fields.items()
            },
            "citation_date_accuracy": {"value": self.citation_date_accuracy.value,
                                       "correct": self.citation_date_accuracy.correct,
                                       "total": self.citation_date_accuracy.total,
                                       "wrong": items(self.citation_date_accuracy.wrong)},
            "directive_actor_accuracy": {"value": self.directive_actor_accuracy.value,
                                         "correct": self.directive_actor_accuracy.correct,
                                         "total": self.directive_actor_accuracy.total,
                                         "wrong": items(self.directive_actor_accuracy.wrong)},
            "errors": items(self.errors),
            "relation_accuracy": {
                "overall": ratio(self.relation_overall),
                **{k: ratio(v) for k, v in sorted(self.relation_accuracy.items())}},
            "pinpoint_accuracy": ratio(self.pinpoint_accuracy),
            "pinpoint_present_accuracy": ratio(self.pinpoint_present),
            "effective_date_accuracy": ratio(self.effective_date_accuracy),
        }


# --- gold ---------------------------------------------------------------------------------

def load_gold(path: str | Path) -> dict:
    """One gold file, with the two spellings folded into one: ``dates`` as a list of dicts,
    ``complete`` as a dict."""
    g = json.loads(Path(path).read_text(encoding="utf-8"))
    if g.get("dates") and not isinstance(g["dates"][0], dict):
        detail = g.get("dates_detail")
        g["dates"] = detail if detail else [{"value": v, "text": v, "start": None} for v in g["dates"]]
    complete = dict(g.get("complete") or {})
    for f in FIELDS:
        if f"{f}_complete" in g:
            complete[f] = bool(g[f"{f}_complete"])
    g["complete"] = complete
    return g


def document_path(gold: dict, gold_dir: Path, docs_dir: Path | None = None) -> Path:
    """Where the gold's document lies: ``file`` is "docs/000_x.txt" or "002_x.txt"."""
    name = Path(gold["file"]).name
    candidates = []
    if docs_dir is not None:
        candidates.append(Path(docs_dir) / name)
    candidates += [gold_dir.parent / "docs" / name, gold_dir.parent / gold["file"], gold_dir / gold["file"]]
    for c in candidates:
        if c.is_file():
            return c
    return candidates[0]


# --- keys ---------------------------------------------------------------------------------

def citation_key(number: str | None, date: str | None = None) -> str:
    """"20-NQ/TW" ~ "20-nq / tw" ~ "20-NQTW"; Đ = D. A citation by name is keyed by its date."""
    if number is None:
        return f"(by name) {date}"
    return number_key(number)


def _value_key(v) -> str:
    try:
        f = float(v)
        return f"{f:.4f}".rstrip("0").rstrip(".")
    except (TypeError, ValueError):
        return str(v)




def _without_furniture(s: str) -> str:
    """A quote without the page furniture normalisation sets aside: a Công báo page header and the
    page number under it, the lines of a signature stamp ("Tổ" / "CÔNG BÁO/Số 210/Ngày 13-04-2026"
    / "17" / "chức thu phí ..." is "Tổ chức thu phí ...")."""
    if "\n" not in s:
        return s
    out, dropped = [], False
    for line in s.split("\n"):
        if furniture_kind(line) in SET_ASIDE or (dropped and line.strip().isdigit()):
            dropped = True
            continue
        dropped = dropped and not line.strip()
        out.append(line)
    return "\n".join(out)


def directive_text_key(s: str) -> str:
    # gold quotes are raw text, predictions normalised: fold both the same way (uỷ = ủy); the
    # emphasis marks of a Markdown source stay in gold quotes, the normalised text has none
    # ("Thứ nhất,** các bộ, ngành ..." is "Thứ nhất, các bộ, ngành ..."); the page furniture that
    # cuts a gold quote is set aside from the normalised text
    s = " ".join(normalize_chars(_without_furniture(s)).replace("*", " ").split())
    s = re.sub(r" (?=[,.;:)\]])|(?<=[(\[]) ", "", s)   # "(*Mẫu 06*)": the marks gone, no blank inside the brackets
    return LEADING_MARKS.sub("", s, count=1).strip(" *_")


def directives_match(a: str, b: str) -> bool:
    a, b = directive_text_key(a), directive_text_key(b)
    if not a or not b:
        return False
    return a[:40] in b or b[:40] in a


# how far (in characters of the source) a prediction may start from the gold directive it is matched
# to: a prediction holding the gold quote starts a paragraph or so before it
_MATCH_REACH = 3000


def _directive_pick(gold_text: str, preds: list, used: set[int], near=None) -> int | None:
    """The prediction a gold directive is scored against: an unused one that opens as it does, else
    one that holds it (``directives_match``). A prediction whose opening words stand inside the gold
    quote ("Cục trưởng ... quyết định thành lập Hội đồng ..." inside "Tổng hợp kết quả, báo cáo Cục
    trưởng ... quyết định công nhận ...") is taken only when none opens so. Among several, the one
    ``near`` ranks first (the closest to the gold's offset: a decree's clauses open alike, "Thủ trưởng
    cơ quan thi hành án dân sự tỉnh, ..."), else the first in the text."""
    key = directive_text_key(gold_text)[:40]
    opening: list[int] = []
    loose: list[int] = []
    for k, p in enumerate(preds):
        if k in used or not directives_match(gold_text, p.text):
            continue
        other = directive_text_key(p.text)[:40]
        (opening if other.startswith(key) or key.startswith(other) else loose).append(k)
    if near:   # a gold quote with its offset is matched in its own part of the text only
        opening = [k for k in opening if near(k) <= _MATCH_REACH]
        loose = [k for k in loose if near(k) <= _MATCH_REACH]
    pool = opening or loose
    if not pool:
        return None
    return min(pool, key=near) if near else pool[0]


def _norm_actor(s: str | None) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", normalize_chars(s or "").lower()).split())


# --- scoring ------------------------------------------------------------------------------

def _multiset(score: FieldScore, doc: str, complete: bool, gold: list[tuple[str, Item]],
              pred: list[tuple[str, Item]]) -> None:
    gc, pc = Counter(k for k, _ in gold), Counter(k for k, _ in pred)
    tp = sum((gc & pc).values())
    score.tp += tp
    if complete:
        score.tp_p += tp
    missing, extra = gc - pc, pc - gc
    for k, it in reversed(gold):
        if missing[k] > 0:
            missing[k] -= 1
            score.misses.append(it)
    score.fn += sum((gc - pc).values())
    if complete:
        score.fp += sum(extra.values())
        for k, it in reversed(pred):
            if extra[k] > 0:
                extra[k] -= 1
                score.false_positives.append(it)


def _scored(gold: dict, name: str) -> bool:
    """A field is scored when the gold has it (or says whether it is complete)."""
    return name in gold or name in gold["complete"]


def score_document(doc: Document, gold: dict, name: str, report: EvalReport) -> None:
    """Add one analysed document's scores to ``report``."""
    complete = gold["complete"]
    src = _gold_offsets(doc)
    score_relations(doc, gold, name, report)

    # citations
    pred_cites = [c for c in doc.citations if not (c.short and c.number_text is None)]
    g_items = [(citation_key(c.get("number"), c.get("date")),
                Item(name, c.get("number") or f"(by name) {c.get('date')}", c.get("text", ""), c.get("start")))
               for c in gold.get("citations", [])]
    p_items = [(citation_key(c.number, c.date), Item(name, c.number or f"(by name) {c.date}", c.text, src(c.start)))
               for c in pred_cites]
    _multiset(report.fields["citations"], name, complete.get("citations", True), g_items, p_items)
    # citation-date accuracy: k-th gold mention of a number against the k-th predicted one
    by_key: dict[str, list] = {}
    for c in pred_cites:
        by_key.setdefault(citation_key(c.number, c.date), []).append(c)
    seen: Counter = Counter()
    acc = report.citation_date_accuracy
    for c in sorted(gold.get("citations", []), key=lambda c: c.get("start") or 0):
        k = citation_key(c.get("number"), c.get("date"))
        i = seen[k]
        seen[k] += 1
        if not c.get("date"):
            continue
        acc.total += 1
        preds = by_key.get(k, [])
        got = preds[i].date if i < len(preds) else None
        if got == c["date"]:
            acc.correct += 1
        else:
            acc.wrong.append(Item(name, f"{c['date']} != {got}", c.get("text", ""), c.get("start")))

    # dates
    if _scored(gold, "dates"):
        g_items = [(str(d["value"]), Item(name, str(d["value"]), d.get("text", ""), d.get("start")))
                   for d in gold.get("dates", [])]
        p_items = [(d.value, Item(name, d.value, d.text, src(d.start))) for d in doc.dates]
        _multiset(report.fields["dates"], name, complete.get("dates", True), g_items, p_items)
    if _scored(gold, "quantities"):
        _score_quantities(doc, gold, name, report, complete, src)
    if _scored(gold, "directives"):
        _score_directives(doc, gold, name, report, complete, src)


def _score_quantities(doc: Document, gold: dict, name: str, report: EvalReport, complete: dict, src) -> None:
    # quantities (a range counts as its two ends); optional items are neither right nor wrong
    def q_items(q, text, start):
        out = [(_value_key(q["value"]), Item(name, _value_key(q["value"]), text, start))]
        if q.get("value_max") is not None:
            out.append((_value_key(q["value_max"]), Item(name, _value_key(q["value_max"]), text, start)))
        return out
    g_items = [it for q in gold.get("quantities", []) for it in q_items(q, q.get("text", ""), q.get("start"))]
    optional = gold.get("optional_quantities", [])
    p_items = []
    for q in doc.quantities:
        if _is_optional(q.text, src(q.start), src(q.end), optional):
            continue
        p_items += q_items({"value": q.value, "value_max": q.value_max}, q.text, src(q.start))
    _multiset(report.fields["quantities"], name, complete.get("quantities", True), g_items, p_items)


def _score_directives(doc: Document, gold: dict, name: str, report: EvalReport, complete: dict, src) -> None:
    score = report.fields["directives"]
    gold_d = gold.get("directives", [])
    opt_d = gold.get("optional_directives", [])
    preds = list(doc.directives)
    used: set[int] = set()
    actor = report.directive_actor_accuracy
    for gd in gold_d:
        at = gd.get("start")
        j = _directive_pick(gd["text"], preds, used,
                            None if at is None else (lambda k, at=at: abs(src(preds[k].start) - at)))
        if j is None:
            score.fn += 1
            score.misses.append(Item(name, gd.get("role") or "", gd["text"][:120], gd.get("start")))
        else:
            used.add(j)
            score.tp += 1
            if complete.get("directives", True):
                score.tp_p += 1
        if gd.get("actor"):
            actor.total += 1
            got = preds[j].actor if j is not None else None
            if j is not None and _norm_actor(got) == _norm_actor(gd["actor"]):
                actor.correct += 1
            else:
                actor.wrong.append(Item(name, f"{gd['actor']} != {got}", gd["text"][:80], gd.get("start")))
    if complete.get("directives", True):
        for k, p in enumerate(preds):
            if k in used or any(directives_match(o["text"], p.text) for o in opt_d):
                continue
            score.fp += 1
            score.false_positives.append(Item(name, p.role, p.text[:120], src(p.start)))


def _gold_offsets(doc: Document):
    """Source offsets as the gold counts them: in the file read as text, where universal newlines make
    "\r\n" one character (the shared format's offsets; three gold files of CRLF text, realworld33 601's
    drift reaching 600 characters, put its citations out of the pairing's reach)."""
    src = doc.offsets.to_source
    crlf = [m.start() for m in re.finditer("\r\n", doc.source_text)]
    if not crlf:
        return src
    return lambda pos: (s := src(pos)) - bisect.bisect_left(crlf, s)


def _pair_citations(doc: Document, gold_cites: list[dict]) -> list:
    """For each gold citation, the predicted citation with the same key nearest its offset
    (in source offsets), each used once; None where the extractor found none within reach."""
    src = _gold_offsets(doc)
    by_key: dict[str, list] = {}
    for c in doc.citations:
        by_key.setdefault(citation_key(c.number, c.date), []).append(c)
    used: set[int] = set()
    out = []
    for g in gold_cites:
        k = citation_key(g.get("number"), g.get("date"))
        cands = [c for c in by_key.get(k, ()) if id(c) not in used]
        if not cands and g.get("number") is None:
            cands = []  # a law cited by name keyed by its date: no fallback
        best = None
        if cands and g.get("start") is not None:
            best = min(cands, key=lambda c: abs(src(c.start) - g["start"]))
            if abs(src(best.start) - g["start"]) > 400:
                best = None
        if best is not None:
            used.add(id(best))
        out.append(best)
    return out


def _pinpoint_dict(p) -> dict | None:
    if p is None:
        return None
    return {"article": p.article, "clause": p.clause, "point": p.point}


def _norm_pin(p: dict | None) -> tuple | None:
    if not p or not any(p.get(k) for k in ("article", "clause", "point")):
        return None
    return tuple((str(p.get(k)).casefold() if p.get(k) is not None else None)
                 for k in ("article", "clause", "point"))


def score_relations(doc: Document, gold: dict, name: str, report: EvalReport) -> None:
    """Relation and pinpoint of the gold citations that carry them, and the effective date."""
    cites = gold.get("citations", [])
    labelled = [c for c in cites if "relation" in c or "pinpoint" in c]
    if labelled:
        paired = _pair_citations(doc, labelled)
        for g, p in zip(labelled, paired):
            where = g.get("text", "")
            if "relation" in g:
                r = report.relation_accuracy.setdefault(g["relation"], Ratio())
                r.total += 1
                got = p.relation if p is not None else "(not found)"
                if got == g["relation"]:
                    r.correct += 1
                else:
                    r.wrong.append(Item(name, f"{g['relation']} != {got}", where, g.get("start")))
            if "pinpoint" in g:
                want, got = _norm_pin(g["pinpoint"]), _norm_pin(_pinpoint_dict(p.pinpoint) if p else None)
                for ratio, counts in ((report.pinpoint_accuracy, True),
                                      (report.pinpoint_present, want is not None)):
                    if not counts:
                        continue
                    ratio.total += 1
                    if want == got and (p is not None or want is None):
                        ratio.correct += 1
                    elif ratio is report.pinpoint_accuracy:
                        ratio.wrong.append(Item(name, f"{want} != {got}", where, g.get("start")))
    if "effective_date" in gold:
        r = report.effective_date_accuracy
        r.total += 1
        got = doc.metadata.effective_date
        if got == gold["effective_date"]:
            r.correct += 1
        else:
            r.wrong.append(Item(name, f"{gold['effective_date']} != {got}", "effective_date", None))


def _is_optional(text: str, s: int, e: int, optional: list[dict]) -> bool:
    """Whether a predicted quantity is one the gold leaves optional: it overlaps an optional item's
    span; an optional item given without a span is matched by its text. ("60 tháng" optional in a
    bracket further down leaves the range "30 tháng đến 60 tháng" above required.)"""
    t = " ".join(text.split())
    for o in optional:
        os_, oe = o.get("start"), o.get("end")
        if os_ is not None and oe is not None:
            if s < oe and os_ < e:
                return True
        elif t and t in " ".join(o.get("text", "").split()):
            return True
    return False


def apply_labels(gold: dict, labels: dict | None) -> dict:
    """Gold with relation/pinpoint labels (and effective_date) from an overlay file added:
    ``{"documents": {"000_x.json": {"effective_date": ..., "citations": [{"start", "relation",
    "pinpoint"}]}}}``, citations matched by start offset. Lets a label set live apart from gold it
    may not copy (``tests/relations/shared_overlay.json`` labels the shared corpus)."""
    if not labels:
        return gold
    entry = labels.get("documents", {}).get(gold.get("_gold_name", ""))
    if not entry:
        return gold
    by_start = {c["start"]: c for c in entry.get("citations", [])}
    cites = []
    for c in gold.get("citations", []):
        lab = by_start.get(c.get("start"))
        if lab is not None:
            c = {**c, **{k: lab[k] for k in ("relation", "pinpoint") if k in lab}}
        cites.append(c)
    out = {**gold, "citations": cites}
    if "effective_date" in entry:
        out["effective_date"] = entry["effective_date"]
    return out


def evaluate(gold_dir: str | Path, docs_dir: str | Path | None = None, *,
             analyze_fn: Callable[[Path], Document] | None = None,
             labels: dict | None = None) -> EvalReport:
    """Analyse every gold document under ``gold_dir`` and score it.

    >>> r = evaluate("../shared/corpus/gold")              # doctest: +SKIP
    >>> round(r.fields["citations"].f1, 3)                 # doctest: +SKIP
    1.0
    """
    analyze_fn = analyze_fn or analyze
    gold_dir = Path(gold_dir)
    report = EvalReport([], {f: FieldScore(f) for f in FIELDS}, Ratio(), Ratio())
    for gp in sorted(gold_dir.glob("*.json")):
        gold = load_gold(gp)
        if "file" not in gold:
            continue
        if labels:
            gold = apply_labels({**gold, "_gold_name": gp.name}, labels)
        path = document_path(gold, gold_dir, Path(docs_dir) if docs_dir else None)
        name = path.name
        try:
            doc = analyze_fn(path)
        except Exception as err:  # one bad document must not hide the others' scores
            report.errors.append(Item(name, type(err).__name__, str(err)))
            _count_all_missed(report, gold, name)
            continue
        report.documents.append(name)
        score_document(doc, gold, name, report)
    return report


def _count_all_missed(report: EvalReport, gold: dict, name: str) -> None:
    empty = Document(path=name, sha256="", format="", text="", source_text="")
    score_document(empty, gold, name, report)
