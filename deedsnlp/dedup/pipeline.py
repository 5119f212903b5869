"""The local engine: stream documents, sign them in batches, band, verify, cluster, count boilerplate.

>>> a = "支部认真落实三会一课制度，每月召开支部委员会，每季度召开党员大会，按时上好党课。"
>>> docs = [("a.txt", a), ("b.txt", a.replace("每月", "每个月")), ("c.txt", "村里修通了水泥路，建起了文化广场。")]
>>> result = find_duplicates(docs, DedupConfig(boilerplate=False))
>>> result.clusters
[['a.txt', 'b.txt']]
>>> [(p.a, p.b) for p in result.pairs]
[('a.txt', 'b.txt')]
"""

from __future__ import annotations

import json
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Iterable, Iterator, Protocol, Sequence

import numpy as np

from .boilerplate import Boilerplate, BoilerplateCounter, _as_pairs
from .config import DedupConfig
from .lsh import UnionFind, band_keys, candidate_pairs, components, non_empty, verify
from .minhash import MinHasher
from .shingle import Shingler


@dataclass(frozen=True)
class DuplicatePair:
    """Two near-duplicate documents and their estimated Jaccard similarity."""

    a: str
    b: str
    jaccard: float

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "jaccard": round(self.jaccard, 4)}


@dataclass
class DedupResult:
    """Clusters (size >= 2) of near-duplicates, the verified pairs, and the boilerplate.

    Ids are the documents' ids as given. ``ids`` lists every document processed (input order)
    and ``stats`` counts and timings of the stages.
    """

    clusters: list[list[str]] = field(default_factory=list)
    pairs: list[DuplicatePair] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "clusters": [list(c) for c in self.clusters],
            "pairs": [p.to_dict() for p in self.pairs],
            "boilerplate": [b.to_dict() for b in self.boilerplate],
        }

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def cluster_index(self) -> dict[str, int]:
        """``{document id: cluster number}`` for documents that have near-duplicates."""
        return {doc_id: k for k, members in enumerate(self.clusters) for doc_id in members}


class Index(Protocol):
    """What :func:`find_duplicates` needs from a persistent index (files or Redis)."""

    config: DedupConfig

    def match(self, signatures: np.ndarray, ids: Sequence[str], config: DedupConfig) -> list[tuple[int, str, float]]: ...

    def add_signatures(self, ids: Sequence[str], signatures: np.ndarray) -> None: ...


def _batches(items: Iterable[tuple[str, str]], size: int) -> Iterator[list[tuple[str, str]]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


class Signer:
    """Signatures of ``(id, text)`` batches: shingles, then MinHash (thread-safe, no shared state)."""

    def __init__(self, config: DedupConfig):
        self.config = config
        self.hasher = MinHasher.from_config(config)

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        hashes, offsets = Shingler(self.config).batch(texts)
        return self.hasher.signatures(hashes, offsets)


def sign_stream(
    items: Iterable[Any], config: DedupConfig, counter: BoilerplateCounter | None = None
) -> tuple[list[str], np.ndarray]:
    """Ids and signatures of a stream of documents; texts are dropped batch by batch.

    With ``config.workers > 1`` batches are signed on threads (numpy releases the GIL); the
    boilerplate ``counter`` is fed in the calling thread, in input order.
    """
    signer = Signer(config)
    ids: list[str] = []
    blocks: list[np.ndarray] = []

    def take(batch: list[tuple[str, str]]) -> list[str]:
        texts = []
        for doc_id, text in batch:
            ids.append(doc_id)
            texts.append(text)
            if counter is not None:
                counter.add(doc_id, text)
        return texts

    batches = _batches(_as_pairs(items), config.batch_size)
    if config.workers == 1:
        for batch in batches:
            blocks.append(signer(take(batch)))
    else:
        with ThreadPoolExecutor(config.workers) as pool:
            pending: deque = deque()
            for batch in batches:
                pending.append(pool.submit(signer, [text for _, text in batch]))
                take(batch)  # ids and boilerplate counts, while the workers sign
                while len(pending) > config.workers:
                    blocks.append(pending.popleft().result())
            while pending:
                blocks.append(pending.popleft().result())
    sigs = np.concatenate(blocks) if blocks else np.empty((0, config.num_perm), dtype=np.uint32)
    return ids, sigs


def find_duplicates(
    items: Iterable[Any],
    config: DedupConfig | None = None,
    *,
    index: Index | None = None,
    add: bool = True,
) -> DedupResult:
    """Near-duplicate clusters, verified pairs and boilerplate of a stream of documents.

    ``items`` are :class:`~deedsnlp.document.Document` objects, ``(id, text)`` pairs or strings
    (ids ``"0"``, ``"1"`` ...). With an ``index`` (:class:`~deedsnlp.dedup.index.DedupIndex` or
    :class:`~deedsnlp.dedup.index.LSHIndex`), the documents are also matched against the indexed
    corpus (its ids appear in clusters and pairs) and, when ``add``, added to it afterwards.
    Boilerplate is counted over the given documents only.
    """
    config = config or DedupConfig()
    if index is not None and index.config.signature_settings() != config.signature_settings():
        raise ValueError(
            f"the index was built with {index.config.signature_settings()}, not {config.signature_settings()}"
        )
    t0 = time.perf_counter()
    counter = BoilerplateCounter(min_chars=config.min_chars) if config.boilerplate else None
    ids, sigs = sign_stream(items, config, counter)
    t1 = time.perf_counter()
    n = len(ids)
    bands, rows = config.lsh_params()
    valid = non_empty(sigs)
    keys = band_keys(sigs, bands, rows)
    cand = candidate_pairs(keys, max_bucket=config.max_bucket, mask=valid)
    pairs, sims = verify(sigs, cand, config.threshold)
    t2 = time.perf_counter()
    # nodes: the given documents (0 .. n-1), then indexed documents they match
    node_ids = list(ids)
    edges = [(int(a), int(b), float(s)) for (a, b), s in zip(pairs.tolist(), sims.tolist())]
    if index is not None and n:
        extra: dict[str, int] = {}
        rows_valid = np.flatnonzero(valid)
        for q, other_id, sim in index.match(sigs[valid], [ids[i] for i in rows_valid], config):
            row = int(rows_valid[q])
            if other_id not in extra:
                extra[other_id] = len(node_ids)
                node_ids.append(other_id)
            edges.append((row, extra[other_id], sim))
        if add:
            index.add_signatures(ids, sigs)
    uf = UnionFind(len(node_ids))
    for a, b, _ in edges:
        uf.union(a, b)
    roots = uf.roots()
    groups = components(roots)
    edges.sort(key=lambda e: (e[0], e[1]))
    result = DedupResult(
        clusters=[[node_ids[r] for r in g] for g in groups],
        pairs=[DuplicatePair(node_ids[a], node_ids[b], s) for a, b, s in edges],
        ids=ids,
    )
    t3 = time.perf_counter()
    if counter is not None:
        result.boilerplate = counter.result(config.min_docs, groups=roots[:n])
    result.stats = {
        "documents": n, "bands": bands, "rows": rows, "candidates": int(cand.shape[0]),
        "pairs": len(result.pairs), "clusters": len(result.clusters),
        "seconds_signatures": round(t1 - t0, 4), "seconds_lsh": round(t2 - t1, 4),
        "seconds_boilerplate": round(time.perf_counter() - t3, 4),
    }
    return result
