"""Policy terms out of date for the report year, from a dated lexicon.

The lexicon (``deedsnlp/data/dated_terms.tsv``: ``term, first_year, last_year, kind, note``) gives
each term the years it was current: a campaign (``kind`` ``theme``: 两学一做 2016–2018), a party
congress's line (``congress``: 十七大精神 2007–2012, until the next congress) or a lasting term
(``term``: no last year, only a first one). A term may have several rows: bare 主题教育 was the
2019–2020 不忘初心、牢记使命 campaign and the 2023–2024 one, and is current in both periods.
Rows of kind ``generic`` (主题教育活动) are never flagged; they only keep a shorter term from
matching inside them.

A term is *stale* in year Y when no row of it covers Y:

* after its last year, unless the sentence looks back (党的十八大以来, 巩固党史学习教育成果,
  ``2021年开展党史学习教育``) — a report may tell its history, not present an old campaign as
  this year's work;
* before its first year (习近平新时代中国特色社会主义思想 in a 2012 report): an anachronism.

Matching ignores quotes and enumeration commas (``“不忘初心、牢记使命”主题教育``) and takes the
longest term at each place (党的十七大精神 rather than 十七大精神).

>>> lex = load_lexicon()
>>> [(h.term, h.message) for h in stale_terms("认真学习十七大精神。", 2023, lex)]  # doctest: +ELLIPSIS
[('十七大精神', '十七大精神 was current in 2007–2012, not in 2023; in 2023: 二十大精神')]
>>> stale_terms("党的十八大以来，支部坚持……", 2023, lex)
[]
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError
from .rules import CheckRules, alternation, check_rules

_YEAR_RE = re.compile(r"(?<!\d)(?<!\d\.)((?:19|20)\d{2})(?=\s*(?:年|[-./](?:0?[1-9]|1[0-2])(?!\d)))")
_CN_YEAR_RE = re.compile(r"([〇○◯零一二三四五六七八九]{4})(?=年)")
#: (pages often write the zero of 二○○九年 with ○ U+25CB or ◯ U+25EF)
_CN_DIGIT = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"〇": "0", "○": "0", "◯": "0"}
_CLAUSE_ENDS = "，,。；;！？!?\n"
_SENTENCE_ENDS = "。；;！？!?\n"
#: a term right after a closing quote qualifies a name of the unit's own
_NAME_CLOSERS = "”’」』》\""
_CJK_CHAR = re.compile("[\u3400-\u9fff]")
#: quotes that open and close alike (ASCII): which one a quote is, is told by counting
_SAME_QUOTES = "\"'"


def _after_name(text: str, start: int) -> bool:
    """Is the term at ``start`` right after a closing quote (“廉洁从税”主题教育: a name of the unit's
    own qualifies it)? An ASCII quote closes when an odd number of them come before it in its
    paragraph ("我为群众办实事": the term opens the quote, it is the campaign's name)."""
    if not start or text[start - 1] not in _NAME_CLOSERS:
        return False
    q = text[start - 1]
    if q not in _SAME_QUOTES:
        return True
    para = max(text.rfind("\n", 0, start - 1), -1) + 1
    return text.count(q, para, start - 1) % 2 == 1


@dataclass(frozen=True)
class DatedTerm:
    """One row of the lexicon: a term and the years it was current (``None``: open end)."""

    term: str
    first_year: int | None
    last_year: int | None
    kind: str
    note: str = ""

    def covers(self, year: int) -> bool:
        return (self.first_year is None or self.first_year <= year) and (self.last_year is None or year <= self.last_year)

    @property
    def period(self) -> str:
        if self.first_year is not None and self.last_year is not None:
            return str(self.first_year) if self.first_year == self.last_year else f"{self.first_year}–{self.last_year}"
        if self.first_year is not None:
            return f"from {self.first_year}"
        return f"until {self.last_year}" if self.last_year is not None else "always"


@dataclass(frozen=True)
class StaleHit:
    """A stale term in a text: span ``[start, end)`` of the text as written, the lexicon term."""

    term: str
    start: int
    end: int
    message: str
    status: str  # "outdated" or "premature"
    suggestions: tuple[str, ...] = ()
    periods: tuple[str, ...] = ()


class Lexicon:
    """Dated terms with a matcher (one regex, longest term first) over squeezed text."""

    def __init__(self, rows: Iterable[DatedTerm], ignore_chars: str | None = None):
        self.rows = list(rows)
        self.ignore_chars = check_rules().stale.ignore_chars if ignore_chars is None else ignore_chars
        self._strip = str.maketrans("", "", self.ignore_chars)
        self.by_key: dict[str, list[DatedTerm]] = {}
        for row in self.rows:
            key = row.term.translate(self._strip)
            if key:
                self.by_key.setdefault(key, []).append(row)
        self._regex = re.compile(alternation(self.by_key))

    def __len__(self) -> int:
        return len(self.rows)

    def squeeze(self, text: str) -> tuple[str, list[int]]:
        """``text`` without the ignored characters, and each kept character's offset in ``text``."""
        ignore = self.ignore_chars
        keep = [i for i, ch in enumerate(text) if ch not in ignore]
        return "".join(text[i] for i in keep), keep

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        """``(start, end, key)`` of every term in ``text`` (offsets into ``text``)."""
        squeezed, index = self.squeeze(text)
        for m in self._regex.finditer(squeezed):
            yield index[m.start()], index[m.end() - 1] + 1, m.group()

    def current(self, year: int, kinds: Iterable[str] = ("theme", "congress")) -> list[DatedTerm]:
        kinds = set(kinds)
        return [r for r in self.rows if r.kind in kinds and r.last_year is not None and r.covers(year)]


def parse_lexicon(text: str, source: str = "dated_terms.tsv") -> list[DatedTerm]:
    """Rows of a lexicon file (tab-separated, header ``term first_year last_year kind note``)."""
    rows = []
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader, None)
    if not header or [h.strip() for h in header[:4]] != ["term", "first_year", "last_year", "kind"]:
        raise InputError(source, "a dated lexicon starts with the header: term, first_year, last_year, kind, note")
    for n, fields in enumerate(reader, start=2):
        if not fields or not fields[0].strip() or fields[0].startswith("#"):
            continue
        fields = fields + [""] * (5 - len(fields))
        try:
            first = int(fields[1]) if fields[1].strip() else None
            last = int(fields[2]) if fields[2].strip() else None
        except ValueError:
            raise InputError(source, f"line {n}: years must be whole numbers, got {fields[1]!r}, {fields[2]!r}") from None
        if first is not None and last is not None and last < first:
            raise InputError(source, f"line {n}: last_year {last} is before first_year {first}")
        rows.append(DatedTerm(fields[0].strip(), first, last, fields[3].strip() or "term", fields[4].strip()))
    return rows


