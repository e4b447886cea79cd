"""What vanban says to people (audit explanations, CLI summaries and errors, web pages), in
Vietnamese by default and in English on request.

The catalogue is gettext's: the code writes the English text as the message id, with named
``{placeholders}``; ``models/locale/vi.po`` holds the Vietnamese (edit it with any PO editor; it is
read as it is at run time, nothing to compile). A message that the catalogue lacks is shown in
English. The language is, in order: the one passed in, the one set for this context (``--lang``,
the web request's), ``VANBAN_LANG``, else Vietnamese.

>>> tr("wrote {n} findings to {path}", lang="vi", n=3, path="a.csv")
'đã ghi 3 phát hiện vào a.csv'
>>> msg("on or before {date}", date="18/02/2025").render("vi")
'trước hoặc vào ngày 18/02/2025'
"""
from __future__ import annotations

import os
import re
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from typing import Any

from vanban.pipeline.resources import model_file

LANGS = ("vi", "en")
DEFAULT_LANG = "vi"
SOURCE_LANG = "en"      # the language of the message ids

_current: ContextVar[str | None] = ContextVar("vanban_lang", default=None)


def normalize_lang(value: str | None) -> str | None:
    """"vi", "vi_VN.UTF-8", "en-US" -> "vi" / "en"; None for a language vanban does not speak."""
    code = re.split(r"[-_.@;]", (value or "").strip().lower(), maxsplit=1)[0]
    return code if code in LANGS else None


def default_lang() -> str:
    """``VANBAN_LANG`` if it names a language vanban speaks, else Vietnamese."""
    return normalize_lang(os.environ.get("VANBAN_LANG")) or DEFAULT_LANG


def current_lang() -> str:
    return _current.get() or default_lang()


def set_lang(lang: str | None) -> None:
    """Set the language for this context (the CLI's ``--lang``, a web request's choice)."""
    _current.set(normalize_lang(lang))


def negotiate(accept_language: str | None) -> str | None:
    """The best language of an ``Accept-Language`` header that vanban speaks, or None.

    >>> negotiate("en-US,en;q=0.9,vi;q=0.8"), negotiate("fr, vi;q=0.5"), negotiate("fr")
    ('en', 'vi', None)
    """
    best: tuple[float, str] | None = None
    for i, part in enumerate((accept_language or "").split(",")[:20]):
        tag, _, q = part.strip().partition(";q=")
        lang = normalize_lang(tag)
        try:
            weight = float(q) if q else 1.0
        except ValueError:
            continue
        if lang and weight > 0 and (best is None or weight > best[0]):
            best = (weight, lang)
    return best[1] if best else None


# --- the catalogue ------------------------------------------------------------------------

_PO_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


def _unquote(line: str) -> str:
    m = _PO_STRING.search(line)
    if not m:
        return ""
    return re.sub(r"\\(.)", lambda e: _ESCAPES.get(e.group(1), e.group(1)), m.group(1))


def read_po(text: str) -> dict[str, str]:
    """msgid -> msgstr of a PO file; fuzzy and untranslated entries are left out (shown in the
    source language)."""
    out: dict[str, str] = {}
    entry: dict[str, str] = {}
    field = None
    fuzzy = False

    def flush():
        if entry.get("msgid") and entry.get("msgstr") and not fuzzy and "msgctxt" not in entry:
            out[entry["msgid"]] = entry["msgstr"]

    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        if s.startswith("#"):
            if s.startswith("#,") and "fuzzy" in s:
                flush()
                entry, field, fuzzy = {}, None, True
            continue
        if s.startswith('"') and field:
            entry[field] += _unquote(s)
            continue
        key = s.split(None, 1)[0]
        if key == "msgid" and (field == "msgstr" or field == "msgctxt" and "msgid" in entry):
            flush()
            entry, fuzzy = {}, False
        if key in ("msgid", "msgstr", "msgctxt", "msgid_plural") or key.startswith("msgstr["):
            field = "msgstr" if key.startswith("msgstr") else key
            entry[field] = _unquote(s)
    flush()
    return out


@cache
def catalogue(lang: str) -> dict[str, str]:
    """The translations for ``lang`` (empty for English: the message ids are English)."""
    if lang == SOURCE_LANG:
        return {}
    po = model_file(f"locale/{lang}.po")
    return read_po(po.read_text(encoding="utf-8")) if po.is_file() else {}


def tr(msgid: str, lang: str | None = None, /, **params: Any) -> str:
    """``msgid`` in ``lang`` (default: the current language), its ``{placeholders}`` filled."""
    lang = normalize_lang(lang) or current_lang()
    text = catalogue(lang).get(msgid, msgid)
    if not params:
        return text
    return text.format(**{k: _render(v, lang) for k, v in params.items()})


_FIELD = re.compile(r"\{(\w+)(?:![rsa])?(?::[^{}]*)?\}")


@cache
def _shapes(lang: str) -> tuple[tuple[re.Pattern, str], ...]:
    """(regex of an English message with placeholders, its translation with plain ``{name}``s)."""
    out = []
    for msgid, text in catalogue(lang).items():
        fields = _FIELD.findall(msgid)
        if not fields or msgid.startswith("{"):
            continue  # a message that opens with a value matches too much to be read back
        pattern, seen, pos = "", set(), 0
        for m in _FIELD.finditer(msgid):
            pattern += re.escape(msgid[pos:m.start()])
            name = m.group(1)
            pattern += f"(?P={name})" if name in seen else f"(?P<{name}>.+?)"
            seen.add(name)
            pos = m.end()
        pattern += re.escape(msgid[pos:])
        out.append((re.compile(pattern, re.S), _FIELD.sub(lambda m: "{" + m.group(1) + "}", text)))
    return tuple(sorted(out, key=lambda x: -len(x[0].pattern)))


def translate_text(text: str, lang: str | None = None) -> str:
    """An English message that was filled in elsewhere (a reader's reason for refusing a file,
    carried across processes and kept in the store) in ``lang``: the catalogue entry it is an
    instance of, its values kept; unchanged if the catalogue has no such entry.

    >>> translate_text("timed out after 5 s in segment (raise --file-timeout)", "vi")
    'quá thời gian 5 giây ở bước segment (tăng --file-timeout)'
    """
    lang = normalize_lang(lang) or current_lang()
    if lang == SOURCE_LANG or not text:
        return text
    exact = catalogue(lang).get(text)
    if exact is not None:
        return exact
    for pattern, translated in _shapes(lang):
        m = pattern.fullmatch(text)
        if m:
            return translated.format(**m.groupdict())
    return text


def N_(msgid: str) -> str:
    """Marks a message id for the catalogue where it is translated later (a table of labels)."""
    return msgid


@dataclass(frozen=True, slots=True)
class Message:
    """A message id with its parameters, rendered when shown, in the reader's language.
    A parameter may itself be a ``Message``, or a tuple of them (joined with "; ")."""
    msgid: str
    params: tuple[tuple[str, Any], ...] = ()

    def render(self, lang: str | None = None) -> str:
        return tr(self.msgid, lang, **dict(self.params))


def msg(msgid: str, /, **params: Any) -> Message:
    return Message(msgid, tuple(params.items()))


def _render(value: Any, lang: str) -> Any:
    if isinstance(value, Message):
        return value.render(lang)
    if isinstance(value, tuple) and value and all(isinstance(v, Message) for v in value):
        return "; ".join(v.render(lang) for v in value)
    return value
