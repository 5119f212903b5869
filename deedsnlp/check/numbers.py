"""Numbers that contradict each other.

* a total that is not the sum of its parts: ``现有党员26名，其中正式党员23名、预备党员2名``;
* a share above 100 %: ``群众满意率达到120%`` (growth and completion rates may exceed 100 %);
* a change the wrong way round: ``由45人增加到38人``;
* the same stock count stated differently in two places: ``现有党员26名`` … ``现有党员25名``.

Counts are numbers with a measure word (``26名``, ``3.6万元``, ``二十六名``; Chinese numerals are
read by :mod:`deedsnlp.numerals`), with their estimate markers (``50多人次``, ``约300户``). Estimates are never
compared exactly. A count beyond any plausible figure (:data:`PLAUSIBLE_MAX`, or a run of more
than :data:`MAX_DIGITS` digits) is never used: :func:`implausible_counts` lists them and
:func:`refuse_implausible` turns the first into an :class:`~deedsnlp.errors.InputError`. Parts of a total are only added up when they cannot overlap: parts naming
categories of different dimensions (age and education: ``其中35岁以下3名、大专以上学历2名``) may
count the same people twice, so only "no part exceeds the total" is checked for them; parts must
add up exactly to the total only when they name every category of a partition (正式/预备,
在职/退休, 男/女) or end with the remainder (``其余5名``).

>>> [i.message for i in numeric_issues("现有党员26名，其中正式党员23名、预备党员2名。")]
['the parts after 其中 add up to 25 (23 + 2), not to the total 26']
>>> numeric_issues("现有23名党员,其中正式党员22人,预备党员1人。")
[]
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence

from ..errors import InputError
from ..text.sentences import sentence_pattern
from .rules import CN_DIGITS, CheckRules, alternation, check_rules

CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_SENTENCE_RE = sentence_pattern(closers="")  # the package splitter; a closing quote opens the next sentence
_CLAUSE_RE = re.compile(r"[^，,：:]+")
_ITEM_RE = re.compile(r"[^、]+")
_CJK_RUN = re.compile(f"[{CJK}]+")
_CJK_ONLY = re.compile(f"[{CJK}]*")
_YEAR_IN_CLAUSE = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*年")

#: no count, amount or share in a unit's report comes near this (10^15, 千万亿)
PLAUSIBLE_MAX = 1e15
#: digits (before the decimal point) of the longest plausible figure
MAX_DIGITS = 16
#: longest run of Chinese numerals read as one number (二千零二十四万五千六百 has 10)
MAX_CN_DIGITS = 24


@dataclass(frozen=True)
class Count:
    """A number with its measure word in a text: ``value`` (multipliers applied), ``unit``
    (``%`` for a percentage, ``""`` for a bare number), span ``[start, end)``, ``approx`` when it
    is an estimate, ``per`` when it is a rate or a share per item (人均3篇, 各12次)."""

    value: float
    unit: str
    start: int
    end: int
    approx: bool = False
    per: bool = False
    text: str = ""
    unit_class: str = ""


@dataclass(frozen=True)
class Issue:
    """An inconsistency: a message and the span ``[start, end)`` of the text it is about."""

    message: str
    start: int
    end: int
    data: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class _Patterns:
    count: re.Pattern
    percent_cn: re.Pattern
    bare: re.Pattern
    part_list: re.Pattern
    stock: re.Pattern
    change_from: re.Pattern
    verb: re.Pattern
    to: re.Pattern


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    r = check_rules().numbers
    num = rf"(?P<num>(?<![\d.])\d+(?:\.\d+)?(?P<mult>{alternation(r.multipliers)})?|(?<![{CN_DIGITS}])[{CN_DIGITS}]+)"
    count = re.compile(
        rf"{num}\s*(?P<inside>{alternation(r.approx_inside)})?\s*"
        rf"(?:(?P<unit>{alternation(r.units)})|(?P<pct>[%％]))"
        rf"(?P<after>{alternation(r.approx_after)})?"
    )
    percent_cn = re.compile(rf"(?:{alternation(r.percent_words)})(?P<num>[{CN_DIGITS}点]+)")
    bare = re.compile(rf"(?<![\d.])\d+(?:\.\d+)?(?P<mult>{alternation(r.multipliers)})?(?![\d.]|\s*[年月日号])")
    stock = re.compile(alternation(r.stock_prefixes))
    return _Patterns(
        count=count, percent_cn=percent_cn, bare=bare,
        part_list=re.compile(alternation(r.part_list)), stock=stock,
        change_from=re.compile(alternation(r.change_from)),
        verb=re.compile(rf"(?P<up>{alternation(r.change_up)})|(?P<down>{alternation(r.change_down)})"),
        to=re.compile(alternation(r.change_to)),
    )


@lru_cache(maxsize=4096)
def chinese_number(token: str) -> float | None:
    """The value of a run of Chinese numerals (``二十六`` → 26), or None when it is not a number."""
    if not token or all(ch in "百千万亿" for ch in token) or len(token) > MAX_CN_DIGITS:
        return None
    from ..numerals import chinese_numeral

    value = chinese_numeral(token)
    return None if value is None else float(value)


def _raw_value(num: str, mult: str | None, rules) -> float | None:
    """The value of a matched number, however large (``inf`` beyond floats; None: not a number)."""
    if num[0].isdigit():
        digits = num[: len(num) - len(mult)] if mult else num
        if len(digits.split(".")[0]) > MAX_DIGITS:
            return math.inf
        try:
            value = float(digits)
        except ValueError:
            return None
        return value * rules.multipliers.get(mult, 1.0) if mult else value
    if len(num) > MAX_CN_DIGITS and not all(ch in "百千万亿" for ch in num):
        return math.inf
    return chinese_number(num)


def _plausible(value: float | None) -> bool:
    return value is not None and math.isfinite(value) and abs(value) <= PLAUSIBLE_MAX


def _value(num: str, mult: str | None, rules) -> float | None:
    """The value of a matched number; None when it is not a number or beyond any plausible figure."""
    value = _raw_value(num, mult, rules)
    return value if _plausible(value) else None


def implausible_counts(text: str, rules: CheckRules | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of counts and shares in ``text`` beyond any plausible figure
    (more than :data:`PLAUSIBLE_MAX` or :data:`MAX_DIGITS` digits); :func:`find_counts` leaves them out.

    >>> implausible_counts("现有党员26名，捐款" + "9" * 40 + "万元")
    [(10, 52, '9999999999999999999999999999999999999999万元')]
    """
    rules = rules or check_rules()
    out = []
    for m in _patterns().count.finditer(text):
        value = _raw_value(m.group("num"), m.group("mult"), rules.numbers)
        if value is not None and not _plausible(value):
            out.append((m.start(), m.end(), m.group()))
    return out


