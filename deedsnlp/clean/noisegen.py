"""A generator of scraping noise: the junk lines real pages carry, in wide, invented variation.

It writes the training data of the line junk model (:mod:`deedsnlp.clean.linemodel`) and the
held-out-family figures of ``bench/clean.py``. Each *family* (breadcrumbs, navigation words,
publish lines, bylines and credits, contact blocks, teaser and paywall markers, document-site
headers, collection labels, 范文-site prefaces, copyright notices, gambling brands, image captions,
related-article lists, share bars, ads, emoji, repeated titles with a site suffix) combines the
word pools of ``deedsnlp/data/noise_generator.yaml`` with random numbers, dates, names, separators
and spacing. Every name is invented; no page text is copied.

>>> import random
>>> gen = NoiseGenerator()
>>> line = gen.line("breadcrumb", random.Random(1))
>>> isinstance(line, str) and len(line) > 3
True
"""

from __future__ import annotations

import random
from functools import lru_cache
from importlib import resources
from typing import Callable

import yaml


@lru_cache(maxsize=1)
def generator_pools() -> dict:
    return word_pools("noise_generator.yaml")


def word_pools(filename: str) -> dict[str, list[str]]:
    """A generator's word pools: a YAML file of ``deedsnlp/data`` mapping each pool's name to its words."""
    text = resources.files("deedsnlp.data").joinpath(filename).read_text("utf-8")
    return {k: [str(x) for x in v] for k, v in yaml.safe_load(text).items()}


_SEPS = [" > ", ">", " >> ", "»", " » ", " › ", "/", " / ", "＞", " - ", "  ", " ", "→", " | ", "|"]
_COLONS = [":", "：", ": ", "： "]
_SPACES = ["", "", "", " ", "  ", "\u3000", "    "]


