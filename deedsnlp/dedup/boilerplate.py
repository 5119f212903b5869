"""Boilerplate: normalized sentences and paragraphs that several documents share.

Stock sentences copied between drafts (``支部始终坚持把党的政治建设摆在首位。``), watermarks spliced
into scraped pages (``本文来源于某某范文网``) and ``related articles`` tails recur across documents.
A *unit* is a paragraph (one line of the normalized text) or, inside a paragraph of several
sentences, one sentence. Two units are the same when their *keys* are equal: the text with
whitespace and punctuation removed, NFKC-normalized and lower-cased (as for shingles), so ``支部召开会议。`` and
``支部召开会议，`` match. Units shorter than ``min_chars`` key characters are ignored.

A unit is boilerplate when at least ``min_docs`` documents contain it. Documents can be put in
*groups* (near-duplicates of one another, see :func:`deedsnlp.dedup.find_duplicates`); a group
counts once toward ``min_docs``, so five reposts of one report do not make every sentence of it
boilerplate. Results are ranked by document frequency, longer units first among equals.

Counting streams: :class:`BoilerplateCounter` keeps 8-byte hashes per unit and the text of a unit
only once it has been seen in two documents, so a large corpus fits in memory.

>>> docs = [
...     ("a", "支部坚持三会一课制度。全年开展活动十二次。\\n本文来源于某某范文网"),
...     ("b", "支部坚持三会一课制度。党员参加志愿服务。\\n本文来源于某某范文网"),
...     ("c", "村里修了新路。\\n本文来源于某某范文网"),
... ]
>>> [(b.text, b.doc_count, b.kind) for b in find_boilerplate(docs, min_docs=2)]
[('本文来源于某某范文网', 3, 'paragraph'), ('支部坚持三会一课制度。', 2, 'sentence')]
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any, Hashable, Iterable, Iterator, Mapping, Sequence

import numpy as np

from ..normalize import _TABLE as _NORMALIZE_TABLE
from ..normalize import normalize_line, split_lines
from ..text.sentences import sentence_pattern, split_sentences  # noqa: F401 - split_sentences is re-exported
from .shingle import _tables, canonical_codes, canonical_text, mix64

#: the package's sentence splitter (ends 。！？；!?; with closing quotes kept, and line breaks)
_SENTENCE = sentence_pattern()

DEFAULT_MIN_DOCS = 2
DEFAULT_MIN_CHARS = 6


@dataclass(frozen=True)
class Boilerplate:
    """A unit shared by several documents.

    ``text`` is the normalized sentence or paragraph as it appears in one of them (units match
    on their key, so others may differ in punctuation or figures), ``docs`` the
    ids of the documents that contain it (input order), ``kind`` is ``"paragraph"`` when it is a
    whole paragraph everywhere it occurs and ``"sentence"`` otherwise.
    """

    text: str
    doc_count: int
    docs: tuple[str, ...]
    kind: str = "sentence"

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "doc_count": self.doc_count, "docs": list(self.docs), "kind": self.kind}

    @property
    def key(self) -> str:
        return unit_key(self.text)

    @property
    def hash(self) -> int:
        return unit_hash(self.text)


def unit_key(text: str) -> str:
    """The matching key of a unit: no whitespace, no punctuation, NFKC, lower-cased.

    >>> unit_key("Ｗｗｗ.Example.com ， 支部 召开会议。")
    'wwwexamplecom支部召开会议'
    """
    return canonical_text(text)


# polynomial hashing of key spans: P[i] = sum_{k<i} x[k] * B**k (mod 2**64), so the hash of
# x[l:r] is (P[r] - P[l]) * B**-l, for every sentence and paragraph of a document at once
_B = np.uint64(0x9E3779B97F4A7C15)
_LENGTH_MIX = np.uint64(0xD6E8FEB86659FD93)


def _inverse(b: int) -> int:
    inv = b
    for _ in range(6):  # Newton's iteration doubles the correct low bits each time
        inv = (inv * (2 - b * inv)) % (1 << 64)
    return inv


_B_INV = np.uint64(_inverse(int(_B)))
_POWERS: list[tuple[np.ndarray, np.ndarray]] = []


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """``B**k`` and ``B**-k`` for k up to at least ``n`` (cached, grown on demand)."""
    if not _POWERS or _POWERS[-1][0].size < n + 1:
        size = max(n + 1, 1 << 16)
        up = np.cumprod(np.r_[np.uint64(1), np.full(size - 1, _B, dtype=np.uint64)], dtype=np.uint64)
        down = np.cumprod(np.r_[np.uint64(1), np.full(size - 1, _B_INV, dtype=np.uint64)], dtype=np.uint64)
        _POWERS.append((up, down))
        del _POWERS[:-1]
    return _POWERS[-1]


def _span_hashes(codes: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """64-bit hashes of ``codes[starts[k]:ends[k]]`` (canonical code points)."""
    up, down = _powers(codes.size)
    prefix = np.zeros(codes.size + 1, dtype=np.uint64)
    np.cumsum(codes.astype(np.uint64) * up[: codes.size], out=prefix[1:])
    h = (prefix[ends] - prefix[starts]) * down[starts]
    h += (ends - starts).astype(np.uint64) * _LENGTH_MIX
    return mix64(h)


def unit_hash(text: str) -> int:
    """A stable 64-bit hash of a unit's key (the same in every process and run)."""
    codes = canonical_codes(text)
    return int(_span_hashes(codes, np.array([0]), np.array([codes.size]))[0])


