"""What a classifier sees of a passage: its text and its place in the document.

A :class:`PassageExample` carries the passage text, its own heading title and its parent's
(from the outline parser, exactly as at prediction time), whether it is a heading line, and its
relative position. ``passage_features`` turns one into prefixed feature tokens for the linear
model: lexicon-aware words (``w:``), character n-grams (``c:``), heading words (``h:``/``p:``)
and layout cues (``m:``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document
from ..text.pinyin import without_glosses

_CN_NUMERALS = (frozenset("一二三四五六七八九十年月日") | {"一是", "二是", "三是", "四是", "五是", "第一", "第二", "第三", "第四"}
                | {"年度", "月份", "年初", "月初", "月底", "年底"})
#: a passage at least this long is body text (for the rank of the body paragraphs)
BODY_MIN_CHARS = 40
#: body text has sentence punctuation: a breadcrumb, byline or source line of a scraped page,
#: however long, has none, and does not take the first body paragraph's rank
_SENTENCE_MARKS = frozenset("。，,；;！？!?")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
#: template blanks and censor masks (x村, ××社区, 20xx年, *党**) read as the placeholder 某
_PLACEHOLDER_CHARS = re.compile(r"[*＊×xX]")
_PLACEHOLDER = re.compile(r"[*＊×]+|(?<![A-Za-z])[xX]{1,4}(?![A-Za-z])")
#: half-width punctuation of scraped pages, read as its full-width form
_HALF_PAIRS = tuple(zip(",;:!?()", "，；：！？（）"))
_HALF_WIDTH = {ord(a): b for a, b in _HALF_PAIRS}


def canonical_text(text: str, t2s: dict | None = None) -> str:
    """The text the features are read from: pinyin glosses dropped, template blanks and censor
    masks read as 某, half-width punctuation
    full-width, traditional characters simplified (``t2s``: a ``str.translate`` table from
    :func:`t2s_table`, which includes the punctuation), digits folded to 0.

    >>> canonical_text("黨(dǎng)員,2023年", {ord("黨"): "党", ord("員"): "员", ord(","): "，"})
    '党员，0年'
    >>> canonical_text("學習,2023年")
    '學習，0年'
    >>> canonical_text("公[ɡōnɡ[司的使[shǐ]命")
    '公司的使命'
    >>> canonical_text("xx村*党**支部")
    '某村某党某支部'
    """
    text = without_glosses(text)
    if _PLACEHOLDER_CHARS.search(text) is not None:
        text = _PLACEHOLDER.sub("某", text)
    for half, full in _HALF_PAIRS:  # str.replace is far cheaper than translate
        if half in text:
            text = text.replace(half, full)
    if t2s and _needs(t2s).search(text) is not None:  # only texts with traditional characters
        text = text.translate(t2s)
    return _DIGITS.sub("0", text)


_NEEDS: dict[int, tuple[dict, re.Pattern]] = {}


def _needs(table: dict) -> re.Pattern:
    """A regex matching any character ``table`` changes (cached per table)."""
    got = _NEEDS.get(id(table))
    if got is None or got[0] is not table:
        chars = "".join(sorted(chr(k) for k in table))
        got = (table, re.compile("[" + re.escape(chars) + "]" if chars else "(?!)"))
        _NEEDS[id(table)] = got
    return got[1]


def t2s_table() -> dict[int, str]:
    """A ``str.translate`` table of traditional → simplified characters (one to one, built with
    OpenCC) and half-width → full-width punctuation; punctuation only without ``opencc-purepy``.
    Models store it, so prediction needs no OpenCC."""
    try:
        from opencc_purepy import OpenCC
    except ImportError:  # pragma: no cover - depends on the extra
        return dict(_HALF_WIDTH)
    cc = OpenCC("t2s")
    chars = "".join(chr(c) for c in range(0x4E00, 0xA000))
    conv = cc.convert(chars)
    if len(conv) != len(chars):  # phrase rules changed the length: go character by character
        conv = "".join(cc.convert(ch)[:1] or ch for ch in chars)
    return {**_HALF_WIDTH, **{ord(a): b for a, b in zip(chars, conv) if a != b}}


@dataclass(frozen=True)
class PassageExample:
    text: str
    heading: str = ""
    parent_heading: str = ""
    is_heading: bool = False
    position: float = 0.5
    index: int = 0
    n_passages: int = 1
    body_index: int = -1
    outlined: bool = True
    #: the passage before this one looks like a title, byline or date line (short, no sentence end)
    after_title: bool = False
    #: the texts of the passages just before and after this one in its document ("" at either end)
    prev_text: str = ""
    next_text: str = ""

    @property
    def context_text(self) -> str:
        """Text with its heading context, for backends that read one string."""
        parts = [p for p in (self.parent_heading, self.heading) if p]
        head = " / ".join(parts)
        return f"{head}｜{self.text}" if head else self.text


def examples_from_document(doc: Document) -> list[PassageExample]:
    """One example per passage of ``doc`` with its heading context from the outline."""
    n = len(doc.passages)
    out = []
    body_seen = 0
    prev_title = False
    for p in doc.passages:
        # rank among the body paragraphs (long passages, not headings): the first one opens the report
        body_index = -1
        if not p.is_heading and is_body_text(doc.text[p.start : p.end]):
            body_index, body_seen = body_seen, body_seen + 1
        heading = parent = ""
        if p.heading is not None:
            h = doc.outline[p.heading]
            heading = h.title
            if h.parent is not None:
                parent = doc.outline[h.parent].title
        out.append(
            dict(
                text=doc.text[p.start : p.end], heading=heading, parent_heading=parent,
                is_heading=p.is_heading, position=p.index / max(1, n - 1), index=p.index, n_passages=n,
                body_index=body_index, outlined=bool(doc.outline), after_title=prev_title,
            )
        )
        prev_title = not p.is_heading and title_shaped(doc.text[p.start : p.end])
    return [PassageExample(**kw, prev_text=out[i - 1]["text"] if i else "",
                           next_text=out[i + 1]["text"] if i + 1 < n else "") for i, kw in enumerate(out)]


def is_body_text(text: str) -> bool:
    """Whether a passage counts as a body paragraph for :attr:`PassageExample.body_index`: at
    least :data:`BODY_MIN_CHARS` long and written in sentences (a long breadcrumb, byline or
    credit line of a scraped page is not).

    >>> is_body_text("当前位置：首页 >> 党建工作 >> 先进事迹 >> 正文 >> 发布时间 2023-06-01 来源 本站 作者 编辑部")
    False
    >>> is_body_text("支部坚持每月开展主题党日活动，组织党员深入社区开展志愿服务，全年累计服务群众一千余人次。")
    True
    """
    return len(text) >= BODY_MIN_CHARS and not _SENTENCE_MARKS.isdisjoint(text)


#: characters that end a sentence (closing quotes and brackets after them are skipped)
_STOPS = frozenset("。！？；…!?;")
_CLOSERS = frozenset("”’」』）)】》 ")


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence-final punctuation (closing quotes/brackets skipped)."""
    i = len(text) - 1
    while i >= 0 and text[i] in _CLOSERS:
        i -= 1
    return i >= 0 and text[i] in _STOPS


