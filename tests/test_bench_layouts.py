"""The layouts of bench/clean.py's precision probe rewrite report text as real pages lay it out."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import _layouts  # noqa: E402

from deedsnlp.clean import Cleaner  # noqa: E402

PARA = "青禾镇距县城30公里，现辖7个行政村、31个村民小组，共有5782户20968人。"


def test_pdf_spacing_sets_figures_and_commas_apart():
    assert _layouts.pdf_spacing(PARA) == "青禾镇距县城 30 公里, 现辖 7 个行政村、 31 个村民小组, 共有 5782 户 20968 人。"


def test_a_fixed_width_wrap_keeps_every_character_in_order():
    wrapped = _layouts.wrap(PARA * 3, 34)
    assert wrapped.replace("\n", "") == PARA * 3
    assert {len(x) for x in wrapped.split("\n")[:-1]} == {34}


def test_every_layout_keeps_the_words_and_the_probe_counts_what_goes():
    back = str.maketrans(",:;()!?", "，：；（）！？")
    for name, layout in _layouts.LAYOUTS.items():
        if name != "traditional script":
            assert "".join(layout(PARA).split()).translate(back) == PARA, name
    from deedsnlp.normalize import to_simplified

    assert _layouts.traditional(PARA) != PARA and to_simplified(_layouts.traditional(PARA)) == PARA
    docs = {"a": [PARA, "支部每月开展一次主题党日活动，党员轮流到村卫生室服务群众。"], "b": ["返回顶部", PARA]}
    cut, total, examples = _layouts.body_cut(Cleaner(suggestions=0), docs, _layouts.LAYOUTS["pdf spacing"], every=1)
    assert total > 0 and cut == sum(len(e[1].replace("⏎", "").replace(" ", "")) for e in examples)
    assert any(e[1].startswith("返回顶部") for e in examples)  # a junk line in the probe counts as a loss
