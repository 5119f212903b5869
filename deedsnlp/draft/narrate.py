"""Section bodies told from the log rows: what was done, when, on what topic, who took part, how much.

Templates call ``section_body()`` (a Jinja global) for the sub-headings and paragraphs of their
section. Each activity type gets a paragraph: an opening sentence, its count for the year (left
out when the logs show fewer meetings than the regulations require, see :mod:`.rules`), its rows
told one by one (date, what, where, head count, households, amount, note) and a closing
sentence. Phrasings come from ``deedsnlp/data/draft_phrases.yaml``, chosen by the seed *and* the
unit's name, so two units with similar logs are not written alike.

Every figure goes into the text as a traced value (a tracer token), so it can be explained and
verified; literal phrasings hold no digits. Lists are joined ``A、B和C``; titles in 《》 follow
each other without a 顿号 (``示范课《分数的意义》《认识钟表》``); the names of people who received
help are left out of the text unless the facts allow them (``privacy.beneficiary_names``).

>>> join_displays(["《分数的意义》", "《认识钟表》", "《古诗二首》"]), join_displays(["家访", "护学岗", "义诊"])
('《分数的意义》《认识钟表》《古诗二首》', '家访、护学岗和义诊')
>>> [t.display() for t in factor_titles([Text("党员示范课《分数的意义》"), Text("党员示范课《认识钟表》")])]
['党员示范课《分数的意义》', '《认识钟表》']
>>> redact_names("为患病村民张德福捐款")
'为患病村民捐款'
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Callable, Iterable

from .traced import Source, Text, Traced

#: extra log columns that name where an activity took place
PLACE_COLUMNS = ("place", "地点", "活动地点", "地址")
#: rows told one by one per activity type; the topics of the others are listed
MAX_ROWS_TOLD = 12
#: a title ending with one of these names an event (送医下乡义诊活动), whatever verb it starts with
_EVENT_NOUNS = ("活动", "行动", "仪式", "比赛", "竞赛", "讲座", "培训会", "报告会", "座谈会", "分享会", "交流会", "宣讲会")
#: verbs that take an event as their object (研究安全生产月活动 is a clause, not a name)
_OBJECT_VERBS = ("研究", "讨论", "审议", "部署", "安排", "推进", "落实", "学习", "传达", "观看", "参观", "组织", "开展",
                 "参加", "筹备", "总结", "谋划", "策划")


def _names_event(title: str) -> bool:
    return title.endswith(_EVENT_NOUNS) and not title.startswith(_OBJECT_VERBS)


#: a title starting with one of these already says how the activity was held (召开…会)
_HOLDING_VERBS = ("召开", "开展", "举办", "组织", "举行", "进行", "讲授", "为", "向", "给")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@lru_cache(maxsize=1)
def phrases() -> dict[str, Any]:
    import yaml

    text = resources.files("deedsnlp.data").joinpath("draft_phrases.yaml").read_text("utf-8")
    return yaml.safe_load(text)


# ------------------------------------------------------------------------------------------
# privacy: names of people who received help

@lru_cache(maxsize=1)
def _name_patterns() -> tuple[re.Pattern, re.Pattern]:
    """Patterns of names after a role word and before a kin word (``deedsnlp/data/privacy.yaml``)."""
    import yaml

    data = yaml.safe_load(resources.files("deedsnlp.data").joinpath("privacy.yaml").read_text("utf-8"))
    roles = "|".join(sorted(map(re.escape, data["roles"]), key=len, reverse=True))
    surnames = re.escape(str(data["surnames"]))
    after = "|".join(map(re.escape, data["after"]))
    kin = "|".join(map(re.escape, data["kin"]))
    after_role = re.compile(f"({roles})([{surnames}][\u4e00-\u9fff]{{1,2}}?)(?:同学|同志)?(?={after}|$)")
    before_kin = re.compile(f"(?<=[为给帮助问望访])([{surnames}][\u4e00-\u9fff]{{1,2}}?)(?={kin})")
    return after_role, before_kin


def redact_names(text: str) -> str:
    """``text`` without the personal names of people helped (``困难户李秀英家`` → ``困难户家``)."""
    after_role, before_kin = _name_patterns()
    out = after_role.sub(lambda m: m.group(1), text)
    return before_kin.sub("", out)


#: types whose amounts are one kind of money (donations, visit allowances): their sum means one thing.
#: Households are never summed: the same family is often counted by several activities.
SUMMABLE_AMOUNTS = ("donation", "visit")
#: activity types whose rows may name the people helped
HELP_TYPES = ("visit", "home_visit", "donation", "pairing_help", "volunteering")


# ------------------------------------------------------------------------------------------
# lists

def join_displays(parts: list[str], sep: str = "、", last: str = "和", visible: Callable[[str], str] | None = None) -> str:
    """``A、B和C``; titles in 《》 follow each other without a separator; items sharing the text
    before their 《》 say it once (``示范课《A》《B》``). Parts may hold tracer tokens."""
    if not parts:
        return ""
    see = visible or _visible
    out = parts[0]
    for i, p in enumerate(parts[1:], start=1):
        if see(parts[i - 1]).endswith("》") and see(p).startswith("《"):
            out += p
        else:
            out += (last if i == len(parts) - 1 else sep) + p
    return out


_TOKEN_RE = re.compile("\ue000(\\d+)\ue001")


def _visible(s: str, shown: dict[int, str] | None = None) -> str:
    return _TOKEN_RE.sub(lambda m: (shown or {}).get(int(m.group(1)), "X"), s)


def factor_titles(items: list[Text]) -> list[Text]:
    """Items ``P《A》``, ``P《B》`` with the same ``P`` → ``P《A》``, ``《B》`` (shown excerpts)."""
    if len(items) < 2:
        return items
    heads = []
    for t in items:
        d = t.display()
        i = d.find("《")
        if i <= 0 or not d.endswith("》") or d.count("《") != 1:
            return items
        heads.append(d[:i])
    if len(set(heads)) != 1:
        return items
    out = [items[0]]
    for t in items[1:]:
        d = t.display()
        out.append(Text(t.value, t.sources, t.op, t.field, d[d.find("《"):]))
    return out


# ------------------------------------------------------------------------------------------
# one row

@dataclass
class Row:
    """The traced fields of one log row, as the narrative states them."""

    entry: Any
    date: Traced | None
    title: Text | None
    topic: Text | None
    participants: Traced | None
    households: Traced | None
    amount: Traced | None
    note: Text | None
    place: Text | None

    @classmethod
    def of(cls, e, vocab, *, private: bool) -> "Row":
        from .aggregate import _day, _field_num, _topic

        title = None
        if e.title:
            shown = redact_names(e.title) if private else e.title
            title = Text(e.title, (Source.log(e.source, e.line, "title", e.title),), "log", "title",
                         shown if shown != e.title else None)
        topic = _topic(title, vocab) if title is not None else None
        if topic is not None and private and title.shown is not None and topic.shown is None:
            topic = title
        elif topic is not None and private and topic.shown is not None:
            topic = Text(topic.value, topic.sources, topic.op, topic.field, redact_names(topic.shown))
        note = None
        if e.note:
            shown = redact_names(e.note) if private else e.note
            note = Text(e.note, (Source.log(e.source, e.line, "note", e.note),), "log", "note",
                        shown if shown != e.note else None)
        place = None
        raw_place = next((str(e.extra[k]).strip() for k in PLACE_COLUMNS if e.extra.get(k)), "")
        if raw_place:
            place = Text(raw_place, (Source.log(e.source, e.line, "place", raw_place),), "log", "place")
        return cls(e, _day(e), title, topic, _field_num(e, "participants"), _field_num(e, "households"),
                   _field_num(e, "amount"), note, place)


# ------------------------------------------------------------------------------------------
# the narrator

@dataclass
class Group:
    heading: str | None
    paragraphs: list[str] = field(default_factory=list)


class Narrator:
    """Tells one section of a draft; ``token`` turns a traced value into a tracer token."""

    def __init__(self, token: Callable[[Traced], str], *, seed: int, org: str, section: str,
                 kind_words: dict[str, str], year, vocab, shortfalls: Iterable[str] = (),
                 campaign: Text | None = None, spirit: Text | None = None, private: bool = True,
                 rich: int = 0, max_rows: int = MAX_ROWS_TOLD):
        self._token = token
        self.seed, self.org, self.section = seed, org, section
        self.kind = kind_words
        self.year = year
        if vocab is None:
            from .logs import default_vocabulary

            vocab = default_vocabulary()
        self.vocab = vocab
        self.shortfalls = set(shortfalls)
        self.campaign, self.spirit = campaign, spirit
        self.private = private
        self.rich = int(rich)
        self.max_rows = max_rows
        self.p = phrases()
        self._shown: dict[int, str] = {}

    # -- helpers ---------------------------------------------------------------------------
    def tok(self, v: Traced) -> str:
        t = self._token(v)
        self._shown[int(_TOKEN_RE.match(t).group(1))] = v.display()
        return t

    def pick(self, options: list[str], *key: Any) -> str:
        options = [o for o in options if o is not None]
        if not options:
            return ""
        if len(options) == 1:
            return options[0]
        r = random.Random("|".join(map(str, (self.seed, self.org, self.section, *key))))
        return options[r.randrange(len(options))]

    def fill(self, pattern: str, **values: Any) -> str:
        def sub(m: re.Match[str]) -> str:
            name = m.group(1)
            if name in values:
                v = values[name]
            elif name in self.kind:
                v = self.kind[name]
            elif name == "year":
                v = self.year
            else:
                raise KeyError(f"draft_phrases.yaml: unknown placeholder {{{name}}} in {pattern!r}")
            if isinstance(v, Traced):
                return self.tok(v)
            return "" if v is None else str(v)

        return _PLACEHOLDER.sub(sub, pattern)

    @staticmethod
    def sentence(*parts: str) -> str:
        text = "，".join(p for p in parts if p)
        if not text:
            return ""
        return text if text.endswith(("。", "！", "？")) else text + "。"

    # -- types ---------------------------------------------------------------------------------
    def type_name(self, t) -> Any:
        return t.name

    def kind_of(self, key: str) -> str:
        return (self.p.get("type_kind") or {}).get(key, "default")

    def row_clause(self, t, row: Row, i: int) -> str:
        key = t.key
        frames = self.p["frames"].get(key) or self.p["frames"]["default"]
        parts = []
        if row.title is not None:
            shown = row.title.display()
            verbs = self.p["title_verbs"]
            own_word = t.key in self.vocab.types and any(shown.endswith(w) for w in self.vocab.types[t.key].words)
            holding = shown.startswith(_HOLDING_VERBS)
            if holding:
                own = [w for w in (self.vocab.types[t.key].words if t.key in self.vocab.types else ())]
                opts = [f for f in frames["verb_title"] if not any(w in f for w in own)] or ["{title}"]
                act = self.fill(self.pick(opts, key, i, "frame"), title=row.title)
            elif any(shown.startswith(v) for v in verbs) and not own_word and not _names_event(shown):
                act = self.fill(self.pick(frames["verb_title"], key, i, "frame"), title=row.title)
            elif own_word or _names_event(shown):  # 主题教育读书班集中学习, 送医下乡义诊活动: a name
                act = self.fill(self.pick(self.p["frames"]["default"]["noun_title"], key, i, "frame"), title=row.title)
            else:
                act = self.fill(self.pick(frames["noun_title"], key, i, "frame"), title=row.title)
        else:
            name = self.type_name(t)
            act = self.fill("开展{name}", name=name) if name else ""
        if row.place is not None and not act.startswith(("在", "赴")):
            where = self.fill(self.pick(["在{place}", "赴{place}"], key, i, "place"), place=row.place)
            lead = next((w for w in ("组织党员", "支部", "党支部") if act.startswith(w)), "")
            act = lead + where + act[len(lead):]
        parts.append(act)
        kind = self.kind_of(key)
        if row.participants is not None:
            opts = self.p["people"].get(kind) or self.p["people"]["default"]
            parts.append(self.fill(self.pick(opts, key, i, "p"), p=row.participants))
        if row.households is not None:
            opts = self.p["households"].get(kind) or self.p["households"]["default"]
            parts.append(self.fill(self.pick(opts, key, i, "h"), h=row.households))
        if row.amount is not None:
            opts = self.p["amounts"].get(kind) or self.p["amounts"]["default"]
            parts.append(self.fill(self.pick(opts, key, i, "a"), a=row.amount))
        said = "".join(_visible_parts(self, parts))
        note_text = row.note.display().strip("，。；") if row.note is not None else ""
        if note_text and not any(note_text[i:i + 3] in said for i in range(max(1, len(note_text) - 2))):
            note = row.note
            if note.display().endswith(("。", "；", "，")):
                note = Text(note.value, note.sources, note.op, note.field, note.display().rstrip("。；，"))
            parts.append(self.tok(note))
        head = self.tok(row.date) if row.date is not None else ""
        return "，".join(x for x in ([head] if head else []) + parts if x)

    def type_paragraphs(self, t) -> list[str]:
        key = t.key
        rows = [Row.of(e, self.vocab, private=self.private and (key in HELP_TYPES or self.section == "carriers"))
                for e in t.entries]
        sentences: list[str] = []
        openers = self.p["openers"].get(key) or (self.p["openers"]["default"] if t.name else [])
        if openers:
            sentences.append(self.sentence(self.fill(self.pick(openers, key, "open"), name=t.name)))
        # a count states one kind of activity: rows without a type (key "~") are not counted together
        if len(rows) >= 2 and key not in self.shortfalls and key != "~" and t.name:
            verbs = self.p["verbs"]
            summary = self.fill(self.pick(self.p["summary"]["default"], key, "sum"), verb=verbs.get(key, verbs["default"]),
                                name=t.name, n=t.count, u=t.unit)
            extra = []
            if all(r.participants is not None for r in rows):
                extra.append(self.fill(self.pick(self.p["sum_people"], key, "sp"), sum=t.participants))
            if all(r.amount is not None for r in rows) and key in SUMMABLE_AMOUNTS:
                extra.append(self.fill(self.pick(self.p["sum_amounts"], key, "sa"), sum=t.amount))
            sentences.append(self.sentence(summary, *extra))
        told = rows[:self.max_rows]
        chunk = 2 + random.Random(f"{self.seed}|{self.org}|{key}|chunk").randrange(2)
        for start in range(0, len(told), chunk):
            clauses = [self.row_clause(t, r, start + j) for j, r in enumerate(told[start:start + chunk])]
            clauses = [c for c in clauses if c]
            if not clauses:
                continue
            opener = self.pick(self.p["next_openers"], key, start, "next") if start else ""
            sentences.append(opener + "；".join(clauses) + "。")
        rest = rows[self.max_rows:]
        if rest:
            with_topic = [r for r in rest if r.topic is not None]
            topics = factor_titles(_distinct([r.topic for r in with_topic]))
            if topics and len(with_topic) == len(rest) and len(topics) <= 12:
                listed = join_displays([self.tok(x) for x in topics], last="、", visible=lambda x: _visible(x, self._shown))
                sentences.append(self.sentence(self.fill(self.pick(self.p["more_topics"], key, "more"),
                                                         topics=listed, name=t.name)))
            else:
                # rows without a title: their count still states them
                sentences.append(self.sentence(self.fill("此外，还开展{name}{n}{u}", name=t.name or "其他活动",
                                                         n=_count_of(rest), u=t.unit)))
        if self.rich:  # the draft is short of the genre's length: say how the activity was organised
            practices = (self.p.get("practices") or {}).get(key) or (self.p.get("practices") or {}).get("default") or []
            if practices:
                lead = self.pick(self.p.get("practice_leads") or [""], key, "practice-lead")
                first = self.pick(practices, key, "practice")
                sentences.append(self.sentence(lead + self.fill(first)))
                others = [x for x in practices if x != first]
                if self.rich > 1 and others:  # still short: the other way it was organised too
                    sentences.append(self.sentence(self.fill(self.pick(others, key, "practice2"))))
        outcomes = self.p["outcomes"].get(key) or self.p["outcomes"]["default"]
        closing = self.sentence(self.fill(self.pick(outcomes, key, "out"))) if outcomes else ""
        if self.rich and len(outcomes) > 1 and self.p["outcomes"].get(key):  # a second, different outcome
            lead = self.pick(self.p.get("outcome_leads") or [""], key, "out2-lead")
            second = self.sentence(lead + self.fill(self.pick(
                [o for o in outcomes if self.sentence(self.fill(o)) != closing], key, "out2")))
            closing += second
        paragraphs, buf = [], []
        sentences = self.no_run_in(sentences)
        for j, s in enumerate(sentences):
            if buf and sum(len(_visible(x, self._shown)) for x in buf) > 260 and j < len(sentences) - 1:
                paragraphs.append("".join(buf))
                buf = []
            buf.append(s)
        if buf:
            paragraphs.append("".join(buf) + closing)
        return paragraphs

    # -- the section ---------------------------------------------------------------------------
    def lead(self) -> list[str]:
        out = []
        leads = (self.p.get("leads") or {}).get(self.section) or []
        first = self.sentence(self.fill(self.pick(leads, "lead"))) if leads else ""
        second = (self.p.get("leads2") or {}).get(self.section) or []
        if second:
            first += self.sentence(self.fill(self.pick(second, "lead2")))
        if self.section == "study" and (self.campaign is not None or self.spirit is not None):
            parts = []
            if self.campaign is not None:
                parts.append(self.sentence(self.fill(self.pick(self.p["campaign"], "campaign"), campaign=self.campaign)))
            if self.spirit is not None:
                parts.append(self.sentence(self.fill(self.pick(self.p["spirit"], "spirit"), spirit=self.spirit)))
            out.append("".join(self.no_run_in([first, *parts])))
        elif first:
            out.append("".join(self.no_run_in([first])))
        return out

    def _plain_short(self, sentence: str) -> bool:
        lead = _visible(sentence, self._shown).rstrip("。！？")
        return len(lead) <= 20 and "的" not in lead and not re.search(r"\d", lead)

    def no_run_in(self, sentences: list[str]) -> list[str]:
        """A paragraph whose first sentence is short and plain reads as a run-in heading (see
        :mod:`deedsnlp.outline`): such a sentence is joined to the next one with a comma."""
        sentences = [s for s in sentences if s]
        if not sentences:
            return sentences
        first = sentences[0]
        parts = [p for p in re.split("(?<=[。！？])", first) if p]
        if len(parts) > 1 and self._plain_short(parts[0]):
            return [parts[0][:-1] + "，" + "".join(parts[1:])] + sentences[1:]
        if len(sentences) > 1 and self._plain_short(first):
            return [first[:-1] + "，" + sentences[1]] + sentences[2:]
        return sentences

    def body(self, agg) -> list[Group]:
        groups: list[Group] = []
        if agg is None:
            return groups
        spec = (self.p.get("groups") or {}).get(self.section) or []
        seen: set[str] = set()
        for gi, g in enumerate(spec):
            types = [agg.types[k] for k in g["types"] if k in agg.types]
            seen.update(g["types"])
            if not types:
                continue
            paras = [p for t in types for p in self.type_paragraphs(t)]
            heading = self.fill(self.pick(g["headings"], "heading", gi))
            groups.append(Group(heading, paras))
        rest = [t for k, t in agg.types.items() if k not in seen]
        if rest:
            paras = [p for t in rest for p in self.type_paragraphs(t)]
            heading = self.fill(self.pick(self.p["rest_headings"], "heading", "rest")) if groups else None
            groups.append(Group(heading, paras))
        closings = (self.p.get("closings") or {}).get(self.section) or []
        if closings and groups and groups[-1].paragraphs:
            # the section's closing sentence ends its last paragraph (a one-line paragraph reads as an orphan)
            groups[-1].paragraphs[-1] += self.sentence(self.fill(self.pick(closings, "closing")))
        return groups


def _distinct(texts: list[Text]) -> list[Text]:
    """Texts with the same shown text merged into one (its sources: every row that names it)."""
    by: dict[str, list[Text]] = {}
    for t in texts:
        by.setdefault(t.display(), []).append(t)
    out = []
    for shown, group in by.items():
        if len(group) == 1:
            out.append(group[0])
        else:
            sources = tuple(s for t in group for s in t.sources)
            out.append(Text(shown, sources, "contains", group[0].field))
    return out


def _visible_parts(narrator: "Narrator", parts: list[str]) -> list[str]:
    return [_TOKEN_RE.sub(lambda m: narrator._shown.get(int(m.group(1)), ""), p) for p in parts]


def _count_of(rows: list[Row]):
    from .traced import count_of

    return count_of(Source.log(r.entry.source, r.entry.line, "row", r.entry.title or r.entry.type) for r in rows)


__all__ = ["Group", "HELP_TYPES", "MAX_ROWS_TOLD", "Narrator", "Row", "factor_titles", "join_displays", "phrases",
           "redact_names"]
