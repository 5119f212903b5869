"""The cleaner on the shapes of real scraped pages (invented names and wording throughout)."""

from __future__ import annotations

import json
import random

import pytest

from deedsnlp.clean import KINDS, Cleaner
from deedsnlp.clean.linemodel import DENSE, LineJunkModel
from deedsnlp.clean.noisegen import NoiseGenerator
from deedsnlp.clean.prepass import find_prepass


def removed_text(result) -> str:
    return "".join(f.text for f in result.findings if f.action == "removed")


def test_page_furniture_lines_go_and_the_report_stays(cleaner):
    page = (
        "当前位置：首页 > 新闻动态 > 支部风采\n"
        "青禾镇中心小学党支部荣获先进基层党组织称号\n"
        "发布时间：2021-07-02 09:15:33　 来源：本站　 浏览次数：1208\n"
        "青禾镇中心小学党支部现有党员23名，支部坚持“三会一课”制度，全年开展主题党日12次。\n"
        "支部书记带头上党课，组织党员结对帮扶留守儿童46名。\n"
        "（撰稿：柳小菁；审核：韩立川）\n"
        "上一篇：下一篇：\n"
    )
    result = cleaner.clean_text(page)
    assert result.cleaned == (
        "青禾镇中心小学党支部荣获先进基层党组织称号\n"
        "青禾镇中心小学党支部现有党员23名，支部坚持“三会一课”制度，全年开展主题党日12次。\n"
        "支部书记带头上党课，组织党员结对帮扶留守儿童46名。\n"
    )
    for f in result.findings:  # every removal says what it is, why, and how sure
        assert f.kind in KINDS and f.reason and 0.0 < f.data["score"] <= 1.0


def test_repeated_title_keeps_one_copy(cleaner):
    page = ("蓝湾社区党委党建工作再获殊荣!\n\n时间:2022-03-08 10:02:11  来源:  作者:\n\n"
            "蓝湾社区党委党建工作再获殊荣!3月8日上午,街道党工委书记一行来到社区,祝贺社区党委获评示范点。\n")
    result = cleaner.clean_text(page)
    assert result.cleaned.count("蓝湾社区党委党建工作再获殊荣") == 1
    assert "3月8日上午,街道党工委书记一行来到社区" in result.cleaned


def test_a_title_copy_without_its_quotes_is_a_repeated_title(cleaner):
    page = ("松涛镇创新基层党建 5个项目获评“红枫先锋”示范项目\n\n2022-4-6 08:12| 发布者: admin| 查看: 311\n\n"
            "松涛镇创新基层党建 5个项目获评红枫先锋示范项目\n\n"
            "本报讯 近日,松涛镇举办基层党建创新项目评审会,5个项目获评“红枫先锋”示范项目,12个项目获评优秀项目。\n")
    result = cleaner.clean_text(page)
    assert result.cleaned.count("松涛镇创新基层党建") == 1
    assert "5个项目获评“红枫先锋”示范项目,12个项目获评优秀项目" in result.cleaned


def test_pinyin_glosses_and_emoji_removed_with_words_kept(cleaner):
    page = "黨(dǎng)支(zhī)部(bù)堅(jiān)持學習🎉,全年開(kāi)展活動(dòng)12次👍🏻。"
    result = cleaner.clean_text(page)
    assert result.cleaned == "黨支部堅持學習,全年開展活動12次。"
    kinds = {f.kind for f in result.findings}
    assert kinds == {"pinyin", "spam"}


def test_glosses_of_whole_words_go_and_english_words_in_brackets_stay(cleaner):
    page = "松岭县新闻办(xīnwénbàn)举行“榜样在(zài)身边”记者(jìzhě)见面会(jiànmiànhuì)。支部开展党建(party building)活动(event)。"
    assert cleaner.clean_text(page).cleaned == "松岭县新闻办举行“榜样在身边”记者见面会。支部开展党建(party building)活动(event)。"


def test_an_indent_garbled_into_question_marks_goes_and_a_question_stays(cleaner):
    page = "? ? ? ?松岭镇卫生院党支部现有党员二十六名。\n????支部每月开展一次主题党日活动。\n你问党员图什么？为了群众。\n"
    assert cleaner.clean_text(page).cleaned == "松岭镇卫生院党支部现有党员二十六名。\n支部每月开展一次主题党日活动。\n你问党员图什么？为了群众。\n"


