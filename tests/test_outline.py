from collections import Counter

import pytest

from deedsnlp.loader import build_document, load
from deedsnlp.outline import match_marker, numeral_value, parse_outline

from .helpers import write_docx


def outline_of(text):
    return [(h.level, h.marker, h.title) for h in build_document(text, "t").outline]


def test_seed_outline_counts(seed_path):
    doc = next(load([str(seed_path)]))
    assert Counter(h.level for h in doc.outline) == {1: 2, 2: 5, 3: 13}
    first = doc.outline[0]
    assert (first.level, first.marker, first.title, first.line) == (1, "一、", "加强党支部的自身建设,树立战斗堡垒形象", 2)
    assert [h.title for h in doc.outline if h.level == 2][:3] == ["加强学习,夯实基础", "制度建设,规范管理", "载体活动,树立形象"]
    assert not [f for f in doc.findings if f.kind == "outline_gap"]


def test_seed_lead_in_headings(seed_path):
    doc = next(load([str(seed_path)]))
    lead = [h for h in doc.outline if h.lead_in]
    assert [h.title for h in lead] == ["三会一课制度", "学校干部队伍建设制度", "民主评议党员的长效制度", "党员发展工作制度"]
    # the lead-in paragraph stays a body passage under its own heading
    p = next(p for p in doc.passages if p.line == 14)
    assert not p.is_heading and doc.outline[p.heading].title == "三会一课制度"
    assert "为了加强党的组织建设" in doc.passage_text(p)


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig", "utf-16-le"])
def test_seed_outline_same_in_other_encodings(seed_path, seed_text, tmp_path, encoding):
    target = tmp_path / f"seed_{encoding}.txt"
    target.write_bytes(seed_text.encode(encoding))
    ref = next(load([str(seed_path)]))
    doc = next(load([str(target)]))
    assert doc.text == ref.text
    assert [(h.level, h.marker, h.title, h.line) for h in doc.outline] == [
        (h.level, h.marker, h.title, h.line) for h in ref.outline
    ]


@pytest.mark.parametrize("auto", [False, True])
def test_seed_outline_same_in_docx(seed_path, seed_text, tmp_path, auto):
    path = write_docx(seed_text.splitlines(), tmp_path / "seed.docx", auto_numbering=auto)
    ref = next(load([str(seed_path)]))
    doc = next(load([str(path)]))
    assert Counter(h.level for h in doc.outline) == {1: 2, 2: 5, 3: 13}
    assert [(h.level, h.title) for h in doc.outline] == [(h.level, h.title) for h in ref.outline]
    if auto:
        assert doc.outline[0].marker == "一、" and doc.outline[1].marker == "(一)、"


def test_styles_and_levels_compress():
    text = "（一）学习教育\n党员学习。\n1.三会一课\n（1）支委会\n①每月一次\n（二）组织建设"
    assert outline_of(text) == [
        (1, "（一）", "学习教育"), (2, "1.", "三会一课"), (3, "（1）", "支委会"), (4, "①", "每月一次"), (1, "（二）", "组织建设"),
    ]


def test_part_and_chapter_headings():
    text = "第一部分 基本情况\n支部现有党员12名。\n第二部分 主要做法\n一、抓学习\n二、抓制度"
    assert outline_of(text) == [
        (1, "第一部分", "基本情况"), (1, "第二部分", "主要做法"), (2, "一、", "抓学习"), (2, "二、", "抓制度"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "5.12汶川特大地震发生后，全体党员踊跃捐款。",
        "2019年，支部组织党员开展志愿服务活动32次。",
        "三会一课制度坚持得好，组织生活规范有序。",
        "一年来，支部坚持把学习放在首位。",
        "一是抓学习，二是抓制度，三是抓活动。",
        "3月份，支部召开专题组织生活会。",
        "12.5万元的集体经济收入全部用于公益事业。",
        "1、组织全体党员认真学习党章党规和系列讲话精神并结合本职工作撰写学习心得体会文章一百二十余篇形成了浓厚的学习氛围",
    ],
)
def test_body_text_starting_with_numbers_is_not_a_heading(line):
    assert outline_of("一、加强学习\n" + line) == [(1, "一、", "加强学习")]


def test_link_tail_lines_are_not_headings(seed_path):
    doc = next(load([str(seed_path)]))
    assert all(h.line < 45 for h in doc.outline)