def refuse_implausible(text: str, source: str = "<draft>", rules: CheckRules | None = None,
                       line_of=None) -> None:
    """:class:`InputError` naming ``source``, the line and the figure when ``text`` states a count
    beyond any plausible figure (a 400-digit member count is a broken input, not a finding).
    ``line_of`` maps an offset of ``text`` to its input line (default: counted in ``text``)."""
    found = implausible_counts(text, rules)
    if found:
        start, end, figure = found[0]
        figure = re.sub(r"\s+", " ", figure)  # a figure broken over lines (…9999\n%) is shown on one line
        line = line_of(start) if line_of else text.count("\n", 0, start) + 1
        shown = f"“{figure}”" if len(figure) <= 24 else f"“{figure[:12]}…{figure[-6:]}”（共{end - start}个字符）"
        raise InputError(source, f"第{line}行的数字{shown}超出任何合理的人数、金额或比例（上限10^15），"
                                 f"未予核对；请改正后再检查 (line {line}: implausible figure)")


def find_counts(text: str, rules: CheckRules | None = None) -> list[Count]:
    """Counts (numbers with a measure word) and percentages in ``text``, in order.

    >>> [(c.value, c.unit, c.approx) for c in find_counts("现有党员二十六名，收入3.6万元，参与率98%，走访50多人次")]
    [(26.0, '名', False), (36000.0, '元', False), (98.0, '%', False), (50.0, '人次', True)]
    """
    rules = rules or check_rules()
    r = rules.numbers
    p = _patterns()
    out: list[Count] = []
    for m in p.count.finditer(text):
        value = _value(m.group("num"), m.group("mult"), r)
        if value is None:
            continue
        unit = m.group("unit") or "%"
        start, end = m.span()
        before = text[max(0, start - 4) : start]
        approx = bool(m.group("inside") or m.group("after")) or any(before.endswith(w) for w in r.approx_before)
        per = any(w in before for w in r.per_markers)
        out.append(Count(value, unit, start, end, approx, per, m.group(), r.unit_classes.get(unit, unit)))
    for m in p.percent_cn.finditer(text):
        value = chinese_number(m.group("num"))
        if value is None:
            continue
        before = text[max(0, m.start() - 4) : m.start()]
        out.append(Count(value, "%", m.start(), m.end(), any(before.endswith(w) for w in r.approx_before),
                         False, m.group(), "%"))
    out.sort(key=lambda c: c.start)
    return out