def test_no_gloss_without_pinyin_shape():
    assert find_prepass("完成产值(亿元)的(a)项和(2)项") == []


def test_traditional_page_is_read_in_simplified_characters(cleaner):
    page = "支部堅持每月學習一次。本文來源於青竹範文網，轉載請註明出處。\n黨員帶頭參加志願服務。"
    result = cleaner.clean_text(page)
    assert result.cleaned == "支部堅持每月學習一次。\n黨員帶頭參加志願服務。"


def test_a_spam_word_never_matches_inside_ordinary_words(cleaner):
    text = "支部把主题党日结合起来，推动党员日结对帮扶常态化。"
    assert cleaner.clean_text(text).findings == []


def test_brand_standing_for_the_unit_is_removed_everywhere(cleaner):
    page = ("富贵娱乐游戏产业学院学生党支部成立于2019年,目前有党员26人。\n"
            "根据富贵党委的部署,支部开展了理论学习。\n")
    result = cleaner.clean_text(page)
    assert "富贵" not in result.cleaned
    assert "游戏产业学院学生党支部成立于2019年" in result.cleaned and "党委的部署" in result.cleaned
    assert {f.kind for f in result.findings} == {"brand"}


@pytest.mark.parametrize("brand", ["柬埔寨皇朝娱乐9966", "泰国金樽官网", "菲律宾龙腾国际", "澳門皇輝國際", "英国博胜app", "老挝瑞金国际平台"])
def test_a_brand_named_after_a_gambling_place_goes_whole(cleaner, brand):
    result = cleaner.clean_text(f"{brand}党支部现有党员31名，下设三个党小组。")
    assert result.cleaned == "党支部现有党员31名，下设三个党小组。"


def test_a_betting_site_named_after_a_tournament_goes(cleaner):
    result = cleaner.clean_text("近年来，欧洲杯在线买球平台物流公司党支部坚持把政治建设摆在首位。")
    assert result.cleaned == "近年来，物流公司党支部坚持把政治建设摆在首位。"
    lawful = "党员们一起观看世界杯决赛；支部组织党员学习防范在线买球等网络赌博知识。"
    assert cleaner.clean_text(lawful).findings == []


def test_foreign_places_in_a_reports_sentences_stay(cleaner):
    text = ("支部组织党员赴新加坡国立大学交流学习，与泰国国际商会开展交流；公司在马来西亚设立分公司，搭建海外服务平台，"
            "援建柬埔寨金边的医疗平台，学院与澳洲莫纳什大学合作；公司开拓欧洲市场平台，搭建亚洲采购平台，与英国伦敦国际合作，"
            "通过欧洲投资平台引进资金。")
    assert cleaner.clean_text(text).findings == []


def test_ordinary_words_with_brand_tails_are_kept(cleaner):
    text = "社区建成文化娱乐中心和党员学习平台，举办群众体育比赛3场。"
    assert cleaner.clean_text(text).findings == []


def test_anti_scrape_code_between_words(cleaner):
    page = "一是加强学习。\n- k\" [- q# H2 g& \\+ i* e) m$\n二是健全制度。"
    result = cleaner.clean_text(page)
    assert "一是加强学习。" in result.cleaned and "二是健全制度。" in result.cleaned and "q#" not in result.cleaned


@pytest.mark.parametrize("code", ["vT_8j", "KJHgf", "Xk9qL", "rT5", "〖Sd2k9〗", "◆8HpN◆", "|xR9|", "∮Q2a", "(t7Lx)", "{3a9f}", "ㄨㄌ",
                                  "ぁ3ぃ", "ОNe1", "℡Z4", "※kD", "qW3#z", "ＪＫ９ｑ", "¤¦§", "⒊⒎⒐"])
def test_random_strings_of_any_shape_between_words_go(cleaner, code):
    text = f"支部坚持把政治{code}建设摆在首位，党员先锋模范作用得到发挥。"
    assert cleaner.clean_text(text).cleaned == "支部坚持把政治建设摆在首位，党员先锋模范作用得到发挥。"