class NoiseGenerator:
    """Random junk lines by family (see the module docstring)."""

    def __init__(self, pools: dict | None = None):
        self.p = pools or generator_pools()
        self.families: dict[str, Callable[[random.Random], str]] = {
            "breadcrumb": self.breadcrumb, "nav": self.nav, "publish": self.publish, "byline": self.byline,
            "contact": self.contact, "teaser": self.teaser, "docsite": self.docsite, "collection": self.collection,
            "preface": self.preface, "notice": self.notice, "brand": self.brand, "caption": self.caption,
            "related": self.related, "social": self.social, "ad": self.ad, "emoji": self.emoji_line,
            "site_title": self.site_title, "column": self.column_line,
        }

    # -- pieces ----------------------------------------------------------------------------------
    def pick(self, rng: random.Random, key: str) -> str:
        return rng.choice(self.p[key])

    def person(self, rng: random.Random) -> str:
        name = self.pick(rng, "surname") + self.pick(rng, "given")
        if rng.random() < 0.15:
            name = " ".join(name)  # 杨 明: spaced two-character names
        return name

    def site(self, rng: random.Random) -> str:
        r = rng.random()
        if r < 0.6:
            return self.pick(rng, "site_head") + self.pick(rng, "site_body") + self.pick(rng, "site_tail")
        if r < 0.8:
            return self.pick(rng, "place") + self.pick(rng, "site_tail")
        return self.pick(rng, "site_head") + self.pick(rng, "site_tail")

    def url(self, rng: random.Random) -> str:
        letters = "".join(rng.choice("abcdefghijkmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))
        pre = rng.choice(["www.", "", "http://www.", "https://", "m.", "wap."])
        return pre + letters + rng.choice(["", "", "88", "-" + str(rng.randint(1, 99))]) + self.pick(rng, "tld")

    def brand_name(self, rng: random.Random) -> str:
        r = rng.random()
        if r < 0.45:
            name = self.pick(rng, "place") + self.pick(rng, "brand_tail")
        elif r < 0.75:
            name = self.pick(rng, "brand_head") + self.pick(rng, "brand_tail")
        else:
            name = self.pick(rng, "brand_latin") + self.pick(rng, "brand_head") + self.pick(rng, "brand_tail")
        if rng.random() < 0.4:
            name += str(rng.choice([rng.randint(1, 999), rng.randint(1000, 9999), 88, 365, 888, 188]))
        if rng.random() < 0.2:
            name += rng.choice(["(中国)有限公司", "(中国)官方网站", "-官方网站", "官网入口", "APP下载"])
        return name

    def date(self, rng: random.Random) -> str:
        y, m, d = rng.randint(2005, 2025), rng.randint(1, 12), rng.randint(1, 28)
        hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        forms = [f"{y}-{m:02d}-{d:02d}", f"{y}-{m}-{d}", f"{y}/{m:02d}/{d:02d}", f"{y}.{m:02d}.{d:02d}",
                 f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}",
                 f"{y}年{m:02d}月{d:02d}日 {hh:02d}:{mm:02d}", f"{y % 100:02d}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}",
                 f"{y}年{m}月{d}日"]
        return rng.choice(forms)

    def phone(self, rng: random.Random) -> str:
        forms = [f"0{rng.randint(10, 999)}-{rng.randint(1000000, 99999999)}", f"1{rng.choice('3578')}{rng.randint(100000000, 999999999)}",
                 f"400 {rng.randint(100, 999)} {rng.randint(1000, 9999)}", f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                 f"({rng.randint(10, 999):03d}){rng.randint(1000000, 9999999)}"]
        return rng.choice(forms)

    def fill(self, template: str, rng: random.Random) -> str:
        n4 = rng.randint(1000, 9999)
        return template.format(
            n=rng.randint(100, 3000), k=rng.randint(2, 30), m=rng.randint(2, 40), p=self.person(rng), s=self.site(rng),
            s2=self.site(rng), url=self.url(rng), t=self.pick(rng, "topic"), t2=self.pick(rng, "topic")[:rng.randint(3, 8)],
            title=self.title(rng), col=self.pick(rng, "column"), fmt=self.pick(rng, "fmt"), date=self.date(rng),
            cn=self.pick(rng, "cn"), y1=rng.randint(2000, 2015), y2=rng.randint(2016, 2026), icp=self.pick(rng, "icp"),
            n8=rng.randint(10000000, 99999999), n14=rng.randint(10**13, 10**14 - 1), n4=n4, n3=rng.randint(100, 999),
            k2=rng.randint(10, 99), mail=f"{self.url(rng).split('.')[-2][-6:]}@{rng.choice(['163', 'qq', '126', 'sina'])}.com",
            brand=self.brand_name(rng), phone=self.phone(rng),
        )

    def title(self, rng: random.Random) -> str:
        unit = self.pick(rng, "place") + rng.choice(["村", "社区", "小学", "中学", "医院", "公司", "供电所", "街道", "学院"])
        return unit + rng.choice(["党支部", "党总支", "党委", ""]) + self.pick(rng, "topic")

    # -- families --------------------------------------------------------------------------------
    def breadcrumb(self, rng: random.Random) -> str:
        sep = rng.choice(_SEPS)
        items = [self.pick(rng, "home")] if rng.random() < 0.8 else [self.site(rng)]
        items += [self.pick(rng, "column") for _ in range(rng.randint(1, 4))]
        if rng.random() < 0.2:
            items.append(self.title(rng)[: rng.randint(6, 20)])
        line = sep.join(items)
        if rng.random() < 0.3:
            line += sep.rstrip()
        if rng.random() < 0.6:
            line = self.pick(rng, "where") + rng.choice(_COLONS + [""]) + rng.choice(["", " "]) + line
        return line

    def nav(self, rng: random.Random) -> str:
        if rng.random() < 0.3:  # one item of a menu, a bullet before it (mojibake turns bullets into ?)
            return rng.choice(["? ", "· ", "• ", "> ", "- ", "?", "·", "▪ ", "◆ "]) + rng.choice(
                [self.pick(rng, "column"), self.pick(rng, "column"), self.pick(rng, "nav")])
        sep = rng.choice(["  ", " ", " | ", "|", "\u3000", " · ", "   "])
        return sep.join(rng.sample(self.p["nav"], rng.randint(1, 6)))

    def publish(self, rng: random.Random) -> str:
        parts = []
        if rng.random() < 0.85:
            parts.append(self.pick(rng, "time_label") + rng.choice(_COLONS) + self.date(rng))
        for _ in range(rng.randint(0, 3)):
            label = self.pick(rng, "meta_label")
            value = rng.choice([self.site(rng), self.person(rng), str(rng.randint(1, 99999)), "", self.pick(rng, "column"),
                                f"{rng.randint(1, 9999)}次"])
            parts.append(label + rng.choice(_COLONS) + value)
        if rng.random() < 0.2:
            parts.append(rng.choice(["【字体:大 中 小】", "【打印】", "【关闭】", "[字号 大 中 小]", "【大 中 小】"]))
        if not parts:
            parts.append(self.date(rng))
        rng.shuffle(parts)
        return rng.choice(["  ", " ", "\u3000", "    ", " | "]).join(parts)

    def byline(self, rng: random.Random) -> str:
        r = rng.random()
        if r < 0.25:
            return (self.pick(rng, "place") + self.pick(rng, "paper") + rng.choice(["记者", "通讯员", "见习记者"]) + rng.choice(["", " "])
                    + " ".join(self.person(rng) for _ in range(rng.randint(1, 3))))
        if r < 0.35:  # one credit per line, labels sometimes spaced (监 制：某某)
            label = self.pick(rng, "credit_label")
            if len(label) == 2 and rng.random() < 0.4:
                label = label[0] + " " + label[1]
            return label + rng.choice(_COLONS) + " ".join(self.person(rng) for _ in range(rng.randint(1, 2)))
        if r < 0.5:
            inner = rng.choice([";", " ", ",", "  "]).join(
                self.pick(rng, "credit_label") + rng.choice(_COLONS + [" ", ""]) + self.person(rng) for _ in range(rng.randint(1, 4)))
            return rng.choice(["({})", "({})", "【{}】", "{}", "[{}]"]).format(inner)
        if r < 0.6:
            return " ".join(self.person(rng) for _ in range(rng.randint(1, 3)))
        if r < 0.65:  # a photographer's or reporter's credit: (记者 某某 摄)
            return rng.choice(["({} 摄)", "({} 摄影)", "{} 摄", "(记者 {} 摄)", "本报记者 {} 摄"]).format(self.person(rng))
        if r < 0.8:
            m, d = rng.randint(1, 12), rng.randint(1, 28)
            return (self.pick(rng, "place") + self.pick(rng, "paper") + f"{m}月{d}日讯" + "(" + rng.choice(["通讯员", "记者"]) + " "
                    + self.person(rng) + rng.choice(["", " 记者 " + self.person(rng)]) + ")")
        return rng.choice(["文/图 ", "文/", "图/", "本报记者 ", "通讯员 "]) + self.pick(rng, "place") + self.pick(rng, "paper") + \
            rng.choice(["记者 ", "", " "]) + " ".join(self.person(rng) for _ in range(rng.randint(1, 3)))

    def contact(self, rng: random.Random) -> str:
        parts = []
        for _ in range(rng.randint(1, 3)):
            label = self.pick(rng, "contact_label")
            if label in ("地址",):
                value = self.pick(rng, "place") + rng.choice(["市", "县", "区"]) + self.pick(rng, "road") + f"{rng.randint(1, 999)}号"
            elif label == "邮编":
                value = str(rng.randint(100000, 899999))
            elif label in ("网址",):
                value = self.url(rng)
            elif "邮箱" in label:
                value = self.fill("{mail}", rng)
            elif label in ("办公时间", "工作时间"):
                value = f"{rng.randint(7, 9)}:00-{rng.randint(17, 23)}:{rng.choice(['00', '30'])}"
            elif label in ("联系人",):
                value = self.person(rng)
            elif label == "备案号":
                value = self.fill("{icp}ICP备{n8}号", rng)
            else:
                value = self.phone(rng)
            parts.append(label + rng.choice(_COLONS) + value)
        if rng.random() < 0.15:
            return self.phone(rng)
        return rng.choice(["  ", " ", "\u3000", "    "]).join(parts)

    def teaser(self, rng: random.Random) -> str:
        return self.fill(self.pick(rng, "teaser"), rng)

    def docsite(self, rng: random.Random) -> str:
        return self.fill(self.pick(rng, "docsite"), rng)

    def collection(self, rng: random.Random) -> str:
        label = self.fill(self.pick(rng, "collection"), rng)
        if rng.random() < 0.3:
            label += rng.choice(["", " ", ":"]) + self.pick(rng, "topic")
        return label

    def preface(self, rng: random.Random) -> str:
        return self.fill(self.pick(rng, "preface"), rng)

    def notice(self, rng: random.Random) -> str:
        return self.fill(self.pick(rng, "notice"), rng)

    def brand(self, rng: random.Random) -> str:
        b = self.brand_name(rng)
        r = rng.random()
        if r < 0.4:
            return b
        if r < 0.7:
            return b + rng.choice([" ", "-", "|", "_"]) + self.url(rng)
        return self.fill(self.pick(rng, "ad"), rng).replace("{brand}", b)

    def caption(self, rng: random.Random) -> str:
        return self.fill(self.pick(rng, "caption"), rng)

    def related(self, rng: random.Random) -> str:
        return self.fill(self.pick(rng, "related"), rng)

    def social(self, rng: random.Random) -> str:
        return self.fill(self.pick(rng, "social"), rng)

    def ad(self, rng: random.Random) -> str:
        return self.fill(self.pick(rng, "ad"), rng)

    def emoji_line(self, rng: random.Random) -> str:
        return "".join(rng.choice(self.p["emoji"]) for _ in range(rng.randint(1, 4)))

    def site_title(self, rng: random.Random) -> str:
        """A page title with the site's suffix (the SEO title of the page)."""
        return self.title(rng) + self.fill(self.pick(rng, "title_tail"), rng)

    def column_line(self, rng: random.Random) -> str:
        """A column header of the site, bilingual or with a date."""
        col = self.pick(rng, "column")
        r = rng.random()
        if r < 0.4:
            return col + rng.choice([" ", "  ", "/", ""]) + self.pick(rng, "column_en")
        if r < 0.7:
            return self.date(rng) + rng.choice(["", " "]) + col
        return self.pick(rng, "column_en")

    def line(self, family: str, rng: random.Random) -> str:
        text = self.families[family](rng)
        if rng.random() < 0.15:
            text = rng.choice(_SPACES) + text + rng.choice(_SPACES)
        return text


#: families whose lines are held out of training when the bench measures generalisation
HELD_OUT_FAMILIES = ("contact", "teaser", "caption", "social")
