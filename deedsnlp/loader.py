"""Corpus loader: inputs (files, folders, globs, stdin) → :class:`Document` objects.

>>> doc = build_document("一、加强学习\\n党员认真学习。\\n1、三会一课制度。每月召开支委会。", "demo")
>>> [(h.level, h.marker, h.title) for h in doc.outline]
[(1, '一、', '加强学习'), (2, '1、', '三会一课制度')]
>>> [p.is_heading for p in doc.passages]
[True, False, False]
"""

from __future__ import annotations

import os
import re
from typing import Callable, Iterable, Iterator

from .document import Document, Passage
from .errors import InputError
from .io.documents import (  # noqa: F401 - the input path lives in deedsnlp.io; these names stay here
    DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, LoadOptions, expand_inputs, iter_documents, load_one,
    max_bytes_default, read_bytes, read_records,
)
from .io.readers import READERS, RawRecord, reader_for  # noqa: F401
from .normalize import normalize
from .outline import OutlineConfig, parse_outline, split_runon_lines
from .text.edits import TextEdit

_SURROGATE = re.compile("[\ud800-\udfff]")


def refuse_surrogates(text: str, source: str) -> None:
    """:class:`InputError` when ``text`` holds a lone surrogate (not valid Unicode: it cannot be written as UTF-8)."""
    m = _SURROGATE.search(text)
    if m is not None:
        raise InputError(source, f"text contains a lone surrogate U+{ord(m.group()):04X} at character {m.start()} (not valid Unicode)")


def build_document(
    raw: str,
    doc_id: str,
    *,
    source: str = "",
    metadata: dict | None = None,
    heading_hints: dict[int, int] | None = None,
    simplify: bool = False,
    outline_config: OutlineConfig | None = None,
    edits: list[TextEdit] | None = None,
) -> Document:
    """Normalize ``raw``, parse its outline and cut it into passages.

    ``edits``: the edits that made ``raw`` out of the input as read (a cleaned text,
    :class:`~deedsnlp.text.edits.TextEdit` spans into the input): the document keeps them and
    numbers its passages, headings and findings by the input's lines (the lines of ``raw`` stay
    in ``Passage.raw_line``/``raw_line_end``).

    Raises :class:`InputError` when ``raw`` is not text (not a string, or lone surrogates).
    """
    if not isinstance(raw, str):
        raise InputError(source or doc_id, f"expected text (str), got {type(raw).__name__}")
    refuse_surrogates(raw, source or doc_id)
    text, lines = normalize(raw, simplify=simplify)
    lines = split_runon_lines(text, lines, outline_config)
    para_texts = [text[l.start : l.end] for l in lines]
    hints = {}
    if heading_hints:
        by_input_line = {l.line: i for i, l in enumerate(lines)}
        hints = {by_input_line[n]: lvl for n, lvl in heading_hints.items() if n in by_input_line}
    headings, by_para, findings = parse_outline(
        para_texts, [l.line for l in lines], [l.start for l in lines], hints=hints, config=outline_config
    )
    passages: list[Passage] = []
    current: int | None = None
    for i, l in enumerate(lines):
        own = by_para.get(i)
        if own is not None:
            current = own
        path: list[str] = []
        k = current
        while k is not None:
            path.append(headings[k].title)
            k = headings[k].parent
        passages.append(
            Passage(
                index=i, start=l.start, end=l.end, line=l.line, line_end=l.line_end,
                is_heading=own is not None and not headings[own].lead_in,
                heading=current, heading_path=path[::-1],
            )
        )
    doc = Document(
        id=doc_id, text=text, raw_text=raw, source=source, passages=passages, outline=headings,
        metadata=dict(metadata or {}), findings=findings,
    )
    if edits:
        _number_input_lines(doc, list(edits))
    return doc


def _number_input_lines(doc: Document, edits: list[TextEdit]) -> None:
    """Keep ``edits`` on ``doc`` and number its lines as the input did (see :func:`build_document`)."""
    from .text.edits import EditMap
    from .text.lines import LineIndex

    emap, index = EditMap(edits), LineIndex(doc.raw_text)

    def line(n: int) -> int:
        return emap.source_line_at(index.start(n), n)

    for p in doc.passages:
        p.raw_line, p.raw_line_end = p.line, p.line_end
        p.line, p.line_end = line(p.line), line(p.line_end)
    for h in doc.outline:
        h.line = line(h.line)
    for f in doc.findings:
        if f.line is not None:
            f.line = line(f.line)
    doc.edits = edits


def load(
    inputs: Iterable[str] | str,
    *,
    errors: list[InputError] | None = None,
    on_error: Callable[[InputError], None] | None = None,
    simplify: bool = False,
    max_bytes: int | None = None,
) -> Iterator[Document]:
    """Stream documents from files, folders, globs or ``-`` (stdin): :func:`deedsnlp.io.iter_documents`.

    Bad inputs do not stop the stream: each becomes an :class:`InputError` appended to
    ``errors`` and/or passed to ``on_error``. With neither given, the first error is raised.
    """
    return iter_documents(inputs, on_error, errors=errors, simplify=simplify, max_bytes=max_bytes)


def load_text(text: str, doc_id: str = "<text>", **kwargs) -> Document:
    """Build a document from a string (no file involved)."""
    return build_document(text, doc_id, source=doc_id, **kwargs)