def test_a_random_string_closing_a_paragraph_goes(cleaner):
    assert cleaner.clean_text("支部坚持把政治建设摆在首位，成效明显。 R9f2Kw\n").cleaned == "支部坚持把政治建设摆在首位，成效明显。\n"


def test_latin_words_units_and_codes_of_a_report_stay(cleaner):
    text = ("水库库容2300万m^3，开展ＰＰＴ比赛，ＧＤＰ增长，使用iOS系统，第3§条，支部建成5G党建室，用App和WeChat小程序组织学习，制作PPT课件12套，在iPad上答题；做好甲型H1N1流感防控，"
            "通过ISO9001认证，人均减重3kg，采用(PDCA)循环，用mp4播放微党课。")
    assert cleaner.clean_text(text).findings == []


def test_masks_and_placeholders_are_told_apart(cleaner):
    text = ("支部以新时代中国特色.主义思想为指导，深入学习党的.精神。全年组织2xxxx人次参加培训，20**年被评为先进。"
            "x村党支部书记带领群众修路，××村的经验值得推广。")
    found = {(f.kind, f.text) for f in Cleaner(suggestions=3).clean_text(text).findings}
    assert ("mask", ".") in found
    assert ("placeholder", "2xxxx") in found and ("placeholder", "**") in found and ("placeholder", "x") in found
    numbers = [f for f in Cleaner(suggestions=3).clean_text(text).findings if f.text in ("2xxxx", "**")]
    assert all(not f.data["suggestions"] for f in numbers)  # digits unknown: no word is suggested


def test_blank_slogans_formulas_and_underscored_years_are_placeholders(cleaner):
    text = ("支部坚持践行“****”发展理念，构建“*+*+N”服务体系，20_年被评为先进基层党组织。"
            "全年服务群众3__人次。")
    found = {(f.kind, f.text) for f in Cleaner(suggestions=3).clean_text(text).findings}
    assert ("placeholder", "****") in found and ("placeholder", "*") in found
    assert ("placeholder", "20_") in found and any(k == "placeholder" and "__" in t for k, t in found)
    # a file name's underscore is no blank
    assert all("2023" not in f.text for f in cleaner.clean_text("支部制作党课课件2023_党史学习教育，全体党员参加。").findings)


def test_a_dot_used_as_punctuation_is_not_a_mask(cleaner):
    text = "支部组织党员开展志愿服务。村里道路条件差.但党员带头修路。全年修路3公里。"
    assert [f for f in cleaner.clean_text(text).findings if f.kind == "mask"] == []


def test_x_ray_is_no_placeholder(cleaner):
    assert cleaner.clean_text("医院新购X光机一台，党员医生带头值班。").findings == []


def test_threshold_trades_recall_for_precision():
    page = "学海在线教育平台\n支部坚持学习。\n"
    loose, strict = Cleaner(suggestions=0, threshold=0.5), Cleaner(suggestions=0, threshold=1.0)
    assert len(strict.clean_text(page).findings) <= len(loose.clean_text(page).findings)
    with pytest.raises(ValueError):
        Cleaner(threshold=0.0)


def test_line_model_is_plain_json_and_scores_shapes(tmp_path):
    model = LineJunkModel.load()
    path = tmp_path / "m.json"
    model.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "deedsnlp.junk_line_model/1" and set(data["dense"]) == set(DENSE)
    again = LineJunkModel.load(path)
    line = "您的位置：网站首页 » 工作动态 » 正文"
    assert abs(again.score(line) - model.score(line)) < 1e-2 and model.score(line) > 0.9
    assert model.score("二、坚持党建引领，推动乡村振兴") < 0.5


def test_noise_generator_is_seeded_and_varied():
    gen = NoiseGenerator()
    a = [gen.line(f, random.Random(5)) for f in gen.families]
    b = [gen.line(f, random.Random(5)) for f in gen.families]
    assert a == b
    rng = random.Random(9)
    assert len({gen.line("breadcrumb", rng) for _ in range(50)}) > 40


