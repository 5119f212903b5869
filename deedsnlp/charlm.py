"""A character n-gram language model of Chinese text (used by the cleaner's mask suggestions and
its censor-dot test, and available to any stage that needs character probabilities).

>>> lm = CharNgramLM(order=3).fit(["加强干部队伍建设", "加强党员队伍建设"])
>>> lm.prob("强", "加") > lm.prob("弱", "加")
True
>>> [round(p, 6) for p in lm.probs(["强", "弱"], ["加", "加"])] == [round(lm.prob("强", "加"), 6), round(lm.prob("弱", "加"), 6)]
True
"""

from __future__ import annotations

import math
import re
from typing import Iterable, Sequence

import numpy as np

BOS, EOS = "\x02", "\x03"
_CJK_CHAR_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")


_EMPTY = (np.empty(0, np.uint64), np.empty(0, np.int64))
_NO_ROWS = (np.empty(0, np.uint64), np.empty((4, 0), np.int32))


def _get(keys: np.ndarray, vals: np.ndarray, query: np.ndarray) -> np.ndarray:
    """``vals`` of ``query`` codes in the sorted ``keys`` (0 where absent), vectorized."""
    if keys.size == 0:
        return np.zeros(query.shape, np.int64)
    pos = np.minimum(np.searchsorted(keys, query), keys.size - 1)
    return np.where(keys[pos] == query, vals[pos], 0)


