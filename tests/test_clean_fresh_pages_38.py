"""Shapes the thirty-eighth session found; invented units, people, places and wording.

A batch of reports written from one template (or by one clerk) shares its section headings: a heading that
recurs across the batch is no site's furniture. Headings worded with a section word (支部简介, 几点体会), after an
outline marker (（一）评选范围), or standing between two paragraphs of prose (创新驱动) are not learned or not taken;
a site's column line at the head of every page still is."""

from __future__ import annotations

import random

import pytest

from deedsnlp.clean import Cleaner
from deedsnlp.clean.bylines import find_bylines
from deedsnlp.clean.spans import iter_lines

_OPEN = ["柳塘村党支部坚持把政治建设摆在首位", "红星社区党委整合辖区共建单位资源", "县第二中学党支部把师德师风建设作为重点",
         "华远公司党委坚持党建与生产经营深度融合", "镇卫生院党支部以群众满意为目标"]
_MID = ["认真落实“三会一课”制度，全年召开党员大会{}次", "组织党员开展志愿服务活动{}次", "帮助群众新发展种植大户{}户",
        "评选出优秀党员教师{}名", "为辖区居民办实事{}件", "完成技术攻关项目{}项"]
_END = ["群众满意度明显提升。", "村集体经济收入稳步增长。", "支部凝聚力显著增强。", "得到上级党委充分肯定。"]


def _batch(headings: list[str], n: int = 5, seed: int = 7, head: str = "") -> list[str]:
    rng = random.Random(seed)

    def para() -> str:
        return rng.choice(_OPEN) + "，" + rng.choice(_MID).format(rng.randint(3, 99)) + "，" + rng.choice(_END)

    docs = []
    for d in range(n):
        parts = [f"第{d + 1}党支部先进事迹材料"] + ([head] if head else []) + [para()]
        for h in rng.sample(headings, len(headings) - 1):
            parts += [h, para(), para()]
        docs.append("\n".join(parts) + "\n")
    return docs


@pytest.mark.parametrize("headings", [
    ["支部简介", "几点体会", "主要做法", "工作成效", "典型经验", "下一步打算"],
    ["（一）评选范围", "（二）推荐程序", "二、聚焦民生实事", "三、存在的问题", "1.抓好班子建设"],
    ["创新驱动", "支部风采", "红色引擎", "先锋力量", "初心如磐"],
], ids=["section words", "outline markers", "slogans between paragraphs"])
def test_headings_a_batch_of_reports_shares_are_kept(headings):
    docs = _batch(headings)
    cleaner = Cleaner(suggestions=0).fit(docs)
    for doc in docs:
        result = cleaner.clean_text(doc)
        assert result.cleaned == doc, [f.text for f in result.findings]


def test_a_site_column_line_recurring_at_the_head_is_still_learned():
    docs = _batch(["几点体会", "主要做法", "工作成效", "创新驱动"], head="支部风采")
    cleaner = Cleaner(suggestions=0).fit(docs)
    assert "支部风采" in cleaner.knowledge_.lines and "几点体会" not in cleaner.knowledge_.lines
    for doc in docs:
        cleaned = cleaner.clean_text(doc).cleaned
        assert "\n支部风采\n" not in cleaned and cleaned == doc.replace("\n支部风采\n", "\n", 1)


def test_a_team_roll_in_the_report_stays():
    page = ("来源：某某城建集团 发布时间：2025-06-12\n"
            "在沅江之滨的项目建设中，青石桥项目党员突击队以党建引领保障项目建设，用安全零事故、质量零缺陷的成绩，交出了一份合格答卷。\n"
            "青石桥项目党员突击队\n"
            "队长：龙海川\n"
            "队员：石家宝 向晓东 舒文昊 杨立平 田志勇 彭远航\n"
            "攻坚组成员：麻建国 吴承志\n"
            "突击队构建“三位一体”安全监督管理体系，带头开展“安全哨兵”行动40余次，克服深水作业、高空吊装等重大风险。\n")
    cleaned = Cleaner(suggestions=0).clean_text(page).cleaned
    assert "发布时间" not in cleaned
    assert cleaned == page.split("\n", 1)[1]


def test_a_flattened_preview_keeps_its_first_words_after_the_day():
    page = ("某某看点 › 专栏 › 某某路桥集团\n\n文章预览\n\n"
            "6月18日上午10时 某某路桥集团青云大桥项目 主桥4号墩-5号墩合龙段 顺利完成浇筑 标志着 青云大桥主桥区间 "
            "自开工建设以来,项目部始终坚持以党建引领、科技赋能为抓手,打造“知识型、技能型”建设队伍,向实现目标迈出了坚实一步。\n\n"
            "原文地址:访问原文地址\n")
    cleaned = Cleaner(suggestions=0).clean_text(page).cleaned
    assert cleaned.startswith("6月18日上午10时 某某路桥集团青云大桥项目 主桥4号墩-5号墩合龙段") and "原文地址" not in cleaned


