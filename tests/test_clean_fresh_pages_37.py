"""Shapes the thirty-seventh session found among the remaining misses of rounds it had scored blind first;
invented units, people, places and wording. A picture pointer in brackets inside a sentence, an outlet credited in
brackets after a sentence, a news site's 新闻网讯 glued to the text, 本报讯 with two reporters and a lost space, a
foreign-style wire dateline, a page's 发布于 day alone, a voice-reading widget, a site operator's line, a notice
label cut off with a few words, a paper's byline run onto the title's line, a collection label 【第一篇】, a 范文
site's preface worded 整编 or hoping 能够 to help and its sentence sending readers to its samples, a title's
character count, an outlet's 专稿 byline, a crumb of arrows closed by a long title. The guards: a report's numbered
figure, 发布于 inside a sentence, a report's sentence on model examples, a sentence naming a reporter, a sentence
limiting a text's length, a report's list of its attachments, a diary's day with its year left blank (flagged, not taken);
masks written with && and the initials ZZ before 站位; a journal record's bracketed fields and spaced
abstract label, a portal's Latin dateline; a case's section labels in brackets (【背景】 under the title stays), and after a star or a box (★ 先进事迹, ■ 引言); the text's opening words after a
dateline's names and their 报道.
And the shipped YAML files: no mapping key twice (a second rule of one name silently replaces the first)."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from tests.helpers import removed_text as _removed

TITLE = "柳塘村党支部：党建引领谱新篇"
BODY = ("柳塘村党支部现有党员二十八名，近年来，支部坚持把党建工作与产业发展结合起来，带领群众发展茶叶种植，"
        "全村茶园从最初的二十亩发展到现在的一千二百亩，村集体经济收入突破八十万元。")
MORE = ("支部书记周汉明带头学技术、跑市场，组织党员成立技术服务队，为茶农提供修剪、施肥、病虫害防治等服务，"
        "去年帮助群众解决技术难题九十多个。")


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("pointer", ["(如图)", "（如图）", "(如下图所示)"])
def test_a_picture_pointer_inside_a_sentence_goes(cleaner, pointer):
    sentence = f"支部每月召开支委会，组织党员开展政治理论学习{pointer}，经常分析研判党员队伍状况。"
    page = _page(TITLE, BODY, sentence, MORE)
    result = cleaner.clean_text(page)
    assert pointer in _removed(page, result)
    assert sentence.replace(pointer, "") in result.cleaned


def test_a_reports_numbered_figure_stays(cleaner):
    sentence = "全村茶园面积逐年增加（见图1），茶叶产值连续三年保持两位数增长。"
    page = _page(TITLE, BODY, sentence, MORE)
    assert sentence in cleaner.clean_text(page).cleaned


def test_an_outlet_credited_in_brackets_after_a_sentence_goes(cleaner):
    lead = "2023年6月1日，一定要收看！因为我们的老支书入选了年度人物！"
    page = _page(TITLE, lead + "(柳塘在线网消息)", BODY, MORE)
    result = cleaner.clean_text(page)
    assert "(柳塘在线网消息)" in _removed(page, result)
    assert lead in result.cleaned


@pytest.mark.parametrize("marker, opening", [
    ("柳塘新闻网讯", "他扎根乡村二十六年，是群众口中的贴心人。"),  # a news site's marker glued to the text
    ("本報訊?周明、吳強報道:", "6月上旬，柳塘村党支部召开总结表彰大会。"),  # two reporters, a space lost as ?
    ("柳塘，柳塘新闻网，2月24日——", "一个支部就是一座堡垒，一名党员就是一面旗帜。"),  # a foreign-style wire dateline
    ("  CCTV.com消息(新闻联播):", "面对罕见的雨雪冰冻天气，各地党员干部带领群众坚守岗位。"),  # a portal's Latin name
])
def test_a_dateline_opening_the_text_goes_and_the_text_stays(cleaner, marker, opening):
    page = _page(TITLE, marker + opening + BODY, MORE)
    result = cleaner.clean_text(page)
    assert marker.strip() in _removed(page, result)
    assert opening in result.cleaned


@pytest.mark.parametrize("line", ["发布于2024年10月12日", "发布于 2024-10-12 09:30", "语音播报: 语音播报", "语音播报："])
def test_a_publishing_day_and_a_reading_widget_alone_go(cleaner, line):
    page = _page(TITLE, line, BODY, MORE)
    result = cleaner.clean_text(page)
    assert line in _removed(page, result)
    assert TITLE in result.cleaned and BODY in result.cleaned


def test_a_publishing_day_inside_a_sentence_stays(cleaner):
    sentence = "支部的经验材料发布于2024年10月12日的县委组织部简报上，在全县推广。"
    page = _page(TITLE, BODY, sentence, MORE)
    assert sentence in cleaner.clean_text(page).cleaned


def test_a_site_operators_line_and_a_notice_label_cut_off_go(cleaner):
    page = _page(TITLE, BODY, MORE, "网站运营:柳塘云数科技有限公司 柳塘信息技术有限责任公司", "特别声明:柳塘在线转")
    result = cleaner.clean_text(page)
    removed = _removed(page, result)
    assert "网站运营:柳塘云数科技有限公司" in removed and "特别声明:柳塘在线转" in removed
    assert result.cleaned.rstrip().endswith(MORE)


def test_a_papers_byline_run_onto_the_titles_line_goes(cleaner):
    page = _page(f"{TITLE} 柳塘日报/柳塘网记者周明通讯员吴强", BODY, MORE)
    result = cleaner.clean_text(page)
    assert "柳塘日报/柳塘网记者周明通讯员吴强" in _removed(page, result)
    assert result.cleaned.startswith(TITLE)


def test_a_sentence_naming_a_reporter_stays(cleaner):
    sentence = "周汉明对 柳塘日报记者周明说，茶园就是全村人的“绿色银行”。"
    page = _page(TITLE, BODY, sentence, MORE)
    assert sentence in cleaner.clean_text(page).cleaned


def test_a_collection_label_closing_an_items_title_goes(cleaner):
    page = _page("柳塘村党支部书记周汉明先进事迹【第一篇】", BODY, MORE)
    result = cleaner.clean_text(page)
    assert "【第一篇】" in _removed(page, result)
    assert "柳塘村党支部书记周汉明先进事迹" in result.cleaned


def test_a_preface_worded_zhengbian_goes(cleaner):
    preface = "本文是勤劳的小编为家人们整编的村党支部先进事迹材料(优秀6篇),仅供参考,希望大家能够喜欢。"
    page = _page(preface, TITLE, BODY, MORE)
    result = cleaner.clean_text(page)
    assert preface in _removed(page, result)
    assert TITLE in result.cleaned and BODY in result.cleaned


def test_a_sentence_sending_readers_to_the_samples_goes(cleaner):
    lead_in = "在撰写事迹材料时，可以参考这些范文，借鉴其中的优秀经验和做法。"
    page = _page(lead_in, TITLE, BODY, MORE)
    result = cleaner.clean_text(page)
    assert lead_in in _removed(page, result)
    assert TITLE in result.cleaned


def test_a_reports_sentence_on_model_examples_stays(cleaner):
    sentence = "支部组织党员学习这些典型范例，借鉴其中的好经验好做法，推动茶叶产业提质增效。"
    page = _page(TITLE, BODY, sentence, MORE)
    assert sentence in cleaner.clean_text(page).cleaned


def test_a_preface_hoping_nenggou_to_help_goes_from_a_flattened_page(cleaner):
    preface = "下面是小编整理的关于村党支部工作总结2023精选,希望能够帮到大家。"
    page = _page("村党支部工作总结2023精选" + preface + BODY, MORE)
    result = cleaner.clean_text(page)
    assert preface in _removed(page, result)
    assert BODY in result.cleaned


def test_a_titles_character_count_goes(cleaner):
    title = "柳塘村团支部关于“推优入党”工作情况的报告"
    page = _page(title + "(1951字)", BODY, MORE)
    result = cleaner.clean_text(page)
    assert "(1951字)" in _removed(page, result)
    assert result.cleaned.startswith(title + "\n")


@pytest.mark.parametrize("sentence", ["每名党员结合工作实际撰写一篇心得体会（不少于1500字）", "各支部报送一篇经验材料(3000字左右)"])
def test_a_plans_item_asking_for_a_length_stays(cleaner, sentence):
    # (the line model read a bracketed count of characters as a site's and took the whole line at 0.98)
    page = _page(TITLE, BODY, sentence, MORE)
    assert sentence in cleaner.clean_text(page).cleaned


def test_an_outlets_special_byline_goes(cleaner):
    page = _page(TITLE, "柳塘新闻网专稿(周明、吴强、郑丽)", BODY, MORE)
    result = cleaner.clean_text(page)
    assert "柳塘新闻网专稿(周明、吴强、郑丽)" in _removed(page, result)
    assert TITLE in result.cleaned and BODY in result.cleaned


def test_a_crumb_of_arrows_closed_by_a_long_title_goes(cleaner):
    crumb = "柳塘网>>本网专题>>学党史 悟思想 办实事 开新局——全市各级党组织高标准高质量开展党史学习教育"
    page = _page(crumb, TITLE, BODY, MORE)
    result = cleaner.clean_text(page)
    assert crumb in _removed(page, result)
    assert TITLE in result.cleaned


@pytest.mark.parametrize("line", ["附件：1.党员花名册 2.活动照片", "附件2：柳塘村党支部党员积分排名表"])
def test_a_reports_list_of_attachments_stays(cleaner, line):
    # (the line model read a numbered list after a label as a site's menu: 0.99)
    page = _page(TITLE, BODY, MORE, line)
    assert line in cleaner.clean_text(page).cleaned


def test_a_sites_attachment_to_download_goes(cleaner):
    line = "附件：柳塘村党支部工作总结.doc 点击下载"
    page = _page(TITLE, BODY, MORE, line)
    assert "点击下载" in _removed(page, cleaner.clean_text(page))


def test_a_diarys_day_with_its_year_left_blank_stays_and_is_flagged(cleaner):
    day = "20xx年3月2日 星期日 天气晴"
    page = _page("驻村日记（节选）", day, "“周书记你来我们村了，太好了！”一进村，乡亲们就围了上来。" + BODY, MORE)
    result = cleaner.clean_text(page)
    assert day in result.cleaned
    assert any(f.kind == "placeholder" and page[f.start : f.end] == "20xx" for f in result.findings)


def test_a_sites_day_and_weekday_line_still_goes(cleaner):
    line = "2024年3月2日 星期六 天气晴"
    page = _page(line, TITLE, BODY, MORE)
    assert line in _removed(page, cleaner.clean_text(page))


@pytest.mark.parametrize("text, masked", [("感谢他们的&&人，让红色基因代代相传。", "&&"),
                                          ("各支部要提高ZZ站位，落实全面从严治党主体责任。", "ZZ")])
def test_ampersands_and_initials_before_zhanwei_are_flagged_as_masks(cleaner, text, masked):
    page = _page(TITLE, BODY, text, MORE)
    result = cleaner.clean_text(page)
    assert text in result.cleaned
    assert any(f.kind == "mask" and page[f.start : f.end] == masked for f in result.findings)


def test_a_sign_of_and_in_code_or_a_name_is_no_mask(cleaner):
    text = "支部与青禾R&D中心联合开展技术攻关，条件写作a&&b的程序由党员工程师维护。"
    page = _page(TITLE, BODY, text, MORE)
    result = cleaner.clean_text(page)
    assert not any(f.kind == "mask" and "&" in page[f.start : f.end] for f in result.findings)


def test_a_journal_records_bracketed_fields_and_spaced_abstract_label_go(cleaner):
    abstract = "作为村级发展的领头雁，村党组织书记处于乡村振兴的主战场。"
    page = _page(TITLE, "【期刊名称】柳塘农村工作", "【作者】周明", "摘    要:<正>" + abstract + BODY, MORE)
    result = cleaner.clean_text(page)
    removed = _removed(page, result)
    assert "【期刊名称】柳塘农村工作" in removed and "【作者】周明" in removed and "摘    要:" in removed
    assert abstract in result.cleaned


def test_a_cases_section_labels_in_brackets_stay(cleaner):
    # (the first, right under the title, was taken as a site's tag in the page's head, then by the line model)
    more2 = "下一步，支部将继续深化茶叶品牌创建，推动党建工作与产业发展深度融合，让群众的钱袋子鼓起来。"
    page = _page(TITLE, "【背景】", BODY, "【做法】", MORE, "【启示】", more2)
    assert cleaner.clean_text(page).cleaned == page


@pytest.mark.parametrize("label", ["★ 先进事迹", "■ 引言", "★人物名片★", "堡垒名片"])
def test_a_section_label_after_a_star_or_a_box_stays_over_its_text(cleaner, label):
    # (the line model took them as a site's decorated block titles: 0.95-1.00)
    page = _page(TITLE, BODY, label, MORE, "下一步，支部将继续深化茶叶品牌创建，推动党建工作与产业发展深度融合。")
    assert label in cleaner.clean_text(page).cleaned


def test_a_site_datelines_names_end_at_their_baodao(cleaner):
    opening = "传承传统文化，融入社区创建。"
    page = _page(TITLE, "柳塘新闻网讯 通讯员周明 吴强 郑丽报道 " + opening + "7月25日上午，市委老干部局一行前往柳塘村调研。" + BODY, MORE)
    result = cleaner.clean_text(page)
    assert "柳塘新闻网讯 通讯员周明 吴强 郑丽报道" in _removed(page, result)
    assert opening in result.cleaned


def test_a_cooperatives_day_opening_a_sentence_stays(cleaner):
    sentence = "柳塘村，柳塘茶叶合作社，3月18日——这一天，第一批明前茶走出大山。"
    page = _page(TITLE, BODY, sentence, MORE)
    assert sentence in cleaner.clean_text(page).cleaned


@pytest.mark.parametrize("line", ["汇报人：周汉明", "申报单位：柳塘村党支部", "报告人：柳塘村党支部书记 周汉明"])
def test_the_line_naming_who_presents_the_report_stays(cleaner, line):
    # (the line model read a label and a name as a site's field: 0.93-0.98)
    for page in (_page(TITLE, line, BODY, MORE), _page(TITLE, BODY, MORE, line)):
        assert line in cleaner.clean_text(page).cleaned


class _DuplicateKey(Exception):
    pass


def _no_duplicate_keys_loader():
    class Loader(yaml.SafeLoader):
        pass

    def construct_mapping(loader, node, deep=False):
        keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
        twice = sorted({k for k in keys if keys.count(k) > 1}, key=str)
        if twice:
            raise _DuplicateKey(f"line {node.start_mark.line + 1}: {twice}")
        return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return Loader


@pytest.mark.parametrize("name", sorted(p.name for p in resources.files("deedsnlp.data").iterdir() if p.name.endswith(".yaml")))
def test_shipped_yaml_holds_no_key_twice(name):
    text = resources.files("deedsnlp.data").joinpath(name).read_text("utf-8")
    yaml.load(text, Loader=_no_duplicate_keys_loader())  # noqa: S506 - a safe loader with one more check
