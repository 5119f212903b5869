"""The scikit-learn estimator protocol without importing scikit-learn.

Prediction must start fast (``deedsnlp check`` loads the shipped model on every run), so the
default backend does not inherit from ``sklearn.base.BaseEstimator``: this mixin gives it the
same ``get_params``/``set_params``/``score`` contract, which ``sklearn.base.clone`` and
``GridSearchCV`` rely on. scikit-learn itself is imported only to train.
"""

from __future__ import annotations

import inspect

import numpy as np


class NotFittedError(ValueError, AttributeError):
    """Raised when a classifier is used before ``fit`` (same bases as scikit-learn's)."""


class EstimatorMixin:
    """``get_params``/``set_params``/``score``/``repr`` from the ``__init__`` signature."""

    _estimator_type = "classifier"

    @classmethod
    def _param_names(cls) -> list[str]:
        sig = inspect.signature(cls.__init__)
        return sorted(p.name for p in sig.parameters.values()
                      if p.name != "self" and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD))

    def get_params(self, deep: bool = True) -> dict:
        return {name: getattr(self, name) for name in self._param_names()}

    def set_params(self, **params):
        valid = set(self._param_names())
        for name, value in params.items():
            if name not in valid:
                raise ValueError(f"invalid parameter {name!r} for {type(self).__name__}; valid: {sorted(valid)}")
            setattr(self, name, value)
        return self

    def score(self, X, y) -> float:
        """Accuracy of ``predict(X)`` against ``y``."""
        return float(np.mean(np.asarray(self.predict(X)) == np.asarray(y)))

    def __repr__(self) -> str:
        params = ", ".join(f"{k}={v!r}" for k, v in self.get_params().items())
        return f"{type(self).__name__}({params})"

    def _check_fitted(self, attribute: str) -> None:
        if not hasattr(self, attribute):
            raise NotFittedError(f"this {type(self).__name__} is not fitted yet: call fit first")
