"""Shapes seen on the real pages of session 50, rewritten with invented names and wording."""

from __future__ import annotations

import pytest

from tests.helpers import VILLAGE_P1, VILLAGE_P2, VILLAGE_P3, VILLAGE_TITLE, clean_page

TITLE, P1, P2, P3 = VILLAGE_TITLE, VILLAGE_P1, VILLAGE_P2, VILLAGE_P3


# -- a betting brand's number, trade and app words ------------------------------------------------------------------

def test_a_betting_brands_app_words_in_title_marks_go_and_the_sentence_stays():
    sentence = "支部全体党员集体讨论，再统一《266体育在线下载安装》采购新的课桌椅等设备。"
    out = clean_page(TITLE + P1 + sentence + "\n" + P2)
    assert "266体育" not in out and "《》" not in out
    assert "再统一采购新的课桌椅等设备。" in out and P2.strip() in out


def test_an_seo_posts_line_naming_a_betting_brand_goes_whole():
    out = clean_page("带大家揭秘一下599娱乐官网入口\n" + TITLE + P1 + P2)
    assert "揭秘" not in out and "599" not in out and TITLE.strip() in out and P1.strip() in out


@pytest.mark.parametrize("sentence", [
    "学校举办第30届体育节，共有2000名师生参加，365名党员教师参与组织工作。",
    "2023年体育在线课程上线，学生可以下载学习，支部还给大家科普一下防诈骗知识。",
    "村里新建120平方米体育活动室，配备在线健身设备。",
])
def test_a_reports_figures_before_sports_words_stay(sentence):
    out = clean_page(TITLE + P1 + sentence + "\n" + P2)
    assert sentence in out


# -- credits of a paper's pictures ------------------------------------------------------------------------------------

def test_a_photo_reports_credit_closing_a_paragraph_goes_and_the_paragraph_stays():
    para = ("今年以来，柳溪村党支部组织党员开展志愿服务，党员们走进农户家中，帮助群众解决实际困难，"
            "为群众代购药品、生活用品和农资，此举受到不少群众点赞。")
    for credit in ("贺明远 摄影报道", "本报记者 林小禾 图文报道"):
        out = clean_page(TITLE + P1 + para + credit + "\n" + P2)
        assert credit not in out and para in out and P2.strip() in out


def test_a_photo_report_named_inside_a_sentence_stays():
    sentence = "县融媒体中心对当天的活动进行了摄影报道，并在公众号上推送，反响热烈。"
    out = clean_page(TITLE + P1 + sentence + "\n" + P2)
    assert sentence in out


@pytest.mark.parametrize("line", [
    "远眺柳溪村新貌。 本版图片除署名外均由江川县委报道组提供",
    "本版图片均由柳溪镇党委宣传办提供",
])
def test_a_papers_credit_for_the_pictures_of_its_page_goes_whole(line):
    out = clean_page(TITLE + P1 + line + "\n" + P2)
    assert "本版图片" not in out and "新貌" not in out and P1.strip() in out and P2.strip() in out


# -- pictures' captions inside the text -----------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "大会在庄严嘹亮的国歌声中拉开序幕。",  # a news item's short paragraph
    "随后，全体党员参观了村史馆。",  # the story going on
    "党员们纷纷表示要以实际行动践行初心使命。",
    "柳溪商会党支部组织委员陈海宁宣读学习资料。",  # a caption's shape, but alone between paragraphs it may be the story's
])
def test_a_short_paragraph_of_one_sentence_between_paragraphs_stays(line):
    out = clean_page(TITLE + P1 + line + "\n" + P2 + P3)
    assert line in out


def test_lines_between_two_captions_are_the_gallerys_captions():
    lines = ["3月2日，贺明远为柳溪村群众送去米面油。（无人机拍摄）",
             "贺明远展示群众开出的购物清单。",
             "贺明远从超市采购了好几袋东西，等候结账。",
             "贺明远（右）将物资交到老人手中。"]
    out = clean_page(TITLE + P1 + "\n".join(lines) + "\n" + P2 + P3)
    assert all(x not in out for x in lines) and P1.strip() in out and P2.strip() in out


