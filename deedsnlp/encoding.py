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


def _looks_like_text(text: str) -> bool:
    """No control characters and at least a little CJK."""
    if any(ord(c) < 32 and c not in "\t\n\r\f" for c in text[:4000]):
        return False
    return sum("\u4e00" <= c <= "\u9fff" for c in text[:4000]) >= min(8, len(text) // 4)


def _utf16_without_bom(data: bytes) -> str | None:
    n = min(len(data), 4000) // 2 * 2
    if n < 4:
        return None
    even = data[0:n:2].count(0)
    odd = data[1:n:2].count(0)
    # text never contains NUL; in UTF-16 the NULs of ASCII characters (newlines, digits)
    # fall on one parity (a CJK character U+xx00 rarely puts one on the other)
    if len(data) % 2:
        return None
    if odd >= 2 and even * 4 < odd:
        return "utf-16-le"
    if even >= 2 and odd * 4 < even:
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
            text = data.decode(enc)
        except UnicodeDecodeError as exc:
            if enc == "utf-16":  # declared by a BOM
                raise InputError(source, f"invalid UTF-16 data at byte offset {exc.start}") from None
        else:
            if enc != "utf-16-le" and enc != "utf-16-be" or _looks_like_text(text):
                return text, enc
    if b"\x00" in data[:8192] and len(data) % 2 == 0 and not any(data.startswith(m) for m in _MAGIC):
        # UTF-16 without BOM whose text is mostly CJK (few NUL bytes to go by)
        best16 = None
        for cand in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(cand)
            except UnicodeDecodeError:
                continue
            score = _plausibility(text)
            if score >= 0.3 and _looks_like_text(text) and (best16 is None or score > best16[0]):
                best16 = (score, text, cand)
        if best16 is not None:
            return best16[1], best16[2]
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
    candidates = ["gb18030", "big5"] + (["utf-16-le", "utf-16-be"] if len(data) % 2 == 0 else [])
    for enc in candidates:
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
