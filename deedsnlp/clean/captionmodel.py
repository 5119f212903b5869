"""The caption model: whether a short line inside a page's text is a picture's caption (who does
what, where) rather than the report's heading.

A scraped news page keeps its pictures' captions as lines of their own between the paragraphs:
某某部长为优秀党务工作者颁发荣誉证书, 全体与会人员齐唱国歌, 党员们聆听讲解员讲解. They carry no
marker (no ▲, no 摄, no 图为) and their wording is endless, so a word list misses them; a report's
headings stand in the same place with the same shape (no full stop, one line). What tells them apart
is what they say: a caption tells of people doing something at a place (颁发, 聆听, 参观, 发言, 合影),
a heading names a point (筑牢战斗堡垒, 党建引领聚合力).

The model is the line junk model's logistic regression (:func:`deedsnlp.clean.linemodel.fit`, the same
features and JSON format) trained on generated scene captions (label 1; pools in
``deedsnlp/data/scene_captions.yaml``, invented words) against the labelled corpus's headings and
titles without their numbers and short clauses of its paragraphs (label 0). Two models are shipped:

- ``deedsnlp/data/caption_model.json`` (:func:`caption_model`), trained on those alone, reads a sentence
  closed by its full stop as a caption or not: above the text, in brackets, before a credit
  (:mod:`deedsnlp.clean.leftovers`);
- ``deedsnlp/data/caption_line_model.json`` (:func:`caption_line_model`) reads a line standing alone between
  the body's paragraphs (:func:`deedsnlp.clean.structure.find_zone_furniture`). It also learns from lines the
  project wrote (``deedsnlp/data/scene_caption_lines.yaml``: 2,481 captions as pages set them under a photo,
  very short scenes and views among them, captions naming one person or a team and their deed since session 50
  (某某组织居民召开议事会, “板凳书记”某某在“坐诊”), and 2,266 reports' headings without their numbers, the ones worded
  with activities and a profile's headings among them, for four kinds of unit) and from the corpus's short sentences of clauses (a
  lead such as 初冬的某某村，美丽而静谧。 is no caption). On the gathered real pages it separates the lines
  annotated as captions from the headings standing in the same place better than the first model (lines
  of eight characters or more, no full stop: AUC 0.85 against 0.78), but it reads more of a news item's
  opening sentences as captions, so the sentence rules keep the first model.

Train them again with::

    python -m deedsnlp.clean.captionmodel              # seed 13
    python -m deedsnlp.clean.captionmodel --kind line  # seed 13

>>> model = caption_model()
>>> model.score("某某书记为优秀共产党员颁发荣誉证书") > 0.9
True
>>> model.score("强化政治引领 筑牢战斗堡垒") < 0.1
True
"""

from __future__ import annotations

import json
import random
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .linemodel import LineJunkModel, model_from_json

#: a heading's number (一、, （二）, 3.), dropped from the corpus's headings: the rule never reads numbered lines
_NUMBER_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s?[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s?[、.．])\s*")
_CLAUSE_SPLIT_RE = re.compile(r"[，。；！？,;!?：:]")
#: a sentence of a paragraph with its full stop (a lead of clauses: 初冬的某某村，美丽而静谧。)
_SENTENCE_RE = re.compile(r"[^。！？!?；;]+[。！？!?]")


@lru_cache(maxsize=1)
def caption_pools() -> dict[str, list[str]]:
    from .noisegen import word_pools

    return word_pools("scene_captions.yaml")


