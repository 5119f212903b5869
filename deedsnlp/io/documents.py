"""One input path: names (files, folders, globs, ``-``) or in-memory bytes → documents.

:func:`iter_documents` serves the CLI, the web page and the Python API alike. Every bad input —
a name that matches nothing, a file or a record that cannot be read, a document over the size
limit — becomes one :class:`~deedsnlp.errors.InputError` passed to ``on_error``, and the other
inputs are still read. Shards (JSONL, Parquet) stream, with the size limit per document.

>>> docs = list(iter_documents([("a.txt", "一、学习\\n支部学习。".encode()), ("b.jsonl", b'{"text": 1}')],
...                            on_error=lambda e: print("error:", e)))
error: b.jsonl:1: missing or non-string 'text' field
>>> [(d.id, d.outline[0].title) for d in docs]
[('a.txt', '学习')]
"""

from __future__ import annotations

import errno
import glob
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Union

from ..document import Document
from ..errors import InputError
from .readers import READERS, RawRecord, reader_for

#: default size limit of one input file or, for streamed shards, of one document (bytes);
#: ``DEEDSNLP_MAX_BYTES`` overrides it
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
SUPPORTED_SUFFIXES = tuple(sorted({s for r in READERS for s in r.suffixes if s}))

#: an input: a name (file, folder, glob, ``-``) or ``(name, bytes)`` held in memory (uploads)
Input = Union[str, os.PathLike, tuple]


def max_bytes_default() -> int:
    try:
        return int(os.environ.get("DEEDSNLP_MAX_BYTES", DEFAULT_MAX_BYTES))
    except ValueError:
        return DEFAULT_MAX_BYTES


@dataclass
class LoadOptions:
    simplify: bool = False
    max_bytes: int | None = None
    outline: object | None = None  # OutlineConfig

    @property
    def limit(self) -> int:
        return self.max_bytes if self.max_bytes is not None else max_bytes_default()


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot read ({exc.strerror or exc})"


def expand_inputs(inputs: Iterable[Input], errors: list[InputError] | None = None) -> Iterator[Input]:
    """Expand folders (recursively, supported suffixes only) and glob patterns; ``-`` is stdin.

    ``(name, bytes)`` items pass through. Names that match nothing, broken links and link loops
    are reported in ``errors`` (or raised when ``errors`` is None).
    """
    for item in inputs:
        if isinstance(item, tuple):
            yield item
            continue
        item = str(item)
        if item == "-":
            yield item
            continue
        path = Path(item)
        try:
            is_dir = path.is_dir()
        except OSError as exc:
            _report(errors, InputError(item, _os_reason(exc)))
            continue
        if is_dir:
            found = []
            for p in path.rglob("*"):
                if p.suffix.lower() not in SUPPORTED_SUFFIXES:
                    continue
                if p.is_symlink() and not p.exists():
                    try:
                        p.stat()
                    except OSError as exc:
                        _report(errors, InputError(str(p), _os_reason(exc) if exc.errno == errno.ELOOP else "broken symbolic link"))
                    continue
                if p.is_file():
                    found.append(str(p))
            if not found:
                _report(errors, InputError(item, "folder contains no supported files (" + ", ".join(SUPPORTED_SUFFIXES) + ")"))
            yield from sorted(found)
        elif path.exists():
            yield item
        elif path.is_symlink():  # a dangling link or a loop: reported here, never handed on
            try:
                path.stat()
            except OSError as exc:
                _report(errors, InputError(item, _os_reason(exc) if exc.errno == errno.ELOOP else "broken symbolic link"))
            else:  # pragma: no cover - appeared meanwhile
                yield item
        elif any(ch in item for ch in "*?["):
            found = sorted(f for f in glob.glob(item, recursive=True) if Path(f).is_file())
            if not found:
                _report(errors, InputError(item, "no file matches this pattern"))
            yield from found
        else:
            _report(errors, InputError(item, "no such file or folder"))


def _report(errors: list[InputError] | None, err: InputError) -> None:
    if errors is None:
        raise err
    errors.append(err)


def _check_file(name: str) -> int:
    """Size of the file ``name``; :class:`InputError` when it is a folder or cannot be opened."""
    path = Path(name)
    try:
        if path.is_dir():
            raise InputError(name, "is a folder, not a file")
        return path.stat().st_size
    except InputError:
        raise
    except OSError as exc:
        raise InputError(name, _os_reason(exc)) from None


