"""Shapes the thirty-fourth session found among the gathered pages' remaining misses: a gambling brand's bare
name spliced into a unit's name or opening a clause before it, a wire's dateline with a space before 电, a page
written in English, a financial site's risk note and an e-paper's list of headlines over the title; invented units, people, places and wording. The guards: a person's
name holding a brand's characters, an English abstract on a Chinese page (still goes), a risk note someone in the
report says, and the report's own bulleted points stay."""

from __future__ import annotations

import pytest

from tests.helpers import removed_text as _removed

TITLE = "青禾县交通运输局党支部护航春运"
BODY = "近日，青禾县交通运输局党支部组织党员志愿者走上街头，开展春运交通疏导志愿服务活动，为返乡群众提供便利。"
MORE = "活动中，志愿者们耐心为群众答疑解惑，引导车辆有序通行，受到过往群众的一致好评。"
LAST = "支部党员坚持每天到一线值守，帮助群众解决实际困难，把党员的作用发挥在最需要的地方。"


@pytest.mark.parametrize("sentence, brand", [
    # an odd name spliced into the unit's name before its word, twice on the page
    ("近日，青禾市教卫意昂党委召开离退休干部党支部建设推进会，市教卫意昂党委副书记柯明远出席并讲话。", "意昂"),
    # a trade word opening a clause right before 机关
    ("为深化党性教育，开云机关一支部与机关三支部组织党员代表前往纪念馆开展主题教育活动。", "开云"),
    # an odd name opening the line before the unit's place and name
    ("天博青禾市园林环卫中心党支部开展冬季修剪志愿服务活动，党员们为行道树修枝整形。", "天博"),
    ("2019年3月6日上午，杏盛河口医院内科党支部在会议室召开组织生活会，全体党员参加。", "杏盛"),
])
def test_a_brands_bare_name_spliced_where_the_units_name_stands_goes(cleaner, sentence, brand):
    page = f"{TITLE}\n{sentence}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).replace("\n", "") == brand * sentence.count(brand)
    assert sentence.replace(brand, "") in result.cleaned


@pytest.mark.parametrize("sentence", [
    "会上，王伟德党委书记作了讲话，柯凯发同志介绍了支部情况。",          # people's names holding a brand's characters
    "银河社区党支部、太阳能产业区党委和青禾镇机关党支部参加了活动。",  # ordinary words before a unit or a trade
    "近日，青禾市教卫意昂党委召开推进会。",                              # an odd name shown once only: left
])
def test_names_and_words_holding_a_brands_characters_stay(cleaner, sentence):
    page = f"{TITLE}\n{sentence}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert sentence in result.cleaned


def test_a_wires_dateline_with_a_space_before_dian_goes(cleaner):
    lead = "东方日报5月12日 电(记者 柯明远)"
    text = "记者近日走访青禾县柳湾镇河口村，这里的村干部和村民们正朝着新的目标奋进。"
    page = f"{TITLE}\n{lead}{text}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == lead
    assert text in result.cleaned


ENGLISH = ("The standardization of party branch construction is a powerful starting point for strengthening the "
           "construction of branches in the new era.")


def test_a_page_written_in_english_keeps_its_english_prose(cleaner):
    title = "Promote grass-roots Party building with the standardization of Party branch construction"
    more = ("Since the Party Committee of the Qinghe Holding Group started the standardization work in 2021, it has "
            "adhered to strict standards and carried out the creation of benchmark branches across the group.")
    page = f"{title}\n\n乐动体育总书记强调，要把基层党组织建设成为坚强战斗堡垒。{ENGLISH}\n\n{more}\n"
    result = cleaner.clean_text(page)
    assert title in result.cleaned and ENGLISH in result.cleaned and more in result.cleaned
    assert "乐动体育" not in result.cleaned


