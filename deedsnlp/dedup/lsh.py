"""LSH banding, candidate pairs, verification and clusters (union-find), all on numpy arrays.

A signature is cut into ``bands`` bands of ``rows`` values; each band is hashed to one uint64
*band key*. Documents sharing a key in any band are candidates; a candidate pair is kept when
its estimated Jaccard similarity (share of equal signature values) reaches the threshold, and
the kept pairs are joined into clusters.

>>> sigs = np.array([[1, 2, 3, 4], [1, 2, 3, 5], [9, 9, 9, 9]], dtype=np.uint32)
>>> keys = band_keys(sigs, bands=2, rows=2)
>>> candidate_pairs(keys).tolist()
[[0, 1]]
>>> pairs, sims = verify(sigs, candidate_pairs(keys), threshold=0.7)
>>> pairs.tolist(), sims.tolist()
([[0, 1]], [0.75])
>>> clusters(3, pairs)
[[0, 1]]
"""

from __future__ import annotations

import numpy as np

from .minhash import EMPTY
from .shingle import mix64, sorted_unique

_U64 = np.uint64
_BAND_WEIGHTS = np.random.default_rng(7).integers(0, 2**63, size=4096, dtype=np.uint64) * _U64(2) + _U64(1)


def band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """``(n, bands)`` uint64 keys; equal keys mean (up to 2**-64 collisions) equal bands."""
    signatures = np.asarray(signatures, dtype=np.uint32)
    if bands * rows > signatures.shape[1]:
        raise ValueError(f"bands * rows = {bands * rows} exceeds the signature length {signatures.shape[1]}")
    n = signatures.shape[0]
    out = np.empty((n, bands), dtype=np.uint64)
    for b in range(bands):
        block = signatures[:, b * rows : (b + 1) * rows].astype(np.uint64)
        h = block[:, 0] * _BAND_WEIGHTS[0]
        for j in range(1, rows):
            h += block[:, j] * _BAND_WEIGHTS[j]
        out[:, b] = mix64(h)
    return out


def non_empty(signatures: np.ndarray) -> np.ndarray:
    """Rows that are not the empty signature (documents with no shingle at all)."""
    return ~(np.asarray(signatures) == EMPTY).all(axis=1)


def _bucket_pairs(members: np.ndarray, starts: np.ndarray, sizes: np.ndarray, max_bucket: int) -> list[np.ndarray]:
    """Pairs inside buckets: all pairs up to ``max_bucket`` members, else each member with the first.

    ``members[starts[k]:starts[k]+sizes[k]]`` are the rows of bucket k, in ascending order.
    """
    out = []
    small = sizes <= max_bucket
    for m in np.unique(sizes[small]).tolist():
        st = starts[small & (sizes == m)]
        rows = members[st[:, None] + np.arange(m)]
        iu, ju = np.triu_indices(m, 1)
        out.append(np.stack([rows[:, iu].ravel(), rows[:, ju].ravel()], axis=1))
    for s, m in zip(starts[~small].tolist(), sizes[~small].tolist()):
        rows = members[s : s + m]
        out.append(np.stack([np.full(m - 1, rows[0]), rows[1:]], axis=1))
    return out


def _encode(pairs: np.ndarray, n: int) -> np.ndarray:
    return pairs[:, 0].astype(np.uint64) * _U64(n) + pairs[:, 1].astype(np.uint64)


