"""Watermarks (site / source / download notices) and spam (gambling, contact ads, emoji runs).

Junk is found by *evidence*, not by a list of whole sentences. Every line is scanned for tokens
of the vocabulary in ``deedsnlp/data/junk_patterns.yaml``:

* ``hard`` (3 points): words that never occur in a report body — gambling vocabulary, contact
  numbers, URLs, emoji runs, and what the corpus taught: site names taken from other notices
  and notice sentences that recur across documents (:class:`NoticeKnowledge`);
* ``strong`` (2): notice phrases (本文来源, 转载请, 更多范文 ...);
* ``weak`` (1): words notices share with bodies (来源, 下载, 关注 ...), and the site name that
  follows a lead word (来源于 **X**, 访问 **X**);
* ``cover`` (0): site-like names (…网, …文库), quoted names — they only explain characters.

A *unit* — a sentence, a bracketed aside or a ——dashed—— aside — is junk as a whole when it
scores at least 3 with a strong or hard token and the Chinese characters its tokens do not
explain are few (at most 4, or a share that grows with the evidence up to 60 %). A line whose
units are all junk goes with its line break. Inside a body sentence, only a tight cluster of
tokens with hard evidence (or 5 points) is cut out, widened to the brackets it sits in — so
``……农产品【九州体育】……官网jz-ty88.net价值56万元`` keeps ``价值56万元``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .patterns import (
    BRACKET_ALL_RE, BRACKET_RE, CJK, CJK_RE, EMOJI_RUN_RE, SENTENCE_RE, URL_RE, JunkPatterns, cjk_count, junk_patterns,
    literal_regex, may_have_emoji,
)
from .spans import Candidate, Line

HARD, STRONG, WEAK, COVER = 3, 2, 1, 0
_SITE_CHAR_RE = re.compile(f"[{CJK}*＊×□·]")
_SITE_RUN_RE = re.compile(f"[{CJK}*＊×□·]+")
_OPEN_QUOTES = "“\"「『《"
_CLOSE_QUOTES = "”\"」』》"
_QUOTED_RE = re.compile(f"[“\"「『]([{CJK}A-Za-z0-9]{{2,12}})[”\"」』]")
_SLOGAN_RE = re.compile(r"——[^。，！？,\n]{0,14}$")
_OPENERS = "【（(［[〔"
_CLOSERS = "】）)］]〕"
_CLAUSE_PUNCT = "，、；;,"
_LETTERS_RE = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    weight: int
    kind: str  # "watermark", "spam" or "" (either)
    label: str
    noun: bool = False  # a generic noun (资料, 范文): explains characters, opens and stretches nothing


@dataclass
class NoticeKnowledge:
    """What the corpus taught: site names and recurring notice sentences (with document counts)."""

    site_names: dict[str, int] = field(default_factory=dict)
    sentences: dict[str, int] = field(default_factory=dict)

    def merged(self, site_names: Iterable[str]) -> "NoticeKnowledge":
        sites = dict(self.site_names)
        for s in site_names:
            sites.setdefault(s, 1)
        return NoticeKnowledge(sites, self.sentences)


def _alternation(words: Iterable[str], loose: bool = False) -> re.Pattern | None:
    words = sorted({w for w in words if w}, key=len, reverse=True)
    if not words:
        return None
    if not loose:
        return re.compile(literal_regex(words))  # a trie: one fast scan for hundreds of names
    return re.compile("|".join(_loose(w) for w in words))


def _loose(text: str) -> str:
    """A regex for ``text`` as normalization may have changed it: any run of spaces, full- or
    half-width letters and digits."""
    out = []
    for ch in text:
        if ch.isspace():
            if not out or out[-1] != r"[\s\u3000]*":
                out.append(r"[\s\u3000]*")
        elif ch.isascii() and ch.isalnum():
            out.append(f"[{re.escape(ch)}{chr(ord(ch) + 0xFEE0)}]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


class NoticeDetector:
    """Finds watermark and spam spans in a text; see the module docstring for the rules."""

    def __init__(self, knowledge: NoticeKnowledge | None = None, patterns: JunkPatterns | None = None):
        self.knowledge = knowledge or NoticeKnowledge()
        self.patterns = patterns or junk_patterns()
        self._sites = _alternation(self.knowledge.site_names)
        self._known_sites = frozenset(self.knowledge.site_names)
        self._sentences = _alternation(self.knowledge.sentences, loose=True)

    # -- tokens --------------------------------------------------------------------------------
    def anchor_tokens(self, text: str) -> list[Token]:
        """Hard and strong tokens of the whole text (one regex pass each)."""
        p = self.patterns
        toks: list[Token] = []
        add = toks.append
        for m in p.notice_strong.finditer(text):
            add(Token(m.start(), m.end(), STRONG, "watermark", m.group()))
        words = p.spam_hard.patterns[0]
        for m in p.spam_hard.finditer(text):
            add(Token(m.start(), m.end(), HARD, "spam", m.group() if m.re is words else "contact " + m.group()))
        for m in URL_RE.finditer(text):
            if _LETTERS_RE.search(m.group()):
                add(Token(m.start(), m.end(), HARD, "", "URL " + m.group()))
        if may_have_emoji(text):
            for m in EMOJI_RUN_RE.finditer(text):
                add(Token(m.start(), m.end(), HARD, "spam", "emoji run"))
        if self._sites is not None:
            for m in self._sites.finditer(text):
                add(Token(m.start(), m.end(), HARD, "watermark", f"site name {m.group()} (learned)"))
        if self._sentences is not None:
            for m in self._sentences.finditer(text):
                n = self.knowledge.sentences.get(m.group(), 0)
                add(Token(m.start(), m.end(), HARD, "watermark",
                          f"notice recurring in {n} documents of the corpus" if n else "notice recurring in the corpus"))
        return toks

    def line_tokens(self, text: str, a: int, b: int, anchors: list[Token]) -> list[Token]:
        """All tokens of ``text[a:b]``: the anchors plus weak, site and cover tokens."""
        p = self.patterns
        toks = list(anchors)
        for m in p.notice_weak.finditer(text, a, b):
            toks.append(Token(m.start(), m.end(), WEAK, "watermark", m.group()))
        for m in p.spam_weak.finditer(text, a, b):
            toks.append(Token(m.start(), m.end(), WEAK, "spam", m.group()))
        for m in p.notice_nouns.finditer(text, a, b):
            toks.append(Token(m.start(), m.end(), WEAK, "watermark", m.group(), noun=True))
        for m in p.spam_nouns.finditer(text, a, b):
            toks.append(Token(m.start(), m.end(), WEAK, "spam", m.group(), noun=True))
        for lead, s, e in self._lead_sites(text, a, b):
            toks.append(Token(lead, e, WEAK, "watermark", f"site name {text[s:e]}"))
        for m in p.site_suffix.finditer(text, a, b):
            toks.append(Token(m.start(), m.end(), COVER, "watermark", "site-like name"))
        for m in _QUOTED_RE.finditer(text, a, b):
            # a quoted name explains itself when site-like, or right after a notice phrase (关注“X”)
            if p.site_suffix.fullmatch(m.group(1)) or any(0 <= m.start() - t.end <= 1 for t in anchors):
                toks.append(Token(m.start(), m.end(), COVER, "watermark", "quoted name"))
        hard_sites = [t for t in anchors if t.label.startswith("site name")]
        if hard_sites:  # a known site's name is exact: a site-like cover must not stretch it (华拓|天天学习文库)
            toks = [t for t in toks if not (t.weight == COVER and t.label == "site-like name"
                                            and any(h.start < t.end and t.start < h.end for h in hard_sites))]
        for t in hard_sites:
            m = _SLOGAN_RE.match(text[t.end : b])
            if m:
                toks.append(Token(t.end, t.end + m.end(), COVER, "watermark", "site slogan"))
        return _drop_nested(toks)

    def _lead_sites(self, text: str, a: int, b: int) -> list[tuple[int, int, int]]:
        """Names that follow a lead word (来源于 X, 访问 X, 本文由 X) up to a stop word or
        punctuation: ``(lead start, name start, name end)``."""
        p = self.patterns
        out = []
        stops = None
        for m in p.site_lead.finditer(text, a, b):
            if stops is None:  # where a stop word or a notice phrase starts (names end there)
                stops = {x.start() for x in p.site_stop.finditer(text, a, b)}
                stops.update(x.start() for x in p.notice_strong.finditer(text, a, b))
            s = m.end()
            while s < b and (text[s] in " \u3000：:" or text[s] in _OPEN_QUOTES):
                s += 1
            run = _SITE_RUN_RE.match(text, s, min(b, s + 14))
            e = run.end() if run else s
            cut = min((x for x in stops if s < x < e), default=e)
            e = cut
            if e - s >= 2 and CJK_RE.match(text, s):
                out.append((m.start(), s, e))
        return out

    # -- decisions -----------------------------------------------------------------------------
    def detect(self, text: str, lines: Sequence[Line], skip: Iterable[int] = ()) -> tuple[list[Candidate], set[str]]:
        """Watermark and spam candidates of ``text`` and the site names their notices name.

        When the notices name sites, their other mentions in the text are found too (a second
        look at the lines concerned). ``skip`` holds line numbers another detector took.
        """
        anchors = self.anchor_tokens(text)
        cands, sites = self.analyse(text, lines, anchors, skip)
        if not sites:
            return cands, sites
        known = self._known_sites | sites
        # a name read off before a URL may have swallowed body text before a known name: 队学海文库
        sites = {n for n in sites if not any(n[k:] in known for k in range(1, len(n) - 2))}
        new = sites - self._known_sites
        if new:
            pattern = _alternation(new)
            extra = [Token(m.start(), m.end(), HARD, "watermark", f"site name {m.group()} (named by another notice)")
                     for m in pattern.finditer(text)]
            # only the lines that mention the sites are read again
            again = {line.number for line in lines for t in extra if line.start <= t.start < line.end}
            redo = [line for line in lines if line.number in again]
            more_cands, more = self.analyse(text, redo, anchors + extra, skip)
            cands = [c for c in cands if c.data.get("line") not in again] + more_cands
            cands.sort(key=lambda c: c.start)
            sites |= more
        return cands, sites

    def analyse(self, text: str, lines: Sequence[Line], anchors: list[Token], skip: Iterable[int] = ()) -> tuple[list[Candidate], set[str]]:
        """Candidates from given anchor tokens (see :meth:`detect`)."""
        if not anchors:
            return [], set()
        anchors = sorted(anchors, key=lambda t: t.start)
        skip = set(skip)
        out: list[Candidate] = []
        sites: set[str] = set()
        i = 0
        n = len(anchors)
        for line in lines:
            while i < n and anchors[i].start < line.start:
                i += 1
            j = i
            while j < n and anchors[j].start < line.end:
                j += 1
            if j == i or line.number in skip:
                i = j
                continue
            line_anchors = [t for t in anchors[i:j] if t.end <= line.end]
            i = j
            if not line_anchors:
                continue
            toks = self.line_tokens(text, line.start, line.end, line_anchors)
            cands, names = self._analyse_line(text, line, toks)
            out.extend(cands)
            sites.update(names)
        return out, sites

    def _analyse_line(self, text: str, line: Line, toks: list[Token]) -> tuple[list[Candidate], set[str]]:
        units = _sentences(text, line.start, line.end)
        found: list[tuple[int, int, list[Token], str]] = []  # start, end, tokens, unit
        whole = 0
        content_units = 0
        for us, ue in units:
            if not text[us:ue].strip():
                continue
            content_units += 1
            ut = [t for t in toks if t.start >= us and t.end <= ue]
            if ut and _outside_junk_brackets(text, us, ue, ut) and not _unopened_inside(text, us, ue) and (
                _unit_is_junk(text, us, ue, ut) or len(units) == 1 and _short_ad(text, us, ue, ut)
            ):
                found.append((us, ue, ut, "sentence"))
                whole += 1
                continue
            if not any(t.weight >= STRONG for t in ut):
                continue
            found.extend(self._inside_sentence(text, us, ue, ut))
        names: set[str] = set()
        if content_units and whole == content_units:
            # every sentence of the line is junk: the line goes, with its line break
            all_toks = [t for f in found for t in f[2]]
            for f in found:
                names.update(self.site_names_in(text, f[0], f[1], f[2]))
            return [self._candidate(text, line.start, line.next, all_toks, "line", line.number)], names
        cands = []
        for s, e, ut, unit in found:
            if unit == "sentence":
                e = _unopened_closers(text, s, e)
            s, e = _tidy(text, s, e, line.start, line.end, unit)
            if unit != "stretch":
                names.update(self.site_names_in(text, s, e, ut))
            cands.append(self._candidate(text, s, e, ut, unit, line.number))
        return cands, names

    def _inside_sentence(self, text: str, us: int, ue: int, ut: list[Token]):
        """Junk inside a body sentence: bracketed asides, else tight clusters with hard evidence."""
        out = []
        taken: list[tuple[int, int]] = []
        for m in BRACKET_ALL_RE.finditer(text, us, ue):
            bs, be = m.span(1)
            if be > ue or any(s <= bs and be <= e for s, e in taken):
                continue
            bt = [t for t in ut if t.start >= bs and t.end <= be]
            if bt and _unit_is_junk(text, bs, be, bt, bracket=True):
                out = [x for x in out if not (bs <= x[0] and x[1] <= be)]  # an outer aside wins
                taken = [x for x in taken if not (bs <= x[0] and x[1] <= be)]
                out.append((bs, be, bt, "bracket"))
                taken.append((bs, be))
        rest = [t for t in ut if t.weight > COVER and not any(s <= t.start and t.end <= e for s, e in taken)]
        # a junk aside takes part in clusters as one hard token (【代写】述职报告……包过查重)
        rest += [Token(s, e, HARD, "", "junk aside") for s, e in taken]
        for cluster in _clusters(text, rest):
            if all(t.label == "junk aside" for t in cluster):
                continue
            score = sum(t.weight for t in cluster)
            hard = any(t.weight >= HARD for t in cluster)
            if not ((hard and score >= 3) or score >= 5):
                continue
            cs, ce = _widen(text, cluster, us, ue)
            inside = [(s, e) for s, e in taken if not (ce <= s or cs >= e)]
            if inside:  # 【新葡京】北京赛车……: a junk bracket the stretch reaches is part of it
                cs, ce = min(cs, *(s for s, _ in inside)), max(ce, *(e for _, e in inside))
                extra = [t for x in out if (x[0], x[1]) in inside for t in x[2]]
                out = [x for x in out if (x[0], x[1]) not in inside]
                taken = [x for x in taken if x not in inside]
                cluster = list(cluster) + extra
            cluster = [t for t in cluster if t.label != "junk aside"]
            out.append((cs, ce, cluster, "stretch"))
            taken.append((cs, ce))
        return out

    def _candidate(self, text: str, s: int, e: int, toks: list[Token], unit: str, line: int) -> Candidate:
        spam = sum(t.weight for t in toks if t.kind == "spam")
        notice = sum(t.weight for t in toks if t.kind == "watermark")
        kind = "spam" if spam > notice or (spam and spam == notice) else "watermark"
        evidence = []
        for t in sorted(toks, key=lambda t: (-t.weight, t.start)):
            if t.weight == COVER:
                continue
            label = t.label if t.label.startswith(("URL", "site", "notice", "emoji")) else f"“{t.label}”"
            if label not in evidence:
                evidence.append(label)
        what = {"spam": "gambling / contact ad / emoji", "watermark": "site notice"}[kind]
        where = {"line": "whole line", "sentence": "sentence", "bracket": "bracketed aside", "stretch": "spliced into a sentence"}[unit]
        reason = f"{what} ({where}): " + ", ".join(evidence[:6])
        return Candidate(kind, s, e, "removed", reason, priority=5, data={"unit": unit, "line": line})

    def site_names_in(self, text: str, s: int, e: int, toks: Sequence[Token]) -> set[str]:
        """Site names a junk notice names: after lead words, quoted, or right before a URL."""
        names: set[str] = set()
        for t in toks:
            if t.label.startswith("site name") and not t.label.endswith("(learned)"):
                names.add(_site_of(t))
        for m in _QUOTED_RE.finditer(text, s, e):
            if self.patterns.site_suffix.fullmatch(m.group(1)) or any(
                x.weight >= STRONG and abs(x.end - m.start()) <= 2 for x in toks
            ):
                names.add(m.group(1))
        for t in toks:
            if t.label.startswith("URL"):
                k = t.start
                while k > s and text[k - 1] in " \u3000":
                    k -= 1
                j = k
                while j > s and _SITE_CHAR_RE.match(text, j - 1) and k - j < 12:
                    j -= 1
                bounded = j == s or not _SITE_CHAR_RE.match(text, j - 1)  # else it may start inside the body
                if k - j >= 3 and bounded:
                    names.add(text[j:k])
        return {n for n in (_trim_site(self.patterns, x) for x in names) if n}


def _site_of(t: Token) -> str:
    """The site name a ``site name …`` token carries."""
    return t.label[len("site name ") :].split(" (")[0]


def _trim_site(p: JunkPatterns, name: str) -> str:
    name = name.strip(" \u3000" + _OPEN_QUOTES + _CLOSE_QUOTES)
    m = p.site_lead.search(name)
    while m and m.start() == 0 and m.end() < len(name):
        name = name[m.end() :]
        m = p.site_lead.search(name)
    for stop in p.site_stops:
        k = name.find(stop)
        if k > 0:
            name = name[:k]
    if len(name) < 3 or cjk_count(name) < 2:
        return ""
    if p.notice_strong.search(name) or p.spam_hard.search(name):
        return ""
    return name


def _drop_nested(toks: list[Token]) -> list[Token]:
    """Tokens not inside a heavier or equal token (so 来自 inside 本文来自 counts once)."""
    toks = sorted(toks, key=lambda t: (t.start, -(t.end - t.start), -t.weight))
    out: list[Token] = []
    for t in toks:
        if any(o.start <= t.start and t.end <= o.end and (o.weight >= t.weight or t.weight == COVER) and o is not t for o in out[-8:]):
            continue
        out.append(t)
    return out


def _sentences(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    for m in SENTENCE_RE.finditer(text, a, b):
        if m.end() > m.start():
            out.append((m.start(), m.end()))
    return out or [(a, b)]


def _covered(toks: Sequence[Token], s: int, e: int) -> list[tuple[int, int]]:
    spans = sorted((max(t.start, s), min(t.end, e)) for t in toks)
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def _outside_junk_brackets(text: str, s: int, e: int, toks: Sequence[Token]) -> bool:
    """Is there evidence outside the junk brackets of the unit? (If not, only the brackets go.)"""
    brackets = [m.span() for m in BRACKET_RE.finditer(text, s, e)]
    if not brackets:
        return True
    junk = []
    for bs, be in brackets:
        bt = [t for t in toks if t.start >= bs and t.end <= be]
        if bt and _unit_is_junk(text, bs, be, bt, bracket=True):
            junk.append((bs, be))
    if not junk or junk == [(s, e)]:
        return True
    outside = cjk_count(text, s, e) - sum(cjk_count(text, bs, be) for bs, be in junk)
    if outside == 0:
        return True  # nothing but marks around the brackets (★★……★★)
    return any(t.weight >= STRONG and not any(bs <= t.start and t.end <= be for bs, be in junk) for t in toks)


#: the most Chinese characters a junk unit may leave unexplained, however strong its evidence
MAX_RESIDUAL = 16


def _unit_is_junk(text: str, s: int, e: int, toks: Sequence[Token], bracket: bool = False) -> bool:
    """Enough evidence, and few Chinese characters left unexplained — above all none before the
    notice starts or after it ends, where a notice spliced into a heading leaves body text."""
    score = sum(t.weight for t in toks)
    if score < 3 or not any(t.weight >= STRONG for t in toks):
        return False
    if not _edges_clear(text, s, e, toks, after=not bracket):
        return False
    ordered = sorted((t for t in toks if t.weight > COVER), key=lambda t: t.start)
    for left, right in zip(ordered, ordered[1:]):
        if _self_ending(left) and right.start > left.end and CJK_RE.search(text, left.end, right.start) \
                and _covered_cjk(text, toks, left.end, right.start) < cjk_count(text, left.end, right.start):
            return False  # words after a URL or a number: two pieces of junk around body text
    total = cjk_count(text, s, e)
    covered = sum(cjk_count(text, a, b) for a, b in _covered(toks, s, e))
    residual = total - covered
    share = min(0.6, 0.35 + 0.05 * (score - 3))
    return residual <= max(4, min(MAX_RESIDUAL, share * total))


def _short_ad(text: str, s: int, e: int, toks: Sequence[Token]) -> bool:
    """A short line of its own with two notice or spam phrases (``……资料免费领取，点击进入>>``)."""
    strong = {text[t.start : t.end] for t in toks if t.weight >= STRONG}
    return len(strong) >= 2 and cjk_count(text, s, e) <= 40 and _edges_clear(text, s, e, toks)


#: Chinese characters a whole-unit notice may leave unexplained before its first token (when
#: that is weak; a strong one opens the notice itself, a gambling word may follow a brand name)
EDGE_BEFORE_WEAK, EDGE_BEFORE_SPAM, EDGE_GLUED = 0, 4, 2
#: ... after its last token, and at both edges together (a notice filling its own line may end
#: in a few words of its own: 每日更新基层党建材料, 版权归原作者所有)
EDGE_AFTER, EDGE_BOTH, EDGE_BOTH_LINE = 2, 4, 6


def _edges_clear(text: str, s: int, e: int, toks: Sequence[Token], lead: int = EDGE_BEFORE_WEAK, after: bool = True) -> bool:
    """Nothing (or next to nothing) unexplained before the first token and after the last one,
    where a notice spliced into a heading would leave the heading's words."""
    openers = [t for t in toks if t.weight > COVER and not t.noun]
    if not openers:
        return False
    first = min(openers, key=lambda t: (t.start, -t.weight))
    label = _LABEL_RE.match(text, s, e)
    if label and first.start <= label.end():  # 【公文派】本文…… / 【真人百家乐】首存……: the label opens it
        before = 0
    else:
        # covers explain the lead-in only when a site-like name of usual length opens the unit
        # (好范文学习网 www…); a longer one may have swallowed body words (作风|红烛文档文库)
        explain = [t for t in toks if t.weight > COVER or (t.end - t.start <= 7 and not CJK_RE.search(text, s, t.start))]
        before = cjk_count(text, s, first.start) - _covered_cjk(text, explain, s, first.start)
    last = max(t.end for t in openers)  # nouns after it explain words, they do not end the notice
    tail = 0 if not after else cjk_count(text, last, e) - _covered_cjk(text, toks, last, e)
    own_line = (s == 0 or text[s - 1] in "\n\r") and (e >= len(text) or text[e] in "\n\r")
    alone = own_line or not after  # a line or a bracketed aside of its own
    # words glued to the opening token (新葡京|体育投注, 查看|更多相关) may belong to the notice;
    # anything else before it (a date, a heading number, a bracket) belongs to the body
    opening = s
    while opening < first.start and text[opening] in _OPENING_MARKS:
        opening += 1
    glued = _GLUED_RE.fullmatch(text, opening, first.start) is not None
    if first.kind == "spam" and first.label in junk_patterns().brand_words and alone and tail == 0 and glued:
        limit = EDGE_BEFORE_SPAM  # 新葡京体育投注，……网址www…: a brand name before the first gambling word
    elif first.label == "emoji run":
        limit = 0
    elif first.weight >= STRONG:
        # 查看更多相关材料，请登录……: a verb glued to a notice phrase (not to a gambling word)
        limit = EDGE_GLUED if alone and glued and first.kind == "watermark" and first.weight == STRONG else 0
    else:
        limit = lead
    if before > limit:
        return False
    if not after:  # a bracketed aside: its end is the bracket
        return True
    if before and tail:
        return False  # words left on both sides: a notice spliced into a heading (制|……|度建设)
    if own_line:
        return before + tail <= EDGE_BOTH_LINE
    return tail <= EDGE_AFTER and before + tail <= EDGE_BOTH