def test_numbering_gap_reported():
    doc = build_document("一、学习\n内容。\n三、制度\n内容。\n（一）小节\n（三）另一小节", "gap")
    gaps = [f for f in doc.findings if f.kind == "outline_gap"]
    assert [(f.line, f.data["expected"], f.data["found"]) for f in gaps] == [(3, 2, 3), (6, 2, 3)]


def test_numbering_restarts_under_each_parent():
    doc = build_document("一、学习\n（一）子项一\n（二）子项二\n二、制度\n（一）子项一\n（二）子项二", "ok")
    assert not [f for f in doc.findings if f.kind == "outline_gap"]
    assert [h.parent for h in doc.outline] == [None, 0, 0, None, 3, 3]


def test_numerals():
    assert numeral_value("十二") == 12 and numeral_value("二十一") == 21
    assert numeral_value("7") == 7 and numeral_value("③") == 3
    assert match_marker("（十一）、加强") [:3] == ("paren_cn", "（十一）、", 11)
    assert match_marker("5.12地震") is None


def test_heading_path_and_passages():
    doc = build_document("一、学习\n（一）读书\n正文一。\n正文二。", "p")
    assert [p.heading_path for p in doc.passages] == [["学习"], ["学习", "读书"], ["学习", "读书"], ["学习", "读书"]]
    assert [p.is_heading for p in doc.passages] == [True, True, False, False]


def test_docx_heading_style_hint(tmp_path):
    from docx import Document as D

    d = D()
    d.add_heading("基本情况", level=1)
    d.add_paragraph("支部现有党员20名。")
    d.add_heading("主要做法", level=1)
    d.add_paragraph("（一）加强学习")
    d.save(tmp_path / "h.docx")
    doc = next(load([str(tmp_path / "h.docx")]))
    assert [(h.level, h.title) for h in doc.outline] == [(1, "基本情况"), (1, "主要做法"), (2, "加强学习")]


def test_parse_outline_direct():
    heads, by_line, gaps = parse_outline(["一、学习", "正文。"])
    assert len(heads) == 1 and by_line == {0: 0} and gaps == []


# -- shapes of real reports (invented wording) ----------------------------------------------------

def test_colon_subtitle_stays_in_the_title():
    text = "一、抓学习：筑牢思想根基，争当先锋表率\n支部每月组织集中学习两次，党员撰写心得体会三十余篇。"
    assert outline_of(text) == [(1, "一、", "抓学习：筑牢思想根基，争当先锋表率")]
    run_in = "二、严管理：把纪律挺在前面。支部建立党员积分台账，每季度公开一次结果，接受群众监督。"
    assert outline_of(run_in) == [(1, "二、", "严管理：把纪律挺在前面")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("（一）夯实班子根基。学校党支部每周召开一次支委会，研究落实党建重点任务。", (1, "（一）", "夯实班子根基")),
        ("第一，健全学习机制。支部制定年度学习计划，坚持每月集中学习不少于两次。", (1, "第一，", "健全学习机制")),
        ("1.扎实开展主题党日。每月十五日固定为主题党日，全年开展活动十二次。", (1, "1.", "扎实开展主题党日")),
    ],
)
def test_run_in_headings(text, expected):
    assert outline_of(text) == [expected]
    assert not build_document(text, "r").passages[0].is_heading  # the run-in paragraph stays body


def test_numbering_resets_under_each_section_without_gaps():
    text = ("一、强化学习\n1.坚持集中学习。每月两次。\n2.开展专题研讨。每季度一次。\n"
            "二、规范管理\n1.落实三会一课。按时召开。\n2.支持工会开展活动。丰富文体生活。")
    doc = build_document(text, "reset")
    assert [(h.level, h.marker) for h in doc.outline] == [(1, "一、"), (2, "1."), (2, "2."), (1, "二、"), (2, "1."), (2, "2.")]
    assert not [f for f in doc.findings if f.kind == "outline_gap"]


def test_no_gap_for_an_item_the_parser_did_not_take():
    # "二、" is there, but its text is far too long for a title: no "numbering jumps" finding
    long_item = "二、" + "支部组织党员深入社区开展志愿服务并建立长效机制形成常态化服务格局" * 3 + "，群众满意度明显提升"
    doc = build_document("一、加强学习\n支部组织学习。\n" + long_item + "\n三、规范制度\n支部健全制度。", "g")
    assert [h.marker for h in doc.outline] == ["一、", "三、"]
    assert not [f for f in doc.findings if f.kind == "outline_gap"]