def sentences(text: str) -> Iterable[tuple[int, str]]:
    """``(offset, sentence)`` of ``text``, cut after 。！？；."""
    for m in _SENTENCE_RE.finditer(text):
        yield m.start(), m.group()


def _fmt(value: float) -> str:
    if not math.isfinite(value):
        return str(value)
    return f"{value:g}" if value != int(value) else str(int(value))


# -- totals and parts --------------------------------------------------------------------------

@dataclass(frozen=True)
class _Part:
    count: Count
    category: str


def _item_count(item: str, offset: int, rules: CheckRules) -> Count | None:
    for c in find_counts(item, rules):
        if c.unit == "%":
            return None
        if c.per:
            return None
        return Count(c.value, c.unit, c.start + offset, c.end + offset, c.approx, c.per, c.text, c.unit_class)
    return None


def _parts(tail: str, offset: int, rules: CheckRules) -> list[_Part]:
    """The parts listed after 其中: the first clause's 、-list, or single-count clauses in a row."""
    parts: list[_Part] = []
    for k, cm in enumerate(_CLAUSE_RE.finditer(tail)):
        clause = cm.group()
        if not clause.strip():
            continue
        items = []
        for im in _ITEM_RE.finditer(clause):
            c = _item_count(im.group(), offset + cm.start() + im.start(), rules)
            if c is None:
                break
            category = im.group().replace(c.text, "", 1)
            items.append(_Part(c, category))
        if not items:
            break
        if parts and (len(items) > 1 or items[0].count.unit_class != parts[0].count.unit_class):
            break
        parts.extend(items)
        if len(items) > 1:
            break
    if parts:
        cls = parts[0].count.unit_class
        parts = [p for p in parts if p.count.unit_class == cls]
    return parts


def _noun_near(text: str, c: Count, offset: int) -> str:
    """The nouns around a count: the CJK run before its number and the one after its unit."""
    s, e = c.start - offset, c.end - offset
    before = _CJK_RUN.findall(text[max(0, s - 8) : s])
    after = _CJK_RUN.match(text, e)
    words = []
    if before and text[max(0, s - 8) : s].endswith(before[-1]):
        words.append(before[-1][-2:])
    if after:
        word = after.group()
        for i, ch in enumerate(word):
            if ch in check_rules().numbers.noun_stops:
                word = word[:i]
                break
        words.append(word[:2])
    return "|".join(w for w in words if w)


def _dimension(category: str, rules: CheckRules) -> str | None:
    for name, words in rules.numbers.dimensions.items():
        if any(w in category for w in words):
            return name
    return None