def key_hash(key: str) -> int:
    """A stable 64-bit hash of a string (ids and the like; not of units, see :func:`unit_hash`)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


_NEEDS_NORMALIZING = re.compile("[" + "".join(re.escape(chr(c)) for c in _NORMALIZE_TABLE) + "]|  ")


def _clean_line(line: str) -> str:
    """:func:`deedsnlp.normalize.normalize_line`, skipping the table lookup when nothing needs it."""
    return line.strip() if _NEEDS_NORMALIZING.search(line) is None else normalize_line(line)


def paragraphs(text: str) -> Iterator[str]:
    """Normalized non-empty lines of ``text``."""
    for line in split_lines(text):
        line = _clean_line(line)
        if line:
            yield line


def _unit_spans(text: str, min_chars: int, key_lengths: list | None = None) -> tuple[np.ndarray, ...]:
    """Units of already-normalized lines: ``(hashes, whole, starts, ends, line index)``, each
    paragraph followed by its sentences (when it has several), duplicates kept."""
    empty = np.empty(0, dtype=np.int64)
    if not text:
        return np.empty(0, np.uint64), np.empty(0, bool), empty, empty, empty
    raw = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    mapped, keep_table = _tables()
    if raw.max() < 0x10000:
        keep = keep_table[raw]
        codes = mapped[raw][keep]
    else:
        bmp = raw < 0x10000
        low = np.where(bmp, raw, 0)
        keep = np.where(bmp, keep_table[low], True)
        codes = np.where(bmp, mapped[low], raw)[keep]
    kept_before = np.zeros(raw.size + 1, dtype=np.int64)
    np.cumsum(keep, out=kept_before[1:])
    newlines = np.flatnonzero(raw == 10)
    p_starts = np.concatenate(([0], newlines + 1))
    p_ends = np.concatenate((newlines, [raw.size]))
    n_paras = p_starts.size
    spans = np.array([m.span() for m in _SENTENCE.finditer(text)], dtype=np.int64).reshape(-1, 2)
    owner = np.searchsorted(p_starts, spans[:, 0], side="right") - 1
    several = np.bincount(owner, minlength=n_paras) > 1
    spans, owner = spans[several[owner]], owner[several[owner]]  # sentences of paragraphs of several
    starts = np.concatenate((p_starts, spans[:, 0]))
    ends = np.concatenate((p_ends, spans[:, 1]))
    whole = np.concatenate((np.ones(n_paras, bool), np.zeros(owner.size, bool)))
    line = np.concatenate((np.arange(n_paras), owner))
    order = np.lexsort((starts, ~whole, line))  # each paragraph, then its sentences
    starts, ends, whole, line = starts[order], ends[order], whole[order], line[order]
    ks, ke = kept_before[starts], kept_before[ends]
    ok = (ke - ks) >= min_chars
    if key_lengths is not None:
        key_lengths.append(ke[ok] - ks[ok])
    return _span_hashes(codes, ks[ok], ke[ok]), whole[ok], starts[ok], ends[ok], line[ok]


class DocumentUnits:
    """The units of one document as arrays: distinct ``hashes`` (first occurrence first), whether
    each is a ``whole`` paragraph, and its span in the normalized text (text extracted on demand)."""

    __slots__ = ("hashes", "whole", "starts", "ends", "text")

    def __init__(self, text: str, min_chars: int = DEFAULT_MIN_CHARS):
        self.text = "\n".join(paragraphs(text))
        hashes, whole, starts, ends, _ = _unit_spans(self.text, min_chars)
        _, first = np.unique(hashes, return_index=True)
        first.sort()
        self.hashes, self.whole, self.starts, self.ends = hashes[first], whole[first], starts[first], ends[first]

    def __len__(self) -> int:
        return int(self.hashes.size)

    def unit_text(self, k: int) -> str:
        return self.text[self.starts[k] : self.ends[k]].strip()

    def to_dict(self) -> dict[int, tuple[str, bool]]:
        return {int(h): (self.unit_text(k), bool(w)) for k, (h, w) in enumerate(zip(self.hashes.tolist(), self.whole.tolist()))}


def document_units(text: str, min_chars: int = DEFAULT_MIN_CHARS) -> dict[int, tuple[str, bool]]:
    """The units of one document: ``{unit hash: (display text, is a whole paragraph)}``.

    Each key appears once per document, however often the document repeats it. A paragraph
    of several sentences also contributes its sentences.
    """
    return DocumentUnits(text, min_chars).to_dict()


class _GivenUnits:
    """Units computed elsewhere (a ``{hash: (text, whole)}`` mapping) in the shape of DocumentUnits."""

    def __init__(self, units: Mapping[int, tuple[str, bool]]):
        self._texts = [t for t, _ in units.values()]
        self.hashes = np.fromiter(units.keys(), dtype=np.uint64, count=len(units))
        self.whole = np.fromiter((w for _, w in units.values()), dtype=bool, count=len(units))

    def __len__(self) -> int:
        return int(self.hashes.size)

    def unit_text(self, k: int) -> str:
        return self._texts[k]


def _sorted_counts(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct sorted values and their counts (sort-based)."""
    values = np.sort(values)
    if values.size == 0:
        return values, np.empty(0, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    return values[starts], np.diff(np.r_[starts, values.size])


class BoilerplateCounter:
    """Counts units over a stream of documents; :meth:`result` lists the shared ones.

    Memory: 13 bytes per (document, unit) occurrence, 8 bytes per distinct unit, and the text of
    units seen in at least two documents.
    """

    def __init__(self, min_chars: int = DEFAULT_MIN_CHARS, chunk_docs: int = 1024):
        if min_chars < 1:
            raise ValueError(f"min_chars must be at least 1, got {min_chars}")
        if chunk_docs < 1:
            raise ValueError(f"chunk_docs must be at least 1, got {chunk_docs}")
        self.min_chars = min_chars
        self.chunk_docs = chunk_docs
        self.ids: list[str] = []
        self._seen = np.empty(0, dtype=np.uint64)  # sorted distinct hashes of flushed chunks
        self._hashes: list[np.ndarray] = []
        self._docs: list[np.ndarray] = []
        self._whole: list[np.ndarray] = []
        self._texts: dict[int, str] = {}  # hash -> display text, for units seen in two documents
        self._chunk: list = []
        self._chunk_start = 0

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, doc_id: str, text: str) -> None:
        """Count the units of one document."""
        self._add(doc_id, DocumentUnits(text, self.min_chars))

    def add_units(self, doc_id: str, units: Mapping[int, tuple[str, bool]]) -> None:
        """Count units computed elsewhere with :func:`document_units` (e.g. on a worker)."""
        self._add(doc_id, _GivenUnits(units))

    def _add(self, doc_id: str, units) -> None:
        if not self._chunk:
            self._chunk_start = len(self.ids)
        self.ids.append(str(doc_id))
        self._chunk.append(units)
        if len(self._chunk) >= self.chunk_docs:
            self._flush()

    def _flush(self) -> None:
        if not self._chunk:
            return
        hashes = np.concatenate([u.hashes for u in self._chunk])
        whole = np.concatenate([u.whole for u in self._chunk])
        docs = np.repeat(
            np.arange(self._chunk_start, self._chunk_start + len(self._chunk), dtype=np.uint32),
            [len(u) for u in self._chunk],
        )
        uniq, counts = _sorted_counts(hashes)
        repeated = uniq[counts > 1]
        if self._seen.size:
            repeated = np.union1d(repeated, uniq[np.isin(uniq, self._seen, assume_unique=True)])
        if repeated.size:
            known = np.fromiter(self._texts, dtype=np.uint64, count=len(self._texts))
            wanted = np.setdiff1d(repeated, known, assume_unique=True)
            for units in self._chunk:
                if wanted.size == 0:
                    break
                pos = np.minimum(np.searchsorted(wanted, units.hashes), wanted.size - 1)
                hit = np.flatnonzero(wanted[pos] == units.hashes)
                if hit.size:
                    for k in hit.tolist():
                        self._texts[int(units.hashes[k])] = units.unit_text(k)
                    wanted = np.setdiff1d(wanted, units.hashes[hit], assume_unique=True)
        self._seen = np.union1d(self._seen, uniq)
        self._hashes.append(hashes)
        self._docs.append(docs)
        self._whole.append(whole)
        self._chunk = []

    def result(
        self,
        min_docs: int = DEFAULT_MIN_DOCS,
        groups: Sequence[int] | np.ndarray | None = None,
        limit: int | None = None,
    ) -> list[Boilerplate]:
        """Units found in at least ``min_docs`` documents (groups), most frequent first.

        ``groups[i]`` is the group of the i-th added document; documents of one group count once.
        A sentence is left out when a listed paragraph contains it in exactly the same documents.
        """
        if min_docs < 1:
            raise ValueError(f"min_docs must be at least 1, got {min_docs}")
        self._flush()
        if not self._hashes or not self._texts:
            return []
        # only the occurrences of units seen in two documents, chunk by chunk (a corpus of 100k
        # documents has millions of occurrences: no unfiltered copy of them all)
        known = np.sort(np.fromiter(self._texts, dtype=np.uint64, count=len(self._texts)))
        kept_h, kept_d, kept_w = [], [], []
        for h, d, w in zip(self._hashes, self._docs, self._whole):
            pos = np.minimum(np.searchsorted(known, h), known.size - 1)
            keep = known[pos] == h
            kept_h.append(h[keep])
            kept_d.append(d[keep])
            kept_w.append(w[keep])
        hashes, docs, whole = np.concatenate(kept_h), np.concatenate(kept_d), np.concatenate(kept_w)
        del kept_h, kept_d, kept_w
        if hashes.size == 0:
            return []
        group_of = np.arange(len(self.ids), dtype=np.int64) if groups is None else np.asarray(groups, dtype=np.int64)
        if group_of.shape != (len(self.ids),):
            raise ValueError(f"groups must have one entry per document ({len(self.ids)}), got {group_of.shape}")
        order = np.lexsort((docs, hashes))
        hashes = hashes[order]  # (one array at a time: the unsorted one is freed before the next)
        docs = docs[order]
        whole = whole[order]
        del order
        shared = []
        for s, e in shared_runs(hashes, group_of[docs], min_docs):
            members = docs[s:e]
            h = int(hashes[s])
            ids = self.ids
            shared.append(SharedUnit(h, self._texts[h], members.astype(np.int64), tuple([ids[r] for r in members.tolist()]),
                                     bool(whole[s:e].all())))
        del hashes, docs, whole  # (the occurrences are in the shared units now)
        out = rank_units(shared)
        return out if limit is None else out[:limit]


