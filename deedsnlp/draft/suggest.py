"""Ranked suggestions for one section: paragraphs built from the logs, then exemplars.

Template paragraphs are the section's paragraphs rendered under several seeds (several
phrasings); each keeps the sources of the numbers it states. A paragraph scores
``0.5 + 0.5 × (share of the section's log rows it cites)``; further phrasings of the same
content score a little less each. Exemplars are the passages of ``corpora/`` labelled with the
section that are most similar to the section's log titles (TF-IDF over lexicon-aware words,
cosine similarity; passages with scraping noise, junk, masks or template blanks are left out).
They are marked ``"exemplar": true``, their sources name the corpus ``doc_id``, and their figures
belong to another unit: they show how such a section is written, not what to state.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from ..classify.labels import LABELS
from .compose import compose
from .facts import ORG_TYPE_ALIASES, Facts
from .logs import LogEntry, Vocabulary, default_vocabulary
from .traced import Num, Source

_BLANK = re.compile(r"[xX]{2,}|某某|×{2,}|\*{2,}|＊{2,}")
_WORD = re.compile(r"[\u4e00-\u9fff]|[A-Za-z]{2,}")


@dataclass
class Suggestion:
    text: str
    sources: list[dict[str, Any]]
    score: float
    exemplar: bool = False
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = {"text": self.text, "sources": self.sources, "score": round(self.score, 4), "exemplar": self.exemplar}
        if self.note:
            d["note"] = self.note
        return d


EXEMPLAR_NOTE = "exemplar from another unit's report (corpora/): its figures are not yours"


def _facts_for_logs(entries: list[LogEntry], kind: str, section: str) -> tuple[Facts, dict[str, Any]]:
    """Without a facts file: the report year is the year most dated log rows fall in, traced to
    the section's rows of that year; every other fact is missing (its sentences drop out)."""
    years = Counter(e.date.year for e in entries if e.date is not None)
    year = years.most_common(1)[0][0] if years else 2000
    dated = [e for e in entries if e.date is not None and e.date.year == year]
    own = [e for e in dated if e.section == section] or dated
    rows = tuple(Source.log(e.source, e.line, "date", e.date) for e in own)
    traced: dict[str, Any] = {"honors": [], "highlights": {}}
    if rows:
        traced["year"] = Num(year, rows, "year", "date")
    return Facts(org_name="本支部", org_type=kind, year=year), traced


def template_suggestions(entries: list[LogEntry], section: str, facts: Facts | None = None, *,
                         seeds: Iterable[int] = range(6), kind: str = "generic", templates=None,
                         vocabulary: Vocabulary | None = None, model=None) -> list[Suggestion]:
    """Paragraphs of the section rendered under several seeds, ranked (see the module docstring)."""
    vocab = vocabulary or default_vocabulary()
    traced = None
    if facts is None:
        from .sections import map_sections

        map_sections(entries, vocabulary=vocab, model=model)
        facts, traced = _facts_for_logs(entries, kind, section)
    seen: dict[str, None] = {}
    by_content: dict[tuple, int] = {}
    out: list[Suggestion] = []
    section_rows = None
    for seed in seeds:
        draft = compose(facts, entries, seed=seed, templates=templates, sections=(section,),
                        vocabulary=vocab, model=model, traced_facts=traced)
        if section_rows is None:
            agg = draft.aggregates.section(section) if draft.aggregates else None
            section_rows = {(e.source, e.line) for e in agg.entries} if agg else set()
        for b in draft.blocks:
            if b.section != section or b.kind != "paragraph":
                continue
            values = [v for s in b.sentences for v in s.values]
            if not values or b.text in seen:
                continue
            seen[b.text] = None
            srcs = [x for s in b.sentences for x in s.sources()]
            srcs = list(dict.fromkeys(srcs))
            rows = {(x.file, x.line) for x in srcs if x.kind == "log"}
            share = len(rows & section_rows) / len(section_rows) if section_rows else 0.0
            key = tuple(sorted((x.file, x.key, x.line or 0, x.field) for x in srcs))
            nth = by_content.get(key, 0)
            by_content[key] = nth + 1
            score = (0.5 + 0.5 * share) * (0.95 ** nth)
            out.append(Suggestion(b.text, [x.to_dict() for x in srcs], score))
    out.sort(key=lambda x: -x.score)
    return out


# ------------------------------------------------------------------------------------------
# exemplar retrieval

