"""Report sentences that look like page junk stay (precision first: report text is never cut).

``tests/data/lookalike_sentences.json`` holds ~300 sentences written for the project (invented names and
wording) that share words or shapes with junk: the unit's own site and accounts, its publicity work, dates
and sources, rules on copying, lawful names with 国际/平台/体育/彩票, hotlines, Latin letters, navigation words
in their ordinary sense, quotes and salutations, photo exhibitions, legal terms. Each one is cleaned alone on
its line between two paragraphs and inside a paragraph."""

from __future__ import annotations

import json
from pathlib import Path


SENTENCES = json.loads((Path(__file__).parent / "data" / "lookalike_sentences.json").read_text(encoding="utf-8"))["sentences"]
TITLE = "松岭镇卫生院党支部先进事迹材料"
BEFORE = "松岭镇卫生院党支部现有党员二十六名，支部坚持把党建工作融入医疗服务全过程，连续三年获评全县先进基层党组织。"
AFTER = "今后，支部将继续发挥战斗堡垒作用，带领全体党员立足岗位、服务群众，为建设健康松岭作出新的更大贡献。"


def test_there_are_enough_lookalikes_to_mean_something():
    assert len(SENTENCES) >= 250 and len(set(SENTENCES)) == len(SENTENCES)


def test_every_lookalike_sentence_stays_on_its_line_and_inside_a_paragraph(cleaner):
    lost = []
    for s in SENTENCES:
        for where, page in (("line", f"{TITLE}\n{BEFORE}\n{s}\n{AFTER}\n"), ("inside", f"{TITLE}\n{BEFORE}{s}{AFTER}\n")):
            if s not in cleaner.clean_text(page).cleaned:
                lost.append((where, s))
    assert lost == []
