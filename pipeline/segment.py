"""Segmentation: sentences and words with underthesea, with exact offsets into ``doc.text``.

``segment(doc)`` splits each paragraph (and each section heading) into sentences with
``underthesea.sent_tokenize`` and each sentence into words with underthesea's CRF word
segmenter. Document numbers ("20-NQ/TW", "08/2014/NĐ-CP"), dates ("01/11/2012") and numbers
("118.750", "95,5%") are protected: sentence splitting never breaks inside them, nor after the
abbreviations listed in ``models/structure/abbreviations.txt`` ("TP.", "ThS.", "PGS."), and each
stays one token. Every token is ``doc.text[start:end]`` exactly, so a word of several syllables
keeps the spacing of the text ("khoa học").

>>> from vanban.pipeline.model import Document
>>> text = "Dân số 118.750 người, đạt 95,5%. Thực hiện Nghị quyết số 20-NQ/TW."
>>> doc = segment(Document(path="x", sha256="", format="txt", text=text, source_text=text))
>>> [doc.text[s.start:s.end] for s in doc.sentences]
['Dân số 118.750 người, đạt 95,5%.', 'Thực hiện Nghị quyết số 20-NQ/TW.']
>>> [t.text for t in doc.sentences[1].tokens]
['Thực hiện', 'Nghị quyết', 'số', '20-NQ/TW', '.']
"""
from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cache

from vanban.pipeline.model import Document, Sentence, Token
from vanban.pipeline.read.furniture import furniture_tail
from vanban.pipeline.resources import model_lines
from vanban.pipeline.spans import Stabbing
from vanban.pipeline.text.labels import PARAGRAPH_MARK
from vanban.pipeline.text.numbers import PROTECTED_RE





@cache
def abbreviations() -> tuple[str, ...]:
    """Abbreviations that end in a dot without ending a sentence, longest first."""
    rows = [ln.strip() for ln in model_lines("structure/abbreviations.txt")]
    return tuple(sorted(set(rows), key=len, reverse=True))


@cache
def _abbrev_re() -> re.Pattern:
    alts = "|".join(re.escape(a) for a in abbreviations())
    return re.compile(rf"(?<![\wĐđ])(?:{alts})(?=\s|$)")


# PROTECTED_RE tried only where a run of digits starts: tried inside a run as well (each of its
# alternatives opens with digits), it re-read the rest of the run from every digit, and a run of
# 20,000 digits took 15 s. Nothing matches inside a run where nothing matched at its start (each
# alternative goes on past the run the same way), except after a match that ended inside the
# run ("1.234" of "1.2345%"): there the full pattern is tried once, as finditer would.
_PROTECTED_AT_RUN = re.compile(r"(?<!\d)(?:" + PROTECTED_RE.pattern + ")")


def _protected_matches(text: str, start: int, end: int):
    """``PROTECTED_RE.finditer(text, start, end)``, in time linear in the text."""
    pos = start
    while pos < end:
        m = None
        if pos > 0 and text[pos - 1].isdecimal() and text[pos].isdecimal():
            m = PROTECTED_RE.match(text, pos, end)   # inside a run of digits
            if m is None:
                while pos < end and text[pos].isdecimal():
                    pos += 1
        if m is None:
            m = _PROTECTED_AT_RUN.search(text, pos, end)
            if m is None:
                return
        yield m
        pos = m.end()


def protected_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of numbers, dates and document numbers in ``text[start:end]``."""
    end = len(text) if end is None else end
    out = []
    for m in _protected_matches(text, start, end):
        s, e = m.start(), m.end()
        while e > s and text[e - 1] in ".,-–/":
            e -= 1   # a sentence-final dot or a trailing comma is not part of the number
        if e > s:
            out.append((s, e))
    return out


# --- underthesea, loaded once ---------------------------------------------------------------

def _import_underthesea():
    """Import underthesea without its optional translation pipeline: where transformers is
    installed, ``import underthesea`` loads it and torch (about 10 s) for a feature this project
    never uses (it downloads a model). A stand-in module for ``underthesea.pipeline.translate``
    whose ``translate`` raises ImportError keeps that import out; nothing else is touched."""
    import sys
    import types
    if "underthesea" in sys.modules:
        return sys.modules["underthesea"]
    name = "underthesea.pipeline.translate"
    if name not in sys.modules:
        stub = types.ModuleType(name)

        def translate(*_args, **_kwargs):
            raise ImportError("underthesea.translate is disabled in vanban (it downloads a model)")
        stub.translate = translate  # type: ignore[attr-defined]
        sys.modules[name] = stub
    import underthesea
    return underthesea


@cache
def _sentence_splitter():
    """underthesea's sentence splitter, its abbreviation check bounded (``_bounded_splitter``)."""
    import sys
    underthesea = _import_underthesea()
    try:
        st = sys.modules["underthesea.pipeline.sent_tokenize"]
        st._load_model()
        return _bounded_splitter(st.PunktSentenceTokenizer, st.sentence_tokenizer.abbrev_types)
    except (KeyError, AttributeError, TypeError):   # another underthesea: its splitter as it is
        return underthesea.sent_tokenize


