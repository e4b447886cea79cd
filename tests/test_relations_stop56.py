"""Relations fitted at stop 56 (issue 18): a guiding cue reaches its law across the provisions it names.

Table-driven; each row written in the style of the documents where the class was seen (the scope articles
of circulars and decrees, realworld51 740, 44 689, 48 716, 70 805, 71 806), never copied from them. The cue
words live in ``models/relations.json``."""
from __future__ import annotations

import pytest

from vanban.pipeline.extract.citations import find_citations
from vanban.pipeline.extract.relations import assign_relations
from vanban.pipeline.model import Document, Metadata


def relations_in(text: str, doc_type: str = "Thông tư") -> dict[str, str]:
    doc = Document("x.txt", "", "txt", text, text, metadata=Metadata(doc_type=doc_type),
                   citations=tuple(find_citations(text)))
    return {c.number: c.relation for c in assign_relations(doc).citations}


ROWS = [
    # "hướng dẫn" before the provisions it guides, listed with commas and "và"
    ("Thông tư này hướng dẫn khoản 3 Điều 12, khoản 5 Điều 44, điểm g khoản 1 và điểm b khoản 8 Điều 51 của "
     "Luật Điện lực số 61/2024/QH15.", "61/2024/QH15", "guides"),
    ("Nghị định này quy định chi tiết Điều 8, Điều 9, Điều 13, khoản 2 và khoản 3 Điều 23, Điều 24 và Điều 27 "
     "của Luật Dẫn độ số 100/2025/QH15.", "100/2025/QH15", "guides"),
    # the same run of provisions after a repealing cue
    ("Bãi bỏ khoản 3 Điều 12, khoản 5 Điều 44, điểm g khoản 1 và điểm b khoản 8 Điều 51 của Thông tư số "
     "05/2020/TT-BCT.", "05/2020/TT-BCT", "repeals"),
    # in accordance with a provision: a mention, however close
    ("Sở Công Thương thực hiện theo quy định tại khoản 2 Điều 5 Nghị định số 10/2021/NĐ-CP.", "10/2021/NĐ-CP",
     "mentions"),
    # a guide to something else, the law only named in its description
    ("Thông tư này hướng dẫn việc lập kế hoạch cung cấp điện, báo cáo định kỳ theo mẫu do Bộ Công Thương ban hành và "
     "các nội dung khác liên quan đến việc cung cấp điện cho khách hàng theo Luật Điện lực số 61/2024/QH15.",
     "61/2024/QH15", "mentions"),
]


@pytest.mark.parametrize("text,number,relation", ROWS)
def test_a_cue_reaches_its_document_across_the_provisions_it_names(text, number, relation):
    assert relations_in(text)[number] == relation
