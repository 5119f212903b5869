"""Gambling brands built on the trade's own words (网投, 博彩, 百家乐, 棋牌 …) and 范文 sites'
prefaces written without 小编/本站/仅供参考. Invented names and wording throughout; each test
keeps the report sentences that look most like the junk (网格平台, 体育彩票中心, 打击网络赌博 …)."""

from __future__ import annotations

import pytest

from deedsnlp.clean import Cleaner
from deedsnlp.clean.furniture import find_brands


BODY = "柳溪镇中心小学党支部现有党员十九名，支部坚持把立德树人贯穿教育教学全过程。"
#: the body line after a tested line
AFTER = "支部书记带领党员走访困难家庭23户。"


def between(cleaner, line: str) -> str:
    """The cleaned text of ``line`` between the body paragraph and a line of report after it."""
    return cleaner.clean_text(f"{BODY}\n{line}\n{AFTER}\n").cleaned


def _brands(text: str) -> list[str]:
    return [text[c.start : c.end] for c in find_brands(text) if c.action != "flagged"]


@pytest.mark.parametrize("text, brand", [
    ("澳门官方十大网投平台党支部始终坚持以党建引领发展。", "澳门官方十大网投平台"),
    ("bwin必赢亚洲党支部把学习教育抓在日常。", "bwin必赢亚洲"),
    ("金鼎网投党支部组织党员开展志愿服务。", "金鼎网投"),
    ("银沙棋牌学院党委认真落实主体责任。", "银沙棋牌"),
    ("澳门真人娱乐学院深入开展主题教育。", "澳门真人娱乐"),
    ("在新加坡老虎机游戏平台的大力支持下，项目顺利推进。", "新加坡老虎机游戏平台"),
    ("威尼斯人百家乐平台8866在线注册", "威尼斯人百家乐平台8866在线注册"),
    ("支部书记带领党员澳门新葡京百家乐官网深入田间地头。", "澳门新葡京百家乐官网"),
    ("江南体育网投app党支部组织开展活动。", "江南体育网投app"),
    ("正规网投十大平台排名学院深入开展主题教育。", "正规网投十大平台排名"),
    ("全民捕鱼游戏平台党支部开展志愿活动。", "全民捕鱼游戏平台"),
    ("皇冠足球投注网党支部成立于2009年。", "皇冠足球投注网"),
    ("真人娱乐党支部开展主题党日活动。", "真人娱乐"),
    ("近日，必赢学院召开党员大会。", "必赢"),
    ("香港六合彩开奖结果党支部开展活动。", "香港六合彩开奖结果"),
    ("真钱捕鱼游戏平台党支部组织党员学习。", "真钱捕鱼游戏平台"),
])
def test_a_brand_on_a_gambling_trade_word_goes_with_its_padding_and_tails(text, brand):
    assert _brands(text) == [brand]


@pytest.mark.parametrize("text", [
    "我们开展打击跨境网投专项行动，提醒群众警惕网投平台诈骗。",
    "社区老年活动中心设有棋牌室、阅览室，组织老人开展棋牌比赛。",
    "市体育彩票中心党支部开展主题党日活动。",
    "省福利彩票中心党支部获评先进基层党组织。",
    "坚决打击网络赌博，引导群众远离百家乐等赌博游戏。",
    "村里设立了彩票投注站。",
    "长江十年禁渔，支部党员带头劝阻非法捕鱼。",
    "依托网格平台开展服务，推动投资平台建设。",
    "他曾沉迷网投，后来在支部帮助下幡然醒悟。",
    "体育彩票投注站站长带头创业。",
    "学校棋牌社团党支部组织学生开展象棋比赛。",
    "市福利彩票发行中心党支部开展结对帮扶。",
    "民警破获一起赌球案件，支部党员协助清点彩金。",
    "支部开展象棋、扑克等文体活动。",
    "全省体育彩票网点达到3000个，中国福利彩票网上销售暂停。",
    "澳门博彩业收入下降，支部在研讨会上作交流发言。",
    "支部党员走进社区揭露香港网投诈骗套路。",
])
def test_report_sentences_about_gambling_and_platforms_name_no_brand(text):
    assert _brands(text) == []


def test_a_trade_word_brand_in_place_of_the_units_name_is_removed_and_its_sentence_flagged(cleaner):
    page = (f"{BODY}\n"
            "香港博彩官网党支部组织党员到敬老院开展志愿服务。\n"
            "支部书记带领党员走访困难家庭23户。\n")
    result = cleaner.clean_text(page)
    assert "博彩" not in result.cleaned and "香港" not in result.cleaned
    assert "支部书记带领党员走访困难家庭23户。" in result.cleaned and BODY in result.cleaned
    assert any(f.data.get("unit") == "brand_sentence" for f in result.findings)