@dataclass
class ExemplarIndex:
    """TF-IDF index of the corpus passages of one section."""

    section: str
    rows: list[dict] = field(default_factory=list)
    vectorizer: Any = None
    matrix: Any = None

    def query(self, text: str, k: int = 5, kind: str | None = None) -> list[tuple[dict, float]]:
        if not self.rows or not text.strip():
            return []
        from sklearn.metrics.pairwise import linear_kernel

        q = self.vectorizer.transform([text])
        sims = linear_kernel(q, self.matrix).ravel()
        scored = []
        for row, sim in zip(self.rows, sims):
            if kind and ORG_TYPE_ALIASES.get(row["org_type"], row["org_type"]) == kind:
                sim *= 1.1  # a unit of the same kind writes the closest examples
            scored.append((row, float(min(sim, 1.0))))
        scored.sort(key=lambda x: -x[1])
        return [x for x in scored[:k] if x[1] > 0]


def _analyzer():
    from ..segment import get_segmenter

    seg = get_segmenter()

    def words(text: str) -> list[str]:
        return [w for w in seg.words(text) if _WORD.search(w) and not w.isdigit()]

    return words


def _usable(row: dict) -> bool:
    return (not row.get("is_heading") and not row.get("noise") and not row.get("junk") and not row.get("masks")
            and len(row["text"]) >= 40 and not _BLANK.search(row["text"]))


@lru_cache(maxsize=16)
def exemplar_index(section: str, corpus_dir: str | None = None) -> ExemplarIndex:
    """The index of one section's exemplars (built once per process)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from ..classify.corpus import default_corpus_dir

    root = Path(corpus_dir) if corpus_dir else default_corpus_dir()
    path = root / "passages.jsonl"
    index = ExemplarIndex(section)
    if not path.exists():
        return index
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("label") == section and _usable(row):
                index.rows.append(row)
    if index.rows:
        index.vectorizer = TfidfVectorizer(analyzer=_analyzer(), sublinear_tf=True, min_df=1)
        index.matrix = index.vectorizer.fit_transform([r["text"] for r in index.rows])
    return index


def _strip_marker(text: str) -> str:
    """An exemplar without its outline marker (``（3）``, ``2、``): it will sit under the user's own."""
    from ..outline import match_marker

    m = match_marker(text)
    return m[3] if m and m[3] else text


def exemplar_suggestions(query: str, section: str, *, k: int = 3, kind: str | None = None,
                         corpus_dir: str | Path | None = None) -> list[Suggestion]:
    index = exemplar_index(section, None if corpus_dir is None else str(corpus_dir))
    out = []
    for row, sim in index.query(query, k, kind):
        src = {"kind": "corpus", "doc_id": row["doc_id"], "index": row["index"], "org_type": row["org_type"],
               "year": row["year"], "file": f"corpora/docs/{row['doc_id']}.txt"}
        out.append(Suggestion(_strip_marker(row["text"]), [src], sim, exemplar=True, note=EXEMPLAR_NOTE))
    return out


# ------------------------------------------------------------------------------------------
# exemplar sentences from the user's own past reports, adapted with traced values only

USER_EXEMPLAR_NOTE = ("sentence of a past report (--corpus), adapted: its figures are replaced by your traced "
                      "values or left out")
_CLAUSE = re.compile(r"[^，,；;。！？]+[，,；;。！？]?")
_FIGURE = re.compile(r"\d+(?:\.\d+)?|[零一二两三四五六七八九十百千万]+(?=[个次名人户元场期项篇支所位批条家天年月日届节余])")
_COUNT_AFTER = re.compile(r"(\d+|[一二两三四五六七八九十]+)\s*(次|场|期|节)")
_PEOPLE_AFTER = re.compile(r"(\d+|[一二两三四五六七八九十百]+)\s*(?:余)?\s*(人次|人|名)")


def _sentences_of(text: str) -> list[str]:
    return [m.group().strip() for m in re.finditer(r"[^。！？\n]+[。！？]?", text) if len(m.group().strip()) >= 12]


def adapt_sentence(sentence: str, agg, vocab: Vocabulary) -> tuple[str, list] | None:
    """An exemplar sentence with its figures replaced by the section's traced values (a count of
    the same activity type, its head count when every row gives one) or, when there is none, with
    the clauses that state them left out. None when nothing worth saying is left."""
    out: list[str] = []
    values: list = []
    for m in _CLAUSE.finditer(sentence):
        clause = m.group()
        if not _FIGURE.search(clause):
            out.append(clause)
            continue
        found = vocab.find_type(clause)
        t = agg.types.get(found[0].key) if (agg is not None and found) else None
        if t is None:
            continue
        new = clause
        c = _COUNT_AFTER.search(new)
        if c:
            new = new[:c.start(1)] + t.count.display() + new[c.end(1):]
            values.append(t.count)
        p = _PEOPLE_AFTER.search(new, c.start(1) + len(t.count.display()) if c else 0)
        if p:
            if t.participants is None or not t.participants_complete or p.group(2) != "人次":
                continue
            new = new[:p.start(1)] + t.participants.display() + new[p.end(1):]
            values.append(t.participants)
        rest = _FIGURE.sub("", new.replace(t.count.display(), "").replace(
            t.participants.display() if t.participants is not None else "\x00", ""))
        if _FIGURE.search(rest) or (not c and not p):
            continue  # a figure we cannot trace (a year, a date, another count)
        out.append(new)
    text = "".join(out).strip("，,；; ")
    if len(text) < 10:
        return None
    if not text.endswith(("。", "！", "？")):
        text = text.rstrip("，,；;") + "。"
    return text, values


