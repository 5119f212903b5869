"""The default backend: TF-IDF over lexicon-aware words, character n-grams and heading context,
a multinomial logistic regression, and temperature scaling for calibrated probabilities.

Prediction is numpy only (no scikit-learn or scipy import): the model is the vectorizer state,
the coefficients and a traditional → simplified character table, stored as JSON and numpy arrays.
scikit-learn is imported inside :meth:`LinearSectionClassifier.fit`.
"""

from __future__ import annotations

import numpy as np

from .base import EstimatorMixin
from .features import as_example, feature_text, neighbour_rows, passage_features, t2s_table, title_shaped

#: the two parts ``other`` is learned as (see :meth:`LinearSectionClassifier._internal_labels`)
OTHER_PARTS = ("other:furniture", "other:discourse")
from .vectorize import PassageVectorizer


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(scores: np.ndarray, y_idx: np.ndarray) -> float:
    """The temperature T minimizing the negative log-likelihood of softmax(scores / T)."""
    best_t, best_nll = 1.0, np.inf
    for t in np.exp(np.linspace(np.log(0.05), np.log(10.0), 80)):
        p = _softmax(scores / t)
        nll = -np.mean(np.log(p[np.arange(len(y_idx)), y_idx] + 1e-12))
        if nll < best_nll:
            best_t, best_nll = float(t), nll
    return best_t


