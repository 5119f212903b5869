"""Shapes seen on the fresh real pages of session 41, rewritten with invented names and wording."""

from __future__ import annotations

import pytest

from tests.helpers import VILLAGE_P1, VILLAGE_P2, VILLAGE_P3, VILLAGE_TITLE, clean_page

TITLE, P1, P2, P3 = VILLAGE_TITLE, VILLAGE_P1, VILLAGE_P2, VILLAGE_P3
_clean = clean_page


# -- a 范文 site's preface --------------------------------------------------------------------------

@pytest.mark.parametrize("preface", [
    "本站精心为大家整理了村党支部先进事迹材料,希望对你有帮助。",  # 有帮助 without 所
    "下面是带来的村党支部先进事迹材料,欢迎查看。",  # the site's pointer with no subject, 欢迎查看
    "下面是小编精心整理的8篇村党支部事迹材料,希望这些内容能成为您创作路上的好帮手。",  # what it brings: 创作
])
def test_preface_in_other_wordings_goes(preface):
    page = TITLE + preface + "\n" + P1 + P2 + P3
    assert _clean(page) == TITLE + P1 + P2 + P3


def test_blurb_before_a_preface_with_the_text_glued_after_goes():
    # a flattened head: the site's blurb about the genre, its preface, then the item's own title and text
    blurb = "作为汇报的讲解词,它用生动的语言把展板上的内容讲给来宾听,从而加深印象。"
    preface = "本站精心为大家整理了党建示范点讲解词,希望对你有帮助。"
    body = "党建示范点讲解词尊敬的各位领导:大家好!欢迎莅临石桥村党群服务中心指导工作!\n"
    page = "党建示范点讲解词\n" + blurb + preface + body + P1
    assert _clean(page) == "党建示范点讲解词\n" + body + P1


def test_report_sentence_before_a_mid_line_preface_stays():
    # the first sentence names the unit with its place and a figure: the report's, not a blurb
    first = "石桥村党支部现有党员36名,下设3个党小组。"
    page = TITLE + first + "本站精心为大家整理了村党支部事迹材料,希望对你有帮助。" + "支部书记王建国带头干。\n" + P1
    out = _clean(page)
    assert first in out and "支部书记王建国带头干。" in out and "本站" not in out


def test_reader_invitation_after_an_editor_preface_goes():
    page = (TITLE + "本站小编为你精心准备了村党支部事迹材料参考范文,愿这些范文能激发您的写作灵感。欢迎深入阅读并收藏。\n"
            + P1 + P2 + P3)
    assert _clean(page) == TITLE + P1 + P2 + P3


def test_collection_title_and_numbered_item_label_go():
    page = ("村党支部工作总结3篇\n"
            "党支部是党的基础组织,是党全部工作和战斗力的基础。下面是带来的村党支部工作总结,欢迎查看。\n"
            "村党支部工作总结一:\n" + P1 + P2
            + "村党支部工作总结二:\n" + P3)
    assert _clean(page) == P1 + P2 + P3


def test_report_heading_with_a_number_and_its_text_stays():
    # a report's own numbered part under its title (no collection on the page): 一 closes no site label here
    page = TITLE + "一、强化组织建设\n" + P1 + "二、服务群众\n" + P2 + P3
    assert _clean(page) == page


# -- gambling names standing where the unit's name stood --------------------------------------------

@pytest.mark.parametrize("sentence,brand", [
    ("3月5日,至尊全讯668899组织研究生党员赴革命纪念馆开展主题党日活动。", "至尊全讯668899"),  # the trade's portal word and digits
    ("为推进党建与业务融合,银河wxy.6617788党委于5月12日组织党员赴企业参观学习。", "银河wxy.6617788"),  # its site's number after a dot
    ("中共环球520手机版登录委员会开展“一支部一品牌”创建活动。", "环球520手机版登录"),  # a phone app's login after the digits
])
def test_brand_with_its_tail_goes(sentence, brand):
    page = TITLE + P1 + sentence + "\n" + P3
    out = _clean(page)
    assert brand not in out and sentence.replace(brand, "") in out


