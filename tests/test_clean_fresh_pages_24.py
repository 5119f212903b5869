"""Families of junk (and of text wrongly taken) that the twenty-fourth session's fresh real pages showed;
invented names and wording throughout."""

from __future__ import annotations

import pytest

TITLE = "松岭镇卫生院党支部先进事迹"
P1 = "松岭镇卫生院党支部现有党员23名，近年来，支部坚持党建引领，服务群众，各项工作取得新成效。\n"
P2 = "支部坚持每月集中学习一次，党员带头服务群众，受到群众好评，群众满意度不断提升。\n"
P3 = "支部注重发挥党员作用，设立党员先锋岗，党员带头攻坚克难，全年为群众办实事四十余件。\n"


# --- precision: what the start code took from the report -------------------------------------------

def test_a_sentence_between_the_reports_paragraphs_is_no_app_prompt(cleaner):
    sentence = "青禾智慧党建地图预计7月1日上线，广大市民届时可下载青禾地铁App获取。\n"
    page = f"青禾地铁发布首张智慧党建地图\n分享到:\n\n{P1}\n{sentence}\n{P2}\n{P3}"
    result = cleaner.clean_text(page)
    assert sentence in result.cleaned
    assert "青禾地铁发布首张智慧党建地图" in result.cleaned  # the headline under the share widget is the title


def test_a_headline_over_a_subtitle_after_a_horizontal_bar_stays(cleaner):
    page = "当前位置: 首页 > 工作报道\n\n  让文明之花开满青禾\n\n  ――青禾县人民法院文明单位创建工作走笔\n\n" + P1 + P2
    assert "让文明之花开满青禾" in cleaner.clean_text(page).cleaned


def test_the_text_after_a_datelines_report_word_is_never_a_name(cleaner):
    page = "  青禾电力新闻网讯 通讯员 柯明远 报道 国家电投集团青禾热电公司成立于2008年，是集团的下属企业。\n" + P2
    result = cleaner.clean_text(page)
    assert result.cleaned.startswith("国家电投集团青禾热电公司成立于2008年")


@pytest.mark.parametrize("title", ["【弘扬英模精神】柯明远、邹小满的英模精神在青禾检察机关“开花结果”",
                                   "【专题活动】公司开展港史教育主题党日活动",
                                   "主题教育|外科第三党支部：重温百年党史 铸造强势学科"],
                         ids=["a campaign's tag", "a column's tag", "a column before a bar"])
def test_a_columns_tag_opening_the_title_stays_with_it(cleaner, title):
    page = f"{title}\n时间:2021-04-06  作者:  新闻来源:\n\n{P1}{P2}"
    result = cleaner.clean_text(page)
    assert title in result.cleaned and "新闻来源" not in result.cleaned


def test_a_column_before_a_bar_and_a_long_headline_is_no_keyword_stuffing(cleaner):
    title = "文明城区创建 | 青禾建外街道“第一楼长”助力文明城区创建"
    page = f"{title}\n\n来源:青禾网 作者:青禾网 发布时间:2021-09-27\n{P1}{P2}"
    assert title in cleaner.clean_text(page).cleaned


def test_title_variants_joined_by_a_bar_still_go(cleaner):
    page = "青禾中学党支部先进事迹材料|青禾中学党支部的先进事迹\n\n" + P1 + P2
    assert "|" not in cleaner.clean_text(page).cleaned


@pytest.mark.parametrize("tag", ["【原创】", "【青禾网】", "[复制链接]"], ids=["the site's mark", "a site's name", "a button"])
def test_a_sites_mark_name_or_button_before_the_title_still_goes(cleaner, tag):
    page = f"{tag}青禾镇党委：让党旗在基层高高飘扬\n\n{P1}{P2}"
    result = cleaner.clean_text(page)
    assert result.cleaned.startswith("青禾镇党委：让党旗在基层高高飘扬")


# --- junk the start code left ------------------------------------------------------------------------

