"""Restoration suggestions for censor masks (``加**部`` → ``加强干部``).

The default model is a character n-gram language model of the domain, trained — lazily, once
per process — on the clean text of ``corpora/`` (the labelled reports with their scraping noise
taken out and their masks put back) plus the words of the domain lexicon. Two models read the
text in opposite directions; a fill of ``k`` characters is scored by both, each with the context
on the far side, so ``特大**灾难`` is judged by ``特大`` and by ``灾难``. Candidates come from
a beam search in each direction and from the corpus itself (every ``左k右`` pattern), and the
ranked list is turned into confidences with a softmax.

With a local Chinese masked-LM folder (``MaskedLMFiller``, transformers) the masked sentence is
read by the model instead; n-gram candidates are scored by it too. Nothing is ever downloaded.

>>> filler = NgramMaskFiller(order=4).fit(["加强干部队伍管理", "加强干部队伍建设", "增强干部责任意识"])
>>> filler.suggest("进一步加", 2, "部队伍管理")[0].text
'强干'
"""

from __future__ import annotations

import math
import os
import re
import threading
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Protocol, Sequence

from ..charlm import BOS, EOS, CharNgramLM  # noqa: F401 - the model lives in deedsnlp.charlm; importable here too
from ..io.corpus import clean_paragraph, labelled_rows  # noqa: F401 - clean_paragraph stays importable here
from .patterns import CJK

_QUOTES_RE = re.compile("[“”‘’\"'「」『』]")
_CJK_CHAR_RE = re.compile(f"[{CJK}]")
_ALL_CJK_RE = re.compile(f"[{CJK}]+")


@dataclass(frozen=True)
class Suggestion:
    text: str
    score: float

    def to_dict(self) -> dict:
        return {"text": self.text, "score": round(self.score, 4)}


class MaskFiller(Protocol):
    def suggest(self, left: str, length: int, right: str, top: int = 5) -> list[Suggestion]: ...


def strip_quotes(text: str) -> str:
    """Quotation marks out: scraped texts drop them as often as they keep them."""
    return _QUOTES_RE.sub("", text)


# -- training text -------------------------------------------------------------------------------
def default_corpus_dir() -> Path | None:
    """``$DEEDSNLP_CORPORA``, else the labelled corpus shipped as package data (``passages.jsonl``,
    the records of ``corpora/labelled`` in one file; see :mod:`deedsnlp.resources`)."""
    env = os.environ.get("DEEDSNLP_CORPORA")
    if env:
        return Path(env)
    from ..resources import corpus_dir

    cand = corpus_dir()
    return cand if cand.is_dir() else None


def corpus_paragraphs(root: str | Path | None = None, exclude: Iterable[str] = ()) -> Iterator[str]:
    """Clean paragraphs of every ``*.jsonl`` (labelled format) and ``*.txt`` file under ``root``.

    ``exclude`` names document ids (file stems) to leave out, for held-out evaluation.
    """
    root = Path(root) if root is not None else default_corpus_dir()
    if root is None or not root.is_dir():
        return
    excluded = set(exclude)
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.stem in excluded:
            continue
        if path.suffix == ".jsonl":
            for rec in labelled_rows(path):
                if str(rec.get("doc_id")) not in excluded:
                    text = clean_paragraph(rec)
                    if text:
                        yield text
        elif path.suffix == ".txt":
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                if line.strip():
                    yield line.strip()


def lexicon_words() -> list[str]:
    from ..segment import domain_lexicon

    return [e.word for e in domain_lexicon()]


class DocumentCache:
    """Character n-grams of the document being cleaned (its masks cut out).

    Mixed into the domain model with weight ``weight``: a word masked in one sentence is often
    written out elsewhere in the same report (a *cache* language model).
    """

    def __init__(self, text: str, weight: float = 0.2, order: int = 3, mask_chars: str = "*＊×□"):
        pieces = re.split("[" + re.escape(mask_chars) + "\\n]+", strip_quotes(text))
        pieces = [p for p in pieces if p.strip()]
        self.weight = weight
        self.text = "\n".join(pieces)
        self.forward = CharNgramLM(order).fit(pieces) if pieces else None
        self.backward = CharNgramLM(order).fit(p[::-1] for p in pieces) if pieces else None


