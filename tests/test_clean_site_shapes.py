"""Site furniture of shapes a fresh set of real pages showed (greetings, name-first credits,
reporters without a colon, search-engine titles, image file names, a footer's channel list, a
site's blurb, gambling brands with digits before their tail). Invented names and wording
throughout; each test also keeps the report sentences that look most like the junk."""

from __future__ import annotations

import pytest

from deedsnlp.clean import Cleaner


BODY = "松岭镇卫生院党支部现有党员二十六名，支部坚持把党建工作融入医疗服务全过程。"


NEXT = "支部每月开展一次健康义诊，群众满意度明显提升。"


def assert_line_goes(cleaner, junk: str) -> None:
    """A junk line between two paragraphs goes whole; both paragraphs stay."""
    result = cleaner.clean_text(f"{BODY}\n{junk}\n{NEXT}\n").cleaned
    assert junk not in result and BODY in result and NEXT in result, junk


def assert_kept(cleaner, *lines: str) -> None:
    """Each report line, after the body paragraph, comes out of the cleaner whole."""
    for line in lines:
        assert line in cleaner.clean_text(f"{BODY}\n{line}\n").cleaned, line


def test_a_site_greeting_on_its_own_line_goes(cleaner):
    page = f"欢迎光临！松岭镇卫生院门户网站\n{BODY}\n"
    result = cleaner.clean_text(page)
    assert "欢迎光临" not in result.cleaned and BODY in result.cleaned


def test_a_greeting_inside_a_report_sentence_stays(cleaner):
    line = "每逢节日，支部书记总说“欢迎乡亲们常回家看看”，群众听了心里暖。"
    result = cleaner.clean_text(f"{BODY}\n{line}\n")
    assert line in result.cleaned


@pytest.mark.parametrize("credit", ["（鲁晴川/文  冼一诺/图  邬可、覃远航/审核）", "(郁青/文 黎小舟/摄)", "（记者骆明远）",
                                    "(本报记者冉秋实 通讯员池雨)"])
def test_credits_written_name_first_or_without_a_colon_go(cleaner, credit):
    result = cleaner.clean_text(f"{BODY}{credit}\n支部每月开展一次健康义诊。\n")
    assert credit not in result.cleaned
    assert BODY in result.cleaned and "支部每月开展一次健康义诊。" in result.cleaned


def test_a_bracketed_aside_of_a_report_stays(cleaner):
    line = "支部开展“三亮三比”活动（亮身份、亮承诺、亮服务），群众满意度明显提升。"
    result = cleaner.clean_text(f"{BODY}\n{line}\n")
    assert line in result.cleaned


def test_a_name_ending_in_a_word_closing_the_text_goes_and_a_place_in_brackets_stays(cleaner):
    result = cleaner.clean_text(f"{BODY}\n我向往着走进党，牢记使命为共产主义奋斗终身。(蒋建国)")
    assert "蒋建国" not in result.cleaned and "奋斗终身。" in result.cleaned
    page = f"{BODY}\n支部组织党员到外地学习。(张家港)\n"
    assert cleaner.clean_text(page).cleaned == page


def test_a_name_in_brackets_closing_a_news_item_goes_with_a_rarer_surname(cleaner):
    page = f"{BODY}\n今后，支部将继续发挥战斗堡垒作用。(寇云帆)\n"
    result = cleaner.clean_text(page)
    assert "寇云帆" not in result.cleaned and "今后，支部将继续发挥战斗堡垒作用。" in result.cleaned


@pytest.mark.parametrize("junk", ["卫生院党支部先进事迹材料|乡镇卫生院党支部的先进事迹",
                                  "夏日清凉好物_海岛度假攻略_午夜影院在线_手游礼包领取"])
def test_a_search_engine_title_line_goes(cleaner, junk):
    result = cleaner.clean_text(f"{junk}\n{BODY}\n")
    assert junk not in result.cleaned and BODY in result.cleaned


def test_a_bracketed_pair_of_title_variants_goes_from_the_start_of_a_body_line(cleaner):
    page = f"【卫生院党支部事迹|基层党支部的先进事迹】{BODY}\n"
    result = cleaner.clean_text(page)
    assert "【" not in result.cleaned and BODY in result.cleaned


@pytest.mark.parametrize("title", ["喜讯｜松岭镇卫生院党支部获评全县“五星级党支部”", "支部风采｜扎根山乡的“健康守门人”"])
def test_a_column_label_before_a_title_keeps_the_title(cleaner, title):
    result = cleaner.clean_text(f"{title}\n{BODY}\n")
    assert title in result.cleaned


def test_an_image_file_name_on_its_line_goes(cleaner):
    page = f"{BODY}\n支部党员走进敬老院开展义诊活动现场照片.jpg\n支部每月开展一次健康义诊。\n"
    result = cleaner.clean_text(page)
    assert ".jpg" not in result.cleaned and "支部每月开展一次健康义诊。" in result.cleaned


def test_a_footer_list_of_the_sites_channels_goes(cleaner):
    page = f"{BODY}\n支部每月开展一次健康义诊。\n松岭健康微信\n松岭卫健移动办公系统\n"
    result = cleaner.clean_text(page)
    assert result.cleaned.strip().endswith("支部每月开展一次健康义诊。")


def test_one_short_line_ending_in_a_system_word_stays(cleaner):
    # a heading may end in 信息系统 once; a footer lists several channels
    page = f"{BODY}\n建成智慧党建信息系统\n支部每月开展一次健康义诊。\n"
    result = cleaner.clean_text(page)
    assert "建成智慧党建信息系统" in result.cleaned


def test_a_sites_blurb_over_the_text_goes(cleaner):
    blurb = "基层党组织是党的肌体的神经末梢，本文为大家带来卫生院党支部先进事迹材料，一起来学习吧。"
    result = cleaner.clean_text(f"{blurb}\n{BODY}\n")
    assert "本文为大家" not in result.cleaned and BODY in result.cleaned


def test_a_report_sentence_on_what_the_branch_brings_stays(cleaner):
    line = "支部为群众带来了家门口的健康服务，全年上门随访三百余人次。"
    result = cleaner.clean_text(f"{BODY}\n{line}\n")
    assert line in result.cleaned


def test_a_brand_with_digits_before_its_tail_goes_where_it_replaced_the_name(cleaner):
    page = f"在翠屏湾6638官网党委的领导下，卫生院坚持以人民健康为中心。\n{BODY}\n"
    result = cleaner.clean_text(page)
    assert "6638" not in result.cleaned and "翠屏湾" not in result.cleaned
    assert "党委的领导下，卫生院坚持以人民健康为中心。" in result.cleaned


@pytest.mark.parametrize("line", ["依托12345平台，卫生院及时回应群众诉求。", "2024年，支部获评全市卫生健康系统先进基层党组织。",
                                  "支部组织党员参加省第18届职工运动会，获团体二等奖。"])
def test_numbers_before_lawful_words_stay(cleaner, line):
    result = cleaner.clean_text(f"{BODY}\n{line}\n")
    assert line in result.cleaned


def test_an_amount_after_a_lawful_tail_is_no_brand_number(cleaner):
    line = "支部组织党员复绿矿山边坡和平台640余亩，栽植苗木1.2万株。"
    result = cleaner.clean_text(f"{BODY}\n{line}\n")
    assert line in result.cleaned


def test_a_preposition_before_a_brand_stays(cleaner):
    page = f"在澳凯娱乐888党委的领导下，卫生院坚持以人民健康为中心。\n{BODY}\n"
    result = cleaner.clean_text(page)
    assert "澳凯" not in result.cleaned and result.cleaned.startswith("在党委的领导下")


def test_a_blank_for_a_name_with_its_trade_words_is_a_placeholder():
    from deedsnlp.clean.flags import find_masks

    kinds = [c.kind for c in find_masks("2019年，××钢铁集团党委荣获全省先进基层党组织称号。")]
    assert kinds == ["placeholder"]
    assert [c.kind for c in find_masks("支部坚决清除腐××败分子。")] == ["mask"]


def test_units_named_by_letters_are_placeholders_and_one_letter_grade_is_not():
    from deedsnlp.clean.flags import find_placeholders

    text = "调研了松岭县A村、青禾镇B村。A村支部组织摸底排查，B村每月开展主题党日。"
    flagged = [text[c.start : c.end] for c in find_placeholders(text)]
    assert flagged == ["A", "B", "A", "B"]
    assert find_placeholders("松岭村建成A级景区，党员带头当导游，B超室由党员医生值守。") == []
    assert find_placeholders("支部联系的A村党员最多。") == []  # one letter alone names no series


def test_censored_words_written_with_their_initials_are_masks_with_the_word_first():
    text = "支部贯彻落实zy部署，直接教育dy、管理dy，不断增强ZZ判断力。\n"
    result = Cleaner().clean_text(text)  # the CLI's defaults: suggestions on
    masks = [f for f in result.findings if f.kind == "mask"]
    assert result.cleaned == text
    assert [(f.text, f.data["suggestions"][0]["text"]) for f in masks] == [("zy", "中央"), ("dy", "党员"), ("dy", "党员"), ("ZZ", "政治")]


def test_letters_of_a_standard_an_acronym_or_an_english_word_are_no_masks(cleaner):
    for text in ("产品符合GB标准，支部用PPT讲党课。\n", "党员下载学习强国APP，观看dj舞曲晚会。\n", "支部开通wx公众号，每周推送dy story栏目。\n"):
        assert [f.text for f in cleaner.clean_text(text).findings if f.kind == "mask"] == [], text


def test_a_wire_dateline_goes_and_its_text_stays(cleaner):
    page = f"通讯社南州3月12日电 题:扎根山乡的健康守门人\n{BODY}\n"
    result = cleaner.clean_text(page)
    assert "日电" not in result.cleaned and "扎根山乡的健康守门人" in result.cleaned and BODY in result.cleaned


def test_a_date_then_a_phone_call_stays(cleaner):
    line = "支部书记3月12日电话回访了二十名出院患者。"
    result = cleaner.clean_text(f"{BODY}\n{line}\n")
    assert line in result.cleaned


def test_an_agency_reporter_line_goes(cleaner):
    page = f"{BODY}\n南州日报记者 邬可 覃远航\n支部每月开展一次健康义诊。\n"
    result = cleaner.clean_text(page)
    assert "记者" not in result.cleaned and "支部每月开展一次健康义诊。" in result.cleaned


def test_a_picture_marker_closing_a_title_goes(cleaner):
    page = f"松岭镇卫生院：党员医生活跃在山村(组图)\n{BODY}\n"
    result = cleaner.clean_text(page)
    assert "(组图)" not in result.cleaned and "松岭镇卫生院：党员医生活跃在山村" in result.cleaned


def test_picture_labels_opening_a_line_go(cleaner):
    page = f"图(1) 图(2) {BODY}\n"
    result = cleaner.clean_text(page)
    assert "图(1)" not in result.cleaned and BODY in result.cleaned


def test_a_publish_stamp_glued_to_the_text_goes(cleaner):
    page = f"发布时间:2022-05-09编辑:{BODY}\n"
    result = cleaner.clean_text(page)
    assert result.cleaned.strip() == BODY


def test_a_generic_source_learned_from_a_batch_is_never_cut_from_sentences():
    # one page credits 来源：互联网; another report speaks of 互联网+ and 学习强国: the batch's learning pass
    # must not turn the internet into a site name cut from every sentence
    pages = [f"{BODY}\n来源：互联网　发布时间：2021-03-02\n",
             "支部主动适应“互联网+”新形势，组织党员通过学习强国开展线上学习。\n支部每月开展一次健康义诊。\n",
             f"{BODY}\n来源：互联网\n"]
    cleaner = Cleaner(suggestions=0).fit(pages)
    result = cleaner.clean_text(pages[1])
    assert "支部主动适应“互联网+”新形势，组织党员通过学习强国开展线上学习。" in result.cleaned


def test_an_agency_reporter_line_with_names_glued_or_joined_by_stray_commas_goes(cleaner):
    for byline in ("　　新華社記者賀明遠,、尚雲", "中新社记者 贺明远、尚云", "新华社记者贺明远"):
        page = f"村里的凉亭党支部\n\n{byline}\n\n{BODY}\n"
        result = cleaner.clean_text(page)
        assert "贺明远" not in result.cleaned and "賀明遠" not in result.cleaned, byline
        assert BODY in result.cleaned
    # a report sentence opened by an agency's reporters stays
    line = "新华社记者贺明远、尚云在松岭镇卫生院蹲点采访三天，写下了支部为群众办实事的故事。"
    assert line in cleaner.clean_text(f"{BODY}\n{line}\n").cleaned


def test_a_line_of_adult_site_keywords_joined_by_underscores_goes(cleaner):
    spam = "日韩黄色视频_精品好片_激情五月_高清在线,夜场福利免费AV,最新国产成人精品,午夜色色影院"
    result = cleaner.clean_text(f"{spam}\n\n松岭镇卫生院党支部\n\n{BODY}\n")
    assert "影院" not in result.cleaned and "激情" not in result.cleaned
    assert BODY in result.cleaned and "松岭镇卫生院党支部\n" in result.cleaned
    # a report line on adult education and videos watched online stays
    line = "支部联合成人教育中心录制党课视频十二期，在线观看人数达三千余人次。"
    assert line in cleaner.clean_text(f"{BODY}\n{line}\n").cleaned


def test_a_document_sites_summary_run_into_the_title_and_a_disclaimer_line_go(cleaner):
    page = ("河湾小学党支部工作总结编者按：本文主要从抓学习、强队伍、树品牌三个方面进行讲述。其中，主要包括：支部成立了"
            "领导小组、开展读书活动等，具体材料请详见：2019年，我校党支部在教育局党委的领导下，扎实开展各项工作。\n"
            f"{BODY}\n免责声明：本页内容仅供参考，不构成任何建议。\n")
    result = cleaner.clean_text(page)
    assert "本文" not in result.cleaned and "免责" not in result.cleaned
    assert "2019年，我校党支部在教育局党委的领导下，扎实开展各项工作。" in result.cleaned and BODY in result.cleaned
    # a report's own editor's note, a statement inside a sentence, and the word 本文 in a quotation stay
    assert_kept(cleaner, "《松岭通讯》编者按指出，卫生院党支部的做法值得在全镇推广。",
                "支部在公开信中声明：坚决杜绝形式主义，所有承诺按月公示。",
                "导读员小李说：“本文化站每周开放五天，欢迎党员群众来读书。”")


def test_a_flattened_tables_cell_bars_after_a_line_go(cleaner):
    page = "中共青山集团党委荣获“先进基层党组织”称号授牌仪式 | |||||\n---|---|---|\n" + BODY + " |\n"
    result = cleaner.clean_text(page)
    assert result.cleaned == "中共青山集团党委荣获“先进基层党组织”称号授牌仪式\n" + BODY + "\n"
    # a single bar between words (a menu's separator is the line model's to judge) is not this rule's
    line = "支部书记说：“党员就是一面旗帜|群众就是我们的靠山”，这句话写在活动室的墙上。"
    assert line in cleaner.clean_text(f"{BODY}\n{line}\n").cleaned


def test_a_web_lists_bullet_lines_go_and_a_reports_marked_items_stay(cleaner):
    page = f"• 网站首页\n• 分类：卫生院动态\n• 松岭镇举办第三届健康知识竞赛\n{BODY}\n"
    result = cleaner.clean_text(page)
    assert result.cleaned == f"{BODY}\n"
    # under a block's header ending in a colon the bulleted headlines are links all the same
    linked = f"{BODY}\n相关阅读：\n• 松岭镇举办第三届健康知识竞赛\n• 卫生院开展送医下乡活动\n"
    assert cleaner.clean_text(linked).cleaned == f"{BODY}\n"
    assert_kept(cleaner, "◆守初心：主题教育入脑入心", "●一张网格管到底。社区党委把辖区划分为十二个网格，每个网格设立党小组。",
                "• 支部每月开展一次主题党日活动。")


@pytest.mark.parametrize("junk", ["（宣传科供稿，院办编辑）", "(文字：贺明远；审核：尚云)", "（2019年5月8日《松岭日报》2版）"])
def test_a_bracket_of_two_credits_or_a_papers_page_closing_the_text_goes(cleaner, junk):
    result = cleaner.clean_text(f"{BODY}{junk}\n")
    assert result.cleaned == f"{BODY}\n"


@pytest.mark.parametrize("junk", ["作者：松岭镇人民政府贺明远、尚云", "【概要描述】今年以来，松岭镇卫生院党支部扎实开展各项工作……"])
def test_an_author_field_line_and_a_sites_summary_label_go(cleaner, junk):
    result = cleaner.clean_text(f"{junk}\n{BODY}\n")
    assert result.cleaned == f"{BODY}\n"


def test_report_sentences_citing_a_paper_or_naming_editors_stay(cleaner):
    assert_kept(cleaner, "支部的做法被《松岭日报》在头版刊发（2019年5月8日），引起全县关注。",
                "院办负责编辑院报，宣传科负责供稿，两个科室党员结成对子，共同办好“党建园地”。",
                "作者协会党支部现有党员十二名，支部坚持每月开展一次主题党日。")


