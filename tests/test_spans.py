"""vanban.pipeline.spans answers exactly what a scan over all spans answers."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.pipeline.spans import SpanSet, Stabbing

spans_st = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=25)


@settings(max_examples=300, deadline=None)
@given(spans_st, st.integers(-2, 62), st.integers(-2, 62), st.integers(0, 2))
def test_span_set_agrees_with_a_scan(spans, a, b, slack):
    index = SpanSet(spans)
    assert index.holds(a) == any(s <= a < e for s, e in spans)
    assert index.overlaps(a, b) == any(a < e and s < b for s, e in spans)
    assert index.covers(a, b, slack) == any(s <= a and b <= e + slack for s, e in spans)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60), st.integers(0, 5)), max_size=25),
       st.integers(-2, 62))
def test_stabbing_finds_the_greatest_key_holding_an_offset(spans, pos):
    keyed = [(s, e, (level, i)) for i, (s, e, level) in enumerate(spans)]
    want = max(((level, i) for s, e, (level, i) in keyed if s <= pos < e), default=None)
    assert Stabbing(keyed).find(pos) == want


def test_an_empty_index_holds_nothing():
    assert Stabbing([]).find(3) is None
    assert not SpanSet([]).holds(3) and not SpanSet([]).overlaps(0, 9) and not SpanSet([]).covers(0, 1)