PAGE = [
    "红星社区党委先进事迹材料",
    "红星社区位于城区东部，辖居民小区九个，社区党委下设四个党支部，现有党员一百一十六名。",
    "一、建强堡垒：筑牢基层战斗阵地",
    "社区党委坚持每月召开一次党建联席会议，统筹辖区单位力量共同解决群众身边难题。",
    "（一）夯实班子根基。社区两委班子实行周例会制度，全年研究民生议题四十余件。",
    "（二）健全网格体系。全社区划分网格二十个，每个网格配备党员网格员两名以上。",
    "二、亮明身份：争当服务先锋",
    "社区推行党员亮身份行动，在职党员到社区报到一百八十人次，认领服务岗位六十个。",
]


def test_flattened_page_gives_the_same_outline():
    lined = build_document("\n".join(PAGE), "lined")
    flat = build_document(" ".join(PAGE), "flat")
    key = lambda d: [(h.level, h.marker, h.title, h.lead_in) for h in d.outline]
    assert key(flat) == key(lined)
    assert [flat.passage_text(p) for p in flat.passages] == [lined.passage_text(p) for p in lined.passages]
    assert {p.line for p in flat.passages} == {1}


def test_flattened_html_paragraphs_are_split():
    html = ('<p class="x"> 我们支部有党员三十名，组织健全，制度完善，活动经常，作用明显。</p> '
            '<p class="x"> 一、冲锋在前，勇挑重担。</p><p class="x"> 疫情发生后，支部党员第一时间报名参加志愿服务。</p>')
    doc = build_document(html, "h")
    assert [(h.marker, h.title) for h in doc.outline] == [("一、", "冲锋在前，勇挑重担")]
    assert len(doc.passages) == 3


def test_traditional_half_width_and_emoji_markers():
    text = ("二🙂、黨建領航,築牢紅色根基\n學校黨支部認真落實新時代黨的建設總要求,堅持每周開展政治學習,提升教師黨員素質。\n"
            "(一)健全組織,強化班子\n支部班子成員分工明確,堅持民主集中制原則,重大事項集體研究決定。")
    assert outline_of(text) == [(1, "二、", "黨建領航,築牢紅色根基"), (2, "(一)", "健全組織,強化班子")]


def test_slogan_headings_without_numbers():
    text = ("青松村党支部坚持以党建引领乡村振兴，带领群众走出了一条特色产业致富路，村集体收入逐年增加。\n"
            "头雁领航强堡垒，凝心聚力谋发展\n"
            "支部书记带头联系困难群众，班子成员每人包保一个村民小组，定期走访了解群众诉求并及时解决。\n"
            "党群同心促振兴，产业兴旺富民生\n"
            "支部牵头成立茶叶专业合作社，吸纳农户八十余户入社，统一品种、统一技术、统一销售，户均增收五千元。")
    assert outline_of(text) == [(1, "", "头雁领航强堡垒，凝心聚力谋发展"), (1, "", "党群同心促振兴，产业兴旺富民生")]


def test_bylines_dates_and_titles_are_not_slogan_headings():
    text = ("某某小学党支部先进事迹材料\n"
            "学校党支部现有党员二十六名，坚持以党建带队建促校建，各项工作走在全区前列，多次受到上级表彰。\n"
            "来源：某某教育网\n"
            "学校党支部坚持每月开展主题党日活动，组织党员教师深入社区开展志愿服务，受到家长一致好评。\n"
            "某某小学党支部　2023年12月\n"
            "学校党支部将继续发挥战斗堡垒作用，团结带领全校教职工为办好人民满意的教育不懈努力，再创佳绩。")
    assert outline_of(text) == []


def test_slogan_headings_over_numbered_items_and_bracketed_headings():
    text = ("松林社区党委坚持党建引领基层治理，推动各项工作走在全区前列，连续三年获评区级先进基层党组织。\n"
            "强基：组织建设规范有序\n"
            "①健全网格体系。社区划分网格十二个，每个网格配备党员网格员，做到小事不出网格、大事不出社区，群众满意。\n"
            "②规范组织生活。严格落实三会一课制度，每月开展主题党日，党员参学率保持在百分之九十五以上，效果明显。\n"
            "【先锋引领：党员队伍素质过硬】\n"
            "社区党委推行在职党员到社区报到制度，一百二十名在职党员认领服务岗位，带头参与社区志愿服务和文明创建活动。")
    assert outline_of(text) == [
        (1, "", "强基：组织建设规范有序"), (2, "①", "健全网格体系"), (2, "②", "规范组织生活"),
        (1, "", "【先锋引领：党员队伍素质过硬】"),
    ]


