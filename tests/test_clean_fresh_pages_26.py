"""Families of injected gambling and lottery names that the twenty-sixth session's real pages showed in
new spellings; invented units, people and wording throughout (the brand names are the trade's own)."""

from __future__ import annotations

import pytest

from tests.helpers import removed_text as _removed

LEAD = ("6月28日，青禾县后勤服务中心在中心大楼报告厅举行庆祝建党一百零二周年表彰大会，中心主任柯明远主持会议，"
        "全体党员和入党积极分子参加。\n")
TAIL = ("随后，受表彰的先进代表分别发言，结合自身岗位分享了立足本职、服务师生的经验和体会，大家纷纷表示要以先进为榜样，"
        "在平凡岗位上作出新的更大贡献。\n")


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
    # a live casino's vendor before 真人, with its platform's words
    ("以“学党史办实事•为筑牢北疆绿色屏障贡献ag真人平台官方力量”为主题，各党支部开展了植绿护绿活动。", "ag真人平台官方"),
    ("近日，泛亚电竞学院党委组织全体党员开展主题党日活动。", "泛亚电竞"),
    # an ordinary word the trade works under, beside its site's words
    ("近日，九州官方网站党支部与社区党委开展共建活动，全体党员参加。", "九州官方网站"),
    ("近日，威尼斯官网直营学院党委组织党员开展主题党日活动。", "威尼斯官网直营"),
], ids=["digits-ordinary-head", "route-check", "lottery", "variant-spelling", "flagship-hall", "lottery-book",
        "title-separator", "latin-tag", "live-casino-vendor", "esports-betting", "ordinary-word-with-site", "direct-operated"])
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


# --- page furniture and site widgets ---------------------------------------------------------------

P1 = ("为加快项目建设进度，青禾矿业公司采剥队党支部充分发挥党员先锋模范作用，将一线党员突击队调整至最困难的岗位，"
      "全面提高生产效率。")
P2 = ("“我们党员突击队共有二十一人，平均年龄四十一岁，大家士气高涨，干劲十足。”该队党支部书记韦明远说。")
P3 = ("今年以来，支部坚持把党建工作与安全生产深度融合，开展党员示范岗创建活动，形成了比学赶超的良好氛围。")


def test_an_anti_scrape_filters_codes_closing_lines_go(cleaner):
    """A forum's filter strews codes of letters and odd symbols after sentences and on lines of their own; where
    three or more such codes stand on the page, they go, and so do the plain-letter codes in the same places."""
    codes = ["q7}h>k`2M_", ")^(,wx,QT", "N3`RF*j!", "u&Z!b>eK", "tRnMVKQK"]
    page = (f"{codes[3]}\n青禾矿业网 作者：韦小明\n{P1} {codes[0]}\n{codes[1]}\n“党建+生产”，提升效率保安全 {codes[2]}\n"
            f"{P2} {codes[4]}\n{P3}\n")
    result = cleaner.clean_text(page)
    assert not any(code in result.cleaned for code in codes)
    assert all(p in result.cleaned for p in (P1, P2, P3)) and "“党建+生产”，提升效率保安全" in result.cleaned


def test_a_reports_own_letters_at_a_lines_end_stay(cleaner):
    """Codes, units and words a report writes at a line's end (5G, C919, APP, 3+2) are no filter's codes, even on a
    page with a filter's codes."""
    codes = "q7}h>k`2M_\n)^(,wx,QT\nN3`RF*j!\n"
    page = (f"{codes}{P1} 5G\n{P2}\n支部引导党员下载使用学习强国APP\n项目采用国产C919\n推行“3+2”工作法\n{P3}\n")
    cleaned = cleaner.clean_text(page).cleaned
    for kept in ("5G", "学习强国APP", "C919", "“3+2”工作法"):
        assert kept in cleaned


def test_numbered_pictures_captions_and_their_supplier_go(cleaner):
    page = (f"{P1}\n图一为青禾建工集团“党旗红”誓师大会现场。\n{P2}\n图四为青禾建工施工现场焊花飞溅。\n{P3}\n"
            "本版照片由许小杰、宋小凌、梁小波提供\n")
    result = cleaner.clean_text(page)
    assert "图一为" not in result.cleaned and "图四为" not in result.cleaned and "本版照片由" not in result.cleaned
    assert all(p in result.cleaned for p in (P1, P2, P3))