def test_injected_comma_and_colon_after_a_brand_in_mid_clause_go():
    sentence = "“石桥村是365体育足彩,:省委书记的基层联系点。”她说,她将带领村里的妇女共同致富。"
    page = TITLE + P1 + sentence + "\n" + P3
    assert "“石桥村是省委书记的基层联系点。”她说,她将带领村里的妇女共同致富。" in _clean(page)


def test_a_comma_after_a_brand_stays():
    # the injection stood before the sentence's own comma (秘书长某某<brand>,某某银行…): the comma is the sentence's
    sentence = "出席活动的有商会秘书长陈立国金莎娱乐,石桥农商银行党委书记孙晓梅等。"
    page = TITLE + P1 + sentence + "\n" + P3
    out = _clean(page)
    assert "金莎娱乐" not in out and "陈立国,石桥农商银行" in out


# -- addresses, bylines, footers --------------------------------------------------------------------

def test_picture_address_glued_before_the_title_goes():
    url = "http://img.qiaocun-news.com/o/202305/12/286_1683861234567.png?width=640&size=52318"
    page = TITLE + url + TITLE + P1 + P2 + P3
    out = _clean(page)
    assert url not in out and "qiaocun" not in out and P1 in out


def test_picture_address_inside_a_sentence_goes():
    url = "//img.qiaocun-news.com/2023/05/a1.jpg"
    page = TITLE + P1 + "活动现场" + url + "党员们认真听讲。\n" + P3
    out = _clean(page)
    assert url not in out and "党员们认真听讲。" in out


@pytest.mark.parametrize("head,glue", [
    ("青峰杂志/陈立国", "\n"),  # a magazine and its writer alone on a line
    ("江州日报/陈立国", "   "),  # a paper and its writer glued before the text after spaces
])
def test_outlet_slash_writer_goes(head, glue):
    page = TITLE + head + glue + P1 + P2 + P3
    assert _clean(page) == TITLE + P1 + P2 + P3


def test_writers_profiles_under_the_lead_go():
    profiles = ("  作者|陈立国,江州市作家协会报告文学委员会副主任、省报告文学学会会员\n\n"
                "  孙晓梅,江州市政协委员、省散文学会会员\n\n")
    page = TITLE + P1 + profiles + P2 + P3
    out = _clean(page)
    assert "\n".join(x for x in out.split("\n") if x.strip()) == (TITLE + P1 + P2 + P3).rstrip("\n")


def test_site_owner_lines_under_the_copyright_go():
    foot = "Copyright © 2012-2025\n江州市卫生健康委员会\n江州市卫生健康宣传教育中心\n"
    page = TITLE + P1 + P2 + P3 + "|||||\n" + foot + "|\n"
    assert _clean(page).rstrip("\n") == (TITLE + P1 + P2 + P3).rstrip("\n")


def test_report_signature_without_a_copyright_stays():
    sign = "中共石桥村支部委员会\n2024年12月20日\n"
    page = TITLE + P1 + P2 + P3 + sign
    assert sign.split("\n")[0] in _clean(page)


# -- feeds and portals ------------------------------------------------------------------------------

def test_read_rest_fold_glued_before_the_text_goes():
    page = TITLE + "展开剩余72%" + P1 + P2 + P3
    assert _clean(page) == TITLE + P1 + P2 + P3


@pytest.mark.parametrize("lines", [
    "发布于:江州市某某配资提示:文章来自网络,不代表本站观点。",  # a portal's foot: where it was posted from
    "专栏名称: 江州气象\n权威发布江州天气预报预警信息,普及防灾减灾知识",  # an aggregator's account card
    "收录于专题:江州抗疫进行时",  # a feed's topic tag
    "收录于合集 #基层党建 12个",
])
def test_feed_and_portal_lines_go(lines):
    page = TITLE + P1 + lines + "\n" + P2 + P3
    assert _clean(page) == TITLE + P1 + P2 + P3


def test_ornament_letters_glued_to_emoji_go():
    line = "7月15日上午9✿★✿ღ:30✿★✿ღ,石桥村党支部✿★✿ღ、石桥小学党支部✿★✿ღ联合开展主题党日活动✿★✿ღ。\n"
    page = TITLE + P1 + line + P3
    assert "7月15日上午9:30,石桥村党支部、石桥小学党支部联合开展主题党日活动。" in _clean(page)