class SceneCaptions:
    """Random captions of scenes: someone doing something somewhere, a prize given, a place shown."""

    def __init__(self, pools: dict | None = None):
        from .noisegen import NoiseGenerator

        self.p = pools or caption_pools()
        self.gen = NoiseGenerator()  # names and places of the noise generator

    def pick(self, rng: random.Random, key: str) -> str:
        return rng.choice(self.p[key])

    def place(self, rng: random.Random) -> str:
        return self.gen.pick(rng, "place") + self.pick(rng, "unit")

    def person(self, rng: random.Random) -> str:
        name, r = self.gen.person(rng), rng.random()
        if r < 0.4:
            return name + self.pick(rng, "post")
        if r < 0.7:
            return self.pick(rng, "post") + name
        if r < 0.85:
            return self.place(rng) + rng.choice(["党支部书记", "第一书记", "主任", "校长", "院长"]) + name
        return name

    def subject(self, rng: random.Random) -> str:
        r = rng.random()
        if r < 0.4:
            return self.person(rng)
        if r < 0.8:
            return rng.choice(["", self.place(rng), rng.choice(["第一", "第二", "第三", "机关", "离退休", "学生", "教工"]) + "党支部"]) \
                + self.pick(rng, "group")
        return self.place(rng) + rng.choice(["党支部", "党委", "党员服务队", "志愿服务队", "青年突击队"])

    def org(self, rng: random.Random) -> str:
        """A body doing something together: 某某村党支部, 某某学院第二党支部, 某某医院党员志愿服务队."""
        return self.place(rng) + rng.choice(["党支部", "党委", "党总支", "支部", "第一党支部", "党员服务队", "志愿服务队", "团支部"])

    def together(self, rng: random.Random) -> str:
        """Scenes of bodies together, trips, gifts, meetings and their steps, leaders with people, harvests."""
        slogan = "“" + self.pick(rng, "slogan") + "”" if rng.random() < 0.5 else ""
        r = rng.random()
        if r < 0.2:  # 某某支部与共建单位联合开展“…”主题党日活动
            partner = rng.choice(["", self.place(rng)]) + self.pick(rng, "partner") if rng.random() < 0.7 else self.org(rng)
            return self.org(rng) + rng.choice(["与", "和"]) + partner + self.pick(rng, "joint_verb") + slogan + self.pick(rng, "joint_event")
        if r < 0.35:  # 某某支部赴某地义诊
            return rng.choice([self.org(rng), self.subject(rng)]) + self.pick(rng, "trip_verb") + self.place(rng) + self.pick(rng, "trip_act")
        if r < 0.5:  # 某某党支部向困难学生发放助学金
            return rng.choice([self.org(rng), self.subject(rng)]) + rng.choice(["向", "为", "给"]) + self.pick(rng, "recipient") \
                + self.pick(rng, "gift_verb") + self.pick(rng, "goods")
        if r < 0.65:  # 第一次党员大会召开
            return rng.choice(["", "", self.org(rng)]) + self.pick(rng, "meeting") + self.pick(rng, "convene")
        if r < 0.75:  # 检查票箱
            return rng.choice(["", "", self.pick(rng, "group")]) + self.pick(rng, "step")
        if r < 0.88:  # 带领党员开展集中学习
            return rng.choice(["", self.person(rng)]) + self.pick(rng, "lead_verb") + self.pick(rng, "group") \
                + rng.choice(["进行", "开展", "参加", ""]) + slogan + self.pick(rng, "lead_act")
        if r < 0.94:  # 某村农户晾晒丰收的玉米
            return rng.choice(["", self.place(rng)]) + self.pick(rng, "grower") + rng.choice(["", "正在", "忙着"]) \
                + self.pick(rng, "harvest_verb") + rng.choice(["", "丰收的", "新鲜的", "刚采摘的"]) + self.pick(rng, "produce")
        where = "在" + self.place(rng) + self.pick(rng, "venue") if rng.random() < 0.5 else ""  # 某某书记在敬老院陪老人吃团圆饭
        return self.person(rng) + where + self.pick(rng, "care_act")

    def line(self, rng: random.Random) -> str:
        if rng.random() < 0.3:
            return self.together(rng) + ("。" if rng.random() < 0.15 else "")
        r = rng.random()
        if r < 0.3:  # 党员们在某地红色教育基地重温入党誓词, 队员在田间帮助村民抢收玉米
            where = rng.choice(["在", "到", "赴", "来到", "走进"]) + self.place(rng) + self.pick(rng, "venue") if rng.random() < 0.5 else ""
            deed = self.pick(rng, "act") if rng.random() < 0.5 else \
                rng.choice(["", "", "帮助", "为", "给", "向", "协助"]) + self.pick(rng, "beneficiary") * (rng.random() < 0.6) \
                + self.pick(rng, "verb") + self.pick(rng, "thing")
            s = self.subject(rng) + where + rng.choice(["", "", "正在", "认真", "一起", "共同"]) + deed
        elif r < 0.45:  # 某某书记为优秀共产党员颁发荣誉证书
            s = self.person(rng) + "为" + self.pick(rng, "honoree") + self.pick(rng, "award")
        elif r < 0.55:  # 某某代表获奖教师发言
            s = self.person(rng) + rng.choice(["代表", ""]) + rng.choice(["获奖教师", "受表彰党员", "新党员", "先进集体", "全体党员", ""]) \
                + self.pick(rng, "speech")
        elif r < 0.65:  # 某村“某某”主题党日活动现场
            topic = "“" + self.gen.pick(rng, "topic") + "”" if rng.random() < 0.4 else ""
            s = rng.choice(["", self.place(rng)]) + topic + self.pick(rng, "event") + self.pick(rng, "scene")
        elif r < 0.75:  # 某支部党员在某地某处合影
            s = self.subject(rng) + rng.choice(["在", ""]) + self.place(rng) + self.pick(rng, "venue") + rng.choice(["合影", "合影留念", "留影", ""])
        elif r < 0.85:  # 某村新貌
            s = self.place(rng) + self.pick(rng, "view")
        else:  # 某某（左一）与党员们交谈
            s = self.person(rng) + self.pick(rng, "picture_place") + rng.choice(["在", "与", "向", "为"]) + self.pick(rng, "group") \
                + rng.choice([self.pick(rng, "act"), "交谈", "了解情况", "握手"])
        return s + ("。" if rng.random() < 0.15 else "")


