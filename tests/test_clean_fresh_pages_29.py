"""Junk shapes the twenty-ninth session's reading of the gathered pages showed: a crumb written with spaces under
the site's header, a column's tag over a news item's headline, photo credits glued to a paragraph or cut off by
the excerpt, joint credits (文、图/…) and a copyright mark after a sentence; invented units, people and wording."""

from __future__ import annotations

import pytest

from tests.helpers import removed_text as _removed

TEXT = ("6月28日，青禾县水务局机关党支部组织全体党员赴河口村开展主题党日活动，重温入党誓词，"
        "为村里的留守老人送去米面油等慰问品，并帮助清理村道垃圾12处。\n"
        "支部书记柯明远说，党员走进群众当中，才能把服务做到群众心坎上。\n")


def test_the_sites_header_above_a_crumb_written_with_spaces_goes(cleaner):
    # a school site's banner of its honours over the crumb 首页  某栏目  某栏目 (spaces, no arrows), then the item
    header = ["欢迎访问青禾职业学院护理学院", "省级一流本科课程", "青禾市护理技能实训示范中心", "青禾市高校护理教学创新团队"]
    crumb = "首页  党的建设  支部风采"
    title = "护理学院学生党支部开展“七一”主题党日活动"
    page = "\n\n".join(header) + "\n\n" + crumb + "\n" + title + "\n" + "发布时间：2025-07-02\n\n" + TEXT
    result = cleaner.clean_text(page)
    removed = _removed(page, result)
    assert all(h in removed for h in header[1:]) and crumb in removed
    assert title in result.cleaned and all(x in result.cleaned for x in TEXT.split("\n") if x)


def test_a_columns_tag_over_a_headline_with_its_publishing_line_goes(cleaner):
    # the tag repeats words of the text (党建工作): the page's layout, not its words, says it is the column's
    tag, title = "党建工作", "青禾县水务局机关党支部赴河口村开展主题党日活动"
    page = tag + "\n\n" + title + "\n\n" + "发稿时间:2024年06月30日 通讯员:柯明远 来源:青禾县水务局\n\n" + TEXT + "支部党建工作走在全县前列。\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).startswith(tag)
    assert title in result.cleaned and "支部党建工作走在全县前列。" in result.cleaned


def test_a_main_title_over_its_subtitle_and_publishing_line_stays(cleaner):
    # a short main title (no column's ending) over the line naming whom it is about
    main, sub = "扎根乡土的红烛", "青禾县河口村党支部书记柯明远先进事迹"
    page = main + "\n" + sub + "\n" + "发布时间：2024-06-30\n" + TEXT
    result = cleaner.clean_text(page)
    assert main in result.cleaned and sub in result.cleaned


def test_a_photo_credit_glued_after_a_paragraph_goes_and_the_paragraph_stays(cleaner):
    paragraph = ("十年来，河口村党支部带领群众修路架桥、发展茶叶产业，村集体经济收入从不足两万元增长到八十余万元，"
                 "群众的日子越过越红火。记者为村里的老党员们拍下了合影。")
    for credit in ("青禾日报记者 柯明远 摄", "新华社记者 杜晓岚 摄"):
        page = "河口村的十年\n" + paragraph + credit + "\n" + TEXT
        result = cleaner.clean_text(page)
        assert _removed(page, result).strip() == credit
        assert paragraph in result.cleaned


def test_a_credit_the_excerpt_cut_off_at_the_pages_end_goes(cleaner):
    last = "一首《唱支山歌给党听》将大会推向高潮。"
    for credit in ("(柯明远 通讯员 杜晓岚", "（本报记者 杜晓岚"):
        page = TEXT + last + credit
        result = cleaner.clean_text(page)
        assert _removed(page, result) == credit and last in result.cleaned


def test_a_bracket_the_excerpt_cut_off_without_a_credit_stays(cleaner):
    page = TEXT + "支部整理了党员的意见建议。（详见附件二"
    result = cleaner.clean_text(page)
    assert "（详见附件二" in result.cleaned


def test_joint_credit_lines_go(cleaner):
    for credit in ("文、图/柯明远、杜晓岚", "文、摄/柯明远", "文·图/杜晓岚"):
        page = "河口村的十年\n" + credit + "\n" + TEXT
        result = cleaner.clean_text(page)
        assert _removed(page, result).strip() == credit, credit
        assert all(x in result.cleaned for x in TEXT.split("\n") if x)