def test_a_reading_time_widget_goes_on_its_line_and_run_into_a_flattened_page(cleaner):
    page = f"{TITLE}\n全文共3215字，预计阅读8分钟\n{P1}{P2}"
    assert cleaner.clean_text(page).cleaned == f"{TITLE}\n{P1}{P2}"
    flat = "社区广角:本期聚焦 青禾小区新一届业委会成立 本文字数约1900字,阅读时长约为6分钟 编者按 业委会集体辞职 党总支砥柱中流\n" + P1
    assert "阅读时长" not in cleaner.clean_text(flat).cleaned


def test_reading_minutes_told_in_a_sentence_stay(cleaner):
    text = "支部坚持每天组织党员阅读10分钟，全年累计开展学习活动二百余次，学习氛围日益浓厚。\n"
    assert cleaner.clean_text(P1 + text).cleaned == P1 + text


def test_a_comment_boxs_disclaimer_goes(cleaner):
    page = f"{P1}{P2}网友评论仅供其表达个人看法,并不表明网站立场。\n"
    assert cleaner.clean_text(page).cleaned == P1 + P2


def test_a_mastheads_sponsor_lines_go(cleaner):
    page = f"青禾省住房和城乡建设厅主管\n青禾建设报社主办\n{TITLE}\n{P1}{P2}"
    assert cleaner.clean_text(page).cleaned == f"{TITLE}\n{P1}{P2}"


def test_a_reprints_dateline_with_its_source_after_a_slash_goes(cleaner):
    page = "中评社青禾2月28日电/据新华社报道," + P1 + P2
    assert cleaner.clean_text(page).cleaned.startswith("松岭镇卫生院党支部现有党员")


def test_a_file_photos_caption_of_two_sentences_goes(cleaner):
    caption = "2002年5月,青禾大厦第一个党员服务点成立。图中右一为柯明远。 资料照片\n"
    assert cleaner.clean_text(P1 + caption + P2).cleaned == P1 + P2


@pytest.mark.parametrize("byline", ["■市委组织部课题组", "□全媒记者柯明远邹小满"], ids=["a writing group", "reporters run together"])
def test_a_boxed_byline_above_the_text_goes(cleaner, byline):
    page = f"{TITLE}\n{byline}\n{P1}{P2}"
    assert cleaner.clean_text(page).cleaned == f"{TITLE}\n{P1}{P2}"


def test_an_official_accounts_spaced_credit_rows_go(cleaner):
    foot = "| 来 源:青禾民政微语\n| 编 辑:万 成\n【青禾快报|打造“红色物业”!这个小区真幸福】| 编 审:柯明远 束 涛\n| 总监制:邹小满\n"
    result = cleaner.clean_text(f"{TITLE}\n{P1}{P2}{foot}")
    assert result.cleaned.rstrip() == f"{TITLE}\n{P1}{P2}".rstrip()


def test_a_spaced_summary_label_copying_the_first_sentence_goes(cleaner):
    page = ("摘 要:在刚刚结束的全市表彰大会上,松岭镇卫生院记集体一等功。\n"
            "青禾网3月19日讯 在刚刚结束的全市表彰大会上,松岭镇卫生院记集体一等功。\n" + P2)
    assert cleaner.clean_text(page).cleaned == "在刚刚结束的全市表彰大会上,松岭镇卫生院记集体一等功。\n" + P2


def test_a_caption_under_a_pictures_file_goes_whatever_its_verb(cleaner):
    page = f"{TITLE}\n{P1}\nimage001.jpg\n\n青禾燃气员工24小时监控全市管网运行情况\n\n{P2}{P3}"
    result = cleaner.clean_text(page)
    assert "监控全市管网" not in result.cleaned and P2 in result.cleaned


def test_a_short_slogan_under_a_pictures_file_stays(cleaner):
    page = f"{TITLE}\n{P1}\nimage001.jpg\n\n学习让他走得更远\n\n{P2}{P3}"
    assert "学习让他走得更远" in cleaner.clean_text(page).cleaned


def test_captions_behind_black_squares_go(cleaner):
    page = (f"{TITLE}\n■7月2日,青禾县司法局组织全体党员前往法治宣传教育基地开展主题党日活动。\n"
            f"■5月4日,青禾县司法局举行五四青年节辩论赛。\n{P1}{P2}")
    assert cleaner.clean_text(page).cleaned == f"{TITLE}\n{P1}{P2}"