@lru_cache(maxsize=1)
def _shipped_lexicon() -> Lexicon:
    text = resources.files("deedsnlp").joinpath("data/dated_terms.tsv").read_text(encoding="utf-8")
    return Lexicon(parse_lexicon(text))


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """The shipped lexicon (parsed once), or the one at ``path``."""
    if path is None:
        return _shipped_lexicon()
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read the lexicon ({exc})") from None
    return Lexicon(parse_lexicon(text, str(path)))


def _clause_start(text: str, pos: int, ends: str) -> int:
    return max(text.rfind(ch, 0, pos) for ch in ends) + 1


def _looks_back(text: str, start: int, end: int, rows: list[DatedTerm], rules: CheckRules) -> bool:
    """The sentence tells the past: 以来/成果 right after the term, 曾/先后 before it in the
    clause, or a year of the term's time earlier in the sentence."""
    s = rules.stale
    after = text[end : end + 6].lstrip(s.ignore_chars)
    if any(after.startswith(w) for w in s.retrospective_after):
        return True
    clause = text[_clause_start(text, start, _CLAUSE_ENDS) : start]
    if any(w in clause for w in s.retrospective_before):
        return True
    sentence = text[_clause_start(text, start, _SENTENCE_ENDS) : start]
    last = max((r.last_year for r in rows if r.last_year is not None), default=None)
    return last is not None and any(int(y) <= last for y in _YEAR_RE.findall(sentence))


_ORDINAL = re.compile("[一二三四五六七八九十]+")


def _suggest(key: str, year: int, lexicon: Lexicon, kind: str) -> tuple[str, ...]:
    """Terms of the same kind current in ``year`` shaped like ``key``: the same words around
    other numbers (十七大精神 → 二十大精神), else the same ending (两学一做学习教育 → 党纪学习教育)."""
    shape = _ORDINAL.sub("#", key)
    best = []
    for row in lexicon.current(year, (kind,)):
        other = row.term.translate(lexicon._strip)
        if other == key:
            continue
        if _ORDINAL.sub("#", other) == shape and "#" in shape:
            shared = 8
        else:
            shared = 4 if other[-4:] == key[-4:] else 2 if other[-2:] == key[-2:] else 0
        if shared:
            best.append((-shared, abs(len(other) - len(key)), -(row.first_year or 0), row.term))
    if best and min(best)[0] == -8:
        best = [b for b in best if b[0] == -8]
    seen: list[str] = []
    for *_, term in sorted(best):
        if term not in seen:
            seen.append(term)
    return tuple(seen[:2])


