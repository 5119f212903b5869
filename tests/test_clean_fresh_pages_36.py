"""Shapes the thirty-sixth session found among the gathered pages' remaining misses, each round scored blind
first; invented units, people, places and wording. A location label written 您所在的位置, a line naming who stands
where in a picture, a notice label closing a page cut off, an outlet's channel before a bracketed report credit,
a repost notice's opening spliced into a word, a picture's 图为 sentence inside a flattened page, a line written
twice side by side. The guards: a report's own sentence with 所在, a unit's sign-off ending in 办 in the page's
foot, a heading shown once, a report's sentence holding a phrase twice."""

from __future__ import annotations

from tests.helpers import removed_text as _removed

TITLE = "东坡村党支部带领群众种出“致富果”"
BODY = ("东坡村党支部现有党员三十六名，近年来，支部坚持把党建工作与产业发展结合起来，带领群众发展葡萄种植，"
        "全村葡萄园从最初的十亩发展到现在的八百亩，村集体经济收入突破六十万元。")
MORE = ("支部书记王长林带头学技术、跑市场，组织党员成立技术服务队，为种植户提供修剪、施肥、病虫害防治等服务，"
        "去年帮助群众解决技术难题一百二十多个。")
LAST = "“跟着党支部干，日子越过越有奔头。”村民李春花笑着说。"


def test_a_location_label_written_with_suo_zai_goes_with_its_line(cleaner):
    # the crumb's last item a site's teaser and the title, the title shown again below
    page = (f"{TITLE}\n\n您所在的位置:网站首页 东坡-葡萄又熟了!!!!! {TITLE}\n\n{TITLE}\n\n"
            f"2023-04-24 00:30| 来源: 网络整理| 查看: 265\n\n{BODY}\n\n{MORE}\n\n{LAST}\n")
    result = cleaner.clean_text(page)
    assert "您所在的位置:网站首页 东坡-葡萄又熟了!!!!! " + TITLE in _removed(page, result)
    assert result.cleaned.count(TITLE) == 1 and BODY in result.cleaned and LAST in result.cleaned


def test_a_location_label_with_now_and_is_goes_too(cleaner):
    page = f"您当前所在位置是:乡村振兴 > 党建引领\n\n{TITLE}\n\n{BODY}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert "您当前所在位置是" in _removed(page, result)
    assert TITLE in result.cleaned and BODY in result.cleaned


def test_a_reports_sentence_on_where_the_village_lies_stays(cleaner):
    where = "所在的位置优势明显，东坡村紧邻高速出口，葡萄当天采摘当天就能送到城里的超市。"
    page = f"{TITLE}\n\n{BODY}\n\n{where}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert where in result.cleaned


def test_who_stands_where_in_brackets_under_a_picture_goes(cleaner):
    page = (f"{TITLE}\n\n{BODY}\n（左起：王长林、李春花、赵小明）\n{MORE}\n\n"
            f"（从左至右：周明，吴刚，郑小红）\n\n{LAST}\n")
    result = cleaner.clean_text(page)
    removed = _removed(page, result)
    assert "左起：王长林、李春花、赵小明" in removed and "从左至右：周明，吴刚，郑小红" in removed
    assert BODY in result.cleaned and MORE in result.cleaned and LAST in result.cleaned


def test_a_notice_label_the_page_cut_off_at_its_end_goes(cleaner):
    page = f"{TITLE}\n\n{BODY}\n\n{MORE}\n\n{LAST}\n\n特别声明"
    result = cleaner.clean_text(page)
    assert "特别声明" in _removed(page, result)
    assert LAST in result.cleaned


def test_a_notice_label_inside_the_text_is_not_the_end_rule_s(cleaner):
    # 郑重声明 over the report's own paragraph is no label the page's end cut off: the end rule leaves it
    vow = "郑重声明"
    pledge = "我们承诺：坚决做到不收礼、不吃请，全体党员干部自觉接受群众监督，欢迎群众随时举报。"
    page = f"{TITLE}\n\n{BODY}\n\n{vow}\n{pledge}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert pledge in result.cleaned and MORE in result.cleaned
    assert not any(f.data.get("unit") == "bare_notice_label_at_end" for f in result.findings)


def test_an_outlets_channel_before_a_bracketed_report_credit_goes(cleaner):
    lead = "近日，东州市委组织部表彰了一批先进基层党组织，市人民医院党委榜上有名。"
    page = f"健康在线网 东州医疗频道（王明 报道）{lead}\n\n医院党委坚持党建引领，全面加强公立医院党的建设，推动医院高质量发展。\n"
    result = cleaner.clean_text(page)
    assert "健康在线网 东州医疗频道（王明 报道）" in _removed(page, result)
    assert lead in result.cleaned


