"""`deedsnlp dedup`: near-duplicate clusters and boilerplate of a set of documents."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import List, Optional

import typer

from ..cli import error, warn


def dedup_command(
    inputs: List[str] = typer.Argument(..., help="Files, folders, glob patterns, or - for stdin (JSONL: one document per line)."),
    json_out: bool = typer.Option(False, "--json", help="Print {clusters, pairs, boilerplate} as one JSON object."),
    threshold: float = typer.Option(0.7, "--threshold", "-t", help="Estimated Jaccard similarity of near-duplicates."),
    index: Optional[Path] = typer.Option(None, "--index", help="Persistent index folder: match against it, then add the inputs."),
    no_add: bool = typer.Option(False, "--no-add", help="With --index/--redis-url: match only, do not add the inputs."),
    engine: str = typer.Option("local", "--engine", help="local, or ray (needs the ray extra of deedsnlp)."),
    ray_address: Optional[str] = typer.Option(None, "--ray-address", help="Ray cluster address (ray://host:10001 or auto); default: RAY_ADDRESS or a local Ray."),
    redis_url: Optional[str] = typer.Option(None, "--redis-url", help="Keep the index in Redis (datasketch storage), e.g. redis://localhost:6379/0."),
    min_docs: int = typer.Option(2, "--min-docs", help="Boilerplate: shared by at least this many documents (near-duplicates count once)."),
    ngram: Optional[int] = typer.Option(None, "--ngram", help="Shingle length (default 5 characters, or 3 words)."),
    shingle: str = typer.Option("char", "--shingle", help="char (n-grams of characters) or word (n-grams of jieba tokens)."),
    num_perm: int = typer.Option(128, "--num-perm", help="MinHash permutations."),
    seed: int = typer.Option(1, "--seed", help="Seed of the MinHash permutations."),
    workers: Optional[int] = typer.Option(None, "--workers", help="Threads computing signatures (local engine; default: CPUs, at most 4)."),
    top: int = typer.Option(20, "--top", help="Rows of each table without --json."),
    simplify: bool = typer.Option(False, "--simplify", help="Convert traditional to simplified characters first."),
    raw: bool = typer.Option(False, "--raw", help="Sign the texts as given (default: sign them cleaned of scraping junk, so reposts with different junk still match)."),
) -> None:
    """Group near-duplicate documents (MinHash LSH) and list boilerplate sentences and paragraphs."""
    from ..dedup import DedupConfig, DedupIndex, find_duplicates, redis_index
    from ..errors import InputError

    if engine not in ("local", "ray"):
        error(f"--engine must be local or ray, got {engine!r}")
        raise typer.Exit(2)
    if engine == "ray" and (index is not None or redis_url):
        error("--index and --redis-url work with the local engine only")
        raise typer.Exit(2)
    if index is not None and redis_url:
        error("give --index or --redis-url, not both")
        raise typer.Exit(2)
    try:
        config = DedupConfig(threshold=threshold, num_perm=num_perm, ngram=ngram, shingle=shingle, seed=seed,
                             min_docs=min_docs, workers=workers or min(4, os.cpu_count() or 1))
        store = None
        if index is not None:
            if (index / "index.json").exists():
                stored = DedupIndex(index).config  # the index's signature settings win
                config = config.replace(**{k: getattr(stored, k) for k in ("num_perm", "ngram", "shingle", "seed")})
                for name, given, kept in (("--num-perm", num_perm, stored.num_perm), ("--seed", seed, stored.seed),
                                          ("--shingle", shingle, stored.shingle)):
                    if given != kept:
                        warn(f"{name} {given} ignored: the index at {index} uses {kept}")
            store = DedupIndex(index, config)
        elif redis_url:
            store = redis_index(redis_url, config)
    except (ValueError, ImportError, OSError) as exc:
        error(str(exc))
        raise typer.Exit(2)
    except _redis_errors() as exc:  # the server cannot be reached, refuses the password ...
        error(f"{redis_url}: {exc}")
        raise typer.Exit(2)

    failed = False

    def report(err: InputError) -> None:
        nonlocal failed
        failed = True
        error(str(err))

    docs = dedup_texts(inputs, simplify=simplify, on_error=report)
    try:
        if engine == "ray":
            import logging

            from ..dedup import ray_engine
            from ..dedup.ray_engine import find_duplicates_ray, shutdown_ray

            ray_engine.LOG_LEVEL = logging.ERROR  # Ray's notes about itself are not the user's business

            # whatever Ray and the processes it starts print goes to stderr: stdout carries the result only
            with stdout_to_stderr():
                try:
                    if not raw:  # signatures of the cleaned texts (boilerplate then too)
                        from ..clean.reposts import cleaned_pairs

                        docs = cleaned_pairs(docs)
                    result = find_duplicates_ray(docs, config, address=ray_address)
                finally:
                    shutdown_ray()
        else:
            if raw:
                result = find_duplicates(docs, config, index=store, add=not no_add)
            else:  # signatures of the cleaned texts, boilerplate of the texts as given
                from ..clean.reposts import find_reposts

                result = find_reposts(docs, config, index=store, add=not no_add)
    except (ImportError, ValueError) as exc:
        error(str(exc))
        raise typer.Exit(2)
    except _redis_errors() as exc:
        error(f"{redis_url}: {exc}")
        raise typer.Exit(2)
    if json_out:
        write_json(result, sys.stdout)
    else:
        _print_tables(result, top)
    raise typer.Exit(2 if failed else 0)


def dedup_texts(inputs, *, simplify: bool = False, on_error=None):
    """``(id, text)`` of every input document: the normalized text and id the loader gives
    (:func:`deedsnlp.loader.build_document`), without the outline and passages that near-duplicate
    search does not use. Streams, so a JSONL shard of 100k documents needs no more memory than the
    signatures (and costs a third of the time). Bad inputs and records go to ``on_error``."""
    from ..errors import InputError
    from ..io.documents import LoadOptions, expand_inputs, iter_records
    from ..loader import refuse_surrogates
    from ..normalize import normalize

    limit = LoadOptions(simplify=simplify).limit
    pending: list[InputError] = []
    for item in expand_inputs(inputs, pending):
        while pending:
            on_error(pending.pop(0))
        try:
            for source, rec, _size in iter_records(item, limit):
                if isinstance(rec, InputError):
                    on_error(rec)
                    continue
                try:
                    refuse_surrogates(rec.text, source)
                except InputError as err:
                    on_error(err)
                    continue
                yield rec.id or source, normalize(rec.text, simplify=simplify)[0]
        except InputError as err:
            on_error(err)
    while pending:
        on_error(pending.pop(0))


def write_json(result, fh) -> None:
    """``result.to_json()`` written piece by piece: on a corpus the boilerplate lists millions of
    document ids, and the whole JSON text at once would cost hundreds of MB beside them."""
    import json

    fh.write("{")
    parts = (("clusters", result.clusters, list), ("pairs", result.pairs, lambda p: p.to_dict()),
             ("boilerplate", result.boilerplate, lambda b: b.to_dict()))
    for k, (key, items, as_json) in enumerate(parts):
        fh.write(f'{", " if k else ""}"{key}": [')
        for i, item in enumerate(items):
            if i:
                fh.write(", ")
            fh.write(json.dumps(as_json(item), ensure_ascii=False))
        fh.write("]")
    fh.write("}\n")


def _redis_errors() -> tuple[type[BaseException], ...]:
    """The Redis client's errors (none when the client is not installed)."""
    try:
        from redis.exceptions import RedisError
    except ImportError:
        return ()
    return (RedisError,)


