"""Pinyin glosses some sites print after each character (業(yè), 黨(dǎng), also in square brackets,
closed or not, and with the IPA letter ɡ for g: 司[ɡōnɡ[, 使[shǐ]).

>>> without_glosses("錘煉技術(shù)過(guò)硬的黨員隊(duì)伍")
'錘煉技術過硬的黨員隊伍'
"""

from __future__ import annotations

import re

PINYIN_GLOSS = re.compile(r"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹɡ]{1,7}\)|\[[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹɡ]{1,7}[\]\[]")


def without_glosses(text: str) -> str:
    """``text`` without its pinyin glosses (unchanged when it has no bracket)."""
    if "(" not in text and "[" not in text:
        return text
    return PINYIN_GLOSS.sub("", text)