def test_a_heading_behind_a_black_square_stays(cleaner):
    page = f"{TITLE}\n{P1}■坚持党建引领 筑牢战斗堡垒\n{P2}"
    assert "■坚持党建引领 筑牢战斗堡垒" in cleaner.clean_text(page).cleaned


def test_a_crumbs_last_item_the_page_shows_again_as_its_title_goes_with_the_crumb(cleaner):
    page = ("您现在的位置: > 青禾大厅 > 商务楼宇,党建工作新天地(前沿观察)\n\n"
            f"商务楼宇,党建工作新天地(前沿观察)\n\n{P1}{P2}")
    assert cleaner.clean_text(page).cleaned.lstrip().startswith("商务楼宇,党建工作新天地(前沿观察)\n")


def test_writers_names_run_into_the_texts_date_go_with_the_fields(cleaner):
    page = ("青禾段领导莅临一工区检查指导党支部工作\n"
            "铁路一线 2015-10-30 11:40:03 185浏览 作者:齐明、魏小娟、侯静如10月29号下午两点半,青禾局三公司党委书记一行"
            "来到一工区检查指导党支部工作,并召开座谈会。\n" + P2)
    assert "\n10月29号下午两点半" in cleaner.clean_text(page).cleaned


def test_writers_names_closing_the_last_paragraph_go(cleaner):
    last = "该段党委组织党员开展大扫除，车间各个房间被打扫得一尘不染，达到可随时搬入办公的状态。"
    result = cleaner.clean_text(f"{TITLE}\n{P1}{last}张成杰 栗松航\n")
    assert result.cleaned == f"{TITLE}\n{P1}{last}\n"


def test_words_closing_the_last_paragraph_that_name_no_one_stay(cleaner):
    last = "该段党委组织党员开展大扫除，车间各个房间被打扫得一尘不染。团结 奋进 拼搏\n"
    assert cleaner.clean_text(f"{TITLE}\n{P1}{last}").cleaned == f"{TITLE}\n{P1}{last}"


# --- sample B41 -----------------------------------------------------------------------------------------

def test_a_line_of_a_page_of_short_lines_opening_with_an_earlier_lines_words_stays(cleaner):
    lines = ["全县脱贫攻坚表彰大会举行", "青禾省青禾县人武部政治工作处", "是此次全县唯一荣获", "“脱贫攻坚组织创新奖”的单位",
             "在决战脱贫攻坚的“战场”上", "退役军人村干部发挥了作用", "人武部结合村委换届", "将一批退役军人吸纳进“两委”班子",
             "青禾县人武部政治工作处", "整合人力、物力、场地等资源", "为了帮助“兵支书”履职", "青禾县人武部政治工作处创造性的",
             "在实践中心搭建讲习平台", "群众遇到难题", "就能联系到专家", "面对面答疑解惑", "讲解种植技巧", "农产品走出大山难怎么办",
             "“兵支书”带头搭建电商平台", "村里的茶叶卖到了省城"]
    page = "\n".join(lines) + "\n"
    assert "青禾县人武部政治工作处创造性的\n" in cleaner.clean_text(page).cleaned


def test_an_e_papers_rating_widget_page_pointer_and_masthead_go(cleaner):
    page = f"青禾妇女报数字报纸\n当前版:11版:市县\n{TITLE}\n{P1}{P2}我给版面打分\n本版得分:0.0参与评分人数:0\n"
    assert cleaner.clean_text(page).cleaned == f"{TITLE}\n{P1}{P2}"


def test_a_site_engines_name_between_paragraphs_goes(cleaner):
    assert cleaner.clean_text(f"{P1}织梦内容管理系统\n{P2}").cleaned == P1 + P2


def test_a_caption_with_its_credit_and_the_crediting_unit_goes(cleaner):
    caption = "青禾服务队清扫卫生死角 供图 青禾市烟草专卖局(公司)\n"
    assert cleaner.clean_text(P1 + caption + P2).cleaned == P1 + P2