def test_slogan_heading_after_a_short_opening():
    text = ("青山社区党委先进事迹材料\n青山社区位于城区西部，现有党员八十六名。\n头雁领航强班子，凝心聚力聚合力\n"
            "社区党委坚持把班子建设摆在首位，两委成员分片包干，每月开展一次谈心谈话。")
    assert outline_of(text) == [(1, "", "头雁领航强班子，凝心聚力聚合力")]


def test_quoted_feature_subheadings_and_narrative_leads():
    # a feature story (invented): quoted subheadings are headings; first sentences that tell the
    # story (a place or time clause before the comma) are not run-in headings
    text = ("守护生命的“绿色通道”\n"
            "凌晨两点，急诊科的灯还亮着。值班医生林晓刚处理完一名车祸伤员，又接到了120的出诊电话，这是他本周第四个夜班。\n"
            "“病人在哪里，党员就在哪里”\n"
            "急诊科党支部现有党员十四名。去年冬天流感高发，支部组织党员医生组成突击队，连续三十天坚守发热门诊，累计接诊两千余人次。\n"
            "夜班室里的党小组会\n"
            "在抢救室隔壁，支部没有停下组织生活。党小组利用交接班的间隙学习文件、讲评病例，会议记录写满了三本笔记本，一本不落。\n"
            "病情稳定后，不少老人情绪低落。党员护士每天抽出时间陪他们聊天，帮助他们和远方的子女视频通话，病房里多了笑声。")
    titles = [t for _, _, t in outline_of(text)]
    assert titles == ["“病人在哪里，党员就在哪里”", "夜班室里的党小组会"]


def test_quoted_speech_is_not_a_heading():
    text = ("红旗村党支部带领群众发展特色种植，全村人均收入五年翻了一番，成为远近闻名的富裕村。\n"

            "“有困难，找支部！”\n"
            "这是村民们常挂在嘴边的一句话。支部建立党员联系户制度，每名党员联系五到八户群众，帮助解决实际困难一百余件。")
    assert outline_of(text) == []


def test_a_long_item_between_its_siblings_is_a_heading():
    text = ("五、加强对群团组织的领导\n"
            "1.开展院内宣传工作。支部每月编发宣传简报，介绍科室新技术、新项目和先进人物。\n"
            "2.指导工会紧扣医院年度重点任务组织职工活动，让工会在参与院务管理、维护职工权益和关爱困难职工中发挥作用。"
            "支部指导工会举办职工运动会和读书月活动。\n"
            "3.支持共青团工作。支部指导团支部开展青年文明号创建。")
    doc = build_document(text, "g")
    titles = [h.title for h in doc.outline]
    assert titles[2].startswith("指导工会紧扣医院年度重点任务") and titles[2].endswith("关爱困难职工中发挥作用")
    assert [h.number for h in doc.outline] == [5, 1, 2, 3]
    assert not [f for f in doc.findings if f.kind == "outline_gap" and f.data["style"] == "arabic"]
    # alone (no sibling on both sides) the same long item stays body text
    alone = build_document("五、加强对群团组织的领导\n" + text.split("\n")[2], "h")
    assert [h.number for h in alone.outline] == [5]