def test_an_outlet_dateline_after_the_day_still_goes():
    page = ("4月2日讯 某某县审计局机关党支部组织党员走进革命纪念馆，开展“重温入党誓词”主题党日活动，"
            "全体党员在党旗下庄严宣誓，接受了一次深刻的党性教育。\n")
    assert Cleaner(suggestions=0).clean_text(page).cleaned.startswith("某某县审计局")


def test_a_tagged_brand_after_a_count_leaves_the_measure_word():
    page = ("这支队伍名叫“青峰县公安局林区派出所”，始建于1986年，现有民警5人金樽·体育平台，辅警3人，"
            "平均年龄31岁，人均管护森林面积4200公顷。\n")
    cleaned = Cleaner(suggestions=0).clean_text(page).cleaned
    assert "现有民警5人，辅警3人" in cleaned and "金樽" not in cleaned


@pytest.mark.parametrize("lead", ["周晓梅报道 ", "讯 通讯员杨丽丽、记者刘芳芬报道：", "  钱若兰报道:"])
def test_the_writers_names_and_their_report_word_before_the_text_go(lead):
    body = "江苏青川古镇是全国著名的纺织重镇，素有“丝绸之乡”之美誉，商会党委把党建工作融入会员企业发展。\n"
    page = "商会党建引领发展\n" + lead + body
    assert Cleaner(suggestions=0).clean_text(page).cleaned == "商会党建引领发展\n" + body


def test_words_before_report_that_are_no_names_stay():
    page = ("往事如昨\n重读报道 , 往事浮现在眼前——1997年9月18日，村里召开了第一次党员大会，全村党员围坐在一起。\n"
            "全球报道:我们村的党员志愿服务队被评为全市优秀志愿服务组织，这是全体党员共同努力的结果。\n")
    cleaned = Cleaner(suggestions=0).clean_text(page).cleaned
    assert "重读报道 , 往事浮现在眼前" in cleaned


def test_a_paper_claiming_what_its_piece_holds_goes_at_the_foot_of_a_page():
    page = ("退休老党员组成小区义务巡查队\n2016年05月12日  来源：青川晚报\n"
            "  本报5月11日讯（通讯员 韩小梅 记者 周立新） 在柳岸社区青石小区，有一支由退休老党员组成的义务巡查队。\n"
            "  “作为义务巡查员，最重要的是要有责任心，要维持小区的治安和卫生，不能马虎！”说起自己是义务巡查员，老党员马德厚说。\n\n"
            "本稿件所含文字、图片和音视频资料，版权均属青川晚报所有，任何媒体、网站或个人未经授权不得转载，违者将依法追究责任。\n"
            "网友为此稿件打分的平均分是：\n青川晚报多媒体数字版\n")
    cleaned = Cleaner(suggestions=0).clean_text(page).cleaned
    assert "本稿件" not in cleaned and "网友为此稿件" not in cleaned and "有一支由退休老党员组成的义务巡查队" in cleaned
    # the notice rules read it whatever the line model makes of the outlet's name: at the strictest threshold too
    strict = Cleaner(suggestions=0, threshold=0.999).clean_text(page)
    assert [f.kind for f in strict.findings if "本稿件" in f.text] == ["watermark"]


def test_a_report_naming_what_its_own_text_holds_stays():
    page = ("本文所含数据均来自县统计局和乡镇年报，经支部委员会逐项核对。\n"
            "支部现有党员32名，其中女党员9名，35岁以下党员6名，全年发展党员2名。\n")
    assert Cleaner(suggestions=0).clean_text(page).cleaned == page


def test_a_blank_line_opening_a_sentence_or_an_item_is_a_placeholder():
    page = "上半年，我院深入开展纪律作风教育整顿。_至_月份，组织全体干警集中学习。（三）_实施了各类培训工作。\n"
    flags = [f for f in Cleaner(suggestions=0).clean_text(page).findings if f.kind in ("placeholder", "mask")]
    assert [page[f.start : f.end] for f in flags] == ["_", "_", "_"]


LAST = "社区党委组织老党员开展志愿服务，他们不畏严寒、冲锋在前、无私奉献，用实际行动践行着初心和使命。\n"


@pytest.mark.parametrize("pager", [
    "【上一篇】:柳岸街道青石社区党委组织学习全... 【下一篇】:柳岸街道青石社区召开疫情防控表...\n",
    "【上一篇】：柳岸街道青石社区党委组织学习全会精神\n【下一篇】：柳岸街道青石社区召开疫情防控表彰会\n",
], ids=["one line", "two lines"])
def test_a_pager_with_bracketed_labels_goes(pager):
    assert Cleaner(suggestions=0).clean_text(LAST + "\n" + pager).cleaned.strip() == LAST.strip()


def test_a_dateline_whose_credit_opens_with_what_was_made_goes_whole():
    body = "连日来，青山区多位退役军人披挂再“出征”，诠释着退役不褪色、退伍不退志的本色与担当。\n"
    page = "退役不褪色\n青川网讯 文、图/记者 罗伟明 通讯员 岳运良 特约记者 任紫红 报道:" + body
    assert Cleaner(suggestions=0).clean_text(page).cleaned == "退役不褪色\n" + body


