"""Uploaded and pasted text → :class:`~deedsnlp.document.Document`, in memory.

Uploads never touch the file system here: their bytes go through the same readers as files on
disk (:func:`deedsnlp.io.load_one` on ``(name, bytes)``: the readers decode text and unpack
``.docx`` from bytes, then :func:`deedsnlp.loader.build_document`). The client's file name is only a label: its last path
component, cleaned of control characters, picks the reader by suffix and is shown (escaped) on the
page. No client-supplied path is ever opened.

>>> display_name("../../etc/passwd")
'passwd'
>>> display_name("C:\\\\Users\\\\王\\\\报告.docx")
'报告.docx'
>>> [h.title for h in document_from_text("一、加强学习\\n支部坚持学习。").outline]
['加强学习']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document
from ..errors import InputError
from ..io import load_one
from ..loader import build_document

#: what each page accepts
TEXT_SUFFIXES = (".txt", ".md")
DRAFT_SUFFIXES = (".docx", ".txt", ".md")
SCRAPED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx")
CORPUS_SUFFIXES = (".txt", ".md", ".docx", ".html", ".htm", ".jsonl")
MAX_NAME = 120
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def display_name(filename: str | None, default: str = "upload.txt") -> str:
    """The label of an upload: the last component of the client's name, without control characters."""
    name = _CONTROL.sub("", filename or "")
    name = re.split(r"[\\/]", name)[-1].strip().lstrip(".") or default
    if len(name) > MAX_NAME:
        stem, dot, suffix = name.rpartition(".")
        name = (stem[: MAX_NAME - len(suffix) - 2] + "…." + suffix) if dot and len(suffix) <= 8 else name[:MAX_NAME]
    return name


@dataclass
class Upload:
    """One uploaded file: its label and bytes (held in memory only)."""

    name: str
    data: bytes


def suffix_of(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def documents_from_upload(upload: Upload, allowed: tuple[str, ...] = CORPUS_SUFFIXES) -> list[Document]:
    """The documents of one upload (``.jsonl`` may hold several); :class:`InputError` when unusable."""
    name = upload.name
    suffix = suffix_of(name)
    if suffix not in allowed:
        shown = suffix or "no suffix"
        raise InputError(name, f"unsupported file type ({shown}); accepted: {', '.join(allowed)}")
    docs: list[Document] = []
    problems: list[InputError] = []
    for item in load_one((name, upload.data)):  # the one input path, from bytes
        if isinstance(item, InputError):
            problems.append(item)
        else:
            docs.append(item)
    if not docs:
        raise problems[0] if problems else InputError(name, "no text in this file")
    return docs


def document_from_upload(upload: Upload, allowed: tuple[str, ...] = DRAFT_SUFFIXES) -> Document:
    """The one document of an upload (a report or a draft)."""
    return documents_from_upload(upload, allowed)[0]


def document_from_text(text: str, name: str = "粘贴的文本") -> Document:
    """A document from pasted text; :class:`InputError` when it is blank."""
    if not text or not text.strip():
        raise InputError(name, "no text given (paste text or choose a file)")
    bad = _SURROGATE.search(text)
    if bad:
        raise InputError(name, f"invalid Unicode in the text (lone surrogate U+{ord(bad.group()):04X} at {bad.start()})")
    return build_document(text, name, source=name, metadata={"format": "text"})