def _ordinary_phrase(text: str, start: int, key: str, rules: CheckRules) -> bool:
    """A term that is also an ordinary phrase (:attr:`StaleRules.phrase_terms`: 主题教育) used as
    one: qualified by the word before it (爱国主义主题教育, 诚信主题教育, 三次主题教育) rather than
    at a clause's start or after a lead word (开展主题教育, 本次主题教育)."""
    s = rules.stale
    if key not in s.phrase_terms or start == 0:
        return False
    before = text[max(0, start - 6) : start]
    if not _CJK_CHAR.match(before[-1:]):
        return False  # at a clause's start (or after a quote, handled by the caller)
    return not any(before.endswith(w) for w in s.phrase_term_leads)


def stale_terms(text: str, year: int, lexicon: Lexicon | None = None, rules: CheckRules | None = None) -> list[StaleHit]:
    """Terms of ``text`` that are out of date (or not yet in use) in ``year``."""
    lexicon = lexicon or load_lexicon()
    rules = rules or check_rules()
    out = []
    for start, end, key in lexicon.find(text):
        rows = [r for r in lexicon.by_key.get(key, []) if r.kind != "generic"]
        if not rows or any(r.covers(year) for r in rows):
            continue
        if _after_name(text, start):
            continue  # “廉洁从税”主题教育: a theme of the unit's own, not the campaign
        if _ordinary_phrase(text, start, key, rules):
            continue  # 爱国主义主题教育: the ordinary phrase, not the campaign
        periods = tuple(r.period for r in rows)
        firsts = [r.first_year for r in rows if r.first_year is not None]
        if firsts and year < min(firsts) and key in rules.stale.phrase_terms:
            continue  # 主题教育 before the campaign existed is the ordinary phrase (开展主题教育 in 2010)
        if firsts and year == min(firsts) - 1 and any(
                w in text[_clause_start(text, start, _CLAUSE_ENDS) : start] for w in rules.stale.anticipation_before):
            continue  # 迎接党的十八大召开 the year before: looking forward, no anachronism
        if firsts and year < min(firsts) and len(firsts) == len(rows):
            out.append(StaleHit(key, start, end, f"{key} was first used in {min(firsts)}, after {year}", "premature",
                                (), periods))
            continue
        if _looks_back(text, start, end, rows, rules):
            continue
        kind = rows[0].kind
        suggestions = _suggest(key, year, lexicon, kind)
        message = f"{key} was current in {', '.join(periods)}, not in {year}"
        if suggestions:
            message += f"; in {year}: {', '.join(suggestions)}"
        out.append(StaleHit(key, start, end, message, "outdated", suggestions, periods))
    return out


def mentioned_years(text: str, max_year: int | None = None, rules: CheckRules | None = None) -> list[int]:
    """Years the text mentions as dates (``2023年``, ``2023.5``, ``二〇二三年``), in order.

    Placeholders (``20xx年``) are no years; neither are targets (``力争到2035年``) nor years after
    ``max_year``.
    """
    rules = rules or check_rules()
    s = rules.stale
    targets = s.year_target_before
    found: list[tuple[int, int]] = []
    for m in _YEAR_RE.finditer(text):
        found.append((m.start(), int(m.group(1))))
    for m in _CN_YEAR_RE.finditer(text):
        digits = "".join(_CN_DIGIT[c] for c in m.group(1))
        if digits[:2] in ("19", "20"):
            found.append((m.start(), int(digits)))
    out = []
    for pos, year in sorted(found):
        before = text[max(0, pos - 4) : pos]
        if any(before.endswith(w) for w in targets):
            continue
        if _target_clause(text, pos, s):
            continue  # 确保东环路2024年建成, 为2016年脱贫摘帽打下基础: a target
        if max_year is not None and year > max_year:
            continue
        after = text[pos + 4 : pos + 12].lstrip("年 \u3000")
        if any(after.startswith(w) for w in s.year_biography_after):
            continue  # 1975年生, 2012年入党: a person's dates
        if _plan_year(text, pos, s):
            continue  # 2025年，支部将继续…: a plan's year
        out.append(year)
    return out