def test_an_english_abstract_on_a_chinese_page_still_goes(cleaner):
    page = f"{TITLE}\n{BODY}\n{ENGLISH}\n{MORE}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert ENGLISH not in result.cleaned
    assert BODY in result.cleaned and LAST in result.cleaned


@pytest.mark.parametrize("note", ["以上内容仅供投资参考，据此入市风险自负。", "风险提示：市场有风险，投资需谨慎。"])
def test_a_financial_sites_risk_note_goes(cleaner, note):
    page = f"{TITLE}\n{BODY}\n{LAST}\n{note}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == note


def test_a_risk_note_someone_in_the_report_says_stays(cleaner):
    said = "他常对客户说：市场有风险，投资需谨慎。这句话他说了二十年。"
    page = f"{TITLE}\n{BODY}\n{said}\n{LAST}\n"
    assert said in cleaner.clean_text(page).cleaned


def test_an_e_papers_headline_list_goes_and_the_title_below_it_stays(cleaner):
    items = ["·青禾市卫健系统青年党员先锋队深入社区开展志愿服务",
             "·河口县卫健局深化作风建设 把服务工作做细做实",
             "·“一廊一苑”小阵地大作用 柳湾这家卫生院打造特色党建阵地"]
    title = "“一廊一苑”小阵地大作用 柳湾这家卫生院打造特色党建阵地"
    page = "\n".join(["查看本版大图 上一版 下一版 版面概览", *items, title, BODY, LAST]) + "\n"
    result = cleaner.clean_text(page)
    assert all(x not in result.cleaned for x in items)
    assert result.cleaned.count(title) == 1 and BODY in result.cleaned


@pytest.mark.parametrize("points", [
    ["·全年组织主题党日活动十二次，党员参与率达到百分之百", "·开展志愿服务三十余次，服务群众两千余人次",
     "·新发展党员三名，培养入党积极分子五名"],
    ["·全年组织主题党日活动十二次", "·开展志愿服务三十余次", "·新发展党员三名 培养入党积极分子五名"],  # under a paragraph
])
def test_three_bulleted_points_inside_the_report_stay(cleaner, points):
    page = "\n".join([TITLE, BODY, MORE, LAST, BODY.replace("近日", "今年以来"), *points, MORE.replace("活动中", "同时")]) + "\n"
    result = cleaner.clean_text(page)
    assert all(p in result.cleaned for p in points)


def test_separators_before_a_spliced_ad_raise_no_sentence_flag_over_the_removals(cleaner):
    # found by the rebuild property test: the separators joining a notice and an ad were flagged as a brand's sentence
    raw = "本文来源：青松范文网。____【鼎盛娱乐】真人视讯，首存即送88元，网址www.ds88-xx.com支部坚持每月集中学习一次。"
    result = cleaner.clean_text(raw)
    spans = sorted((f.start, f.end) for f in result.findings)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    assert result.cleaned == "支部坚持每月集中学习一次。"


def test_a_lists_items_closed_by_semicolons_stay(cleaner):
    # an item the line model read as a site's line, and the list's last item read as a caption over the text
    items = ["依托创建青禾省文明校园工作平台；", "依托依法治校工作平台。"]
    page = "\n".join(["青禾幼儿园党建品牌创建", "“2”即依托两个活动平台：", *items,
                      "“1”即形成一个党建品牌“幸福一幼 师德先行”，凸显两个工作亮点，党员教师带头示范，家长满意度持续提升。"]) + "\n"
    result = cleaner.clean_text(page)
    assert all(x in result.cleaned for x in items)


@pytest.mark.parametrize("notice", ["本文为青禾晚报原创作品,未经许可,禁止转载、复制、摘编、改写及进行",
                                    "本文為青禾晚報原創(chuàng)作品,未經(jīng)許可,禁止轉(zhuǎn)載、復(fù)制、摘編、改寫及進(jìn)行"])