class LinearSectionClassifier(EstimatorMixin):
    """Section classifier following the scikit-learn estimator API.

    ``X`` is a list of :class:`~deedsnlp.classify.features.PassageExample` (or plain strings,
    without context); ``min_df``: the fewest training passages a word or n-gram must occur in to get
    a column. ``fit`` learns ``vectorizer_``, ``coef_``, ``intercept_``, ``classes_``,
    ``temperature_`` and ``t2s_`` (traditional characters are read as simplified ones; pinyin
    glosses and half-width punctuation are normalized the same way). With ``split_other``,
    ``other`` is learned as two columns (``sub_classes_``: titles/bylines and closings/background)
    and predicted as the one label ``other``. ``context_words``: how many opening words of the
    previous and next passage are features of a passage (0: none; examples from
    :func:`~deedsnlp.classify.features.examples_from_document` carry their neighbours' texts).
    ``end_cue``: whether the last passage of a document has a feature saying so (off: scraped pages
    are excerpts, their last passage is any paragraph; in the corpus it is a closing or signature).

    >>> clf = LinearSectionClassifier(calibrate=False, min_df=1).fit(
    ...     ["组织党员学习党的二十大精神", "严格落实三会一课制度", "组织党员开展志愿服务", "学习党章党规"],
    ...     ["study", "institutions", "carriers", "study"])
    >>> str(clf.predict(["深入學習二十大精神"])[0])
    'study'
    """

    backend = "sklearn"

    def __init__(self, C: float = 8.0, max_iter: int = 300, calibrate: bool = True,
                 segmenter_backend: str = "auto", random_state: int = 0, min_df: int = 2,
                 split_other: bool = True, context_words: int = 20, end_cue: bool = False):
        self.end_cue = end_cue
        self.context_words = context_words
        self.split_other = split_other
        self.min_df = min_df
        self.C = C
        self.max_iter = max_iter
        self.calibrate = calibrate
        self.segmenter_backend = segmenter_backend
        self.random_state = random_state

    # -- features -------------------------------------------------------------------------
    def _words(self):
        from ..segment import get_segmenter

        seg = get_segmenter(backend=self.segmenter_backend)
        return seg.cut

    def _inputs(self, X) -> tuple[list[str], list[list[str]], tuple[list[int], list[int]] | None]:
        words = self._words()
        cache: dict = {}
        t2s = getattr(self, "t2s_", None) or None
        exs = [as_example(x) for x in X]
        texts = [feature_text(e, t2s) for e in exs]
        context = getattr(self, "context_words", 0)
        end_cue = getattr(self, "end_cue", True)
        tokens = [passage_features(e, words, cache, text=t, t2s=t2s, context_words=context, end_cue=end_cue)
                  for e, t in zip(exs, texts)]
        return texts, tokens, neighbour_rows(exs) if context else None

    def _logreg(self):
        from sklearn.linear_model import LogisticRegression

        # saga converges in a fraction of lbfgs's time on these sparse TF-IDF features
        return LogisticRegression(C=self.C, solver="saga", tol=1e-3, max_iter=self.max_iter,
                                  class_weight="balanced", random_state=self.random_state)

    # -- estimator API ----------------------------------------------------------------------
    def _internal_labels(self, X, y: np.ndarray) -> np.ndarray:
        """``other`` split in two for training (:data:`OTHER_PARTS`): furniture — headings and
        title-shaped lines (titles, bylines, dates, signatures) — and discourse — closings,
        background, salutations. They look nothing alike: one linear class for both lets the
        titles' words (党支部, 先进事迹) pull short body sentences into ``other``."""
        if not self.split_other or "other" not in set(y.tolist()):
            return y
        parts = [(OTHER_PARTS[0] if e.is_heading or title_shaped(e.text) else OTHER_PARTS[1]) if label == "other"
                 else label for e, label in zip(map(as_example, X), y.tolist())]
        counts = dict(zip(*np.unique(parts, return_counts=True)))
        if min(counts.get(OTHER_PARTS[0], 0), counts.get(OTHER_PARTS[1], 0)) < 3:  # too few to learn apart
            return y
        return np.asarray(parts)

    def _set_classes(self, sub_classes) -> None:
        """The model's columns (``sub_classes_``) and the labels it predicts (``classes_``)."""
        self.sub_classes_ = np.asarray([str(c) for c in sub_classes])
        public = [c.split(":", 1)[0] for c in self.sub_classes_]
        self.classes_ = np.array(sorted(set(public)))
        self.merge_ = np.searchsorted(self.classes_, public)

    def fit(self, X, y):
        from sklearn.model_selection import StratifiedKFold

        y = self._internal_labels(X, np.asarray(y))
        self.t2s_ = t2s_table()
        texts, tokens, near = self._inputs(X)
        self.vectorizer_ = PassageVectorizer(min_df=self.min_df, context=self.context_words).fit(texts, tokens)
        M = self.vectorizer_.transform(texts, tokens, near)
        lr = self._logreg().fit(M, y)
        self._set_classes(lr.classes_)
        self.coef_ = lr.coef_.astype(np.float32)
        self.intercept_ = lr.intercept_.astype(np.float32)
        self.temperature_ = 1.0
        if self.calibrate and len(set(y)) > 1 and min(np.unique(y, return_counts=True)[1]) >= 3:
            scores = np.zeros((len(y), len(self.sub_classes_)), dtype=np.float64)
            folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=self.random_state)
            for tr, te in folds.split(M, y):
                m = self._logreg().fit(M[tr], y[tr])
                cols = [list(self.sub_classes_).index(c) for c in m.classes_]
                scores[np.ix_(te, cols)] = m.decision_function(M[te])
            y_idx = np.searchsorted(self.sub_classes_, y)
            self.temperature_ = fit_temperature(scores, y_idx)
        return self

    def decision_function(self, X) -> np.ndarray:
        self._check_fitted("coef_")
        X = list(X)
        rows, cols, data = self.vectorizer_.transform_arrays(*self._inputs(X))
        # sparse rows times dense coefficients, numpy only: the coefficient rows of the non-zero
        # columns (one gather for all classes), weighted by the values and summed per passage
        # (the entries are sorted by row: one reduceat over the row starts)
        out = np.zeros((len(X), len(self.coef_)), dtype=np.float64)
        if len(rows):
            weighted = self._coef_by_column().take(cols, axis=0)
            weighted *= data[:, None]
            counts = np.bincount(rows, minlength=len(X))
            starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
            present = counts > 0
            out[present] = np.add.reduceat(weighted, starts[present], axis=0)
        out += self.intercept_
        merge = getattr(self, "merge_", None)
        if merge is None or len(merge) == len(self.classes_):
            return out
        # a label learned as several columns (``other``): T·logsumexp(s/T) of its columns, so that
        # softmax(score / T) is the sum of the columns' probabilities
        t = self.temperature_
        merged = np.empty((len(out), len(self.classes_)))
        for k in range(len(self.classes_)):
            cols = np.flatnonzero(merge == k)
            if len(cols) == 1:
                merged[:, k] = out[:, cols[0]]
            else:
                z = out[:, cols] / t
                top = z.max(axis=1, keepdims=True)
                merged[:, k] = t * (top[:, 0] + np.log(np.exp(z - top).sum(axis=1)))
        return merged

    def _coef_by_column(self) -> np.ndarray:
        """``coef_`` transposed, one contiguous row of class weights per feature column (cached)."""
        cached = getattr(self, "_coef_t", None)
        if cached is None or cached[0] is not self.coef_:
            cached = self._coef_t = (self.coef_, np.ascontiguousarray(self.coef_.T, dtype=np.float32))
        return cached[1]

    def predict_proba(self, X) -> np.ndarray:
        return _softmax(self.decision_function(X) / self.temperature_)

    def predict(self, X) -> np.ndarray:
        return self.classes_[np.argmax(self.decision_function(X), axis=1)]

    # -- persistence (JSON + numpy, no pickle) ------------------------------------------------
    def to_arrays(self) -> tuple[dict, dict[str, np.ndarray]]:
        self._check_fitted("coef_")
        meta = {"params": self.get_params(), "classes": [str(c) for c in self.classes_],
                "temperature": self.temperature_}
        sub = [str(c) for c in getattr(self, "sub_classes_", self.classes_)]
        if sub != meta["classes"]:
            meta["sub_classes"] = sub  # the columns of coef: labels learned in parts (other:…)
        t2s = getattr(self, "t2s_", None) or {}  # {} before this table existed: punctuation only
        arrays = dict(self.vectorizer_.state(), coef=self.coef_, intercept=self.intercept_,
                      t2s=np.array(["".join(chr(k) for k in t2s), "".join(t2s.values())], dtype=np.str_))
        return meta, arrays

    @classmethod
    def from_arrays(cls, meta: dict, arrays: dict[str, np.ndarray]) -> "LinearSectionClassifier":
        # models saved before neighbour features existed read no context (context_words 0), models
        # saved before the end-of-document cue was dropped read it (end_cue True)
        clf = cls(**{"context_words": 0, "end_cue": True, **meta["params"]})
        clf.vectorizer_ = PassageVectorizer.from_state(arrays)
        clf._set_classes(meta.get("sub_classes") or meta["classes"])
        clf.coef_ = arrays["coef"].astype(np.float32)
        clf.intercept_ = arrays["intercept"].astype(np.float32)
        clf.temperature_ = float(meta["temperature"])
        clf.t2s_ = {}
        if "t2s" in arrays:
            src, dst = (str(x) for x in arrays["t2s"])
            clf.t2s_ = {ord(a): b for a, b in zip(src, dst)} or None
        return clf
