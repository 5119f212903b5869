"""bench/_clean_realpages.py scores a cleaner on annotated real pages: junk pieces, body strings, and the
report's title (its words kept once the junk inside it is out); invented pages only."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import _clean_realpages as R  # noqa: E402

TITLE = "青川网 青禾村党支部先进事迹"
TEXT = f"首页 > 正文\n{TITLE}\n青禾村党支部现有党员二十六名，带领群众发展茶叶产业。\n"
PAGE = {"id": "p1", "text": TEXT, "junk": ["首页 > 正文", "青川网 "], "keep": ["青禾村党支部现有党员二十六名"], "title": TITLE}


def _cleaner(*cut):
    def fn(text):
        out = text
        for c in cut:
            out = out.replace(c, "")
        return out, []
    return fn


def test_a_title_counts_as_kept_once_the_junk_inside_it_is_out():
    res = R.score_pages([PAGE], _cleaner("首页 > 正文\n", "青川网 "))
    assert res["titles"] == (1, 1) and res["keep"] == (1, 1)


def test_a_title_the_cleaner_took_counts_as_lost_and_a_gloss_or_space_does_not_matter():
    assert R.score_pages([PAGE], _cleaner(TITLE))["titles"] == (0, 1)
    page = dict(PAGE, text=TEXT.replace("先进", "先(xiān )進"), title=TITLE.replace("先进", "先(xiān )進"))
    assert R.score_pages([page], _cleaner("(xiān )"))["titles"] == (1, 1)
