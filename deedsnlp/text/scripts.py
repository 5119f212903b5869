"""Patterns that match a phrase in simplified or traditional characters.

Cues written as simplified phrases (锤炼, 组织开展) must also match a traditional page (錘煉, 組織開展)
without converting the page: :func:`both_scripts` turns each character that traditional script
writes differently into a class of both forms. The table covers the characters of the cue words
the outline and the classifier use; a character outside it stays as written.
"""

from __future__ import annotations

#: simplified → traditional, for the characters of the cue words that differ
TRADITIONAL_OF = dict(zip(
    "锤炼设强构树扬争创筑实办当带进动优发挥显践坚围绕务领养锻组织开举来参观联题党学愿谈赛竞",
    "錘煉設強構樹揚爭創築實辦當帶進動優發揮顯踐堅圍繞務領養鍛組織開舉來參觀聯題黨學願談賽競"))


def both_scripts(pattern: str) -> str:
    """``pattern`` (a regular expression of plain characters and regex syntax) with each character
    of :data:`TRADITIONAL_OF` replaced by a class of its simplified and traditional forms.

    >>> both_scripts("锤炼|组织")
    '[锤錘][炼煉]|[组組][织織]'
    """
    return "".join(f"[{ch}{TRADITIONAL_OF[ch]}]" if ch in TRADITIONAL_OF else ch for ch in pattern)
