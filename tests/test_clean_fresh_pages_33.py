"""Shapes the thirty-third session's blind rounds of gathered pages showed: pictures' captions closed by their
supplier after 图 and a slash or by two suppliers, a scene's sentence before a picture's credit, a flattened page's
caption between its paragraphs, a headline naming a scene (…剪影) over its publishing line, an outlet's name and
column before the title, the writing units and their writers in brackets after a colon, and a lone box; invented
outlets, units, people and wording. Also: a tag's attribute left as a line, a paper's issue line, a gazetteer's
division line, a feed of dated headlines under a related-articles header, and a paragraph the excerpt cut at an
open quote under its heading."""

from __future__ import annotations

import pytest

from tests.helpers import removed_text as _removed

TITLE = "青禾镇开展党员志愿服务活动"
BODY = "青禾镇党委组织四十余名党员志愿者走进河口社区，为居民义诊、理发、修家电，受到群众好评。"
LAST = "支部每月组织一次主题党日活动，党员参与率达到百分之百。"


@pytest.mark.parametrize("caption", [
    "驻村第一书记柯明远带领群众共同编织竹篮 图/受访者",              # the supplier after 图 and a slash
    "河口村举办“同吃团圆饭”活动，第一书记柯明远介绍近期工作 图／受访者提供",
    "杜晓岚在蔬菜大棚查看西红柿长势。韩溪、柯明远供图",              # two suppliers
    "柯明远在查看玉米抽穗情况。图 / 韩溪",                          # a scene before the picture's credit
    "青禾大桥连接着河口村和柳湾村。青禾网发(杜晓 摄)",              # an agency's release and its photographer
    "河口县柳湾村新貌。 杜 晓/摄",                                 # a two-character name spaced
    "学员们在“青禾学堂”里学习剪纸 摄影 杜晓岚",                     # the photographer after 摄影
    "(2018年5月22日,记者跟着杜晓岚走访。图为前往某某老人家途中,路过泥石流地段。)",  # a picture's note in brackets
    # the site's record lines
    "——记全国优秀县委书记、青禾县委书记杜晓岚\"/>",                   # a description meta's tail
    "《青禾日报》(2025年4月11日4版)",                                  # where the item ran
    "| 区划:青禾省·河口市·柳湾县·青禾镇·河口村 |",                     # a gazetteer's division of the place
    "青禾日报?新青禾客户端记者 杜晓岚",                                # outlets joined by a dot the encoding lost
    "2025-10-01,12070| 2025-09-30,12062| 2025-09-29,12054| 2025-09-28,12050",  # an e-paper's issue index
    "青禾县河口村,老支书给干部群众讲述守护国土的故事。杜晓岚、柯明远 摄/光明图片",  # the agency after the slash
    "共计 745 个字符,预计需要花费 2 分钟才能阅读完成。",               # a reading-time widget
    "青禾日报 记者 杜晓岚 通讯员 柯明远 韩溪对本文亦有贡献",           # who also contributed
    "阅读小贴士:本篇共计1875个字,有15个段落,预计默读时长7分钟,朗读时长11分钟",  # a reading tip's reckoning
    "您有一张0.1元限时体验卡,马上领取获得VIP尊享特权。",                # a document site's offer
    "本文关键词:青禾官方下载入口,青禾官方下载地址,青禾官网App下载",    # the page's keywords
    "圖:第一黨支部 文:柳 超 編 輯:朱 然 審 核:張洪濤",                  # credits with their labels spaced
    "原文标题:选调生:“基层”也精彩",                                      # the original title under another label
    "br />",                                                           # a tag that lost its bracket
    "div style='text-align: center;margin-top: 30px;'> 扫一扫在手机打开当前页/p> |",
])
def test_a_pictures_caption_or_a_sites_record_line_goes_whole(cleaner, caption):
    page = f"{TITLE}\n{BODY}\n{caption}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == caption
    assert BODY in result.cleaned and LAST in result.cleaned


