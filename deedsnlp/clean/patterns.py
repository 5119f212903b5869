"""The junk vocabulary (``deedsnlp/data/junk_patterns.yaml``) compiled into regular expressions.

Loaded once, lazily, and shared read-only: nothing here is mutated after :func:`junk_patterns`.
Lists of literal phrases are compiled into one trie-shaped alternation each, so scanning a text
for a hundred phrases is a single pass of the regex engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable


from ..text.sentences import sentence_pattern

#: Chinese characters (CJK unified ideographs and extension A)
CJK = "\u3400-\u4dbf\u4e00-\u9fff"
CJK_RE = re.compile(f"[{CJK}]")
#: a numbered heading of a report's outline opening a line (一、, （二）, 3., 第一部分)
HEADING_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s?[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s?[、.．](?!\d)|第[一二三四五六七八九十\d]{1,3}[部章节])")
_CJK_RUN_RE = re.compile(f"[{CJK}]+")


def cjk_count(text: str, start: int = 0, end: int | None = None) -> int:
    """Chinese characters in ``text[start:end]`` (counted by runs: few objects for Chinese text)."""
    return sum(map(len, _CJK_RUN_RE.findall(text, start, len(text) if end is None else end)))
#: a web address: www./http(s), or a bare domain with a common top-level domain
URL_RE = None  # set below: a MultiPattern (two regexes scan faster than their alternation)
_URL_PREFIXED = r"(?:https?://|www\.)[A-Za-z0-9\-._~/?#=&%+]+"
_URL_BARE = (
    r"[A-Za-z0-9](?<![A-Za-z0-9@._\-][A-Za-z0-9])[A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*"
    r"\.(?:com|cn|net|org|cc|top|info|vip|xyz|me|tv|co|io|biz|club|site|online|wang|shop|ink|pro|so|la|in)"
    r"(?:\.cn)?(?:/[A-Za-z0-9\-._~/?#=&%+]*)?(?![A-Za-z0-9])"
)
#: two or more pictographic emoji (with their modifiers); ★/☆ are left to the notices as glue
EMOJI_RUN_RE = re.compile(
    "(?:[\U0001F000-\U0001FAFF\u2600-\u2604\u2607-\u27BF\u2B50\u2B55\u231A\u231B\u23E9-\u23FA]"
    "[\uFE0F\u200D\U0001F3FB-\U0001F3FF]*){2,}"
)
#: sentence ends (a closing quote or bracket right after belongs to the sentence)
SENTENCE_RE = sentence_pattern(closers="”’」』）)】", newline=False)  # the package splitter, across line breaks
#: bracketed asides (one level of nesting), 【labels】 and ——dashed—— / ★starred★ asides
_BRACKETS = (
    r"（(?:[^（）\n]|（[^（）\n]{0,60}）){1,120}）|\((?:[^()\n]|\([^()\n]{0,60}\)){1,120}\)"
    r"|【[^【】\n]{1,80}】|〔[^〔〕\n]{1,80}〕|\[[^\[\]\n]{1,80}\]|——[^—\n]{1,120}——|★[^★\n]{1,120}★"
)
BRACKET_RE = re.compile(_BRACKETS)
#: every bracketed aside, overlapping ones included (an aside inside another's parentheses)
BRACKET_ALL_RE = re.compile(f"(?=({_BRACKETS}))")


#: emoji below the astral planes that scraped spam uses; a text with none of these and no astral
#: character cannot hold an emoji run, which spares the (slow) character-class scan
BMP_EMOJI = "☀☁☎☑☝☺☹♥♡♨✂✅✈✉✊✋✌✍✏✒✔✖✨✳✴❄❇❌❎❓❔❕❗❤➕➖➗➡⬅⬆⬇⭐⭕⌚⌛⏩⏰⏳"


_BMP_EMOJI_RE = re.compile("[" + re.escape(BMP_EMOJI) + "]")


def may_have_emoji(text: str) -> bool:
    if len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text):
        return True
    return _BMP_EMOJI_RE.search(text) is not None


def literal_regex(words: Iterable[str]) -> str:
    """One regex matching any of ``words``, longest first, as a trie (shared prefixes factored)."""
    trie: dict = {}
    for w in sorted(set(w for w in words if w)):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    # keep the longest match: the trie alternation is greedy, "?" after each complete word
    return build(trie) if trie else r"(?!x)x"


class MultiPattern:
    """Several compiled regexes used as one (``finditer``, ``search``, ``findall``, ``match``).

    An alternation of regexes defeats the regex engine's literal-prefix scan, so a literal trie
    and each regular expression are run separately: many times faster over long texts.
    """

    def __init__(self, patterns: Iterable[re.Pattern]):
        self.patterns = tuple(patterns)
        # characters one of which a match must start with, where there are few: a text without
        # any of them is skipped with a few ``in`` tests instead of a regex scan
        self._needles = tuple(_first_chars(p) for p in self.patterns)

    def _active(self, text: str, pos: int, end: int):
        whole = pos == 0 and end >= len(text)
        for p, needles in zip(self.patterns, self._needles):
            if needles is None:
                yield p
            elif whole:
                if any(ch in text for ch in needles):
                    yield p
            elif any(text.find(ch, pos, end) >= 0 for ch in needles):
                yield p

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        if len(self.patterns) == 1:
            return self.patterns[0].finditer(text, pos, end)
        active = list(self._active(text, pos, end))
        if len(active) == 1:
            return active[0].finditer(text, pos, end)
        found = [m for p in active for m in p.finditer(text, pos, end)]
        found.sort(key=lambda m: (m.start(), -m.end()))
        return iter(found)

    def findall(self, text: str) -> list[str]:
        return [m.group() for m in self.finditer(text)]

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        best = None
        for p in self.patterns:
            m = p.search(text, pos, end)
            if m and (best is None or m.start() < best.start()):
                best = m
        return best

    def match(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        for p in self.patterns:
            m = p.match(text, pos, end)
            if m:
                return m
        return None


def _first_chars(pattern: re.Pattern, limit: int = 8) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with, when they are at most ``limit``."""
    try:
        from re import _parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover
        import sre_parse  # type: ignore[no-redef]
    from re import _constants as c  # noqa: N812

    def first(items) -> set[str] | None:
        for op, av in items:
            if op is c.LITERAL:  # (one character: `ch in text` is faster than a longer needle)
                return {chr(av)}
            if op is c.IN:
                out = set()
                for iop, iav in av:
                    if iop is c.LITERAL:
                        out.add(chr(iav))
                    else:
                        return None
                return out
            if op is c.BRANCH:
                out = set()
                for branch in av[1]:
                    sub = first(branch)
                    if sub is None:
                        return None
                    out |= sub
                return out
            if op is c.SUBPATTERN:
                return first(av[-1])
            if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
                return first(av[2])
            if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
                continue  # zero-width: look at what follows
            return None
        return None

    try:
        chars = first(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # pragma: no cover - an unusual pattern: no prefilter
        return None
    return frozenset(chars) if chars and len(chars) <= limit else None


_LEADING_CHOICE_RE = re.compile(r"^\(\?:([^()\[\]\\]+)\)(.*)$", re.S)


def split_leading_choice(regex: str) -> list[str]:
    """``(?:QQ|扣扣)rest`` as ``QQrest`` and ``扣扣rest``: a regex that starts with a literal is
    scanned many times faster than one that starts with a choice.

    >>> split_leading_choice("(?:QQ|扣扣)[0-9]+")
    ['QQ[0-9]+', '扣扣[0-9]+']

    An optional or repeated group stays whole (``(?:澳门)?某某`` is no ``澳门?某某``):

    >>> split_leading_choice("(?:澳门)?金沙")
    ['(?:澳门)?金沙']
    """
    m = _LEADING_CHOICE_RE.match(regex)
    if not m:
        return [regex]
    choices, rest = m.group(1).split("|"), m.group(2)
    if rest[:1] in ("?", "*", "+", "{"):
        return [regex]
    if any(not c or re.escape(c) != c for c in choices):
        return [regex]
    return [c + rest for c in choices]


def _compile(words: Iterable[str], regexes: Iterable[str] = (), flags: int = 0) -> MultiPattern:
    words = list(words)
    pats = [re.compile(literal_regex(words), flags)] if words else []
    pats += [re.compile(part, flags) for r in regexes for part in split_leading_choice(r)]
    return MultiPattern(pats or [re.compile(r"(?!x)x")])


URL_RE = MultiPattern([re.compile(_URL_PREFIXED), re.compile(_URL_BARE)])


@dataclass(frozen=True)
class JunkPatterns:
    """Compiled regular expressions of every junk vocabulary list."""

    notice_strong: MultiPattern
    notice_weak: MultiPattern
    notice_nouns: MultiPattern
    spam_hard: MultiPattern
    spam_weak: MultiPattern
    spam_nouns: MultiPattern
    brand_words: frozenset[str]
    site_suffix: re.Pattern
    site_lead: MultiPattern
    site_stop: re.Pattern
    site_stops: tuple[str, ...]
    header: re.Pattern
    header_item: re.Pattern
    item_prefix: re.Pattern
    genre: re.Pattern
    link_words: re.Pattern
    placeholder: MultiPattern
    mask: re.Pattern
    mask_chars: str
    block_tags: frozenset[str]
    organisation_suffixes: tuple[str, ...] = ()
    unit_noun: re.Pattern | None = None
    loose_site: re.Pattern | None = None
    notice_verbs: frozenset[str] = frozenset()
    #: pinyin initials a censored word is written with (zy -> 中央), and the regex finding them
    mask_initials: dict[str, str] | None = None
    mask_initials_re: re.Pattern | None = None
    #: words of a pirate-video or adult spam list (在线观看, 一区二区), and the words it runs with (国产, 高清):
    #: they count in a line of spam keywords, never removed alone
    spam_list: MultiPattern | None = None
    spam_list_weak: MultiPattern | None = None


def load_vocabulary(text: str | None = None) -> dict:
    """The raw YAML mapping (the shipped file unless ``text`` is given)."""
    if text is None:
        text = resources.files("deedsnlp.data").joinpath("junk_patterns.yaml").read_text("utf-8")
    from ..yamlsafe import safe_load  # LibYAML when built in (same data, ~10x faster start-up)

    return safe_load(text)


def compile_patterns(vocab: dict) -> JunkPatterns:
    wm, sp, lt = vocab["watermark"], vocab["spam"], vocab["link_tail"]
    suffixes = wm.get("site_suffixes", [])
    leads = wm.get("site_leads", [])
    stops = wm.get("site_stops", [])
    headers = lt.get("headers", [])
    mask_chars = vocab.get("mask", {}).get("chars", "*")
    initials = {k.lower(): v for k, v in (vocab.get("mask", {}).get("initials") or {}).items()}
    punct = r"\s\-—_:：·•●○◆◇■□▎▍▌▋▶►→>》<《【】\[\]|｜"
    return JunkPatterns(
        notice_strong=_compile(wm.get("strong", []), wm.get("strong_regex", [])),
        notice_weak=_compile(wm.get("weak", []), wm.get("weak_regex", [])),
        notice_nouns=_compile(wm.get("weak_nouns", [])),
        spam_hard=_compile(sp.get("hard", []), sp.get("hard_regex", [])),
        spam_weak=_compile(sp.get("weak", []), sp.get("weak_regex", [])),
        spam_nouns=_compile(sp.get("weak_nouns", [])),
        brand_words=frozenset(sp.get("brand_words", [])),
        # a run of Chinese characters (or latin letters) ending in a site suffix
        # a name ends where Chinese text stops or a notice word starts (某某文库会员上传)
        site_suffix=re.compile(f"[{CJK}A-Za-z0-9]{{2,6}}?(?:{literal_regex(suffixes)})(?:(?![{CJK}])|(?={literal_regex(stops)}))"),
        site_lead=_compile(leads, wm.get("site_leads_regex", [])),
        site_stop=re.compile(literal_regex(stops)),
        site_stops=tuple(stops),
        header=re.compile(f"^[{punct}]*(?:{literal_regex(headers)})[{punct}]*$"),
        # the header and its colon before the block's first headline, on one line (更多相关文章：某某工作经验材料)
        header_item=re.compile(f"^[{punct}]*(?:{literal_regex(headers)})[ \u3000]*[:：][ \u3000]*[^\\s。！？!?；;][^\\n。！？!?；;]{{1,58}}$"),
        # the button, then a colon or spaces before the other item's headline (上一篇：…, 【上一篇】：…, 上一页 某某(5))
        item_prefix=re.compile(f"^[{punct}]*(?:{literal_regex(lt.get('item_prefixes', []))})[】\\]］]?(?:\\s*[:：]|[ \u3000]+(?=[{CJK}]))"),
        genre=re.compile(literal_regex(lt.get("genres", []))),
        # any word a link-tail line needs (a genre, a header, 上一篇/下一篇), unanchored
        link_words=re.compile(literal_regex([*lt.get("genres", []), *headers, *lt.get("item_prefixes", [])])),
        placeholder=_compile((), vocab.get("placeholder", {}).get("regex", [])),
        mask=re.compile("[" + re.escape(mask_chars) + "]+"),
        mask_chars=mask_chars,
        block_tags=frozenset(t.lower() for t in vocab.get("html", {}).get("block_tags", [])),
        organisation_suffixes=tuple(wm.get("organisation_suffixes", [])),
        unit_noun=re.compile(literal_regex(vocab.get("placeholder", {}).get("unit_nouns", []))),
        # a site-like name followed by more text (兰亭学习网每天一篇好材料): opening the sentence
        # with a one-character suffix (每个网格由1名党员任网格长 is no site), anywhere with a longer one
        loose_site=re.compile(
            f"^[{CJK}]{{2,6}}(?:{literal_regex(wm.get('loose_site_opening', []))})"
            f"|[{CJK}]{{2,6}}(?:{literal_regex(wm.get('loose_site_anywhere', []))})"
        ),
        notice_verbs=frozenset(wm.get("notice_verbs", [])),
        mask_initials=initials,
        # the initials alone between other text, all of one case (zy, ZZ; never Zy)
        mask_initials_re=re.compile(f"(?<![A-Za-z0-9])(?:{literal_regex(initials)}|{literal_regex(k.upper() for k in initials)})(?![A-Za-z0-9])")
        if initials else None,
        spam_list=_compile(sp.get("list_words", []), sp.get("list_regex", [])),
        spam_list_weak=_compile(sp.get("list_weak", [])),
    )


@lru_cache(maxsize=1)
def junk_patterns() -> JunkPatterns:
    """The shipped vocabulary, compiled once per process."""
    return compile_patterns(load_vocabulary())


#: a page's publishing fields as sites print their labels (发布时间：, 发表日期：, 来源：, 作者：; traditional forms too, on a
#: page the analysis view left unconverted): the act of publishing, its time, the source or the writer, the label's colon.
#: The detectors that read publishing lines build their shapes from these parts.
PUBLISHING_ACT = "(?:发布|发表|更新|發佈|發布|發表)"
PUBLISHING_TIME = "(?:时间|日期|時間)"
SOURCE_OR_WRITER = "(?:来源|來源|作者)"
LABEL_COLON = r"[ \u3000]*[:：]"
#: what opens a quotation (“ " 「 『 ‘)
QUOTE_OPENS = ("“", "\"", "「", "『", "‘")
#: a day written in figures: 2024年5月14日, 2024-05-14, 2024/5/14, 2024.05.14
DAY = r"(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})"

#: what a reporter does as the subject of the text's own sentence (记者 某某 在卫生院采访时看到…, 某某网记者了解到…)
REPORTER_ACTS = "在|到|来到|走进|深入|看到|了解到|采访|跟随|随同|一行"


#: a unit or its members named in a sentence: a report's sentence (支部网站开通下载专区…), never a site's
#: notice about its own pages
UNIT_WORD_RE = re.compile(r"支部|总支|党委|党组|党员|干部|学校|学院|医院|公司|村委|社区|单位|机关|街道|群众")