def test_slogan_heading_over_a_dash_subtitle_and_stacked_slogan_lines():
    # a feature's slogan heading with its dash subtitle under it: both are headings (the section's
    # title in two lines), the text goes under the subtitle
    text = ("清河镇党委组织部近日召开村党组织书记座谈会，总结三年来基层组织建设的做法和经验，部署下一阶段任务。\n"
            "他们是群众的主心骨\n"
            "——把乡亲们的难处放在心上\n"
            "南坡村坐落在两条山沟交汇的地方。\n"
            "十年前，村里没有一条硬化路，村民卖粮要翻过两道梁，雨天更是寸步难行，村党支部决心先修路。")
    doc = build_document(text, "f")
    assert [h.title for h in doc.outline] == ["他们是群众的主心骨", "——把乡亲们的难处放在心上"]
    assert doc.passages[-1].heading == 1
    # two stacked slogan lines between body paragraphs: each is a heading
    stacked = ("东岭中学党支部以立德树人为根本任务，把党建工作与教育教学紧密结合，推动学校各项工作上台阶。\n"
               "夯实支部自身建设\n"
               "筑牢学校发展根基\n"
               "支部坚持把班子建设放在首位，每月召开支委会研究学校重大事项，班子成员分包年级、联系教研组。")
    doc = build_document(stacked, "s")
    assert [h.title for h in doc.outline] == ["夯实支部自身建设", "筑牢学校发展根基"]
    # a furniture label over a list of bulleted links makes no heading
    links = ("东岭中学党支部以立德树人为根本任务，把党建工作与教育教学紧密结合，推动学校各项工作上台阶。\n"
             "相关文章\n"
             "·中学党支部创先争优事迹材料\n"
             "·教工党支部书记述职报告三篇，供各校参考借鉴使用，欢迎下载阅读收藏。欢迎下载阅读收藏和转发。")
    assert [h.title for h in build_document(links, "l").outline] == []


def test_summary_items_opened_by_yi_shi_are_run_in_headings():
    text = ("为落实县委部署，院党总支扎实推进创建工作，现将有关情况汇报如下。\n"
            "一是强化组织建设。10月份，院党总支及所属四个支部顺利完成换届，配齐配强了支委班子。\n"
            "二是营造浓厚的创建氛围。全院制作宣传栏九处、展板三十块，在门诊大厅循环播放公益广告。\n"
            "四是积极参加“讲好支部故事”演讲比赛。院里组建演讲团队，选拔两名青年护士参加全区比赛。\n")
    doc = build_document(text, "s")
    assert [(h.marker, h.title) for h in doc.outline] == [
        ("一是", "强化组织建设"), ("二是", "营造浓厚的创建氛围"), ("四是", "积极参加“讲好支部故事”演讲比赛")]
    assert all(h.lead_in for h in doc.outline)
    assert not [f for f in doc.findings if f.kind == "outline_gap"]  # 一是/二是 items are informal
    # a list of items in one sentence, and 一是一、二是二 speech, make no heading
    for body in ("支部抓学习有三条经验：一是学，二是用，三是带，缺一不可。\n一是学习，二是实践，三是总结。群众对此评价很高，说支部抓到了点子上。\n",
                 "一是一、二是二，账目必须清清楚楚，这是老书记给支部立下的规矩。\n"):
        assert build_document(body, "b").outline == []


def test_a_slogan_over_a_paragraph_the_excerpt_cut_short_and_half_width_sentence_ends():
    # a page excerpt ending a few words into the paragraph under a slogan heading
    text = ("北岭车间党支部现有党员三十一名，支部坚持把党建工作与安全生产、技术攻关紧密结合，连续五年被评为先进党支部。\n"
            "擦亮党建品牌\n"
            "北岭车间党支部作为基层")
    assert [h.title for h in build_document(text, "c").outline] == ["擦亮党建品牌"]
    # a short sentence closed by a half-width full stop is no slogan heading
    text = ("北岭车间党支部现有党员三十一名，支部坚持把党建工作与安全生产、技术攻关紧密结合，连续五年被评为先进党支部.\n"
            "回顾一年来的工作,主要有以下几点.\n"
            "一是抓学习.支部坚持每月集中学习一次，党员撰写学习心得一百二十余篇，形成了比学赶超的浓厚氛围.\n")
    assert "回顾一年来的工作,主要有以下几点" not in [h.title for h in build_document(text, "d").outline]


def test_a_slogan_lead_asking_where_is_no_narrative_clause():
    text = ("北岭镇卫生院党支部现有党员十六名。\n"
            "疫情就是命令，防控就是责任。春节前后，卫生院党支部组织全体党员放弃休假，全员到岗到位，在预检分诊、发热门诊和隔离点连续奋战四十余天。\n"
            "群众在哪里，党员就在哪里。支部把党员编成三支小分队，分片包干、入户排查，为居家隔离群众配送药品和生活物资两千余份。\n")
    titles = [h.title for h in build_document(text, "q").outline]
    assert titles == ["疫情就是命令，防控就是责任", "群众在哪里，党员就在哪里"]


