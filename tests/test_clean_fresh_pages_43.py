"""Shapes seen on the real pages of session 43, rewritten with invented names and wording."""

from __future__ import annotations

import pytest

from deedsnlp.clean import Cleaner
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


# -- a gambling trade word with a site's tail standing for a unit's name -------------------------------------

def test_slot_machine_site_standing_for_a_units_name_goes():
    page = (TITLE + "7月1日上午，由东江市考古研究院、老虎机游戏在线玩平台、东江大学历史系联合举办的七一主题党日活动在工作站进行。\n"
            "会议由老虎机游戏在线玩平台考古系主任、党支部书记李明主持。\n"
            "与会师生学习了总书记考察老虎机游戏app官网版时的重要讲话精神。\n" + P3)
    out = clean_page(page)
    assert "老虎机" not in out and "官网版" not in out
    assert "东江大学历史系联合举办的七一主题党日活动" in out and "考古系主任、党支部书记李明主持" in out


@pytest.mark.parametrize("line", [
    "派出所开展整治行动，收缴老虎机12台。",
    "社区党支部开展“远离赌博”宣传活动，提醒群众不要登录老虎机平台。",
    "民警查获一个老虎机游戏平台，抓获犯罪嫌疑人5名。",
    "年轻人迷上了一款老虎机游戏app，支部党员上门劝导。",
])
def test_a_sentence_about_slot_machines_keeps_its_words(line):
    page = TITLE + P1 + line + "\n" + P2
    assert line in clean_page(page)


# -- credits and datelines ------------------------------------------------------------------------------------

LIBRARY_P1 = ("为深入学习贯彻党的二十大精神，践行志愿服务精神，图书馆党支部组织开展“书香育人”主题志愿活动，"
              "通过图书调库实践深化劳动育人实效。\n")
LIBRARY_P2 = "活动由图书馆党员带队，组织180余名学生志愿者参与借阅室图书调库工作，累计整理图书16万册，进一步优化了馆藏资源布局。\n"


@pytest.mark.parametrize("after", ["", "\n", "\n" + P3])
def test_source_in_square_brackets_with_the_writer_and_editors_goes(after):
    credit = "【信息来源:图书馆党支部 撰稿:林 洁 责编:王 朋 终审:赵某华】"
    page = LIBRARY_P1 + LIBRARY_P2 + credit + after
    out = clean_page(page)
    assert "信息来源" not in out and "终审" not in out and LIBRARY_P2 in out and after in out


def test_dateline_of_a_site_and_its_paper_apart_by_a_double_dash_goes():
    text = "“这位游客，您稍等片刻”，10月1日早9点，在石桥镇古寨观景台下，佩戴红袖章的党员与景区管理人员一起维护秩序。\n"
    page = "石桥景区党员志愿服务纪实\n  东江农村网——东江农村报讯(吴某民) " + text + P2
    out = clean_page(page)
    assert "农村报讯" not in out and "东江农村网" not in out and text in out


def test_writers_unit_and_name_in_brackets_after_a_blank_line_close_the_page():
    page = LIBRARY_P1 + "\n" + LIBRARY_P2 + "\n(石桥林场  陈某虎)"
    out = clean_page(page)
    assert "陈某虎" not in out and "石桥林场" not in out and LIBRARY_P2 in out


# -- marks and prompts left by sites ------------------------------------------------------------------------

def test_hidden_content_prompt_spliced_into_a_word_goes():
    page = TITLE + "由石桥社 当前隐藏内容免费查看区党委负责抓好具体落实，实行兜底管理。\n" + P2
    out = clean_page(page)
    assert "隐藏内容" not in out and "区党委负责抓好具体落实" in out


def test_picture_attachment_mark_opening_sentences_goes():
    page = (TITLE + "为巩固主题教育成果，支部赴石桥镇开展结对共建活动。图片附件首先，全体同志前往园区调研。\n"
            "图片附件最后，全体同志召开座谈会，交流了党建工作开展情况。\n" + P3)
    out = clean_page(page)
    assert "图片附件" not in out
    assert "首先，全体同志前往园区调研。" in out and "最后，全体同志召开座谈会" in out


def test_a_line_of_numbered_links_goes():
    links = " ".join(["视频1", "视频21", "视频41", "视频文章1", "推荐1", "推荐3", "推荐5", "关键词101", "关键词1001", "专题2001"])
    page = links + "\n" + TITLE + P1 + P2
    out = clean_page(page)
    assert "推荐3" not in out and "关键词1001" not in out and P1 in out


def test_a_title_written_three_times_on_its_line_keeps_one_copy():
    t = "【我是党员】山里媳妇的基层岁月——记优秀党务工作者王某珍"
    page = f"{t} {t}{t}\n\n{t}\n\n" + P1 + P2
    out = clean_page(page)
    assert out.count(t) == 1 and P1 in out