class CharNgramLM:
    """A character n-gram model: interpolated Kneser-Ney (default) or Witten-Bell smoothing.

    Characters get dense ids (12 bits, the 4,094 most frequent; the rest share one id), so an
    n-gram of up to 5 characters is one integer: counting is a ``numpy.unique`` per order, and
    the characters that follow a context are a contiguous slice of the sorted codes. Counts live
    in sorted arrays (no per-n-gram Python objects): :meth:`probs` looks up many probabilities
    at once, :meth:`prob` one. The model can be written to and read from an ``.npz`` file
    (:meth:`save`, :meth:`load`; no pickle).
    """

    BITS = 12

    def __init__(self, order: int = 5, smoothing: str = "kneser-ney"):
        if not 2 <= order <= 5:
            raise ValueError(f"order must be between 2 and 5, got {order}")
        if smoothing not in ("kneser-ney", "witten-bell"):
            raise ValueError(f"smoothing must be 'kneser-ney' or 'witten-bell', got {smoothing!r}")
        self.order = order
        self.smoothing = smoothing

    def fit(self, segments: Iterable[str]) -> "CharNgramLM":
        joined = BOS + (EOS + BOS).join(segments) + EOS
        points = np.frombuffer(joined.encode("utf-32-le"), dtype="<u4")
        uniq, inverse, freq = np.unique(points, return_inverse=True, return_counts=True)
        limit = (1 << self.BITS) - 1  # ids 1..limit-1 for characters, limit for the rest
        rank = np.empty(len(uniq), dtype=np.int64)
        rank[np.argsort(-freq, kind="stable")] = np.arange(len(uniq))
        ids_of_uniq = np.minimum(rank + 1, limit)
        ids = ids_of_uniq[inverse].astype(np.uint64)
        keep = ids_of_uniq < limit
        cps = uniq[keep]
        self._set_chars(list(cps.astype("<u4").tobytes().decode("utf-32-le")), ids_of_uniq[keep].tolist(), cps)
        sorted_codes: list = [None]
        sorted_counts: list = [None]
        n = len(ids)
        bits = np.uint64(self.BITS)
        for k in range(1, self.order + 1):
            if n < k:
                break
            codes = ids[: n - k + 1].copy()
            for j in range(1, k):
                codes = (codes << bits) | ids[j : n - k + 1 + j]
            u, c = np.unique(codes, return_counts=True)
            sorted_codes.append(u)
            sorted_counts.append(c.astype(np.int64))
        self._set_counts(sorted_codes, sorted_counts, int(n), len(uniq) + 1)
        return self

    def _set_chars(self, chars: list[str], ids: list[int], cps: np.ndarray | None = None) -> None:
        self.char_ids_ = dict(zip(chars, ids))
        self.id_chars_ = dict(zip(ids, chars))
        self.unk_ = (1 << self.BITS) - 1
        cps = np.array([ord(c) for c in chars], dtype=np.int64) if cps is None else cps.astype(np.int64)
        order = np.argsort(cps)
        # code point -> id, for whole strings at once (a sentinel past the end for unseen ones)
        self._cps = np.r_[cps[order], np.int64(1 << 40)]
        self._cp_ids = np.r_[np.asarray(ids, dtype=np.uint64)[order], np.uint64(self.unk_)]

    def _ids(self, text: str) -> np.ndarray:
        """The ids of the characters of ``text`` (unseen ones: the shared id)."""
        if not text:
            return np.empty(0, np.uint64)
        cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.int64)
        pos = np.searchsorted(self._cps, cps)
        ids = self._cp_ids[pos]
        ids[self._cps[pos] != cps] = self.unk_
        return ids

    def _set_counts(self, sorted_codes: list, sorted_counts: list, total: int, vocab_size: int,
                    cont: dict | None = None, mid: dict | None = None) -> None:
        """Every table the probabilities need, from the sorted n-gram codes of each order (the
        continuation counts ``cont``/``mid`` are computed unless given, as read from a file).

        Per n-gram length L, ``_by_len[L]`` holds the sorted codes of the L-grams and four rows:
        their counts, types (distinct followers), cont (distinct left neighbours) and mid
        (distinct (left, right) pairs around them)."""
        bits = np.uint64(self.BITS)
        types: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        conts: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        mids: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self.cont_total_ = 1
        self.discount_: dict[int, float] = {}
        for k in range(2, len(sorted_codes)):
            u, c = sorted_codes[k], sorted_counts[k]
            types[k - 1] = _runs(u >> bits)  # (u is sorted, so are its prefixes)
            # Kneser-Ney continuation counts: distinct left neighbours of the (k-1)-gram suffix
            if cont is not None:
                conts[k - 1] = cont[k]
            else:
                conts[k - 1] = np.unique(u & np.uint64((1 << (self.BITS * (k - 1))) - 1), return_counts=True)
            if k > 2:
                if mid is not None:
                    mids[k - 2] = mid[k]
                else:
                    mids[k - 2] = np.unique((u >> bits) & np.uint64((1 << (self.BITS * (k - 2))) - 1), return_counts=True)
            else:
                self.cont_total_ = len(u)
            n1, n2 = int((c == 1).sum()), int((c == 2).sum())
            self.discount_[k] = n1 / (n1 + 2 * n2) if n1 + n2 else 0.75
        # one table per length: the L-grams (every key of the tables above is one) with their
        # count, types, cont and mid aside (int32), so that one search finds all four
        self._by_len: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self.sorted_codes_ = sorted_codes
        self.sorted_counts_ = [None]
        for k in range(1, len(sorted_codes)):
            keys = sorted_codes[k]
            rows = np.zeros((4, keys.size), np.int32)
            rows[0] = sorted_counts[k]
            for row, table in ((1, types), (2, conts), (3, mids)):
                if k in table:  # (aligned already when read from a file)
                    v = table[k]
                    rows[row] = v if isinstance(v, np.ndarray) else _aligned(keys, *v)
            self._by_len[k] = (keys, rows)
            self.sorted_counts_.append(rows[0])
        self.total_ = total
        self.vocab_size_ = vocab_size
        limit = self.unk_
        cjk = np.zeros(limit + 1, dtype=bool)
        cps, known = self._cps[:-1], self._cp_ids[:-1].astype(np.int64)
        cjk[known[((cps >= 0x3400) & (cps <= 0x4DBF)) | ((cps >= 0x4E00) & (cps <= 0x9FFF))]] = True
        self._cjk_ids = cjk
        if len(sorted_codes) > 1:
            order1 = np.argsort(-sorted_counts[1], kind="stable")
            ranked = sorted_codes[1][order1].astype(np.int64)
            self.top_unigrams_ = [self.id_chars_[x] for x in ranked[cjk[ranked]][:20].tolist()]
        else:
            self.top_unigrams_ = []
        self._followers_cache: dict[tuple[str, int], list[str]] = {}
        self._memo: dict[tuple[str, str], float] = {}
        self._after_memo: dict[tuple[int, int, int], list[str]] = {}
        self.__dict__.pop("_dicts", None)

    def _count(self, length: int) -> tuple[np.ndarray, np.ndarray]:
        """Sorted codes and counts of the n-grams of ``length`` (empty when none)."""
        if length < len(self.sorted_codes_):
            return self.sorted_codes_[length], self.sorted_counts_[length]
        return _EMPTY

    # -- a file of arrays (no pickle) ------------------------------------------------------------
    def arrays(self) -> dict[str, np.ndarray]:
        """The model as plain arrays: the settings, the characters with their ids, and for each
        order the n-grams (as the number of continuations of each shorter n-gram and the id of
        the last character, which compresses well) with their counts."""
        chars = sorted(self.char_ids_, key=self.char_ids_.get)
        out = {
            "meta": np.array([self.order, self.total_, self.vocab_size_, self.smoothing == "kneser-ney"], dtype=np.int64),
            "chars": np.frombuffer("".join(chars).encode("utf-32-le"), dtype="<u4"),
            "char_ids": np.array([self.char_ids_[c] for c in chars], dtype=np.int64),
        }
        bits = np.uint64(self.BITS)
        for k in range(1, len(self.sorted_codes_)):
            codes, counts = self.sorted_codes_[k], self.sorted_counts_[k]
            if k == 1:
                out["last1"] = codes.astype(np.uint16)
            else:
                prev = self.sorted_codes_[k - 1]
                out[f"children{k}"] = np.bincount(np.searchsorted(prev, codes >> bits), minlength=prev.size).astype(np.uint16)
                out[f"last{k}"] = (codes & np.uint64((1 << self.BITS) - 1)).astype(np.uint16)
            out[f"counts{k}"] = _small(counts)
            if k >= 2:  # continuation counts, aligned with the shorter n-grams they belong to
                out[f"cont{k}"] = _small(self._by_len[k - 1][1][2])
            if k >= 3:
                out[f"mid{k}"] = _small(self._by_len[k - 2][1][3])
        return out

    @classmethod
    def from_arrays(cls, arrays) -> "CharNgramLM":
        """The model of :meth:`arrays` (a mapping of names to arrays, e.g. an opened ``.npz``)."""
        order, total, vocab, kn = (int(x) for x in arrays["meta"])
        lm = cls(order, "kneser-ney" if kn else "witten-bell")
        chars = np.asarray(arrays["chars"], dtype="<u4").tobytes().decode("utf-32-le")
        lm._set_chars(list(chars), np.asarray(arrays["char_ids"]).tolist())
        bits = np.uint64(cls.BITS)
        codes: list = [None]
        counts: list = [None]
        k = 1
        while f"last{k}" in arrays:
            last = np.asarray(arrays[f"last{k}"]).astype(np.uint64)
            if k == 1:
                codes.append(last)
            else:
                codes.append((np.repeat(codes[k - 1], np.asarray(arrays[f"children{k}"]).astype(np.int64)) << bits) | last)
            counts.append(np.asarray(arrays[f"counts{k}"]).astype(np.int64))
            k += 1
        cont, mid = {}, {}
        for k in range(2, len(codes)):
            cont[k] = np.asarray(arrays[f"cont{k}"])  # aligned with codes[k - 1]
            if k >= 3:
                mid[k] = np.asarray(arrays[f"mid{k}"])
        lm._set_counts(codes, counts, total, vocab, cont, mid)
        return lm

    def save(self, path) -> None:
        """Write the model to ``path`` (:meth:`arrays` in a compressed ``.npz``)."""
        np.savez_compressed(path, **self.arrays())

    @classmethod
    def load(cls, path) -> "CharNgramLM":
        """A model written by :meth:`save` (read without pickle)."""
        with np.load(path, allow_pickle=False) as data:
            return cls.from_arrays({name: data[name] for name in data.files})

    # -- the count tables as dicts (compatibility; built on first access) --------------------------
    @property
    def counts_(self) -> dict[int, int]:
        return self._as_dict("counts", [self._count(k) for k in range(1, len(self.sorted_codes_))])

    @property
    def types_(self) -> dict[int, int]:
        return self._as_dict("types", self._rows(1))

    @property
    def cont_(self) -> dict[int, int]:
        return self._as_dict("cont", self._rows(2))

    @property
    def cont_mid_(self) -> dict[int, int]:
        return self._as_dict("mid", self._rows(3))

    def _rows(self, row: int) -> list[tuple[np.ndarray, np.ndarray]]:
        out = []
        for keys, rows in self._by_len.values():
            nz = rows[row] > 0
            out.append((keys[nz], rows[row][nz]))
        return out

    def _as_dict(self, name: str, tables: list) -> dict[int, int]:
        cache = self.__dict__.setdefault("_dicts", {})
        if name not in cache:
            out: dict[int, int] = {}
            for keys, vals in tables:
                out.update(zip(keys.tolist(), vals.tolist()))
            cache[name] = out
        return cache[name]

    # -- probabilities ---------------------------------------------------------------------------
    def _code(self, text: str) -> int:
        code = 0
        ids = self.char_ids_
        unk = self.unk_
        for ch in text:
            code = (code << self.BITS) | ids.get(ch, unk)
        return code

    def prob(self, ch: str, context: str) -> float:
        """P(ch | context) with the model's smoothing (memoized: suggestions ask the same
        probabilities many times)."""
        key = (ch, context[-(self.order - 1) :])
        memo = self.__dict__.setdefault("_memo", {})
        p = memo.get(key)
        if p is None:
            p = float(self.probs([ch], [key[1]])[0])
            if len(memo) > 500_000:
                memo.clear()
            memo[key] = p
        return p

    def probs(self, chars: Sequence[str], contexts: Sequence[str]) -> np.ndarray:
        """P(chars[i] | contexts[i]) for every i, as one float64 array (the same values as
        :meth:`prob`, computed together)."""
        k = self.order - 1
        n = len(chars)
        joined = "".join(chars)
        if len(joined) == n:
            cid = self._ids(joined)
        else:  # (not single characters: each such string is an unseen character)
            cid = np.fromiter((self.char_ids_.get(ch, self.unk_) for ch in chars), dtype=np.uint64, count=n)
        tails = [ctx[-k:] for ctx in contexts]
        lens = np.fromiter(map(len, tails), dtype=np.int64, count=n)
        # contexts padded on the left to k characters (the padding is never read: see lens)
        ctx_ids = self._ids("".join("\0" * (k - len(t)) + t for t in tails)).reshape(n, k)
        return self._probs(cid, ctx_ids, lens)

    def seq_probs(self, context: str, seqs: Sequence[str]) -> np.ndarray:
        """P of each character of each of ``seqs`` (all of one length m) after ``context`` and
        the sequence's characters before it: an array of shape (len(seqs), m)."""
        k = self.order - 1
        m = len(seqs[0]) if seqs else 0
        head = context[-k:]
        pad = "\0" * (k - len(head)) + head
        rows = self._ids("".join(pad + q for q in seqs)).reshape(len(seqs), k + m)
        if m == 0 or not seqs:
            return np.empty((len(seqs), m))
        windows = np.lib.stride_tricks.sliding_window_view(rows, k, axis=1)[:, :m, :]
        lens = np.tile(np.minimum(k, len(head) + np.arange(m)), len(seqs))
        cid = rows[:, k:].reshape(-1)
        return self._probs(cid, windows.reshape(-1, k), lens).reshape(len(seqs), m)

    def _probs(self, cid: np.ndarray, ctx_ids: np.ndarray, lens: np.ndarray) -> np.ndarray:
        if self.smoothing == "kneser-ney":
            return self._probs_kn(cid, ctx_ids, lens)
        return self._probs_wb(cid, ctx_ids, lens)

    def _find(self, length: int, codes: np.ndarray, which: Sequence[int]) -> list[np.ndarray]:
        """Rows ``which`` (0 count, 1 types, 2 cont, 3 mid) of the ``length``-gram ``codes``,
        zeros for n-grams never seen."""
        keys, rows = self._by_len.get(length, _NO_ROWS)
        if keys.size == 0:
            return [np.zeros(codes.size, np.int32) for _ in which]
        pos = np.searchsorted(keys, codes)
        pos[pos == keys.size] = keys.size - 1
        hit = keys[pos] == codes
        return [np.where(hit, rows[r][pos], 0) for r in which]

    def _probs_kn(self, cid: np.ndarray, ctx_ids: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Interpolated Kneser-Ney: raw counts at the top order, continuation counts below."""
        bits = np.uint64(self.BITS)
        p = (self._find(1, cid, (2,))[0] + 0.5) / (self.cont_total_ + 0.5 * self.vocab_size_)
        top = self.order - 1
        alive = np.ones(cid.shape, bool)
        h = np.zeros(cid.shape, np.uint64)
        for k in range(1, top + 1):
            alive &= lens >= k
            if not alive.any():
                break
            h = h | (ctx_ids[:, top - k] << np.uint64(self.BITS * (k - 1)))
            if k == top:
                denom, types = self._find(k, h, (0, 1))
                num = self._find(k + 1, (h << bits) | cid, (0,))[0]
            else:
                denom, types = self._find(k, h, (3, 1))
                num = self._find(k + 1, (h << bits) | cid, (2,))[0]
            alive &= denom > 0
            if not alive.any():
                break
            d = self.discount_.get(k + 1, 0.75)
            step = (np.maximum(num - d, 0.0) + d * types * p) / np.where(alive, denom, 1)
            p = np.where(alive, step, p)
        return p

    def _probs_wb(self, cid: np.ndarray, ctx_ids: np.ndarray, lens: np.ndarray) -> np.ndarray:
        bits = np.uint64(self.BITS)
        p = (self._find(1, cid, (0,))[0] + 1) / (self.total_ + self.vocab_size_)
        top = self.order - 1
        alive = np.ones(cid.shape, bool)
        h = np.zeros(cid.shape, np.uint64)
        for k in range(1, top + 1):
            alive &= lens >= k
            if not alive.any():
                break
            h = h | (ctx_ids[:, top - k] << np.uint64(self.BITS * (k - 1)))
            tot, t = self._find(k, h, (0, 1))
            alive &= tot > 0
            if not alive.any():
                break
            step = (self._find(k + 1, (h << bits) | cid, (0,))[0] + t * p) / np.where(alive, tot + t, 1)
            p = np.where(alive, step, p)
        return p

    def logprob_seq(self, context: str, seq: str) -> float:
        """log P(seq | context), character by character."""
        lp = 0.0
        k = self.order - 1
        ctx = context[-k:]
        for ch in seq:
            lp += math.log(self.prob(ch, ctx))
            ctx = (ctx + ch)[-k:]
        return lp

    def followers(self, context: str, top: int = 25) -> list[str]:
        """Chinese characters seen after ``context``: those after its longest seen suffix first,
        then after shorter suffixes, then the commonest characters, ``top`` in all."""
        key = (context[-(self.order - 1) :], top)
        hit = self._followers_cache.get(key)
        if hit is not None:
            return hit
        res: list[str] = []
        seen: set[str] = set()
        for k in range(min(len(context), self.order - 1), 0, -1):
            h = self._code(context[len(context) - k :])
            for ch in self._after(h, k, top):  # (none when the k-gram was never seen)
                if ch not in seen:
                    seen.add(ch)
                    res.append(ch)
            if len(res) >= top:
                break
        for ch in self.top_unigrams_:
            if len(res) >= top:
                break
            if ch not in seen:
                seen.add(ch)
                res.append(ch)
        if len(self._followers_cache) > 200_000:
            self._followers_cache.clear()
        self._followers_cache[key] = res
        return res

    def _after(self, h: int, k: int, top: int) -> list[str]:
        """The ``top`` commonest Chinese characters after the ``k``-gram ``h`` (memoized)."""
        memo = self.__dict__.setdefault("_after_memo", {})
        key = (h, k, top)
        hit = memo.get(key)
        if hit is None:
            if len(memo) > 200_000:
                memo.clear()
            hit = memo[key] = self._after_uncached(h, k, top)
        return hit

    def _after_uncached(self, h: int, k: int, top: int) -> list[str]:
        if k + 1 >= len(self.sorted_codes_):
            return []
        codes, counts = self.sorted_codes_[k + 1], self.sorted_counts_[k + 1]
        lo = np.searchsorted(codes, np.uint64(h << self.BITS))
        hi = np.searchsorted(codes, np.uint64((h + 1) << self.BITS))
        nxt = (codes[lo:hi] & np.uint64((1 << self.BITS) - 1)).astype(np.int64)
        cnt = counts[lo:hi]
        keep = self._cjk_ids[nxt]
        nxt, cnt = nxt[keep], cnt[keep]
        best = nxt[np.argsort(-cnt, kind="stable")[:top]]
        return [self.id_chars_[int(i)] for i in best]


def _runs(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct values of a sorted array and how often each occurs."""
    if values.size == 0:
        return values, np.empty(0, np.int64)
    starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    return values[starts], np.diff(np.r_[starts, values.size])


def _small(values: np.ndarray) -> np.ndarray:
    """Counts in the narrowest unsigned type that holds them (for the file)."""
    return values.astype(np.uint16 if values.size == 0 or values.max() < 1 << 16 else np.uint32)


def _aligned(codes: np.ndarray, keys: np.ndarray, vals: np.ndarray) -> np.ndarray:
    """``vals`` of ``keys`` (a subset of the sorted ``codes``) at the positions of ``codes``, 0 elsewhere."""
    out = np.zeros(codes.size, np.int64)
    out[np.searchsorted(codes, keys)] = vals
    return out
