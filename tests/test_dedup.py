"""Near-duplicates: shingles, signatures, LSH, clusters, boilerplate (small inline reports, fixed seeds)."""

from __future__ import annotations

import numpy as np
import pytest

from deedsnlp.dedup import (
    DedupConfig,
    MinHasher,
    Shingler,
    boilerplate_ratio,
    canonical_text,
    estimate_jaccard,
    exact_jaccard,
    find_boilerplate,
    find_duplicates,
    shingle_hashes,
    signatures_of,
    split_sentences,
)
from deedsnlp.dedup.boilerplate import BoilerplateCounter
from deedsnlp.dedup.config import optimal_params
from deedsnlp.dedup.lsh import band_keys, candidate_pairs, clusters, verify
from deedsnlp.loader import load_text

WATERMARK = "本文来源于某某范文网，更多范文请访问www.example.com"
STOCK = "支部始终坚持把党的政治建设摆在首位，不断增强党组织的政治功能和组织力。"

VILLAGE = (
    "一、基本情况\n"
    "青山村党支部现有党员36名，其中女党员9名，下设3个党小组。近年来，支部围绕乡村振兴战略，带领群众发展特色种植，"
    "村集体经济收入由2018年的5万元增加到2021年的28万元。\n"
    "二、主要做法\n"
    "（一）抓学习，强思想。支部坚持每月集中学习一次，利用学习强国平台开展线上学习，组织党员到红色教育基地接受党性教育。\n"
    "（二）抓制度，强规范。严格落实三会一课制度，每季度召开一次党员大会，每月召开一次支委会，认真开展组织生活会和民主评议党员工作。\n"
    "（三）抓服务，强作用。设立党员责任区12个，开展党员联系户活动，帮助群众解决生产生活难题46件。\n"
    "三、工作成效\n"
    "支部先后被评为县级先进基层党组织、市级五星级党支部。"
)
# a repost: another village name, edited figures, a paragraph moved, a watermark line added
VILLAGE_REPOST = (
    VILLAGE.replace("青山村", "绿水村").replace("36名", "38名").replace("46件", "52件")
    .replace("三、工作成效\n支部先后被评为县级先进基层党组织、市级五星级党支部。", "")
    + "\n三、工作成效\n支部先后被评为县级先进基层党组织、市级五星级党支部。\n" + WATERMARK
)
HOSPITAL = (
    "市第一人民医院内科党支部共有党员42名，是一支技术过硬、作风优良的医疗队伍。" + STOCK + "\n"
    "支部把党建工作与医疗业务深度融合，开展党员示范岗创建活动，设立党员先锋岗8个，推行首诊负责制和限时服务承诺。\n"
    "在疫情防控工作中，支部组建党员突击队，先后派出17名党员医护人员支援发热门诊，累计筛查患者三万余人次，实现了零感染。\n"
    "支部还定期组织党员专家深入社区开展义诊，为老年人建立健康档案，受到群众广泛好评。\n" + WATERMARK
)
SCHOOL = (
    "实验小学党支部以立德树人为根本任务，积极探索党建带团建、队建的工作机制。" + STOCK + "\n"
    "学校开展“红领巾心向党”主题教育，组织少先队员参观革命纪念馆，聆听老党员讲述革命故事。\n"
    "支部实施青年教师培养工程，由党员骨干教师与青年教师结对帮扶，近三年有15名青年教师在区级以上教学比赛中获奖。\n"
    "学校教学质量稳步提升，连续五年获得区教育教学质量优秀奖。\n" + WATERMARK
)
FACTORY = (
    "华兴机械有限公司党委下设5个党支部，共有党员128名。\n"
    "公司党委坚持把党的领导融入公司治理各环节，推行党员技术攻关项目制，全年完成技术革新项目23项，节约生产成本600余万元。"
    + STOCK + "\n"
    "党委建立困难职工帮扶基金，走访慰问困难职工家庭55户，发放慰问金12万元。\n" + WATERMARK
)
CORPUS = [("village.txt", VILLAGE), ("hospital.txt", HOSPITAL), ("repost.txt", VILLAGE_REPOST),
          ("school.txt", SCHOOL), ("factory.txt", FACTORY)]


# -- shingles and signatures -------------------------------------------------------------------------
def test_canonical_text_ignores_punctuation_width_and_space():
    assert canonical_text("支部，召开 会议。\n（ＡＢ）") == canonical_text("支部,召开会议.(ab)") == "支部召开会议ab"


