"""What a classifier sees of a passage: its text and its place in the document.

A :class:`PassageExample` carries the passage text, its own heading title and its parent's
(from the outline parser, exactly as at prediction time), whether it is a heading line, and its
relative position. ``passage_features`` turns one into prefixed feature tokens for the linear
model: lexicon-aware words (``w:``), character n-grams (``c:``), heading words (``h:``/``p:``)
and layout cues (``m:``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document

_DIGITS = re.compile(r"\d+(?:\.\d+)?")


@dataclass(frozen=True)
class PassageExample:
    text: str
    heading: str = ""
    parent_heading: str = ""
    is_heading: bool = False
    position: float = 0.5
    index: int = 0
    n_passages: int = 1

    @property
    def context_text(self) -> str:
        """Text with its heading context, for backends that read one string."""
        parts = [p for p in (self.parent_heading, self.heading) if p]
        head = " / ".join(parts)
        return f"{head}｜{self.text}" if head else self.text


def examples_from_document(doc: Document) -> list[PassageExample]:
    """One example per passage of ``doc`` with its heading context from the outline."""
    n = len(doc.passages)
    out = []
    for p in doc.passages:
        heading = parent = ""
        if p.heading is not None:
            h = doc.outline[p.heading]
            heading = h.title
            if h.parent is not None:
                parent = doc.outline[h.parent].title
        out.append(
            PassageExample(
                text=doc.text[p.start : p.end], heading=heading, parent_heading=parent,
                is_heading=p.is_heading, position=p.index / max(1, n - 1), index=p.index, n_passages=n,
            )
        )
    return out


def as_example(x) -> PassageExample:
    if isinstance(x, PassageExample):
        return x
    if isinstance(x, str):
        return PassageExample(text=x)
    raise TypeError(f"expected PassageExample or str, got {type(x).__name__}")


#: prefix of non-n-gram features (a control character never left in normalized text)
P = "\x1f"


def feature_text(ex: PassageExample) -> str:
    """The passage text the n-gram features are taken from (digits folded to 0)."""
    return _DIGITS.sub("0", ex.text)


def passage_features(ex: PassageExample, words, heading_cache: dict | None = None) -> list[str]:
    """Word, heading and layout feature tokens of one example (character n-grams are hashed
    separately, see :mod:`deedsnlp.classify.vectorize`).

    ``words`` is a callable text → token list (whitespace tokens are dropped here);
    ``heading_cache`` memoizes the heading features within a batch. Tokens carry a prefix
    (``\x1fw``, ``\x1fh``, ``\x1fp``, ``\x1fm``).
    """
    text = feature_text(ex)
    feats = [P + "w" + w for w in words(text) if len(w) > 1 or w.isalnum()]
    cache = heading_cache if heading_cache is not None else {}
    for tag, head in (("h", ex.heading if not ex.is_heading else ""), ("p", ex.parent_heading)):
        if head:
            key = (tag, head)
            hf = cache.get(key)
            if hf is None:
                hf = cache[key] = [P + tag + w for w in words(head) if len(w) > 1]
            feats.extend(hf)
    length = len(ex.text)
    feats.append(P + ("mheading" if ex.is_heading else "mbody"))
    feats.append(P + "mlen" + ("<15" if length < 15 else "<40" if length < 40 else "<120" if length < 120 else ">=120"))
    if ex.index == 0:
        feats.append(P + "mfirst")
    elif ex.index == 1:
        feats.append(P + "msecond")
    if ex.n_passages > 1 and ex.index == ex.n_passages - 1:
        feats.append(P + "mlast")
    feats.append(P + "mpos%d" % min(4, int(ex.position * 5)))
    if not ex.heading:
        feats.append(P + "mno_heading")
    return feats