def title_shaped(text: str) -> bool:
    """A short line with no sentence end: a title, subtitle, byline, source or date line."""
    return len(text) < 40 and not ends_sentence(text)


def as_example(x) -> PassageExample:
    if isinstance(x, PassageExample):
        return x
    if isinstance(x, str):
        return PassageExample(text=x)
    raise TypeError(f"expected PassageExample or str, got {type(x).__name__}")


#: prefix of non-n-gram features (a control character never left in normalized text)
P = "\x1f"
_PW, _PH = P + "w", P + "H"


def feature_text(ex: PassageExample, t2s: dict | None = None) -> str:
    """The passage text the n-gram features are taken from (:func:`canonical_text`)."""
    return canonical_text(ex.text, t2s)


def passage_features(ex: PassageExample, words, heading_cache: dict | None = None, *,
                     text: str | None = None, t2s: dict | None = None, context_words: int = 0,
                     end_cue: bool = True) -> list[str]:
    """Word, heading and layout feature tokens of one example (character n-grams are hashed
    separately, see :mod:`deedsnlp.classify.vectorize`).

    ``words`` is a callable text → token list (whitespace tokens are dropped here);
    ``heading_cache`` memoizes the heading features within a batch; ``text`` is the example's
    :func:`feature_text` when already computed; ``t2s`` the model's traditional → simplified
    table. Tokens carry a prefix (``\x1fw`` words, ``\x1fH`` words of a heading's own text,
    ``\x1fh``/``\x1fp`` words of the heading/parent heading above a passage, ``\x1fm`` layout,
    ``\x1f<``/``\x1f>`` the shape of the previous/next passage). With ``context_words`` > 0 the
    neighbours' shape (title line, body, none) is a feature; their opening words are added by the
    vectorizer (:class:`~deedsnlp.classify.vectorize.PassageVectorizer` ``context``): a quote after a
    scene, a portrait line before a career, a lead under a title read differently from the same
    sentence alone. ``end_cue``: whether the last passage of a document gets a "no next passage"
    cue (models trained before it was dropped read it: in the corpus the last line is a closing or a
    signature, on a scraped excerpt it is any paragraph the window cut).
    """
    text = feature_text(ex, t2s) if text is None else text
    feats = [_PW + w for w in words(text) if len(w) > 1 or w.isalnum()]
    # the opening word says much about a paragraph's role (日前/近日 news leads, 下一步/今后
    # closings, 据悉 background, 他/她 portraits): the first word that is not a number or a date
    first = next((f[2:] for f in feats[:4] if not f[2:].isdigit() and f[2:] not in _CN_NUMERALS), None)
    if first is not None:
        feats.append(P + "F" + first)
    if ex.is_heading:
        # a heading is a short slogan: its words get weights of their own
        feats.extend([_PH + f[2:] for f in feats[: len(feats) - (first is not None)]])
    cache = heading_cache if heading_cache is not None else {}
    for tag, head in (("h", ex.heading if not ex.is_heading else ""), ("p", ex.parent_heading)):
        if head:
            key = (tag, head)
            hf = cache.get(key)
            if hf is None:
                hf = cache[key] = [P + tag + w for w in words(canonical_text(head, t2s)) if len(w) > 1]
            feats.extend(hf)
    length = len(text)
    feats.append(P + ("mheading" if ex.is_heading else "mbody"))
    feats.append(P + "mlen" + ("<15" if length < 15 else "<40" if length < 40 else "<120" if length < 120 else ">=120"))
    if ex.n_passages > 1:  # a passage in a document (a bare string has no shape to speak of)
        # shape, not length alone: a short line without a sentence end is a title or a byline, a
        # short sentence is body text (real pages cut paragraphs short, and excerpts start anywhere)
        feats.append(P + ("mstop" if ends_sentence(ex.text) else "mopen") + ("<40" if length < 40 else ""))
        if ex.after_title:  # the first paragraph under a title or byline: a news lead, a portrait
            feats.append(P + "mafter_title")
    # no "first/second/last passage" cues: real pages are excerpts that start and end anywhere
    # (a news lead or a body paragraph is often the first line), and in the corpus the first line
    # is always the title; the shape cues above say what a title looks like wherever it stands
    if 0 <= ex.body_index <= 1:
        feats.append(P + "mbody%d" % ex.body_index)
    if not ex.heading:
        # before the first heading of a report, or in a page without headings (news, profiles)
        feats.append(P + ("mno_heading" if ex.outlined else "mno_outline"))
    if context_words > 0 and ex.n_passages > 1:
        for tag, near in (("<", ex.prev_text), (">", ex.next_text)):
            if not near:
                if tag == "<" or end_cue:
                    feats.append(P + tag + "none")  # the first (or last) passage of the document
                continue
            feats.append(P + tag + ("title" if title_shaped(near) else "body"))
    return feats


def neighbour_rows(examples) -> tuple[list[int], list[int]]:
    """For a list of examples, the row of each one's previous and next passage in the same list
    (-1 where it is not there: a document's first or last passage, or examples out of order)."""
    n = len(examples)
    prev_row, next_row = [-1] * n, [-1] * n
    for i in range(1, n):
        a, b = examples[i - 1], examples[i]
        if b.prev_text and b.index == a.index + 1 and b.prev_text == a.text and a.next_text == b.text:
            prev_row[i], next_row[i - 1] = i - 1, i
    return prev_row, next_row
