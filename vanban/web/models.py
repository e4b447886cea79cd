"""Response models of the JSON API (the OpenAPI schema schemathesis checks responses against)."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class HitModel(BaseModel):
    passage_id: int | None
    doc_id: int | None = Field(description="id of the document in the store (/api/document/{id})")
    name: str = Field(description="file name of the document")
    title: str | None
    number: str | None
    year: int | None
    issuer: str | None
    doc_type: str | None
    section: str | None
    heading_path: str
    text: str
    start: int
    end: int
    score: float
    highlights: list[list[int]] = Field(description="[start, end] spans inside text")
    kind: str
    detail: dict[str, Any] = {}
    url: str | None = Field(description="the passage in the document page")


class YearCount(BaseModel):
    year: int | None
    count: int
    documents: int


class FacetCount(BaseModel):
    value: str
    count: int


class Facets(BaseModel):
    years: list[FacetCount]
    issuers: list[FacetCount]
    types: list[FacetCount]


class SearchResponse(BaseModel):
    query: str
    mode: str
    count: int
    indexed: bool = Field(description="false when the store has no search index yet")
    hits: list[HitModel]
    years: list[YearCount]
    facets: Facets


class DocumentRow(BaseModel):
    id: int
    name: str
    format: str
    doc_type: str | None
    issuer: str | None
    number: str | None
    date: str | None
    year: int | None
    title: str | None


class DocumentHeader(BaseModel):
    path: str
    sha256: str
    format: str
    doc_type: str | None
    issuer: str | None
    parent_issuer: str | None
    number: str | None
    date: str | None
    year: int | None
    place: str | None
    title: str | None
    signer: str | None
    signer_title: str | None
    recipients: list[str]
    inferred: list[str]
    ocr: bool
    effective_date: str | None = Field(None, description="when it takes effect, from its own "
                                                        "'có hiệu lực ... từ ngày ...' clause")


class SectionModel(BaseModel):
    id: str
    heading: str
    level: int
    start: int
    end: int
    parent: str | None
    kind: str
    role: str | None


class SentenceModel(BaseModel):
    start: int
    end: int
    section: str | None
    role: str | None


class PinpointModel(BaseModel):
    article: str | None
    clause: str | None
    point: str | None


Relation = Literal["basis", "implements", "reports_on", "guides", "amends", "replaces", "repeals",
                   "proposes", "mentions"]


class CitationModel(BaseModel):
    text: str
    start: int
    end: int
    type: str | None
    type_code: str | None
    number: str | None
    number_text: str | None
    issuer_code: str | None
    date: str | None
    date_valid: bool
    issuing_body: str | None
    term: str | None
    title: str | None
    short: bool
    resolved_to: int | None
    relation: Relation = "mentions"
    pinpoint: PinpointModel | None = None


class DateModel(BaseModel):
    text: str
    start: int
    end: int
    value: str
    precision: str
    valid: bool
    range_id: int | None


class QuantityModel(BaseModel):
    text: str
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str | None
    qualifier: str | None
    ambiguous: bool
    kind: str | None


class DirectiveModel(BaseModel):
    text: str
    start: int
    end: int
    section: str | None
    role: str
    status: str
    actor: str | None
    action: str | None
    object: str | None
    deadline: str | None


class DocumentJson(BaseModel):
    """The ``document_json`` contract of ``vanban extract --json`` (plus the store id)."""
    id: int | None = None
    document: DocumentHeader
    text: str
    sections: list[SectionModel]
    sentences: list[SentenceModel]
    citations: list[CitationModel]
    dates: list[DateModel]
    quantities: list[QuantityModel]
    directives: list[DirectiveModel]


class SummaryItemModel(BaseModel):
    text: str
    start: int
    end: int
    section: str | None
    role: str | None = None
    clipped: bool = False
    figures: list[str] = []
    actor: str | None = None
    action: str | None = None
    deadline: str | None = None
    status: str | None = None
    deadline_start: int | None = None
    deadline_end: int | None = None
    kind: str | None = None


class CitedDocumentModel(BaseModel):
    number: str | None
    type: str | None
    date: str | None
    title: str | None
    text: str
    start: int
    end: int
    section: str | None
    mentions: int


class SummaryModel(BaseModel):
    id: int
    path: str
    metadata: dict[str, Any]
    max_words: int
    words: int
    figures: list[SummaryItemModel]
    achievements: list[SummaryItemModel]
    limitations: list[SummaryItemModel]
    causes: list[SummaryItemModel]
    directives: list[SummaryItemModel]
    citations: list[CitedDocumentModel]


class FindingModel(BaseModel):
    check: str
    severity: str
    number: str | None
    cited_as: str
    citing_document: str = Field(description="file name of the citing document")
    doc_id: int | None
    start: int
    end: int
    expected: str | None
    found: str | None
    evidence: str = Field(description="why, in English")
    explanation: str = Field("", description="why, in the request's language (Accept-Language, ?lang=; "
                                             "Vietnamese by default)")
    expected_text: str | None = Field(None, description="expected, in the request's language")
    url: str | None


class AuditResponse(BaseModel):
    counts: dict[str, int]
    total: int
    findings: list[FindingModel]


class RegistryFact(BaseModel):
    number: str
    type: str | None
    issuing_body: str | None
    date: str | None
    title: str | None
    term: str | None
    source: str
    relations: list[list[str]]
    effective_date: str | None = None


class MentionModel(BaseModel):
    citing_document: str
    doc_id: int | None
    citing_number: str | None
    citing_date: str | None
    year: int | None
    cited_as: str
    date: str | None
    start: int
    end: int
    passage: str
    url: str | None


class CiteResponse(BaseModel):
    number: str
    registry: list[RegistryFact]
    document_id: int | None = Field(description="the stored document bearing this number")
    mentions: list[MentionModel]
    findings: list[FindingModel]


class ValidityModel(BaseModel):
    number: str
    status: Literal["in_force", "amended", "replaced", "repealed"]
    label: str = Field(description="còn hiệu lực | đã sửa đổi | đã bị thay thế | đã bãi bỏ")
    as_of: str
    by: list[str]
    since: str | None
    describe: str
    known: bool


class LineageNodeModel(BaseModel):
    number: str | None
    path: str = Field(description="the stored file's name")
    doc_id: int | None
    title: str | None
    date: str | None
    issuer: str | None
    doc_type: str | None
    relation: Relation
    via: str = Field(description="the number it hangs under")
    level: int = Field(description="1 for documents that relate to the root itself")
    scope: str


class LineageRootModel(BaseModel):
    number: str
    title: str | None
    date: str | None
    issuer: str | None
    doc_type: str | None
    doc_id: int | None
    status: ValidityModel | None


class LineageResponse(BaseModel):
    root: LineageRootModel
    nodes: list[LineageNodeModel]


class RelationLinkModel(BaseModel):
    number: str | None
    relation: Relation
    mentions: int
    doc_id: int | None
    title: str | None
    date: str | None
    pinpoints: list[str]
    source: str


class RelationsResponse(BaseModel):
    id: int
    number: str | None
    status: ValidityModel | None
    outgoing: list[RelationLinkModel]
    incoming: list[RelationLinkModel]


class ErrorModel(BaseModel):
    detail: Any