def test_shingles_char_and_word():
    cfg = DedupConfig()
    assert shingle_hashes("支部召开组织生活会", cfg).size == 5  # 9 characters → 5 five-grams
    assert shingle_hashes("支部", cfg).size == 1  # shorter than n: one shingle
    assert shingle_hashes("，。！", cfg).size == 0
    word = DedupConfig(shingle="word")
    assert word.ngram == 3
    words = shingle_hashes("支部落实三会一课制度，支部开展主题党日活动", word)
    assert 0 < words.size < shingle_hashes("支部落实三会一课制度，支部开展主题党日活动", cfg).size
    assert exact_jaccard(VILLAGE, VILLAGE, word) == 1.0


def test_batch_shingles_equal_one_by_one():
    sh = Shingler(DedupConfig(ngram=4))
    texts = [VILLAGE, "", "短", "支部支部支部支部", HOSPITAL]
    hashes, offsets = sh.batch(texts)
    for i, text in enumerate(texts):
        assert np.array_equal(hashes[offsets[i] : offsets[i + 1]], sh.one(text))


def test_signatures_equal_datasketch_minhash():
    datasketch = pytest.importorskip("datasketch")
    cfg = DedupConfig(num_perm=64, seed=11)
    shingles = shingle_hashes(VILLAGE, cfg)
    ours = MinHasher.from_config(cfg).signature(shingles)
    theirs = datasketch.MinHash(num_perm=64, seed=11, hashfunc=int)
    theirs.update_batch(shingles.tolist())
    assert np.array_equal(theirs.hashvalues, ours)
    lean = MinHasher.from_config(cfg).lean(ours)
    buf = bytearray(lean.bytesize())
    lean.serialize(buf)
    back = MinHasher.from_config(cfg).from_lean(datasketch.LeanMinHash.deserialize(buf))
    assert np.array_equal(back, ours)
    with pytest.raises(ValueError, match="seed"):
        MinHasher(64, seed=12).from_lean(lean)


def test_signatures_are_seeded_and_estimate_jaccard():
    cfg = DedupConfig(num_perm=256, seed=3)
    texts = [VILLAGE, VILLAGE_REPOST, HOSPITAL]
    sigs = signatures_of(texts, cfg)
    assert np.array_equal(sigs, signatures_of(texts, cfg))
    assert not np.array_equal(sigs, signatures_of(texts, cfg.replace(seed=4)))
    for i, j in [(0, 1), (0, 2)]:
        exact = exact_jaccard(texts[i], texts[j], cfg)
        assert abs(estimate_jaccard(sigs[i], sigs[j]) - exact) < 0.08


def test_config_validation_and_banding():
    assert DedupConfig().lsh_params() == optimal_params(0.7, 128, (0.1, 0.9))
    assert optimal_params(0.9, 128, (0.5, 0.5)) == (5, 25)  # datasketch's MinHashLSH docstring example
    assert DedupConfig(bands=16, rows=8).lsh_params() == (16, 8)
    for bad in [dict(threshold=0), dict(threshold=1.5), dict(shingle="byte"), dict(num_perm=1),
                dict(bands=20, rows=10), dict(bands=4), dict(weights=(0.5, 0.6)), dict(min_docs=0)]:
        with pytest.raises(ValueError):
            DedupConfig(**bad)
    with pytest.raises(Exception):
        DedupConfig().threshold = 0.5  # frozen


# -- LSH and clusters --------------------------------------------------------------------------------
def test_lsh_candidates_verify_and_union_find():
    sigs = np.array([[1, 2, 3, 4], [1, 2, 3, 5], [7, 7, 3, 4], [9, 9, 9, 9]], dtype=np.uint32)
    keys = band_keys(sigs, bands=2, rows=2)
    cand = candidate_pairs(keys)
    assert cand.tolist() == [[0, 1], [0, 2]]
    pairs, sims = verify(sigs, cand, threshold=0.5)
    assert pairs.tolist() == [[0, 1], [0, 2]] and sims.tolist() == [0.75, 0.5]
    assert clusters(4, pairs) == [[0, 1, 2]]
    # a bucket over max_bucket is verified against its first member only, and still clusters
    same = np.tile(sigs[:1], (6, 1))
    star = candidate_pairs(band_keys(same, 2, 2), max_bucket=3)
    assert star.tolist() == [[0, k] for k in range(1, 6)]


def test_find_duplicates_groups_reposts_only():
    result = find_duplicates(CORPUS, DedupConfig(seed=1))
    assert result.clusters == [["village.txt", "repost.txt"]]
    assert [(p.a, p.b) for p in result.pairs] == [("village.txt", "repost.txt")]
    assert result.pairs[0].jaccard >= 0.7
    assert abs(result.pairs[0].jaccard - exact_jaccard(VILLAGE, VILLAGE_REPOST)) < 0.1
    assert result.ids == [doc_id for doc_id, _ in CORPUS]
    data = result.to_dict()
    assert set(data) == {"clusters", "pairs", "boilerplate"}
    assert data["pairs"][0]["a"] == "village.txt"


