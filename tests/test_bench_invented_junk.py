"""The invented-junk sets of bench/clean.py load, and the bench puts each piece where it says."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import _invented_junk  # noqa: E402

from deedsnlp.clean import Cleaner  # noqa: E402

PLACES = {"line", "head", "foot", "inline", "lead", "tail"}


def test_four_sets_of_pieces_with_a_kind_and_a_place():
    sets = _invented_junk.sets()
    assert [name for name, _ in sets] == ["set1", "set2", "set3", "set4"]
    for _, pieces in sets:
        assert len(pieces) == 400
        assert {p["where"] for p in pieces} <= PLACES
        assert len({p["kind"] for p in pieces}) == 16
        assert all(p["text"].strip() and "\n" not in p["text"] for p in pieces)


DOCS = {
    "a": ["松岭镇卫生院党支部先进事迹材料", "松岭镇卫生院党支部现有党员二十六名，支部坚持把党建工作融入医疗服务全过程，成效明显。",
          "支部每月开展一次主题党日活动，党员医生轮流到村卫生室坐诊，全年服务群众三千余人次。"],
}
PIECES = [{"kind": "nav", "where": "foot", "text": "返回顶部"}, {"kind": "meta", "where": "lead", "text": "【转载】"},
          {"kind": "gambling", "where": "inline", "text": "澳门某某娱乐8888"}]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_each_piece_stands_in_the_document_where_its_place_says(seed):
    (name, text, spans), = _invented_junk.build(PIECES, DOCS, seed=seed)
    placed = {PIECES[p]["where"]: (s, e) for s, e, p in spans if p is not None}
    assert {text[s:e] for s, e in placed.values()} == {p["text"] for p in PIECES}
    lines = text.split("\n")
    assert lines[-1] == "返回顶部"
    assert lines[1].startswith("【转载】")
    s, e = placed["inline"]
    assert "\u4e00" <= text[s - 1] <= "\u9fff" and "\u4e00" <= text[e] <= "\u9fff"  # between two Chinese characters
    body = "".join(text[s:e] for s, e, p in spans if p is None).replace("\n", "")
    assert body == "".join(DOCS["a"])


def test_the_score_counts_a_piece_the_cleaner_removed_and_body_it_kept():
    built = _invented_junk.build(PIECES, DOCS, seed=0)
    res = _invented_junk.score(Cleaner(suggestions=0), PIECES, built)
    assert sum(res["total"].values()) == 3 and sum(res["got"].values()) == 3
    assert res["lost"] == 0
