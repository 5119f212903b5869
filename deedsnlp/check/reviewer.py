"""What a reviewer from the higher party committee looks for beyond the figures and the wording.

* ``meeting_shortfall`` — a whole year's count of a meeting below what the branch regulations
  require (``召开支委会4次`` in a year: the committee should meet every month), see
  :mod:`.regulations`;
* ``thin_report`` / ``thin_section`` — a report, or one of its numbered sections, too short to
  say what the branch did (real reports run 3,000–8,000 characters);
* ``honour_holder`` — an honour credited to the wrong holder (``支部获评市级文明校园``: a school's
  honour; ``学校获评先进基层党组织``: the branch's);
* ``campaign_missing`` — the year's central campaign (2024: 党纪学习教育) never named.

Each function returns :class:`Review` items (offsets into the passage text); the checker turns
them into findings.

>>> [r.kind for r in meeting_shortfalls("2024年，支部共召开支委会4次、党员大会4次。", 2024)]
['meeting_shortfall']
>>> meeting_shortfalls("支部每月召开支委会1次。", 2024)
[]
>>> [r.data["holder"] for r in wrong_holders("支部先后获评市级文明校园。")]
['unit']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .regulations import campaigns_of, honour_holder, honour_words, meeting_rules, required_per_year, squeeze
from ..normalize import to_simplified, traditional_chars

#: a report shorter than this (characters of text) is thin: a warning
THIN_REPORT_CHARS = 1200
#: a report shorter than this is short for the genre: a note
SHORT_REPORT_CHARS = 2500
#: a numbered section with less body text than this is thin: a note
THIN_SECTION_CHARS = 120

_CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def small_number(text: str) -> int | None:
    """``12`` / ``十二`` / ``二十四`` → int (None when it is not a small whole number)."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _CN and ch != "十" for ch in text):
        return None
    if "十" not in text:
        return _CN[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    return (_CN.get(tens, 0) if tens else 1) * 10 + (_CN.get(ones, 0) if ones else 0)


@dataclass
class Review:
    kind: str
    start: int
    end: int
    message_zh: str
    message_en: str
    data: dict = field(default_factory=dict)


# -- meetings -----------------------------------------------------------------------------------

#: the sentence states a whole year's count
_YEAR_SCOPE = ("全年", "一年来", "今年", "本年度", "年度内", "这一年", "年内")
#: ... unless it speaks of part of the year, of several years, or of a rate
_NOT_YEAR = ("以来", "近三年", "近两年", "近五年", "三年来", "两年来", "五年来", "上半年", "下半年", "季度", "每月", "每季",
             "每年", "月份", "月至", "月到", "年均", "平均", "每周", "期间", "截至", "截止", "以上", "至少", "不少于", "累计达")
_NUM = r"(\d{1,3}|[一二两三四五六七八九十]{1,3})"
_UNITS = "次场期节"


def _sentences(text: str):
    start = 0
    for m in re.finditer(r"[。！？；\n]", text):
        yield start, text[start:m.end()]
        start = m.end()
    if start < len(text):
        yield start, text[start:]


def _meeting_regex() -> tuple[re.Pattern, dict[str, str]]:
    words: dict[str, str] = {}
    for key, rule in meeting_rules().items():
        for w in rule.words:
            words[w] = key
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    pattern = re.compile(
        rf"(?:(?P<w1>{alt})(?:会议|活动)?[^\d一二两三四五六七八九十，。；、]{{0,2}}{_NUM}\s*[{_UNITS}])"
        rf"|(?:{_NUM}\s*[{_UNITS}](?P<w2>{alt}))")
    return pattern, words


def meeting_shortfalls(text: str, year: int | None, *, groups: int | None = None) -> list[Review]:
    """Year counts of meetings below the regulations' minimum, in sentences that speak of one
    whole year (``全年``, ``2024年``, ``一年来`` ...)."""
    from .regulations import rules_apply

    if not rules_apply(year):
        return []
    from .regulations import subset_words

    pattern, words = _meeting_regex()
    rules = meeting_rules()
    subset = subset_words()
    out = []
    for off, sent in _sentences(text):
        year_scope = any(w in sent for w in _YEAR_SCOPE) or (year is not None and f"{year}年" in sent)
        if not year_scope or any(w in sent for w in _NOT_YEAR):
            continue
        # counts of one kind of meeting in one sentence add up (书记讲党课2次，支委讲党课3次 ...)
        found: dict[str, list] = {}
        for m in pattern.finditer(sent):
            word = m.group("w1") or m.group("w2")
            n = small_number(m.group(2) if m.group("w1") else m.group(3))
            rule = rules[words[word]]
            if n is None or (rule.needs_groups and groups == 0):
                continue
            start = m.start("w1") if m.group("w1") else m.start("w2")
            clause = sent[:start]
            clause = clause[max(clause.rfind(ch) for ch in "，,、；;：:") + 1:]
            if any(w in clause[-8:] for w in subset):
                continue  # 书记讲党课2次, 专题党课1次: part of the year's meetings
            found.setdefault(rule.key, []).append((m, n))
        for key, hits in found.items():
            rule = rules[key]
            n = sum(x for _, x in hits)
            need = required_per_year(rule)
            if n >= need:
                continue
            first, last = hits[0][0], hits[-1][0]
            out.append(Review(
                "meeting_shortfall", off + first.start(), off + last.end(),
                f"全年{rule.name}{n}次，少于{rule.source}的要求（{rule.rule}，全年至少{need}次）；"
                f"不足的次数不宜作为成绩写入，请核实或说明原因",
                f"{rule.name} {n} time(s) in the year, fewer than {rule.source} requires ({rule.rule}: at least "
                f"{need} a year); a shortfall is no achievement — check the figure or explain it",
                {"type": rule.key, "name": rule.name, "found": n, "required": need, "rule": rule.rule,
                 "source": rule.source}))
    return out


# -- honours ------------------------------------------------------------------------------------

_AWARD = r"(?:被评为|被授予|获评|荣获|被命名为)"
#: words that may stand between the subject and the award verb (支部先后获评, 学校于2023年荣获)
_BETWEEN = r"(?:先后|还|也|曾|多次|连续|均|同时|再次|又|(?:于|在)?(?:\d{4}|[〇一二三四五六七八九零]{4})年(?:度)?)*"


def _holder_regex() -> re.Pattern:
    subjects = honour_words().get("subjects") or {}
    words = [w for holder in ("branch", "unit") for w in subjects.get(holder) or ()]
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?P<subj>{alt}){_BETWEEN}{_AWARD}(?P<what>[^。；！？\n]{{1,60}})")