def test_a_closing_sentence_before_a_pictures_credit_stays(cleaner):
    # the news item's last sentence tells no scene: the credit goes, the sentence is the text's
    closing = "活动在欢快的歌声中落下帷幕。"
    page = f"{TITLE}\n{BODY}\n{closing}图 / 韩溪\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == "图 / 韩溪"
    assert closing in result.cleaned


def test_a_flattened_pages_caption_goes_and_the_paragraphs_around_it_stay(cleaner):
    before = "她就是青禾客运段党支部书记杜晓岚。"
    caption = "2023年5月13日,青禾客运段列车长杜晓岚在河口站组织乘降,300余人3分钟内安全上车。柯明远 摄"
    after = "初心如磐 从“新手”到“领头雁” 1995年的那个冬天，19岁的杜晓岚走进了车站。"
    page = f"{TITLE}\n{BODY}{before} {caption} {after}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == caption
    assert before in result.cleaned and after in result.cleaned


def test_a_headline_naming_a_scene_over_its_publishing_line_is_the_title(cleaner):
    # …剪影 ends a scene's caption too; over the date and source it is the item's headline, and the reprint's
    # 原标题 copy goes whole
    title = "“青禾第一线”上的共产党员剪影"
    page = (f"青禾党建网>>党建\n\n{title}\n\n2019年03月12日08:15    来源:青禾日报\n\n原标题:{title}\n\n"
            f"{BODY}\n\n{LAST}\n")
    result = cleaner.clean_text(page)
    assert result.cleaned.count(title) == 1 and result.cleaned.lstrip().startswith(title)
    assert f"原标题:{title}" in _removed(page, result)


def test_the_title_after_its_outlets_name_and_column_goes_where_a_plain_copy_follows(cleaner):
    decorated = "青禾周刊【特别策划】  大山深处的“第一书记”接力"
    plain = "【特别策划】大山深处的“第一书记”接力"
    page = f"当前位置: 首页 > 新闻中心 > 正文\n\n{decorated}\n\n发布时间:2022-01-29 17:21:56\n\n{plain}\n\n{BODY}\n\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert decorated in _removed(page, result)
    assert "大山深处的“第一书记”接力" in result.cleaned


@pytest.mark.parametrize("credit, goes", [
    ("(儿科党支部/儿科:杜晓岚、韩溪、柯明远)", True),   # the units and, after a colon, their writers
    ("（党政办：杜晓岚、韩溪）", True),
    ("(获奖人员:杜晓岚、韩溪、柯明远)", False),          # who was honoured: the text's
])
def test_units_and_their_writers_in_brackets_after_the_last_sentence(cleaner, credit, goes):
    page = f"{TITLE}\n{BODY}{credit}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert (_removed(page, result) == credit) is goes
    assert BODY in result.cleaned and LAST in result.cleaned
    if not goes:
        assert credit in result.cleaned


def test_a_lone_box_over_the_text_goes(cleaner):
    page = f"□\n{BODY}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == "□"
    assert BODY in result.cleaned


def test_a_feed_of_dated_headlines_under_a_related_header_goes_to_the_pages_end(cleaner):
    feed = ["相关推荐", "河口新区停车位派上用场后，农贸市场周边干净多了", "- 县区", "- 2020-12-03 17:38:58",
            "靓了！青禾商业街户外亮化有了新方案", "- 县区", "- 2020-12-02 16:28:53"]
    page = f"{TITLE}\n{BODY}\n{LAST}\n" + "\n".join(feed) + "\n"
    result = cleaner.clean_text(page)
    assert result.cleaned.strip() == f"{TITLE}\n{BODY}\n{LAST}"


def test_the_report_after_a_related_header_without_dates_stays(cleaner):
    # a 范文 site's header inside a report, the report's own paragraphs under it: no feed's dates, the paragraphs stay
    more = "二是抓好阵地建设，支部新建党员活动室一处，配齐学习资料和设施，党员学习有了固定场所。"
    page = f"{TITLE}\n{BODY}\n相关阅读\n{more}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert more in result.cleaned and LAST in result.cleaned