def shared_runs(hashes: np.ndarray, groups: np.ndarray, min_docs: int) -> list[tuple[int, int]]:
    """``(start, end)`` of the runs of equal ``hashes`` (sorted) spanning at least ``min_docs`` groups.

    ``groups[i]`` is the group of occurrence i; counting is vectorised (unique (run, group) pairs).
    """
    if hashes.size == 0:
        return []
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
    ends = np.r_[starts[1:], hashes.size]
    run_of = np.repeat(np.arange(starts.size), ends - starts)
    order = np.lexsort((groups, run_of))
    r, g = run_of[order], groups[order]
    first = np.r_[True, (r[1:] != r[:-1]) | (g[1:] != g[:-1])]
    counts = np.bincount(r[first], minlength=starts.size)
    keep = np.flatnonzero((counts >= min_docs) & (ends - starts >= min_docs))
    return list(zip(starts[keep].tolist(), ends[keep].tolist()))


#: characters of unit texts read at once when ranking (bounds the arrays of :func:`_unit_spans`)
_RANK_CHUNK_CHARS = 200_000


@dataclass(frozen=True)
class SharedUnit:
    """A unit found in enough documents, before ranking: its hash, text, rows (ascending) and ids."""

    hash: int
    text: str
    rows: np.ndarray  # int64, ascending
    ids: tuple[str, ...]
    whole: bool


