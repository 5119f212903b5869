"""Shapes seen on the real pages of session 48, rewritten with invented names and wording."""

from __future__ import annotations

import pytest

from tests.helpers import VILLAGE_P1, VILLAGE_P2, VILLAGE_TITLE, clean_page

TITLE, P1, P2 = VILLAGE_TITLE, VILLAGE_P1, VILLAGE_P2


# -- breadcrumbs of two steps and a crumb's tail ---------------------------------------------------------------------

@pytest.mark.parametrize("line", ["社区动态>工作简报", "支部风采 ＞ 先锋事迹", "党的建设>党建工作"])
def test_a_two_step_breadcrumb_between_paragraphs_goes(line):
    out = clean_page(TITLE + P1 + "\n" + line + "\n\n" + P2)
    assert line not in out and P1.strip() in out and P2.strip() in out


@pytest.mark.parametrize("line", ["> 正文", "›正文", ">>正文"])
def test_a_crumbs_tail_alone_on_a_line_goes(line):
    out = clean_page(TITLE + line + "\n" + P1 + P2)
    assert line not in out and P1.strip() in out and P2.strip() in out


# -- an author's field before the date glued after a subtitle ---------------------------------------------------------

def test_the_author_field_before_a_glued_date_goes_with_it():
    sub = "——记优秀共产党员王小川同志"
    out = clean_page(TITLE + sub + " 作者:李明华 发布时间:2019-04-12 08:31:05\n" + P1 + P2)
    assert sub in out and "李明华" not in out and "2019-04-12" not in out


# -- a list's class field ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["- 分类:党的建设", "• 分类：支部动态", "文章分类:先进典型"])
def test_a_class_field_in_the_page_head_goes(line):
    head = "石桥村开展“结对共建”活动\n" + line + "\n- 作者:\n- 来源:\n- 发布时间:2024-04-10\n- 访问量:0\n"
    out = clean_page(TITLE + head + P1 + P2)
    assert line not in out and P1.strip() in out


# -- a dated dateline naming its reporters ------------------------------------------------------------------------------

def test_a_dateline_with_its_day_and_two_outlets_reporters_goes():
    credit = "本报南昌5月9日讯 新华社记者张三丰、本报记者李四海报道:"
    out = clean_page(TITLE + P1 + credit + P2)
    assert "张三丰" not in out and "本报南昌" not in out and P2.strip() in out


# -- a news marker, its source and its reporter -----------------------------------------------------------------------

def test_a_reporter_after_a_news_markers_source_goes_with_it():
    out = clean_page(TITLE + "今日清河网消息(来源:江南晨报)记者王海洋 " + P1 + P2)
    assert "王海洋" not in out and "今日清河网" not in out and P1.strip() in out


def test_a_sentence_after_a_news_marker_opening_with_a_reporter_stays():
    out = clean_page(TITLE + "今日清河网消息 记者走进石桥村，看到" + P1 + P2)
    assert "记者走进石桥村，看到" in out


# -- the writer's byline of a party site's contribution -------------------------------------------------------------------

def test_a_government_writers_byline_under_the_title_goes():
    page = ("请选择 进入手机版 | 继续访问电脑版\n\n共产党员网 先锋文汇\n\n九旬老党员的初心\n\n"
            "青川省东江市清河县石桥镇人民政府 王海洋 李明华\n\n共产党员网来稿 打印 纠错 投稿须知 投稿\n")
    out = clean_page(page + P1 + P2)
    assert "九旬老党员的初心" in out and "王海洋" not in out and "人民政府" not in out and P1.strip() in out


def test_a_hijacked_title_over_a_pen_names_byline_keeps_its_words():
    title = "青川:“小”课堂讲出党员“大”担当"
    page = (f"k8凯发-凯发登录入口\n\n{title}-k8凯发\n\n青川省东江市清河县委组织部 宣小组\n\n"
            "共产党员网来稿\n投稿须知 投稿\n")
    out = clean_page(page + P1 + P2)
    assert title in out and "凯发" not in out and "宣小组" not in out and P1.strip() in out


def test_a_units_name_and_a_heading_word_under_the_title_stay():
    line = "清河县委组织部 工作纪实\n"
    out = clean_page(TITLE + line + P1 + P2)
    assert line.strip() in out