# -- the lines under the closing credit ---------------------------------------------------------------------

def test_short_lines_under_the_closing_credit_go():
    captions = ["了解福利院现状", "与老人们促膝长谈", "为老人们送上节日祝福", "为老人整理床铺"]
    page = TITLE + P1 + P2 + P3.rstrip("\n") + "(金某忠 杨某波)\n" + "\n".join(captions) + "\n"
    out = clean_page(page)
    assert not any(c in out for c in captions) and "金某忠" not in out and P3.rstrip("\n") in out


def test_a_sign_off_under_a_source_line_stays():
    page = TITLE + P1 + P2 + P3 + "(来源：某某范文网)\n中共石桥村支部委员会\n2016年12月20日\n"
    out = clean_page(page)
    assert "中共石桥村支部委员会" in out and "2016年12月20日" in out


# -- a document site's page labels over a text that opens with its title ------------------------------------

def test_first_page_label_line_goes_whole_when_the_text_opens_with_the_title():
    title = "石桥镇农民专业合作社党建工作调研报告"
    page = (f"{title}_第1页\n{title}_第2页\n{title}_第3页\n全文预览已结束\n\n下载本文档\n\n文档简介\n\n"
            f"{title}一、基本情况石桥镇是农业重镇，全镇共有22家农民专业合作社。近年来，镇党委积极探索“支部+合作社+农户”党建模式。\n")
    out = clean_page(page)
    assert out.count(title) == 1 and "第1页" not in out and "一、基本情况石桥镇是农业重镇" in out


def test_first_page_label_line_keeps_the_title_when_the_text_does_not_repeat_it():
    title = "石桥镇农民专业合作社党建工作调研报告"
    page = f"{title}_第1页\n{title}_第2页\n全文预览已结束\n\n一、基本情况\n" + P1 + P2
    out = clean_page(page)
    assert out.count(title) == 1 and "第1页" not in out and P1 in out


# -- precision: what a picture's credit line stands under ----------------------------------------------------

def test_paragraphs_over_a_credit_line_the_page_puts_under_every_picture_stay():
    long_p = ("石桥县公安局充分发挥党委班子成员以身作则、率先垂范的表率作用，深入边境一线，关心关爱基层民警、辅警，"
              "帮助基层解决实际问题，进一步筑牢外防输入的铜墙铁壁。\n")
    short_1 = "今年1月份起，县公安局党委决定到四个边境乡镇常态化开展固边守边主题党日活动。\n"
    short_2 = "通过开展主题党日活动，对标对表党章党规党纪，自我检视查缺补漏，进一步坚定理想信念。\n"
    credit = "石桥警方供图\n"
    page = "石桥警方开展固边守边主题党日活动\n" + long_p + credit + short_1 + credit + P2 + credit + short_2 + credit + P3
    out = clean_page(page)
    assert "石桥警方供图" not in out
    assert short_1 in out and short_2 in out and long_p in out


def test_a_caption_over_its_credit_still_goes_when_no_paragraph_stands_over_the_credit():
    page = TITLE + P1 + "医疗队队员正在装卸防疫物资。\n本报记者 王某某摄\n" + P2
    out = clean_page(page)
    assert "装卸防疫物资" not in out and "王某某摄" not in out and P1 in out and P2 in out


def test_an_essays_preface_label_stays_with_its_text():
    page = ("专利审查提质增效需有“三抓三强”\n\n某某中心 丁某\n\n"
            "  【前言】党的十八大以来，总书记多次指出，要提高知识产权审查质量和审查效率，更需要党支部发挥战斗堡垒作用。\n\n"
            "  一、抓牢党员思想理论教育，增强政治引领\n\n" + P2)
    out = clean_page(page)
    assert "【前言】党的十八大以来" in out


def test_an_official_documents_number_stays_under_its_head():
    page = ("关于开展向优秀共产党员林某某同志学习活动的通知\n"
            "发布时间：2016-08-01 来源：机关党委 浏览次数：\n"
            "石桥市卫生机关党办〔2016〕37号\n"
            "各直属单位党委（总支、支部），局机关各党支部：今年7月1日，市中医院林某某同志荣获“全国优秀共产党员”称号，"
            "这是我局直属机关党建工作的一件大事喜事。\n")
    out = clean_page(page)
    assert "石桥市卫生机关党办〔2016〕37号" in out and "发布时间" not in out


# -- more credits and brands ----------------------------------------------------------------------------------