def test_a_caption_closed_by_a_video_still_label_goes(cleaner):
    assert cleaner.clean_text(P1 + "柯明远向妻子递月饼。直播视频截图\n" + P2).cleaned == P1 + P2


def test_a_document_sites_preview_label_goes_and_the_document_stays(cleaner):
    doc = "各位领导、同志们：" + "每当新年的钟声敲响，支部全体党员都会回顾一年来的工作，总结经验，查找不足，明确努力方向。" * 3
    result = cleaner.clean_text("内容预览: " + doc + "\n")
    assert result.cleaned == doc + "\n"


def test_an_e_papers_name_and_row_of_headlines_in_its_head_go(cleaner):
    head = ("青禾农信报数字报纸\n2025年4月29星期二\n国内统一刊号:CN11-0099\n"
            "青禾农信报综合 松岭农商银行多措并举 推动党建引领与业务发展深度融合 柳河农商银行 以党建赋能高质量发展\n"
            "按日期检索\n青禾农信报\n电子报刊阅读器\n")
    result = cleaner.clean_text(head + "松岭农商银行 创新“星级党支部”评定模式\n" + P1 + P2)
    assert result.cleaned.lstrip() == "松岭农商银行 创新“星级党支部”评定模式\n" + P1 + P2


def test_a_papers_name_in_the_text_of_a_page_without_an_e_paper_masthead_stays(cleaner):
    page = f"{TITLE}\n青禾农信报\n{P1}{P2}"
    assert "青禾农信报" in cleaner.clean_text(page).cleaned


# --- samples B42 and B43 --------------------------------------------------------------------------------

def test_a_headline_after_an_empty_date_label_is_no_value_of_it(cleaner):
    page = "通版阅读请点击:\n展开通版\n当前版:03版\n发布日期:\n“三项工程”驱动红色引擎 “轨道”党建引领企业发展\n青禾公司党委\n" + P1 + P2
    assert "“三项工程”驱动红色引擎 “轨道”党建引领企业发展" in cleaner.clean_text(page).cleaned


def test_a_collection_items_own_title_under_its_label_stays(cleaner):
    page = ("两新组织党建工作总结\n\n2024-10-19\n\n两新组织党建工作总结(精选7篇)\n\n两新组织党建工作总结 篇1\n\n"
            "街道“两新”组织党建工作总结\n\n" + P1 + P2)
    assert "街道“两新”组织党建工作总结" in cleaner.clean_text(page).cleaned


def test_a_subtitle_under_the_title_is_no_related_article(cleaner):
    page = ("乡镇纪委书记抗洪救灾先进事迹材料\n\n百姓利益高于一切\n――**镇纪委书记**抗洪先进事迹\n"
            "6月21日中午,当持续了近48小时的特大强降雨在倾泻下近500毫米的雨量后,洪水也开始收敛,没有人注意到**还高卷着裤腿……\n"
            "责任何在,不敢懈怠\n" + P2)
    result = cleaner.clean_text(page)
    assert "――**镇纪委书记**抗洪先进事迹" in result.cleaned and "6月21日中午" in result.cleaned


def test_a_years_last_digits_left_as_a_dash_are_a_blank_and_a_span_of_years_is_not(cleaner):
    result = cleaner.clean_text("20-年7月18日，松岭镇党委召开防汛工作会议，2018-2020年全镇共投入资金300万元。\n")
    flagged = [result.original[f.start : f.end] for f in result.findings if f.action == "flagged"]
    assert flagged == ["20-"]


@pytest.mark.parametrize("page, rest", [
    ("青禾网讯 【青网】(记者 柯明远 通讯员 邹小满)近日，青禾县外资企业党支部开展专题学习。\n", "近日，青禾县外资企业党支部开展专题学习。\n"),
    ("青禾晚报掌上青禾12月16日(高新区记者 柯明远 邹小满)12月16日,青禾省“标杆党组织”授牌大会举行。\n", "12月16日,青禾省“标杆党组织”授牌大会举行。\n"),
    ("青禾网讯 柯明远、邹小满、全媒体记者王平摄影报道:近日，松岭镇卫生院党支部开展主题党日活动。\n", "近日，松岭镇卫生院党支部开展主题党日活动。\n"),
], ids=["an outlet's tag before the credit", "an outlet, its app and the day", "names and roles after the dateline"])
def test_a_credit_opening_the_text_goes_and_the_sentence_stays(cleaner, page, rest):
    assert cleaner.clean_text(page).cleaned == rest