# -- credits in brackets, names in a box ----------------------------------------------------------------------------------

def test_two_labels_sharing_the_writers_in_brackets_go():
    credit = "(撰稿、核稿:东江学院 王海洋、李明华)"
    out = clean_page(TITLE + P1 + credit + "\n" + P2)
    assert "撰稿" not in out and "王海洋" not in out and P2.strip() in out


def test_names_run_together_in_a_box_over_the_text_go():
    out = clean_page("□刘一兵潘信海雷江城\n" + P1 + P2)
    assert "刘一兵" not in out and P1.strip() in out


def test_a_slogan_in_a_box_over_the_text_stays():
    out = clean_page("□党建引领乡村振兴\n" + P1 + P2)
    assert "党建引领乡村振兴" in out


# -- a site's name before the headline, a rating after the title --------------------------------------------------------

def test_a_sites_name_and_a_space_before_the_headline_go():
    headline = "进百家门,办百家事,暖百家心——走近“最美社区工作者”"
    out = clean_page("东江网 " + headline + "\n\n" + P1 + P2)
    assert headline in out and "东江网" not in out


def test_a_rating_after_the_titles_copy_goes_and_one_title_stays():
    title = "石桥村党支部工作调研报告"
    out = clean_page(f"范文网 >> 范文 >> 正文\n{title}           ★★★\n{title}\n\n" + P1 + P2)
    assert "★" not in out and out.count(title) == 1


# -- session 48's second round: precision ---------------------------------------------------------------------------------

def test_a_sentence_the_excerpt_cut_under_a_picture_stays():
    cut = "村民王海洋夫妇把自家房屋升级成拥有34间客"
    out = clean_page(TITLE + P1 + "![]()\n" + P2 + "![]()\n" + cut)
    assert cut in out


def test_a_caption_under_a_picture_between_paragraphs_still_goes():
    out = clean_page(TITLE + P1 + "![]()\n党员志愿者清理河道\n" + P2)
    assert "清理河道" not in out and P2.strip() in out


def test_the_writers_own_word_on_the_text_between_its_paragraphs_stays():
    line = "本文主要介绍一下该公司党委在下属非公企业中开展党建带工建的一些做法，值得相关单位借鉴。\n"
    out = clean_page(TITLE + P1 + P2 + "\n" + P1.replace("石桥村", "柳河村") + "\n" + P2.replace("32件", "18件")
                     + "\n" + line + "一、实施组织联建。从领导体制上实现“带”和“促”。\n")
    assert line.strip() in out


def test_a_labelled_item_title_under_the_collections_title_goes():
    out = clean_page("石桥村党支部材料3篇\n第一篇:石桥村党支部团建工作典型材料\n" + P1 + P2)
    assert "第一篇" not in out and "团建工作典型材料" not in out


def test_the_outlet_and_its_day_after_the_headline_go_and_the_headline_stays():
    headline = "清河县农业农村局:“农”情面对面,城乡结对共推乡村振兴"
    out = clean_page(headline + " 东江网     2022-09-26 21:50    \n\n" + P1 + P2)
    assert headline in out and "东江网" not in out and "2022-09-26" not in out


# -- session 48's second round: credits and the site's foot ----------------------------------------------------------------

def test_a_pagers_item_alone_between_the_sites_notices_goes():
    out = clean_page(TITLE + P1 + P2 + "\n上一页:历史上首趟茶叶专列开出国门\n\n文章来源于网络,如涉及版权问题请联系删除\n\n"
                     "下一页:清河秘境的大树茶\n")
    assert "上一页" not in out and "专列" not in out


def test_a_photographers_credit_glued_before_the_text_goes():
    text = "在石桥村口有一顶白色的帐篷，帐篷外“党员先锋岗”几个大字特别醒目。"
    out = clean_page(TITLE + P1 + "王海洋 摄" + text + "\n" + P2)
    assert text in out and "王海洋" not in out


def test_a_reporter_glued_before_the_day_that_opens_the_text_goes():
    text = "2024年7月8日至9日,石桥村党支部书记带领党员赴邻村学习。"
    out = clean_page(TITLE + "通讯员 李明华" + text + "\n" + P1 + P2)
    assert text in out and "李明华" not in out


