"""The span junk model: which characters of a body line are junk spliced into it.

Scraped pages splice site credits (某某写作吧整理, 摘自某某文库), watermarks, web addresses,
gambling brands, reporter credits and teaser markers *inside* body sentences, often with no
brackets and in wording no rule has seen. This model reads every character in its window and
says how likely it is junk, from evidence that does not depend on one wording:

* hashed character n-grams (1–4) around the character, on the text's *shape* (digits read as
  ``0``, Latin letters as ``a``, punctuation at one width: :func:`deedsnlp.clean.linemodel.fold`),
  so ``k8娱乐365`` and ``hg娱乐8888`` share evidence;
* the bag of characters further out on each side (4–10 characters away): site vocabulary
  (网, 站, 吧, 文库, 整理, 来源, 转载 …) is a *signal the model learns*, weighed against the
  report's own words, never a list;
* shape classes (Chinese, digit, Latin, space, opening and closing brackets, sentence and
  clause punctuation) of the five characters around it and of each side.

A logistic regression over these features (weights of a hashed table, numpy only at predict
time) gives a probability per character; runs above one half are the candidate spans and a
span's score is the mean probability of its characters (:meth:`SpanJunkModel.spans`).

It is trained on paragraphs of the project's own reports (the train split of the labelled
corpus) with junk spliced in by :class:`SpanNoise` (pools in ``deedsnlp/data/span_noise.yaml``,
all invented; eight families), plus body decoys that share the junk's words (资料来源于…,
整理归档…, 网格员…), and shipped as ``deedsnlp/data/junk_span_model.npz`` (arrays only, loaded
without pickle). Train and evaluate it with::

    python -m deedsnlp.clean.spanmodel --out deedsnlp/data/junk_span_model.npz   # seed 13
    python -m deedsnlp.clean.spanmodel --heldout brand,teaser,ownership          # figures only

It is **not wired into the cleaner** (:func:`find_spliced` is ready for it: one call after the
other detectors, only what no detector took, at ``Cleaner._cut(SPAN_CUT)``). Measured wired, it
removed no annotated junk piece the rules miss on the six tuning sets of real pages (and nothing
else there), so it did not earn its place yet. Figures of the last measurement:

* generator families held out of training (brand, teaser, ownership; span recall at 0.9): 0.00,
  0.10, 0.06 (span precision 0.90, 1.00, 0.99) — the model learns the wording of the families
  it saw, not junk in general. Counts of each bigram in the reports as features (how foreign a
  window is) lifted teaser to 0.18 and ownership to 0.13 in one trial, brand stayed 0.00, and
  untouched paragraphs lost 47 characters instead of 30: not adopted;
* trained families on dev+test paragraphs (span precision 0.998–1.000, recall at 0.9): teaser
  0.98, docsite 0.98, url 0.89, ownership 0.80, credit 0.78, scramble 0.78, site credit 0.73,
  brand 0.51;
* untouched dev+test paragraphs: 24 of 314,065 characters cut at 0.9 (reporter credits the
  corpus leaves in its paragraphs);
* wired, ``deedsnlp clean corpora/docs``: CPU +7 %; labelled corpus recall 0.9623 → 0.9642,
  precision and body unchanged.

>>> model = SpanJunkModel.load()
>>> text = "支部书记每天清晨到田间查看墒情，（本文来源：青柠范文网）带领党员抢种晚稻两百亩。"
>>> [text[s:e] for s, e, _ in model.spans(text, 0.9)]
['（本文来源：青柠范文网）']
"""

from __future__ import annotations

import json
import random
import re
from bisect import bisect_right
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import yaml

from .linemodel import fold, shape