def test_a_correspondent_with_the_name_in_brackets_alone_on_a_line_goes(cleaner):
    assert cleaner.clean_text(f"{TITLE}\n通讯员(邹小满)\n{P1}").cleaned == f"{TITLE}\n{P1}"


def test_a_comment_counter_and_a_browser_footer_go(cleaner):
    foot = "我来说两句 0条评论 0人参与,\n网站支持IPV6    推荐使用1024*768或以上分辨率,并使用IE9.0或以上版本浏览器\n"
    assert cleaner.clean_text(P1 + P2 + foot).cleaned.rstrip() == (P1 + P2).rstrip()


def test_a_figures_number_before_a_quoted_caption_goes(cleaner):
    assert cleaner.clean_text(P1 + "图1“青鹰型”党支部工作模式\n" + P2).cleaned == P1 + P2


def test_a_betting_brand_standing_for_the_units_name_goes(cleaner):
    assert cleaner.clean_text("近日，必威青禾分公司党支部开展主题党日活动。\n").cleaned == "近日，青禾分公司党支部开展主题党日活动。\n"


@pytest.mark.parametrize("page, rest", [
    ("通讯员(彭展)前不久,青禾石化领导在年中职代会上号召广大职工群众向老党员学习。\n", "前不久,青禾石化领导在年中职代会上号召广大职工群众向老党员学习。\n"),
    ("(学生记者柯晓岚)党员带头做先锋,建设宿舍示模范。\n", "党员带头做先锋,建设宿舍示模范。\n"),
    ("(李麦囤 王婷婷)7月下旬,疫情形势严峻,青禾张庄村党支部组织党员开展志愿服务。\n", "7月下旬,疫情形势严峻,青禾张庄村党支部组织党员开展志愿服务。\n"),
], ids=["a correspondent with the name in brackets", "a student reporter in brackets", "writers' names in brackets"])
def test_writers_in_brackets_opening_the_text_go(cleaner, page, rest):
    assert cleaner.clean_text(page).cleaned == rest


def test_words_in_brackets_opening_the_text_that_name_no_one_stay(cleaner):
    text = "(团结 奋进)7月下旬,疫情形势严峻,青禾张庄村党支部组织党员开展志愿服务。\n"
    assert cleaner.clean_text(text).cleaned == text


# --- sample B44: a notice's own lines and the titles of notices and records ------------------------------

def test_a_notices_contact_sentence_stays(cleaner):
    text = ("请各党总支于5月6日前将推荐表连同电子版一并报学院组宣部。联系人:柯明远,联系电话:15238975792。\n"
            "联系人:邹小满,联系电话:778036。\n")
    assert cleaner.clean_text(text).cleaned == text


def test_a_contact_ad_still_goes(cleaner):
    assert "15238975792" not in cleaner.clean_text("专业代写各类材料，联系电话:15238975792，价格优惠。\n").cleaned


def test_a_notices_sentence_giving_an_address_to_send_to_stays(cleaner):
    line = "请各二级党组织填写推荐表(见附件),于12月4日下班前报送党委组织部(电子版请发送邮箱:zzb@qinghe.edu.cn)。\n"
    page = f"关于做好“最受师生喜爱的书记”推荐工作的通知\n{P1}{line}{P2}"
    assert line in cleaner.clean_text(page).cleaned


def test_a_catalogue_records_abstract_keeps_its_text(cleaner):
    abstract = "青禾公路事业发展中心以一级革命文物为载体，打造“永不褪色的推土机”党建品牌，品牌荣获行业优秀党建品牌称号。"
    page = (f"题名: | “党建红”培育“公路橘”——青禾公路事业发展中心党建品牌纪实 |\n作者: | 柯明远;邹小满 |\n摘要: | {abstract} |\n"
            "期刊名称: | 青禾公路 |\n出版年: | 2023 |\n期: | 09 |\n")
    assert abstract in cleaner.clean_text(page).cleaned