def test_find_duplicates_accepts_documents_and_strings():
    docs = [load_text(VILLAGE, "报告/一.txt"), load_text(VILLAGE_REPOST, "报告/二.txt"), load_text(SCHOOL, "三")]
    assert find_duplicates(docs).clusters == [["报告/一.txt", "报告/二.txt"]]
    assert find_duplicates([SCHOOL, VILLAGE, VILLAGE_REPOST]).clusters == [["1", "2"]]


def test_threshold_decides_and_transitive_clusters():
    edited = VILLAGE_REPOST.replace("学习强国平台", "网络平台")
    items = [("a", VILLAGE), ("b", VILLAGE_REPOST), ("c", edited), ("d", FACTORY)]
    assert max(exact_jaccard(VILLAGE, edited), exact_jaccard(VILLAGE, VILLAGE_REPOST)) < 0.9 < exact_jaccard(VILLAGE_REPOST, edited)
    assert find_duplicates(items).clusters == [["a", "b", "c"]]
    strict = find_duplicates(items, DedupConfig(threshold=0.9))
    assert strict.clusters == [["b", "c"]] and [(p.a, p.b) for p in strict.pairs] == [("b", "c")]


def test_empty_documents_are_not_duplicates_of_each_other():
    result = find_duplicates([("a", "。。。"), ("b", "！！"), ("c", VILLAGE)])
    assert result.clusters == [] and result.pairs == []


def test_workers_and_batches_do_not_change_results():
    base = find_duplicates(CORPUS, DedupConfig(batch_size=512))
    threaded = find_duplicates(CORPUS, DedupConfig(batch_size=2, workers=2))
    assert threaded.to_dict() == base.to_dict()


# -- boilerplate -------------------------------------------------------------------------------------
def test_split_sentences():
    assert split_sentences("他说：“好。”然后走了！第二句；第三句\n第四句 ") == ["他说：“好。”", "然后走了！", "第二句；", "第三句", "第四句"]
    assert split_sentences("网址www.example.com，增长3.5%。") == ["网址www.example.com，增长3.5%。"]


def test_boilerplate_ranked_by_document_frequency():
    found = find_boilerplate([(d, t) for d, t in CORPUS if d != "village.txt"], min_docs=2)
    texts = [b.text for b in found]
    assert texts[0] == WATERMARK and found[0].doc_count == 4 and found[0].kind == "paragraph"
    assert found[0].docs == ("hospital.txt", "repost.txt", "school.txt", "factory.txt")
    stock = found[texts.index(STOCK)]
    assert (stock.doc_count, stock.kind, stock.docs) == (3, "sentence", ("hospital.txt", "school.txt", "factory.txt"))
    assert [b.doc_count for b in found] == sorted((b.doc_count for b in found), reverse=True)
    assert find_boilerplate(CORPUS, min_docs=5) == []
    assert [b.text for b in find_boilerplate(CORPUS, min_docs=4)] == [WATERMARK]


def test_near_duplicates_count_once_toward_boilerplate():
    pair = [("village.txt", VILLAGE), ("repost.txt", VILLAGE_REPOST)]
    shared = find_boilerplate(pair, min_docs=2)
    assert any("抓制度，强规范" in b.text for b in shared)
    assert find_boilerplate(pair, min_docs=2, groups={"village.txt": 0, "repost.txt": 0}) == []
    result = find_duplicates(CORPUS)
    texts = [b.text for b in result.boilerplate]
    assert texts[:2] == [WATERMARK, STOCK]
    assert not any("抓制度，强规范" in t for t in texts)  # only the two reposts share it


def test_sentence_inside_shared_paragraph_is_not_listed_twice():
    para = "支部每月召开一次支委会。每季度召开一次党员大会。"
    found = find_boilerplate([("a", para + "\n甲村修路。"), ("b", para + "\n乙村种树。"), ("c", "每季度召开一次党员大会。")])
    assert [(b.text, b.doc_count, b.kind) for b in found] == [
        ("每季度召开一次党员大会。", 3, "sentence"),
        (para, 2, "paragraph"),
    ]


def test_counter_chunks_and_ratio():
    items = [(d, t) for d, t in CORPUS]
    small = BoilerplateCounter(chunk_docs=2)
    for d, t in items:
        small.add(d, t)
    # the same units, counts and documents; the text shown may be another occurrence's (46件 / 52件)
    def summary(found):
        return [(b.key, b.doc_count, b.docs, b.kind) for b in found]

    assert summary(small.result(2)) == summary(find_boilerplate(items, 2))
    draft = "我们支部认真开展工作。\n" + STOCK
    ratio = boilerplate_ratio(draft, find_boilerplate(items, 3))
    assert 0.6 < ratio < 1.0
    assert boilerplate_ratio(draft, []) == 0.0
