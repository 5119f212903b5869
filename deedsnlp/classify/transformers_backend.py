"""The transformers backend: fine-tunes a local BERT-style checkpoint for sequence classification.

``model_path`` is a folder on disk holding a checkpoint and its tokenizer — typically a copy of
``bert-base-chinese`` (``config.json``, ``model.safetensors``/``pytorch_model.bin``,
``vocab.txt``/``tokenizer.json``). Nothing is ever downloaded (``local_files_only=True``).
The classifier reads :attr:`PassageExample.context_text` (heading context + passage text) and
trains with a plain PyTorch loop: AdamW, linear warm-up/decay, gradient clipping, seeded.

torch and transformers are optional (``pip install 'deedsnlp[transformers]'``) and imported
inside the methods that need them. Saved models are ``hf/`` folders written by
``save_pretrained`` — safetensors weights and the tokenizer files, no pickle.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Iterable

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted

from ..errors import ModelError
from .features import as_example

INSTALL_HINT = "pip install 'deedsnlp[transformers]'"
DEVICES = ("auto", "cpu", "cuda")


def _require():
    """``(torch, transformers)``, or an ImportError saying how to install them."""
    try:
        import torch
        import transformers
    except ImportError as exc:
        raise ImportError(f"the transformers backend needs torch and transformers ({exc}); "
                          f"install them with: {INSTALL_HINT}") from exc
    return torch, transformers


def _check_model_folder(path) -> Path:
    if path is None or str(path) == "":
        raise ValueError("model_path is required: a local checkpoint folder (e.g. a copy of bert-base-chinese)")
    folder = Path(path).expanduser()
    if not folder.exists():
        raise ModelError(f"{folder}: model folder not found (model_path must be a local checkpoint "
                         "folder; deedsnlp never downloads models)")
    if not folder.is_dir() or not (folder / "config.json").is_file():
        raise ModelError(f"{folder}: not a transformers model folder (no config.json)")
    return folder


def _texts(X) -> list[str]:
    return [as_example(x).context_text for x in X]


class TransformersSectionClassifier(ClassifierMixin, BaseEstimator):
    """Section classifier fine-tuning a local BERT-style checkpoint (scikit-learn estimator API).

    ``model_path``: the checkpoint folder; ``epochs``, ``lr`` (AdamW), ``batch_size``,
    ``max_length`` (tokens per passage, longer ones are truncated), ``seed`` (classifier head
    initialisation, dropout and shuffling), ``device`` (``"auto"``: CUDA when available, else
    CPU), ``weight_decay`` and ``warmup_ratio`` (share of the steps with a rising learning rate).

    After ``fit``: ``model_``, ``tokenizer_``, ``classes_`` (sorted labels), ``losses_`` (mean
    training loss per epoch) and ``device_``.
    """

    backend = "transformers"

    def __init__(self, model_path: str | None = None, epochs: int = 3, lr: float = 5e-5,
                 batch_size: int = 16, max_length: int = 256, seed: int = 0, device: str = "auto",
                 weight_decay: float = 0.01, warmup_ratio: float = 0.1):
        self.model_path = model_path
        self.epochs = epochs
        self.lr = lr
        self.batch_size = batch_size
        self.max_length = max_length
        self.seed = seed
        self.device = device
        self.weight_decay = weight_decay
        self.warmup_ratio = warmup_ratio

    def _check_params(self) -> None:
        for name in ("epochs", "batch_size", "max_length"):
            value = getattr(self, name)
            if not (isinstance(value, int) and value >= 1):
                raise ValueError(f"{name} must be a positive integer, got {value!r}")
        if not self.lr > 0:
            raise ValueError(f"lr must be positive, got {self.lr!r}")
        if not 0.0 <= self.warmup_ratio < 1.0:
            raise ValueError(f"warmup_ratio must be in [0, 1), got {self.warmup_ratio!r}")
        if self.device not in DEVICES:
            raise ValueError(f"device must be one of {DEVICES}, got {self.device!r}")

    def _resolve_device(self, torch):
        if self.device == "auto":
            return torch.device("cuda" if torch.cuda.is_available() else "cpu")
        if self.device == "cuda" and not torch.cuda.is_available():
            raise ValueError("device='cuda' but torch sees no CUDA device")
        return torch.device(self.device)

    def _encode(self, texts: list[str]) -> list[dict]:
        enc = self.tokenizer_(texts, truncation=True, max_length=self.max_length)
        return [{k: enc[k][i] for k in enc.keys()} for i in range(len(texts))]

    def _batches(self, features: list[dict], order: Iterable[int], torch):
        order = list(order)
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            batch = self.tokenizer_.pad([features[i] for i in idx], return_tensors="pt")
            yield idx, {k: v.to(self.device_) for k, v in batch.items()}

    # -- estimator API ----------------------------------------------------------------------
    def fit(self, X, y):
        self._check_params()
        folder = _check_model_folder(self.model_path)
        torch, transformers = _require()
        texts = _texts(X)
        y = np.asarray(y)
        if len(texts) != len(y):
            raise ValueError(f"X and y differ in length: {len(texts)} != {len(y)}")
        classes = np.unique(y).astype(str)
        if len(classes) < 2:
            raise ValueError(f"need at least two classes to fit, got {list(classes)}")

        self.device_ = self._resolve_device(torch)
        torch.manual_seed(int(self.seed))  # the new classification head is initialised here
        try:
            self.tokenizer_ = transformers.AutoTokenizer.from_pretrained(folder, local_files_only=True)
            self.model_ = transformers.AutoModelForSequenceClassification.from_pretrained(
                folder, num_labels=len(classes), local_files_only=True, ignore_mismatched_sizes=True,
                id2label={i: str(c) for i, c in enumerate(classes)},
                label2id={str(c): i for i, c in enumerate(classes)},
            )
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"{folder}: cannot load the checkpoint or its tokenizer ({exc})") from None
        self.classes_ = classes
        self.model_.to(self.device_)

        features = self._encode(texts)
        targets = torch.as_tensor(np.searchsorted(classes, y.astype(str)), dtype=torch.long)
        steps = self.epochs * math.ceil(len(features) / self.batch_size)
        warmup = int(self.warmup_ratio * steps)
        no_decay = ("bias", "LayerNorm.weight", "layer_norm.weight", "norm.weight")
        groups = [
            {"params": [p for n, p in self.model_.named_parameters() if not n.endswith(no_decay)],
             "weight_decay": self.weight_decay},
            {"params": [p for n, p in self.model_.named_parameters() if n.endswith(no_decay)],
             "weight_decay": 0.0},
        ]
        optimizer = torch.optim.AdamW(groups, lr=self.lr)
        schedule = torch.optim.lr_scheduler.LambdaLR(
            optimizer, lambda s: (s + 1) / (warmup + 1) if s < warmup else max(0.0, (steps - s) / max(1, steps - warmup)))
        shuffler = torch.Generator().manual_seed(int(self.seed))

        self.losses_ = []
        self.model_.train()
        for _ in range(self.epochs):
            total, n = 0.0, 0
            order = torch.randperm(len(features), generator=shuffler).tolist()
            for idx, batch in self._batches(features, order, torch):
                out = self.model_(**batch, labels=targets[idx].to(self.device_))
                out.loss.backward()
                torch.nn.utils.clip_grad_norm_(self.model_.parameters(), 1.0)
                optimizer.step()
                schedule.step()
                optimizer.zero_grad()
                total += out.loss.item() * len(idx)
                n += len(idx)
            self.losses_.append(total / max(1, n))
        self.model_.eval()
        return self

    def predict_proba(self, X) -> np.ndarray:
        """Probabilities, shape ``(n, len(classes_))``, columns in the order of ``classes_``."""
        check_is_fitted(self, "model_")
        torch, _ = _require()
        texts = _texts(X)
        out = np.zeros((len(texts), len(self.classes_)), dtype=np.float64)
        if not texts:
            return out
        features = self._encode(texts)
        order = sorted(range(len(features)), key=lambda i: len(features[i]["input_ids"]))  # less padding
        self.model_.eval()
        with torch.no_grad():
            for idx, batch in self._batches(features, order, torch):
                logits = self.model_(**batch).logits.float()
                out[idx] = torch.softmax(logits, dim=-1).cpu().numpy()
        return out

    def predict(self, X) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]

    # -- persistence (safetensors + tokenizer files, no pickle) ---------------------------------
    def save_files(self, folder: str | Path) -> dict:
        """Write model and tokenizer to ``folder/hf``; return the metadata for the manifest."""
        check_is_fitted(self, "model_")
        torch, transformers = _require()
        hf = Path(folder) / "hf"
        try:
            self.model_.save_pretrained(hf, safe_serialization=True)
        except TypeError:  # transformers releases where safetensors is the only format
            self.model_.save_pretrained(hf)
        self.tokenizer_.save_pretrained(hf)
        if not any(hf.glob("*.safetensors")):
            raise ModelError(f"{hf}: save_pretrained wrote no safetensors weights")
        params = self.get_params()
        params["model_path"] = str(params["model_path"]) if params["model_path"] is not None else None
        return {"labels": [str(c) for c in self.classes_], "params": params,
                "base_model": params["model_path"], "transformers_version": transformers.__version__,
                "torch_version": torch.__version__}

    @classmethod
    def load_files(cls, folder: str | Path, meta: dict) -> "TransformersSectionClassifier":
        hf = _check_model_folder(Path(folder) / "hf")
        torch, transformers = _require()
        clf = cls(**meta.get("params", {}))
        clf.device_ = clf._resolve_device(torch)
        try:
            clf.tokenizer_ = transformers.AutoTokenizer.from_pretrained(hf, local_files_only=True)
            clf.model_ = transformers.AutoModelForSequenceClassification.from_pretrained(
                hf, local_files_only=True, use_safetensors=True)
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"{hf}: cannot load the saved checkpoint ({exc})") from None
        labels = [str(c) for c in meta["labels"]]
        id2label = clf.model_.config.id2label
        if [str(id2label[i]) for i in range(len(id2label))] != labels:
            raise ModelError(f"{hf}: id2label {id2label} does not match the manifest labels {labels}")
        clf.classes_ = np.array(labels)
        clf.model_.to(clf.device_)
        clf.model_.eval()
        return clf


def build_tiny_bert(folder: str | Path, texts: Iterable[str], *, seed: int = 0, hidden_size: int = 32,
                    num_layers: int = 2, num_heads: int = 2, intermediate_size: int = 64,
                    max_position_embeddings: int = 512) -> Path:
    """Write a tiny, randomly initialised BERT and a character tokenizer into ``folder``.

    For smoke tests and benchmarks of this backend without downloading anything: the
    vocabulary is ``[PAD] [UNK] [CLS] [SEP] [MASK]`` plus every character of ``texts`` (and
    ``##`` continuations of non-CJK characters, so digits and Latin words are not ``[UNK]``).
    A real run passes a pretrained folder such as ``bert-base-chinese`` instead.
    """
    torch, transformers = _require()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    chars = sorted({c for t in texts for c in t.lower() if not c.isspace()})
    special = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    pieces = ["##" + c for c in chars if c.isascii() and c.isalnum()]
    vocab = special + chars + pieces
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizerFast(str(folder / "vocab.txt"))
    config = transformers.BertConfig(
        vocab_size=len(vocab), hidden_size=hidden_size, num_hidden_layers=num_layers,
        num_attention_heads=num_heads, intermediate_size=intermediate_size,
        max_position_embeddings=max_position_embeddings,
    )
    torch.manual_seed(seed)
    model = transformers.BertModel(config)
    try:
        model.save_pretrained(folder, safe_serialization=True)
    except TypeError:
        model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder
