"""Families of junk (and of text wrongly taken) that the twenty-fifth session's real pages showed;
invented names and wording throughout."""

from __future__ import annotations

P1 = ("6月28日，青禾县后勤服务中心在中心大楼报告厅举行庆祝建党一百零二周年表彰大会，中心主任柯明远主持会议，"
      "全体党员和入党积极分子参加。\n")
P2 = ("大会在雄壮的国歌声中开幕。中心党委副书记邹小满宣读了表彰决定，三个党支部获评先进基层党支部，十二名同志获评"
      "优秀共产党员，六名同志获评优秀党务工作者。\n")
P3 = ("随后，受表彰的先进代表分别发言，结合自身岗位分享了立足本职、服务师生的经验和体会，大家纷纷表示要以先进为榜样，"
      "在平凡岗位上作出新的更大贡献。\n")
P4 = ("会上还进行了专题党课，党委书记以《初心如磐 奋楫笃行》为题，回顾了中心建设发展的历程，勉励大家赓续红色血脉，"
      "在服务保障中践行初心使命。\n")


def test_captions_of_one_length_between_paragraphs_are_no_wrapped_paragraph(cleaner):
    """Four captions of 18 or 19 characters, none with a comma, on a page of long paragraphs: no wrapped text
    (a PDF's wrapped lines hold the paragraph's commas), so the caption rules read them."""
    captions = ["柯明远书记为先进基层党支部颁发荣誉证书", "邹小满主任为优秀党务工作者颁发荣誉证书",
                "韦春来副主任为优秀共产党员颁发荣誉证书", "林若溪副主任为优秀共产党员颁发荣誉证书"]
    page = P1 + P2 + "".join(c + "\n" for c in captions) + P3 + P4
    result = cleaner.clean_text(page)
    assert not any(c in result.cleaned for c in captions)
    assert all(p.strip() in result.cleaned for p in (P1, P2, P3, P4))


def test_a_page_of_short_lines_throughout_keeps_its_lines_of_one_length(cleaner):
    """A page that breaks every sentence into short lines without commas (an account's layout) is
    wrapped text: its lines of one length stay."""
    lines = ["农作物遭遇病虫害的时候究竟应该怎么办", "让退役军人支书们学有参照行有保障", "对青禾当地的特色农副产品进行网上推介",
             "退役军人支书成为放心可靠的突击力量", "通过网上网下同步搭建项目库和专家库", "最大限度地整合军地双方的优质资源",
             "就能联系到农业专家前往实地调查", "面对面地为村民答疑解惑讲解种植技巧", "助力青禾山货走出大山走进千家万户",
             "还依托青禾实践中心的网上大数据平台", "青禾军分区依托军地实践中心搭建网上平台", "打造线上线下相联通的青禾创业平台"]
    page = "退役军人支书：乡村振兴的兵支书\n" + "".join(t + "\n" for t in lines)
    result = cleaner.clean_text(page)
    assert all(t in result.cleaned for t in lines)


def test_the_headline_over_its_dash_subtitle_stays_under_a_head_copy_of_the_subtitle(cleaner):
    """An e-paper's headline list names the article by its subtitle (~~~——某某侧记, shown twice); the page's title is the
    headline right above that subtitle, not a sidebar line between the copy and the title."""
    page = ("第03版:特别报道\n上一版  下一版\n     标题导航\n~~~——青禾县农民专业合作社党建工作侧记\n~~~——青禾县农民专业合作社党建工作侧记\n"
            "2023年3月1日 星期三 出版 上一期  下一期 返回首页 | 版面概览 | 版面导航 | 标题导航\n"
            "支部建在合作社 党旗飘在产业链\n——青禾县农民专业合作社党建工作侧记\n" + P1 + P2)
    result = cleaner.clean_text(page)
    assert "支部建在合作社 党旗飘在产业链" in result.cleaned