def test_task_slogans_with_de_stripped_of_their_numbers_are_run_in_headings():
    # a scraped list whose numbers were lost: each item opens with its task slogan (verb … 的 …)
    text = ("青禾站车间党总支现有党员四十二名，下设三个党支部。\n"
            "建设团结干事的支部班子。车间党总支坚持每月召开一次支委会，班子成员分片包保工区，带头解决一线职工反映的困难和问题。\n"
            "锤炼本领过硬的党员队伍。车间开展党员技术比武和师带徒活动，全年培养技术骨干十八名，两名党员获评路局技术能手。\n"
            "做好以党建带团建工作。团支部在党总支指导下组建青年突击队，承担了大修施工中")
    assert [h.title for h in build_document(text, "v").outline] == [
        "建设团结干事的支部班子", "锤炼本领过硬的党员队伍", "做好以党建带团建工作"]
    # a narrative sentence with 的 opening a paragraph stays body, and so does a closing remark with a comma
    text = ("青禾站车间党总支现有党员四十二名，下设三个党支部。\n"
            "支部的党员们很团结。大家在一起商量了很久，最后决定把检修任务分到每个人，保证按时完成全年的检修计划。\n"
            "车间的老党员最让人佩服。他们每天提前一个小时到岗，把设备检查一遍再交给年轻人，几十年如一日从不间断。\n"
            "成绩属于过去，奋斗永无止境。新的一年，我们将继续努力。")
    assert build_document(text, "w").outline == []


def test_a_short_label_a_colon_and_one_long_sentence_is_a_run_in_heading():
    text = ("松岭村党支部事迹材料\n"
            "一、基本情况：全村共有党员四十二名，下设三个党小组，村“两委”班子成员七名，平均年龄四十一岁。\n"
            "二、组织建设：支部严格落实三会一课制度，每月召开支委会，每季度召开党员大会，党员参加率达到九成以上。\n"
            "三、重学习：强化思想引领，永葆党员先进性。\n"
            "支部坚持每月集中学习一次，党员撰写学习心得一百二十余篇，形成了比学赶超的浓厚氛围。\n")
    assert [(h.title, h.lead_in) for h in build_document(text, "k").outline] == [
        ("基本情况", True), ("组织建设", True), ("重学习：强化思想引领，永葆党员先进性", False)]


def test_a_short_label_closed_by_a_colon_between_paragraphs_is_a_heading():
    text = ("松岭小学党支部党建品牌建设\n"
            "2020年，支部依据学校实际开展“传红色基因 做时代先锋”党建品牌建设，让党建工作与教育教学深度融合。\n"
            "党建品牌理念：\n"
            "让每名党员铭记历史，把红色基因培植于心，从自身做起，从点滴做起，用一流的业绩成就党的教育事业。\n"
            "本次会议共有四项内容：\n"
            "首先，支部书记通报了上季度民主评议党员的情况，并对存在的问题提出整改要求，全体党员逐一表态。\n"
            "各位领导、同志们：\n"
            "一年来，支部在上级党委的正确领导下，团结带领全体党员和教职工，圆满完成了各项工作任务。\n")
    assert [h.title for h in build_document(text, "l").outline] == ["党建品牌理念"]


_MINE = "松岭矿综采队党支部现有党员二十六名，支部坚持把党建工作融入安全生产全过程，连续五年被评为先进党支部。\n"
_STUDY = "强化理论学习，政治教育“学”起来。支部精心配制理论学习套餐，通过集体学、个人学、线上学等方式，全年组织集中学习二十四次。\n"
_PARTY_DAY = ("七一当天，松岭医院举办党员政治生日会，全院在职党员和住院党员代表共五十余人参加了活动。\n"
              "开场致辞，情深意长\n"
              "活动伊始，医院党支部书记发表开场致辞，带领大家回顾了党的百年历程，并向住院党员代表致以节日的问候。\n"
              "党员发言，心声传递\n"
              "老党员代表结合自己四十年的党龄，讲述了入党时的初心和几十年来在岗位上的坚守，赢得了全场热烈的掌声。\n")