_OPENING_MARKS = "（(【[［〔“‘「『—★ \u3000\t"
_GLUED_RE = re.compile(f"[\\s\u3000]*[{CJK}]*")
_LABEL_RE = re.compile(r"\s*[【〖\[［][^】〗\]］\n]{1,12}[】〗\]］]\s*")


def _covered_cjk(text: str, toks: Sequence[Token], a: int, b: int) -> int:
    """Chinese characters of ``text[a:b]`` inside tokens."""
    inside = [t for t in toks if t.end > a and t.start < b]
    return sum(cjk_count(text, x, y) for x, y in _covered(inside, a, b)) if inside else 0


def _clusters(text: str, toks: Sequence[Token], max_gap: int = 3) -> list[list[Token]]:
    """Tokens grouped when at most ``max_gap`` Chinese characters separate them; at each end,
    generic nouns go, and weak words unless they touch a strong or hard token."""
    toks = sorted(toks, key=lambda t: t.start)
    out: list[list[Token]] = []
    end = -1
    for t in toks:
        alone = t.label == "emoji run" or (out and out[-1][-1].label == "emoji run")  # runs stand apart
        gap = 0 if t.start <= end else cjk_count(text, end, t.start)
        if out and gap and (_self_ending(out[-1][-1]) or t.label == "junk aside"):
            alone = True  # after a URL, a number or an aside the junk has ended: 官网www…|政|【……】
        if out and t.start > end and any(ch in "”’」』" for ch in text[end : t.start]):
            alone = True  # a quotation of the body closes between them
        if out and not alone and gap <= max_gap and not _has_stop(text, end, t.start):
            out[-1].append(t)
            end = max(end, t.end)
        else:
            out.append([t])
            end = t.end
    return [c for c in (_trim_cluster(text, c) for c in out) if c]