def test_a_flattened_papers_catalogue_fields_go_and_its_abstract_stays(cleaner):
    """A document site runs a journal paper's header into one line: the abstract's label, the keywords, the
    classification fields, the author note and the funding note go; the abstract and the text stay."""
    abstract = "加强高校党支部标准化、规范化建设，是提振高校学生党支部建设效果的重要举措。本文总结了青禾大学学生党支部的建设经验。"
    text = "党的十九届六中全会指出，党和人民事业发展需要一代代中国共产党人接续奋斗。"
    page = ("新时代高校学生样板党支部建设路径分析——以青禾某大学为例韦小明青禾师范大学摘要:" + abstract
            + "关键词:高校;学生样板党支部;建设路径中图分类号:G647文献标识码:A文章编号:2096-0000(2023)23-0186-03"
            + "作者简介:韦小明,生于1988年,男,硕士,讲师,主要研究方向为学生思想政治教育。"
            + "基金项目:青禾师范大学党建研究项目资助(项目编号:QH2022009)。" + text + "\n")
    cleaned = cleaner.clean_text(page).cleaned
    assert abstract in cleaned and text in cleaned
    for gone in ("摘要:", "关键词", "中图分类号", "文献标识码", "文章编号", "作者简介", "基金项目"):
        assert gone not in cleaned


def test_a_papers_own_abstract_in_its_authors_voice_keeps_its_text(cleaner):
    """A paper's abstract without a keywords line after it, written as the author (本文以…为例): the label goes, the
    abstract is the paper's own text; a site's summary in the same slot goes whole."""
    abstract = "本文以青禾农商银行为例，探讨了新时期加强金融企业党的领导的实践路径和创新经验。"
    page = (f"党的领导在金融企业中的地位和作用研究\n作者:韦小明 |\n摘要:{abstract}\n一、加强党的领导实践探索\n{P3}\n")
    cleaned = cleaner.clean_text(page).cleaned
    assert abstract in cleaned and "摘要" not in cleaned
    site = "本文是小编为大家整理的党建工作总结范文，仅供参考。"
    cleaned = cleaner.clean_text(f"党建工作总结\n摘要:{site}\n{P3}\n").cleaned
    assert site not in cleaned


def test_an_account_dialog_and_a_mini_programs_prompt_go(cleaner):
    widget = ["打开小程序可以发布评论哦", "我已阅读并同意注销须知", "身份验证 ×", "注销账号后", "请谨慎操作!"]
    page = P1 + "\n" + P3 + "\n" + "\n".join(widget) + "\n"
    result = cleaner.clean_text(page)
    assert not any(w in result.cleaned for w in widget) and P3 in result.cleaned


def test_a_sites_name_before_its_address_line_goes_with_it(cleaner):
    page = ("青禾规划院党支部开展“七一”主题党日活动\n\n青禾县林业局政府网 http://www.qhly.gov.cn/ 2023-07-11 来源:规划处\n"
            + P1 + "\n" + P3 + "\n")
    cleaned = cleaner.clean_text(page).cleaned
    assert "青禾县林业局政府网" not in cleaned and P1 in cleaned


def test_an_outlets_credit_with_a_name_of_its_middle_dot_goes(cleaner):
    page = "青禾新闻网-青禾地区融媒体中心(记者 古丽娜·阿不都热合曼)\n" + P1 + "\n" + P3 + "\n"
    cleaned = cleaner.clean_text(page).cleaned
    assert "古丽娜" not in cleaned and P1 in cleaned


# --- titles the page's furniture rules took ----------------------------------------------------------

def test_a_first_line_over_prose_alone_is_the_title_whatever_its_last_word(cleaner):
    """A title ending in a word that ends like a bureau's name (…工作大局) with nothing but prose under it is the
    title, no site's masthead: a masthead stands over another title."""
    title = "以高质量质检服务全县工作大局"
    page = f"{title}\n{P1}\n{P3}\n"
    assert title in cleaner.clean_text(page).cleaned


def test_a_headline_under_a_login_forms_password_label_stays(cleaner):
    title = "同心协力战洪灾"
    page = f"用户名:\n\n密码:\n\n{title}\n\n——青禾县农工党支部抗洪救灾纪实之一\n\n{P1}\n\n{P3}\n"
    assert title in cleaner.clean_text(page).cleaned


