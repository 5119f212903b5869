"""Decoding of text files whose encoding is not declared.

UTF-8 (with or without BOM), UTF-16 (BOM or by its zero-byte pattern), GB18030/GBK and Big5 are
recognized. Undecodable bytes are an error that names the offset; nothing is silently replaced.
"""

from __future__ import annotations

import codecs
from functools import lru_cache
from importlib import resources

from .errors import InputError

_MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive",
    b"\x7fELF": "ELF executable",
    b"\xd0\xcf\x11\xe0": "OLE2 file (old .doc/.xls)",
    b"\x1f\x8b": "gzip archive",
}


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    text = resources.files("deedsnlp.data").joinpath("common_chars.txt").read_text("utf-8")
    return frozenset("".join(l for l in text.splitlines() if not l.startswith("#")))


def _plausibility(text: str) -> float:
    """Share of CJK characters in ``text`` that are among the most frequent ones."""
    common = _common_chars()
    cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return 0.0
    return sum(c in common for c in cjk) / len(cjk)


def _utf16_without_bom(data: bytes) -> str | None:
    n = min(len(data), 4000) // 2 * 2
    if n < 4:
        return None
    even = data[0:n:2].count(0) / (n / 2)
    odd = data[1:n:2].count(0) / (n / 2)
    if odd > 0.2 and even < 0.05:
        return "utf-16-le"
    if even > 0.2 and odd < 0.05:
        return "utf-16-be"
    return None


def sniff_binary(data: bytes) -> str | None:
    """A reason why ``data`` is not text, or ``None``."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return f"binary file ({what}), not text"
    head = data[:8192]
    if b"\x00" in head:
        return "binary file (contains NUL bytes), not text"
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if head and ctrl / len(head) > 0.05:
        return "binary file (control characters), not text"
    return None


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; raise :class:`InputError` if impossible."""
    if data.startswith(codecs.BOM_UTF8):
        enc = "utf-8-sig"
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        enc = "utf-16"
    else:
        enc = _utf16_without_bom(data)
    if enc is not None:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError as exc:
            raise InputError(source, f"invalid {enc} data at byte offset {exc.start}") from None
    reason = sniff_binary(data)
    if reason:
        raise InputError(source, reason)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # A file that is valid UTF-8 for a while and then breaks is a damaged UTF-8 file, not GBK.
    prefix = data[: utf8_error.start]
    multibyte = sum(1 for b in prefix if b >= 0xC0)
    if multibyte >= 3:
        raise InputError(
            source,
            f"invalid UTF-8 byte 0x{data[utf8_error.start]:02x} at byte offset {utf8_error.start}",
        )
    best: tuple[float, str, str] | None = None
    errors = []
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as exc:
            errors.append(f"{enc} fails at byte offset {exc.start}")
            continue
        score = _plausibility(text)
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is None or best[0] < 0.3:
        raise InputError(
            source,
            "cannot decode: not UTF-8 (invalid byte 0x%02x at byte offset %d)%s"
            % (
                data[utf8_error.start],
                utf8_error.start,
                "; " + "; ".join(errors) if errors else ", nor plausible GB18030/Big5 text",
            ),
        )
    return best[1], best[2]
