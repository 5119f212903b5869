"""Data shipped with the package, found with :mod:`importlib.resources`.

Everything deedsnlp reads at run time lives under ``deedsnlp/data/`` and is installed with the
package (wheel, ``pip install .`` or an editable checkout alike):

* lexicons, profiles, patterns, templates — small files read with :func:`read_text`;
* ``models/section_classifier/`` — the shipped section classifier (:func:`model_path`);
* ``corpus/`` — the labelled corpus in one file (``passages.jsonl`` with ``splits.json``) that
  default training, the mask filler of the cleaner and the drafting suggestions read
  (:func:`corpus_dir`). ``corpora/build.py`` writes it next to ``corpora/passages.jsonl``, so it
  follows the corpus as it grows.

Two environment variables point elsewhere: ``DEEDSNLP_MODELS`` (a folder of models) and
``DEEDSNLP_CORPUS`` (a corpus folder with ``passages.jsonl``).

>>> (model_path() / "model.json").is_file()
True
>>> (corpus_dir() / "passages.jsonl").is_file()
True
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from importlib import resources
from pathlib import Path

__all__ = ["data_dir", "data_file", "read_text", "models_dir", "model_path", "corpus_dir"]

_materialized: dict[str, Path] = {}


def _root():
    # ``deedsnlp`` is a regular package, so this is a Traversable of the installed package
    # (``deedsnlp.data`` itself has no ``__init__.py``: its Traversable would be a MultiplexedPath)
    return resources.files("deedsnlp").joinpath("data")


def _as_path(node, key: str) -> Path:
    """A filesystem path for a shipped file or folder (copied out once when the package is zipped)."""
    if isinstance(node, Path):
        return node
    if key not in _materialized:
        tmp = Path(tempfile.mkdtemp(prefix="deedsnlp-data-"))
        atexit.register(shutil.rmtree, tmp, True)
        target = tmp / key.replace("/", "_")

        def copy(src, dst: Path) -> None:
            if src.is_dir():
                dst.mkdir(parents=True, exist_ok=True)
                for child in src.iterdir():
                    copy(child, dst / child.name)
            else:
                dst.write_bytes(src.read_bytes())

        copy(node, target)
        _materialized[key] = target
    return _materialized[key]


def data_file(name: str):
    """The Traversable of ``deedsnlp/data/<name>`` (``name`` uses ``/``)."""
    node = _root()
    for part in name.split("/"):
        node = node.joinpath(part)
    return node


def data_dir(name: str = "") -> Path:
    """``deedsnlp/data/<name>`` as a filesystem path."""
    return _as_path(data_file(name) if name else _root(), name or ".")


def read_text(name: str) -> str:
    """The text of ``deedsnlp/data/<name>`` (UTF-8)."""
    return data_file(name).read_text(encoding="utf-8")


def models_dir() -> Path:
    """``$DEEDSNLP_MODELS``, else the models shipped in ``deedsnlp/data/models``."""
    env = os.environ.get("DEEDSNLP_MODELS")
    return Path(env) if env else data_dir("models")


def model_path(name: str = "section_classifier") -> Path:
    """The folder of the model ``name`` (default: the shipped section classifier)."""
    return models_dir() / name


def corpus_dir() -> Path:
    """``$DEEDSNLP_CORPUS``, else the labelled corpus shipped in ``deedsnlp/data/corpus``."""
    env = os.environ.get("DEEDSNLP_CORPUS")
    return Path(env) if env else data_dir("corpus")