@pytest.mark.parametrize("preface", [
    "事迹材料是记录先进人物事迹的一种文体。这篇文章为你带来了五篇优秀范文，希望对你有所帮助。",
    "先进事迹材料怎么写呢？下面这几篇例文值得大家参考借鉴。",
    "以下是关于社区党支部先进事迹的内容，欢迎阅读与收藏。",
    "这里精选了6篇学校党总支事迹材料，欢迎阅读与收藏！",
    "以下是为您整理的机关党委工作总结的全部内容：",
    "本文汇编了三篇优秀党支部申报材料，供各位读者学习借鉴。",
])
def test_a_fanwen_sites_preface_in_new_wording_goes(cleaner, preface):
    result = cleaner.clean_text(f"{preface}\n{BODY}\n")
    assert result.cleaned.strip() == BODY


@pytest.mark.parametrize("line", [
    "以下是我的几点体会，供大家参考。",
    "下面，我把支部一年来的工作情况向大家汇报，请予审议。",
    "他把自己整理的学习笔记分享给大家参考。",
    "支部为大家整理了学习资料，供党员参考借鉴。",
    "以下是支部近三年的主要工作内容：",
    "支部建起党员书屋，藏书五千余册，常年免费开放，欢迎广大居民前来阅读。",
    "党员们纷纷阅读他写的文章，表示深受启发。",
])
def test_report_sentences_that_speak_of_reading_and_reference_stay(cleaner, line):
    assert line in between(cleaner, line)


@pytest.mark.parametrize("preface", [
    "事迹材料需要真实具体，如何才能写出一篇好的事迹材料呢？下面是精心挑选的范文，一起来看看。",
    "以下是整理的优秀党员事迹材料，希望对您有用！",
    "相信许多人会觉得事迹材料很难写？以下是网友分享的事迹材料范文，一起来看看吧。",
    "党支部先进事迹材料10篇，这些都是经典之作，值得收藏。",
    "社区党支部事迹材料5篇，欢迎阅读与收藏。",
    "优秀共产党员事迹范文，欢迎阅读和下载！",
])
def test_a_preface_after_a_sentence_about_the_genre_goes_with_it(cleaner, preface):
    assert between(cleaner, preface) == f"{BODY}\n{AFTER}\n"


@pytest.mark.parametrize("line", [
    "以下是支部的几点做法，值得兄弟单位借鉴。",
    "以下是支部的几点做法，供大家参考借鉴。",
    "支部整理的学习资料供大家参考。",
    "支部精选了一批红色书籍，供大家阅读。",
    "以下是该同志的主要事迹内容：",
    "大家一起来看看我们村的新变化。",
    "在三月的支部学习会上，书记推荐了这篇文章，希望大家认真阅读、对照检查、抓好落实。",
    "学习会上，党员们结合工作实际，轮流分享了阅读这篇文章的体会，大家深受启发。",
    "去年省报刊发了这篇介绍支部做法的文章，希望大家认真阅读，学习借鉴其中的经验。",
])
def test_a_report_pointing_at_its_own_practice_for_others_to_learn_from_stays(cleaner, line):
    assert line in between(cleaner, line)


def test_a_site_describing_itself_and_its_slogan_on_lines_of_their_own_go(cleaner):
    page = ("有观点、有态度、有温度的党建资讯平台\n"
            f"{BODY}\n"
            "本网致力于为广大党员干部提供优质的学习资源。\n")
    assert cleaner.clean_text(page).cleaned.strip() == BODY


@pytest.mark.parametrize("line", [
    "本站为广大用户提供安全可靠的电力保障，全年未发生停电事故。",
    "本网青川讯 支部组织党员开展安全巡查。",
    "支部坚持做有温度、有深度、有力度的党建工作。",
])
def test_a_station_or_a_report_speaking_of_itself_stays(cleaner, line):
    result = between(cleaner, line)
    assert "支部" in result and line.split(" ")[-1] in result


def test_the_units_name_is_restored_where_a_trade_word_brand_stood_for_it(cleaner):
    page = (f"{BODY}\n"
            "澳门官方十大网投平台党支部组织党员到敬老院开展志愿服务。\n"
            "一年来，柳溪镇中心小学党支部带领党员走访困难家庭23户。\n")
    result = cleaner.clean_text(page)
    assert "柳溪镇中心小学党支部组织党员到敬老院开展志愿服务。" in result.cleaned
    assert [f.data.get("restored_name") for f in result.findings if f.action == "restored"] == ["柳溪镇中心小学"]


@pytest.mark.parametrize("line", ["青川棋牌协会党支部组织会员开展象棋进社区活动。", "溪南彩票中心党支部坚持每月开展主题党日。"])
def test_a_lawful_body_of_the_trade_before_a_unit_word_stays(line):
    from deedsnlp.clean import Cleaner

    result = Cleaner(suggestions=0).clean_text(f"{line}\n支部现有党员十二名。\n")
    assert line in result.cleaned


def test_a_units_own_history_of_origin_is_no_brand(cleaner):
    # the brand's claim of origin is tested in test_clean_heldout.py; a unit's own history is kept whole
    line = "学院的国际交流中心始于1993年，源于英国一所大学的合作项目，现有党员教师十二名。"
    assert line in cleaner.clean_text(f"{BODY}\n{line}\n").cleaned
