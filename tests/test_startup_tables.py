"""Tables shipped to keep start-up short stay equal to what they stand for, and the shared YAML
helper loads what PyYAML's safe loader loads (bench/startup.py prints the start-up figures)."""

from __future__ import annotations

import doctest
from importlib import resources

import pytest
import yaml

import deedsnlp.yamlsafe as yamlsafe
from deedsnlp.normalize import traditional_chars, traditional_chars_from_opencc


def test_traditional_table_is_what_opencc_changes():
    pytest.importorskip("opencc_purepy")
    shipped = traditional_chars()
    assert shipped == traditional_chars_from_opencc(), (
        "deedsnlp/data/traditional_chars.txt is out of date: run "
        "python -c 'from deedsnlp.normalize import write_traditional_chars; write_traditional_chars()'")
    assert {"國", "學", "黨", "習"} <= shipped and not {"国", "学", "党", "习"} & shipped


def test_cleaner_uses_the_table():
    pytest.importorskip("opencc_purepy")
    from deedsnlp.clean.cleaner import simplified_view

    assert simplified_view("黨支部組織學習") == "党支部组织学习"
    assert simplified_view("党支部组织学习") == "党支部组织学习"


@pytest.mark.parametrize("name", sorted(p.name for p in resources.files("deedsnlp.data").iterdir()
                                        if p.name.endswith(".yaml")))
def test_fast_loader_reads_shipped_yaml_as_safe_load(name):
    text = resources.files("deedsnlp.data").joinpath(name).read_text("utf-8")
    assert yamlsafe.safe_load(text) == yaml.safe_load(text)


def test_yamlsafe_examples():
    result = doctest.testmod(yamlsafe, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
