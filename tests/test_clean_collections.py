"""The cleaner on collection pages, news markers and credits (invented names and wording throughout)."""

from __future__ import annotations


def removed(result) -> list[str]:
    return [f.text for f in result.findings if f.action == "removed"]


def test_a_unit_heading_over_its_paragraph_is_no_title_copy(cleaner):
    page = ("红枫学院党建 - 先进典型\n"
            "测绘工程学院学生党支部\n"
            "测绘工程学院学生党支部现有学生党员36名，其中预备党员11名。\n"
            "总务处党总支\n"
            "总务处党总支下设3个党支部，现有党员64名。\n")
    result = cleaner.clean_text(page)
    assert "测绘工程学院学生党支部现有学生党员36名，其中预备党员11名。" in result.cleaned
    assert "总务处党总支下设3个党支部，现有党员64名。" in result.cleaned


def test_a_collection_count_blurb_leaves_the_title(cleaner):
    for line, blurb in (("村级党建工作总结范文(精选4篇)", "(精选4篇)"), ("优秀党务工作者事迹材料6篇(全文完整)", "6篇(全文完整)"),
                        ("社区党支部先进事迹材料范文3篇", "范文3篇")):
        result = cleaner.clean_text(line + "\n支部坚持“三会一课”制度，全年开展主题党日12次。\n")
        assert removed(result) == [blurb]
        assert result.cleaned.startswith(line[: -len(blurb)] + "\n")
    body = "全年共发表调研文章5篇，其中2篇获市级奖励。\n"
    assert cleaner.clean_text(body).cleaned == body


def test_a_bare_news_marker_goes_and_its_sentence_stays(cleaner):
    result = cleaner.clean_text("本报讯 近日，白桦镇党委组织全镇党员开展“清河护岸”志愿服务活动。\n")
    assert result.cleaned == "近日，白桦镇党委组织全镇党员开展“清河护岸”志愿服务活动。\n"
    result = cleaner.clean_text("本报讯：为做好秋收工作，青湾村党支部组建党员突击队。\n")
    assert result.cleaned == "为做好秋收工作，青湾村党支部组建党员突击队。\n"
    body = "支部把本报讯员队伍建设作为宣传工作的重点。\n"
    assert cleaner.clean_text(body).cleaned == body


def test_photo_credits_and_a_byline_at_the_end_of_a_line_go(cleaner):
    text = ("支部组织党员深入田间地头，帮助群众解决实际困难，取得实效。（通讯员 舒晓 詹一鸣）\n"
            "党员们用实际行动诠释了先锋模范作用。(撰稿/柏文静 照片/柏文静 化学系学生)\n")
    result = cleaner.clean_text(text)
    assert result.cleaned == ("支部组织党员深入田间地头，帮助群众解决实际困难，取得实效。\n"
                              "党员们用实际行动诠释了先锋模范作用。\n")


def test_previous_and_next_item_links_with_titles_go(cleaner):
    text = ("化学系党支部组织党员开展“学雷锋”志愿服务，服务师生300余人次。\n"
            "上一条：化学系党支部召开新学期支部大会暨表彰会\n"
            "下一条：化学系党总支召开专题组织生活会\n")
    result = cleaner.clean_text(text)
    assert result.cleaned == "化学系党支部组织党员开展“学雷锋”志愿服务，服务师生300余人次。\n"


def test_app_vip_and_listed_company_brand_shapes_go_where_they_stand_for_a_name(cleaner):
    text = ("经学院党委研究，决定在全院评选表彰鲸鱼集团1088vip先进党支部、优秀共产党员。\n"
            "学校党委决定在全校评选表彰鲸鱼集团app首页先进基层党组织。\n"
            "近日，省委教育工委印发《荷兰上市公司官网365第二批党建示范高校名单的通知》。\n")
    result = cleaner.clean_text(text)
    assert [f.text for f in result.findings if f.kind == "brand" and f.action == "removed"] == [
        "鲸鱼集团1088vip", "鲸鱼集团app首页", "荷兰上市公司官网365"]
    assert "决定在全院评选表彰先进党支部、优秀共产党员。" in result.cleaned
    body = "公司党委在集团官网开设党建专栏，全年发布稿件365篇。\n"
    assert cleaner.clean_text(body).cleaned == body


