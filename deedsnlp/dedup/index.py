"""Persistent near-duplicate indexes: add documents once, match new ones later.

:class:`DedupIndex` lives in a folder of files this project controls — no pickle anywhere::

    DIR/index.json            format, version, the DedupConfig, the list of segments
    DIR/seg-000001.sig.npy    uint32 signatures (rows x num_perm), loaded with allow_pickle=False
    DIR/seg-000001.ids.json   the ids of those rows, a JSON list of strings

Each :meth:`DedupIndex.add_signatures` writes one new segment and then rewrites ``index.json``
atomically, so an interrupted add leaves the index as it was. Re-adding an id supersedes its
earlier row. Band keys are recomputed from the signatures when the index is opened, so the
threshold may change between queries; the signature settings (``num_perm``, ``ngram``,
``shingle``, ``seed``) may not. One writer at a time.

:class:`LSHIndex` wraps datasketch's ``MinHashLSH`` (any datasketch storage) and keeps each
document's ``LeanMinHash`` bytes for verification; :func:`redis_index` points both at a Redis
server (``pip install redis``).

>>> import tempfile
>>> from deedsnlp.dedup import find_duplicates
>>> text = "支部认真落实三会一课制度，每月召开支部委员会，每季度召开党员大会，按时上好党课。"
>>> folder = tempfile.mkdtemp()
>>> index = DedupIndex(folder)
>>> _ = find_duplicates([("old.txt", text)], index=index)
>>> find_duplicates([("new.txt", text + "欢迎转载")], index=DedupIndex(folder)).clusters
[['new.txt', 'old.txt']]
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable, Sequence
from urllib.parse import unquote, urlparse

import numpy as np

from .config import DedupConfig
from .lsh import BandTable, band_keys, non_empty, verify
from .minhash import MinHasher

FORMAT = "deedsnlp-dedup-index"
VERSION = 1
MANIFEST = "index.json"


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _check_settings(stored: DedupConfig, given: DedupConfig | None, where: str) -> None:
    if given is None:
        return
    a, b = stored.signature_settings(), given.signature_settings()
    diff = [f"{k}={a[k]!r} (asked for {b[k]!r})" for k in a if a[k] != b[k]]
    if diff:
        raise ValueError(f"{where} was built with different signature settings: " + ", ".join(diff))


class DedupIndex:
    """A folder of signatures that grows by segments.

    ``config`` defaults to the stored one; when given, its signature settings must match the
    stored ones, and its threshold and banding are used for matching.
    """

    def __init__(self, path: str | os.PathLike, config: DedupConfig | None = None, *, create: bool = True):
        self.path = Path(path)
        manifest = self.path / MANIFEST
        if manifest.exists():
            data = self._read_manifest(manifest)
            stored = DedupConfig.from_dict(data["config"])
            _check_settings(stored, config, f"the index at {self.path}")
            self._stored = stored
            self.config = config or stored
            self._segments = list(data["segments"])
        elif create:
            if self.path.exists() and not self.path.is_dir():
                raise ValueError(f"{self.path} exists and is not a folder")
            if self.path.is_dir() and any(self.path.iterdir()):
                raise ValueError(f"{self.path} is not empty and holds no {MANIFEST}: not a deedsnlp dedup index")
            self.path.mkdir(parents=True, exist_ok=True)
            self.config = self._stored = config or DedupConfig()
            self._segments = []
            self._write_manifest()
        else:
            raise FileNotFoundError(f"no dedup index at {self.path} ({MANIFEST} missing)")
        self._cache: dict[str, Any] = {}

    # -- files -------------------------------------------------------------------------------
    def _read_manifest(self, manifest: Path) -> dict[str, Any]:
        try:
            data = json.loads(manifest.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise ValueError(f"{manifest}: unreadable index manifest ({exc})") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError(f"{manifest}: not a deedsnlp dedup index")
        if data.get("version") != VERSION:
            raise ValueError(f"{manifest}: index version {data.get('version')!r}, this deedsnlp reads {VERSION}")
        return data

    def _write_manifest(self) -> None:
        data = {"format": FORMAT, "version": VERSION, "config": self._stored.to_dict(), "segments": self._segments}
        _atomic_write(self.path / MANIFEST, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))

    def _load(self) -> tuple[list[str], np.ndarray, np.ndarray]:
        if "rows" not in self._cache:
            ids: list[str] = []
            blocks = []
            for seg in self._segments:
                name = seg["name"]
                sig = np.load(self.path / f"{name}.sig.npy", mmap_mode="r", allow_pickle=False)
                seg_ids = json.loads((self.path / f"{name}.ids.json").read_text("utf-8"))
                if sig.dtype != np.uint32 or sig.ndim != 2 or sig.shape != (len(seg_ids), self.config.num_perm):
                    raise ValueError(f"{self.path / name}: segment does not match the index settings")
                ids.extend(seg_ids)
                blocks.append(sig)
            sigs = np.concatenate(blocks) if blocks else np.empty((0, self.config.num_perm), dtype=np.uint32)
            last = {doc_id: i for i, doc_id in enumerate(ids)}  # a re-added id supersedes its old row
            alive = np.zeros(len(ids), dtype=bool)
            alive[list(last.values())] = True
            self._cache["rows"] = (ids, sigs, alive & non_empty(sigs))
        return self._cache["rows"]

    # -- reading -----------------------------------------------------------------------------
    def __len__(self) -> int:
        ids, _, _ = self._load()
        return len(set(ids))

    @property
    def ids(self) -> list[str]:
        """Indexed ids (latest version of each), in the order they were added."""
        ids, _, alive = self._load()
        last = {doc_id: i for i, doc_id in enumerate(ids)}
        return [doc_id for i, doc_id in enumerate(ids) if last[doc_id] == i]

    def signature(self, doc_id: str) -> np.ndarray:
        ids, sigs, _ = self._load()
        for i in range(len(ids) - 1, -1, -1):
            if ids[i] == doc_id:
                return np.array(sigs[i])
        raise KeyError(doc_id)

    def _table(self, bands: int, rows: int) -> BandTable:
        key = f"table-{bands}-{rows}"
        if key not in self._cache:
            _, sigs, alive = self._load()
            self._cache[key] = BandTable(band_keys(sigs, bands, rows), mask=alive)
        return self._cache[key]

    def match(
        self, signatures: np.ndarray, ids: Sequence[str], config: DedupConfig | None = None
    ) -> list[tuple[int, str, float]]:
        """``(query row, indexed id, estimated Jaccard)`` for indexed documents at or above the threshold.

        ``config`` (default: the index's) gives the threshold and banding. A query document is
        never matched with an indexed document of the same id.
        """
        config = config or self.config
        _check_settings(self._stored, config, f"the index at {self.path}")
        index_ids, sigs, _ = self._load()
        if not len(index_ids) or not len(ids):
            return []
        bands, rows = config.lsh_params()
        cand = self._table(bands, rows).lookup(band_keys(signatures, bands, rows), max_bucket=config.max_bucket)
        pairs, sims = verify(np.asarray(signatures), cand, config.threshold, other=sigs)
        return [(q, index_ids[r], s) for (q, r), s in zip(pairs.tolist(), sims.tolist()) if index_ids[r] != ids[q]]

    # -- writing -----------------------------------------------------------------------------
    def add_signatures(self, ids: Sequence[str], signatures: np.ndarray) -> None:
        """Store signatures as a new segment (re-added ids supersede their old rows)."""
        signatures = np.ascontiguousarray(signatures, dtype=np.uint32)
        ids = [str(i) for i in ids]
        if signatures.shape != (len(ids), self.config.num_perm):
            raise ValueError(f"expected signatures of shape ({len(ids)}, {self.config.num_perm}), got {signatures.shape}")
        if not ids:
            return
        number = max((int(s["name"].split("-")[1]) for s in self._segments), default=0) + 1
        name = f"seg-{number:06d}"
        import io

        buf = io.BytesIO()
        np.save(buf, signatures, allow_pickle=False)
        _atomic_write(self.path / f"{name}.sig.npy", buf.getvalue())
        _atomic_write(self.path / f"{name}.ids.json", json.dumps(ids, ensure_ascii=False).encode("utf-8"))
        self._segments.append({"name": name, "count": len(ids)})
        self._write_manifest()
        self._cache.clear()

    def add(self, items: Iterable[Any]) -> int:
        """Sign documents (Documents, ``(id, text)`` pairs or strings) and add them; returns how many."""
        from .pipeline import sign_stream

        ids, sigs = sign_stream(items, self.config)
        self.add_signatures(ids, sigs)
        return len(ids)

    def query(self, items: Iterable[Any], threshold: float | None = None):
        """Match documents against the index without adding them (a :class:`DedupResult`)."""
        from .pipeline import find_duplicates

        config = self.config if threshold is None else self.config.replace(threshold=threshold)
        return find_duplicates(items, config.replace(boilerplate=False), index=self, add=False)


class LSHIndex:
    """datasketch ``MinHashLSH`` plus a store of ``LeanMinHash`` bytes for verification.

    ``storage_config`` is datasketch's (``{"type": "dict"}`` in memory, ``{"type": "redis", ...}``);
    ``signatures`` is a mutable mapping ``bytes id -> LeanMinHash bytes`` (a dict, or
    :class:`RedisSignatures`). Keys are stored as UTF-8 bytes, never pickled.
    """

    def __init__(self, config: DedupConfig | None = None, storage_config: dict | None = None, signatures=None):
        from datasketch import MinHashLSH

        self.config = config or DedupConfig()
        self.hasher = MinHasher.from_config(self.config)
        self.lsh = MinHashLSH(
            num_perm=self.config.num_perm, params=self.config.lsh_params(),
            storage_config=storage_config or {"type": "dict"}, prepickle=False,
        )
        self.signatures = {} if signatures is None else signatures

    def __len__(self) -> int:
        return len(self.signatures)

    def add_signatures(self, ids: Sequence[str], signatures: np.ndarray) -> None:
        for doc_id, sig in zip(ids, np.asarray(signatures, dtype=np.uint32)):
            if (sig == np.uint32(0xFFFFFFFF)).all():
                continue  # an empty document matches nothing
            key = str(doc_id).encode("utf-8")
            if key in self.lsh.keys:
                self.lsh.remove(key)
            lean = self.hasher.lean(sig)
            buf = bytearray(lean.bytesize())
            lean.serialize(buf)
            self.lsh.insert(key, lean, check_duplication=False)
            self.signatures[key] = bytes(buf)

    def match(
        self, signatures: np.ndarray, ids: Sequence[str], config: DedupConfig | None = None
    ) -> list[tuple[int, str, float]]:
        """Like :meth:`DedupIndex.match`; candidates come from the LSH's own banding."""
        from datasketch import LeanMinHash

        threshold = (config or self.config).threshold
        out = []
        for q, (doc_id, sig) in enumerate(zip(ids, np.asarray(signatures, dtype=np.uint32))):
            own = str(doc_id).encode("utf-8")
            keys = sorted(k for k in self.lsh.query(self.hasher.lean(sig)) if k != own)
            if not keys:
                continue
            stored = _get_many(self.signatures, keys)
            for key, raw in zip(keys, stored):
                if raw is None:
                    continue
                other = self.hasher.from_lean(LeanMinHash.deserialize(raw))
                sim = float((other == sig).mean())
                if sim >= threshold - 1e-12:
                    out.append((q, key.decode("utf-8"), sim))
        return out


def _get_many(store, keys: list[bytes]) -> list[bytes | None]:
    if hasattr(store, "get_many"):
        return store.get_many(keys)
    return [store.get(k) for k in keys]


class RedisSignatures:
    """LeanMinHash bytes in one Redis hash (a minimal mutable mapping)."""

    def __init__(self, client, name: bytes):
        self.client, self.name = client, name

    def __len__(self) -> int:
        return int(self.client.hlen(self.name))

    def __setitem__(self, key: bytes, value: bytes) -> None:
        self.client.hset(self.name, key, value)

    def get(self, key: bytes) -> bytes | None:
        return self.client.hget(self.name, key)

    def get_many(self, keys: list[bytes]) -> list[bytes | None]:
        return list(self.client.hmget(self.name, keys))


def redis_params(url: str) -> dict[str, Any]:
    """``redis://[user:password@]host[:port][/db]`` as keyword arguments of ``redis.Redis``.

    >>> redis_params("redis://:secret@cache.example:6380/2")
    {'host': 'cache.example', 'port': 6380, 'db': 2, 'password': 'secret'}
    """
    parts = urlparse(url)
    if parts.scheme not in ("redis", "rediss"):
        raise ValueError(f"expected a redis:// URL, got {url!r}")
    params: dict[str, Any] = {"host": parts.hostname or "localhost", "port": parts.port or 6379}
    db = parts.path.lstrip("/")
    params["db"] = int(db) if db else 0
    if parts.username:
        params["username"] = unquote(parts.username)
    if parts.password:
        params["password"] = unquote(parts.password)
    if parts.scheme == "rediss":
        params["ssl"] = True
    return params


def redis_index(url: str, config: DedupConfig | None = None, *, basename: str = "deedsnlp-dedup") -> LSHIndex:
    """An :class:`LSHIndex` whose buckets and signatures live in Redis under ``basename``.

    The signature settings and banding are stored beside them (``<basename>_config``); opening it
    again with other settings raises ``ValueError``.
    """
    try:
        import redis
    except ImportError:
        raise ImportError("the Redis index needs the redis client: pip install redis") from None
    params = redis_params(url)
    client = redis.Redis(**params)
    base = basename.encode("utf-8")
    stored_raw = client.get(base + b"_config")
    if stored_raw is not None:
        stored = DedupConfig.from_dict(json.loads(stored_raw))
        _check_settings(stored, config, f"the Redis index {basename!r}")
        if config is not None and config.lsh_params() != stored.lsh_params():
            raise ValueError(f"the Redis index {basename!r} uses bands/rows {stored.lsh_params()}, "
                             f"not {config.lsh_params()}; pass the same threshold or bands")
        config = config or stored
    else:
        config = config or DedupConfig()
        client.set(base + b"_config", json.dumps(config.to_dict()).encode("utf-8"))
    storage = {"type": "redis", "basename": base, "redis": params}
    return LSHIndex(config, storage, RedisSignatures(client, base + b"_signatures"))