def test_a_copyright_notice_the_excerpt_cut_at_the_pages_end_goes(cleaner, notice):
    page = f"{TITLE}\n{BODY}\n{LAST}\n{notice}"
    result = cleaner.clean_text(page)
    assert "原创" not in result.cleaned and "原創" not in result.cleaned
    assert BODY in result.cleaned and LAST in result.cleaned


def test_a_source_label_run_into_the_first_words_goes_and_the_text_stays(cleaner):
    label = "文章来源:青禾省食品药品监督管理局           "
    text = "8月14日,省食品药品监督管理局党组成员、副局长带领局办公室等部门工作人员对某州基层党建工作开展情况进行调研指导。"
    page = f"{TITLE}\n{label}{text}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result) == label
    assert text in result.cleaned


@pytest.mark.parametrize("caption", [
    "青禾教育的高质量发展，可以从学校党建品牌建设中找到答案。图为学校举办活动，孩子们迎接国庆节的到来。(资料图/受访者提供)",
    "在青禾，学校坚持为党育人、为国育才。图为中小学的升旗仪式。(资料图/青禾日报记者柯明远摄)",
])
def test_a_lead_sentence_and_its_picture_caption_with_the_credit_go_whole(cleaner, caption):
    page = f"{TITLE}\n{BODY}\n{caption}\n{MORE}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == caption
    assert all(x in result.cleaned for x in (BODY, MORE, LAST))


def test_a_casino_run_with_its_bracketed_trade_words_goes_where_the_units_name_stood(cleaner):
    sentence = "5月27日上午,澳门金沙城中心_欧洲杯足球网-【投注官网平台】统计局组织全体干部职工集中收看党代会开幕大会直播。"
    page = f"{TITLE}\n{sentence}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert "5月27日上午,统计局组织全体干部职工集中收看党代会开幕大会直播。" in result.cleaned


@pytest.mark.parametrize("sentence, gone", [
    ("双方共建采用“1+3+X”模式,即成立js345线路检测—青禾高新区河口村农会党建育人基地,双方共同开展3项主题活动。", "js345线路检测"),
])
def test_a_casinos_line_check_page_named_with_letters_goes(cleaner, sentence, gone):
    page = f"{TITLE}\n{sentence}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result) == gone


@pytest.mark.parametrize("sentence", ["学校组织学生参加【体育平台】建设，青禾金沙城中心小学党支部开展活动。",
                                      "青禾县福利彩票发行中心党支部组织党员开展志愿服务。"])
def test_lawful_brackets_and_names_holding_trade_words_stay(cleaner, sentence):
    page = f"{TITLE}\n{BODY}\n{sentence}\n{LAST}\n"
    assert sentence in cleaner.clean_text(page).cleaned


def test_short_headings_above_a_paragraph_the_excerpt_cut_stay(cleaner):
    # four headings of the report's last part, then its paragraph cut after a comma at the page's end: no list of
    # other articles' headlines closing the page
    headings = ["“消薄”到底是为啥", "强村VS富民", "如何相互促进", "“消薄”到底是为了什么？", "一排排光伏板背后的账本"]
    cut = "当村里家家户户的农房屋顶上装上一排排亮晶晶的光伏板，青禾县柳湾乡"
    page = "\n".join(["青禾村消薄记", BODY, MORE, *headings, cut])
    result = cleaner.clean_text(page)
    assert all(h in result.cleaned for h in headings) and cut in result.cleaned


def test_a_feed_of_headlines_glued_after_their_days_goes(cleaner):
    feed = ["2025-09-22守护口腔健康,绽放自信笑容", "2025-09-22科学减盐,守护健康", "2025-09-18网络安全知识科普"]
    page = "\n".join([*feed, TITLE, BODY, LAST]) + "\n"
    result = cleaner.clean_text(page)
    assert all(f not in result.cleaned for f in feed)
    assert all(x in result.cleaned for x in (TITLE, BODY, LAST))