class NgramMaskFiller:
    """Two character n-gram models (left-to-right and right-to-left) and the training text."""

    def __init__(self, order: int = 5, beam: int = 12, branch: int = 20, join: int = 5):
        self.order = order
        self.beam = beam
        self.branch = branch
        self.join = join

    def fit(self, segments: Iterable[str]) -> "NgramMaskFiller":
        segs = [strip_quotes(s) for s in segments if s]
        self.forward_ = CharNgramLM(self.order).fit(segs)
        self.backward_ = CharNgramLM(self.order).fit(s[::-1] for s in segs)
        self.text_ = "\n".join(segs)
        self.n_chars_ = sum(len(s) for s in segs)
        return self

    # -- scoring ---------------------------------------------------------------------------------
    def _contexts(self, left: str, right: str) -> tuple[str, str]:
        left, right = strip_quotes(left), strip_quotes(right)
        k = self.order - 1
        left = left[-k:] if len(left) >= k else BOS + left
        right = right[:k] if len(right) >= k else right + EOS
        return left, right

    @staticmethod
    def _logprob(lm: CharNgramLM, cache: CharNgramLM | None, weight: float, context: str, seq: str) -> float:
        lp = 0.0
        k = lm.order - 1
        ctx = context[-k:]
        for ch in seq:
            p = lm.prob(ch, ctx)
            if cache is not None:
                p = (1 - weight) * p + weight * cache.prob(ch, ctx)
            lp += math.log(p)
            ctx = (ctx + ch)[-k:]
        return lp

    def score(self, left: str, fill: str, right: str, cache: DocumentCache | None = None) -> float:
        """Mean of the forward and backward log-probabilities of the fill in its context
        (``left``/``right`` as returned by :meth:`_contexts`)."""
        w = cache.weight if cache is not None else 0.0
        fw = self._logprob(self.forward_, cache.forward if cache else None, w, left, fill + right)
        bw = self._logprob(self.backward_, cache.backward if cache else None, w, right[::-1], fill[::-1] + left[::-1])
        return (fw + bw) / 2

    def _beam(self, lm: CharNgramLM, context: str, length: int) -> list[list[str]]:
        """Beam search continuations of ``context``: the surviving beams after each step."""
        beams = [("", 0.0)]
        steps: list[list[str]] = []
        for _ in range(length):
            grown = []
            for s, lp in beams:
                ctx = context + s
                for ch in lm.followers(ctx, self.branch):
                    grown.append((s + ch, lp + math.log(lm.prob(ch, ctx))))
            grown.sort(key=lambda x: -x[1])
            beams = grown[: self.beam]
            if not beams:
                break
            steps.append([s for s, _ in beams])
        return steps

    @staticmethod
    def _pattern_candidates(text: str, left: str, length: int, right: str, limit: int = 30) -> list[str]:
        """Fills seen in ``text`` between a piece of each context, longer contexts counting more."""
        votes: Counter = Counter()
        for lk, rk in ((3, 3), (2, 2), (3, 1), (1, 3), (2, 1), (1, 2), (1, 1)):
            if lk + rk <= 3 and len(votes) >= 3:
                break  # enough fills seen between longer contexts: the short ones barely count (4**k weights)
            l, r = left[-lk:], right[:rk]
            if len(l) < lk or len(r) < rk or BOS in l or EOS in r:
                continue
            # (a plain pattern: compiling a Chinese character class for each context costs more
            # than the scan; the fill is checked afterwards)
            pat = re.compile(re.escape(l) + f"([^\\n]{{{length}}})" + re.escape(r))
            weight = 4 ** (lk + rk)
            for i, m in enumerate(pat.finditer(text)):
                fill = m.group(1)
                if _ALL_CJK_RE.fullmatch(fill):
                    votes[fill] += weight
                if i > 2000:
                    break
        return [c for c, _ in votes.most_common(limit)]

    def candidates(self, left: str, length: int, right: str, cache: DocumentCache | None = None) -> list[str]:
        """Fills to score: seen in the corpus (and the document) between the contexts, found by a
        beam search from each side, and joined from a left beam's start and a right beam's end."""
        l, r = self._contexts(left, right)
        cands = self._pattern_candidates(self.text_, l, length, r)
        if cache is not None:
            cands += self._pattern_candidates(cache.text, l, length, r, limit=10)
        fw = self._beam(self.forward_, l, length)
        bw = [[s[::-1] for s in step] for step in self._beam(self.backward_, r[::-1], length)]
        if len(fw) == length:
            cands += fw[-1]
        if len(bw) == length:
            cands += bw[-1]
        for i in range(1, length):
            if len(fw) >= i and len(bw) >= length - i:
                cands += [p + q for p in fw[i - 1][: self.join] for q in bw[length - i - 1][: self.join]]
        return list(dict.fromkeys(c for c in cands if len(c) == length))

    def suggest(self, left: str, length: int, right: str, top: int = 5, extra: Sequence[str] = (),
                cache: DocumentCache | None = None) -> list[Suggestion]:
        """Ranked fills of ``length`` characters between ``left`` and ``right`` with confidences."""
        l, r = self._contexts(left, right)
        cands = list(dict.fromkeys([*self.candidates(left, length, right, cache), *(c for c in extra if len(c) == length)]))
        if not cands:
            return []
        scored = sorted(((self.score(l, c, r, cache), c) for c in cands), reverse=True)
        return _softmax_top(scored, top)