def test_a_copyright_mark_after_a_paragraphs_last_sentence_goes(cleaner):
    paragraph = "柯明远还协调有关部门为村里安装了四盏路灯，方便了群众夜间出行。"
    page = TEXT + paragraph + " copyright 青禾图片社\n" + "目前，全县党员都到村里报到。\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == "copyright 青禾图片社"
    assert paragraph in result.cleaned



# -- the blind round's body losses (precision) ---------------------------------------------------------------------


def test_a_sites_lead_slot_holding_the_whole_excerpt_keeps_the_text(cleaner):
    # 【导读】 run into three hundred characters of the report (a flattened page): the slot's label goes, the text stays
    text = ("全馆实现营业收入385万元，基本维持收支平衡，被授予“巾帼文明岗”称号。之所以取得这些成绩，主要是我馆在局党组的"
            "正确领导下，抓了以下几方面工作。今年四月以来，我馆根据局党组的指示精神和全市民政工作会议的部署，在服务中实施了"
            "“人文关怀工程”，目前已完成图纸设计、工程预算等前期工作。我们认真执行惠民政策，截至目前已为90户困难群众减免费用。"
            "（二）打造“平安菊”优质服务品牌。今年以来，品牌的内容不断丰富，特色更加鲜明，开展征文、演讲比赛，向社会展示了"
            "职工的精神风貌。支部深入开展“创先争优”活动，党建工作突出，被市直机关工委命名为“五星级党支部”。五是组织全体员工"
            "分两批赴兄弟单位参观学习，取长补短，共同提高。")
    page = "【导读】" + text
    result = cleaner.clean_text(page)
    assert _removed(page, result) == "【导读】" and text in result.cleaned


def test_a_sites_short_lead_slot_still_goes_whole(cleaner):
    lead = "【导读】本文介绍了某某馆党支部的先进事迹，供大家参考。"
    page = lead + "\n" + TEXT
    result = cleaner.clean_text(page)
    assert lead in _removed(page, result)


def test_the_titles_words_going_on_as_a_sentence_stay(cleaner):
    title = "多民族地区党支部如何铸牢民族团结坚强堡垒"
    sentence = title + "，可以从以下方面进行探索："
    page = title + "\n发布时间：2025-10-27\n" + TEXT + sentence + "\n一是抓好理论武装。\n"
    result = cleaner.clean_text(page)
    assert sentence in result.cleaned


def test_two_speakers_in_one_closed_sentence_are_no_picture_caption(cleaner):
    line = "柯明远同志代表联合党支部、杜晓岚同志代表研究生党支部分别在会议上发言。"
    page = TEXT + line + "\n" + "会议号召全体党员立足岗位作贡献，以实际行动践行初心使命。\n"
    result = cleaner.clean_text(page)
    assert line in result.cleaned


def test_a_headline_naming_the_honour_it_builds_towards_stays(cleaner):
    title = "青禾集团着力建设全国先进基层党组织"
    page = title + "\n\n" + TEXT
    result = cleaner.clean_text(page)
    assert title in result.cleaned


def test_a_spaced_main_title_over_its_subtitle_stays(cleaner):
    page = "先进人物演讲稿_征文演讲\n\n发布时间:2017-07-25  编辑:admin\n\n情 满 旅 途\n——记青禾客运公司驾驶员柯明远\n\n" + TEXT
    result = cleaner.clean_text(page)
    assert "情 满 旅 途" in result.cleaned and "——记青禾客运公司驾驶员柯明远" in result.cleaned


# -- junk in the blind round's wording -----------------------------------------------------------------------------


def test_a_document_sites_table_of_contents_goes_and_the_texts_headings_stay(cleaner):
    toc = ["一、突出教育主题，发挥辐射功能", "（一）全方位宣传先进事迹", "（二）多形式开展纪念活动", "二、加强设施建设，优化环境"]
    page = ("青禾县烈士陵园先进事迹\n\n发表时间:2014/11/21 12:03:44\n目录/提纲:……\n" + "\n".join(toc) + "\n……\n"
            "青禾县烈士陵园先进事迹\n\n青禾县烈士陵园建成于1958年，多年来坚持以红色教育为主线。\n" + toc[0] + "\n" + toc[1] + "。陵园每年接待参观群众3万余人次。\n")
    result = cleaner.clean_text(page)
    removed = _removed(page, result)
    assert "目录/提纲" in removed and all(t in removed for t in toc[1:])
    assert result.cleaned.count(toc[0]) == 1 and toc[1] + "。陵园" in result.cleaned


