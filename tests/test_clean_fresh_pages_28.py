"""Junk shapes the twenty-eighth session's pages showed: a 范文 site's summary of the text, or a definition of the
genre, on the line its preface closes in the page's head; invented units, people and wording throughout."""

from __future__ import annotations

import pytest

from tests.helpers import removed_text as _removed

TITLE = "机关党支部清廉机关建设工作总结\n"
BODY = ("今年以来，青禾县水务局机关党支部坚持把清廉机关建设作为“一把手”工程，制定任务清单18项，"
        "组织专题学习12次，全体党员签订廉洁承诺书。\n"
        "支部建立“三色”预警台账，对工程招标、资金拨付等环节逐项排查，整改问题7个，群众满意度明显提升。\n")


@pytest.mark.parametrize("lead, preface", [
    # the site's summary of the text before its preface of texts gathered for the reader
    ("机关党支部扎实推进清廉机关建设，强化制度执行，筑牢廉洁防线，成效明显。",
     "下面是网友为您整理分享的“机关党支部清廉机关建设工作总结”相关范文，供您参考！"),
    # a definition of the genre before the site's offer in its own name
    ("  工作总结是指对一定时期的工作进行回顾、分析和评价的书面材料。",
     "青禾范文网今天为大家精心准备了机关党支部清廉机关建设工作总结，希望对大家有所帮助！"),
    # the text's opening copied as a teaser (the branch's words, two sentences, past sixty characters, no figure)
    ("机关党支部坚持以党建引领业务发展，扎实开展主题党日活动。党员志愿服务常态化开展，支部战斗堡垒作用进一步彰显，群众满意度持续提升。",
     "以下是小编为大家整理的机关党支部工作总结范文，欢迎大家阅读参考。"),
], ids=["summary", "definition", "teaser"])
def test_a_sites_lead_in_before_its_preface_in_the_head_goes(cleaner, lead, preface):
    page = TITLE + lead + preface + "\n" + BODY
    result = cleaner.clean_text(page)
    removed = _removed(page, result)
    assert lead.strip() in removed and preface in removed
    assert TITLE.strip() in result.cleaned and all(x in result.cleaned for x in BODY.split("\n") if x)


def test_a_reports_opening_naming_its_unit_with_its_place_stays_before_a_preface(cleaner):
    # the report's own first words (a unit named with its place) glued to a preface: the preface goes, they stay
    lead = "青禾县水务局机关党支部现有党员26名，下设党小组3个，先后获评县级先进基层党组织。"
    preface = "下面是网友为您整理分享的相关范文，供您参考！"
    page = TITLE + lead + preface + "\n" + BODY
    result = cleaner.clean_text(page)
    assert preface in _removed(page, result) and lead in result.cleaned


def test_a_paragraph_before_a_preface_below_the_head_stays(cleaner):
    # past the page's first lines the text before a preface is the report's (a collection's next item follows)
    closing = "下一步，支部将持续深化清廉机关建设，以优良作风保障全县水务事业高质量发展。"
    preface = "以下是小编为大家整理的其他范文，欢迎大家阅读参考。"
    page = TITLE + BODY + "三、下一步打算\n" + "支部将继续完善廉洁风险防控机制。\n" + closing + preface + "\n"
    result = cleaner.clean_text(page)
    assert preface in _removed(page, result) and closing in result.cleaned
