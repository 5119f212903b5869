"""Junk shapes the twenty-ninth session's reading of the gathered pages showed: a crumb written with spaces under
the site's header, a column's tag over a news item's headline, photo credits glued to a paragraph or cut off by
the excerpt, joint credits (文、图/…) and a copyright mark after a sentence; invented units, people and wording."""

from __future__ import annotations

from tests.helpers import removed_text as _removed

TEXT = ("6月28日，青禾县水务局机关党支部组织全体党员赴河口村开展主题党日活动，重温入党誓词，"
        "为村里的留守老人送去米面油等慰问品，并帮助清理村道垃圾12处。\n"
        "支部书记柯明远说，党员走进群众当中，才能把服务做到群众心坎上。\n")


def test_the_sites_header_above_a_crumb_written_with_spaces_goes(cleaner):
    # a school site's banner of its honours over the crumb 首页  某栏目  某栏目 (spaces, no arrows), then the item
    header = ["欢迎访问青禾职业学院护理学院", "省级一流本科课程", "青禾市护理技能实训示范中心", "青禾市高校护理教学创新团队"]
    crumb = "首页  党的建设  支部风采"
    title = "护理学院学生党支部开展“七一”主题党日活动"
    page = "\n\n".join(header) + "\n\n" + crumb + "\n" + title + "\n" + "发布时间：2025-07-02\n\n" + TEXT
    result = cleaner.clean_text(page)
    removed = _removed(page, result)
    assert all(h in removed for h in header[1:]) and crumb in removed
    assert title in result.cleaned and all(x in result.cleaned for x in TEXT.split("\n") if x)


def test_a_columns_tag_over_a_headline_with_its_publishing_line_goes(cleaner):
    # the tag repeats words of the text (党建工作): the page's layout, not its words, says it is the column's
    tag, title = "党建工作", "青禾县水务局机关党支部赴河口村开展主题党日活动"
    page = tag + "\n\n" + title + "\n\n" + "发稿时间:2024年06月30日 通讯员:柯明远 来源:青禾县水务局\n\n" + TEXT + "支部党建工作走在全县前列。\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).startswith(tag)
    assert title in result.cleaned and "支部党建工作走在全县前列。" in result.cleaned


def test_a_main_title_over_its_subtitle_and_publishing_line_stays(cleaner):
    # a short main title (no column's ending) over the line naming whom it is about
    main, sub = "扎根乡土的红烛", "青禾县河口村党支部书记柯明远先进事迹"
    page = main + "\n" + sub + "\n" + "发布时间：2024-06-30\n" + TEXT
    result = cleaner.clean_text(page)
    assert main in result.cleaned and sub in result.cleaned


def test_a_photo_credit_glued_after_a_paragraph_goes_and_the_paragraph_stays(cleaner):
    paragraph = ("十年来，河口村党支部带领群众修路架桥、发展茶叶产业，村集体经济收入从不足两万元增长到八十余万元，"
                 "群众的日子越过越红火。记者为村里的老党员们拍下了合影。")
    for credit in ("青禾日报记者 柯明远 摄", "新华社记者 杜晓岚 摄"):
        page = "河口村的十年\n" + paragraph + credit + "\n" + TEXT
        result = cleaner.clean_text(page)
        assert _removed(page, result).strip() == credit
        assert paragraph in result.cleaned


def test_a_credit_the_excerpt_cut_off_at_the_pages_end_goes(cleaner):
    last = "一首《唱支山歌给党听》将大会推向高潮。"
    for credit in ("(柯明远 通讯员 杜晓岚", "（本报记者 杜晓岚"):
        page = TEXT + last + credit
        result = cleaner.clean_text(page)
        assert _removed(page, result) == credit and last in result.cleaned


def test_a_bracket_the_excerpt_cut_off_without_a_credit_stays(cleaner):
    page = TEXT + "支部整理了党员的意见建议。（详见附件二"
    result = cleaner.clean_text(page)
    assert "（详见附件二" in result.cleaned


def test_joint_credit_lines_go(cleaner):
    for credit in ("文、图/柯明远、杜晓岚", "文、摄/柯明远", "文·图/杜晓岚"):
        page = "河口村的十年\n" + credit + "\n" + TEXT
        result = cleaner.clean_text(page)
        assert _removed(page, result).strip() == credit, credit
        assert all(x in result.cleaned for x in TEXT.split("\n") if x)


def test_a_copyright_mark_after_a_paragraphs_last_sentence_goes(cleaner):
    paragraph = "柯明远还协调有关部门为村里安装了四盏路灯，方便了群众夜间出行。"
    page = TEXT + paragraph + " copyright 青禾图片社\n" + "目前，全县党员都到村里报到。\n"
    result = cleaner.clean_text(page)
    assert _removed(page, result).strip() == "copyright 青禾图片社"
    assert paragraph in result.cleaned


def test_a_copyright_sign_inside_a_sentence_stays(cleaner):
    line = "他指着包装上的©标志说：“这是我们自己的品牌。”大家都笑了。\n"
    page = TEXT + line
    result = cleaner.clean_text(page)
    assert line.strip() in result.cleaned
