"""The one data model that flows through every stage.

A :class:`Document` holds the raw text as read, the normalized text every later stage works on,
its passages (paragraphs with offsets into the normalized text), its outline (numbered headings),
optional tokens, metadata, and the findings that stages attach (cleaning removals, checker
warnings ...). Everything round-trips through JSON.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Iterable, Iterator

from .text.edits import TextEdit


@dataclass
class Finding:
    """Something a stage found in a document: a removal, a flag, a warning.

    ``start``/``end`` are character offsets; ``basis`` says which text they index
    (``"raw"`` for :attr:`Document.raw_text`, ``"text"`` for the normalized text). Findings on a
    document use one offset space, the document's normalized text, and carry their input
    ``line``; :meth:`Document.add_finding` moves a raw-basis finding there (keeping the raw span
    in ``data["raw_start"]``/``data["raw_end"]``). The cleaner's findings on a cleaned document
    point where the edit is in the cleaned text (a removal is an empty span there) and keep the
    span of the input as read in ``data["raw_start"]``/``data["raw_end"]``. A finding with
    ``basis="raw"`` only appears off a document (:meth:`deedsnlp.clean.Cleaner.clean_text`).
    """

    kind: str
    start: int
    end: int
    text: str = ""
    reason: str = ""
    action: str = "flagged"
    severity: str = "info"
    stage: str = ""
    basis: str = "text"
    line: int | None = None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class Heading:
    """A numbered heading of the outline.

    ``line`` is the 1-based line number in the input, ``start``/``end`` the span of the heading's
    title in the normalized text; ``parent`` is the index of the enclosing heading in
    :attr:`Document.outline` (``None`` at the top). ``lead_in`` is true when the heading is the lead
    sentence of a paragraph whose body goes on (``1、三会一课制度。为了加强……``). ``label`` is the
    section the classifier gave the heading (its passages inherit it), ``None`` before classifying.
    """

    level: int
    marker: str
    title: str
    line: int
    number: int
    style: str
    start: int
    end: int
    parent: int | None = None
    lead_in: bool = False
    label: str | None = None


@dataclass
class Passage:
    """A paragraph of the normalized text.

    ``start``/``end`` index :attr:`Document.text`; ``line``/``line_end`` are the 1-based input lines
    it came from (a paragraph torn across lines is joined back). ``heading`` is the index into the
    outline of the nearest heading at or above this passage, ``heading_path`` the titles from the
    top of the outline down to it. On a cleaned document (:attr:`Document.edits`) ``line``/
    ``line_end`` stay the lines of the input as read and ``raw_line``/``raw_line_end`` are the
    lines of the document's own (cleaned) :attr:`Document.raw_text`; ``None`` elsewhere.
    """

    index: int
    start: int
    end: int
    line: int
    line_end: int
    is_heading: bool = False
    heading: int | None = None
    heading_path: list[str] = field(default_factory=list)
    label: str | None = None
    score: float | None = None
    raw_line: int | None = None
    raw_line_end: int | None = None


@dataclass
class Document:
    """A deeds report with everything the stages know about it.

    The document owns its offsets: the raw↔normalized map, the input line of any offset and the
    sentence spans are derived once from ``raw_text``/``text``/``passages`` (on first use, then
    cached until ``text`` is replaced) and every stage reads them from here.

    ``edits`` are the edits that made ``raw_text`` out of the input as read (a cleaned document:
    :class:`~deedsnlp.text.edits.TextEdit` spans into the input); empty when the document is the
    input. Line numbers (passages, outline, findings, :meth:`line_of`) are always the input's.

    >>> from deedsnlp.loader import load_text
    >>> doc = load_text("一、学习\\n\\n支部学习。党员发言！")
    >>> [doc.text[s:e] for s, e in doc.sentences()]
    ['一、学习', '支部学习。', '党员发言！']
    >>> doc.line_of(doc.text.index("党")), doc.to_raw(doc.text.index("党")) == doc.raw_text.index("党")
    (3, True)
    """

    id: str
    text: str
    raw_text: str = ""
    source: str = ""
    passages: list[Passage] = field(default_factory=list)
    outline: list[Heading] = field(default_factory=list)
    tokens: list[str] | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    edits: list[TextEdit] = field(default_factory=list)

    # -- convenience -------------------------------------------------------------------------
    def passage_text(self, passage: Passage) -> str:
        return self.text[passage.start : passage.end]

    def iter_passages(self) -> Iterator[tuple[Passage, str]]:
        for p in self.passages:
            yield p, self.text[p.start : p.end]

    def outline_tree(self) -> list[dict[str, Any]]:
        """The outline as nested dicts ``{"heading": Heading, "children": [...]}``."""
        nodes = [{"heading": h, "children": []} for h in self.outline]
        roots: list[dict[str, Any]] = []
        for h, node in zip(self.outline, nodes):
            (roots if h.parent is None else nodes[h.parent]["children"]).append(node)
        return roots

    def add_finding(self, finding: Finding, stage: str | None = None) -> Finding:
        """Record ``finding`` in the normalized-text offset space, with its input line."""
        finding = self.align_finding(finding)
        if stage and not finding.stage:
            finding.stage = stage
        self.findings.append(finding)
        return finding

    # -- offsets -------------------------------------------------------------------------------
    def offsets(self):
        """The :class:`~deedsnlp.text.OffsetMap` of this document (built once per text)."""
        cache = self.__dict__.get("_offsets")
        if cache is None or cache.text is not self.text or cache.raw is not (self.raw_text or self.text):
            from .text.offsets import OffsetMap

            cache = OffsetMap(self.raw_text or self.text, self.text, self.passages, self.edits)
            self.__dict__["_offsets"] = cache
        return cache

    @property
    def cleaned(self) -> bool:
        """Whether the document came through the cleaning stage (its findings are on it)."""
        return "clean" in self.metadata

    def line_of(self, offset: int) -> int:
        """1-based input line of an offset into :attr:`text`."""
        return self.offsets().line_of(offset)

    def raw_line_of(self, raw_offset: int) -> int:
        """1-based input line of an offset into :attr:`raw_text`."""
        return self.offsets().raw_line_of(raw_offset)

    def to_raw(self, offset: int) -> int:
        """Offset into :attr:`raw_text` of an offset into :attr:`text`."""
        return self.offsets().to_raw(offset)

    def to_text(self, raw_offset: int) -> int:
        """Offset into :attr:`text` of an offset into :attr:`raw_text`."""
        return self.offsets().to_text(raw_offset)

    def to_input(self, raw_offset: int) -> int:
        """Offset into the input as read of an offset into :attr:`raw_text` (the same unless :attr:`edits`)."""
        return self.offsets().to_input(raw_offset)

    def from_input(self, input_offset: int) -> int:
        """Offset into :attr:`raw_text` of an offset into the input as read."""
        return self.offsets().from_input(input_offset)

    def passage_at(self, offset: int) -> Passage | None:
        """The passage holding text ``offset`` (``None`` when there are no passages)."""
        k = self.offsets().passage_index(offset)
        return None if k is None else self.passages[k]

    def sentences(self) -> list[tuple[int, int]]:
        """``[start, end)`` spans of the sentences of :attr:`text` (the package's one splitter)."""
        cache = self.__dict__.get("_sentences")
        if cache is None or cache[0] is not self.text:
            from .text.sentences import sentence_spans

            cache = (self.text, sentence_spans(self.text))
            self.__dict__["_sentences"] = cache
        return cache[1]

    def align_finding(self, finding: Finding) -> Finding:
        """``finding`` with text-basis offsets and its line (a raw-basis finding is converted)."""
        if finding.basis == "raw" and self.raw_text and self.raw_text is not self.text:
            data = dict(finding.data or {})
            data.setdefault("raw_start", finding.start)
            data.setdefault("raw_end", finding.end)
            start = self.to_text(finding.start)
            end = max(start, self.to_text(finding.end))
            line = finding.line if finding.line is not None else self.raw_line_of(finding.start)
            return replace(finding, start=start, end=end, basis="text", line=line, data=data)
        if finding.basis == "raw":
            finding = replace(finding, basis="text")
        if finding.line is None and self.text:
            finding.line = self.line_of(finding.start)
        return finding

    def __getstate__(self):  # derived caches do not travel (pickling to Ray workers)
        state = dict(self.__dict__)
        state.pop("_offsets", None)
        state.pop("_sentences", None)
        return state

    # -- serialization -----------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        data = dict(data)
        data["passages"] = [Passage(**p) for p in data.get("passages", [])]
        data["outline"] = [Heading(**h) for h in data.get("outline", [])]
        data["findings"] = [Finding(**f) for f in data.get("findings", [])]
        data["edits"] = [TextEdit(**e) for e in data.get("edits", [])]
        return cls(**data)

    @classmethod
    def from_json(cls, line: str) -> "Document":
        return cls.from_dict(json.loads(line))


def write_jsonl(docs: Iterable[Document], fh) -> int:
    """Write documents as JSON lines to an open text file; return how many were written."""
    n = 0
    for doc in docs:
        fh.write(doc.to_json())
        fh.write("\n")
        n += 1
    return n


def read_jsonl(fh) -> Iterator[Document]:
    """Read documents written by :func:`write_jsonl`."""
    for line in fh:
        if line.strip():
            yield Document.from_json(line)