def _decode(codes: np.ndarray, n: int) -> np.ndarray:
    return np.stack([codes // _U64(n), codes % _U64(n)], axis=1).astype(np.int64)


def candidate_pairs(keys: np.ndarray, *, max_bucket: int = 200, mask: np.ndarray | None = None) -> np.ndarray:
    """Distinct pairs ``(i, j)``, ``i < j``, sharing a band key; sorted. Rows outside ``mask`` are skipped."""
    n = keys.shape[0]
    rows_all = np.arange(n, dtype=np.int64) if mask is None else np.flatnonzero(mask)
    found = []
    for b in range(keys.shape[1]):
        col = keys[rows_all, b]
        order = np.argsort(col, kind="stable")
        sk = col[order]
        if sk.size < 2:
            continue
        starts = np.flatnonzero(np.r_[True, sk[1:] != sk[:-1]])
        sizes = np.diff(np.r_[starts, sk.size])
        multi = sizes > 1
        if not multi.any():
            continue
        members = rows_all[order]
        for pairs in _bucket_pairs(members, starts[multi], sizes[multi], max_bucket):
            found.append(_encode(pairs, n))
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    return _decode(sorted_unique(np.concatenate(found)), n)


class BandTable:
    """Band keys of an indexed corpus, sorted per band, for looking up new documents."""

    def __init__(self, keys: np.ndarray, mask: np.ndarray | None = None):
        self.size = keys.shape[0]
        self.rows = np.arange(self.size, dtype=np.int64) if mask is None else np.flatnonzero(mask)
        self.order = []
        self.sorted = []
        for b in range(keys.shape[1]):
            col = keys[self.rows, b]
            order = np.argsort(col, kind="stable")
            self.order.append(self.rows[order])
            self.sorted.append(col[order])

    def lookup(self, keys: np.ndarray, *, max_bucket: int = 200) -> np.ndarray:
        """Distinct pairs ``(query row, indexed row)`` sharing a band key (at most ``max_bucket`` per bucket)."""
        found = []
        m = keys.shape[0]
        for b, (order, sk) in enumerate(zip(self.order, self.sorted)):
            lo = np.searchsorted(sk, keys[:, b], side="left")
            hi = np.searchsorted(sk, keys[:, b], side="right")
            counts = np.minimum(hi - lo, max_bucket)
            hit = counts > 0
            if not hit.any():
                continue
            q = np.repeat(np.arange(m, dtype=np.int64)[hit], counts[hit])
            first = np.repeat(lo[hit], counts[hit])
            within = np.arange(q.size) - np.repeat(np.cumsum(counts[hit]) - counts[hit], counts[hit])
            r = order[first + within]
            found.append(q.astype(np.uint64) * _U64(max(self.size, 1)) + r.astype(np.uint64))
        if not found:
            return np.empty((0, 2), dtype=np.int64)
        return _decode(sorted_unique(np.concatenate(found)), max(self.size, 1))


def verify(
    signatures: np.ndarray,
    pairs: np.ndarray,
    threshold: float,
    other: np.ndarray | None = None,
    chunk: int = 1 << 15,
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs whose estimated Jaccard similarity is at least ``threshold``, with the estimates.

    ``pairs[:, 0]`` index ``signatures``, ``pairs[:, 1]`` index ``other`` (default: ``signatures``).
    """
    other = signatures if other is None else other
    if pairs.size == 0:
        return pairs.reshape(0, 2), np.empty(0, dtype=float)
    sims = np.empty(pairs.shape[0], dtype=float)
    p = signatures.shape[1]
    for s in range(0, pairs.shape[0], chunk):
        block = pairs[s : s + chunk]
        sims[s : s + chunk] = (signatures[block[:, 0]] == other[block[:, 1]]).sum(axis=1) / p
    keep = sims >= threshold - 1e-12
    return pairs[keep], sims[keep]


class UnionFind:
    """Disjoint sets over ``0 .. n-1`` (union by size, path halving)."""

    def __init__(self, n: int):
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return ra

    def roots(self) -> np.ndarray:
        return np.fromiter((self.find(i) for i in range(len(self.parent))), dtype=np.int64, count=len(self.parent))


def clusters(n: int, pairs: np.ndarray) -> list[list[int]]:
    """Connected components of size >= 2 over ``pairs``; members ascending, clusters by first member."""
    uf = UnionFind(n)
    for a, b in pairs.tolist():
        uf.union(a, b)
    return components(uf.roots())


def components(roots: np.ndarray) -> list[list[int]]:
    """Groups of rows sharing a root, size >= 2, members ascending, ordered by first member."""
    order = np.argsort(roots, kind="stable")
    sr = roots[order]
    starts = np.flatnonzero(np.r_[True, sr[1:] != sr[:-1]]) if sr.size else np.empty(0, dtype=np.int64)
    sizes = np.diff(np.r_[starts, sr.size])
    groups = [order[s : s + m].tolist() for s, m in zip(starts.tolist(), sizes.tolist()) if m > 1]
    groups.sort(key=lambda g: g[0])
    return groups
