"""Pinpoints: the article, clause and point a citation points into ("điểm a khoản 2 Điều 5 Nghị định
số 72/2020/NĐ-CP" -> article "5", clause "2", point "a"), read from the words right before it.
Used by ``extract.relations``."""
from __future__ import annotations

import re
from functools import cache

from vanban.pipeline.model import Pinpoint
from vanban.pipeline.resources import load_json


@cache
def _pinpoint() -> re.Pattern:
    """``models/relations.json`` "pinpoint": the chain that ends right before a citation."""
    return re.compile(load_json("relations.json")["pinpoint"]["pattern"] + r"$", re.IGNORECASE)


def find_pinpoint(text: str, start: int) -> tuple[Pinpoint | None, int]:
    """The article, clause and point written right before a citation at ``start``, and where
    that chain starts ("khoản 3 Điều 12 Nghị định số 155/2025/NĐ-CP" -> Điều 12 khoản 3).

    >>> find_pinpoint("theo điểm a khoản 2 Điều 5 Nghị định số 72/2020/NĐ-CP", 27)
    (Pinpoint(article='5', clause='2', point='a'), 5)
    >>> find_pinpoint("tại Khoản 2, 3, 4, 5 Điều 27 Nghị định số 140/2025/NĐ-CP", 29)[0]
    Pinpoint(article='27', clause='5', point=None)
    >>> find_pinpoint("tại các Điều 28, 30 và 32 Nghị định 58/2024/NĐ-CP", 26)[0]
    Pinpoint(article='32', clause=None, point=None)
    """
    lo = max(0, start - 80)
    m = _pinpoint().search(text, lo, start)
    if m is None:
        return None, start
    point = m.group("point")
    return Pinpoint(article=m.group("article") or m.group("last_article"), clause=m.group("clause"),
                    point=point.lower() if point else None), m.start()
