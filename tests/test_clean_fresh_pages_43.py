"""Shapes seen on the real pages of session 43, rewritten with invented names and wording."""

from __future__ import annotations

import pytest

from tests.helpers import VILLAGE_P1, VILLAGE_P2, VILLAGE_P3, VILLAGE_TITLE, clean_page

TITLE, P1, P2, P3 = VILLAGE_TITLE, VILLAGE_P1, VILLAGE_P2, VILLAGE_P3


# -- a picture's caption closed by its credit ---------------------------------------------------------------

@pytest.mark.parametrize("caption", [
    # the supplier after a slash
    "村民把房前屋后的空地变成小菜园。/镇乡村振兴工作队办公室供图",
    # the agency and its site apart by a hyphen, then the reporter and a slash before 摄
    "石桥村文化广场一角。晨报-东江新闻网记者林小燕/摄",
    "7月2日，县委社会工作部与快递企业签署共建协议。东江网-晨报记者 周立新摄",
    # who wrote the item and supplied its picture
    "支部书记检查脐橙品质，这批脐橙将通过网络销往各地。陈某某 文/供图",
    # the supplier in brackets, the picture's mark after it
    "2019年5月4日，石桥村青年突击队举行成立仪式。(石桥村委会供图/图)",
    # the picture's file name left after the credit
    "党员上门看望独居老人。石桥消防救援站 供图.jpg",
])
def test_caption_closed_by_its_credit_goes(caption):
    page = TITLE + P1 + caption + "\n" + P2 + P3
    out = clean_page(page)
    assert caption not in out and caption[:8] not in out
    assert P1 in out and P2 in out and P3 in out


def test_traditional_caption_with_its_credit_goes():
    caption = "隊員們陪老人們聊天解悶。石橋消防救援站 供圖.jpg"
    page = ("石橋消防救援站開展學雷鋒志願服務活動\n"
            "今年以來，站裡組織隊員深入社區開展志願服務二十餘次，幫助老人解決實際困難，贏得群眾好評。\n"
            + caption + "\n"
            "站裡還與街道簽訂共建協議，定期開展消防安全宣傳，群眾的安全意識不斷提高。\n")
    out = clean_page(page)
    assert caption not in out and "聊天解悶" not in out
    assert "站裡還與街道簽訂共建協議" in out


def test_paragraph_naming_a_supply_keeps_its_words():
    # a sentence of the report whose verb is 提供 or that speaks of pictures stays
    for line in ("活动所需的药品和器材由县人民医院提供。",
                 "支部党员撰写心得体会文章12篇，拍摄活动照片200余张，供图片展使用。"):
        page = TITLE + P1 + line + "\n" + P2
        assert line in clean_page(page)


# -- a link glued after the text, and a feed's button ------------------------------------------------------

def test_link_with_arrows_closing_a_paragraph_goes_and_the_sentence_stays():
    sentence = "石桥村党支部带头发展茶叶种植，带动村民增收致富，村集体经济收入突破50万元。"
    page = TITLE + sentence + "2019-3-12 晨间新闻摘要全文>>>\n" + P2 + P3
    out = clean_page(page)
    assert "全文>>>" not in out and "晨间新闻摘要" not in out
    assert sentence in out and P2 in out


def test_arrows_inside_a_sentence_stay():
    line = "支部把“三会一课”>>主题党日>>民主评议串成一条线，党员参与率达到98%。\n"
    page = TITLE + P1 + line + P2
    assert line in clean_page(page)


@pytest.mark.parametrize("button", ["轻触这里,加载下一页", "点击加载更多", "上拉加载更多内容…"])
def test_feed_button_for_more_goes(button):
    page = TITLE + P1 + P2 + P3 + button + "\n"
    out = clean_page(page)
    assert button not in out and "加载" not in out and P3 in out
