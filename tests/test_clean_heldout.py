"""Families of junk that new real pages showed and the cleaner missed (invented names and wording
throughout; each test writes the family in words no real page used)."""

from __future__ import annotations

import pytest


def removed(result) -> str:
    return "".join(f.text for f in result.findings if f.action in ("removed", "restored"))


def test_a_footer_with_a_unit_and_an_address_is_no_title(cleaner):
    # the footer names a unit (党委) as titles do; an e-mail address, a web address or a phone
    # number says it is the site's foot
    page = ("桐溪职业学院教工第二党支部坚持每周集中学习，全年开展主题党日十二次。\n"
            "支部党员结对帮扶困难学生三十一名。\n"
            "桐溪职业学院党委宣传部主办　邮箱:txzy_news@126.com\n")
    result = cleaner.clean_text(page)
    assert "txzy_news" not in result.cleaned and "主办" not in result.cleaned
    assert "支部党员结对帮扶困难学生三十一名。" in result.cleaned


def test_a_credit_line_is_no_title_even_where_a_longer_credit_repeats_it(cleaner):
    page = ("星河村党支部带领群众修通了进山公路。\n"
            "出 品:韦嘉禾策 划:裴一帆 邹小满责任校对:岑远\n"
            "出 品:韦嘉禾\n"
            "策 划:裴一帆 邹小满\n")
    result = cleaner.clean_text(page)
    assert result.cleaned.strip() == "星河村党支部带领群众修通了进山公路。"


def test_a_title_copy_run_into_the_text_takes_its_item_number(cleaner):
    page = ("社区党委先进事迹材料范文\n"
            "社区党委先进事迹材料范文(二) 青岭社区位于城区东部,辖居民小区九个,社区党委下设四个支部。\n")
    result = cleaner.clean_text(page)
    assert "青岭社区位于城区东部,辖居民小区九个" in result.cleaned
    assert "(二)" not in result.cleaned and result.cleaned.count("社区党委先进事迹材料范文") == 1


@pytest.mark.parametrize("page, pieces, kept", [
    # a brand with a (中国)官方网站 tail
    ("近日,xbet星河·(中国)官方网站学生党支部被评为市级样板支部。\n"
     "xbet星河·(中国)官方网站学生党支部现有党员四十二名,支部坚持每月一次主题党日。\n",
     ("xbet", "官方网站"), "学生党支部现有党员四十二名"),
    # a brand's claim of origin glued after its number (某某国际1893源于英国)
    ("11月3日，省委教育工委公布了首批标杆院系验收结果，金冠国际1893源于英国机械工程系教工党支部顺利通过验收。\n"
     "金冠国际1893源于英国机械工程系教工党支部于2019年被确定为培育创建单位。\n",
     ("金冠", "源于英国"), "机械工程系教工党支部于2019年被确定为培育创建单位。"),
])
def test_a_brand_with_a_site_tail_or_a_claim_of_origin_is_removed(cleaner, page, pieces, kept):
    result = cleaner.clean_text(page)
    assert not any(piece in result.cleaned for piece in pieces)
    assert kept in result.cleaned


def test_a_units_own_official_site_is_kept(cleaner):
    text = "支部在学校官方网站开设党建专栏，在县政府官方网站公开党务信息。"
    assert [f for f in cleaner.clean_text(text).findings if f.kind == "brand"] == []


def test_a_gambling_site_named_by_slang_where_the_unit_acts(cleaner):
    page = "为推进党史学习教育,4月9日,博彩资讯导航推荐在二楼报告厅召开支部书记述职会议。\n"
    result = cleaner.clean_text(page)
    assert "博彩资讯导航推荐" in removed(result)
    assert "在二楼报告厅召开支部书记述职会议。" in result.cleaned


def test_gambling_words_inside_a_report_sentence_are_kept(cleaner):
    text = "派出所党支部配合县局严厉打击跨境博彩平台，劝导群众远离赌博网站。"
    assert cleaner.clean_text(text).findings == []


def test_a_lone_reporter_name_closing_a_news_item(cleaner):
    page = "4月12日，青禾镇党委组织党员开展义务植树活动，共栽种苗木一千二百株。（钱立川）\n"
    result = cleaner.clean_text(page)
    assert result.cleaned.strip() == "4月12日，青禾镇党委组织党员开展义务植树活动，共栽种苗木一千二百株。"


def test_a_bracketed_word_after_a_sentence_is_no_name(cleaner):
    text = "支部制定了党员积分管理办法。（试行）\n全体党员签订了承诺书。（全文）\n"
    assert cleaner.clean_text(text).findings == []


def test_who_supplied_the_item_goes(cleaner):
    page = ("支部组织党员到敬老院开展志愿服务,为老人打扫房间、理发。\n"
            "(青岭街道党工委宣传办供稿)\n"
            "社区党员还为独居老人送去了米面油。(供稿单位:南湖社区居委会)\n")
    result = cleaner.clean_text(page)
    assert "供稿" not in result.cleaned
    assert "社区党员还为独居老人送去了米面油。" in result.cleaned


def test_a_bracketed_remark_without_a_credit_word_stays(cleaner):
    text = "全年争取项目资金八十万元(由县财政局拨付)\n支部书记带头走访群众。\n"
    assert cleaner.clean_text(text).findings == []


def test_a_news_sites_dateline_marker_goes_and_the_sentence_stays(cleaner):
    page = ("青禾新闻网讯 近日，青禾镇中心小学党支部开展“红领巾讲党史”活动。\n"
            "东江日报讯 3月5日，东江社区党委组织党员清理河道垃圾。\n")
    result = cleaner.clean_text(page)
    assert result.cleaned == ("近日，青禾镇中心小学党支部开展“红领巾讲党史”活动。\n"
                              "3月5日，东江社区党委组织党员清理河道垃圾。\n")


