"""Properties of the three finders on any text: no exception, every span indexes the text."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.pipeline.extract.citations import find_citations
from vanban.pipeline.extract.dates import find_dates
from vanban.pipeline.extract.quantities import find_quantities

# pieces real documents are made of, so random texts hit the patterns' edges
PIECES = [
    "Nghị quyết", "số", "Số:", "ngày", "tháng", "năm", "quý", "Quy định", "Kết luận", "Luật", "khóa",
    "NQ", "TW", "QĐ", "QĐi", "CTr", "HU", "TTg", "UBND", "QH13", "NQTW", "KL", "của", "Ban Bí thư",
    "trên", "khoảng", "đạt", "tăng", "%", "tỷ đồng", "người", "ha", "xã", "tuổi", "hai", "mười", "lăm",
    "phần", "ba", "nửa", "một", "thứ", "nêu trên", "Điều", "khoản", "giai đoạn", "từ", "đến", "lên",
    "/", "-", "–", ".", ",", ";", ":", "(", ")", "“", "”", '"', "\n", " ", "  ", "\t",
    "2012", "2020", "01", "1", "31", "02", "13", "20", "118.750", "146,344", "2,5", "66.4", "1/2",
]

vi_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(alphabet="0123456789/.-,: đĐàáạảãâầấậẩẫăằắặẳẵ%aNQTW\n", max_size=6)),
    max_size=60,
).map(" ".join) | st.lists(st.sampled_from(PIECES), max_size=60).map("".join) | st.text(max_size=200)


def _check(text, items):
    for it in items:
        assert 0 <= it.start <= it.end <= len(text)
        assert text[it.start:it.end] == it.text


@settings(max_examples=400, deadline=None)
@given(vi_text)
def test_finders_never_crash_and_spans_are_exact(text):
    _check(text, find_dates(text))
    _check(text, find_quantities(text))
    cites = find_citations(text)
    _check(text, cites)
    for c in cites:
        if c.resolved_to is not None:
            assert 0 <= c.resolved_to < len(cites) and not cites[c.resolved_to].short


@settings(max_examples=150, deadline=None)
@given(vi_text)
def test_decomposed_text_gives_the_same_values_with_spans_into_it(text):
    import unicodedata
    raw = unicodedata.normalize("NFD", text)
    nfc = unicodedata.normalize("NFC", text)
    for finder in (find_dates, find_quantities, find_citations):
        items = finder(raw)
        _check(raw, items)
        assert [unicodedata.normalize("NFC", it.text) for it in items] == [it.text for it in finder(nfc)]


@settings(max_examples=200, deadline=None)
@given(vi_text)
def test_date_values_are_well_formed(text):
    import re
    for d in find_dates(text):
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-Q[1-4]|--\d{2}-\d{2}", d.value)
        assert d.precision in ("day", "month", "year", "quarter", "monthday")


@settings(max_examples=200, deadline=None)
@given(vi_text)
def test_quantity_ranges_are_ordered(text):
    for q in find_quantities(text):
        assert q.value_max is None or q.value_max >= q.value


def test_docstring_examples_run():
    """The Vietnamese examples in the modules' docstrings are true."""
    import doctest
    import importlib
    for name in ("patterns", "numbers", "dates", "citations", "resolve", "quantities", "spacy_components"):
        mod = importlib.import_module(f"vanban.pipeline.extract.{name}")
        result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
        assert result.failed == 0, name
