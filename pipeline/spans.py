"""Look-ups over spans of a document in logarithmic time.

Every step asks, inside a loop over the document, "which section holds this offset?", "does this
sentence overlap a list item?", "is this offset inside a closing zone?". A scan of all spans for
each question makes a step quadratic: a 10 MB report took minutes. These indexes answer in
O(log n) after an O(n log n) build, with exactly the answer the scan gave.

>>> spans = SpanSet([(0, 10), (20, 30)])
>>> spans.holds(25), spans.holds(15), spans.overlaps(8, 21), spans.covers(22, 31, slack=1)
(True, False, True, True)
>>> best = Stabbing([(0, 100, "I"), (10, 50, "I.1"), (20, 30, "I.1.a")])
>>> best.find(25), best.find(40), best.find(200)
('I.1.a', 'I.1', None)
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Any


class SpanSet:
    """A fixed set of spans ``(start, end)``: the questions a scan ``any(... for s, e in spans)``
    answered, each by one bisect over the starts and a running maximum of the ends."""

    __slots__ = ("starts", "max_end")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.max_end: list[int] = []   # max_end[i]: the greatest end among the first i+1 spans
        top = None
        for _, e in ordered:
            top = e if top is None or e > top else top
            self.max_end.append(top)

    def __len__(self) -> int:
        return len(self.starts)

    def _max_end_before(self, k: int):
        return self.max_end[k - 1] if k > 0 else None

    def holds(self, pos: int) -> bool:
        """Some span has ``start <= pos < end``."""
        top = self._max_end_before(bisect_right(self.starts, pos))
        return top is not None and top > pos

    def overlaps(self, a: int, b: int) -> bool:
        """Some span has ``a < end and start < b``."""
        top = self._max_end_before(bisect_left(self.starts, b))
        return top is not None and top > a

    def covers(self, a: int, b: int, slack: int = 0) -> bool:
        """Some span has ``start <= a and b <= end + slack``."""
        top = self._max_end_before(bisect_right(self.starts, a))
        return top is not None and b <= top + slack


class Stabbing:
    """Among the spans ``(start, end, key)`` that hold an offset, the greatest key.

    A segment tree over the spans' ends: each span is stored in O(log n) nodes, a query reads
    the O(log n) nodes above the offset's leaf. Keys are compared with ``>`` only; encode a
    tie-break in the key (``(level, index)`` for "the deepest, the later one on a tie")."""

    __slots__ = ("coords", "size", "tree")

    def __init__(self, spans: Iterable[tuple[int, int, Any]]):
        spans = [(s, e, k) for s, e, k in spans if s < e]
        self.coords = sorted({x for s, e, _ in spans for x in (s, e)})
        index = {x: i for i, x in enumerate(self.coords)}
        self.size = max(len(self.coords) - 1, 1)   # leaf i: [coords[i], coords[i + 1])
        tree: list[Any] = [None] * (2 * self.size)
        for s, e, key in spans:
            lo, hi = index[s] + self.size, index[e] + self.size
            while lo < hi:
                if lo & 1:
                    if tree[lo] is None or key > tree[lo]:
                        tree[lo] = key
                    lo += 1
                if hi & 1:
                    hi -= 1
                    if tree[hi] is None or key > tree[hi]:
                        tree[hi] = key
                lo >>= 1
                hi >>= 1
        self.tree = tree

    def find(self, pos: int) -> Any:
        """The greatest key among the spans holding ``pos``, or None."""
        leaf = bisect_right(self.coords, pos) - 1
        if leaf < 0 or leaf >= len(self.coords) - 1:
            return None
        best = None
        i = leaf + self.size
        tree = self.tree
        while i >= 1:
            k = tree[i]
            if k is not None and (best is None or k > best):
                best = k
            i >>= 1
        return best
