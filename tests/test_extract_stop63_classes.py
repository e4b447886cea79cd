"""Citation classes fitted at stop 63 (issue 18): one table per class, each row written here in the style of the
documents where the class was seen (a traffic-sanctions decree, realworld92 869), never copied from them. The word
lists behind them are data in ``models/citations/names.json``."""
from __future__ import annotations

import pytest

from vanban.pipeline.extract.citations import find_citations


# --- a convention named by its owner after "của", then its year -------------------------------------------------

@pytest.mark.parametrize("text,found", [
    ("Người điều khiển phương tiện có giấy phép lái xe quốc tế theo Công ước của Liên hợp quốc về Giao thông đường "
     "bộ năm 1968 được điều khiển xe tại Việt Nam.",
     [("Công ước của Liên hợp quốc về Giao thông đường bộ năm 1968", "1968")]),
    ("Việt Nam là thành viên Công ước của Tổ chức Lao động quốc tế về lao động cưỡng bức năm 1930.",
     [("Công ước của Tổ chức Lao động quốc tế về lao động cưỡng bức năm 1930", "1930")]),
    # an owner in lower case names no convention; the year dates the sentence
    ("Kinh phí thực hiện các công ước của các bên năm 2020 do ngân sách bảo đảm.", []),
])
def test_a_convention_named_by_its_owner_and_year_is_a_citation(text, found):
    assert [(c.text, c.date) for c in find_citations(text)] == found