def test_a_heading_over_the_paragraph_the_excerpt_cut_at_an_open_quote_stays(cleaner):
    page = (f"{TITLE}\n{BODY}\nimage.png\n杜晓岚(右二)与村干部慰问老人\n成果共享 产业联创\n河口村是“青禾古茶")
    result = cleaner.clean_text(page)
    assert "成果共享 产业联创" in result.cleaned and "河口村是“青禾古茶" in result.cleaned
    assert "image.png" in _removed(page, result)


def test_a_flattened_pages_title_glued_to_its_day_stays(cleaner):
    page = f"青禾钢铁典型选树宣传工作经验走向全国2016-12-26 10月16日，{BODY}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == "2016-12-26"
    assert result.cleaned.startswith("青禾钢铁典型选树宣传工作经验走向全国")


@pytest.mark.parametrize("head, goes", [
    ("青禾日报数字报-「三访三帮」暖了464个自然村", "青禾日报数字报-"),   # the e-paper's name before the headline
    ("学校党建网 - 基层党建 - 先进典型", None),                        # a breadcrumb's steps: no headline after a name
])
def test_a_sites_name_before_the_headline_on_the_first_line(cleaner, head, goes):
    page = f"{head}\n\n2020-12-25 青禾日报数字报\n\n{BODY}\n{LAST}\n"
    result = cleaner.clean_text(page)
    if goes is None:  # the crumb goes whole (site_dash_crumb), never its first step alone
        assert head in _removed(page, result)
    else:
        assert _removed(page, result).startswith(goes) and head[len(goes):] in result.cleaned


def test_a_reprints_original_title_below_the_opening_paragraph_is_the_pages_only_title(cleaner):
    # the excerpt opened mid-page with a paragraph: no headline above, the original title is the page's
    text = "青禾律师事务所党支部现有党员律师十四人，支部坚持把党建工作融入律所管理和业务发展的全过程。"
    page = f"{BODY}\n原标题:以党建促所建——青禾律师事务所党支部开展律所党建工作纪实\n{text}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result) == "原标题:"
    assert "以党建促所建——青禾律师事务所党支部开展律所党建工作纪实" in result.cleaned


@pytest.mark.parametrize("code", [
    "<script language=javascript> try { showAd(3,0,1); } catch(ex){} </script>",
    "<style>p{color:red}</style>",
])
def test_a_script_or_style_goes_with_its_code(cleaner, code):
    page = f"{TITLE}\n{BODY} {code}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert code in _removed(page, result) and "showAd" not in result.cleaned and "color:red" not in result.cleaned
    assert BODY in result.cleaned


def test_a_breadcrumb_from_the_sites_name_with_spaced_dashes_goes(cleaner):
    crumb = "青禾党建网 - 基层党建 - 先进典型"
    page = f"{crumb}\n{TITLE}\n{BODY}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == crumb and TITLE in result.cleaned


def test_people_going_to_visit_a_place_is_the_narration_not_a_caption(cleaner):
    went = "会员们列队整齐去参观青禾县第一次党代会陈列馆及会议旧址。"
    page = f"{TITLE}\n{BODY}\n{went}\n{LAST}\n"
    assert went in cleaner.clean_text(page).cleaned


def test_a_spaced_figure_is_no_place_to_cut_glued_furniture(cleaner):
    # 记者 in the sentence and a space inside 9 个省: the sentence is the text's, not a credit glued before it
    line = "青禾日报12路记者奔赴全国 9 个省20多个市县乡村，从西到东行程超过1万公里，回访12位共产党员。"
    page = f"{TITLE}\n{line}\n{BODY}\n"
    assert line in cleaner.clean_text(page).cleaned


def test_a_sites_name_and_address_before_the_title_go(cleaner):
    lead = "青禾时空(http://www.qinghe-example.cn/):"
    page = f"{lead}这是一次令人落泪的采访!穿越大半个中国只为读懂你\n{BODY}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result) == lead and "这是一次令人落泪的采访" in result.cleaned