# --- masks and placeholders --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, blank", [
    ("在扑救山火的战斗中，BS市森林消防支队党委迅速行动，党员干部冲锋在前。", "BS"),
    ("他把我们介绍到某工程项目部，在那里找到了第一份工作。", "某"),
], ids=["city-initials", "withheld-project"])
def test_withheld_names_are_placeholders(cleaner, sentence, blank):
    text = P1 + "\n" + sentence + "\n"
    result = cleaner.clean_text(text)
    assert any(text[f.start:f.end] == blank for f in result.findings if f.kind == "placeholder")


def test_initials_before_a_market_are_no_placeholder(cleaner):
    text = "支部组织党员学习推动AI市场和VR市场健康发展的政策。\n"
    result = cleaner.clean_text(text)
    assert not any(f.kind == "placeholder" for f in result.findings)


def test_an_outlets_bracketed_credit_glued_before_the_text_goes(cleaner):
    text = "近日，青禾县农村信用合作联社携手县委网信办开展“清朗”志愿服务活动，二十余名党员参加。"
    page = "青禾新闻网-青禾地区融媒体中心(记者 古丽娜·阿不都热合曼)" + text + "\n" + P3 + "\n"
    cleaned = cleaner.clean_text(page).cleaned
    assert "记者" not in cleaned and "青禾新闻网" not in cleaned and text in cleaned


@pytest.mark.parametrize("credit", ["(韦小明/院办公室)", "韦小明/林业所", "(图文/韦小明)"])
def test_a_slash_credit_closing_the_text_goes(cleaner, credit):
    page = P1 + "\n" + P3 + credit + "\n"
    cleaned = cleaner.clean_text(page).cleaned
    assert credit not in cleaned and P3 in cleaned


def test_a_far_scripts_letter_spliced_between_words_goes(cleaner):
    page = "青禾县农商银行党委与担保公司党支部正式签署党建共建\U0001D574协议，累\u0da3计合作担保贷款金额高达十一亿元。\n"
    cleaned = cleaner.clean_text(page).cleaned
    assert "党建共建协议" in cleaned and "累计合作" in cleaned


def test_a_year_after_a_platforms_name_is_no_brands_number(cleaner):
    sentence = ("近年来，县融媒体中心党支部坚持把党建工作与新闻业务深度融合，打造“从融出发·党媒为民”党建品牌。"
                "5月15日，该品牌入围青禾日报·青禾党建云平台2023案例库。")
    page = P1 + "\n" + sentence + "\n" + P3 + "\n"
    assert sentence in cleaner.clean_text(page).cleaned


def test_a_papers_abstract_under_its_keywords_keeps_its_text(cleaner):
    abstract = "在新传播格局下，融媒体担负着正确引导社会舆论的使命。青禾日报作为本地主流媒体，把党建工作与新闻业务深度融合。"
    page = f"青禾日报以党建引领融媒体发展的实践\n记者观察·中旬刊 2023年3期\n关键词:青禾日报活动\n摘要:{abstract}\n{P3}\n"
    cleaned = cleaner.clean_text(page).cleaned
    assert abstract in cleaned and "摘要" not in cleaned


@pytest.mark.parametrize("headline, publishing", [
    ("搭建新媒体网络交流平台传递党建工作正能量", "- 发布时间:2015-08-27 08:30:50 来源:青禾民航报 责任编辑:韦小明"),
    ("主题党日活动搬到光伏工作现场", "2020-1-8 10:14:19来源:网络作者:"),
], ids=["platform-words", "scene-words"])
def test_the_headline_over_the_pages_publishing_line_stays(cleaner, headline, publishing):
    """The page's first line of text right over its publishing line is its title, whatever its words remind the line
    model or the caption shapes of."""
    page = f"{headline}\n\n{publishing}\n\n{P1}\n\n{P2}\n\n{P3}\n"
    assert headline in cleaner.clean_text(page).cleaned


def test_a_sites_name_over_the_publishing_line_still_goes(cleaner):
    page = f"青禾新闻网\n发布时间:2015-08-27 08:30:50 来源:青禾日报\n搭建新媒体网络交流平台传递党建工作正能量\n{P1}\n{P3}\n"
    assert "青禾新闻网" not in cleaner.clean_text(page).cleaned


def test_a_datelines_writers_in_brackets_go_and_a_words_own_bracket_stays(cleaner):
    text = "9月4日，青禾县直机关工委关于建设服务型机关的通知下发后，各单位党支部积极响应，迅速行动。"
    cleaned = cleaner.clean_text("青禾全民讯(韦小明 柯明远)" + text + "\n" + P3 + "\n").cleaned
    assert "青禾全民讯" not in cleaned and "韦小明" not in cleaned and text in cleaned


