"""Zip containers (.docx, .xlsx) checked from their central directory before anything is inflated.

A zip bomb (a 2 MB .docx that unpacks to gigabytes) is refused on what the directory declares:
the number of entries, their total uncompressed size and the compression ratio of any large
entry. :mod:`zipfile` never inflates an entry past the size its directory entry declares, so the
declared sizes bound the memory a reader can use afterwards.

>>> import io, zipfile
>>> buf = io.BytesIO()
>>> with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
...     z.writestr("word/document.xml", "0" * 5_000_000)
>>> check_zip(buf.getvalue(), "bomb.docx")
Traceback (most recent call last):
...
deedsnlp.errors.InputError: bomb.docx: refused: zip entry word/document.xml expands 1,025× or more (5,000,000 bytes from 4,875; zip bomb?)
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from ..errors import InputError


@dataclass(frozen=True)
class ZipLimits:
    """What a zip container may declare: entries, total uncompressed bytes, ratio of a large entry."""

    max_entries: int = 5_000
    max_total: int = 128 * 1024 * 1024
    max_ratio: float = 200.0
    #: entries smaller than this are not held to ``max_ratio`` (tiny XML parts compress well)
    ratio_floor: int = 1024 * 1024


DEFAULT_LIMITS = ZipLimits()


def check_zip(data: bytes, source: str, limits: ZipLimits = DEFAULT_LIMITS, what: str = "zip container") -> None:
    """Raise :class:`InputError` when ``data`` is not a zip or its directory declares too much.

    Only the central directory is read (no entry is inflated).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise InputError(source, f"malformed {what} ({exc.__class__.__name__}: {exc})") from None
    if len(infos) > limits.max_entries:
        raise InputError(source, f"refused: {len(infos):,} zip entries (the limit is {limits.max_entries:,})")
    total = 0
    for info in infos:
        total += info.file_size
        if total > limits.max_total:
            raise InputError(
                source, f"refused: zip contents expand to over {limits.max_total:,} bytes (zip bomb?)")
        if info.file_size >= limits.ratio_floor:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_ratio:
                raise InputError(
                    source,
                    f"refused: zip entry {info.filename} expands {int(ratio):,}× or more "
                    f"({info.file_size:,} bytes from {info.compress_size:,}; zip bomb?)",
                )
