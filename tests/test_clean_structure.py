"""Page-structure evidence (deedsnlp/clean/structure.py): furniture known by where it stands.
Invented names and wording throughout; each family is tested in new words, and each with the
report lines of the same shape that must stay."""

from __future__ import annotations

import json

import pytest

from deedsnlp.clean import Cleaner
from deedsnlp.clean.maskfill import clean_paragraph, default_corpus_dir
from deedsnlp.clean.spans import iter_lines
from deedsnlp.clean.structure import find_zone_furniture


BODY = ("青禾镇南塘村党支部现有党员三十六名，近年来支部坚持“三会一课”制度，带领群众发展茶叶种植，"
        "全村人均收入较五年前增长了一倍多。\n"
        "支部每月开展一次主题党日，党员分片包干联系农户，帮助解决灌溉、道路等实际困难二十余件。\n")


def structure(result):
    return [f for f in result.findings if f.data.get("detector") == "page structure"]


def test_a_pager_label_takes_the_linked_title_on_the_next_line(cleaner):
    page = BODY + "下一篇：\n柳岸社区开展重阳敬老志愿服务\n"
    result = cleaner.clean_text(page)
    assert "柳岸社区开展重阳敬老志愿服务" not in result.cleaned
    assert "下一篇" not in result.cleaned
    assert "帮助解决灌溉、道路等实际困难二十余件。" in result.cleaned


def test_a_pager_button_over_the_title_leaves_the_title(cleaner):
    # the page's head: a pager word with no colon stands over the report's own title
    page = "前一篇\n\n一片茶园带富一方百姓\n\n" + BODY
    result = cleaner.clean_text(page)
    assert "一片茶园带富一方百姓" in result.cleaned


def test_a_masthead_before_the_title_goes_and_the_title_stays(cleaner):
    page = ("华源建工集团第五工程有限公司\n\n09\n\n2016-03\n\n"
            "隧道项目党支部荣获“先锋党支部”称号\n\n"
            "来源：项目部 浏览次数：  日期：2016-03-09\n\n" + BODY)
    result = cleaner.clean_text(page)
    assert "华源建工集团第五工程有限公司" not in result.cleaned
    assert "隧道项目党支部荣获“先锋党支部”称号" in result.cleaned
    assert BODY.splitlines()[1] in result.cleaned


def test_a_company_heading_a_two_line_title_stays(cleaner):
    # the company's name opens a title broken over two lines: the next line is no furniture
    page = "远帆物流有限公司\n2021年度基层党建工作总结\n\n" + BODY
    result = cleaner.clean_text(page)
    assert "远帆物流有限公司" in result.cleaned and "2021年度基层党建工作总结" in result.cleaned


def test_a_company_signing_off_in_the_foot_stays(cleaner):
    page = "争创先进党支部申报材料\n\n" + BODY + "\n远帆物流有限公司\n2021年12月\n"
    result = cleaner.clean_text(page)
    assert "远帆物流有限公司" in result.cleaned


def test_a_column_label_over_no_title_goes(cleaner):
    for label in ("工会群团", "基层时讯"):
        page = label + "\n" + BODY
        result = cleaner.clean_text(page)
        assert not result.cleaned.startswith(label), label
        assert "青禾镇南塘村党支部现有党员三十六名" in result.cleaned
    # a weak column word (建设) needs furniture right after it
    page = "支部建设\n发布时间：2024-06-18  阅读：\n" + BODY
    assert "支部建设" not in cleaner.clean_text(page).cleaned


def test_a_short_title_over_the_body_stays(cleaner):
    for title in ("春风化雨", "组织建设", "山乡巨变"):
        result = cleaner.clean_text(title + "\n" + BODY)
        assert result.cleaned.startswith(title), title


def test_captions_by_their_mark_or_their_scene(cleaner):
    page = ("村里的茶叶合作社\n\n" + BODY + "▲党员志愿者在茶园里为村民讲解修剪技术\n"
            "支部还组织党员外出考察学习，引进新品种两个。\n村党员赴邻县参观学习合影。\n")
    result = cleaner.clean_text(page)
    assert "讲解修剪技术" not in result.cleaned and "参观学习合影" not in result.cleaned
    assert "支部还组织党员外出考察学习，引进新品种两个。" in result.cleaned