def test_reporters_names_run_together_after_their_role_go(cleaner):
    page = "本报记者韦小明柯明远宋小凌\n" + P1 + "\n记者节活动圆满结束\n" + P3 + "\n"
    cleaned = cleaner.clean_text(page).cleaned
    assert "韦小明" not in cleaned and "记者节活动圆满结束" in cleaned


def test_a_labelled_caption_and_a_supplying_department_go(cleaner):
    page = (P1 + "\n(图说:青禾奶协副秘书长韦小明与青禾乳业副总裁柯明远代表双方签订党建共建协议)\n" + P3
            + "\n出版与传播系 供稿\n")
    cleaned = cleaner.clean_text(page).cleaned
    assert "图说" not in cleaned and "供稿" not in cleaned and P3 in cleaned


def test_a_single_publisher_field_goes(cleaner):
    page = "青禾学院实习临时党支部与核电站培训部党支部开展联学共建\n\n发布人:韦小明\n\n" + P1 + "\n" + P3 + "\n"
    assert "发布人" not in cleaner.clean_text(page).cleaned


def test_a_paragraph_quoting_its_heading_and_going_on_stays(cleaner):
    """A feature's heading quotes a sentence the text says again and goes on from (“欢迎围观我的采访对象”): the
    paragraph is no variant of the heading."""
    para = "“欢迎‘围观’我的采访对象，”韦小明愉快地招呼记者，“看看青禾人是怎么扶贫的！”"
    page = (f"首页>社情·民意>乐观社会\n“90后”乡扶贫干部韦小明：身兼六职记录“愚公移山”\n“欢迎围观我的采访对象”\n{P1}\n{para}\n{P3}\n")
    assert para in cleaner.clean_text(page).cleaned


def test_clauses_broken_off_among_furniture_are_no_label(cleaner):
    page = f"{P1}\n将内分泌科改造成感染二区\n\n还有他们，还有这些……\n\n\n[责任编辑:韦小明]\n"
    assert "还有他们，还有这些……" in cleaner.clean_text(page).cleaned


def test_a_short_headline_over_the_publishing_line_stays_and_a_column_label_goes(cleaner):
    page = f"爱的故事\n发布时间:2017-02-27作者:信息来源:\n\n——青禾县疾控中心参加“听书记说”活动\n{P1}\n{P3}\n"
    assert "爱的故事" in cleaner.clean_text(page).cleaned
    page = f"党群建设\n党建动态\n发布时间:2025-05-22 浏览:\n{P1}\n{P3}\n"
    assert "党建动态" not in cleaner.clean_text(page).cleaned


def test_a_units_report_title_under_the_units_name_is_no_title_variant(cleaner):
    page = f"青禾市卫生健康委员会\n\n        青禾市卫生健康委员会2019年工作总结\n\n{P1}\n{P3}\n"
    assert "青禾市卫生健康委员会2019年工作总结" in cleaner.clean_text(page).cleaned


def test_a_journal_databases_print_marker_goes(cleaner):
    cleaned = cleaner.clean_text(P1 + "\n" + P3 + "endprint\n").cleaned
    assert "endprint" not in cleaned and P3 in cleaned


def test_a_credit_field_over_the_publishing_line_is_no_headline(cleaner):
    page = "- 文:韦小明\n- 图:柯明远\n- 编辑:宋小凌\n- 审核:梁小波\n- 来源:党委组织部\n- 时间:2026-01-15\n" + P1 + "\n" + P3 + "\n"
    assert "审核" not in cleaner.clean_text(page).cleaned


def test_a_tv_scripts_lead_keeps_its_text(cleaner):
    lead = "继续来看防汛一线党旗扬，全省各地党组织和共产党员在洪水的考验中践行“两学一做”。"
    page = f"新闻特写：党群一心 筑起冲不垮的堤防\n\n【导语】{lead}\n\n【实况】韦小明给孩子系救生衣\n\n{P3}\n"
    assert lead in cleaner.clean_text(page).cleaned


def test_the_word_jiuzhou_alone_stays(cleaner):
    sentence = "九州大地处处涌现先进典型，九州各地党组织积极行动，营造了比学赶超的浓厚氛围。"
    assert sentence in cleaner.clean_text(LEAD + sentence + "\n" + TAIL).cleaned