def test_a_short_paragraph_between_two_captions_that_shares_no_words_with_them_stays():
    lines = ["贺明远（左）为群众讲解政策。", "支部每月开展一次义诊，满意度明显提升。", "林小禾（右）在田间查看长势"]
    out = clean_page(TITLE + P1 + "\n".join(lines) + "\n" + P2 + P3)
    assert lines[0] not in out and lines[2] not in out and lines[1] in out


def test_a_short_paragraph_between_a_caption_and_the_text_stays():
    caption = "贺明远（右）将物资交到老人手中。"
    line = "老人们连声道谢。"
    out = clean_page(TITLE + P1 + caption + "\n" + line + "\n" + P2 + P3)
    assert caption not in out and line in out


# -- a picture's caption over the text --------------------------------------------------------------------------------

HEAD = "柳溪派出所：守护一方平安\n——江川县公安局柳溪派出所先进事迹\n2019年06月12日09:30  来源：江川新闻网\n"


def test_a_caption_under_the_pages_furniture_above_the_text_goes():
    caption = "柳溪派出所民警向群众发放反诈宣传单"
    out = clean_page(HEAD + caption + "\n" + P1 + P2)
    assert caption not in out and "守护一方平安" in out and P1.strip() in out


def test_a_caption_over_a_short_heading_above_the_text_goes():
    caption = "江川县委书记为驻村第一书记送行"
    out = clean_page(HEAD + caption + "\n嘱托\n" + P1 + P2)
    assert caption not in out and "嘱托" in out and P1.strip() in out


def test_a_deck_right_under_the_title_stays():
    deck = "柳溪派出所民警走村入户宣传反诈知识"
    out = clean_page("柳溪派出所：守护一方平安\n" + deck + "\n" + P1 + P2)
    assert deck in out


def test_a_heading_over_the_text_stays():
    heading = "坚持党建引领 筑牢战斗堡垒"
    out = clean_page(HEAD + heading + "\n" + P1 + P2)
    assert heading in out



# -- a forum's buttons and a disclosure column's name --------------------------------------------------------------

def test_a_forum_threads_buttons_go():
    for line in ("显示全部楼层", "只看该作者 电梯直达"):
        out = clean_page(TITLE + line + "\n" + P1 + P2)
        assert line not in out and P1.strip() in out


def test_a_sentence_about_a_forum_stays():
    sentence = "支部在村民论坛开设党建专栏，党员们在帖子下逐条回复群众提问，只看该作者一栏也成了群众查看答复的入口。"
    out = clean_page(TITLE + P1 + sentence + "\n" + P2)
    assert sentence in out


def test_a_sub_district_offices_disclosure_column_goes():
    out = clean_page("江川县柳溪街道办事处政府信息公开\n" + TITLE + P1 + P2)
    assert "政府信息公开" not in out and TITLE.strip() in out


def test_a_sentence_on_disclosure_stays():
    sentence = "街道办事处坚持政府信息公开，每季度公布为民办实事清单。"
    out = clean_page(TITLE + P1 + sentence + "\n" + P2)
    assert sentence in out


# -- a picture whose alternative text is the title ------------------------------------------------------------------

NEWS_TITLE = "柳溪供电与发改“三方共建”：党建引领谋发展\n"


def test_a_caption_under_a_copy_of_the_title_inside_the_text_goes():
    caption = "“三方共建”座谈会"
    out = clean_page(NEWS_TITLE + P1 + NEWS_TITLE + caption + "\n" + P2 + P3)
    assert caption not in out and out.count("党建引领谋发展") == 1 and P2.strip() in out


def test_a_heading_under_a_copy_of_the_title_stays():
    heading = "政企联动解难题"
    out = clean_page(NEWS_TITLE + P1 + NEWS_TITLE + heading + "\n" + P2 + P3)
    assert heading in out and P2.strip() in out