def test_captions_naming_their_pictures_go(cleaner):
    page = ("支部组织党员参观革命纪念馆,重温入党誓词。\n"
            "左图：党员在纪念馆前合影。右图：老党员为青年党员讲述入党经历。\n"
            "通过参观学习,党员们坚定了理想信念。\n")
    result = cleaner.clean_text(page)
    assert "左图" not in result.cleaned and "右图" not in result.cleaned
    assert "通过参观学习,党员们坚定了理想信念。" in result.cleaned


def test_credits_in_square_brackets_and_an_outlet_alone_go(cleaner):
    page = ("支部组织党员参加义务献血,共献血四千八百毫升。\n"
            "【责任编辑：蒲一鸣】\n"
            "党员们表示,将继续以实际行动服务群众。（青禾县融媒体中心）\n")
    result = cleaner.clean_text(page)
    assert "蒲一鸣" not in result.cleaned and "融媒体中心" not in result.cleaned
    assert "党员们表示,将继续以实际行动服务群众。" in result.cleaned


def test_a_line_that_only_names_the_source_goes(cleaner):
    page = ("支部组织党员参加义务献血,共献血四千八百毫升。\n"
            "供稿：柳塘村党支部\n"
            "资金来源：县财政专项资金和村集体自筹。\n")
    result = cleaner.clean_text(page)
    assert "柳塘村党支部" not in result.cleaned
    assert "资金来源：县财政专项资金和村集体自筹。" in result.cleaned  # a sentence of the report, not a source line


def test_a_unit_line_with_a_writers_credit_is_no_title(cleaner):
    page = ("青禾镇柳塘村党支部现有党员36名。\n"
            "青禾镇柳塘村党支部 韦晓川/文 蒲一鸣/图\n"
            "支部书记带头联系困难群众。\n")
    result = cleaner.clean_text(page)
    assert "韦晓川" not in result.cleaned and "支部书记带头联系困难群众。" in result.cleaned


def test_a_spam_word_inside_a_parallel_idiom_is_kept(cleaner):
    text = "科室对物资实行专人登记、日清日结，账目做到月结月清。"
    assert cleaner.clean_text(text).findings == []


def test_search_tags_a_bracketed_lead_label_and_the_sites_owners_go(cleaner):
    page = ("相关标签：先进事迹 党建材料 工作总结\n"
            "【导语】党员是旗帜，下面是本网为您挑选的几篇事迹材料。\n"
            "东坪社区党委先进事迹材料\n"
            "东坪社区党委下设五个网格支部，党员志愿者常年为独居老人送餐。\n"
            "主办单位：东坪街道党工委　技术支持：东坪信息中心\n")
    result = cleaner.clean_text(page)
    assert result.cleaned == ("东坪社区党委先进事迹材料\n"
                              "东坪社区党委下设五个网格支部，党员志愿者常年为独居老人送餐。\n")


def test_an_aside_made_of_a_site_name_and_upload_words_goes(cleaner):
    for aside in ("（该文由柏舟公文网用户上传）", "（扫码关注柏舟公文网）"):
        result = cleaner.clean_text(f"支部坚持每月集中学习，{aside}党员轮流领学党章。\n")
        assert "柏舟公文网" not in result.cleaned
        assert "党员轮流领学党章。" in result.cleaned and "支部坚持每月集中学习" in result.cleaned


def test_an_ownership_notice_naming_the_owner_goes(cleaner):
    page = "支部组织党员结对帮扶，本文版权归柏舟范文苑所有，严禁转载困难群众二十六户。\n"
    result = cleaner.clean_text(page)
    assert "柏舟范文苑" not in result.cleaned and "严禁转载" not in result.cleaned
    assert "困难群众二十六户。" in result.cleaned


def test_a_second_site_tail_after_a_brand_tail(cleaner):
    page = "近日，澜沧娱乐官网入口党支部组织党员学习新党章。\n"
    result = cleaner.clean_text(page)
    assert "澜沧娱乐官网入口" not in result.cleaned and "党支部组织党员学习新党章。" in result.cleaned
    assert cleaner.clean_text("支部依托国际平台开展交流，在学院官网公开党务。").findings == []


def test_brand_heads_with_letters_and_digits_and_two_gambling_tails(cleaner):
    for brand in ("win365澜湾体育", "天澜国际娱乐"):
        page = f"{brand}学生党支部现有党员31名，支部坚持每月开展主题党日。\n"
        result = cleaner.clean_text(page)
        assert brand not in result.cleaned and "学生党支部现有党员31名" in result.cleaned, brand


def test_lawful_names_with_brand_tails_stay(cleaner):
    for text in ("支部与省体育彩票中心开展共建。", "学院举办ACM国际大学生程序设计竞赛。", "5G智慧平台建设取得成效。",
                 "VR体验平台投入使用。", "组织党员参观中国国际娱乐产业博览会。"):
        assert [f for f in cleaner.clean_text(text + "\n").findings if f.kind == "brand"] == [], text


def test_an_epaper_masthead_and_its_font_controls_go(cleaner):
    page = ("青川日报数字报\n"
            "2019年03月12星期二\n"
            "字号 放大 缩小 还原\n"
            "东坪社区党委获评市级先进基层党组织\n"
            "东坪社区党委下设五个网格支部，党员志愿者常年为独居老人送餐。\n"
            "字号 放大 缩小 还原\n")
    result = cleaner.clean_text(page)
    assert "星期二" not in result.cleaned and "放大" not in result.cleaned
    assert "东坪社区党委下设五个网格支部，党员志愿者常年为独居老人送餐。" in result.cleaned


