"""deedsnlp — NLP toolkit for Chinese deeds reports (先进事迹材料).

Heavy parts load lazily: importing the package is cheap.

>>> from deedsnlp import load_text
>>> [h.title for h in load_text("一、加强学习\\n支部坚持学习。").outline]
['加强学习']
"""

from __future__ import annotations

__version__ = "0.1.0"

import sys as _sys
from types import ModuleType as _ModuleType

from .errors import DeedsError, InputError, ModelError

#: names the package re-exports, imported on first use (``deedsnlp --help`` needs none of them)
_LAZY = {"Document": ".document", "Finding": ".document", "Heading": ".document", "Passage": ".document",
         "build_document": ".loader", "load": ".loader", "load_text": ".loader", "iter_documents": ".io"}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def nlp(backend: str = "auto", lexicons=()):
    """``spacy.blank("zh")`` with the jieba segmenter and the domain lexicon (see :mod:`deedsnlp.spacy_zh`)."""
    from .spacy_zh import nlp as _nlp

    return _nlp(backend=backend, lexicons=lexicons)


def segment(text: str, **kwargs) -> list[str]:
    """Words of ``text`` with the domain lexicon."""
    from .segment import segment as _segment

    return _segment(text, **kwargs)


class _Package(_ModuleType):
    """The package module: importing a submodule (``deedsnlp.segment``, loaded by :func:`nlp` or the
    classifier) must not replace the function of the same name on the package; the submodule
    stays reachable in ``sys.modules`` and through ``from deedsnlp.segment import ...``."""

    def __setattr__(self, name, value):
        if name in _FUNCTIONS and isinstance(value, _ModuleType) and callable(self.__dict__.get(name)):
            return
        super().__setattr__(name, value)


_FUNCTIONS = frozenset({"nlp", "segment"})
_sys.modules[__name__].__class__ = _Package

__all__ = [
    "Document", "Finding", "Heading", "Passage", "DeedsError", "InputError", "ModelError",
    "build_document", "iter_documents", "load", "load_text", "nlp", "segment", "__version__",
]
