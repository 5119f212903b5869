"""Shapes the thirty-fifth session found among the gathered pages' remaining misses, each round scored blind
first; invented units, people, places and wording. An e-paper's headline list holding the title (the report
keeps one copy), ownership claims and reprint bans run into the last paragraph, a site's keyword list, an
office's credit in brackets, a clinic's spam spliced into sentences, a row of stars, a QR label, credit lines
(文、图/ before the outlet, a video outlet, question marks for lost spaces), a posting day glued before the
text's day, a site's welcome, a content farm's tag and search words around the headline, a library catalogue's
title fields, a content system's detail label, a forum post's buttons. The guards: a report's parallel slogans,
a hospital's report on its treatments, a censor mask inside words, a sentence about a QR code, a headline's own
bracket."""

from __future__ import annotations

import pytest

from tests.helpers import removed_text as _removed

BODY = ("晨报讯 为了让辖区独居老人过一个温暖的冬至，12月21日，青禾市柳湾区河畔社区党支部组织党员和志愿者走进"
        "独居老人家中，陪老人包饺子、拉家常，送上节日的问候。")
MORE = ("活动中，党员志愿者们还为老人们检查了家中的水电燃气设施，清理了楼道杂物，并留下联系卡片，"
        "叮嘱老人们有困难随时打电话。")
LAST = "“有党员们常来看看，心里踏实多了。”八十二岁的周秀兰老人拉着志愿者的手说。"


def test_a_title_the_issues_headline_list_holds_keeps_its_copy_over_the_reporters_line(cleaner):
    title = "党员志愿者 陪独居老人过冬至"
    head = ("青禾市新增三条公交线路方便群众出行\n柳湾区完成老旧小区改造四十二个\n全市今年新建 保障性住房六千套\n"
            "青禾位列 全省县域经济十强\n"
            f"{title}\n青禾高铁站旅客 和列车开行数量明显增加\n"
            "上一篇  下一篇 2023年12月22日 放大 缩小 默认\n上一期  下一期\n返回版面 版面导航\n\n")
    page = f"{head}{title}\n\n柯明远 记者 林晓岚 文/图\n\n{BODY}\n\n{MORE}\n\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert result.cleaned.count(title) == 1
    assert "青禾市新增三条公交线路方便群众出行" not in result.cleaned
    assert MORE in result.cleaned and LAST in result.cleaned


def test_a_title_shown_twice_still_loses_one_copy(cleaner):
    title = "党员志愿者 陪独居老人过冬至"
    page = f"{title}\n首页 > 社区新闻 > 正文\n{title}\n发布时间：2023-12-22 来源：柳湾区融媒体中心\n\n{BODY}\n\n{MORE}\n\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert result.cleaned.count(title) == 1
    assert title in _removed(page, result)


JUSTICE = "会议强调，要把党建工作与业务工作有机结合起来，通过党建带队建，打造一支过硬的司法行政队伍，推动各项工作高质量发展。"


def test_an_ownership_claim_and_a_reprint_ban_run_into_the_last_paragraph_go(cleaner):
    claim = "本网(平台)所刊载内容之知识产权为青禾新闻网传媒(集团)股份有限公司及/或相关权利人专属所有或持有。"
    ban = "未经许可,禁止进行转载、摘编、复制及建立镜像等任何使用。"
    page = f"青禾县司法局机关党支部获评先进基层党组织\n{BODY}\n{JUSTICE} {claim}{ban}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).replace("晨报讯", "").strip() == claim + ban  # (the dateline opening BODY goes too)
    assert JUSTICE in result.cleaned and BODY[4:] in result.cleaned


KEYWORDS = "青禾商机信息网,商机信息网,商机网,招商投资网,招商网,招商投资集群,招商投资全球集群,招商投资全球集群总站,"