def test_datelines_and_fields_run_into_the_texts_day_go(cleaner):
    text = "4月13日，青禾综合保税区召开党建工作推进会，持续激发新经济组织党建活力。"
    for head in ("青禾网闪电新闻4月13日讯", "青禾新闻网消息记者 杜晓岚", "时间:2024-09-28 19:04:09 来源:i青禾"):
        body = text if not head.endswith("讯") else text[6:]
        page = head + body + "\n" + TEXT
        result = cleaner.clean_text(page)
        assert _removed(page, result).strip() == head.strip(), head
        assert body in result.cleaned


def test_a_reposts_outlet_with_its_day_and_colon_before_the_headline_goes(cleaner):
    page = "青禾网(2021-03-23):青禾大学科技创新团队党支部：“党建+”激活基层组织活力\n" + TEXT
    result = cleaner.clean_text(page)
    assert _removed(page, result) == "青禾网(2021-03-23):"


def test_an_outlets_name_in_brackets_before_the_headline_goes_and_a_columns_stays(cleaner):
    page = "【青禾中医药报】以“党建+科研”铸就坚强堡垒 青禾中医打造样板党支部\n" + TEXT
    result = cleaner.clean_text(page)
    assert _removed(page, result) == "【青禾中医药报】"
    column = "【不忘初心牢记使命】青禾中医打造样板党支部\n"
    result = cleaner.clean_text(column + TEXT)
    assert "青禾中医打造样板党支部" in result.cleaned


def test_pictures_named_as_photos_and_file_copies_go(cleaner):
    for line in ("柯书记近照", "青禾煤化工焦炉工程照", "杜晓岚工作照", "河口村航拍图", "青禾出租_副本", "出租车3_副本"):
        page = TEXT + line + "\n" + "他说：“我们要把产业做大。”\n"
        result = cleaner.clean_text(page)
        assert _removed(page, result).strip() == line, line


def test_gambling_names_with_their_trades_tails_go(cleaner):
    for brand in ("威斯尼斯人wns888入口中国", "九游会老哥必备的交流社区", "捕鱼上分app"):
        page = f"去年以来，青禾钢铁厂党委深入贯彻{brand}党委的工作部署，推进基层党组织建设全面晋位升级。\n" + TEXT
        result = cleaner.clean_text(page)
        assert brand in _removed(page, result), brand
        assert "党委的工作部署" in result.cleaned



# -- the second blind round's junk (901-916) -------------------------------------------------------------------------




def test_a_fanwen_sites_slogan_and_its_fields_with_the_editor_go(cleaner):
    for line in ("1500字范文,内容丰富有趣,写作好帮手!", "稿件来源:青禾市场信息网  发布时间:2021-06-01  发稿编辑:柯明远"):
        page = line + "\n" + TEXT
        result = cleaner.clean_text(page)
        assert _removed(page, result).strip() == line, line


def test_widgets_printed_as_a_numbered_list_go_and_a_numbered_plan_stays(cleaner):
    widgets = "1. 上一篇 下一篇\n2. 第3582期   20200630\n3. 放大 缩小 默认 朗读"
    page = TEXT + widgets
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == widgets
    plan = "支部工作要点如下：\n1. 分享学习心得，每月一次。\n2. 打印学习资料发给每位党员\n3. 第二期培训班于6月开班\n"
    result = cleaner.clean_text(TEXT + plan)
    assert all(x in result.cleaned for x in plan.split("\n") if x)


def test_numbered_scene_captions_and_before_after_pictures_go(cleaner):
    captions = ["活动现场一", "活动现场二", "改造前", "改造后"]
    page = TEXT + "\n".join(captions[:2]) + "\n党员们纷纷表示要以实际行动践行初心使命。\n" + "\n".join(captions[2:]) + "\n他说：“我们要把产业做大。”\n"
    result = cleaner.clean_text(page)
    removed = _removed(page, result)
    assert all(c in removed for c in captions) and "党员们纷纷表示要以实际行动践行初心使命。" in result.cleaned


