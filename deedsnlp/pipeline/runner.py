"""``deedsnlp run``: a recipe of stages over a corpus, locally or on Ray Data.

A recipe lists stages with their settings, in the order of :data:`STAGE_ORDER` (any subset)::

    stages:
      - clean: {}                 # learn: false to skip learning from the corpus first;
                                  # learn_limit: documents read to learn (default 20,000; null: all)
      - dedup: {threshold: 0.7}
      - classify: {}

:func:`run_recipe` streams the inputs (TXT, DOCX, HTML, JSONL and Parquet shards) through the
stages and writes ``OUTDIR/documents.jsonl`` (or ``documents.parquet``): one record per document
(:func:`~deedsnlp.pipeline.stages.to_record`), and ``OUTDIR/stats.json``: per stage, documents,
characters in and out, findings by kind and seconds. Both engines run the same stage objects and
write the same records (the Ray engine in no particular order).
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..document import Document
from ..errors import InputError
from .base import Stage, StageStats, run_stages
from .stages import LEARN_LIMIT, STAGE_ORDER, check_learn_limit, fit_cleaner, make_stage, to_record

FORMATS = ("jsonl", "parquet")
ENGINES = ("local", "ray")


@dataclass
class Recipe:
    """Stages and their settings, in pipeline order."""

    stages: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: Any, source: str = "recipe") -> "Recipe":
        if not isinstance(data, dict) or not isinstance(data.get("stages"), list) or not data["stages"]:
            raise InputError(source, "a recipe is a mapping with a non-empty list 'stages'")
        stages: list[tuple[str, dict[str, Any]]] = []
        for item in data["stages"]:
            if isinstance(item, str):
                name, params = item, {}
            elif isinstance(item, dict) and len(item) == 1:
                name, params = next(iter(item.items()))
                params = params or {}
            else:
                raise InputError(source, f"a stage is a name or a one-key mapping {{name: {{settings}}}}, not {item!r}")
            if name not in STAGE_ORDER:
                raise InputError(source, f"unknown stage {name!r} (known: {', '.join(STAGE_ORDER)})")
            if not isinstance(params, dict):
                raise InputError(source, f"the settings of stage {name!r} must be a mapping")
            stages.append((str(name), dict(params)))
        names = [n for n, _ in stages]
        if len(set(names)) != len(names):
            raise InputError(source, "a stage appears twice")
        if names != sorted(names, key=STAGE_ORDER.index):
            raise InputError(source, f"stages must come in the order {' → '.join(n for n in STAGE_ORDER if n in names)}")
        return cls(stages)

    @classmethod
    def from_yaml(cls, path: str | os.PathLike) -> "Recipe":
        import yaml

        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(str(path), f"cannot read the recipe ({exc.strerror or exc})") from None
        from ..yamlsafe import refuse_yaml_bombs

        refuse_yaml_bombs(text, str(path))  # aliases ("billion laughs") refused before anything is built
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise InputError(str(path), f"malformed YAML ({str(exc).splitlines()[0]})") from None
        return cls.from_dict(data, str(path))

    def names(self) -> list[str]:
        return [n for n, _ in self.stages]

    def build(self) -> tuple[list[Stage], dict[str, Any]]:
        """The stage objects, and the run options taken out of the settings (``learn`` of clean)."""
        built, options = [], {}
        for name, params in self.stages:
            params = dict(params)
            if name == "clean":
                options["learn"] = bool(params.pop("learn", True))
                try:
                    options["learn_limit"] = check_learn_limit(params.pop("learn_limit", LEARN_LIMIT))
                except ValueError as exc:
                    raise InputError("recipe", f"clean: {exc}") from None
            try:
                built.append(make_stage(name, params))
            except ValueError as exc:
                raise InputError("recipe", str(exc)) from None
        return built, options


# -- writers ----------------------------------------------------------------------------------------
class _JsonlWriter:
    def __init__(self, path: Path):
        self.path = path
        self.fh = open(path, "w", encoding="utf-8")

    def write(self, record: dict[str, Any]) -> None:
        self.fh.write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.fh.close()


class _ParquetWriter:
    """Typed columns; ``findings[].data`` and ``metadata`` are JSON strings (their keys vary)."""

    batch = 1000

    def __init__(self, path: Path):
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa = pa
        finding = pa.struct([("kind", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("text", pa.string()),
                             ("reason", pa.string()), ("action", pa.string()), ("severity", pa.string()),
                             ("stage", pa.string()), ("basis", pa.string()), ("line", pa.int64()), ("data", pa.string())])
        passage = pa.struct([("text", pa.string()), ("label", pa.string()), ("score", pa.float64()),
                             ("line", pa.int64()), ("is_heading", pa.bool_())])
        self.schema = pa.schema([("id", pa.string()), ("source", pa.string()), ("text", pa.string()),
                                 ("findings", pa.list_(finding)), ("passages", pa.list_(passage)),
                                 ("cluster", pa.string()), ("metadata", pa.string())])
        self.writer = pq.ParquetWriter(str(path), self.schema)
        self.rows: list[dict[str, Any]] = []

    def write(self, record: dict[str, Any]) -> None:
        row = dict(record)
        row["findings"] = [{**f, "data": json.dumps(f.get("data") or {}, ensure_ascii=False, default=str)} for f in record["findings"]]
        row["metadata"] = json.dumps(record.get("metadata") or {}, ensure_ascii=False, default=str)
        self.rows.append(row)
        if len(self.rows) >= self.batch:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


def _writer(outdir: Path, fmt: str):
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, got {fmt!r}")
    outdir.mkdir(parents=True, exist_ok=True)
    return (_JsonlWriter if fmt == "jsonl" else _ParquetWriter)(outdir / f"documents.{fmt}")


class _Progress:
    """A rich progress bar on stderr (documents written), shown when stderr is a terminal."""

    def __init__(self, enabled: bool | None):
        self.bar = None
        if enabled is None:
            enabled = sys.stderr.isatty()
        if enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                TimeElapsedColumn(), console=Console(stderr=True), transient=True)

    def __enter__(self):
        if self.bar is not None:
            self.bar.__enter__()
            self.task = self.bar.add_task("documents", total=None)
        return self

    def describe(self, text: str) -> None:
        if self.bar is not None:
            self.bar.update(self.task, description=text)

    def advance(self, n: int = 1) -> None:
        if self.bar is not None:
            self.bar.advance(self.task, n)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)


# -- the engines ------------------------------------------------------------------------------------
def run_recipe(
    recipe: Recipe | dict | str | os.PathLike,
    inputs: Iterable[Any],
    outdir: str | os.PathLike,
    *,
    engine: str = "local",
    fmt: str = "jsonl",
    on_error: Callable[[InputError], None] | None = None,
    progress: bool | None = None,
    address: str | None = None,
) -> dict[str, Any]:
    """Run ``recipe`` over ``inputs`` into ``outdir``; return the statistics (also in ``stats.json``).

    Bad inputs are passed to ``on_error`` (and counted in the statistics); the others go on.
    """
    if not isinstance(recipe, Recipe):
        recipe = Recipe.from_dict(recipe) if isinstance(recipe, dict) else Recipe.from_yaml(recipe)
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, got {engine!r}")
    inputs = list(inputs)
    errors: list[InputError] = []

    def report(err: InputError) -> None:
        errors.append(err)
        if on_error is not None:
            on_error(err)

    outdir = Path(outdir)
    inputs = _expanded(inputs, outdir, report)
    t0 = time.perf_counter()
    with _Progress(progress) as bar:
        if engine == "local":
            stats, n = _run_local(recipe, inputs, outdir, fmt, report, bar)
        else:
            stats, n = _run_ray(recipe, inputs, outdir, fmt, report, bar, address)
    out = {
        "engine": engine, "format": fmt, "documents": n, "errors": len(errors),
        "seconds": round(time.perf_counter() - t0, 3), "recipe": [{name: params} for name, params in recipe.stages],
        "stages": stats,
    }
    (outdir / "stats.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out


def _expanded(inputs: list[Any], outdir: Path, report: Callable[[InputError], None]) -> list[Any]:
    """The input names expanded once (errors reported), leaving out what lies in ``outdir``: the
    run never reads its own output."""
    from ..io import expand_inputs

    pending: list[InputError] = []
    names = list(expand_inputs(inputs, pending))
    for err in pending:
        report(err)
    out = outdir.resolve()
    kept = []
    for name in names:
        if isinstance(name, str) and name != "-":
            try:
                if Path(name).resolve().is_relative_to(out):
                    continue
            except OSError:
                pass
        kept.append(name)
    return kept


def _learn(stages: list[Stage], options: dict[str, Any], inputs: list[Any], bar: _Progress) -> None:
    for stage in stages:
        if stage.name == "clean" and options.get("learn", True):
            bar.describe("learning from the corpus")
            fit_cleaner(stage.cleaner, lambda: _raw_texts(inputs), limit=options.get("learn_limit", LEARN_LIMIT))


def _raw_texts(inputs: list[Any]) -> Iterator[str]:
    """The texts as read of the documents the main pass loads, for the learning pass (the
    cleaner learns from the raw text only: the documents are not built). Records the main pass
    cannot load are skipped here: it reports them."""
    from ..errors import InputError
    from ..io.documents import LoadOptions, expand_inputs, iter_records
    from ..loader import refuse_surrogates

    if isinstance(inputs, (str, os.PathLike, tuple)):
        inputs = [inputs]
    limit = LoadOptions().limit
    for item in expand_inputs(inputs, []):
        try:
            for source, rec, _ in iter_records(item, limit):
                if isinstance(rec, InputError) or not isinstance(rec.text, str):
                    continue
                try:
                    refuse_surrogates(rec.text, source)
                except InputError:
                    continue
                yield rec.text
        except InputError:
            continue


def _run_local(recipe, inputs, outdir, fmt, report, bar):
    from ..io import iter_documents

    stages, options = recipe.build()
    _learn(stages, options, inputs, bar)
    bar.describe("documents")
    writer = _writer(outdir, fmt)
    n = 0
    try:
        for doc in run_stages(stages, iter_documents(inputs, report)):
            writer.write(to_record(doc))
            n += 1
            bar.advance()
    finally:
        writer.close()
    return {s.name: s.stats.to_dict() for s in stages}, n


# -- Ray --------------------------------------------------------------------------------------------
_WORKER_STAGES: dict[str, list[Stage]] = {}
#: records the driver hands to Ray at a time
_CHUNK = 2000


def stage_keys(run: str) -> tuple[str, str]:
    """The worker cache's keys of one run's stages before dedup and after it (two parts, two keys)."""
    return f"{run}:before", f"{run}:after"


def _worker_stages(key: str, blob: bytes) -> list[Stage]:
    """The stages of one run, unpickled once per worker process. ``key`` names the run *and* the part
    of it (the stages before dedup and those after it are two keys): a worker that served a load batch
    and then a finishing batch of one run got the load stages back for both (the records were cleaned
    twice and never classified, now and then: which worker gets which batch is Ray's choice)."""
    got = _WORKER_STAGES.get(key)
    if got is None:
        import pickle

        got = _WORKER_STAGES[key] = pickle.loads(blob)
    return got


def _drain_stats(stages: list[Stage]) -> str:
    """The stages' counts since the last call, as JSON (then reset)."""
    out = {}
    for s in stages:
        out[s.name] = s.stats.to_dict()
        s.stats = StageStats()
    return json.dumps(out)


def _load_batch(batch, key: str, blob: bytes):
    """Worker: records → documents → the stages before dedup. Rows that fail carry their error."""
    import numpy as np

    from ..io.documents import document_of
    from ..io.readers import RawRecord

    stages = _worker_stages(key, blob)
    ids, texts, docs, errs = [], [], [], []
    for raw in batch["rec"]:
        r = json.loads(str(raw))
        rec = RawRecord(r["text"], r["id"], r["metadata"], {int(k): v for k, v in r["hints"].items()})
        try:
            doc = document_of(r["source"], rec, r["size"])
            for stage in stages:
                doc = stage(doc)
        except InputError as err:
            ids.append(""), texts.append(""), docs.append(""), errs.append(str(err))
            continue
        ids.append(doc.id), texts.append(doc.text), docs.append(doc.to_json()), errs.append("")
    stats = [""] * len(ids)
    if stats:
        stats[0] = _drain_stats(stages)
    obj = lambda xs: np.asarray(xs, dtype=object)  # noqa: E731
    return {"id": obj(ids), "text": obj(texts), "doc": obj(docs), "error": obj(errs), "stats": obj(stats)}


def _finish_batch(batch, key: str, blob: bytes, groups: dict[str, str]):
    """Worker: documents → their group → the stages after dedup → output records (JSON)."""
    import numpy as np

    stages = _worker_stages(key, blob)
    docs = []
    for raw in batch["doc"]:
        doc = Document.from_json(str(raw))
        if groups is not None:
            doc.metadata["cluster"] = groups.get(doc.id)
        docs.append(doc)
    out = [json.dumps(to_record(d), ensure_ascii=False) for d in run_stages(stages, docs)]
    stats = [""] * len(out)
    if stats:
        stats[0] = _drain_stats(stages)
    return {"record": np.asarray(out, dtype=object), "stats": np.asarray(stats, dtype=object)}


def _add_stats(total: dict[str, StageStats], blob: str) -> None:
    from collections import Counter

    for name, d in json.loads(blob).items():
        st = total.setdefault(name, StageStats())
        st.add(StageStats(d["documents"], d["chars_in"], d["chars_out"], Counter(d["findings"]), d["seconds"]))


def ray_init_options() -> dict[str, Any]:
    """Ray sized for the machine: a small object store, one worker per CPU, logs kept off stdout."""
    cpus = os.cpu_count() or 2
    return {"num_cpus": cpus, "object_store_memory": 256 * 1024 * 1024, "include_dashboard": False,
            "log_to_driver": False, "logging_level": "ERROR", "configure_logging": True}


def _run_ray(recipe, inputs, outdir, fmt, report, bar, address):
    import pickle
    import uuid

    from ..dedup.ray_engine import find_duplicates_ray, init_ray
    from ..io.documents import LoadOptions, expand_inputs, iter_records

    stages, options = recipe.build()
    _learn(stages, options, inputs, bar)
    names = [s.name for s in stages]
    cut = names.index("dedup") if "dedup" in names else len(stages)
    before, dedup, after = stages[:cut], (stages[cut] if cut < len(stages) else None), stages[cut + 1 :]
    key = uuid.uuid4().hex
    blob_before, blob_after = pickle.dumps(before), pickle.dumps(after)

    totals: dict[str, StageStats] = {}
    import ray as _ray

    started = address is None and not _ray.is_initialized()
    ray = init_ray(address, **(ray_init_options() if started else {}))
    ctx = ray.data.DataContext.get_current()
    saved = ctx.enable_progress_bars
    ctx.enable_progress_bars = False
    writer = _writer(outdir, fmt)
    n = 0
    try:
        # the driver reads the inputs (cheap: bytes to records) and hands them to Ray in chunks, so
        # it never holds the corpus; the workers build and process the documents
        bar.describe("reading")
        parts = []
        rows: list[dict[str, str]] = []
        pending: list[InputError] = []
        limit = LoadOptions().limit
        for item in expand_inputs(inputs, pending):
            for err in pending:
                report(err)
            pending.clear()
            try:
                for source, rec, size in iter_records(item, limit):
                    if isinstance(rec, InputError):
                        report(rec)
                        continue
                    rows.append({"rec": json.dumps({"source": source, "text": rec.text, "id": rec.id,
                                                    "metadata": rec.metadata, "hints": rec.heading_hints, "size": size},
                                                   ensure_ascii=False, default=str)})
                    if len(rows) >= _CHUNK:
                        parts.append(ray.data.from_items(rows))
                        rows = []
            except InputError as err:
                report(err)
        for err in pending:
            report(err)
        if rows:
            parts.append(ray.data.from_items(rows))
            rows = []
        if not parts:
            return {}, 0
        source_ds = parts[0].union(*parts[1:]) if len(parts) > 1 else parts[0]
        bar.describe("documents")
        batch = 64
        loaded = source_ds.map_batches(
            _load_batch, fn_kwargs={"key": stage_keys(key)[0], "blob": blob_before}, batch_format="numpy", batch_size=batch,
        ).materialize()
        for b in loaded.select_columns(["error", "stats"]).iter_batches(batch_format="numpy", batch_size=4096):
            for err, st in zip(b["error"], b["stats"]):
                if err:
                    source, _, reason = str(err).partition(": ")
                    report(InputError(source, reason))
                if st:
                    _add_stats(totals, str(st))
        good = loaded.map_batches(_without_errors, batch_format="numpy", batch_size=None)
        groups = None
        if dedup is not None:
            t = time.perf_counter()
            result = find_duplicates_ray(good.select_columns(["id", "text"]), dedup.config)
            from .stages import cluster_ids

            groups = cluster_ids(result.clusters)
            st = totals.setdefault("dedup", StageStats())
            st.seconds += time.perf_counter() - t
            st.findings["in_group"] += len(groups)
        out = good.map_batches(_finish_batch, fn_kwargs={"key": stage_keys(key)[1], "blob": blob_after, "groups": groups},
                               batch_format="numpy", batch_size=batch)
        chars = 0
        for b in out.iter_batches(batch_format="numpy", batch_size=256):
            for rec, st in zip(b["record"], b["stats"]):
                record = json.loads(str(rec))
                writer.write(record)
                chars += len(record["text"])
                n += 1
                bar.advance()
                if st:
                    _add_stats(totals, str(st))
        if dedup is not None:
            st = totals["dedup"]
            st.documents = n
            st.chars_in = st.chars_out = chars
    finally:
        writer.close()
        ctx.enable_progress_bars = saved
        if started:
            ray.shutdown()
    order = [s.name for s in stages]
    return {name: totals[name].to_dict() for name in order if name in totals}, n


def _without_errors(batch):
    keep = batch["error"] == ""
    return {k: v[keep] for k, v in batch.items() if k in ("id", "text", "doc")}