def test_a_sites_keyword_list_goes(cleaner):
    page = f"柳湾镇招商网\n{KEYWORDS}\n十年村官路 十年义教情\n{BODY}\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert KEYWORDS in _removed(page, result)
    assert BODY[4:] in result.cleaned and MORE in result.cleaned


@pytest.mark.parametrize("line", [
    "以党建促发展,以党建促和谐,以党建促稳定,以党建促民生,以党建促振兴",  # a report's parallel slogans name no site
    "支部书记带头讲党课,支部委员轮流讲党课,普通党员上台讲党课,入党积极分子旁听党课,群众代表评议党课",
])
def test_a_reports_parallel_clauses_apart_by_commas_stay(cleaner, line):
    page = f"青禾县柳湾镇党委党建工作总结\n{MORE}\n{line}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert line in result.cleaned


@pytest.mark.parametrize("credit", ["(黨工部)", "（综合科）", "(办公室)"])
def test_the_office_that_supplied_an_item_in_brackets_under_it_goes(cleaner, credit):
    page = f"青禾市疾控中心党总支与河口村开展结对共建\n{MORE}\n{LAST}\n\n{credit}\n\n上一篇：市疾控中心专家走进健康栏目\n"
    result = cleaner.clean_text(page)
    assert credit in _removed(page, result)
    assert LAST in result.cleaned


def test_a_clinics_spam_spliced_into_sentences_goes_and_the_sentences_stay(cleaner):
    first = "经过各法院推荐申报、评委两轮投票评选、党组综合全{}面情况研究、对外公示等程序，决定授予柳湾法庭荣誉称号。"
    second = "这些荣誉的背后是获奖法庭与干{}警司法为民的情怀、勤恳{}奉献的精神。"
    spam = ["白癜风很新治疗方法哪些很好", "医院好*吗", "专门治癫痫医院"]
    page = f"青禾市法院系统评选表彰优秀法庭\n{first.format(spam[0])}\n{second.format(spam[1], spam[2])}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).replace("\n", "") == "".join(spam)
    assert first.format("") in result.cleaned and second.format("", "") in result.cleaned


def test_a_hospitals_report_on_its_treatments_stays(cleaner):
    line = "神经内科党支部积极开展癫痫病新治疗方法的研究，患者都说这家医院好，科室成立了脑病中心，专门治疗癫痫等疾病。"
    page = f"青禾市人民医院神经内科党支部先进事迹\n{line}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert line in result.cleaned


def test_a_row_of_stars_closing_a_line_goes_and_a_mask_inside_words_stays(cleaner):
    title = "追逐“致富梦”的村支书柯明远：大家富，才是富"
    masked = "认真学习贯彻****精神和****关于做好双拥工作的重要指示，全村党员干部深受鼓舞。"
    page = f"{title}******\n{MORE}\n为两所高校的挂职学生颁发特聘岗位证书。******\n{masked}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).replace("\n", "") == "******" * 2
    assert masked in result.cleaned
    assert sum(1 for f in result.findings if f.kind == "mask" and f.action == "flagged") == 2


def test_a_qr_codes_label_closing_the_headline_goes(cleaner):
    title = "青禾一中党员志愿者开展天桥清洗活动"
    page = f"{title} 二维码\n{MORE}\n群众可扫描村务公开栏上的二维码，随时查看村里的收支情况。\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == "二维码"
    assert title in result.cleaned


def test_a_credit_line_naming_what_the_outlets_people_made_goes_though_a_teaser_repeats_it(cleaner):
    credit = "文、图/青禾晚报全媒体记者 柯明远 实习生 林晓岚 通讯员 周一鸣 陆可"
    teaser = credit.replace(" ", "") + "近日，柳湾街道首个网约车党支部正式成立"
    page = (f"点燃红色“新引擎”！柳湾街道首个网约车党支部揭牌成立\n发布时间:2022-12-14 19:53:51 文章来源:青禾派\n{teaser}\n\n"
            f"{credit}\n\n近日，柳湾街道首个网约车党支部正式成立，为网约车司机搭建起学习交流的平台。\n{MORE}\n")
    result = cleaner.clean_text(page)
    assert credit in _removed(page, result)
    assert MORE in result.cleaned


