"""The shipped YAML vocabularies name each key once: YAML keeps the last of two equal keys, so a
rule written twice under one name silently drops the first."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

import deedsnlp

DATA = Path(deedsnlp.__file__).parent / "data"


class _StrictLoader(yaml.SafeLoader):
    duplicates: list = []


def _mapping(loader, node, deep=False):
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    loader.duplicates += [k for k, n in Counter(map(str, keys)).items() if n > 1]
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("path", sorted(DATA.glob("*.yaml")), ids=lambda p: p.name)
def test_no_key_is_written_twice(path):
    _StrictLoader.duplicates = []
    yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)
    assert _StrictLoader.duplicates == []


def test_the_check_finds_a_key_written_twice():
    _StrictLoader.duplicates = []
    yaml.load("inline:\n  a: 1\n  b: 2\n  a: 3\n", Loader=_StrictLoader)
    assert _StrictLoader.duplicates == ["a"]


def test_an_inline_rule_naming_an_unknown_check_fails_at_load():
    from deedsnlp.clean.furniture import _rule_checks

    with pytest.raises(ValueError, match="unknown keep_if"):
        _rule_checks({"some_rule": {"regex": "x", "keep_if": "labeled_title"}})
    checks = _rule_checks({"a": {"regex": "x", "keep_if": "labelled_title"}, "b": {"regex": "y", "head_lines": 3}, "c": {"regex": "z"}})
    assert set(checks) == {"a", "b"}