@pytest.mark.parametrize("title", ["我身边的优秀共产党员", "关于做好学院先进党支部\n优秀共产党员 优秀党务工作者\n推荐工作的通知"],
                         ids=["an essay's title", "a notice's title over three lines"])
def test_a_title_naming_an_honour_is_no_honours_tag(cleaner, title):
    page = f"{title}\n\n发布日期:2019-09-24 浏览次数:495\n\n{P1}{P2}"
    assert title in cleaner.clean_text(page).cleaned


def test_an_honours_tag_in_the_head_still_goes(cleaner):
    page = f"全国先进基层党组织\n{TITLE}\n{P1}{P2}"
    assert "全国先进基层党组织\n" not in cleaner.clean_text(page).cleaned


def test_a_short_notice_title_over_its_date_line_stays(cleaner):
    page = f"先优模推荐通知\n时间:2022-10-14 06:18:00\n{P1}{P2}"
    assert cleaner.clean_text(page).cleaned.startswith("先优模推荐通知\n")


def test_a_document_sites_field_holding_the_title_alone_loses_only_its_label(cleaner):
    page = "文档介绍:乡镇2017年度党建工作总结\n" + P1 + P2
    assert cleaner.clean_text(page).cleaned.startswith("乡镇2017年度党建工作总结\n")


def test_the_sites_shortened_title_goes_and_the_documents_own_stays(cleaner):
    page = "教育局机关党总支2021年工作总结\n某县教育局机关党总支2021年工作总结\n" + P1 + P2
    assert cleaner.clean_text(page).cleaned.startswith("某县教育局机关党总支2021年工作总结\n")


# --- samples B44 and B45: junk left ----------------------------------------------------------------------

def test_word_markup_and_its_broken_namespace_tag_go_and_the_sentence_stays(cleaner):
    line = '<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />支部坚持每月学习，党员带头服务群众。<o:p></o:p>\n'
    result = cleaner.clean_text(P1 + line + "?xml:namespace>\n" + P2)
    assert result.cleaned.replace("\n\n", "\n") == P1 + "支部坚持每月学习，党员带头服务群众。\n" + P2


def test_a_comment_boxs_lines_and_a_footer_menu_run_together_go(cleaner):
    foot = ("说两句吧\n文明上网理性发言,请遵守评论服务协议\n全部评论\n还没有评论,快来抢沙发吧!\n"
            "网站简介广告服务标识说明联系方式法律声明建议投诉\n")
    assert cleaner.clean_text(P1 + P2 + foot).cleaned.rstrip() == (P1 + P2).rstrip()


def test_a_montages_caption_goes(cleaner):
    caption = "  拼版照片:青禾村新建的搬迁移民新村(上);新建的旅游公路即将通车(下)。\n"
    assert cleaner.clean_text(P1 + caption + P2).cleaned == P1 + P2


def test_a_papers_unit_fields_and_a_spaced_abstract_label_go(cleaner):
    page = f"作者单位:青禾第一炼钢厂\n摘    要:\n{P1}投稿单位:青禾镇总工会\n"
    assert cleaner.clean_text(page).cleaned.strip() == P1.strip()


def test_a_works_title_beside_an_entrys_fields_stays(cleaner):
    page = f"投稿作品:《花儿为什么这样红》\n投稿单位:青禾镇总工会\n班组格言:强身健体,共建家园\n{P1}{P2}"
    assert "《花儿为什么这样红》" in cleaner.clean_text(page).cleaned


def test_names_apart_by_a_lost_space_shown_as_a_question_mark_go(cleaner):
    assert cleaner.clean_text("柯明远?邹小满\n" + P1 + P2).cleaned == P1 + P2


def test_a_question_and_its_answer_apart_by_a_question_mark_stay(cleaner):
    text = "怎么办?谁来干\n" + P1
    assert cleaner.clean_text(text).cleaned == text


# --- samples B46 and B47 --------------------------------------------------------------------------------