def test_a_credit_line_of_a_paper_and_a_video_outlet_goes(cleaner):
    credit = "青禾晨报、39度视频记者柯明远"
    page = f"柳湾区表彰红色物业服务企业\n{MORE}\n{LAST}\n\n{credit}\n\n相关文章\n\n最近更新\n"
    result = cleaner.clean_text(page)
    assert credit in _removed(page, result)
    assert LAST in result.cleaned


def test_a_posting_day_glued_before_the_texts_own_day_goes(cleaner):
    text = "11月16日，青禾股份党总支联合工会开展班组建设经验交流分享会，总结班组建设成果，探讨党建引领班组建设的新路径。"
    page = f"青禾股份党总支开展班组建设经验交流\n2024-11-18{text}\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == "2024-11-18"
    assert text in result.cleaned


def test_a_sites_welcome_saying_what_it_offers_goes(cleaner):
    blurb = "欢迎来到“青禾晚报”,我们实时为您提供青禾市柳湾区、河口区等 各区的本地化资讯。"
    page = f"{blurb}\n\n柳湾区成立“外卖骑手”党支部\n\n{MORE}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert blurb in _removed(page, result)
    assert "柳湾区成立“外卖骑手”党支部" in result.cleaned


@pytest.mark.parametrize("title, suffix", [
    ("柳湾经济开发区：党建引领赋能园区高质量发展", "(青禾工业园区党建引领)"),
    ("党建阵地建在渔船上", "(党建阵地建在渔船上的意义)"),
    ("青禾县公积金：党建引领聚合力 志愿服务暖民心", "(党建引领,公积金业务发展)"),
])
def test_a_content_farms_search_words_in_brackets_closing_the_headline_go(cleaner, title, suffix):
    page = f"{title}{suffix}\n{MORE}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == suffix
    assert title in result.cleaned


@pytest.mark.parametrize("title, bracket", [
    ("柳湾镇党委二〇二三年度党建工作总结", "（修订稿）"),                  # a draft's mark: too short
    ("青禾县柳湾村党支部工作总结", "（二〇二三年）"),                      # a year
    ("守初心 担使命", "（柳湾镇机关党支部党日活动纪实）"),                # a subtitle sharing no four characters with the headline
])
def test_a_headlines_own_bracket_stays(cleaner, title, bracket):
    page = f"{title}{bracket}\n{MORE}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert title + bracket in result.cleaned


@pytest.mark.parametrize("tag", ["全球微头条丨", "当前视讯!", "焦点快播:", "今日视点：", "世界即時:"])
def test_a_content_farms_tag_before_the_headline_goes(cleaner, tag):
    title = "青禾市烟草专卖局：担一份责任 守一方净土"
    page = f"{tag}{title}\n{MORE}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == tag
    assert title in result.cleaned


def test_a_library_catalogues_title_fields_and_a_sites_detail_label_go(cleaner):
    page = ("柳湾村里的好支书\n\n知识类型: 析出资源\n内容出处: 《青禾纪事》 图书\n唯一号: 320920020210005561\n"
            "颗粒名称: 柳湾村里的好支书\n其他题名: 青禾县柳湾村党支部访问记\n分类号: K827\n\n"
            f"{MORE}\n{LAST}\n")
    result = cleaner.clean_text(page)
    removed = _removed(page, result)
    assert "颗粒名称: 柳湾村里的好支书" in removed and "其他题名: 青禾县柳湾村党支部访问记" in removed
    assert result.cleaned.startswith("柳湾村里的好支书")
    page = f"青禾市人民医院\n医学检验科 科室动态详细\n\n焕新出发——医学检验科党支部召开换届选举党员大会\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert "医学检验科 科室动态详细" in _removed(page, result)
    assert "焕新出发——医学检验科党支部召开换届选举党员大会" in result.cleaned


