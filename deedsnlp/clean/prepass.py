"""Character-level junk removed before anything reads the words: pinyin glosses (``業(yè)``),
single emoji with their modifiers, markup remnants that lost their ``&`` or ``<`` (``ldquo;``,
``?/p>``), Markdown images and the short caption on the line under one, camera file names
(``IMG_2041``) and anti-scrape random strings between Chinese words.

Each is a :class:`~deedsnlp.clean.spans.Candidate` over the raw text; the cleaner removes them
and reads the rest of the page without them (:func:`without`), so a gloss inside 來(lái)源 no
longer hides the word from the notice rules.

>>> text = "行業(yè)發展🎉,很好"
>>> [text[c.start : c.end] for c in find_prepass(text)]
['(yè)', '🎉']
"""

from __future__ import annotations

import re
import unicodedata

from .patterns import HEADING_RE
from .spans import Candidate

#: a pinyin gloss: parentheses around one syllable right after a Chinese character (or after
#: another gloss, or a garbled character), maybe a space before its closing bracket (獲(huò )); toneless
#: syllables need three glosses on the page. Some pages write it in square brackets, the closing one turned
#: (使[shǐ[命), and its g as the script ɡ
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
GLOSS_RE = re.compile(rf"(?<=[^\sA-Za-z0-9(（)）\[\]]|[)）\]\[])(?:[(（]([a-zɡü{_TONED}]{{1,7}})[ \u3000]?[)）]|\[([a-zɡü{_TONED}]{{1,7}})[\[\]])")
_TONE_RE = re.compile(f"[{_TONED}]")
#: glosses whose opening brackets a garbled page turned into ?, two or more in a row (人民日?qǐng)?bào)); one alone
#: may be a garbled page's own letters (…運輸?shù)哪洗箝T, the mojibake of 的南大门)
_BROKEN_GLOSS_RE = re.compile(rf"(?:[?？][a-zü{_TONED}]{{1,7}}[)）]){{2,}}")
_BROKEN_ONE_RE = re.compile(rf"[?？]([a-zü{_TONED}]{{1,7}})[)）]")
#: a word's gloss: two to four toned syllables in parentheses after the word (记者(jìzhě), 见面会(jiànmiànhuì))
_WORD_GLOSS_RE = re.compile(rf"(?<=[\u4e00-\u9fff])[(（]([a-zü{_TONED}]{{4,24}})[)）]")
_PLAIN = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿɡ", "aaaaeeeeiiiioooouuuuüüüünnnmg")
_SYLLABLE_RE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|üan|van|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|üe|ue|ve|ün|vn|a|o|e|i|u|ü|v|ng|n|m)"
)
#: brackets around an injected emoji alone
_EMOJI_BRACKETS = frozenset({"()", "（）", "[]", "【】", "（)", "(）"})
#: pictographs and symbols with their variation selectors, skin tones, joiners and gender signs, and keycaps
EMOJI_RE = re.compile(
    "(?:[0-9#*]\uFE0F?\u20E3"  # a keycap (6️⃣)
    "|[\u00A9\u00AE\u203C\u2049\u2122\u2139\u3030\u303D\u3297\u3299]\uFE0F"  # a sign drawn as an emoji by its selector (®️ ©️ ™️ ‼️)
    "|[\u2190-\u21FF\u2934\u2935\u25A0-\u25FF\u2B00-\u2BFF]\uFE0F"  # an arrow or a shape drawn so (⤵️ ↗️ ▶️ ◀️)
    # (and the hieroglyphs spam pages inject as pictographs, 𓀘)
    "|[\U0001F000-\U0001FAFF\u2600-\u26FF\u2700-\u27BF\u2B50\u2B55\u2B05-\u2B07\u231A\u231B\u23E9-\u23FA\u2194-\u21AA\U00013000-\U0001342F]"
    # with its presentation selector, text (U+FE0E) or emoji (U+FE0F): ✡︎
    "[\uFE0E\uFE0F\u200D\U0001F3FB-\U0001F3FF\u2640\u2642\u2695\u27A1\u2B05-\u2B07]*"
    # joined on by a zero-width joiner: pictographs and the symbols of the 2600–27BF blocks (🧑🏻‍✈️)
    "(?:\u200D?[\U0001F000-\U0001FAFF\u2600-\u27BF\u2640\u2642\u2695\u27A1][\uFE0F\U0001F3FB-\U0001F3FF]*"
    "|\u200D?(?<=[\u200D\uFE0F\U0001F000-\U0001FAFF])[\u2B1B\u2B1C]\uFE0F?)*)+"  # (a colour square joined on: 🐦‍⬛, 🐈‍⬛,
    # or glued on where a copy lost the joiner: 🐦⬛)
)
#: letters of far scripts that spam pages glue to their emoji as ornaments (ღ, ʚ ɞ): no Chinese report writes them
_DECOR_LETTER_RE = re.compile("[\u10A0-\u10FF\u1C90-\u1CBF\u029A\u025E]")
#: characters that look like emoji but are report punctuation (☆ ★ ✓ ○ ● ◆ ■ □ △ ▲ → ↑)
_NOT_EMOJI = set("☆★✓✔○●◆◇■□△▲▼→←↑↓☑☐")
#: entity names without their ampersand, tag remnants without their opening bracket
_REMNANT_RE = re.compile(
    r"(?<![A-Za-z&])(?:ldquo|rdquo|lsquo|rsquo|nbsp|mdash|ndash|hellip|middot|quot|amp|lt|gt|emsp|ensp|bull);"
    # (a mis-decoded full stop before it goes too: 党支部?!?/p>)
    r"|(?<![<?!])(?:\?! ?)?\??/(?i:p|span|div|strong|b|em|font|td|tr|li|a)>"  # (upper case too: 。?!?/P>)
    # (a line break's tag, its bracket mis-decoded into 、 or ? or lost: 打造积极向上的企业文化、br /> 两场专题座谈)
    r"|(?<![<?!A-Za-z])(?:\?! ?)?\??br ?/?>(?: (?=\S))?"
    # (an opening tag with its attributes, its bracket mis-decoded or lost: ……?!?font face="仿宋_GB2312">大家…)
    r"|(?<![<A-Za-z])(?:\?! ?)?\??(?i:font|span|p|div|strong|td|a|img)[ ]+(?i:face|style|class|color|size|align|href|src|id|lang)"
    r"[ ]*=[ ]*\"[^\"\n<>]{0,120}\"(?:[ ]+[A-Za-z-]{1,12}[ ]*=[ ]*\"[^\"\n<>]{0,120}\"){0,4}[ ]*/?>"
    r"|!\[[^\]\n]{0,40}\]\([^)\s]{4,200}\)?"  # Markdown image (the link may be cut off)
    r"|(?<!<)\?xml:namespace[^\n<>]{0,120}>"  # Word's namespace tag without its bracket (?xml:namespace>)
)
#: an empty Markdown image alone on its line (![]()): the line goes with its break and the blank lines under it
_EMPTY_IMAGE_RE = re.compile(r"(?m)^[ \t\u3000]*!\[[^\]\n]{0,40}\]\(\)[ \t\u3000]*(?:\n(?:[ \t\u3000]*\n)*|$)"
                             r"|(?<=\S)[ \u3000]?!\[[^\]\n]{0,40}\]\(\)"  # (or run into a flattened line's words,
                             r"|^[ \t\u3000]*!\[[^\]\n]{0,40}\]\(\)[ \u3000]*(?=\S)")  # or opening the line's text)