def test_a_menu_of_short_navigation_lines_goes_but_short_headings_between_paragraphs_stay(cleaner):
    page = ("黨群工作\n? 黨建動態\n? 廉政文化\n? 工會園地\n"
            "白鷺鎮衛生院黨支部開展主題黨日活動，全體黨員參加。\n")
    result = cleaner.clean_text(page)
    assert result.cleaned == "白鷺鎮衛生院黨支部開展主題黨日活動，全體黨員參加。\n"
    report = ("强化政治引领\n支部坚持每月集中学习一次，全年学习12次。\n"
              "夯实组织基础\n支部严格落实“三会一课”制度。\n"
              "服务群众\n党员结对帮扶困难群众21户。\n")
    assert cleaner.clean_text(report).cleaned == report


def test_a_site_name_line_in_traditional_script_goes(cleaner):
    page = ("優秀黨員先進事跡材料\n\n鹿鳴學(xué)網(wǎng)\n\n"
            "他紮根基層二十年，帶領群眾修路架橋，被評為縣級優秀共產黨員。\n")
    result = cleaner.clean_text(page)
    assert "鹿鳴學" not in result.cleaned
    assert "他紮根基層二十年，帶領群眾修路架橋，被評為縣級優秀共產黨員。" in result.cleaned
    heading = "织密为民服务网\n社区把网格员、党员、志愿者编进一张服务网。\n"
    assert cleaner.clean_text(heading).cleaned == heading


def test_a_paywall_prompt_for_the_whole_text_with_pictures_goes(cleaner):
    text = "集团党委拟表彰先进党支部3个、优秀党务工作者5名。\n(如需阅读完整图文内容,请您先登录再下载!)\n"
    assert cleaner.clean_text(text).cleaned == "集团党委拟表彰先进党支部3个、优秀党务工作者5名。\n"


def test_a_byline_without_brackets_or_names_alone_in_brackets_at_a_line_end_go(cleaner):
    text = ("支部组织党员深入田间地头，帮助群众解决实际困难，取得实效。通讯员 舒晓 詹一鸣\n"
            "支部组织党员深入社区开展义诊活动，受到群众好评。（舒晓 詹一鸣）\n"
            "支部组织党员开展植树活动。文/舒晓 图/詹一鸣\n")
    assert cleaner.clean_text(text).cleaned == ("支部组织党员深入田间地头，帮助群众解决实际困难，取得实效。\n"
                                                "支部组织党员深入社区开展义诊活动，受到群众好评。\n"
                                                "支部组织党员开展植树活动。\n")
    body = "支部成立了两个服务小组。（方法 路径）\n"
    assert cleaner.clean_text(body).cleaned == body


def test_a_source_body_named_in_the_byline_stays_in_the_text_and_a_notice_stops_before_the_body(cleaner):
    page = ("据了解，评选由各市国资委党委和省属企业党委推荐，今年全省共有40个党支部入选。\n"
            "来源：市国资委　作者：本报记者 鲁一帆　发布时间：2021-05-14 09:32\n")
    result = cleaner.clean_text(page)
    assert result.cleaned == "据了解，评选由各市国资委党委和省属企业党委推荐，今年全省共有40个党支部入选。\n"
    text = "每逢周末，他就在小区门口义务修理雨伞，本文来源于墨香范文网，更多精彩内容请访问居民们都称他是“热心肠”。\n"
    result = cleaner.clean_text(text)
    assert "居民们都称他是“热心肠”。" in result.cleaned
    assert "墨香范文网" not in result.cleaned


def test_a_pictures_source_after_a_caption_and_a_site_header_line_go(cleaner):
    # a short line closed by a picture's source is the picture's caption: the whole line goes
    text = "评审专家对参评项目逐一打分。白鹭镇宣传办提供\n全镇20个党组织参加评审，评出优秀项目5个。\n"
    assert cleaner.clean_text(text).cleaned == "全镇20个党组织参加评审，评出优秀项目5个。\n"
    page = "墨池期刊网 精选范文 村级党建工作总结\n村党支部坚持“三会一课”制度，全年开展主题党日12次。\n"
    assert cleaner.clean_text(page).cleaned == "村党支部坚持“三会一课”制度，全年开展主题党日12次。\n"
    body = "县里配套资金由县财政提供。\n"
    assert cleaner.clean_text(body).cleaned == body


def test_a_menu_on_one_spaced_line_and_other_bare_news_markers_go(cleaner):
    page = ("党建动态　支部风采　学习园地\n"
            "本刊讯 近日，青禾镇党委召开党建工作推进会，全体党员参加。\n")
    assert cleaner.clean_text(page).cleaned == "近日，青禾镇党委召开党建工作推进会，全体党员参加。\n"
    slogan = "讲政治　重规矩　作表率\n支部组织党员开展“亮身份、作表率”活动。\n"
    assert cleaner.clean_text(slogan).cleaned == slogan
