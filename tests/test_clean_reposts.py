"""Reposts carrying different injected junk cluster with their original once the junk is out."""

from __future__ import annotations

from deedsnlp.clean.reposts import find_reposts
from deedsnlp.dedup import DedupConfig, find_duplicates

REPORT = (
    "石塘村党支部现有党员34名，下设3个党小组。近年来，支部坚持“三会一课”制度，每月开展一次主题党日活动。\n"
    "支部带领群众发展高山茶产业，建成标准化茶园1200亩，村集体经济收入由2019年的8万元增加到2023年的46万元。\n"
    "支部书记带头走访困难群众，全年为群众办实事28件，修建机耕道5.6公里，安装路灯120盏。\n"
    "支部先后被评为县级先进基层党组织和市级五星级党支部。"
)
OTHER = (
    "江北社区党委下设5个网格党支部，现有党员212名。社区推行“红色物业”模式，组建志愿服务队9支。\n"
    "社区党委每季度召开一次联席会议，协调解决停车难、加装电梯等问题31件，居民满意率达到96%。\n"
    "社区党委先后获得区级文明社区、市级先进基层党组织等称号。"
)
TAIL = ("\n相关推荐：\n农村党支部书记述职报告范文（通用6篇）\n2023年社区党委工作总结\n优秀党员先进事迹材料精选\n"
        "热门文章\n学校党支部创先争优活动总结\n医院党委党风廉政建设工作汇报\n")
REPOSTS = [
    "当前位置：首页 > 范文大全 > 事迹材料\n发布时间：2023-11-02 14:20:05　来源：网友投稿　浏览：2381次\n"
    + REPORT + "\n上一篇：下一篇：\n版权所有 © 2012-2024 晨曦范文网 京ICP备12345678号\n联系电话：0731-88886666　地址：南岭市建设大道18号" + TAIL,
    "鸿运国际党支部先进事迹材料\n" + REPORT.replace("支部带领群众", "支部🎉带领群众").replace("修建机耕道", "修建👍机耕道")
    + "\n扫一扫 关注公众号\n点赞(12) 收藏(3) 评论(0)\n鸿运国际官网入口 注册即送88元 www.hy-demo88.com\n" + TAIL,
    "您的位置：网站首页 » 工作总结 » 正文\n" + REPORT.replace("主题党日活动。", "主题党日活动。(本文来源：启航文库 www.qhwk-demo.com)")
    + "\n……此处隐藏862个字……\n文档格式：doc　页数：4\n下载积分：5　上传人：wenku_user01\n" + TAIL,
]


def docs():
    return [("original", REPORT), ("other", OTHER)] + [(f"repost{i}", t) for i, t in enumerate(REPOSTS)]


def test_reposts_cluster_at_the_default_threshold_when_junk_is_removed():
    result = find_reposts(docs(), DedupConfig())
    assert result.clusters == [["original", "repost0", "repost1", "repost2"]]


def test_distinct_reports_never_merge():
    result = find_reposts(docs(), DedupConfig())
    assert not any("other" in c for c in result.clusters)


def test_raw_signatures_miss_the_reposts():
    raw = find_duplicates(docs(), DedupConfig())
    clustered = {d for c in raw.clusters for d in c}
    assert not {"repost0", "repost1", "repost2"} <= clustered


def test_boilerplate_is_still_counted_on_the_given_texts():
    notice = "本站部分文章来自网络，仅供学习交流，如有侵权请联系删除。"
    texts = [("a", REPORT + "\n" + notice), ("b", OTHER + "\n" + notice),
             ("c", "清风小学党支部坚持每周集中学习一次，组织党员教师结对帮扶学生41名。\n" + notice)]
    result = find_reposts(texts, DedupConfig(min_docs=3))
    assert [b.text for b in result.boilerplate] == [notice]


def test_dedup_command_sees_through_junk_unless_raw(tmp_path):
    import json

    from typer.testing import CliRunner

    from deedsnlp.cli import app

    for doc_id, text in docs():
        (tmp_path / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    files = [str(tmp_path / f"{doc_id}.txt") for doc_id, _ in docs()]
    runner = CliRunner()
    clean = json.loads(runner.invoke(app, ["dedup", *files, "--json"]).stdout)
    assert [sorted(c) for c in clean["clusters"]] == [sorted(f for f in files if "other" not in f)]
    raw = json.loads(runner.invoke(app, ["dedup", *files, "--json", "--raw"]).stdout)
    assert raw["clusters"] != clean["clusters"]