_SITE_END_RE = re.compile("(?:网|站|库|之家|吧|坊|苑|在线|之窗|百宝箱|大全|馆)$")


def _self_ending(t: Token) -> bool:
    """Tokens after which a notice or ad goes on only with punctuation or another phrase."""
    return t.label.startswith(("URL", "contact", "junk aside", "emoji run"))


def _trim_cluster(text: str, cluster: list[Token]) -> list[Token]:
    def loose(t: Token, neighbour: Token | None, outward: int) -> bool:
        if t.weight >= STRONG:
            return False
        if t.label.startswith("site name") and _SITE_END_RE.search(_site_of(t)):
            return False  # a lead word with a site-like name (尽在某某网) is notice through and through
        if neighbour is None:
            return True
        touching = neighbour.start <= t.end and t.start <= neighbour.end
        if not (touching and neighbour.weight >= STRONG) or neighbour.label == "junk aside":
            return True  # (an aside already taken anchors nothing: 限时（责任编辑……）)
        if neighbour.kind and t.kind != neighbour.kind:
            return True  # 手机|本文来源: a word of the other kind of junk is the body's
        if _self_ending(neighbour) and t.start >= neighbour.end:
            return True  # 微信：dj2291xx|会员大会: nothing goes on after a number
        if t.noun:  # 获取更多资料。 — a noun completes a notice (not an ad) only up to a boundary
            if neighbour.kind != "watermark":
                return True
            return not (outward < 0 or outward >= len(text) or not CJK_RE.match(text[outward]))
        return False

    while cluster and loose(cluster[0], cluster[1] if len(cluster) > 1 else None, cluster[0].start - 1):
        cluster = cluster[1:]
    while cluster and loose(cluster[-1], cluster[-2] if len(cluster) > 1 else None, cluster[-1].end):
        cluster = cluster[:-1]
    return cluster


