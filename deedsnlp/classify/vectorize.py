"""TF-IDF features for the linear backend, built for a whole batch at once.

* Character bigrams and trigrams are computed with numpy over the batch's code points (exact
  63-bit keys, multiplicative hashing into 2**20 buckets) — no Python string per n-gram.
* Word, heading and layout tokens map to columns with one dict lookup each.
* Only buckets and tokens seen in training get a column (``bucket_map_``), so the model stays
  small and unseen n-grams cost nothing.

Weighting as scikit-learn's ``TfidfVectorizer(sublinear_tf=True)``: smooth idf, l2 norm.

* With ``context`` > 0, the first ``context`` words of the previous and of the next passage
  are columns of their own (a word's column shifted to a "previous passage" or "next passage"
  copy, weighted by the word's idf), computed from the word entries of the neighbouring rows:
  no string is built per neighbour word.

Prediction works on the non-zero entries as numpy arrays (:meth:`PassageVectorizer.transform_arrays`,
no scipy import); training gets a ``scipy.sparse`` matrix from :meth:`PassageVectorizer.transform`.
"""

from __future__ import annotations

from itertools import chain, repeat
from typing import Sequence

import numpy as np

HASH_BITS = 20
#: prefix of the word tokens (see :func:`deedsnlp.classify.features.passage_features`)
WORD_PREFIX = "\x1fw"
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def ngram_buckets(texts: Sequence[str], limit: int = 300) -> tuple[np.ndarray, np.ndarray]:
    """Row ids and hash buckets of the character bigrams and trigrams of ``texts``."""
    texts = [t[:limit] for t in texts]
    if not texts:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    joined = "\x00".join(texts)
    a = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    lens = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
    rows = np.repeat(np.arange(len(texts)), lens)[: len(a)]
    nz = a != 0
    ok2 = nz[:-1] & nz[1:]
    k2 = (a[:-1] << np.uint64(21)) | a[1:]
    ok3 = ok2[:-1] & nz[2:]
    k3 = (a[:-2] << np.uint64(42)) | (a[1:-1] << np.uint64(21)) | a[2:]
    keys = np.concatenate([k2[ok2], k3[ok3]])
    r = np.concatenate([rows[:-1][ok2], rows[:-2][ok3]])
    buckets = (keys * _GOLDEN) >> np.uint64(64 - HASH_BITS)
    return r, buckets.astype(np.int64)


