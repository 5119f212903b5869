"""What is flagged and kept: censor masks (``加**部``) and template blanks (``新xx小学``, ``20xx年``).

A mask is a run of ``*`` ``＊`` ``×`` ``□`` standing for as many censored characters; it needs
a Chinese neighbour and no Latin letter beside it (``3×4``, ``**bold**`` and a ``□`` bullet
opening a line are not masks). Dots and ``##`` inside words are masks too, and so are the pinyin
initials a censored word is written with between Chinese text (``落实zy部署``; the ``initials``
table of the junk vocabulary gives the word as the first suggestion). Placeholders come from the
``placeholder`` regexes of the junk vocabulary, digits with x's (``2xxxx人``), a lone x for a name,
and capital letters naming two units or more (``A村`` … ``B村``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .patterns import CJK, CJK_RE, junk_patterns
from .spans import Candidate

#: longest run taken for a mask (longer runs are rules and decorations)
MAX_MASK = 12
_CJK_PUNCT = "，。、；：！？“”‘’（）《》【】—…"


#: the last digits of a year and 年 after a mask (…、*2年被评为…): the year's first digits masked
_YEAR_DIGITS_RE = re.compile(r"\d{1,3}年")


def find_masks(text: str) -> list[Candidate]:
    """Censor masks; a mask beside a digit (``20**年``) hides a number: a placeholder, without word
    suggestions. Dots (``中国特色.主义``) and ``##`` inside words are masks too, and so is a sensitive word split
    by a space (``拥护共 产党``)."""
    p = junk_patterns()
    out = []
    out += _dot_and_hash_masks(text)
    out += _split_word_masks(text)
    out += _initials_masks(text)
    if "D" in text or "d" in text:
        out += [c for c in _party_letter_masks(text) if not any(o.start < c.end and c.start < o.end for o in out)]
    out += [c for c in _slot_masks(text) if not any(o.start < c.end and c.start < o.end for o in out)]
    if not any(ch in text for ch in p.mask_chars):
        return out
    for m in p.mask.finditer(text):
        s, e = m.span()
        run = m.group()
        if len(run) > MAX_MASK:
            continue
        prev = text[s - 1] if s > 0 else "\n"
        nxt = text[e] if e < len(text) else "\n"
        if ("×" in run and (prev.isdigit() or nxt.isdigit() or prev.isascii() and prev.isalnum())
                and not (prev.isdigit() and nxt in "年届")):  # 3×4 is a product; 20××年 a year left blank
            continue
        if ((prev.isdigit() or nxt.isdigit()) and (CJK_RE.match(prev) or CJK_RE.match(nxt))
                or _YEAR_DIGITS_RE.match(text, e) and not prev.isascii()  # 、*2年被评为: a year's first digits masked
                or prev.isdigit() and _YEAR_DIGITS_RE.match(text, e)  # 1**2年出生: a year's middle digits masked
                or set(run) <= {"×"} and nxt in "年月日号" and prev in "年月\n \u3000，,（(—-：:于在至到"):  # 20××年××月××日
            out.append(Candidate("placeholder", s, e, "flagged", f"number masked by {run!r} (digits unknown)", priority=2,
                                 data={"number": True}))
            continue
        unit = p.unit_noun.match(text, e) if p.unit_noun is not None else None
        if unit is None and p.unit_noun is not None and prev in " \u3000" and nxt in " \u3000":
            # a blank set off by spaces before its unit's noun (中共 * 市 * 镇第五届委员会): a template's name left out
            k = e
            while k < len(text) and text[k] in " \u3000":
                k += 1
            unit = p.unit_noun.match(text, k)
            if unit is not None:
                out.append(Candidate("placeholder", s, e, "flagged", f"template blank {run!r} (a name left out before {text[k]})",
                                     priority=2, data={"name": True}))
                continue
        if unit is None and set(run) <= {"×"} and len(run) >= 2 and p.unit_noun is not None:
            # ××钢铁集团, ××化工有限公司: a blank for a name whose trade words stay before the unit noun
            unit = next((u for k in range(e + 1, min(e + 7, len(text))) if CJK_RE.match(text[k - 1])
                         for u in [p.unit_noun.match(text, k)] if u is not None and len(u.group()) >= 2), None)
        if unit and (not CJK_RE.match(prev) or len(unit.group()) >= 2 or set(run) <= {"×"}
                     or unit.group() in "村乡镇县市区省" and text[unit.end() : unit.end() + 1] in _AFTER_PLACE):
            out.append(Candidate("placeholder", s, e, "flagged", f"template blank {run!r} (a name left out before {text[e]})",
                                 priority=2, data={"name": True}))
            continue
        if not (CJK_RE.match(prev) or CJK_RE.match(nxt)):
            if (prev in "“\"「" and nxt in "”\"」" and len(run) >= 4 and set(run) <= {"*", "＊"}
                    or set(run) <= {"*", "＊"} and (prev in "+＋" and nxt in "+＋”\"" or nxt in "+＋" and prev in "“\"+＋")):
                # a slogan or a model's formula left blank in its quotes (践行“****”理念, 构建“*+*+N”体系)
                out.append(Candidate("placeholder", s, e, "flagged", f"template blank {run!r} in a quoted slogan or formula",
                                     priority=2, data={"name": True}))
                continue
            if len(run) <= 3 and prev in _QUOTE_PUNCT and nxt in _QUOTE_PUNCT and prev not in "\r\n":
                out.append(Candidate("mask", s, e, "flagged", f"{len(run)} masked character{'s' if len(run) > 1 else ''} between punctuation",
                                     priority=2, data={"length": len(run)}))
            elif _spaced_stars(text, s, e):
                out.append(Candidate("mask", s, e, "flagged", f"a word masked by {run!r} set off by spaces", priority=2,
                                     data={"length": len(run)}))
            continue
        if prev.isascii() and prev.isalpha() or nxt.isascii() and nxt.isalpha():
            continue
        if len(run) == 1 and run in "□" and prev in "\n\r":
            continue  # a bullet or check box opening a line
        n = len(run)
        out.append(Candidate(
            "mask", s, e, "flagged",
            f"{n} censored character{'s' if n > 1 else ''} masked by {run[0]!r}",
            priority=2, data={"length": n},
        ))
    return out


def _spaced_stars(text: str, s: int, e: int) -> bool:
    """Whether the stars at ``text[s:e]`` (two to six) stand for a word a site censored, set off by one space on each side
    inside a line of text (村里 *** 没把我当外人, 按照 *** 规定, 这是 *** 总书记…): the next character on each side beyond the
    space is Chinese or punctuation (no digit, letter or star: a phone's masked digits, a rule of stars) and the line holds
    Chinese words of its own."""
    if not (2 <= e - s <= 6 and set(text[s:e]) <= {"*", "＊"} and 2 <= s and e + 2 <= len(text)):
        return False
    if text[s - 1] not in " \u3000" or text[e] not in " \u3000":
        return False
    before, after = text[s - 2], text[e + 1]
    if any(ch.isascii() and ch.isalnum() or ch in "*＊ \u3000\n\r" for ch in (before, after)):
        return False
    if not (CJK_RE.match(before) or CJK_RE.match(after) or _marked_item(text, s, e)):
        return False
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    return len(CJK_RE.findall(text, line_start, len(text) if line_end < 0 else line_end)) >= 4


def _marked_item(text: str, s: int, e: int) -> bool:
    """Whether spaced stars at ``text[s:e]`` open a list's item or a table's cell, a mark before them and words after
    (2. *** :产业扶贫…, | *** 古枣树 |), or close a clause before its mark (李 *** ,没想到…)."""
    before, after = text[s - 2], text[e + 1]
    return (before in "|｜.．:：“\"" and CJK_RE.match(text[e + 2 : e + 3] or " ") is not None
            or after in ":：,，" and CJK_RE.match(text[s - 3 : s - 2] or " ") is not None)


#: a dash, a star or a blank where the policy vocabulary's stock phrases name a leader or a theory (团结在以-为首的党中央
#:周围, 以**同志为核心的党中央, 认真领会“-”重要思想, 学习__新时代中国特色社会主义思想): a word the page withheld
_SLOT_BLANK_RE = re.compile(r"(?<=以)[-－—_＿*＊×]{1,4}(?=(?:同志)?为(?:首|核心|总书记)的)"
                            r"|(?<=“)[-－—_＿*＊×]{1,4}(?=”重要思想)"
                            r"|(?<=[以持习彻])[-－—_＿*＊×]{1,4}(?=新时代中国特色社会主义思想)"
                            # (a long run of stars for the whole name of the theory: 坚持以**************思想为指导; a
                            # founder's name cut from his theory: 邓--理论, 毛**思想; a dot or a dash for the leader before his
                            # speeches: 学习贯彻.系列重要讲话精神)
                            r"|(?<=以)[*＊]{5,24}(?=思想为指导)|(?<=[毛邓])[-－—_＿*＊×]{1,4}(?=思想|理论)"
                            r"|(?<=[及和、习彻])[-－—_＿*＊×.．]{1,4}(?=(?:总书记)?系列重要讲话)"
                            # (or the leader's title standing where his name was cut: 坚持以总书记新时代中国特色社会主义思想为指导,
                            # 学习总书记总书记重要讲话: the title doubled where the name stood between)
                            r"|(?<=[以持习彻及、《])总书记(?=新时代中国特色社会主义思想)|总书记(?=总书记)")


def _slot_masks(text: str) -> list[Candidate]:
    if "为" not in text and "思想" not in text and "总书记总书记" not in text and "理论" not in text and "讲话" not in text:
        return []
    return [Candidate("mask", m.start(), m.end(), "flagged", f"a stock phrase's word withheld by {m.group()!r}", priority=2,
                      data={"length": len(m.group())}) for m in _SLOT_BLANK_RE.finditer(text)]


#: what follows a place name left blank (**区教育局, ××县人民医院)
_AFTER_PLACE = set("党委政府教人卫财公交民纪组宣法")
_QUOTE_PUNCT = "“”‘’「」『』，、,：:；;（）()《》"
_DOT_RE = re.compile(f"(?<=[{CJK}])[.．](?=[{CJK}])")
_HASH_RE = re.compile(f"(?<=[{CJK}])#{{2,6}}|#{{2,6}}(?=[{CJK}])")
#: ampersands for censored characters between Chinese ones (感谢他们的&&人): never a sign of the text
_AMP_RE = re.compile(f"(?<=[{CJK}])&{{2,6}}(?=[{CJK}])")
#: a digit run with x's for its unknown digits before a counter (2xxxx人, 20xxxx人次)
_NUMBER_X_RE = re.compile(r"(?<![A-Za-z0-9])\d{1,4}[xX]{1,6}(?![A-Za-z0-9])" + f"(?=[{CJK}%])"
                          # (or its first digits left as x, the last kept before an amount's word: 派遣员工xx0余人)
                          r"|(?<![A-Za-z0-9])[xX]{1,4}\d{1,3}(?=[余多万千百人名个户家项%])")
#: a number's last digits left as a blank line before its counter (20_年, 3__人), or a year's as a dash (20-年,
#: 20--年: a span of years has its last year's digits after the dash, 2018-2020年)
_NUMBER_BLANK_RE = re.compile(r"(?<![A-Za-z0-9_])\d{1,3}(?:_{1,4}|[-－—]{1,3}(?=年))(?=[年月日人名个万余%])")
#: a blank line between Chinese words (庆祝建党_周年, 马列主义、_思想), or opening a sentence or an item (。_至_月份,
#: （三）_实施了…): a template's word left to fill
_CJK_BLANK_RE = re.compile(f"(?<=[{CJK}、，,：:。！？；;）)])[_＿]{{1,8}}(?=[{CJK}])")
#: a single 某 standing for a number before its unit or share (约某%, 某余次, 某平方米, 某万元)
_SOME_NUMBER_RE = re.compile(r"(?<!某)某(?=[%％]|余[次件人名户个项家场]|(?:平方米|万元|亿元|个百分点))|(?<=[约近共达计超])某(?=[万千百亿]|人次)")
#: a blank left in brackets for the writer to fill (下设[X]个党支部, 占比[XX]%, 〔…〕县〔…〕林场)
_BRACKET_BLANK_RE = re.compile(r"[\[【［〔][ \u3000]*(?:[XxＸｘ×]{1,4}|…{1,2}|\.{3,6}|[_＿]{1,6})[ \u3000]*[\]】］〕]")
#: one x standing for a name before or after Chinese text (x村, 任x村, 中国黄金X党支部), not X光 or X线
_SINGLE_X_RE = re.compile(f"(?<![A-Za-z0-9])[xX](?![A-Za-z0-9])(?=[{CJK}])(?![光线射轴])|(?<=[{CJK}])[xX](?![A-Za-z0-9])(?![光线射轴])")


#: what follows letters that name a standard, a grade or a format (GB标准, DJ舞曲 …), not a censored word
_NOT_CENSORED_AFTER = "标准码类级型版超股档证卡站号群舞曲"
_CENSOR_NEIGHBOUR = re.compile(f"[{CJK}，。、；：！？“”（）《》,.;:!?()]")


#: 党 written as its initial D inside Chinese words (D支部, D员, D建, 姓D, 爱D、跟D): a censored word with one reading;
#: a grade, a building or a type (D级, D座, D区, D型) is no mask
_PARTY_D_RE = re.compile(
    r"(?<![A-Za-z0-9])[Dd](?![A-Za-z0-9])(?=支部|总支|委|员|建|性|务|组织|风|纪|课|章|旗|徽|史|中央|代表|政|校|费|龄|日活动|内|外|群|的(?:领导|利益|意志|宗旨|事业|建设|方针|路线|政策|号召|创新理论|二十大|十九大)|小组)"
    r"|(?<=[爱跟信姓入听务])[Dd](?![A-Za-z0-9])"
    r"|(?<=[为兴强管治对向从全])[Dd](?![A-Za-z0-9])(?=[、，,。；;！!的走]|$)", re.M)


def _party_letter_masks(text: str) -> list[Candidate]:
    """党 written as D inside Chinese text (两届机关D支部书记, 姓D、务D, 信D、爱D、跟D走): a censor mask whose word is
    known. The letter stands beside a Chinese character on one side at least."""
    out = []
    for m in _PARTY_D_RE.finditer(text):
        s, e = m.span()
        prev, nxt = text[s - 1 : s], text[e : e + 1]
        if not (CJK_RE.match(prev) or CJK_RE.match(nxt)):
            continue
        out.append(Candidate("mask", s, e, "flagged", f"censored word '党' written as {m.group()!r}", priority=2,
                             data={"length": 1, "initials": "党"}))
    return out


def _initials_masks(text: str) -> list[Candidate]:
    """Censored words written with their pinyin's initials (落实zy部署, 管理dy, 增强ZZ判断力): a
    Chinese character on one side, Chinese text or its punctuation on the other."""
    p = junk_patterns()
    table, rx = p.mask_initials, p.mask_initials_re
    if rx is None:
        return []
    out = []
    for m in rx.finditer(text):
        s, e = m.span()
        prev, nxt = text[s - 1 : s], text[e : e + 1]
        if not (CJK_RE.match(prev) or CJK_RE.match(nxt)) or not (_CENSOR_NEIGHBOUR.match(prev) and _CENSOR_NEIGHBOUR.match(nxt)):
            continue
        if nxt and nxt in _NOT_CENSORED_AFTER and text[e : e + 2] != "站位":  # (ZZ站位: 政治站位, a party text's stock phrase)
            continue
        word = table[m.group().lower()]
        out.append(Candidate("mask", s, e, "flagged", f"censored word {word!r} written with its initials {m.group()!r}", priority=2,
                             data={"length": len(word), "initials": word}))
    return out


#: the words a page splits with a space to slip past a filter (拥护共 产党): a censor's mask all the same
_SPLIT_WORDS = ("共产党", "共产主义", "习近平", "毛泽东", "党中央")
_SPLIT_WORD_RE = re.compile("|".join(f"{w[:k]}[ \u3000]{w[k:]}" for w in _SPLIT_WORDS for k in range(1, len(w))))


def _split_word_masks(text: str) -> list[Candidate]:
    """A sensitive word split by one space inside a run of words (拥护共 产党、): not a line spaced out letter by
    letter (中 国 共 产 党), whose characters stand apart throughout."""
    out = []
    for m in _SPLIT_WORD_RE.finditer(text):
        s, e = m.span()
        if not (s > 0 and CJK_RE.match(text[s - 1])) or e + 1 < len(text) and text[e] in " \u3000" and CJK_RE.match(text[e + 1]):
            continue
        word = re.sub(r"[ \u3000]", "", m.group())
        out.append(Candidate("mask", s, e, "flagged", f"censored word {word!r} split by a space",
                             priority=2, data={"length": len(word), "initials": word}))  # (the word itself comes first)
    return out


def _dot_and_hash_masks(text: str) -> list[Candidate]:
    out = []
    # (only where the page ends its sentences with 。: some pages write . for it)
    if text.count("。") >= 2 and ("." in text or "．" in text):
        for m in _DOT_RE.finditer(text):
            out.append(Candidate("mask", m.start(), m.end(), "flagged", "censored word written with a dot", priority=2,
                                 data={"length": 1, "dot": True}))
    if "#" in text:
        for m in _HASH_RE.finditer(text):
            out.append(Candidate("mask", m.start(), m.end(), "flagged", f"{len(m.group())} characters masked by '#'", priority=2,
                                 data={"length": len(m.group())}))
    if "&&" in text:
        for m in _AMP_RE.finditer(text):
            out.append(Candidate("mask", m.start(), m.end(), "flagged", f"{len(m.group())} characters masked by '&'", priority=2,
                                 data={"length": len(m.group())}))
    return out


def find_placeholders(text: str) -> list[Candidate]:
    p = junk_patterns()
    out = []
    last = -1
    for m in p.placeholder.finditer(text):
        if m.start() < last or m.end() == m.start():
            continue
        last = m.end()
        out.append(Candidate("placeholder", m.start(), m.end(), "flagged",
                             f"template blank {m.group()!r} left unfilled", priority=2))
    if "[" in text or "【" in text or "［" in text or "〔" in text:
        for m in _BRACKET_BLANK_RE.finditer(text):
            if not any(c.start < m.end() and m.start() < c.end for c in out):
                out.append(Candidate("placeholder", m.start(), m.end(), "flagged", f"template blank {m.group()!r}: a blank left in brackets",
                                     priority=2))
    if "x" in text or "X" in text or "_" in text or "＿" in text or "某" in text or "-年" in text or "－年" in text or "—年" in text:
        for rx, what in ((_NUMBER_X_RE, "number with unknown digits"), (_NUMBER_BLANK_RE, "number with unknown digits"),
                         (_SINGLE_X_RE, "name left as x"), (_CJK_BLANK_RE, "a word left as a blank line"),
                         (_SOME_NUMBER_RE, "a number left as 某")):
            for m in rx.finditer(text):
                if any(c.start < m.end() and m.start() < c.end for c in out):
                    continue
                out.append(Candidate("placeholder", m.start(), m.end(), "flagged", f"template blank {m.group()!r}: {what}",
                                     priority=2, data={"number": rx in (_NUMBER_X_RE, _NUMBER_BLANK_RE, _SOME_NUMBER_RE)}))
    if "某" in text:  # 某部, 某旅, 某村党支部: a unit's name withheld by a single 某 (某某 is a blank of its own)
        for m in _SOME_UNIT_RE.finditer(text):
            if not any(c.start < m.end() and m.start() < c.end for c in out):
                out.append(Candidate("placeholder", m.start(), m.end(), "flagged",
                                     f"template blank {m.group()!r}: a unit's name withheld", priority=2))
    if "某" in text:  # 姜某, 李某喜: a person's name withheld (a case's suspect, a victim), the surname kept
        for m in _withheld_name_re().finditer(text):
            if not any(c.start < m.end() and m.start() < c.end for c in out):
                out.append(Candidate("placeholder", m.start(), m.end(), "flagged",
                                     f"template blank {m.group()!r}: a person's name withheld", priority=2))
    for m in _INITIALS_PLACE_RE.finditer(text):  # BS市森林消防支队: a city's initials in place of its name
        if not any(c.start < m.end(1) and m.start(1) < c.end for c in out):
            out.append(Candidate("placeholder", m.start(1), m.end(1), "flagged",
                                 f"template blank {m.group(1)!r}: a place named by its initials", priority=2))
    letters = list(_LETTER_UNIT_RE.finditer(text))
    if len({m.group(1) for m in letters}) >= 2:  # A村 … B村 …: units named by letters, never one A级 or B超 alone
        for m in letters:
            if not any(c.start < m.end(1) and m.start(1) < c.end for c in out):
                out.append(Candidate("placeholder", m.start(1), m.end(1), "flagged",
                                     f"template blank {m.group(1)!r}: a unit named by a letter", priority=2))
    return out


#: a single 某 standing for a unit's or a place's name before its noun (武警某部, 某旅“红一连”, 被某师命名为, 某村党支部, 某州某地,
#: 某外卖平台), or for a comrade's (推荐某同志为…);
#: 某些, 某种, 某个, 某一, 某天 and 某部分, 某区域 are words of the language
_SOME_UNIT_RE = re.compile(r"(?<!某)某(?!部分|区域|团体|连续|师生|军事|所在|所有|所谓|站在|市场)"
                           r"(?=部队|部|旅|团|师|营|连|军|舰|支队|大队|中队|分队|机械化|装甲|集团军|舰艇|哨所|中心|单位|公司|企业|同志"
                           r"|村|乡|镇|县|市|区|省|州|街道|社区|小学|中学|学校|大学|学院|幼儿园|医院|卫生院|机关|局|厂|矿|站|所|井"
                           # a place or a lodging withheld (到某地看望, 援疆某州某地, 某酒店集中隔离, 以某小区为试点), not 某地方, 某地步, nor
                           # the saying's 某人来到某地 closing a sentence
                           r"|地(?!方|步|道)(?=[\u4e00-\u9fff，,])|酒店|宾馆|饭店|小区|物业|楼盘|商场"
                           # or a kind's word between (某合成旅, 某电器有限公司, 某油田采油厂, 某工程项目部, 某国有建筑施工企业; no particle
                           # or preposition between: 村民郑某在村里办的产品加工厂 names a person), not 某些, 某种, 某个, 某一 …
                           r"|(?![些种个一天年月日次位人时地处方项件段样类])(?:(?![在的了和与是把被从向对])[\u4e00-\u9fff]){0,6}?(?:合成旅|旅|团|师|有限公司|集团|分公司|公司|厂|井场|井|项目部|工程处|平台|企业|法院|医院|研究院|研究室|研究所|场站|产品|材料))"
                           # a village or a secretary with their kind between (某贫困村, 某驻村书记), the 某 opening its clause or
                           # after a place withheld (某省某移民村); after a surname it is a name withheld (王某正在村北…)
                           r"|(?:(?<![\u4e00-\u9fff])|(?<=[省市县区镇乡]))某(?![些种个一天年月日次位人时地处方项件段样类某])"
                           r"(?=[\u4e00-\u9fff]{1,4}?(?:村|书记))")


@lru_cache(maxsize=1)
def _withheld_name_re() -> re.Pattern:
    """A one-character surname, 某, and maybe one character of the given name before a pause or a verb (姜某。,
    李某喜家, 王某快递丢失); 某些, 某种, 某年, 某部, 某村 … and a unit withheld (某党支部, 某高校) are not names."""
    from .furniture import surnames

    single = "".join(sorted(x for x in surnames() if len(x) == 1))
    return re.compile(rf"(?<!某)[{single}]某(?![某些种个一天年月日次位人时地处方项件段样类部旅团师营连军村乡镇县市区省党支高学医公企单机号])"
                      r"(?:[\u4e00-\u9fff](?=[，。、；：,.;:“”\s]|同志|等|家|因|被|在|说|称|的|是|与|和|将|失|丢|抓))?")


#: two capitals standing for a city's or a county's name (BS市, GZ县): the initials of its pinyin, never a word before
#: 市场, 市民 or 县长 (AI市场, VR市场 are markets)
_INITIALS_PLACE_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2})(?=[市县](?![场民长委政级容貌])[\u4e00-\u9fff])")
#: a capital letter standing for a unit's name before its noun (A村, B社区, C公司), apart from other
#: Latin letters and digits; flagged where the page names two units or more so
_LETTER_UNIT_RE = re.compile(r"(?<![A-Za-z0-9])([A-H])(?=(?:村|镇|乡|社区|街道|公司|企业|小学|中学|学校|医院|支部|党支部|单位|县|区)(?![A-Za-z0-9]))")

