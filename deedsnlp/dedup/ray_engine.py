"""The near-duplicate pipeline on Ray Data, for corpora beyond one machine (``pip install 'deedsnlp[ray]'``).

The same functions as the local engine run inside Ray tasks, so both engines give the same
signatures, candidates, pairs and clusters:

1. signatures — ``map_batches`` over ``(row, id, text)`` batches (shingles + MinHash + band keys);
2. grouping by band — rows ``(band, key, row)`` are hash-partitioned on ``(band, key)`` (what
   ``groupby().map_groups`` does) and each partition emits its buckets' pairs, vectorised;
3. candidate pairs meet the signatures of both documents — a hash join written with the same
   partitioning (``Dataset.join`` would need polars), which also drops the copies of a pair found
   in several bands — and are verified by estimated Jaccard;
4. connected components of the verified pairs (few, compared with the corpus) on the driver;
5. boilerplate — units hash-partitioned on their key hash, counted per partition.

Ray is imported only here. :func:`find_duplicates_ray` takes documents from the driver or a
``ray.data.Dataset`` with ``id`` and ``text`` columns (e.g. ``ray.data.read_json(...)`` on the
cluster's storage); :func:`map_documents` runs any picklable ``Document -> Document`` stage (the
cleaner, the classifier) over a corpus the same way.

Cluster address: ``address=None`` connects to ``RAY_ADDRESS`` when it is set, otherwise starts a
local Ray; ``"auto"`` joins the cluster this machine belongs to; ``"ray://head:10001"`` connects a
remote client.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from typing import Any, Callable, Iterable, Iterator

import numpy as np

from .boilerplate import SharedUnit, _as_pairs, document_units, key_hash, rank_units, shared_runs
from .config import DedupConfig
from .lsh import UnionFind, _bucket_pairs, band_keys, components, non_empty
from .pipeline import DedupResult, DuplicatePair, Signer

_INSTALL_HINT = "the Ray engine needs Ray Data: pip install 'deedsnlp[ray]' (ray[data]>=2.30)"


def _ray():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise ImportError(_INSTALL_HINT) from None
    return ray


#: Ray's object store on a machine it starts: this share of the memory, within the bounds below
OBJECT_STORE_SHARE = 0.1
OBJECT_STORE_MIN = 128 << 20
OBJECT_STORE_MAX = 2 << 30
#: level of Ray's Python loggers in this process (the CLI raises it to ERROR)
LOG_LEVEL = logging.WARNING


def _memory_bytes() -> int:
    """Memory this process may use: the cgroup limit when there is one, else the physical memory."""
    total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    for path in ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"):
        try:
            raw = open(path, encoding="ascii").read().strip()
        except OSError:
            continue
        if raw.isdigit():
            total = min(total, int(raw))
    return total


def local_resources(cpus: int | None = None) -> dict[str, int]:
    """``num_cpus`` and ``object_store_memory`` for a Ray started on this machine.

    Ray's defaults (30 % of the memory for the object store and a worker per CPU, each able to
    grow) let a shared 24 GB machine reach the memory monitor's kill line on a small corpus; the
    pipeline moves signatures and band keys, a few hundred bytes per document, so a tenth of the
    memory (at most 2 GiB) and one worker per CPU are plenty. ``/dev/shm`` bounds the store too.
    """
    cpus = cpus or os.cpu_count() or 1
    store = int(_memory_bytes() * OBJECT_STORE_SHARE)
    try:
        store = min(store, int(shutil.disk_usage("/dev/shm").free * 0.5))
    except OSError:
        pass
    return {"num_cpus": cpus, "object_store_memory": max(OBJECT_STORE_MIN, min(OBJECT_STORE_MAX, store))}


def quiet_ray_logs(level: int | None = None) -> None:
    """Ray's and Ray Data's Python loggers at ``level`` (default :data:`LOG_LEVEL`): their INFO
    lines about every dataset go."""
    for name in ("ray", "ray.data", "ray._private", "ray.data._internal"):
        logging.getLogger(name).setLevel(LOG_LEVEL if level is None else level)


def init_ray(address: str | None = None, **kwargs: Any):
    """Connect to Ray once per process (``address`` as in :func:`ray.init`); returns the module.

    A Ray started here (no ``address`` and no ``RAY_ADDRESS``) is sized by :func:`local_resources`
    unless ``kwargs`` say otherwise; workers' output stays in Ray's log files, and the driver's Ray
    loggers print only at :data:`LOG_LEVEL` and above (on stderr).
    """
    ray = _ray()
    if not ray.is_initialized():
        kwargs.setdefault("include_dashboard", False)
        kwargs.setdefault("log_to_driver", False)
        kwargs.setdefault("logging_level", LOG_LEVEL)
        local = address is None and not os.environ.get("RAY_ADDRESS")
        if local:
            for key, value in local_resources().items():
                kwargs.setdefault(key, value)
        quiet_ray_logs()
        ray.init(address=address, **kwargs)
        quiet_ray_logs()  # ray.init configures its loggers again
    return ray


def shutdown_ray() -> None:
    """Stop the Ray that :func:`init_ray` started (a cluster joined by address is only disconnected)."""
    try:
        import ray
    except ImportError:
        return
    if ray.is_initialized():
        ray.shutdown()


def _partitions(ray) -> int:
    return max(2, int(ray.cluster_resources().get("CPU", 2)))


# -- per-batch functions (run in Ray tasks; plain numpy in, numpy out) -----------------------------
def _sign_batch(batch: dict[str, np.ndarray], config: dict) -> dict[str, np.ndarray]:
    cfg = DedupConfig.from_dict(config)
    sigs = Signer(cfg)([str(t) for t in batch["text"]])
    bands, rows = cfg.lsh_params()
    return {
        "row": np.asarray(batch["row"], dtype=np.int64),
        "id": np.asarray([str(i) for i in batch["id"]], dtype=object),
        "sig": np.asarray([s.tobytes() for s in sigs], dtype=object),
        "keys": band_keys(sigs, bands, rows),
        "valid": non_empty(sigs),
    }


def _explode_bands(batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    keys = np.asarray(batch["keys"])[batch["valid"]]
    rows = np.asarray(batch["row"])[batch["valid"]]
    n, b = keys.shape if keys.ndim == 2 else (0, 0)
    return {"band": np.tile(np.arange(b, dtype=np.int32), n), "key": keys.ravel(), "row": np.repeat(rows, b)}


def _bucket_batch(batch: dict[str, np.ndarray], max_bucket: int) -> dict[str, np.ndarray]:
    """Pairs of every (band, key) bucket in this partition (buckets are whole here)."""
    band, key, row = (np.asarray(batch[c]) for c in ("band", "key", "row"))
    empty = {"a": np.empty(0, np.int64), "b": np.empty(0, np.int64)}
    if row.size < 2:
        return empty
    order = np.lexsort((row, key, band))
    band, key, row = band[order], key[order], row[order]
    starts = np.flatnonzero(np.r_[True, (band[1:] != band[:-1]) | (key[1:] != key[:-1])])
    sizes = np.diff(np.r_[starts, row.size])
    multi = sizes > 1
    found = _bucket_pairs(row, starts[multi], sizes[multi], max_bucket)
    if not found:
        return empty
    pairs = np.concatenate(found)
    return {"a": pairs[:, 0].astype(np.int64), "b": pairs[:, 1].astype(np.int64)}


def _as_join_rows(batch: dict[str, np.ndarray], key: str) -> dict[str, np.ndarray]:
    """Rows of the hand-made join: pairs keyed on ``key`` (``a`` or ``b``) with what they carry."""
    a, b = np.asarray(batch["a"], dtype=np.int64), np.asarray(batch["b"], dtype=np.int64)
    n = a.size
    blank = np.asarray([b""] * n, dtype=object)
    return {
        "key": a if key == "a" else b, "a": a, "b": b,
        "sig_a": np.asarray(batch["sig_a"], dtype=object) if "sig_a" in batch else blank,
        "id_a": np.asarray(batch["id_a"], dtype=object) if "id_a" in batch else np.asarray([""] * n, dtype=object),
        "sig": blank, "id": np.asarray([""] * n, dtype=object),
    }


def _signature_join_rows(batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Signature rows of the hand-made join (``a = b = -1``)."""
    row = np.asarray(batch["row"], dtype=np.int64)
    n = row.size
    return {
        "key": row, "a": np.full(n, -1, np.int64), "b": np.full(n, -1, np.int64),
        "sig_a": np.asarray([b""] * n, dtype=object), "id_a": np.asarray([""] * n, dtype=object),
        "sig": np.asarray(batch["sig"], dtype=object), "id": np.asarray(batch["id"], dtype=object),
    }