def test_a_prefixed_reporter_and_the_sending_unit_go_and_the_titles_series_label_stays(cleaner):
    page = ("【红旗插在田埂上的支部】柏舟村：一条路带富一个村\n"
            "【融媒体记者 岑远 通讯员 邹小满】柏舟村党支部带领群众修通了进山公路。\n"
            "村里的茶叶卖到了省城，群众人均增收三千元。（柏舟镇党委办公室）\n")
    result = cleaner.clean_text(page)
    assert result.cleaned == ("【红旗插在田埂上的支部】柏舟村：一条路带富一个村\n"
                              "柏舟村党支部带领群众修通了进山公路。\n"
                              "村里的茶叶卖到了省城，群众人均增收三千元。\n")


def test_a_run_in_heading_label_and_a_bracketed_year_stay(cleaner):
    text = "【主要做法】支部坚持每月集中学习一次。\n全村新修道路十二公里。（2021年）\n"
    assert cleaner.clean_text(text).findings == []


def test_a_source_naming_the_units_own_project_is_not_cut_from_the_text(cleaner):
    page = ("青川三标喜获“先进基层党组织”称号\n"
            "新闻来源:青川三标  浏览次数:  日期:2016-05-12\n"
            "近日，青川三标项目部党工委被集团公司党委授予“先进基层党组织”称号。\n")
    result = cleaner.clean_text(page)
    assert "浏览次数" not in result.cleaned
    assert "近日，青川三标项目部党工委被集团公司党委授予“先进基层党组织”称号。" in result.cleaned
    assert "青川三标喜获“先进基层党组织”称号" in result.cleaned


def test_a_dateline_naming_the_place_and_a_companys_bracketed_source(cleaner):
    page = ("本网青川讯 近日，青川项目部党支部组织党员开展安全巡查。\n"
            "本站柏舟讯：项目部党员突击队完成了隧道贯通任务。\n"
            "项目部全年完成产值二点一亿元。(三公司)\n")
    result = cleaner.clean_text(page)
    assert result.cleaned == ("近日，青川项目部党支部组织党员开展安全巡查。\n"
                              "项目部党员突击队完成了隧道贯通任务。\n"
                              "项目部全年完成产值二点一亿元。\n")
    body = "全年培训通讯员四十名，支部把本报讯员队伍建设作为重点。\n"
    assert cleaner.clean_text(body).findings == []


def test_a_document_sites_tag_after_a_title_goes(cleaner):
    page = ("村党支部书记述职报告(全文完整)\n"
            "下面是小编为大家整理的村党支部书记述职报告(全文完整),供大家参考。\n"
            "一年来，我带领支部一班人修通了进村公路。\n")
    result = cleaner.clean_text(page)
    assert "全文完整" not in result.cleaned and "一年来，我带领支部一班人修通了进村公路。" in result.cleaned
    body = "村里编印了《党员手册》（精选版）供党员学习。\n"
    assert cleaner.clean_text(body).findings == []


def test_title_copies_compared_without_a_sites_tag(cleaner):
    page = ("村党支部工作总结(全文完整)\n"
            "村党支部工作总结(全文完整)\n"
            "村党支部工作总结\n"
            "一年来，支部带领群众发展林下养殖，户均增收八千元。\n")
    result = cleaner.clean_text(page)
    assert result.cleaned.count("村党支部工作总结") == 1
    assert "一年来，支部带领群众发展林下养殖，户均增收八千元。" in result.cleaned


@pytest.mark.parametrize("page, kept", [
    # a unit's name on its own line under the title (the author unit), then the body opening with it
    ("——省级行业协会服务发展系列之三\n长河机电行业协会\n党建强引领发展强\n韦思雨\n"
     "长河机电行业协会(以下简称协会)党委在工作实践中探索形成了“三个一”工作法，有力推动了党建与业务融合。\n",
     "长河机电行业协会(以下简称协会)党委在工作实践中探索"),
    ("青禾县第二人民医院\n青禾县第二人民医院党委坚持把党的政治建设摆在首位，全年召开理论学习中心组学习十二次。\n",
     "青禾县第二人民医院党委坚持把党的政治建设摆在首位"),
], ids=["author unit under the title", "site head"])
def test_a_units_name_opening_the_body_is_no_title_copy(cleaner, page, kept):
    # the name line above is the author unit's (or the site's head); the sentence's subject stays
    assert kept in cleaner.clean_text(page).cleaned


def test_a_news_sites_hotlines_shown_twice_are_no_wrapped_paragraph(cleaner):
    # two lines of one width without a sentence's mark read like a wrapped paragraph; each is a site's
    # contact line on its own, and the foot repeats them
    foot = "服务热线:0577-81234567\n违规举报:0577-87654321\n举报信箱:tips_qingyun@126.com\n"
    page = "青云镇卫生院党支部开展送医下乡活动，全年义诊群众两千余人次。\n" + foot + foot
    result = cleaner.clean_text(page)
    assert result.cleaned.strip() == "青云镇卫生院党支部开展送医下乡活动，全年义诊群众两千余人次。"


def test_an_empty_author_field_glued_before_the_text_goes_with_its_line(cleaner):
    # a flattened news page: column, time, views and an author field left blank, then the first paragraph
    page = ("工会风采 2019-08-21 16:05:37 23浏览 作者:近日，江汀电力公司党委召开党建工作推进会，部署下半年重点任务。\n"
            "一是压实党建工作责任。\n")
    result = cleaner.clean_text(page)
    assert result.cleaned.startswith("近日，江汀电力公司党委召开党建工作推进会")
    assert "作者" not in result.cleaned