def corpus_suggestions(entries: list[LogEntry], section: str, corpus_dir: str | Path, *, k: int = 3,
                       facts: Facts | None = None, vocabulary: Vocabulary | None = None, model=None,
                       errors: list | None = None) -> list[Suggestion]:
    """Sentences of the section from the user's past reports (a folder of .txt/.md/.docx/.jsonl),
    most similar to the section's logs, adapted with :func:`adapt_sentence`."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import linear_kernel

    from ..classify import classify_document
    from ..loader import load
    from .aggregate import aggregate
    from .sections import map_sections

    vocab = vocabulary or default_vocabulary()
    if entries and not all(e.section for e in entries):
        map_sections(entries, vocabulary=vocab, model=model)
    agg = aggregate(entries, vocabulary=vocab).section(section) if entries else None
    errs = [] if errors is None else errors
    pool: list[tuple[str, str]] = []
    for doc in load([str(corpus_dir)], errors=errs):
        classify_document(doc, model)
        for p, text in doc.iter_passages():
            if getattr(p, "label", None) == section and not getattr(p, "is_heading", False):
                pool.extend((doc.source or doc.id, s) for s in _sentences_of(text))
    if not pool:
        return []
    section_entries = [e for e in entries if e.section == section]
    query = " ".join(f"{e.type} {e.title} {e.note}" for e in section_entries) or section
    vec = TfidfVectorizer(analyzer=_analyzer(), sublinear_tf=True)
    matrix = vec.fit_transform([t for _, t in pool])
    sims = linear_kernel(vec.transform([query]), matrix).ravel()
    out: list[Suggestion] = []
    seen: set[str] = set()
    for i in sims.argsort()[::-1]:
        if len(out) >= k:
            break
        src, sent = pool[int(i)]
        got = adapt_sentence(sent, agg, vocab)
        if got is None or got[0] in seen:
            continue
        text, values = got
        seen.add(text)
        sources = [{"kind": "corpus", "file": str(src), "doc_id": Path(str(src)).stem, "sentence": sent}]
        sources += [x.to_dict() for v in values for x in v.sources]
        out.append(Suggestion(text, sources, float(min(max(sims[int(i)], 0.0), 1.0)) * 0.5, exemplar=True,
                              note=USER_EXEMPLAR_NOTE))
    return out


def suggest(entries: Iterable[LogEntry], section: str, facts: Facts | None = None, *, k: int = 10,
            exemplars: int = 3, seeds: Iterable[int] = range(6), templates=None, corpus_dir=None,
            vocabulary: Vocabulary | None = None, model=None, user_corpus=None) -> list[Suggestion]:
    """Up to ``k`` template sentences, then up to ``exemplars`` exemplar passages, for ``section``.

    Template sentences rank first (their scores are 0.5–1); exemplars follow, scored by their
    cosine similarity to the section's log titles and template sentences. With ``user_corpus``
    (a folder of the user's past reports) the exemplars are that corpus's sentences of the section,
    adapted with traced values only (:func:`corpus_suggestions`).
    """
    if section not in LABELS or section == "other":
        raise ValueError(f"section must be one of {', '.join(l for l in LABELS if l != 'other')}, got {section!r}")
    entries = list(entries)
    kind = facts.unit_kind if facts is not None else "generic"
    sentences = template_suggestions(entries, section, facts, seeds=seeds, kind=kind, templates=templates,
                                     vocabulary=vocabulary, model=model)[:k]
    section_entries = [e for e in entries if e.section == section]
    query = " ".join([*(f"{e.type} {e.title} {e.note}" for e in section_entries), *(s.text for s in sentences)])
    if user_corpus is not None:
        ex = corpus_suggestions(entries, section, user_corpus, k=exemplars, facts=facts, vocabulary=vocabulary,
                                model=model) if exemplars else []
    else:
        ex = exemplar_suggestions(query, section, k=exemplars, kind=kind, corpus_dir=corpus_dir) if exemplars else []
    return sentences + ex


__all__ = ["Suggestion", "suggest", "template_suggestions", "exemplar_suggestions", "exemplar_index",
           "EXEMPLAR_NOTE", "USER_EXEMPLAR_NOTE", "adapt_sentence", "corpus_suggestions"]