def test_a_caption_sentence_naming_its_picture_or_its_photo_date_goes(cleaner):
    page = ("茶乡党员风采录\n\n" + BODY
            + "南塘村新时代文明实践站开展“红色家书诵读”活动，图为两名党员在给孩子们讲故事（摄于4月12日）。王晓 摄\n"
            + "村党支部书记在茶园察看新芽长势（摄于3月28日）\n"
            + "支部举办“光影百年”图片展，展出老照片一百二十幅（摄于不同年代），参观群众两千余人次。\n"
            + "支部还组织党员外出考察学习，引进新品种两个。\n")
    result = cleaner.clean_text(page)
    assert "红色家书诵读" not in result.cleaned and "察看新芽长势" not in result.cleaned
    # a report sentence about photographs, ended as a sentence, and the body around the captions stay
    assert "展出老照片一百二十幅（摄于不同年代），参观群众两千余人次。" in result.cleaned
    assert "支部还组织党员外出考察学习，引进新品种两个。" in result.cleaned


def test_a_short_heading_naming_a_moment_stays_in_the_body(cleaner):
    page = ("茶乡党员风采录\n\n" + BODY + "感人瞬间\n"
            "去年汛期，老党员石根发连夜巡堤，带着三名年轻党员加固了村口的河堤，保住了下游四十多户人家的房屋。\n"
            "群众说，有这样的党员在，大家心里就踏实。\n")
    assert "感人瞬间" in cleaner.clean_text(page).cleaned


def test_the_rules_take_nothing_on_the_corpus_clean_text():
    # every report of the project's corpus as a page (title, headings, paragraphs): no finding
    docs: dict[str, list[str]] = {}
    for path in sorted(default_corpus_dir().glob("*.jsonl")):
        for row in path.read_text(encoding="utf-8").splitlines():
            if row.strip():
                r = json.loads(row)
                t = clean_paragraph(r)
                if t:
                    docs.setdefault(r.get("doc_id", path.stem), []).append(t)
    assert len(docs) > 400
    for name, paragraphs in docs.items():
        page = "\n".join(paragraphs)
        assert find_zone_furniture(page, list(iter_lines(page)), []) == [], name


def test_a_caption_placing_people_in_the_picture_goes(cleaner):
    page = ("村里的茶叶合作社\n\n" + BODY + "镇党委书记韦长松（右二）在合作社察看新茶长势\n"
            "支部还组织党员外出考察学习，引进新品种两个。\n")
    result = cleaner.clean_text(page)
    assert "韦长松" not in result.cleaned
    assert "支部还组织党员外出考察学习，引进新品种两个。" in result.cleaned


def test_a_short_line_between_furniture_in_the_foot_goes_and_a_sign_off_stays():
    # the detectors took the lines around it (given here as removed spans)
    page = BODY + "南塘村党支部\n2024年5月\n编辑：乔木\n绿野之声\n上一篇：\n"
    lines = list(iter_lines(page))
    removed = [(ln.start, ln.end) for ln in lines if page[ln.start : ln.end] in ("编辑：乔木", "上一篇：")]
    found = {page[c.start : c.end] for c in find_zone_furniture(page, lines, removed)}
    assert found == {"绿野之声"}


def test_a_banner_of_dotted_names_over_the_title_goes(cleaner):
    page = ("首页 | 要闻 | 时政 | 乡村 | 文旅 | 视频\n"
            "青禾·南塘·柳岸的新变化\n\n"
            "茶山上的“红马甲”\n\n"
            "2024-04-12 09:30 来源：青禾融媒\n\n" + BODY)
    result = cleaner.clean_text(page)
    assert "青禾·南塘" not in result.cleaned
    assert "茶山上的“红马甲”" in result.cleaned


def test_a_dotted_title_over_the_body_stays(cleaner):
    page = "初心·茶乡\n" + BODY
    assert "初心·茶乡" in cleaner.clean_text(page).cleaned
    page = "初心·茶乡\n茶山上的“红马甲”\n" + BODY  # a title over its subtitle: no furniture above
    assert "初心·茶乡" in cleaner.clean_text(page).cleaned


def test_what_other_detectors_left_of_a_line_is_never_taken():
    # a spam piece glued to the sign-off's date was cut by another detector: the date stays
    page = BODY + "编辑：乔木\n2024年5月（刷单返利，日结，加群：55xx88）\n上一篇：\n"
    lines = list(iter_lines(page))
    spam = page.index("（刷单")
    removed = [(ln.start, ln.end) for ln in lines if page[ln.start : ln.end] in ("编辑：乔木", "上一篇：")]
    removed.append((spam, page.index("\n", spam)))
    assert find_zone_furniture(page, lines, removed) == []


