import json
import shutil
from collections import Counter

import numpy as np
import pytest
from sklearn.base import clone
from typer.testing import CliRunner

from deedsnlp.classify import LABELS, classify_document, load_model
from deedsnlp.classify.corpus import load_corpus, xy
from deedsnlp.classify.features import PassageExample
from deedsnlp.classify.linear import LinearSectionClassifier
from deedsnlp.classify.store import save_model
from deedsnlp.classify.vectorize import ngram_buckets
from deedsnlp.cli import app
from deedsnlp.errors import ModelError
from deedsnlp.loader import build_document, load

runner = CliRunner()


@pytest.fixture(scope="module")
def small_model():
    docs = load_corpus(splits=("train",))[:20]
    X, y = xy(docs)
    return LinearSectionClassifier(calibrate=True).fit(X, y)


@pytest.fixture(scope="module")
def shipped():
    return load_model()


def test_labels_are_fixed():
    assert LABELS == ("overview", "study", "institutions", "carriers", "cadre_building", "integrity",
                      "core_work", "achievements", "other")


def test_estimator_api(small_model):
    clf = small_model
    assert list(clf.classes_) == sorted(clf.classes_) and set(clf.classes_) <= set(LABELS)
    X = ["组织全体党员深入学习党的二十大报告原文", PassageExample("严格落实三会一课制度", heading="组织建设")]
    proba = clf.predict_proba(X)
    assert proba.shape == (2, len(clf.classes_)) and np.allclose(proba.sum(axis=1), 1)
    assert list(clf.predict(X)) == ["study", "institutions"]
    assert clone(clf).get_params() == clf.get_params()
    assert clf.temperature_ > 0


def test_heading_context_changes_prediction(small_model):
    text = "全年共开展活动12次，参与党员300余人次。"
    under_study = small_model.predict_proba([PassageExample(text, heading="加强理论学习，筑牢思想根基")])[0]
    under_service = small_model.predict_proba([PassageExample(text, heading="开展志愿服务，密切党群关系")])[0]
    c = list(small_model.classes_)
    assert under_study[c.index("study")] > under_service[c.index("study")]
    assert under_service[c.index("carriers")] > under_study[c.index("carriers")]


def test_save_load_round_trip_and_no_pickle(small_model, tmp_path):
    path = save_model(small_model, tmp_path / "m")
    again = load_model(path)
    X = ["党支部书记带头讲党课", "认真落实党风廉政建设责任制"]
    assert np.allclose(again.predict_proba(X), small_model.predict_proba(X))
    with np.load(path / "arrays.npz", allow_pickle=False) as z:  # loads without pickle
        assert set(z.files) >= {"coef", "idf", "terms", "buckets"}


