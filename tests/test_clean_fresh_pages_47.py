"""Shapes seen on the real pages of session 47, rewritten with invented names and wording."""

from __future__ import annotations

import pytest

from deedsnlp.clean.furniture import furniture_vocabulary
from tests.helpers import VILLAGE_P1, VILLAGE_P2, VILLAGE_P3, VILLAGE_TITLE, clean_page

TITLE, P1, P2, P3 = VILLAGE_TITLE, VILLAGE_P1, VILLAGE_P2, VILLAGE_P3


# -- the outlets' names, written once ----------------------------------------------------------------------------

def test_every_rule_naming_an_outlet_gets_the_list_spliced():
    v = furniture_vocabulary()
    assert v["outlets"]
    for name, rule in v["inline"].items():
        assert "<OUTLET>" not in rule["regex"] and "<OUTLET>" not in rule.get("anchor", ""), name


@pytest.mark.parametrize("line", ["青川都市报 2016-04-12", "2016年04月12日 08:15 东江周刊"])
def test_an_outlet_and_its_day_alone_on_a_line_go(line):
    out = clean_page(TITLE + line + "\n" + P1 + P2)
    assert line not in out and P1.strip() in out


def test_a_county_media_centre_naming_itself_in_the_headline_stays():
    title = "青川县融媒体中心：把党旗插在疫情防控宣传一线\n"
    out = clean_page(title + P1 + P2)
    assert "青川县融媒体中心：把党旗插在" in out


# -- a roll of the honoured closing the text -----------------------------------------------------------------------

def test_a_roll_of_names_with_their_units_stays_under_the_text():
    roll = ("  附:名单\n\n  卢文斌(青岭菌菇专业合作社)\n\n  贺平安(东江米业)\n\n  韦为民(石桥镇来凤村)\n\n"
            "  邬进良(市第三医院)\n\n  马立儒(河口派出所)\n\n  江珍华(东江林业集团)\n\n")
    notice = "本文来自网络,不代表本站立场。转载请注明出处: https://news.example.cn/a-1024/\n"
    out = clean_page(TITLE + P1 + P2 + roll + notice)
    for kept in ("附:名单", "卢文斌(青岭菌菇专业合作社)", "马立儒(河口派出所)", "江珍华(东江林业集团)"):
        assert kept in out
    assert "转载请注明出处" not in out


def test_a_field_and_its_value_between_paragraphs_is_no_caption():
    line = "日记主人:林可(东江区检察院驻石桥检察室主任)\n"
    out = clean_page(TITLE + P1 + P2 + line + "5月31日，晴。明天就是儿童节，我们一早就出发去山里的希望小学。\n")
    assert line.strip() in out


# -- 范文 sites' prefaces ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("preface", [
    "事迹材料是对先进人物或先进集体的事迹进行概括整理的书面材料。你知道多少关于优秀村医的事迹材料?"
    "下面是小编为大家收集的关于优秀村医的事迹介绍(6篇)。希望可以帮助大家。",
    "前言:写作是思想的表达,也是经验的积累,欢迎阅读由学术发表网整理的8篇村支书事迹材料范文,希望它们能为您的写作提供参考。",
    "写总结之前,要先回顾一年的工作,弄清成绩和不足各在哪里。好的总结有什么特点呢?又该怎么写呢?"
    "下面我帮大家找寻并整理了一些优秀的总结范文,我们一起来了解一下吧。",
    "中队是少先队员成长的家园,每位队员都在这里承担责任、收获成长。这是东江学习网小编为大家推荐的优秀中队事迹材料,一起来看看吧。",
])
def test_a_collection_pages_preface_goes_whole(preface):
    page = "村支书事迹材料(精选6篇)\n" + preface + "\n村支书事迹材料篇一\n" + P1 + P2 + "村支书事迹材料篇二\n" + P3
    out = clean_page(page)
    assert "小编" not in out and "整理" not in out and "帮助大家" not in out
    assert P1.strip() in out and P3.strip() in out