def test_gambling_brand_with_the_countrys_name_before_its_trade_goes():
    line = "为践行雷锋精神，米乐中国体育官网登录2021级学硕党支部于3月16日在线上开展了专题学习会，支部党员参加。\n"
    page = TITLE + P1 + line + P2
    out = clean_page(page)
    assert "米乐" not in out and "体育官网" not in out and "2021级学硕党支部于3月16日在线上开展了专题学习会" in out


@pytest.mark.parametrize("line", ["学院党委书记在中国体育官网发表文章，介绍学院党建经验。",
                                  "支部组织党员观看中国体育频道直播，学习女排精神。"])
def test_the_countrys_sports_site_in_a_sentence_stays(line):
    page = TITLE + P1 + line + "\n" + P2
    assert line in clean_page(page)


def test_box_reporters_line_with_role_spaced_out_goes():
    page = "石桥镇卫生监督所党支部开展主题党日活动\n  □记 者 倪 某叶某杰通讯员 郑某红\n" + P1 + P2
    out = clean_page(page)
    assert "记 者" not in out and "通讯员" not in out and P1 in out


def test_closing_credit_with_the_editor_after_it_goes():
    last = P3.rstrip("\n")
    page = TITLE + P1 + P2 + last + "(宣传办 赵某科) 编辑:李某燕 |\n"
    out = clean_page(page)
    assert "宣传办" not in out and "编辑" not in out and last in out


def test_location_label_with_the_steps_run_together_goes():
    page = "您的当前位置:首页文明单位创建工作总结\n\n" + TITLE + P1 + P2
    out = clean_page(page)
    assert "当前位置" not in out and "首页" not in out and P1 in out


def test_a_title_whose_dash_is_typed_as_hyphens_stays_over_its_date_line():
    title = "晨光映初心,仁心守万家------记最美逆行者林某萍"
    page = ("您当前的位置:石桥市妇幼保健院 > 党建工作 > 党建工作 > " + title + "\n党建工作\n" + title + "\n"
            "发布时间: 2020-11-30 16:16:28\n"
            "  她总是带着天使般的微笑，细致而精心地护理每一位患者，她就是石桥市妇幼保健院妇一科护士长林某萍。\n" + P2)
    out = clean_page(page)
    assert title in out and "发布时间" not in out and "当前的位置" not in out


# -- from blind round B174 -----------------------------------------------------------------------------------

def test_a_view_count_glued_to_the_texts_day_leaves_the_month():
    page = ("第一批“红色专列”志愿服务党员亮相\n"
            "作者: 日期:2019-03-01 浏览:14322月27日，第一批“红色专列”志愿服务党员亮相。运营党总支拟定了全年服务计划。\n" + P2)
    out = clean_page(page)
    assert "浏览" not in out and "1432" not in out and "2月27日，第一批“红色专列”志愿服务党员亮相。" in out


def test_a_lottery_tips_site_standing_for_a_units_name_goes():
    page = TITLE + "近日，石桥医院(香港宝典免费资料网)儿科党总支副书记带领党员赴教育基地开展主题党日活动。\n" + P2
    out = clean_page(page)
    assert "宝典" not in out and "免费资料" not in out and "儿科党总支副书记带领党员赴教育基地" in out


def test_a_work_handbook_named_in_a_sentence_stays():
    line = "他把多年积累的工作经验整理成“党建工作宝典”，免费资料向全镇党员开放。\n"
    page = TITLE + P1 + line + P2
    assert line in clean_page(page)


@pytest.mark.parametrize("link", ["更多“两优一先”报道 >>", "本文转自某某网。点击查看原文>>"])
def test_a_link_line_with_arrows_goes_whole(link):
    page = TITLE + P1 + P2 + P3 + link + "\n"
    out = clean_page(page)
    assert ">>" not in out and link[:4] not in out and P3 in out


# -- a page's <title> line with its site's name over the headline ------------------------------------------

@pytest.mark.parametrize("suffix", ["-东江新闻网", "_东江林业产业网"])
def test_the_title_line_with_its_sites_name_goes_and_the_headline_below_stays(suffix):
    headline = "石桥镇党委开展党组织书记抓基层党建述职评议活动"
    page = (f"{headline}{suffix}\n\n东江新闻网 > 党建 > 正文\n2023-02-14 09:37:47\n\n{headline}\n\n"
            "来源：石桥镇党委    时间：2023-02-14\n\n" + P1 + P2)
    result = Cleaner(suggestions=0).clean_text(page)
    removed = bytearray(len(page))
    for f in result.findings:
        if f.action == "removed":
            removed[f.start : f.end] = b"\x01" * (f.end - f.start)
    first = len(headline + suffix)
    below = page.index(headline, first)
    assert all(removed[:first])  # the <title> line goes whole
    assert not any(removed[below : below + len(headline)])  # the headline over the text stays
    assert result.cleaned.count(headline) == 1 and P1 in result.cleaned
