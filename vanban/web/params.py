"""Limits on what requests may send, shared by the routes (every query is bounded)."""
from __future__ import annotations

from typing import Literal

from fastapi import Query

from vanban.web.pages import MAX_QUERY

MAX_K = 100
Mode = Literal["hybrid", "dense", "lexical"]
Severity = Literal["error", "warning", "format"]

DOC_ID = dict(ge=1, le=2**62)
YEAR = dict(ge=1900, le=2100)
TEXT = dict(max_length=200)
Q = Query("", max_length=MAX_QUERY, description="words (tones optional) or a number")
# A plain HTML form sends empty fields ("year_from="): the pages take them as absent.
YEAR_FIELD = Query("", max_length=4, pattern=r"^\d{0,4}$")
MAX_NUMBER = 100       # a document number in a path ("20-NQ/TW")
