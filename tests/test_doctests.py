"""The docstring examples of the foundation and classifier modules run as tests."""

import doctest
import importlib

import pytest

MODULES = ["deedsnlp", "deedsnlp.errors", "deedsnlp.normalize", "deedsnlp.loader", "deedsnlp.segment",
           "deedsnlp.spacy_zh", "deedsnlp.classify.linear", "deedsnlp.text.captions", "deedsnlp.text.scripts",
           "deedsnlp.text.pinyin", "deedsnlp.classify.features", "deedsnlp.outline", "deedsnlp.clean.structure",
           "deedsnlp.clean.furniture", "deedsnlp.clean.captionmodel"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
