"""Words an anti-scrape filter injects before the punctuation of a page (…阳光定硝、凉风皿桑，树枝摇曳着…):
document evidence from the domain's character language model.

A pair of Chinese characters right before a punctuation mark is read twice by the forward model of the
mask filler (:func:`deedsnlp.clean.maskfill.ngram_filler`): with the pair, and without it. A word of
the text costs the sentence little (removing 发展 from …推动发展，… gains a few nats); two random
characters cost it a great deal (removing 皿桑 gains 20 nats or more), and their second character is no
likely sequel of the first (摇曳着 is a word: 着 follows 曳). Only a page full of such pairs
is judged: a cheap screen first (many pairs of two uncommon characters), then the model, and the pairs
go only where ten of them or more, and three in ten of the page's pairs, cost that much. A name or a
rare word before a comma (…张蕾，…) on an ordinary page is never read at all.

>>> find_injected_pairs("阳光定硝、凉风皿桑，树枝摇曳着。", None)  # three pairs: no page full of them
[]
"""

from __future__ import annotations

import re

from ..encoding import _common_chars
from .spans import Candidate

#: two Chinese characters after another and before a punctuation mark
_PAIR_RE = re.compile(r"(?<=[\u4e00-\u9fff])([\u4e00-\u9fff]{2})(?=[，。、！？；,.!?;])")
#: what the pair costs the sentence, in nats, for it to read as injected
GAIN = 21.0
#: how surprising, in nats, the pair's second character is after its first for the pair to be no word
WORDLESS = 8.0
#: the screen: this many pairs of two uncommon characters, and this share of the page's pairs
_SCREEN_COUNT, _SCREEN_SHARE = 10, 0.3
#: the verdict: this many pairs costing ``GAIN`` or more, and this share of the page's pairs
_MIN_COUNT, _MIN_SHARE = 10, 0.3


def screened(view: str) -> list[re.Match]:
    """The page's pairs before punctuation when enough of them are two uncommon characters, else []."""
    pairs = list(_PAIR_RE.finditer(view))
    if len(pairs) < _SCREEN_COUNT:
        return []
    common = _common_chars()
    rare = sum(1 for m in pairs if m.group(1)[0] not in common and m.group(1)[1] not in common)
    return pairs if rare >= _SCREEN_COUNT and rare >= _SCREEN_SHARE * len(pairs) else []


def find_injected_pairs(view: str, lm) -> list[Candidate]:
    """Injected pairs of ``view`` (see the module's docstring); ``lm`` is a character model with
    ``logprob_seq(context, seq)`` (the mask filler's ``forward_``), read only on a screened page."""
    pairs = screened(view)
    if not pairs or lm is None:
        return []
    strong = []
    for m in pairs:
        s, e = m.span(1)
        left, after = view[max(0, s - 6) : s], view[e : e + 3]
        gain = lm.logprob_seq(left, after) - lm.logprob_seq(left, m.group(1) + after)
        # and the pair is no word: its second character is no likely sequel of its first (摇曳着: 着 follows 曳)
        if gain >= GAIN and -lm.logprob_seq(left + m.group(1)[0], m.group(1)[1]) >= WORDLESS:
            strong.append((m, gain))
    if len(strong) < _MIN_COUNT or len(strong) < _MIN_SHARE * len(pairs):
        return []
    return [Candidate("spam", m.start(1), m.end(1), "removed", f"word injected before the punctuation: {m.group(1)}",
                      priority=6, data={"score": 0.9, "unit": "injected pair", "detector": "character model", "gain": round(g, 1)})
            for m, g in strong]
