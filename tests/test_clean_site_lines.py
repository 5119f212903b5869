"""Site lines in wordings three fresh sets of real pages showed (greetings, pointers to more, datelines glued to the
text, credits and captions with their credits, counters, prompts, disclaimers, a paper's reservation of its
contents, a script's parallel lines that are no teaser), each between two paragraphs or glued before the text,
and the report's own lines of the same words or shapes that stay (a team game's 真人, a grade's year after a
brand, a leader's award told in one sentence, the paragraph an excerpt cut). Invented names and wording
throughout."""

from __future__ import annotations

import pytest

BODY = "松岭镇卫生院党支部现有党员二十六名，支部坚持把党建工作融入医疗服务全过程。"
NEXT = "支部每月开展一次健康义诊，群众满意度明显提升。"
LONG = "近年来，松岭镇卫生院党支部坚持把党建工作融入医疗服务全过程，组织党员医生下乡义诊四十余次，群众满意度明显提升。"


def cleaned(cleaner, text: str) -> str:
    return cleaner.clean_text(text).cleaned


#: site lines, one between two paragraphs: each goes, the paragraphs stay
JUNK_LINES = [
    '欢迎来到青溪市中医医院！行风热线投诉电话:3198111,3196357',
    '青溪区人民政府门户网站欢迎您!',
    '更多精彩资讯请关注青溪资讯网,我们将持续为您更新最新资讯!',
    '《松岭社区老党员活跃在志愿服务一线》由青溪新闻网-青溪网提供,转载请注明出处:http://qx.example.com/shehui/803041.html,谢谢合作!',
    '本网信息来自于互联网与网友投稿,目的在于传递更多信息。其内容未经本站证实,本站不承担此类作品侵权行为的直接责任及连带责任。',
    '分享好友或者朋友圈',
    '《青溪村记忆》一书写作小组,前排左起张某龙、魏某琳、张某,后排左起辛某红、胡某忠',
    '青溪电力网于1999年正式上线运行,是青溪电力发展促进会主办的电力行业门户网站。',
    '第一书记驻村工作日记 1',
    '标签 工人先锋号;主力军;职业素质教育',
    '共产党员在脱贫攻坚一线。 (图片由某某部提供)',
    '“背包工作队”进村入户。图源:“青溪传媒”微信公众号',
    '    青溪小学新貌教室。本报记者 刘某营 通讯员 西某宣 摄',
    '文:王某阳 图:齐某文、巩某妤、庞某轩',
    '马上注册,知更多事,识更多人,玩转大青溪!',
    '发新话题 回复该主题',
    '下面,跟着小编一起',
    '期刊文章分类查询,尽在青溪期刊图书馆',
    '*正文:',
    '表彰决定如下↓',
    '网上营业厅 掌上营业厅',
    '本文摘要:五一节是劳动者的节日,正是因为有了劳动者,大地才能充满生机。',
    '《青溪报》(电子版)的一切内容(包括但不限于文字、图片、版面设计)仅供青溪报读者阅读、学习研究使用,未经授权不得转载。',
    '编辑 | 孟某琦(滨湖镇信息调研员)',
    '共有 51 位网友对文章表示很赞! 查看完整内容',
    '青溪一鼎科技有限公司党支部组织党员上党课。/青溪日报记者冯某摄',
    '加载中。。。。',
    '开通VIP,畅享免费电子书等14项超值服务',
    '本站仅提供存储服务,所有内容均由用户发布,如发现有害或侵权内容,请点击举报。',
    '青溪能源>>党的建设',
]

