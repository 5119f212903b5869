"""The stage protocol: every step of the pipeline is ``Document -> Document``.

A :class:`Stage` has a ``name``; calling it on a document returns the document (the same object,
extended, or a new one) with what the stage found appended to :attr:`Document.findings` under
``stage=<name>``. :meth:`Stage.pipe` streams: documents in, documents out, never the whole corpus
in memory (stages that must see the corpus first, like fitting the cleaner, say so explicitly).

>>> from deedsnlp.loader import load_text
>>> class Shout(Stage):
...     name = "shout"
...     def process(self, doc):
...         doc.text = doc.text + "！"
...         self.add_finding(doc, "shouted", len(doc.text) - 1, len(doc.text), reason="added")
...         return doc
>>> doc = Shout()(load_text("好"))
>>> doc.text, [(f.stage, f.kind) for f in doc.findings]
('好！', [('shout', 'shouted')])
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from ..document import Document, Finding


@dataclass
class StageStats:
    """What one stage did over a stream: documents, characters in and out, findings by kind, seconds."""

    documents: int = 0
    chars_in: int = 0
    chars_out: int = 0
    findings: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, other: "StageStats") -> None:
        self.documents += other.documents
        self.chars_in += other.chars_in
        self.chars_out += other.chars_out
        self.findings.update(other.findings)
        self.seconds += other.seconds

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "chars_in": self.chars_in, "chars_out": self.chars_out,
                "findings": dict(sorted(self.findings.items())), "seconds": round(self.seconds, 3)}


class Stage:
    """Base class of pipeline stages.

    Subclasses implement :meth:`process` (one document) and may override :meth:`pipe` when
    batching pays (the classifier predicts many passages at once). ``stats`` accumulates over
    every call.
    """

    name: str = "stage"

    def __init__(self) -> None:
        self.stats = StageStats()

    # -- the protocol -------------------------------------------------------------------------
    def process(self, doc: Document) -> Document:
        raise NotImplementedError

    def __call__(self, doc: Document) -> Document:
        start = time.perf_counter()
        chars_in = len(doc.text)
        before = len(doc.findings)
        out = self.process(doc)
        self._count(chars_in, out, before, time.perf_counter() - start)
        return out

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Stream documents through the stage."""
        for doc in docs:
            yield self(doc)

    # -- helpers for subclasses -------------------------------------------------------------
    def _count(self, chars_in: int, out: Document, findings_before: int, seconds: float) -> None:
        st = self.stats
        st.documents += 1
        st.chars_in += chars_in
        st.chars_out += len(out.text)
        for f in out.findings[findings_before:] if findings_before <= len(out.findings) else out.findings:
            if f.stage == self.name:
                st.findings[f.kind] += 1
        st.seconds += seconds

    def add_finding(self, doc: Document, kind: str, start: int, end: int, **kwargs) -> Finding:
        """Record a finding of this stage on ``doc`` (text offsets; the line is filled in)."""
        kwargs.setdefault("text", doc.text[start:end])
        return doc.add_finding(Finding(kind, start, end, stage=self.name, **kwargs))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"


class FunctionStage(Stage):
    """A stage from a plain function ``doc -> doc`` (for recipes and tests)."""

    def __init__(self, name: str, func: Callable[[Document], Document]):
        super().__init__()
        self.name = name
        self.func = func

    def process(self, doc: Document) -> Document:
        return self.func(doc)


def run_stages(stages: Iterable[Stage], docs: Iterable[Document]) -> Iterator[Document]:
    """Chain the stages' :meth:`~Stage.pipe` generators over ``docs``."""
    stream: Iterable[Document] = docs
    for stage in stages:
        stream = stage.pipe(stream)
    yield from stream
