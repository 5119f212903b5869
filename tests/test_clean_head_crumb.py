"""A page's head above its breadcrumb: a site's menu, its login box, a sidebar of other headlines and a
column's monthly archive stand above 当前位置：首页 > … and go, while the page's title (and its subtitle)
right above the crumb stays; a crumb below the report's prose takes nothing above it. Invented names and
wording throughout."""

from __future__ import annotations

BODY = "近年来，松岭村党支部坚持把党建工作融入乡村振兴全过程，带领群众发展食用菌产业，村集体收入逐年增长。"
NEXT = "支部每月开展一次主题党日活动，党员带头认领公益岗位，群众满意度明显提升。"
CRUMB = "当前位置：首页 > 新闻中心 > 基层动态 > 正文"

HEAD = [
    "青溪新闻网 首页 要闻 基层 视频 图集",
    "青溪出版集团简介",
    "2024年9月基层动态",
    "2024年8月基层动态",
    "2024年7月基层动态",
    "· 青溪县推出关爱留守老人十项措施",
    "· 柳塘镇“红色驿站”开门迎客",
]


def cleaned(cleaner, text: str) -> str:
    return cleaner.clean_text(text).cleaned


def test_the_sites_head_above_its_breadcrumb_goes_and_the_title_stays(cleaner):
    title = "松岭村党支部：小蘑菇撑起致富伞"
    text = "\n".join(HEAD + [title, CRUMB, "发布时间：2024-09-12  来源：青溪新闻网", BODY, NEXT]) + "\n"
    out = cleaned(cleaner, text)
    assert title in out and BODY in out and NEXT in out
    for line in HEAD:
        assert line.lstrip("· ") not in out


def test_a_title_and_its_subtitle_above_the_breadcrumb_stay(cleaner):
    text = "\n".join(HEAD[:3] + ["老街深处的“红色园丁”", "——记青溪县文庙街小学党支部", CRUMB, BODY, NEXT]) + "\n"
    out = cleaned(cleaner, text)
    assert "老街深处的“红色园丁”" in out and "——记青溪县文庙街小学党支部" in out and BODY in out
    assert "2024年9月基层动态" not in out


def test_a_breadcrumb_under_the_reports_prose_takes_nothing_above_it(cleaner):
    title = "松岭村党支部先进事迹材料"
    heading = "一、建强班子带队伍"
    text = "\n".join([title, heading, BODY, NEXT, CRUMB]) + "\n"
    out = cleaned(cleaner, text)
    assert title in out and heading in out and BODY in out and NEXT in out