def test_site_word_after_a_known_brand_name_goes():
    line = "29日下午,皇冠体育,皇冠体育平台石桥镇与皇冠体育,皇冠体育平台农商银行等5家金融机构签订结对共建协议。\n"
    page = TITLE + P1 + line + P3
    assert "29日下午,石桥镇与农商银行等5家金融机构签订结对共建协议。" in _clean(page)


# -- captions and bylines ---------------------------------------------------------------------------

def test_position_labelled_caption_lines_go():
    captions = "左二:石桥商会党委书记陈立国\n左三:石桥商会党委委员、秘书处党支部书记孙晓梅\n"
    page = TITLE + P1 + captions + P2 + P3
    assert _clean(page) == TITLE + P1 + P2 + P3


def test_group_caption_with_positions_goes():
    caption = "王会长(左2)、原副镇长刘强(右2)、陈书记(右1)、孙委员(左1)在石桥村史馆合影\n"
    page = TITLE + P1 + caption + P2 + P3
    assert _clean(page) == TITLE + P1 + P2 + P3


def test_writing_body_over_the_publishing_line_goes():
    page = ("石桥县:商会党建激发发展新动能\n中共石桥县委组织部\n2022年08月01日16:42 来源:某某网-某某新闻网\n" + P1 + P2)
    out = _clean(page)
    assert "组织部" not in out and out.startswith("石桥县:商会党建激发发展新动能\n") and P1 in out


def test_unit_signature_over_a_source_line_at_the_foot_stays():
    page = TITLE + P1 + P2 + P3 + "中共石桥村支部委员会\n2024年12月20日 来源:石桥村\n"
    assert "中共石桥村支部委员会" in _clean(page)


@pytest.mark.parametrize("line", [
    "关闭",  # a window's close button
    "黨委書記信箱",  # a leader's mailbox in a site's menu, traditional script
    "总经理信箱",
    "@石桥有约",  # a social account's handle alone
])
def test_site_buttons_alone_on_their_line_go(line):
    page = TITLE + P1 + P2 + P3 + line + "\n"
    assert _clean(page).rstrip("\n") == (TITLE + P1 + P2 + P3).rstrip("\n")


def test_credit_bracket_without_its_opening_half_goes_with_the_last_name():
    lead = "  某某网·某某新闻石桥2月4日讯记者 陈立国 通讯员 王伟 隋付丽 杨松 苟志学)"
    text = "1月31日,石桥镇养殖户纪连友通过网银将1万元善款捐赠给镇政府,用于疫情防控。\n"
    page = TITLE + lead + text + P3
    out = _clean(page)
    assert "苟志学" not in out and ")" not in out.split("\n")[1] and text in out


# -- precision guards found by reading unannotated removals -----------------------------------------

@pytest.mark.parametrize("line", [
    "村里的体育彩票销售点由党员户经营,群众可通过手机版政务服务平台登录办理业务。",  # a lawful lottery, a phone app's login
    "支部把“党员/群众”结对帮扶作为重点工作,全年结对86户。",  # a slash inside a sentence (outlet/writer)
    "支部把党员的心得体会汇编成册,发布于村务公开栏,供群众监督。",  # 发布于 inside a sentence (a portal's foot)
    "支部依托县体育中心的全民健身平台,组织党员开展健步走活动。",  # a lawful 平台 (a brand's site word)
    "支部在村委会门口设立书记信箱,收集群众意见建议46条。",  # a mailbox named in a sentence (a site's button)
    # one letter and digits is a class's code (s1004), no betting site's name and number
    "2023年4月23日上午,机械工程学院硕1004党支部召开组织生活会,参与成员包括s1004党支部全体党员。",
])
def test_report_lines_near_the_new_rules_stay(line):
    page = TITLE + P1 + line + "\n" + P3
    assert _clean(page) == page


def test_a_quotations_source_under_it_stays():
    quote = "“党的领导是中国特色社会主义最本质的特征。”\n---习近平《求是》2021年第5期\n"
    page = TITLE + quote + P1 + P2 + P3
    assert "---习近平《求是》2021年第5期" in _clean(page)