#: report lines with the same words or shapes: each stays
STAY_LINES = [
    '支部开展了以参观科技馆和CS真人拓展为主题的团建活动。',
    '通过文艺演出宣传政策，让居民群众在娱乐中了解政策。',
    '欢迎来到松岭村的游客都会到党群服务中心看一看。',
    '更多精彩内容，支部将在下一期简报中介绍。',
    '照片由支部宣传委员拍摄。',
    '(一) 强化政治引领，筑牢战斗堡垒。',
    '我们把好友和朋友圈都动员起来为困难群众捐款。',
    '青溪网格员是群众身边的贴心人，是基层治理的重要力量。',
    '前排的老党员精神矍铄，后排的年轻党员朝气蓬勃。',
    '标签管理更加规范，档案整理及时。',
    '下面，我就支部一年来的工作汇报如下：',
    '党员们纷纷表示，学习成果尽在实干之中。',
    '正文部分按照上级要求规范装订。',
    '支部所有内容均按程序公开，接受群众监督。',
    '编辑部全体党员共有12位同志参加表彰。',
    '开通了党员服务热线，群众反映问题更便捷。',
    '支部开通VIP绿色通道，为老党员办事提供便利。',
]


@pytest.mark.parametrize("junk", JUNK_LINES)
def test_a_site_line_between_paragraphs_goes(cleaner, junk):
    out = cleaned(cleaner, f"{LONG}\n{junk}\n{NEXT}\n")
    assert LONG in out and NEXT in out
    assert junk.strip()[:6] not in out


@pytest.mark.parametrize("line", STAY_LINES)
def test_a_report_line_of_the_same_words_stays(cleaner, line):
    page = f"{LONG}\n{line}\n{NEXT}\n"
    assert cleaned(cleaner, page) == page


@pytest.mark.parametrize("dateline", ["青溪教育网9月17日讯", "清廉中国讯(边某文   宗某)", "清风中国讯(记者 边某文)"])
def test_a_dateline_glued_to_the_text_goes(cleaner, dateline):
    out = cleaned(cleaner, f"{dateline}{BODY}\n{NEXT}\n")
    assert out.startswith(BODY) and "讯" not in out


def test_a_photographers_credit_and_an_empty_counter_label_go(cleaner):
    out = cleaned(cleaner, f"支部组织党员开展主题党日活动发布时间:2023-04-18  来源:本站  访问量:\n{BODY} 陆 某 摄\n{NEXT}\n")
    assert "访问量" not in out and "摄" not in out and "陆 某" not in out
    assert BODY in out and NEXT in out


def test_a_grades_year_after_an_injected_brand_stays(cleaner):
    out = cleaned(cleaner, "一等奖获得者上台领奖，永利yl23411no12020级本科生王某同学作为学生代表发言。\n" + NEXT)
    assert "2020级本科生" in out and "yl23411" not in out


@pytest.mark.parametrize("glued, text", [
    ("(张某彦 毕某平) ", "青溪县信访局克服疫情影响，倾情倾力开展好机关支部主题党日活动。"),
    ("我院荣获“全省三八红旗集体”.jpg", "2022年三八妇女节前夕，青溪医院被授予“全省三八红旗集体”称号。"),
    ("驻青溪部队“大渡河连”官兵参加纪念活动。房某彬/摄 ", "“熊某林！”“罗某明！”5月下旬，一场别开生面的纪念活动在连队展开。"),
    ("青溪广播网上海3月5日消息(记者杨某 林某榆)", "今天是周恩来总理诞辰纪念日，机车组全体党员重温入党誓词。"),
    ("  •      青溪号机车命名(1978年1月5日)图片来源:青溪机务段   ", "四十年来，青溪号机车组始终传承伟人精神。"),
    ("【青溪运输网-物流业发展】", "青溪物流园区党委坚持党建引领，推动园区企业高质量发展。"),
])
def test_site_furniture_glued_before_the_text_goes(cleaner, glued, text):
    out = cleaned(cleaner, f"{glued}{text}\n{NEXT}\n")
    assert text in out and glued.strip()[:6] not in out


def test_a_leaders_award_sentence_between_paragraphs_is_no_caption(cleaner):
    line = "中央总书记、国家主席习某某向全国脱贫攻坚楷模荣誉称号获得者颁奖并发表重要讲话。"
    page = f"{LONG}\n{line}\n以下为全国脱贫攻坚楷模个人和集体事迹：\n{LONG}\n"
    assert line in cleaned(cleaner, page)