def wrong_holders(text: str) -> list[Review]:
    """Honours whose title belongs to another holder than the subject right before the award verb
    (``支部先后获评市级文明校园``: the school's honour). Only a subject that directly governs the
    verb counts: ``支部书记张三获评…``, ``2名党员被评为…`` are not the branch."""
    subjects = honour_words().get("subjects") or {}
    kind_of = {w: h for h in ("branch", "unit") for w in subjects.get(h) or ()}
    who = {"unit": "单位", "branch": "党组织", "person": "党员个人"}
    out = []
    for m in _holder_regex().finditer(text):
        word = m.group("subj")
        start = m.start("subj")
        # a subject word inside a longer name (村民 → 村, 党委书记 → 党委) is no subject
        before = text[max(0, start - 1):start]
        if word in ("村", "中心", "单位") and before and "\u4e00" <= before <= "\u9fff" and not before in "本该全我":
            continue
        subject = kind_of[word]
        # the first honour named: up to 等/、/，
        what = re.split(r"[、，,；]|等|和|及|”“|\"\"", m.group("what"))[0]
        title = re.sub(r"[“”\"'《》「」 ]|称号$", "", what)
        holder = honour_holder(title)
        if holder is None or holder == subject:
            continue
        if holder == "person" and subject == "unit":
            continue
        out.append(Review(
            "honour_holder", start, m.start("what") + len(what),
            f"“{title}”是{who[holder]}的荣誉，这里记在了“{word}”名下；请写明获得荣誉的主体",
            f"“{title}” is an honour of the {holder}, credited here to “{word}”; name its holder",
            {"honour": title, "holder": holder, "subject": subject}))
    return out


# -- campaign -----------------------------------------------------------------------------------

def _has_traditional(text: str) -> bool:
    return not traditional_chars().isdisjoint(text)


def campaign_missing(text: str, year: int | None) -> Review | None:
    """The year's central campaign, when the text never names it."""
    terms = campaigns_of(year)
    if not terms:
        return None
    squeezed = squeeze(text)
    if any(squeeze(t) in squeezed for t in terms):
        return None
    if _has_traditional(text):  # a page in traditional characters names it as 黨紀學習教育
        simplified = squeeze(to_simplified(text))
        if any(squeeze(t) in simplified for t in terms):
            return None
    return Review("campaign_missing", 0, 0,
                  f"{year}年的集中学习教育是{terms[0]}，材料的学习部分没有提到；请补充开展情况",
                  f"{year}'s central campaign is {terms[0]}; the study section never names it",
                  {"year": year, "campaign": terms[0]})


__all__ = ["Review", "SHORT_REPORT_CHARS", "THIN_REPORT_CHARS", "THIN_SECTION_CHARS", "campaign_missing",
           "meeting_shortfalls", "small_number", "wrong_holders"]