def _softmax_top(scored: list[tuple[float, str]], top: int) -> list[Suggestion]:
    best = scored[0][0]
    weights = [math.exp(s - best) for s, _ in scored]
    z = sum(weights)
    return [Suggestion(c, w / z) for (s, c), w in zip(scored[:top], weights[:top])]


# -- the transformers fill-mask model -------------------------------------------------------------
class MaskedLMFiller:
    """A local Chinese masked language model (BERT-style, one token per character).

    ``path`` is a folder with a tokenizer and an ``AutoModelForMaskedLM`` checkpoint; it is read
    with ``local_files_only`` — nothing is downloaded. The n-gram filler, when given, adds its
    candidates, which the masked LM scores too.
    """

    def __init__(self, path: str | Path, ngram: NgramMaskFiller | None = None, beam: int = 10, branch: int = 15, window: int = 64):
        self.path = Path(path)
        if not self.path.is_dir():
            raise FileNotFoundError(f"masked-LM folder not found: {self.path}")
        self.ngram = ngram
        self.beam = beam
        self.branch = branch
        self.window = window
        self._model = None
        self._lock = threading.Lock()

    def _load(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    try:
                        import torch  # noqa: F401
                        from transformers import AutoModelForMaskedLM, AutoTokenizer
                    except ImportError as exc:  # pragma: no cover - depends on the extra
                        raise ImportError("the masked-LM filler needs transformers: pip install 'deedsnlp[transformers]'") from exc
                    tok = AutoTokenizer.from_pretrained(str(self.path), local_files_only=True)
                    model = AutoModelForMaskedLM.from_pretrained(str(self.path), local_files_only=True)
                    model.eval()
                    vocab = tok.get_vocab()
                    self._char_ids = {t: i for t, i in vocab.items() if len(t) == 1 and _CJK_CHAR_RE.match(t)}
                    self._id_chars = {i: t for t, i in self._char_ids.items()}
                    self._tok = tok
                    self._model = model
        return self._model

    def suggest(self, left: str, length: int, right: str, top: int = 5, extra: Sequence[str] = ()) -> list[Suggestion]:
        import torch

        model = self._load()
        tok = self._tok
        left, right = strip_quotes(left)[-self.window :], strip_quotes(right)[: self.window]
        unk = tok.unk_token_id
        ids = [tok.convert_tokens_to_ids(ch) for ch in left]
        ids = [i if i is not None else unk for i in ids]
        start = len(ids) + 1
        rids = [tok.convert_tokens_to_ids(ch) for ch in right]
        ids = [tok.cls_token_id, *ids, *[tok.mask_token_id] * length, *[i if i is not None else unk for i in rids], tok.sep_token_id]
        with torch.no_grad():
            logits = model(input_ids=torch.tensor([ids])).logits[0, start : start + length]
        logp = torch.log_softmax(logits.float(), dim=-1)
        char_ids = torch.tensor(sorted(self._id_chars), dtype=torch.long)
        sub = logp[:, char_ids]
        k = min(self.branch, sub.shape[1])
        top_v, top_i = sub.topk(k, dim=-1)
        beams = [("", 0.0)]
        for pos in range(length):
            grown = [
                (s + self._id_chars[int(char_ids[int(i)])], lp + float(v))
                for s, lp in beams for v, i in zip(top_v[pos], top_i[pos])
            ]
            grown.sort(key=lambda x: -x[1])
            beams = grown[: self.beam]
        scored = {s: lp for s, lp in beams}
        extra = list(extra)
        if self.ngram is not None:
            extra += [s.text for s in self.ngram.suggest(left, length, right, top=self.beam)]
        for c in extra:
            if len(c) == length and c not in scored and all(ch in self._char_ids for ch in c):
                scored[c] = sum(float(logp[p, self._char_ids[ch]]) for p, ch in enumerate(c))
        ranked = sorted(((v, c) for c, v in scored.items()), reverse=True)
        return _softmax_top(ranked, top) if ranked else []


# -- the shared default --------------------------------------------------------------------------
_LOCK = threading.Lock()


@lru_cache(maxsize=4)
def _trained(corpus: str | None, lexicon: bool, order: int) -> NgramMaskFiller:
    segments = list(corpus_paragraphs(corpus))
    if lexicon:
        segments += lexicon_words()
    return NgramMaskFiller(order=order).fit(segments)


def ngram_filler(corpus: str | Path | None = None, *, lexicon: bool = True, order: int = 5) -> NgramMaskFiller:
    """The n-gram filler trained on ``corpus`` (default :func:`default_corpus_dir`) and the lexicon,
    built on first use and cached for the process."""
    root = corpus if corpus is not None else default_corpus_dir()
    with _LOCK:
        return _trained(str(root) if root is not None else None, lexicon, order)