#: pages whose last paragraph an excerpt cut short: its heading joins the series above it when it has its shape
CUT_SHORT_SERIES = {
    "a slogan lead of the same opening": (
        _MINE + _STUDY + "强化党建引领，安全生产“实”起来。支部推行党员安全责任区，党员带头排查隐患，全年排查整改井下安全隐患一百二十余处，实现安全生产无事故。\n"
        "强化堡垒作用，服务职工“暖”起来。该支部以打造和谐区队",
        ["强化理论学习，政治教育“学”起来", "强化党建引领，安全生产“实”起来", "强化堡垒作用，服务职工“暖”起来"]),
    "task slogans glossed with pinyin": (
        "青禾站車間黨總支現有黨員四十二名，下設三個黨支部，承擔著站區貨車檢修任務。\n"
        "打造合力共為的支部班子。車間黨總支採取專題輔導、座談研討等形式，組織支部委員深入學習，班子成員分片包保工區。\n"
        "錘(chuí)煉技術(shù)過(guò)硬的黨員隊(duì)伍。安全是鐵路的永恒主題。",
        ["打造合力共為的支部班子", "錘(chuí)煉技術(shù)過(guò)硬的黨員隊(duì)伍"]),
    "a lead of another shape": (_MINE + _STUDY + "职工们都说好。该支部以打造和谐区队", []),
    "a parallel slogan line": (_PARTY_DAY + "集体生日，温馨庆祝\n紧接着，集体政治生日庆祝仪",
                               ["开场致辞，情深意长", "党员发言，心声传递", "集体生日，温馨庆祝"]),
    "a short line of another shape": (_PARTY_DAY + "大家一起唱起了生日歌\n紧接着，集体政治生日庆祝仪",
                                      ["开场致辞，情深意长", "党员发言，心声传递"]),
}


@pytest.mark.parametrize("text,titles", list(CUT_SHORT_SERIES.values()), ids=list(CUT_SHORT_SERIES))
def test_a_pages_cut_short_last_paragraph_joins_the_series_of_its_shape(text, titles):
    assert [h.title for h in build_document(text, "s").outline] == titles


def test_a_two_clause_heading_glued_to_its_body_keeps_only_its_title():
    text = ("松岭中学党支部2012年工作总结\n"
            "一年来，我校党支部在县教育局党委的正确领导下，认真落实党建工作目标责任制，推动了学校各项工作的全面开展。\n"
            "一、加强思想政治教育，提高党员干部的整体素质一年来，我支部深入学习党的十七届六中全会精神，大力加强党员干部的思想政治教育。\n"
            "二、以制度建设为抓手，组织生活进一步规范我校党支部坚持三会一课制度，每月召开支委会，每季度召开党员大会，做到有计划、有记录。\n"
            "三、加强组织建设，我支部今年共发展党员三名，培养入党积极分子五名，进一步壮大了党员队伍。\n")
    titles = [(h.title, h.lead_in) for h in build_document(text, "g").outline]
    assert titles[:2] == [("加强思想政治教育，提高党员干部的整体素质", True), ("以制度建设为抓手，组织生活进一步规范", True)]
    # a comma before the body (加强组织建设，我支部今年…): nothing is glued, the line reads as before
    assert titles[2][0].startswith("加强组织建设，我支部今年共发展党员三名")


#: scraped layouts: pictures' file names between a heading and its text, quotes set off by spaces
SCRAPED_LAYOUTS = {
    "a picture's file name between a heading and its text": (
        "青禾县教育系统持续推进党建示范创建，全县共有二十六所学校入选市级党建示范校，成效明显。\n"
        "松岭二小：百年名校焕发党建新活力\n11.jpg\n"
        "松岭镇第二小学党支部以红色文化为核心，打造校园党建品牌，组织党员教师结对帮扶学困生一百二十余名。\n"
        "双带头人：党建引领教育高质量发展\n22.jpg\n"
        "青禾中学党总支书记带领学校依托县中振兴政策，建立党员名师工作室六个，高考本科上线率逐年提升。\n",
        ["松岭二小：百年名校焕发党建新活力", "双带头人：党建引领教育高质量发展"]),
    "a picture's file name is no numbered item": (
        "一、加强学习\n11.jpg\n支部坚持每月集中学习一次，党员撰写学习心得一百二十余篇，形成了比学赶超的浓厚氛围。\n"
        "二、规范制度\n支部严格落实三会一课制度，每月召开支委会，每季度召开党员大会，党员参加率达到九成以上。\n",
        ["加强学习", "规范制度"]),
    "a quoted term set off by spaces inside a sentence": (
        "青禾县教育系统持续推进党建示范创建，全县共有二十六所学校入选市级党建示范校，成效明显。\n"
        "松岭镇第二小学以 “若水” 文化为核心，打造 “和合” 党建品牌，组织党员教师结对帮扶学困生一百二十余名，家长满意度逐年提升。\n",
        []),
    "a slogan before a quoted sentence opening its text": (
        "青禾供电公司共产党员服务队规模不断扩大，已从十支分队拓展至十七支队伍，共有队员三百余名。 "
        "保障重大项目推进 “系统检测到企业用电负荷陡增，赶紧去看看！”4月1日，服务队队员接到预警后立即赶赴现场，连夜完成设备检修，保障了企业按时投产。\n",
        ["保障重大项目推进"]),
}


