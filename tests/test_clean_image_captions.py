"""A picture's caption on the line under its Markdown image (某某村党群服务中心内 |, 宣讲现场), and a flattened
table's bar opening a line (| 某某党支部：…); the report's sentence or numbered heading under a picture stays, and
so does a title's own bar between its words. Invented names and wording throughout."""

from __future__ import annotations

import pytest

BODY = "近年来，松岭村党支部坚持把党建工作融入乡村振兴全过程，带领群众发展食用菌产业，村集体收入逐年增长。"
NEXT = "支部每月开展一次主题党日活动，党员带头认领公益岗位，群众满意度明显提升。"


def cleaned(cleaner, text: str) -> str:
    return cleaner.clean_text(text).cleaned


@pytest.mark.parametrize("caption", ["村史馆展厅内 |", "宣讲现场 |", "柳青山宣讲中", "党员志愿者清理村口河道。",
                                     "全省优秀党务工作者奖章 ｜"])
def test_a_short_line_under_a_picture_is_its_caption(cleaner, caption):
    text = f"{BODY}\n![]() |\n{caption}\n{NEXT}"
    out = cleaned(cleaner, text)
    assert BODY in out and NEXT in out
    assert caption.strip(" |｜。")[:4] not in out


@pytest.mark.parametrize("line", [
    "二、强化组织引领",  # a numbered heading under a picture
    "村民纷纷点赞，支部威信明显提高。",  # a short sentence of two clauses
    "支部书记柳青山说，这份荣誉属于全村党员。群众的口碑才是最好的奖章。",  # the report's sentences
    "2021年以来，松岭村党支部先后获评全县先进基层党组织和全市五星级党支部",  # a long line
])
def test_the_reports_line_under_a_picture_stays(cleaner, line):
    out = cleaned(cleaner, f"{BODY}\n![](/upload/pic01.jpg)\n{line}\n{NEXT}")
    assert line in out and BODY in out


def test_a_tables_bar_opening_a_line_goes(cleaner):
    out = cleaned(cleaner, f"| 松岭村党支部：党建引领产业兴\n{BODY}\n｜ {NEXT}")
    assert "|" not in out and "｜" not in out
    assert "松岭村党支部：党建引领产业兴" in out and BODY in out and NEXT in out


def test_a_titles_own_bar_between_its_words_stays(cleaner):
    out = cleaned(cleaner, f"党员风采｜松岭村的“蘑菇经济”\n{BODY}\n{NEXT}")
    assert "党员风采｜松岭村的“蘑菇经济”" in out


@pytest.mark.parametrize("name", ["柳青山整理党员档案", "9d3f0a77c41e4b******1c2d.Jpeg"])
def test_an_image_files_name_and_its_caption_repeating_it_go(cleaner, name):
    stem = name.rsplit(".", 1)[0]
    file = name if "." in name else f"{name}.JPG"
    text = f"{BODY}\n\n{file}\n\n{stem}\n\n{NEXT}"
    out = cleaned(cleaner, text)
    assert BODY in out and NEXT in out
    assert stem not in out


def test_a_line_under_an_image_file_naming_something_else_stays(cleaner):
    text = f"{BODY}\n\n柳青山整理党员档案.JPG\n\n春耕时节，支部组织党员帮助留守老人抢种玉米三十亩。\n\n{NEXT}"
    out = cleaned(cleaner, text)
    assert "春耕时节，支部组织党员帮助留守老人抢种玉米三十亩。" in out and "整理党员档案" not in out


TITLE = "松岭村党支部：小蘑菇撑起致富伞"


@pytest.mark.parametrize("line,goes", [
    ("松岭小学新貌。", True), ("党员志愿者帮助村民采摘食用菌。", True), ("驻村工作队员走访慰问困难群众。", True),  # pictures' captions
    ("金秋时节，松岭村稻浪翻滚。", False), ("有一种精神，叫松岭精神。", False), ("民族要复兴，乡村必振兴。", False),  # the report's lead
])
def test_a_sentence_line_above_the_text_goes_only_as_a_pictures_caption(cleaner, line, goes):
    out = cleaned(cleaner, f"{TITLE}\n\n{line}\n\n{BODY}\n\n{NEXT}\n")
    assert TITLE in out and BODY in out and NEXT in out
    assert (line not in out) is goes


def test_a_caption_sentence_below_the_first_paragraph_is_left_to_the_other_rules(cleaner):
    line = "支部书记带领党员走访慰问困难群众。"
    text = f"{BODY}\n\n{line}\n\n{NEXT}\n"
    assert line in cleaned(cleaner, text)


def test_a_sentence_of_two_clauses_under_a_bare_image_stays(cleaner):
    line = "村民纷纷点赞，支部威信明显提高。"
    out = cleaned(cleaner, f"{BODY}\n![]()\n{line}\n{NEXT}")
    assert line in out and "![]()" not in out


def test_a_wrapped_sentences_end_above_the_first_paragraph_stays(cleaner):
    text = (f"{TITLE}\n\n会上，支部书记通报了全年党建工作情况，党员代表和群众基\n层代表在会上发言。\n"
            f"近年来，松岭村党支部坚持把党建工作融入乡村振兴全过程，带领群众发展食用菌产\n业，村集体收入逐年增长。\n{NEXT}\n")
    out = cleaned(cleaner, text)
    assert "层代表在会上发言。" in out and NEXT in out
