"""Shapes seen on the real pages of session 44, rewritten with invented names and wording."""

from __future__ import annotations

import pytest

from tests.helpers import VILLAGE_P1, VILLAGE_P2, VILLAGE_P3, VILLAGE_TITLE, clean_page

TITLE, P1, P2, P3 = VILLAGE_TITLE, VILLAGE_P1, VILLAGE_P2, VILLAGE_P3


# -- the publisher's name glued before its publishing line ---------------------------------------------------

@pytest.mark.parametrize("unit, fields", [
    ("青峰建筑公司", "发布时间:2022-11-01 13:39:56  作者:林青"),
    ("东江水电工程局", "发布时间：2021-01-25 10:51:31  作者：周海"),
    ("石桥县融媒体中心 ", "来源：石桥县融媒体中心  发布时间：2023-04-02"),
    ("青峰建築公司", "發布時間:2022-11-01 13:39:56  作者:林青"),
])
def test_a_units_name_glued_before_the_publishing_line_goes(unit, fields):
    page = TITLE + unit + fields + "\n\n" + P1 + P2 + P3
    out = clean_page(page)
    assert unit.strip() not in out and "13:39" not in out and "发布时间" not in out and "發布時間" not in out
    assert P1 in out and P2 in out and P3 in out


def test_a_title_glued_before_the_publishing_line_stays():
    # what was done, no unit's name alone: the report's title
    title = "石桥村党支部开展主题党日活动"
    page = title + "发布时间:2022-11-01 13:39:56  作者:林青\n\n" + P1 + P2
    out = clean_page(page)
    assert title in out and "13:39" not in out


# -- where someone stands in the picture, opening the caption ---------------------------------------------

@pytest.mark.parametrize("caption", ["(右一)林秀梅和同事商量排班表", "（左二）社区党委书记周海走访独居老人"])
def test_a_caption_opened_by_a_position_mark_goes_whole(caption):
    page = TITLE + P1 + "\n" + caption + "\n\n" + P2 + P3
    out = clean_page(page)
    assert caption[4:] not in out
    assert P1 in out and P2 in out and P3 in out


# -- a news agency's photo credit inside a flattened paragraph ----------------------------------------------

def test_an_agency_photo_credit_inside_a_paragraph_goes_and_its_caption_with_it():
    first = "目前，全乡党员中心户已经达到120户，成为牧民增收致富的主心骨。"
    caption = "5月8日，石桥边防派出所民警正在为党员中心户调试监控器。"
    last = "近年来，针对牧区牧民居住分散等问题，乡党委充分发挥基层党组织带头作用，建起流动服务队。"
    page = TITLE + first + "新华社记者 林海川 摄 ????" + caption + "新华社记者 林海川 摄 ????" + last + "\n" + P2
    out = clean_page(page)
    assert "摄" not in out and "调试监控器" not in out
    assert first in out and last in out and P2 in out


@pytest.mark.parametrize("line", [
    "他对记者说：“这次拍摄的照片，我们要留给下一代。”",
    "县融媒体中心记者林海川摄制的专题片在全县播出，党员群众反响热烈。",
])
def test_a_sentence_telling_of_a_reporter_stays(line):
    page = TITLE + P1 + line + "\n" + P2
    assert line in clean_page(page)
