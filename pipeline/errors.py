"""One exception type per kind of failure; each names the file and the reason."""
from __future__ import annotations


class VanbanError(Exception):
    """Base class: ``str(err)`` is one line a user can act on."""

    def __init__(self, path: str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class UnreadableDocument(VanbanError):
    """Empty, truncated, encrypted, binary or otherwise unreadable input."""


class UnsupportedFormat(VanbanError):
    """A file type the readers do not handle."""


class OCRUnavailable(UnreadableDocument):
    """A PDF without a text layer and no Tesseract to OCR it."""


class EncoderMismatch(VanbanError):
    """An index searched with an encoder other than the one that built it."""


class RefusedDocument(UnreadableDocument):
    """Refused before it is expanded: over a size limit, a decompression bomb, XML that declares
    entities, a PDF with too many pages."""


class StoreBusy(VanbanError):
    """Another process is writing the store (it holds the store's writer lock)."""
