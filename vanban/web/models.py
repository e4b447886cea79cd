"""Response models of the JSON API (the OpenAPI schema schemathesis checks responses against).

The models of the pipeline's data are made from its data classes (``from_dataclass``): their
fields, types and order come from the data class, so a field added there shows in the API
without a second copy to keep in step. Only what the API adds (a store id, a file name instead
of a server path, a URL) or leaves out is said here.
"""
from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, Field, create_model

from vanban.pipeline import model
from vanban.pipeline.audit import Finding
from vanban.pipeline.graph import Mention
from vanban.pipeline.index.search import Hit
from vanban.pipeline.lineage import LineageNode, LineageRoot, RelationLink, Validity
from vanban.pipeline.store import StoredDocument
from vanban.pipeline.summarize import CitedDocument, Summary, SummaryItem

# --- models from data classes --------------------------------------------------------------

_MODELS: dict[type, type[BaseModel]] = {}   # data class -> its response model


class Extra(NamedTuple):
    """A field the API adds to a data class's: placed after the field ``after`` (None: last,
    "": first)."""
    name: str
    type: Any
    description: str | None = None
    after: str | None = None


def _api_type(tp):
    """``tp`` with every data class that has a response model replaced by the model."""
    if tp in _MODELS:
        return _MODELS[tp]
    args = typing.get_args(tp)
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return typing.Union[tuple(_api_type(a) for a in args)]
    if origin in (tuple, list) and args:
        return origin[tuple(a if a is Ellipsis else _api_type(a) for a in args)]
    return tp


def from_dataclass(cls: type, name: str, *, drop: tuple[str, ...] = (),
                   types_: dict[str, Any] | None = None, extra: tuple[Extra, ...] = (),
                   described: dict[str, str] | None = None) -> type[BaseModel]:
    """A pydantic model with the fields of data class ``cls`` in its order, less ``drop``, with
    ``types_`` overriding some types, ``described`` adding descriptions, and the API's ``extra``
    fields. Every field is required: a response always carries all of them."""
    hints = typing.get_type_hints(cls)
    described = described or {}
    fields = [(f.name, (types_ or {}).get(f.name) or _api_type(hints[f.name]), described.get(f.name))
              for f in dataclasses.fields(cls) if f.name not in drop]
    for x in extra:
        names = [n for n, _, _ in fields]
        at = len(fields) if x.after is None else (0 if x.after == "" else names.index(x.after) + 1)
        fields.insert(at, (x.name, x.type, x.description))
    made = create_model(name, __doc__=cls.__doc__,
                        **{n: (tp, Field(..., description=d)) for n, tp, d in fields})
    _MODELS[cls] = made
    return made


Relation = Literal[model.RELATIONS]   # "basis", "implements", ... "mentions"
Status = Literal["in_force", "amended", "replaced", "repealed"]
DOC_ID = Extra("doc_id", int | None, "id of the document in the store (/api/document/{id})")
URL_IN_DOCUMENT = "the passage in the document page"
FILE_NAME = "file name of the document"


# --- search --------------------------------------------------------------------------------

HitModel = from_dataclass(
    Hit, "HitModel", drop=("doc_path",), described={"highlights": "[start, end] spans inside text"},
    extra=(DOC_ID._replace(after="passage_id"), Extra("name", str, FILE_NAME, after="doc_id"),
           Extra("url", str | None, URL_IN_DOCUMENT)))


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


# --- documents -----------------------------------------------------------------------------

DocumentRow = from_dataclass(
    StoredDocument, "DocumentRow", drop=("path", "sha256", "pipeline_version", "ingested_at", "effective_date"),
    extra=(Extra("name", str, after="id"),))

DocumentHeader = from_dataclass(
    model.Metadata, "DocumentHeader",
    described={"effective_date": "when it takes effect, from its own 'có hiệu lực ... từ ngày ...' clause"},
    extra=(Extra("path", str, after=""), Extra("sha256", str, after="path"), Extra("format", str, after="sha256"),
           Extra("ocr", bool, after="inferred")))
SectionModel = from_dataclass(model.Section, "SectionModel", drop=("heading_end", "label"))
SentenceModel = from_dataclass(model.Sentence, "SentenceModel", drop=("tokens",))
PinpointModel = from_dataclass(model.Pinpoint, "PinpointModel")
CitationModel = from_dataclass(model.Citation, "CitationModel", types_={"relation": Relation})
DateModel = from_dataclass(model.DateMention, "DateModel")
QuantityModel = from_dataclass(model.Quantity, "QuantityModel")
DirectiveModel = from_dataclass(model.Directive, "DirectiveModel")


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


SummaryItemModel = from_dataclass(SummaryItem, "SummaryItemModel")
CitedDocumentModel = from_dataclass(CitedDocument, "CitedDocumentModel")
SummaryModel = from_dataclass(Summary, "SummaryModel", types_={"metadata": dict[str, Any]},
                              extra=(Extra("id", int, after=""),))


# --- audit, numbers, lineage ---------------------------------------------------------------

FindingModel = from_dataclass(
    Finding, "FindingModel", drop=("message", "expected_message"),
    described={"citing_document": "file name of the citing document", "evidence": "why, in English"},
    extra=(Extra("doc_id", int | None, after="citing_document"),
           Extra("explanation", str, "why, in the request's language (Accept-Language, ?lang=; "
                                     "Vietnamese by default)", after="evidence"),
           Extra("expected_text", str | None, "expected, in the request's language", after="explanation"),
           Extra("url", str | None)))


class AuditResponse(BaseModel):
    counts: dict[str, int]
    total: int
    findings: list[FindingModel]


RegistryFact = from_dataclass(model.RegistryEntry, "RegistryFact")
MentionModel = from_dataclass(
    Mention, "MentionModel", drop=("cited_number",),
    extra=(Extra("doc_id", int | None, after="citing_document"), Extra("year", int | None, after="citing_date"),
           Extra("url", str | None)))


class CiteResponse(BaseModel):
    number: str
    registry: list[RegistryFact]
    document_id: int | None = Field(description="the stored document bearing this number")
    mentions: list[MentionModel]
    findings: list[FindingModel]


ValidityModel = from_dataclass(
    Validity, "ValidityModel", drop=("events",), types_={"status": Status},
    described={"label": "còn hiệu lực | đã sửa đổi | đã bị thay thế | đã bãi bỏ"},
    extra=(Extra("describe", str, after="since"),))
LineageNodeModel = from_dataclass(
    LineageNode, "LineageNodeModel", types_={"relation": Relation},
    described={"path": "the stored file's name", "via": "the number it hangs under",
               "level": "1 for documents that relate to the root itself"},
    extra=(Extra("doc_id", int | None, after="path"),))
LineageRootModel = from_dataclass(LineageRoot, "LineageRootModel", drop=("path",),
                                  extra=(Extra("doc_id", int | None, after="doc_type"),))


class LineageResponse(BaseModel):
    root: LineageRootModel
    nodes: list[LineageNodeModel]


RelationLinkModel = from_dataclass(RelationLink, "RelationLinkModel", drop=("path",),
                                   types_={"relation": Relation},
                                   extra=(Extra("doc_id", int | None, after="mentions"),))


class RelationsResponse(BaseModel):
    id: int
    number: str | None
    status: ValidityModel | None
    outgoing: list[RelationLinkModel]
    incoming: list[RelationLinkModel]


class ErrorModel(BaseModel):
    detail: Any
