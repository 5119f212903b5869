"""The mask restoration models: the character n-gram model and the filler built on it."""

from __future__ import annotations

import math

import pytest

from deedsnlp.clean.maskfill import (
    CharNgramLM,
    DocumentCache,
    NgramMaskFiller,
    clean_paragraph,
    corpus_paragraphs,
    default_corpus_dir,
    ngram_filler,
)

TRAIN = [
    "支部严格落实三会一课制度，每月召开一次支委会。",
    "党员干部带头落实三会一课制度，按时参加组织生活。",
    "进一步加强干部队伍建设，提高干部队伍整体素质。",
    "加强党风廉政建设，筑牢拒腐防变的思想防线。",
    "支部认真开展党风廉政建设宣传教育月活动。",
    "充分发挥党员的先锋模范作用，带领群众发展产业。",
]


@pytest.mark.parametrize("smoothing", ["kneser-ney", "witten-bell"])
def test_probabilities_sum_to_one(smoothing):
    lm = CharNgramLM(order=4, smoothing=smoothing).fit(TRAIN)
    chars = list(lm.char_ids_) + ["\U0002a6a5"]  # every seen character and one never seen
    for context in ["", "加强", "三会一", "党风廉", "从未见过"]:
        total = sum(lm.prob(c, context) for c in chars)
        # the unseen-character mass is shared by all unseen characters; one stands for them
        assert 0.97 < total <= 1.0 + 1e-9, (context, total)


def test_model_prefers_the_seen_continuation():
    lm = CharNgramLM(order=4).fit(TRAIN)
    assert lm.prob("课", "三会一") > 0.5 > lm.prob("会", "三会一")
    assert lm.followers("党风")[:1] == ["廉"]
    assert lm.logprob_seq("加强", "干部队伍") > lm.logprob_seq("加强", "伍队部干")


def test_order_and_smoothing_checked():
    with pytest.raises(ValueError):
        CharNgramLM(order=7)
    with pytest.raises(ValueError):
        CharNgramLM(smoothing="laplace")


def test_filler_restores_in_new_sentences():
    filler = NgramMaskFiller(order=4).fit(TRAIN)
    # none of these sentences is in the training text
    assert filler.suggest("村党支部坚持三会", 2, "制度，按季度开展")[0].text == "一课"
    assert filler.suggest("全镇上下大力加强党风", 2, "建设")[0].text == "廉政"
    assert filler.suggest("教师党员发挥先锋", 2, "作用")[0].text == "模范"
    top = filler.suggest("村党支部坚持三会", 2, "制度，按季度开展")
    assert [s.score for s in top] == sorted((s.score for s in top), reverse=True)
    assert all(len(s.text) == 2 for s in top) and 0 < sum(s.score for s in top) <= 1.0 + 1e-9


def test_document_cache_uses_the_document_itself():
    filler = NgramMaskFiller(order=4).fit(TRAIN)
    doc = "我校推行青蓝结对工程。青蓝结对工程实施三年来，青年教师成长很快。今年继续深化青蓝**工程。"
    cache = DocumentCache(doc, weight=0.3)
    assert filler.suggest("今年继续深化青蓝", 2, "工程。", cache=cache)[0].text == "结对"


def test_clean_paragraph_drops_noise_and_restores_masks():
    assert clean_paragraph({"text": "本文来源：某某网", "noise": "watermark"}) is None
    rec = {"text": "加**部队伍。本文来自某网。", "junk": ["本文来自某网。"], "masks": [{"masked": "加**部", "original": "加强干部"}]}
    assert clean_paragraph(rec) == "加强干部队伍。"


def test_corpus_paragraphs_reads_labelled_files(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        '{"text": "支部召开会议。", "label": "other"}\n{"text": "相关推荐", "noise": "link_tail"}\nnot json\n', encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("第一行\n\n第二行\n", encoding="utf-8")
    assert list(corpus_paragraphs(tmp_path)) == ["支部召开会议。", "第一行", "第二行"]
    assert list(corpus_paragraphs(tmp_path, exclude=["a"])) == ["第一行", "第二行"]


# -- the shipped model (trained on corpora/labelled and the domain lexicon) ------------------------
OWN_MASKED = [  # sentences written for this test, not taken from the corpus
    ("支部严格落实三会", "一课", "制度，每月召开支委会"),
    ("进一步加强党风", "廉政", "建设，筑牢拒腐防变防线"),
    ("组织党员认真学习党的二十", "大精", "神，撰写心得体会"),
    ("充分发挥党员的先锋", "模范", "作用，带领群众共同致富"),
    ("坚持把党的政治建设摆在", "首位", "，引导党员坚定理想信念"),
    ("村党支部带领群众发展特色", "产业", "，村集体经济收入明显增加"),
    ("扎实开展党史学习", "教育", "，组织党员重温入党誓词"),
    ("深入开展扫黑", "除恶", "专项斗争，维护社会稳定"),
    ("支部严把发展党员", "入口", "关，坚持成熟一个发展一个"),
    ("组织全体党员过好政治", "生日", "，重温入党誓词"),
    ("坚决反对形式主义、官", "僚主", "义，切实减轻基层负担"),
    ("认真贯彻落实中央八项", "规定", "精神，严格控制三公经费"),
]


@pytest.fixture(scope="module")
def shipped():
    if default_corpus_dir() is None:
        pytest.skip("corpora/labelled not found")
    return ngram_filler()


def test_shipped_model_generalises_to_own_masks(shipped):
    right = [shipped.suggest(l, len(o), r)[0].text == o for l, o, r in OWN_MASKED]
    assert sum(right) >= 8, right


def test_shipped_model_is_cached(shipped):
    assert ngram_filler() is shipped
    assert shipped.n_chars_ > 10_000
    assert math.isfinite(shipped.score("加强", "干部", "队伍"))
