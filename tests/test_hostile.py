"""Hostile input: every stage of the Python API, the CLI and the web answers with the documented
input error (InputError; exit 2; a 4xx page) or a result — never another exception, a 500 or a
memory blow-up.

The failures of issue 15 reproduced here: a 400-digit number in a draft (OverflowError in
check/numbers.py, exit 1, web 500) and a facts YAML "billion laughs" (draft walked every alias
until MemoryError). The input-path cases (zip bombs, symlink loops, lone surrogates at load,
shadowed ``deedsnlp.segment``, JSONL shard limits) and implausible participant counts in logs
have their tests beside the loader and the drafting code.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import deedsnlp
from deedsnlp.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
HUGE = "9" * 400
BOMB = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
FACTS = (ROOT / "examples" / "school" / "facts.yaml").read_text(encoding="utf-8")


def _cli(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEEDSNLP_")}
    return subprocess.run([sys.executable, "-m", "deedsnlp", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env=env, input=stdin)


# -- a 400-digit number in a draft ---------------------------------------------------------------
DRAFT_HUGE = f"一、基本情况\n支部现有党员26名，其中正式党员{HUGE}万名、预备党员{HUGE}万名。\n由{HUGE}人增加到3人。\n"


def test_huge_number_is_an_input_error_in_the_api():
    from deedsnlp.check import check
    from deedsnlp.check.numbers import find_counts, implausible_counts, numeric_issues

    with pytest.raises(InputError, match="第2行"):
        check(deedsnlp.load_text(DRAFT_HUGE, "draft.md"), year=2024)
    # the numbers code never uses it (no OverflowError, no inf in a finding)
    assert all(c.value < 1e16 for c in find_counts(DRAFT_HUGE))
    assert numeric_issues(DRAFT_HUGE) == []
    assert len(implausible_counts(DRAFT_HUGE)) == 3
    # plausible large figures stay numbers: 1.2亿元 and a 15-digit amount
    assert [c.value for c in find_counts("投资1.2亿元，收入123456789012345元")] == [1.2e8, 123456789012345.0]


def test_huge_number_cli_exit_2_one_line(tmp_path):
    (tmp_path / "draft.md").write_text(DRAFT_HUGE, encoding="utf-8")
    (tmp_path / "good.md").write_text("一、基本情况\n支部现有党员26名。\n", encoding="utf-8")
    r = _cli("check", "draft.md", "--json", cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert r.stdout == "" and len(r.stderr.strip().splitlines()) == 1
    assert "draft.md" in r.stderr and "第2行" in r.stderr and "Traceback" not in r.stderr
    assert _cli("check", "good.md", "--json", cwd=tmp_path).returncode in (0, 1)


@pytest.fixture(scope="module")
def client():
    pytest.importorskip("fastapi")
    pytest.importorskip("multipart")
    from fastapi.testclient import TestClient

    from deedsnlp.web import create_app

    with TestClient(create_app(), raise_server_exceptions=False) as c:
        yield c


def test_huge_number_web_answers_4xx(client):
    r = client.post("/api/check", json={"text": DRAFT_HUGE, "year": 2024})
    assert r.status_code == 400 and "第2行" in r.json()["detail"]
    r = client.post("/api/check/file", files={"file": ("d.md", DRAFT_HUGE.encode())})
    assert r.status_code == 400 and "d.md" in r.json()["detail"]
    r = client.post("/check", data={"text": DRAFT_HUGE, "profile": "generic"})
    assert r.status_code == 400 and "第2行" in r.text


# -- a facts YAML "billion laughs" ---------------------------------------------------------------
def test_yaml_bomb_refused_before_any_walk(tmp_path):
    from deedsnlp.draft import load_facts

    (tmp_path / "bomb.yaml").write_text(BOMB, encoding="utf-8")
    with pytest.raises(InputError, match="aliases"):
        load_facts(tmp_path / "bomb.yaml")
    deep = "a: " + "[" * 5000 + "]" * 5000 + "\n"  # the composer would recurse past the stack
    (tmp_path / "deep.yaml").write_text(deep, encoding="utf-8")
    with pytest.raises(InputError, match="deeper"):
        load_facts(tmp_path / "deep.yaml")
    # anchors and aliases of ordinary size still work
    ok = FACTS.replace("highlights:\n  carriers:\n", "highlights:\n  carriers: &c\n").rstrip() + "\n  achievements: *c\n"
    (tmp_path / "ok.yaml").write_text(ok, encoding="utf-8")
    facts = load_facts(tmp_path / "ok.yaml")
    assert facts.highlights["achievements"] == facts.highlights["carriers"]


def test_yaml_bomb_cli_and_web(tmp_path, client):
    (tmp_path / "bomb.yaml").write_text(BOMB, encoding="utf-8")
    r = _cli("draft", "bomb.yaml", "-o", "out.md", cwd=tmp_path)
    assert r.returncode == 2 and "bomb.yaml" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "out.md").exists()
    r = client.post("/api/draft", files={"facts": ("facts.yaml", BOMB.encode())})
    assert 400 <= r.status_code < 500, r.text


def test_rejected_inputs_stay_small(tmp_path):
    """Peak memory of a process that refuses the bomb and the huge number: the refusal itself
    allocates next to nothing (the figure for the whole process is printed by bench/hostile.py)."""
    (tmp_path / "bomb.yaml").write_text(BOMB, encoding="utf-8")
    (tmp_path / "draft.md").write_text(DRAFT_HUGE, encoding="utf-8")
    code = (
        "import resource, sys, tracemalloc\n"
        "from deedsnlp.draft import load_facts\n"
        "from deedsnlp.errors import InputError\n"
        "tracemalloc.start()\n"
        "try:\n    load_facts('bomb.yaml')\nexcept InputError:\n    pass\n"
        "print(tracemalloc.get_traced_memory()[1])\n"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert int(r.stdout) < 50 * 2**20  # the walk that died at 6 GB now stops at the event stream


# -- a profile YAML "billion laughs" ---------------------------------------------------------------
# a user's profile file is YAML too. Unguarded, ``description: *i`` was turned into a string of 9**9
# items: MemoryError after 75 s and 2.4 GB (under a 3 GB limit). Now the facts' guard
# (deedsnlp.yamlsafe) refuses it from the event stream, before anything is loaded.
PROFILE_BOMB = BOMB.replace("a: &a", "x0: &a", 1) + "required: [study]\ndescription: *i\n"


def test_profile_yaml_bomb_refused(tmp_path):
    from deedsnlp.check.profiles import ProfileError, load_profile

    (tmp_path / "bomb.yaml").write_text(PROFILE_BOMB, encoding="utf-8")
    with pytest.raises(ProfileError, match=r"bomb\.yaml:\d+: YAML aliases expand"):
        load_profile(str(tmp_path / "bomb.yaml"))
    (tmp_path / "deep.yaml").write_text("required: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(ProfileError, match="deeper"):
        load_profile(str(tmp_path / "deep.yaml"))
    # an over-long file is refused unread
    (tmp_path / "big.yaml").write_text("# " + "x" * (2 << 20) + "\nrequired: [study]\n", encoding="utf-8")
    with pytest.raises(ProfileError, match="larger than"):
        load_profile(str(tmp_path / "big.yaml"))
    # ordinary anchors still work
    (tmp_path / "ok.yaml").write_text("profiles:\n  a: &p\n    required: [study, carriers]\n  b: *p\n",
                                      encoding="utf-8")
    prof = load_profile(str(tmp_path / "ok.yaml") + "#b")
    assert prof.required == ("study", "carriers") and prof.name == "b"


def test_profile_yaml_bomb_cli_one_line_exit_2_memory_bounded(tmp_path):
    (tmp_path / "bomb.yaml").write_text(PROFILE_BOMB, encoding="utf-8")
    (tmp_path / "draft.md").write_text("一、基本情况\n2024年，支部现有党员26名。\n", encoding="utf-8")
    # the peak of this process's own memory (VmHWM: ru_maxrss would count the forking pytest's RSS)
    code = (
        "import re, sys\n"
        "from deedsnlp.cli import main\n"
        "sys.argv = ['deedsnlp', 'check', 'draft.md', '--profile', 'bomb.yaml']\n"
        "try:\n    main()\nexcept SystemExit as e:\n    code = e.code\n"
        "peak = re.search(r'VmHWM:\\s*(\\d+)', open('/proc/self/status').read()).group(1)\n"
        "print(code, peak)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    code_, peak_kb = r.stdout.split()
    assert code_ == "2", r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "bomb.yaml" in lines[0] and "aliases" in lines[0], r.stderr
    assert int(peak_kb) < 400 * 1024  # the whole process; the unguarded load grew past gigabytes


def test_recipe_yaml_bomb_refused(tmp_path):
    from deedsnlp.pipeline.runner import Recipe

    (tmp_path / "recipe.yaml").write_text(BOMB.replace("a: &a", "x0: &a", 1) + "stages:\n  - clean: {learn: *i}\n",
                                          encoding="utf-8")
    with pytest.raises(InputError, match=r"recipe\.yaml:\d+: YAML aliases expand"):
        Recipe.from_yaml(tmp_path / "recipe.yaml")


# -- every stage with adversarial strings -------------------------------------------------------
PIECES = st.sampled_from([
    "一、", "（一）", "1、", "①", "第一章", "党支部", "加强学习", "现有党员", "名", "其中", "正式党员", "预备党员",
    "万元", "%", "由", "增加到", "人", "。", "，", "\n", "\n\n", " ", "\u3000", "**", "××", "xx",
    HUGE, "9" * 17, "1" * 400 + "名", "九" * 60 + "名", "\x00", "\ud800", "\udfff", "\u200f", "\u202e", "\u200b",
    "\ufeff", "<script>", "&nbsp;", "\r", "\t", "🎉", "𠀀",
])
ADVERSARIAL = st.one_of(
    st.lists(PIECES, max_size=40).map("".join),
    st.text(max_size=200),
)
TEN_THOUSAND_HEADINGS = "".join(f"{i}、第{i}项工作\n支部现有党员{i}名。\n" for i in range(1, 10_001))


def _stages(text: str) -> None:
    """Every stage of the Python API on ``text``; only InputError may escape."""
    from deedsnlp.check import check
    from deedsnlp.classify import classify_document
    from deedsnlp.clean import clean
    from deedsnlp.dedup import find_boilerplate, find_duplicates
    from deedsnlp.draft import compose, parse_facts, parse_log_line

    deedsnlp.segment(text)
    doc = deedsnlp.build_document(text, "hostile")
    doc.outline_tree()
    classify_document(doc)
    cleaned, _ = clean(doc)
    check(doc, year=2024)
    other = deedsnlp.build_document(text + "\n支部召开组织生活会。", "other")
    find_duplicates([doc, other])
    find_boilerplate([doc, other])
    try:
        entries = [parse_log_line("3月5日 召开支委会 " + text, 2024)]
    except ValueError:  # documented: a line it cannot use
        entries = []
    facts = parse_facts({"org_name": text.strip() or "某党支部", "org_type": "school", "year": 2024,
                         "highlights": {"carriers": [text]}})
    compose(facts, entries)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(ADVERSARIAL)
@example(TEN_THOUSAND_HEADINGS)
@example(f"支部现有党员{HUGE}名。\n")
@example("一、\u202e加强学习\u200f\n\x00支部\x00学习。\n")
@example("一、加强\ud800学习\n")
@example(f"{HUGE}\n%")  # a figure broken over lines: the refusal still reads on one line
def test_every_stage_survives_adversarial_strings(text):
    try:
        _stages(text)
    except InputError as err:
        assert str(err) and "\n" not in str(err)