def _lookup(batch: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pair rows of this partition and, per pair, the index of its key's signature row (-1 if none)."""
    key = np.asarray(batch["key"], dtype=np.int64)
    is_sig = np.asarray(batch["a"], dtype=np.int64) < 0
    sig_rows = np.flatnonzero(is_sig)
    pair_rows = np.flatnonzero(~is_sig)
    if sig_rows.size == 0 or pair_rows.size == 0:
        return pair_rows, np.full(pair_rows.size, -1), sig_rows
    order = np.argsort(key[sig_rows], kind="stable")
    sorted_keys = key[sig_rows][order]
    pos = np.minimum(np.searchsorted(sorted_keys, key[pair_rows]), sorted_keys.size - 1)
    found = sorted_keys[pos] == key[pair_rows]
    return pair_rows, np.where(found, sig_rows[order][pos], -1), sig_rows


def _attach_a(batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Join step 1 (partition keyed on ``a``): distinct pairs get ``a``'s signature and id, re-keyed on ``b``.

    All copies of a pair (one per band it collided in) share ``a``, so they meet here and are
    reduced to one.
    """
    pair_rows, match, _ = _lookup(batch)
    ok = match >= 0
    pair_rows, match = pair_rows[ok], match[ok]
    if pair_rows.size:
        ab = np.stack([np.asarray(batch["a"])[pair_rows], np.asarray(batch["b"])[pair_rows]], axis=1)
        _, first = np.unique(ab, axis=0, return_index=True)
        pair_rows, match = pair_rows[first], match[first]
    return _as_join_rows({
        "a": np.asarray(batch["a"])[pair_rows], "b": np.asarray(batch["b"])[pair_rows],
        "sig_a": np.asarray(batch["sig"], dtype=object)[match], "id_a": np.asarray(batch["id"], dtype=object)[match],
    }, "b")


def _attach_b_and_verify(batch: dict[str, np.ndarray], threshold: float, num_perm: int) -> dict[str, np.ndarray]:
    """Join step 2 (partition keyed on ``b``): pairs get ``b``'s signature; keep those at the threshold."""
    pair_rows, match, _ = _lookup(batch)
    ok = match >= 0
    pair_rows, match = pair_rows[ok], match[ok]
    sig_a = np.asarray(batch["sig_a"], dtype=object)[pair_rows]
    sig_b = np.asarray(batch["sig"], dtype=object)[match]
    sa = np.frombuffer(b"".join(sig_a), dtype=np.uint32).reshape(-1, num_perm)
    sb = np.frombuffer(b"".join(sig_b), dtype=np.uint32).reshape(-1, num_perm)
    sims = (sa == sb).sum(axis=1) / num_perm if sa.size else np.empty(0)
    keep = sims >= threshold - 1e-12
    return {
        "a": np.asarray(batch["a"], dtype=np.int64)[pair_rows][keep],
        "b": np.asarray(batch["b"], dtype=np.int64)[pair_rows][keep],
        "id_a": np.asarray(batch["id_a"], dtype=object)[pair_rows][keep],
        "id_b": np.asarray(batch["id"], dtype=object)[match][keep],
        "jaccard": sims[keep].astype(float),
    }


def _units_batch(batch: dict[str, np.ndarray], min_chars: int) -> dict[str, np.ndarray]:
    hashes, rows, ids, whole, texts = [], [], [], [], []
    for row, doc_id, text in zip(batch["row"], batch["id"], batch["text"]):
        for h, (unit_text, is_whole) in document_units(str(text), min_chars).items():
            hashes.append(h)
            rows.append(int(row))
            ids.append(str(doc_id))
            whole.append(is_whole)
            texts.append(unit_text)
    return {
        "hash": np.asarray(hashes, dtype=np.uint64), "row": np.asarray(rows, dtype=np.int64),
        "id": np.asarray(ids, dtype=object), "whole": np.asarray(whole, dtype=bool),
        "text": np.asarray(texts, dtype=object),
    }


def _shared_units_batch(
    batch: dict[str, np.ndarray], min_docs: int, cluster_rows: np.ndarray, cluster_roots: np.ndarray
) -> dict[str, np.ndarray]:
    """Units of this partition found in at least ``min_docs`` groups (units are whole here)."""
    h, row = np.asarray(batch["hash"], dtype=np.uint64), np.asarray(batch["row"], dtype=np.int64)
    out: dict[str, list] = {"hash": [], "text": [], "rows": [], "ids": [], "whole": []}
    if h.size:
        order = np.lexsort((row, h))
        h, row = h[order], row[order]
        ids, whole, texts = (np.asarray(batch[c])[order] for c in ("id", "whole", "text"))
        group = row.copy()  # near-duplicates count once: rows of a cluster take its root's row
        if cluster_rows.size:
            pos = np.minimum(np.searchsorted(cluster_rows, row), cluster_rows.size - 1)
            hit = cluster_rows[pos] == row
            group[hit] = cluster_roots[pos[hit]]
        for s, e in shared_runs(h, group, min_docs):
            out["hash"].append(int(h[s]))
            out["text"].append(str(texts[s]))
            out["rows"].append(json.dumps(row[s:e].tolist()))
            out["ids"].append(json.dumps([str(i) for i in ids[s:e]], ensure_ascii=False))
            out["whole"].append(bool(whole[s:e].all()))
    return {
        "hash": np.asarray(out["hash"], dtype=np.uint64), "text": np.asarray(out["text"], dtype=object),
        "rows": np.asarray(out["rows"], dtype=object), "ids": np.asarray(out["ids"], dtype=object),
        "whole": np.asarray(out["whole"], dtype=bool),
    }


# -- the pipeline -----------------------------------------------------------------------------------
def _hashed_rows(batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Row keys of a dataset's documents: 63-bit hashes of their (unique) ids, so no global order is needed."""
    ids = [str(i) for i in batch["id"]]
    rows = np.asarray([key_hash(i) >> 1 for i in ids], dtype=np.int64)
    return {"row": rows, "id": np.asarray(ids, dtype=object), "text": np.asarray(batch["text"], dtype=object)}


def _dataset(ray, items: Any) -> tuple[Any, list[str] | None]:
    """A dataset with ``row``, ``id`` and ``text`` columns, and the ids when they came from the driver."""
    if isinstance(items, ray.data.Dataset):
        missing = {"id", "text"} - set(items.columns())
        if missing:
            raise ValueError(f"the dataset needs columns id and text (missing: {', '.join(sorted(missing))})")
        return items.select_columns(["id", "text"]).map_batches(_hashed_rows, batch_format="numpy"), None
    records = [{"row": i, "id": doc_id, "text": text} for i, (doc_id, text) in enumerate(_as_pairs(items))]
    ids = [r["id"] for r in records]
    if not records:
        return None, ids
    return ray.data.from_items(records), ids


def _order_by_id(result: DedupResult) -> None:
    """Documents from a dataset have no input order: sort clusters, pairs and boilerplate docs by id."""
    result.clusters = sorted(sorted(c) for c in result.clusters)
    result.pairs = sorted((DuplicatePair(*sorted((p.a, p.b)), p.jaccard) for p in result.pairs),
                          key=lambda p: (p.a, p.b))


def find_duplicates_ray(
    items: Any,
    config: DedupConfig | None = None,
    *,
    address: str | None = None,
    progress: bool = False,
) -> DedupResult:
    """:func:`deedsnlp.dedup.find_duplicates` on Ray: same clusters, pairs and boilerplate.

    ``items``: Documents, ``(id, text)`` pairs or strings (sent from the driver), or a
    ``ray.data.Dataset`` with ``id`` and ``text`` columns. A dataset's ids must be unique (rows are
    keyed by a 63-bit hash of the id); its clusters and pairs come ordered by id, and
    ``result.ids`` stays empty.
    """
    config = config or DedupConfig()
    ray = init_ray(address)
    ctx = ray.data.DataContext.get_current()
    before = ctx.enable_progress_bars
    ctx.enable_progress_bars = progress
    try:
        return _find_duplicates_ray(ray, items, config)
    finally:
        ctx.enable_progress_bars = before


def _find_duplicates_ray(ray, items: Any, config: DedupConfig) -> DedupResult:
    t0 = time.perf_counter()
    ds, ids = _dataset(ray, items)
    if ds is None:
        return DedupResult(ids=[], stats={"documents": 0, "engine": "ray"})
    parts = _partitions(ray)
    cfg = config.to_dict()
    signed = ds.map_batches(_sign_batch, fn_kwargs={"config": cfg}, batch_format="numpy",
                            batch_size=config.batch_size).materialize()
    n = signed.count()
    t1 = time.perf_counter()
    candidates = (
        signed.select_columns(["keys", "valid", "row"])
        .map_batches(_explode_bands, batch_format="numpy")
        .repartition(parts, keys=["band", "key"])
        .map_batches(_bucket_batch, fn_kwargs={"max_bucket": config.max_bucket}, batch_format="numpy", batch_size=None)
    )
    # a hash join by hand (Dataset.join needs polars): pairs meet the signature of `a`, then of `b`
    sig_rows = signed.select_columns(["row", "id", "sig"]).map_batches(_signature_join_rows, batch_format="numpy")
    with_a = (
        candidates.map_batches(_as_join_rows, fn_kwargs={"key": "a"}, batch_format="numpy")
        .union(sig_rows)
        .repartition(parts, keys=["key"])
        .map_batches(_attach_a, batch_format="numpy", batch_size=None)
        .materialize()
    )
    n_candidates = with_a.count()
    verified_rows: list[dict[str, Any]] = []
    if n_candidates:
        verified = (
            with_a.union(sig_rows)
            .repartition(parts, keys=["key"])
            .map_batches(_attach_b_and_verify, batch_format="numpy", batch_size=None,
                         fn_kwargs={"threshold": config.threshold, "num_perm": config.num_perm})
        )
        for batch in verified.iter_batches(batch_format="numpy", batch_size=4096):
            for a, b, ia, ib, s in zip(batch["a"], batch["b"], batch["id_a"], batch["id_b"], batch["jaccard"]):
                verified_rows.append({"a": int(a), "b": int(b), "id_a": str(ia), "id_b": str(ib), "jaccard": float(s)})
    verified_rows.sort(key=lambda r: (r["a"], r["b"]))
    t2 = time.perf_counter()
    # connected components over the rows that have pairs
    nodes = np.unique(np.array([[r["a"], r["b"]] for r in verified_rows], dtype=np.int64).reshape(-1))
    local = {int(row): i for i, row in enumerate(nodes.tolist())}
    id_of: dict[int, str] = {}
    uf = UnionFind(len(nodes))
    for r in verified_rows:
        uf.union(local[r["a"]], local[r["b"]])
        id_of[r["a"]], id_of[r["b"]] = r["id_a"], r["id_b"]
    roots = uf.roots()
    groups = [[int(nodes[i]) for i in g] for g in components(roots)]
    result = DedupResult(
        clusters=[[id_of[row] for row in g] for g in groups],
        pairs=[DuplicatePair(r["id_a"], r["id_b"], r["jaccard"]) for r in verified_rows],
        ids=ids or [],
    )
    t3 = time.perf_counter()
    if config.boilerplate:
        cluster_rows = nodes
        cluster_roots = nodes[roots] if nodes.size else nodes  # root as a row number
        shared = (
            ds.map_batches(_units_batch, fn_kwargs={"min_chars": config.min_chars}, batch_format="numpy",
                           batch_size=config.batch_size)
            .repartition(parts, keys=["hash"])
            .map_batches(_shared_units_batch, batch_format="numpy", batch_size=None,
                         fn_kwargs={"min_docs": config.min_docs, "cluster_rows": cluster_rows,
                                    "cluster_roots": cluster_roots})
        )
        units = []
        for batch in shared.iter_batches(batch_format="numpy", batch_size=4096):
            for h, text, rows, uids, whole in zip(batch["hash"], batch["text"], batch["rows"], batch["ids"], batch["whole"]):
                units.append(SharedUnit(int(h), str(text), np.asarray(json.loads(rows), dtype=np.int64),
                                        tuple(json.loads(uids)), bool(whole)))
        result.boilerplate = rank_units(units)
    if ids is None:
        _order_by_id(result)
    result.stats = {
        "documents": n, "engine": "ray", "bands": config.lsh_params()[0], "rows": config.lsh_params()[1],
        "candidates": n_candidates, "pairs": len(result.pairs), "clusters": len(result.clusters),
        "seconds_signatures": round(t1 - t0, 4), "seconds_lsh": round(t2 - t1, 4),
        "seconds_boilerplate": round(time.perf_counter() - t3, 4),
    }
    return result


def _apply_stage(batch: dict[str, np.ndarray], stage: Callable) -> dict[str, np.ndarray]:
    from ..document import Document

    rows, docs = [], []
    for row, raw in zip(batch["row"], batch["doc"]):
        out = stage(Document.from_json(str(raw)))
        if out is not None:
            rows.append(int(row))
            docs.append(out.to_json())
    return {"row": np.asarray(rows, dtype=np.int64), "doc": np.asarray(docs, dtype=object)}


def map_documents(
    items: Iterable[Any],
    stage: Callable,
    *,
    address: str | None = None,
    batch_size: int = 64,
    progress: bool = False,
) -> Iterator[Any]:
    """Run a picklable ``Document -> Document | None`` stage (cleaning, classification ...) on Ray.

    Documents travel as JSON (their ``to_json``); ``(id, text)`` pairs and strings become
    Documents first (:func:`deedsnlp.loader.load_text`). Yields the results in input order;
    a stage returning ``None`` drops the document.
    """
    ray = init_ray(address)
    ctx = ray.data.DataContext.get_current()
    before = (ctx.enable_progress_bars, ctx.execution_options.preserve_order)
    ctx.enable_progress_bars = progress
    ctx.execution_options.preserve_order = True
    try:
        yield from _map_documents(ray, items, stage, batch_size)
    finally:
        ctx.enable_progress_bars, ctx.execution_options.preserve_order = before


def _map_documents(ray, items: Iterable[Any], stage: Callable, batch_size: int) -> Iterator[Any]:
    from ..document import Document
    from ..loader import load_text

    records = []
    for i, item in enumerate(items):
        if not isinstance(item, Document):
            doc_id, text = next(_as_pairs([item])) if not isinstance(item, str) else (str(i), item)
            item = load_text(text, doc_id)
        records.append({"row": i, "doc": item.to_json()})
    if not records:
        return
    out = ray.data.from_items(records).map_batches(
        _apply_stage, fn_kwargs={"stage": stage}, batch_format="numpy", batch_size=batch_size
    )
    for batch in out.iter_batches(batch_format="numpy", batch_size=batch_size):
        for raw in batch["doc"]:
            yield Document.from_json(str(raw))