FORMAT = "deedsnlp.junk_span_model/1"
BITS = 20  # hashed feature table of 2**20 weights
PAD = 12
#: n-gram templates: offsets from the character read
_GRAMS: tuple[tuple[int, ...], ...] = (
    (-3,), (-2,), (-1,), (0,), (1,), (2,), (3,),
    (-3, -2), (-2, -1), (-1, 0), (0, 1), (1, 2), (2, 3),
    (-2, -1, 0), (-1, 0, 1), (0, 1, 2),
    (-3, -2, -1, 0), (0, 1, 2, 3),
)
#: shape-class templates
_CLASSES: tuple[tuple[int, ...], ...] = ((-1, 0, 1), (-2, -1, 0, 1, 2), (-4, -3, -2, -1, 0), (0, 1, 2, 3, 4))
#: bag-of-characters offsets (left side and right side are two templates)
_BAG = tuple(range(4, 11))
N_FEATURES = len(_GRAMS) + len(_CLASSES) + 2 * len(_BAG)

_M1 = np.uint64(0x100000001B3)
_M2 = np.uint64(0x9E3779B97F4A7C15)
_SHIFT = np.uint64(64 - BITS)

_CLASS_OF: dict[str, int] = {}
for _chars, _k in (("0", 2), ("a", 3), (" \t\u00a0", 4), ("([{<\"'“‘《〈〔〖「『", 5), (")]}>”’》〉〕〗」』", 6),
                   ("。!?;", 7), (",、:", 8), ("/.-_…~—·|#@%&*+=^$", 9), ("\n\r", 10)):
    for _c in _chars:
        _CLASS_OF[_c] = _k


_CLASS_TABLE = np.full(0x10000, 11, dtype=np.uint64)  # other
_CLASS_TABLE[0x3400:0xA000] = 1
_CLASS_TABLE[0] = 0  # NUL reads as the padding: windows joined by PAD NULs score as if alone
for _c, _k in _CLASS_OF.items():
    _CLASS_TABLE[ord(_c)] = _k


def _classes(codes: np.ndarray) -> np.ndarray:
    return _CLASS_TABLE[np.minimum(codes, 0xFFFF).astype(np.intp)]


