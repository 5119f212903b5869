"""The spaCy and transformers section-classifier backends: training on a small slice of the
labelled corpus, the shared estimator interface, and save/load round trips through the manifest.

The transformers test builds a tiny random BERT with a character vocabulary from the corpus in a
temporary folder, so it needs no download; it is skipped when torch/transformers are missing.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections import Counter

import numpy as np
import pytest

from deedsnlp.classify import LABELS, make_classifier
from deedsnlp.classify.corpus import load_corpus, xy
from deedsnlp.classify.store import read_manifest, save_model, load_model
from deedsnlp.errors import ModelError

HAS_TORCH = all(importlib.util.find_spec(m) is not None for m in ("torch", "transformers"))


@pytest.fixture(scope="module")
def small_corpus():
    """8 training documents and the passages of 3 held-out test documents."""
    train = load_corpus(splits=("train",))[:8]
    test = load_corpus(splits=("test",))[:3]
    X, y = xy(train)
    X_test, y_test = xy(test)
    return X, y, X_test, y_test


def check_interface(clf, X_test, y):
    proba = clf.predict_proba(X_test)
    pred = clf.predict(X_test)
    assert list(clf.classes_) == sorted(set(y))
    assert set(clf.classes_) <= set(LABELS)
    assert proba.shape == (len(X_test), len(clf.classes_))
    assert np.allclose(proba.sum(axis=1), 1.0, atol=1e-5)
    assert pred.shape == (len(X_test),)
    assert list(pred) == list(clf.classes_[proba.argmax(axis=1)])
    return proba, pred


def assert_no_pickle(folder):
    """No pickle-based files (spaCy's ``lookups.bin`` is msgpack; torch's ``*.bin`` is pickle)."""
    names = [p.name for p in folder.rglob("*") if p.is_file()]
    pickled = [n for n in names if n.endswith((".pkl", ".pickle", ".pt", ".pth", ".joblib"))
               or n in ("pytorch_model.bin", "training_args.bin")]
    assert not pickled, names


# -- spaCy ----------------------------------------------------------------------------------------

@pytest.mark.slow
def test_spacy_backend_trains_predicts_and_round_trips(small_corpus, tmp_path):
    X, y, X_test, y_test = small_corpus
    clf = make_classifier("spacy", n_epochs=2, seed=0)
    assert clf.backend == "spacy"
    clf.fit(X, y)
    assert len(clf.losses_) == 2 and clf.losses_[1] < clf.losses_[0]
    proba, pred = check_interface(clf, X_test, y)

    accuracy = float(np.mean(pred == np.asarray(y_test)))
    majority = Counter(y_test).most_common(1)[0][1] / len(y_test)
    assert accuracy >= max(0.5, 2 * majority), (accuracy, majority)

    folder = save_model(clf, tmp_path / "spacy_model")
    manifest = read_manifest(folder)
    assert manifest["backend"] == "spacy"
    assert manifest["meta"]["labels"] == list(clf.classes_)
    assert "spacy/config.cfg" in manifest["files"]
    assert_no_pickle(folder)
    loaded = load_model(folder)
    assert type(loaded).__name__ == "SpacySectionClassifier"
    assert loaded.get_params() == clf.get_params()
    assert list(loaded.classes_) == list(clf.classes_)
    assert np.array_equal(loaded.predict_proba(X_test), proba)
    assert list(loaded.predict(X_test)) == list(pred)


@pytest.mark.slow
def test_spacy_backend_is_seeded(small_corpus):
    X, y, X_test, _ = small_corpus
    a = make_classifier("spacy", n_epochs=1, seed=3).fit(X[:80], y[:80])
    b = make_classifier("spacy", n_epochs=1, seed=3).fit(X[:80], y[:80])
    assert np.array_equal(a.predict_proba(X_test[:20]), b.predict_proba(X_test[:20]))


def test_spacy_backend_checks_parameters():
    with pytest.raises(ValueError, match="n_epochs"):
        make_classifier("spacy", n_epochs=0).fit(["学习", "制度"], ["study", "institutions"])
    with pytest.raises(ValueError, match="two classes"):
        make_classifier("spacy").fit(["学习", "学习党章"], ["study", "study"])
    with pytest.raises(ModelError, match="no-such.cfg"):
        make_classifier("spacy", config="no-such.cfg").fit(["学习", "制度"], ["study", "institutions"])


# -- transformers ---------------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.skipif(not HAS_TORCH, reason="torch/transformers not installed (pip install 'deedsnlp[transformers]')")
def test_transformers_backend_tiny_bert(small_corpus, tmp_path):
    from deedsnlp.classify.transformers_backend import build_tiny_bert

    X, y, X_test, _ = small_corpus
    bert = build_tiny_bert(tmp_path / "tiny-bert", [x.context_text for x in X + X_test], seed=0,
                           hidden_size=32, num_layers=2, num_heads=2, intermediate_size=64)
    assert (bert / "config.json").is_file() and (bert / "vocab.txt").is_file()

    clf = make_classifier("transformers", model_path=str(bert), epochs=1, batch_size=16,
                          max_length=128, seed=0, device="cpu")
    assert clf.backend == "transformers"
    clf.fit(X, y)
    assert len(clf.losses_) == 1 and np.isfinite(clf.losses_[0])
    assert clf.model_.config.id2label == {i: c for i, c in enumerate(clf.classes_)}
    proba, pred = check_interface(clf, X_test, y)

    folder = save_model(clf, tmp_path / "tf_model")
    manifest = read_manifest(folder)
    assert manifest["backend"] == "transformers"
    assert "hf/model.safetensors" in manifest["files"]
    assert_no_pickle(folder)
    loaded = load_model(folder)
    assert list(loaded.classes_) == list(clf.classes_)
    assert np.array_equal(loaded.predict_proba(X_test), proba)
    assert list(loaded.predict(X_test)) == list(pred)


def test_transformers_backend_missing_model_path_is_a_clear_error(tmp_path):
    from deedsnlp.classify.transformers_backend import TransformersSectionClassifier

    missing = tmp_path / "no-such-bert"
    with pytest.raises(ModelError, match="no-such-bert.*not found"):
        TransformersSectionClassifier(model_path=str(missing)).fit(["学习", "制度"], ["study", "institutions"])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ModelError, match="not a transformers model folder"):
        TransformersSectionClassifier(model_path=str(empty)).fit(["学习", "制度"], ["study", "institutions"])
    with pytest.raises(ValueError, match="model_path is required"):
        TransformersSectionClassifier().fit(["学习", "制度"], ["study", "institutions"])


def test_backend_modules_import_nothing_heavy():
    code = ("import sys, deedsnlp.classify.transformers_backend, deedsnlp.classify.spacy_backend; "
            "print(sorted(m for m in ('torch', 'transformers', 'spacy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