def test_sugar_daddy_search_phrases_go_and_a_roads_upkeep_stays(cleaner):
    page = ("党员办事“联”起查觅包养价钱草原上的嘎查\n"
            "支部先后被选为台湾包养十七大代表单位，承包养护公路十公里，群众交口称赞。\n")
    result = cleaner.clean_text(page)
    assert "包养价钱" not in result.cleaned and "台湾包养" not in result.cleaned
    assert "承包养护公路十公里" in result.cleaned


def test_a_forum_threads_header_goes_whole_where_the_post_shows_its_title(cleaner):
    header = "[其他信息]传承红色基因 锤炼党性修养 ——青禾银行分行党委开展“七一”系列党建活动 [复制链接]"
    page = f"青禾论坛\n{header}\n上一主题 下一主题\n传承红色基因 锤炼党性修养\n{BODY}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert header in _removed(page, result)
    assert "传承红色基因 锤炼党性修养\n" in result.cleaned


def test_a_forum_threads_only_title_keeps_its_words(cleaner):
    page = f"青禾论坛\n黑土地上的新创造——记青禾县党员合作社 [复制链接]\n{BODY}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert "黑土地上的新创造——记青禾县党员合作社" in result.cleaned and "[复制链接]" not in result.cleaned


def test_the_outlets_reporter_in_the_texts_sentence_keeps_the_outlets_name(cleaner):
    sentence = "青禾网记者了解到，1月27日傍晚，河口港干散货作业现场灯火通明，党员突击队坚守一线。"
    page = f"{TITLE}\n来源:青禾网   作者:杜晓岚   2017-01-28 16:28:00\n{BODY}\n{sentence}\n"
    result = cleaner.clean_text(page)
    assert sentence in result.cleaned and "来源:青禾网" in _removed(page, result)


@pytest.mark.parametrize("junk, glued", [
    # the review chain of a site's credits in brackets after the last sentence
    ("(青禾研发中心党支部供稿/文、图:杜晓岚/一审:柯明远、二审:韩溪、三审:杜可/责任编辑:韩溪)", "after"),
    # a document site's page header run into the text
    ("第0页共8页编号:时间:2021年x月x日书山有路勤为径,学海无涯苦作舟页码:第0页共8页", "before"),
])
def test_a_sites_piece_glued_to_the_text_goes_alone(cleaner, junk, glued):
    page = f"{BODY}{junk}\n{LAST}\n" if glued == "after" else f"{junk}{BODY}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result) == junk
    assert BODY in result.cleaned


def test_a_latin_casino_name_with_china_and_its_site_words_goes_from_the_sentence(cleaner):
    page = ("为喜迎JDB(中国)电子-官方网站建校115周年，青禾剧团党支部组织党员排演新剧。\n"
            "支部与青禾电气（中国）有限公司官网运营团队开展联学共建，交流党建工作经验，受到党员好评。\n")
    result = cleaner.clean_text(page)
    assert "JDB(中国)电子-官方网站" not in result.cleaned and "为喜迎建校115周年" in result.cleaned
    assert "青禾电气（中国）有限公司官网" in result.cleaned


def test_a_share_widgets_help_goes(cleaner):
    help_line = "打开微信,点击底部的“发现”, 使用“扫一扫”即可将网页分享至微信。"
    page = f"{TITLE}\n{BODY}\n分享\n{help_line}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert help_line in _removed(page, result) and LAST in result.cleaned


def test_a_flattened_caption_closing_a_short_paragraphs_line_goes_alone(cleaner):
    para = "青禾党支部召开学习会议，全体党员参加了学习，推动了基层党建与美丽乡村互促共进。"
    caption = "河口村正在改造中的民宿旅馆。记者杜晓岚 摄"
    page = f"{TITLE}\n{para} {caption}\n1. “党建+经济”，培育发展新亮点\n{BODY}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == caption and para in result.cleaned


@pytest.mark.parametrize("caption", [
    "盛夏时节,青禾县河口村千亩猕猴桃基地生机盎然。 杜晓岚 摄",   # a long caption, a space, its credit
    "河口村村部。 受访者供图河口村村部。 受访者供图",             # a caption and its credit shown twice
])
def test_a_caption_line_with_its_credit_still_goes_whole(cleaner, caption):
    page = f"{TITLE}\n{BODY}\n{caption}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == caption