def test_a_document_sites_note_on_previews_goes_with_its_list(cleaner):
    page = ("党支部带领党员开展志愿服务十二次，受到居民好评。\n"
            "温馨提示：\n"
            "1. 含有图表或动画效果的文件，在线预览时可能排版错位，文件下载后可正常显示，请放心下载。\n"
            "2. 本文档为网友上传，如涉及侵权请联系客服删除。\n")
    result = cleaner.clean_text(page)
    assert result.cleaned.strip() == "党支部带领党员开展志愿服务十二次，受到居民好评。"


def test_a_reports_numbered_point_on_documents_stays(cleaner):
    text = "1、及时下载学习上级文件，支部党员每周集中学习一次，做好学习记录。\n"
    assert cleaner.clean_text(text).cleaned == text


@pytest.mark.parametrize("page, gone", [
    ("凝心聚力促发展\n青川化工有限公司 柳若溪\n"
     "近年来，青川化工有限公司党委坚持围绕生产抓党建，把支部建在装置上，全年开展党员攻关项目十二项。\n",
     "柳若溪"),
    ("红色引擎驱动乡村振兴\n南坪镇人民政府党委办公室 何知远 郑一鸣\n"
     "南坪镇党委以党建引领乡村振兴，全镇十四个村党组织全部达到标准化规范化建设要求，群众满意度逐年提升。\n",
     "何知远"),
], ids=["company and writer", "office and two writers"])
def test_a_writers_byline_above_the_text_goes(cleaner, page, gone):
    result = cleaner.clean_text(page)
    assert gone not in result.cleaned
    assert result.cleaned.splitlines()[0] in page.splitlines()[0]


@pytest.mark.parametrize("page", [
    # a unit and its office under the title: no person
    "凝心聚力促发展\n青川化工有限公司 党委办公室\n近年来，公司党委坚持围绕生产抓党建，全年开展党员攻关项目十二项。\n",
    # a signature at the foot is the report's
    "近年来，公司党委坚持围绕生产抓党建，全年开展党员攻关项目十二项，带动职工创新创效。\n青川化工有限公司党委 柳若溪\n",
], ids=["office", "signature at the foot"])
def test_a_units_office_or_a_signature_is_no_byline(cleaner, page):
    assert cleaner.clean_text(page).cleaned == page


def test_a_publishing_line_spliced_into_the_text_takes_its_last_date(cleaner):
    page = ("作者:白露 文章来源:本站原创 点击数:377 更新时间:2006-05-18 桑榆社区党支部坚持每月十五日开展主题党日，"
            "组织党员为辖区孤寡老人打扫卫生、代购生活用品。\n")
    result = cleaner.clean_text(page)
    assert "2006-05-18" not in result.cleaned and "更新时间" not in result.cleaned
    assert "桑榆社区党支部坚持每月十五日开展主题党日" in result.cleaned


def test_a_pictures_caption_as_a_bracketed_sentence_goes(cleaner):
    page = ("近年来，柳塘镇党委坚持以党建引领乡村振兴，全镇面貌焕然一新。\n"
            "(柳塘镇党委书记在全省表彰大会会场。)\n"
            "柳塘镇现有村党组织十二个，党员八百余名。\n"
            "（以上数据截至2023年12月底。）\n")
    result = cleaner.clean_text(page)
    assert "表彰大会会场" not in result.cleaned
    assert "（以上数据截至2023年12月底。）" in result.cleaned  # the report's own note


@pytest.mark.parametrize("page, gone", [
    ("桥东路段党支部开展“党员先锋岗”活动，全年养护公路二百公里。\n"
     "特别声明：以上内容为自媒体平台“某某号”用户上传并发布，本平台仅提供信息存储服务。\n", "信息存储"),
    ("[本站讯]10月12日，学院机关第二党支部组织党员赴革命纪念馆开展主题党日活动，重温入党誓词。\n", "本站讯"),
    ("学院机关第二党支部组织党员赴革命纪念馆开展主题党日活动，重温入党誓词。\n"
     "某某市委宣传部 某某市文明办 主办\n", "主办"),
    ("![]() 柯某报道:11月2日，市委老干部局一行到青禾镇核查验收机关离退休干部党支部创建工作。\n", "报道"),
], ids=["platform statement", "site dateline in brackets", "site owners in the foot", "empty image and reporter"])
def test_more_site_furniture_goes(cleaner, page, gone):
    result = cleaner.clean_text(page)
    assert gone not in result.cleaned
    assert "党支部" in result.cleaned


@pytest.mark.parametrize("text", [
    "支部利用自媒体平台宣传党的政策，开设“党员说”专栏。\n",
    "本次知识竞赛由县委组织部 县委宣传部 主办\n",
], ids=["platform in a sentence", "organisers in a sentence"])
def test_a_reports_own_platform_and_organisers_stay(cleaner, text):
    assert cleaner.clean_text(text).cleaned == text


def test_a_newspapers_boxed_byline_goes_and_a_boxed_heading_stays(cleaner):
    page = ("守正创新 勇毅前行\n□岑知秋 阿依古丽·买买提 乔 安\n"
            "近年来，学院党委坚持以党建引领事业发展，全院各项工作取得新成效，受到上级表彰。\n"
            "■加强学习 提升能力\n")
    result = cleaner.clean_text(page)
    assert "岑知秋" not in result.cleaned and "■加强学习 提升能力" in result.cleaned


@pytest.mark.parametrize("page, gone", [
    ("换届选举在庄重团结的氛围中结束。(机关第二党总支第三党支部 )\n", "第三党支部"),
    ("最后，参会人员对党支部书记抓党建工作述职情况进行了测评。\n\n(机关党委办公室)\n", "办公室"),
], ids=["glued after the last sentence", "alone under the text"])
def test_the_office_that_sent_a_news_item_goes(cleaner, page, gone):
    result = cleaner.clean_text(page)
    assert gone not in result.cleaned and "。" in result.cleaned