def rank_units(shared: Iterable[SharedUnit]) -> list[Boilerplate]:
    """Boilerplate entries ranked by document count, then length; sentences that a listed
    paragraph contains in exactly the same documents are left out."""
    shared = list(shared)
    doc_sets = {u.hash: u.rows.tobytes() for u in shared}
    subsumed: set[int] = set()
    key_length = [0] * len(shared)
    # the units' own sentences, a few thousand units at a time (span hashes need arrays as
    # long as the text read at once)
    start = 0
    while start < len(shared):
        end, size = start, 0
        while end < len(shared) and (end == start or size < _RANK_CHUNK_CHARS):
            size += len(shared[end].text) + 1
            end += 1
        lengths: list[np.ndarray] = []
        hashes, whole, _, _, line = _unit_spans("\n".join(u.text for u in shared[start:end]), 1, lengths)
        line = line + start
        for k, n in zip(line[whole].tolist(), lengths[0][whole].tolist()):
            key_length[k] = n
        for h, k in zip(hashes[~whole].tolist(), line[~whole].tolist()):
            if h != shared[k].hash and doc_sets.get(h) == doc_sets[shared[k].hash]:
                subsumed.add(h)
        start = end
    kept = [k for k, u in enumerate(shared) if u.hash not in subsumed]
    kept.sort(key=lambda k: (-len(shared[k].rows), -key_length[k], int(shared[k].rows[0]), shared[k].text))
    return [Boilerplate(shared[k].text, len(shared[k].rows), shared[k].ids, "paragraph" if shared[k].whole else "sentence")
            for k in kept]