def test_the_party_written_as_d_is_a_censor_mask_suggesting_the_word(cleaner):
    text = "作为两届机关D支部书记，我深感D支部书记首先姓D，姓D必须务D，要统一到信D、爱D、跟D走的信念上。\n"
    result = cleaner.clean_text(text)
    masks = [f for f in result.findings if f.kind == "mask"]
    assert len(masks) == 8 and result.cleaned == text
    assert all(m.data["initials"] == "党" for m in masks)


def test_a_letter_d_for_a_grade_a_building_or_a_vitamin_is_no_mask(cleaner):
    text = "项目部设在青禾大厦D座，设备为D级，维生素D含量达标，A股和D区同步推进。\n"
    assert not [f for f in cleaner.clean_text(text).findings if f.kind == "mask"]


def test_captions_pointing_up_at_their_picture_go(cleaner):
    page = P1 + "战友的情谊,一辈子↑\n" + P2 + "82年党龄老党员 柯明远老人↑\n" + P3
    assert cleaner.clean_text(page).cleaned == P1 + P2 + P3


@pytest.mark.parametrize("page, rest", [
    ("新青禾讯【特约通讯员 柯明远】近日，青禾县外卖骑手党支部开展主题党日活动。\n", "近日，青禾县外卖骑手党支部开展主题党日活动。\n"),
    ("宁德青禾在线(柯明远)近日，青禾县外卖骑手党支部开展主题党日活动。\n", "近日，青禾县外卖骑手党支部开展主题党日活动。\n"),
], ids=["an outlet's 讯 run into the bracketed credit", "an outlet and its writer in brackets"])
def test_an_outlets_credit_opening_the_text_goes(cleaner, page, rest):
    assert cleaner.clean_text(page).cleaned == rest


def test_an_article_title_field_a_members_terms_an_apps_comment_prompt_and_a_report_link_go(cleaner):
    page = ("本文标题:关于推进机关党建与业务工作融合发展的思考\n" + P1
            + "作者原创,不允许二次传播,一经发现收回会员权益,追究法律责任。\n打开青禾手机台,参与评论\n网上有害信息举报专区\n")
    assert cleaner.clean_text(page).cleaned.strip() == P1.strip()


def test_the_title_shown_plain_then_with_its_subtitle_keeps_the_full_one(cleaner):
    page = ("青禾 发表于 2019-12-17 10:22\n\n一支绽放在青禾河畔的财苑之花\n\n一支绽放在青禾河畔的财苑之花---记青禾县高城镇财政所\n"
            + P1 + P2)
    result = cleaner.clean_text(page)
    assert "一支绽放在青禾河畔的财苑之花---记青禾县高城镇财政所" in result.cleaned
    assert result.cleaned.count("财苑之花") == 1


def test_a_papers_author_institution_field_goes(cleaner):
    assert cleaner.clean_text("作者机构:中共青禾市委组织部\n" + P1).cleaned == P1


def test_a_news_items_headline_under_the_pages_picture_above_the_text_stays(cleaner):
    page = ("您所在的位置: 首页 >> 医院院报>> 正文\n\n5.jpg\n\n外科党总支召开支部标准化建设推进会\n\n"
            "作者:柯明远 来源:外科党总支 发布时间:2019-07-15 字数:548\n\n" + P1 + P2)
    assert "外科党总支召开支部标准化建设推进会" in cleaner.clean_text(page).cleaned


def test_a_group_photos_caption_between_paragraphs_goes(cleaner):
    assert cleaner.clean_text(P1 + "合影留念\n" + P2 + "获奖队伍合影\n" + P3).cleaned == P1 + P2 + P3


def test_a_vehicles_plate_is_no_random_string(cleaner):
    text = "一辆牌号为闽G2T820的两轮摩托车静静地停在老屋前，车主是青禾村的老党员。\n"
    assert cleaner.clean_text(text).cleaned == text


def test_a_sponsor_line_with_its_address_a_login_prompt_and_a_summary_label_alone_go(cleaner):
    page = "核心提示\n" + P1 + "中国共产主义青年团青禾委员会主办  www.qinghe-tw.org.cn\n还没有账号,立即注册\n"
    assert cleaner.clean_text(page).cleaned.strip() == P1.strip()