def test_blank_names_are_placeholders_and_check_warns_only():
    from deedsnlp.check.residue import find_residue
    from deedsnlp.loader import load_text

    text = ("××村党支部书记带头修路。根据**区教育局的部署，**中学开展读书活动。加**部队伍管理。在××省委的领导下。"
            "与××村、柳塘村结对。")
    found = [(f.kind, f.text) for f in Cleaner(suggestions=0).clean_text(text).findings]
    assert found == [("placeholder", "××"), ("placeholder", "**"), ("placeholder", "**"), ("mask", "**"),
                     ("placeholder", "××"), ("placeholder", "××")]
    dates = Cleaner(suggestions=0).clean_text("中共××县实验小学支部委员会\n20××年××月××日\n").findings
    assert [(f.kind, f.text) for f in dates] == [("placeholder", "××")] * 4
    assert all(f.data.get("number") for f in dates[1:])
    assert [f.kind for f in Cleaner(suggestions=0).clean_text("面积为3×4米，共12平方米。").findings] == []
    severity = {f.kind: f.severity for f in find_residue(load_text(text, "d")).findings}
    assert severity == {"placeholder": "warning", "mask": "error"}


def test_seo_keyword_line_and_continuation_marker(cleaner):
    page = ("国产精品在线观看，一区二区三区免费，久久精品视频，亚洲乱码专区\n"
            "[接上页] 支部坚持把党的政治建设摆在首位，全年开展集中学习12次。\n")
    assert cleaner.clean_text(page).cleaned == "支部坚持把党的政治建设摆在首位，全年开展集中学习12次。\n"


def test_brand_with_digits_and_latin_head_and_an_unknown_head(cleaner):
    page = ("根据886kx鑫盛集团官网党委的部署，开展理论学习。\n"
            "会议由组织部主持，召开“澳盈官网比学赶超经验交流会”。\n"
            "学校官网开设了党建专栏，东川国际学校党支部组织党员学习。\n")
    cleaned = cleaner.clean_text(page).cleaned
    assert "886kx" not in cleaned and "澳盈官网" not in cleaned and "党委的部署" in cleaned and "比学赶超经验交流会" in cleaned
    assert "学校官网开设了党建专栏，东川国际学校党支部组织党员学习。" in cleaned


def test_furniture_recurring_across_a_batch_is_learned_but_stock_phrases_are_not():
    column = "红旗渠畔 · 支部动态"
    stock = "支部坚持以习近平新时代中国特色社会主义思想为指导"
    bodies = ["清河村党支部带领群众发展茶叶产业，全村茶园面积达到3200亩。",
              "阳光社区组建12支志愿服务队，全年服务居民4600余人次。",
              "华远公司党委开展技术攻关，提前15天完成设备安装任务。"]
    docs = [f"{column}\n{stock}\n{b}\n" for b in bodies]
    cleaner = Cleaner(suggestions=0).fit(docs)
    assert column in cleaner.knowledge_.lines and stock not in cleaner.knowledge_.lines
    for d, b in zip(docs, bodies):
        assert cleaner.clean_text(d).cleaned == f"{stock}\n{b}\n"


def test_menu_and_credit_blocks_go_block_by_block(cleaner):
    page = ("您当前的位置：首页 支部风采 支部风采\n"
            "? 党建园地\n? 支部动态\n"
            "柳湾社区党支部开展“红色寻访”主题党日活动\n"
            "5月12日，柳湾社区党支部组织28名党员走进革命纪念馆，重温入党誓词。\n"
            "（本文为柳湾社区原创，转载请联系授权）\n"
            "监 制：韩德胜\n责任编辑：范玉兰\n值班编辑：石 琳\n")
    cleaned = cleaner.clean_text(page).cleaned
    assert cleaned == ("柳湾社区党支部开展“红色寻访”主题党日活动\n"
                       "5月12日，柳湾社区党支部组织28名党员走进革命纪念馆，重温入党誓词。\n")