def feature_index(text: str) -> np.ndarray:
    """``(len(text), N_FEATURES)`` hashed feature indices of every character (see the module docstring)."""
    t = shape(fold(text))
    n = len(t)
    if n == 0:
        return np.zeros((0, N_FEATURES), dtype=np.int64)
    codes = np.frombuffer(t.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    cls = _classes(codes)
    pad = np.zeros(PAD, dtype=np.uint64)
    c = np.concatenate([pad, codes, pad])
    k = np.concatenate([pad, cls, pad])
    out = np.empty((n, N_FEATURES), dtype=np.int64)
    col = 0
    with np.errstate(over="ignore"):
        for tid, offs in enumerate(_GRAMS):
            h = np.full(n, np.uint64(tid + 1) * _M2, dtype=np.uint64)
            for o in offs:
                h = (h ^ c[PAD + o : PAD + o + n]) * _M1
            out[:, col] = ((h * _M2) >> _SHIFT).astype(np.int64)
            col += 1
        for tid, offs in enumerate(_CLASSES, start=100):
            h = np.full(n, np.uint64(tid + 1) * _M2, dtype=np.uint64)
            for o in offs:
                h = (h ^ k[PAD + o : PAD + o + n]) * _M1
            out[:, col] = ((h * _M2) >> _SHIFT).astype(np.int64)
            col += 1
        for side, sign in ((200, -1), (201, 1)):
            base = np.uint64(side + 1) * _M2
            for o in _BAG:
                h = (base ^ c[PAD + sign * o : PAD + sign * o + n]) * _M1
                out[:, col] = ((h * _M2) >> _SHIFT).astype(np.int64)
                col += 1
    return out


class SpanJunkModel:
    """Per-character junk probabilities and junk spans. ``weights``: the hashed table
    (``2**BITS`` floats); ``bias``; ``meta``: how it was trained."""

    def __init__(self, weights: np.ndarray, bias: float, meta: dict | None = None):
        self.weights = np.asarray(weights, dtype=np.float32)
        self.bias = float(bias)
        self.meta = meta or {}

    @classmethod
    def load(cls, path: str | Path | None = None) -> "SpanJunkModel":
        return _load(str(path) if path else None)

    def save(self, path: str | Path) -> None:
        nz = np.flatnonzero(self.weights)
        meta = json.dumps({"format": FORMAT, "bits": BITS, "bias": self.bias, **self.meta}, ensure_ascii=False)
        with open(path, "wb") as fh:
            np.savez_compressed(fh, index=nz.astype(np.int32), values=self.weights[nz].astype(np.float16),
                                meta=np.array(meta))

    def probs(self, text: str) -> np.ndarray:
        """The probability that each character of ``text`` (simplified script) is spliced junk."""
        if not text:
            return np.zeros(0, dtype=np.float32)
        z = self.weights[feature_index(text)].sum(axis=1) + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))

    def spans(self, text: str, threshold: float = 0.9, *, low: float = 0.5, min_chars: int = 3, whole: bool = True,
              probs: np.ndarray | None = None) -> list[tuple[int, int, float]]:
        """``(start, end, score)`` of runs of characters above ``low`` whose mean probability
        reaches ``threshold`` and which hold ``min_chars`` characters or more (spaces at their
        edges left out; a dip of one character between two surer ones is filled first; a run of
        capitals and digits alone, or with fewer than two letters, is never a span). ``whole``: a
        span must be a whole piece — each edge at the text's end, a space, a punctuation mark or
        bracket, between Chinese and Latin letters or digits, or sharp (:func:`_edge`) — never
        half a word where the model is unsure (湖光作|文网)."""
        p = raw = self.probs(text) if probs is None else probs
        if len(p) > 2:  # a character between two surer ones takes the lesser of them (收5集8 → 收8集8)
            p = p.copy()
            p[1:-1] = np.maximum(p[1:-1], np.minimum(p[:-2], p[2:]))
        out = []
        for s, e in _runs(p >= low):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e - s < min_chars or _ACRONYM_RE.fullmatch(text, s, e) or len(_LETTER_RE.findall(text, s, e)) < 2:
                continue
            if whole and not (_edge(text, s, raw, s) and _edge(text, e, raw, e - 1)):
                continue
            score = float(p[s:e].mean())
            if score >= threshold:
                out.append((s, e, round(score, 3)))
        return out


#: a run of capitals and digits alone (an acronym or a model number: GDP, ISO9001) is never cut
_ACRONYM_RE = re.compile(r"[A-Z0-9.\-]{1,8}")
#: ...and a span needs two letters (Chinese or Latin) at least: a bracketed year (〔2018〕) is not junk on its shape
_LETTER_RE = re.compile(r"[A-Za-z\u3400-\u9fff]")


def _edge(text: str, i: int, p: np.ndarray, inside: int) -> bool:
    """Whether a cut between ``text[i - 1]`` and ``text[i]`` falls between two pieces: a space,
    punctuation or a bracket on one side, Chinese against Latin letters or digits, or a sharp
    edge (the model sure of the character inside, ``p[inside]``, and of the one outside)."""
    if i <= 0 or i >= len(text):
        return True
    a, b = text[i - 1], text[i]
    if not (a.isalnum() and b.isalnum()):
        return True  # a space, a punctuation mark or a bracket on one side
    if bool(_LETTER_CJK_RE.match(a)) != bool(_LETTER_CJK_RE.match(b)):
        return True
    outside = i if inside == i - 1 else i - 1
    return bool(p[inside] >= SHARP_IN and p[outside] <= SHARP_OUT)


#: a sharp edge between two Chinese characters: the model this sure either side of the cut
SHARP_IN, SHARP_OUT = 0.8, 0.1


_LETTER_CJK_RE = re.compile(r"[\u3400-\u9fff]")


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    if not mask.any():
        return []
    d = np.diff(np.concatenate([[0], mask.astype(np.int8), [0]]))
    return list(zip(np.flatnonzero(d == 1).tolist(), np.flatnonzero(d == -1).tolist()))