#: 为 that names rather than serves (被评为2016年度先进, 成为2016年…)
_NAMED_AS = ("评为", "成为", "作为", "定为", "命名为", "列为", "授为", "选为", "视为", "认为")


def _target_clause(text: str, pos: int, s) -> bool:
    """Is the year at ``pos`` a target by its clause: 确保/力争… earlier in it (确保东环路2024年
    建成; not 确保了), or 为 right before it and groundwork later (为2016年脱贫摘帽打下基础)?"""
    start = _clause_start(text, pos, _CLAUSE_ENDS)
    head = text[start:pos]
    for w in s.year_target_clause_before:
        i = head.find(w)
        if i >= 0 and not head.startswith("了", i + len(w)):
            return True
    if (head.endswith("为") or head.endswith("为了")) and not head.endswith(_NAMED_AS):  # not 被评为2016年度…
        ends = [i for i in (text.find(ch, pos) for ch in _CLAUSE_ENDS) if i >= 0]
        tail = text[pos : min(ends) if ends else len(text)]
        return any(w in tail for w in s.year_groundwork_after)
    return False


def _plan_year(text: str, pos: int, s) -> bool:
    """Does the sentence of the year at ``pos`` tell a plan (将继续, 下一步), or head one
    (2026年工作思路) or plan something (计划开展, 拟于) and tell nothing done?"""
    end = min([i for i in (text.find(ch, pos) for ch in _SENTENCE_ENDS) if i >= 0] or [len(text)])
    later = _YEAR_RE.search(text, pos + 4, end) or _CN_YEAR_RE.search(text, pos + 4, end)
    rest = text[pos : later.start() if later else end]
    heads_plan = any(rest[4:].lstrip("年 \u3000").startswith(w) for w in s.year_plan_after)  # 2026年工作思路
    if later:  # …，力争到2035年: the words before a target year belong to the target
        trimmed = True
        while trimmed:
            trimmed = False
            for w in s.year_target_before:
                if rest.endswith(w):
                    rest, trimmed = rest[: -len(w)], True
    if any(w in rest for w in s.year_plan_markers):
        return True  # 将继续…, 下一步: a plan, whatever it goes on to say (确保已脱贫群众不返贫)
    if not heads_plan and not any(w in rest for w in s.year_plan_weak_markers):
        return False
    for w in s.year_done_ignore:
        rest = rest.replace(w, "")
    return not any(w in rest for w in s.year_done_markers)


def newest_term(text: str, lexicon: Lexicon | None = None, max_year: int | None = None) -> tuple[int, str] | None:
    """``(first year, term)`` of the newest dated term the text uses, or None.

    A draft is not older than the newest term it uses: a report that mentions only its unit's
    founding year (``成立于2003年``) but speaks of 三严三实 is from 2015 or later. A term with
    several periods proves only its earliest one; a term used as an ordinary phrase
    (:attr:`StaleRules.phrase_terms`: 营造创先争优氛围) or one of :attr:`StaleRules.undated_phrases`
    (bare 主题教育) proves none.

    >>> newest_term("社区成立于2003年，认真开展“三严三实”专题教育，学习十八大精神。")
    (2015, '三严三实专题教育')
    """
    lexicon = lexicon or load_lexicon()
    rules = check_rules()
    best: tuple[int, str] | None = None
    for start, _, key in lexicon.find(text):
        if _after_name(text, start):
            continue  # “廉洁从税”主题教育 is no campaign
        if key in rules.stale.undated_phrases or _ordinary_phrase(text, start, key, rules):
            continue  # nor does 营造创先争优氛围, nor bare 主题教育 (an ordinary phrase before the campaigns)
        firsts = [r.first_year for r in lexicon.by_key.get(key, []) if r.kind != "generic"]
        if not firsts or None in firsts:
            continue
        year = min(firsts)
        if any(w in text[_clause_start(text, start, _CLAUSE_ENDS) : start] for w in rules.stale.anticipation_before):
            year -= 1  # 迎接党的十八大召开: the year before it at least
        if max_year is not None and year > max_year:
            continue
        if best is None or year > best[0]:
            best = (year, key)
    return best


def report_year(text: str, max_year: int | None = None, rules: CheckRules | None = None) -> int | None:
    """The latest year the text mentions (see :func:`mentioned_years`), or None.

    >>> report_year("20xx年被评为先进。2019年以来……仅2023年一年，到2035年")
    2023
    """
    years = mentioned_years(text, max_year, rules)
    return max(years) if years else None
