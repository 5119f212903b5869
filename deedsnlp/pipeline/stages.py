"""The stages of the package as :class:`~deedsnlp.pipeline.base.Stage` objects.

Each wraps the library function that does the work (nothing is re-implemented here):

============  ==========================================================================
normalize     rebuild text, passages and outline from ``raw_text`` (:func:`build_document`)
outline       re-read the outline with another :class:`~deedsnlp.outline.OutlineConfig`
segment       ``doc.tokens`` from the domain segmenter
clean         :meth:`deedsnlp.clean.Cleaner.clean` (fit on the corpus first: :func:`fit_cleaner`)
dedup         signatures per document, then near-duplicate groups over the stream (a barrier)
classify      section labels of the passages (:func:`deedsnlp.classify.classify_documents`, batched)
check         :func:`deedsnlp.check.check` under a profile; its findings land on the document
============  ==========================================================================

>>> from deedsnlp.loader import load_text
>>> docs = [load_text("支部坚持理论学习。本文来源：某某范文网\\n一、加强学习\\n每月学习。", "a"),
...         load_text("村里修通了水泥路。", "b")]
>>> out = list(run_stages([CleanStage(), ClassifyStage()], docs))
>>> out[0].text
'支部坚持理论学习。\\n一、加强学习\\n每月学习。'
>>> sorted({f.stage for f in out[0].findings} - {""})
['clean']
"""

from __future__ import annotations

import json
import os
import pickle
import tempfile
from itertools import chain, islice
from typing import Any, Callable, Iterable, Iterator

from ..document import Document
from .base import Stage, run_stages  # noqa: F401 - run_stages is used in the doctest

#: the order in which stages may appear in a recipe
STAGE_ORDER = ("normalize", "outline", "clean", "dedup", "classify", "segment", "check")


def _rebuilt(doc: Document, **kwargs) -> Document:
    from ..loader import build_document

    # a cleaned document keeps its edits to the input, so its lines stay the input's
    out = build_document(doc.raw_text or doc.text, doc.id, source=doc.source, metadata=doc.metadata,
                         edits=doc.edits or None, **kwargs)
    out.findings = [f for f in doc.findings if f.stage not in ("", "outline")] + out.findings
    out.tokens = doc.tokens
    return out


class NormalizeStage(Stage):
    """Text, passages and outline rebuilt from the raw text (``simplify``: traditional → simplified)."""

    name = "normalize"

    def __init__(self, simplify: bool = False):
        super().__init__()
        self.simplify = simplify

    def process(self, doc: Document) -> Document:
        return _rebuilt(doc, simplify=self.simplify)


class OutlineStage(Stage):
    """The outline read again with ``config`` (an :class:`~deedsnlp.outline.OutlineConfig` or its fields)."""

    name = "outline"

    def __init__(self, config: Any = None, **fields: Any):
        super().__init__()
        from ..outline import OutlineConfig

        self.config = config if config is not None else (OutlineConfig(**fields) if fields else None)

    def process(self, doc: Document) -> Document:
        return _rebuilt(doc, outline_config=self.config)


class SegmentStage(Stage):
    """``doc.tokens``: the words of the text (domain lexicon, rjieba or jieba)."""

    name = "segment"

    def __init__(self, backend: str = "auto", lexicons: Iterable[str] = (), hmm: bool = True):
        super().__init__()
        self.backend, self.lexicons, self.hmm = backend, tuple(lexicons), hmm
        self._seg = None

    def process(self, doc: Document) -> Document:
        if self._seg is None:
            from ..segment import get_segmenter

            self._seg = get_segmenter(list(self.lexicons), backend=self.backend, hmm=self.hmm)
        doc.tokens = self._seg.words(doc.text)
        return doc

    def __getstate__(self):
        return {**self.__dict__, "_seg": None}


# -- clean ----------------------------------------------------------------------------------------
#: documents the learning pass reads at most: what it keeps grows with the documents it reads
#: (~13 kB each: sentence hashes and signatures), so a corpus of any size learns in bounded memory
#: (~300 MB, ~1 minute of CPU). A site's furniture and notices recur on many of its pages; over a
#: larger corpus the first documents are read (shuffle inputs ordered by site, or raise the limit).
LEARN_LIMIT = 20_000


def check_learn_limit(limit: Any) -> int | None:
    """``limit`` when it is a learning limit (a whole number of documents, 2 or more, or None); ValueError if not."""
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 2):
        raise ValueError(f"learn_limit must be a whole number of documents, 2 or more, or null for all (got {limit!r})")
    return limit


def fit_cleaner(cleaner, corpus: Callable[[], Iterable[Document]] | Iterable[Document], *, learn: bool = True,
                limit: int | None = LEARN_LIMIT):
    """The policy of every front end: learn from the input corpus, then clean.

    The cleaner learns recurring notices (:meth:`~deedsnlp.clean.Cleaner.fit`) from the documents
    of ``corpus`` when there are two or more of them (one document has nothing that recurs), the
    first ``limit`` of them (:data:`LEARN_LIMIT`; None reads all); ``corpus`` is a list or a
    function that streams the documents again (a first reading pass). Returns the cleaner. The
    CLI, the web page, ``deedsnlp run`` and the Python API call this.
    """
    if not learn:
        return cleaner
    check_learn_limit(limit)
    docs = corpus() if callable(corpus) else corpus
    it = iter(docs) if limit is None else islice(docs, limit)
    head = list(islice(it, 2))
    if len(head) >= 2:
        cleaner.fit(chain(head, it))
    return cleaner