#: the line under a Markdown image alone on its line (a table's bar maybe after it): its caption when it is short and
#: tells no sentence, one clause without a comma (某某村党群服务中心内 |, 宣讲现场, 党员志愿者清理河道。); a clause listing
#: things (对草坪中的烟头、纸屑等垃圾进行清理。) is the text's narration between its pictures
#: (or an HTML image tag alone on its line: <image>…</image>, <img src=…>)
_IMAGE_CAPTION_RE = re.compile(r"(?m)^[ \t\u3000]*(?:!\[[^\]\n]{0,40}\]\([^)\s]{0,200}\)|<image>[^\n]{0,400}?</image>|<img\b[^\n>]{0,400}>)[ \t\u3000]*[|｜]?[ \t\u3000]*\n"
                               r"(?P<caption>[ \t\u3000]*[^\s!|｜][^\n。！？!?；;，,、]{1,29}。?[ \t\u3000]*[|｜]?[ \t\u3000]*$"
                               # (a caption naming two posts or two acts apart by one 、 between two pictures, or under the page's
                               # last one: 院党委书记、院长某某同志主持学习会。 / 党员同志认真听讲、仔细记录。; a list of things, 烟头、纸屑、
                               # 碎砖块等, is the text's narration)
                               r"|[ \t\u3000]*(?![^\n]*等)[^\s!|｜、][^\n。！？!?；;，,、]{0,24}、[^\n。！？!?；;，,、]{1,24}。?[ \t\u3000]*$"
                               r"(?=\n[ \t\u3000]*(?:!\[|<image>|<img\b)|\s*\Z))")
