"""Watermarks (site / source / download notices) and spam (gambling, contact ads, emoji runs).

Junk is found by *evidence*, not by a list of whole sentences. :class:`NoticeDetector` scans a
text for tokens of the vocabulary in ``deedsnlp/data/junk_patterns.yaml``:

* ``hard`` (3 points): what never occurs in a report body — gambling words, contact numbers,
  URLs, emoji runs, and what the corpus taught (:class:`NoticeKnowledge`): site names that other
  notices name and notice sentences that recur across documents;
* ``strong`` (2): notice phrases (本文来源, 转载请, 更多范文 ...);
* ``weak`` (1): words notices share with bodies (来源, 下载, 关注 ...), a site name after a lead
  word (来源于 **X**, 访问 **X**), and generic nouns (资料, 范文) that explain characters only;
* ``cover`` (0): site-like names (…网, …文库) and quoted names beside a notice phrase.

Only lines with a hard or strong token are read closely; :mod:`deedsnlp.clean.evidence` decides
which of their sentences, asides or stretches are junk. A line whose sentences are all junk goes
with its line break. A notice that names a site teaches the site to the rest of the document
(``中小学范文网整理`` spliced into a sentence is found once ``更多范文请访问中小学范文网…`` named it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .evidence import (
    COVER, HARD, STRONG, WEAK, Token, clusters, drop_nested, notice_paragraph, outside_junk_brackets, sentence_spans, short_ad, site_of,
    tidy, unit_is_junk, unopened_closers, unopened_inside, widen, covered_cjk,
)
from .patterns import (
    BRACKET_ALL_RE, BRACKET_RE, CJK, CJK_RE, EMOJI_RUN_RE, REPORTER_ACTS, URL_RE, JunkPatterns, cjk_count, junk_patterns, literal_regex,
    may_have_emoji,
)
from .spans import Candidate, Line

#: the outlet's reporter in the text's own sentence (某某网记者了解到，…, 某某网记者在现场看到): the outlet's name stays
_OUTLET_REPORTER_RE = re.compile(f"(?:记者|通讯员)(?:{REPORTER_ACTS}|从|获悉|注意到|走访|发现)")

_SITE_CHAR_RE = re.compile(f"[{CJK}*＊×□·]")
#: a site's 站: a web site, a download or document station (本站 is the site speaking of itself)
_SITE_STATION_RE = re.compile(r"(?:网|资料|下载|文档|范文|资源|素材|学习|教育|软件|文库)站$")
#: the names of sites that sell or share model texts (某某范文网, 某某写作网, 某某公文网): a report never names one, so
#: the name is hard evidence wherever it is spliced (a 文库 may be a library's: 红色文库)
_WRITING_SITE_RE = re.compile(r"(?:范文|写作|文秘|公文|作文)网$|范文大全$|范文之家$")
#: the claim's verb a writing site's name was read with (权属某某写作网, 归某某范文网, 来自某某网)
_CLAIM_VERB_RE = re.compile(r"^(?:权属|属于|属|归|来自|出自|源自|源于|由|于)")
#: sources a notice may name that reports also name in their own sentences (the internet, the press
#: and the study platforms members use): weak evidence, never cut from a sentence on their own
_GENERIC_SOURCES = frozenset({"互联网", "网络", "网上", "因特网", "万维网", "物联网", "局域网", "全网", "本网", "网友", "网民",
                              "新华网", "人民网", "央视网", "中国网", "光明网", "求是网", "中国政府网", "共产党员网",
                              "学习强国", "中国文明网", "党建网"})
#: leads after which a site's name has a site word (访问某某网); a source (来源：某某局办公室) need not
_VISIT_LEADS = frozenset({"访问", "登录", "登陆", "尽在", "搜索"})
#: a page's source field: its value is the name of the unit or the outlet that supplied the piece
_FIELD_LEADS = frozenset({"来源：", "来源:"})
_SITE_RUN_RE = re.compile(f"[{CJK}*＊×□·]+")
_OPEN_QUOTES = "“\"「『《"
_CLOSE_QUOTES = "”\"」』》"
_QUOTED_RE = re.compile(f"[“\"「『]([{CJK}A-Za-z0-9]{{2,12}})[”\"」』]")
_SLOGAN_RE = re.compile(r"——[^。，！？,\n]{0,14}$")
_LETTERS_RE = re.compile(r"[A-Za-z]")
#: how a report's sentence opens (a time or a circumstance), which no source's name does
_SENTENCE_OPENING_RE = re.compile(r"在[^，,。\n]{0,20}(?:之际|期间|中|上|下|时)|近日|日前|近年来|今年|去年|为(?:了|进一步|深入|切实|全面)|根据|按照|随着")


#: a unit fighting the trade a spam word names (打击…博彩, 远离…赌场): the sentence is the report's
#: a publishing field's value right after the label a stretch ends on: a date (and time) or a count
_FIELD_VALUE_RE = re.compile(r"[ \u3000]*[:：][ \u3000]*(?:(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)"
                             r"(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,7}(?![\d年月日.]))")
_CRACKDOWN_RE = re.compile(r"打击|整治|取缔|查处|查办|侦破|破获|治理|防范|远离|抵制|拒绝|杜绝|禁止|严禁|清理|举报|警惕|揭露|曝光|宣传")
_CJK_WORDS_RE = re.compile(r"[\u4e00-\u9fff]{2,8}")


@dataclass
class NoticeKnowledge:
    """What the corpus taught: site names and recurring notice sentences (with document counts)."""

    site_names: dict[str, int] = field(default_factory=dict)
    sentences: dict[str, int] = field(default_factory=dict)
    #: whole lines of page furniture that recur across documents (a site's column names, bylines)
    lines: dict[str, int] = field(default_factory=dict)

    def merged(self, site_names: Iterable[str]) -> "NoticeKnowledge":
        sites = dict(self.site_names)
        for s in site_names:
            sites.setdefault(s, 1)
        return NoticeKnowledge(sites, self.sentences, self.lines)


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


#: a party body named after a site's name: the site's own branch (某某网党总支, 某某网党支部)
_OWN_BRANCH_RE = re.compile(r"党总支|党支部|党委|党组|总支|支部|团委|工会")
#: a site named as an actor of the text's sentence: what it did or whom it joined (某某网共同主办, 某某网和某某网)
_SITE_ACTS_RE = re.compile(r"(?:共同|联合)?(?:主办|承办|协办|发起|举办|开设|开通|推出|报道|刊发|刊登|和|与|及|、)")
#: the words a site named among a sentence's actors follows (由某某网, 新华网和某某网)
_SITE_JOINED_AFTER = ("和", "与", "及", "、", "由")
#: a web address the text's sentence speaks of (输入www.example.cn的地址): the unit's own site, no notice
_URL_IN_SENTENCE_RE = re.compile(r"[ \u3000]?的(?:地址|网址|网站|主页|页面)")
_URL_TYPED_AFTER = ("输入",)


class NoticeDetector:
    """Finds watermark and spam spans in a text; see the module docstring for the rules."""

    def __init__(self, knowledge: NoticeKnowledge | None = None, patterns: JunkPatterns | None = None):
        self.knowledge = knowledge or NoticeKnowledge()
        self.patterns = patterns or junk_patterns()
        self._sites = _alternation(self.knowledge.site_names)
        self._known_sites = frozenset(self.knowledge.site_names)
        self._sentences = _alternation(self.knowledge.sentences, loose=True)

    def _site_weight(self, name: str) -> int:
        """A site's name read off a notice is hard evidence wherever it stands when it has a site's
        shape (某某范文网, a web address); a name without one (新闻来源：某某七标 names the unit's own
        project) is weak: it helps a notice line, it is never cut from a sentence on its own."""
        if name in _GENERIC_SOURCES:
            return WEAK  # 来源：互联网 / 来源：共产党员网 names a source reports also name in their sentences
        if name.endswith("站") and not _SITE_STATION_RE.search(name) and not _LETTERS_RE.search(name):
            return WEAK  # 宣化东站, 某某收费站: a station is a unit the report names (a site's 站 is a 网站 or 资料站)
        if self.patterns.site_suffix.fullmatch(name) or _LETTERS_RE.search(name):
            return HARD
        return WEAK

    # -- tokens --------------------------------------------------------------------------------
    def anchor_tokens(self, text: str) -> list[Token]:
        """Hard and strong tokens of the whole text (one regex pass each)."""
        p = self.patterns
        toks: list[Token] = []
        add = toks.append
        for m in p.notice_strong.finditer(text):
            if m.group()[:2] == "来源" and _ORDINARY_SOURCE_RE.search(text, max(0, m.start() - 4), m.start()):
                continue  # 资金来源：…, 经费来源：…: what a report accounts for, not where a page came from
            add(Token(m.start(), m.end(), STRONG, "watermark", m.group()))
        words = p.spam_hard.patterns[0]
        for m in p.spam_hard.finditer(text):
            if m.re is words and not on_word_boundaries(text, m.start(), m.end()):
                continue  # 日结 inside 主题党日结合: a word list matches whole words only
            if m.re is words and _in_parallel_idiom(text, m.start(), m.end()):
                continue  # 日清日结, 月结月清: half of a four-character parallel phrase is no spam word
            if m.re is not words and _NOTICE_CONTACT_RE.search(text, max(0, m.start() - 24), m.start()):
                continue  # a notice's contact person and number in its sentence (联系人：某某，联系电话：1…。): its own
            add(Token(m.start(), m.end(), HARD, "spam", m.group() if m.re is words else "contact " + m.group()))
        for m in BRACKET_RE.finditer(text):  # (扫码关注某某公文网): a short aside naming a site by its shape
            if m.end() - m.start() <= 26:
                k = p.site_suffix.search(text, m.start(), m.end())
                if k is not None:
                    hard = _WRITING_SITE_RE.search(k.group()) is not None  # (〖某某范文网〗: a site of model texts)
                    add(Token(k.start(), k.end(), HARD if hard else COVER, "watermark", f"site name {k.group()}" if hard else "site-like name"))
        for m in URL_RE.finditer(text):
            if _LETTERS_RE.search(m.group()) and not _URL_IN_SENTENCE_RE.match(text, m.end()) \
                    and not text.endswith(_URL_TYPED_AFTER, 0, m.start()):
                add(Token(m.start(), m.end(), HARD, "", "URL " + m.group()))
        if may_have_emoji(text):
            for m in EMOJI_RUN_RE.finditer(text):
                add(Token(m.start(), m.end(), HARD, "spam", "emoji run"))
        if self._sites is not None:
            for m in self._sites.finditer(text):
                if (_OWN_BRANCH_RE.match(text, m.end()) or _OUTLET_REPORTER_RE.match(text, m.end())
                        or _SITE_ACTS_RE.match(text, m.end()) or text.endswith(_SITE_JOINED_AFTER, 0, m.start())):
                    continue  # the site's own party branch (某某网党总支在某村开展主题党日活动), its reporter in the text's
                    # sentence (某某网记者了解到…), or the site among a sentence's actors (某某网和某某网共同主办…): the report's subject
                add(Token(m.start(), m.end(), self._site_weight(m.group()), "watermark", f"site name {m.group()} (learned)"))
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
            if on_word_boundaries(text, m.start(), m.end()):
                toks.append(Token(m.start(), m.end(), WEAK, "spam", m.group()))
        for m in p.notice_nouns.finditer(text, a, b):
            toks.append(Token(m.start(), m.end(), WEAK, "watermark", m.group(), noun=True))
        for m in p.spam_nouns.finditer(text, a, b):
            toks.append(Token(m.start(), m.end(), WEAK, "spam", m.group(), noun=True))
        for lead, s, e in self._lead_sites(text, a, b):
            if text[s:e].endswith("站") and not _SITE_STATION_RE.search(text[s:e]) and not _LETTERS_RE.search(text[s:e]):
                continue  # a unit's station after a login word is no site (…登录入口党员服务站组织…: the brand's 入口, the unit's 服务站)
            toks.append(Token(lead, e, WEAK, "watermark", f"site name {text[s:e]}"))
        for m in p.site_suffix.finditer(text, a, b):
            w = _WRITING_SITE_RE.search(m.group())
            if w:  # 某某范文网, 某某写作网: a site of model texts no report names; its name's start is a guess
                # inside a sentence (陈某某中小学范文网整理): three characters at most, a name's cut short rather than the text's
                start = max(m.start(), m.start() + w.start() - 3)
                toks.append(Token(start, m.end(), HARD, "watermark", f"writing site {text[start:m.end()]}"))
            else:
                toks.append(Token(m.start(), m.end(), COVER, "watermark", "site-like name"))
        for m in _QUOTED_RE.finditer(text, a, b):
            # a quoted name explains itself when site-like, or right after a notice phrase (关注“X”)
            if p.site_suffix.fullmatch(m.group(1)) or any(0 <= m.start() - t.end <= 1 for t in anchors):
                toks.append(Token(m.start(), m.end(), COVER, "watermark", "quoted name"))
        hard_sites = [t for t in anchors if t.label.startswith("site name")]
        if hard_sites:  # a known site's name is exact: a site-like cover must not stretch it (华拓|天天学习文库)
            toks = [t for t in toks if not (t.label == "site-like name" or t.label.startswith("writing site"))
                    or not any(h.start < t.end and t.start < h.end for h in hard_sites)]
        for t in hard_sites:
            m = _SLOGAN_RE.match(text[t.end : b])
            if m:
                toks.append(Token(t.end, t.end + m.end(), COVER, "watermark", "site slogan"))
        return drop_nested(toks)

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
            run_end = run.end() if run else s
            e = min((x for x in stops if s < x < run_end), default=run_end)
            if m.group() in _FIELD_LEADS and e == run_end:
                # a source field naming several units (来源：某某公司、某某公司、集团机关第三党支部): the names the
                # field's value joins with 、 are its value too, up to a stop word
                for _ in range(3):
                    more = _SITE_RUN_RE.match(text, e + 1, min(b, e + 15)) if e < b and text[e] == "、" else None
                    if not more or any(e < x < more.end() for x in stops):
                        break
                    e = more.end()
            if e - s >= 6 and m.group() in _VISIT_LEADS and not p.site_suffix.search(text[s:e]):
                continue  # 请访问居民们都称他是: a long run with no site word after 访问 is the body the notice was spliced into
            if e - s >= 8 and _SENTENCE_OPENING_RE.match(text, s) and not p.site_suffix.search(text[s:e]):
                continue  # 来源:在喜迎国庆佳节之际…: an empty field with the text run on after it
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
            extra = [Token(m.start(), m.end(), self._site_weight(m.group()), "watermark",
                           f"site name {m.group()} (named by another notice)") for m in pattern.finditer(text)
                     if not _OUTLET_REPORTER_RE.match(text, m.end())]  # (某某网记者了解到…: the text's own sentence)
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
        units = sentence_spans(text, line.start, line.end)
        found: list[tuple[int, int, list[Token], str]] = []  # start, end, tokens, unit
        whole = 0
        content_units = 0
        for us, ue in units:
            if not text[us:ue].strip():
                continue
            content_units += 1
            ut = [t for t in toks if t.start >= us and t.end <= ue]
            if ut and outside_junk_brackets(text, us, ue, ut) and not unopened_inside(text, us, ue) and (
                unit_is_junk(text, us, ue, ut) or len(units) == 1 and short_ad(text, us, ue, ut)
            ):
                found.append((us, ue, ut, "sentence"))
                whole += 1
                continue
            if not any(t.weight >= STRONG or t.label == "site-like name" for t in ut):
                continue  # (a site's name by its shape may fill a bracketed aside with weak words)
            found.extend(self._inside_sentence(text, us, ue, ut))
        names: set[str] = set()
        if content_units and whole < content_units and content_units > 1 and notice_paragraph(text, line.start, line.end, toks):
            whole = content_units  # a publisher's notice of several sentences: the line goes whole
            found = [(line.start, line.end, toks, "line")]
        if content_units and whole == content_units:
            # every sentence of the line is junk: the line goes, with its line break
            all_toks = [t for f in found for t in f[2]]
            for f in found:
                names.update(self.site_names_in(text, f[0], f[1], f[2]))
            return [self._candidate(text, line.start, line.next, all_toks, "line", line.number)], names
        cands = []
        for s, e, ut, unit in found:
            if unit == "sentence":
                e = unopened_closers(text, s, e)
            s, e = tidy(text, s, e, line.start, line.end, unit)
            if unit != "stretch":
                names.update(self.site_names_in(text, s, e, ut))
            else:  # spliced into a sentence: only a site of model texts is named surely (本资料权属某某写作网)
                names.update(self._writing_sites(text, s, e, ut))
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
            if bt and (unit_is_junk(text, bs, be, bt, bracket=True) or _site_aside(text, bs, be, bt)):
                out = [x for x in out if not (bs <= x[0] and x[1] <= be)]  # an outer aside wins
                taken = [x for x in taken if not (bs <= x[0] and x[1] <= be)]
                out.append((bs, be, bt, "bracket"))
                taken.append((bs, be))
        rest = [t for t in ut if t.weight > COVER and not any(s <= t.start and t.end <= e for s, e in taken)]
        # a junk aside takes part in clusters as one hard token (【代写】述职报告……包过查重)
        rest += [Token(s, e, HARD, "", "junk aside") for s, e in taken]
        for cluster in clusters(text, rest):
            if all(t.label == "junk aside" for t in cluster):
                continue
            score = sum(t.weight for t in cluster)
            hard = any(t.weight >= HARD for t in cluster)
            if not ((hard and score >= 3) or score >= 5):
                continue
            cs, ce = widen(text, cluster, us, ue)
            v = _FIELD_VALUE_RE.match(text, ce, ue)
            if v:  # the last field's value after its label (… 更新时间:2004-11-24, 点击数:908): the stretch takes it
                ce = v.end()
            if _CRACKDOWN_RE.search(text, max(us, cs - 12), cs) and _CJK_WORDS_RE.fullmatch(text, cs, ce):
                continue  # 严厉打击跨境博彩: the trade named as what a unit fights is the report's own words
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

    @staticmethod
    def _writing_sites(text: str, s: int, e: int, toks: Sequence[Token]) -> set[str]:
        """The sites of model texts a notice names (本资料权属某某写作网): each name without the claim's verb."""
        names = set()
        for t in toks:
            if t.label.startswith("writing site") and s <= t.start and t.end <= e:
                name = _CLAIM_VERB_RE.sub("", text[t.start : t.end])
                if len(name) >= 4:
                    names.add(name)
        return names

    def site_names_in(self, text: str, s: int, e: int, toks: Sequence[Token]) -> set[str]:
        """Site names a junk notice names: after lead words, quoted, or right before a URL."""
        names: set[str] = set()
        for t in toks:
            if t.label.startswith("site name") and not t.label.endswith("(learned)"):
                names.add(site_of(t))
        names |= self._writing_sites(text, s, e, toks)
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