@pytest.mark.parametrize("text,titles", list(SCRAPED_LAYOUTS.values()), ids=list(SCRAPED_LAYOUTS))
def test_scraped_layouts_give_the_reports_headings(text, titles):
    assert [h.title for h in build_document(text, "p").outline] == titles


def test_a_plans_items_opened_by_yi_yao_are_run_in_headings():
    text = ("今后，机关党支部要进一步发挥战斗堡垒作用，重点抓好以下几个方面的工作：\n"
            "一要持续抓好理论学习。今年是贯彻落实党的二十大精神的开局之年，支部要把学习宣传贯彻作为首要政治任务。\n"
            "二要推进党建与业务深度融合。支部要牢记职责，把党建工作的成效体现到服务群众的实际行动中去。\n"
            "支部要求每名党员一要学深悟透，二要学用结合，做到知行合一、学以致用，切实把学习成果转化为工作成效。")
    assert outline_of(text) == [(1, "一要", "持续抓好理论学习"), (1, "二要", "推进党建与业务深度融合")]


@pytest.mark.parametrize("text,titles", [
    pytest.param(
        "发布时间：某年某月\n"
        "党员冲在前，搬迁就不难。石桥镇河湾社区四百余户居民的搬迁关乎县里重点工程能否按期开工，社区党员带头签约、带头腾房。\n"
        "邻里有难，党员先帮。得知独居老人周大娘突发疾病无钱医治，社区党支部当天发起党员捐款，三天筹得两万余元。\n"
        "出发前，党员们又把搬迁方案逐户讲了一遍。不少群众说，有党员在前面带着，心里踏实，搬得放心。",
        ["党员冲在前，搬迁就不难", "邻里有难，党员先帮"], id="run-in slogans closed by 在前 (冲在前/走在前 closes a slogan; 出发前，… tells a story)"),
    pytest.param(
        "作为一名社区书记，骆明远时刻把居民的安全与健康放在第一位，带领社区党员冲锋在前、守好家门。\n"
        "精准传递信息，落实防控工作。\n"
        "为及时把上级部署落实到位，他要求各项信息精准传达到每一户，社区微信群二十四小时有人值守答复。\n"
        "做细防疫工作，呵护困难群体。\n"
        "社区人员情况复杂，他坚持把每一项防控工作落到实处，为独居老人和困难家庭送菜送药上门两百余次。\n"
        "他说得很朴实。\n"
        "居民们都说，有这样的书记在，心里踏实，遇到什么困难都不怕，社区的事情大家一起扛过去。",
        ["精准传递信息，落实防控工作", "做细防疫工作，呵护困难群体"], id="two-clause slogans closed by a full stop, each over its paragraph"),
    pytest.param(
        "……扎实推进学习教育常态化制度化，现将上半年支部工作情况报告如下：\n"
        "坚持学在经常。\n"
        "支部以“三会一课”为基本制度，每月第一个周三为集中学习日，围绕党章党规确定学习专题，党员轮流领学。\n"
        "坚持做在岗位。\n"
        "支部把党员作用发挥落到业务一线，在办事大厅设立党员示范岗，党员带头开展上门服务八十余次。\n"
        "坚持严在日常。\n"
        "支部组织党员签订廉洁承诺书，对经办审核的党员干部及其近亲属情况逐一排查，发现问题及时纠正。\n"
        "下半年，支部将继续推动学习教育往深里走、往实里走。",
        ["坚持学在经常", "坚持做在岗位", "坚持严在日常"], id="a series of three one-clause slogans closed by a full stop"),
])
def test_unnumbered_slogan_headings_of_a_series(text, titles):
    assert [t for _, _, t in outline_of(text)] == titles