def test_a_bracketed_credit_whose_spaces_a_bad_encoding_turned_into_question_marks_goes(cleaner):
    credit = "(記者? 柯明遠? ?通訊員? 林曉)"
    text = "根據當前疫情的複雜嚴峻形勢，青禾縣自4月1日起實施全域封控管理，推進全員核酸檢測。"
    page = f"青禾電信黨支部抗疫紀實\n{credit}{text}\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == credit
    assert text in result.cleaned


def test_a_forum_posts_rating_buttons_and_medal_go(cleaner):
    page = f"青禾水利局党支部先进事迹\n青禾论坛达人勋\n{MORE}\n鲜花(0) 鸡蛋(0)\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).replace("\n", "") == "青禾论坛达人勋鲜花(0) 鸡蛋(0)"


@pytest.mark.parametrize("button", ["跳转到主要内容", "返回新闻列表", "返回新聞列表"])
def test_a_skip_link_or_a_back_button_glued_before_the_text_goes_and_the_text_stays(cleaner, button):
    text = "3月27日至28日，青禾市直属机关第二次党代表大会召开，大会审议通过了机关党委的工作报告。"
    page = f"{button}{text}\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == button
    assert text in result.cleaned


def test_a_crumb_to_the_items_page_and_a_share_boxs_wechat_steps_go(cleaner):
    crumb = "网站首页 五老事迹 文章详情"
    steps = "打开微信,点击底部的“发现”,\n使用“扫一扫”即可将网页分享至朋友圈。"
    page = f"{crumb}\n柳湾镇退休党支部先进事迹\n{MORE}\n{LAST}\n{steps}\n"
    result = cleaner.clean_text(page)
    removed = _removed(page, result)
    assert crumb in removed and "点击底部的“发现”" in removed and "即可将网页分享至朋友圈" in removed
    assert "柳湾镇退休党支部先进事迹" in result.cleaned and LAST in result.cleaned


def test_a_lists_day_after_the_headline_goes_and_a_day_in_the_text_stays(cleaner):
    title = "柳湾区机关党支部召开主题教育专题组织生活会"
    later = "支部将于下月召开整改落实推进会，会议时间定为 2024-02-20"
    filler = "\n\n".join(f"会议第{n}项议程，支部党员逐一发言，结合自身实际查摆问题，开展批评和自我批评，气氛严肃认真。" for n in "一二三四五")
    page = f"{title} 2024-01-20\n{MORE}\n\n{filler}\n\n{LAST}\n\n{later}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == "2024-01-20"
    assert title in result.cleaned and later in result.cleaned


def test_a_photographers_credit_with_a_note_after_a_name_goes(cleaner):
    credit = "图:柯明远(退休党支部党员)、林晓岚"
    page = f"青禾档案馆党支部与青禾大学党支部开展联学共建\n{MORE}\n{credit}\n"
    result = cleaner.clean_text(page)
    assert credit in _removed(page, result)
    assert MORE in result.cleaned


def test_a_caption_credited_to_a_papers_reporter_and_correspondent_with_sheying_baodao_goes(cleaner):
    caption = "10月25日,雨过天晴后的柳湾村云雾弥漫,宛如仙境。 青禾日报·新青禾客户端记者 柯明远 通讯员 林晓岚 摄影报道"
    page = f"柳湾村：党建引领绘就振兴新图景\n{caption}\n{MORE}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert caption in _removed(page, result)
    assert MORE in result.cleaned


def test_a_magazines_bylines_with_a_circle_or_a_listings_day_go(cleaner):
    page = ("推行“四三”举措 打造“四强”支部\n\n2021-12-01中共青禾市柳湾区税务局委员会\n\n"
            f"○ 中共青禾市柳湾区税务局委员会\n\n{MORE}\n{LAST}\n")
    result = cleaner.clean_text(page)
    removed = _removed(page, result)
    assert "2021-12-01中共青禾市柳湾区税务局委员会" in removed and "○ 中共青禾市柳湾区税务局委员会" in removed
    assert result.cleaned.startswith("推行“四三”举措 打造“四强”支部")