def test_a_pager_line_lost_characters_and_a_departments_source_go(cleaner):
    page = f"上一主题 下一主题\n? ? ? ?? {BODY}（党群工作部）\n"
    assert cleaner.clean_text(page).cleaned == f"{BODY}\n"
    # emphatic question marks in a quotation, and a bracketed aside ending a sentence mid-line, stay
    assert_kept(cleaner, "老党员连问三声“这能行吗？？？”，大家都笑了。", "支部书记（党群工作部副部长）每周到车间走访一次。")


def test_a_caption_in_brackets_an_accessibility_prompt_and_tortoise_shell_credits_go(cleaner):
    page = (f"按回车键在新窗口打开无障碍说明页面，按Alt+~键打开导盲模式。\n{BODY}\n"
            "（图为松岭镇卫生院获得的先进基层党组织奖牌）\n"
            f"{BODY[:-1]}，受到群众好评。〔供稿单位：院党委办公室〕\n")
    result = cleaner.clean_text(page)
    assert "无障碍" not in result.cleaned and "图为" not in result.cleaned and "供稿" not in result.cleaned
    assert result.cleaned.count(BODY[:-1]) == 2
    # a report sentence about a picture or about accessible services stays
    assert_kept(cleaner, "支部在党员活动室张贴了老党员的照片，图为群众讲述他们的故事提供了素材。",
                "支部推动社区无障碍设施改造，为盲人家庭安装语音门铃十二套。")


def test_a_gambling_slogan_standing_for_the_units_name_goes(cleaner):
    line = "曹某某 金时娱人生就是博磁材厂技术科职员，入党以来一直扎根生产一线。"
    result = cleaner.clean_text(f"{BODY}\n{line}\n")
    assert "人生就是博" not in result.cleaned


@pytest.mark.parametrize("page", [f"{BODY}（贺明远　青禾县双溪街道河口社区党群工作者）\n", f"青禾日报社主管主办\n{BODY}\n",
                                  f"主办单位：青禾县委组织部　承办单位：县委党校\n{BODY}\n"])
def test_a_writer_with_their_post_and_a_publishers_line_go(cleaner, page):
    assert cleaner.clean_text(page).cleaned == f"{BODY}\n"


def test_a_sentence_naming_organisers_or_a_post_in_brackets_stays(cleaner):
    assert_kept(cleaner, "活动由县委组织部主管、县委党校主办，全县一百余名党员参加。", "县委书记（贺明远 县委书记）出席会议并讲话。")


@pytest.mark.parametrize("byline", ["□記者 賀明遠 尚雲 杜小川 文/圖", "记者 贺明远 尚云 报道"])
def test_a_reporters_line_with_a_box_and_their_names_goes(cleaner, byline):
    result = cleaner.clean_text(f"松岭镇卫生院的党员们\n{byline}\n{BODY}\n")
    assert result.cleaned == f"松岭镇卫生院的党员们\n{BODY}\n"
    line = "记者 贺明远 尚云 在卫生院采访时看到，党员医生们早已在门诊大厅等候。"
    assert line in cleaner.clean_text(f"{BODY}\n{line}\n").cleaned


@pytest.mark.parametrize("junk", ["您正在使用的浏览器版本过低，请升级后再访问本站。",
                                  "马上注册，结交更多好友，发现家乡更多精彩",
                                  "游客，您需要 登录 才可以下载或查看附件。还没有账号？注册"])
def test_a_browser_or_forum_prompt_goes(cleaner, junk):
    assert cleaner.clean_text(f"{junk}\n{BODY}\n").cleaned == f"{BODY}\n"


def test_report_sentences_about_browsers_and_registering_stay(cleaner):
    assert_kept(cleaner, "学校为机房电脑统一升级浏览器和办公软件，方便党员在线学习。",
                "社区党员志愿者手把手教老人使用手机浏览器，推荐使用大字版浏览器访问政务网站。",
                "支部动员党员马上注册志愿者账号，全村已有四十二名党员注册。")


def test_a_casino_named_after_its_number_goes_with_its_button(cleaner):
    page = "7月15日下午,36688威尼斯党总支组织党员开展主题党日活动。\nab12345金冠官网登录\n" + BODY + "\n"
    result = cleaner.clean_text(page)
    assert "威尼斯" not in result.cleaned and "金冠" not in result.cleaned and "登录" not in result.cleaned
    assert "党总支组织党员开展主题党日活动。" in result.cleaned


#: a second body paragraph (a page whose body repeats a line loses the copy)
BODY2 = "支部每月开展一次主题党日活动，党员医生轮流到村卫生室坐诊，全年服务群众三千余人次。"


def _before(junk: str) -> tuple[str, str]:
    """A junk line over the report's first paragraph, and what the cleaner leaves."""
    return f"{junk}\n{BODY}\n", f"{BODY}\n"


def _after(tail: str) -> tuple[str, str]:
    """Junk glued after the paragraph's last sentence, and what the cleaner leaves."""
    return f"{BODY}{tail}\n", f"{BODY}\n"


def _glued(junk: str) -> tuple[str, str]:
    """Junk glued before the paragraph's first words, and what the cleaner leaves."""
    return f"{junk}{BODY}\n{BODY2}\n", f"{BODY}\n{BODY2}\n"


def _between(junk: str) -> tuple[str, str]:
    """A junk line between two paragraphs, and what the cleaner leaves."""
    return f"{BODY}\n{junk}\n{BODY2}\n", f"{BODY}\n{BODY2}\n"