def test_a_gambling_name_with_its_region_and_a_betting_tail_goes(cleaner):
    for brand in ("开云「中国内陆」官方网站", "澳门皇冠赌场_澳门皇冠游戏-投注app官网"):
        page = f"去年以来，青禾幼儿园党支部在{brand}的支持下不断深化教学改革。\n" + TEXT
        result = cleaner.clean_text(page)
        assert brand in _removed(page, result), brand
        assert "的支持下不断深化教学改革。" in result.cleaned


# -- the third blind round's junk (917-932) --------------------------------------------------------------------------



def test_template_code_a_page_left_unfilled_goes(cleaner):
    line = "您好!今天是 {{ new Date().getFullYear() }}年{{ new Date().getMonth() + 1 }}月"
    page = line + "\n" + TEXT
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == line



def test_a_dateline_with_a_spaced_name_before_its_verb_goes(cleaner):
    head = "青禾网/青禾头条客户端河口讯 通讯员柯明远、夏 松报道:"
    text = "今年以来，河口二中切实加强服务型党组织建设，组织党员尽义务、做奉献、作表率。"
    page = head + text + "\n" + TEXT
    result = cleaner.clean_text(page)
    assert _removed(page, result) == head and text in result.cleaned


def test_a_flattened_pages_caption_with_the_unit_that_supplied_it_goes(cleaner):
    caption = "党员清理路面倾倒树木。青禾高速公司供图"
    text = "7支党员先锋队、14支党员突击队面对台风冲锋在前，全力保障道路畅通。"
    page = caption + " " + text + "\n" + TEXT
    result = cleaner.clean_text(page)
    assert caption in _removed(page, result) and text in result.cleaned


def test_two_removals_meeting_on_a_space_both_go(cleaner):
    # a flattened page's second caption widened over the space the dateline after it opens with: both go
    captions = "党员清理路面倾倒树木。青禾高速公司供图 党员前往高速沿线清理路面。青禾高速公司供图"
    dateline = " 青禾网7月29日讯(本网记者 柯明远 通讯员 杜晓岚)"
    text = "7支党员先锋队、14支党员突击队面对台风冲锋在前，全力保障道路畅通。"
    page = captions + dateline + text + "\n" + TEXT
    result = cleaner.clean_text(page)
    assert _removed(page, result) == captions + dateline and text in result.cleaned



# -- lines after the text: each goes whole, and report lines holding the same words stay -----------------------------


@pytest.mark.parametrize("line", [
    "您还未登录，登录后将直接提交信件！",  # a letter box's login prompt
    "取消确认",  # its buttons
    "您要打印的文件是：青禾集团打造党建新名片",  # a print view's header
    "旗下栏目: 青禾好人 河口好人 其他好人",  # a column menu
    "此稿件为版权稿件，未经许可不得转载。",  # a publisher's rights notice on its piece
    "此稿件为版权稿件,未经许可不得转载,授权转载必须注明来源为“青禾新闻网”,否则将依法追责,特此声明!联系电话:0832-5083888",
    "青禾百科收集整理,相关权利归属源作者",  # a 百科 site's credit to its source
    "撰稿:柯明远 审稿:杜晓岚",  # credit fields with the reviewer
    "版权说明:该作品由用户自己创作,作品中涉及到的内容、图片、音乐、字体版权由作品发布者承担。",  # a page maker's terms
    "闽ICP备14011754号(浏览网站主页,建议将电脑显示屏调为1024*768)",  # a registration line and the footer's advice
], ids=["login-prompt", "buttons", "print-header", "column-menu", "rights-notice", "rights-notice-long", "baike-credit",
        "credit-fields", "maker-terms", "icp-line"])
def test_a_sites_line_after_the_text_goes(cleaner, line):
    page = TEXT + line + "\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == line
    assert all(x in result.cleaned for x in TEXT.split("\n") if x)


@pytest.mark.parametrize("line", [
    "他指着包装上的©标志说：“这是我们自己的品牌。”大家都笑了。",  # a copyright sign inside a sentence
    "支部建立问责机制，对失职失责的依法追责，对弄虚作假的违者必究。",  # a report's own words on accountability
], ids=["copyright-sign", "accountability"])
def test_a_report_line_holding_a_notices_words_stays(cleaner, line):
    page = TEXT + line + "\n"
    result = cleaner.clean_text(page)
    assert line in result.cleaned