#: the one-character names of provinces that open a vehicle's plate (京A12345, 闽G2T820)
_PLATE_PROVINCES = set("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳")
_PLATE_RE = re.compile(r"[\u4e00-\u9fff][A-Z][·•.]?[A-Z0-9]{5,6}(?![A-Za-z0-9])")
#: years left blank in a template, one or a span of them (20xx, 20XX~20XX, 19xx-20xx)
_YEAR_BLANKS_RE = re.compile(r"(?:19|20)[xX]{2}(?:[~～\-－—至到](?:19|20)[xX]{2})?")
#: a grade's year closing a random string before 级/届 (…no12020级本科生): the sentence's, not the string's
_GRADE_YEAR_RE = re.compile(r"(?:19|20)\d\d$")
#: camera and upload file names, alone or several in a row
_FILE_RE = re.compile(r"(?<![A-Za-z0-9])(?:(?:IMG|DSC|DSCN|DJI|P|MVIMG|微信图片)_?\d{3,14}(?:\.(?:jpe?g|png|gif|JPE?G|PNG))?){1,4}(?![A-Za-z0-9])")
#: a forum's anti-scrape code: runs of one- or two-character ASCII tokens with symbols (s$ Y- u/ ]*)
_SCRAMBLE_RE = re.compile(r"(?:(?<=[\s\u3400-\u9fff，。、；：])|^)(?:[!-~]{1,2}[ \t]){3,}[!-~]{1,2}(?=[ \t]|$|[\u3400-\u9fff（(])", re.M)
#: a random Latin/digit string an anti-scrape filter spliced between two Chinese characters, maybe
#: inside odd symbols (vT_8j, KJHgf, 〖Sd2k9〗, ◆8HpN◆, |xR9|, ∮Q2a)
_RANDOM_RE = re.compile(r"(?<=[\u3400-\u9fff，。、；：])(?P<open>[|｜丨{【〖\[◆●■★∮﹫￥#@~^*§※(（]{0,2})"
                        r"(?P<token>[A-Za-z0-9_&@$Ａ-Ｚａ-ｚ０-９]{2,16}|[A-Za-z0-9Ａ-Ｚａ-ｚ０-９][A-Za-z0-9#%~@&Ａ-Ｚａ-ｚ０-９]{1,10}[A-Za-z0-9Ａ-Ｚａ-ｚ０-９])"
                        r"(?P<close>[|｜丨}】〗\]◆●■★#@~^*%)）]{0,2})(?=[\u3400-\u9fff，。、；：])"
                        # or closing a paragraph after its last sentence
                        r"|(?<=[。！？!?])(?P<open2>[ \u3000]?)(?P<token2>[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]{4,16})(?=[ \t\u3000]*$)", re.M)
#: an anti-scrape code closing a paragraph after its last sentence, its letters and digits mixed with signs
#: (…作出了贡献。 k;=7Hq2:9Wd4-3z): no report ends a paragraph so (a link or a domain holds / or .; none is read here)
_CODE_END_RE = re.compile(r"(?<=[。！？!?”」])[ \u3000]?(?P<token>[A-Za-z0-9][!-~]{6,22}[A-Za-z0-9!])(?=[ \t\u3000]*$)", re.M)
_CODE_SIGNS = set(",=:;!?#%&*+^~|")


def _code_like(token: str) -> bool:
    """Letters, a digit and two signs of a random code at least, and nothing of a link, a domain or a date."""
    if "/" in token or "." in token or "@" in token:
        return False
    return (sum(ch in _CODE_SIGNS for ch in token) >= 2 and sum(ch.isalpha() for ch in token) >= 2
            and any(ch.isdigit() for ch in token))


#: letters of other scripts, odd signs and enclosed numbers mixed with Latin letters or digits between Chinese words
#: (ぁ3ぃ, ОNe1, Ⅺb7, ℡Z4, ヾq2k, ※kD): an anti-scrape filter's; a Chinese report never writes them inside a word
_FOREIGN_RUN_RE = re.compile(r"(?<=[\u4e00-\u9fff，。、；：])[A-Za-z0-9\u3041-\u30ff\u0400-\u04ff¤¦§※℡〓\u2160-\u217f\u2474-\u249b#%^~@&]{2,12}"
                             r"(?=[\u4e00-\u9fff，。、；：])")
