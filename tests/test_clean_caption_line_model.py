"""The caption model for lines (``caption_line_model``, ``deedsnlp/data/caption_line_model.json``): a picture's
caption standing alone between a news page's paragraphs goes in the words of any trade (a courier, a tax
officer, a farm technician), not only in the generator's; the report's headings worded with activities stay,
and so do lines that only look like captions by their place: the page's last line cut by the excerpt, text
broken at its figures, a roll of units one per line. Invented names and wording throughout; none of the lines
below is among the written training lines."""

from __future__ import annotations

import pytest

from deedsnlp.clean.captionmodel import caption_line_model, caption_model, model_from_json, training_lines, written_lines
from deedsnlp.clean.linemodel import fit

#: captions in trades the generator's pools do not name (the sentence model reads each under 0.9)
CAPTIONS = [
    "快递小哥在驿站分拣包裹",
    "农技员在大棚里指导菜农种植",
    "税务干部上门为企业辅导申报",
    "抢修人员冒雨更换受损电杆",
    "消防员为小学生讲解灭火器使用方法",
    "民警帮助走失老人找到家人",
]
#: headings worded with deeds and goals
HEADINGS = [
    "党员带头当先锋",
    "把服务送到家门口",
    "强化组织建设提升战斗力",
    "坚持问题导向狠抓整改落实",
    "办好群众家门口的事",
    "结对帮扶结出硕果",
]


def test_the_lines_here_are_not_training_lines():
    written = written_lines()
    assert not (set(CAPTIONS) | set(HEADINGS)) & (set(written["captions"]) | set(written["headings"]))
    assert len(written["captions"]) > 2000 and len(written["headings"]) > 2000
    assert not set(written["captions"]) & set(written["headings"])


@pytest.mark.parametrize("line", CAPTIONS)
def test_line_model_reads_captions_of_any_trade(line):
    assert caption_line_model().score(line) >= 0.9
    assert caption_model().score(line) < 0.9  # (the sentence model's generator never names these trades)


@pytest.mark.parametrize("line", HEADINGS)
def test_line_model_leaves_headings_worded_with_deeds(line):
    assert caption_line_model().score(line) < 0.5


def test_a_small_line_model_trained_here_loads_and_separates(tmp_path):
    lines, labels, pos = training_lines(seed=3, captions=600, clauses=400, kind="line")
    base, _, _ = training_lines(seed=3, captions=600, clauses=400)
    assert len(lines) > len(base) + 4000  # the written lines and the corpus's sentences of clauses
    model = fit(lines, labels, pos, seed=3)
    path = tmp_path / "caption_line_model.json"
    model.save(path)
    loaded = model_from_json(path.read_text(encoding="utf-8"))
    assert loaded.score(CAPTIONS[0]) > 0.5 > loaded.score("坚持问题导向狠抓整改落实")


P1 = "青溪社区党委坚持把服务群众作为第一要务，组织党员志愿者常态化开展便民服务，今年以来共办理民生实事四十余件。"
P2 = "社区还与辖区企业结对共建，整合场地、人员和资金，打通服务群众的最后一公里，居民满意度持续提升。"
P3 = "下一步，社区党委将继续深化党建引领基层治理，让党旗在服务一线高高飘扬。"


@pytest.mark.parametrize("caption", CAPTIONS[:3])
def test_a_caption_of_any_trade_between_paragraphs_goes(cleaner, caption):
    page = "\n".join([P1, caption, P2, P3])
    out = cleaner.clean_text(page).cleaned
    assert caption not in out
    assert P1 in out and P2 in out and P3 in out


@pytest.mark.parametrize("heading", HEADINGS[:3])
def test_a_heading_between_paragraphs_stays(cleaner, heading):
    page = "\n".join([P1, heading, P2, P3])
    assert heading in cleaner.clean_text(page).cleaned


def test_the_pages_last_line_stays(cleaner):
    """An excerpt cut after a sentence's first words (7月1日某某党员志愿者前往某某): no caption stands last."""
    last = "7月1日青溪社区党员志愿者前往敬老院看望老人"
    assert caption_line_model().score(last) >= 0.9
    page = "\n".join([P1, P2, P3, last])
    assert last in cleaner.clean_text(page).cleaned


def test_text_broken_at_its_figures_stays(cleaner):
    """A page that breaks its lines at each figure (6 / 月 / 22 / 日上午，…): the words after a figure go on with it."""
    broken = "日上午快递小哥在驿站分拣包裹"
    assert caption_line_model().score(broken) >= 0.9
    page = "\n".join([P1, "6", "月", "22", broken, "8", "人参加了当天的志愿服务活动，受到居民欢迎。", P2, P3])
    assert broken in cleaner.clean_text(page).cleaned


def test_a_roll_of_units_stays(cleaner):
    """Units listed one per line, a short line on each side that reads as no caption: a roll, not pictures."""
    roll = ["青溪小学党支部书记工作室", "柳河中学党委书记工作室", "青溪镇卫生院党员服务站"]
    assert caption_line_model().score(roll[1]) >= 0.9
    page = "\n".join([P1, *roll, P2, P3])
    out = cleaner.clean_text(page).cleaned
    assert all(r in out for r in roll)