def read_bytes(name: str, max_bytes: int | None = None) -> bytes:
    """Read one input's bytes (``-`` is stdin), enforcing the size limit. Never writes."""
    limit = max_bytes if max_bytes is not None else max_bytes_default()
    if name == "-":
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise InputError("<stdin>", f"input too large (over {limit:,} bytes)")
        return data
    size = _check_file(name)
    if size > limit:
        raise InputError(name, f"file too large ({size:,} bytes; the limit is {limit:,}; set DEEDSNLP_MAX_BYTES to raise it)")
    try:
        with open(name, "rb") as fh:
            return fh.read(limit + 1)
    except OSError as exc:
        raise InputError(name, _os_reason(exc)) from None


def read_records(name: str, data: bytes) -> Iterator[RawRecord | InputError]:
    """Records of one input's bytes, by its format."""
    source = "<stdin>" if name == "-" else name
    if not data.strip():
        raise InputError(source, "empty file")
    reader = reader_for(name)
    for rec in reader.read(data, source):
        yield _checked(rec, source, reader.format)


def _checked(rec: RawRecord | InputError, source: str, fmt: str) -> RawRecord | InputError:
    if isinstance(rec, RawRecord):
        rec.metadata.setdefault("format", fmt)
        if not rec.text.strip():
            return InputError(source if rec.id is None else rec.id, "no text in this document")
    return rec


def iter_records(item: Input, limit: int) -> Iterator[tuple[str, RawRecord | InputError, int]]:
    """``(source, record or error, bytes)`` of one expanded input; raises when it is unusable."""
    if isinstance(item, tuple):
        name, data = item
        name = str(name)
        if len(data) > limit:
            raise InputError(name, f"file too large ({len(data):,} bytes; the limit is {limit:,})")
        for rec in read_records(name, data):
            yield name, rec, len(data)
        return
    name = str(item)
    reader = reader_for(name)
    if reader.streams and name != "-":
        size = _check_file(name)
        if size == 0:
            raise InputError(name, "empty file")
        try:
            for rec in reader.read_path(name, name, limit):
                yield name, _checked(rec, name, reader.format), size
        except OSError as exc:
            raise InputError(name, _os_reason(exc)) from None
        return
    data = read_bytes(name, limit)
    source = "<stdin>" if name == "-" else name
    for rec in read_records(name, data):
        yield source, rec, len(data)


def load_one(item: Input, options: LoadOptions | None = None) -> Iterator[Document | InputError]:
    """Documents (and per-record errors) of one input; raises :class:`InputError` when unusable."""
    opts = options or LoadOptions()
    for source, rec, size in iter_records(item, opts.limit):
        if isinstance(rec, InputError):
            yield rec
            continue
        try:
            yield document_of(source, rec, size, opts)
        except InputError as err:  # e.g. a lone surrogate in one JSONL record
            yield err


def document_of(source: str, rec: RawRecord, size: int, options: LoadOptions | None = None) -> Document:
    """The document of one record (what :func:`load_one` yields; engines that load on workers call it)."""
    from ..loader import build_document

    opts = options or LoadOptions()
    meta = dict(rec.metadata)
    meta.setdefault("bytes", size)
    return build_document(
        rec.text, rec.id or source, source=source, metadata=meta, heading_hints=rec.heading_hints,
        simplify=opts.simplify, outline_config=opts.outline,
    )


def iter_documents(
    inputs: Iterable[Input] | Input,
    on_error: Callable[[InputError], None] | None = None,
    *,
    errors: list[InputError] | None = None,
    options: LoadOptions | None = None,
    simplify: bool = False,
    max_bytes: int | None = None,
) -> Iterator[Document]:
    """Stream documents from files, folders, globs, ``-`` (stdin) or ``(name, bytes)`` pairs.

    Bad inputs do not stop the stream: each becomes an :class:`InputError` appended to
    ``errors`` and/or passed to ``on_error``. With neither given, the first error is raised.
    """
    if isinstance(inputs, (str, os.PathLike, tuple)):
        inputs = [inputs]

    def report(err: InputError) -> None:
        if errors is None and on_error is None:
            raise err
        if errors is not None:
            errors.append(err)
        if on_error is not None:
            on_error(err)

    opts = options or LoadOptions(simplify=simplify, max_bytes=max_bytes)
    pending: list[InputError] = []
    for item in expand_inputs(inputs, pending):
        while pending:
            report(pending.pop(0))
        try:
            for doc in load_one(item, opts):
                if isinstance(doc, InputError):
                    report(doc)
                else:
                    yield doc
        except InputError as err:
            report(err)
    while pending:
        report(pending.pop(0))