def test_a_reports_chronicle_of_dated_lines_stays(cleaner):
    chronicle = ["2020.7.13支部组织参观同心抗疫主题展", "2020.7.24支部联合三家医院党委开展主题党日活动", "2020.8.1支部开展建军节慰问活动"]
    page = "\n".join([TITLE, BODY, *chronicle, LAST]) + "\n"
    result = cleaner.clean_text(page)
    assert all(x in result.cleaned for x in chronicle)


@pytest.mark.parametrize("sentence, blank", [
    ("x,1973年生,中共党员,现任青禾镇党委书记。", "x"),          # a name left as one x
    ("我叫 X,是青禾石化公司的一名钳工。", "X"),
    ("乡亲们总想唤一句:x,你在哪里。", "x"),
    ("他所带的高三()班荣获全市第一。", "()"),                # a class's number left blank
])
def test_a_name_or_number_left_as_one_x_or_empty_brackets_is_a_placeholder(cleaner, sentence, blank):
    result = cleaner.clean_text(sentence)
    flagged = [f for f in result.findings if f.kind == "placeholder"]
    assert [f.text for f in flagged][:1] == [blank]
    assert result.cleaned == sentence  # flagged, never removed


def test_letters_in_ordinary_words_are_no_placeholders(cleaner):
    result = cleaner.clean_text("X光机、X射线检测设备已全部到位，5G基站建成3个。")
    assert not [f for f in result.findings if f.kind == "placeholder"]


@pytest.mark.parametrize("line", [
    "□石榴云/青禾日报记者 柯明远",                                # a media cloud and a paper before the reporter
    "柳湾村军警民联合巡逻。宋 鹏摄",                              # a caption credited to a spaced two-character name
    "喜欢就按个赞吧!!!",                                          # a like prompt
])
def test_a_credit_a_caption_or_a_prompt_goes_whole(cleaner, line):
    page = f"{TITLE}\n{BODY}\n{line}\n{MORE}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == line


def test_a_caption_over_its_photographers_line_goes_with_it(cleaner):
    pairs = ["  青禾医院医疗队队员正在装卸援助物资。\n  本报记者 柯明远摄", "  青禾市人民医院在感染科病区举行一线医务人员入党宣誓仪式。\n  杜晓岚摄(人民视觉)"]
    text = ("  “从到前线起，我们就是一个坚强的战斗堡垒。”疫情暴发以来，各地派出大批医务人员支援，到达前线后，"
            "各医疗队迅速成立了临时党组织。")
    page = "明知有危险党员带头上\n\n" + "\n\n".join(pairs) + f"\n\n{text}\n"
    result = cleaner.clean_text(page)
    assert "装卸" not in result.cleaned and "宣誓仪式" not in result.cleaned and "摄" not in result.cleaned
    assert text.strip() in result.cleaned


def test_a_publishers_copyright_block_under_its_header_goes(cleaner):
    block = ["版权声明", "为加强原创内容保护，日前，青禾日报、青禾日报报业集团各子报已将其所有的版权统一授予青禾媒体版权保护中心"
             "进行保护、维权及给第三方的授权许可。", "如需使用相关内容，请致电0931-8150000。", "青禾媒体版权保护中心"]
    page = "\n".join([TITLE, BODY, LAST, *block]) + "\n"
    result = cleaner.clean_text(page)
    assert "版权" not in result.cleaned and "0931" not in result.cleaned
    assert BODY in result.cleaned and LAST in result.cleaned


def test_an_odd_brand_spliced_once_before_a_unit_word_goes_wherever_the_page_shows_it(cleaner):
    text = ("近日，青禾市教卫意昂党委公布了样板支部培育创建单位名单，我院研究生第一党支部入选“青禾党建意昂样板支部”培育创建单位。"
            "支部成员主动参与各类志愿服务意昂，累计服务时长逾八千小时。")
    result = cleaner.clean_text(f"{TITLE}\n{text}\n{LAST}\n")
    assert "意昂" not in result.cleaned
    assert "青禾市教卫党委公布了样板支部培育创建单位名单" in result.cleaned