def test_a_commission_in_brackets_under_the_item_goes(cleaner):
    page = f"青禾市卫生健康系统表彰先进基层党组织\n{MORE}\n{LAST}\n(青禾市卫生健康委)\n"
    result = cleaner.clean_text(page)
    assert "(青禾市卫生健康委)" in _removed(page, result)


def test_the_texts_lead_in_to_its_video_at_the_pages_foot_stays(cleaner):
    lead = "让我们来听听他们的感人故事——"
    page = (f"柳湾区离退休干部先进事迹云上宣讲会举行\n{MORE}\n{LAST}\n{lead}\n"
            "(青禾新闻总策划:柯明远 编导:林晓岚 摄像剪辑 周一鸣)\n评论\n[[item.content]]\n回复\n")
    result = cleaner.clean_text(page)
    assert lead in result.cleaned


@pytest.mark.parametrize("line", [
    "全文约1204字,请下载后阅读、编辑。(阅读全部图文内容,您需要先登录!)",  # a document site's download prompt
    "青禾党建网>>“不忘初心、牢记使命”主题教育专栏",                        # a site's crumb after >>
    "学识都 人气:1.77W",                                                  # a site's popularity count
    "老干部志愿者服务的基础图片来源:青禾新闻网",                          # a caption with the picture's source
])
def test_a_sites_lines_of_b124_go(cleaner, line):
    page = f"柳湾乡党委抓党建促发展经验材料\n{line}\n{MORE}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert line in _removed(page, result)
    assert MORE in result.cleaned and LAST in result.cleaned


def test_symbols_spliced_before_a_comma_or_a_closing_quote_go_on_a_page_full_of_them(cleaner):
    text = ("从春末到盛夏，万物并Ψ 秀，一面面▃鲜艳的党旗在项目部升起，一座座“红色堡垒”在工地安╱家，施工一线的∞党员"
            "把党旗插在工地上〓”，由于建筑行业的特点卐，施工一线的党员组织生活一度缺失。")
    page = f"青禾建工项目部党支部先进事迹\n{text}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).replace(" ", "") == "Ψ▃╱∞〓卐"


def test_a_caption_closed_by_its_pictures_source_in_brackets_goes(cleaner):
    caption = "青禾台办组织帮扶村党员开展“观世园看发展”活动。(图片来源:青禾台办)"
    page = f"柳湾村党支部开展主题党日活动\n{MORE}\n{caption}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert caption in _removed(page, result)
    assert MORE in result.cleaned and LAST in result.cleaned


def test_a_sites_ad_with_a_contact_and_a_price_goes_and_a_sentence_on_a_wechat_group_stays(cleaner):
    ad = "提示:青禾便民信息发布请加微信qh0123,目前发布信息有公益援助优惠,全城最低价5元/天起,商业广告15元天起。"
    own = "村里建起了便民服务微信群，群众可加微信群了解最新的惠民政策和优惠措施。"
    page = f"青禾供电公司党支部先进事迹\n{MORE}\n{own}\n{LAST}\n{ad}\n"
    result = cleaner.clean_text(page)
    assert ad in _removed(page, result)
    assert own in result.cleaned


def test_someones_words_in_quotation_marks_on_a_line_of_their_own_stay(cleaner):
    words = "  “快看，供电的红马甲又来了，我们又可以听故事啦......”"
    page = (f"青禾供电公司：浓情中秋送服务 心系海岛共联创\n发表时间:2020-09-21 来源: 青禾文明网\n\n{MORE}\n\n"
            f"  大爱无声公益传爱心\n\n{words}\n\n  {LAST}\n")
    result = cleaner.clean_text(page)
    assert words.strip() in result.cleaned