# -- body losses of round B201 ----------------------------------------------------------------------------------------

def test_an_abstract_holding_the_pages_only_text_keeps_its_text():
    text = ("为保护好出土文物，他以一名共产党员的使命感，顶着烈日，用脚步丈量土地，做出科学的建馆方案；"
            "为建设一流博物馆，他四处奔走争取支持，带领团队攻坚克难。")
    page = "贺明远：勇担重任 建设一流博物馆\n\n2023/6/25 14:41:00 发布者：admin 来源：江川县融媒体中心 浏览次数：1024\n内容提要： " + text + "\n"
    out = clean_page(page)
    assert text in out and "内容提要" not in out and "浏览次数" not in out


def test_a_sites_abstract_over_the_text_still_goes_whole():
    abstract = "导读：石桥村党支部坚持党建引领乡村振兴，组织党员带头发展茶叶和中药材种植。"
    out = clean_page(TITLE + abstract + "\n" + P1 + P2 + P3)
    assert "导读" not in out and P1.strip() in out


def test_a_betting_brands_login_words_before_a_units_station_leave_the_station():
    sentence = "11月27日下午，abc365官网登录入口党员服务站组织五位入党积极分子到生活区开展志愿服务。"
    out = clean_page(TITLE + P1 + sentence + "\n" + P2)
    assert "abc365" not in out and "登录入口" not in out and "党员服务站组织五位入党积极分子" in out


# -- round B201's gambling names, a view count and a dated picture's caption ---------------------------------------

@pytest.mark.parametrize("sentence, brand, kept", [
    ("根据《发展党员工作细则》，永利现金各小班于9月14日召开积极分子推选会。", "永利现金", "各小班于9月14日召开积极分子推选会"),
    ("加强与上下游、政府主管部门、江川app(中国官网)安卓/ios苹果/电脑版相关部室对接。", "江川app(中国官网)安卓/ios苹果/电脑版", "政府主管部门、相关部室对接"),
    ("本次大会完成了预备党员转正工作，为8866威尼斯检查中心学生第三党支部注入了新鲜血液。", "8866威尼斯检查中心", "学生第三党支部注入了新鲜血液"),
])
def test_round_b201s_betting_names_go_and_the_sentence_stays(sentence, brand, kept):
    out = clean_page(TITLE + P1 + sentence + "\n" + P2)
    assert brand not in out and kept in out and P2.strip() in out


@pytest.mark.parametrize("sentence", [
    "支部组织党员到金沙江畔开展巡河护河活动，收集现金捐款用于帮扶困难群众。",
    "县检测中心党支部联合村委会开展食品安全宣传，党员为群众检查中心水厂水质。",
    "公司产品远销海外，在中国（上海）自由贸易试验区设立了分公司。",
])
def test_report_sentences_near_those_words_stay(sentence):
    out = clean_page(TITLE + P1 + sentence + "\n" + P2)
    assert sentence in out


def test_a_view_count_in_thousands_under_the_publishing_line_goes():
    out = clean_page("某某油田：补短板锻长板\n2023年01月09日 来源：某某石化报\n16.8K\n" + P1 + P2)
    assert "16.8K" not in out and P1.strip() in out


def test_a_dated_pictures_caption_glued_before_the_text_goes_and_the_text_stays():
    caption = "展览馆里的墙上挂满观众的观后感（10月26日摄）。"
    text = "江川的退休教师贺明远是一名老党员。半个世纪以来，他用自己的积蓄办起了一座红色展览馆，免费向群众开放。"
    out = clean_page(TITLE + caption + text + "\n" + P2)
    assert "观后感" not in out and "日摄" not in out and text in out


def test_a_reports_sentence_with_a_day_in_brackets_stays():
    sentence = "支部组织党员开展主题党日活动（10月26日），重温入党誓词。"
    out = clean_page(TITLE + P1 + sentence + "\n" + P2)
    assert sentence in out


