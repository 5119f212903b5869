"""Evaluation: per-label precision/recall/F1 and a confusion matrix (printed and as PNG)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .corpus import LabelledDocument
from .labels import LABELS
from .predict import predict_document


@dataclass
class Evaluation:
    labels: list[str]
    gold: list[str]
    pred: list[str]
    per_label: dict[str, dict[str, float]] = field(default_factory=dict)
    macro_f1: float = 0.0
    accuracy: float = 0.0
    confusion: np.ndarray | None = None

    def to_dict(self) -> dict:
        return {"macro_f1": self.macro_f1, "accuracy": self.accuracy, "n": len(self.gold),
                "per_label": self.per_label, "labels": self.labels,
                "confusion": self.confusion.tolist() if self.confusion is not None else None}


def evaluate_documents(model, docs: list[LabelledDocument], *, smooth: bool = True) -> Evaluation:
    from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

    gold, pred = [], []
    for d in docs:
        labels, _ = predict_document(d.document, model, smooth=smooth)
        gold.extend(d.labels)
        pred.extend(labels)
    labels = [l for l in LABELS if l in set(gold) | set(pred)]
    p, r, f, s = precision_recall_fscore_support(gold, pred, labels=labels, zero_division=0)
    ev = Evaluation(labels, gold, pred)
    ev.per_label = {l: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]), "support": int(s[i])}
                    for i, l in enumerate(labels)}
    ev.macro_f1 = float(np.mean(f)) if len(f) else 0.0
    ev.accuracy = float(np.mean([g == q for g, q in zip(gold, pred)])) if gold else 0.0
    ev.confusion = confusion_matrix(gold, pred, labels=labels)
    return ev


def plot_confusion(ev: Evaluation, path: str | Path, title: str = "section classifier") -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    cm = ev.confusion
    fig, ax = plt.subplots(figsize=(7.5, 6.5), dpi=110)
    ax.imshow(cm, cmap="Blues")
    ax.set_xticks(range(len(ev.labels)), ev.labels, rotation=45, ha="right")
    ax.set_yticks(range(len(ev.labels)), ev.labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    for i in range(cm.shape[0]):
        for j in range(cm.shape[1]):
            if cm[i, j]:
                ax.text(j, i, str(cm[i, j]), ha="center", va="center",
                        color="white" if cm[i, j] > cm.max() / 2 else "black", fontsize=8)
    ax.set_title(f"{title}: macro-F1 {ev.macro_f1:.3f}, accuracy {ev.accuracy:.3f}")
    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return path