def test_sponsors_each_before_its_role_in_the_foot_go():
    out = clean_page(TITLE + P1 + P2 + "中共青川省委组织部 主办 先锋杂志社 承办\n青ICP备05000002号\n")
    assert "主办" not in out and "先锋杂志社" not in out


# -- session 48's third round -------------------------------------------------------------------------------------------

def test_a_bulleted_title_over_the_reports_subtitle_stays():
    title = "“十佳党员”是这样炼成的"
    page = ("  • 东江报系\n  • 更多>>\n  • " + title + "\n记清河县石桥镇党员协警员王海洋\n" + P1 + P2)
    out = clean_page(page)
    assert title in out and "更多>>" not in out


def test_a_bulleted_title_over_a_reporters_dated_byline_stays():
    title = "东江农商银行:服务“三农” 务求实效"
    page = ("  • 更多>>\n  • " + title + "\n    本报记者 王海洋 http://www.example.cn 2010-08-03 15:01:43 来源:东江日报\n" + P1 + P2)
    out = clean_page(page)
    assert title in out


def test_a_bulleted_link_over_another_link_goes():
    out = clean_page(TITLE + P1 + P2 + "  • 清河县召开党建工作推进会\n  • 石桥镇举办党员冬训班\n")
    assert "推进会" not in out and "冬训班" not in out


def test_the_reports_title_under_a_sites_heading_for_it_stays():
    title = "东江天文台射电天文党支部事迹材料"
    page = ("您的位置:首页>两优一先\n“两优一先”先进党支部事迹介绍 - 射电天文党支部\n来源: 发布时间:2016-07-15\n\n"
            + title + "\n\n" + P1 + P2)
    out = clean_page(page)
    assert title in out


def test_a_related_articles_header_glued_to_its_first_headline_goes_with_the_block():
    block = ("  更多相关文章:切实做好民办学校党建工作\n  关于切实做好汛期防范工作的通知\n  如何提高民办学校教师主人翁意识\n"
             "  关于切实做好幼儿园安全保卫工作的通知\n  切实做好人民法院管理工作经验材料\n")
    out = clean_page(TITLE + P1 + P2 + block)
    assert "更多相关文章" not in out and "主人翁意识" not in out and P2.strip() in out


def test_a_boxed_reporter_between_a_flattened_headline_and_its_text_goes():
    text = "“2014年,我村积极响应号召。"
    out = clean_page("村官述评“晒工作” 干部群众来打分 ■记者 王海洋 " + text + P1 + P2)
    assert "王海洋" not in out and "■" not in out and text in out and "干部群众来打分" in out


@pytest.mark.parametrize("byline", ["东江市12345政府服务热线管理中心 李明华", "青川清河远程办 王海洋"])
def test_a_writers_unit_with_figures_or_an_office_abbreviated_goes(byline):
    out = clean_page("(来源:东江晚报)\n" + byline + "\n" + P1 + P2)
    assert byline not in out and P1.strip() in out


def test_a_slogan_titles_net_is_no_sites_name():
    title = "织密服务网 打通服务群众“最后一公里”，让党旗在网格中飘扬"
    out = clean_page(title + "\n\n" + P1 + P2)
    assert title in out


# -- report lines shaped like this session's new rules, between paragraphs: they stay ---------------------------------

@pytest.mark.parametrize("line", [
    "群众满意率>95%",  # a comparison with its figures, not a breadcrumb
    "支部请退休教师作者协会会员李明华为青年党员授课，时间定在每月第一个周五。",  # an author named in a sentence
    "支部对困难党员分类建档，分类：一类帮扶对象六户，二类帮扶对象九户。",  # a report sorting its work into classes
    "支部星级评定等级：★★★★★",  # stars after a label, not a site's rating
    "活动由镇党委主办 县文联承办",  # an event's sponsors told in a sentence
    "支部党员 摄制微电影《石桥新貌》，在全镇播放后反响热烈，点击量过万。",  # a verb opening with 摄, no photographer
    "党员们 摄像记录村里的变化，整理成影像档案供村民查阅和留存。",
])
def test_report_lines_shaped_like_the_new_rules_stay(line):
    out = clean_page(TITLE + P1 + line + "\n" + P2)
    assert line in out