@lru_cache(maxsize=2)
def _load(path: str | None) -> SpanJunkModel:
    name = path or "junk_span_model.npz"
    if path is None:
        fh = resources.files("deedsnlp.data").joinpath("junk_span_model.npz").open("rb")
    else:
        fh = open(path, "rb")
    with fh, np.load(fh, allow_pickle=False) as z:
        meta = json.loads(str(z["meta"]))
        if meta.get("format") != FORMAT or meta.get("bits") != BITS:
            raise ValueError(f"{name}: not a junk span model of this version")
        weights = np.zeros(1 << BITS, dtype=np.float32)
        weights[z["index"]] = z["values"].astype(np.float32)
    bias = meta.pop("bias")
    for key in ("format", "bits"):
        meta.pop(key)
    return SpanJunkModel(weights, bias, meta)



# -- the cleaner's use -----------------------------------------------------------------------------
#: the cleaner cuts a span whose mean probability reaches this (moved with its threshold option)
SPAN_CUT = 0.9

#: the cheap screen: the model reads a line only around these shapes (Latin letters, and the
#: words sites, credits, ownership notices, teasers and brands are made of), 24 characters either
#: side; a line without any is cleared unread
SCREEN_RE = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]{2}|[网站吧页官娱彩博稿录]|文库|来源|来自|出自|摘自|选自|转载|转自|整理|收集|编辑|责编|"
                       r"记者|通讯员|供稿|上传|版权|权属|禁止|严禁|隐藏|注册|下载|首发|原创|作者|撰稿|摄影")
SCREEN_WIDTH = 24


def find_spliced(view: str, lines, threshold: float, found: Sequence = (), model: SpanJunkModel | None = None):
    """Candidates (kind ``watermark``) for junk the span model finds inside lines, at
    ``threshold`` or above: only lines the cheap screen (:data:`SCREEN_RE`) does not clear are
    read, and a span overlapping what another detector found is left to that detector."""
    from .spans import Candidate

    model = model or SpanJunkModel.load()
    taken = sorted((c.start, c.end) for c in found)
    out = []
    windows: list[list[int]] = []
    starts = [line.start for line in lines]
    for m in SCREEN_RE.finditer(view):
        k = bisect_right(starts, m.start()) - 1
        if k < 0:
            continue
        line = lines[k]
        if m.end() > line.end or line.end - line.start < 4:
            continue
        a, b = max(line.start, m.start() - SCREEN_WIDTH), min(line.end, m.end() + SCREEN_WIDTH)
        if windows and windows[-1][2] == line.number and a <= windows[-1][1]:
            windows[-1][1] = b
        else:
            windows.append([a, b, line.number])
    if not windows:
        return out
    # one pass of the model over every window (joined by NULs, which read as the page's edge)
    gap = "\0" * PAD
    probs = model.probs(gap.join(view[a:b] for a, b, _ in windows))
    pos = 0
    for a, b, number in windows:
        p = probs[pos : pos + b - a]
        pos += b - a + PAD
        for s, e, score in model.spans(view[a:b], threshold, probs=p):
            s, e = s + a, e + a
            if any(ts < e and s < te for ts, te in taken):
                continue
            out.append(Candidate("watermark", s, e, "removed", f"spliced junk (span model {score:.2f})", priority=1,
                                 data={"unit": "span", "score": score, "detector": "span model", "line": number}))
    return out


# -- the generator -----------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def noise_pools() -> dict:
    text = resources.files("deedsnlp.data").joinpath("span_noise.yaml").read_text("utf-8")
    return yaml.safe_load(text)


_OPEN_CLOSE = [("（", "）"), ("(", ")"), ("【", "】"), ("[", "]"), ("〔", "〕"), ("「", "」"), ("《", "》"), ("〖", "〗")]
_UNIT_RE = re.compile(r"[\u4e00-\u9fff]{2,4}(?=党支部|党总支|党委|支部|公司|社区|学校|医院|中学|小学|村委|集团|街道|研究所)")