def clean_corpus(docs: Iterable[Document] | Callable[[], Iterable[Document]], cleaner=None, *,
                 learn: bool = True, **config: Any) -> Iterator[Document]:
    """Fit a cleaner on the corpus (:func:`fit_cleaner`) and yield its documents cleaned.

    ``docs`` may be a function that streams the corpus (read twice: once to learn, once to
    clean); a plain iterable is held in memory for the two passes.
    """
    stage = CleanStage(cleaner, **config)
    if callable(docs):
        fit_cleaner(stage.cleaner, docs, learn=learn)
        yield from stage.pipe(docs())
        return
    held = list(docs)
    fit_cleaner(stage.cleaner, held, learn=learn)
    yield from stage.pipe(held)


class CleanStage(Stage):
    """Scraping junk removed, masks and blanks flagged; the findings stay on the document."""

    name = "clean"

    def __init__(self, cleaner=None, **config: Any):
        super().__init__()
        if cleaner is None:
            from ..clean import CleanConfig, Cleaner

            if "kinds" in config and isinstance(config["kinds"], (list, str)):
                kinds = config["kinds"]
                config["kinds"] = tuple(k.strip() for k in kinds.split(",")) if isinstance(kinds, str) else tuple(kinds)
            cleaner = Cleaner(CleanConfig(**config))
        self.cleaner = cleaner

    # a cleaner holds a lock and lazily loaded models: send what it learned, not those
    _LAZY = ("_filler", "_line_model")

    def __getstate__(self):
        import threading

        lock_type = type(threading.Lock())
        cleaner = {}
        for k, v in vars(self.cleaner).items():
            if isinstance(v, lock_type):
                cleaner[k] = "__lock__"
            elif k in self._LAZY:
                cleaner[k] = None
            else:
                cleaner[k] = v
        return {**self.__dict__, "cleaner": (type(self.cleaner), cleaner)}

    def __setstate__(self, state):
        import threading

        cls, attrs = state.pop("cleaner")
        cleaner = cls.__new__(cls)
        cleaner.__dict__.update({k: (threading.Lock() if v == "__lock__" else v) for k, v in attrs.items()})
        self.__dict__.update(state)
        self.cleaner = cleaner

    def fit(self, corpus, *, learn: bool = True) -> "CleanStage":
        fit_cleaner(self.cleaner, corpus, learn=learn)
        return self

    def process(self, doc: Document) -> Document:
        out = self.cleaner.clean(doc)
        if isinstance(out, tuple):  # (document, findings): the findings are on the document too
            out = out[0]
        return out


# -- classify ---------------------------------------------------------------------------------------
class ClassifyStage(Stage):
    """Section labels of the passages (``passage.label``/``score``); batched in :meth:`pipe`."""

    name = "classify"

    def __init__(self, model: Any = None, smooth: bool = True):
        super().__init__()
        self.model, self.smooth = model, smooth

    def _model(self):
        if self.model is None or isinstance(self.model, (str, os.PathLike)):
            from ..classify import load_model

            self.model = load_model(self.model)
        return self.model

    def process(self, doc: Document) -> Document:
        from ..classify import classify_document

        return classify_document(doc, self._model(), smooth=self.smooth)

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        import time

        from ..classify import classify_documents

        model = self._model()
        upstream = _Upstream(docs)
        t = time.perf_counter()
        for doc in classify_documents(upstream, model, smooth=self.smooth):
            n = len(doc.text)
            self.stats.documents += 1
            self.stats.chars_in += n
            self.stats.chars_out += n
            self.stats.findings["labelled_passages"] += sum(p.label is not None for p in doc.passages)
            self.stats.seconds += time.perf_counter() - t - upstream.take()
            yield doc
            t = time.perf_counter()


class _Upstream:
    """An iterator that times how long its source takes, so a batching stage counts only its own time."""

    def __init__(self, docs: Iterable[Document]):
        self._it = iter(docs)
        self.seconds = 0.0

    def __iter__(self):
        return self

    def __next__(self) -> Document:
        import time

        t = time.perf_counter()
        try:
            return next(self._it)
        finally:
            self.seconds += time.perf_counter() - t

    def take(self) -> float:
        s, self.seconds = self.seconds, 0.0
        return s