def _site_aside(text: str, s: int, e: int, toks: Sequence[Token]) -> bool:
    """A bracketed aside made only of a site's name and notice words ((扫码关注某某公文网),
    (此文由某某范文网会员上传)): every Chinese character but one is explained by a token, one
    token names a site by its shape and another is a notice or spam word."""
    site = any(t.label == "site-like name" or t.label.startswith("site name") for t in toks)
    word = any(t.weight >= WEAK and not t.label.startswith(("site name", "site-like")) for t in toks)
    if not (site and word):
        return False
    total = cjk_count(text, s, e)
    return 4 <= total <= 24 and total - covered_cjk(text, toks, s, e) <= 1


#: the nouns a report names the source of (资金来源, 经费来源, 收入来源)
_ORDINARY_SOURCE_RE = re.compile(r"(?:资金|经费|收入|数据|货|客|生|兵|税|财力|投资|物资|粮食|经济|能量|水|电|原料|病例|案件|线索)$")


def _in_parallel_idiom(text: str, s: int, e: int) -> bool:
    """Is the two-character match half of a parallel four-character phrase (日清日结: the same
    character opens both halves)?"""
    if e - s != 2:
        return False
    return (s >= 2 and text[s - 2] == text[s] and CJK_RE.match(text, s - 1) is not None) or \
        (e + 2 <= len(text) and text[e] == text[s] and CJK_RE.match(text, e + 1) is not None)


#: a contact person named with a colon, then a number's label (联系人：某某，联系电话：): a notice tells whom to call
_NOTICE_CONTACT_RE = re.compile(r"联系人[ \u3000]*[:：][ \u3000]*[\u4e00-\u9fff·]{2,4}(?:老师|同志)?[ \u3000，,；;、]*(?:联系)?(?:(?:电话|手机|方式)[ \u3000]*[:：]?[ \u3000]*)?$")


def on_word_boundaries(text: str, s: int, e: int) -> bool:
    """Does ``text[s:e]`` start and end on word boundaries of its neighbourhood (jieba with the
    domain lexicon)? Only short Chinese matches are checked: longer phrases are words by
    themselves."""
    if e - s > 3 or not CJK_RE.match(text, s):
        return True
    a, b = max(0, s - 6), min(len(text), e + 6)
    from ..segment import get_segmenter

    cuts, pos = {a}, a
    for word in get_segmenter().cut(text[a:b]):
        pos += len(word)
        cuts.add(pos)
    return s in cuts and e in cuts


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
    if name.endswith(p.organisation_suffixes):  # 来源：某某集团有限公司 names the unit, not a site
        return ""
    if p.notice_strong.search(name) or p.spam_hard.search(name):
        return ""
    return name