def _is_partition(parts: Sequence[_Part], rules: CheckRules) -> bool:
    """Every part names a side of one partition, and every side is named."""
    for group in rules.numbers.partitions:
        named = set()
        for p in parts:
            sides = [i for i, side in enumerate(group) if any(w in p.category for w in side)]
            if len(sides) != 1:
                break
            named.add(sides[0])
        else:
            if len(named) == len(group):
                return True
    return False


def part_issues(text: str, rules: CheckRules | None = None) -> list[Issue]:
    """Totals that are not the sum of the parts listed after 其中."""
    rules = rules or check_rules()
    r = rules.numbers
    p = _patterns()
    out: list[Issue] = []
    for s_off, sentence in sentences(text):
        for m in p.part_list.finditer(sentence):
            parts = _parts(sentence[m.end():], s_off + m.end(), rules)
            if not parts:
                continue
            cls = parts[0].count.unit_class
            head = sentence[: m.start()]
            totals = [c for c in find_counts(head, rules) if c.unit_class == cls and not c.per
                      and not p.verb.search(head[max(0, c.start - 3) : c.start])]  # 比上年增加57人 is a difference
            if not totals:
                continue
            core = head.rstrip("，,：: ")
            last_clause = max(core.rfind(ch) for ch in "，,：:") + 1
            if sum(c.start >= last_clause for c in totals) > 1:
                continue  # 获一等奖3人、二等奖5人，其中党员6人: the whole is the list, not one count
            categories = "".join(pt.category for pt in parts)

            def score(item: tuple[int, Count]) -> tuple[int, int]:
                i, c = item
                nouns = [w for w in _noun_near(head, c, 0).split("|") if len(w) == 2]
                return (int(any(w in categories for w in nouns)), i)

            total = max(enumerate(totals), key=score)[1]
            t_start, t_end = total.start + s_off, total.end + s_off
            if total.approx:
                continue
            span_end = parts[-1].count.end
            exact = [pt for pt in parts if not pt.count.approx]
            bigger = [pt for pt in exact if pt.count.value > total.value]
            if bigger:
                pt = bigger[0]
                out.append(Issue(
                    f"a part after 其中 ({pt.count.text}) is larger than its total ({total.text})",
                    t_start, span_end, {"total": total.value, "part": pt.count.value},
                ))
                continue
            if len(parts) < 2 or len(exact) < len(parts):
                continue
            remainder = any(w in parts[-1].category for w in r.remainder_words)
            named = parts[:-1] if remainder else parts
            dims = {_dimension(pt.category, rules) for pt in named}
            if len(dims) > 1 or dims & set(r.nested_dimensions):
                continue  # categories of different dimensions, or of nesting ones (书记, 班子成员), may overlap
            if dims == {None} and not _is_partition(parts, rules):
                continue  # kinds of no known partition (持证社工51人，退役军人19人) may overlap too
            values = [pt.count.value for pt in parts]
            added = sum(values)
            sum_text = " + ".join(_fmt(v) for v in values)
            exhaustive = remainder or _is_partition(parts, rules)
            if added > total.value + 1e-9 or (exhaustive and abs(added - total.value) > 1e-9):
                out.append(Issue(
                    f"the parts after 其中 add up to {_fmt(added)} ({sum_text}), not to the total {_fmt(total.value)}",
                    t_start, span_end, {"total": total.value, "parts": values, "sum": added},
                ))
    return out


# -- percentages and changes -------------------------------------------------------------------

def percent_issues(text: str, rules: CheckRules | None = None) -> list[Issue]:
    """Shares and rates above 100 % (growth and completion figures excepted)."""
    rules = rules or check_rules()
    r = rules.numbers
    out = []
    for c in find_counts(text, rules):
        if c.unit != "%" or c.value <= 100:
            continue
        clause_start = max(text.rfind(ch, 0, c.start) for ch in "，,。；;：:\n") + 1
        before = text[clause_start : c.start]
        if any(w in before for w in r.percent_bounded) and not any(w in before for w in r.percent_unbounded):
            out.append(Issue(f"a share or rate of {c.text} is above 100%", c.start, c.end, {"value": c.value}))
    return out