def _as_pairs(items: Iterable[Any]) -> Iterator[tuple[str, str]]:
    """``(id, text)`` from Documents, ``(id, text)`` pairs or plain strings (ids ``"0"``, ``"1"`` ...)."""
    for i, item in enumerate(items):
        if isinstance(item, str):
            yield str(i), item
        elif isinstance(item, tuple) and len(item) == 2:
            yield str(item[0]), item[1]
        elif hasattr(item, "id") and hasattr(item, "text"):
            yield str(item.id), item.text
        else:
            raise TypeError(f"expected a Document, an (id, text) pair or a str, got {type(item).__name__}")


def find_boilerplate(
    items: Iterable[Any],
    min_docs: int = DEFAULT_MIN_DOCS,
    *,
    min_chars: int = DEFAULT_MIN_CHARS,
    groups: Mapping[str, Hashable] | None = None,
    limit: int | None = None,
) -> list[Boilerplate]:
    """Sentences and paragraphs shared by at least ``min_docs`` documents, most frequent first.

    ``items`` are :class:`~deedsnlp.document.Document` objects, ``(id, text)`` pairs or strings.
    ``groups`` maps a document id to a group (e.g. its near-duplicate cluster); the documents of
    a group count once toward ``min_docs``. Ids missing from ``groups`` are groups of their own.
    """
    if min_docs < 1:
        raise ValueError(f"min_docs must be at least 1, got {min_docs}")
    counter = BoilerplateCounter(min_chars=min_chars)
    for doc_id, text in _as_pairs(items):
        counter.add(doc_id, text)
    group_rows = None
    if groups:
        labels: dict[Hashable, int] = {}
        group_rows = [
            labels.setdefault(("g", groups[doc_id]), i) if doc_id in groups else labels.setdefault(("d", i), i)
            for i, doc_id in enumerate(counter.ids)
        ]
    return counter.result(min_docs, group_rows, limit=limit)


def boilerplate_ratio(text: str, boilerplate: Iterable[Boilerplate | str]) -> float:
    """Share of ``text``'s key characters that lie in boilerplate units (0.0 to 1.0).

    ``boilerplate`` holds :class:`Boilerplate` items (e.g. from :func:`find_boilerplate` over a
    reference corpus) or plain unit texts. A paragraph counts whole when it is boilerplate,
    otherwise sentence by sentence.

    >>> boilerplate_ratio("支部坚持三会一课制度。全年开展活动。", ["支部坚持三会一课制度"])
    0.625
    """
    keys = {unit_key(b.text if isinstance(b, Boilerplate) else b) for b in boilerplate}
    keys.discard("")
    covered = total = 0
    for para in paragraphs(text):
        key = unit_key(para)
        total += len(key)
        if key in keys:
            covered += len(key)
            continue
        for sentence in split_sentences(para):
            skey = unit_key(sentence)
            if skey in keys:
                covered += len(skey)
    return covered / total if total else 0.0
