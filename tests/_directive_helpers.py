"""Directives of a text analysed in memory, as the class tables read them: the whole pipeline up to
``find_directives`` on a ``RawDocument`` (normalise, structure, segment, roles), no store."""
from __future__ import annotations

from vanban.pipeline.extract.directives import find_directives
from vanban.pipeline.extract.roles import assign_roles
from vanban.pipeline.model import RawDocument
from vanban.pipeline.normalize import normalize
from vanban.pipeline.segment import segment
from vanban.pipeline.structure import structure


def directives_of(text: str, kind: str = "md"):
    doc = assign_roles(segment(structure(normalize(RawDocument(f"mem.{kind}", kind, text, "0")))))
    return find_directives(doc)


def opening_actors(text: str, words: int) -> list[tuple[str, str | None]]:
    """(first ``words`` words, actor) of each directive of ``text`` read as a plain-text file (a gazette's
    text layer)."""
    return [(" ".join(d.text.split()[:words]), d.actor) for d in directives_of(text, "txt")]


def got(text: str) -> list[tuple[str, str | None]]:
    """(text with its spaces collapsed, actor) of each directive found in ``text``."""
    return [(" ".join(d.text.split()), d.actor) for d in directives_of(text)]


def opening(found: list[tuple[str, str | None]], words: str) -> list[tuple[str, str | None]]:
    """The rows of ``found`` whose text opens with ``words``."""
    return [(t, a) for t, a in found if t.startswith(words)]


def found_txt(text: str) -> list[tuple[str, str | None]]:
    """(text with its spaces collapsed, actor) of each directive of ``text`` read as a plain-text file."""
    return [(" ".join(d.text.split()), d.actor) for d in directives_of(text, "txt")]


def clause_actors(head: str, sentence: str) -> list[str | None]:
    """The actors of the directives opening as ``sentence`` does, when it is clause 1 of the article ``head`` (a
    document's type line, then "Điều N. ...")."""
    return [a for t, a in found_txt(head + "\n1. " + sentence + "\n") if t.startswith(sentence[:20])]
