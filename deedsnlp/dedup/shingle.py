"""Shingles: the sets whose Jaccard similarity near-duplicate detection estimates.

The text is first made *canonical* — NFKC (full-width letters and digits become half-width),
lower-cased, every digit folded to ``0`` (as text-dedup does: reposts edit figures), every
character that is not a letter or digit dropped (whitespace, punctuation, symbols) — so
half-width/full-width punctuation, line breaks and edited numbers do not matter. Shingles are then
either character n-grams of the canonical text (default n=5) or n-grams of jieba tokens.

Everything is vectorised with numpy: code points come from one ``str.encode("utf-32-le")``,
canonicalization is a table lookup, and an n-gram's hash is ``mix64(sum_j x[i+j] * K[j])`` over the
code points (or token hashes), folded to 32 bits. The hashing is fixed (it does not depend on the
seed) and versioned by :data:`deedsnlp.dedup.config.SIGNATURE_VERSION`.

>>> cfg = DedupConfig()
>>> canonical_text("Ｗｏｒｄ 支部，召开\\n会议。２０２３年")
'word支部召开会议0000年'
>>> len(shingle_hashes("支部召开组织生活会", cfg))  # 9 characters, 5-grams
5
>>> round(exact_jaccard("支部召开组织生活会", "支部召开组织生活会议", cfg), 3)
0.833
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Sequence

import numpy as np

from .config import DedupConfig

_U64 = np.uint64
#: fixed n-gram weights (odd 64-bit constants); part of the signature format
_WEIGHTS = (np.random.default_rng(20240601).integers(0, 2**63, size=64, dtype=np.uint64) * _U64(2) + _U64(1))
#: multiplier of the per-token polynomial hash (odd), and the token separator weight
_TOKEN_BASE = _U64(0x9E3779B97F4A7C15)


@lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, np.ndarray]:
    """Per BMP code point: its canonical code point and whether it is kept."""
    mapped = np.arange(0x10000, dtype=np.uint32)
    keep = np.zeros(0x10000, dtype=bool)
    for c in range(0x10000):
        if 0xD800 <= c <= 0xDFFF:
            continue
        folded = unicodedata.normalize("NFKC", chr(c)).lower()
        if len(folded) == 1:
            mapped[c] = ord("0") if unicodedata.decimal(folded, None) is not None else ord(folded)
            keep[c] = folded.isalnum()
        else:
            keep[c] = chr(c).isalnum()
    return mapped, keep


def _canonical(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Canonical code points of raw ones, and the mask of the raw ones kept."""
    mapped, keep = _tables()
    if codes.size == 0:
        return codes, np.zeros(0, dtype=bool)
    if int(codes.max()) < 0x10000:
        kept = keep[codes]
        return mapped[codes[kept]], kept
    bmp = codes < 0x10000
    low = np.where(bmp, codes, 0)
    kept = np.where(bmp, keep[low], True)  # astral planes: CJK extensions, kept as they are
    return np.where(bmp, mapped[low], codes)[kept], kept


def canonical_codes(text: str) -> np.ndarray:
    """Code points (uint32) of the canonical text."""
    return _canonical(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32))[0]


def canonical_text(text: str) -> str:
    """The canonical text shingles are taken from."""
    return canonical_codes(text).astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")


def mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64's finalizer, a bijection that spreads every input bit over the output (in place)."""
    x ^= x >> _U64(30)
    x *= _U64(0xBF58476D1CE4E5B9)
    x ^= x >> _U64(27)
    x *= _U64(0x94D049BB133111EB)
    x ^= x >> _U64(31)
    return x


def _ngram_hashes(stream: np.ndarray, n: int) -> np.ndarray:
    """uint64 hashes of the windows ``stream[i:i+n]`` (one window when the stream is shorter)."""
    m = stream.size - n + 1
    if m <= 0:
        if stream.size == 0:
            return np.empty(0, dtype=np.uint64)
        m, n = 1, stream.size
    h = stream[:m] * _WEIGHTS[0]
    for j in range(1, n):
        h += stream[j : j + m] * _WEIGHTS[j]
    return mix64(h)


def sorted_unique(a: np.ndarray) -> np.ndarray:
    """Sorted distinct values (a plain sort; faster here than numpy 2's hash-based ``unique``)."""
    a = np.sort(a)
    if a.size > 1:
        a = a[np.r_[True, a[1:] != a[:-1]]]
    return a


def _fold32(h: np.ndarray) -> np.ndarray:
    return (h >> _U64(32)).astype(np.uint32)