def test_the_paragraph_the_excerpt_cut_at_the_pages_end_stays(cleaner):
    page = (f"《青溪村记忆》出版了！\n{LONG}\n为此我们特开辟“文化视野里的乡村振兴”专栏，讲好乡村故事，助力乡村文化振兴。\n"
            "文字如泥万物生长\n《青溪村记忆》出版了！\n38岁的青溪村村支书田立")
    assert "38岁的青溪村村支书田立" in cleaned(cleaner, page)


def test_a_menus_words_under_the_pages_fields_go_and_a_sign_off_stays(cleaner):
    page = f"春节我在岗，初心不打烊\n{LONG}\n{LONG[:-1]}，守护群众平安。\n时间: 2026-02-27   作者:某某分中心\n服务咨询\n参与评价\n院务信箱\n"
    out = cleaned(cleaner, page)
    assert "服务咨询" not in out and "院务信箱" not in out and LONG in out
    signed = f"春节我在岗，初心不打烊\n{LONG}\n{LONG[:-1]}，守护群众平安。\n责任编辑：某某\n分享到：微信 微博\n松岭镇卫生院党支部\n柳青山\n"
    out = cleaned(cleaner, signed)
    assert "柳青山" in out and "松岭镇卫生院党支部" in out


def test_two_casinos_names_glued_go_and_a_county_named_jinsha_stays(cleaner):
    out = cleaned(cleaner, "青溪植物园认真组织参加金沙威尼斯欢乐娱人城庆祝建党99周年表彰交流大会。\n" + NEXT)
    assert "威尼斯" not in out and "庆祝建党99周年表彰交流大会" in out
    page = "金沙县党委组织党员到金沙江畔开展主题党日活动。\n" + NEXT + "\n"
    assert cleaned(cleaner, page) == page


def test_a_sites_disclaimer_header_and_its_numbered_items_go(cleaner):
    block = ("青溪网版权与免责声明\n1、未经青溪网(以下简称本网)许可,任何人不得非法使用本网自有版权作品。\n"
             "2、本网转载其他媒体之稿件,不代表本网赞同其观点和对其真实性负责。\n3、如因作品版权和其它问题可联系本网,本网确认后将在24")
    out = cleaned(cleaner, f"{LONG}\n{NEXT}\n{block}")
    assert LONG in out and NEXT in out and "版权" not in out and "本网" not in out
    # a report's own numbered points under its own heading stay
    page = f"{LONG}\n主要做法\n1、建立党员责任区十二个。\n2、开展志愿服务二十次。\n"
    assert cleaned(cleaner, page) == page


def test_a_date_and_empty_fields_glued_after_a_title_go(cleaner):
    out = cleaned(cleaner, f"为科技攻关装上“红色引擎”2022年06月20日 来源:\n{LONG}\n")
    assert "为科技攻关装上“红色引擎”" in out and "2022年06月20日" not in out and "来源" not in out


def test_an_english_date_label_before_the_first_sentence_goes_and_the_sentence_stays(cleaner):
    out = cleaned(cleaner, f" date 2024-12-07 4日一大早，细雨蒙蒙，青溪街道中心社区活动室里已是一派热闹景象。\n{LONG}\n")
    assert "4日一大早，细雨蒙蒙，青溪街道中心社区活动室里已是一派热闹景象。" in out and "date" not in out


def test_a_scripts_parallel_lines_cut_by_ellipses_are_no_teasers(cleaner):
    script = ("下面为获得“一对好主干”的同志颁奖。\n请柳溪村书记同志、村主任同志上台领奖，大家鼓掌祝贺……；\n"
              "请华兰村书记同志、村主任同志上台领奖，大家鼓掌祝贺……。\n")
    out = cleaned(cleaner, f"{LONG}\n{script}{NEXT}\n")
    assert "请柳溪村书记同志、村主任同志上台领奖" in out and "请华兰村书记同志" in out
