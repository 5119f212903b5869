"""A news site's list of other headlines closing the page without a header over it (- 某某新闻标题,
· 某某), or under a header the site words in its own way (相关链结, - 热评文章), and the report's own
lists that stay: its points between paragraphs, its honours by year, a list its own words introduce.
Invented names and wording throughout."""

from __future__ import annotations

PARA = ("近年来，青溪县林业局党支部坚持把党建工作与森林防火、生态修复紧密结合，组织党员认领责任林区，"
        "全年巡山四百余次，未发生一起森林火灾，先后被评为全县先进基层党组织。")
LAST = ("支部将继续发挥战斗堡垒作用，带领全体党员守护好一方青山绿水，为建设美丽青溪贡献力量。")


def cleaned(cleaner, text: str) -> str:
    return cleaner.clean_text(text).cleaned


HEADLINES = [
    "- 男子深夜钓鱼竟钓上一只大龟？专家：放生就对了！",
    "- 某市地铁三号线明年开通，沿线房价涨了吗",
    "- 《某某条例》修订：为乡村治理注入新动力",
    "- 一杯奶茶热量有多高？营养师给出答案",
]


def test_bulleted_headlines_closing_the_page_go(cleaner):
    text = PARA + "\n" + LAST + "\n" + "\n".join(HEADLINES)
    out = cleaned(cleaner, text)
    assert LAST in out and PARA in out
    for h in HEADLINES:
        assert h.lstrip("- ")[:8] not in out


def test_list_under_the_sites_own_header_words_goes_with_them(cleaner):
    text = (PARA + "\n" + LAST + "\n 相关链结\n"
            + "\n".join("· " + h.lstrip("- ") for h in HEADLINES[:3]) + "\n 图片图表\n 栏")
    out = cleaned(cleaner, text)
    assert LAST in out
    assert "相关链结" not in out and "图片图表" not in out
    assert not any(h.lstrip("- ")[:8] in out for h in HEADLINES[:3])


def test_label_bullets_between_the_last_paragraph_and_the_list(cleaner):
    text = PARA + "\n" + LAST + "\n- 热评文章\n" + "\n".join(HEADLINES)
    out = cleaned(cleaner, text)
    assert LAST in out and "热评文章" not in out
    assert not any(h.lstrip("- ")[:8] in out for h in HEADLINES)


def closing_lists(text: str) -> list[str]:
    from deedsnlp.clean.linktail import find_link_tails
    from deedsnlp.clean.spans import iter_lines

    return [text[c.start : c.end] for c in find_link_tails(text, list(iter_lines(text)))]


def test_the_reports_own_bullets_are_no_closing_list(cleaner):
    points = ["- 建立党员责任林区十二片", "- 组建党员护林突击队三支", "- 开展森林防火宣传进村入户活动"]
    # between paragraphs: the report's points
    text = PARA + "\n" + "\n".join(points) + "\n" + LAST
    assert closing_lists(text) == []
    out = cleaned(cleaner, text)
    assert all(p.lstrip("- ") in out for p in points)
    # honours by year closing the report
    honours = ["· 2019年被评为全县先进基层党组织", "· 2021年荣获全市五星级党支部", "· 2023年获评全省林业系统先进集体"]
    assert closing_lists(PARA + "\n" + LAST + "\n" + "\n".join(honours)) == []
    # a list the report's own words introduce
    assert closing_lists(PARA + "\n" + LAST + "\n主要做法：\n" + "\n".join(points)) == []
    # two headlines are no list; a list not under a paragraph is none either
    assert closing_lists(PARA + "\n" + LAST + "\n" + "\n".join(HEADLINES[:2])) == []
    assert closing_lists("\n".join(HEADLINES)) == []
    # the closing list itself, found by the same call
    found = closing_lists(PARA + "\n" + LAST + "\n" + "\n".join(HEADLINES))
    assert len(found) == 1 and found[0].startswith(HEADLINES[0]) and LAST not in found[0]


# the page title decorated by the site and shown plain as well: the decorated copy goes whole


TITLE = "柳塘村党支部：小菌菇撑起致富伞"


def test_decorated_title_before_the_plain_one_goes(cleaner):
    for deco in (f"乡村振兴看支部丨{TITLE}", f"{TITLE}_某某快讯(每日热点)", f"{TITLE}(2)"):
        out = cleaned(cleaner, f"{deco}\n\n{TITLE}\n{PARA}\n{LAST}")
        assert deco not in out and TITLE in out and PARA in out


def test_decorated_title_after_the_plain_one_goes(cleaner):
    out = cleaned(cleaner, f"{TITLE}\n2024-11-23{TITLE}\n{PARA}\n{LAST}")
    assert out.count("小菌菇撑起致富伞") == 1 and "2024-11-23" not in out and PARA in out


def test_a_subtitle_and_a_heading_naming_the_branch_are_no_decoration(cleaner):
    # the title with its dash subtitle on one line, then the title and subtitle apart: the report's own lines
    out = cleaned(cleaner, f"{TITLE}——记青溪县柳塘村党支部\n{TITLE}\n——记青溪县柳塘村党支部\n{PARA}\n{LAST}")
    assert TITLE in out and PARA in out
    # a series' title with a bar, and inside the body a heading naming the branch after the bar: the title stays
    page = f"先进党组织风采展|柳塘村党支部\n{PARA}\n柳塘村党支部\n{LAST}"
    out = cleaned(cleaner, page)
    assert PARA in out and LAST in out and "风采展" in out
