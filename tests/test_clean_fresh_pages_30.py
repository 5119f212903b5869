"""Credit shapes the thirtieth session's reading of the gathered pages showed: datelines whose outlet names its
station or channel, or puts the place after the day, a credit after a list's bullet, a reporter's credit in
brackets opening the paragraph (the unit before the role, names run together), one credit glued to the text's
day, and the writer's unit and name on a line of their own under the last paragraph; invented outlets, units,
people and wording."""

from __future__ import annotations

import pytest

from tests.helpers import removed_text as _removed

BODY = "为深入开展“我为群众办实事”实践活动，青禾镇党委组织四十余名党员志愿者走进河口社区，为居民义诊、理发、修家电。"


@pytest.mark.parametrize("credit", [
    "  • 掌上青禾讯(记者 柯明远)",          # an app's dateline after a list's bullet
    "青禾新闻网9月12日临江讯(通讯员 杜晓岚)",  # the outlet, its day, then the place
    "  青禾在线江南频道报道(韩小溪):",        # a channel's report, the writer in brackets
    "红网临溪站讯",                           # a station's dateline before the text's quotation
    "(学生通讯员林小雨周可欣)",               # a student reporter, two names run together
    "(机关支部通讯员陈立新) ",                 # the unit before the role
    "通讯员 孟佳",                             # one credit glued to the text's day
    "本报记者邢大龙4月18日北京报道 ",         # the day and place of the credit's own dateline
])
def test_a_credit_opening_the_paragraph_goes_and_the_text_stays(cleaner, credit):
    text = ("6月2日晚，" if credit == "通讯员 孟佳" else "“党员就要冲在前面！”" if credit == "红网临溪站讯" else "") + BODY
    page = "青禾镇开展党员志愿服务活动\n" + credit + text + "\n活动持续了一整天，受到居民好评。\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result) == credit
    assert text in result.cleaned


@pytest.mark.parametrize("line", [
    "记者 王小川 在村里看到，党员志愿者正忙着为老人测血压、量体温，还把药品一一分好装进药盒。",  # a reporter's own sentence
    "(通讯员队伍建设)是今年宣传工作的重点，支部为此举办了三期培训班。",  # a bracket of words, no names
    "红网报道的这件事在全镇引起了热烈反响，大家纷纷点赞。",
])
def test_a_sentence_naming_a_reporter_or_an_outlet_stays(cleaner, line):
    page = "青禾镇开展党员志愿服务活动\n" + line + "\n" + BODY + "\n"
    result = cleaner.clean_text(page)
    assert line in result.cleaned and BODY in result.cleaned


@pytest.mark.parametrize("credit", ["(东部院区 杜晓岚)", "(宣传委员 柯明远)", "(纪检监察室 韩小溪) |"])
def test_the_writers_unit_and_name_in_brackets_closing_the_page_go(cleaner, credit):
    last = "全体党员表示，将立足岗位、奋勇争先，为医院高质量发展贡献力量。"
    page = "青禾医院党支部开展主题党日活动\n" + BODY + "\n" + last + "\n" + credit
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == credit.strip()
    assert last in result.cleaned and BODY in result.cleaned
    assert result.cleaned.count("\n") >= 2  # the paragraphs keep their line breaks


@pytest.mark.parametrize("page", [
    # the unit's signature and a person without brackets at the foot (test_clean_heldout), a post and name between paragraphs
    "全体党员表示，将立足岗位、奋勇争先，为医院高质量发展贡献力量。\n青禾医院党委 孟佳\n",
    f"{BODY}\n（青禾医院党支部书记 杜晓岚）\n全体党员表示，将立足岗位、奋勇争先，为医院高质量发展贡献力量。\n",
])
def test_a_signature_under_the_text_stays(cleaner, page):
    assert cleaner.clean_text(page).cleaned == page