def test_tampered_and_foreign_models_rejected(small_model, tmp_path):
    path = save_model(small_model, tmp_path / "m")
    data = bytearray((path / "arrays.npz").read_bytes())
    data[100] ^= 0xFF
    (path / "arrays.npz").write_bytes(bytes(data))
    with pytest.raises(ModelError, match="SHA-256"):
        load_model(path)
    foreign = tmp_path / "f"
    foreign.mkdir()
    (foreign / "model.json").write_text(json.dumps({"format": "something-else"}))
    with pytest.raises(ModelError, match="foreign"):
        load_model(foreign)
    newer = tmp_path / "n"
    shutil.copytree(tmp_path / "m", newer)
    manifest = json.loads((newer / "model.json").read_text())
    manifest["format_version"] = 99
    (newer / "model.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelError, match="version"):
        load_model(newer)
    with pytest.raises(ModelError, match="not a deedsnlp model"):
        load_model(tmp_path)


def test_shipped_model_quality_on_test_split(shipped):
    from deedsnlp.classify.evaluate import evaluate_documents

    ev = evaluate_documents(shipped, load_corpus(splits=("test",)))
    assert ev.macro_f1 >= 0.90, ev.per_label


def test_seed_sections(shipped, seed_path):
    doc = classify_document(next(load([str(seed_path)])), shipped)
    under = {}
    for p in doc.passages:
        if p.heading is None or p.line >= 45:  # lines 45-50: the scraped link tail (the cleaner's job)
            continue
        h = doc.outline[p.heading]
        while h.level > 2:
            h = doc.outline[h.parent]
        if h.level == 2:
            under.setdefault((h.line, h.title), []).append(p.label)
    by_title = {title: Counter(labels) for (_, title), labels in under.items()}
    assert by_title["加强学习,夯实基础"].most_common(1)[0][0] == "study"
    assert by_title["制度建设,规范管理"].most_common(1)[0][0] == "institutions"
    assert by_title["载体活动,树立形象"].most_common(1)[0][0] == "carriers"
    for title in ("加**部队伍建设,提高素质转变作风", "加强党员教师队伍建设,优化师资力量"):
        assert by_title[title].most_common(1)[0][0] == "cadre_building"


def test_smoothing_pulls_weak_passages_to_their_heading(shipped):
    text = "（一）加强理论学习\n支部制定年度学习计划。\n全年组织集中学习12次。\n通过学习，党员的理论水平明显提高。"
    doc = classify_document(build_document(text, "s"), shipped)
    assert [p.label for p in doc.passages] == ["study"] * 4


def test_ngram_buckets_respect_passage_boundaries():
    rows, buckets = ngram_buckets(["党建", "学习"])
    assert list(rows) == [0, 1]  # one bigram each, none across the boundary
    r2, b2 = ngram_buckets(["党建学习"])
    assert len(b2) == 3 + 2 and buckets[0] in b2 and buckets[1] in b2


def test_cli_classify_json(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("城关小学党支部先进事迹材料\n一、加强理论学习\n支部每月组织党员集中学习党的二十大精神。\n\n二、开展志愿服务\n党员志愿服务队走访慰问困难群众。\n", encoding="utf-8")
    res = runner.invoke(app, ["classify", str(path), "--json"])
    assert res.exit_code == 0, res.output
    recs = [json.loads(l) for l in res.stdout.splitlines()]
    assert [r["index"] for r in recs] == [0, 1, 2, 3, 4]
    assert {k for k in recs[0]} >= {"doc", "index", "text", "label", "score", "heading"}
    assert recs[2]["text"] == "支部每月组织党员集中学习党的二十大精神。" and recs[2]["label"] == "study"
    assert recs[2]["heading"] == "加强理论学习"
    assert recs[4]["label"] == "carriers"


def test_cli_evaluate_writes_png(tmp_path):
    png = tmp_path / "cm.png"
    res = runner.invoke(app, ["evaluate", "--png", str(png), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["macro_f1"] >= 0.9 and png.read_bytes()[:4] == b"\x89PNG"
    assert len(data["confusion"]) == len(data["labels"])


def test_cli_train_small(tmp_path, monkeypatch):
    out = tmp_path / "model"
    res = runner.invoke(app, ["train", "--output", str(out)])
    assert res.exit_code == 0, res.output
    assert load_model(out).predict(["严格落实三会一课制度"])[0] == "institutions"


# -- headings carry the section; check agrees with classify; real-report shapes -------------------

def test_headings_carry_their_section_and_check_agrees(shipped):
    from deedsnlp.check import check

    text = ("青山社区党委先进事迹材料\n"
            "青山社区位于城区西部，辖居民小区六个，社区党委下设三个党支部，现有党员八十六名。\n"
            "头雁领航强班子，凝心聚力聚合力\n"
            "社区党委坚持把班子建设摆在首位，两委成员分片包干，每月开展一次谈心谈话。\n"
            "社区注重培养年轻干部，选派三名后备干部到街道跟班学习，组织党员骨干参加培训班两期。\n"
            "亮身份践承诺，党员服务在身边\n"
            "社区在职党员到社区报到一百二十人，认领志愿服务岗位四十个，开展敬老助残活动二十余次。")
    doc = classify_document(build_document(text, "h"), shipped)
    assert all(h.label is not None for h in doc.outline)
    for h in doc.outline:
        own = next(p for p in doc.passages if p.line == h.line)
        assert own.label == h.label  # the heading line shows its section
    report = check(build_document(text, "h"), "generic", year=2023, model=shipped)
    by_heading = {t for s in report.present_sections for t in s.headings}
    labels = {h.title: h.label for h in doc.outline}
    for s in report.present_sections:
        for t in s.headings:
            assert labels[t] == s.label  # the same classifier call decides both
    assert by_heading <= set(labels)


def test_traditional_pinyin_and_half_width_read_as_simplified(shipped):
    simp = "支部组织党员深入学习党的二十大精神，开展专题研讨，撰写心得体会。"
    trad = "支部組織黨(dǎng)員深入學(xué)習黨的二十大精神,開展專題研討,撰寫心得體會。"
    p1 = shipped.predict_proba([simp])[0]
    p2 = shipped.predict_proba([trad])[0]
    assert np.allclose(p1, p2, atol=1e-6)


def test_prediction_imports_no_scikit_learn():
    import subprocess
    import sys

    code = ("import sys\nfrom deedsnlp.loader import load_text\nfrom deedsnlp.classify import classify_document\n"
            "doc = classify_document(load_text('一、加强学习\\n支部组织党员学习党章。'))\n"
            "assert doc.passages[0].label, doc\nprint(sorted(m for m in ('sklearn', 'scipy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_shape_cues_title_versus_short_sentence():
    from deedsnlp.classify.features import ends_sentence, examples_from_document, title_shaped

    assert ends_sentence("支部获评先进基层党组织。") and ends_sentence("他说：“我是党员。”")
    assert not ends_sentence("红星社区党委先进事迹材料") and not ends_sentence("")
    assert title_shaped("发布时间：2023-05-06") and not title_shaped("他是村里的带头人。")
    doc = build_document("青松村党支部获评先进基层党组织\n来源：青松日报\n近日，青松村党支部被县委授予先进基层党组织称号。\n"
                         "支部现有党员三十二名。", "n")
    exs = examples_from_document(doc)
    assert [e.after_title for e in exs] == [False, True, True, False]


def test_other_is_learned_in_two_parts_and_predicted_as_one(small_model, shipped, tmp_path):
    # titles/bylines and closings/background are two columns of the model, one label outside it
    for clf in (small_model, shipped):
        assert list(clf.classes_) == sorted(set(clf.classes_)) and "other" in clf.classes_
        assert list(clf.sub_classes_) == ["achievements", "cadre_building", "carriers", "core_work", "institutions",
                                          "integrity", "other:discourse", "other:furniture", "overview", "study"]
    X = ["青松村党支部先进事迹材料", "下一步，支部将以此次表彰为契机，持续推动党建与业务深度融合。", "严格落实三会一课制度"]
    proba = small_model.predict_proba(X)
    assert proba.shape == (3, 9) and np.allclose(proba.sum(axis=1), 1)
    assert list(small_model.predict(X)) == [small_model.classes_[k] for k in proba.argmax(axis=1)]
    again = load_model(save_model(small_model, tmp_path / "m"))
    assert np.allclose(again.predict_proba(X), proba, atol=1e-6)
    unsplit = LinearSectionClassifier(calibrate=False, split_other=False).fit(
        ["标题一", "下一步，我们将继续努力。", "学习党章", "落实制度"] * 3, ["other", "other", "study", "institutions"] * 3)
    assert list(unsplit.sub_classes_) == list(unsplit.classes_)


def test_neighbouring_passages_are_context(small_model, tmp_path):
    from deedsnlp.classify.features import P, examples_from_document, neighbour_rows, passage_features
    from deedsnlp.segment import get_segmenter

    doc = build_document("青松村党支部先进事迹\n支部现有党员三十二名，平均年龄四十岁。\n全年组织集中学习十二次。", "n")
    exs = examples_from_document(doc)
    texts = [e.text for e in exs]
    assert [(e.prev_text, e.next_text) for e in exs] == [("", texts[1]), (texts[0], texts[2]), (texts[1], "")]
    assert neighbour_rows(exs) == ([-1, 0, 1], [1, 2, -1])
    assert neighbour_rows(exs[::-1]) == ([-1] * 3, [-1] * 3)  # out of order: no neighbours
    cut = get_segmenter().cut
    shape = [f[1:] for f in passage_features(exs[1], cut, context_words=2) if f[1] in "<>"]
    assert shape == ["<title", ">body"] and P + "<none" in passage_features(exs[0], cut, context_words=2)
    assert not [f for f in passage_features(exs[1], cut) if f[1] in "<>"]  # context_words=0: none
    # the neighbours' words are columns of their own: the same sentence reads differently in context
    v = small_model.vectorizer_
    assert small_model.context_words == 20 and v.context == 20
    rows, cols, _ = v.transform_arrays(*small_model._inputs(exs))
    base = v.n_buckets_ + len(v.vocabulary_)
    assert set(rows[cols >= base].tolist()) == {0, 1, 2}
    a, b = small_model.predict_proba([exs[1], PassageExample(texts[1])])
    assert not np.allclose(a, b)
    again = load_model(save_model(small_model, tmp_path / "m"))
    assert np.allclose(again.predict_proba(exs), small_model.predict_proba(exs), atol=1e-6)
    # a model saved before neighbour features existed reads no context
    path = tmp_path / "m"
    manifest = json.loads((path / "model.json").read_text(encoding="utf-8"))
    del manifest["meta"]["params"]["context_words"]
    (path / "model.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert load_model(path).context_words == 0


def test_the_last_passage_has_no_end_cue_and_junk_lines_take_no_body_rank(small_model, tmp_path):
    """A scraped page is an excerpt: its last passage is any paragraph the window cut, so new
    models read no "last passage" cue (models saved with it keep reading it); a long breadcrumb or
    byline without sentence punctuation does not take the first body paragraph's rank."""
    from deedsnlp.classify.features import P, examples_from_document, passage_features
    from deedsnlp.segment import get_segmenter

    byline = "作者 李明远 摄影 王强 来源 青松日报 发布时间 2023年6月1日 浏览次数 1024 责任编辑 张华 审核 宣传部"
    doc = build_document(f"{byline}\n红星社区党委现有党员八十六名，下设五个党支部，先后获评省级先进基层党组织和市级文明社区。", "e")
    exs = examples_from_document(doc)
    assert len(exs[0].text) >= 40 and [e.body_index for e in exs] == [-1, 0]
    cut = get_segmenter().cut
    assert P + ">none" in passage_features(exs[1], cut, context_words=2)  # the old behaviour, default
    assert P + ">none" not in passage_features(exs[1], cut, context_words=2, end_cue=False)
    assert P + "<none" in passage_features(exs[0], cut, context_words=2, end_cue=False)
    assert small_model.end_cue is False
    path = save_model(small_model, tmp_path / "m")
    manifest = json.loads((path / "model.json").read_text(encoding="utf-8"))
    del manifest["meta"]["params"]["end_cue"]
    (path / "model.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert load_model(path).end_cue is True


def test_a_heading_read_as_other_does_not_pull_its_paragraphs_into_other():
    from deedsnlp.classify.predict import smooth_probabilities

    classes = ["other", "study"]
    doc = build_document("二、主要做法\n支部组织学习。", "u")
    assert doc.outline and doc.passages[1].heading == 0
    proba = np.array([[0.9, 0.1], [0.45, 0.55]])
    sections = np.array([[0.8, 0.2]])  # the umbrella heading's section is other
    out = smooth_probabilities(doc, proba, classes, sections=sections)
    assert out[0].argmax() == 0 and out[1].argmax() == 1 and out[1][1] > proba[1][1]
    assert np.allclose(out.sum(axis=1), 1)


def _decided(lines: list[str], rows: list[dict[str, float]]) -> list[str]:
    """The labels ``decide`` gives the passages of a document of ``lines``, one per line, from
    probabilities set per passage (``rows``; every other label 0.01), without smoothing."""
    from deedsnlp.classify.predict import decide
    from deedsnlp.loader import build_document

    doc = build_document("".join(line + "\n" for line in lines), "d")
    assert len(doc.passages) == len(lines)
    classes = list(LABELS)
    proba = np.full((len(lines), len(classes)), 0.01)
    for i, row in enumerate(rows):
        for label, p in row.items():
            proba[i, classes.index(label)] = p
    return decide(doc, proba, classes, smooth=False)[0]


def test_an_unsure_other_on_body_text_gives_way_to_the_next_label():
    from deedsnlp.classify.predict import OTHER_BODY_MIN

    lines = ["松岭村党支部事迹",
             "5月20日，松岭村党支部组织全体党员到敬老院开展志愿服务，为老人打扫卫生、理发、测量血压。",
             "下一步，支部将继续深化志愿服务，把好事办实、把实事办好，让群众的获得感成色更足。"]
    assert _decided(lines, [
        {"other": 0.45, "carriers": 0.40},  # the title: short, other stays whatever the margin
        {"other": OTHER_BODY_MIN - 0.2, "carriers": 0.30},  # a news lead the model was unsure of
        {"other": OTHER_BODY_MIN + 0.1, "carriers": 0.10},  # a closing outlook it was sure of
    ]) == ["other", "carriers", "other"]


def test_a_dated_event_the_model_was_unsure_of_is_a_carrier():
    from deedsnlp.classify.predict import EVENT_UNSURE

    lines = ["6月9日上午，松岭村党支部组织全体党员前往青禾县革命纪念馆开展主题党日活动，重温入党誓词。",
             "6月9日上午，松岭村党支部召开支委会，研究部署下半年党员发展工作，确定入党积极分子两名。",
             "6月9日下午，松岭村党支部联合县供电所党支部开展共建活动，为村里的老人检修线路。"]
    assert _decided(lines, [
        {"study": EVENT_UNSURE - 0.1},  # an event, unsure: the carrier
        {"cadre_building": EVENT_UNSURE - 0.1},  # a meeting on recruiting members is no event of that shape: kept
        {"study": EVENT_UNSURE + 0.2},  # an event the model was sure of keeps its label
    ]) == ["carriers", "cadre_building", "study"]


def _decisions(docs):
    return [([p.label for p in d.passages], [p.score for p in d.passages], [h.label for h in d.outline]) for d in docs]


@pytest.fixture(scope="module")
def corpus_texts():
    from pathlib import Path

    files = sorted((Path(__file__).resolve().parents[1] / "corpora" / "docs").glob("*.txt"))[:40]
    return [(f.stem, f.read_text(encoding="utf-8")) for f in files]


def test_workers_label_as_one_process_does(shipped, corpus_texts):
    from deedsnlp.classify.predict import classify_documents

    one = _decisions(classify_documents((build_document(t, i) for i, t in corpus_texts), shipped))
    # small batches: many of them in flight on two forked workers
    docs = list(classify_documents((build_document(t, i) for i, t in corpus_texts), shipped, workers=2, batch_chars=20_000))
    assert [d.id for d in docs] == [i for i, _ in corpus_texts]
    assert _decisions(docs) == one


def test_workers_read_the_input_a_few_batches_ahead(shipped, corpus_texts):
    from deedsnlp.classify.predict import classify_documents

    pulled = []

    def source():
        for i, t in corpus_texts:
            pulled.append(i)
            yield build_document(t, i)

    out = classify_documents(source(), shipped, workers=2, batch_chars=20_000)  # batches of about 5,000 characters
    next(out)
    per_doc = sum(len(t) for _, t in corpus_texts) / len(corpus_texts)
    # two batches per worker in flight and the one being filled, not the whole input
    assert len(pulled) <= (2 * 2 + 2) * (5_000 / per_doc + 1) + 1 < len(corpus_texts)
    rest = list(out)
    assert len(rest) == len(corpus_texts) - 1


def test_workers_without_fork_label_in_this_process(shipped, corpus_texts, monkeypatch):
    import multiprocessing

    from deedsnlp.classify.predict import classify_documents

    one = _decisions(classify_documents((build_document(t, i) for i, t in corpus_texts[:10]), shipped))
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    docs = classify_documents((build_document(t, i) for i, t in corpus_texts[:10]), shipped, workers=4, batch_chars=8_000)
    assert _decisions(docs) == one


def test_cli_classify_workers_give_the_same_output(tmp_path, corpus_texts):
    for i, t in corpus_texts[:12]:
        (tmp_path / f"{i}.txt").write_text(t, encoding="utf-8")
    one = runner.invoke(app, ["classify", str(tmp_path), "--json", "--workers", "1"])
    two = runner.invoke(app, ["classify", str(tmp_path), "--json", "--workers", "2"])
    assert one.exit_code == two.exit_code == 0, two.output
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) > 100
