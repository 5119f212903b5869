"""A character n-gram language model of Chinese text (used by the cleaner's mask suggestions and
its censor-dot test, and available to any stage that needs character probabilities).

>>> lm = CharNgramLM(order=3).fit(["加强干部队伍建设", "加强党员队伍建设"])
>>> lm.prob("强", "加") > lm.prob("弱", "加")
True
"""

from __future__ import annotations

import math
import re

BOS, EOS = "\x02", "\x03"
_CJK_CHAR_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")


class CharNgramLM:
    """A character n-gram model: interpolated Kneser-Ney (default) or Witten-Bell smoothing.

    Characters get dense ids (12 bits, the 4,094 most frequent; the rest share one id), so an
    n-gram of up to 5 characters is one integer: counting is a ``numpy.unique`` per order, and
    the characters that follow a context are a contiguous slice of the sorted codes.
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
        import numpy as np

        joined = BOS + (EOS + BOS).join(segments) + EOS
        points = np.frombuffer(joined.encode("utf-32-le"), dtype="<u4")
        uniq, inverse, freq = np.unique(points, return_inverse=True, return_counts=True)
        limit = (1 << self.BITS) - 1  # ids 1..limit-1 for characters, limit for the rest
        rank = np.empty(len(uniq), dtype=np.int64)
        rank[np.argsort(-freq, kind="stable")] = np.arange(len(uniq))
        ids_of_uniq = np.minimum(rank + 1, limit)
        ids = ids_of_uniq[inverse].astype(np.uint64)
        self.char_ids_ = {chr(int(cp)): int(i) for cp, i in zip(uniq, ids_of_uniq) if i < limit}
        self.id_chars_ = {i: ch for ch, i in self.char_ids_.items()}
        self.unk_ = limit
        self.counts_: dict[int, int] = {}
        self.types_: dict[int, int] = {}
        self.sorted_codes_: list = [None]
        self.sorted_counts_: list = [None]
        self.cont_: dict[int, int] = {}
        self.cont_mid_: dict[int, int] = {}
        self.cont_total_ = 1
        self.discount_: dict[int, float] = {}
        n = len(ids)
        bits = np.uint64(self.BITS)
        for k in range(1, self.order + 1):
            if n < k:
                break
            codes = ids[: n - k + 1].copy()
            for j in range(1, k):
                codes = (codes << bits) | ids[j : n - k + 1 + j]
            u, c = np.unique(codes, return_counts=True)
            self.sorted_codes_.append(u)
            self.sorted_counts_.append(c)
            self.counts_.update(zip(u.tolist(), c.tolist()))
            if k > 1:
                pu, pc = np.unique(u >> bits, return_counts=True)
                self.types_.update(zip(pu.tolist(), pc.tolist()))
                # Kneser-Ney continuation counts: distinct left neighbours of the (k-1)-gram suffix
                su, sc = np.unique(u & np.uint64((1 << (self.BITS * (k - 1))) - 1), return_counts=True)
                self.cont_.update(zip(su.tolist(), sc.tolist()))
                if k > 2:
                    mu, mc = np.unique((u >> bits) & np.uint64((1 << (self.BITS * (k - 2))) - 1), return_counts=True)
                    self.cont_mid_.update(zip(mu.tolist(), mc.tolist()))
                else:
                    self.cont_total_ = len(u)
                n1, n2 = int((c == 1).sum()), int((c == 2).sum())
                self.discount_[k] = n1 / (n1 + 2 * n2) if n1 + n2 else 0.75
        self.total_ = int(n)
        self.vocab_size_ = len(uniq) + 1
        cjk = np.zeros(limit + 1, dtype=bool)
        for ch, i in self.char_ids_.items():
            if _CJK_CHAR_RE.match(ch):
                cjk[i] = True
        self._cjk_ids = cjk
        order1 = np.argsort(-self.sorted_counts_[1], kind="stable")
        self.top_unigrams_ = [self.id_chars_[int(x)] for x in self.sorted_codes_[1][order1] if cjk[int(x)]][:20]
        self._followers_cache: dict[tuple[int, int], list[str]] = {}
        self._memo: dict[tuple[str, str], float] = {}
        return self

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
            p = self._prob_kn(ch, key[1]) if self.smoothing == "kneser-ney" else self._prob_wb(ch, key[1])
            if len(memo) > 500_000:
                memo.clear()
            memo[key] = p
        return p

    def _prob_kn(self, ch: str, context: str) -> float:
        """Interpolated Kneser-Ney: raw counts at the top order, continuation counts below."""
        counts, types, cont, mid, disc = self.counts_, self.types_, self.cont_, self.cont_mid_, self.discount_
        ids = self.char_ids_
        unk = self.unk_
        cid = ids.get(ch, unk)
        p = (cont.get(cid, 0) + 0.5) / (self.cont_total_ + 0.5 * self.vocab_size_)
        top = self.order - 1
        n = min(len(context), top)
        h = 0
        shift = 0
        for k in range(1, n + 1):
            h |= ids.get(context[-k], unk) << shift
            shift += self.BITS
            g = (h << self.BITS) | cid
            if k == top:
                denom = counts.get(h)
                num = counts.get(g, 0)
            else:
                denom = mid.get(h)
                num = cont.get(g, 0)
            if not denom:
                break
            d = disc.get(k + 1, 0.75)
            p = (max(num - d, 0.0) + d * types.get(h, 0) * p) / denom
        return p

    def _prob_wb(self, ch: str, context: str) -> float:
        counts, types = self.counts_, self.types_
        cid = self.char_ids_.get(ch, self.unk_)
        p = (counts.get(cid, 0) + 1) / (self.total_ + self.vocab_size_)
        n = min(len(context), self.order - 1)
        h = 0
        shift = 0
        ids = self.char_ids_
        unk = self.unk_
        for k in range(1, n + 1):
            h |= ids.get(context[-k], unk) << shift
            shift += self.BITS
            tot = counts.get(h)
            if not tot:
                break
            t = types.get(h, 0)
            p = (counts.get((h << self.BITS) | cid, 0) + t * p) / (tot + t)
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
            if not self.counts_.get(h):
                continue
            for ch in self._after(h, k, top):
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
        import numpy as np

        codes, counts = self.sorted_codes_[k + 1], self.sorted_counts_[k + 1]
        lo = np.searchsorted(codes, np.uint64(h << self.BITS))
        hi = np.searchsorted(codes, np.uint64((h + 1) << self.BITS))
        nxt = (codes[lo:hi] & np.uint64((1 << self.BITS) - 1)).astype(np.int64)
        cnt = counts[lo:hi]
        keep = self._cjk_ids[nxt]
        nxt, cnt = nxt[keep], cnt[keep]
        best = nxt[np.argsort(-cnt, kind="stable")[:top]]
        return [self.id_chars_[int(i)] for i in best]
