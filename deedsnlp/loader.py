"""Corpus loader: inputs (files, folders, globs, stdin) → :class:`Document` objects.

>>> doc = build_document("一、加强学习\\n党员认真学习。\\n1、三会一课制度。每月召开支委会。", "demo")
>>> [(h.level, h.marker, h.title) for h in doc.outline]
[(1, '一、', '加强学习'), (2, '1、', '三会一课制度')]
>>> [p.is_heading for p in doc.passages]
[True, False, False]
"""

from __future__ import annotations

import glob
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .document import Document, Passage
from .errors import InputError
from .normalize import normalize
from .outline import OutlineConfig, parse_outline, split_runon_lines
from .readers import READERS, RawRecord, reader_for

#: default size limit of one input file (bytes); ``DEEDSNLP_MAX_BYTES`` overrides it
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
SUPPORTED_SUFFIXES = tuple(sorted({s for r in READERS for s in r.suffixes if s}))


def max_bytes_default() -> int:
    try:
        return int(os.environ.get("DEEDSNLP_MAX_BYTES", DEFAULT_MAX_BYTES))
    except ValueError:
        return DEFAULT_MAX_BYTES


@dataclass
class LoadOptions:
    simplify: bool = False
    max_bytes: int | None = None
    outline: OutlineConfig | None = None


def build_document(
    raw: str,
    doc_id: str,
    *,
    source: str = "",
    metadata: dict | None = None,
    heading_hints: dict[int, int] | None = None,
    simplify: bool = False,
    outline_config: OutlineConfig | None = None,
) -> Document:
    """Normalize ``raw``, parse its outline and cut it into passages."""
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
    return Document(
        id=doc_id, text=text, raw_text=raw, source=source, passages=passages, outline=headings,
        metadata=dict(metadata or {}), findings=findings,
    )


def expand_inputs(inputs: Iterable[str], errors: list[InputError] | None = None) -> Iterator[str]:
    """Expand folders (recursively, supported suffixes only) and glob patterns; ``-`` is stdin.

    Names that match nothing are reported in ``errors`` (or raised when ``errors`` is None).
    """
    for item in inputs:
        item = str(item)
        if item == "-":
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(
                str(p) for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
            if not found:
                _report(errors, InputError(item, "folder contains no supported files (" + ", ".join(SUPPORTED_SUFFIXES) + ")"))
            yield from found
        elif path.exists() or path.is_symlink():
            yield item
        elif any(ch in item for ch in "*?["):
            found = sorted(glob.glob(item, recursive=True))
            found = [f for f in found if Path(f).is_file()]
            if not found:
                _report(errors, InputError(item, "no file matches this pattern"))
            yield from found
        else:
            _report(errors, InputError(item, "no such file or folder"))


def _report(errors: list[InputError] | None, err: InputError) -> None:
    if errors is None:
        raise err
    errors.append(err)


def read_bytes(name: str, max_bytes: int | None = None) -> bytes:
    """Read one input's bytes (``-`` is stdin), enforcing the size limit. Never writes."""
    limit = max_bytes if max_bytes is not None else max_bytes_default()
    if name == "-":
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise InputError("<stdin>", f"input too large (over {limit:,} bytes)")
        return data
    path = Path(name)
    try:
        if path.is_dir():
            raise InputError(name, "is a folder, not a file")
        size = path.stat().st_size
        if size > limit:
            raise InputError(name, f"file too large ({size:,} bytes; the limit is {limit:,}; set DEEDSNLP_MAX_BYTES to raise it)")
        with open(path, "rb") as fh:
            return fh.read()
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, f"cannot read ({exc.strerror or exc})") from None


def read_records(name: str, data: bytes) -> Iterator[RawRecord | InputError]:
    """Records of one input's bytes, by its format."""
    source = "<stdin>" if name == "-" else name
    if not data.strip():
        raise InputError(source, "empty file")
    reader = reader_for(name)
    for rec in reader.read(data, source):
        if isinstance(rec, RawRecord):
            rec.metadata.setdefault("format", reader.format)
            if not rec.text.strip():
                yield InputError(source if rec.id is None else rec.id, "no text in this document")
                continue
        yield rec


def load_one(name: str, options: LoadOptions | None = None) -> Iterator[Document | InputError]:
    """Documents (and per-record errors) of one input; raises :class:`InputError` when unusable."""
    opts = options or LoadOptions()
    data = read_bytes(name, opts.max_bytes)
    source = "<stdin>" if name == "-" else name
    for rec in read_records(name, data):
        if isinstance(rec, InputError):
            yield rec
            continue
        meta = dict(rec.metadata)
        meta.setdefault("bytes", len(data))
        yield build_document(
            rec.text, rec.id or source, source=source, metadata=meta, heading_hints=rec.heading_hints,
            simplify=opts.simplify, outline_config=opts.outline,
        )


def load(
    inputs: Iterable[str] | str,
    *,
    errors: list[InputError] | None = None,
    on_error: Callable[[InputError], None] | None = None,
    simplify: bool = False,
    max_bytes: int | None = None,
) -> Iterator[Document]:
    """Stream documents from files, folders, globs or ``-`` (stdin).

    Bad inputs do not stop the stream: each becomes an :class:`InputError` appended to
    ``errors`` and/or passed to ``on_error``. With neither given, the first error is raised.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [str(inputs)]

    def report(err: InputError) -> None:
        if errors is None and on_error is None:
            raise err
        if errors is not None:
            errors.append(err)
        if on_error is not None:
            on_error(err)

    pending: list[InputError] = []
    opts = LoadOptions(simplify=simplify, max_bytes=max_bytes)
    for name in expand_inputs(inputs, pending):
        while pending:
            report(pending.pop(0))
        try:
            for item in load_one(name, opts):
                if isinstance(item, InputError):
                    report(item)
                else:
                    yield item
        except InputError as err:
            report(err)
    while pending:
        report(pending.pop(0))


def load_text(text: str, doc_id: str = "<text>", **kwargs) -> Document:
    """Build a document from a string (no file involved)."""
    return build_document(text, doc_id, source=doc_id, **kwargs)