def _first_number(text: str, start: int, end: int, rules: CheckRules) -> Count | None:
    """The first count, percentage or bare number (not a year or date) in ``text[start:end]``."""
    window = text[start:end]
    counts = find_counts(window, rules)
    bare = []
    for m in _patterns().bare.finditer(window):
        value = _value(m.group(), m.group("mult"), rules.numbers)
        if value is not None:
            bare.append(Count(value, "", m.start(), m.end(), False, False, m.group(), ""))
    found = sorted(counts + bare, key=lambda c: (c.start, -c.end))
    if not found:
        return None
    c = found[0]
    return Count(c.value, c.unit, c.start + start, c.end + start, c.approx, c.per, c.text, c.unit_class)


def change_issues(text: str, rules: CheckRules | None = None) -> list[Issue]:
    """``由X增加到Y`` with Y < X, ``从X下降至Y`` with Y > X."""
    rules = rules or check_rules()
    p = _patterns()
    out = []
    for s_off, sentence in sentences(text):
        for cm in _CLAUSE_RE.finditer(sentence):
            clause = cm.group()
            for fm in p.change_from.finditer(clause):
                x = _first_number(clause, fm.end(), min(len(clause), fm.end() + 20), rules)
                if x is None:
                    continue
                vm = p.verb.match(clause, x.end) or p.verb.match(clause, x.end + 1)
                if vm is None:
                    continue
                pos = vm.end()
                if clause.startswith("了", pos):
                    pos += 1
                tm = p.to.match(clause, pos)
                if tm is None and not p.to.search(vm.group()[-1:]):
                    continue
                pos = tm.end() if tm else pos
                y = _first_number(clause, pos, min(len(clause), pos + 16), rules)
                if y is None or x.approx or y.approx:
                    continue
                if x.unit and y.unit and x.unit_class != y.unit_class:
                    continue
                up = vm.group("up") is not None
                ordinals = clause[x.start - 1 : x.start] == "第" and clause[y.start - 1 : y.start] == "第"
                if ordinals or any(w in clause[: fm.start()] for w in rules.numbers.rank_words):
                    # a rank (排名由第十一位上升到第三位) rises as its number falls
                    if (up and y.value > x.value) or (not up and y.value < x.value):
                        out.append(Issue(
                            f"{vm.group()} from {x.text} to {y.text}: a rank {'rises' if up else 'falls'} as its "
                            f"number {'falls' if up else 'rises'}",
                            s_off + cm.start() + fm.start(), s_off + cm.start() + y.end,
                            {"from": x.value, "to": y.value, "rank": True},
                        ))
                    break
                if (up and y.value < x.value) or (not up and y.value > x.value):
                    direction = "rise" if up else "fall"
                    out.append(Issue(
                        f"{vm.group()} from {x.text} to {y.text}: the figures {'fall' if up else 'rise'}, "
                        f"the verb says they {direction}",
                        s_off + cm.start() + fm.start(), s_off + cm.start() + y.end,
                        {"from": x.value, "to": y.value},
                    ))
                break
    return out


def numeric_issues(text: str, rules: CheckRules | None = None) -> list[Issue]:
    """All inconsistencies inside one passage, in text order."""
    rules = rules or check_rules()
    issues = part_issues(text, rules) + percent_issues(text, rules) + change_issues(text, rules)
    return sorted(issues, key=lambda i: (i.start, i.end))


# -- the same count in two places --------------------------------------------------------------

@dataclass(frozen=True)
class StockCount:
    """A statement of how many of something the unit has now (``现有党员26名``)."""

    noun: str
    subject: str
    count: Count
    where: int  # a caller's locator (e.g. the input line)
    text: str


_STOCK_CLASSES = ("person", "户", "个", "家", "所", "支")


