"""Cleaning scraped sample reports (范文): watermarks, link tails, spam, HTML remnants and repeated
paragraphs are removed; censor masks and template blanks are flagged (masks with ranked
restoration suggestions). Every change is a finding with a kind, a span of the original raw
text, a reason and an action, so the original can always be rebuilt.

>>> from deedsnlp.loader import load_text
>>> doc, findings = clean(load_text("支部坚持理论学习。（来源：某某范文网 www.example-fw.com）\\n20xx年被评为先进。"))
>>> doc.text
'支部坚持理论学习。\\n20xx年被评为先进。'
>>> [(f.kind, f.action) for f in findings]
[('watermark', 'removed'), ('placeholder', 'flagged')]

Modules: :mod:`.patterns` (the junk vocabulary of ``data/junk_patterns.yaml``), :mod:`.spans`
(lines, edits, reconstruction), :mod:`.prepass` (pinyin glosses, emoji, markup remnants, file
names, anti-scrape codes: removed before the words are read), :mod:`.html`, :mod:`.notices`
(watermark and spam tokens) with :mod:`.evidence` (what makes a sentence or a stretch junk),
:mod:`.furniture` (page furniture: lines scored by the line junk model of :mod:`.linemodel`,
trained on the noise generator of :mod:`.noisegen`; repeated titles, datelines, credits,
collection labels, gambling brands), :mod:`.structure` (page-structure evidence: a label's value
on the next line, mastheads, column labels, banners and captions known by where they stand
around the lines already taken), :mod:`.linktail`, :mod:`.duplicates`, :mod:`.flags` (masks
and placeholders), :mod:`.maskfill` (restoration models on :mod:`deedsnlp.charlm`),
:mod:`.reposts` (near-duplicate search on cleaned texts), :mod:`.cleaner` (the stage:
``Cleaner.fit`` / ``clean`` / ``clean_stream``; ``Cleaner(doc)`` and ``pipe`` as a pipeline
stage). Pages are read in simplified characters with half-width punctuation folded; every
finding keeps its span of the page as given (``Cleaner.clean_text``: its offsets; a finding on a
cleaned document points into the cleaned text and keeps the page's span in ``data["raw_start"]``/
``data["raw_end"]``; the cleaned document keeps the edits in ``Document.edits``), and every removal
has a kind, a reason and a score (``data["score"]``; ``CleanConfig.threshold`` trades recall for precision).
"""

from __future__ import annotations

from .cleaner import ACTIONS, KINDS, CleanConfig, Cleaner, CleanResult, clean, finding_row, reconstruct
from .maskfill import CharNgramLM, DocumentCache, MaskedLMFiller, NgramMaskFiller, Suggestion, ngram_filler
from .notices import NoticeDetector, NoticeKnowledge

__all__ = [
    "ACTIONS", "KINDS", "CleanConfig", "Cleaner", "CleanResult", "clean", "finding_row", "reconstruct",
    "CharNgramLM", "DocumentCache", "MaskedLMFiller", "NgramMaskFiller", "Suggestion", "ngram_filler",
    "NoticeDetector", "NoticeKnowledge",
]