# -- check ------------------------------------------------------------------------------------------
class CheckStage(Stage):
    """The draft checker under ``profile``; findings on the document, the summary in ``metadata["check"]``."""

    name = "check"

    def __init__(self, profile: str = "generic", year: int | None = None, suggest_masks: bool = False):
        super().__init__()
        self.profile, self.year, self.suggest_masks = profile, year, suggest_masks

    def process(self, doc: Document) -> Document:
        from ..check import check

        report = check(doc, self.profile, year=self.year, suggest_masks=self.suggest_masks)
        data = report.to_dict()
        doc.metadata["check"] = {
            "profile": data.get("profile"), "year": data.get("year"), "passed": report.passed,
            "missing_sections": [s["name"] if isinstance(s, dict) else s for s in data.get("missing_sections", [])],
        }
        known = {id(f) for f in doc.findings}
        for f in report.findings:
            if id(f) not in known:
                f.stage = f.stage or "check"
                doc.add_finding(f)
        return doc


# -- dedup ------------------------------------------------------------------------------------------
def cluster_ids(clusters: Iterable[Iterable[str]]) -> dict[str, str]:
    """``{document id: group id}`` for documents with near-duplicates; a group is named by its smallest id
    (the same whatever order the documents came in)."""
    out: dict[str, str] = {}
    for members in clusters:
        members = [str(m) for m in members]
        name = min(members)
        for m in members:
            out[m] = name
    return out


class DedupStage(Stage):
    """Near-duplicate groups: ``metadata["cluster"]`` is the group's id (its smallest document id) or None.

    :meth:`sign` is the per-document part (shingles + MinHash); :meth:`pipe` is a barrier: it
    signs the stream while spooling the documents to a temporary file, groups the
    signatures, then yields the documents again with their group. ``boilerplate`` counts shared
    sentences as well (kept in :attr:`result`).
    """

    name = "dedup"

    def __init__(self, threshold: float = 0.7, boilerplate: bool = False, spool_dir: str | None = None, **config: Any):
        super().__init__()
        from ..dedup import DedupConfig

        self.config = DedupConfig(threshold=threshold, boilerplate=boilerplate, **config)
        self.spool_dir = spool_dir
        self.result = None
        self._signer = None

    def sign(self, doc: Document):
        """The MinHash signature of one document (the per-document part of dedup)."""
        if self._signer is None:
            from ..dedup.pipeline import Signer

            self._signer = Signer(self.config)
        return self._signer([doc.text])[0]

    def process(self, doc: Document) -> Document:  # one document alone has no duplicates
        doc.metadata["cluster"] = None
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        import time

        from ..dedup import find_duplicates

        t = time.perf_counter()
        # the spool is our own temporary file, read back once by this process: pickle is safe here and
        # several times faster than JSON for documents with many passages and findings
        fd, path = tempfile.mkstemp(prefix="deedsnlp-dedup-", suffix=".pickle", dir=self.spool_dir)
        try:
            upstream = _Upstream(docs)
            with os.fdopen(fd, "wb") as spool:
                def spooled():
                    for doc in upstream:
                        pickle.dump(doc, spool, protocol=pickle.HIGHEST_PROTOCOL)
                        yield doc.id, doc.text

                self.result = find_duplicates(spooled(), self.config)
            groups = cluster_ids(self.result.clusters)
            self.stats.seconds += time.perf_counter() - t - upstream.take()
            with open(path, "rb") as fh:
                while True:
                    t = time.perf_counter()
                    try:
                        doc = pickle.load(fh)
                    except EOFError:
                        break
                    doc.metadata["cluster"] = groups.get(doc.id)
                    if doc.id in groups:
                        self.stats.findings["in_group"] += 1
                    self.stats.documents += 1
                    self.stats.chars_in += len(doc.text)
                    self.stats.chars_out += len(doc.text)
                    self.stats.seconds += time.perf_counter() - t
                    yield doc
        finally:
            os.unlink(path)


#: recipe name → stage class
STAGES: dict[str, type[Stage]] = {
    "normalize": NormalizeStage, "outline": OutlineStage, "clean": CleanStage, "dedup": DedupStage,
    "classify": ClassifyStage, "segment": SegmentStage, "check": CheckStage,
}


def make_stage(name: str, params: dict[str, Any] | None = None) -> Stage:
    """A stage by its recipe name with its settings; ``ValueError`` for unknown names or settings."""
    if name not in STAGES:
        raise ValueError(f"unknown stage {name!r} (known: {', '.join(STAGE_ORDER)})")
    try:
        return STAGES[name](**(params or {}))
    except TypeError as exc:
        raise ValueError(f"stage {name!r}: {exc}") from None


def to_record(doc: Document) -> dict[str, Any]:
    """The output record of ``deedsnlp run``: id, source, text, findings, passages, cluster, metadata.

    Scores are rounded to 6 decimals: batched prediction may differ in the last bits of a float.
    """
    from dataclasses import asdict

    meta = {k: v for k, v in doc.metadata.items() if k != "cluster"}
    return {
        "id": doc.id,
        "source": doc.source,
        "text": doc.text,
        "findings": [asdict(f) for f in doc.findings],
        "passages": [
            {"text": doc.text[p.start : p.end], "label": p.label,
             "score": None if p.score is None else round(p.score, 6), "line": p.line,
             "is_heading": p.is_heading}
            for p in doc.passages
        ],
        "cluster": doc.metadata.get("cluster"),
        "metadata": json.loads(json.dumps(meta, ensure_ascii=False, default=str)),
    }
