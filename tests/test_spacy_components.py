"""The finders as spaCy pipes registered by name."""
from __future__ import annotations

import pytest

from vanban.pipeline.extract.spacy_components import blank_pipeline

TEXT = ("Thực hiện Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban Chấp hành Trung ương, "
        "giai đoạn 2016-2020 đã mở trên 500 lớp tập huấn, đạt 95,5%.")


@pytest.fixture(scope="module", params=["xx", "vi"])
def nlp(request):
    nlp = blank_pipeline(request.param)
    for name in ("vanban_citations", "vanban_dates", "vanban_quantities"):
        nlp.add_pipe(name)
    return nlp


def test_pipes_fill_span_groups(nlp):
    doc = nlp(TEXT)
    assert [s._.citation.number for s in doc.spans["citations"]] == ["20-NQ/TW"]
    assert [s._.date.value for s in doc.spans["dates"]] == ["2012-11-01", "2016", "2020"]
    assert [s._.quantity.value for s in doc.spans["quantities"]] == [500, 95.5]


def test_spans_cover_the_extracted_text(nlp):
    doc = nlp(TEXT)
    for key, ext in (("citations", "citation"), ("dates", "date"), ("quantities", "quantity")):
        for span in doc.spans[key]:
            item = span._.get(ext)
            assert span.start_char <= item.start and item.end <= span.end_char
            assert TEXT[item.start:item.end] == item.text


def test_xx_spans_fit_exactly():
    nlp = blank_pipeline()
    nlp.add_pipe("vanban_citations")
    doc = nlp(TEXT)
    assert doc.spans["citations"][0].text == "Nghị quyết số 20-NQ/TW, ngày 01/11/2012"
