"""What every page shares: the templates (Jinja, every piece of document text escaped), the
links between pages, how dates, numbers and titles are written, and the timeline chart."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader
from markupsafe import Markup, escape

from vanban.pipeline.lineage import relation_label
from vanban.pipeline.messages import N_, current_lang, tr
from vanban.web import models as M

MAX_QUERY = 500

LEGEND = (("cit", N_("Citations"), "citation"), ("date", N_("Dates"), "date"),
          ("qty", N_("Figures"), "quantity"), ("dir", N_("Tasks and directives"), "directive"))
PART_TITLES = {"figures": N_("Key figures"), "achievements": N_("Achievements"), "limitations": N_("Limitations"),
               "causes": N_("Causes"), "directives": N_("Tasks and directives"), "citations": N_("Cited documents")}


def file_name(path: str | None) -> str:
    return Path(path).name if path else ""


def year_of(iso: str | None) -> int | None:
    return int(iso[:4]) if iso and iso[:4].isdigit() else None


def vn_date(iso: str | None) -> str:
    if iso and re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return f"{iso[8:]}/{iso[5:7]}/{iso[:4]}"
    return iso or ""


def vn_number(v: float | None) -> str:
    if v is None:
        return ""
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", ".")
    return f"{v:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def lineage_url(number: str) -> str:
    return "/lineage/" + quote(number, safe="/")


def cite_url(number: str) -> str:
    """``/cite/20-NQ/TW`` (the slash kept: the route takes the rest of the path)."""
    return "/cite/" + quote(number, safe="/")


def doc_url(doc_id: int, start: int | None = None, end: int | None = None) -> str:
    if start is None or end is None:
        return f"/doc/{doc_id}"
    return f"/doc/{doc_id}?hl={start}-{end}#hl"


def display_title(title: str | None, doc_type: str | None, number: str | None, path: str | None) -> str:
    """The title, else "Hướng dẫn 143-HD/BTGTW", else the file name."""
    if title:
        return title
    if doc_type or number:
        return " ".join(x for x in (doc_type, number) if x)
    return file_name(path)


def int_or_none(s: str | None) -> int | None:
    return int(s) if s and s.isdigit() else None


def lang_url(request: Request, lang: str) -> str:
    """This page in another language: the same path and query, ``lang`` set."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"] + [("lang", lang)]
    return request.url.path + "?" + urlencode(params)


def code(text: str) -> Markup:
    return Markup("<code>{}</code>").format(text)


def trm(msgid: str, **params) -> Markup:
    """A message with HTML parameters (``code(...)``): the translation is escaped, then filled."""
    return Markup(escape(tr(msgid))).format(**params)


# Templates are package data, found through the import system wherever the wheel was installed.
templates = Jinja2Templates(env=Environment(loader=PackageLoader("vanban.web", "templates"), autoescape=True))
templates.env.globals.update(tr=tr, trm=trm, code=code, lang_url=lang_url, relation_label=relation_label,
                             current_lang=current_lang, display_title=display_title, cite_url=cite_url,
                             doc_url=doc_url, lineage_url=lineage_url, vn_date=vn_date, name=file_name,
                             LEGEND=LEGEND, MAX_QUERY=MAX_QUERY)


def page(request: Request, template: str, status: int = 200, **ctx) -> HTMLResponse:
    """A page rendered from ``templates/<template>`` with ``ctx``."""
    return templates.TemplateResponse(request, template, ctx, status_code=status)


def timeline_svg(years: list[M.YearCount], width: int = 330, height: int = 170) -> dict | None:
    """Geometry of the hits-per-year bar chart (every year between the first and last shown)."""
    known = sorted((y for y in years if y.year is not None), key=lambda y: y.year)
    if not known:
        return None
    lo, hi = known[0].year, known[-1].year
    counts = {y.year: y for y in known}
    span = list(range(lo, hi + 1))
    top = max(y.count for y in known)
    pad_l, pad_b, pad_t = 24, 22, 16
    bw = (width - pad_l - 4) / len(span)
    step = -(-len(span) // 7)  # about seven year labels
    bars = []
    for i, yr in enumerate(span):
        yc = counts.get(yr)
        n = yc.count if yc else 0
        h = (height - pad_b - pad_t) * n / top if top else 0
        bars.append({"year": yr, "count": n, "docs": yc.documents if yc else 0,
                     "x": round(pad_l + i * bw + bw * 0.12, 1), "w": round(bw * 0.76, 1),
                     "y": round(height - pad_b - h, 1), "h": round(h, 1),
                     "cx": round(pad_l + i * bw + bw / 2, 1),
                     "label": (yr - lo) % step == 0 or yr == hi and (yr - lo) % step > step // 2})
    return {"width": width, "height": height, "bars": bars, "top": top, "base": height - pad_b,
            "pad_l": pad_l, "pad_t": pad_t}
