"""Facts files: validation errors name the file, the line and the bad key path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from deedsnlp.draft.facts import load_facts, parse_facts
from deedsnlp.errors import InputError

GOOD = """\
org_name: 青禾小学党支部
org_type: school
year: 2024
members:
  total: 23
  full: 21
  probationary: 2
  groups: 3
activists: 3
honors:
  - year: 2023
    title: 县级先进基层党组织
highlights:
  carriers: 支部打造党建品牌
"""


def write(tmp_path: Path, text: str, name: str = "facts.yaml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def error_of(path: Path) -> str:
    with pytest.raises(InputError) as exc:
        load_facts(path)
    return str(exc.value)


def test_good_facts(tmp_path):
    facts = load_facts(write(tmp_path, GOOD))
    assert facts.members.total == 23 and facts.unit_kind == "school"
    assert facts.honors[0].title == "县级先进基层党组织"
    assert facts.highlights == {"carriers": ["支部打造党建品牌"]}  # a string becomes a list


def test_json_facts_and_aliases(tmp_path):
    p = write(tmp_path, json.dumps({"org_name": "柳溪村党支部", "org_type": "village", "year": 2023,
                                    "members": {"total": 40, "women": 9}}, ensure_ascii=False), "facts.json")
    facts = load_facts(p)
    assert facts.members.model_extra == {"women": 9}
    assert parse_facts({"org_name": "甲小学", "org_type": "primary_school", "year": 2020}).unit_kind == "school"


def test_bad_integer_names_key_and_line(tmp_path):
    msg = error_of(write(tmp_path, GOOD.replace("total: 23", "total: abc")))
    assert msg.startswith(f"{tmp_path / 'facts.yaml'}:5: members.total: ")
    assert "valid integer" in msg and "'abc'" in msg


@pytest.mark.parametrize("change, key", [
    (("org_type: school", "org_type: factory"), "org_type: unknown unit kind 'factory'"),
    (("year: 2024", "year: 1800"), "year: "),
    (("  - year: 2023", "  - year: twenty"), "honors[0].year: "),
    (("activists: 3", "activist: 3"), "activist: unknown key"),
    (("  carriers:", "  heroes:"), "highlights: heroes: not a section label"),
    (("groups: 3", "groups: -1"), "members.groups: "),
])
def test_bad_values_name_their_key(tmp_path, change, key):
    msg = error_of(write(tmp_path, GOOD.replace(*change)))
    assert key in msg, msg


def test_missing_required_key(tmp_path):
    msg = error_of(write(tmp_path, GOOD.replace("org_name: 青禾小学党支部\n", "")))
    assert "org_name: required key is missing" in msg


def test_inconsistent_member_counts(tmp_path):
    msg = error_of(write(tmp_path, GOOD.replace("full: 21", "full: 20")))
    assert "members: total (23) is not full + probationary (20 + 2)" in msg


def test_template_blanks_are_refused(tmp_path):
    msg = error_of(write(tmp_path, GOOD.replace("县级先进基层党组织", "20xx年度先进")))
    assert "honors[0].title" in msg and "template blank" in msg
    msg = error_of(write(tmp_path, GOOD.replace("org_name: 青禾小学党支部", "org_name: 某某小学党支部")))
    assert "org_name" in msg


def test_malformed_yaml_and_json(tmp_path):
    msg = error_of(write(tmp_path, "org_name: [a\nyear: 2024\n"))
    assert "malformed YAML" in msg and "facts.yaml:" in msg
    msg = error_of(write(tmp_path, '{"org_name": "甲",\n "year": }', "facts.json"))
    assert msg.startswith(f"{tmp_path / 'facts.json'}:2: malformed JSON")
    assert "must be a mapping" in error_of(write(tmp_path, "- a\n- b\n"))
    assert "empty facts file" in error_of(write(tmp_path, "\n"))
    assert "no such file" in error_of(tmp_path / "missing.yaml")