def test_a_masthead_repeated_inside_the_text_goes_and_an_items_unit_heading_stays(cleaner):
    page = ("柳岸社区党委获评先进基层党组织\n\n" + BODY + "柳岸社区党委获评先进基层党组织\n\n"
            "远帆物流股份公司融媒工作室\n\n"
            "去年汛期，老党员石根发连夜巡堤，带着三名年轻党员加固了村口的河堤，保住了下游四十多户人家的房屋。\n")
    result = cleaner.clean_text(page)
    assert "远帆物流股份公司融媒工作室" not in result.cleaned
    assert "老党员石根发连夜巡堤" in result.cleaned
    # a collection's item: the unit's name heads its text, which names it again
    page = ("先进党组织事迹选编\n\n" + BODY + "篇二：\n\n远帆物流有限公司\n\n"
            "远帆物流有限公司党委下设四个支部，党员一百二十名，连续三年获评市级先进基层党组织。\n")
    result = cleaner.clean_text(page)
    assert "\n远帆物流有限公司\n" in result.cleaned


def test_a_subtitle_under_the_title_is_never_furniture(cleaner):
    for sub in ("--青禾县体育中心党支部先进基层党组织申报材料", "——记青禾县南塘村党支部书记孟长河"):
        page = "建强服务型党组织 推动全民健身事业发展\n" + sub + "\n" + BODY
        assert sub in cleaner.clean_text(page).cleaned, sub
    # a dash does not make a site's notice a subtitle
    page = "建强服务型党组织 推动全民健身事业发展\n——本文来源于青禾范文网\n" + BODY
    assert "青禾范文网" not in cleaner.clean_text(page).cleaned


def test_a_fragment_cut_at_the_pages_end_goes_and_a_sign_off_stays(cleaner):
    for tail in ("（党委宣传", "原", "(供稿：校团"):
        result = cleaner.clean_text("茶乡党员风采录\n\n" + BODY + tail + "\n")
        assert tail not in result.cleaned and BODY in result.cleaned, tail
    # (a unit's name in brackets alone on the last line is a news item's credit: eight of eight on the gathered real pages)
    for tail in ("南塘村党支部\n2023年12月", "七、"):
        assert tail in cleaner.clean_text("茶乡党员风采录\n\n" + BODY + tail + "\n").cleaned, tail


def test_lines_after_a_block_header_of_other_articles_go(cleaner):
    page = ("茶乡党员风采录\n\n" + BODY + "新闻推荐\n"
            "本报讯 柳溪镇枫林村党员周德旺带领村民种植高山蔬菜，去年全村蔬菜销售收入突破三百万元，群众收入明显增加。\n"
            "柳溪新闻，讲述身边人的故事。看家乡变化，听百姓心声。\n")
    result = cleaner.clean_text(page)
    assert "周德旺" not in result.cleaned and "柳溪新闻" not in result.cleaned
    assert BODY in result.cleaned
    # the words inside a report sentence end nothing
    line = "支部在村务公开栏开设“新闻推荐”栏目，每月张贴党员致富典型，群众争相阅读。\n"
    page = "茶乡党员风采录\n\n" + BODY + line + "支部还组织党员外出考察学习，引进新品种两个。\n"
    assert page.split("\n\n", 1)[1] in cleaner.clean_text(page).cleaned


def test_a_sidebar_between_the_breadcrumb_naming_the_title_and_the_title_goes(cleaner):
    title = "山南医保人在行动 守护群众就医路"
    page = (f"当前位置：首页 > 新闻 > {title}\n\n新闻\n\n"
            "• 第五届社区健康节在东湖公园开幕\n\n"
            "    社区健康节已连续举办五年，今年共有三十余家医疗机构参加义诊，吸引居民两千余人次。\n\n"
            f"{title}\n\n发布时间：2022/01/28 浏览：73\n\n" + BODY)
    result = cleaner.clean_text(page)
    assert "健康节" not in result.cleaned and "当前位置" not in result.cleaned
    assert result.cleaned.count(title) == 1 and BODY in result.cleaned
    # a breadcrumb of spaces and the title's copy in it: the line goes, the title stays
    page = f"首页 工作动态 {title}\n\n{title}\n\n" + BODY
    result = cleaner.clean_text(page)
    assert "工作动态" not in result.cleaned and result.cleaned.count(title) == 1 and BODY in result.cleaned
    # without a breadcrumb naming the title, a paragraph above the title is left alone
    page = ("山南医保局党组书记在全局干部大会上强调，要把群众就医需求放在首位，推动各项服务落地见效。\n\n"
            f"{title}\n\n" + BODY)
    assert "推动各项服务落地见效" in cleaner.clean_text(page).cleaned