def _has_stop(text: str, a: int, b: int) -> bool:
    return a < b and any(ch in "。！？!?\n" for ch in text[a:b])


def _widen(text: str, cluster: Sequence[Token], us: int, ue: int) -> tuple[int, int]:
    """A cluster's span, widened to the brackets it starts or ends in, narrowed to the brackets
    that separate its weak fringe from its core."""
    core = [t for t in cluster if t.weight >= STRONG] or list(cluster)
    s = min(t.start for t in cluster)
    e = max(t.end for t in cluster)
    cs = min(t.start for t in core)
    ce = max(t.end for t in core)
    # a weak fringe before an opening bracket that starts the core is body text
    k = text.rfind("【", s, cs)
    k = max(k, text.rfind("（", s, cs), text.rfind("(", s, cs))
    if k > s and not any(ch in _CLOSERS for ch in text[k:cs]):
        s = k
    k2 = max(text.find(ch, ce, e) for ch in "】）)")
    if 0 <= k2 < e and not any(ch in _OPENERS for ch in text[ce:k2]):
        e = k2 + 1
    # a 【brand】 label shortly before the core opens the junk (【九州体育】世界杯足球投注、真人视讯)
    close = max(text.rfind("】", max(us, s - 14), s), text.rfind("〗", max(us, s - 14), s))
    if close >= 0 and not any(ch in "，。；！？,;!?\n" for ch in text[close:s]) and cjk_count(text, close, s) <= 8:
        open_ = max(text.rfind("【", max(us, close - 13), close), text.rfind("〖", max(us, close - 13), close))
        if open_ >= 0:
            s = open_
    # started / ended inside brackets: take the brackets whole
    for m in BRACKET_RE.finditer(text, us, ue):
        bs, be = m.span()
        if bs < s < be and be <= e:
            s = bs
        if bs <= ce < be and s <= bs and be - e <= 20:
            e = max(e, be)
    return s, e