class SpanNoise:
    """Junk pieces by family (``families`` in the pools file) and splices of them into paragraphs."""

    def __init__(self, pools: dict | None = None):
        self.p = pools or noise_pools()
        #: ordinary words of the reports (set by :func:`training_examples`): site names and brands
        #: with a dictionary-word head, so that the head is no evidence and the rest of the shape is
        self.heads: list[str] = []
        self.families = {"site_credit": self.site_credit, "url": self.url, "ownership": self.ownership,
                         "brand": self.brand, "credit": self.credit, "teaser": self.teaser,
                         "docsite": self.docsite, "scramble": self.scramble}

    def pick(self, rng: random.Random, key: str) -> str:
        return str(rng.choice(self.p[key]))

    def name(self, rng: random.Random) -> str:
        n = self.pick(rng, "name_surname") + self.pick(rng, "name_given")
        return " ".join(n) if rng.random() < 0.1 else n

    def site(self, rng: random.Random) -> str:
        r = rng.random()
        if self.heads and r < 0.35:
            return rng.choice(self.heads) + self.pick(rng, "site_body") + self.pick(rng, "site_tail")
        if r < 0.12:
            head = self.pick(rng, "latin_word") + (str(rng.randint(1, 999)) if rng.random() < 0.4 else "")
        elif r < 0.25:
            head = self.pick(rng, "place")
        else:
            head = self.pick(rng, "site_head")
        return head + self.pick(rng, "site_body") + self.pick(rng, "site_tail")

    def url_only(self, rng: random.Random) -> str:
        host = self.pick(rng, "latin_word") + (str(rng.randint(1, 9999)) if rng.random() < 0.4 else "")
        if rng.random() < 0.3:
            host = self.pick(rng, "latin_word") + "." + host
        u = rng.choice(["www.", "", "", "m.", "http://www.", "https://"]) + host + self.pick(rng, "tld")
        if rng.random() < 0.25:
            u += f"/{rng.choice(['a', 'p', 'doc', 'html', 'show'])}/{rng.randint(10, 999999)}" + rng.choice([".html", "", ".shtml"])
        return u

    def fill(self, rng: random.Random, tpl: str) -> str:
        out = tpl
        for key, fn in (("{site}", lambda: self.site(rng)), ("{name}", lambda: self.name(rng)),
                        ("{place}", lambda: self.pick(rng, "place")), ("{paper}", lambda: self.pick(rng, "paper")),
                        ("{url}", lambda: self.url_only(rng)), ("{n}", lambda: str(rng.randint(12, 9800))),
                        ("{m}", lambda: str(rng.randint(2, 60))), ("{k}", lambda: str(rng.randint(1, 9))),
                        ("{y}", lambda: str(rng.randint(2008, 2026)))):
            while key in out:
                out = out.replace(key, fn(), 1)
        return out

    # -- families --------------------------------------------------------------------------------
    def site_credit(self, rng: random.Random) -> str:
        s, verb = self.site(rng), self.pick(rng, "credit_verb")
        form = rng.randrange(6)
        if form == 0:
            out = s + verb
        elif form == 1:
            out = self.pick(rng, "credit_open") + s
        elif form == 2:
            out = self.pick(rng, "credit_open") + s + verb
        elif form == 3:
            out = "由" + s + verb
        elif form == 4:
            out = s + rng.choice(["", "网友", "用户", "会员", "小编"]) + verb
        else:
            out = self.pick(rng, "credit_open") + s + rng.choice(["", "（" + self.url_only(rng) + "）", " " + self.url_only(rng)])
        return out + self.pick(rng, "credit_close")

    def url(self, rng: random.Random) -> str:
        u = self.url_only(rng)
        form = rng.randrange(4)
        if form == 0:
            return u
        if form == 1:
            return self.site(rng) + rng.choice(["", " ", "：", "("]) + u + ("" if rng.random() < 0.5 else " ")
        if form == 2:
            return rng.choice(["访问", "登录", "网址：", "详见", "更多请看", "来源："]) + u
        return u.upper() if rng.random() < 0.3 else u.replace(".", "点", 1) if rng.random() < 0.3 else u

    def ownership(self, rng: random.Random) -> str:
        a = self.fill(rng, self.pick(rng, "ownership"))
        if rng.random() < 0.4:
            a += rng.choice(["，", "，", " ", "！", "。"]) + self.fill(rng, self.pick(rng, "ownership"))
        if rng.random() < 0.3:
            a = self.site(rng) + rng.choice(["", "：", " "]) + a
        return a

    def brand(self, rng: random.Random) -> str:
        digits = str(rng.randint(1, 99999)) if rng.random() < 0.6 else ""
        if self.heads and rng.random() < 0.35:
            return rng.choice(self.heads) + self.pick(rng, "brand_tail") + (digits or rng.choice(["", self.pick(rng, "brand_tail")]))
        form = rng.randrange(5)
        if form == 0:
            return self.pick(rng, "brand_head") + self.pick(rng, "brand_tail") + digits
        if form == 1:
            return self.pick(rng, "brand_latin") + (digits or str(rng.randint(1, 999))) + self.pick(rng, "brand_tail")
        if form == 2:
            return self.pick(rng, "brand_head") + self.pick(rng, "brand_latin") + digits
        if form == 3:
            return self.pick(rng, "place") + self.pick(rng, "brand_tail") + (digits or str(rng.randint(1, 999)))
        return self.pick(rng, "brand_head") + self.pick(rng, "brand_tail") + self.pick(rng, "brand_tail") + digits

    def credit(self, rng: random.Random) -> str:
        return self.fill(rng, self.pick(rng, "credit_tpl"))

    def teaser(self, rng: random.Random) -> str:
        return self.fill(rng, self.pick(rng, "teaser_tpl"))

    def docsite(self, rng: random.Random) -> str:
        return self.fill(rng, self.pick(rng, "docsite_tpl"))

    def scramble(self, rng: random.Random) -> str:
        chars = str(self.p["scramble_chars"])
        s = "".join(rng.choice(chars) for _ in range(rng.randint(3, 10)))
        return rng.choice(["", "", " "]) + s + rng.choice(["", "", " "])

    # -- splicing -------------------------------------------------------------------------------
    def splice(self, text: str, family: str, rng: random.Random, labels: list[int] | None = None) -> tuple[str, list[int]]:
        """``text`` with one junk piece of ``family`` spliced in, and the per-character labels
        (``labels``: those of ``text``, all body when not given)."""
        labels = [0] * len(text) if labels is None else labels
        junk = self.families[family](rng)
        if family == "brand" and rng.random() < 0.5:
            units = list(_UNIT_RE.finditer(text))
            if units:  # the brand stands where the unit's name was
                m = rng.choice(units)
                return text[: m.start()] + junk + text[m.end():], labels[: m.start()] + [1] * len(junk) + labels[m.end():]
        bracketed = junk[:1] in "(（【[〔〖《" and junk[-1:] in ")）】]〕〗》"
        if family not in ("scramble", "brand") and not bracketed and rng.random() < 0.3:
            o, c = rng.choice(_OPEN_CLOSE)
            junk = o + junk + c
        elif family not in ("scramble", "brand") and rng.random() < 0.15:
            junk = rng.choice(["——", " ", "|", "——", "。", "，"]) + junk + rng.choice(["", "。", "！", " "])
        pos = self._position(text, rng)
        return text[:pos] + junk + text[pos:], labels[:pos] + [1] * len(junk) + labels[pos:]

    @staticmethod
    def _position(text: str, rng: random.Random) -> int:
        r = rng.random()
        if r < 0.3:
            ends = [m.end() for m in re.finditer("[。！？；]", text)]
            if ends:
                return rng.choice(ends)
        elif r < 0.55:
            ends = [m.end() for m in re.finditer("[，、：]", text)]
            if ends:
                return rng.choice(ends)
        elif r < 0.65:
            return 0
        elif r < 0.75:
            return len(text)
        return rng.randint(0, len(text))

    def decoy(self, rng: random.Random) -> str:
        """Body wording that shares junk's words (label 0)."""
        return self.fill(rng, self.pick(rng, "decoy_tpl"))