def test_brand_standing_for_the_unit_name_is_restored_and_its_sentences_flagged(cleaner):
    page = ("银湖湾国际6688党支部先进事迹材料\n"
            "青禾镇中心小学党支部现有党员19名。近年来，银湖湾国际6688党支部坚持“三会一课”制度，全年集中学习10次。\n"
            "银湖湾国际6688全体党员教师带头上示范课。\n"
            "2022年，银湖湾国际6688党支部被评为县级先进基层党组织。\n")
    result = cleaner.clean_text(page)
    assert result.cleaned == ("青禾镇中心小学党支部先进事迹材料\n"
                              "青禾镇中心小学党支部现有党员19名。近年来，青禾镇中心小学党支部坚持“三会一课”制度，全年集中学习10次。\n"
                              "青禾镇中心小学全体党员教师带头上示范课。\n"
                              "2022年，青禾镇中心小学党支部被评为县级先进基层党组织。\n")
    restored = [f for f in result.findings if f.action == "restored"]
    assert len(restored) == 4 and all(f.kind == "brand" and f.text == "银湖湾国际6688" for f in restored)
    flags = [f for f in result.findings if f.kind == "brand" and f.action == "flagged"]
    assert [f.text for f in flags] == ["银湖湾国际6688党支部先进事迹材料", "近年来，银湖湾国际6688党支部坚持“三会一课”制度，全年集中学习10次。",
                                       "银湖湾国际6688全体党员教师带头上示范课。", "2022年，银湖湾国际6688党支部被评为县级先进基层党组织。"]
    assert all("青禾镇中心小学" in f.data["message"] for f in flags)


def test_brand_without_the_unit_named_elsewhere_is_removed_and_flagged(cleaner):
    page = "近年来，银湖湾国际6688党支部坚持“三会一课”制度。\n支部书记带头讲党课。\n"
    result = cleaner.clean_text(page)
    assert result.cleaned == "近年来，党支部坚持“三会一课”制度。\n支部书记带头讲党课。\n"
    assert [(f.action, f.text) for f in result.findings] == [("flagged", "近年来，银湖湾国际6688党支部坚持“三会一课”制度。"),
                                                            ("removed", "银湖湾国际6688")]


def test_volunteer_letters_and_entertainment_venues_are_body(cleaner):
    text = ("支部组织党员走进敬老院，开展代写家书、义务理发等志愿服务。\n"
            "配合派出所开展整治娱乐场所专项行动，排查娱乐场所9家。\n"
            "社区建成文化娱乐广场，居民有了休闲娱乐的去处。\n")
    assert cleaner.clean_text(text).findings == []


def test_spliced_prompts_captions_name_lines_and_summaries_go(cleaner):
    page = ("柳岸社区党支部先进事迹材料\n"
            "内容摘要：本文介绍了柳岸社区党支部的做法。\n"
            "本文围绕社区党建引领基层治理展开。\n"
            "支部每月开展主题党日活动。想要了解更多党建范文，请关注墨香文苑微信公众号。全年集中学习12次。\n"
            "图为党员志愿者在社区开展义诊活动\n"
            "（摄影：周明亮）\n"
            "支部组建志愿服务队6支，服务居民3200人次。下面是小编为大家整理的社区党建材料，供大家参考。\n"
            "网格员队伍实现全覆盖（完整版请登录后下载）。\n"
            "支部探索“红色物业”模式，解决停车难等问题15件。\n"
            "苗青禾 阮晓岚\n")
    result = cleaner.clean_text(page)
    assert result.cleaned == ("柳岸社区党支部先进事迹材料\n"
                              "支部每月开展主题党日活动。全年集中学习12次。\n"
                              "支部组建志愿服务队6支，服务居民3200人次。\n"
                              "网格员队伍实现全覆盖。\n"
                              "支部探索“红色物业”模式，解决停车难等问题15件。\n")


def test_line_model_catches_reader_prompts_and_captions_by_shape():
    model = LineJunkModel.load()
    for line in ("登录后查看全文", "完整版请下载", "扫码关注我们", "（通讯员 邝晓岚 摄）"):
        assert model.score(line, 20, 24) >= 0.9, line
    for line in ("支部坚持“三会一课”制度，全年组织集中学习12次。", "党员带头关注群众需求，阅读学习强国文章", "党员在线上分享学习体会"):
        assert model.score(line, 5, 24) < 0.5, line


def test_a_line_of_names_is_furniture_but_a_line_of_words_is_not():
    from deedsnlp.clean.furniture import find_inline
    from deedsnlp.clean.spans import iter_lines

    page = "柳岸社区党支部先进事迹材料\n苗青禾 阮晓岚\n方法 路径\n支部探索“红色物业”模式。\n"
    found = [page[c.start : c.end] for c in find_inline(page, list(iter_lines(page)))]
    assert found == ["苗青禾 阮晓岚"]


