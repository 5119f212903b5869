"""Batched MinHash signatures with numpy, compatible with datasketch's ``affine32`` scheme.

A signature is ``num_perm`` uint32 values: for each permutation ``k``, the minimum over the
text's shingle hashes ``h`` of ``a[k] * fmix32(h) + b[k] (mod 2**32)``. The permutation
parameters are drawn exactly as datasketch 2.x draws them (``np.random.RandomState(seed)``, odd
``a``), and the shingle hashes are pre-mixed with the same MurmurHash3 finalizer, so a signature
equals ``datasketch.MinHash(num_perm, seed, scheme="affine32", hashfunc=int)`` updated with the
same shingle hashes, and converts to a :class:`datasketch.LeanMinHash` for datasketch's LSH,
Redis storage and serialization.

Instead of one ``update`` per shingle, a whole batch of documents is hashed at once: the
shingle hashes of many documents are concatenated, a block of permutations is applied to all of
them as one ``(perms, shingles)`` array, and ``np.minimum.reduceat`` takes the per-document minima.

>>> hasher = MinHasher(num_perm=4, seed=1)
>>> sig = hasher.signature(np.array([1, 2, 3], dtype=np.uint32))
>>> import datasketch
>>> m = datasketch.MinHash(num_perm=4, seed=1, hashfunc=int)
>>> m.update_batch([1, 2, 3])
>>> bool((m.hashvalues == sig).all())
True
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from .config import DedupConfig

_U32 = np.uint32
EMPTY = np.uint32(0xFFFFFFFF)  # the value of a permutation slot no shingle reached
SCHEME = "affine32"


def fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (a bijection), as datasketch applies before permuting."""
    h = h ^ (h >> _U32(16))
    h *= _U32(0x85EBCA6B)
    h ^= h >> _U32(13)
    h *= _U32(0xC2B2AE35)
    h ^= h >> _U32(16)
    return h


class MinHasher:
    """Signatures for sets of 32-bit shingle hashes.

    ``block`` permutations and about ``chunk`` shingles are processed per numpy operation, which
    keeps the working array (``block * chunk * 4`` bytes) in cache.
    """

    def __init__(self, num_perm: int = 128, seed: int = 1, *, block: int = 32, chunk: int = 60_000):
        if num_perm < 1:
            raise ValueError(f"num_perm must be positive, got {num_perm}")
        if block < 1 or chunk < 1:
            raise ValueError("block and chunk must be positive")
        self.num_perm = num_perm
        self.seed = seed
        self.block = block
        self.chunk = chunk
        gen = np.random.RandomState(seed)  # datasketch's draw, so signatures match its MinHash
        self.a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * _U32(2) + _U32(1)
        self.b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)

    @classmethod
    def from_config(cls, config: DedupConfig) -> "MinHasher":
        return cls(config.num_perm, config.seed)

    def signature(self, shingles: np.ndarray) -> np.ndarray:
        """The signature of one set of shingle hashes."""
        shingles = np.asarray(shingles, dtype=np.uint32)
        return self.signatures(shingles, np.array([0, shingles.size]))[0]

    def signatures(self, hashes: np.ndarray, offsets: np.ndarray) -> np.ndarray:
        """Signatures ``(len(offsets) - 1, num_perm)`` of the sets ``hashes[offsets[i]:offsets[i+1]]``.

        An empty set gets the all-``0xFFFFFFFF`` signature (datasketch's empty MinHash).
        """
        offsets = np.asarray(offsets, dtype=np.int64)
        n = offsets.size - 1
        out = np.full((n, self.num_perm), EMPTY, dtype=np.uint32)
        if n <= 0 or hashes.size == 0:
            return out
        mixed = fmix32(np.asarray(hashes, dtype=np.uint32))
        lengths = np.diff(offsets)
        docs = np.flatnonzero(lengths > 0)
        # consecutive runs of documents holding about `chunk` shingles each
        cuts = np.searchsorted(offsets[docs], np.arange(0, int(offsets[-1]), self.chunk), side="left")
        cuts = np.unique(np.r_[cuts, docs.size])
        buf = np.empty((self.block, self.chunk + int(lengths.max())), dtype=np.uint32)
        for lo, hi in zip(cuts[:-1], cuts[1:]):
            group = docs[lo:hi]
            s0, s1 = int(offsets[group[0]]), int(offsets[group[-1] + 1])
            x = mixed[s0:s1]
            starts = offsets[group] - s0
            for p0 in range(0, self.num_perm, self.block):
                p1 = min(p0 + self.block, self.num_perm)
                h = buf[: p1 - p0, : s1 - s0]
                np.multiply(self.a[p0:p1, None], x[None, :], out=h)
                h += self.b[p0:p1, None]
                out[group, p0:p1] = np.minimum.reduceat(h, starts, axis=1).T
        return out

    # -- datasketch interop -------------------------------------------------------------------
    def lean(self, signature: np.ndarray):
        """The signature as a :class:`datasketch.LeanMinHash` (same seed, ``affine32`` scheme)."""
        from datasketch import LeanMinHash

        return LeanMinHash(seed=self.seed, hashvalues=np.asarray(signature, dtype=np.uint32), scheme=SCHEME)

    def from_lean(self, lean) -> np.ndarray:
        """The signature of a LeanMinHash made by :meth:`lean` (checks seed, scheme and length)."""
        if getattr(lean, "scheme", None) != SCHEME or lean.seed != self.seed or len(lean.hashvalues) != self.num_perm:
            raise ValueError(
                f"expected a {SCHEME} MinHash with seed {self.seed} and {self.num_perm} permutations, "
                f"got {getattr(lean, 'scheme', None)} seed {lean.seed} with {len(lean.hashvalues)}"
            )
        return np.asarray(lean.hashvalues, dtype=np.uint32)


def estimate_jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> np.ndarray | float:
    """Estimated Jaccard similarity: the share of equal signature slots (row-wise for 2-D arrays)."""
    eq = np.asarray(sig_a) == np.asarray(sig_b)
    return eq.mean(axis=-1)


def signatures_of(texts: Sequence[str], config: DedupConfig | None = None) -> np.ndarray:
    """Signatures of texts in one call (shingling and hashing with ``config``)."""
    from .shingle import Shingler

    config = config or DedupConfig()
    hashes, offsets = Shingler(config).batch(texts)
    return MinHasher.from_config(config).signatures(hashes, offsets)