def _bounded_splitter(punkt: type, abbrev_types: set[str]):
    """underthesea's Punkt splitter, whose check "is the word before this dot an abbreviation?"
    read back over the whole run of letters, digits and dots before each dot: quadratic on a run
    like "a.b.c.d...". A word longer than the longest abbreviation is none, so the reading stops
    there; every boundary stays where underthesea puts it."""
    longest = max((len(a) for a in abbrev_types), default=0)

    class BoundedPunkt(punkt):
        def _get_preceding_word(self, text, pos):
            start = pos - 1
            while start >= 0 and (text[start].isalnum() or text[start] == "."):
                if pos - start > longest:
                    return None   # longer than any abbreviation: not one
                start -= 1
            return text[start + 1:pos] or None

    return BoundedPunkt(abbrev_types).sentences_from_text


# underthesea's lazy imports and the CRF tagger are not thread-safe (the web app and the
# flow's in-process mode call segment from threads): one lock guards loading and tagging.
_UNDERTHESEA_LOCK = threading.RLock()


@cache
def _word_model():
    """underthesea's CRF word segmenter and its regex pre-tokenizer (shipped in the wheel)."""
    from os.path import dirname, join

    _import_underthesea()
    import underthesea.pipeline.word_tokenize as wt
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger
    from underthesea.pipeline.word_tokenize import regex_tokenize
    model = FastCRFSequenceTagger()
    model.load(join(dirname(wt.__file__), "models", "ws_crf_vlsp2013_20230727"))
    return model, regex_tokenize


def _regex_tokens(regex_tokenize, gap: str):
    """``regex_tokenize.tokenize(gap)`` without normalising (the tokens exactly as written), one at
    a time: each token is the whole match of underthesea's pre-tokenizer pattern (each of its
    alternatives is one named group spanning the match), so its group dictionary need not be
    read, nor a list of every match of a long paragraph be built first."""
    for m in regex_tokenize.patterns.finditer(gap):
        yield m.group()