def test_a_doubled_pdf_header_and_a_column_name_above_the_title_go(cleaner):
    page = ("校园快讯\n"
            "青禾镇中心小学党支部先进事迹材料\n"
            "红烛先锋红烛先锋“育人标兵育人标兵”事迹材料事迹材料 柳青禾，女，现年36岁，中共党员。\n"
            "她带领党员教师结对帮扶学生28名，谢谢谢谢大家的支持。\n")
    result = cleaner.clean_text(page)
    assert result.cleaned == ("青禾镇中心小学党支部先进事迹材料\n"
                              "柳青禾，女，现年36岁，中共党员。\n"
                              "她带领党员教师结对帮扶学生28名，谢谢谢谢大家的支持。\n")


def test_a_unit_name_above_the_title_is_no_column(cleaner):
    page = "青禾镇中心小学\n青禾镇中心小学党支部先进事迹材料\n支部现有党员23名。\n"
    assert cleaner.clean_text(page).findings == []


def test_a_site_made_summary_copying_the_report_opening_goes_with_the_editor_preface(cleaner):
    page = ("柳岸社区党支部工作总结\n"
            "一年来，柳岸社区党支部坚持以党建引领基层治理，全面落实“三会一课”制度，今天小编就给大家整理了社区党支部工作总结，希望对大家有所帮助。\n"
            "一年来，柳岸社区党支部坚持以党建引领基层治理，全面落实“三会一课”制度，组织集中学习12次。\n")
    result = cleaner.clean_text(page)
    assert result.cleaned == ("柳岸社区党支部工作总结\n"
                              "一年来，柳岸社区党支部坚持以党建引领基层治理，全面落实“三会一课”制度，组织集中学习12次。\n")
    # a preface after a sentence of the report's own (no copy of it below): only the preface goes
    page = "支部组建志愿服务队6支。下面是小编为大家整理的社区党建材料，供大家参考。\n全年服务居民3200人次。\n"
    assert cleaner.clean_text(page).cleaned == "支部组建志愿服务队6支。\n全年服务居民3200人次。\n"


def test_a_brand_is_not_restored_when_the_page_names_several_units_alike(cleaner):
    page = ("杏林学院与青川学院联合开展党建共建活动。\n"
            "金沙湾娱乐8866学院学生党支部组织党员参观红色教育基地。\n")
    result = cleaner.clean_text(page)
    assert "金沙湾娱乐8866" not in result.cleaned and "杏林学院与青川学院" in result.cleaned
    assert not [f for f in result.findings if f.action == "restored"]


def test_spliced_site_names_ownership_notices_and_a_publish_stamp_after_the_title(cleaner):
    page = ("青石村党支部开展创先争优活动 发布时间：2019-07-12\n"
            "支部书记带领群众修路8公里，调解土地权属纠纷3起。[墨香写作网\n"
            "本材料权属青松范文网，严禁复制剽窃。支部党员结对帮扶困难户21户。\n"
            "组织党员参加医疗小本资料权属晨曦文秘网严禁复制分队开展义诊。\n"
            "据（人民网）报道，支部经验在全县推广。\n")
    assert cleaner.clean_text(page).cleaned == ("青石村党支部开展创先争优活动\n"
                                                "支部书记带领群众修路8公里，调解土地权属纠纷3起。\n"
                                                "支部党员结对帮扶困难户21户。\n"
                                                "组织党员参加医疗小分队开展义诊。\n"
                                                "据（人民网）报道，支部经验在全县推广。\n")


def test_a_reference_preface_of_a_fanwen_site_goes_but_a_report_sentence_about_materials_stays(cleaner):
    page = ("优秀党支部事迹材料（精选6篇）\n"
            "本站为你精心整理了6篇优秀党支部事迹材料，仅供参考。\n"
            "支部为大家整理了学习资料，供党员参考。支部全年学习12次。\n"
            "支部坚持三会一课。读到这里，小编为家人们精选了更多好文，希望对大家有所帮助！\n")
    assert cleaner.clean_text(page).cleaned == ("优秀党支部事迹材料\n"  # the collection's count blurb goes too
                                                "支部为大家整理了学习资料，供党员参考。支部全年学习12次。\n"
                                                "支部坚持三会一课。\n")


