"""The one data model that flows through every stage.

A :class:`Document` holds the raw text as read, the normalized text every later stage works on,
its passages (paragraphs with offsets into the normalized text), its outline (numbered headings),
optional tokens, metadata, and the findings that stages attach (cleaning removals, checker
warnings ...). Everything round-trips through JSON.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Iterator


@dataclass
class Finding:
    """Something a stage found in a document: a removal, a flag, a warning.

    ``start``/``end`` are character offsets; ``basis`` says which text they index
    (``"raw"`` for :attr:`Document.raw_text`, ``"text"`` for the normalized text).
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
    sentence of a paragraph whose body goes on (``1、三会一课制度。为了加强……``).
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


@dataclass
class Passage:
    """A paragraph of the normalized text.

    ``start``/``end`` index :attr:`Document.text`; ``line``/``line_end`` are the 1-based input lines
    it came from (a paragraph torn across lines is joined back). ``heading`` is the index into the
    outline of the nearest heading at or above this passage, ``heading_path`` the titles from the
    top of the outline down to it.
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


@dataclass
class Document:
    """A deeds report with everything the stages know about it."""

    id: str
    text: str
    raw_text: str = ""
    source: str = ""
    passages: list[Passage] = field(default_factory=list)
    outline: list[Heading] = field(default_factory=list)
    tokens: list[str] | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

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

    def add_finding(self, finding: Finding) -> None:
        self.findings.append(finding)

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