def test_an_outlets_dateline_with_its_writers_before_a_date_goes(cleaner):
    page = ("您当前的位置: 首页 >> 要闻 >> \n"
            "“党建+工地”点亮重点工程建设“红色引擎”\n"
            "来源:青江日报      时间:2023-06-12 10:14:11\n\n"
            "(资料图)\n\n"
            "市报全媒讯(柏知远 凌小满) 6月9日,青江市重点工程建设指挥部现场党总支和青江日报社第二党支部举行党建联建签约仪式。\n\n"
            "双方围绕共享党建资源、共推业务融合的目标,签订了共建协议。\n")
    result = cleaner.clean_text(page)
    assert "柏知远" not in result.cleaned
    assert "6月9日,青江市重点工程建设指挥部现场党总支" in result.cleaned


_CRLF_PAGES = [
    "当前位置：首页 > 党建工作 > 正文\n青溪镇中心学校党支部先进事迹材料\n发布时间：2022-06-30 来源：本站 浏览次数：312\n"
    "青溪镇中心学校党支部现有党员二十六名，支部坚持“三会一课”制度，全年开展主题党日十二次。\n"
    "一、加强理论学习\n支部每月集中学习一次，党员撰写心得体会一百余篇。\n"
    "上一篇：青溪镇召开党建工作会议\n下一篇：青溪镇开展志愿服务活动\n",
    "柳岸社区党委开展“红色物业”建设，居民满意度明显提升。\n服务热线:0571-81234567\n违规举报:0571-87654321\n"
    "举报信箱:tips_liuan@126.com\n服务热线:0571-81234567\n违规举报:0571-87654321\n举报信箱:tips_liuan@126.com\n",
    "新华社记者\n青川县柳河村党支部带领群众修通了进山公路，全村人均收入五年翻了一番。\n"
    "柳河村村支书带领群众修路(资料照片)。新华社发(韦某 摄)\n"
    "（县人民医院办公室）\n",
]


@pytest.mark.parametrize("page", _CRLF_PAGES, ids=["school page", "hotlines", "wire credits"])
def test_a_page_with_crlf_line_breaks_is_cleaned_as_with_lf(cleaner, page):
    lf = cleaner.clean_text(page)
    crlf = cleaner.clean_text(page.replace("\n", "\r\n"))
    assert crlf.cleaned.replace("\r\n", "\n") == lf.cleaned
    assert "\r" not in crlf.cleaned.replace("\r\n", "")  # no half a line break left
    assert len(lf.findings) < len(crlf.findings) + 1 and lf.cleaned != page


def test_a_brands_tail_after_its_digits_goes_with_it(cleaner):
    page = "近日，银湾集团2718cc成色机电党支部走进烈士陵园开展主题党日活动，让群众的获得感成色更足。\n"
    result = cleaner.clean_text(page)
    assert "2718cc" not in result.cleaned and "成色机电" not in result.cleaned
    assert "机电党支部走进烈士陵园" in result.cleaned and "获得感成色更足" in result.cleaned


@pytest.mark.parametrize("page, gone", [
    ("基层党支部标准化建设路径探析\n柯某某\n(青川职业技术学院，四川 青川 628100)\n"
     "基金项目：青川职业技术学院2021年度党建研究项目“样板支部建设路径研究”(QZ21007)\n"
     "高校学生党支部是党在高校全部工作和战斗力的基础，支部建设质量直接关系到人才培养质量。\n", ("628100", "QZ21007")),
    ("摘要\n文章结合样板支部培育创建，阐述了高校党支部品牌建设的路径与方法。\n基金\n"
     "某省高校思想政治工作研究课题“网络空间育人的路径研究”(2021SZ0415)\n"
     "某某学院第二批党建“双创”标杆院系建设项目(某院党发(2022)21号)。\n"
     "高校学生党支部是党在高校全部工作和战斗力的基础，支部建设质量直接关系到人才培养质量。\n", ("2021SZ0415", "双创")),
], ids=["fields", "label and projects"])
def test_a_journal_articles_affiliation_and_funding_go(cleaner, page, gone):
    result = cleaner.clean_text(page)
    assert not any(g in result.cleaned for g in gone)
    assert "支部建设质量直接关系到人才培养质量" in result.cleaned


def test_a_reports_own_project_stays(cleaner):
    text = "支部承担省级课题一项（2022年），党员发展基金用于慰问困难党员。\n“党建+科研”项目(2021—2023年)已结题。\n"
    assert cleaner.clean_text(text).cleaned == text


def test_a_profiles_name_over_its_text_stays(cleaner):
    page = ("十二年后，超级工程隧道贯通，“技术小白”成长为出色的工程师。\n\n  柯xx\n\n"
            "  中共党员，某某集团第四工程有限公司高级工程师，曾获得火车头奖章。\n")
    assert "柯xx" in cleaner.clean_text(page).cleaned


def test_an_image_file_name_spliced_after_a_sentence_goes(cleaner):
    page = "支部书记作交流发言。dsc_0415.JPG  近年来，学校党支部扎实开展“三会一课”，党员先锋作用明显。\n"
    result = cleaner.clean_text(page)
    assert "JPG" not in result.cleaned and "发言。近年来" in result.cleaned.replace(" ", "")