def test_a_forums_info_words_between_furniture_in_the_head_go():
    # the rule itself, on the lines other detectors left: the words go, the title stays
    page = "茶乡论坛\n发帖\n338\n金钱\n511\n威望\n-85\n茶乡党员风采录\n" + BODY
    lines = list(iter_lines(page))
    removed = [(ln.start, ln.end) for ln in lines if page[ln.start : ln.end] in ("茶乡论坛", "发帖", "338", "511", "-85")]
    taken = [page[c.start : c.end] for c in find_zone_furniture(page, lines, removed)]
    assert taken == ["金钱", "威望"]
    # a short title between a site name and a date line is the title: never taken
    page = "茶乡论坛\n村里的事\n2023-07-21\n" + BODY
    lines = list(iter_lines(page))
    removed = [(lines[0].start, lines[0].end), (lines[2].start, lines[2].end)]
    assert find_zone_furniture(page, lines, removed) == []


def test_a_numbered_list_of_site_notices_goes_whole(cleaner):
    page = ("茶乡党员风采录\n\n"
            "  1. 1、本文档由用户上传，茶乡文库整理发布，可阅读全部内容。\n"
            "  2. 2、本文档内容版权归属内容提供方，所产生的收益全部归内容提供方所有。如有版权争议，请联系客服。\n"
            "  3. 3、本文档由用户上传，本站不保证质量和数量令人满意，付费之前请仔细阅读。\n"
            "  4. 网站客服QQ:403071234\n" + BODY)
    result = cleaner.clean_text(page)
    assert "内容提供方" not in result.cleaned and "付费之前" not in result.cleaned
    assert BODY in result.cleaned
    # a report's numbered items stay, whatever other detectors do around them
    items = ("1.支部每月开展一次主题党日，全年组织党员志愿服务二十余次。\n"
             "2.支部建立党员积分管理制度，积分结果与评先评优挂钩。\n"
             "3.支部与邻村党支部结对共建，联合开展茶叶技术培训六期。\n")
    assert items in cleaner.clean_text("茶乡党员风采录\n\n" + BODY + items).cleaned


def test_a_column_named_in_the_breadcrumb_alone_on_its_line_goes(cleaner):
    page = ("您所在的位置: 首页 >>卫生院概况 >>党团园地\n\n卫生院概况\n\n"
            "【茶乡党员风采录】不忘初心 坚守岗位\n\n发布时间:2017-07-07\n" + BODY)
    result = cleaner.clean_text(page)
    assert "卫生院概况" not in result.cleaned and "不忘初心 坚守岗位" in result.cleaned and BODY in result.cleaned


@pytest.mark.parametrize("caption", ["局党组书记、局长贺明远来到青禾大市场慰问值守的突击队员",
                                     "党员们在南塘村茶园里清理杂草(5月6日 摄)",
                                     "参加活动的全体党员干部在烟叶工作站聆听党课",
                                     "2023年清明节镇党委给烈士纪念碑敬献花篮"])
def test_a_caption_telling_who_does_what_inside_the_text_goes(cleaner, caption):
    page = "茶乡党员风采录\n\n" + BODY + caption + "\n支部还组织党员外出考察学习，引进新品种两个。\n"
    result = cleaner.clean_text(page)
    assert caption not in result.cleaned and BODY in result.cleaned
    assert "支部还组织党员外出考察学习，引进新品种两个。" in result.cleaned


def test_slogan_headings_and_sentences_with_the_same_words_stay(cleaner):
    for line in ("党员在一线，服务到心坎", "书记带头走在前", "深入开展“我为群众办实事”活动",
                 "镇党委书记贺明远来到南塘村，与党员群众座谈，听取大家对茶叶产业发展的意见。"):
        page = "茶乡党员风采录\n\n" + BODY + line + "\n支部还组织党员外出考察学习，引进新品种两个。\n"
        assert line in cleaner.clean_text(page).cleaned, line


@pytest.mark.parametrize("caption", ["为南塘村留守儿童捐赠书包、文具和图书等学习用品",
                                     "慰问组到南塘村茶农家中进行走访慰问",
                                     "党员干部在南塘村茶叶合作社",
                                     "杨青禾 ,贺明远 ,尚云"])
def test_more_captions_and_a_names_line_with_commas_go(cleaner, caption):
    page = ("茶乡党员风采录\n\n" + BODY + caption + "\n支部还组织党员外出考察学习，引进新品种两个。\n"
            if "," not in caption else "茶乡党员风采录\n" + caption + "\n\n" + BODY)
    result = cleaner.clean_text(page)
    assert caption not in result.cleaned and BODY in result.cleaned


