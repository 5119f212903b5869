"""Saving and loading classifiers without pickle, with a manifest of hashes.

A saved model is a folder with ``model.json`` — the manifest: format name and version, backend,
deedsnlp version, the backend's metadata and the SHA-256 of every other file — plus the
backend's files (``arrays.npz`` loaded with ``allow_pickle=False``; a spaCy pipeline folder; a
transformers ``model.safetensors``). Loading refuses a foreign format, a newer format version or
any file whose hash differs from the manifest.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from pathlib import Path

import numpy as np

from .. import __version__
from ..errors import ModelError

FORMAT = "deedsnlp-section-classifier"
FORMAT_VERSION = 1
MANIFEST = "model.json"


def models_dir() -> Path:
    """``$DEEDSNLP_MODELS``, else the models shipped as package data (:mod:`deedsnlp.resources`)."""
    from ..resources import models_dir as _models_dir

    return _models_dir()


def default_model_path() -> Path:
    return models_dir() / "section_classifier"


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _hash_files(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)).replace(os.sep, "/"): _sha256(p)
        for p in sorted(folder.rglob("*")) if p.is_file() and p.name != MANIFEST
    }


def save_model(model, path: str | Path) -> Path:
    """Save a fitted classifier of any backend into folder ``path``."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.rglob("*"):
        if old.is_file():
            old.unlink()
    backend = model.backend
    if backend == "sklearn":
        meta, arrays = model.to_arrays()
        buf = io.BytesIO()
        np.savez_compressed(buf, **arrays)
        (folder / "arrays.npz").write_bytes(buf.getvalue())
    else:
        meta = model.save_files(folder)
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "backend": backend,
        "deedsnlp_version": __version__, "meta": meta, "files": _hash_files(folder),
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return folder


def read_manifest(path: str | Path) -> dict:
    folder = Path(path)
    mf = folder / MANIFEST
    if not mf.exists():
        raise ModelError(f"{folder}: not a deedsnlp model (no {MANIFEST})")
    try:
        manifest = json.loads(mf.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelError(f"{mf}: malformed manifest ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ModelError(f"{mf}: foreign file, not a {FORMAT} manifest")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise ModelError(f"{mf}: format version {manifest.get('format_version')} is not supported "
                         f"(this deedsnlp reads version {FORMAT_VERSION})")
    files = manifest.get("files") or {}
    actual = _hash_files(folder)
    for name, digest in files.items():
        if name not in actual:
            raise ModelError(f"{folder}: file {name} listed in the manifest is missing")
        if actual[name] != digest:
            raise ModelError(f"{folder / name}: SHA-256 differs from the manifest (tampered or corrupted)")
    extra = set(actual) - set(files)
    if extra:
        raise ModelError(f"{folder}: files not in the manifest: {sorted(extra)}")
    return manifest


def load_model(path: str | Path | None = None):
    """Load a saved classifier; verifies format, version and hashes first."""
    folder = Path(path) if path else default_model_path()
    manifest = read_manifest(folder)
    backend = manifest.get("backend")
    if backend == "sklearn":
        from .linear import LinearSectionClassifier

        try:
            with np.load(folder / "arrays.npz", allow_pickle=False) as z:
                arrays = {k: z[k] for k in z.files}
        except ValueError as exc:
            raise ModelError(f"{folder / 'arrays.npz'}: not loadable without pickle ({exc})") from None
        return LinearSectionClassifier.from_arrays(manifest["meta"], arrays)
    if backend == "spacy":
        from .spacy_backend import SpacySectionClassifier

        return SpacySectionClassifier.load_files(folder, manifest["meta"])
    if backend == "transformers":
        from .transformers_backend import TransformersSectionClassifier

        return TransformersSectionClassifier.load_files(folder, manifest["meta"])
    raise ModelError(f"{folder}: unknown backend {backend!r}")
