"""The caption model (``deedsnlp/clean/captionmodel.py``): a picture's caption standing alone between a
news page's paragraphs (who does what, where) goes; the report's headings in the same place stay.
Invented names and wording throughout."""

from __future__ import annotations

import random

import pytest

from deedsnlp.clean.captionmodel import SceneCaptions, caption_model, model_from_json, training_lines
from deedsnlp.clean.linemodel import fit

CAPTIONS = [
    "祁远航副局长为优秀共产党员颁发荣誉证书",
    "青年志愿者在敬老院为老人测量血压",
    "党员们聆听青溪纪念馆讲解员讲解",
    "岑立新教授代表获奖教师发言",
    "驻村工作队员帮助村民抢收玉米",
]
HEADINGS = [
    "强化政治引领 筑牢战斗堡垒",  # (a space inside: never read by the rule either)
    "党建引领聚合力",
    "把支部建在项目上",
    "一名党员就是一面旗帜",
    "守护群众健康的“红色哨兵”",
    "坚持理论学习永葆初心本色",
]


@pytest.mark.parametrize("line", CAPTIONS)
def test_shipped_model_reads_scene_captions(line):
    assert caption_model().score(line) >= 0.9


@pytest.mark.parametrize("line", HEADINGS)
def test_shipped_model_leaves_headings(line):
    assert caption_model().score(line) < 0.5


def test_a_small_model_trained_here_loads_and_separates(tmp_path):
    lines, labels, pos = training_lines(seed=3, captions=600, clauses=400)
    assert 0 < sum(labels) < len(labels)
    model = fit(lines, labels, pos, seed=3)
    path = tmp_path / "caption_model.json"
    model.save(path)
    loaded = model_from_json(path.read_text(encoding="utf-8"))
    assert loaded.score(CAPTIONS[0]) > 0.5 > loaded.score("党建引领聚合力")


def test_generator_is_seeded_and_varied():
    gen = SceneCaptions()
    a = [gen.line(random.Random(5)) for _ in range(3)]
    assert a == [gen.line(random.Random(5)) for _ in range(3)]
    many = {gen.line(random.Random(k)) for k in range(200)}
    assert len(many) > 150


P1 = "青溪社区党委举行庆祝建党一百零二周年暨表彰大会，社区全体党员和居民代表共一百二十余人参加。"
P2 = "会上宣读了表彰决定，对五个先进党支部、十二名优秀共产党员和六名优秀党务工作者进行了表彰。"
P3 = "大会号召全体党员以先进为榜样，立足岗位作贡献，为建设幸福社区凝聚力量。"


@pytest.mark.parametrize("caption", CAPTIONS[:3])
def test_a_caption_between_paragraphs_goes(cleaner, caption):
    page = "\n".join([P1, P2, caption, P3])
    out = cleaner.clean_text(page).cleaned
    assert caption not in out
    assert P1 in out and P2 in out and P3 in out


@pytest.mark.parametrize("line", ["党建引领聚合力", "守护群众健康的“红色哨兵”", "■某部三连党支部书记 龚小川",
                                  "表彰大会在庄严的国歌声中开幕。"])
def test_headings_rolls_and_sentences_between_paragraphs_stay(cleaner, line):
    page = "\n".join([P1, P2, line, P3])
    assert line in cleaner.clean_text(page).cleaned
