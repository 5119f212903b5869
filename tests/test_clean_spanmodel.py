"""The span junk model (deedsnlp/clean/spanmodel.py): junk spliced inside body lines.

Every text here is invented (no page text, no generator pool entry)."""

import random

import numpy as np
import pytest

from deedsnlp.clean import Cleaner
from deedsnlp.clean.spanmodel import N_FEATURES, SpanJunkModel, SpanNoise, feature_index, find_spliced, fit, training_examples
from deedsnlp.clean.spans import iter_lines


@pytest.fixture(scope="module")
def model():
    return SpanJunkModel.load()


def test_model_loads_from_package_data(model):
    assert model.weights.shape == (1 << 20,)
    assert np.count_nonzero(model.weights) > 10_000
    assert model.meta.get("seed") == 13


def test_features_one_row_per_character():
    idx = feature_index("党员大会，ab12。")
    assert idx.shape == (10, N_FEATURES)
    assert idx.min() >= 0 and idx.max() < (1 << 20)
    assert feature_index("").shape[0] == 0


def test_spliced_pieces_are_spans(model):
    text = "支部书记每天清晨到田间查看墒情，（本文来源：青柠范文网）带领党员抢种晚稻两百亩。"
    assert [text[s:e] for s, e, _ in model.spans(text, 0.9)] == ["（本文来源：青柠范文网）"]
    text = "晨星娱乐988党支部坚持每月开展主题党日活动。"  # a brand where the unit's name was
    assert [text[s:e] for s, e, _ in model.spans(text, 0.9)] == ["晨星娱乐988"]


def test_never_half_a_word(model):
    # the model is unsure where this credit ends (收集整理 is report wording too): no cut at all
    # rather than one that leaves half of it, or takes a piece of the body
    text = "支部书记每天清晨到田间查看墒情，湖光作文小屋网友收集整理，带领党员抢种晚稻两百亩。"
    assert all(text[e:e + 1] in "，。" or not text[e:e + 1] for s, e, _ in model.spans(text, 0.5))
    loose = model.spans(text, 0.5, whole=False)
    assert loose and text[loose[0][1]] not in "，。"  # without the rule the cut would stop inside the credit


def test_capitals_and_bracketed_years_are_never_spans(model):
    text = "2019年，学校通过ISO9001质量体系认证，按照〔2019〕12号文件要求落实。"
    assert model.spans(text, 0.5) == []


@pytest.mark.parametrize("body", [
    "本报告的资料来源于县农业农村局二〇二二年入户调查，数据经过乡镇复核。",
    "档案室安排两名党员整理档案，三个月完成了历年会议记录的归档。",
    "社区划分九个网格，每个网格配备一名党员网格长和两名志愿者。",
    "学校依托智慧校园平台开设“党史微课堂”，全年推送课程四十余期。",
    "公司承办了国际青少年足球邀请赛的接待工作，党员志愿者服务三百余人次。",
])
def test_body_with_similar_words_is_not_cut(model, body):
    assert model.spans(body, 0.5) == []


def test_finds_a_splice_the_rules_miss(monkeypatch):
    # a teaser marker in wording no rule knows, spliced mid-line with no space
    text = ("柿子湾村党支部先进事迹材料\n"
            "支部书记每天清晨到田间查看墒情，【隐藏618字，开通会员可见】带领党员抢种晚稻两百亩。\n"
            "村里建起了党员先锋岗。\n")
    import deedsnlp.clean.spanmodel as spanmodel

    with monkeypatch.context() as mp:
        mp.setattr(spanmodel, "find_spliced", lambda *a, **k: [])
        assert "【隐藏618字，开通会员可见】" in Cleaner().clean_text(text).cleaned  # the rules alone miss it
    found = find_spliced(text, list(iter_lines(text)), 0.9)
    assert [text[c.start:c.end] for c in found] == ["【隐藏618字，开通会员可见】"]
    c = found[0]
    assert c.kind == "watermark" and c.action == "removed" and c.data["score"] >= 0.9
    assert c.data["detector"] == "span model" and "span model" in c.reason and c.data["line"] == 2


def test_threshold_option_is_respected():
    text = "支部书记每天清晨到田间查看墒情，【隐藏618字，开通会员可见】带领党员抢种晚稻两百亩。"
    lines = list(iter_lines(text))
    strict = find_spliced(text, lines, 1.0)
    assert strict == []
    assert find_spliced(text, lines, 0.9)


def test_a_span_other_detectors_found_is_left_to_them():
    from deedsnlp.clean.spans import Candidate

    text = "支部书记每天清晨到田间查看墒情，【隐藏618字，开通会员可见】带领党员抢种晚稻两百亩。"
    lines = list(iter_lines(text))
    taken = [Candidate("watermark", 17, 22, "removed", "a rule")]
    assert find_spliced(text, lines, 0.9, taken) == []


def test_training_is_deterministic_on_a_tiny_corpus():
    paragraphs = ["支部坚持每周三集中学习，党员轮流领学。", "村里修建了便民桥，方便群众出行和农产品运输。",
                  "社区组织党员志愿者走访独居老人，每月上门两次。", "学校党支部开展师德师风教育，评选身边的好老师。"] * 6
    fams = ["site_credit", "url"]
    a = fit(training_examples(paragraphs, fams, seed=3), seed=3)
    b = fit(training_examples(paragraphs, fams, seed=3), seed=3)
    assert np.array_equal(a.weights, b.weights) and a.bias == b.bias
    assert training_examples(paragraphs, fams, seed=3) == training_examples(paragraphs, fams, seed=3)


def test_generator_labels_mark_exactly_the_spliced_piece():
    gen = SpanNoise()
    rng = random.Random(5)
    body = "党员先锋岗设在车间一线，技术骨干带头攻关。"
    for fam in gen.families:
        text, labels = gen.splice(body, fam, rng)
        assert len(labels) == len(text)
        kept = "".join(ch for ch, lab in zip(text, labels) if not lab)
        if fam == "brand" and kept != body:  # a brand may stand where the unit's name was
            continue
        assert kept == body
        assert sum(labels) > 0


def test_docstring_example():
    import doctest

    import deedsnlp.clean.spanmodel as spanmodel

    result = doctest.testmod(spanmodel)
    assert result.attempted > 0 and result.failed == 0
