from deedsnlp.normalize import normalize, normalize_line


def test_fullwidth_letters_digits_to_halfwidth_punct_kept():
    assert normalize_line("２０２３年ＡＢＣ党支部，（一）") == "2023年ABC党支部，（一）"


def test_whitespace_unified():
    assert normalize_line("\u3000\u3000支部\t 学习\xa0\u200b活动  ") == "支部 学习 活动"


def test_closing_punct_line_joined():
    text, lines = normalize("开展三个一活动(即:提一条建议\n)。通过活动实践\n\n二、下一节\r\n，续上文")
    assert text == "开展三个一活动(即:提一条建议)。通过活动实践\n二、下一节，续上文"
    assert [(l.line, l.line_end) for l in lines] == [(1, 2), (4, 5)]


def test_line_breaks_of_all_kinds():
    text, lines = normalize("甲\r乙\r\n丙\u2028丁")
    assert text == "甲\n乙\n丙\n丁" and [l.line for l in lines] == [1, 2, 3, 4]