# -- training ---------------------------------------------------------------------------------------
def corpus_split(splits: Iterable[str], corpus_dir: str | None = None) -> list[str]:
    """Clean paragraphs of the labelled corpus's documents in ``splits`` (train, dev, test)."""
    from ..io.corpus import clean_paragraph, labelled_rows

    out = []
    for row in labelled_rows(corpus_dir, splits=list(splits)):
        t = clean_paragraph(row)
        if t and len(t) >= 6:
            out.append(t)
    return out


_WORDISH_RE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,3}(?![\u4e00-\u9fff])|(?<=[，。、])[\u4e00-\u9fff]{2}")


def _window(text: str, labels: list[int], rng: random.Random, width: int) -> tuple[str, list[int]]:
    if len(text) <= width:
        return text, labels
    if 1 in labels:
        a = labels.index(1)
        s = max(0, min(a - rng.randint(5, width // 2), len(text) - width))
    else:
        s = rng.randint(0, len(text) - width)
    return text[s : s + width], labels[s : s + width]


def training_examples(paragraphs: Sequence[str], families: Sequence[str], *, seed: int = 13, rate: float = 0.7,
                      width: int = 120, passes: int = 1, noise: SpanNoise | None = None) -> list[tuple[str, list[int]]]:
    """``(text, labels)`` windows of the paragraphs: a share ``rate`` with one or two junk pieces of
    ``families`` spliced in, some with body decoys or invented names as a unit's name (label 0)."""
    rng = random.Random(seed)
    gen = noise or SpanNoise()
    words = sorted({m.group()[:k] for t in paragraphs[:3000] for m in _WORDISH_RE.finditer(t) for k in (2, 3)})
    gen.heads = random.Random(seed).sample(words, min(len(words), 4000)) if words else []
    units = ["村", "社区", "公司", "小学", "中学", "医院", "街道", "党支部", "学院", "网格", "平台", "站"]
    out = []
    for t in [p for _ in range(passes) for p in paragraphs]:
        labels = [0] * len(t)
        if rng.random() < 0.2:  # body decoys and names that look like sites or brands stay body
            d = gen.decoy(rng) if rng.random() < 0.6 else gen.pick(rng, rng.choice(["site_head", "brand_head", "place"])) + rng.choice(units)
            pos = SpanNoise._position(t, rng)
            t, labels = t[:pos] + d + t[pos:], labels[:pos] + [0] * len(d) + labels[pos:]
        if rng.random() < 0.06:  # acronyms and models in the report's text (GDP, ISO9001, 5G) stay body
            d = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(rng.randint(2, 4)))
            d = rng.choice([d, d + str(rng.randint(1, 9999)), str(rng.randint(1, 9)) + d[:1], d + "-" + str(rng.randint(1, 99))])
            pos = SpanNoise._position(t, rng)
            t, labels = t[:pos] + d + t[pos:], labels[:pos] + [0] * len(d) + labels[pos:]
        if rng.random() < rate:
            for _ in range(1 if rng.random() < 0.85 else 2):
                t, labels = gen.splice(t, rng.choice(list(families)), rng, labels)
        out.append(_window(t, labels, rng, width))
    return out


def fit(examples: Sequence[tuple[str, list[int]]], *, c: float = 1.0, seed: int = 13) -> SpanJunkModel:
    """A :class:`SpanJunkModel` fitted by scikit-learn's logistic regression (training only)."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    idx = np.concatenate([feature_index(t) for t, _ in examples])
    y = np.concatenate([np.asarray(lab, dtype=np.int8) for _, lab in examples])
    used, inv = np.unique(idx, return_inverse=True)
    inv = inv.reshape(idx.shape)
    rows = np.repeat(np.arange(len(y)), idx.shape[1])
    x = sparse.csr_matrix((np.ones(inv.size, dtype=np.float32), (rows, inv.ravel())), shape=(len(y), len(used)))
    x.sum_duplicates()
    clf = LogisticRegression(C=c, max_iter=400, random_state=seed)
    clf.fit(x, y)
    weights = np.zeros(1 << BITS, dtype=np.float32)
    np.add.at(weights, used, clf.coef_[0].astype(np.float32))
    weights[np.abs(weights) < 0.01] = 0.0
    return SpanJunkModel(weights, float(clf.intercept_[0]),
                         {"seed": seed, "C": c, "characters": int(len(y)), "junk_characters": int(y.sum()),
                          "windows": len(examples)})


# -- evaluation --------------------------------------------------------------------------------------
def span_scores(model: SpanJunkModel, examples: Sequence[tuple[str, list[int]]], threshold: float) -> dict:
    """Span and character figures at ``threshold``: a predicted span is right when most of it is
    junk; a gold piece is found when most of it is covered."""
    tp_sp = n_pred = found = n_gold = 0
    tp_ch = pred_ch = gold_ch = 0
    for text, lab in examples:
        lab_a = np.asarray(lab, dtype=bool)
        pred = np.zeros(len(text), dtype=bool)
        for s, e, _ in model.spans(text, threshold):
            pred[s:e] = True
            n_pred += 1
            tp_sp += lab_a[s:e].mean() > 0.5
        for s, e in _runs(lab_a):
            n_gold += 1
            found += pred[s:e].mean() > 0.5
        tp_ch += int((pred & lab_a).sum())
        pred_ch += int(pred.sum())
        gold_ch += int(lab_a.sum())
    return {"span_precision": tp_sp / max(n_pred, 1), "span_recall": found / max(n_gold, 1), "pieces": n_gold,
            "char_precision": tp_ch / max(pred_ch, 1), "char_recall": tp_ch / max(gold_ch, 1)}


def main(argv: list[str] | None = None) -> None:
    import argparse

    ap = argparse.ArgumentParser(description="Train (and evaluate) the span junk model on spliced noise and the labelled corpus.")
    ap.add_argument("--out", help="where to write the model (.npz); without it, only the figures")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--heldout", default="", help="comma-separated families left out of training and scored alone")
    ap.add_argument("--threshold", type=float, default=0.9)
    ap.add_argument("--c", type=float, default=1.0)
    args = ap.parse_args(argv)
    gen = SpanNoise()
    held = [f for f in args.heldout.split(",") if f]
    unknown = set(held) - set(gen.families)
    if unknown:
        ap.error(f"unknown families {sorted(unknown)}; choose from {', '.join(gen.families)}")
    train_fams = [f for f in gen.families if f not in held]
    train = corpus_split(["train"])
    examples = training_examples(train, train_fams, seed=args.seed, passes=2, noise=gen)
    model = fit(examples, c=args.c, seed=args.seed)
    print(f"trained on {model.meta['windows']} windows, {model.meta['characters']} characters "
          f"({model.meta['junk_characters']} junk), families: {', '.join(train_fams)}")
    heldout_paras = corpus_split(["dev", "test"])
    for fam in held or train_fams:
        ex = training_examples(heldout_paras, [fam], seed=args.seed + 1, rate=1.0, noise=gen)
        r = span_scores(model, ex, args.threshold)
        tag = "held out" if held else "trained"
        print(f"  {fam:12s} ({tag}, {r['pieces']} pieces): span P {r['span_precision']:.3f} R {r['span_recall']:.3f}"
              f"  char P {r['char_precision']:.3f} R {r['char_recall']:.3f}")
    cut = total = 0
    for t in heldout_paras:
        total += len(t)
        cut += sum(e - s for s, e, _ in model.spans(t, args.threshold))
    print(f"  untouched dev+test paragraphs: {cut} of {total} characters cut at {args.threshold}")
    if args.out:
        model.save(args.out)
        print(f"{args.out}: {int(np.count_nonzero(model.weights))} weights")


if __name__ == "__main__":
    main()
