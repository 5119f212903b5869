"""Families of injected gambling and lottery names that the twenty-sixth session's real pages showed in
new spellings; invented units, people and wording throughout (the brand names are the trade's own)."""

from __future__ import annotations

import pytest

LEAD = ("6月28日，青禾县后勤服务中心在中心大楼报告厅举行庆祝建党一百零二周年表彰大会，中心主任柯明远主持会议，"
        "全体党员和入党积极分子参加。\n")
TAIL = ("随后，受表彰的先进代表分别发言，结合自身岗位分享了立足本职、服务师生的经验和体会，大家纷纷表示要以先进为榜样，"
        "在平凡岗位上作出新的更大贡献。\n")


def _removed(page: str, result) -> str:
    return "".join(page[f.start:f.end] for f in result.findings if f.action in ("removed", "restored")
                   and f.kind not in ("mask", "placeholder"))


@pytest.mark.parametrize("sentence, brand", [
    # a brand's Chinese head, its number and a gambling tail, even where the head is an ordinary word
    ("韦青禾，中共党员，环球360娱乐网站通信工程2004班学生，已考取青禾大学研究生。", "环球360娱乐网站"),
    # the trade's word for its mirror sites after a brand's number
    ("365365最快线路检测中心本科生第二党支部自2024年4月与青禾村党支部结对以来，积极开展共建活动。", "365365最快线路检测中心"),
    # lottery spam standing where the company's name stood
    ("9月24日，香港内部资一码中与青禾建工集团开展党建交流活动，双方党员代表参加。", "香港内部资一码中"),
    # a variant spelling of a known brand, glued to its Latin name and its site
    ("在南校区E楼韦德体育bevictor网址开展“聆听榜样故事”主题党日活动，党小组全体成员参加。", "韦德体育bevictor网址"),
    # a brand with its number and its 旗舰厅 after a title, at the line's end
    ("寻找给总书记写信的老支书-z6尊龙旗舰厅", "-z6尊龙旗舰厅"),
    # a lottery 宝典 with its 资料, alone on its line
    ("香港新六宝典资料", "香港新六宝典资料"),
    # a misspelt brand opening the title, with the separator before the title's words
    ("万搏全站app-青禾县一位65岁村支书牺牲在抗疫一线", "万搏全站app-"),
    # a Latin-tagged brand where the school's name stood
    ("在支部建设中，充分发挥党员教师的先锋模范作用，BG大游定期开展支部共建活动。", "BG大游"),
], ids=["digits-ordinary-head", "route-check", "lottery", "variant-spelling", "flagship-hall", "lottery-book",
        "title-separator", "latin-tag"])
def test_injected_names_in_new_spellings_go(cleaner, sentence, brand):
    page = LEAD + sentence + "\n" + TAIL
    result = cleaner.clean_text(page)
    assert brand not in result.cleaned
    assert brand in _removed(page, result)
    assert LEAD.strip() in result.cleaned and TAIL.strip() in result.cleaned


def test_a_room_number_after_a_brand_stays_with_the_sentence(cleaner):
    """The hijacker put the brand where the building's name stood; the room's number is the sentence's."""
    page = LEAD + "党小组在南校区E楼伟德体育bevictor网址424会议室开展主题党日活动。\n" + TAIL
    cleaned = cleaner.clean_text(page).cleaned
    assert "bevictor" not in cleaned and "424会议室开展主题党日活动" in cleaned


@pytest.mark.parametrize("sentence", [
    "按照工作安排，供电所对10kV线路检测工作进行了部署，全体党员带头参加夜间巡视。",
    "社区为老年人开设了娱乐活动室，党员志愿者每周到活动室陪老人下棋、读报。",
    "青禾县体育彩票中心党支部组织党员开展“诚信服务”承诺践诺活动。",
    "学院党委组织学生党员收看《环球时报》专题报道，并结合所学开展讨论。",
    "村里的老党员沐春风般温暖着每一位村民，大家都说他是村里的主心骨。",
], ids=["power-line", "pastime-room", "lottery-office", "newspaper", "ordinary-characters"])
def test_report_sentences_near_the_trades_words_stay(cleaner, sentence):
    page = LEAD + sentence + "\n" + TAIL
    assert sentence in cleaner.clean_text(page).cleaned
