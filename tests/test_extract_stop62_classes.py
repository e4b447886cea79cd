"""Citation and date classes fitted at stop 62 (issue 18): rows written here in the style of the documents where each
class was seen (a tax-registration circular's forms and notices, a bilingual disclosure circular), never copied
from them. The word lists are data in ``models/citations/words.json`` (``form_prefixes``) and ``models/dates.json``."""
from __future__ import annotations

import pytest

from vanban.pipeline.extract.citations import find_citations

# a form's code after its word is no document cited, however much it looks like a notice's or a record's number
FORM_CODES = [
    "Cơ quan thuế thông báo cho người nộp thuế theo mẫu số 01/TB-BSTT-NNT tại Phụ lục II.",
    "Mẫu số: 17/TB- ĐKT\n(Kèm theo Thông tư số 86/2024/TT-BTC)",
    "Cơ quan thuế lập biên bản xác minh theo Mẫu 15/BB-XMHĐ ban hành kèm theo Thông tư này.",
    "Biểu số 02/TB-ĐKT: Thông báo về việc người nộp thuế ngừng hoạt động.",
]


@pytest.mark.parametrize("text", FORM_CODES)
def test_a_forms_code_is_no_citation(text):
    numbers = [c.number for c in find_citations(text)]
    assert not any("/TB-" in n or "/BB-" in n for n in numbers), numbers


def test_a_notice_named_by_its_type_stays_a_citation():
    numbers = [c.number for c in find_citations("Căn cứ Thông báo số 17/TB-ĐKT ngày 05/5/2025 của Cục Thuế.")]
    assert numbers == ["17/TB-ĐKT"]


# --- a bilingual form's English dates (models/dates.json english_months) --------------------------------------------

from vanban.pipeline.extract.dates import find_dates  # noqa: E402

ENGLISH_DATES = [
    ("Promulgated with the Circular No 96/2020/TT-BTC on November 16, 2020 of the Minister of Finance",
     "November 16, 2020", "2020-11-16"),
    ("Law on Securities dated 26th Nov 2019", "26th Nov 2019", "2019-11-26"),
    ("Ngày/Date: March 3, 2025", "March 3, 2025", "2025-03-03"),
]


@pytest.mark.parametrize("text,surface,value", ENGLISH_DATES)
def test_an_english_date_is_one_day(text, surface, value):
    assert [(d.text, d.value) for d in find_dates(text)] == [(surface, value)]


def test_a_vietnamese_word_spelt_like_a_month_is_no_date():
    assert [d.value for d in find_dates("Sản lượng ngành dệt may 2020 tăng 5%.")] == ["2020"]