def test_a_portals_head_above_its_crumb_goes_when_a_menu_opens_the_page(cleaner):
    # the page opens with a menu that reads like a crumb (首页 | …); the crumb proper stands lower,
    # under other articles' headlines, and the title under the crumb
    page = ("首页 | 时政 | 财经 | 综合 | 港澳台\n 热点新闻  \n·某市新建三所公办幼儿园\n·老战士将参加国庆游行\n"
            "·某地严查酒驾 一夜查处十余起\n·某铁路局查出假发票\n 人物 更多\n·某某两度去职后低调复出\n"
            "某报集团数字报刊\n  您当前的位置 :某某在线 > 国内新闻 > 综合 正文\n"
            "抗洪一线党旗红 灾区党员践行誓言\n\n"
            "  某县委在安置点建立流动党员临时党委，设立党员服务岗八十一个，组织党员志愿者参与救灾。\n")
    result = cleaner.clean_text(page)
    assert "酒驾" not in result.cleaned and "数字报刊" not in result.cleaned
    assert result.cleaned.startswith("抗洪一线党旗红 灾区党员践行誓言")


@pytest.mark.parametrize("page, gone, kept", [
    ("1、某某医院党员活动室建设方案xxxxx医院党员活动室建设方案 根据上级党组织要求，结合我院实际，制定本方案。\n",
     "1、某某医院", "xxxxx医院党员活动室建设方案 根据上级党组织要求"),
    ("1、2024年关于某某社区党建品牌创建实施方案关于某某社区党建品牌创建实施方案为深入推进社区党建工作，制定本方案。\n",
     "2024年", "关于某某社区党建品牌创建实施方案为深入推进社区党建工作"),
], ids=["file title before the document's", "file title with its year"])
def test_a_document_sites_file_title_before_the_documents_own_goes(cleaner, page, gone, kept):
    result = cleaner.clean_text(page)
    assert gone not in result.cleaned and kept in result.cleaned


@pytest.mark.parametrize("page, gone", [
    ("柳镇融媒体中心党支部开展结对共建活动，推动产业联盟发展。\n"
     "版权作品，未经授权严禁转载。下载“柳镇发布”客户端，领先一步获取权威资讯。\n", "客户端"),
    ("柳镇村党支部带领群众发展茶叶产业。\n- 驻村工作队年度考核工作总结 推荐度:\n", "推荐度"),
    ("基层党建的“三个抓手”\n支部生活(某省) 2021年7期\n柳镇村党支部带领群众发展茶叶产业，全村人均收入翻番。\n", "7期"),
    ("党员律师积极参与公益法律服务。span id=\"ab12cd\" class=\"entity-word\" data-gid=\"4410\">律师行业党建成效明显。\n", "span"),
], ids=["client's rights line", "related file's rating", "magazine issue", "tag lost its opening"])
def test_news_client_docsite_and_magazine_furniture_goes(cleaner, page, gone):
    result = cleaner.clean_text(page)
    assert gone not in result.cleaned and "党" in result.cleaned


def test_a_reports_download_of_a_study_app_stays(cleaner):
    text = "支部组织党员下载“学习强国”APP，每天坚持学习，年人均积分一万余分。\n"
    assert cleaner.clean_text(text).cleaned == text


@pytest.mark.parametrize("text, blank", [
    ("为庆祝建党_周年，柳镇党委开展系列主题活动。", "_"),
    ("全区约某%的商务楼宇建立了党组织，服务企业某余次。", "某"),
    ("打造某平方米的楼宇党群服务中心。", "某"),
], ids=["blank line", "share and count", "area"])
def test_template_blanks_for_words_and_numbers_are_flagged(cleaner, text, blank):
    flags = [f for f in cleaner.clean_text(text).findings if f.kind == "placeholder"]
    assert flags and all(blank in f.text for f in flags)


@pytest.mark.parametrize("text", ["某人在会上发言，某次会议上提出了建议。", "文件名为dang_jian_2021.docx。"],
                         ids=["ordinary words", "a file name"])
def test_ordinary_some_and_underscores_are_no_blanks(cleaner, text):
    assert [f for f in cleaner.clean_text(text).findings if f.kind == "placeholder"] == []


@pytest.mark.parametrize("page, gone, kept", [
    ("某县一校一品党建品牌9篇\n篇一:某县一校一品党建品牌\n学校党支部坚持以党建带团建，打造“红色领航”党建品牌，取得明显成效。\n",
     "篇一", "学校党支部坚持以党建带团建"),
    ("02.03 青石乡：党员先锋队成抗疫旗帜\n“疫情严重，大家赶紧回家待着。”2月1日下午，村党支部书记在巡逻中劝导群众。\n",
     "02.03", "青石乡：党员先锋队成抗疫旗帜"),
], ids=["collection item line", "news list date before the title"])
def test_collection_item_lines_and_list_dates_go(cleaner, page, gone, kept):
    result = cleaner.clean_text(page)
    assert gone not in result.cleaned and kept in result.cleaned


def test_a_pdf_figure_opening_an_excerpt_stays(cleaner):
    text = "10.15 亿元，同比增长百分之八，党员先锋岗贡献突出。\n"
    assert cleaner.clean_text(text).cleaned == text


def test_a_caption_naming_where_a_person_stands_goes(cleaner):
    page = ("近年来，某市税务局党委坚持以党建引领税收工作，打造了“红色税务”党建品牌。\n"
            "市直机关工委书记柯某(前排左)率机关党委书记到革命老区调研。\n"
            "支部还组织党员开展志愿服务，全年服务群众三千余人次。\n")
    result = cleaner.clean_text(page)
    assert "前排左" not in result.cleaned and "全年服务群众三千余人次" in result.cleaned