def stock_counts(text: str, where: int = 0, rules: CheckRules | None = None) -> list[StockCount]:
    """Stock statements of a passage (clauses that speak of another time left out)."""
    rules = rules or check_rules()
    r = rules.numbers
    out = []
    for m in _patterns().stock.finditer(text):
        clause_start = max(text.rfind(ch, 0, m.start()) for ch in "，,。；;：:\n") + 1
        clause_end = min([i for i in (text.find(ch, m.end()) for ch in "，,。；;：:\n") if i >= 0] or [len(text)])
        clause = text[clause_start:clause_end]
        if any(w in clause for w in r.past_markers) or _YEAR_IN_CLAUSE.search(clause):
            continue
        # the first count right after the prefix or after a noun of up to 8 Chinese characters
        rest = text[m.end() : clause_end]
        counts = [c for c in find_counts(rest, rules) if c.start <= 8 and _CJK_ONLY.fullmatch(rest[: c.start])]
        if not counts:
            continue
        c = counts[0]
        noun = rest[: c.start]
        c = Count(c.value, c.unit, c.start + m.end(), c.end + m.end(), c.approx, c.per, c.text, c.unit_class)
        if c.unit_class not in _STOCK_CLASSES or c.approx:
            continue
        tail_start = c.end
        if not noun:
            after = _CJK_RUN.match(text, c.end)
            noun = _first_word(after.group()) if after else ""
            tail_start = c.end + len(noun)
        if not noun:
            continue
        # 共有48名党员参加志愿服务, 目前有49名党员坚持线上学习: a count of those who did something,
        # a subset of the whole, not how many the unit has (全体26名党员积极参与 still states the whole)
        tail = text[tail_start:clause_end].strip()
        if tail and not tail.startswith(r.stock_list_joiners) and m.group() not in r.stock_whole_prefixes:
            continue
        if any(w in text[clause_start : m.start()] for w in r.part_list):
            continue  # 其中共有…: a part of a total
        subject_run = _CJK_RUN.findall(text[clause_start : m.start()])
        subject = subject_run[-1][-8:] if subject_run and text[clause_start : m.start()].endswith(subject_run[-1]) else ""
        if not subject:  # X党支部成立于2019年，现有党员31名: the unit the sentence opened with
            subject = _sentence_unit(text, m.start(), r)
        out.append(StockCount(noun, subject, c, where, text[m.start() : c.end]))
    return out


def _sentence_unit(text: str, pos: int, r) -> str:
    """The first unit a sentence names before ``pos`` (``后勤管理处党总支下设3个党支部`` → 后勤管理处党总支),
    as its last 8 Chinese characters, or ``""``."""
    start = max(text.rfind(ch, 0, pos) for ch in "。！？!?；;\n") + 1
    if not r.stock_unit_words:
        return ""
    m = re.compile(alternation(r.stock_unit_words)).search(text, start, pos)
    if m is None:
        return ""
    run = _CJK_RUN.findall(text[start : m.end()])
    return run[-1][-8:] if run else ""


def _first_word(text: str) -> str:
    """The first word of a run of Chinese characters (``党员积极参与`` → ``党员``)."""
    from ..segment import get_segmenter

    words = get_segmenter().cut(text[:12])
    return words[0] if words and _CJK_RUN.fullmatch(words[0]) else ""


def _same_subject(a: str, b: str) -> bool:
    return not a or not b or a.endswith(b) or b.endswith(a)


def stock_conflicts(stocks: Sequence[StockCount]) -> list[tuple[StockCount, StockCount]]:
    """Pairs ``(first, later)`` stating the same stock count with different values."""
    out = []
    seen: list[StockCount] = []
    for s in stocks:
        for t in seen:
            if (t.noun == s.noun and t.count.unit_class == s.count.unit_class and _same_subject(t.subject, s.subject)
                    and abs(t.count.value - s.count.value) > 1e-9):
                out.append((t, s))
                break
        else:
            seen.append(s)
    return out
