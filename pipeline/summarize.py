"""A faithful structured summary of one analysed document.

``summarize(doc, max_words=400)`` picks, from the document itself, what staff copy into their own
reports: the key figures (each quantity with the clause it measures, "Từ năm 2012 đến nay đã tổ
chức trên 500 lớp tập huấn, với trên 40.000 lượt người được hướng dẫn ..."), achievements,
limitations, causes, the tasks and directives with who must act, and the documents it cites.

Nothing is written anew: every item is a span of ``doc.text`` (``doc.text[item.start:item.end]
== item.text``) with its section id, so no number can appear that the source does not hold at the
cited place. A long sentence is cut at a clause boundary (``clipped``), never rephrased. Within a
part, sentences are ranked by TextRank centrality on word overlap and chosen with maximal
marginal relevance (MMR), so the summary is representative and not redundant.

``summary_json``, ``summary_markdown`` and ``write_summary_docx`` render a ``Summary``.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from vanban.pipeline.extract.roles import heading_role, is_title, role_model, section_finder
from vanban.pipeline.model import Citation, Document, Metadata
from vanban.pipeline.spans import SpanSet, Stabbing
from vanban.pipeline.text import caseless
from vanban.pipeline.text.labels import ITEM_LABEL

PARTS = ("figures", "achievements", "limitations", "causes", "directives")
PART_TITLES = {
    "figures": "Số liệu chính",
    "achievements": "Kết quả đạt được",
    "limitations": "Hạn chế, tồn tại",
    "causes": "Nguyên nhân",
    "directives": "Nhiệm vụ, chỉ đạo",
    "citations": "Văn bản được dẫn chiếu",
}
_WORDS = re.compile(r"\w+", re.U)
# TextRank and MMR compare every pair of a part's candidates: past this many (a report has at most
# a few dozen per part), the ones ranked highest before centrality (priority, bonus) are kept,
# so that a 10 MB document costs no more than a long one
MAX_CANDIDATES = 300


@dataclass(frozen=True, slots=True)
class SummaryItem:
    """A span of the source taken verbatim: ``doc.text[start:end] == text``."""
    text: str
    start: int
    end: int
    section: str | None
    role: str | None = None
    clipped: bool = False               # cut at a clause boundary; the sentence goes on
    figures: tuple[str, ...] = ()       # the quantities it holds, as written ("trên 500 lớp tập huấn")
    actor: str | None = None
    action: str | None = None
    deadline: str | None = None
    status: str | None = None           # "open" | "done" (directives)
    deadline_start: int | None = None   # the deadline's own span (it may lie past a clipped quote)
    deadline_end: int | None = None
    kind: str | None = None             # "task" | "target" | "instruction" | "obligation"


@dataclass(frozen=True, slots=True)
class CitedDocument:
    """One row of the table of cited documents: the fullest mention of a canonical number."""
    number: str | None
    type: str | None
    date: str | None
    title: str | None
    text: str                           # the mention chosen (verbatim)
    start: int
    end: int
    section: str | None
    mentions: int = 1


@dataclass(frozen=True, slots=True)
class Summary:
    path: str
    metadata: Metadata
    max_words: int
    figures: tuple[SummaryItem, ...] = ()
    achievements: tuple[SummaryItem, ...] = ()
    limitations: tuple[SummaryItem, ...] = ()
    causes: tuple[SummaryItem, ...] = ()
    directives: tuple[SummaryItem, ...] = ()
    citations: tuple[CitedDocument, ...] = ()
    words: int = 0                      # words in the chosen items (the table not counted)

    def items(self) -> list[tuple[str, SummaryItem]]:
        """Every (part, item) in the order they are shown."""
        return [(p, it) for p in PARTS for it in getattr(self, p)]


# --- settings -------------------------------------------------------------------------------

@cache
def _settings() -> dict:
    return role_model()["summary"]


def _stop() -> frozenset[str]:
    return frozenset(_settings()["stopwords"])


def _count_words(s: str) -> int:
    return len(s.split())


# --- spans ----------------------------------------------------------------------------------

def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    m = ITEM_LABEL.match(text, s, e)
    if m and m.end() < e:  # a list mark is layout, not the author's words
        s = m.end()
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    return s, e


def clip_span(text: str, start: int, end: int, max_words: int) -> tuple[int, int, bool]:
    """Cut ``text[start:end]`` to at most ``max_words`` words at a clause boundary (after a comma,
    semicolon or colon in its second half), else at a word boundary. Returns (start, end, clipped)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) <= max_words:
        return start, end, False
    cut = None
    for i in range(max_words - 1, max(max_words // 2, 1) - 1, -1):
        if words[i].group()[-1] in ",;:":
            cut = start + words[i].end() - 1
            break
    if cut is None:
        cut = start + words[max_words - 1].end()
    s, e = _trim(text, start, cut)
    return s, e, True


class _SentenceMarks:
    """Where a sentence's semicolons, comma breaks (", ") and words are, read once, so that the
    clause of each of its quantities is found by bisection however long the sentence is."""

    __slots__ = ("text", "semicolons", "commas", "words")

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        self.semicolons = [start + m.start() for m in re.finditer(";", text[start:end])]
        self.commas = [start + m.start() for m in re.finditer(r",\s", text[start:end])]
        self.words = [start + m.start() for m in re.finditer(r"\S+", text[start:end])]

    def count_words(self, a: int, b: int) -> int:
        """``_count_words(text[a:b])`` for a span inside the sentence."""
        if b <= a:
            return 0
        inside = bisect_left(self.words, b) - bisect_right(self.words, a)
        return inside + (not self.text[a].isspace())


def _clause(text: str, sent_start: int, sent_end: int, a: int, b: int, max_words: int,
            marks: _SentenceMarks | None = None) -> tuple[int, int]:
    """The clause of a sentence that holds ``text[a:b]``: the ';'-delimited part, narrowed to
    comma-delimited chunks around the span when still longer than ``max_words``. ``marks``: the
    sentence's ``_SentenceMarks`` when several quantities share it."""
    m = marks or _SentenceMarks(text, sent_start, sent_end)
    k = bisect_left(m.semicolons, a)   # the last ';' before the span, the first one after it
    s = m.semicolons[k - 1] + 1 if k and m.semicolons[k - 1] >= sent_start else sent_start
    k = bisect_left(m.semicolons, b)
    e = m.semicolons[k] if k < len(m.semicolons) and m.semicolons[k] < sent_end else sent_end
    s, e = _trim(text, s, e)
    if m.count_words(s, e) <= max_words:
        return s, e
    # comma chunks: grow from the quantity outwards while the budget allows; bound i is s,
    # then the end of each ", " inside [s, e), then e
    first, last = bisect_left(m.commas, s), bisect_left(m.commas, e - 1)
    cuts = range(first, last)

    def bound(i: int) -> int:
        return s if i == 0 else (m.commas[cuts[i - 1]] + 2 if i <= len(cuts) else e)
    top = len(cuts) + 1
    # the last bound at or before a, the first at or after b (bounds never decrease)
    lo = max(0, bisect_right(range(top + 1), a, key=bound) - 1)
    hi = bisect_left(range(top + 1), b, key=bound)
    while True:
        grown = False
        if lo > 0 and m.count_words(bound(lo - 1), bound(hi)) <= max_words:
            lo -= 1
            grown = True
        if hi < top and m.count_words(bound(lo), bound(hi + 1)) <= max_words:
            hi += 1
            grown = True
        if not grown:
            break
    return _trim(text, bound(lo), bound(hi))


# --- ranking --------------------------------------------------------------------------------

def _bag(text: str) -> frozenset[str]:
    stop = _stop()
    return frozenset(w for w in (m.group().lower() for m in _WORDS.finditer(text))
                     if w not in stop and not w.isdigit())


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if len(a) < 2 or len(b) < 2:
        return 0.0
    return len(a & b) / (math.log(len(a)) + math.log(len(b)))


def _cosine(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def textrank(texts: list[str], damping: float = 0.85, iterations: int = 40) -> np.ndarray:
    """TextRank centrality of each text on word overlap (Mihalcea & Tarau 2004)."""
    n = len(texts)
    if n == 0:
        return np.zeros(0)
    bags = [_bag(t) for t in texts]
    w = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            w[i, j] = w[j, i] = _overlap(bags[i], bags[j])
    out = w.sum(axis=1)
    out[out == 0] = 1.0
    m = w / out[:, None]
    r = np.full(n, 1.0 / n)
    for _ in range(iterations):
        r = (1 - damping) / n + damping * (m.T @ r)
    return r / r.max() if r.max() > 0 else r


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    section: str | None
    role: str | None
    bonus: float = 0.0
    priority: int = 0                 # higher first, before centrality
    extra: dict = field(default_factory=dict)


def _select(doc: Document, cands: list[_Cand], budget: int, item_words: int,
            hard: int | None = None) -> list[tuple[_Cand, int, int, bool]]:
    """MMR over TextRank centrality: pick candidates until the word budget is spent. A part
    that has anything keeps its best item even past its share, never past ``hard``."""
    hard = budget if hard is None else hard
    if not cands or budget <= 0:
        return []
    if len(cands) > MAX_CANDIDATES:   # TextRank and MMR compare every pair: keep the strongest
        strongest = sorted(range(len(cands)), key=lambda i: (-cands[i].priority, -cands[i].bonus, i))
        cands = [cands[i] for i in sorted(strongest[:MAX_CANDIDATES])]
    text = doc.text
    clipped = [clip_span(text, c.start, c.end, item_words) for c in cands]
    texts = [text[s:e] for s, e, _ in clipped]
    central = textrank(texts)
    bags = [_bag(t) for t in texts]
    lam = _settings()["mmr_lambda"]
    max_red = _settings()["max_redundancy"]
    chosen: list[int] = []
    used = 0
    left = set(range(len(cands)))
    # each candidate's redundancy: its greatest cosine to a chosen one, raised as each is chosen
    red_of = [0.0] * len(cands)
    while left:   # each turn takes one candidate out of ``left``
        best, best_score = None, -1e9
        for i in left:
            red = red_of[i]
            score = cands[i].priority * 10 + lam * (central[i] + cands[i].bonus) - (1 - lam) * red
            if red > max_red:
                score -= 5
            if score > best_score:
                best, best_score = i, score
        if best is None:   # no score above the floor (a non-finite one): nothing more to pick
            break
        left.discard(best)
        n = _count_words(texts[best])
        if used + n > budget and not (used == 0 and n <= min(budget * 2, hard)):
            continue
        if red_of[best] > max_red:
            continue
        chosen.append(best)
        used += n
        for i in left:
            red = _cosine(bags[i], bags[best])
            if red > red_of[i]:
                red_of[i] = red
    chosen.sort(key=lambda i: cands[i].start)
    return [(cands[i],) + clipped[i] for i in chosen]


# --- parts ----------------------------------------------------------------------------------

def _heading_spans(doc: Document) -> SpanSet:
    """The title headings of the document: a span inside one (up to the character after it)
    is a heading, not a sentence of the body."""
    return SpanSet((s.start, s.heading_end) for s in doc.sections if is_title(s, doc.text))


def _in_any(spans: SpanSet, a: int, b: int) -> bool:
    return spans.covers(a, b, slack=1)


def _sentences_by_role(doc: Document, role: str, skip: list[tuple[int, int]]) -> list[_Cand]:
    """Sentences of one role, minus headings and directives; those under a title that names the
    role itself ("Kết quả đạt được", "Hạn chế") and those holding figures rank higher."""
    heads = _heading_spans(doc)
    skipped = SpanSet(skip)
    titled = {sec.id for sec in doc.sections if is_title(sec, doc.text) and heading_role(sec.heading) == role}
    min_words = _settings()["min_sentence_words"]
    figures = sorted(q.start for q in doc.quantities)
    out = []
    for s in doc.sentences:
        if s.role != role or _in_any(heads, s.start, s.end):
            continue
        if skipped.overlaps(s.start, s.end):
            continue
        a, b = _trim(doc.text, s.start, s.end)
        st = doc.text[a:b]
        if _count_words(st) < min_words:
            continue
        qn = bisect_left(figures, s.end) - bisect_left(figures, s.start)
        bonus = 0.1 * min(qn, 3) + (_settings()["titled_bonus"] if s.section in titled else 0.0)
        out.append(_Cand(a, b, s.section, s.role, bonus=bonus))
    return out


def _figure_cands(doc: Document) -> list[_Cand]:
    st = _settings()
    heads = _heading_spans(doc)
    cites = SpanSet((c.start, c.end) for c in doc.citations)
    first = min((s.start for s in doc.sections), default=0)
    # the sentence holding an offset: the first in the document's list on a tie
    sentence_at = Stabbing((x.start, x.end, -i) for i, x in enumerate(doc.sentences))
    marks: dict[int, _SentenceMarks] = {}
    groups: dict[tuple[int, int], _Cand] = {}
    kept: list[tuple[int, int, int]] = []   # (start, end, order) of the groups, by start
    for q in doc.quantities:
        if _in_any(heads, q.start, q.end) or cites.holds(q.start):
            continue
        if q.start < first or q.kind == "duration":  # the header; "trong 3 năm qua" is no finding
            continue
        found = sentence_at.find(q.start)
        if found is None:
            continue
        sent = doc.sentences[-found]
        if -found not in marks:
            marks[-found] = _SentenceMarks(doc.text, sent.start, sent.end)
        s, e = _clause(doc.text, sent.start, sent.end, q.start, q.end, st["figure_words"], marks[-found])
        if not (s <= q.start and q.end <= e):
            continue
        # a clause that overlaps one already kept is the same finding (the first kept of them);
        # kept clauses never overlap each other, so the ones overlapping [s, e) are neighbours
        key, order = (s, e), None
        k = bisect_left(kept, (e,)) - 1
        while k >= 0 and kept[k][1] > s:
            if kept[k][0] < e and (order is None or kept[k][2] < order):
                key, order = kept[k][:2], kept[k][2]
            k -= 1
        c = groups.get(key)
        if c is None:
            insort(kept, (s, e, len(groups)))
            c = groups[key] = _Cand(s, e, sent.section, sent.role, extra={"figures": []})
            c.bonus = st["role_weight"].get(sent.role or "", 0.3)
        c.extra["figures"].append(q)
        c.bonus += st["kind_weight"].get(q.kind or "", 0.5) + 0.12 * math.log10(max(abs(q.value), 1.0))
        if abs(q.value) < 2:
            c.bonus -= st["small_value_penalty"]
    return [c for c in groups.values() if _count_words(doc.text[c.start:c.end]) >= st["min_figure_words"]]


_TOPIC = re.compile(r"Về\b[^:\n]{3,500}?:\s*")


def _directive_cands(doc: Document) -> list[_Cand]:
    """Open directives first, those naming who acts or by when before the others; a leading
    topic ("Về dự án ...: giao Bộ Xây dựng ...") is left out of the quote so the order shows."""
    out = []
    for d in doc.directives:
        start = d.start
        m = _TOPIC.match(doc.text, d.start, d.end)
        if m and _count_words(doc.text[m.end():d.end]) >= 5:
            start = m.end()
        priority = 0 if d.status == "done" else (2 if d.actor or d.deadline else 1)
        out.append(_Cand(start, d.end, d.section, d.role, priority=priority, extra={"directive": d}))
    return out


def _find_flat(text: str, start: int, end: int, phrase: str) -> tuple[int, int] | None:
    """Offsets of ``phrase`` (whitespace collapsed) inside ``text[start:end]``."""
    pat = r"\s+".join(re.escape(w) for w in phrase.split())
    m = re.compile(pat).search(text, start, end)
    return (m.start(), m.end()) if m else None


def _citation_rows(doc: Document) -> tuple[CitedDocument, ...]:
    """Cited documents, one row per canonical number (short forms resolved to the full one),
    with the fullest date and title met; laws cited by name keep one row per name."""
    rows: dict[str, list[Citation]] = {}
    order: list[str] = []
    cits = doc.citations
    for c in cits:
        number = c.number
        if c.resolved_to is not None and 0 <= c.resolved_to < len(cits):
            number = cits[c.resolved_to].number or number
        if number:
            key = "n:" + re.sub(r"[\s/]", "", number).upper().replace("Đ", "D")
        else:
            name = c.title or c.text
            key = "t:" + (c.type or "") + ":" + caseless(name)
        if key not in rows:
            rows[key] = []
            order.append(key)
        rows[key].append(c)
    out = []
    section_at = section_finder(doc.sections)
    first_by_id: dict[str, object] = {}
    for s in doc.sections:
        first_by_id.setdefault(s.id, s)
    for key in order:
        group = rows[key]
        full = [c for c in group if not c.short] or group
        best = max(full, key=lambda c: ((c.date is not None and c.date_valid) * 2 + (c.title is not None),
                                          len(c.text)))
        number = next((c.number for c in full if c.number), None)
        if number is None and best.resolved_to is not None:
            number = cits[best.resolved_to].number
        date = next((c.date for c in full if c.date and c.date_valid), None) or \
            next((c.date for c in group if c.date), None)
        titles = [c.title for c in group if c.title]
        title = max(titles, key=len) if titles else None
        ctype = best.type or next((c.type for c in group if c.type), None)
        sec = _section_id(section_at(best.start), first_by_id)
        out.append(CitedDocument(number, ctype, date, title, doc.text[best.start:best.end],
                                 best.start, best.end, sec, len(group)))
    return tuple(out)


def _section_id(best, first_by_id: dict) -> str | None:
    """The id of ``best`` (the deepest section at a citation), or of its nearest ancestor that
    is not a bullet."""
    seen = 0
    while best is not None and best.kind == "bullet" and best.parent and seen <= len(first_by_id):
        best = first_by_id.get(best.parent)
        seen += 1
    return best.id if best else None


def _budgets(max_words: int, present: set[str]) -> dict[str, int]:
    shares = {p: w for p, w in _settings()["shares"].items() if p in present}
    total = sum(shares.values()) or 1.0
    return {p: int(max_words * w / total) for p, w in shares.items()}


def summarize(doc: Document, max_words: int = 400) -> Summary:
    """Summarise an analysed document (``analyze(path)``) in at most ``max_words`` words of
    source text, plus the table of cited documents.

    >>> from vanban.pipeline.analyze import analyze  # doctest: +SKIP
    >>> s = summarize(analyze("bc.txt"))  # doctest: +SKIP
    >>> s.figures[0].text  # doctest: +SKIP
    'Từ năm 2012 đến nay đã tổ chức trên 500 lớp tập huấn, với trên 40.000 lượt người ...'
    """
    st = _settings()
    directive_spans = [(d.start, d.end) for d in doc.directives]
    directive_set = set(directive_spans)
    taken = list(directive_spans)  # spans no other part may quote again
    cands = {
        "figures": _figure_cands(doc),
        "achievements": _sentences_by_role(doc, "results", []),
        "limitations": _sentences_by_role(doc, "limitations", []),
        "causes": _sentences_by_role(doc, "causes", []),
        "directives": _directive_cands(doc),
    }
    budgets = _budgets(max_words, {p for p, c in cands.items() if c})
    parts: dict[str, list[SummaryItem]] = {p: [] for p in PARTS}
    used = 0
    for part in PARTS:
        item_words = st["item_words"][part]
        # a figure may come from a target or task; sentences are not quoted twice
        blocked = SpanSet(taken if part != "figures" else [x for x in taken if x not in directive_set])
        if part == "directives":  # a target already quoted whole as a figure is not repeated
            shown = [(it.start, it.end) for it in parts["figures"]]   # a few, within the budget
            pool = [c for c in cands[part]
                    if not any(min(b, c.end) - max(a, c.start) >= 0.7 * (c.end - c.start) for a, b in shown)]
        else:
            pool = [c for c in cands[part] if not blocked.overlaps(c.start, c.end)]
        picked = _select(doc, pool, min(budgets.get(part, 0), max_words - used), item_words,
                         hard=max_words - used)
        taken += [(c.start, c.end) for c, *_ in picked]
        for c, s, e, clipped in picked:
            text = doc.text[s:e]
            kw = {}
            if part == "figures":
                kw["figures"] = tuple(q.text for q in sorted(c.extra["figures"], key=lambda q: q.start)
                                      if s <= q.start and q.end <= e)
                if not kw["figures"]:
                    continue
            if part == "directives":
                d = c.extra["directive"]
                kw.update(actor=d.actor, action=d.action, status=d.status, kind=d.role)
                for one in (d.deadline or "").split("; "):
                    where = _find_flat(doc.text, d.start, d.end, one) if one else None
                    if where:  # the first deadline, quoted from the directive with its offsets
                        kw.update(deadline=doc.text[where[0]:where[1]], deadline_start=where[0],
                                  deadline_end=where[1])
                        break
            parts[part].append(SummaryItem(text, s, e, c.section, c.role, clipped, **kw))
            used += _count_words(text)
    return Summary(
        path=doc.path, metadata=doc.metadata, max_words=max_words,
        figures=tuple(parts["figures"]), achievements=tuple(parts["achievements"]),
        limitations=tuple(parts["limitations"]), causes=tuple(parts["causes"]),
        directives=tuple(parts["directives"]), citations=_citation_rows(doc), words=used)


# --- rendering ------------------------------------------------------------------------------

def summary_json(summary: Summary) -> dict:
    """The summary as plain JSON data (Vietnamese kept as is)."""
    m = summary.metadata
    out = {
        "path": summary.path,
        "metadata": {"doc_type": m.doc_type, "issuer": m.issuer, "number": m.number, "date": m.date,
                     "year": m.year, "place": m.place, "title": m.title, "signer": m.signer,
                     "signer_title": m.signer_title},
        "max_words": summary.max_words,
        "words": summary.words,
    }
    for part in PARTS:
        out[part] = [{k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(it).items()}
                     for it in getattr(summary, part)]
    out["citations"] = [asdict(c) for c in summary.citations]
    return out


def _flat(s: str) -> str:
    return " ".join(s.split())


def _metadata_lines(m: Metadata) -> list[tuple[str, str]]:
    rows = [("Loại văn bản", m.doc_type), ("Số", m.number), ("Cơ quan ban hành", m.issuer),
            ("Ngày ban hành", m.date), ("Trích yếu", m.title),
            ("Người ký", f"{m.signer} ({_flat(m.signer_title)})" if m.signer and m.signer_title else m.signer)]
    return [(k, _flat(str(v))) for k, v in rows if v]


def _item_line(part: str, it: SummaryItem) -> str:
    text = _flat(it.text) + (" …" if it.clipped else "")
    where = f" [{it.section}]" if it.section else ""
    if part == "directives":
        who = f"**{_flat(it.actor)}**: " if it.actor else ""
        done = " (đã thực hiện)" if it.status == "done" else ""
        due = f" (thời hạn: {_flat(it.deadline)})" if it.deadline else ""
        return f"- {who}{text}{due}{done}{where}"
    return f"- {text}{where}"


def summary_markdown(summary: Summary) -> str:
    """The summary as Markdown: metadata, one list per part, a table of cited documents."""
    m = summary.metadata
    title = _flat(m.title) if m.title else Path(summary.path).name
    lines = [f"# Tóm tắt: {title}", ""]
    for k, v in _metadata_lines(m):
        lines.append(f"- {k}: {v}")
    lines.append("")
    for part in PARTS:
        items = getattr(summary, part)
        if not items:
            continue
        lines += [f"## {PART_TITLES[part]}", ""]
        lines += [_item_line(part, it) for it in items]
        lines.append("")
    if summary.citations:
        lines += [f"## {PART_TITLES['citations']}", "",
                  "| Số hiệu | Loại | Ngày | Trích yếu | Số lần |", "|---|---|---|---|---|"]
        for c in summary.citations:
            cells = [c.number or "", c.type or "", c.date or "", _flat(c.title or c.text), str(c.mentions)]
            lines.append("| " + " | ".join(x.replace("|", "/") for x in cells) + " |")
        lines.append("")
    return "\n".join(lines)


def write_summary_docx(summary: Summary, path: str | Path) -> Path:
    """Write the summary as a Word document: headings, bullet lists, a table of cited documents."""
    from docx import Document as Docx

    m = summary.metadata
    out = Docx()
    out.add_heading(f"Tóm tắt: {_flat(m.title) if m.title else Path(summary.path).name}", level=1)
    for k, v in _metadata_lines(m):
        p = out.add_paragraph()
        p.add_run(f"{k}: ").bold = True
        p.add_run(v)
    for part in PARTS:
        items = getattr(summary, part)
        if not items:
            continue
        out.add_heading(PART_TITLES[part], level=2)
        for it in items:
            p = out.add_paragraph(style="List Bullet")
            if part == "directives" and it.actor:
                p.add_run(_flat(it.actor) + ": ").bold = True
            p.add_run(_flat(it.text) + (" …" if it.clipped else ""))
            if part == "directives" and it.deadline:
                p.add_run(f" (thời hạn: {_flat(it.deadline)})").italic = True
            if part == "directives" and it.status == "done":
                p.add_run(" (đã thực hiện)").italic = True
            if it.section:
                p.add_run(f" [{it.section}]").italic = True
    if summary.citations:
        out.add_heading(PART_TITLES["citations"], level=2)
        table = out.add_table(rows=1, cols=5)
        table.style = "Table Grid"
        for cell, label in zip(table.rows[0].cells, ("Số hiệu", "Loại", "Ngày", "Trích yếu", "Số lần")):
            cell.text = label
        for c in summary.citations:
            row = table.add_row().cells
            for cell, value in zip(row, (c.number or "", c.type or "", c.date or "",
                                         _flat(c.title or c.text), str(c.mentions))):
                cell.text = value
    path = Path(path)
    out.save(str(path))
    return path