def test_a_spam_piece_taken_once_goes_wherever_the_page_repeats_it(cleaner):
    page = ("近日，银湾集团2718cc成色机电党支部走进烈士陵园开展主题党日活动。\n"
            "满怀崇敬之心，银湾集团2718cc成色机电党员参观了社区居家养老服务中心。\n")
    result = cleaner.clean_text(page)
    assert "2718cc" not in result.cleaned and "成色" not in result.cleaned
    assert "机电党员参观了社区居家养老服务中心" in result.cleaned


def test_the_title_shown_again_over_two_lines_goes(cleaner):
    page = ("青川农商银行柳河支行：践行初心使命 服务乡村振兴\n"
            "某某文明网    www.example.gov.cn    2018年03月12日\n"
            "青川农商银行柳河支行：\n践行初心使命 服务乡村振兴\n\n"
            "柳河支行党支部在“两学一做”学习教育中，积极探索党建工作与金融服务融合的新路子。\n")
    result = cleaner.clean_text(page)
    assert result.cleaned.count("服务乡村振兴") == 1 and result.cleaned.startswith("青川农商银行柳河支行：践行初心使命")


def test_a_collection_items_own_heading_stays_under_its_label(cleaner):
    page = "中学优秀党员教师先进事迹材料（2篇）\n篇一：一名乡村教师的初心\n柯某某，女，1978年生，中共党员，中学一级教师，任教22年。\n"
    result = cleaner.clean_text(page)
    assert "一名乡村教师的初心" in result.cleaned and "篇一" not in result.cleaned


def test_a_reading_label_line_goes_when_the_title_stands_below(cleaner):
    page = ("点击右上角微信好友\n\n朋友圈\n\n请使用浏览器分享功能进行分享\n\n"
            "正在阅读:【基层党建】党建引领聚合力 服务发展显担当——柳河县互联网行业党委工作纪实\n"
            "首页> 专题频道> 征集作品展示> 正文\n\n"
            "【基层党建】党建引领聚合力 服务发展显担当——柳河县互联网行业党委工作纪实\n\n"
            "来源:某某网-党建频道2021-09-18 09:21\n\n"
            "近年来，柳河县互联网行业党委坚持以党建引领行业发展，推动互联网企业党组织全覆盖。\n")
    result = cleaner.clean_text(page)
    assert "正在阅读" not in result.cleaned
    assert result.cleaned.count("党建引领聚合力 服务发展显担当") == 1
    # the labelled line goes whole (its title with it); the copy under the crumb is the one kept
    assert any(f.action == "removed" and "正在阅读" in f.text and "服务发展显担当" in f.text for f in result.findings)


@pytest.mark.parametrize("below", ["——记白鹭湾村卫生室乡村医生邓某", "一、支部基本情况"], ids=["subtitle", "heading"])
def test_the_title_above_a_crumb_stays_when_no_title_stands_below(cleaner, below):
    page = ("村民手机里的“120”\n當前位置 : 首頁 » 範文 » 總結\n" + below + "\n"
            "在白鹭湾村，要问谁的电话号码存在最多人的手机里，村民们会异口同声地说：“邓医生！”\n")
    assert "村民手机里的“120”" in cleaner.clean_text(page).cleaned


@pytest.mark.parametrize("page, gone, kept", [
    ("某县脱贫攻坚工作的典型人物\n据新华网25日消息：为隆重表彰先进，大力弘扬脱贫攻坚精神，某县决定授予一批同志荣誉称号。\n",
     "消息", "为隆重表彰先进"),
    ("9月5日，某县发生地震，灾情就是命令，各级党组织迅速行动，党员冲在一线。\n(某某州直工委)\n", "工委", "党员冲在一线"),
    ("柯某的美篇\n\n某镇退休干部党支部组织党员开展重阳节敬老活动，为老人送去慰问品。\n", "美篇", "敬老活动"),
    ("律所党支部开展主题党日活动，党员律师参与公益法律服务。\n>>某省律师代表大会第二次会议在京召开\n> 党建工作对律师行业有哪些重要意义?\n",
     "律师代表大会", "公益法律服务"),
], ids=["reported dateline", "committee credit alone", "meipian author", "arrow links"])
def test_news_source_lines_author_pages_and_arrow_links_go(cleaner, page, gone, kept):
    result = cleaner.clean_text(page)
    assert gone not in result.cleaned and kept in result.cleaned


def test_a_greater_than_sign_in_a_sentence_stays(cleaner):
    text = "支部组织党员学习，数据显示>80%的党员参加了线上学习。\n"
    assert cleaner.clean_text(text).cleaned == text


def test_good_news_told_is_no_outlets_dateline(cleaner):
    text = "我校迎来喜讯:学校党支部申报的党建品牌在全省教育系统评选中脱颖而出，被评为优秀党建品牌。\n"
    assert cleaner.clean_text(text).cleaned == text


def test_a_reprints_original_title_at_the_foot_goes_whole(cleaner):
    page = ("学校党委始终坚持以政治建设为统领，以提升组织力为重点，推动党建工作高质量发展。\n"
            "原标题:教育部公示名单!优秀,榜上有名!\n")
    assert "公示名单" not in cleaner.clean_text(page).cleaned


def test_a_document_sites_cyrillic_paragraph_mark_goes(cleaner):
    text = "积累了一定的经验。Р第三，党建工作具有较好基础。Р（三）创建党建品牌的可行性\n"
    assert "Р" not in cleaner.clean_text(text).cleaned


def test_a_forums_head_above_its_thread_counts_goes(cleaner):
    page = ("2021年公文写作实战课程\n\n 找回密码\n 注册\n\n只需一步,快速开始\n\n在线\n客服\n\n7*24小时客服服务热线\n\n"
            "顶部\n某某认证申请全攻略 某某考试秘籍 课程视频\n查看: 1288|回复: 0\n\n"
            "在档案中探寻百年辉煌:一个党支部的成长之路\n\n[复制链接]\n"
            "今年是中国共产党成立100周年，某某档案馆推出系列文章，讲述一个基层党支部的成长历程。\n")
    result = cleaner.clean_text(page)
    assert result.cleaned.lstrip().startswith("在档案中探寻百年辉煌")
    assert "今年是中国共产党成立100周年" in result.cleaned


