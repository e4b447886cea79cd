"""Document text as safe HTML with nested, possibly overlapping spans marked.

Every piece of document text goes through ``markupsafe.escape``; only the tags built here are
markup. Spans that cross a span opened before them are cut at its end and go on after it, so the
output always nests properly ("Nghị quyết số 20-NQ/TW ngày 01/11/2012" inside a directive).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Mark:
    """A span to wrap: ``<tag class=css title=title href=href id=id>``."""
    start: int
    end: int
    css: str
    title: str | None = None
    href: str | None = None
    id: str | None = None
    rank: int = 0            # among spans with the same start and end, lower rank is outer

    def open_tag(self) -> str:
        tag = "a" if self.href else ("mark" if self.css.startswith("hl") else "span")
        attrs = [f'class="{escape(self.css)}"']
        if self.id:
            attrs.append(f'id="{escape(self.id)}"')
        if self.title:
            attrs.append(f'title="{escape(self.title)}"')
        if self.href:
            attrs.append(f'href="{escape(self.href)}"')
        return f"<{tag} {' '.join(attrs)}>"

    def close_tag(self) -> str:
        return "</a>" if self.href else ("</mark>" if self.css.startswith("hl") else "</span>")


def _key(m: Mark):
    return (m.start, -(m.end - m.start), m.rank)


def _render(text: str, a: int, b: int, marks: list[Mark], out: list[str], in_link: bool = False) -> None:
    pos = a
    todo = sorted(marks, key=_key)
    i = 0
    while i < len(todo):
        m = todo[i]
        i += 1
        if m.start < pos:  # overlaps a sibling already written: keep only what follows it
            m = replace(m, start=pos, id=None)
        if m.start >= m.end:
            continue
        if in_link and m.href:  # no link inside a link
            m = replace(m, href=None)
        # Sorted by start, the marks inside ``m`` follow it; those reaching past its end go
        # on after it (rare: the list is re-sorted only then).
        inside, spill = [], []
        while i < len(todo) and todo[i].start < m.end:
            x = todo[i]
            inside.append(replace(x, end=min(x.end, m.end)) if x.end > m.end else x)
            if x.end > m.end:
                spill.append(replace(x, start=m.end, id=None))
            i += 1
        if spill:
            todo, i = sorted(spill + todo[i:], key=_key), 0
        out.append(str(escape(text[pos:m.start])))
        out.append(m.open_tag())
        _render(text, m.start, m.end, inside, out, in_link or bool(m.href))
        out.append(m.close_tag())
        pos = m.end
    out.append(str(escape(text[pos:b])))


def render_marked(text: str, marks: list[Mark], start: int = 0, end: int | None = None) -> Markup:
    """``text[start:end]`` escaped, with ``marks`` (clipped to the range) as nested tags.

    >>> str(render_marked("a <b> c", [Mark(0, 1, "x")]))
    '<span class="x">a</span> &lt;b&gt; c'
    """
    end = len(text) if end is None else end
    clipped = [replace(m, start=max(m.start, start), end=min(m.end, end))
               for m in marks if m.end > start and m.start < end and m.end > m.start]
    out: list[str] = []
    _render(text, start, end, clipped, out)
    return Markup("".join(out))


def snippet(text: str, spans: tuple[tuple[int, int], ...] | list, width: int = 420) -> Markup:
    """A search passage cut to ``width`` characters around its first highlight, with the
    highlighted words in ``<mark>``."""
    first = spans[0][0] if spans else 0
    a = max(0, first - width // 3) if len(text) > width else 0
    b = min(len(text), a + width)
    if a:
        sp = text.find(" ", a, first if spans else b)
        a = sp + 1 if sp != -1 else a
    if b < len(text):
        sp = text.rfind(" ", a, b)
        b = sp if sp > a else b
    body = render_marked(text, [Mark(s, e, "hl-word") for s, e in spans], a, b)
    return Markup(("… " if a else "") + str(body) + (" …" if b < len(text) else ""))