#: one or two letters of a far script spliced between Chinese words (共建𝕴协议, 累ඣ计: a mathematical letter, Sinhala, Thai,
#: Arabic, Hebrew, Georgian …): an anti-scrape filter's; a word of those scripts is a run of letters, never one between Han
_FAR_SCRIPT = ("\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0700-\u074f\u0900-\u0dff\u0e00-\u0eff\u10a0-\u10ff"
               "\u1200-\u137f\u13a0-\u13ff\u16a0-\u16ff\U0001D400-\U0001D7FF")
_FAR_SCRIPT_RE = re.compile(f"(?<=[\u4e00-\u9fff，。、])[{_FAR_SCRIPT}]{{1,2}}(?=[\u4e00-\u9fff，。、])")
_FAR_SCRIPT_SCREEN = re.compile(f"[{_FAR_SCRIPT}]")
_FOREIGN_CHAR_RE = re.compile(r"[\u3041-\u30ff\u0400-\u04ff¤¦§※℡〓\u2160-\u217f\u2474-\u249b]")
#: a capitalised word and its number: a standard's or a model's name in mixed case (Iso9000, Mate40, Win10)
_NAMED_NUMBER = r"[A-Z][a-z]{1,4}\d{1,5}"
#: Latin and digits a report writes between Chinese words: words (App, WeChat, PPT, iPad), counts,
#: units and codes (5G, 4K, 3D, G20, C919, ISO9001, H1N1, 10kg, mp4, 2km, Q1SCI)
_WORDLIKE_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+s?|[a-z][A-Z]{1,4}|[a-z]?[A-Z][a-z]+(?:[A-Z][a-z]+)*|\d+|\d+[A-Z]{1,3}|[A-Z]{1,5}-?\d{1,5}[A-Z]?"
                          r"|\d+(?:\.\d+)?[A-Za-z]{1,3}|[a-z]{1,3}\d{1,3}|(?:[A-Z]\d){1,3}[A-Z]?|[A-Z][a-z]?\d{0,3}|[A-Z][a-z][A-Z]{1,2}"  # (RhD, IgG, PhD)
                          r"|[A-Z]\d[A-Z]{2,4}"  # a quartile before an index's letters (Q1SCI)
                          "|" + _NAMED_NUMBER)
#: a named number alone (a betting site's Bet365 is the brand rules')
_NAMED_NUMBER_RE = re.compile("(?!Bet)" + _NAMED_NUMBER)
#: a censor's or a template's digits masked with x (2xxxx, 20xx): the mask rules'
_X_MASK_RE = re.compile(r"[\d_]*[xX]+[\d_xX]*|_+")
#: zhuyin letters strewn between words (ㄨㄌ): no simplified report writes them
_ZHUYIN_RE = re.compile(r"(?<=[\u4e00-\u9fff，。、；：])[\u3105-\u312f]{1,8}(?=[\u4e00-\u9fff，。、；：])")

#: a line's indent garbled into question marks (? ? ? ? / ????) before its first words
_GARBLED_INDENT_RE = re.compile(r"(?m)^[ \t\u3000]*(?:[?？][ \t\u3000]?){3,}(?=[\u4e00-\u9fff“])")
#: symbols an anti-scrape filter strews between words, two or more of them mixed (★◆■★■■)
_SYMBOL_RUN_RE = re.compile(r"[★☆◆◇■□▲△●○◎¤¦§※〓]{2,}")
_SYMBOL_SCREEN = re.compile(r"[★☆◆◇■□▲△●○◎¤¦§※〓]{2}")

#: what every match of the expressions above contains (a gloss without what stands before it, a
#: file name's prefix and first three digits, an ASCII character before a space or tab)
_GLOSS_SCREEN = re.compile(rf"[(（][a-zɡü{_TONED}]{{1,7}}[ \u3000]?[)）]|\[[a-zɡü{_TONED}]{{1,7}}[\[\]]")
_FILE_SCREEN = re.compile(r"(?:IMG|DSCN?|DJI|P|微信图片)_?\d{3}")
_SCRAMBLE_SCREEN = re.compile(r"[!-~][ \t]")


_WORD_SYLLABLES_RE = re.compile(rf"(?:{_SYLLABLE_RE.pattern}){{2,4}}")