def test_an_e_paper_page_label_goes_but_a_sentence_naming_a_page_stays(cleaner):
    page = "00003版:基层党建专刊\n第3版：要闻\n青石村党支部先进事迹\n支部经验在第3版刊发。\n"
    assert cleaner.clean_text(page).cleaned == "青石村党支部先进事迹\n支部经验在第3版刊发。\n"


def test_a_pointer_to_a_sites_texts_goes_but_a_sentence_offering_more_services_stays(cleaner):
    page = ("支部开展结对帮扶28户。更多党建材料请访问青松资料网。全年发展党员2名。\n"
            "群众需要更多服务，请访问社区网格员。\n为群众提供更多便利，请关注社区网站。\n")
    assert cleaner.clean_text(page).cleaned == ("支部开展结对帮扶28户。全年发展党员2名。\n"
                                                "群众需要更多服务，请访问社区网格员。\n为群众提供更多便利，请关注社区网站。\n")


def test_a_short_main_title_over_its_subtitle_is_no_column(cleaner):
    page = "初心如磐\n——记青石村党支部先进事迹\n支部现有党员23名，全年集中学习12次。\n"
    assert cleaner.clean_text(page).findings == []
    page = "春风化雨\n青石村党支部先进事迹材料\n支部现有党员23名，全年集中学习12次。\n"
    assert cleaner.clean_text(page).findings == []


def test_a_click_prompt_line_goes(cleaner):
    page = "支部全年集中学习12次。\n内容有误?点此反馈给编辑\n点击这里查看原文\n"
    assert cleaner.clean_text(page).cleaned == "支部全年集中学习12次。\n"


def test_latin_names_before_common_tails_and_students_are_no_brands(cleaner):
    text = ("支部选派党员辅导本科生，在ACM国际大学生程序设计竞赛中获得金牌1枚。\n"
            "党员教师带队参加IEEE国际会议，指导中学生开展科技创新。\n")
    assert cleaner.clean_text(text).findings == []


def test_a_title_copy_after_a_wire_dateline_goes_with_it(cleaner):
    page = ("石桥村的“板凳党课”\n\n"
            "　　新华社西宁5月9日电 题：石桥村的“板凳党课”\n\n"
            "　　每到周五傍晚，石桥村党支部书记就搬出几条板凳，在村口老槐树下给党员和村民讲政策、拉家常。\n")
    result = cleaner.clean_text(page)
    assert result.cleaned.count("石桥村的“板凳党课”") == 1 and "新华社" not in result.cleaned
    assert "在村口老槐树下给党员和村民讲政策、拉家常。" in result.cleaned


def test_a_caption_shown_twice_inside_the_text_goes_both_times(cleaner):
    caption = "河口供电所党员服务队首任队长 钱立夫"
    page = ("河口供电所党员服务队：十五年守护万家灯火\n\n"
            "服务队成立于2008年，首任队长钱立夫是一位有着十二年军龄的老兵，队员们都叫他“老班长”。\n\n"
            f"{caption}\n\n"
            "成立初期，服务队只有四名党员和两名入党积极分子，抢修车辆和工具也不齐全。\n\n"
            f"{caption}\n\n"
            "如今，服务队已发展到二十八人，每年上门服务群众三千余次。\n")
    result = cleaner.clean_text(page)
    assert caption not in result.cleaned
    assert result.cleaned.count("河口供电所党员服务队：十五年守护万家灯火") == 1
    assert "如今，服务队已发展到二十八人，每年上门服务群众三千余次。" in result.cleaned


def test_a_line_opening_with_a_heading_broken_off_above_it_is_no_title_variant(cleaner):
    # a page that breaks lines mid-sentence: a heading's words stand alone, then open the next line
    page = ("河口社区2014年上半年党建工作总结\n\n"
            "上半年，社区党支部在街道党工委的领导下，围绕中心工作，扎实推进基层党建各项任务落实。\n"
            "社区人口计生工作\n"
            "社区人口计生工作取得新成绩，按照上级工作总体要求，社区广泛开展宣传，全年无政策外生育。\n")
    result = cleaner.clean_text(page)
    assert "社区人口计生工作取得新成绩" in result.cleaned