def test_a_credited_caption_line_goes_and_a_sentence_ending_in_a_source_stays(cleaner):
    page = "茶乡党员风采录\n\n" + BODY + "镇领导与获奖党员合影。镇党委宣传办供图\n"
    assert "合影" not in cleaner.clean_text(page).cleaned
    line = "支部筹集资金三十万元，修建村级活动场所，其中二十万元由镇政府提供。\n"
    assert line in cleaner.clean_text("茶乡党员风采录\n\n" + BODY + line).cleaned


def test_a_wrapped_line_of_a_pdf_that_reads_like_a_caption_stays():
    # a speech printed from a PDF: its lines break mid-sentence; one of them tells who does what
    # without a full stop, like a caption, but the line before breaks off at a comma
    from deedsnlp.clean import Cleaner

    page = ("尊敬的各位领导、各位同仁：\n"
            "非常荣幸能够参加此次培训班，并有机会在结业仪式上，代表松岭\n"
            "律师事务所党支部，与各位分享我们在党建工作中的一些体会。\n"
            "下面，我将以“党建引领聚法魂，先锋护航践初心”为题，\n"
            "向各位领导和同仁汇报我们支部在探索党建赋能律所发\n"
            "展道路上的一些具体做法和初步成效。\n")
    result = Cleaner(suggestions=0).clean_text(page)
    assert "向各位领导和同仁汇报我们支部在探索党建赋能律所发" in result.cleaned


FOOT_PARAGRAPHS = [
    "青禾村党支部坚持把党建工作与乡村振兴深度融合，带领群众发展特色种植，全村人均收入三年翻了一番。",
    "支部每月开展一次主题党日活动，组织党员为留守老人送医送药、打扫庭院，群众满意度逐年提升。",
    "下一步，支部将继续发挥战斗堡垒作用，推动集体经济再上新台阶，让村民的日子越过越红火。",
]


def test_a_list_of_other_articles_headlines_closing_the_page_goes(cleaner):
    # (a sidebar cuts long headlines mid-word and lets them exclaim: …大赛开赛!硬核了, …支援灾区的医)
    headlines = ["海拔三千米的哨所迎来新春", "枫林县召开秋季安全生产工作会议", "山中送教", "南湖街道：网格员争做最美“逆行者”",
                 "第一届全市小区“出入证”设计大赛开赛!硬核了", "老党员刻纸达人义务教学", "省血液中心调拨血液支援灾区的医",
                 "习近平考察火神山医院,看望慰问患者和"]
    page = "\n".join(FOOT_PARAGRAPHS + [""] + headlines) + "\n"
    result = cleaner.clean_text(page)
    assert all(h not in result.cleaned for h in headlines)
    assert all(p in result.cleaned for p in FOOT_PARAGRAPHS)
    assert {f.data["unit"] for f in structure(result)} >= {"foot_headlines"}


@pytest.mark.parametrize("closing", [
    # the report's parallel lines (排比) after its text
    ["提升新时代党员的政治站位", "强化新时代岗位上的担当本领", "展示新时代青年的精神风貌", "积蓄新时代干事创业的动力", "涌现出奋战在一线的先锋"],
    # a sentence the page broke into short lines
    ["青禾村党支部", "和全村三百名群众", "一个扎根在大山深处的集体", "以发展特色产业为主线", "带动群众增收致富", "全村面貌焕然一新，"],
    # four lines only: a sign-off may run so
    ["中共青禾村支部委员会", "青禾村村民委员会", "青禾村集体经济合作社", "青禾村老年协会"],
    # honours after the text
    ["2019年被评为先进基层党组织", "支部书记荣获优秀党务工作者", "连续三年被授予文明村称号", "村集体荣立集体三等功", "被表彰为五星支部"],
])
def test_the_reports_own_short_lines_after_its_text_stay(cleaner, closing):
    page = "\n".join(FOOT_PARAGRAPHS + closing) + "\n"
    result = cleaner.clean_text(page)
    assert all(line in result.cleaned for line in closing), [line for line in closing if line not in result.cleaned]


def test_a_heading_naming_a_secretarys_role_and_a_paragraph_cut_at_the_pages_end_stay(cleaner):
    heading = "支部书记的角色与作用"
    cut = "活动第一项内容，青湾建筑大学党委办公室副主任、党支部副书记罗小峰与集团机关党支部书"
    page = "\n".join(FOOT_PARAGRAPHS[:2] + [heading, FOOT_PARAGRAPHS[2], cut]) + "\n"
    out = cleaner.clean_text(page).cleaned
    assert heading in out and cut in out
    caption = "局党组书记、局长罗小峰来到大市场慰问值守的突击队员"
    assert caption not in cleaner.clean_text("\n".join(FOOT_PARAGRAPHS[:2] + [caption, FOOT_PARAGRAPHS[2]]) + "\n").cleaned