def _word_gloss(g: str) -> bool:
    """Two to four pinyin syllables with two tone marks at least (jìzhě; an English word in
    brackets has none)."""
    if not _WORD_SYLLABLES_RE.fullmatch(g.translate(_PLAIN)):
        return False
    return len(_TONE_RE.findall(g)) >= 2


def find_prepass(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    # each search runs only where a cheap screen (a shape every match contains) finds something
    glosses = ([m for m in GLOSS_RE.finditer(text) if _SYLLABLE_RE.fullmatch((m.group(1) or m.group(2)).translate(_PLAIN))]
               if ("(" in text or "（" in text or "[" in text) and _GLOSS_SCREEN.search(text) else [])
    toned = sum(1 for m in glosses if _TONE_RE.search(m.group(1) or m.group(2)))
    if glosses:  # a page glossing its characters may gloss whole words too: 记者(jìzhě)
        single = {m.start() for m in glosses}
        words = [m for m in _WORD_GLOSS_RE.finditer(text) if m.start() not in single and _word_gloss(m.group(1))]
        if len(glosses) + len(words) >= 2:
            out.extend(Candidate("pinyin", m.start(), m.end(), "removed", f"pinyin gloss {m.group()}", priority=6,
                                 data={"score": 1.0}) for m in words)
    if toned >= 1 or len(glosses) >= 3:
        for m in glosses:
            if _TONE_RE.search(m.group(1) or m.group(2)) or len(glosses) >= 3:
                out.append(Candidate("pinyin", m.start(), m.end(), "removed", f"pinyin gloss {m.group()}", priority=6,
                                     data={"score": 1.0}))
    if toned >= 3 and ("?" in text or "？" in text):
        # on a glossed page, a gloss whose opening bracket turned into ? (人民日?bào)): a toned syllable and its bracket
        for m in _BROKEN_GLOSS_RE.finditer(text):
            if all(_TONE_RE.search(g) and _SYLLABLE_RE.fullmatch(g.translate(_PLAIN)) for g in _BROKEN_ONE_RE.findall(m.group())):
                out.append(Candidate("pinyin", m.start(), m.end(), "removed", f"pinyin gloss, its bracket garbled {m.group()}",
                                     priority=6, data={"score": 1.0}))
    if _has_symbols(text):
        for m in EMOJI_RE.finditer(text):
            if all(ch in _NOT_EMOJI for ch in m.group()):
                continue
            s, e = m.start(), m.end()
            while e < len(text) and _DECOR_LETTER_RE.match(text, e):  # ✿★✿ღ: a letter of a far script drawn as a heart
                e += 1
            while s > 0 and _DECOR_LETTER_RE.match(text, s - 1):
                s -= 1
            if s > 0 and e < len(text) and text[s - 1] + text[e] in _EMOJI_BRACKETS:
                s, e = s - 1, e + 1  # 全国(🐖)劳动模范: the brackets the emoji was injected in go with it
            out.append(Candidate("spam", s, e, "removed", "emoji", priority=6, data={"score": 1.0, "unit": "emoji"}))
    for m in _REMNANT_RE.finditer(text) if ";" in text or ">" in text or "![" in text else ():
        out.append(Candidate("html", m.start(), m.end(), "removed", f"markup remnant {m.group()[:30]}", priority=6,
                             data={"score": 1.0}))
    for m in _EMPTY_IMAGE_RE.finditer(text) if "![" in text else ():
        out.append(Candidate("furniture", m.start(), m.end(), "removed", "an empty image's mark on its line", priority=6,
                             data={"score": 1.0}))
    for m in _IMAGE_CAPTION_RE.finditer(text) if "![" in text or "<image>" in text or "<img" in text else ():
        if not text[: m.start()].strip():
            continue  # a picture opening the page stands over the title (![]() / 我市首条某某示范带打造成形 / …): no caption
        if m.group("caption").strip().endswith((":", "：")):
            continue  # a label under the picture (来源：) is the publishing line's, for the furniture rules
        if m.end() == len(text) and not m.group("caption").strip().endswith(("。", "|", "｜")):
            continue  # the excerpt cut under the picture, in the middle of the text's next sentence (…升级成拥有34间客)
        if not HEADING_RE.match(m.group("caption")):  # a numbered heading under a picture is the report's
            out.append(Candidate("furniture", m.start("caption"), m.end(), "removed",
                                 f"a picture's caption under its image: {m.group('caption').strip()[:30]}", priority=6,
                                 data={"score": 0.9}))
    for m in _FILE_RE.finditer(text) if _FILE_SCREEN.search(text) else ():
        if not re.search(r"[A-Za-z_]", m.group()) or m.group().startswith("P") and "." not in m.group():
            continue
        out.append(Candidate("watermark", m.start(), m.end(), "removed", f"image file name {m.group()[:30]}", priority=6,
                             data={"score": 1.0, "unit": "file name"}))
    for m in _SCRAMBLE_RE.finditer(text) if _SCRAMBLE_SCREEN.search(text) else ():
        run = m.group()
        symbols = sum(1 for ch in run if not ch.isalnum() and not ch.isspace())
        if symbols >= 3 and sum(ch.isalpha() for ch in run) >= 2:
            end = m.end()
            while end < len(text) and text[end] in " \t":
                end += 1
            out.append(Candidate("spam", m.start(), end, "removed", f"anti-scrape code {run[:20]}", priority=6,
                                 data={"score": 0.95, "unit": "random string"}))
    for m in _SYMBOL_RUN_RE.finditer(text) if _SYMBOL_SCREEN.search(text) else ():
        if len(set(m.group())) >= 2:  # ★★★★★ may rate a branch; ★◆■ mixed is an anti-scrape filter's
            out.append(Candidate("spam", m.start(), m.end(), "removed", f"run of mixed symbols {m.group()[:12]}", priority=6,
                                 data={"score": 0.9, "unit": "random string"}))
    for m in _GARBLED_INDENT_RE.finditer(text) if "??" in text or "? ?" in text or "？？" in text else ():
        out.append(Candidate("html", m.start(), m.end(), "removed", "indent garbled into question marks", priority=6,
                             data={"score": 0.95}))
    for m in _FOREIGN_RUN_RE.finditer(text) if _FOREIGN_CHAR_RE.search(text) else ():
        run = m.group()
        foreign = _FOREIGN_CHAR_RE.findall(run)
        if len(run) >= 3 and foreign and (len(foreign) < len(run) and re.search(r"[A-Za-z0-9]", run) or len(set(foreign)) >= 2 and len(foreign) == len(run)):
            out.append(Candidate("spam", m.start(), m.end(), "removed", f"random string {run} between words", priority=6,
                                 data={"score": 0.9, "unit": "random string"}))
    for m in _RANDOM_RE.finditer(text):
        if m.group("token2") is not None:
            token = unicodedata.normalize("NFKC", m.group("token2"))
            if _random_like(token) or (_WORDLIKE_RE.fullmatch(token) is None and len(token) >= 5 and re.search(r"\d", token)
                                       and re.search(r"[a-z]", token) and re.search(r"[A-Z]", token)):
                out.append(Candidate("spam", m.start(), m.end(), "removed", f"random string {token} after the text", priority=6,
                                     data={"score": 0.9, "unit": "random string"}))
            continue
        if _random_token(m.group("open"), unicodedata.normalize("NFKC", m.group("token")), m.group("close")):
            if _YEAR_BLANKS_RE.fullmatch(unicodedata.normalize("NFKC", m.group("token"))):
                continue  # a template's years left blank (20xx~20xx届, 20XX-20XX学年): placeholders, flagged, never cut
            if not m.group("open") and _after_known_brand(text, m.start()):
                continue  # 永利yl23411no1: a casino's site tag glued to its name, the brand rules' (name and tag go together)
            if _PLATE_RE.match(text, max(0, m.start() - 1)) and text[m.start() - 1 : m.start()] in _PLATE_PROVINCES:
                continue  # a vehicle's plate (闽G2T820): the province's character, then a letter and five figures or letters
            end = m.end()
            grade = _GRADE_YEAR_RE.search(m.group("token"))
            if grade and not m.group("close") and text.startswith(("级", "届"), end) and grade.start() >= 2:
                end -= len(grade.group())  # …no12020级本科生: the grade's year is the sentence's
            out.append(Candidate("spam", m.start(), end, "removed", f"random string {text[m.start():end]} between words", priority=6,
                                 data={"score": 0.9, "unit": "random string"}))
    for m in _CODE_END_RE.finditer(text) if "=" in text or ";" in text or ":" in text or "," in text else ():
        if _code_like(m.group("token")):
            out.append(Candidate("spam", m.start(), m.end(), "removed", f"anti-scrape code {m.group('token')} after the text",
                                 priority=6, data={"score": 0.9, "unit": "random string"}))
    out.extend(_symbol_codes(text) if _ODD_SYMBOL_SCREEN.search(text) else ())
    for m in _FAR_SCRIPT_RE.finditer(text) if _FAR_SCRIPT_SCREEN.search(text) else ():
        out.append(Candidate("spam", m.start(), m.end(), "removed", f"letter of another script {m.group()} between words",
                             priority=6, data={"score": 0.9, "unit": "random string"}))
    spliced = list(_SPLICED_SYMBOL_RE.finditer(text)) if _SPLICED_SCREEN.search(text) else []
    if len(spliced) >= 4 and len({m.group(1) for m in spliced}) >= 3:
        # single odd symbols spliced between the words, four or more of three kinds at least (生Ψ 机, 一面面▃鲜艳,
        # 工地安╱家): an anti-scrape filter's; one arrow or circled number alone (申请→审核) is the report's
        for m in spliced:
            out.append(Candidate("spam", m.start(), m.end(), "removed", f"symbol {m.group(1)} spliced between words", priority=6,
                                 data={"score": 0.9, "unit": "random string"}))
    for m in _ZHUYIN_RE.finditer(text) if re.search("[\u3105-\u312f]", text) else ():
        out.append(Candidate("spam", m.start(), m.end(), "removed", f"zhuyin letters {m.group()} between words", priority=6,
                             data={"score": 0.9, "unit": "random string"}))
    out.sort(key=lambda c: c.start)
    kept, last = [], -1
    for c in out:
        if c.start >= last:
            kept.append(c)
            last = c.end
    return kept


_SYMBOL_RE = re.compile("[\u20e3\u2190-\u2bff\U00010000-\U0010ffff]|\uFE0F")
#: odd symbols of no Chinese text (Greek letters, arrows, mathematical and technical signs, circled numbers, box drawing,
#: blocks, shapes, dingbats, 〓〖〗︽︾卐) spliced singly between two Chinese characters, a space maybe after (or before a
#: comma or a closing quote: …的特点卐，…, …插在工地上〓”)
_SPLICED_SYMBOLS = "\u0391-\u03c9\u2190-\u23ff\u2460-\u24ff\u2500-\u27bf\u3013\u3016\u3017\ufe3d\ufe3e\u5350"
_SPLICED_SCREEN = re.compile(f"[{_SPLICED_SYMBOLS}]")
_SPLICED_SYMBOL_RE = re.compile(f"(?<=[\u4e00-\u9fff])([{_SPLICED_SYMBOLS}]) ?(?=[\u4e00-\u9fff]|[，,。、；;”\"’）)])")


def _after_known_brand(text: str, pos: int) -> bool:
    """Whether a gambling trade's known name (:func:`deedsnlp.clean.furniture.known_brand_names`) ends right at ``pos``."""
    if pos < 2 or not "\u4e00" <= text[pos - 1] <= "\u9fff":
        return False
    from .furniture import known_brand_names  # the brand vocabulary (furniture reads no prepass)

    names = known_brand_names()
    return any(text[pos - n : pos] in names for n in (2, 3, 4, 5))


def _has_symbols(text: str) -> bool:
    return _SYMBOL_RE.search(text) is not None


#: a measure with its unit and the material's or standard's letters (dn32mmPE, DN100mm, 10kV, 2.5mm2, 35kVA): a report's
#: spec; a random string's letter and digit (Q2a) are none
_SPEC_RE = re.compile(r"(?:DN|dn|De|de|PE|PPR|PVC|YJV|Φ)?\d+(?:\.\d+)?(?:mm2?|cm|km|m[23]?|kg|[kKM]?[VW]|kv|kw|kVA|MPa|ml|L)(?:[A-Z]{1,4})?")


def _random_token(opening: str, token: str, closing: str) -> bool:
    """Whether Latin letters and digits glued between two Chinese characters are an anti-scrape
    filter's random string: no word, count, unit or code a report writes there (App, 5G, G20,
    H1N1, 10kg), or letters and digits mixed at random (Xk9qL, 3a9f); inside odd symbols a short
    one too (|xR9|, 【lq8W】), but an acronym or a number in brackets stays (【PPT】)."""
    if not re.search("[A-Za-z]", token) or _X_MASK_RE.fullmatch(token) or _SPEC_RE.fullmatch(token):
        return False
    wrapped = bool(opening.strip("(（") and closing.strip(")）"))  # odd symbols, not a bracket
    if re.search(r"\d{3}", token):  # a brand's number (某某nn699net, 365bet): the brand rules read it whole
        if _NAMED_NUMBER_RE.fullmatch(token):  # a standard's or a model's name (Iso9000, Mate40): a word and its number
            return wrapped
        return _random_like(token) and len(token) >= 5
    if _WORDLIKE_RE.fullmatch(token):
        return wrapped and re.fullmatch(r"[A-Z]+|[A-Z][a-z]+|[a-z]+|\d+[A-Z]*", token) is None
    return len(token) >= 3 or wrapped


#: a short run of ASCII tokens closing a line after the text's words or standing alone on its line (…开采进度。 3_}p>h`7I_,
#: 中国煤炭网 作者:某某 FG?bd1^D, u&Y!a>eI): where an anti-scrape filter strews its codes (at most three tokens)
_LINE_END_CODE_RE = re.compile(r"(?m)(?:(?<=[。！？!?”\"])[ \t\u3000]*|(?<=[\u4e00-\u9fff，,：:）)])[ \t\u3000]+|^[ \t\u3000]*)"
                               r"(?P<run>[!-~]{1,14}(?:[ \t][!-~]{1,14}){0,2})[ \t\u3000]*$")
#: the symbols no word, code, address or sum of a report holds (a URL's :/.?=&, a code's -_/(), a sum's +% excepted)
_ODD_SYMBOLS = set("!\"#$*;<>@[\\]^`{|}~")
_ODD_SYMBOL_SCREEN = re.compile("[" + re.escape("".join(sorted(_ODD_SYMBOLS))) + "]")
#: an address or markup (the markup rules' remnants: ></li>, alt=""</image>): no filter's code
_ADDRESS_RE = re.compile(r"https?:|www\.|\.(?:com|cn|net|org|gov)|@[A-Za-z0-9-]+\.|</[A-Za-z]|<[A-Za-z]+(?:[ >/]|$)|=\"|/>|[?!]/[a-z]")


def _symbol_codes(text: str) -> list[Candidate]:
    """An anti-scrape filter's codes closing lines or alone on them (3_}p>h`7I_, M0`PG*k!, u&Y!a>eI): where three
    runs or more on the page mix letters with two odd symbols, each such run goes, and so do the runs of the same
    places a code of letters alone makes (tPnMUJQJ, L_GJf, hjc-G +: no word, code or unit a report writes)."""
    runs = [m for m in _LINE_END_CODE_RE.finditer(text) if not _ADDRESS_RE.search(m.group("run"))]

    def odd(run: str) -> bool:
        return (sum(ch in _ODD_SYMBOLS for ch in run) >= 2 and sum(ch.isalnum() for ch in run) >= 2
                and re.search(r"[A-Za-z]", run) is not None)

    if sum(odd(m.group("run")) for m in runs) < 3:
        return []
    out = []
    for m in runs:
        run = m.group("run")
        tokens = [unicodedata.normalize("NFKC", t) for t in run.split()]
        if not (odd(run) or any(_WORDLIKE_RE.fullmatch(t) is None and re.search(r"[A-Za-z]", t) for t in tokens)):
            continue  # a report's own letters at a line's end (…的APP, 5G, C919)
        out.append(Candidate("spam", m.start(), m.end(), "removed", f"anti-scrape code {run[:20]} at a line's end", priority=6,
                             data={"score": 0.9, "unit": "random string"}))
    return out


def _random_like(s: str) -> bool:
    """Mixed letters and digits with no shape of a code, unit or year (2023, 5G, CN62, ISO9001)."""
    letters = sum(c.isalpha() for c in s)
    digits = sum(c.isdigit() for c in s)
    if letters < 2 or digits < 2:
        return False
    changes = sum(1 for a, b in zip(s, s[1:]) if a.isdigit() != b.isdigit())
    return changes >= 3 or (letters >= 3 and any(c.islower() for c in s) and any(c.isupper() for c in s))


def without(text: str, cands: list[Candidate]) -> tuple[str, list[int]]:
    """``text`` without the spans of ``cands`` and, per character of the result plus its end,
    the offset in ``text``."""
    if not cands:
        return text, list(range(len(text) + 1))
    parts, index = [], []
    pos = 0
    for c in sorted(cands, key=lambda c: c.start):
        if c.start < pos:
            continue
        parts.append(text[pos : c.start])
        index.extend(range(pos, c.start))
        pos = c.end
    parts.append(text[pos:])
    index.extend(range(pos, len(text) + 1))
    return "".join(parts), index