_PAIRS = {"”": "“", "’": "‘", "」": "「", "』": "『", "）": "（", ")": "(", "】": "【"}


def _unopened_closers(text: str, s: int, e: int) -> int:
    """The end of a sentence unit without closing marks it did not open (……尽在某网。”支部书记说)."""
    while e > s and text[e - 1] in " \u3000\t":
        e -= 1
    while e > s and text[e - 1] in _PAIRS and _PAIRS[text[e - 1]] not in text[s : e - 1]:
        e -= 1
    return e


def _unopened_inside(text: str, s: int, e: int) -> bool:
    """A closing mark inside the unit that it did not open (……dj4812xx”【发布时间……】): the unit
    straddles the end of a quotation, so it is not junk as a whole."""
    end = _unopened_closers(text, s, e)
    seen = text[s:end]
    return any(ch in _PAIRS and _PAIRS[ch] not in seen[:i] for i, ch in enumerate(seen))


def _tidy(text: str, s: int, e: int, ls: int, le: int, unit: str) -> tuple[int, int]:
    """Take along what would be left dangling: spaces, and one of two clause marks around a cut."""
    while s > ls and text[s - 1] in " \u3000\t":
        s -= 1
    while e < le and text[e] in " \u3000\t":
        e += 1
    if unit in ("stretch", "bracket") and e < le and text[e] in _CLAUSE_PUNCT:
        if s == ls or text[s - 1] in _CLAUSE_PUNCT + "。！？!?：:":
            e += 1
    elif unit == "stretch" and e + 1 < le and text[e] in "。！？" and s > ls and CJK_RE.match(text, s - 1) and CJK_RE.match(text, e + 1):
        e += 1  # 开好欢迎访问某网获取更多资料。组织生活会: the full stop came with the notice
    return s, e