def test_a_repost_notice_spliced_into_a_word_goes_its_words_stay(cleaner):
    spliced = "三十年的摸爬滚打，孜孜不[本文转载自倦的刻苦钻研，让他从一个门外汉成长为线路检修的技术专家。"
    page = f"{TITLE}\n\n{BODY}\n\n{spliced}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == "[本文转载自"
    assert "三十年的摸爬滚打，孜孜不倦的刻苦钻研，让他从一个门外汉成长为线路检修的技术专家。" in result.cleaned


def test_a_closed_bracketed_source_in_a_sentence_is_another_rules(cleaner):
    # a bracket that closes is no splice the end-of-bracket test leaves open
    page = f"{TITLE}\n\n{BODY}\n\n{MORE}【本文转载自东州日报】\n"
    result = cleaner.clean_text(page)
    assert not any(f.data.get("unit") == "open_source_splice" for f in result.findings)
    assert MORE in result.cleaned


def test_a_pictures_sentence_inside_a_flattened_page_goes(cleaner):
    page = ("某某县供电公司党支部\n\n东岭供电所党支部组织党员开展“电亮乡村”志愿服务活动，为困难群众义务检修线路。 "
            "图为党员对线路进行检查。 争当服务先锋 在西坡村，党员服务队为留守老人更换老旧电线，排除用电隐患。\n\n"
            "党支部始终把服务群众作为第一要务，深入开展“党员联户”工作，全年走访群众1200余户。\n")
    result = cleaner.clean_text(page)
    assert "图为党员对线路进行检查。" in _removed(page, result)
    assert "为困难群众义务检修线路。" in result.cleaned and "争当服务先锋 在西坡村" in result.cleaned


def test_a_headline_written_twice_on_its_line_loses_the_line_where_the_page_shows_it_again(cleaner):
    twice = "青山村选出全市首个“90后”班子，一起来认识一下他们"
    page = f"{twice}\n\n青山村两委班子全部由年轻人组成。\n\n{twice}{twice}\n\n{BODY}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert result.cleaned.count(twice) == 1 and result.cleaned.startswith(twice)
    assert twice + twice in _removed(page, result)
    assert BODY in result.cleaned


def test_a_title_written_twice_on_its_only_line_keeps_one_copy(cleaner):
    page = f"{TITLE} {TITLE}\n\n{BODY}\n\n{MORE}\n\n{LAST}\n"
    result = cleaner.clean_text(page)
    assert result.cleaned.count(TITLE) == 1
    assert result.cleaned.lstrip().startswith(TITLE)


def test_a_sentence_holding_a_phrase_twice_stays(cleaner):
    cheer = "加油，加油！大家齐声为参赛的党员队员们加油，加油！"
    page = f"{TITLE}\n\n{BODY}\n\n{cheer}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert cheer in result.cleaned


def test_a_units_sign_off_ending_in_ban_over_its_date_stays_in_the_foot(cleaner):
    page = (f"{TITLE}\n\n{BODY}\n\n{MORE}\n\n东州市文明办\n\n2023年6月12日\n\n{TITLE}\n\n分享到：\n\n相关文章：\n"
            "东州市召开文明创建推进会\n")
    result = cleaner.clean_text(page)
    assert "东州市文明办" in result.cleaned


def test_who_keyed_the_item_in_before_its_editor_closing_the_text_goes(cleaner):
    page = f"{TITLE}\n\n{BODY}\n\n{MORE} 文章录入:lihua 责任编辑:王晓明\n"
    result = cleaner.clean_text(page)
    assert "文章录入:lihua 责任编辑:王晓明" in _removed(page, result)
    assert MORE in result.cleaned


def test_a_mastheads_bare_sponsor_label_goes(cleaner):
    page = f"主办:中共东州市委宣传部\n\n{TITLE}\n\n{BODY}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert "主办:中共东州市委宣传部" in _removed(page, result)
    assert TITLE in result.cleaned


def test_a_sentence_saying_who_hosted_an_event_stays(cleaner):
    hosted = "本次比赛由东州市委组织部主办，东坡村党支部承办，全市二十个村的党员代表队参加了比赛。"
    page = f"{TITLE}\n\n{BODY}\n\n{hosted}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert hosted in result.cleaned


def test_a_sites_blurb_whose_name_a_brand_replaced_goes(cleaner):
    blurb = "某某官网注册网址是什么于1999年正式上线运行,是中国某某协会主办的全国性行业门户网站。"
    page = f"{TITLE}\n\n{BODY}\n\n{MORE}\n{blurb}\n服务热线:400-000-1234\n"
    result = cleaner.clean_text(page)
    assert "于1999年正式上线运行,是中国某某协会主办的全国性行业门户网站。" in _removed(page, result)
    assert MORE in result.cleaned


def test_a_clinics_spam_lines_in_the_foot_go(cleaner):
    page = (f"{TITLE}\n\n{BODY}\n\n{MORE}\n\n什么牌的血糖仪好\n东州癫痫病医院地址\n西州中医牛皮癣医院\n推荐资讯\n")
    result = cleaner.clean_text(page)
    removed = _removed(page, result)
    for spam in ("什么牌的血糖仪好", "东州癫痫病医院地址", "西州中医牛皮癣医院"):
        assert spam in removed
    assert MORE in result.cleaned


def test_a_hospitals_report_naming_its_clinic_in_a_sentence_stays(cleaner):
    clinic = "东州市皮肤病医院党支部结合专科特点，组织党员专家深入社区义诊，为群众讲解银屑病的防治知识。"
    page = f"东州市皮肤病医院党支部先进事迹\n\n{clinic}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert clinic in result.cleaned


def test_the_sites_copy_of_the_subtitle_over_its_source_line_goes_the_reports_stays(cleaner):
    head = "李明看望东州青山镇王庄村计生专干王秀兰"
    sub = "李明看望东州市青山镇王庄村计生专干王秀兰"
    headline = "基层需要更多这样无私奉献的好专干"
    page = (f"当前位置: 首页>> 工作动态>> 部门信息\n{head}\n政府门户网站 www.dz.gov.cn   2010年08月25日   来源:东州人口计生委网站\n\n"
            f"{headline}\n{sub}\n\n{BODY}\n\n{MORE}\n")
    result = cleaner.clean_text(page)
    assert sub in result.cleaned and headline in result.cleaned
    assert head + "\n" in _removed(page, result)


def test_a_variant_of_the_title_under_its_date_line_still_goes(cleaner):
    # no headline between the date line and the variant: the first copy is the title, the variant the site's
    title = "东坡村党支部入选全省“双带头人”党支部书记工作室建设名单"
    variant = "东坡村党支部入选“双带头人”党支部书记工作室建设名单"
    page = f"信息公告\n\n{title}\n\n发布时间:2024-12-04\n\n{variant}\n\n{BODY}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert title in result.cleaned
    assert variant not in result.cleaned


def test_a_crumb_from_the_home_page_spaced_apart_goes(cleaner):
    title = "东坡村党支部开展主题党日活动"
    page = f"{title}\n\n首页    党群文化    党的建设    {title}\n\n{BODY}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert f"首页    党群文化    党的建设    {title}" in _removed(page, result)
    assert result.cleaned.count(title) == 1


def test_a_spaced_crumb_holding_the_titles_only_copy_stays(cleaner):
    title = "东坡村党支部开展主题党日活动"
    page = f"首页    党群文化    党的建设    {title}\n\n{BODY}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert title in result.cleaned


def test_a_document_sites_page_numbers_run_into_the_text_go(cleaner):
    page = (f"{TITLE}\n\n—1—倾心为民的好支书——东坡村党支部书记王长林带领群众致富，任村支书后—2—带领群众发展葡萄种植。"
            "2019—2021年，全村收入增长三成。\n\n" + MORE + "\n")
    result = cleaner.clean_text(page)
    removed = _removed(page, result)
    assert "—1—" in removed and "—2—" in removed
    assert "任村支书后带领群众发展葡萄种植。2019—2021年，全村收入增长三成。" in result.cleaned
    assert "倾心为民的好支书——东坡村党支部书记" in result.cleaned


def test_a_dateline_of_several_outlets_goes(cleaner):
    lead = "7月8日，东州市突降暴雨，东坡村党支部组织党员连夜转移群众。"
    page = f"东州晚报、东州财经网(www.dzcj.com)、掌上东州讯(刘小梅) {lead}\n\n党员们冒雨奋战，转移群众三百余人。\n"
    result = cleaner.clean_text(page)
    assert "东州晚报、东州财经网(www.dzcj.com)、掌上东州讯(刘小梅)" in _removed(page, result)
    assert lead in result.cleaned


def test_a_media_sites_name_and_colon_opening_the_text_goes(cleaner):
    lead = "为扎实开展支部党建活动，充分发挥党建引领作用，近日，东州市某某区检察院第三检察部党支部与某某学校党支部共同开展主题党日活动。"
    page = f"{TITLE}\n\n东州法制传媒网:{lead}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert "东州法制传媒网:" in _removed(page, result)
    assert lead in result.cleaned


def test_a_run_in_heading_naming_the_grid_stays(cleaner):
    # a power company's run-in heading (坚强电网：…) is no outlet's dateline
    run_in = "织密坚强电网：今年以来，公司投资两亿元新建和改造农村配电线路四百公里，群众用电更加安心。"
    page = f"东州供电公司党委先进事迹\n\n{run_in}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert run_in in result.cleaned


def test_a_sites_display_switches_go(cleaner):
    page = f"论坛风格切换切换到宽版\n{TITLE}\n蓝底黄字白链接\n黄底黑字蓝链接\n黑底黄字白链接\n\n{BODY}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    removed = _removed(page, result)
    for switch in ("论坛风格切换切换到宽版", "蓝底黄字白链接", "黄底黑字蓝链接", "黑底黄字白链接"):
        assert switch in removed
    assert TITLE in result.cleaned and BODY in result.cleaned


def test_a_spider_pools_long_list_of_places_goes(cleaner):
    places = "| ".join(["青川县", "东州市", "南平县", "西岭镇", "北山区", "临河县", "白水市", "游戏", "洛川县"] * 6) + "|"
    page = f"{TITLE}\n\n{BODY}\n\n{MORE}\n\n(责编:李明、赵红)\n{places}\n"
    result = cleaner.clean_text(page)
    assert places in _removed(page, result)
    assert MORE in result.cleaned


def test_a_reports_list_of_its_villages_stays(cleaner):
    villages = "全镇东坡村、西岭村、南山村、北河村、青石村、白水村六个村党组织全部达到“五星”标准。"
    page = f"{TITLE}\n\n{BODY}\n\n{villages}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert villages in result.cleaned


def test_who_wrote_and_who_checked_in_brackets_closing_the_text_goes(cleaner):
    last = "也希望更多的居民能够了解和学习这些老党员的事迹，共同为社区的繁荣稳定贡献力量。"
    page = f"{TITLE}\n\n{BODY}\n\n{last}(王红/撰、王志茹/审)\n"
    result = cleaner.clean_text(page)
    assert "(王红/撰、王志茹/审)" in _removed(page, result)
    assert last in result.cleaned


def test_the_next_items_headline_glued_to_the_pagers_word_goes(cleaner):
    page = f"{TITLE}\n\n{BODY}\n上一篇亲子家庭探秘“定楼神针”\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert "上一篇亲子家庭探秘“定楼神针”" in _removed(page, result)
    assert BODY in result.cleaned and MORE in result.cleaned


def test_a_short_headline_under_the_pages_furniture_over_its_date_line_stays(cleaner):
    page = ("文章数:17612篇 征文数:47963篇 摄影作品:2286篇\n\n善的故事\n"
            "《“善的微故事我创编”(2021)》 2021年04月22日 阅读:179次\n"
            f"{BODY}\n{MORE}\n")
    result = cleaner.clean_text(page)
    assert "善的故事" in result.cleaned
    assert "征文数" not in result.cleaned


def test_a_short_headline_under_spam_over_its_clock_stays(cleaner):
    page = f"国产日韩欧美一区二区_久久精品午夜_亚洲一区二区三区\n\n?\n\n奠基立业\n\n2021-12-13 17:43\n东州工人 2021年13期\n\n{BODY}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert "奠基立业" in result.cleaned


def test_an_e_paper_readers_label_over_the_day_still_goes(cleaner):
    page = f"电子报阅读机\n2026-01-16\n星期五\n当前报纸名称:东州日报\n\n争创过硬支部 夯实党建基础\n\n{BODY}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert "电子报阅读机" in _removed(page, result)


def test_a_caption_closed_by_a_long_units_credit_after_a_space_goes(cleaner):
    caption = "在东坡葡萄园项目，党员技术员正在为果树修枝。 (东州建设公司城建分公司葡萄园项目部供图)"
    page = f"{TITLE}\n\n{BODY}\n\n{caption}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert caption in _removed(page, result)
    assert BODY in result.cleaned and MORE in result.cleaned


def test_a_city_portals_welcome_with_its_mobile_site_goes(cleaner):
    page = f"东州第一城市门户欢迎您!   手机东州广播网\n{TITLE}\n\n{BODY}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert "东州第一城市门户欢迎您!   手机东州广播网" in _removed(page, result)
    assert TITLE in result.cleaned


def test_a_news_leads_first_sentence_under_the_pictures_caption_stays(cleaner):
    lead = "昨天，一场特殊的入党宣誓仪式在青禾社区党群服务中心举行。"
    page = ("两名快递小哥“七一”前夕宣誓入党\n\n0\n分享至\n\n(原标题:两名快递小哥“七一”前夕宣誓入党)\n\n两名快递小哥“七一”前夕宣誓入党\n\n"
            "昨天,青禾区盈坤世纪党群服务中心为两位快递小哥举行入党宣誓仪式。 东州日报记者 李明摄\n\n\n"
            f"{lead}\n\n\n提前半个多小时，快递小哥王强和张峰就早早来到这里。坐在桌前，两人一边略有些紧张地搓着手，一边默念着入党誓词。\n")
    result = cleaner.clean_text(page)
    assert lead in result.cleaned


def test_a_journal_databases_fields_go(cleaner):
    abstract = ("“双带头人”教师党支部书记工作室培育工程是加强高校基层党组织建设的一项重要举措。该文以校级工作室建设为载体，"
                "提出思想铸魂为统领、对标争先筑基础等五个方面的工作举措，为工作室的示范推广提供借鉴参考。")
    page = (f"摘要\n{abstract}\n出处\n《东州学刊》\n2023年第34期38-43,共6页\n基金\n东州省高校教师党支部书记工作室培育建设项目\n"
            f"关键词\n教师党支部\n“双带头人”\n")
    result = cleaner.clean_text(page)
    removed = _removed(page, result)
    assert "出处\n《东州学刊》" in removed and "基金\n" in removed and "关键词\n" in removed
    assert any(f.data.get("unit") == "journal_database_fields" for f in result.findings)
    assert abstract in result.cleaned


def test_a_reports_line_naming_its_fund_stays_without_a_journal_record(cleaner):
    fund = "基金"
    page = f"{TITLE}\n\n{BODY}\n\n{fund}\n支部设立党员互助基金，去年帮助困难党员和群众二十多户。\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert "支部设立党员互助基金" in result.cleaned
    assert not any(f.data.get("unit") == "journal_database_fields" for f in result.findings)


def test_a_forum_authors_panel_goes(cleaner):
    page = ("查看: 1397|回复: 1\n\n[复制链接]\n\n2786\n\n主题\n\n4万\n\n铜板\n\n269\n\n好友\n\n版主\n\n积分\n33467\n\n"
            "宣传勋章灌水勋章贡献勋章活跃勋章\n\n发表于 2011-9-3 14:08 | 显示全部楼层 |阅读模式\n"
            f"{BODY}\n\n{MORE}\n")
    result = cleaner.clean_text(page)
    removed = _removed(page, result)
    for word in ("主题", "4万", "铜板", "好友", "版主", "宣传勋章灌水勋章贡献勋章活跃勋章"):
        assert f"{word}\n" in removed
    assert BODY in result.cleaned


def test_a_reports_theme_line_off_a_forum_stays(cleaner):
    page = f"{TITLE}\n\n主题\n\n{BODY}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert not any(f.data.get("unit") == "forum_profile_panel" for f in result.findings)


def test_before_and_after_pictures_captions_go(cleaner):
    page = (f"{TITLE}\n\n{BODY}\n\n儿童乐园改造前\n\n儿童乐园改造后\n\n"
            "小区党支部牵头，把闲置空地改成了儿童乐园，居民们纷纷点赞。\n")
    result = cleaner.clean_text(page)
    removed = _removed(page, result)
    assert "儿童乐园改造前" in removed and "儿童乐园改造后" in removed
    assert "小区党支部牵头，把闲置空地改成了儿童乐园" in result.cleaned


def test_a_pictures_moment_told_at_length_in_brackets_goes(cleaner):
    moment = "(7月24日,王长林刚刚结束防汛救援工作回到村委会,啃着一个面包解决午餐补充体力。)"
    page = f"{TITLE}\n\n{BODY}\n\n{moment}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert moment in _removed(page, result)
    assert BODY in result.cleaned and MORE in result.cleaned


def test_a_reports_note_on_its_figures_in_brackets_stays(cleaner):
    note = "（以上数据截至2023年底。）"
    page = f"{TITLE}\n\n{BODY}\n\n{note}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert note in result.cleaned


def test_a_posting_day_glued_to_the_head_headline_goes(cleaner):
    page = f"东坡村党支部开展“结对共建强党性”七一党日活动2017-06-28\n\n{BODY}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == "2017-06-28"
    assert "东坡村党支部开展“结对共建强党性”七一党日活动" in result.cleaned


def test_widget_labels_and_a_portals_slogan_go(cleaner):
    page = f"主流媒体 东州门户\n当前时间:\n快捷搜索:\n搜索\n{TITLE}\n\n{BODY}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    removed = _removed(page, result)
    for label in ("主流媒体 东州门户", "当前时间:", "快捷搜索:", "搜索\n"):
        assert label in removed
    assert TITLE in result.cleaned


def test_a_continuation_marker_naming_a_lettered_edition_goes(cleaner):
    text = "14日下午4点左右，了解到立交桥两侧辅道大面积积水，他冒着雨组织协调进行应急处置。"
    page = f"{TITLE}\n\n{BODY}\n\n(上接A1版){text}\n"
    result = cleaner.clean_text(page)
    assert "(上接A1版)" in _removed(page, result)
    assert text in result.cleaned


def test_an_items_credits_glued_to_its_last_sentence_go_the_sentence_stays(cleaner):
    last = "东坡村党支部带领党员突击队冲锋在一线，确保全村供水安全"
    page = f"{TITLE}\n\n{BODY}\n\n{last}图/文:罗小萍 审核:王晶 签发:雷国明\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == "图/文:罗小萍 审核:王晶 签发:雷国明"
    assert last in result.cleaned


def test_a_caption_whose_credit_closes_with_a_full_stop_goes(cleaner):
    caption = "趣味运动会剥玉米环节。东州融媒体中心记者苏小琳摄。"
    page = f"{TITLE}\n\n{BODY}\n\n{caption}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert caption in _removed(page, result)
    assert BODY in result.cleaned and MORE in result.cleaned


def test_a_sentence_ending_in_what_the_branch_provided_stays(cleaner):
    provided = "支部组织党员志愿者开展义诊活动。活动所需药品全部由东州人民医院提供。"
    page = f"{TITLE}\n\n{BODY}\n\n{provided}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert provided in result.cleaned


def test_a_document_sites_file_name_marked_vip_goes(cleaner):
    page = f"2026年东坡村党支部发展党员工作计划.docxVIP\n\n{TITLE}\n\n{BODY}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert "2026年东坡村党支部发展党员工作计划.docxVIP" in _removed(page, result)


def test_headings_that_build_a_platform_stay_between_the_paragraphs(cleaner):
    headings = ("构建共享平台", "创新载体搭平台", "打造学习平台")
    page = (f"{TITLE}\n\n{BODY}\n\n{headings[0]}\n\n支部依托村党群服务中心建立共享农机站，统一调配农机二十多台，为群众节约成本十多万元。\n\n"
            f"{headings[1]}\n\n{MORE}\n\n{headings[2]}\n\n支部每月组织一次党员学习日活动，邀请农技专家授课，党员群众参与人数逐年增加。\n")
    result = cleaner.clean_text(page)
    for heading in headings:
        assert heading in result.cleaned


def test_a_gambling_platforms_name_alone_still_goes(cleaner):
    page = f"米乐体育平台\n{TITLE}\n\n{BODY}\n\n{MORE}\n\n杏耀平台\n"
    result = cleaner.clean_text(page)
    assert "杏耀平台" in _removed(page, result)


def test_headings_spaced_out_between_the_paragraphs_stay(cleaner):
    page = (f"{TITLE}\n\n前  言\n\n{BODY}\n\n将 军 的 遗 愿\n\n{MORE}\n\n光 辉 的 传 承\n\n"
            "支部每月组织一次党员学习日活动，邀请农技专家授课，党员群众参与人数逐年增加。\n")
    result = cleaner.clean_text(page)
    assert "将 军 的 遗 愿" in result.cleaned and "光 辉 的 传 承" in result.cleaned


def test_a_share_bar_spaced_out_in_the_pages_head_still_goes(cleaner):
    page = f"{TITLE}\n分 享 至 手 机\n\n{BODY}\n\n{MORE}\n"
    result = cleaner.clean_text(page)
    assert "分 享 至 手 机" in _removed(page, result)