def test_a_dated_source_line_whose_spaces_came_through_as_question_marks_goes():
    body = "党员这个称号，对雷达站的官兵来讲有一种非同寻常的深刻感受：入党不容易，当好党员更难！\n"
    page = "北疆守护者：边关有我请放心\n2018-10-01 19:57:46? ?来源:中国青年网 责任编辑:孙劲贞 我来说两句 |\n" + body
    assert Cleaner(suggestions=0).clean_text(page).cleaned == "北疆守护者：边关有我请放心\n" + body


@pytest.mark.parametrize("tag", ["、br /> ", "?br>", "br />"])
def test_a_line_break_tag_that_lost_its_bracket_goes(tag):
    page = f"支部对党建工作开展了专题调研{tag}一次实地走访，两场专题座谈，打造积极向上的企业文化。\n"
    cleaned = Cleaner(suggestions=0).clean_text(page).cleaned
    assert "br" not in cleaned and "一次实地走访，两场专题座谈" in cleaned and cleaned.startswith("支部对党建工作开展了专题调研")


def test_a_box_of_headlines_under_its_more_link_goes():
    page = ("更多>>信息公告\n"
            "- ·关于组织开展2024年全县“宪法宣传周” 活动的\n- ·关于印发《2024年全县普法工作要点》 的通知\n"
            "- ·关于报送2024年度普法责任清单和领导干部学法清\n- ·关于开展2023年度全县十大普法主题 活动评选工\n"
            "青川县城管局机关党支部深化“党建+执法”模式\n"
            "近年来，青川县城管局机关党支部坚持把党建工作与城市管理执法深度融合，全年开展志愿服务活动48次。\n")
    cleaned = Cleaner(suggestions=0).clean_text(page).cleaned
    assert cleaned.startswith("青川县城管局机关党支部深化") and "关于印发" not in cleaned


CLOSING = "参观结束后，党委副书记带领全体党员重温入党誓词，在宣誓声中再次感悟中国共产党人的初心和使命。\n\n"


@pytest.mark.parametrize("foot", ["青川县人民政府版权所有 青川县人民政府办公室主办 青川县人民政府信息中心承办\n",
                                  "  病毒病所 郭晓明 崔丽丽 供稿\n"], ids=["owners", "supplied by"])
def test_a_site_owners_line_and_a_spaced_supplied_by_credit_go(foot):
    assert Cleaner(suggestions=0).clean_text(CLOSING + foot).cleaned.strip() == CLOSING.strip()


def test_an_events_sponsors_in_the_report_stay():
    page = CLOSING + "活动由县委组织部主办 县文化馆承办\n"
    assert "活动由县委组织部主办 县文化馆承办" in Cleaner(suggestions=0).clean_text(page).cleaned


def test_a_papers_abstract_over_its_english_abstract_stays():
    abstract = ("摘要:随着“一带一路”倡议的大力推进,海外项目逐渐成为施工企业发展的重要领域,"
                "如何结合实际情况进一步加强海外项目党建工作成了亟待解决的课题。\n")
    page = ("加强海外项目党建工作的探索与思考\n" + abstract
            + "Abstract: With the advancement of the Belt and Road Initiative, overseas projects have become important.\n"
            + "一、加强海外项目党建工作是新背景下的需要\n")
    assert abstract in Cleaner(suggestions=0).clean_text(page).cleaned


def test_an_outlets_tag_and_its_writers_name_opening_the_text_go():
    body = "“预备役基层党建处在军地党建的结合部，只有军地合力抓，才能建成合成式党组织。”对于抓好预备役营党委建设，县委常委魏岳说。\n"
    page = "军地合力建强预备役营党委\n【青山网】(张开虎)" + body
    assert Cleaner(suggestions=0).clean_text(page).cleaned == "军地合力建强预备役营党委\n" + body
    # the byline rule reads it whatever the line model makes of the outlet's name
    assert [page[c.start : c.end] for c in find_bylines(page, list(iter_lines(page)))] == ["【青山网】(张开虎)"]
    kept = "军地合力建强预备役营党委\n【党建引领】(一)" + body  # a column's tag and an item's number are no outlet and writer
    assert "(一)" in Cleaner(suggestions=0).clean_text(kept).cleaned


def test_a_sentences_subject_before_its_verb_across_a_pause_stays():
    title = "青禾村党支部先进事迹材料\n"
    kept = "党建工作 是一切工作的生命线，支部始终坚持把党建工作摆在突出位置，全年召开支委会24次。\n"
    assert Cleaner(suggestions=0).clean_text(title + kept).cleaned == title + kept
    tagged = "党建工作 青禾村党支部召开全体党员大会，传达学习上级会议精神，部署下一阶段重点工作。\n"
    assert Cleaner(suggestions=0).clean_text(title + tagged).cleaned == title + tagged.split(" ", 1)[1]