@pytest.mark.parametrize("line", ["《优秀村医事迹材料4篇》", "《优秀少先中队事迹材料【热门六篇】》"])
def test_a_collections_title_in_title_marks_goes(line):
    page = line + "\n\n优秀村医事迹材料(精选4篇)\n\n优秀村医事迹材料 篇1\n\n" + P1 + P2 + "优秀村医事迹材料 篇2\n\n" + P3
    out = clean_page(page)
    assert line not in out and P1.strip() in out


def test_a_titles_own_bracketed_count_keeps_the_title():
    page = "环卫工人先进事迹 环卫工人主要事迹【实用4篇】\n\n【第一篇】\n\n" + P1 + P2 + "【第二篇】\n\n" + P3
    out = clean_page(page)
    assert "环卫工人先进事迹 环卫工人主要事迹" in out


# -- masks --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, masked", [
    ("乡亲们慢慢接纳了我，村里 *** 没把我当外人。", "***"),
    ("老支书拍着我的肩膀说:“周 *** ,没想到你真能吃苦。”", "***"),
    ("2. *** :产业扶贫的“三步走”", "***"),
    ("村里有两样宝贝: *** 老茶树、成片的竹林。", "***"),
    ("| *** 老茶树 | 120棵 | 古法制茶 |", "***"),
])
def test_stars_set_off_by_spaces_inside_a_line_are_a_censored_word(text, masked):
    from deedsnlp.clean.flags import find_masks

    found = [c for c in find_masks(text) if c.kind == "mask"]
    assert [text[c.start : c.end] for c in found] == [masked]


@pytest.mark.parametrize("text", ["联系电话 138 **** 5678 ", "* * *", "**** 2023 ****"])
def test_spaced_stars_of_a_number_a_rule_or_a_decoration_are_no_word(text):
    from deedsnlp.clean.flags import find_masks

    assert [c for c in find_masks(text) if c.kind == "mask"] == []


def test_a_unit_withheld_before_its_kinds_words_is_a_placeholder():
    from deedsnlp.clean.flags import find_placeholders

    text = "境外项目管理分为两类。某国有建筑施工企业的项目党组织设置有三种形式。村民郑某在村里办的产品加工厂年销售额过百万。"
    found = find_placeholders(text)
    assert found[0].start == text.index("某国有") and found[0].end == found[0].start + 1
    assert "郑某" in [text[c.start : c.end] for c in found]


# -- site notices, credits and bylines ------------------------------------------------------------------------------

def test_a_news_portals_account_disclaimer_goes():
    line = "声明:该文观点仅代表作者本人,东江号系信息发布平台,东江网仅提供信息存储空间服务。\n"
    out = clean_page(TITLE + P1 + P2 + line)
    assert "信息存储空间" not in out and P2.strip() in out


@pytest.mark.parametrize("credit", [
    "(签发人:东江市老年大学副校长林秦锋;报送人:东江市老年大学教务科张光明)",
    "(审核:林东 撰稿:周南)",
])
def test_who_signed_and_sent_the_item_in_brackets_goes(credit):
    out = clean_page(TITLE + P1 + P2 + credit + "\n")
    assert credit not in out and "签发" not in out and P2.strip() in out


def test_writers_each_with_their_unit_in_brackets_closing_the_text_go():
    out = clean_page(TITLE + P1 + P2 + P3.rstrip("\n") + "(东江市人民医院尹子航、医师报陈远方)\n")
    assert "尹子航" not in out and P3.strip() in out


def test_the_reporters_names_over_the_publishing_line_go():
    page = ("积一分添一力，党群积分超市焕发新活力\n\n林功孝、实习生覃巧云\n"
            "2021年11月12日17:16 | 来源：人民网-东江频道\n\n" + P1 + P2)
    out = clean_page(page)
    assert "林功孝" not in out and "积一分添一力" in out and P1.strip() in out


# -- markup ---------------------------------------------------------------------------------------------------------

