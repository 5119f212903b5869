import pytest

from deedsnlp.segment import Segmenter, domain_lexicon, get_segmenter, parse_lexicon, segment

REQUIRED = ["三会一课", "主题党日", "两学一做", "第一议题", "先锋模范作用", "战斗堡垒", "四议两公开",
            "一岗双责", "民主评议", "入党积极分子", "预备党员", "党小组"]


def test_lexicon_size_and_required_terms():
    words = {e.word for e in domain_lexicon()}
    assert len(words) >= 400
    assert set(REQUIRED) <= words


SENTENCES = [
    "支部认真落实三会一课制度，每月开展主题党日活动。",
    "深入推进两学一做学习教育常态化制度化，落实第一议题制度。",
    "充分发挥党员先锋模范作用和党支部战斗堡垒作用。",
    "村里重大事项严格执行四议两公开，班子成员落实一岗双责。",
    "年底开展民主评议党员，培养入党积极分子3名，转正预备党员2名，各党小组积极参与。",
]


@pytest.mark.parametrize("backend", ["jieba", "rjieba"])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_lexicon_terms_kept_whole(backend, sentence):
    words = Segmenter(backend=backend).words(sentence)
    lexicon = {e.word for e in domain_lexicon()}
    for term in REQUIRED:
        if term in sentence:
            # the term comes out whole: as a token, or inside a longer lexicon term (三会一课制度)
            assert any(term in w and w in lexicon for w in words), (term, words)


def test_fast_path_matches_jieba_on_lexicon_terms():
    fast, ref = Segmenter(backend="rjieba"), Segmenter(backend="jieba")
    for e in list(domain_lexicon())[::7]:
        text = f"我们坚持{e.word}，取得实效。"
        assert e.word in fast.words(text) and e.word in ref.words(text), e.word


def test_no_state_leaks_between_segmenters(tmp_path):
    lex = tmp_path / "user.txt"
    lex.write_text("城关小学红烛先锋 30000 nz\n", encoding="utf-8")
    with_user = Segmenter([lex])
    plain = Segmenter()
    text = "城关小学红烛先锋工作室成立"
    assert "城关小学红烛先锋" in with_user.words(text)
    assert "城关小学红烛先锋" not in plain.words(text)
    import jieba

    assert "城关小学红烛先锋" not in jieba.lcut(text)  # the global jieba is untouched


def test_parse_lexicon_formats_and_errors():
    entries = parse_lexicon("# comment\n党建 100 n\n三务公开\n网格员 nz\n")
    assert [(e.word, e.freq, e.tag) for e in entries][0] == ("党建", 100, "n")
    assert entries[2].tag == "nz"
    from deedsnlp.errors import InputError

    with pytest.raises(InputError, match="lex.txt:1"):
        parse_lexicon("词 abc n", "lex.txt")


def test_segment_helper_and_cache():
    assert get_segmenter() is get_segmenter()
    assert segment("落实三会一课") == ["落实", "三会一课"]
    assert segment("落实三会一课制度") == ["落实", "三会一课制度"]


def test_spacy_blank_zh_with_lexicon():
    from deedsnlp import nlp

    pipe = nlp()
    assert pipe.lang == "zh"
    doc = pipe("党支部开展主题党日活动，发挥战斗堡垒作用。")
    words = [t.text for t in doc]
    assert "主题党日" in words or "主题党日活动" in words
    assert "战斗堡垒作用" in words and doc.text == "党支部开展主题党日活动，发挥战斗堡垒作用。"


def test_spacy_pipeline_round_trips_to_disk(tmp_path):
    import spacy

    from deedsnlp import nlp

    nlp().to_disk(tmp_path / "p")
    from deedsnlp.spacy_zh import register

    register()
    again = spacy.load(tmp_path / "p")
    assert [t.text for t in again("支部落实三会一课")] == ["支部", "落实", "三会一课"]
