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

import numpy as np

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

    @property
    def index(self) -> TextIndex:
        index = self.__dict__.get("_index")
        if index is None:
            index = self._index = TextIndex(self.text)
        return index


class TextIndex:
    """The positions of each character of a text, to find ``left + k characters + right``
    patterns without scanning the whole text (the training text is 700,000 characters)."""

    def __init__(self, text: str):
        self.text = text
        self.codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.int32)
        self.order = np.argsort(self.codes, kind="stable").astype(np.int64)  # positions, grouped by character
        chars, starts = np.unique(self.codes[self.order], return_index=True)
        ends = np.r_[starts[1:], self.codes.size]
        self.slices = dict(zip(chars.tolist(), zip(starts.tolist(), ends.tolist())))

    def positions(self, ch: str) -> np.ndarray:
        """The positions of ``ch`` in the text, in increasing order."""
        lo, hi = self.slices.get(ord(ch), (0, 0))
        return self.order[lo:hi]

    def fills(self, left: str, length: int, right: str, limit: int) -> list[str]:
        """The Chinese fills of ``length`` characters between ``left`` and ``right``, of the
        first ``limit`` non-overlapping occurrences of the pattern (no line break in the fill),
        in text order."""
        pattern = [(o, ord(c)) for o, c in enumerate(left)] + [(len(left) + length + o, ord(c)) for o, c in enumerate(right)]
        span = len(left) + length + len(right)
        # start from the rarest character of the pattern
        anchors = [(self.positions(chr(c)), o) for o, c in pattern]
        pos, off = min(anchors, key=lambda a: a[0].size)
        starts = pos - off  # (a stable argsort lists each character's positions in text order: no sort)
        starts = starts[(starts >= 0) & (starts <= self.codes.size - span)]
        codes = self.codes
        for o, c in pattern:
            if starts.size == 0:
                return []
            starts = starts[codes[starts + o] == c]
        for o in range(len(left), len(left) + length):
            if starts.size == 0:
                return []
            starts = starts[codes[starts + o] != 10]
        if starts.size > 1 and (np.diff(starts) < span).any():
            kept, end = [], -1
            for s in starts.tolist():  # overlapping occurrences: leftmost first, as a regex scan
                if s >= end:
                    kept.append(s)
                    end = s + span
            starts = np.array(kept, dtype=np.int64)
        starts = starts[:limit]
        fill = starts[:, None] + len(left) + np.arange(length)
        fc = codes[fill]
        cjk = (((fc >= 0x3400) & (fc <= 0x4DBF)) | ((fc >= 0x4E00) & (fc <= 0x9FFF))).all(axis=1)
        text = self.text
        a = len(left)
        return [text[s + a : s + a + length] for s in starts[cjk].tolist()]


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
        self._set_text(segs)
        return self

    def _set_text(self, segs: list[str]) -> None:
        self.text_ = "\n".join(segs)
        self.n_chars_ = sum(len(s) for s in segs)
        self.fingerprint_ = _fingerprint(self.text_, self.order)

    # -- a file of arrays (no pickle) ------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        """Write both character models to ``path`` (a compressed ``.npz``, no pickle) with the
        fingerprint of the training text; the text itself is not stored (see :meth:`load`)."""
        arrays = {f"forward_{k}": v for k, v in self.forward_.arrays().items()}
        arrays.update({f"backward_{k}": v for k, v in self.backward_.arrays().items()})
        arrays["fingerprint"] = np.frombuffer(self.fingerprint_.encode("ascii"), dtype=np.uint8)
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: str | Path, segments: Iterable[str], **settings) -> "NgramMaskFiller":
        """The filler saved by :meth:`save`, given the ``segments`` it was trained on (the same
        as for :meth:`fit`; its candidate search reads them). Raises ``ValueError`` when the
        segments are not the ones the file was trained on."""
        segs = [strip_quotes(s) for s in segments if s]
        with np.load(path, allow_pickle=False) as data:
            arrays = {name: data[name] for name in data.files}
        forward = CharNgramLM.from_arrays({k[8:]: v for k, v in arrays.items() if k.startswith("forward_")})
        filler = cls(order=forward.order, **settings)
        filler._set_text(segs)
        if arrays["fingerprint"].tobytes().decode("ascii") != filler.fingerprint_:
            raise ValueError(f"{path}: trained on other text than the one given (rebuild it: python -m deedsnlp.clean.build_mask_model)")
        filler.forward_ = forward
        filler.backward_ = CharNgramLM.from_arrays({k[9:]: v for k, v in arrays.items() if k.startswith("backward_")})
        return filler

    def _text_index(self) -> "TextIndex":
        index = self.__dict__.get("_index")
        if index is None or index.text is not self.text_:
            index = self._index = TextIndex(self.text_)
        return index

    # -- scoring ---------------------------------------------------------------------------------
    def _contexts(self, left: str, right: str) -> tuple[str, str]:
        left, right = strip_quotes(left), strip_quotes(right)
        k = self.order - 1
        left = left[-k:] if len(left) >= k else BOS + left
        right = right[:k] if len(right) >= k else right + EOS
        return left, right

    @staticmethod
    def _logprobs(lm: CharNgramLM, cache: CharNgramLM | None, weight: float, context: str, seqs: Sequence[str]) -> list[float]:
        """log P(seq | context) of each of ``seqs``, the document cache mixed in with ``weight``;
        every character probability of all the sequences is looked up at once."""
        log = math.log
        if len({len(s) for s in seqs}) == 1:  # (one length: the probabilities are one array)
            p = lm.seq_probs(context, seqs)
            if cache is not None:
                p = (1 - weight) * p + weight * cache.seq_probs(context, seqs)
            rows = p.tolist()
        else:
            k = lm.order - 1
            chars: list[str] = []
            contexts: list[str] = []
            for seq in seqs:
                ctx = context[-k:]
                for ch in seq:
                    chars.append(ch)
                    contexts.append(ctx)
                    ctx = (ctx + ch)[-k:]
            p = lm.probs(chars, contexts)
            if cache is not None:
                p = (1 - weight) * p + weight * cache.probs(chars, contexts)
            flat = p.tolist()
            rows, pos = [], 0
            for seq in seqs:
                rows.append(flat[pos : pos + len(seq)])
                pos += len(seq)
        out = []
        for row in rows:
            lp = 0.0
            for x in row:
                lp += log(x)
            out.append(lp)
        return out

    @classmethod
    def _logprob(cls, lm: CharNgramLM, cache: CharNgramLM | None, weight: float, context: str, seq: str) -> float:
        return cls._logprobs(lm, cache, weight, context, [seq])[0]

    def scores(self, left: str, fills: Sequence[str], right: str, cache: DocumentCache | None = None) -> list[float]:
        """:meth:`score` of each of ``fills`` (computed together)."""
        if not fills:
            return []
        w = cache.weight if cache is not None else 0.0
        fw = self._logprobs(self.forward_, cache.forward if cache else None, w, left, [f + right for f in fills])
        bw = self._logprobs(self.backward_, cache.backward if cache else None, w, right[::-1],
                            [f[::-1] + left[::-1] for f in fills])
        return [(a + b) / 2 for a, b in zip(fw, bw)]

    def score(self, left: str, fill: str, right: str, cache: DocumentCache | None = None) -> float:
        """Mean of the forward and backward log-probabilities of the fill in its context
        (``left``/``right`` as returned by :meth:`_contexts`)."""
        return self.scores(left, [fill], right, cache)[0]

    def _beam(self, lm: CharNgramLM, context: str, length: int) -> list[list[str]]:
        """Beam search continuations of ``context``: the surviving beams after each step."""
        return list(self._beam_steps(lm, context, length))

    def _beam_steps(self, lm: CharNgramLM, context: str, length: int) -> Iterator[list[str]]:
        """:meth:`_beam` one step at a time (a caller may stop before the last step)."""
        beams = [("", 0.0)]
        log = math.log
        for _ in range(length):
            grown = []
            chars: list[str] = []
            contexts: list[str] = []
            for s, lp in beams:
                ctx = context + s
                for ch in lm.followers(ctx, self.branch):
                    grown.append((s + ch, lp))
                    chars.append(ch)
                    contexts.append(ctx)
            if chars:
                probs = lm.probs(chars, contexts).tolist()
                grown = [(s, lp + log(p)) for (s, lp), p in zip(grown, probs)]
            grown.sort(key=lambda x: -x[1])
            beams = grown[: self.beam]
            if not beams:
                break
            yield [s for s, _ in beams]

    @staticmethod
    def _pattern_candidates(text: "str | TextIndex", left: str, length: int, right: str, limit: int = 30) -> list[str]:
        """Fills seen in ``text`` between a piece of each context, longer contexts counting more
        (the first 2,002 non-overlapping occurrences of each pattern, as a regular expression
        scan would find them)."""
        index = text if isinstance(text, TextIndex) else TextIndex(text)
        votes: Counter = Counter()
        for lk, rk in ((3, 3), (2, 2), (3, 1), (1, 3), (2, 1), (1, 2), (1, 1)):
            if lk + rk <= 3 and len(votes) >= 3:
                break  # enough fills seen between longer contexts: the short ones barely count (4**k weights)
            l, r = left[-lk:], right[:rk]
            if len(l) < lk or len(r) < rk or BOS in l or EOS in r:
                continue
            weight = 4 ** (lk + rk)
            for fill in index.fills(l, length, r, 2002):
                votes[fill] += weight
        return [c for c, _ in votes.most_common(limit)]

    def candidates(self, left: str, length: int, right: str, cache: DocumentCache | None = None) -> list[str]:
        """Fills to score: seen in the corpus (and the document) between the contexts, found by a
        beam search from each side, and joined from a left beam's start and a right beam's end."""
        l, r = self._contexts(left, right)
        fw = self._beam(self.forward_, l, length)
        bw = [[s[::-1] for s in step] for step in self._beam(self.backward_, r[::-1], length)]
        return self._candidates(l, length, r, cache, fw, bw)

    def _candidates(self, l: str, length: int, r: str, cache: DocumentCache | None, fw: list[list[str]],
                    bw: list[list[str]]) -> list[str]:
        """:meth:`candidates` for the contexts ``l``/``r`` (:meth:`_contexts`), given the beams
        of each direction (``bw`` read left to right)."""
        cands = self._pattern_candidates(self._text_index(), l, length, r)
        if cache is not None:
            cands += self._pattern_candidates(cache.index, l, length, r, limit=10)
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
        scored = sorted(zip(self.scores(l, cands, r, cache), cands), reverse=True)
        return _softmax_top(scored, top)


    def best_score(self, left: str, lengths: Sequence[int], right: str, enough: float | None = None) -> float | None:
        """The highest :meth:`score` of any candidate fill of the given ``lengths`` between
        ``left`` and ``right`` (what :meth:`suggest` ranks first, over all the lengths), or None
        when there is no candidate. The beam searches are run once, for the longest length: a
        beam search's first steps do not depend on how many steps follow. With ``enough``, the
        first length whose best fill reaches it ends the search (a caller that only compares the
        best score with ``enough`` learns the same)."""
        l, r = self._contexts(left, right)
        longest = max(lengths)
        # the beams grow only as far as the lengths tried need (a search that ``enough`` ends
        # at one character runs one step of each)
        fw_steps = self._beam_steps(self.forward_, l, longest)
        bw_steps = self._beam_steps(self.backward_, r[::-1], longest)
        fw: list[list[str]] = []
        bw: list[list[str]] = []
        best = None
        for n in lengths:
            while len(fw) < n and (step := next(fw_steps, None)) is not None:
                fw.append(step)
            while len(bw) < n and (step := next(bw_steps, None)) is not None:
                bw.append([s[::-1] for s in step])
            cands = self._candidates(l, n, r, None, fw[:n], bw[:n])
            if cands:
                top = max(self.scores(l, cands, r))
                best = top if best is None else max(best, top)
                if enough is not None and best >= enough:
                    break
        return best


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


#: the default filler trained ahead of time (``python -m deedsnlp.clean.build_mask_model`` writes it; used
#: when its fingerprint matches the training text, otherwise the filler is trained on first use)
SHIPPED_MODEL = "mask_ngram.npz"


def _fingerprint(text: str, order: int) -> str:
    import hashlib

    return hashlib.blake2b(f"{order}\n{text}".encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _training_segments(corpus: str | None, lexicon: bool) -> list[str]:
    segments = list(corpus_paragraphs(corpus))
    if lexicon:
        segments += lexicon_words()
    return segments


@lru_cache(maxsize=4)
def _trained(corpus: str | None, lexicon: bool, order: int) -> NgramMaskFiller:
    segments = _training_segments(corpus, lexicon)
    from ..resources import data_file

    shipped = data_file(SHIPPED_MODEL)
    if shipped.is_file():
        try:
            with shipped.open("rb") as fh:
                filler = NgramMaskFiller.load(fh, segments)
            if filler.order == order:
                return filler
        except (ValueError, KeyError, OSError):
            pass  # trained on another corpus (or an older file): train now
    return NgramMaskFiller(order=order).fit(segments)


def ngram_filler(corpus: str | Path | None = None, *, lexicon: bool = True, order: int = 5) -> NgramMaskFiller:
    """The n-gram filler trained on ``corpus`` (default :func:`default_corpus_dir`) and the lexicon,
    built on first use and cached for the process (read from the shipped ``mask_ngram.npz`` when
    that was trained on the same text)."""
    root = corpus if corpus is not None else default_corpus_dir()
    with _LOCK:
        return _trained(str(root) if root is not None else None, lexicon, order)


def build_shipped_model(path: str | Path | None = None, order: int = 5) -> Path:
    """Train the default filler on the shipped corpus and the lexicon and write it to ``path``
    (default ``deedsnlp/data/mask_ngram.npz`` of this checkout; ``python -m deedsnlp.clean.build_mask_model``)."""
    target = Path(path) if path is not None else Path(__file__).resolve().parents[1] / "data" / SHIPPED_MODEL
    root = default_corpus_dir()
    filler = NgramMaskFiller(order=order).fit(_training_segments(str(root) if root is not None else None, True))
    filler.save(target)
    return target

