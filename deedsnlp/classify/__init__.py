"""Section classifier: tags every passage of a deeds report with its section label.

Backends share one scikit-learn style interface (``fit``, ``predict``, ``predict_proba``,
``classes_``, ``save``/``load``): :class:`~deedsnlp.classify.linear.LinearSectionClassifier`
(default, shipped as package data in ``deedsnlp/data/models/``), the spaCy ``textcat`` backend and the transformers backend.
"""

from __future__ import annotations

from .labels import LABEL_NAMES, LABELS
from .features import PassageExample, examples_from_document

__all__ = ["LABELS", "LABEL_NAMES", "PassageExample", "examples_from_document", "load_model",
           "default_model_path", "classify_document", "classify_documents", "make_classifier", "BACKENDS"]

BACKENDS = ("sklearn", "spacy", "transformers")


def make_classifier(backend: str = "sklearn", **params):
    """A new, unfitted classifier of ``backend``."""
    if backend == "sklearn":
        from .linear import LinearSectionClassifier

        return LinearSectionClassifier(**params)
    if backend == "spacy":
        from .spacy_backend import SpacySectionClassifier

        return SpacySectionClassifier(**params)
    if backend == "transformers":
        from .transformers_backend import TransformersSectionClassifier

        return TransformersSectionClassifier(**params)
    raise ValueError(f"backend must be one of {BACKENDS}, got {backend!r}")


def default_model_path():
    from .store import default_model_path as _p

    return _p()


def load_model(path=None):
    """Load a saved classifier of any backend (the shipped default when ``path`` is None)."""
    from .store import load_model as _load

    return _load(path)


def classify_documents(docs, model=None, *, smooth: bool = True, workers: int = 1):
    """Label a stream of documents (batched prediction); yields them labelled, in input order
    (``workers`` > 1: predicted in that many forked processes)."""
    from .predict import classify_documents as _cds

    return _cds(docs, model, smooth=smooth, workers=workers)


def classify_document(doc, model=None, *, smooth: bool = True):
    """Label the passages of ``doc`` in place (``passage.label``/``score``) and return it."""
    from .predict import classify_document as _cd

    return _cd(doc, model, smooth=smooth)