def test_a_teasers_latin_dots_go_and_the_reports_ellipsis_stays(cleaner):
    result = cleaner.clean_text("支部把重要讲话精神纳入学习计划，开展中心组集中研讨11次，个人自学33次，召...\n")
    assert "..." not in result.cleaned and "个人自学33次，召" in result.cleaned
    text = "党员们说：“有困难找支部……”\n"
    assert cleaner.clean_text(text).cleaned == text


def test_a_flag_inside_a_leftover_removal_goes_with_it(cleaner):
    raw = ("【鼎盛娱乐】真人视讯，首存即送88元，网址www.ds88-xx.com&nbsp;"
           "【鼎盛娱乐】真人视讯，首存即送88元，网址www.ds88-xx.com支部坚持每月集中学习一次。")
    findings = sorted(cleaner.clean_text(raw).findings, key=lambda f: f.start)
    assert all(a.end <= b.start for a, b in zip(findings, findings[1:]))


def test_a_news_items_sentence_on_a_speech_is_no_caption(cleaner):
    page = ("6月28日上午，市直机关召开“七一”表彰大会，表彰了一批先进基层党组织和优秀共产党员。\n\n"
            "市委副书记柯某某出席会议并作重要讲话。\n\n"
            "柯某某在讲话中首先向受表彰的先进集体和个人表示祝贺，同时向广大共产党员致以节日的问候。\n")
    assert "出席会议并作重要讲话" in cleaner.clean_text(page).cleaned


@pytest.mark.parametrize("page, gone", [
    ("3366cn太阳集团古天乐机械学院第二党支部于2016年3月成立，现有党员二十一名。\n", ("古天乐", "太阳集团")),
    ("为全讯566cc大白菜加强教师队伍建设提供了根本遵循，全讯566cc大白菜党委深刻领会教育家精神。\n", ("大白菜", "566cc")),
], ids=["endorser after the name", "nickname after the number"])
def test_a_brands_endorser_or_nickname_goes_with_it(cleaner, page, gone):
    result = cleaner.clean_text(page)
    assert not any(g in result.cleaned for g in gone) and "党" in result.cleaned


@pytest.mark.parametrize("page", _CRLF_PAGES + [
    "首页 > 文章中心 > 正文\n\n街道工委事迹\n\n前言：本站为你精心整理了街道工委事迹范文，希望能为你的创作提供参考价值，欢迎咨询。\n\n"
    "街道工委坚持以党建引领基层治理，全年为居民办实事六十余件。\n",
], ids=["school page", "hotlines", "wire credits", "preface under a crumb"])
def test_a_page_with_lone_cr_line_breaks_is_cleaned_as_with_lf(cleaner, page):
    lf = cleaner.clean_text(page)
    cr = cleaner.clean_text(page.replace("\n", "\r"))
    assert cr.cleaned.replace("\r", "\n") == lf.cleaned


@pytest.mark.parametrize("page, gone", [
    ("为加强员工党支部建设，太阳集团tyc首届主题党日活动设计大赛于5月4日下午举行。\n", "tyc"),
    ("4月10日下午，2003网站太阳集团召开党支部星级认定汇报测评会。\n", "2003网站"),
    ("12月24日中午，44118太阳成城集团教师党支部召开了组织生活会。\n", "成城集团"),
], ids=["latin tag after the trade word", "numbered site before the name", "a spelling of the name"])
def test_more_spellings_of_an_injected_brand_go(cleaner, page, gone):
    result = cleaner.clean_text(page)
    assert gone not in result.cleaned and "党支部" in result.cleaned


def test_a_residential_area_named_like_a_brand_stays(cleaner):
    text = "小区位于太阳新城，社区党支部组织党员开展志愿服务。\n"
    assert cleaner.clean_text(text).cleaned == text


@pytest.mark.parametrize("page, gone", [
    ("支部组织党员集中学习，交流心得体会。\n图注 支部教师党员参与学习活动\n", "图注"),
    ("活动结束后，大家纷纷表示受益匪浅。(办公室支部通讯员柯某某)\n", "通讯员"),
    ("支部组织党员集中学习，交流心得体会，大家纷纷表示受益匪浅。\n核稿人:柯某某、柳某\n", "核稿人"),
], ids=["picture note", "correspondent glued to the role", "checker's credit"])
def test_picture_notes_and_credits_go(cleaner, page, gone):
    result = cleaner.clean_text(page)
    assert gone not in result.cleaned and "。" in result.cleaned


def test_a_sentence_about_a_correspondent_stays(cleaner):
    text = "支部推荐优秀党员担任通讯员，全年在市级媒体发稿二十余篇。\n"
    assert cleaner.clean_text(text).cleaned == text


@pytest.mark.parametrize("line, kept", [("县委书记柯某某作总结讲话。", True), ("县委书记柯某某讲话", False)],
                         ids=["a sentence of the item", "a caption"])
def test_a_speech_told_in_a_sentence_stays_and_its_caption_goes(cleaner, line, kept):
    page = ("6月28日上午，市直机关召开“七一”表彰大会，表彰了一批先进基层党组织和优秀共产党员。\n\n" + line + "\n\n"
            "柯某某在讲话中首先向受表彰的先进集体和个人表示祝贺，同时向广大共产党员致以节日的问候。\n")
    assert (line in cleaner.clean_text(page).cleaned) == kept
