"""Captions that tell who does what in a picture (局长某某来到…慰问…, 党员们在某地移栽烟苗): a page
shows them alone on a line between paragraphs, with no full stop, where a slogan heading may also
stand. The cleaner removes them; the outline never takes one for a heading.

>>> is_action_caption("局党组书记、局长某某来到大市场慰问值守的突击队员")
True
>>> is_action_caption("党员在一线，服务到心坎")
False
>>> is_action_caption("支部书记的角色与作用")
False
"""

from __future__ import annotations

import re

#: a caption telling who does what in the picture, never a slogan heading: a post and a name
#: coming, visiting or looking (局长某某来到…, 书记某某慰问…; no particle in the name: 支部书记的角色与作用
#: is a heading), people at a place doing something (党员们在某地移栽烟苗, 志愿者在某站为…), a wreath
#: or a group photo
ACTION_CAPTION_RE = re.compile(
    r"(?:书记|局长|主任|队长|院长|校长|董事长|总经理|经理|县长|市长|镇长|乡长|村长|部长|主席|厂长)[、，,]?"
    r"(?:(?![的之和与及等])[\u4e00-\u9fff]){0,6}?(?:(?![的之和与及等])[\u4e00-\u9fff]){2,3}(?:来到|走进|深入|前往|看望|慰问|察看|查看|检查|调研|视察|参观|陪同|为|向|与|给)"
    r"|^(?:全体|参加活动的)?[\u4e00-\u9fff]{0,6}(?:党员们?|党员干部|志愿者|队员们?|职工们?|干部职工|医护人员|工作人员|同学们|学生们|师生们?)"
    r"在[^，,。]{2,24}(?:移栽|种植|清理|打扫|聆听|参观|学习|宣誓|重温|开展|进行|慰问|帮助|为|向)"
    r"|^(?:为|向)[^，,。]{2,30}(?:捐赠|捐献|赠送|送去|发放|了解|讲解|介绍|汇报)"
    r"|^[\u4e00-\u9fff]{0,6}(?:慰问组|工作组|服务队|调研组|督导组|志愿服务队)(?:到|在|来到|走进)[^，,。]{2,24}(?:进行|开展|慰问|走访|看望|调研)"
    r"|^(?:全体)?[\u4e00-\u9fff]{0,6}(?:党员们?|党员干部|志愿者|队员们?)在[^，,。、]{2,16}$"
    r"|敬献花篮|合影留念|集体合影|与[^，,。]{2,12}合影|(?:[（(][^()（）\n]{0,12}摄[)）])$")


def is_action_caption(line: str) -> bool:
    """Whether ``line`` (stripped, without a full stop) reads as a caption of who does what."""
    return ACTION_CAPTION_RE.search(line) is not None
