"""Words an anti-scrape filter injects before a page's punctuation (deedsnlp.clean.injected): invented
report text with invented random pairs; a literary page with rare words before its commas stays whole."""

from __future__ import annotations

from deedsnlp.clean.injected import find_injected_pairs, screened

CLAUSES = ["端午节后我和同事再次走在青溪村的田野小路上", "阳光正好", "凉风习习", "花儿扑鼻香", "所见所闻都是百姓之幸",
           "驻村工作队一行三人驻村已有一月有余", "已经与群众结下了深厚友谊", "刚进村时召开贫困户评选大会",
           "会上有的村民语气蛮横", "后来经过对其家庭情况了解", "我们已结为好友", "他对我说你们就像我们村的闺女一样",
           "三天两头往村里跑", "我们看见你都很亲切", "几天不见还真想念", "我笑着说我也有同感", "下午全村老小一起上山种土豆",
           "机械化耕种模式第一次上了山头", "群众欢呼踊跃", "一派生机的劳动场面", "村干部带领群众开启脱贫致富的步伐",
           "衷心希望村里借脱贫攻坚之良机", "拥抱产业扶贫之大树"]
PAIRS = ["皿桑", "铆隘", "诲侮", "匣屡", "雳窟", "膀钠", "漓摩", "肿嘲", "裹虫", "嘱朽", "蔬啡", "顽腾", "啃炸", "桌硫", "箱蟆", "抄肖"]


def test_random_pairs_injected_before_the_punctuation_go_and_the_text_stays(cleaner):
    parts = []
    for k, clause in enumerate(CLAUSES):
        parts.append(clause + (PAIRS[k] if k < len(PAIRS) else "") + ("。" if k % 3 == 2 else "，"))
    page = "".join(parts) + "\n"
    result = cleaner.clean_text(page)
    removed = [f for f in result.findings if f.data.get("unit") == "injected pair"]
    assert len(removed) >= 12 and all(page[f.start:f.end] in PAIRS for f in removed)
    assert "再次走在青溪村的田野小路上，阳光正好，凉风习习。花儿扑鼻香，" in result.cleaned
    assert "拥抱产业扶贫之大树" in result.cleaned and "群众欢呼踊跃" in result.cleaned


def test_a_literary_page_with_rare_words_before_its_commas_is_never_judged(cleaner):
    words = ["阴霾", "雄狮", "谱系", "湛蓝", "鹭岛", "相拥", "敬仰", "黑暗", "乐章", "险阻", "封锁", "丰碑", "呐喊", "灯塔"]
    page = "，".join(f"在那段日子里我们看见了{w}" for w in words) + "。\n"
    result = cleaner.clean_text(page)
    assert not [f for f in result.findings if f.data.get("unit") == "injected pair"]
    assert all(w in result.cleaned for w in words)


def test_an_ordinary_page_is_not_read_by_the_model():
    page = "支部坚持“三会一课”制度，全年组织集中学习12次，开展主题党日活动8次，党员参学率达到98%以上。" * 5
    assert screened(page) == [] and find_injected_pairs(page, None) == []
