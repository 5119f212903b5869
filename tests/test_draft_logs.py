"""Logs: CSV / XLSX / JSONL readers and free-text lines; bad rows are reported and skipped."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from deedsnlp.draft.logs import parse_log_line, read_log, read_logs
from deedsnlp.errors import InputError

CSV = """\
date,type,title,participants,households,amount,note,负责人
2024-03-05,支委会,研究发展党员工作,7,,,,林晓梅
2024/3/12,集中学习,学习全国两会精神,22人,,,,王建国
2024-02-30,主题党日,参观纪念馆,20,,,,王建国
2024年4月3日,走访慰问,慰问困难家庭,8,12户,1.2万元,发放慰问金,陈思远
2024-05-01,志愿服务,护学岗,很多,,,,陈思远

2024-06-01,捐款,爱心捐款,30,,3200,,
"""


def split(items):
    good = [x for x in items if not isinstance(x, InputError)]
    bad = [x for x in items if isinstance(x, InputError)]
    return good, bad


def test_csv_rows_and_bad_rows(tmp_path):
    p = tmp_path / "logs.csv"
    p.write_text(CSV, encoding="utf-8")
    good, bad = split(list(read_log(p, year=2024)))
    assert [e.line for e in good] == [2, 3, 5, 8]
    assert [str(b) for b in bad] == [
        f"{p}:4: not a valid date: '2024-02-30'",
        f"{p}:6: participants is not a number: '很多'",
    ]
    first, second, visit, gift = good
    assert first.date == dt.date(2024, 3, 5) and first.participants == 7 and first.extra == {"负责人": "林晓梅"}
    assert second.participants == 22 and second.date == dt.date(2024, 3, 12)
    assert (visit.households, visit.amount, visit.note) == (12, Decimal(12000), "发放慰问金")
    assert gift.amount == Decimal(3200) and gift.extra == {}


def test_csv_gbk_chinese_headers_and_year_from_file(tmp_path):
    p = tmp_path / "记录.csv"
    text = "日期,类型,内容,参加人数,户数,金额,备注\n2023-03-05,支委会,研究工作,5,,,\n4月1日,家访,入户家访,3,6,,\n"
    p.write_bytes(text.encode("gbk"))
    entries = read_logs([p], errors=(errors := []))
    assert not errors
    assert [e.date for e in entries] == [dt.date(2023, 3, 5), dt.date(2023, 4, 1)]  # year taken from the file
    assert entries[1].households == 6 and entries[1].title == "入户家访"


def test_csv_without_type_or_title_column_is_unusable(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_text("when,what\n2024-01-01,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="no `type` or `title` column"):
        list(read_log(p))


def test_csv_row_with_too_many_cells(tmp_path):
    p = tmp_path / "logs.csv"
    p.write_text("date,type,title\n2024-01-02,支委会,研究,多余\n2024-01-03,支委会,研究\n", encoding="utf-8")
    good, bad = split(list(read_log(p)))
    assert len(good) == 1 and str(bad[0]).startswith(f"{p}:2: 4 cells")


def test_xlsx_rows_bad_rows_and_broken_file(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([])  # a blank first row: the header is the first non-empty row
    ws.append(["date", "type", "title", "participants", "households", "amount", "note", "地点"])
    ws.append([dt.datetime(2024, 3, 5), "支委会", "研究发展党员工作", 7, None, None, None, "会议室"])
    ws.append(["2024-13-01", "党课", "专题党课", 20, None, None, None, None])
    ws.append([dt.date(2024, 4, 3), "捐款", "爱心捐款", 30, None, 3200.5, None, None])
    p = tmp_path / "logs.xlsx"
    wb.save(p)
    good, bad = split(list(read_log(p)))
    assert [e.line for e in good] == [3, 5]
    assert good[0].date == dt.date(2024, 3, 5) and good[0].extra == {"地点": "会议室"}
    assert good[1].amount == Decimal("3200.5")
    assert str(bad[0]) == f"{p}:4: not a valid date: '2024-13-01'"
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not a workbook")
    with pytest.raises(InputError, match="not a readable .xlsx workbook|malformed zip container"):
        list(read_log(broken))
    errors: list = []
    assert read_logs([broken, p], errors=errors) and len(errors) == 2  # the broken file, then the bad row


def test_jsonl_rows(tmp_path):
    p = tmp_path / "logs.jsonl"
    rows = [
        json.dumps({"date": "2024-03-05", "type": "支委会", "title": "研究工作", "participants": 5, "place": "三楼"}, ensure_ascii=False),
        "{not json",
        json.dumps({"date": "2024-03-06", "type": "党课", "participants": "x"}),
        "",
        json.dumps(["a list"]),
        json.dumps({"日期": "2024-03-07", "类型": "家访", "户数": 4}, ensure_ascii=False),
    ]
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    good, bad = split(list(read_log(p)))
    assert [e.line for e in good] == [1, 6] and good[0].extra == {"place": "三楼"} and good[1].households == 4
    assert [b.source for b in bad] == [f"{p}:2", f"{p}:3", f"{p}:5"]


@pytest.mark.parametrize("line, expected", [
    ("3月5日 召开支委会 研究发展党员工作 出席7人", ("2024-03-05", "支委会", "研究发展党员工作", 7, None, None)),
    ("2024-03-05 支委会 出席7人", ("2024-03-05", "支委会", "支委会", 7, None, None)),
    ("2024年6月5日 捐款 为受灾地区学校捐款 参加46人 捐款9600元", ("2024-06-05", "捐款", "为受灾地区学校捐款", 46, None, 9600)),
    ("9月20日 走访慰问 慰问退休老党员 走访6户 发放慰问金1.2万元", ("2024-09-20", "走访慰问", "慰问退休老党员", None, 6, 12000)),
    ("6月 开展学雷锋志愿服务活动，参加32人次", ("2024-06-01", "学雷锋", "开展学雷锋志愿服务活动", 32, None, None)),
    ("5月20日 全体党员28人参加主题党日活动", ("2024-05-20", "主题党日活动", "全体党员28人参加主题党日活动", 28, None, None)),
    ("3月8日 召开支委会研究确定发展对象2名", ("2024-03-08", "支委会", "召开支委会研究确定发展对象2名", None, None, None)),
])
def test_free_text_lines(line, expected):
    e = parse_log_line(line, 2024)
    got = (e.date.isoformat(), e.type, e.title, e.participants, e.households, e.amount)
    assert got == expected


def test_free_text_month_precision_and_errors(tmp_path):
    assert parse_log_line("11月 集中学习 二十届三中全会精神", 2024).date_precision == "month"
    with pytest.raises(ValueError, match="does not start with a date"):
        parse_log_line("召开支委会 出席7人", 2024)
    with pytest.raises(ValueError, match="has no year"):
        parse_log_line("3月5日 支委会", None)
    with pytest.raises(ValueError, match="not a valid date"):
        parse_log_line("2月30日 支委会", 2024)
    p = tmp_path / "logs.txt"
    p.write_text("# 注释\n\n3月5日 支委会 出席5人\n随便写的一行\n4月1日 家访 某某家\n", encoding="utf-8")
    good, bad = split(list(read_log(p, year=2024)))
    assert [e.line for e in good] == [3]
    assert [b.source for b in bad] == [f"{p}:4", f"{p}:5"] and "template blank" in bad[1].reason


def test_unknown_format_and_empty_file(tmp_path):
    with pytest.raises(InputError, match="unknown log format"):
        list(read_log(tmp_path / "logs.pdf"))
    p = tmp_path / "empty.csv"
    p.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="empty log file"):
        list(read_log(p))


def test_byte_readers_match_the_file_readers(tmp_path):
    """Each format reads the same rows from bytes (an upload) as from the file."""
    from deedsnlp.io.logs import read_log_bytes, read_logs_bytes

    csv_text = "日期,类型,内容,人数\n2024-03-05,支委会,研究工作,5\n2024-04-05,主题党日,清明祭扫,20\n"
    jsonl = '{"date": "2024-03-05", "type": "支委会", "title": "研究工作", "participants": 5}\n'
    txt = "3月5日 召开支委会 研究工作 出席5人\n"
    for name, text in (("logs.csv", csv_text), ("logs.jsonl", jsonl), ("logs.txt", txt)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        from_file = [e.to_dict() for e in read_logs([path], year=2024)]
        from_bytes = [e.to_dict() for e in read_logs_bytes([(str(path), text.encode("utf-8"))], year=2024)]
        assert from_file == from_bytes and from_file
    rows = list(read_log_bytes("upload.csv", csv_text.encode("utf-8"), year=2024))
    assert [r.where for r in rows] == ["upload.csv:2", "upload.csv:3"]