#: shapes of page furniture from real pages (invented wording): the page, and what the cleaner leaves of it
SHAPES_THAT_GO = {
    # below the page's own headline the reprint's line goes whole; opening the page, only its label (test_clean_fresh_pages)
    "a reprint's 原标题 line": (f"青禾之畔党旗红\n原标题：青禾之畔党旗红——记松岭镇卫生院党支部\n{BODY2}\n", f"青禾之畔党旗红\n{BODY2}\n"),
    "a 消息 marker with its credit": _glued("青禾网松岭6月5日消息（记者 贺明远）"),
    "a 消息 marker before a space": _glued("青禾在线松岭消息 "),
    "a 快讯 marker with its source": _glued("青禾头条快讯：松岭先锋网（冼一诺）"),
    "a paper's reporters": _glued("◎青禾报融媒记者 贺明远 见习记者 尚云 通讯员 杜小川 邬可 "),
    "an ISO date": _glued("2021-06-18"),
    "a dateline with a colon": _glued("青禾网综合讯:(通讯员 松岭镇人民政府 鲁晴川)"),
    "a breadcrumb's arrow": (f">{BODY}\n", f"{BODY}\n"),
    "a caption with its picture's source": _between("党员医生的工作证，见证了他三十年的坚守（图片来源：青禾新闻网）"),
    "a caption with its photographer": _between("党员志愿者在村口测量体温（贺明远 摄）"),
    "a bracketed caption": _between("（党员们在纪念馆学习馆史）"),
    "a photo line with its credit": _between("6月11日，松岭村的瓜棚里，党员贺明远在察看瓜苗长势 尚云摄/本刊"),
    "a numbered picture": _between("图2 卫生院党支部全体党员合影"),
    "a scene caption": _between("庆祝建党一百周年暨“两优一先”表彰大会现场"),
    "a caption of the honoured": _between("优秀党务工作者受表彰"),
    "a contact block's address": (f"{BODY}\n电话：0731-5550123\n地址：青禾市松岭镇工业大道18号A3栋\n", f"{BODY}\n"),
    "an office closing the text": _after("（院党史办）"),
    "a branch closing the text": _after("（外科第二党支部）"),
    "a name closing the text": _after("（肖雨桐）"),
    "credits with 审/": _after("(文/鲁晴川 图/冼一诺 审/邬可)"),
    "name-first credits after the office": _after("(宣传处 鲁晴川/文 冼一诺/图)"),
    "name-first credits after a branch": _after("（机关党支部  鲁晴川/文  冼一诺/图  邬可/审核）"),
    "joined credit labels": _after("(作者、编辑:鲁晴川)"),
    "the writers' unit and names": _after("（青禾市第二人民医院  鲁晴川  冼一诺）"),
    "two writers with a slash": _after("(文/图:鲁晴川/冼一诺、邬可)"),
    "an office's review credits": _after("(松岭街道 撰稿:鲁晴川 初审:鲁晴川 复核:冼一诺 终审:邬可)"),
    "a unit and a name on their own line": (f"{BODY}\n(机关党委 鲁晴川)\n", f"{BODY}\n"),
    "a lottery site with its catalogue": _before("新澳门六宝典资料大全"),
    "a lottery's words": _before("管家婆一码一肖"),
    "a dated source line": _before("2023年06月11日08:01 | 来源：青禾网-《青禾日报》"),
    "a language menu": _before("英文 English 法文 Français 俄文 Russian"),
    "a name and 文/图": _before("鲁晴川 文/图"),
    "a box and a name": _before("□ 鲁晴川"),
    "a site and its writer": _before("青禾网(作者/鲁晴川)"),
    "a bracketed 讯": _before("(青禾乡镇网松岭讯)"),
    "a paper's page": _before("第8版(民族希望)"),
    "a paper's column": _before("专栏：旗帜永飘扬"),
    "an ad slot's code": _before("ad9_210*60"),
    "a close button": _before("×"),
    "one name over the text": _before("鲁晴川"),
    "a 范文 site's name and a one-line menu": (f"青禾范文\n网站首页 工作总结 述职报告 心得体会 演讲稿\n{BODY}\n", f"{BODY}\n"),
    "a breadcrumb as a numbered list": _before("1. 首页\n  2. 党员教育\n  3. 经验交流\n  4. 正文"),
    "a paper's issue date": (f"2021年06月18日\n松岭镇卫生院党支部\n{BODY}\n", f"松岭镇卫生院党支部\n{BODY}\n"),
    "a collection item's label": _before("四强党支部先进材料(一)："),
    "a document site's line about the file":
        _before("《松岭之巅党旗红——记松岭车间党支部》由会员上传分享，免费在线阅读，更多相关内容在工程资料-青禾文库。"),
    "a document site's page numbers": (
        "《松岭车间党支部先进事迹材料.docx》由会员上传分享，免费在线阅读，更多相关内容在工程资料-青禾文库。\n"
        "1、松岭车间党支部先进事迹材料 松岭车间党支部现有党员二十六名，支部坚持把党建工作融入安全生产全过程，组织党员\n"
        "2、突击队承担急难险重任务，全年完成线路大修四十二公里，车间连续八年实现安全生产无事故。\n",
        "松岭车间党支部先进事迹材料 松岭车间党支部现有党员二十六名，支部坚持把党建工作融入安全生产全过程，组织党员\n"
        "突击队承担急难险重任务，全年完成线路大修四十二公里，车间连续八年实现安全生产无事故。\n"),
    "an English abstract after the Chinese": (
        f"{BODY}\n支部的主要做法: Since 2015, the branch has built a system for the evaluation of its members and the service of the villagers.\n",
        f"{BODY}\n支部的主要做法: \n"),
    "a collection item's label with its title": (f"第二篇：松岭镇卫生院党支部先进事迹材料\n{BODY}\n", f"{BODY}\n"),
    "a reporter's credit glued after a brand": (f"{BODY}\n天和官网登录通讯员:鲁晴川 6月8日，{BODY}\n", f"{BODY}\n6月8日，{BODY}\n"),
    "a bracketed caption naming a secretary": _between("（驻村第一书记带领党员清理村口河道）"),
    "an honour's tag under the title": (f"松岭村党支部先进事迹材料\n全国先进基层党组织(2011年)\n{BODY}\n", f"松岭村党支部先进事迹材料\n{BODY}\n"),
    "an honour's tag over the title": (f"青禾省国资委“四强”党支部\n松岭煤矿综掘一线党旗红\n{BODY}\n", f"松岭煤矿综掘一线党旗红\n{BODY}\n"),
    "a credit in brackets after the last sentence": (f"{BODY}\n{BODY2}（松岭居民区 邬可）\n", f"{BODY}\n{BODY2}\n"),
    "a credit and a bar after the last sentence": (f"{BODY}\n{BODY2}(企事业组织室 邬可) |\n", f"{BODY}\n{BODY2}\n"),
    "a name and 文/图 after the last sentence": (f"{BODY}\n{BODY2}鲁晴川 文/图\n", f"{BODY}\n{BODY2}\n"),
    "a bracketed 讯 before the first words": (f"(青禾乡镇网松岭讯){BODY}\n", f"{BODY}\n"),
    "a site and its writer before the first words": (f"青禾网(作者/鲁晴川){BODY}\n", f"{BODY}\n"),
    "a site's dateline with the year and its writer": _glued("青禾网松岭2015年7月2日电(鲁晴川)"),
    "a site's 讯 with a credit": _glued("青禾新闻网讯 通讯员鲁晴川 报道:"),
    "two outlets and a site address before 讯": _glued("青禾晚报、青禾财经网(m.qinghe.cn)讯 "),
    "a betting site's name where the unit's stood": (f"{BODY}\n2017年12月15日，欧洲杯竞猜平台工青妇党支部赴社区开展互访互学。\n",
                                                   f"{BODY}\n2017年12月15日，工青妇党支部赴社区开展互访互学。\n"),
    "a casino with its number after 澳门": (f"{BODY}\n7月1日下午，澳门新某京5303党政领导班子冒雨来到社区。\n",
                                        f"{BODY}\n7月1日下午，党政领导班子冒雨来到社区。\n"),
    "a disclaimer under a bracketed label": (f"{BODY}\n【原创稿件及免责声明】本网注明转载的文章仅供用户参考，凡注明来源为本网的稿件，版权均属本网所有。\n",
                                             f"{BODY}\n"),
    "a document site's notice list": _before("- 1、本文档由用户上传，青禾文库整理发布，可阅读全部内容。\n"
                                          "- 2、本文档内容版权归属内容提供方，如果您对本文有版权争议，请立即联系网站客服。\n"
                                          "- 3、本文档由用户上传，本站不保证质量，付费之前，请仔细阅读内容确认后进行付费下载。"),
    "a site's preface of two sentences": _before(
        "在日常的学习和工作中，大家或多或少都接触过事迹材料吧，事迹材料是如实记载先进集体和先进人物事迹的书面材料。"
        "事迹材料到底怎么写才好呢？下面是小编整理的卫生院党支部事迹材料，欢迎大家借鉴与参考，希望对大家有所帮助。"),
    "the site's teaser of the text": (f"{BODY[:30]}...\n{BODY}\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a repeated lead with its label": (f"【内容提要】{BODY[:24]}……\n{BODY}\n", f"{BODY}\n"),
    "a site's summary": (f"内容摘要：{BODY[:20]}。\n{BODY}\n", f"{BODY}\n"),
    "the title without its genre word": (f"松岭镇卫生院党支部先进事迹材料\n主要做法\n松岭镇卫生院党支部先进事迹 \n{BODY}\n",
                                         f"松岭镇卫生院党支部先进事迹材料\n主要做法\n{BODY}\n"),
    "a column name and a title tag": (f"【党群园地】松岭镇卫生院党支部赴青禾村开展联学共建\n党员医生服务群众美好生活(权威发布)\n{BODY}\n",
                                      f"松岭镇卫生院党支部赴青禾村开展联学共建\n党员医生服务群众美好生活\n{BODY}\n"),
    "a slogan heading after the head's furniture stays": (f"青禾新闻网\n松岭镇卫生院党支部先进事迹\n2021-06-18 10:31:06\n点击数：\n小小卫生院不简单\n{BODY}\n",
                                                         f"松岭镇卫生院党支部先进事迹\n小小卫生院不简单\n{BODY}\n"),
    "a reader count's number under its label": (f"松岭镇卫生院党支部先进事迹\n2021-06-18 10:31:06\n点击数：\n1024\n{BODY}\n",
                                                f"松岭镇卫生院党支部先进事迹\n{BODY}\n"),
    # a column's tag opening the title stays with it: of 50 such titles on 3,013 real pages annotators kept the tag in
    # the title in 28, called it junk in 7 (test_clean_fresh_pages.py)
    "a quoted column tag numbered in its series": (f"“青禾战斗堡垒”④|松岭派出所党支部：党建引领基层治理\n{BODY}\n",
                                                  f"“青禾战斗堡垒”④|松岭派出所党支部：党建引领基层治理\n{BODY}\n"),
    "a column tag with a bar": (f"主题教育|外科党支部：重温百年党史\n{BODY}\n", f"主题教育|外科党支部：重温百年党史\n{BODY}\n"),
    "a search phrase between sentences": (
        f"{BODY}\n支部班子团结奋进，五好党支部申报材料范文开拓创新，求真务实，增强了党组织的凝聚力。\n",
        f"{BODY}\n支部班子团结奋进，开拓创新，求真务实，增强了党组织的凝聚力。\n"),
    "a caption and its photographer set apart": _between("松岭车间党支部的六名党员现场签下安全生产承诺书。尚云 摄"),
    "a news site's review credits": _after("\n编辑 冼一诺 二审 邬可 三审 贺明远"),
    "review credits with a lost character": _after("\n責任編輯：冼一? 審核：邬可"),
    "a site's 讯 with the place and a comma": (f"青禾先锋网松岭讯,3月22日，{BODY}\n", f"3月22日，{BODY}\n"),
    "a link's scheme left in a sentence": (f"{BODY}网23http://{BODY2}\n", f"{BODY}{BODY2}\n"),
    "a gambling agent's contact before the title": (f"金星主管551234_【松岭镇卫生院党支部先进事迹\n{BODY}\n",
                                                   f"松岭镇卫生院党支部先进事迹\n{BODY}\n"),
    "a menu glued without separators": _before("首页范文工作总结事迹材料"),
    "a document's page counter": _after(" 第1页 共3页"),
    "a caption closing a body line": (f"{BODY}图为义诊现场。(尚云)\n", f"{BODY}\n"),
    "captions between captions": (f"{BODY}\n新党员入党宣誓\n松岭镇卫生院党支部荣获全市先进基层党组织\n外科党支部荣获全县五星党支部\n"
                                  f"优秀共产党员受表彰\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "captions around a heading": (f"{BODY}\n党员入党宣誓\n（二）荣获全市先进基层党组织\n党员合影留念\n{BODY2}\n",
                                  f"{BODY}\n（二）荣获全市先进基层党组织\n{BODY2}\n"),
    "a near copy of the title": (f"党旗在青禾山间高高飘扬\n2021-06-18 10:31:06\n党旗在青禾山高高飘扬\n{BODY}\n",
                                 f"党旗在青禾山间高高飘扬\n{BODY}\n"),
    "a casino and its number where the unit's name stood": (f"{BODY}\n1月4日下午，太阳2党委在实训中心召开支部书记述职评议会。\n",
                                                           f"{BODY}\n1月4日下午，党委在实训中心召开支部书记述职评议会。\n"),
    "a collection's preface closing the first paragraph": (
        f"卫生院党支部先进事迹材料(精选4篇)\n{BODY}该页是编辑为大家整理的4篇卫生院党支部先进事迹材料，仅供参考。\n",
        f"卫生院党支部先进事迹材料\n{BODY}\n"),
    "a collection's preface closing a paragraph": (
        f"{BODY}\n支部坚持每月开展主题党日活动，党员轮流到村卫生室坐诊。该页是编辑为大家整理的4篇卫生院党支部先进事迹材料，仅供参考。\n",
        f"{BODY}\n支部坚持每月开展主题党日活动，党员轮流到村卫生室坐诊。\n"),
    "a paper's 讯 in brackets": _glued("【本报讯】"),
    "an editor's note label": _glued("【编者按】"),
    "a broadcast script's labels": (f"【口播】{BODY}\n【同期】松岭村村民 邬可\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a key-points label": _glued("核心提示:"),
    "a column's tag in corner brackets": _before("「青禾•喜报」"),
    "a wire dateline with the title again": (f"党旗在松岭飘扬——记松岭镇卫生院党支部\n新华社青禾6月11日电 题:党旗在松岭飘扬——记松岭镇卫生院党支部\n{BODY}\n",
                                              f"党旗在松岭飘扬——记松岭镇卫生院党支部\n{BODY}\n"),
    "a company's correspondent in brackets after the last sentence": (f"{BODY}\n{BODY2}(青禾分公司通讯员:鲁晴川)\n", f"{BODY}\n{BODY2}\n"),
    "a casino's name with its site's tag glued": (f"{BODY}\n近年来，永利yl55123no1坚持把党建工作融入生产经营全过程。\n",
                                                 f"{BODY}\n近年来，坚持把党建工作融入生产经营全过程。\n"),
    "a casino's name, its number and letters": (f"{BODY}\n申报人须在美高美集团5577am从事党务工作至少满一年。\n",
                                                f"{BODY}\n申报人须在从事党务工作至少满一年。\n"),
    "a betting brand's name and its number before it": (f"{BODY}\n近年来，7731am海洋之神坚持把党建工作融入办学全过程。\n",
                                                        f"{BODY}\n近年来，坚持把党建工作融入办学全过程。\n"),
    "a betting site's name and its home page": (f"{BODY}\n近年来，太阳成集团qwe881cc主页坚持把党建工作融入办学全过程。\n",
                                                f"{BODY}\n近年来，坚持把党建工作融入办学全过程。\n"),
    "a site's numbered disclaimers around the one naming its notes": (
        f"{BODY}\n{BODY2}\n1、“青禾在线”由青禾广播电台主办。经青禾广播电台授权，青禾在线网络有限公司独家负责“青禾在线”网站的市场经营。\n"
        "2、凡本网注明“来源：青禾在线”的所有信息内容，未经书面授权，任何单位及个人不得转载、摘编、复制或利用其他方式使用。\n"
        "3、“青禾在线”自有版权信息（包括但不限于“青禾在线专稿”、“青禾在线消息”等信息内容）均由青禾在线网络有限公司统一管理和销售。\n",
        f"{BODY}\n{BODY2}\n"),
    "a reprint's disclaimer after a label": _between("声明:转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益,"
                                                   "请作者持权属证明与本网联系,我们将及时更正、删除,谢谢。"),
    "a bulleted copyright notice and its conditions": _between("  • 凡本网注明“来源:青禾新闻网”的所有作品,版权均属于青禾新闻网,未经本网授权不得转载、"
                                                             "摘编或利用其它方式使用上述作品。已经本网授权使用作品的,应在授权范围内使用,并注明“来源:青禾新闻网”。"
                                                             "违反上述声明者,本网将追究其相关法律责任。"),
    "a publishing line of bulleted fields": _between("* 来源 : * 作者 : admin * 发表时间 : 2018-02-08 * 浏览 : 130"),
    "a publishing line with its spaces garbled into question marks": _before("发布时间:2022/6/27 10:22:02??/??浏览量:??/??【关闭】"),
    "a betting site's name and its web page": (f"{BODY}\n近年来，best365网页版登录坚持把党建工作融入办学全过程。\n",
                                               f"{BODY}\n近年来，坚持把党建工作融入办学全过程。\n"),
    "a site's dateline with its place and a space in the writers' bracket": _glued("青禾发布网晋中讯( 柳奎狮  路丽华)"),
    "a photographer's credit with the agency that sold the picture": _between("柳  青摄(青禾视觉)"),
    "a portrait's caption released by an agency": _between("  柳万基。新华社发"),
    "a caption released by a site": _between("表彰会现场合影。青禾雄安官网发"),
    "a caption and its photographer after a slash": _between("与邻国一河之隔的龙堡村/柳强 摄"),
    "a caption and its supplier in brackets": _between("武穴佳阳光伏储能(新能源公司供稿)"),
    "other articles' headlines cut off with dots": (f"{BODY}\n{BODY2}\n11月3日,青禾市法院召开学习贯彻...\n为切实守护青年学子身心健康,助力青春成长...\n"
                                                    "日前,青禾市市场监管局组织召开《医疗...\n", f"{BODY}\n{BODY2}\n"),
    "a document site's fields of the file": _before("上传人:柳*** 文档编号:107655291 上传时间:2019-10-20 格式:DOC 页数:3 大小:54.40KB"),
    "an editor's default picture name and a picture's size": (f"{BODY}\n未标题-2\n501×296\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a prompt to the mobile version": _between("进入移动版,省流量,体验好"),
    "a comment box's rule": _between("·请注意语言文明,尊重网络道德,并承担一切因您的行为而直接或间接引起的法律责任。"),
    "an agency's reporter under its column's name": _between("  新华社“青禾网事”记者柳静"),
    "a gambling site's call to ring it": (f"{BODY}了解青禾在线手机版(大中国区)详细信息,请致电\n", f"{BODY}\n"),
    "a casino's line-check centre where the unit's name stood": (f"{BODY}\n近年来，必赢线路检测中心坚持把党建工作融入生产全过程。\n",
                                                                 f"{BODY}\n近年来，坚持把党建工作融入生产全过程。\n"),
    "a publishing line with question marks for spaces": _before("2021-06-30 09:26:48?作者:柳子州?来源:青禾网  责任编辑:孙劲贞   我来说两句"),
    "the offices that sent the item, in brackets after its last sentence": (f"{BODY}\n{BODY2}(委医政医管处 省血液管理中心)\n", f"{BODY}\n{BODY2}\n"),
    "an empty Markdown image alone on its line": (f"{BODY}\n\n![]()\n\n{BODY2}\n", f"{BODY}\n\n{BODY2}\n"),
    "an empty Markdown image run into a flattened line": (f"{BODY} ![]() {BODY2}\n", f"{BODY} {BODY2}\n"),
    "a casino's name found once goes wherever it stands": (
        f"“果园里还有更多。”必赢线路检测中心驻松岭村第一书记柳厚洪指向村外。\n工作队还依托必赢线路检测中心教职工资源，为猕猴桃铺好销路。\n",
        "“果园里还有更多。”驻松岭村第一书记柳厚洪指向村外。\n工作队还依托教职工资源，为猕猴桃铺好销路。\n"),
    "a 范文 site's preface in its own 我们": _before("前言:我们精心挑选了数篇优质村支部工作汇报文章,供您阅读参考。期待这些文章能为您带来启发。"),
    "a site's greeting after a slogan": _before("好好学习,天天向上,青禾吧欢迎您!"),
    "the page's short title in brackets glued into the text": (f"采油队传家宝\n\n{BODY}\n“传家宝”薪火相传\n【采油队传家宝】{BODY2}\n",
                                                               f"采油队传家宝\n\n{BODY}\n“传家宝”薪火相传\n{BODY2}\n"),
    "a slot game's site where the unit's name stood": (f"{BODY}\n近年来，pg电子官方网址入口坚持把党建工作融入办学全过程。\n",
                                                      f"{BODY}\n近年来，坚持把党建工作融入办学全过程。\n"),
    "a casino's slogan glued to its name": (f"{BODY}\n近年来，凯时娱人生就是博坚持把党建工作融入办学全过程。\n",
                                            f"{BODY}\n近年来，坚持把党建工作融入办学全过程。\n"),
    "a betting brand's (China) tag and site": (f"{BODY}\n近年来，星空体育·(China)官方网站坚持把党建工作融入办学全过程。\n",
                                               f"{BODY}\n近年来，坚持把党建工作融入办学全过程。\n"),
    "a numbered line-check page where the unit's name stood": (f"{BODY}\n近年来，36365线路检测中心坚持把党建工作融入办学全过程。\n",
                                                               f"{BODY}\n近年来，坚持把党建工作融入办学全过程。\n"),
    "an advertisement's phrase and its link": _between("最好的某病治疗方法 http://m.example.net/baidianfeng/a_4202013.html"),
    "a forum archive's link to the full version": _between("查看完整版本: 强阵地,优服务这里的党群服务中心正式开"),
    "a site's disclaimer numbered with a circled digit": _between("① 凡本网注明“来源”为“青禾日报”、“青禾网”的所有文字、图片，版权均属青禾日报社所有。"),
    "a caption with its photographer's label after it": _between("图为支部党员在社区开展义诊活动。（摄影：柳逸）"),
    "a reposted item's note of its original title": (f"{BODY}\n{BODY2}(原标题:青禾市公安局交警支队表彰先进集体和个人)\n", f"{BODY}\n{BODY2}\n"),
    "the credits glued to the end of a title": (f"机关党支部组织进行8月份支部活动文/柳世莉 图/邓婕\n\n{BODY}\n", f"机关党支部组织进行8月份支部活动\n\n{BODY}\n"),
    "a publishing stamp and its readers' count inside a flattened line": (
        f"青禾医院举行新党员宣誓及义诊活动 发布时间:2013年12月9日 预览:2456次 {BODY}\n", f"青禾医院举行新党员宣誓及义诊活动 {BODY}\n"),
    "a local forum's name over the page": _before("青禾市论坛"),
    "a newspaper's name alone on its line": _between("青禾晨报"),
    "a contact widget's label alone": _between("24小时咨询服务电话"),
    "a wire dateline with a space after the outlet": _glued("中新网 青禾9月26日电 (记者 鲁晴川)"),
    "a picture's caption and its source glued before the text": (f"{BODY}\n图为颁奖仪式现场。 青禾融媒 供图据悉，{BODY2}\n",
                                                                 f"{BODY}\n据悉，{BODY2}\n"),
    "a document site's numbered notices": _before("  1. 1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑服务。\n"
                                               "  2. 2、如文档侵犯您的权益，请联系客服反馈，我们会尽快为您处理。"),
    "a bar alone on its line": _between("|"),
    "a bar closing a title line": (f"松岭镇卫生院党支部：党建引领医疗服务 |\n{BODY}\n", f"松岭镇卫生院党支部：党建引领医疗服务\n{BODY}\n"),
    "a site's name as the first line": (f"青禾学术资源库\n松岭镇卫生院党支部先进事迹\n{BODY}\n", f"松岭镇卫生院党支部先进事迹\n{BODY}\n"),
    "a bookmark prompt": _before("设为书签Ctrl+D将本页面保存为书签，全面了解最新资讯，方便快捷。"),
    "a paper's reporter with a box, the name glued": _before("□青禾日报全媒体记者贺明远"),
    "a lottery's catalogue words": (f"{BODY}大发时时彩口诀:{BODY2}\n", f"{BODY}{BODY2}\n"),
    "a casino's VIP club where the unit's name stood": (f"{BODY}\n3月17日，太阳集团贵宾会首页召开了支部书记述职评议会。\n",
                                                       f"{BODY}\n3月17日，召开了支部书记述职评议会。\n"),
    "an individual honour's tag in the page's head": (f"松岭村党支部书记贺明远先进事迹\n全国优秀共产党员\n{BODY}\n",
                                                     f"松岭村党支部书记贺明远先进事迹\n{BODY}\n"),
    "a gallery's captions": (f"{BODY}\n青禾省优秀共产党员、松岭县发展改革局规划科科长邬可\n{BODY2}\n"
                             f"青禾省优秀党务工作者、松岭镇卫生院党支部书记贺明远\n全院党员以他们为榜样，立足岗位作贡献。\n",
                             f"{BODY}\n{BODY2}\n全院党员以他们为榜样，立足岗位作贡献。\n"),
    "a people column over a title": (f"【党员风采】扎根病房二十年的守护者\n{BODY}\n", f"扎根病房二十年的守护者\n{BODY}\n"),
    "title copies under a site's prompt": (f"设为书签Ctrl+D将本页面保存为书签，全面了解最新资讯，方便快捷。\n松岭镇卫生院党支部：党旗红在病房\n"
                                           f"松岭镇卫生院党支部：党旗红在病房\n{BODY}\n", f"松岭镇卫生院党支部：党旗红在病房\n{BODY}\n"),
    "a known casino name with its tag where the unit's name stood": (
        "获评2023年度z9ab·尊龙凯时「中国」官方网站集团先进党支部。\n", "获评2023年度集团先进党支部。\n"),
    "a betting site's download words before a branch": (
        "学院公布结果，beat365最新版下载药学党支部成功入选样板支部。\n", "学院公布结果，药学党支部成功入选样板支部。\n"),
    "a casino's number before its name": (
        "2021年，支部成为4556银河国际在线第二批“双带头人”工作室。\n", "2021年，支部成为第二批“双带头人”工作室。\n"),
    "a casino joined to a title by a dash": (f"守护青禾的人们-凯发k8官方网娱乐官方\n{BODY}\n", f"守护青禾的人们\n{BODY}\n"),
    "casino names joined by underscores": (
        "支部获评松岭区“365bet365.com_日博365在线_365bet亚洲官网网址先进单位”。\n", "支部获评松岭区“先进单位”。\n"),
    "a casino's line centre before a branch": (
        "3月19日下午，在yl34511线路中心党总支的统一安排下，全体老师共同学习。\n", "3月19日下午，在党总支的统一安排下，全体老师共同学习。\n"),
    "a teaser run into the text on a flattened page": (f"核心提示：{BODY}{BODY2[:8]}... {BODY}{BODY2}\n", f"{BODY}{BODY2}\n"),
    "a teaser on its own line": (f"{BODY[:30]}……\n{BODY}\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a caption shown under each picture": (f"{BODY}\n松岭镇卫生院党支部荣获先进基层党组织称号。\n{BODY2}\n"
                                           f"松岭镇卫生院党支部荣获先进基层党组织称号。\n{NEXT}\n", f"{BODY}\n{BODY2}\n{NEXT}\n"),
    "a department's source under the last paragraph": (f"{BODY}\n（松岭镇卫生院办公室）\n", f"{BODY}\n"),
    "two units' source after the last sentence": (f"{BODY}（青禾集团、松岭公司）\n", f"{BODY}\n"),
    "a department's source after the last sentence": (f"{BODY}(统战部)\n", f"{BODY}\n"),
    "a 讯 with the writer's bare name": _glued("青禾民生在线讯(贺明远)"),
    "role/name credits closing a run-on line": (f"{BODY} 松岭小学党总支 2019年3月19日 文/贺明远 图/尚云 |\n",
                                                f"{BODY} 松岭小学党总支 2019年3月19日\n"),
    "a caption credited with a backslash before 摄, glued before the text": (f"松岭老街 贺明远\\摄 {BODY}\n", f"{BODY}\n"),
    "a document site's numbered notices after a dash": (
        f"- 2、本站所有内容均由网友上传，本站不对文档的完整性做任何保证。\n- 5、成为VIP后，下载本文档将扣除1次下载权益。\n{BODY}\n",
        f"{BODY}\n"),
    "a document site's line on a member's file": (
        f"《松岭村调研报告》由会员分享，可在线阅读，更多相关《松岭村调研报告(8页)》请在青禾文库上搜索。\n{BODY}\n", f"{BODY}\n"),
    "a journal database's text mark": (f"<正>{BODY}\n", f"{BODY}\n"),
    "a numbered caption with a dot": _between("图2.五支部与青禾疾控中心开展主题党日"),
    "a picture tag closing a title": (f"松岭镇表彰一批先进党组织[图]\n{BODY}\n", f"松岭镇表彰一批先进党组织\n{BODY}\n"),
    "a boxed byline of two names": _between("□贺明远 尚云"),
    "a collection's title over its labelled items": (
        f"松岭村团支部工作总结(共6篇)\n松岭村团支部工作总结 篇1\n{BODY}\n", f"{BODY}\n"),
    "a collection's count title over items labelled 第一篇": (
        f"青禾社区党建工作总结5篇\n第一篇：青禾社区2021年党建工作总结\n{BODY}\n", f"{BODY}\n"),
    "a collection item's title numbered after 范文": (
        f"{BODY}\n卫生院党建工作总结范文(二)\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a collection's title shown twice keeps one copy (without its count)": (
        f"青禾社区党建工作总结5篇\n青禾社区党建工作总结5篇\n青禾社区党建工作总结篇1\n{BODY}\n",
        f"青禾社区党建工作总结\n{BODY}\n"),
    "the site's title with 范文 over the report's own": (
        f"松岭镇人大办2024年上半年工作总结范文\n松岭镇人大办2024年上半年工作总结\n{BODY}\n",
        f"松岭镇人大办2024年上半年工作总结\n{BODY}\n"),
    "a site's copyright line running into its address": (
        f"{BODY}\n版权所有©松岭科技大学外国语学院地址:青禾省松岭市长晖路666号\n", f"{BODY}\n"),
    "a link to another page under its prompt": _between("【点击浏览评选材料】党建引领：校地共建与协同育人：http://www.example.edu.cn/info/1018.htm"),
    "a view count glued to the date and publisher": (f"2022年04月01日党委组织部浏览次数:283设置\n{BODY}\n", f"{BODY}\n"),
    "a paywall's prompt glued before the text": (f"{BODY}\n会员免费查看{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a site's byline glued without spaces": (f"青禾纪委监委网站贺明远通讯员尚云“零感染是大家努力的结果。”{BODY}\n",
                                           f"“零感染是大家努力的结果。”{BODY}\n"),
    "a site's section after a title's underscore": (f"松岭派出所：党建带队建_海陵区派出所辖区\n{BODY}\n", f"松岭派出所：党建带队建\n{BODY}\n"),
    "an outlet's 讯 before 近年来": (f"青禾网文明松岭讯 近年来，{BODY}\n", f"近年来，{BODY}\n"),
    "a news picture's caption: someone speaking at a meeting": _between("党工委书记贺明远在表彰大会上讲话"),
    "a news picture's caption: a secretary showing a reporter round": _between("松岭镇卫生院党支部书记、院长尚云向记者介绍义诊情况。"),
    "a news picture's caption: a scene and a smile": _between("李奶奶收到党员服务队送来的米油，笑得合不拢嘴"),
    "a news picture's caption: workers at work": _between("工人正在对供水泵出口法兰进行紧固。"),
    "a file picture's caption opening the page, who stands where": (
        f"松岭村党支部书记贺明远(右)与合作社负责人研究种植品种。资料图\n{BODY2}\n", f"{BODY2}\n"),
    "a news picture's caption run into a flattened page": (
        f"{BODY} 松岭派出所民警列队走过红色旧址 “民警把群众的事当成自己的事。”{BODY2}\n",
        f"{BODY}  “民警把群众的事当成自己的事。”{BODY2}\n"),
    "an official account's name over its prompt to follow it": (
        f"青禾教育\n↑ 点击上方“青禾教育”关注我们\n{BODY}\n", f"{BODY}\n"),
    "a bracketed source notice before a heading (the heading stays)": (
        f"（来源：青禾文库 www.example-wk.cn）一、加强学习\n{BODY}\n", f"一、加强学习\n{BODY}\n"),
    "a numbered picture's caption in brackets": (f"{BODY}\n(图1:居民群众主动清理“楼道杂物”)\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "keycaps and joined emoji": ("會上6️⃣，全體黨員🧑🏿\u200d🦱🧑🏻\u200d✈️認真學習了黨的二十大精神，★大家紛紛表示要立足崗位作貢獻。\n",
                                 "會上，全體黨員認真學習了黨的二十大精神，★大家紛紛表示要立足崗位作貢獻。\n"),
    "the page's fields glued to the text after a time": _glued("文章来源:宣传科 作者:鲁晴 时间:2021-07-02 09:15:30"),
    "the page's fields glued to the text after a count": _glued("来源：青禾网　发布时间：2021-07-02　点击：318"),
    "a column tag on the title stays": (f"【基层抗疫】松岭镇卫生院党支部：党旗在一线飘扬\n{BODY}\n",
                                       f"【基层抗疫】松岭镇卫生院党支部：党旗在一线飘扬\n{BODY}\n"),
    "a site's mark on the title goes": (f"【原创】松岭镇卫生院党支部：党旗在一线飘扬\n{BODY}\n", f"松岭镇卫生院党支部：党旗在一线飘扬\n{BODY}\n"),
    "a known gambling name with 全站 and 中国有限公司 in a unit's place": (
        "近日，开云全站中国有限公司青禾分公司党支部获评先进基层党组织。\n", "近日，青禾分公司党支部获评先进基层党组织。\n"),
    "a bulleted list of other headlines under 推荐阅读": (
        f"{BODY}\n推荐阅读\n- 夏天喝绿豆汤的三个好处\n- 这款新车配二百马力，才九万起\n- 出门旅行别忘带这三样东西\n", f"{BODY}\n"),
    "a related-articles block after a report's ◆ heading": (
        f"{BODY}\n◆育人才：打造服务铁军\n热门推荐\n优秀共产党员先进事迹材料范文（通用6篇）\n中学先进基层党组织申报材料\n{BODY2}\n",
        f"{BODY}\n◆育人才：打造服务铁军\n{BODY2}\n"),
    "the title copied in brackets opening the text": (
        f"松岭镇卫生院党支部开展主题党日活动\n【松岭镇卫生院党支部开展主题党日活动】{BODY}\n",
        f"松岭镇卫生院党支部开展主题党日活动\n{BODY}\n"),
    "a series label with its circled number in the head": (
        f"青禾日报 2012年08月07日 星期二\n创先争优展风采④\n松岭镇卫生院党支部党旗在一线飘扬\n{BODY}\n",
        f"松岭镇卫生院党支部党旗在一线飘扬\n{BODY}\n"),
    "a column name ending in 纪检 above a news headline": (
        f"党群纪检\n松岭镇卫生院党支部被授予“青年文明号”称号\n{BODY}\n{BODY2}\n",
        f"松岭镇卫生院党支部被授予“青年文明号”称号\n{BODY}\n{BODY2}\n"),
    "a numbered picture's caption after its bracketed number": (f"{BODY}\n(图一)进村入户走访\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "an outlet's 专稿 mark before the text": _glued("青禾在线专稿 "),
    "an outlet and its date in square brackets before the text": _glued("[青禾新闻网2020-11-04]"),
    "a file picture's mark after the paragraph's last quote": (f"{BODY}“我愿意去。”资料图片\n{BODY2}\n", f"{BODY}“我愿意去。”\n{BODY2}\n"),
    "a file picture's mark with the next paragraph run on": (f"{BODY}资料图片{BODY2}\n", f"{BODY}{BODY2}\n"),
    "a department and a writer in brackets under the text": (f"{BODY}\n(党群工作部 鲁晴川)\n", f"{BODY}\n"),
    "a login prompt asking whether the reader has an account": (f"{BODY}\n还没有账号?\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a comment form's required field": (f"{BODY}\n请先登录再提交评论\n署名:*\n邮箱:\n", f"{BODY}\n"),
    "an adult site's keyword line": (f"天天躁综合,超碰在线,亚洲欧美日韩专区,在线视频二区,91av免费看\n{BODY}\n", f"{BODY}\n"),
    "a document site's notice of three sentences": (
        f"说明:文章内容仅供预览,部分内容可能不全。下载后的文档,内容与下面显示的完全一致。下载之前请确认下面内容是否您想要的,是否完整无缺。\n{BODY}\n",
        f"{BODY}\n"),
    "a site's notice cut beside a report sentence on downloads": (
        f"{BODY}\n本文仅供参考。支部网站开通党员学习资料下载专区，全年下载量两千余次。\n",
        f"{BODY}\n支部网站开通党员学习资料下载专区，全年下载量两千余次。\n"),
    "two writers in brackets, one name spaced": (f"{BODY}全村获评水生态文明村。(鲁 晴 寇云帆)\n", f"{BODY}全村获评水生态文明村。\n"),
    "a gambling site's every address after its name": (
        "近日，tyc33455cc太阳集团城所有网址青禾分院教工党支部获评先进。\n", "近日，青禾分院教工党支部获评先进。\n"),
    "a tag's attributes run into the text": (
        f"{BODY}\n考点现场值守\" index=\"0\" level=\"2\" style=\"font-family: 微软雅黑, \"Microsoft YaHei\"; font-size: 16px;\">保电的党员突击队连续奋战。\n",
        f"{BODY}\n考点现场值守保电的党员突击队连续奋战。\n"),
    "a portal's links to the governments above it": (f"中央人民政府青禾省人民政府松岭市人民政府\n{BODY}\n", f"{BODY}\n"),
    "a site's channel menu run onto one long line": (
        f"{BODY}\n读新闻 新闻 本地消息 国际新闻 国内新闻 港澳新闻 军事新闻 财经新闻 世界经济 股市新闻 社会万象 体育世界 民生大观 健康养生 独家新闻\n",
        f"{BODY}\n"),
    "a date field in the ISO form alone on its line": (f"{BODY}\n时间:2021-09-29\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a date field glued to the text": _glued("时间:2021-09-29"),
    "a broadcast's speaker label": (f"{BODY}\n【同期声】青禾小区居民  鲁晴\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "names and 摄影 in brackets closing the text": (f"{BODY}(鲁晴川 寇云帆摄影)\n", f"{BODY}\n"),
    "credits with a spaced name in brackets closing the text": (f"{BODY}(记者:陈 睿 通讯员:贺明远)\n", f"{BODY}\n"),
    "a gambling name written with 成 for 城": ("近日，太阳成集团tyc138青禾分院党支部获评先进。\n", "近日，青禾分院党支部获评先进。\n"),
    "a person's name and place in the picture opening a caption": (
        f"{BODY}{BODY2}\n鲁晴(右)与同事商议事务\n{BODY2}{BODY}\n", f"{BODY}{BODY2}\n{BODY2}{BODY}\n"),
    "a line of the page's fields with a date": (f"{BODY}\n来源:青禾教育组 作者:鲁晴 加入时间:2016-10-09\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a title closed by a gambling brand after a dash": (
        f"松岭镇卫生院党支部再获殊荣-凯发k8娱乐官网入口\n松岭镇卫生院党支部再获殊荣\n{BODY}\n", f"松岭镇卫生院党支部再获殊荣\n{BODY}\n"),
    "a site's tag alone above the title": (f"【原创】\n松岭镇卫生院党支部党旗在一线飘扬\n{BODY}\n", f"松岭镇卫生院党支部党旗在一线飘扬\n{BODY}\n"),
    "a column named by the breadcrumb above the title": (
        f"当前位置: 首页 专题栏目 卫生服务\n卫生服务\n松岭镇卫生院党支部获评市级模范党支部\n{BODY}\n",
        f"松岭镇卫生院党支部获评市级模范党支部\n{BODY}\n"),
    "a column shown twice above the title": (
        f"健康之窗\n健康之窗\n松岭镇卫生院党支部党旗在一线飘扬\n{BODY}\n", f"松岭镇卫生院党支部党旗在一线飘扬\n{BODY}\n"),
    "a column under the site's date line above a kicker title": (
        f"今天是 2024年 03月 12日 星期二\n卫生专题报道\n喜讯:松岭镇卫生院成立党支部啦!\n{BODY}\n",
        f"喜讯:松岭镇卫生院成立党支部啦!\n{BODY}\n"),
    "a paper's keywords row beside its abstract": (
        "新时期基层卫生院党建工作探析\n党员队伍   卫生院   基层党建   医疗服务\n"
        "摘要:松岭镇卫生院是一所以全科为特色的乡镇卫生院。本文对党员队伍建设的现状进行了分析。\n",
        "新时期基层卫生院党建工作探析\n松岭镇卫生院是一所以全科为特色的乡镇卫生院。本文对党员队伍建设的现状进行了分析。\n"),
    "a box and a spaced two-character name under the title": (
        f"四抓四促 同心聚力\n□ 鲁 晴\n{BODY}\n", f"四抓四促 同心聚力\n{BODY}\n"),
    "a unit's line marked as its contribution": (f"{BODY}\n松岭县卫生健康局(供稿)\n", f"{BODY}\n"),
    "a site's dateline with a branch and a writer in brackets": (f"本网讯(行政二党支部 鲁晴)9月1日,{BODY}\n", f"9月1日,{BODY}\n"),
    "a preface asking the reader before pointing at the text": (
        f"优秀村医进行表彰你有了解了吗?下面是abcw挑选较好的关于表彰优秀村医的范文,供大家参考阅读。\n{BODY}\n", f"{BODY}\n"),
    "links to other sites": (f"点此访问松岭县人民政府(县卫健局)网站 点此访问松岭县政务公开平台\n{BODY}\n", f"{BODY}\n"),
    "a journal site's browser prompts": (
        f"网刊加载中。。。\n使用Chrome浏览器效果最佳,继续浏览,你可能不会看到最佳的展示效果,\n确定继续浏览么?\n"
        f"复制成功,请在其他浏览器进行阅读\n{BODY}\n", f"{BODY}\n"),
    "a paper's affiliation with its postcode": (f"{BODY}\n青禾大学 医学院,青禾 松岭 221116\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a file button after the title": (f"乡镇卫生院党建工作路径探索  PDF\n{BODY}\n", f"乡镇卫生院党建工作路径探索\n{BODY}\n"),
    "dated headlines under a related-content header": (
        f"{BODY}\n相关内容\n松岭镇卫生院党支部开展党员上党课活动 2019-09-11\n青禾县人民医院党支部与社区党总支联合开展义诊\n",
        f"{BODY}\n"),
    "a related block before the report's next numbered heading": (
        f"{BODY}\n相关文章：\n2014年村党支部先进事迹材料 青禾村党支部现有党员…\n2013年农村先进基层党组织申报材料 近年来，松岭村党支部在镇党委的...\n"
        f"三、干在实处，让党员成为群众身边的主心骨\n{BODY2}\n",
        f"{BODY}\n三、干在实处，让党员成为群众身边的主心骨\n{BODY2}\n"),
    "three menu words opening the page": (
        f"党建领航\n党员先锋\n清廉医院\n松岭镇卫生院党支部开展中秋慰问活动\n{BODY}\n",
        f"松岭镇卫生院党支部开展中秋慰问活动\n{BODY}\n"),
    "a flattened page's stamp and fields after its title": (
        "松岭镇卫生院获评先进时间:2023-01-10 松岭镇卫生院获评先进2023-01-09 14:04:33 来源:青禾法治网 青禾法治网讯(□鲁晴 通讯员贺明远)"
        f"近日，{BODY}{BODY2}{BODY}{BODY2}\n",
        f"松岭镇卫生院获评先进松岭镇卫生院获评先进近日，{BODY}{BODY2}{BODY}{BODY2}\n"),
    "a tag opening a long title with commas": (
        f"【两优一先】青禾市优秀党务工作者,松岭社区党总支书记鲁晴:用心管好“小社区”,服务居民“大幸福”\n{BODY}\n",
        f"青禾市优秀党务工作者,松岭社区党总支书记鲁晴:用心管好“小社区”,服务居民“大幸福”\n{BODY}\n"),
    "credits closing the text before a table's bar": (f"{BODY} (记者:陈 睿 通讯员:贺明远) |\n", f"{BODY}\n"),
    "a short line of one sentence then its picture": (
        f"{BODY}\n坚持“一村一品”,以特色产业带动乡村振兴。图为游客在松岭镇青禾村采摘西红柿。\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a file photo's caption sent by an agency": (
        f"{BODY}\n青禾县松岭村村支书鲁晴带领群众挖山修路(资料照片)。新华社发(贺明远 摄)\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a bracketed field line of the contributing office": (
        f"{BODY}\n〔供稿单位:研究生院(党委研究生工作部)图片来源:研究生院(党委研究生工作部)\n", f"{BODY}\n"),
    "a bracketed field of the contributing office glued after the last sentence": (
        f"{BODY}〔供稿单位:研究生院(党委研究生工作部)图片来源:研究生院(党委研究生工作部)\n", f"{BODY}\n"),
    "a photographer's credit closing a report's paragraph of two sentences": (
        f"{BODY}\n支部组织党员到青禾村开展义诊。群众排起长队，党员医生耐心问诊。(贺明远 摄)\n{BODY2}\n",
        f"{BODY}\n支部组织党员到青禾村开展义诊。群众排起长队，党员医生耐心问诊。\n{BODY2}\n"),
    "a document's page numbers where each page breaks off inside a word": (
        "1、松岭镇卫生院党支部工作总结。一年来，支部坚持以党建引领医疗服务，把党的政治建设摆在首位，认真落实三会一课制度，引导党员医生弘扬社会主义\n"
        "2、核心价值观，带头下沉到村卫生室坐诊，为群众建立健康档案八百余份，群众满意度逐年提升，支部多次获评先进基层党组织。\n",
        "松岭镇卫生院党支部工作总结。一年来，支部坚持以党建引领医疗服务，把党的政治建设摆在首位，认真落实三会一课制度，引导党员医生弘扬社会主义\n"
        "核心价值观，带头下沉到村卫生室坐诊，为群众建立健康档案八百余份，群众满意度逐年提升，支部多次获评先进基层党组织。\n"),
    "a dateline quoting the paper it took the item from": (f"青禾网7月6日讯 据松岭日报报道 {BODY}\n", f"{BODY}\n"),
    "a journal's dateline with its compiler in brackets": (f"青禾周刊讯(统筹报道/鲁晴){BODY}\n", f"{BODY}\n"),
    "a journal's masthead with its issue apart by spaces": (f"青禾卫生 2017年 第10期\n{BODY}\n", f"{BODY}\n"),
    "a pager's two buttons glued before the text": (f"松岭镇卫生院党支部获评先进\n上一篇 下一篇{BODY}\n", f"松岭镇卫生院党支部获评先进\n{BODY}\n"),
    "a site greeting its reader": (f"您好,欢迎进入青禾健康网官网!\nHi!请登陆\n{BODY}\n", f"{BODY}\n"),
    "mixed symbols strewn between words": ("松岭镇卫生院★◆■党支部现有党员■■◆二十六名。\n", "松岭镇卫生院党支部现有党员二十六名。\n"),
    "the fields between a table's bars opened by the date": (
        f"松岭镇卫生院开展端午慰问活动\n| 2025-05-29 15:23:33 来源:青禾网 责任编辑:鲁晴 |\n{BODY}\n",
        f"松岭镇卫生院开展端午慰问活动\n{BODY}\n"),
    "an outlet's masthead over the title its source field names": (
        f"青禾周刊\n\n松岭镇卫生院:筑牢医疗服务的“根”与“魂”\n\n2021-09-01 16:29:39 来源:青禾周刊\n\n青禾周刊讯 {BODY}\n",
        f"松岭镇卫生院:筑牢医疗服务的“根”与“魂”\n\n{BODY}\n"),
    "a page's maker credited on its own line": (f"{BODY}\n美篇制作: 鲁晴(松岭镇卫生院党支部书记) 2022.8.1.\n", f"{BODY}\n"),
    "the page's tags in its head": (f"松岭镇卫生院党支部获评先进\n2015-05-21 11:30:03\n义诊,下乡,卫生院,党徽,健康\n{BODY}\n",
                                    f"松岭镇卫生院党支部获评先进\n{BODY}\n"),
    "writers' names glued in brackets opening the text": (f"松岭镇卫生院的“农民哥”\n(鲁晴贺明远)“如果哪天发现问题，我们马上整改。”{BODY}\n",
                                                         f"松岭镇卫生院的“农民哥”\n“如果哪天发现问题，我们马上整改。”{BODY}\n"),
    "a writer's name in brackets after a trailing ellipsis": (
        f"{BODY}\n晚上9点多了，鲜红的党旗还在迎着寒风飘扬，综采二区的党员们还在卫生区忙碌着......(蒋进步)\n{BODY2}\n",
        f"{BODY}\n晚上9点多了，鲜红的党旗还在迎着寒风飘扬，综采二区的党员们还在卫生区忙碌着......\n{BODY2}\n"),
    "two outlets' dateline apart by a slash": (f"青禾日报社/爱青禾讯 近年来,{BODY}\n", f"近年来,{BODY}\n"),
    "a file picture's short caption": (f"{BODY}\n巡边踏查。(资料图)\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a comment counter and a QR code's label": (f"{BODY}\n已有0人发表了评论\n二维码\n", f"{BODY}\n"),
    "a collection's items numbered with 例": (
        f"两新组织党建工作总结模板(10篇)\n两新组织党建工作总结例1\n{BODY}\n两新组织党建工作总结例2\n{BODY2}\n",
        f"{BODY}\n{BODY2}\n"),
    "a breadcrumb with the report's first paragraph glued after it": (
        f"{BODY}\n当前位置：首页>范文大全>工作总结>支部工作总结>星河社区党支部成立于2011年，现有党员四十二名，下设三个党小组。\n",
        f"{BODY}\n星河社区党支部成立于2011年，现有党员四十二名，下设三个党小组。\n"),
    "a copyright notice with the report's paragraph glued after it": (
        f"【版权声明】本文由某某范文网整理发布。星河社区成立于2011年，辖区面积1.6平方公里，有居民小区七个。\n{BODY}\n",
        f"星河社区成立于2011年，辖区面积1.6平方公里，有居民小区七个。\n{BODY}\n"),
    "a site's slogan to its reader": (f"{BODY}\n青禾网与您共同讲好青禾故事\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a series label with its issue over the title": (f"青禾青年力量 第六期\n松岭镇卫生院党支部\n{BODY}\n",
                                                      f"松岭镇卫生院党支部\n{BODY}\n"),
    "a publish field with its date in Chinese numerals": (f"{BODY}\n发布日期：二〇二三年十月九日\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "an address closing with its road and number": (f"{BODY}\n{BODY2}\n地址：青禾区新华北路与枫林路交叉口东50米\n",
                                                    f"{BODY}\n{BODY2}\n"),
    "a prompt to scan the page's code": (f"{BODY}\n{BODY2}\n用手机扫描二维码，在手机上继续观看\n", f"{BODY}\n{BODY2}\n"),
    "a note of the text's repost": (f"{BODY}\n{BODY2}\n本文经作者授权转载，原载于个人博客“老贺的小屋”\n", f"{BODY}\n{BODY2}\n"),
    "a related header with one headline": (f"{BODY}\n{BODY2}\n推荐阅读 | 学院举行新党员入党宣誓仪式\n", f"{BODY}\n{BODY2}\n"),
    "an advertisement with its number": (f"{BODY}\n党员培训班火热招生中！线上线下同步，报名电话：13870012345\n{BODY2}\n",
                                         f"{BODY}\n{BODY2}\n"),
    "a page's markers in brackets inside the text": (f"松岭镇卫生院党支部[图片]现有党员二十六名（广告），支部坚持【此处隐藏1324字】把党建工作融入"
                                                     f"医疗服务全过程（点击关注）。\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a site's abstract in its own words with the report's paragraph glued after it": (
        f"导读：本文是由网友分享的党支部工作总结，仅供参考。星河社区党支部成立于2011年，现有党员四十二名，下设三个党小组。\n{BODY2}\n",
        f"星河社区党支部成立于2011年，现有党员四十二名，下设三个党小组。\n{BODY2}\n"),
    "a related-articles header closing the page, its links cut off": (f"{BODY}\n{BODY2}\n▎往期精彩回顾\n", f"{BODY}\n{BODY2}\n"),
    "a header of what other readers read": (f"{BODY}\n{BODY2}\n看了本文的人还看了：\n• 松岭镇举办健康知识竞赛\n• 卫生院开展义诊\n",
                                            f"{BODY}\n{BODY2}\n"),
    "the page's column as a field or in brackets": (f"栏目：先进典型\n【青禾先锋】栏目\n{BODY}\n当期专栏：七一表彰\n{BODY2}\n",
                                                    f"{BODY}\n{BODY2}\n"),
    "a site's name alone on its line": (f"{BODY}\n青禾党建网\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a note that a writing tool made the text": (f"{BODY}\n{BODY2}\n以下内容由AI写作助手“笔墨”生成，仅供参考，请根据实际情况修改。\n",
                                                 f"{BODY}\n{BODY2}\n"),
    "a copyright notice asking to be told": (f"{BODY}\n{BODY2}\n版权归原作者所有，如有侵权请联系我们删除。\n", f"{BODY}\n{BODY2}\n"),
    "what a notice leaves on its line: a warning and a request to write": (
        f"{BODY}\n{BODY2}\n原创内容，未经授权禁止转载。违者必究！\n本站部分内容来源于网络，仅供学习参考，如涉及版权问题请联系 admin@qinghe.cn，我们将及时处理。\n",
        f"{BODY}\n{BODY2}\n"),
    "an outlet's 消息 with its reporter before the text": (f"本台消息（记者 贺明远）{BODY}\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a page's buttons glued after the last sentence without brackets": (
        f"{BODY}分享到：微信好友 朋友圈 QQ好友 复制链接\n{BODY2}下一页 尾页 共3页\n", f"{BODY}\n{BODY2}\n"),
    "a teaser glued after the last sentence": (f"{BODY}……此处省略2000字，下载后可阅读完整版。\n{BODY2}打开APP阅读全文\n",
                                               f"{BODY}\n{BODY2}\n"),
    "a shop's advertisements": (f"{BODY}\n特价党旗、党徽、党建展板批发，厂家直销\n雙11狂歡 全場5折起！\n{BODY2}\n热卖：党员学习笔记本 ¥9.9包邮\n",
                                f"{BODY}\n{BODY2}\n"),
    "the supplying office alone on its line": (f"{BODY}\n{BODY2}\n离退休干部工作处供稿\n", f"{BODY}\n{BODY2}\n"),
    "a place's dateline in brackets": (f"（青禾县讯）{BODY}\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a site's switch for elderly readers": (f"进入老年模式 退出老年模式\n{BODY}\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a page's date stamp padded with zeros": (f"松岭镇卫生院党支部\n2020年07月18日\n{BODY}\n", f"松岭镇卫生院党支部\n{BODY}\n"),
    "a site's tag glued before the first paragraph": (f"【转载】{BODY}\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "an outlet's bar glued before the first paragraph": (f"青禾融媒｜{BODY}\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a breadcrumb from the home page glued before the text": (f"首页 >> 工作总结 >> 正文 {BODY}\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a bracketed byline with its outlet glued before the text": (f"【青禾晚报·禾苗新闻】记者 贺明远 报道：{BODY}\n{BODY2}\n",
                                                               f"{BODY}\n{BODY2}\n"),
    "a forum's post stamp glued before the text": (f"楼主 | 发表于 昨天 08:47 {BODY}\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a page's buttons glued after the last sentence": (f"{BODY}【收藏】【打印】【关闭】\n{BODY2}\n", f"{BODY}\n{BODY2}\n"),
    "a reporter's credit in brackets glued after the last sentence": (f"{BODY}（本网记者 贺明远/文 尚云/图）\n{BODY2}\n",
                                                                     f"{BODY}\n{BODY2}\n"),
    "an empty source field with the text run on": (
        f"松岭镇卫生院开展联学联建活动\n发布时间:2022-10-07 20:48 来源:在喜迎国庆佳节之际，{BODY}\n",
        f"松岭镇卫生院开展联学联建活动\n在喜迎国庆佳节之际，{BODY}\n"),
}


@pytest.mark.parametrize("lead", ["五、加强队伍建设，提高", "二〇一一年十二月", "第二", "恒锐"])
def test_the_reports_words_before_a_glued_advertisement_stay(cleaner, lead):
    page = f"{BODY}\n{lead}【代写】述职报告、心得体会、事迹材料，包过查重，微信：dj6351xx\n{BODY2}\n"
    assert lead in cleaner.clean_text(page).cleaned


def test_a_quotation_keeps_its_closing_mark_when_a_notice_was_spliced_before_it(cleaner):
    line = "他说：“这份初心要原原本本地传下去，一代一代传下去。（免费下载更多先进事迹材料，尽在某某学习文苑）”"
    cleaned = cleaner.clean_text(f"{BODY}\n{line}\n{BODY2}\n").cleaned
    assert "传下去。”" in cleaned or "传下去。（" in cleaned


def test_a_quotation_closing_a_paragraph_keeps_its_closing_mark_before_glued_furniture(cleaner):
    line = "支部书记在大会上说：“党员就要冲在前面，干在实处，走在前列，让群众看到党员的样子。”"
    cleaned = cleaner.clean_text(f"{BODY}\n{line}首页>>党建专栏>>正文\n").cleaned
    assert line in cleaned


@pytest.mark.parametrize("page,kept", list(SHAPES_THAT_GO.values()), ids=list(SHAPES_THAT_GO))
def test_a_real_pages_furniture_goes_and_the_report_stays(cleaner, page, kept):
    assert cleaner.clean_text(page).cleaned == kept


#: pages of the same shapes that are the report's own: they come out whole
PAGES_THAT_STAY = {
    "a report's sentence of a welcome": f"{BODY}\n党员们说，松岭村党支部欢迎您！\n",
    "a community branch's nickname": f"{BODY}\n居民亲切地称他们为“红色管家婆”，支部的口碑越来越好。\n",
    "a report's numbered point after a site's disclaimer": (f"{BODY}\n3、支部组织党员学习《青禾在线》刊发的先进事迹，全年开展专题学习十二次。\n"),
    "a series title": f"2023年度学校先进基层党组织先进事迹(三)\n{BODY}\n",
    "a heading that is the title's first words": f"松岭镇卫生院党支部先进事迹材料\n{BODY}\n松岭镇卫生院党支部先进事迹\n{BODY2}\n",
    "a bracketed signature": f"{BODY}\n（松岭镇卫生院党支部）\n{BODY2}\n",
    "a bracketed signature with its date": f"{BODY}\n（松岭镇卫生院党支部　二〇二三年十二月）\n{BODY2}\n",
    "a bracketed post and name": f"{BODY}\n（卫生院党支部书记 鲁晴川）\n{BODY2}\n",
    "a one-word title": f"初心\n{BODY}\n",
    "an official account's title with its bar": f"党员风采｜扎根病房的“守护者”\n{BODY}\n",
    "a report's bracketed run-in label": f"【支部简介】{BODY}\n",
    "a collection page's title": f"党支部工作总结范文\n{BODY}\n",
    "a report's short numbered list": f"{BODY}\n1. 三会一课\n2. 主题党日\n3. 民主评议\n{BODY2}\n",
    "a report's bulleted list": f"{BODY}\n- 开展送医下乡义诊十二次\n- 走访困难群众三十户\n- 为老党员送学上门二十次\n{BODY2}\n",
    "a report's bulleted list at its end": f"{BODY}\n- 开展送医下乡义诊十二次\n- 走访困难群众三十户\n- 为老党员送学上门二十次\n",
    "a speech laid out word by word": (
        "在\n“\n守初心担使命\n”\n主题党日活动上的讲话\n松岭镇卫生院党支部书记\n鲁晴川\n(\n2020\n年\n4\n月\n13\n日)\n同志们:\n"
        "今天的党日活动，以\n“\n守初心担使命\n”\n为主题，听取了先进事迹报告。\n"),
    "a circled number closing a report's footnoted sentence": f"{BODY}\n支部党员人数逐年增加①。\n",
    "a sentence on what a file picture shows": f"{BODY}资料图片显示，当年的卫生院只有两间平房。\n",
    "two departments signing a news item": f"{BODY}\n（党委组织部　宣传部）\n",
    "a roll of names apart by spaces": f"{BODY}\n获奖党员：鲁晴川 寇云帆 贺明远 尚云 杜小川 邬可 冼一诺 林秋实 祁雪 万晓东\n",
    "a resident's words written down with spaces for pauses": (
        f"{BODY}\n我们小区以前也没有物业 没有门卫 现在有三好 大门有门锁好 地下扫得干净 现在住的舒服满意\n{BODY2}\n"),
    "a meeting record's date in words": f"{BODY}\n时间：2021年9月29日上午\n地点：卫生院党员活动室\n{BODY2}\n",
    "a tag before a sentence in the text": f"{BODY}\n【案例】支部书记带头包村，走遍了全镇十二个村。\n",
    "a bracketed heading in the body": f"{BODY}\n【支部概况】\n{BODY2}\n",
    "a writer's name after a colon in the text": f"{BODY}\n作者：鲁晴，时间：2021年，她带头完成了全部随访。\n",
    "a roll of units naming one unit under two awards": (
        f"{BODY}\n一、先进党组织\n云岭镇中心小学党支部\n青禾村党总支\n松岭镇卫生院党支部\n"
        f"二、单项先进党组织\n松岭镇卫生院党支部\n云岭镇中心小学党支部\n{BODY2}\n"),
    "a report's numbered items on a page naming a 文库": (
        "支部建成党员电子文库，党员可随时在线阅读党史图书。\n"
        "1、坚持三会一课制度，支部每月召开支委会，每季度召开党员大会，按时讲授党课，做到有计划、有记录、有总结。\n"
        "2、坚持主题党日制度，每月固定一天组织党员开展学习和志愿服务，全年开展主题党日活动十二次，党员参与率百分之百。\n"),
    "a bracketed secretary's signature": f"{BODY}\n（松岭村党支部书记贺明远）\n{BODY2}\n",
    "a news title naming the honour": f"松岭镇卫生院党支部再次评为先进基层党组织\n{BODY}\n",
    "an honour's name heading a part of the report": f"{BODY}\n先进基层党组织\n{BODY2}\n",
    "a profile page's section labels": (f"{BODY}\n名称：\n“青禾红帆”党建品牌\n释义：\n{BODY2}\n做法：\n"
                                        "支部组织党员医生每周到村卫生室坐诊，为行动不便的老人上门送医送药。\n"),
    "a heading naming a ceremony's task": f"{BODY}\n（二）组织新党员入党宣誓\n{BODY2}\n",
    "a slogan heading on the scene": f"{BODY}\n“一线就是现场，现场就是考场”\n{BODY2}\n",
    "a speech's salutation": f"在全院党建工作会议上的发言\n\n时间：2022-05-14 09:10:00\n\n同志们：\n\n{BODY}\n".replace("时间：2022-05-14 09:10:00\n\n", ""),
    "a speech's greeting": f"在全院党建工作会议上的发言\n\n您们好！\n\n{BODY}\n",
    "a people column as a report's run-in label": f"【党员风采】{BODY}\n",
    "one honoured person's line as a profile's title": f"青禾省优秀共产党员、松岭镇卫生院党支部书记贺明远\n{BODY}\n",
    "a report's numbered items on its own files": f"{BODY}\n1、支部建立党员电子文档库，党员可随时下载、在线预览学习资料。\n{BODY2}\n",
    "a report's sentence on key points": f"{BODY}\n会议的核心提示是：把党建工作融入医疗服务全过程。\n",
    "a report's line with a bar inside": f"{BODY}\n党建|业务双融合\n{BODY2}\n",
    "a report's first line naming a window": f"松岭镇卫生院党支部先进事迹\n{BODY}\n",
    "headings that differ by a word": f"加强党员队伍建设提升服务水平\n{BODY}\n加强干部队伍建设提升服务水平\n{BODY2}\n",
    "a report's editor and reviewer in a sentence": f"{BODY}\n支部书记担任编辑，三名委员担任审核，确保内容准确。\n",
    "a class branch with its number": f"{BODY}\n材研1806党支部组织党员开展志愿服务。\n",
    "the sun in a report": f"{BODY}\n支部在村里安装太阳能路灯200盏，党员带头维护。\n",
    "a preface-free first paragraph naming pages": f"{BODY}\n支部编印学习手册，共3页，供党员学习参考。\n",
    "a company whose name starts like a casino's": f"{BODY}\n天津凯发电气公司党委与支部开展联学共建。\n",
    "a member whose name ends like a casino's": f"{BODY}\n党员王伟德同志带头参加义诊。\n",
    "ordinary words casinos take for names": f"{BODY}\n支部组织党员观看银河科普展，打造完美平台服务群众。\n",
    "a group named in a sentence": f"{BODY}\n开云集团中国区党支部与街道开展共建。\n",
    "a room numbered with a letter": f"{BODY}\n支部在B508会议室召开支委会，学习《条例》。\n",
    "a sentence that trails off": f"{BODY}\n他说：“我们一定……”话没说完，眼眶就湿了。\n",
    # (a unit's bracketed name alone on the last line is no longer here: on the gathered real pages all eight such lines
    # were a news item's credit, none a report's sign-off — test_clean_fresh_pages_25)
    "a bracketed remark closing a sentence": f"{BODY}（详见附件）\n",
    "a report's sentence on a speech": f"{BODY}\n会上，县委组织部副部长贺明远出席并作了重要讲话。\n{BODY2}\n",
    "a report's sentence on an award taken on stage": f"{BODY}\n我院党支部荣获先进党支部称号，支部书记贺明远上台领取奖牌。\n{BODY2}\n",
    "a report's count of articles on a page without collection items": f"{BODY}\n支部党员全年撰写心得体会36篇。\n第一，坚持学习。\n",
    "a report's sentence opening with 版权所有": f"{BODY}\n版权所有者的权益受法律保护，支部开展知识产权宣传。\n",
    "a report's line on readership": f"{BODY}\n支部公众号年度阅读量稳步提升，党员原创推文增至120篇\n{BODY2}\n",
    "a co-op's members reading their records": f"{BODY}\n会员可查看本人分红记录，党员带头公开账目。\n",
    "a flattened page's slogan heading between paragraphs": f"{BODY} 党员带头争先锋 {BODY2}\n",
    "a plan's short items naming speeches": f"{BODY}\n书记在支部大会上讲话\n委员在支部大会上发言\n党员代表上台领奖\n",
    "a report's count closing a line naming a hospital": f"{BODY}\n松岭县人民医院门诊量, 全年达到280000\n{BODY2}\n",
    "a report's sentence on browsers": f"{BODY}\n支部指导老党员在手机浏览器上学习，效果很好。\n",
    "three short headings between paragraphs": (f"{BODY}\n党建领航\n{BODY2}\n党员先锋\n党员医生带头下沉到村卫生室，为群众建立健康档案八百余份。\n"
                                                "清廉医院\n支部开展廉洁从医教育，签订承诺书四十余份，群众满意度逐年提升。\n"),
    "a flattened report's meeting time in its text": (
        f"松岭镇卫生院党支部召开支委会会议时间:2023-01-10 会议由书记主持。{BODY}{BODY2}{BODY}{BODY2}{BODY}{BODY2}\n"),
    "a report's numbered items ending without a full stop": (
        "一、组织建设\n1、健全制度，支部每月召开支委会，每季度召开党员大会\n2、按时讲授党课，做到有计划、有记录、有总结\n"),
    "a branch rated with five stars": f"{BODY}\n支部获评★★★★★党支部。\n",
    "a report's list of words in its text": f"{BODY}\n义诊,下乡,义卖,宣讲,党员们样样干在前。\n",
    "a bracketed item opening a paragraph": f"{BODY}\n(简介)松岭镇卫生院始建于1958年。\n(全文)支部全年开展活动十二次。\n",
    "a report's sentence on its file pictures": f"{BODY}\n支部把建院以来的资料图片整理成册。\n{BODY2}\n",
    "a short main title over a line of the report": f"初心如磐\n松岭镇卫生院党支部先进事迹材料\n{BODY}\n",
    "a paragraph broken off after a post and its words": (
        f"{BODY}\n在全院大会上，院党支部书记提出了为民服务、为党分忧，办好群众满意的医院的目\n1。{BODY2}\n"),
    "a paragraph cut off after a caption-like sentence": (
        f"{BODY}\n院党支部副书记贺明远同志为全体党员上了堂党课。他以学习贯彻党代会精神，结合工作实际\n"),
    "the report's list bulleted like web links after its colon": (
        f"{BODY}\n一年来，支部主要做了以下几项工作：\n• 举办健康知识讲座五场\n• 开展义诊活动三次\n• 走访慰问困难党员12人\n{BODY2}\n"),
    "one dashed item after the report's colon": f"{BODY}\n支部今年为群众办的实事有：\n- 举办健康知识讲座五场\n{BODY2}\n",
    "a profile's section labels in brackets": f"松岭镇卫生院党支部先进事迹材料\n【支部简介】\n{BODY}\n【主要做法】\n{BODY2}\n",
    "an application's labels closed by colons": f"{BODY}\n先进事迹：\n{BODY2}\n申报理由：\n支部连续三年考核优秀，特申报先进基层党组织。\n",
    "a section label after a box": f"{BODY}\n■ 支部简介\n{BODY2}\n",
    "numbered items, dates and a run-in label opening paragraphs": (
        f"（一）{BODY}\n1976 年 9 月，{BODY2}\n12月1日 星期四 晴 {BODY}\n【支部简介】{BODY2}\n俗话说：{BODY}\n"),
    "a bracketed year after the last sentence": f"{BODY}（2023年12月）\n{BODY2}\n",
    "a slogan heading and a caption ending in 网": f"{BODY}\n织密党建服务网\n{BODY2}\n抢修供水管网\n支部全年发展党员三名。\n",
    "a paragraph broken off after its first words": f"{BODY}一是\n{BODY2}支部组织党员下载学习强国\n",
    "a report's sentences on a sale and on investment": (
        f"{BODY}\n支部开展“双11”购物节消费维权宣传，全场发放资料300份\n村里招商引资引进企业3家，落实优惠政策，新增就业岗位120个\n{BODY2}\n"),
    "a report's date, news and sign-off": f"{BODY}\n支部收到喜讯（喜讯）后，党员们深受鼓舞。\n{BODY2}\n松岭镇卫生院党支部\n2020年7月18日\n",
    "report lines on a QR sign-in, a meeting place, a hotline and original work": (
        f"{BODY}\n支部开发扫码签到系统，党员扫描二维码即可参加学习\n活动地点：村党群服务中心二楼会议室\n"
        f"支部开通党员服务热线，群众来电咨询问题当日答复\n支部编排的原创歌曲《初心》获全县一等奖，节目（原创）受到好评。\n{BODY2}\n"),
    "a slogan heading after a box": f"{BODY}\n□ 抓党建 促发展\n{BODY2}\n",
}


@pytest.mark.parametrize("page", list(PAGES_THAT_STAY.values()), ids=list(PAGES_THAT_STAY))
def test_a_reports_own_line_of_the_same_shape_stays(cleaner, page):
    assert cleaner.clean_text(page).cleaned == page


def test_report_sentences_of_the_same_shapes_stay(cleaner):
    assert_kept(cleaner, "原标题为《松岭之光》的纪录片在全县党员中播放后，引起热烈反响。",
                "据青禾网消息，松岭镇卫生院党支部获评全市先进基层党组织。",
                "传来好消息：卫生院党支部被评为先进基层党组织。",
                "记者 贺明远 在卫生院采访时看到，党员医生们早已在门诊大厅等候。",
                "支部把优秀申报材料汇编成册，作为范文供各支部学习借鉴。",
                "党委办公室（院党史办）牵头编写了院史，全院党员人手一册。",
                "《松岭车间党建工作手册》由支部委员会审定后印发，党员人手一册。",
                "2021年6月18日，卫生院党支部组织党员到革命纪念馆开展主题党日活动。",
                "党员志愿者为村里的老人拍摄全家福 一百二十余张",
                "图书室新添党史图书二百余册，党员借阅三百余人次。",
                "支部每年都要开展“党员亮身份、服务践承诺”活动，为群众办好事实事……",
                "支部书记鲁晴川 文化程度不高，却把群众的事记得清清楚楚。",
                "党员们在表彰大会现场重温入党誓词，会场庄严肃穆。",
                "支部打造“Red Heart”服务品牌，党员志愿者为外籍居民提供双语服务。",
                "第二篇调研文章由支部书记执笔，题为《松岭镇卫生院党建工作调研报告》。",
                "通讯员：鲁晴川是支部的宣传委员，常年为党建专栏供稿。",
                "支部表彰了两名优秀共产党员（鲁晴川 冼一诺），并为他们颁发了荣誉证书。",
                "支部组织党员开展党史知识竞猜活动，三十名党员参加。",
                "会场设在松岭街道（原松岭乡政府）大礼堂，党员代表一百二十名参加。")


def test_a_papers_abstract_keeps_its_text_and_a_bracketed_lead_its_words(cleaner):
    abstract = "学生党支部是高校基层党组织的基本单元，本文以某书院学生党支部为例，探讨党建品牌建设的有效途径。"
    result = cleaner.clean_text(f"摘要：{abstract}\n关键词：高校；党建品牌；学生党支部\n{BODY}\n").cleaned
    assert abstract in result and "摘要" not in result
    lead = "松岭镇卫生院外科党支部书记鲁晴川是一名青年党员，也是全县最年轻的“青禾名医”。"
    assert cleaner.clean_text(f"【内容提要】{lead}\n{BODY}\n").cleaned == f"{lead}\n{BODY}\n"


def test_a_brands_site_word_goes_with_it(cleaner):
    line = "近日，教育部公布活动遴选结果，abc365亚洲体育在线辅导员党支部的案例被评为优秀作品。"
    assert "在线辅导员" not in cleaner.clean_text(f"{BODY}\n{line}\n").cleaned


# -- shapes of a later fresh set: credits with a unit and a name apart, a 讯 with unbracketed reporters,
#    a reporter's 摄影报道, a breadcrumb with dashes, a casino's (中国) site title and a betting site's address

@pytest.mark.parametrize("caption", ["义诊现场。松岭县融媒体中心 骆明远 摄", "卫生院门诊楼。记者 冼一诺 摄"])
def test_a_caption_credited_to_a_unit_or_role_and_a_name_goes(cleaner, caption):
    page = f"{BODY}\n{caption}\n党员医生们早早来到现场，为群众测血压、讲解慢病防治知识，一上午接诊两百余人。\n"
    result = cleaner.clean_text(page).cleaned
    assert caption not in result and "骆明远 摄" not in result and "冼一诺 摄" not in result
    assert BODY in result and "党员医生们早早来到现场" in result


@pytest.mark.parametrize("credit", ["(党总支供稿 2012.5.8)", "（撰稿人：松岭县卫健局局长 骆明远）"])
def test_a_bracketed_source_with_its_date_or_a_writers_title_goes(cleaner, credit):
    result = cleaner.clean_text(f"{BODY}\n支部每月开展一次健康义诊，群众满意度明显提升。{credit}\n").cleaned
    assert credit not in result and "支部每月开展一次健康义诊，群众满意度明显提升。" in result


@pytest.mark.parametrize("opener,lead", [
    ("林城讯 记者贺远、实习生池雨 ", "“我们支部一直把群众的小事当成大事来办。”松岭镇卫生院党支部书记骆明远说。"),
    ("通讯员 冼一诺摄影报道：", "6月2日上午，松岭镇卫生院党支部组织党员医生走进敬老院开展义诊。"),
    ("林城晚报 林城网 林城新闻讯 ", "3月21日下午，在松岭镇文化广场，卫生院党支部开展“共话邻里情”主题党日活动。"),
    ("林城导医网 林城健康信息：", "近日，在全省离退休干部示范党支部的评选中，松岭镇卫生院退休党支部榜上有名。"),
])
def test_a_news_items_dateline_credit_or_site_column_before_its_lead_goes(cleaner, opener, lead):
    # a paper's 讯 with unbracketed reporters, a reporter's 摄影报道, several outlets' 讯, a site's name and column
    result = cleaner.clean_text(f"{opener}{lead}\n{BODY}\n").cleaned
    assert lead in result and BODY in result
    assert not any(word in result for word in ("林城讯", "池雨", "摄影报道", "冼一诺", "新闻讯", "林城晚报", "导医网", "健康信息"))


@pytest.mark.parametrize("crumb", ["首页  -   学生工作  -   年级风采", "主页 / 党建园地 / 支部风采"])
def test_a_breadcrumb_from_the_home_page_goes_whatever_its_separators(cleaner, crumb):
    result = cleaner.clean_text(f"{crumb}\n{BODY}\n").cleaned
    assert "首页" not in result and "主页" not in result and BODY in result


def test_a_casinos_site_title_or_address_goes(cleaner):
    # the site title as the page's first line (a line model took only its head), the address inside a sentence
    line = "教育部于2024年启动的高校“双带头人”教师党支部书记工作室建设，卫生院党支部的案例入选。"
    page = f"金彩城官网(中国)集团有限公司\n\n{BODY}\n{line.replace('高校', '高校abc365旧网址')}\n"
    result = cleaner.clean_text(page).cleaned
    assert "金彩城" not in result and "有限公司" not in result and "abc365" not in result and "旧网址" not in result
    assert BODY in result and line in result


def test_lines_like_the_later_shapes_stay(cleaner):
    assert_kept(cleaner,
                "华光电气（中国）有限公司党支部组织党员到卫生院开展结对共建活动，捐赠医疗设备三台。",
                "首页上展示的支部风采栏目，由党员志愿者每周更新，点击量逐月上升。",
                "记者贺远在采访中看到，党员医生们早已在门诊大厅等候，群众排起了长队。",
                "支部把宣传报道作为重要工作，全年在县级以上媒体刊发稿件二十余篇。",
                "党员志愿者骆明远是一名摄影爱好者，他为敬老院老人拍摄全家福一百余张。",
                "支部利用ISO9001质量管理体系规范服务流程，群众满意度达到百分之九十八。")


@pytest.mark.parametrize("brand", ["旺金阁8123登录入口", "金鼎集团36612vip", "必赢kk518net", "鸿运官网"])
def test_a_betting_site_standing_for_a_universitys_name_goes(cleaner, brand):
    # a hijacked university page: the site's name opens the clause where the university's name stood
    sub = "外国语学院" if brand.endswith("官网") else "研究生第一党支部"
    line = f"近日，省教育厅公布了样板党支部名单，{brand}{sub}成功入选。"
    result = cleaner.clean_text(f"{BODY}\n{line}\n").cleaned
    assert brand not in result and f"名单，{sub}成功入选。" in result


def test_years_standards_and_a_units_own_site_before_a_school_stay(cleaner):
    assert_kept(cleaner,
                "截至2019年底学院党支部共发展党员十二名，其中学生党员九名。",
                "通过ISO9001认证的学院实验中心由党员教师牵头管理。",
                "学院官网外国语学院栏目刊发了支部书记的署名文章。",
                "2021年3月起，支部在学校官网开设“党员风采”栏目。")


@pytest.mark.parametrize("caption", ["夜间值守(某某网发 河湾社区供图)", "发放防疫宣传手册（县融媒体中心发 社区供图）"])
def test_a_credited_caption_glued_before_its_paragraph_goes(cleaner, caption):
    text = "做好防疫守门人，当好群众主心骨，社区党支部书记用行动诠释奉献和担当。"
    result = cleaner.clean_text(f"{BODY}\n{caption} {text}\n").cleaned
    assert "供图" not in result and caption not in result and text in result


@pytest.mark.parametrize("caption", ["右为冼一诺", "前排左一为骆明远", "左二为池雨，右一为贺远"])
def test_who_stands_where_in_a_picture_goes(cleaner, caption):
    assert_line_goes(cleaner, caption)


@pytest.mark.parametrize("notice", ["未经许可或书面授权，任何人不得复制、转载、摘编、链接本客户端内容",
                                    "未经授权，谢绝转载本网原创作品。"])
def test_a_sites_reprint_ban_goes_in_any_wording(cleaner, notice):
    result = cleaner.clean_text(f"{BODY}\n{notice}\n").cleaned
    assert notice not in result and "转载" not in result and BODY in result


def test_a_reports_own_rules_on_copying_and_reprinting_stay(cleaner):
    assert_kept(cleaner,
                "未经批准，任何人不得复制涉密文件，违者严肃追究责任。",
                "支部规定：未经同意，党员不得擅自转载涉密信息。",
                "支部严格执行宣传纪律，未经审核的稿件不得转载到工作群。",
                "照片中，左为老党员骆明远，右为他带出的徒弟冼一诺，两人已在车间并肩工作十年。")


@pytest.mark.parametrize("junk", ["图一 支部党员为考研学子发放“考研加油包”", "“松岭青年”网络工作室出品", "林城教育·幼教 2022年11期"])
def test_a_numbered_picture_a_makers_credit_and_a_journal_issue_go(cleaner, junk):
    assert_line_goes(cleaner, junk)


def test_a_closing_tag_garbled_with_its_full_stop_goes(cleaner):
    result = cleaner.clean_text(f"{BODY}\n支部获评全市卫健系统唯一的示范党支部?!?/p>\n").cleaned
    assert "/p>" not in result and "?!" not in result and "支部获评全市卫健系统唯一的示范党支部" in result


def test_lines_like_the_news_shapes_stay(cleaner):
    assert_kept(cleaner,
                "喜讯 传来，卫生院党支部被评为全县先进基层党组织。",
                "支部的好做法被林城网 基层党建信息专栏转载，反响良好。",
                "图一所示的流程图由支部书记亲手绘制，党员人手一份。",
                "这部由党员志愿者拍摄的微电影，是支部今年的精品出品之一。",
                "支部订阅了《林城党建》等刊物，党员每月集中学习一期。")


def test_a_units_own_site_in_a_report_sentence_stays(cleaner):
    # the unit's site named inside a sentence is no gambling brand, and a sentence telling what the unit does
    # with its site or account is report text however many site words it holds
    lines = ("支部在卫生院官网公开党务信息，接受群众监督。",
             "卫生院在官网开设党建专栏，每周更新一次工作动态。",
             "县委组织部官网公布了全县先进基层党组织名单，卫生院党支部名列其中。",
             "支部的经验做法被共产党员网官网刊登。",
             "学校官网开设党支部专栏，每周更新支部工作动态。",
             "医院官网首页设置了“党建园地”专栏。")
    page = BODY + "\n" + "\n".join(lines) + "\n支部每月开展一次健康义诊，群众满意度明显提升。\n"
    result = cleaner.clean_text(page)
    for line in lines:
        assert line in result.cleaned, line
    assert not [f for f in result.findings if f.kind == "brand"]


def test_a_brand_with_a_site_word_opening_its_clause_still_goes(cleaner):
    result = cleaner.clean_text(f"{BODY}\n近日，欧博官网组织党员学习新党章，党员们深受教育。\n").cleaned
    assert "欧博官网" not in result and "组织党员学习新党章" in result


@pytest.mark.parametrize("title", ["松岭镇首个“党员健康服务站”揭牌", "隧道贯通日 党旗映山红"])
def test_a_news_items_title_over_its_date_and_source_line_stays(cleaner, title):
    # the title names a scene as a caption does, or is a short slogan beside furniture; the line under it says
    # when and where the item was published
    page = f"{title}\n2021年6月9日 来源：松岭镇融媒体中心\n{BODY}\n"
    result = cleaner.clean_text(page).cleaned
    assert title in result and "来源" not in result and BODY in result


def test_a_caption_opening_an_excerpt_still_goes(cleaner):
    result = cleaner.clean_text(f"二十九名新党员入党宣誓\n{BODY}\n").cleaned
    assert "入党宣誓" not in result and BODY in result


def test_a_heading_with_its_colon_subtitle_stays_and_a_field_goes(cleaner):
    heading = "积分换新风：一分一分攒出文明村"
    text = "村党支部推行“文明积分”管理，村民参与环境整治、志愿服务都能攒积分，积分可到村里的爱心超市兑换生活用品。"
    result = cleaner.clean_text(f"{BODY}\n{heading}\n{text}\n").cleaned
    assert heading in result and text in result
    result = cleaner.clean_text(f"{BODY}\n发布单位：松岭镇融媒体中心\n{text}\n").cleaned
    assert "发布单位" not in result and text in result


@pytest.mark.parametrize("junk", ["特别说明：本文系网友投稿，本站不承担任何法律责任",
                                  "特别提示：本网转载目的在于传递更多信息，并不意味着赞同其观点。",
                                  "如涉及作品内容、版权等问题，请在30日内与本网联系。",
                                  "*** 隐藏内容 回复后可见 ***", "——试读结束，购买后可阅读完整版——",
                                  "推广：一键生成述职报告，写作神器", "【图片】支部党员赴红色教育基地参观学习",
                                  "发文机关 松岭县直属机关工委 成文日期 2022年06月", "供稿单位：第三党支部  撰稿人：田甜"])
def test_disclaimers_prompts_ads_and_fields_in_other_wordings_go(cleaner, junk):
    assert_line_goes(cleaner, junk)


def test_report_sentences_on_rights_liability_and_records_stay(cleaner):
    assert_kept(cleaner,
                "未经院方同意，任何人不得擅自转载、传播患者的病历资料和个人信息。",
                "法律援助律师告诉当事人，按照合同约定，他不承担任何法律责任。",
                "支部组织党员学习著作权法，如涉及他人作品，须注明出处并取得授权。",
                "党员志愿者把推广农技的小视频发到村里的微信群，点击量过万。")


def test_a_brand_closing_a_sentence_goes_alone(cleaner):
    page = f"{BODY}\n支部组织党员观看警示教育片，筑牢思想防线-凯发k8娱乐官网入口\n"
    out = cleaner.clean_text(page).cleaned
    assert "凯发" not in out and "支部组织党员观看警示教育片，筑牢思想防线" in out


def test_a_units_name_withheld_by_one_some_is_a_placeholder():
    from deedsnlp.clean.flags import find_placeholders

    text = "1998年，武警某部三中队被某师命名为“模范中队”，某村党支部与之结对共建。"
    assert [text[c.start : c.end + 1] for c in find_placeholders(text)] == ["某部", "某师", "某村"]
    for plain in ("某些单位", "某种程度上", "某部分党员", "某区域内", "某一天", "在某个村子"):
        assert not find_placeholders(plain), plain


def test_a_withheld_units_kind_a_withheld_well_a_slashed_blank_and_a_span_of_blank_years_are_placeholders():
    from deedsnlp.clean.flags import find_placeholders

    text = "陆军某合成旅一连与某电器有限公司结对，在某井场开展活动；和///集团、////////有限公司；表彰为20xx-20xx年度先进集体。"
    assert [text[c.start : c.end] for c in sorted(find_placeholders(text), key=lambda c: c.start)] == [
        "某", "某", "某", "///", "////////", "20xx", "20xx"]
    for plain in ("某种意义上讲，他们把某项工作做成了样板", "某年某月某人来到某地", "某天凌晨赶到师部", "访问http://www.a.cn"):
        assert not find_placeholders(plain), plain


def test_a_unit_left_blank_with_slashes_on_its_own_line_stays_flagged():
    from deedsnlp.clean import Cleaner

    body = "公司党总支坚持把党建工作与生产经营深度融合，全年开展主题党日活动十二次。"
    page = f"第一篇：基层党组织述职材料\n////////有限公司\n{body}\n"
    res = Cleaner(suggestions=0).clean_text(page)
    assert "////////有限公司" in res.cleaned
    assert any(f.kind == "placeholder" and page[f.start : f.end] == "////////" for f in res.findings)


def test_honours_listed_under_the_line_announcing_them_on_a_page_of_short_lines_stay():
    from deedsnlp.clean import Cleaner

    lines = ["柳溪特警漫画：大巴扎里的最美“警色”", "长期驻守在柳溪景区的", "柳溪市公安局特警八支队二大队", "将服务群众延伸到旅游文化最前沿",
             "多年来", "大队先后被评为", "全国优秀公安基层单位", "柳溪市公安局先进基层党组织", "荣立9次集体三等功"]
    page = "\n\n".join(lines) + "\n"
    out = Cleaner(suggestions=0).clean_text(page).cleaned
    assert "柳溪市公安局先进基层党组织" in out and "全国优秀公安基层单位" in out


def test_a_bracketed_brand_with_its_site_and_a_brands_app_offer_go_from_the_sentence(cleaner):
    first = "在第30个教师节来临前夕，【青湾体育】中国有限公司官网一批先进集体和优秀个人受到表彰。"
    second = "近年来，开云体育(中国)官方网站-IOS/安卓通用版/手机APP下载党委坚持以党建为引领，推动各项工作取得新成效。"
    out = cleaner.clean_text(f"{first}\n{second}\n").cleaned
    assert "青湾体育" not in out and "官网" not in out and "IOS" not in out and "安卓" not in out
    assert "一批先进集体和优秀个人受到表彰" in out and "党委坚持以党建为引领" in out
    kept = "学校深入开展【阳光体育】活动，学生体质健康达标率逐年提升。"
    assert kept in cleaner.clean_text(f"{kept}\n").cleaned


def test_a_slot_platforms_name_where_the_units_stood_goes_and_a_makers_product_stays(cleaner):
    page = "近日，理学院党委入选培育创建单位名单。PG电子学院党委入选“全国党建工作样板支部”培育创建单位。\n"
    out = cleaner.clean_text(page).cleaned
    assert "PG电子" not in out and "党委入选“全国党建工作样板支部”" in out
    kept = "公司党支部带领技术攻关小组研制PP电子级材料，填补了省内空白。"
    assert kept in cleaner.clean_text(f"{kept}\n").cleaned


def test_a_papers_dateline_before_a_bracketed_reporters_credit_goes(cleaner):
    page = "本报讯 【记者 罗晓峰】3月2日下午，市公安局组建“党员突击队”，成立临时党支部，并举行授旗宣誓仪式。\n"
    out = cleaner.clean_text(page).cleaned
    assert out.startswith("3月2日下午，市公安局组建")


def test_a_document_sites_preview_mark_goes_and_a_trial_reading_in_the_text_stays(cleaner):
    page = "（试读）...高校院系党组织是落实基层党建任务的重要阵地，在基层组织架构中处于承上启下的关键位置。\n"
    assert cleaner.clean_text(page).cleaned.startswith("高校院系党组织是落实")
    kept = "支部组织师生开展新书试读活动(试读本由出版社捐赠)。"
    assert kept in cleaner.clean_text(f"{kept}\n").cleaned


def test_a_news_sites_name_before_a_headline_goes_and_a_quoted_sentence_stays(cleaner):
    page = f"青湾新闻：高速公路上党旗飘 “红色驿站”首度亮相青湾高速\n{BODY}\n"
    out = cleaner.clean_text(page).cleaned
    assert out.startswith("高速公路上党旗飘") and BODY in out
    kept = "青湾日报：党旗在基层一线高高飘扬。"
    assert kept in cleaner.clean_text(f"{BODY}\n{kept}\n").cleaned


def test_a_titles_words_closed_as_the_paragraphs_first_sentence_stay(cleaner):
    page = ("团结就是力量\n\n某某船厂党委把党建优势转化为发展优势，全年完成造船任务。\n\n"
            "团结就是力量。党的十九大报告强调，要以提升组织力为重点，突出政治功能。\n")
    assert "团结就是力量。党的十九大报告强调" in cleaner.clean_text(page).cleaned


def test_an_editors_credit_with_a_trainees_mark_goes(cleaner):
    out = cleaner.clean_text(f"{BODY}\n(责编:罗小峰(实习)、陈大明)\n").cleaned
    assert "责编" not in out and BODY in out


def test_a_run_in_wire_dateline_with_its_place_goes(cleaner):
    page = "6月25日，青禾村村民在蔬菜大棚内劳作。 某某网太原6月28日电(记者罗小峰)“扛着红旗不放”。任支书22年来，青禾村成为有名的先进村。\n"
    out = cleaner.clean_text(page).cleaned
    assert "日电" not in out and "罗小峰" not in out and "“扛着红旗不放”。任支书22年来" in out


def test_an_outlets_attribution_opening_the_line_goes_and_a_reported_fact_stays(cleaner):
    page = "青湾军报报道，“当前任务压茬推进，必须关注官兵的思想动态……”在某团近日召开的党支部会上，支委提出的建议引起共鸣。\n"
    assert cleaner.clean_text(page).cleaned.startswith("“当前任务压茬推进")
    kept = "据新华社报道，我县的经验在全省推广。"
    assert kept in cleaner.clean_text(f"{kept}\n").cleaned


def test_a_mojibake_indent_and_empty_link_brackets_go(cleaner):
    page = "??党员的先进性来自严格的组织管理。\n我院党委被表彰为“全州卫生系统先进基层党组织”【】，院长助理被表彰为优秀党务工作者。\n"
    out = cleaner.clean_text(page).cleaned
    assert out.startswith("党员的先进性") and "【】" not in out and "先进基层党组织”，院长助理" in out
    kept = "为什么??我们反复追问自己。"
    assert kept in cleaner.clean_text(f"{kept}\n").cleaned


def test_a_related_header_opening_the_page_over_one_title_leaves_the_title(cleaner):
    page = ("- 相关推荐\n**社区党总支书记**同志先进事迹\n作者:罗小峰 文章来源:本站原创 点击数:908 更新时间:2004-11-24\n"
            "在青湾市原运输公司和原机械厂院里，提起老书记这个名字，几乎没有人不知道。他退休后挑起了社区党总支书记的重担。\n")
    out = cleaner.clean_text(page).cleaned
    assert "**社区党总支书记**同志先进事迹" in out and "相关推荐" not in out


def test_an_adult_seo_line_goes_and_report_words_sharing_its_characters_stay(cleaner):
    spam = "亚洲精品偷拍自拍首页,久久综合91,精品久久人人爽vr,高清无码专区"
    out = cleaner.clean_text(f"{spam}\n{BODY}\n").cleaned
    assert "亚洲精品" not in out and BODY in out
    kept = "她既为人妻、为人母，又是全村的主心骨。村里打造特色综合体，做到人人操作熟练，开展人人摸底排查，国产综合治理设备运转良好。"
    assert kept in cleaner.clean_text(f"{kept}\n").cleaned


def test_a_news_title_shaped_like_a_ceremonys_caption_stays_and_a_gallery_opening_the_page_goes(cleaner):
    title = "青湾市商会党支部成立揭牌"
    body = "6月18日，青湾市商会党支部举行成立大会暨揭牌仪式，市非公经济组织党委负责人出席并讲话。"
    page = f"首页 > 新闻中心 > 正文\n{title}\n{body}\n"
    assert title in cleaner.clean_text(page).cleaned
    gallery = ["29名新党员入党宣誓", "优秀共产党员受表彰", "优秀党务工作者受表彰"]
    out = cleaner.clean_text("\n".join(gallery + [body]) + "\n").cleaned
    assert not any(g in out for g in gallery) and body in out


def test_a_known_brand_with_its_bracketed_china_mark_and_a_bracketed_reporters_credit_go(cleaner):
    out = cleaner.clean_text("传承红色基因，提升媒介实践能力 半岛(中国)新闻系联合教工党支部开展主题党日活动\n").cleaned
    assert "半岛" not in out and "新闻系联合教工党支部开展主题党日活动" in out
    out = cleaner.clean_text("(罗小峰报道)2021年12月22日，共青团青湾医院委员会命名了一批青年文明号集体。\n").cleaned
    assert out.startswith("2021年12月22日")
    kept = "辽东半岛(中国)沿海地区的党员干部积极参与防汛。据《青湾日报》报道，我村经验在全省推广(见附件)。"
    assert kept in cleaner.clean_text(f"{kept}\n").cleaned


@pytest.mark.parametrize("junk", ["1. 首页 >> 资讯 >> 青湾要闻", "1. 主页 > 知识大全 >", ">青湾市实验中学东校区>党建工作>两学一做",
                                  "打开微信“扫一扫”", "若长时间无响应,请刷新本页面",
                                  "国产欧美在线亚洲一区,99热这里只有精品免费播放,黄网站免费的观看"])
def test_breadcrumbs_page_prompts_and_adult_seo_lines_go(cleaner, junk):
    assert_line_goes(cleaner, junk)


def test_a_reading_label_goes_and_report_flows_with_arrows_stay(cleaner):
    out = cleaner.clean_text(f"正在阅读:青湾镇党委带领群众闯出致富新路\n{BODY}\n").cleaned
    assert "正在阅读" not in out and "青湾镇党委带领群众闯出致富新路" in out
    assert_kept(cleaner, "支部推行“申请>审核>公示>办结”流程，群众办事更便捷。", "支部工作流程：学习>讨论>落实", "1. 首页设计")


def test_an_editors_preface_sentence_goes_whole_with_the_question_before_it(cleaner):
    for preface in ("想找一些关于小学校长先进的事迹材料吗?下面是某某小编为大家精心收集的小学校长先进事迹材料,供大家参考借鉴,希望可以帮助到有需要的朋友。",
                    "我们在准备事迹材料的过程中一定要注意段落层次分明,下面是某某社小编为您分享的先进事迹材料范文(精选8篇),希望能帮助到大家。"):
        out = cleaner.clean_text(f"{preface}\n{BODY}\n").cleaned
        assert out.strip() == BODY, out
    kept = "近年来，青禾村党支部带领群众发展产业。"
    out = cleaner.clean_text(f"{kept}今天小编就给大家整理了一篇优秀事迹，供大家参考。全村人均收入三年翻番。\n").cleaned
    assert kept in out and "全村人均收入三年翻番。" in out and "小编" not in out


def test_an_outlets_publish_stamp_line_goes_whole_with_its_author(cleaner):
    out = cleaner.clean_text(f"某某社发布时间:2024-08-29 12:31:51  作者:罗小峰\n{BODY}\n").cleaned
    assert out.strip() == BODY


@pytest.mark.parametrize("junk", ["欢迎您,进入青湾市实验幼儿园网站!", "调查问题加载中,请稍候。", "文章不错,点个赞再走呗!",
                                  "还没有添加任何评论,快去APP中抢沙发吧!", "本文献已被 某某 等数据库收录! |"])
def test_a_sites_greeting_and_its_prompts_to_the_reader_go(cleaner, junk):
    assert_line_goes(cleaner, junk)


def test_report_lines_welcoming_or_praising_stay(cleaner):
    assert_kept(cleaner, "欢迎进入新时代，党员们干劲十足。", "群众纷纷为支部点个赞。")


@pytest.mark.parametrize("notice", [
    "② 本站注明稿件来源为其他媒体的文/图等稿件均为转载稿,本站转载出于非商业性的教育和科研之目的,并不意味着赞同其观点或证实其内容的真实性。如转载稿涉及版权等问题,请作者在两周内速来电或来函联系。",
    "·凡注明为其它来源的信息,均转载自其它媒体,转载目的在于传递更多信息,并不代表本网赞同其观点和对其真实性负责。"])
def test_a_reprint_disclaimer_opened_by_a_number_or_by_whatever_goes(cleaner, notice):
    assert_line_goes(cleaner, notice)


def test_a_report_sentence_opened_by_whatever_stays(cleaner):
    assert_kept(cleaner, "凡是群众反映的问题，支部都在一周内答复，不代表个人观点的意见也认真对待。")


@pytest.mark.parametrize("junk", ["本文系转载，旨在分享，不代表本号立场。", "喜欢就点个“在看”吧", "觉得不错，请点赞、在看、转发",
                                  "本文为原创稿件，转载请注明出处。"])
def test_an_official_accounts_reprint_note_and_prompts_go(cleaner, junk):
    assert_line_goes(cleaner, junk)


def test_report_sentences_sharing_an_accounts_words_stay(cleaner):
    assert_kept(cleaner, "支部书记带头学习，党员们纷纷点赞、转发支部的学习心得。", "他在看望困难群众时说，党员就要冲在前面。",
                "这篇原创文章发表在《青湾日报》上，引起了广泛反响。")


@pytest.mark.parametrize("junk", ["（作者单位：青湾镇党委）", "作者简介：罗小峰，青湾镇党委宣传委员。", "本站由青湾网络提供技术支持"])
def test_an_authors_note_and_a_sites_credit_for_its_making_go(cleaner, junk):
    assert_line_goes(cleaner, junk)


def test_a_document_sites_name_after_a_title_goes_and_the_title_stays(cleaner):
    out = cleaner.clean_text(f"青湾镇党委先进事迹材料-青湾文库\n{BODY}\n").cleaned
    assert out.startswith("青湾镇党委先进事迹材料\n") and "文库" not in out
    assert_kept(cleaner, "青湾网络公司党支部为全镇企业提供技术支持，帮助解决难题二十余件。", "青湾镇党委先进事迹材料——记青湾网络公司",
                "学习强国-青湾学习平台上线后，党员学习热情高涨。")


def test_a_source_spliced_into_a_sentence_goes_and_a_prompt_closing_it_leaves_the_stop(cleaner):
    out = cleaner.clean_text("支部坚持“三会一课”制度，本文来自青湾范文网全年组织集中学习十二次。\n").cleaned
    assert out.strip() == "支部坚持“三会一课”制度，全年组织集中学习十二次。"
    out = cleaner.clean_text("支部坚持“三会一课”制度，全年组织集中学习十二次，更多精彩内容请关注公众号。\n").cleaned
    assert out.strip() == "支部坚持“三会一课”制度，全年组织集中学习十二次。"
    assert_kept(cleaner, "这些经验摘自青湾日报的报道。", "本文来自基层一线的调研，数据真实可靠。", "他的发言内容来自网络学习平台的课程。")


def test_blanks_naming_what_goes_in_them_and_ideographic_zeros_before_a_unit_are_placeholders():
    from deedsnlp.clean.flags import find_placeholders

    text = "（单位名称）党支部工作总结；【姓名】同志；〇〇村党支部。"
    assert [text[c.start : c.end] for c in sorted(find_placeholders(text), key=lambda c: c.start)] == ["（单位名称）", "【姓名】", "〇〇"]
    for plain in ("二〇〇九年，支部成立。", "支部召开会议（时间：3月2日）。"):
        assert not find_placeholders(plain), plain


@pytest.mark.parametrize("brand", ["天博综合体育官方app下载", "爱游戏(ayx)中国官方网站", "博鱼·体育中国入口", "米兰体育(milan)官方网站",
                                   "JN江南体育", "半岛·BOB官方网站", "新利官方网站", "PG电子模拟器"])
def test_brand_shapes_standing_for_the_units_name_go(cleaner, brand):
    out = cleaner.clean_text(f"近年来，{brand}党委坚持以党建为引领，推动各项工作取得新成效。\n").cleaned
    assert out.strip() == "近年来，党委坚持以党建为引领，推动各项工作取得新成效。", out


def test_a_units_site_a_sports_bureau_and_a_contest_stay(cleaner):
    assert_kept(cleaner, "学校官方网站党建专栏每周更新。", "市体育局党委组织党员开展志愿服务。", "学院学生获ACM国际大学生程序设计竞赛金奖。",
                "青湾综合体育馆党支部开展活动。", "县政府官方网站发布了表彰决定。", "PP电子级材料研发团队党支部荣获先进。")


def test_a_tag_written_with_entities_goes_like_a_tag_and_a_comparison_stays(cleaner):
    out = cleaner.clean_text("&lt;div class=\"content\"&gt;支部坚持“三会一课”制度，全年组织集中学习十二次。\n").cleaned
    assert out.strip() == "支部坚持“三会一课”制度，全年组织集中学习十二次。"
    assert "a < b > c" in cleaner.clean_text("a &lt; b &gt; c 的公式。\n").cleaned


@pytest.mark.parametrize("junk", ["本文由青湾范文网整理", "本内容归青湾文秘网所有，未经许可不得转载", "[青湾公文网", "青湾写作网版权所有，严禁复制",
                                  "本站原创，转载请保留链接", "〖青湾范文网〗", "此文章来自青湾文库，如需转载请注明"])
def test_a_writing_sites_notice_spliced_into_a_sentence_goes(cleaner, junk):
    first = "青湾镇党委现有党员一百二十名，下设党支部八个。"
    page = f"{first}\n支部坚持“三会一课”制度，{junk}全年组织集中学习十二次。\n"
    out = cleaner.clean_text(page).cleaned
    assert "支部坚持“三会一课”制度，全年组织集中学习十二次。" in out and first in out, out


def test_a_names_end_before_a_writing_sites_name_is_never_cut(cleaner):
    text = "捐物折合人民币1.36万元。党员教师陈秀兰中小学范文网整理坚持每周两次为结对的三年级学生义务补习。"
    out = cleaner.clean_text(f"{text}\n").cleaned
    assert "陈秀兰" in out and "坚持每周两次" in out
    assert_kept(cleaner, "土地归集体所有，不得买卖。", "本村资源归集体所有，严禁私自开采。", "学校建成红色文库，供师生借阅。")


@pytest.mark.parametrize("line", ["下一步，镇党委将继续发挥战斗堡垒作用。{罗小峰/文 陈大明/图}", "{文/罗小峰 }近年来，镇党委坚持以党建为引领，推动各项工作取得新成效。",
                                  "{【青湾日报】}近年来，镇党委坚持以党建为引领，推动各项工作取得新成效。",
                                  "{通讯员 罗小峰：}近年来，镇党委坚持以党建为引领，推动各项工作取得新成效。", "下一步，镇党委将继续发挥战斗堡垒作用。{（完）}"])
def test_credits_an_outlets_mark_and_the_end_mark_around_the_text_go(cleaner, line):
    a, b = line.index("{"), line.index("}")
    want = line[:a] + line[b + 1 :]
    out = cleaner.clean_text(f"{BODY}\n{line[:a] + line[a + 1 : b] + line[b + 1 :]}\n").cleaned
    assert want in out and line[a + 1 : b].strip() not in out, out


def test_an_interviewer_a_reports_bulletin_and_a_credit_line_stay_or_go_whole(cleaner):
    assert_kept(cleaner, "记者罗小峰：是什么让你坚持了二十年？", "【情况通报】近期支部开展了专项检查。", "【喜报】我校党委荣获先进基层党组织称号。",
                "摄影爱好者协会党支部成立。")
    assert_line_goes(cleaner, "文/本报记者 罗小峰")


def test_a_forums_bbcode_and_a_symbol_run_go_and_the_text_they_wrap_stays(cleaner):
    page = ("[size=4][color=#333]支部坚持“三会一课”制度[/color][/size]，全年[img]http://bbs.example.cn/1.jpg[/img]组织集中学习十二次。"
            "全年%^&*组织集中学习。[attach]12345[/attach]\n")
    out = cleaner.clean_text(page).cleaned
    assert out.strip() == "支部坚持“三会一课”制度，全年组织集中学习十二次。全年组织集中学习。"
    out = cleaner.clean_text(f"传家风||我家的党员故事\n{BODY}\n").cleaned
    assert "传家风" in out and "我家的党员故事" in out


def test_a_grades_year_after_a_brand_stays_and_the_brand_goes(cleaner):
    out = cleaner.clean_text("2016年以来，某利官方网站2014级大学生党支部在学校党委统一部署下，扎实开展学习教育。\n").cleaned
    assert "2014级大学生党支部在学校党委统一部署下" in out and "官方网站" not in out
    assert_kept(cleaner, "学校官方网站2019届毕业生专栏上线。")


def test_a_pipes_spec_between_chinese_words_is_no_random_string(cleaner):
    text = "冒雨在大山中更换dn32mmPE管300多米，更换10kV线路，极大改善了村民的用水现状。"
    assert text in cleaner.clean_text(f"{text}\n").cleaned


def test_a_station_named_as_a_source_is_never_cut_from_the_text():
    from deedsnlp.clean import Cleaner

    pages = ["来源：青湾东站\n青湾东站党支部坚持支部就是战斗堡垒，党员是引领旗帜，以实际行动践行党的宗旨。\n",
             "来源：青湾东站\n青湾东站党支部开展志愿服务活动，为旅客提供便利。\n"]
    c = Cleaner(suggestions=0)
    c.fit(pages)
    assert "青湾东站党支部坚持支部就是战斗堡垒" in c.clean_text(pages[0]).cleaned


def test_glosses_in_square_brackets_with_a_script_g_go(cleaner):
    page = "牢记初心使[shǐ[命 争取更[ɡènɡ[大光荣\n青湾高[ɡāo[新公[ɡōnɡ[司金工车间的机修钳工是一[yī[名青年党员[yuán[。\n"
    out = cleaner.clean_text(page).cleaned
    assert out == "牢记初心使命 争取更大光荣\n青湾高新公司金工车间的机修钳工是一名青年党员。\n"
    kept = "支部制定了[2023]3号文件，落实[重点]任务。"
    assert kept in cleaner.clean_text(f"{kept}\n").cleaned


@pytest.mark.parametrize("junk", ["发稿时间:2017-04-28 10:22:54 来源: 青湾村官报", "减小字体 增大字体 作者:佚名  来源:网上收集整理  发布时间:2018-12-23 0:17:16",
                                  "> 党务公开 > 部门党务工作", "来说两句吧。。。"])
def test_meta_lines_left_whole_and_a_two_step_crumb_and_a_comment_prompt_go(cleaner, junk):
    assert_line_goes(cleaner, junk)


def test_a_sentence_with_comments_stays(cleaner):
    assert_kept(cleaner, "党员们纷纷发表评论，表示要向他学习。")


@pytest.mark.parametrize("dateline", ["青湾日报/青湾网讯(记者罗小峰通讯员陈大明报道)", "本网讯(18级历史学 罗小峰)"])
def test_a_dateline_with_glued_credits_goes_and_the_short_sentence_after_it_stays(cleaner, dateline):
    text = "日前，我市“党建金联盟”成立。"
    out = cleaner.clean_text(f"{BODY}\n{dateline}{text}\n").cleaned
    assert f"\n{text}\n" in out and "罗小峰" not in out, out
    assert_kept(cleaner, "记者罗小峰通讯员陈大明在村里看到，群众正忙着采摘茶叶。")


def test_a_censors_hash_mask_is_no_symbol_run():
    from deedsnlp.clean import Cleaner

    res = Cleaner(suggestions=0).clean_text("他用大##书写生命，针对##公司党员开展教育。\n")
    assert "大##书写" in res.cleaned and sum(f.kind in ("mask", "placeholder") for f in res.findings) == 2


def test_a_persons_name_withheld_roman_tens_and_blank_counts_are_placeholders():
    from deedsnlp.clean.flags import find_placeholders

    def spans(text):
        return [text[c.start : c.end] for c in sorted(find_placeholders(text), key=lambda c: c.start)]

    assert spans("民警将犯罪嫌疑人姜某抓获，受害人邝某喜家的草莓苗被追回。") == ["姜某", "邝某喜"]
    assert spans("中共ⅩⅩ县委办公室 ⅩⅩⅩ") == ["ⅩⅩ", "ⅩⅩⅩ"]
    assert spans("计划打造 X-X 个特色品牌，培育 X 余名骨干。") == ["X-X", "X"]
    for plain in ("和某些人相比，他于某年入伍。", "某种程度上", "在某个村子", "设备型号为AX-XB"):
        assert not find_placeholders(plain), plain


def test_a_headline_over_its_publishing_line_is_no_widgets_value(cleaner):
    title = "青禾石鼓：牛角巷社区先锋阵地打造凝聚党心民心的“红色阵地”"
    page = (f"滚动资讯:\n\n{title}\n发布时间:2018-11-29   来源:青禾在线  作者:柳亚辉  编辑:张超\n\n"
            f"△先锋阵地授牌仪式\n\n{BODY}\n{BODY2}\n")
    out = cleaner.clean_text(page).cleaned
    assert title in out and BODY in out and "滚动资讯" not in out


def test_a_sentence_under_a_font_size_widget_stays(cleaner):
    line = "使命呼唤担当，榜样催人奋进。"
    page = f"公安英模立功集体代表先进事迹报告会侧记\n柳磊 常汝\n2022年07月28日16:37\n文字缩放:\n\n{line}\n\n{BODY}\n{BODY2}\n"
    out = cleaner.clean_text(page).cleaned
    assert line in out and BODY in out and "文字缩放" not in out
