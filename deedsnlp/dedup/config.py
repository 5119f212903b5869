"""The one settings object shared by every near-duplicate stage.

>>> cfg = DedupConfig()
>>> (cfg.threshold, cfg.num_perm, cfg.shingle, cfg.ngram, cfg.seed)
(0.7, 128, 'char', 5, 1)
>>> cfg.lsh_params()
(20, 6)
>>> DedupConfig(shingle="word").ngram
3
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from typing import Any

import numpy as np

SHINGLES = ("char", "word")
DEFAULT_NGRAM = {"char": 5, "word": 3}
#: version of the shingle hashing and canonicalization; stored in indexes, bump on any change
SIGNATURE_VERSION = 1


@dataclass(frozen=True)
class DedupConfig:
    """Near-duplicate settings.

    * ``threshold``: estimated Jaccard similarity at or above which two documents are
      near-duplicates.
    * ``num_perm``: MinHash permutations (signature length).
    * ``shingle`` / ``ngram``: ``"char"`` n-grams of the canonical text (default n=5) or ``"word"``
      n-grams of jieba tokens (default n=3).
    * ``seed``: seeds the permutations; signatures only compare under the same seed.
    * ``bands`` / ``rows``: LSH banding; computed from the threshold when not given.
    * ``weights``: (false-positive, false-negative) weights used to choose the banding; candidates
      are verified afterwards, so false negatives cost more than false positives.
    * ``min_docs`` / ``min_chars``: boilerplate units shared by at least ``min_docs`` documents
      and at least ``min_chars`` characters long (see :mod:`deedsnlp.dedup.boilerplate`).
    * ``batch_size``: documents per signature batch; ``workers``: threads computing batches.
    * ``max_bucket``: an LSH bucket larger than this is verified against its first member only
      instead of all pairs (floods of exact copies).
    """

    threshold: float = 0.7
    num_perm: int = 128
    ngram: int | None = None
    shingle: str = "char"
    seed: int = 1
    bands: int | None = None
    rows: int | None = None
    weights: tuple[float, float] = (0.1, 0.9)
    min_docs: int = 2
    min_chars: int = 6
    boilerplate: bool = True
    batch_size: int = 512
    workers: int = 1
    max_bucket: int = 200

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {self.threshold}")
        if not 2 <= self.num_perm <= 4096:
            raise ValueError(f"num_perm must be between 2 and 4096, got {self.num_perm}")
        if self.shingle not in SHINGLES:
            raise ValueError(f"shingle must be one of {SHINGLES}, got {self.shingle!r}")
        if self.ngram is None:
            object.__setattr__(self, "ngram", DEFAULT_NGRAM[self.shingle])
        if not 1 <= self.ngram <= 32:
            raise ValueError(f"ngram must be between 1 and 32, got {self.ngram}")
        if not 0 <= self.seed < 2**32:
            raise ValueError(f"seed must be in [0, 2**32), got {self.seed}")
        if (self.bands is None) != (self.rows is None):
            raise ValueError("give both bands and rows, or neither")
        if self.bands is not None:
            if self.bands < 1 or self.rows < 1:
                raise ValueError(f"bands and rows must be positive, got {self.bands} and {self.rows}")
            if self.bands * self.rows > self.num_perm:
                raise ValueError(f"bands * rows = {self.bands * self.rows} exceeds num_perm {self.num_perm}")
        if len(self.weights) != 2 or any(w < 0 for w in self.weights) or abs(sum(self.weights) - 1) > 1e-9:
            raise ValueError(f"weights must be two non-negative numbers summing to 1, got {self.weights}")
        object.__setattr__(self, "weights", tuple(float(w) for w in self.weights))
        if self.min_docs < 1:
            raise ValueError(f"min_docs must be at least 1, got {self.min_docs}")
        if self.min_chars < 1:
            raise ValueError(f"min_chars must be at least 1, got {self.min_chars}")
        if self.batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {self.batch_size}")
        if self.workers < 1:
            raise ValueError(f"workers must be at least 1, got {self.workers}")
        if self.max_bucket < 2:
            raise ValueError(f"max_bucket must be at least 2, got {self.max_bucket}")

    def lsh_params(self) -> tuple[int, int]:
        """``(bands, rows)``: as given, or the banding that minimises the weighted error at the threshold."""
        if self.bands is not None:
            return self.bands, self.rows  # type: ignore[return-value]
        return optimal_params(self.threshold, self.num_perm, self.weights)

    def signature_settings(self) -> dict[str, Any]:
        """The settings a signature depends on (an index refuses signatures made otherwise)."""
        return {"num_perm": self.num_perm, "ngram": self.ngram, "shingle": self.shingle, "seed": self.seed,
                "signature_version": SIGNATURE_VERSION}

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["weights"] = list(self.weights)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DedupConfig":
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if "weights" in known:
            known["weights"] = tuple(known["weights"])
        return cls(**known)

    def replace(self, **changes: Any) -> "DedupConfig":
        return replace(self, **changes)


def collision_probability(similarity, bands: int, rows: int):
    """Probability that two documents of this Jaccard similarity share at least one band."""
    s = np.asarray(similarity, dtype=float)
    return 1.0 - (1.0 - s**rows) ** bands


@lru_cache(maxsize=64)
def optimal_params(threshold: float, num_perm: int, weights: tuple[float, float] = (0.5, 0.5)) -> tuple[int, int]:
    """Banding minimising ``fp_weight * P(candidate | s < t) + fn_weight * P(missed | s >= t)``.

    The same objective as datasketch's ``MinHashLSH`` (areas under the S-curve), integrated on a grid.
    """
    grid = np.linspace(0.0, 1.0, 2001)
    below, above = grid <= threshold, grid >= threshold
    best, best_err = (1, num_perm), float("inf")
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            p = collision_probability(grid, b, r)
            fp = np.trapezoid(p[below], grid[below]) if below.sum() > 1 else 0.0
            fn = np.trapezoid(1.0 - p[above], grid[above]) if above.sum() > 1 else 0.0
            err = weights[0] * fp + weights[1] * fn
            if err < best_err - 1e-15:
                best, best_err = (b, r), err
    return best