def test_a_caption_credited_to_a_reporter_with_a_spaced_name_goes_whole(cleaner):
    caption = "1月20日,医护党员突击队在青禾聚和社区为居民进行核酸咽拭子采样。青禾日报记者 张 昊摄"
    page = f"{TITLE}\n{BODY}\n{caption}\n{MORE}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == caption


def test_an_e_papers_headline_over_its_reporters_line_is_the_title(cleaner):
    title = "柯明远: 做沙漠深处的红色灯塔"
    page = ("往期阅读\n当前版: 02版 上一版  下一版\n上一篇    下一篇\n放大 缩小 默认   \n\n"
            f"{title}\n\n  □本报记者  杜晓岚\n\n  {BODY}\n\n  {LAST}\n")
    result = cleaner.clean_text(page)
    assert title in result.cleaned
    assert "本报记者" not in result.cleaned and "上一版" not in result.cleaned


def test_a_bulleted_page_head_keeps_its_title(cleaner):
    title = "柯明远 杜晓岚:涅槃——从小村企到全省最大扇贝加工厂"
    page = ("• 当前位置:文章首页 >> 三农之外 >> 社会热点 >>\n"
            f"  • {title}\n"
            "  •  2021-10-13 18:17:41   作者:柯明远 杜晓岚   来源:   点击:   评论:0\n"
            f"{BODY}\n{LAST}\n")
    result = cleaner.clean_text(page)
    assert title in result.cleaned and "当前位置" not in result.cleaned


def test_a_documents_day_in_brackets_under_its_title_stays(cleaner):
    day = "(2011年7月1日)"
    page = ("中共青禾县委关于表彰先进基层党组织\n和优秀共产党员、优秀党务工作者的决定\n" + day + "\n\n"
            f"    {BODY}\n\n    {LAST}\n")
    assert day in cleaner.clean_text(page).cleaned


def test_a_title_the_hijacked_site_closed_with_its_brand_twice_keeps_one_copy(cleaner):
    title = "青禾学院党总支成员赴杭州四无粮仓进行廉洁基地打卡学习活动"
    page = (f"{title}-k8凯发\n\n{title}-k8凯发\n\n发布者:青禾学院发布时间:2023-10-28浏览次数:33\n\n"
            "      10月28日,青禾学院党总支成员在总支书记柯明远的带领下,赴杭州四无粮仓进行主题党日活动。此次活动旨在追溯新中国第一代粮食人的奋斗历史。\n")
    result = cleaner.clean_text(page)
    assert result.cleaned.count(title) == 1 and "凯发" not in result.cleaned


def test_a_caption_behind_a_corner_triangle_goes(cleaner):
    caption = "◥青禾村党支部书记柯明远介绍工票的来历。"
    page = f"{TITLE}\n{BODY}\n{caption}\n{MORE}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == caption


def test_an_odd_brand_goes_before_the_place_it_was_spliced_into_a_units_name_too(cleaner):
    text = ("支部成员主动参与各类志愿服务意昂，累计服务时长逾八千小时。近日，青禾市教卫意昂党委公布了样板支部培育创建单位名单，"
            "我院研究生第一党支部入选。")
    result = cleaner.clean_text(f"{TITLE}\n{text}\n{LAST}\n")
    assert "意昂" not in result.cleaned


def test_a_reporters_line_whose_space_the_encoding_lost_goes(cleaner):
    page = f"{TITLE}\n□记者?柯明远\n{BODY}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert "柯明" not in result.cleaned and BODY in result.cleaned


def test_a_question_to_a_reporter_in_the_text_stays(cleaner):
    sentence = "他问记者?还有什么问题吗？大家都笑了，支部坚持把党组织建在产业链上。"
    page = f"{TITLE}\n{BODY}\n{sentence}\n{LAST}\n"
    assert sentence in cleaner.clean_text(page).cleaned