def _token_stream(tokens: Sequence[str]) -> np.ndarray:
    """One uint64 hash per canonical token (tokens that canonicalize to nothing are dropped)."""
    codes = [canonical_codes(t) for t in tokens]
    codes = [c for c in codes if c.size]
    if not codes:
        return np.empty(0, dtype=np.uint64)
    lengths = np.fromiter((c.size for c in codes), dtype=np.int64, count=len(codes))
    flat = np.concatenate(codes).astype(np.uint64)
    starts = np.r_[0, np.cumsum(lengths)[:-1]]
    pos = np.arange(flat.size) - np.repeat(starts, lengths)
    powers = _token_powers(int(lengths.max()))
    sums = np.add.reduceat(flat * powers[pos], starts)
    return mix64(sums + lengths.astype(np.uint64))


@lru_cache(maxsize=8)
def _token_powers(length: int) -> np.ndarray:
    size = 1 << max(4, (length - 1).bit_length())
    out = np.empty(size, dtype=np.uint64)
    out[0] = 1
    with np.errstate(over="ignore"):
        for i in range(1, size):
            out[i] = out[i - 1] * _TOKEN_BASE
    return out


class Shingler:
    """Turns texts into sets of 32-bit shingle hashes, one sorted unique array per text."""

    def __init__(self, config: DedupConfig | None = None):
        self.config = config or DedupConfig()
        self._segmenter = None

    def _words(self, text: str) -> list[str]:
        if self._segmenter is None:
            from ..segment import get_segmenter

            self._segmenter = get_segmenter()
        return self._segmenter.words(text)

    def one(self, text: str) -> np.ndarray:
        """Sorted unique shingle hashes of one text (uint32)."""
        if self.config.shingle == "word":
            stream = _token_stream(self._words(text))
        else:
            stream = canonical_codes(text).astype(np.uint64)
        return sorted_unique(_fold32(_ngram_hashes(stream, self.config.ngram)))

    def batch(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Shingles of many texts at once: ``(hashes, offsets)``.

        ``hashes[offsets[i]:offsets[i+1]]`` are the sorted unique shingles of ``texts[i]``.
        """
        if self.config.shingle == "word":
            sets = [self.one(t) for t in texts]
            lengths = np.fromiter((s.size for s in sets), dtype=np.int64, count=len(sets))
            offsets = np.r_[0, np.cumsum(lengths)].astype(np.int64)
            return (np.concatenate(sets) if sets else np.empty(0, np.uint32)), offsets
        n = self.config.ngram
        # the whole batch at once: one encode, one table lookup, kept characters counted per text
        raw_lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
        codes, kept = _canonical(np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32))
        lengths = np.bincount(np.repeat(np.arange(len(texts)), raw_lengths)[kept], minlength=len(texts)).astype(np.int64)
        if lengths.sum() == 0:
            return np.empty(0, dtype=np.uint32), np.zeros(len(texts) + 1, dtype=np.int64)
        flat = codes.astype(np.uint64)
        ends = np.cumsum(lengths)
        starts = ends - lengths
        windows = flat.size - n + 1
        if windows > 0:  # windows starting at every position, kept when they lie inside one text
            hashes = _ngram_hashes(flat, n)
            doc_at = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)[:windows]
            inside = np.arange(windows) + n <= ends[doc_at]
            keys = (doc_at[inside].astype(np.uint64) << _U64(32)) | (hashes[inside] >> _U64(32))
        else:
            keys = np.empty(0, dtype=np.uint64)
        short = np.flatnonzero((lengths > 0) & (lengths < n))
        if short.size:  # a text shorter than n is one shingle
            extra = [(_U64(i) << _U64(32)) | _U64(int(_fold32(_ngram_hashes(flat[starts[i] : ends[i]], n))[0])) for i in short]
            keys = np.concatenate([keys, np.array(extra, dtype=np.uint64)])
        keys = sorted_unique(keys)
        offsets = np.searchsorted(keys >> _U64(32), np.arange(len(texts) + 1, dtype=np.uint64)).astype(np.int64)
        return (keys & _U64(0xFFFFFFFF)).astype(np.uint32), offsets


def shingle_hashes(text: str, config: DedupConfig | None = None) -> np.ndarray:
    """Sorted unique 32-bit shingle hashes of one text."""
    return Shingler(config).one(text)


def exact_jaccard(a: str | np.ndarray, b: str | np.ndarray, config: DedupConfig | None = None) -> float:
    """Exact Jaccard similarity of two texts' shingle sets (or of two shingle arrays)."""
    sa = shingle_hashes(a, config) if isinstance(a, str) else a
    sb = shingle_hashes(b, config) if isinstance(b, str) else b
    union = np.union1d(sa, sb).size
    return np.intersect1d(sa, sb, assume_unique=True).size / union if union else 1.0
