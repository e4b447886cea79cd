"""spaCy components: the three finders as pipes registered by name.

>>> nlp = blank_pipeline()
>>> for name in ("vanban_citations", "vanban_dates", "vanban_quantities"):
...     _ = nlp.add_pipe(name)
>>> doc = nlp("Thực hiện Nghị quyết số 20-NQ/TW, ngày 01/11/2012, đã mở trên 500 lớp tập huấn.")
>>> [(s.text, s._.citation.number) for s in doc.spans["citations"]]
[('Nghị quyết số 20-NQ/TW, ngày 01/11/2012', '20-NQ/TW')]

Each pipe sets ``doc.spans["citations" | "dates" | "quantities"]``; the extracted object
(``Citation``, ``DateMention``, ``Quantity``) is on the span extension ``span._.citation``,
``span._.date`` or ``span._.quantity``. Spans are expanded to token boundaries; the object keeps
the exact character offsets.

``blank_pipeline()`` gives ``spacy.blank("xx")``: it works offline and splits punctuation, so
spans fit the text ("2012," is two tokens). ``spacy.blank("vi")`` needs pyvi, or
``use_pyvi=False``, and then splits on spaces only; the pipes work on it too, with spans
expanded to whole space-separated tokens. ``blank_pipeline("vi")`` builds that one.
"""
from __future__ import annotations

from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from vanban.pipeline.extract.citations import find_citations
from vanban.pipeline.extract.dates import find_dates
from vanban.pipeline.extract.quantities import find_quantities

def _getter(ext: str):
    # items live in doc.user_data and each span carries its index as ``span.id``: two items
    # can share one token span ("2016-2020" is one token in spaCy's "vi") without clashing
    def get(span: Span):
        items = span.doc.user_data.get(("vanban", ext))
        if items is None or span.label_ != ext or not 0 <= span.id < len(items):
            return None
        return items[span.id]
    return get


for _ext in ("citation", "date", "quantity"):
    if not Span.has_extension(_ext):
        Span.set_extension(_ext, getter=_getter(_ext))


def blank_pipeline(lang: str = "xx") -> Language:
    """A blank pipeline that needs no model and no network."""
    import spacy
    if lang == "vi":
        try:
            return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
        except Exception:  # pyvi option missing in this spaCy: fall back
            pass
    return spacy.blank("xx")


def _spans(doc: Doc, items, ext: str) -> list[Span]:
    doc.user_data[("vanban", ext)] = list(items)
    out = []
    for i, it in enumerate(items):
        span = doc.char_span(it.start, it.end, alignment_mode="expand")
        if span is None:
            continue
        out.append(Span(doc, span.start, span.end, label=ext, span_id=i))
    return out


class _Finder:
    def __init__(self, key: str, ext: str, finder: Callable):
        self.key, self.ext, self.finder = key, ext, finder

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.key] = _spans(doc, self.finder(doc.text), self.ext)
        return doc


@Language.factory("vanban_citations")
def make_citations(nlp: Language, name: str) -> _Finder:
    return _Finder("citations", "citation", find_citations)


@Language.factory("vanban_dates")
def make_dates(nlp: Language, name: str) -> _Finder:
    return _Finder("dates", "date", find_dates)


@Language.factory("vanban_quantities")
def make_quantities(nlp: Language, name: str) -> _Finder:
    return _Finder("quantities", "quantity", find_quantities)