class PassageVectorizer:
    """Fit on (n-gram texts, token lists); transform the same to an l2-normalized TF-IDF matrix."""

    def __init__(self, min_df: int = 2, context: int = 0):
        self.min_df = min_df
        self.context = context

    def fit(self, texts: Sequence[str], token_lists: Sequence[Sequence[str]]) -> "PassageVectorizer":
        """Learn the columns: n-gram buckets and tokens seen in at least ``min_df`` passages
        (rarer ones carry no weight a linear model can trust, and cost time at prediction)."""
        n = len(texts)
        rows, buckets = ngram_buckets(texts)
        pairs = np.unique(rows * (1 << HASH_BITS) + buckets)  # (row, bucket) once: document frequency
        used, bucket_df = np.unique(pairs & ((1 << HASH_BITS) - 1), return_counts=True)
        keep = bucket_df >= self.min_df
        used, bucket_df = used[keep], bucket_df[keep]
        self.bucket_map_ = np.full(1 << HASH_BITS, -1, dtype=np.int32)
        self.bucket_map_[used] = np.arange(len(used), dtype=np.int32)
        df: dict[str, int] = {}
        for toks in token_lists:
            for t in set(toks):
                df[t] = df.get(t, 0) + 1
        terms = sorted(t for t, c in df.items() if c >= self.min_df)
        self.n_buckets_ = len(used)
        self.vocabulary_ = {t: self.n_buckets_ + i for i, t in enumerate(terms)}
        counts = np.concatenate([bucket_df, np.array([df[t] for t in terms], dtype=np.int64)]).astype(np.float64)
        self.idf_ = (np.log((1 + n) / (1 + counts)) + 1).astype(np.float32)
        if self.context:
            self._set_context()
            self.idf_ = np.concatenate([self.idf_, self.idf_[self.word_cols_], self.idf_[self.word_cols_]])
        return self

    def _set_context(self) -> None:
        """The word columns and their previous-/next-passage columns (after all other columns)."""
        base = self.n_buckets_ + len(self.vocabulary_)
        self.word_cols_ = np.array(sorted(c for t, c in self.vocabulary_.items() if t.startswith(WORD_PREFIX)),
                                   dtype=np.int64)
        k = len(self.word_cols_)
        self.near_map_ = np.full((2, base), -1, dtype=np.int64)
        self.near_map_[0, self.word_cols_] = base + np.arange(k)
        self.near_map_[1, self.word_cols_] = base + k + np.arange(k)

    @property
    def n_features_(self) -> int:
        return len(self.idf_)

    def state(self) -> dict[str, np.ndarray]:
        used = np.flatnonzero(self.bucket_map_ >= 0)
        used = used[np.argsort(self.bucket_map_[used])]
        terms = sorted(self.vocabulary_, key=self.vocabulary_.get)
        out = {"buckets": used.astype(np.int32), "terms": np.array(terms, dtype=np.str_), "idf": self.idf_}
        if self.context:
            out["context"] = np.array([self.context], dtype=np.int32)
        return out

    @classmethod
    def from_state(cls, state: dict[str, np.ndarray]) -> "PassageVectorizer":
        v = cls()
        used = state["buckets"].astype(np.int64)
        v.bucket_map_ = np.full(1 << HASH_BITS, -1, dtype=np.int32)
        v.bucket_map_[used] = np.arange(len(used), dtype=np.int32)
        v.n_buckets_ = len(used)
        v.vocabulary_ = {str(t): v.n_buckets_ + i for i, t in enumerate(state["terms"])}
        v.idf_ = np.asarray(state["idf"], dtype=np.float32)
        v.context = int(state["context"][0]) if "context" in state else 0
        if v.context:
            v._set_context()
        return v

    def transform_arrays(self, texts: Sequence[str], token_lists: Sequence[Sequence[str]], near=None):
        """The l2-normalized TF-IDF entries as ``(rows, cols, values)`` numpy arrays, sorted by
        row then column, one entry per (row, column). ``near``: ``(previous, next)`` row index
        arrays (-1: none), for the neighbour columns of a vectorizer with ``context``."""
        n = len(texts)
        rows_g, buckets = ngram_buckets(texts)
        cols_g = self.bucket_map_[buckets]
        keep = cols_g >= 0
        lengths = np.fromiter(map(len, token_lists), dtype=np.int64, count=n)
        flat = list(chain.from_iterable(token_lists))
        ids = np.fromiter(map(self.vocabulary_.get, flat, repeat(-1, len(flat))), dtype=np.int64, count=len(flat))
        known = ids >= 0
        cols_w = ids[known]
        rows_w = np.repeat(np.arange(n), lengths)[known]
        if self.context and near is not None and len(cols_w):
            rows_w, cols_w = self._with_neighbours(n, rows_w, cols_w, near)
        rows = np.concatenate([rows_g[keep], rows_w])
        cols = np.concatenate([cols_g[keep].astype(np.int64), cols_w])
        width = np.int64(self.n_features_)
        keys = rows * width + cols
        if n * int(width) < 2**31:  # 32-bit keys sort about twice as fast
            keys = keys.astype(np.int32)
        keys, counts = np.unique(keys, return_counts=True)
        keys = keys.astype(np.int64)
        rows, cols = keys // width, keys % width
        data = ((1.0 + np.log(counts)) * self.idf_[cols]).astype(np.float32)
        norms = np.sqrt(np.bincount(rows, weights=data.astype(np.float64) ** 2, minlength=n))
        norms[norms == 0] = 1.0
        data /= norms[rows].astype(np.float32)
        return rows, cols, data

    def _with_neighbours(self, n: int, rows: np.ndarray, cols: np.ndarray, near):
        """``rows``/``cols`` plus the neighbour entries: the first ``context`` word entries of each
        row, copied to the next row as "previous passage" columns and to the previous row as
        "next passage" columns."""
        prev_row, next_row = (np.asarray(a, dtype=np.int64) for a in near)
        is_word = self.near_map_[0, cols] >= 0
        wr, wc = rows[is_word], cols[is_word]  # sorted by row, in token order within a row
        if not len(wr):
            return rows, cols
        rank = np.arange(len(wr)) - np.searchsorted(wr, wr)  # position among the row's words
        first = rank < self.context
        wr, wc = wr[first], wc[first]
        to_next, to_prev = next_row[wr], prev_row[wr]
        a, b = to_next >= 0, to_prev >= 0
        rows = np.concatenate([rows, to_next[a], to_prev[b]])
        cols = np.concatenate([cols, self.near_map_[0, wc[a]], self.near_map_[1, wc[b]]])
        return rows, cols

    def transform(self, texts: Sequence[str], token_lists: Sequence[Sequence[str]], near=None):
        """The TF-IDF matrix as ``scipy.sparse.csr_matrix`` (for training)."""
        from scipy import sparse

        rows, cols, data = self.transform_arrays(texts, token_lists, near)
        return sparse.csr_matrix((data, (rows, cols)), shape=(len(texts), self.n_features_))