def test_the_office_that_sent_the_item_in_goes_after_the_last_paragraph(cleaner):
    page = f"{TITLE}\n{BODY}\n{LAST}\n\n(青禾市纪委监委)\n\n[责任编辑:杜晓岚]\n"
    result = cleaner.clean_text(page)
    assert "(青禾市纪委监委)" in _removed(page, result) and LAST in result.cleaned


def test_a_unit_under_a_cases_title_is_the_cases_own_line(cleaner):
    # a list of typical cases: each title in 《》 over the unit that sent it in, then its text
    page = (f"{TITLE}\n典型事例\n《实行条块联动 以党建融合促进业务发展》\n(青禾市人民检察院机关党委)\n"
            f"青禾市人民检察院机关党委坚持党建与业务深度融合，推动各项工作高质量发展。\n{LAST}\n")
    assert "(青禾市人民检察院机关党委)" in cleaner.clean_text(page).cleaned


def test_a_writing_sites_claim_and_hover_prompt_spliced_into_a_sentence_go(cleaner):
    notice = "本资料权属文秘写作网,放上鼠标按照提示查看文秘写作网更多资料"
    page = f"青禾镇党建办按照实际、实用、{notice}实效的原则，给各村提供政治教育片和农村科技教育片。\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result) == notice
    assert "按照实际、实用、实效的原则" in result.cleaned


def test_a_broken_off_sentence_under_a_share_label_is_the_texts(cleaner):
    # a page that breaks its text into short lines: under 分享到: the text begins, no field's value
    broken = "围绕当前“两学一做”的主题,近日,青禾市政公路公司河口公路"
    page = (f"{TITLE}\n来源:\n杜晓岚\n|\n发布时间:\n2016-07-26\n|\n分享到:\n{broken}\nBRT\n"
            "工程项目部开展党建联建活动,与河口村、柳湾村结对共建,为群众办实事。\n")
    assert broken in cleaner.clean_text(page).cleaned


def test_the_unit_word_after_a_casinos_slogan_is_the_units(cleaner):
    # the casino's name and slogan stood where the unit's name began: 集团 after the slogan is the unit's
    page = "青禾建设工程局\n尊龙凯时人生就是博集团提出“把支部建在项目上”的口号，确保施工战线延伸到哪里，党组织就建到哪里。\n"
    result = cleaner.clean_text(page)
    assert "集团提出“把支部建在项目上”的口号" in result.cleaned and "人生就是博" not in result.cleaned


def test_a_site_among_the_sentences_actors_stays_where_a_notice_names_it(cleaner):
    # a notice names 青禾村官网 (its name learned); in the text the site co-hosts an event: the sentence's words
    notice = "本文来源于青禾村官网，转载请注明出处。"
    sentence = "日前，由新华社发起，新华网和青禾村官网共同主办的“寻找最美村官”活动中，河口村党支部书记杜晓岚入选。"
    cleaner.fit([f"{TITLE}\n{BODY}\n{notice}\n", f"{TITLE}\n{LAST}\n{notice}\n"])
    result = cleaner.clean_text(f"{TITLE}\n{sentence}\n{notice}\n")
    assert sentence in result.cleaned


def test_a_web_address_the_sentence_speaks_of_stays(cleaner):
    sentence = "在互联网上输入www.qinghe-example.cn的地址，就可以看到河口村党支部的主页，上面有党务公开、村务公开等栏目。"
    page = f"{TITLE}\n{sentence}\n{LAST}\n"
    assert sentence in cleaner.clean_text(page).cleaned


def test_a_shuffled_casino_name_goes_and_the_titles_verb_stays(cleaner):
    page = "退役不褪色,建功新时代 ——威人斯尼登录网址开展“最美退役军人”先进事迹学习会\n" + BODY + "\n"
    result = cleaner.clean_text(page)
    assert "威人斯尼" not in result.cleaned and "——开展“最美退役军人”先进事迹学习会" in result.cleaned