def test_a_footers_address_lines_closed_by_their_postcodes_go():
    lines = ["江北校区：江川市江北区文昌路2号             邮编：545006", "柳东校区：江川市柳东区官塘大道19号   邮编:545616"]
    out = clean_page(TITLE + P1 + P2 + "\n".join(lines) + "\n")
    assert "邮编" not in out and "校区" not in out and P2.strip() in out


def test_a_sentence_on_postcodes_stays():
    sentence = "邮政支局党员服务岗为群众提供邮编查询和代寄服务，全年服务群众3200人次。"
    out = clean_page(TITLE + P1 + sentence + "\n" + P2)
    assert sentence in out


# -- round B202: a photo feature's items and a gambling platform's boast ---------------------------------------------

def test_a_photo_features_items_closed_by_their_credits_go():
    items = ["1.江川县供电局有一支巾帼党员服务队，施工中不让须眉，拉线、爬杆、安装样样能干。图为今年7月27日，她们冒着酷暑在现场施工。张 瑜/摄",
             "2.今年3月29日，柳溪供电公司组织八个专业组联合攻坚，两天完成线路改造。图为该公司党员服务队队员在运送施工材料。王强/摄"]
    out = clean_page(TITLE + P1 + "\n".join(items) + "\n" + P2)
    assert "图为" not in out and "巾帼" not in out and P1.strip() in out and P2.strip() in out


def test_a_numbered_point_saying_what_a_picture_shows_stays():
    line = "1.支部建成党建文化长廊，图为长廊中的入党誓词墙，党员在此重温誓词。"
    out = clean_page(TITLE + P1 + line + "\n" + P2)
    assert line in out


def test_a_gambling_platforms_boast_where_a_units_name_stood_goes():
    sentence = "引导党员发挥先锋模范作用，最大最可靠的捕鱼平台员工第二党支部于5月22日召开组织生活会。"
    out = clean_page(TITLE + P1 + sentence + "\n" + P2)
    assert "捕鱼" not in out and "员工第二党支部于5月22日召开组织生活会" in out


def test_a_reports_own_platform_stays():
    sentence = "村里建成全县最大的党群服务平台，为群众提供一站式服务。"
    out = clean_page(TITLE + P1 + sentence + "\n" + P2)
    assert sentence in out


# -- the caption model for lines learns captions naming a person or a team and their deed -------------------------

@pytest.mark.parametrize("caption", ["贺明远组织村民召开院坝会", "柳溪供电所为企业提供上门服务"])
def test_a_caption_naming_who_does_what_between_paragraphs_goes(caption):
    out = clean_page(TITLE + P1 + caption + "\n" + P2 + P3)
    assert caption not in out and P1.strip() in out and P2.strip() in out


@pytest.mark.parametrize("heading", ["扎根油田三十年", "一名老党员的坚守", "把群众的事当成自己的事"])
def test_a_profiles_heading_between_paragraphs_stays(heading):
    out = clean_page(TITLE + P1 + heading + "\n" + P2 + P3)
    assert heading in out


# -- a wire's dateline whose writers' names ran together ----------------------------------------------------------

def test_a_datelines_writers_run_together_in_brackets_go_and_the_text_stays():
    text = "哪里有党员，哪里就有党组织覆盖。在江川无论国有企业还是非公企业，党建活动正如火如荼地开展。"
    out = clean_page(TITLE + "新华网北京7月5日(柯明远韦小满)" + text + "\n" + P2)
    assert "新华网" not in out and "柯明远" not in out and text in out


def test_a_bracketed_phrase_after_a_dateline_that_is_no_names_stays():
    line = "新华网北京7月5日(节日活动圆满结束)哪里有党员，哪里就有党组织覆盖，党建活动正如火如荼地开展。"
    out = clean_page(TITLE + P1 + line + "\n" + P2)
    assert "节日活动圆满结束" in out