@contextmanager
def stdout_to_stderr():
    """File descriptor 1 points at stderr inside the block (for this process and every process it
    starts meanwhile, such as Ray's raylet and workers); the real stdout comes back after it."""
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        os.dup2(2, 1)
        yield
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)


def _print_tables(result, top: int) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    stats = result.stats
    console.print(f"{stats.get('documents', len(result.ids))} documents, {len(result.clusters)} near-duplicate "
                  f"clusters, {len(result.pairs)} pairs, {len(result.boilerplate)} boilerplate units")
    if result.clusters:
        table = Table("cluster", "size", "documents", title="Near-duplicate clusters")
        for k, members in enumerate(result.clusters[:top], start=1):
            table.add_row(str(k), str(len(members)), "\n".join(members))
        console.print(table)
    if result.pairs:
        table = Table("a", "b", "jaccard", title="Pairs (estimated Jaccard)")
        for p in sorted(result.pairs, key=lambda p: -p.jaccard)[:top]:
            table.add_row(p.a, p.b, f"{p.jaccard:.3f}")
        console.print(table)
    if result.boilerplate:
        table = Table("docs", "kind", "text", title="Boilerplate")
        for b in result.boilerplate[:top]:
            text = b.text if len(b.text) <= 60 else b.text[:59] + "…"
            table.add_row(str(b.doc_count), b.kind, text)
        console.print(table)


def register(app: typer.Typer) -> None:
    app.command("dedup")(dedup_command)