def test_a_run_of_cut_entities_goes_whole():
    page = TITLE + "&bsp;&bsp;&bsp;" + P1 + P2
    out = clean_page(page)
    assert "&" not in out and "bsp" not in out and P1.strip() in out


def test_an_opening_tag_that_lost_its_bracket_goes():
    line = "讲解员详细讲解了现场的安全风险点……?!?font face=\"仿宋_GB2312\">大家一边认真地听着讲解一边记录。\n"
    out = clean_page(TITLE + P1 + line + P2)
    assert "font" not in out and "GB2312" not in out
    assert "讲解员详细讲解了现场的安全风险点……" in out and "大家一边认真地听着讲解一边记录。" in out


# -- captions -------------------------------------------------------------------------------------------------------

def test_a_caption_under_what_markup_left_of_its_picture_goes():
    page = TITLE + P1 + ".png)\n党员及职工齐心协力清理淤泥\n" + P2 + P3
    out = clean_page(page)
    assert "齐心协力清理淤泥" not in out and P2.strip() in out


def test_numbered_pictures_captions_go():
    page = (TITLE + P1 + "1 支部党员清理村道垃圾\n\n" + P2 + "2 支部党员重温入党誓词\n\n" + P3)
    out = clean_page(page)
    assert "清理村道垃圾" not in out and "重温入党誓词" not in out and P3.strip() in out


def test_numbered_headings_set_apart_by_a_space_stay():
    page = (TITLE + "1 基本情况\n\n" + P1 + "2 主要做法\n\n" + P2 + P3)
    out = clean_page(page)
    assert "1 基本情况" in out and "2 主要做法" in out


# -- step 3: a share prompt, a picture's notes, the outlet before a dash ---------------------------------------------

def test_a_portals_prompt_to_share_by_its_code_goes_even_broken_in_two():
    page = TITLE + P1 + P2 + "微信里点“发现”,扫一下\n\n二维码便可将本文分享至朋友圈。\n"
    out = clean_page(page)
    assert "扫一下" not in out and "朋友圈" not in out and P2.strip() in out


def test_a_pictures_date_note_and_the_pages_credit_for_its_pictures_go():
    page = TITLE + P1 + "(拍摄于2019年12月)\n" + P2 + "石桥村5名党员在防汛一线递交入党申请书。本文图片均为 东江日报 记者 林小琳 摄\n" + P3
    out = clean_page(page)
    assert "拍摄于" not in out and "林小琳" not in out and P2.strip() in out and P3.strip() in out


@pytest.mark.parametrize("line", [
    pytest.param("县委组织部在全县开展了结对帮扶(县人民医院王立新、县中医院李东)。\n", id="people_listed_with_their_units_in_a_sentence"),
    pytest.param("村里的老照片都是他拍的,有的拍摄于1998年(现存于村档案室)。\n", id="a_sentence_telling_when_photos_were_taken"),
])
def test_the_reports_sentence_beside_this_sessions_credit_shapes_stays(line):
    out = clean_page(TITLE + P1 + line + P2 + P3)
    assert line.strip() in out


def test_the_outlet_and_a_dash_before_the_headline_go():
    page = "欢迎访问东江林业局官方网站!\n\n东江林业报——十九大代表林彩芹对讲机前讲党课\n\n" + P1 + P2
    out = clean_page(page)
    assert "东江林业报" not in out and "十九大代表林彩芹对讲机前讲党课" in out


def test_a_papers_abstract_over_its_keywords_stays_though_its_text_says_it_again():
    abstract = "根据新时代国企改革的总要求，东江市在推进地方国企转型中形成了独具特色的党委领导模式，其中又以零售型商业国企最为典型。"
    page = ("地方国企党委领导模式研析\n林雪峰\n摘 要:" + abstract + "\n关键词:新时代;地方国企;党委领导模式\n" + P1 + P2
            + "综上，" + abstract + "\n")
    out = clean_page(page)
    assert out.count("形成了独具特色的党委领导模式") == 2