def _pretokens(text: str, start: int, end: int, protected: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Syllable-level tokens of ``text[start:end]`` as (start, end, is_protected)."""
    with _UNDERTHESEA_LOCK:
        _model, regex_tokenize = _word_model()
    out: list[tuple[int, int, bool]] = []
    pos = start
    for ps, pe in [*protected, (end, end)]:
        if ps > pos:
            gap = text[pos:ps]
            cursor = 0
            for tok in _regex_tokens(regex_tokenize, gap):
                i = gap.find(tok, cursor)
                if i < 0:   # the pre-tokenizer altered the text: fall back to whitespace words
                    out.extend((pos + m.start(), pos + m.end(), False)
                               for m in re.finditer(r"\S+", gap) if m.start() >= cursor)
                    break
                out.append((pos + i, pos + i + len(tok), False))
                cursor = i + len(tok)
        if pe > ps:
            out.append((ps, pe, True))
        pos = max(pos, pe)
    return out


# The CRF reads a sentence at once, with about 45 feature strings per syllable: a "sentence" of a
# million syllables (a long text with no full stop) needed gigabytes. Longer runs are tagged in
# windows of at most this many syllables, cut after punctuation where there is some. No sentence
# of the corpora comes near (the longest has 329).
MAX_TAGGED = 1000


def _tagging_windows(text: str, pre: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """Slices of ``pre`` tagged one at a time: the whole when short enough, else windows of at
    most ``MAX_TAGGED`` cut after the last punctuation mark in their second half."""
    out, a = [], 0
    while len(pre) - a > MAX_TAGGED:
        b = a + MAX_TAGGED
        cut = next((k + 1 for k in range(b - 1, a + MAX_TAGGED // 2, -1)
                    if not any(c.isalnum() for c in text[pre[k][0]:pre[k][1]])), b)
        out.append((a, cut))
        a = cut
    out.append((a, len(pre)))
    return out


def word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Word spans of ``text[start:end]``: syllables joined by the CRF, protected spans alone."""
    protected = protected_spans(text, start, end)
    pre = _pretokens(text, start, end, protected)
    if not pre:
        return []
    model, _ = _word_model()
    tags: list[str] = []
    for a, b in _tagging_windows(text, pre):
        with _UNDERTHESEA_LOCK:
            tags += model.predict([[text[s:e]] for s, e, _p in pre[a:b]])
    words: list[list[int]] = []
    prev_protected = True
    for (s, e, prot), tag in zip(pre, tags):
        joinable = (tag == "I-W" and words and not prot and not prev_protected
                    and text[words[-1][1]:s].isspace() and "\n" not in text[words[-1][1]:s])
        if joinable:
            words[-1][1] = e
        else:
            words.append([s, e])
        prev_protected = prot
    return [(s, e) for s, e in words]


# --- sentences ------------------------------------------------------------------------------

def _mask(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with the dots inside protected spans and abbreviations hidden, so that
    the sentence splitter cannot break there; same length, so offsets carry over."""
    chunk = list(text[start:end])
    spans = protected_spans(text, start, end)
    spans += [(m.start(), m.end()) for m in _abbrev_re().finditer(text, start, end)]
    mark = PARAGRAPH_MARK.match(text, start, end)
    if mark:
        spans.append(mark.span())
    for s, e in spans:
        for i in range(s, e):
            if chunk[i - start] in ".?!":
                chunk[i - start] = "_"
    return "".join(chunk)


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph ``text[start:end]``."""
    masked = _mask(text, start, end)
    if not masked.strip():
        return []
    out = []
    cursor = 0
    with _UNDERTHESEA_LOCK:
        sents = _sentence_splitter()(masked)
    for sent in sents:
        sent = sent.strip()
        if not sent:
            continue
        i = masked.find(sent, cursor)
        if i < 0:   # splitter changed the text: keep the rest as one sentence
            break
        out.append((start + i, start + i + len(sent)))
        cursor = i + len(sent)
    rest = masked[cursor:]
    if rest.strip():
        lead = len(rest) - len(rest.lstrip())
        out.append((start + cursor + lead, start + cursor + len(rest.rstrip())))
    return out


def _units(doc: Document) -> list[tuple[int, int]]:
    """Spans that sentences must not cross: paragraphs (lines), with a section heading that
    ends in punctuation inside its line ("3. Đẩy mạnh chuyển đổi số. Tiếp tục ...") cut off
    from the body that follows it."""
    text = doc.text
    cuts = sorted({s.heading_end for s in doc.sections
                   if 0 < s.heading_end < len(text) and text[s.heading_end - 1] in ".:!?"})
    units = []
    pos = 0
    furniture_at = furniture_tail(text)   # Công báo page headers gathered after the text: no sentences
    for line in text[:furniture_at].split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        inside = cuts[bisect_right(cuts, s):bisect_left(cuts, e)]
        points = [s] + inside + [e]
        for a, b in zip(points, points[1:]):
            seg = text[a:b]
            if seg.strip():
                lead = len(seg) - len(seg.lstrip())
                units.append((a + lead, a + len(seg.rstrip())))
    return units


def _section_finder(doc: Document):
    """start -> id of the deepest section containing it: of the sections holding it, the last
    in (start, longest first) order."""
    secs = sorted(doc.sections, key=lambda s: (s.start, -s.end))
    index = Stabbing((s.start, s.end, i) for i, s in enumerate(secs))

    def find(pos: int) -> str | None:
        i = index.find(pos)
        return secs[i].id if i is not None else None
    return find


def segment(doc: Document, words: bool = True) -> Document:
    """Fill ``sentences`` (and their ``tokens`` unless ``words=False``).

    Sentences never cross a paragraph break or a section heading; ``Sentence.section`` is the
    id of the deepest section that contains the sentence's start.
    """
    text = doc.text
    find = _section_finder(doc)
    sentences = []
    for us, ue in _units(doc):
        for s, e in sentence_spans(text, us, ue):
            toks: tuple[Token, ...] = ()
            if words:
                toks = tuple(Token(text[a:b], a, b) for a, b in word_spans(text, s, e))
            sentences.append(Sentence(start=s, end=e, section=find(s), tokens=toks))
    return replace(doc, sentences=tuple(sentences))