def test_the_supplying_schools_name_in_brackets_closing_the_last_paragraph_goes(cleaner):
    last = "伴随着雄浑的歌声，授牌仪式圆满结束。"
    page = f"青禾中学党支部开展党员先锋岗授牌\n{MORE}\n{last}(附属中学)\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == "(附属中学)"
    assert last in result.cleaned


@pytest.mark.parametrize("line", ["国内统一刊号:CN**-0000", "温馨提示:"])
def test_a_journals_serial_number_and_a_bare_tip_label_go(cleaner, line):
    page = f"柳湾村党支部领办合作社\n{MORE}\n{LAST}\n{line}\n"
    result = cleaner.clean_text(page)
    assert line in _removed(page, result)


def test_a_content_farms_watch_the_world_tag_goes(cleaner):
    title = "乡村振兴之路|“头雁”引领，乡村振兴迸发新活力"
    page = f"天天观天下!{title}\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == "天天观天下!"


def test_a_korean_gambling_sites_phrase_spliced_into_a_sentence_goes(cleaner):
    phrase = "안전한 바카라 사이트"
    text = "7月12日下午，为深入调研党建引领乡村建设的作用，{}“炎阳”暑期实践团与柳湾村党总支书记开展了面对面访谈。"
    page = f"青禾大学暑期实践团走进柳湾村\n{text.format(phrase)}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == phrase
    assert text.format("") in result.cleaned


def test_a_journals_issue_line_with_an_editions_letter_goes(cleaner):
    page = f"以“宿舍党建”引领学生成长\n青禾教育A 2020年2期\n{MORE}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert "青禾教育A 2020年2期" in _removed(page, result)


def test_a_pictures_sentence_closing_a_paragraph_goes_and_the_paragraph_stays(cleaner):
    text = "青禾邮政支局投递员柯明远是一名普通党员，他经常去给老人读报、帮助打扫卫生，过年过节时还送去慰问品。"
    picture = "图为柯明远为敬老院的老人们阅读报纸。"
    page = f"青禾邮政支局投递员先进事迹\n{text}{picture}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == picture
    assert text in result.cleaned
    page = f"青禾邮政支局投递员先进事迹\n{text}{picture} □林晓岚 摄影报道\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == picture + " □林晓岚 摄影报道"


def test_a_casinos_name_with_its_number_standing_for_a_university_goes(cleaner):
    text = "2013年，{}学生到柳湾村开展暑期社会实践活动，此后便扎根大别山的这个山窝窝。"
    page = f"青禾大学支教团党支部先进事迹\n{text.format('294俄罗斯专享会')}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert "294俄罗斯专享会" in _removed(page, result)
    assert "学生到柳湾村开展暑期社会实践活动" in result.cleaned


def test_a_circle_before_a_unit_far_down_the_report_stays(cleaner):
    filler = "\n".join(f"第{n}项工作，支部党员结合实际查摆问题，推动整改落实，取得明显成效。" for n in "一二三四五六七八九十")
    unit = "○ 中共青禾市柳湾区税务局委员会"
    page = f"青禾市柳湾区税务局党建工作总结\n{MORE}\n{filler}\n受表彰的先进基层党组织：\n{unit}\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert unit in result.cleaned


def test_who_supplied_a_picture_alone_under_its_caption_goes(cleaner):
    page = f"柳湾村驻村工作队先进事迹\n{MORE}\n柯明远提供\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == "柯明远提供"


def test_a_slogan_the_report_exclaims_twice_inside_its_text_stays(cleaner):
    slogan = "党旗飘飘映初心！"
    page = f"柳湾村党支部先进事迹\n{MORE}\n{slogan}\n{LAST}\n{slogan}\n支部书记表示，要带领全体党员继续奋斗，让党旗在乡村振兴一线高高飘扬。\n"
    result = cleaner.clean_text(page)
    assert result.cleaned.count(slogan) == 2