def written_lines() -> dict[str, list[str]]:
    """The lines the project wrote (``deedsnlp/data/scene_caption_lines.yaml``): ``captions`` as pages set them
    under a photo and ``headings`` of reports without their numbers."""
    from .noisegen import word_pools

    return word_pools("scene_caption_lines.yaml")


def training_lines(seed: int = 13, captions: int = 8000, clauses: int = 6000, corpus_dir: str | None = None,
                   kind: str = "sentence"):
    """``(lines, labels, positions)``: scene captions (label 1) and the corpus's headings and titles
    without their numbers and short clauses of its paragraphs (label 0). ``kind`` ``"line"`` adds the
    written captions (label 1), the written headings and the corpus's short sentences of clauses (label 0)."""
    from .maskfill import default_corpus_dir

    rng = random.Random(seed)
    gen = SceneCaptions()
    lines = [gen.line(rng) for _ in range(captions)]
    labels = [1] * len(lines)
    heads, parts, sents = [], [], []
    root = Path(corpus_dir) if corpus_dir else default_corpus_dir()
    for path in sorted(root.glob("*.jsonl")) if root else []:
        for x in path.read_text(encoding="utf-8").splitlines():
            if not x.strip():
                continue
            r = json.loads(x)
            if r.get("is_heading"):
                h = _NUMBER_RE.sub("", r["text"]).strip()
                if 2 <= len(h) <= 60:
                    heads.append(h)
            else:
                parts.extend(p.strip() for p in _CLAUSE_SPLIT_RE.split(r["text"]) if 6 <= len(p.strip()) <= 40)
                sents.extend(x for x in _SENTENCE_RE.findall(r["text"]) if 8 <= len(x) <= 40 and re.search("[，,]", x))
    rng.shuffle(parts)
    if kind == "line":
        rng.shuffle(sents)
    # a unit's name alone signs a report off (中共某某街道某某社区委员会, 某某公司第二党支部): the names the captions' bodies are
    # made of, with no deed after them, are no caption
    names = [rng.choice(["", "中共"]) + gen.place(rng) + rng.choice(["委员会", "党委", "党支部", "党总支", "支部委员会", "第一党支部", ""])
             for _ in range(captions // 8)]
    negatives = heads + parts[:clauses] + names
    if kind == "line":
        written = written_lines()
        lines += [c.rstrip("。") for c in written["captions"]]  # (the rule reads lines without a full stop)
        labels += [1] * len(written["captions"])
        negatives += sents[: clauses // 2] + written["headings"]
    lines += negatives
    labels += [0] * len(negatives)
    pos = [(rng.randint(3, 20), 30) for _ in lines]  # inside the text: the rule reads no other line
    return lines, labels, pos


@lru_cache(maxsize=1)
def caption_model() -> LineJunkModel:
    """The shipped caption model for sentences (``deedsnlp/data/caption_model.json``)."""
    text = resources.files("deedsnlp.data").joinpath("caption_model.json").read_text("utf-8")
    return model_from_json(text, "caption_model.json")


@lru_cache(maxsize=1)
def caption_line_model() -> LineJunkModel:
    """The shipped caption model for lines standing alone between paragraphs (``deedsnlp/data/caption_line_model.json``)."""
    text = resources.files("deedsnlp.data").joinpath("caption_line_model.json").read_text("utf-8")
    return model_from_json(text, "caption_line_model.json")


def main(argv: list[str] | None = None) -> None:
    import argparse

    from .linemodel import fit

    ap = argparse.ArgumentParser(description="Train the caption model on generated scene captions and the corpus's headings.")
    ap.add_argument("--kind", choices=("sentence", "line"), default="sentence",
                    help="sentence: caption_model.json (sentences closed by a full stop); line: caption_line_model.json")
    ap.add_argument("--out", default=None)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    name = "caption_line_model.json" if args.kind == "line" else "caption_model.json"
    args.out = args.out or str(Path(__file__).resolve().parents[1] / "data" / name)
    lines, labels, pos = training_lines(args.seed, kind=args.kind)
    model = fit(lines, labels, pos, seed=args.seed)
    model.meta["model"] = "caption_line" if args.kind == "line" else "caption"
    model.save(args.out)
    print(f"{args.out}: {len(model.weights)} n-gram weights from {len(lines)} lines ({sum(labels)} captions)")


if __name__ == "__main__":
    main()
