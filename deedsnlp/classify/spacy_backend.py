"""The spaCy backend: a ``textcat`` component (exclusive classes) on ``spacy.blank("zh")``.

The pipeline comes from a spaCy config file — by default ``spacy_textcat.cfg`` beside this
module: the deedsnlp jieba tokenizer with the domain lexicon (``deedsnlp.ChineseTokenizer.v1``)
and a bag-of-words textcat over word unigrams and bigrams, which trains in seconds on CPU. The
classifier reads :attr:`PassageExample.context_text` — ``parent / heading｜text`` — so heading
context counts, and trains with ``nlp.initialize`` + ``nlp.update`` over shuffled minibatches
of :class:`spacy.training.Example` objects with a fixed seed.

Saved with :func:`deedsnlp.classify.store.save_model` as an ordinary spaCy pipeline folder
(``spacy/``: config, JSON and msgpack files, no pickle).
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted

from ..errors import ModelError
from .features import as_example

DEFAULT_CONFIG = Path(__file__).with_name("spacy_textcat.cfg")
COMPONENT = "textcat"


def _texts(X) -> list[str]:
    return [as_example(x).context_text for x in X]


class SpacySectionClassifier(ClassifierMixin, BaseEstimator):
    """Section classifier on a spaCy ``textcat`` pipeline, with the scikit-learn estimator API.

    Parameters override the ``[training]`` values of the config file: ``n_epochs`` passes over
    the training data, ``dropout``, ``batch_size`` (passages per update), the Adam
    ``learn_rate`` and the ``seed`` of weight initialisation and shuffling. ``config`` is the
    path of another spaCy config (``None``: the shipped ``spacy_textcat.cfg``).

    After ``fit``: ``nlp_`` (the trained :class:`spacy.Language`), ``classes_`` (sorted labels)
    and ``losses_`` (the textcat loss of each epoch).

    >>> clf = SpacySectionClassifier(n_epochs=20).fit(
    ...     ["组织党员学习党的二十大精神", "严格落实三会一课制度", "组织党员开展志愿服务", "学习党章党规"],
    ...     ["study", "institutions", "carriers", "study"])
    >>> str(clf.predict(["深入学习二十大精神"])[0])
    'study'
    """

    backend = "spacy"

    def __init__(self, n_epochs: int = 10, dropout: float = 0.2, batch_size: int = 16,
                 learn_rate: float = 0.002, seed: int = 0, config: str | None = None):
        self.n_epochs = n_epochs
        self.dropout = dropout
        self.batch_size = batch_size
        self.learn_rate = learn_rate
        self.seed = seed
        self.config = config

    def _check_params(self) -> None:
        if not (isinstance(self.n_epochs, int) and self.n_epochs >= 1):
            raise ValueError(f"n_epochs must be a positive integer, got {self.n_epochs!r}")
        if not 0.0 <= self.dropout < 1.0:
            raise ValueError(f"dropout must be in [0, 1), got {self.dropout!r}")
        if not (isinstance(self.batch_size, int) and self.batch_size >= 1):
            raise ValueError(f"batch_size must be a positive integer, got {self.batch_size!r}")
        if not self.learn_rate > 0:
            raise ValueError(f"learn_rate must be positive, got {self.learn_rate!r}")

    def _load_config(self):
        from spacy.util import load_config

        path = Path(self.config) if self.config else DEFAULT_CONFIG
        if not path.is_file():
            raise ModelError(f"{path}: spaCy config file not found")
        overrides = {
            "system.seed": int(self.seed),
            "training.max_epochs": int(self.n_epochs),
            "training.dropout": float(self.dropout),
            "training.batcher.size": int(self.batch_size),
            "training.optimizer.learn_rate": float(self.learn_rate),
        }
        return load_config(path, overrides=overrides, interpolate=False)

    # -- estimator API ----------------------------------------------------------------------
    def fit(self, X, y):
        from spacy.training import Example
        from spacy.util import fix_random_seed, load_model_from_config, registry

        from ..spacy_zh import register

        self._check_params()
        texts = _texts(X)
        y = np.asarray(y)
        if len(texts) != len(y):
            raise ValueError(f"X and y differ in length: {len(texts)} != {len(y)}")
        classes = np.unique(y)
        if len(classes) < 2:
            raise ValueError(f"need at least two classes to fit, got {list(classes)}")

        register()
        config = self._load_config()
        fix_random_seed(int(self.seed))
        nlp = load_model_from_config(config, auto_fill=True, validate=True)
        if COMPONENT not in nlp.pipe_names:
            raise ModelError(f"{self.config}: the pipeline has no {COMPONENT!r} component")
        textcat = nlp.get_pipe(COMPONENT)
        for label in classes:
            textcat.add_label(str(label))

        # Tokenize once; every epoch reuses the same Example objects.
        docs = nlp.tokenizer.pipe(texts)
        examples = [
            Example.from_dict(doc, {"cats": {str(c): float(c == label) for c in classes}})
            for doc, label in zip(docs, y)
        ]
        training = nlp.config.interpolate()["training"]
        batcher = registry.resolve({"batcher": training["batcher"]})["batcher"]
        optimizer = nlp.initialize(lambda: examples)
        rng = random.Random(int(self.seed))
        self.losses_ = []
        order = list(examples)
        for _ in range(int(training["max_epochs"])):
            rng.shuffle(order)
            losses: dict[str, float] = {}
            for batch in batcher(order):
                nlp.update(batch, drop=float(training["dropout"]), sgd=optimizer, losses=losses)
            self.losses_.append(float(losses.get(COMPONENT, 0.0)))
        self.nlp_ = nlp
        self.classes_ = classes.astype(str)
        return self

    def predict_proba(self, X) -> np.ndarray:
        """Probabilities, shape ``(n, len(classes_))``, columns in the order of ``classes_``."""
        check_is_fitted(self, "nlp_")
        texts = _texts(X)
        out = np.zeros((len(texts), len(self.classes_)), dtype=np.float64)
        labels = [str(c) for c in self.classes_]
        for i, doc in enumerate(self.nlp_.pipe(texts, batch_size=256)):
            out[i] = [doc.cats[c] for c in labels]
        return out

    def predict(self, X) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]

    # -- persistence (a spaCy pipeline folder: config, JSON, msgpack) ---------------------------
    def save_files(self, folder: str | Path) -> dict:
        """Write the pipeline to ``folder/spacy``; return the metadata for the manifest."""
        import spacy

        check_is_fitted(self, "nlp_")
        self.nlp_.to_disk(Path(folder) / "spacy")
        return {"labels": [str(c) for c in self.classes_], "params": self.get_params(),
                "spacy_version": spacy.__version__}

    @classmethod
    def load_files(cls, folder: str | Path, meta: dict) -> "SpacySectionClassifier":
        import spacy

        from ..spacy_zh import register

        path = Path(folder) / "spacy"
        if not (path / "config.cfg").is_file():
            raise ModelError(f"{path}: not a spaCy pipeline folder (no config.cfg)")
        register()
        try:
            nlp = spacy.load(path)
        except (OSError, ValueError) as exc:
            raise ModelError(f"{path}: cannot load the spaCy pipeline ({exc})") from None
        labels = [str(c) for c in meta["labels"]]
        if COMPONENT not in nlp.pipe_names or sorted(nlp.get_pipe(COMPONENT).labels) != sorted(labels):
            raise ModelError(f"{path}: textcat labels do not match the manifest {labels}")
        clf = cls(**meta.get("params", {}))
        clf.nlp_ = nlp
        clf.classes_ = np.array(labels)
        return clf
