"""The cleaning stage: detectors in, non-overlapping findings and the cleaned document out.

>>> from deedsnlp.loader import load_text
>>> doc = load_text("支部狠抓理论学习。本篇文章来自资料管理**。\\n进一步加**部队伍管理。")
>>> cleaned, findings = Cleaner().clean(doc)
>>> cleaned.text
'支部狠抓理论学习。\\n进一步加**部队伍管理。'
>>> [(f.kind, f.action, f.text) for f in findings]
[('watermark', 'removed', '本篇文章来自资料管理**。'), ('mask', 'flagged', '**')]
"""

from __future__ import annotations

import bisect
import re
import threading
from functools import lru_cache
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator

from ..document import Document, Finding
from ..text.lines import LineIndex
from .duplicates import find_duplicate_paragraphs, find_recurring_watermarks, find_truncated_teasers
from .evidence import sentence_spans
from .flags import find_masks, find_placeholders
from .bylines import find_bylines
from .furniture import (CAPTION_UNITS, _SPACED_FIGURE_RE, _despaced, brand_sentence_flags, find_brands, find_glued_junk, find_inline, find_junk_lines, find_junk_sentences,
                        find_repeated_titles, find_spam_lines, inline_rules, report_list_lines, surnames, title_line, widget_rows)
from .linemodel import LineJunkModel
from .injected import find_injected_pairs, screened
from .prepass import find_prepass, without
from .html import find_html, masked_view
from .linktail import find_link_tails
from .maskfill import DocumentCache, MaskedLMFiller, Suggestion, ngram_filler
from .notices import NoticeDetector, NoticeKnowledge
from .patterns import UNIT_WORD_RE, URL_RE, cjk_count, junk_patterns
from .spans import Candidate, Edit, Line, apply_edits, context, iter_lines
from .structure import find_zone_furniture
from .spans import reconstruct as _reconstruct

KINDS = ("html", "watermark", "spam", "link_tail", "duplicate_paragraph", "mask", "placeholder", "pinyin", "furniture", "brand")
ACTIONS = ("removed", "flagged", "restored")


@dataclass(frozen=True)
class CleanConfig:
    """Settings of a :class:`Cleaner` (checked on construction).

    kinds: which detectors run. threshold: the score a line or piece needs to be removed as
    page furniture (the line model's probability, or a rule's confidence moved with it); higher
    keeps more. simplify: the cleaned document in simplified characters. restore: apply mask suggestions whose confidence reaches
    ``min_confidence``. suggestions: how many ranked suggestions each mask gets (0: none, which
    also skips the language model). min_docs: a notice-like sentence recurring in this many
    documents of the corpus given to :meth:`Cleaner.fit` is learned as a watermark.
    mlm_path: a local masked-LM folder (transformers) to rank suggestions with. lm_corpus: the
    folder the n-gram model trains on (default ``corpora/labelled``). cache_weight: weight of the
    document's own text in the n-gram model. context_width: characters of context in reports.
    """

    kinds: tuple[str, ...] = KINDS
    restore: bool = False
    min_confidence: float = 0.95
    suggestions: int = 5
    min_docs: int = 2
    mlm_path: str | None = None
    lm_corpus: str | None = None
    cache_weight: float = 0.35
    context_width: int = 20
    duplicate_min_chars: int = 15
    threshold: float = 0.9
    simplify: bool = False

    def __post_init__(self):
        unknown = set(self.kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown kinds {sorted(unknown)}; choose from {', '.join(KINDS)}")
        if not 0.0 <= self.min_confidence <= 1.0:
            raise ValueError(f"min_confidence must be between 0 and 1, got {self.min_confidence}")
        if self.suggestions < 0:
            raise ValueError(f"suggestions must be 0 or more, got {self.suggestions}")
        if self.min_docs < 2:
            raise ValueError(f"min_docs must be at least 2, got {self.min_docs}")
        if not 0.0 <= self.cache_weight < 1.0:
            raise ValueError(f"cache_weight must be in [0, 1), got {self.cache_weight}")
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {self.threshold}")
        if self.restore and self.suggestions == 0:
            raise ValueError("restore needs suggestions (suggestions=0 turns the language model off)")


@dataclass
class CleanResult:
    """The cleaned raw text of one document and its findings (offsets into the original raw text)."""

    original: str
    cleaned: str
    findings: list[Finding] = field(default_factory=list)

    def reconstruct(self) -> str:
        return reconstruct(self.cleaned, self.findings)

    def simplified(self) -> str:
        """The cleaned text in simplified characters (OpenCC; no longer rebuilds the original)."""
        from ..normalize import to_simplified

        return to_simplified(self.cleaned)


def reconstruct(cleaned: str, findings: Iterable[Finding]) -> str:
    """The original raw text from a cleaned raw text and its findings (flags change nothing);
    findings on a cleaned document are read by the input span they keep."""
    edits = [(f.data.get("raw_start", f.start), f.data.get("raw_end", f.end), f.text, f.data.get("replacement", ""))
             for f in findings if f.action != "flagged"]
    return _reconstruct(cleaned, edits)


class Cleaner:
    """Finds scraping junk in documents, removes it, flags masks and blanks.

    ``fit(docs)`` learns from a corpus (recurring notice sentences, site names of notices) —
    optional; ``clean(doc)`` cleans one document; ``clean_stream(docs)`` streams a corpus.
    """

    def __init__(self, config: CleanConfig | None = None, *, filler=None, knowledge: NoticeKnowledge | None = None, **overrides):
        config = config or CleanConfig()
        if overrides:
            config = replace(config, **overrides)
        self.config = config
        self.knowledge_ = knowledge or NoticeKnowledge()
        self._detector = NoticeDetector(self.knowledge_)
        self._filler = filler
        self._lock = threading.Lock()

    # -- learning from a corpus ------------------------------------------------------------------
    def fit(self, docs: Iterable[Document | str]) -> "Cleaner":
        """Learn from a corpus: notice-like sentences that recur in ``min_docs`` documents or
        more, and the site names that its notices name (a recurring sentence that names such a
        site is a notice too). Streams: only counters are kept.

        Sentences are counted by :func:`deedsnlp.dedup.find_duplicates`, with near-duplicate
        documents (one report reposted by several sites) counting once — otherwise every sentence
        of a reposted report would recur.
        """
        detector = NoticeDetector(self.knowledge_)
        pats = junk_patterns()
        site_docs: Counter = Counter()
        count = [0]

        def views():
            for doc in docs:
                raw = (doc if isinstance(doc, str) else (doc.raw_text or doc.text)).replace("\r\n", "\n")  # as clean_text reads it
                raw, _ = without(raw, find_prepass(raw))
                view, _ = analysis_view(masked_view(raw, find_html(raw)))
                _, sites = detector.detect(view, list(iter_lines(view)))
                site_docs.update(sites)
                count[0] += 1
                yield str(count[0]), view

        shared = _shared_sentences(views(), self.config.min_docs)
        sites = dict(self.knowledge_.site_names)
        for s, c in site_docs.items():
            sites[s] = sites.get(s, 0) + c
        named = re.compile("|".join(re.escape(s) for s in sorted(sites, key=len, reverse=True))) if sites else None
        sentences = {b.text.strip(_EDGE_PUNCT): b.doc_count for b in shared
                     if 4 <= len(b.text) <= MAX_NOTICE_CHARS
                     and (_looks_like_notice(b.text, pats) or (named is not None and named.search(b.text)))}
        # corpus evidence: a short whole line that recurs across documents (near-duplicates count
        # once) and reads as furniture to the line model is a site's furniture, not a stock phrase
        model = self.line_model
        lines = {b.text.strip(): b.doc_count for b in shared
                 if b.text.strip() and len(b.text.strip()) <= 40 and "\n" not in b.text.strip()
                 and not _SENTENCE_END_RE.search(b.text.strip()) and model.score(b.text.strip(), 1, 20) >= _RECURRING_LINE_MIN}
        self.knowledge_ = NoticeKnowledge(site_names=sites, sentences={**self.knowledge_.sentences, **sentences},
                                          lines={**self.knowledge_.lines, **lines})
        self._detector = NoticeDetector(self.knowledge_)
        self.n_fit_documents_ = count[0]
        return self

    # -- the model for masks ---------------------------------------------------------------------
    @property
    def filler(self):
        if self._filler is None:
            with self._lock:
                if self._filler is None:
                    ngram = ngram_filler(self.config.lm_corpus)
                    self._filler = MaskedLMFiller(self.config.mlm_path, ngram=ngram) if self.config.mlm_path else ngram
        return self._filler

    # -- cleaning --------------------------------------------------------------------------------
    def clean_text(self, raw: str) -> CleanResult:
        """Clean one raw text.

        Character-level junk (pinyin glosses, emoji, markup remnants, file names, random strings)
        goes first; the rest of the page is read without it, in simplified characters with
        half-width punctuation folded (:func:`analysis_view`), so the detectors see one script.
        Every finding's offsets are into ``raw``.
        """
        kinds = set(self.config.kinds)
        pre = [c for c in find_prepass(raw) if c.kind in kinds] if kinds & {"pinyin", "spam", "html", "watermark"} else []
        # CRLF line breaks (a Windows file, a string from a form): the page is read with the \r left
        # out and every finding moved back over it, so the rules read "\n" alone as they were written
        crs = [Candidate("crlf", k, k + 1, "kept", "") for k in _crlf_returns(raw)] if "\r\n" in raw else []
        if not pre and not crs:
            return self._clean_view(raw, raw.replace("\r", "\n"), None, [])
        text, index = without(raw, pre + crs)
        # a lone \r breaks a line too (an old Mac file): read as \n, one character for one
        return self._clean_view(raw, text.replace("\r", "\n"), index, pre)

    def _clean_view(self, raw: str, text: str, index: list[int] | None, pre: list[Candidate]) -> CleanResult:
        kinds = set(self.config.kinds)
        html = find_html(text) if "html" in kinds else []
        plain = masked_view(text, html)
        # the language model reads the page as written, simplified only (its corpus keeps the
        # punctuation width of the reports); the detectors read it with punctuation folded too
        lm_view = simplified_view(plain)
        view, traditional = analysis_view(plain, lm_view)
        if "furniture" in kinds and _written_in_another_script(view):
            kinds.discard("furniture")  # a page in English or Korean: the line rules and the line model read Chinese only
        lines = list(iter_lines(view))
        cands: list[Candidate] = list(html)
        taken_lines: set[int] = set()
        if kinds & {"watermark", "spam"}:
            notices, _ = self._detector.detect(view, lines)
            notices = [c for c in notices if c.kind in kinds]
            cands += notices
            taken_lines |= _whole_lines(notices, lines)
        if "watermark" in kinds and "furniture" in kinds:
            cands += find_junk_sentences(view, lines, self.line_model, max(self.config.threshold, 0.9),
                                         junk_patterns().notice_strong, taken_lines, cands)
        if "spam" in kinds:
            spam_lines = find_spam_lines(view, lines, taken_lines)
            cands += spam_lines
            taken_lines |= _whole_lines(spam_lines, lines)
        if "brand" in kinds:
            cands += [c for c in find_brands(view, traditional, plain) if c.data["score"] >= self._cut(0.8)]
        if "furniture" in kinds:
            inline = [c for c in find_inline(view, lines) if c.data["score"] >= self._cut(0.9)]
            cands += inline
        # later detectors read the lines without the junk found in them
        seen = _blank(view, [c for c in cands if c.action == "removed"])
        if "link_tail" in kinds:
            tails = find_link_tails(seen, lines, skip=taken_lines)
            cands += tails
            taken_lines |= _whole_lines(tails, lines)
        if "duplicate_paragraph" in kinds:
            dups = find_duplicate_paragraphs(seen, lines, skip=taken_lines, min_cjk=self.config.duplicate_min_chars)
            cands += dups
            taken_lines |= _whole_lines(dups, lines)
            teasers = find_truncated_teasers(seen, lines, skip=taken_lines)
            cands += teasers
            taken_lines |= _whole_lines(teasers, lines)
        if "watermark" in kinds:
            stamps = find_recurring_watermarks(seen, lines)
            cands += stamps
            taken_lines |= _whole_lines(stamps, lines)
        if "furniture" in kinds:
            if self.knowledge_.lines:
                learned = _learned_lines(view, lines, self.knowledge_.lines, taken_lines)
                cands += learned
                taken_lines |= _whole_lines(learned, lines)
            # a page broken into fragments (a sentence over many lines, its quotes alone on theirs) is no
            # page of furniture lines: the line rules leave its fragments alone
            shards = fragment_lines(view, lines) | wrapped_lines(view, lines, self.line_model)
            repeated = find_repeated_titles(view, lines, taken_lines | shards, seen, gone=taken_lines)
            cands += repeated
            taken_lines |= _whole_lines(repeated, lines)
            # lines are scored without what other detectors removed from them (a brand, a credit)
            cut = [(c.start, c.end) for c in cands if c.action == "removed"]
            title = title_line(view, lines, {})
            junk_lines = find_junk_lines(view, lines, self.line_model, self.config.threshold,
                                         taken_lines | shards | report_list_lines(view, lines), cut, title=title)
            starts = [ln.start for ln in lines] if shards else []
            if shards:
                junk_lines = [c for c in junk_lines if c.data.get("line") not in shards and _line_of(lines, starts, c.start) not in shards]
            cands += junk_lines
            cands += find_glued_junk(view, lines, self.line_model, self.config.threshold, sorted(cut))
            # what stands around the lines taken: a label's value, a masthead, a column label, captions
            cut += [(c.start, c.end) for c in junk_lines]
            # a credit closing a line stays in it for the zone rules: a picture's caption is read with its credit
            credits = {(c.start, c.end) for c in cands if c.data.get("unit") == "credit_names_first"}
            zone_cut = [s for s in cut if s not in credits] if credits else cut
            # (a list of headlines closing the page is judged as a list: its cut headlines read as fragments)
            cands += [c for c in find_zone_furniture(view, lines, zone_cut, title) if c.data["score"] >= self._cut(0.9)
                      and not (shards and c.data["unit"] != "foot_headlines" and _line_of(lines, starts, c.start) in shards)]
        if "mask" in kinds:
            masks = find_masks(view)
            if any(c.data.get("dot") for c in masks):
                masks = self._censor_dots(lm_view, masks)
            cands += masks
        if "placeholder" in kinds:
            cands += find_placeholders(view)
        if "spam" in kinds and screened(view):  # words injected before the punctuation: the model reads a screened page only
            cands += find_injected_pairs(view, ngram_filler(self.config.lm_corpus).forward_)
        _whole_tags(cands)
        kept = _resolve(cands)
        if "furniture" in kinds:
            _keep_title_captions(view, kept, lines)
            more, back = widget_rows(view, lines, sorted((c.start, c.end) for c in kept if c.action == "removed"))
            if back:  # a table's rows the line model alone took, among rows it left or between prose: the report's own
                back = set(back)
                kept = [c for c in kept if not (c.start in back and c.data.get("detector") == "line model")]
            more += _credits_after_removed_heads(view, lines, kept)
            if more:
                kept = _resolve(kept + more)
        _bridge_gambling(view, kept)
        _take_spam_copies(view, kept)
        _take_notice_leftovers(view, kept, lines)
        _take_disclaimer_items(view, kept, lines)
        if "furniture" in kinds:
            _take_meta_line_rest(view, kept, lines)
        _take_emptied_brackets(view, kept)
        _take_credited_captions(view, kept, lines)
        _take_captions_beside_captions(view, kept, lines)
        _take_caption_galleries(view, kept, lines)
        _take_notice_labels(view, kept, lines)
        _take_foot_leftovers(view, kept, lines)
        _take_head_above_crumb(view, kept, lines)
        _take_bracketed_title_copies(view, kept, lines)
        _take_head_captions(view, kept, lines)
        _take_head_bylines(view, kept, lines)
        _take_bracketed_captions(view, kept, lines)
        _take_fund_items(view, kept, lines)
        _take_glued_title_copy(view, kept, lines)
        _take_split_title_copies(view, kept, lines)
        _take_item_title_copies(view, kept, lines)
        _prefer_title_below_reading_label(view, kept, lines)
        _take_truncation_dots(view, kept, lines)
        _take_stamp_leftovers(view, kept, lines)
        _take_emptied_lines(view, kept, lines)
        _whole_crlf(view, kept)
        _take_blank_runs(view, kept)
        _keep_html_breaks(view, kept, lines)
        _note_inner_masks(kept, cands)
        if "brand" in kinds:  # the sentences a brand stood in are flagged for review (no edit)
            kept = sorted(kept + brand_sentence_flags(view, kept), key=lambda c: (c.start, c.end))
        masks = [c for c in kept if c.kind == "mask"]
        if masks and self.config.suggestions:
            self._suggest(lm_view, kept, masks, lines)
        for c in kept:
            c.data.setdefault("score", 1.0)
        if index is not None:
            kept = _to_raw(kept, index, pre)
            if "\r\n" in raw:  # a span from a line break on takes the \r before it (no half a CRLF left)
                for c in kept:
                    if c.start > 0 and raw[c.start] == "\n" and raw[c.start - 1] == "\r" and c.action == "removed":
                        c.start -= 1
        kept = _without_overlaps(kept)
        edits = [Edit(c.start, c.end, c.replacement) for c in kept if c.action != "flagged"]
        cleaned = apply_edits(raw, edits)
        raw_lines = LineIndex(raw)  # findings carry the input line (the view may break lines at tags)
        findings = [self._finding(raw, c, raw_lines) for c in kept]
        return CleanResult(raw, cleaned, findings)

    def _censor_dots(self, view: str, masks: list[Candidate]) -> list[Candidate]:
        """Keep the dots between Chinese characters that stand for censored words.

        The character language model compares the best fill of one to three characters with
        reading the dot as nothing, a comma or a full stop: a censored word (中国特色.主义) gains
        much from a fill, a dot used as punctuation (慧眼.发掘) does not. Once one dot on the page
        is surely a mask, the page censors with dots and weaker cases count too."""
        lm = ngram_filler(self.config.lm_corpus)
        # a dot's gain depends only on the model's contexts either side: pages that repeat one
        # another (reposts, templates) reuse it. An entry is (gain, threshold the search stopped
        # at): a gain at or above that threshold is only known to reach it.
        memo = self.__dict__.setdefault("_dot_gains", {})
        if memo.get("lm") is not lm or len(memo) > 100_000:
            memo.clear()
            memo["lm"] = lm
        gains = {}
        sure = False
        dots = [c for c in masks if c.data.get("dot")]
        for k, c in enumerate(dots):
            if k == _DOT_PROBE and not sure:
                return [c for c in masks if not c.data.get("dot")]  # a page that writes . for its punctuation
            left_text, right_text = view[max(0, c.start - 6) : c.start], view[c.end : c.end + 6]
            left, right = lm._contexts(left_text, right_text)
            # the best fill of 1-3 characters: only whether the gain reaches _DOT_SURE (before
            # the page has a sure dot) or _DOT_ALSO (after) matters, and the search stops there
            need = _DOT_ALSO if sure else _DOT_SURE
            hit = memo.get((left, right))
            if hit is None or (hit[0] >= hit[1] and hit[1] < need):
                base = max(lm.scores(left, ["", "，", "。"], right))
                best = lm.best_score(left_text, (1, 2, 3), right_text, enough=base + need)
                hit = memo[(left, right)] = ((base if best is None else best) - base, need)
            gains[c.start] = hit[0]
            sure = sure or hit[0] >= _DOT_SURE
        return [c for c in masks if not c.data.get("dot") or (sure and gains[c.start] >= _DOT_ALSO)]

    def _cut(self, base: float) -> float:
        """A rule's own threshold moved with the configured one (default 0.9)."""
        return min(1.0, base + (self.config.threshold - 0.9))

    @property
    def line_model(self):
        if getattr(self, "_line_model", None) is None:
            self._line_model = LineJunkModel.load()
        return self._line_model

    def clean(self, doc: Document) -> tuple[Document, list[Finding]]:
        """The cleaned document and the cleaner's findings (which are on it too).

        The edits work on the document's raw text (junk is found in the page as written: tags,
        line structure, glosses); the cleaned raw text is normalized and outlined by the loader
        (an edit may change the lines: an HTML ``<br>`` becomes a line break). What the document
        held goes on: the edits to the input as read (:attr:`Document.edits`, composed with
        earlier ones), its input line numbers, its passages' and headings' labels and the
        findings of other stages. The cleaner's findings point where each edit is in the
        cleaned text (a removal is an empty span there), with the input's span in
        ``data["raw_start"]``/``data["raw_end"]`` and the input line.
        """
        from ..loader import build_document
        from ..text.edits import EditMap, TextEdit, compose

        raw = doc.raw_text or doc.text
        result = self.clean_text(raw)
        meta = dict(doc.metadata)
        meta["clean"] = {
            "chars_before": len(raw),
            "chars_after": len(result.cleaned),
            "findings": dict(Counter(f.kind for f in result.findings)),
        }
        step = [TextEdit(f.start, f.end, f.text, f.data.get("replacement", "")) for f in result.findings
                if f.action != "flagged"]
        edits = compose(doc.edits, step, raw) if doc.edits else step
        moves = EditMap(step)
        cleaned = build_document(result.cleaned, doc.id, source=doc.source, metadata=meta,
                                 simplify=self.config.simplify, edits=edits,
                                 heading_hints=_format_hints(doc, moves, result.cleaned))
        carried = _carry_over(doc, cleaned, moves)
        findings = [_on_document(doc, cleaned, moves, f) for f in result.findings]
        cleaned.findings = carried + cleaned.findings + findings
        return cleaned, findings

    # -- the pipeline stage protocol (Document -> Document) --------------------------------------
    name = "clean"

    def __call__(self, doc: Document) -> Document:
        """The cleaned document; its findings (``stage="clean"``) are on it."""
        return self.clean(doc)[0]

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Clean documents one at a time, as a pipeline stage."""
        for doc in docs:
            yield self(doc)

    def clean_stream(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[Finding]]]:
        """Clean documents one at a time (the corpus is never held in memory)."""
        for doc in docs:
            yield self.clean(doc)

    # -- internals -------------------------------------------------------------------------------
    def _suggest(self, view: str, kept: list[Candidate], masks: list[Candidate], lines: list[Line]) -> None:
        removed = [(c.start, c.end) for c in kept if c.action == "removed"]
        filled = apply_edits(view, [Edit(s, e, "") for s, e in removed])
        cache = DocumentCache(filled, weight=self.config.cache_weight) if self.config.cache_weight else None
        filler = self.filler
        fills: dict[int, str] = {}
        width = 8
        for m in masks:
            left = _side(view, m.start, -1, width, removed, masks, fills)
            right = _side(view, m.end, 1, width, removed, masks, fills)
            word = m.data.get("initials")  # initials of a censored word (zy): the word they stand for comes first
            n = len(word) if word else m.end - m.start
            kwargs = {"cache": cache} if cache is not None and not isinstance(filler, MaskedLMFiller) else {}
            sugg: list[Suggestion] = filler.suggest(left, n, right, top=self.config.suggestions, **kwargs)
            if word:
                sugg = ([Suggestion(word, max([0.9] + [s.score for s in sugg if s.text == word]))]
                        + [s for s in sugg if s.text != word])[: self.config.suggestions]
            m.suggestions = [s.to_dict() for s in sugg]
            if sugg:
                fills[m.start] = sugg[0].text
                if self.config.restore and sugg[0].score >= self.config.min_confidence:
                    m.action = "restored"
                    m.replacement = sugg[0].text
                    m.reason += f"; restored as {sugg[0].text!r} (confidence {sugg[0].score:.2f})"

    def _finding(self, raw: str, c: Candidate, raw_lines: LineIndex) -> Finding:
        data = {k: v for k, v in c.data.items() if k != "line"}
        data["replacement"] = c.replacement
        data["suggestions"] = list(c.suggestions)
        data["context"] = context(raw, c.start, c.end, self.config.context_width)
        return Finding(
            kind=c.kind, start=c.start, end=c.end, text=raw[c.start : c.end], reason=c.reason, action=c.action,
            severity="info" if c.kind == "html" else "warning", stage="clean", basis="raw",
            line=raw_lines.line(c.start), data=data,
        )


def finding_row(doc_id: str, f: Finding) -> dict:
    """One line of the JSONL report: ``start``/``end`` index the input as read (the raw span a
    finding on a document keeps in ``data``), ``line`` is the input line."""
    data = f.data or {}
    start, end = (data["raw_start"], data["raw_end"]) if "raw_start" in data else (f.start, f.end)
    return {
        "doc": doc_id, "kind": f.kind, "start": start, "end": end, "text": f.text,
        "context": f.data.get("context", ""), "reason": f.reason, "action": f.action,
        "suggestions": f.data.get("suggestions", []), "replacement": f.data.get("replacement", ""),
        "line": f.line,
    }


_DEFAULT: Cleaner | None = None


def clean(document: Document, cleaner: Cleaner | None = None, **config) -> tuple[Document, list[Finding]]:
    """Clean one document: ``(cleaned document, findings)``. See :class:`Cleaner`."""
    global _DEFAULT
    if cleaner is None:
        if config:
            cleaner = Cleaner(**config)
        else:
            if _DEFAULT is None:
                _DEFAULT = Cleaner()
            cleaner = _DEFAULT
    return cleaner.clean(document)


def _on_document(doc: Document, cleaned: Document, moves, f: Finding) -> Finding:
    """A finding of :meth:`Cleaner.clean_text` over ``doc``'s raw text, on the cleaned document:
    its span in the cleaned text, the input's span in ``data`` and the input line."""
    t_start = moves.to_target(f.start)
    if f.action == "flagged":
        t_end = moves.to_target(f.end)
    else:
        t_end = t_start + len(f.data.get("replacement", ""))
    start = cleaned.to_text(t_start)
    end = start if t_end <= t_start else max(start, cleaned.to_text(t_end))
    data = dict(f.data)
    data["raw_start"], data["raw_end"] = doc.to_input(f.start), doc.to_input(f.end)
    return replace(f, start=start, end=end, basis="text", line=doc.raw_line_of(f.start), data=data)


def _format_hints(doc: Document, moves, cleaned_raw: str) -> dict[int, int] | None:
    """The heading levels ``doc`` knew from its file format (a Word heading style without a
    number), by line of the cleaned raw text, so that the cleaned document's outline keeps them."""
    styled = [h for h in doc.outline if h.style.startswith("style") and h.style[5:].isdigit()]
    if not styled:
        return None
    index = LineIndex(cleaned_raw)
    return {index.line(moves.to_target(doc.to_raw(h.start))): int(h.style[5:]) for h in styled}


def _carry_over(doc: Document, cleaned: Document, moves) -> list[Finding]:
    """What ``doc`` held that cleaning keeps: passage and heading labels (by position), and the
    findings of other stages moved into the cleaned text (the loader's outline findings are new)."""
    labelled = any(p.label is not None for p in doc.passages)
    if labelled and doc.passages:
        for q in cleaned.passages:
            p = doc.passage_at(doc.to_text(moves.to_source(cleaned.to_raw(q.start))))
            if p is not None and p.label is not None:
                q.label, q.score = p.label, p.score
    if any(h.label is not None for h in doc.outline):
        for h in cleaned.outline:  # the heading of the input at the same place, with the same marker
            pos = doc.to_text(moves.to_source(cleaned.to_raw(h.start)))
            for g in doc.outline:
                if g.label is not None and g.marker == h.marker and g.start <= pos <= max(g.end, g.start + 1):
                    h.label = g.label
                    break
    out = []
    for f in doc.findings:
        if f.stage in ("", "outline"):
            continue
        g = replace(f, data=dict(f.data))
        if f.basis == "text":
            g.start = cleaned.to_text(moves.to_target(doc.to_raw(f.start)))
            g.end = max(g.start, cleaned.to_text(moves.to_target(doc.to_raw(f.end)))) if f.end > f.start else g.start
        out.append(g)
    return out


# -- helpers -------------------------------------------------------------------------------------
_EDGE_PUNCT = " \u3000\t。！？!?；;，,"


#: log-probability gain of the best fill over punctuation that makes a dot surely a censor mask, and
#: the gain that suffices once the page has one such dot
_DOT_SURE = 4.0
_DOT_ALSO = -2.0
#: dots read before deciding that a page uses them as punctuation (none of them surely a mask)
_DOT_PROBE = 6
#: estimated Jaccard similarity at which two documents count as reposts of one report
REPOST_SIMILARITY = 0.5
#: the least line-model score of a recurring line learned as furniture
_RECURRING_LINE_MIN = 0.5
_SENTENCE_END_RE = re.compile("[。！？!?；;]")


#: a line that is one quote or bracket alone: a sentence's quoted words broken out onto their own line
_SHARD_MARKS = frozenset("“”‘’\"'()（）《》「」『』")


def fragment_lines(view: str, lines: list[Line]) -> set[int]:
    """On a page that breaks its sentences into fragments, the numbers of its short lines (12
    characters at most, no full stop). A page does so where a run of six short lines or more has two
    or more holding a quote or a bracket alone (在 / “ / 践初心担使命 / ” / 主题党日活动暨 …): laid out
    word by word, not a menu."""
    short: list[int] = []
    run = marks = 0
    broken = False
    for line in lines + [None]:
        t = view[line.start : line.end].strip() if line is not None else None
        if t == "":
            continue
        if t is not None and len(t) <= 12 and not t.endswith("。"):
            short.append(line.number)
            run += 1
            marks += t in _SHARD_MARKS
            continue
        broken = broken or run >= 6 and marks >= 2
        run = marks = 0
    return set(short) if broken else set()


#: how a sentence may end a line (a wrapped line ends without one)
_LINE_END_MARKS = ("。", "！", "？", "!", "?", "；", ";", "：", ":", "”", "\"", "）", ")", "…", ".")


#: a clause's mark: prose, not a list's item
_CLAUSE_MARK_RE = re.compile(r"[，,、。；;]")


def wrapped_lines(view: str, lines: list[Line], model: LineJunkModel | None = None) -> set[int]:
    """On a page whose text is wrapped at a fixed width (a PDF's or a fixed-width page's layer), the
    lines of its wrapped paragraphs: runs of two or more adjacent lines of the page's width (within
    three characters, 16 or more) that end without a sentence's mark, and the line right after each
    run, which goes on with the sentence (访。, 下降了27%。). A page wraps where such runs hold four
    lines or more. With the line ``model``, a run of three lines or more whose lines are furniture each on
    its own (three in five scored 0.9 or more, without a clause's mark: a list of dated links as long as
    each other) is no paragraph."""
    content = [(ln, view[ln.start : ln.end].strip()) for ln in lines if view[ln.start : ln.end].strip()]
    open_ends = [len(t) for _, t in content if len(t) >= 16 and not t.endswith(_LINE_END_MARKS)]
    if len(open_ends) < 4:
        return set()
    width = Counter(open_ends).most_common(1)[0][0]

    def chunk(t: str) -> bool:
        return len(t) >= 16 and abs(len(t) - width) <= 3 and not t.endswith(_LINE_END_MARKS)

    runs: list[list[int]] = []
    for k, (ln, t) in enumerate(content):
        if not chunk(t):
            continue
        if runs and k > 0 and runs[-1][-1] == k - 1 and content[k - 1][0].number == ln.number - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    runs = [r for r in runs if len(r) >= 2]
    if sum(map(len, runs)) < 4:
        return set()
    out: set[int] = set()
    total = len(lines)

    def listed(k: int) -> bool:  # a link's line: no clause of prose, furniture to the model however its figures are spaced
        t, number = content[k][1], content[k][0].number
        if _CLAUSE_MARK_RE.search(t) or model.score(t, number, total) < 0.9:
            return False
        return not _SPACED_FIGURE_RE.search(t) or model.score(_despaced(t), number, total) >= 0.9

    for r in runs:
        if model is not None and (len(r) >= 3 and 5 * sum(map(listed, r)) >= 3 * len(r) or len(r) == 2 and all(map(listed, r))):
            continue  # a block of links or contact lines of one width (热线电话：… / 举报电话：…), each furniture on its own
        out.update(content[k][0].number for k in r)
        after = r[-1] + 1
        if after < len(content) and content[after][0].number == content[r[-1]][0].number + 1:
            out.add(content[after][0].number)
    return out


def _line_of(lines: list[Line], starts: list[int], pos: int) -> int:
    """The number of the line holding ``pos`` (``starts``: the lines' start offsets, in order)."""
    k = bisect.bisect_right(starts, pos) - 1
    return lines[max(k, 0)].number


def _learned_lines(view: str, lines: list[Line], learned: dict[str, int], taken: set[int]) -> list[Candidate]:
    out = []
    for line in lines:
        t = view[line.start : line.end].strip()
        if line.number not in taken and t in learned:
            out.append(Candidate("furniture", line.start, line.next, "removed",
                                 f"page furniture recurring in {learned[t]} documents of the corpus", priority=5,
                                 data={"unit": "line", "score": 0.9, "detector": "corpus recurrence", "line": line.number}))
    return out


#: the longest sentence learned as a notice from recurrence
MAX_NOTICE_CHARS = 60


def _shared_sentences(pairs, min_docs: int):
    """Sentences and paragraphs shared by ``min_docs`` documents, near-duplicates counting once
    (:mod:`deedsnlp.dedup`; a plain sentence count when that is not installed)."""
    try:
        from ..dedup import DedupConfig, find_duplicates
    except ImportError:  # pragma: no cover - deedsnlp.dedup ships with the package
        counter = _SimpleCounter()
        for doc_id, text in pairs:
            counter.add(doc_id, text)
        return counter.result(min_docs)
    # reposts of one report are grouped at a lower similarity than deduplication needs: notices
    # recur across different reports, so grouping more never hides one
    return find_duplicates(pairs, DedupConfig(min_docs=min_docs, min_chars=4, threshold=REPOST_SIMILARITY)).boilerplate


class _SimpleCounter:
    """Document frequency of sentences (exact text), for when deedsnlp.dedup is not there."""

    def __init__(self):
        self.counts: Counter = Counter()

    def add(self, doc_id: str, text: str) -> None:
        keys = set()
        for line in iter_lines(text):
            for s, e in sentence_spans(text, line.start, line.end):
                key = text[s:e].strip(_EDGE_PUNCT)
                if len(key) >= 4:
                    keys.add(key)
        self.counts.update(keys)

    def result(self, min_docs: int):
        from types import SimpleNamespace

        return [SimpleNamespace(text=k, doc_count=c) for k, c in self.counts.items() if c >= min_docs]


def _looks_like_notice(key: str, pats) -> bool:
    """Enough notice vocabulary for a recurring sentence to be learned as a watermark: a notice
    phrase, a URL, a contact number or gambling word, a site-like name (…网 / …文库 / …之家), or
    two different notice verbs (来源, 转载, 下载, 关注 …). Other weak words never suffice."""
    score = 2 * len(pats.notice_strong.findall(key)) + 3 * len(pats.spam_hard.findall(key))
    score += 3 * bool(URL_RE.search(key))
    m = pats.site_suffix.search(key) or pats.loose_site.search(key)
    score += 2 if m and len(m.group()) >= 4 else 0
    verbs = {w for w in pats.notice_weak.findall(key) if w in pats.notice_verbs}
    return score >= 2 or len(verbs) >= 2




_PUNCT_FOLD = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}


def _fold_punct(m: re.Match) -> str:
    return _PUNCT_FOLD[m.group()]


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    """Characters OpenCC's traditional→simplified conversion changes (none without OpenCC);
    a shipped table (:func:`deedsnlp.normalize.traditional_chars`), not computed at start-up."""
    from ..normalize import traditional_chars

    return traditional_chars()


@lru_cache(maxsize=1)
def _traditional_re() -> re.Pattern:
    """One character class of :func:`_traditional_chars` (a scan finds the few a simplified page
    holds faster than a set intersection reads every character); None when the table is empty."""
    chars = _traditional_chars()
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]") if chars else None


_HALF_PUNCT_RE = re.compile(r"(?<=[\u3400-\u9fff”“])[,:;?!]|[()](?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])[()]")


def simplified_view(text: str) -> str:
    """``text`` in simplified characters when the conversion keeps its length, else as it is."""
    rx = _traditional_re()
    if rx is None or len(set(rx.findall(text))) < 3:  # (most pages are simplified: no conversion)
        return text
    from ..normalize import to_simplified

    simple = to_simplified(text)
    return simple if len(simple) == len(text) else text


_LETTER_RE = re.compile(r"[A-Za-z\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_FOREIGN_SCREEN = re.compile(r"[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}|[\uac00-\ud7af]{2}")


def _written_in_another_script(view: str) -> bool:
    """Whether a page is written in another language (an English or Korean translation of a report): its
    Chinese characters are fewer than one in twenty of its letters, on a page of 200 letters or more (a Chinese
    report with an English translation spliced after it, or its HTML's attributes, keeps its Chinese)."""
    if _FOREIGN_SCREEN.search(view) is None:
        return False  # no English words, no Hangul: the common case, decided by one scan
    letters = len(_LETTER_RE.findall(view))
    return letters >= 200 and cjk_count(view) < 0.05 * letters


def analysis_view(text: str, simple: str | None = None) -> tuple[str, bool]:
    """``text`` as the detectors read it (same length): traditional characters as simplified
    (when the conversion keeps the length) and half-width punctuation between Chinese characters
    at full width. Also whether the page is written in traditional characters. ``simple``: the
    simplified text when already computed."""
    traditional = False
    simple = simplified_view(text) if simple is None else simple
    if simple != text:
        changed = sum(1 for a, b in zip(text, simple) if a != b)
        traditional = changed >= 5 and changed >= 0.02 * len(text)
        text = simple
    if _HALF_PUNCT_RE.search(text):
        text = _HALF_PUNCT_RE.sub(_fold_punct, text)
    if '"' in text and _CJK_QUOTE_RE.search(text):
        text = _QUOTED_LINE_RE.sub(_curl_quotes, text)
    if "〔" in text or "〕" in text:  # tortoise-shell brackets read as round ones (〔供稿单位：…〕)
        text = text.translate(_TORTOISE)
    return text, traditional


_TORTOISE = {ord("〔"): "（", ord("〕"): "）"}


_CJK_QUOTE_RE = re.compile(r'"[\u3400-\u9fff]|[\u3400-\u9fff。！？，]"')
_QUOTED_LINE_RE = re.compile(r'[^\n]*"[^\n]*')


def _curl_quotes(m: re.Match) -> str:
    """Straight double quotes of a line as opening and closing quotes, when they pair up."""
    line = m.group()
    if line.count('"') % 2:
        return line
    out, opening = [], True
    for ch in line:
        if ch == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def _crlf_returns(raw: str) -> list[int]:
    """The offsets of the ``\r`` of each CRLF line break in ``raw``."""
    out, k = [], raw.find("\r\n")
    while k >= 0:
        out.append(k)
        k = raw.find("\r\n", k + 2)
    return out


def _to_raw(kept: list[Candidate], index: list[int], pre: list[Candidate]) -> list[Candidate]:
    """Candidates over the text without the pre-pass spans, moved to raw offsets; the pre-pass
    candidates join them unless a removal already covers them."""
    out = []
    for c in kept:
        s = index[c.start]
        e = index[c.end - 1] + 1 if c.end > c.start else index[c.end]
        if c.action != "removed" and e - s != c.end - c.start:
            # a flag the pre-pass cut through (**🎉🎉**): one flag per piece, nothing restored
            out.extend(_split_flag(c, index))
            continue
        c.start, c.end = s, e
        out.append(c)
    removed = [(c.start, c.end) for c in out if c.action != "flagged"]
    for p in pre:
        if any(s <= p.start and p.end <= e for s, e in removed):
            continue
        if any(c.start < p.end and p.start < c.end for c in out):
            continue
        out.append(p)
    out.sort(key=lambda c: (c.start, c.end))
    return out


def _split_flag(c: Candidate, index: list[int]) -> list[Candidate]:
    from dataclasses import replace as _replace

    pieces, run = [], [index[c.start]]
    for i in range(c.start + 1, c.end):
        if index[i] == run[-1] + 1:
            run.append(index[i])
        else:
            pieces.append(run)
            run = [index[i]]
    pieces.append(run)
    return [_replace(c, start=p[0], end=p[-1] + 1, action="flagged", replacement="", suggestions=[],
                     data=dict(c.data), reason=c.reason.split("; restored")[0] + " (split by removed junk)") for p in pieces]


def _blank(text: str, spans: list[Candidate]) -> str:
    """``text`` with the spans turned to spaces (line breaks kept), offsets unchanged."""
    if not spans:
        return text
    out = []
    pos = 0
    for c in sorted(spans, key=lambda c: c.start):
        if c.start < pos:
            continue
        out.append(text[pos : c.start])
        out.append(re.sub(r"[^\r\n]", " ", text[c.start : c.end]))
        pos = c.end
    out.append(text[pos:])
    return "".join(out)


def _whole_tags(cands: list[Candidate]) -> None:
    """A removal that takes part of an HTML tag stops at the tag, which goes as a tag (a notice's aside
    widened over the masked ``<br`` of ``<br>`` would leave ``>`` behind and lose the tag's break)."""
    tags = [c for c in cands if c.kind == "html" and c.action == "removed"]
    if not tags:
        return
    for c in cands:
        if c.kind == "html" or c.action != "removed":
            continue
        for t in tags:
            if c.start < t.start < c.end < t.end:
                c.end = t.start
            elif t.start < c.start < t.end < c.end:
                c.start = t.end


def _resolve(cands: list[Candidate]) -> list[Candidate]:
    """Keep the higher-priority (then longer, then earlier) of overlapping candidates."""
    order = sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    kept: list[Candidate] = []
    spans: list[tuple[int, int]] = []
    for c in order:
        if any(c.start < e and s < c.end for s, e in spans):
            continue
        kept.append(c)
        spans.append((c.start, c.end))
    kept.sort(key=lambda c: (c.start, c.end))
    return kept


def _take_spam_copies(view: str, kept: list[Candidate]) -> None:
    """A gambling name or spam piece taken once (金沙集团1862cc成色 before a unit word) goes wherever the page
    writes it again (…成色电缆党员…, where no unit word follows). Only pieces with Latin letters or digits in
    them and five characters or more: a Chinese word taken once is no evidence elsewhere."""
    pieces = {view[c.start : c.end].strip() for c in kept
              if c.action == "removed" and c.kind in ("spam", "brand") and c.data.get("unit") != "line"}
    pieces = {p for p in pieces if 5 <= len(p) <= 40 and "\n" not in p and re.search(r"[A-Za-z0-9]", p) and re.search(r"[\u4e00-\u9fff]", p)}
    if not pieces:
        return
    spans = sorted((c.start, c.end) for c in kept if c.action == "removed")
    new: list[Candidate] = []
    for p in sorted(pieces, key=len, reverse=True):
        for m in re.finditer(re.escape(p), view):
            s, e = m.span()
            k = bisect.bisect_right(spans, (s, len(view))) - 1
            if k >= 0 and spans[k][0] <= s and e <= spans[k][1]:
                continue  # taken already
            if any(a < e and s < b for a, b in spans[max(0, k - 1) : k + 3]) or any(c.start < e and s < c.end for c in new):
                # partly taken (the name without its tail): the copy goes whole, over the shorter removal
                kept[:] = [c for c in kept if not (c.action == "removed" and s <= c.start and c.end <= e)]
            new.append(Candidate("spam", s, e, "removed", f"a spam piece taken elsewhere on the page: {p[:30]}", priority=5,
                                 data={"unit": "spam_copy", "score": 0.9, "detector": "page recurrence"}))
    _add_leftovers(kept, new)


#: what joins two gambling names into one run: a separator alone, or one each side of a short piece
#: (…365.com_某某365在线_365bet…)
_BRIDGE_RE = re.compile(r"[_|｜](?:[^\n。，,；;！？!?“”]{0,12}[_|｜])?")


def _bridge_gambling(view: str, kept: list[Candidate]) -> None:
    """Where two removals, one of them a gambling name, stand on one line joined by separators, what
    stands between them goes too (a hijacked page's run of casino names)."""
    removed = sorted((c for c in kept if c.action == "removed" and c.kind in ("brand", "spam", "watermark")), key=lambda c: c.start)
    for a, b in zip(removed, removed[1:]):
        if "brand" not in (a.kind, b.kind) and "spam" not in (a.kind, b.kind) or not 0 < b.start - a.end <= 14:
            continue
        if _BRIDGE_RE.fullmatch(view, a.end, b.start) and not any(a.end < c.end and c.start < b.start for c in kept):
            kept.append(Candidate("brand", a.end, b.start, "removed", "between two gambling names joined by separators", priority=a.priority,
                                  data={"unit": "bridge", "score": 0.9, "detector": "brand shape"}))
    kept.sort(key=lambda c: (c.start, c.end))


_BLANK_LINES_RE = re.compile(r"(?:[ \t\u3000\xa0]*\n)+")


def _take_blank_runs(view: str, kept: list[Candidate]) -> None:
    """A removed line that stood between blank lines (or at the top of the page) takes the blank
    lines after it, so that removed furniture leaves no run of empty lines behind."""
    removed = sorted((c for c in kept if c.action == "removed" and c.kind != "html"), key=lambda c: c.start)
    starts = sorted(c.start for c in kept)
    for c in removed:
        if c.end == 0 or view[c.end - 1] != "\n":
            continue
        before = view[: c.start].rstrip(" \t\u3000\xa0")
        if before.strip() and not before.endswith("\n\n"):
            continue
        m = _BLANK_LINES_RE.match(view, c.end)
        if not m or m.end() == c.end:
            continue
        end = m.end()
        if any(c.end <= s < end for s in starts):
            continue
        c.end = end


#: words of a site speaking of its own pages: what is left of a notice line once its junk sentences are cut
_SITE_LEFT_RE = re.compile(r"文档|下载|预览|本站|本网|网站|会员|复制|版权|浏览|点击|登录|注册|上传|免费阅读|全文阅读|删除|侵权|转载|出处|联系|授权|必究|违者|及时处理|谢谢合作|@")
_SENTENCE_RE = re.compile(r"[^。！？!?]+[。！？!?]*")


def _without_overlaps(kept: list[Candidate]) -> list[Candidate]:
    """The last guard before the edits are applied: the passes after resolution (leftovers, brackets,
    lines emptied) add removals beside others. A removal inside another is dropped (the wider one
    covers it); one overlapping another's end joins it when both remove; any other overlap keeps the
    earlier edit. Flags never edit and always stay."""
    out: list[Candidate] = []
    last: Candidate | None = None
    for c in sorted(kept, key=lambda c: (c.start, -c.end)):
        if c.action == "flagged":
            out.append(c)
            continue
        if last is not None and c.start < last.end:
            if c.end <= last.end:
                continue
            if not c.replacement and not last.replacement:
                i = out.index(last)
                last = out[i] = replace(last, end=c.end)
            continue
        out.append(c)
        last = c
    out.sort(key=lambda c: (c.start, c.end))
    return out


def _take_notice_leftovers(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """Where site notice sentences were cut from a line and each sentence left speaks of the site's
    pages too (文章内容仅供预览…。下载后的文档…。 with one of them cut), the rest of the line goes:
    a notice in the site's own words, not the report's. A 范文 site's preface closing one of the page's
    first lines takes the blurb before it (某某的成败取决于执行力。下面是一些要点，希望能帮助大家…): at most
    two short sentences, above the text, are the site's lead-in to it."""
    notices = [c for c in kept if c.action == "removed" and (c.kind in ("watermark", "spam") or c.data.get("unit") == "genre_preface")]
    if not notices:
        return
    head = {ln.number for ln in [ln for ln in lines if view[ln.start : ln.end].strip()][:5]}
    for line in lines:
        inside = sorted((c.start, c.end) for c in notices if line.start <= c.start and c.end <= line.next)
        if not inside:
            continue
        # the gaps between everything removed from the line (a glued credit another rule took too)
        covered = sorted((c.start, c.end) for c in kept if c.action == "removed" and c.start < line.next and c.end > line.start)
        gaps = [(s, e) for s, e in _gaps(covered, line.start, line.end) if view[s:e].strip()]
        if not gaps or any(c.start < line.end and c.end > line.start and c.action != "removed" for c in kept):
            continue
        # (a bullet or a quotation mark left between the cuts is no sentence of its own)
        sentences = [m.group() for s, e in gaps for m in _SENTENCE_RE.finditer(view, s, e) if re.search(r"[\u4e00-\u9fffA-Za-z0-9]", m.group())]
        lead_in = (line.number in head and len(gaps) == 1 and gaps[0][1] == inside[-1][0] and len(sentences) <= 2
                   and sum(map(len, sentences)) <= 60 and not _OWN_UNIT_RE.search(view, *gaps[0])
                   and not _NAMED_UNIT_RE.search(view, *gaps[0]) and any(_is_preface(c) and c.end >= line.end
                                                              for c in notices if line.start <= c.start < line.end))
        if sentences and (lead_in or all(_site_left(x) for x in sentences)):
            for s, e in gaps:
                kept.append(Candidate("watermark", s, e, "removed", "the rest of a site notice line", priority=5,
                                      data={"unit": "sentence", "score": 0.9, "detector": "notice leftovers"}))
    kept.sort(key=lambda c: (c.start, c.end))


#: a numbered list's item opening a line (1、, 2. , 三、)
_ITEM_OPEN_RE = re.compile(r"[ \t\u3000]*(?:\d{1,2}|[一二三四五六七八九十])[、.．]")
#: a name in quotation marks (“某某在线”)
_QUOTED_NAME_RE = re.compile(r"“([^”\n]{2,12})”")


def _take_disclaimer_items(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A site's disclaimers numbered as a list, one of them taken (2、凡本网注明“来源：某某在线”…): the items
    around it go too where they name the site the taken one quotes (1、“某某在线”由某某电台主办…, 3、“某某在线”自有
    版权信息…) or speak of the site's rights in two words (版权, 授权, 转载, 本网 …). A report's numbered
    points name no site of the page."""
    taken = [c for c in kept if c.action == "removed" and c.data.get("unit") == "numbered_disclaimer"]
    if not taken:
        return
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    gone = _removed_whole(view, kept)
    index = {ln.start: k for k, ln in enumerate(filled)}
    new: list[Candidate] = []
    for c in taken:
        k = index.get(next((ln.start for ln in filled if ln.start <= c.start < ln.next), -1))
        if k is None:
            continue
        names = {re.split(r"[:：]", n)[-1] for n in _QUOTED_NAME_RE.findall(view, c.start, c.end)} - {""}  # “来源：某某在线”
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(filled):
                ln = filled[j]
                x = view[ln.start : ln.end]
                if gone(ln):
                    j += step
                    continue
                if not _ITEM_OPEN_RE.match(x) or UNIT_WORD_RE.search(x) and not any(n in x for n in names):
                    break
                if not (any(n in x for n in names) or len(set(_SITE_LEFT_RE.findall(x))) >= 2):
                    break
                new.append(Candidate("watermark", ln.start, ln.end, "removed", f"an item of the site's numbered disclaimers: {x.strip()[:30]}",
                                     priority=5, data={"unit": "disclaimer_item", "score": 0.9, "detector": "notice leftovers"}))
                j += step
    _add_leftovers(kept, new)


#: a field of a page's publishing line: its label and colon (发布时间：, 来源：, 作者(来源)：, 浏览次数：, 人气：), or a
#: count of its readers (185浏览, 3257次阅读); a label never runs on from a word before it (成立时间： is a form's)
_META_FIELD_RE = re.compile(
    r"(?<![\u4e00-\u9fff])(?:发布|发表|更新|录入|上传|编辑|发稿)?(?:时间|日期)[ \u3000]*[:：]|"
    r"(?<![\u4e00-\u9fff])(?:文章|信息|新闻|稿件|消息)?来源[ \u3000]*[:：]|(?<![\u4e00-\u9fff])(?:作者|撰稿|供稿|发布者|发布人|"
    r"责任编辑|责编|编辑|审核|校对)(?:[（(][\u4e00-\u9fff]{2}[)）])?[ \u3000]*[:：]|"
    r"(?<![\u4e00-\u9fff])(?:浏览|浏览次数|浏览量|点击|点击数|点击量|阅读|阅读量|阅读数|人气|访问量)[ \u3000]*[:：]|\d+[ \u3000]*(?:次)?(?:浏览|阅读)")
#: a date stamp (2015-10-30, 2019/2/26, 2021年02月03日) and a clock time
_META_STAMP_RE = re.compile(r"(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)|(?<!\d)\d{1,2}:\d{2}(?::\d{2})?")
#: the fields of a meeting's record (时间：… 地点：…), of a form, of a photo: the report's own lines
_REPORT_FIELD_RE = re.compile(r"地点|主持|参加|出席|记录|主题|内容|议程|姓名|单位|职务|性别|图片|题目")


def _take_meta_line_rest(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A page's publishing line (发布时间：… 浏览：…次 来源：某某医院 某科室 某某) that the detectors cut
    fields out of goes whole: what they left of it (a department and a writer after the source, 作者(来源)：
    [暂无]) is the same line's furniture. The line holds two fields at least (a date stamp counts as one), no
    sentence's end and none of a meeting record's or a form's fields (时间：… 地点：… is the report's). A title glued
    before the fields (某某活动 发表时间：…) stays."""
    removed = sorted((c.start, c.end) for c in kept if c.action == "removed")
    if not removed:
        return
    starts = [a for a, _ in removed]
    more = []
    for line in lines:
        if line.end - line.start > 160:
            continue
        k = bisect.bisect_right(starts, line.end) - 1
        lo = max(0, bisect.bisect_left(starts, line.start) - 1)  # (a span may start before the line)
        covered = [(s, e) for s, e in removed[lo : k + 1] if s < line.next and e > line.start]
        if not any(s < line.end for s, _ in covered):
            continue  # nothing cut from the line: the detectors saw no furniture in it
        t = view[line.start : line.end]
        fields = len(_META_FIELD_RE.findall(t)) + (1 if _META_STAMP_RE.search(t) else 0)
        if fields < 2 or _CAPTION_SENT_END_RE.search(re.sub(r"[?？]{2,}|[?？](?=[\u4e00-\u9fff]{1,6}[:：])", "", t)) or _REPORT_FIELD_RE.search(t):
            continue  # (?? is a space garbled, and so is ? before a field's label)
        if any(c.start < line.end and c.end > line.start and c.action != "removed" for c in kept):
            continue  # a mask or a flag inside: the line is read as the report's
        rest = [(s, e) for s, e in _gaps(covered, line.start, line.end) if view[s:e].strip()]
        opening = view[line.start : min(s for s, _ in covered)].strip().lstrip("*＊•·●-– ")  # (bulleted fields: * 来源 : …)
        if opening and not (_META_FIELD_RE.match(opening) or _META_STAMP_RE.match(opening)):
            continue  # the line opens with text: a title glued before its fields (某某活动 发表时间：…), or a sentence they were spliced into
        # (what is left, less its own field labels and stamps and bullets, is a name or two: 作者:某某?来源: …)
        left = sum(len(re.sub(r"[\s*＊•·●?？]", "", _META_STAMP_RE.sub("", _META_FIELD_RE.sub("", view[s:e])))) for s, e in rest)
        if not rest or left > 24 or any(re.search("[，,、；;]", view[s:e]) for s, e in rest):
            continue  # a clause of the report's the fields were spliced into (…来源：某某网 阅读：294次)为宗旨，创新载体活动)
        more += [Candidate("furniture", s, e, "removed", "the rest of a publishing line", priority=5,
                           data={"unit": "meta_line_rest", "score": 0.9, "detector": "publishing line"}) for s, e in rest]
    if more:
        kept.extend(more)
        kept.sort(key=lambda c: (c.start, c.end))


def _site_left(sentence: str) -> bool:
    """A sentence left of a site notice line that speaks of the site's pages too: short with a site word, or
    longer with three (如您付费，意味着您…接受本站规则…，本站不退款…；如果您已付费下载过本站文档，…二次下载)."""
    if UNIT_WORD_RE.search(sentence):
        return False
    return len(sentence) <= 60 and bool(_SITE_LEFT_RE.search(sentence)) or len(sentence) <= 120 and len(_SITE_LEFT_RE.findall(sentence)) >= 3


#: a report's own first words: its organisation or a count of its people (某某党支部现有党员二十六名)
_OWN_UNIT_RE = re.compile(r"支部|总支|党委|党组|委员会|村委|居委|[\d一二三四五六七八九十百]+(?:名|人|个|次|项)")
#: a unit named with its place (青川县税务局, 某某镇某某村): the report's, never a 范文 site's generic lead-in
_NAMED_UNIT_RE = re.compile(r"[\u4e00-\u9fff]{1,6}(?:省|市|县|区|镇|乡|村)[\u4e00-\u9fff]{0,6}?(?:局|委|院|校|所|站|厂|公司|集团|中心|银行)")


def _is_preface(c: Candidate) -> bool:
    """A 范文 site's preface: the shape rule's, or a notice sentence the line model read as the site's."""
    return c.data.get("unit") == "genre_preface" or c.kind == "watermark" and c.data.get("detector") == "line model"


#: a picture's credit: its photographer or supplier (（某某/摄）, 某某 摄, （某某供图）)
_PHOTO_CREDIT_RE = re.compile(r"摄|供图|图片提供")
#: a sentence's end inside a caption's words (a semicolon may stand in a caption)
_CAPTION_SENT_END_RE = re.compile(r"[。！？!?]")
#: an outline's heading opening a line (一、 （二） 3. 第四): never a caption
_OUTLINE_HEAD_RE = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．]|第[一二三四五六七八九十\d]{1,3}[章节部篇条])")


def _take_credited_captions(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A photographer's credit removed from the end of a short line leaves a caption: the line's words
    before it go too (党员代表看望老垦荒队员（某某/摄）). No sentence's end, 50 characters at most, no outline
    heading: a credit after a report's full stop closes a news item (…。（某某/文 某某/摄）), the text stays."""
    credits = [c for c in kept if c.action == "removed" and _PHOTO_CREDIT_RE.search(view, c.start, c.end)]
    if not credits:
        return
    by_end = {ln.end: ln for ln in lines}
    for c in credits:
        end = c.end
        while end < len(view) and view[end] in " \t\u3000":
            end += 1
        ln = by_end.get(end) or next((x for x in lines if x.start <= c.start < x.next and view[c.end : x.end].strip() == ""), None)
        if ln is None or c.start <= ln.start:
            continue
        rest = view[ln.start : c.start]
        words = rest.strip()
        if not words or len(words) > 50 or _CAPTION_SENT_END_RE.search(words) or _OUTLINE_HEAD_RE.match(rest):
            continue
        if any(k.start < c.start and k.end > ln.start for k in kept if k is not c):
            continue
        kept.append(Candidate("furniture", ln.start, c.start, "removed", f"a picture's caption before its credit: {words[:30]}",
                              priority=5, data={"unit": "credited_caption_text", "score": 0.9, "detector": "leftovers"}))
    kept.sort(key=lambda c: (c.start, c.end))


#: a line the page shows under a picture: the scene's name (授牌仪式现场, …合影留念)
_SCENE_END_RE = re.compile(r"(?:现场|合影留念|合影|留念|留影|掠影|剪影)。?$")
#: units of a caption's own taking: the rules that read a line as a picture's caption
_PAGE_CAPTION_UNITS = CAPTION_UNITS | {"credited_caption_text", "gallery_caption", "caption"}
#: who or what a picture shows: a unit or a kind of people
_CAPTION_WHO_RE = re.compile(r"[局所院村校队站厂司处科部室]|社区|基地|支部|党委|中心|公司|书记|主任|代表|党员|干部|民警|职工|群众|村民|师生|学生|同志")
#: a caption is one clause: no sentence's end, colon, space, comma, list, quotation or item number inside
_CAPTION_BREAK_RE = re.compile(r"[。！？!?；;：:\s，,、“”\"‘’「」『』《》①-⑳]")
#: a picture's label or file name alone on its line (图片 3, 图2, IMG_0412.jpg)
_PICTURE_LABEL_RE = re.compile(r"(?:图片|图|照片|Photo|photo|IMG|img)[ _\-]?\d{1,4}|[^\s。！？!?]{1,60}\.(?i:jpe?g|png|gif|bmp|webp)")
#: what a picture shows being done (展示, 在开展…学习, 参观, 述职汇报): a heading names a task or a result
_CAPTION_DOING_RE = re.compile(r"正在|在(?:开展|进行|参加|学习|讨论|交流|宣讲|演练|参观|查看|检查|慰问|走访|观看|聆听|重温|签订)"
                               r"|展示|展出|陈列|参观|观看|聆听|慰问|走访|调研|座谈|讲解|述职|汇报|演练|宣讲|交流发言|签约|揭牌")
#: what someone under a picture's label does (看望, 上党课, 开展, 举行, 颁发, 发言 …)
_CAPTION_ACT_RE = re.compile(_CAPTION_DOING_RE.pattern + r"|看望|党课|开展|举行|参加|学习|宣誓|义诊|检查|指导|考察|视察|颁发|授予|接受"
                             r"|发言|讲话|致辞|作报告|带领|合影|植树|打扫|清理|帮助|讲授|培训")
#: a heading's opening: what the unit does or did, without a subject (坚持…, 强化…, 以…, 让…)
_HEADING_OPEN_RE = re.compile(r"坚持|强化|突出|聚焦|筑牢|打造|推动|加强|深化|创新|注重|围绕|立足|发挥|提升|夯实|激活|培育|构建|完善|健全"
                              r"|落实|践行|传承|弘扬|服务|扎根|心系|情系|用心|用情|[以用让把抓做当争树建强优带育聚凝铸守勇敢甘践亮比促助解暖]")


def _take_captions_beside_captions(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """On a page whose pictures' captions were taken (a line ending in 现场 or 合影留念, a caption read by
    the scene or credit rules), a caption without such a word goes too: one clause of 8-45 characters
    naming a unit or people and what the picture shows them doing (新建成的某某局文化展厅集中展示近年工作
    成果, 某某股党员干部在开展党小组学习), alone between two paragraphs of prose. A page without a caption
    taken keeps such lines, and so does a heading: numbered, two phrases (a space, a comma), a quotation,
    or opened by what the unit does (坚持…, 以…, 让…)."""
    if not any(c.action == "removed" for c in kept):
        return
    gone = _removed_whole(view, kept)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    # a picture's label or file name taken whole (图片 3, IMG_0412.jpg): the short line under it is its caption
    new: list[Candidate] = []
    for k in range(1, len(filled) - 1):
        ln, label = filled[k], filled[k - 1]
        x = view[ln.start : ln.end].strip()
        above = view[label.start : label.end].strip()
        if _PICTURE_LABEL_RE.fullmatch(above) and gone(label) and not gone(ln) and 4 <= len(x) <= 45 \
                and above.rsplit(".", 1)[0].strip() == x.rstrip("。"):  # the file's name shown again as its caption
            new.append(Candidate("furniture", ln.start, ln.end, "removed", f"a picture's caption naming its file: {x[:30]}",
                                  priority=5, data={"unit": "page_caption", "score": 0.9, "detector": "leftovers"}))
            continue
        if (_PICTURE_LABEL_RE.fullmatch(above) and gone(label) and not gone(ln)
                and 8 <= len(x) <= 45 and not _CAPTION_BREAK_RE.search(x.rstrip("。")) and not _OUTLINE_HEAD_RE.match(x)
                and not _HEADING_OPEN_RE.match(x) and x[0] not in "—-－–(（【[" and _CAPTION_ACT_RE.search(x, 2)):
            new.append(Candidate("furniture", ln.start, ln.end, "removed", f"a picture's caption under its label: {x[:30]}",
                                  priority=5, data={"unit": "page_caption", "score": 0.9, "detector": "leftovers"}))
    taken = [ln for ln in filled if gone(ln)]
    confirmed = any(len(x) <= 45 and _SCENE_END_RE.search(x) for x in (view[ln.start : ln.end].strip() for ln in taken)) \
        or any(c.action == "removed" and c.data.get("unit") in _PAGE_CAPTION_UNITS for c in kept)
    if not confirmed:
        _add_leftovers(kept, new)
        return
    labelled = {c.start for c in new}
    left = [ln for ln in filled if not gone(ln) and ln.start not in labelled]
    for k in range(1, len(left) - 1):
        ln = left[k]
        x = view[ln.start : ln.end].strip()
        if not 8 <= len(x) <= 45 or _CAPTION_BREAK_RE.search(x) or _OUTLINE_HEAD_RE.match(x) or _HEADING_OPEN_RE.match(x) \
                or not _CAPTION_WHO_RE.search(x) or not _CAPTION_DOING_RE.search(x):
            continue
        before, after = (view[n.start : n.end].strip() for n in (left[k - 1], left[k + 1]))
        if len(before) < 40 or "。" not in before[-3:] or len(after) < 40:
            continue  # a picture stands between paragraphs; short lines together are a list or an outline
        new.append(Candidate("furniture", ln.start, ln.end, "removed", f"a picture's caption on a page of captions: {x[:30]}",
                              priority=5, data={"unit": "page_caption", "score": 0.9, "detector": "leftovers"}))
    _add_leftovers(kept, new)


#: a report's sign-off in its foot: its unit, a date, a person, an attachment's or a filing's line
_SIGN_OFF_RE = re.compile(r"(?:委员会|党委|党工委|党支部|支部|总支|党组|局|院|公司|学校|中学|小学|幼儿园|中心|村委会|居委会|社区|街道|政府|办公室"
                          r"|大队|中队|派出所|所|站|厂|集团|银行|医院|组|部|处|科|室)$|^(?:19|20)\d\d[年\-/.]|年\d{1,2}月|[〇○零一二三四五六七八九]{4}年|同志$|^附件|^特此"
                          r"|^申报|^报送|^推荐")
#: a line of two to four characters: a person's name signing off when it opens with a surname (王某, 欧阳某某)
_SHORT_LINE_RE = re.compile(r"\S{2,4}")


def _gaps(spans: Iterable[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of ``start:end`` that none of ``spans`` (sorted by start) covers."""
    pos, out = start, []
    for s, e in spans:
        if e <= pos or s >= end:
            continue
        if s > pos:
            out.append((pos, s))
        pos = max(pos, e)
    if pos < end:
        out.append((pos, end))
    return out


def _add_leftovers(kept: list[Candidate], new: list[Candidate]) -> None:
    """Add what a leftovers pass found and keep the candidates in text order; a flag inside a span that
    now goes (a placeholder in a spam piece's copy) goes with it."""
    if new:
        removed = [(c.start, c.end) for c in new if c.action == "removed"]
        if removed:
            kept[:] = [c for c in kept if c.action != "flagged" or not any(s < c.end and c.start < e for s, e in removed)]
        kept.extend(new)
        kept.sort(key=lambda c: (c.start, c.end))


def _removed_whole(view: str, kept: list[Candidate]):
    """A test whether a line's words were all removed."""
    removed = sorted((c.start, c.end) for c in kept if c.action == "removed")
    starts = [a for a, _ in removed]

    def gone(ln: Line) -> bool:
        a, b = ln.start, ln.end
        while a < b and view[a] in " \t\u3000":
            a += 1
        i = bisect.bisect_right(starts, a) - 1
        while i >= 0:
            if removed[i][0] <= a and removed[i][1] >= b:
                return True
            if a - removed[i][0] > 2000:
                return False
            i -= 1
        return False

    return gone


def _take_foot_leftovers(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """The page's foot after the report's last paragraph of prose, where the detectors took most lines
    (two at least, no fewer than they left, or one above three menu words or more): the short lines left
    between them are the site's too (a service's menu words, a column's ranking title, an advertisement's
    slogan). One clause without a full stop or a comma, 40 characters at most; the report's sign-off (its
    unit, a date, a person's name opening with a surname, an attachment), numbered items and the page's
    last line cut off in mid-paragraph stay."""
    if not any(c.action == "removed" for c in kept):
        return
    gone = _removed_whole(view, kept)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    last = None
    for k in range(len(filled) - 1, -1, -1):
        x = view[filled[k].start : filled[k].end].strip()
        if len(x) >= 30 and "。" in x and not gone(filled[k]):
            last = k
            break
    if last is None:
        return
    foot = filled[last + 1 :]
    taken = [ln for ln in foot if gone(ln)]
    left = [ln for ln in foot if not gone(ln)]
    names = surnames()
    menu = len(left) >= 3 and all(4 <= len(x) <= 8 and not _SIGN_OFF_RE.search(x) and x[0] not in names and not re.search(r"[\W\d]", x)
                                  for x in (view[ln.start : ln.end].strip() for ln in left))
    if not left or (len(taken) < 2 or len(taken) < len(left)) and not (taken and menu):
        return  # (three words of a menu or more under one line the detectors took: 服务咨询 / 参与评价 / 院务信箱)
    picks = []
    for ln in left:
        x = view[ln.start : ln.end].strip()
        if _SIGN_OFF_RE.search(x) or x[0] in "（(〔" or x[-1] in "）)〕":  # (某某推荐材料), 某某委员会（盖章）: the sender's
            continue
        if _SHORT_LINE_RE.fullmatch(x) and (x[0] in names or x[:2] in names):
            continue  # a person signing off (a menu's words open with no surname: 服务咨询, 院务信箱)
        if len(x) > 40 or re.search(r"[。，,；;！!？?*＊×□、]", x) or _OUTLINE_HEAD_RE.match(x):
            return  # text of the report's left in the foot (a roll of names under its heading): the foot is no menu
        if ln is filled[-1] and len(x) >= 8 and "的" in x:
            continue  # the page's last line, a paragraph the excerpt cut (38岁的某某村村支书某某): the report's
        if not any(c.start < ln.end and c.end > ln.start for c in kept):  # one partly taken is the other rules'
            picks.append((ln, x))
    new: list[Candidate] = []
    for ln, x in picks:
        new.append(Candidate("furniture", ln.start, ln.end, "removed", f"a short line among the furniture of the page's foot: {x[:30]}",
                              priority=5, data={"unit": "foot_leftover", "score": 0.9, "detector": "leftovers"}))
    _add_leftovers(kept, new)


#: a page's breadcrumb: where the reader stands (当前位置：…, 您所在位置：…) or the home page's first step (首页 > …);
#: a forum thread's counts over its title (查看: 2557|回复: 0) stand where a crumb does
_HEAD_CRUMB_RE = re.compile(r"查看[:：]\s*\d+\s*[|｜]\s*回复[:：]\s*\d+|(?:当前|现在)的?位置|您的位置|您所在(?:的)?位置|所在位置|^(?:网站)?首\s?页\s*[>»›＞/|｜]|^主页\s*[>»›＞]")
#: a report's own outline heading (一、…, （二）…): a site's head numbers its items with digits, if at all
_CHINESE_OUTLINE_RE = re.compile(r"[一二三四五六七八九十]{1,3}\s?[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[章节部分]")
#: a menu of short words in a row (首页 资讯 视频 图集): no title
_MENU_ROW_RE = re.compile(r"[|｜]|(?:^|\s)\S{1,4}\s+\S{1,4}\s+\S{1,4}(?:\s|$)")


def _take_head_above_crumb(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A page's breadcrumb the detectors took (当前位置：首页 > 新闻中心 > 正文) opens the article: what stands
    above it, with no paragraph of prose among it, is the site's head (its menu, a login box, a sidebar of other
    headlines, a column's monthly archive), and the lines the detectors left there go too — but for the
    page's title, the last line above the crumb that reads as one (8-80 characters, no menu), and a subtitle
    beside it (——记某某). A crumb below the report's prose (a foot's menu) takes nothing."""
    if not any(c.action == "removed" for c in kept):
        return
    gone = _removed_whole(view, kept)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    crumb = None
    for k, ln in enumerate(filled[:41]):
        x = view[ln.start : ln.end].strip()
        if len(x) >= 20 and "。" in x and not gone(ln) or _CHINESE_OUTLINE_RE.match(x):
            break  # prose or the report's outline (一、, （二）): a crumb below it is no head's
        if len(x) <= 120 and _HEAD_CRUMB_RE.search(x) and gone(ln):
            crumb = k  # the last one above the text (a menu opening 首页 | … may stand above the crumb)
    if not crumb:
        return
    left = [k for k in range(crumb) if not gone(filled[k])]
    texts = {k: view[filled[k].start : filled[k].end].strip() for k in left}
    titles = [k for k in left if 8 <= len(texts[k]) <= 80 and not _MENU_ROW_RE.search(texts[k])]
    keep = set()
    below = next((view[ln.start : ln.end].strip() for ln in filled[crumb + 1 :] if not gone(ln)), "")
    if (8 <= len(below) <= 80 and "。" not in below and not _MENU_ROW_RE.search(below) and not below.startswith(("—", "－", "-")) and not _CHINESE_OUTLINE_RE.match(below)
            and not re.search(r"(?:19|20)\d\d[-/.年]|[:：]\s*$", below) and len(re.findall(r"[\u4e00-\u9fff]", below)) >= 6):
        titles = []  # the title stands under the crumb (no subtitle, heading or date line): nothing above it is the page's
    if titles:
        t = titles[-1]
        keep = {t} | {k for k in (t - 1, t + 1) if k in texts and texts[k].startswith(("—", "－", "-"))}
        if texts[t].startswith(("—", "－", "-")) and t - 1 in texts:
            keep.add(t - 1)  # the subtitle (——记某某) under the title
    new = [Candidate("furniture", filled[k].start, filled[k].end, "removed", f"the site's head above its breadcrumb: {texts[k][:30]}",
                     priority=5, data={"unit": "head_above_crumb", "score": 0.85, "detector": "leftovers"})
           for k in left if k not in keep and not any(c.start < filled[k].end and c.end > filled[k].start and c.action == "removed"
                                                      for c in kept)]  # (a flag on a placeholder in it does not count)
    _add_leftovers(kept, new)


def _take_bracketed_title_copies(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """The page's title in corner brackets glued into the text below it (【某某的发源地】某厂某队总有着讲不完的…):
    a mirror site's copy of its title, spliced where a paragraph starts; the title line itself stays."""
    gone = _removed_whole(view, kept)
    first = next((ln for ln in lines if view[ln.start : ln.end].strip() and not gone(ln)), None)
    if first is None:
        return
    title = view[first.start : first.end].strip()
    if not 4 <= len(title) <= 40 or re.search(r"[。！？!?【】\[\]]", title):
        return
    new = [Candidate("furniture", m.start(), m.end(), "removed", f"the page's title in brackets glued into the text: {title[:30]}",
                     priority=5, data={"unit": "bracketed_title_copy", "score": 0.9, "detector": "leftovers"})
           for m in re.compile(r"[【\[]" + re.escape(title) + r"[】\]]").finditer(view, first.next)
           if not any(c.start < m.end() and m.start() < c.end for c in kept)]
    _add_leftovers(kept, new)


def _partly_taken(touched: list[tuple[int, int]], ln: Line) -> bool:
    """Whether one of the spans ``touched`` (sorted by start) overlaps line ``ln``."""
    k = bisect.bisect_left(touched, (ln.start, -1))
    return any(s < ln.end and e > ln.start for s, e in touched[max(0, k - 8) : k + 8])


#: the caption model's score for a sentence of its own above the report's first paragraph to be a picture's caption
HEAD_CAPTION_SCORE = 0.4
#: what a caption sentence never holds: a colon, an exclamation, a question, a semicolon
_NOT_CAPTION_RE = re.compile(r"[：:！？!?；;]")


def _take_head_captions(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A news page's pictures above the text: a line of one sentence closed by its full stop, above the
    report's first paragraph of prose, that the caption model reads as who does what, where (马海村新貌。,
    某某向村委会捐赠电视机。, 教官指导队员进行射击训练。; :mod:`deedsnlp.clean.captionmodel`). A report's title
    has no full stop, and its opening sentence on a line of its own speaks of a season or a spirit
    (金秋高原，寒意渐浓。), which the model leaves."""
    from .captionmodel import caption_model

    gone = _removed_whole(view, kept)
    touched = sorted((c.start, c.end) for c in kept)
    model = caption_model()
    new: list[Candidate] = []
    above = ""  # the line right above, blank or not
    for ln in lines:
        x = view[ln.start : ln.end].strip()
        before, above = above, x
        if not x or gone(ln):
            continue
        if len(x) >= 30 and "。" in x:
            break  # the report's first paragraph
        if not (6 <= len(x) <= 60 and x.endswith("。") and "。" not in x[:-1]) or _NOT_CAPTION_RE.search(x):
            continue
        if len(before) >= 20 and before[-1] not in "。！？!?”\"：:）)":
            continue  # the end of a sentence wrapped from the line right above (…基层代表在会上 / 发言。)
        if _partly_taken(touched, ln):
            continue  # a line partly taken is the other rules'
        score = model.score(x)
        if score >= HEAD_CAPTION_SCORE:
            new.append(Candidate("furniture", ln.start, ln.end, "removed", f"a picture's caption above the text: {x[:30]}",
                                  priority=5, data={"unit": "head_caption", "score": round(score, 3), "detector": "caption model"}))
    else:
        return  # no paragraph of prose below: a line of the report's own, a page of one sentence
    _add_leftovers(kept, new)


#: a line that is one bracketed sentence closed by its full stop ((某某书记在表彰大会现场。), (图中左三为某某。))
_BRACKETED_SENTENCE_RE = re.compile(r"[（(]([^()（）\n:：;；]{5,60}[。.])[)）]")


def _take_bracketed_captions(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A picture's caption written as a sentence in brackets on a line of its own ((某某镇党委书记某某在
    大会现场。), (正在蓬勃发展的某某镇。)), anywhere on the page, when the caption model reads it as who does
    what, where (0.5 or more). A report's own note in brackets (（以上数据截至某年底。）) speaks of figures or
    of the text, which the model leaves; a line partly taken is the other rules'."""
    from .captionmodel import caption_model

    if "。)" not in view and "。）" not in view and ".)" not in view and ".）" not in view:
        return
    gone = _removed_whole(view, kept)
    touched = sorted((c.start, c.end) for c in kept if c.action == "removed")
    model = caption_model()
    new: list[Candidate] = []
    for ln in lines:
        x = view[ln.start : ln.end].strip()
        m = _BRACKETED_SENTENCE_RE.fullmatch(x) if x else None
        if m is None or gone(ln):
            continue
        if _partly_taken(touched, ln):
            continue
        score = model.score(m.group(1))
        if score >= 0.5:
            new.append(Candidate("furniture", ln.start, ln.end, "removed", f"a picture's caption in brackets: {x[:30]}",
                                 priority=5, data={"unit": "bracketed_caption", "score": round(score, 3), "detector": "caption model"}))
    _add_leftovers(kept, new)


#: what a document's title ends in (某某实施方案, 某某工作总结, 某某事迹材料)
_DOC_TITLE_END_RE = re.compile(r"(?:方案|总结|材料|报告|汇报|事迹|讲话|发言|计划|范文|申报书|申请书|纪实)(?:[（(][^()（）]{1,8}[)）])?")


def _take_glued_title_copy(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A document site's file title glued before the document's own title on the page's first line
    (某医院党员活动室建设方案xx医院党员活动室建设方案 根据…, 2023年关于某社区…实施方案关于某社区…实施方案…): the
    first copy goes, the document's title and text stay. The copy ends in a document's word and its last ten
    characters come again right after it."""
    first = next((ln for ln in lines if view[ln.start : ln.end].strip()), None)
    if first is None:
        return
    start = first.start
    for c in kept:  # what other rules took at the line's start (a chunk's number 1、)
        if c.action == "removed" and c.start <= start < c.end:
            start = c.end
    while start < first.end and view[start] in " \t\u3000":
        start += 1
    x = view[start : first.end]
    for m in _DOC_TITLE_END_RE.finditer(x, 8, 62):
        head, rest = x[: m.end()], x[m.end() : m.end() + m.end() + 12]
        if len(head) >= 10 and head[-10:] in rest and not re.search(r"[。！？!?；;，,]", head):
            if not any(c.start < start + 2 * m.end() + 12 and start < c.end and c.action == "removed" for c in kept):
                # (one copy taken already: 标题 written twice is another rule's, which leaves the first)
                _add_leftovers(kept, [Candidate("furniture", start, start + m.end(), "removed",
                                                f"a document site's file title before the document's own: {head[:30]}", priority=5,
                                                data={"unit": "glued_title_copy", "score": 0.9, "detector": "leftovers"})])
            return


#: Latin dots closing a paragraph cut mid-sentence (…个人自学33次，召..., …这两年, ...)
_CUT_DOTS_RE = re.compile(r"(?<=[\u4e00-\u9fff，,、])[ \u3000]?\.{3,6}[ \t\u3000]*$")
#: a link to the whole text under a teaser (全文地址：…, 阅读全文)
_WHOLE_TEXT_RE = re.compile(r"[ \t\u3000]*(?:全文|阅读全文|查看全文|原文|全文地址|原文地址|原文链接)")


def _take_truncation_dots(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A teaser's cut: Latin dots closing the page's last paragraph, or the paragraph over a link to the
    whole text, cut mid-sentence (…开展中心组集中研讨11次，召...). A paragraph of prose only (forty
    characters, a clause's comma): other articles' headlines cut off with dots are the link-tail rules'."""
    gone = _removed_whole(view, kept)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip() and not gone(ln)]
    new = []
    for k, ln in enumerate(filled):
        last = k == len(filled) - 1
        if not (last or _WHOLE_TEXT_RE.match(view, filled[k + 1].start, filled[k + 1].end)):
            continue
        x = view[ln.start : ln.end]
        m = _CUT_DOTS_RE.search(x)
        if m is None or len(x.strip()) < 40 or not re.search(r"[，,]", x):
            continue
        s, e = ln.start + m.start(), ln.start + m.end()
        if not any(c.action == "removed" and c.start < e and s < c.end for c in kept):
            new.append(Candidate("furniture", s, e, "removed", "a teaser's dots where the text was cut", priority=5,
                                 data={"unit": "cut_dots", "score": 0.9, "detector": "leftovers"}))
    _add_leftovers(kept, new)


def _prefer_title_below_reading_label(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A page that shows its title after a reading label (正在阅读：【栏目】某某) and again under its crumb: the
    labelled line goes whole and the title below stays (the repeated-title rule took the later copy)."""
    labels = [c for c in kept if c.action == "removed" and c.data.get("unit") == "reading_label"]
    if not labels:
        return
    key = lambda a, b: re.sub(r"[\s【】\[\]]+", "", view[a:b])  # noqa: E731
    for c in labels:
        ln = next((x for x in lines if x.start <= c.start < x.end), None)
        if ln is None:
            continue
        shown = key(c.end, ln.end)
        copy = next((d for d in kept if d.action == "removed" and d.data.get("detector") == "repeated title"
                     and d.start >= ln.next and key(d.start, d.end) == shown), None)
        if len(shown) < 8 or copy is None:
            continue
        kept.remove(copy)  # the title below stays
        kept[:] = [d for d in kept if not (d.action == "removed" and ln.start <= d.start and d.end <= ln.next)]
        _add_leftovers(kept, [Candidate("furniture", ln.start, ln.next, "removed",
                                        f"the page's reading label with the title it shows (the title stands below, line {copy.data.get('line', '')})",
                                        priority=5, data={"unit": "reading_label_line", "score": 0.9, "detector": "leftovers"})])


def _take_item_title_copies(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A collection item's label taken (篇一：) before the collection's own title again (某县党建品牌 under
    某县党建品牌9篇): the copy goes with its label. An item's own heading (篇一：一名乡村教师的初心) stays."""
    gone = _removed_whole(view, kept)
    first = next((ln for ln in lines if view[ln.start : ln.end].strip() and not gone(ln)), None)
    if first is None:
        return
    title = re.sub(r"\s+", "", view[first.start : first.end])
    new: list[Candidate] = []
    for c in kept:
        if c.action != "removed" or c.data.get("unit") != "collection_label":
            continue
        ln = next((x for x in lines if x.start <= c.start < x.end), None)
        if ln is None or ln is first or c.end >= ln.end:
            continue
        rest = re.sub(r"\s+", "", view[c.end : ln.end])
        if len(rest) >= 6 and title.startswith(rest) and len(title) - len(rest) <= 6:
            new.append(Candidate("furniture", c.end, ln.end, "removed", f"the collection's title again under an item's label: {rest[:30]}",
                                 priority=5, data={"unit": "item_title_copy", "score": 0.9, "detector": "repeated title"}))
    _add_leftovers(kept, new)


def _take_split_title_copies(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """The page's title shown again broken over two lines (某某支行： / 担当社会责任 弘扬雷锋精神 under
    某某支行：担当社会责任 弘扬雷锋精神): both pieces go, the title on one line stays. Only a title of ten
    characters or more without a sentence's end, its copy within the next twelve lines."""
    gone = _removed_whole(view, kept)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip() and not gone(ln)]
    if len(filled) < 3:
        return
    key = lambda ln: re.sub(r"\s+", "", view[ln.start : ln.end])  # noqa: E731
    for k, ln in enumerate(filled[:8]):
        title = key(ln)
        if len(title) < 10 or len(title) > 80 or re.search(r"[。！？!?]", title[:-1]):
            continue
        for j in range(k + 1, min(k + 12, len(filled) - 1)):
            a, b = filled[j], filled[j + 1]
            if key(a) and key(b) and key(a) + key(b) == title and b.number == a.number + 1:
                _add_leftovers(kept, [Candidate("furniture", x.start, x.next, "removed",
                                                f"the page title shown again over two lines (first on line {ln.number})", priority=5,
                                                data={"unit": "split_title_copy", "score": 0.9, "detector": "repeated title"})
                                      for x in (a, b)])
                return
        return  # the first title-like line only


#: a journal article's funding label alone on its line (基金, 基金项目, 【基金】)
_FUND_LABEL_RE = re.compile(r"[【\[]?(?:基金|基金项目|项目基金|资助项目)[】\]]?[ \u3000]*[:：]?")
#: a funded project's line: a project named, its number in brackets closing the line (…研究”(GFD22011), …项目(某发(2022)33号)。)
_FUND_ITEM_RE = re.compile(r"[^\n。]{4,160}(?:项目|课题|基金|计划|专项)[^\n。]{0,80}?[（(][^\n]*?(?:[A-Za-z]{1,12}\d{2,}|\d{4,}|\d号)[^\n]*?[)）][。;；]?")


def _take_fund_items(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A journal page's funding block: under its label (基金), the projects that paid for the article, one
    a line, each with its number in brackets. Only under the label: a report's sentence on a project of its
    own (承担省级课题一项（2022年）。) stands under no such label."""
    if "基金" not in view and "资助项目" not in view:
        return
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    new: list[Candidate] = []
    for k, ln in enumerate(filled):
        if not _FUND_LABEL_RE.fullmatch(view[ln.start : ln.end].strip()):
            continue
        new.append(Candidate("furniture", ln.start, ln.end, "removed", "a journal's funding label",
                             priority=5, data={"unit": "fund_item", "score": 0.9, "detector": "journal fields"}))
        for nxt in filled[k + 1 : k + 8]:
            x = view[nxt.start : nxt.end].strip()
            if not _FUND_ITEM_RE.fullmatch(x):
                break
            new.append(Candidate("furniture", nxt.start, nxt.end, "removed", f"a funded project under the journal's label: {x[:30]}",
                                 priority=5, data={"unit": "fund_item", "score": 0.9, "detector": "journal fields"}))
    if new:
        _add_leftovers(kept, [c for c in new if not any(d.start < c.end and c.start < d.end for d in kept if d.action == "removed")])


#: a writer's byline: the unit, a space, one to three names (中国某某石化有限公司 王某某, 某某医院党委办公室 李某 张某)
_HEAD_BYLINE_RE = re.compile(
    r"(?P<unit>[\u4e00-\u9fff（）()]{3,30}?(?:公司|集团|厂|矿|学校|小学|中学|大学|学院|医院|卫生院|银行|支行|分行|协会|商会|中心|"
    r"局|委员会|党委|党总支|党支部|支部|办公室|部|处|科|站|所|院|馆|社区|街道|镇|乡|村))"
    r"(?P<names>(?:[ \u3000]+[\u4e00-\u9fff]{2,4}){1,3})")
#: a newspaper's byline after its box: □某某 某某·某某某 某 某 (a name of two characters may be spaced out)
_BOX_BYLINE_RE = re.compile(r"[□■][ \u3000]*(?P<names>[\u4e00-\u9fff·]{1,12}(?:[ \u3000]+[\u4e00-\u9fff·]{1,12}){0,5})")


def _names(text: str) -> list[str]:
    """The names of a byline: words apart by spaces, a lone character joined to the one before (谭 刚)."""
    out: list[str] = []
    for w in text.split():
        if len(w) == 1 and out and len(out[-1]) == 1:
            out[-1] += w
        else:
            out.append(w)
    return out


#: what names no person after a unit: its parts and roles (某某公司 党委, 某某学院 团委书记)
_NOT_A_NAME_RE = re.compile(r"党|团|委|支部|书记|主任|部长|经理|校长|院长|工会|办公|宣传|组织|纪检|研究|材料|事迹|总结|报告|经验")


def _take_head_bylines(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A magazine's or a news page's byline above the report's first paragraph: a line of the writer's
    unit and name(s) (中国某某石化有限公司 王某某). Each name opens with a surname and names no part
    or role of a unit (某某公司 党委办公室 is a title's unit, no writer). Only above the first paragraph
    of prose: a signature at the report's foot is the report's."""
    gone = _removed_whole(view, kept)
    touched = sorted((c.start, c.end) for c in kept if c.action == "removed")
    names = surnames()
    new: list[Candidate] = []
    for ln in lines:
        x = view[ln.start : ln.end].strip()
        if not x or gone(ln):
            continue
        if len(x) >= 30 and "。" in x:
            break  # the report's first paragraph
        m = _HEAD_BYLINE_RE.fullmatch(x) or _BOX_BYLINE_RE.fullmatch(x)
        if m is None:
            continue
        people = _names(m.group("names"))
        if not all(("·" in p or 2 <= len(p) <= 4 and (p[0] in names or p[:2] in names)) and not _NOT_A_NAME_RE.search(p)
                   for p in people):
            continue
        if _partly_taken(touched, ln):
            continue  # a line partly taken is the other rules'
        new.append(Candidate("furniture", ln.start, ln.end, "removed", f"the writer's byline above the text: {x[:30]}",
                             priority=5, data={"unit": "head_byline", "score": 0.9, "detector": "head byline"}))
    else:
        return  # no paragraph of prose below
    _add_leftovers(kept, new)


#: what a gallery's captions show, in the words they share (…组织观看直播实况, …参观红色教育基地)
_GALLERY_SCENE_RE = re.compile(r"观看|收看|聆听|参观|合影|宣誓|重温|慰问|走访|实况|现场|义诊|植树")


def _take_caption_galleries(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """Three short lines or more in a row that end in the same words naming a scene (骨科党支部组织观看
    直播实况 / 放射科党支部组织观看直播实况 / …), between two paragraphs of prose: a gallery's captions.
    A roll of units or honours shares no scene word (…村党支部, …荣获先进基层党组织)."""
    gone = _removed_whole(view, kept)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip() and not gone(ln)]
    texts = [view[ln.start : ln.end].strip() for ln in filled]
    short = [len(x) <= 30 and not re.search(r"[。！？!?；;：:，,]", x) for x in texts]
    new: list[Candidate] = []
    k = 0
    while k < len(filled):
        if not short[k]:
            k += 1
            continue
        j = k
        while j + 1 < len(filled) and short[j + 1]:
            j += 1
        run = texts[k : j + 1]
        if len(run) >= 3 and 0 < k and j + 1 < len(filled) and len(texts[k - 1]) >= 40 and len(texts[j + 1]) >= 40:
            suffix = run[0]
            for x in run[1:]:
                n = 0
                while n < min(len(suffix), len(x)) and suffix[-1 - n] == x[-1 - n]:
                    n += 1
                suffix = suffix[len(suffix) - n :] if n else ""
            if len(suffix) >= 4 and _GALLERY_SCENE_RE.search(suffix) and all(len(x) > len(suffix) for x in run):
                for ln in filled[k : j + 1]:
                    new.append(Candidate("furniture", ln.start, ln.end, "removed", f"a gallery's caption: {view[ln.start:ln.end].strip()[:30]}",
                                          priority=5, data={"unit": "gallery_run", "score": 0.9, "detector": "leftovers"}))
        k = j + 1
    _add_leftovers(kept, new)


#: a notice's label alone on its line (友情提醒 |, 特别注意：, 【免责声明】)
_NOTICE_LABEL_LINE_RE = re.compile(r"[ \t\u3000]*[【\[]?(?:温馨提示|友情提示|友情提醒|特别提示|特别注意|特别声明|免责声明|版权声明|郑重声明|严正声明|声明|提示)"
                                   r"[】\]]?[ \u3000]*[:：|｜]?[ \t\u3000]*")


def _take_notice_labels(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A notice's label alone on its line goes with the notice the detectors took on the next line
    (友情提醒 | / 本信息真实性未经某某网证实…); a label over the report's own text stays."""
    if not any(c.action == "removed" and c.kind == "watermark" for c in kept):
        return
    gone = _removed_whole(view, kept)
    filled = [ln for ln in lines if view[ln.start : ln.end].strip()]
    new: list[Candidate] = []
    for k in range(len(filled) - 1):
        ln, nxt = filled[k], filled[k + 1]
        if not _NOTICE_LABEL_LINE_RE.fullmatch(view, ln.start, ln.end) or gone(ln) or not gone(nxt):
            continue
        if not any(c.kind == "watermark" and c.action == "removed" and c.start <= nxt.start + 2 and c.end >= nxt.end for c in kept):
            continue
        if any(c.start < ln.end and c.end > ln.start and c.action != "removed" for c in kept):
            continue
        new.append(Candidate("watermark", ln.start, ln.end, "removed", f"the label of the notice below: {view[ln.start:ln.end].strip()}",
                              priority=5, data={"unit": "notice_label", "score": 0.9, "detector": "leftovers"}))
    _add_leftovers(kept, new)


#: a pair of brackets around at most 60 characters, none of them a bracket or a line break (the
#: analysis view folds an opening bracket's width, not always the closing one's)
_BRACKET_PAIR_RE = re.compile(r"[（(][^（）()\n]{1,60}[）)]|【[^【】\n]{1,60}】|[\[［][^\[\]［］\n]{1,60}[\]］]|"
                              r"〔[^〔〕\n]{1,60}〕|〖[^〖〗\n]{1,60}〗")
#: what may stand inside such brackets beside the junk removed from them (spaces, separators)
_BRACKET_FILL_RE = re.compile(r"[\s，,、；;:：|｜/·•\-—_.。]*")
#: a teaser's marks around a bracketed marker (……（此处隐藏2815字）……)
_ELLIPSIS_RE = re.compile(r"(?:……|…|\.{3,6})")


def _keep_title_captions(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A news picture's caption shape ending with its ceremony (某某党支部成立揭牌, 公司党委为示范点授牌)
    on the page's first line of text — everything above it blank or removed, no caption beside it — is
    the page's title: a picture's caption stands under some text. The candidate goes from ``kept``."""
    scene = [c for c in kept if c.action == "removed" and c.data.get("unit") == "scene_caption"]
    if not scene:
        return
    removed = sorted((c.start, c.end) for c in kept if c.action == "removed")
    starts = [ln.start for ln in lines]
    at = {c.start for c in scene}
    filled = [k for k, ln in enumerate(lines) if view[ln.start : ln.end].strip()]

    def caption_on(k: int | None) -> bool:
        return k is not None and any(lines[k].start <= a < lines[k].next for a in at)

    for c in scene:
        k = bisect.bisect_right(starts, c.start) - 1
        line = lines[k] if k >= 0 else None
        if line is None or view[line.start : c.start].strip() or view[c.end : line.end].strip():
            continue  # a caption run into a line: no title
        x = view[line.start : line.end].strip()
        if _SCENE_NOUN_END_RE.search(x) or not _CEREMONY_END_RE.search(x):
            continue  # 表彰大会现场, 新党员入党宣誓, 某某(右)…资料图: a picture's words; a title ends with its ceremony (…揭牌)
        f = bisect.bisect_left(filled, k)
        if caption_on(filled[f + 1] if f + 1 < len(filled) else None) or caption_on(filled[f - 1] if f > 0 else None):
            continue  # captions line after line: a gallery opening the page
        if not any(view[a:b].strip() for a, b in _gaps(removed, 0, line.start)):
            kept.remove(c)


#: the ceremony a news title ends with (某某党支部成立揭牌, 某局为示范点授牌, …表彰颁奖, 某某剧团受表彰)
_CEREMONY_END_RE = re.compile(r"(?:揭牌|授牌|颁奖|受表彰|获表彰)$")
#: how only a picture's caption ends: the scene's place (现场, 会场), a pose (合影), who stands where ((右)),
#: a file picture's mark (资料图)
_SCENE_NOUN_END_RE = re.compile(r"(?:现场|会场|合影|合影留念|留影|资料图)[。.]?$|[（(][左右前后中][一二三四五六]?[)）]")


def _take_emptied_brackets(view: str, kept: list[Candidate]) -> None:
    """Brackets whose whole content was removed go with it (（发布时间：…） leaves no （）), and a
    teaser's ellipses around such a marker too (……（此处隐藏2815字）……); a bracket holding any
    character left of the report stays as it is."""
    removed = sorted((c.start, c.end) for c in kept if c.action == "removed" and c.kind != "html" and not c.replacement)
    if not removed:
        return
    starts = [s for s, _ in removed]
    for m in _BRACKET_PAIR_RE.finditer(view):
        a, b = m.start() + 1, m.end() - 1
        k = bisect.bisect_right(starts, b) - 1
        if k < 0 or removed[k][1] <= a:
            continue  # nothing removed inside
        pos, ok = a, False
        for s, e in removed[bisect.bisect_left(starts, a - 1) if a else 0:]:
            if s >= b:
                break
            if e <= pos:
                continue
            if s > pos and not _BRACKET_FILL_RE.fullmatch(view, pos, s):
                break
            ok = ok or s < b
            pos = max(pos, e)
        if not ok or pos < b and not _BRACKET_FILL_RE.fullmatch(view, pos, b):
            continue
        if any(c.start < m.end() and c.end > m.start() and c.action != "removed" for c in kept):
            continue  # a flagged mask inside
        start, end = m.start(), m.end()
        left = _ELLIPSIS_RE.search(view, max(0, start - 6), start)
        right = _ELLIPSIS_RE.match(view, end)
        if left and left.end() == start and right:
            start, end = left.start(), right.end()
        inner = sorted((c.start, c.end) for c in kept if c.start < end and c.end > start)
        for s, e in _gaps(inner, start, end):  # the brackets, ellipses and separators left between the removals
            kept.append(Candidate("furniture", s, e, "removed", "brackets emptied by the junk removed from them", priority=5,
                                  data={"unit": "emptied_brackets", "score": 0.9, "detector": "leftovers"}))
    kept.sort(key=lambda c: (c.start, c.end))


def _credits_after_removed_heads(view: str, lines: list[Line], kept: list[Candidate]) -> list[Candidate]:
    """A dateline or credit that opens a line once the junk before it is gone (金宝搏188入口 某某站讯
    (记者 某某) …: the brand went, the dateline is now the line's head): the credit grammar reads the
    lines that lost their first words again, without them."""
    removed = [c for c in kept if c.action == "removed" and c.kind != "html"]
    by_start = {ln.start: ln for ln in lines}
    lost = []
    for c in removed:  # a removal opening its line (after spaces at most) that leaves words after it
        k = c.start
        while k > 0 and view[k - 1] in " \t\u3000" and k not in by_start:
            k -= 1
        ln = by_start.get(k)
        if ln is not None and c.end < ln.end:
            lost.append((ln.number, c))
    if not lost:
        return []
    heads = {n for n, _ in lost}
    seen = _blank(view, [c for _, c in lost])
    taken = sorted((c.start, c.end) for c in removed)
    out = []
    again = [ln for ln in lines if ln.number in heads]
    found = find_bylines(seen, again) + [c for ln in again for c in inline_rules(seen, ln.start, ln.next)]
    for c in found:
        if c.action != "removed" or any(k.start < c.end and c.start < k.end for k in kept if k.action != "removed"):
            continue
        # what the credit adds to the removals already there
        out += [replace(c, start=s, end=e) for s, e in _gaps(taken, c.start, c.end) if view[s:e].strip()]
    return out


#: a publishing stamp with its clock (2024年11月08日16:00, 2023-05-06 09:12:33): a site's, never a sign-off's
_CLOCK_STAMP_RE = re.compile(r"[ \t\u3000]*(?:19|20)\d\d[年\-/.]\d{1,2}[月\-/.]\d{1,2}日?[ \u3000]*\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]*")


#: what is left of a meta line: fields with their short values (来源：某某报, 作者：佚名, 浏览次数：12) and the
#: font buttons beside them (减小字体 增大字体)
_FIELD_ITEM = (r"(?:(?:文章|信息|新闻|稿件)?来源|作者|编辑|责任编辑|审核|浏览次数|点击数|阅读次数|阅读量|点击量|发布者|发布人|录入)"
               r"[ \u3000]*[:：][ \u3000]*[^\s:：。！？!?，,|｜]{0,20}|减小字体|增大字体|字体[:：]?(?:[ \u3000]*[大中小]){1,3}|打印|关闭")
_FIELDS_LEFT_RE = re.compile(rf"[ \t\u3000|｜]*(?:{_FIELD_ITEM})(?:[ \t\u3000|｜/]+(?:{_FIELD_ITEM}))*[ \t\u3000|｜]*")


def _take_stamp_leftovers(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A publishing stamp with its clock left alone on a line once the junk beside it went (2024年11月08日16:00
    before a removed address): the stamp was the site's line too."""
    removed = [c for c in kept if c.action == "removed" and c.kind not in ("pinyin", "html")]
    if not removed:
        return
    new: list[Candidate] = []
    starts = [ln.start for ln in lines]
    by_line: dict[int, list[tuple[int, int]]] = {}
    for c in removed:  # each removal on the line it starts in (one lying within that line only)
        k = bisect.bisect_right(starts, c.start) - 1
        if k >= 0 and c.end <= lines[k].next:
            by_line.setdefault(k, []).append((c.start, c.end))
    for k, inside in by_line.items():
        line = lines[k]
        gaps = [(a, b) for a, b in _gaps(sorted(inside), line.start, line.end) if view[a:b].strip()]
        if len(gaps) == 1 and _CLOCK_STAMP_RE.fullmatch(view, *gaps[0]) \
                and not any(c.start < gaps[0][1] and c.end > gaps[0][0] for c in kept):
            new.append(Candidate("furniture", gaps[0][0], gaps[0][1], "removed", "a publishing stamp left alone by the junk beside it",
                                  priority=5, data={"unit": "stamp_leftover", "score": 0.9, "detector": "leftovers"}))
        elif gaps and all(_FIELDS_LEFT_RE.fullmatch(view, a, b) for a, b in gaps) \
                and not any(c.start < b and c.end > a for a, b in gaps for c in kept):
            # the page's fields left once the stamp beside them went (来源: 某某报, 作者:佚名 来源:网上收集整理)
            new += [Candidate("furniture", a, b, "removed", f"the page's fields left by the stamp beside them: {view[a:b].strip()[:30]}",
                              priority=5, data={"unit": "fields_leftover", "score": 0.9, "detector": "leftovers"}) for a, b in gaps]
    _add_leftovers(kept, new)


def _take_emptied_lines(view: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A removal that leaves its line empty takes the line break too (a credit in brackets alone
    on its line). A removal that leaves text in its place (an entity read as its character: &amp;
    → &) leaves the line non-empty."""
    removed = sorted((c.start, c.end) for c in kept if c.action == "removed")
    for line in lines:
        if line.next <= line.end:
            continue
        inside = [(s, e) for s, e in removed if s < line.end and e > line.start]
        if not inside or any(e > line.end for s, e in inside):
            continue
        pos, left = line.start, []
        for s, e in inside:
            left.append(view[pos:max(pos, s)])
            pos = max(pos, e)
        left.append(view[pos:line.end])
        if "".join(left).strip() or any(c.replacement.strip() for c in kept if c.action == "removed"
                                        and c.start < line.end and c.end > line.start):
            continue
        mine = [c for c in kept if c.action == "removed" and line.start <= c.start and c.end <= line.end]
        if not mine:
            continue  # the removals reach in from the line before (a line broken by a lone \r)
        first, last = min(mine, key=lambda c: c.start), max(mine, key=lambda c: c.end)
        if last.kind == "html" or any(c.start < line.next and c.end > line.end for c in kept if c not in mine):
            continue
        last.end = line.next
        if first.kind != "html" and not any(c.end > line.start and c.start < first.start for c in kept if c not in mine):
            first.start = line.start


def _whole_crlf(view: str, kept: list[Candidate]) -> None:
    """A removal that ends between the two characters of a CRLF line break (a rule's ``$`` stops before
    ``\n``, its ``[^\n]`` takes the ``\r``) takes the ``\n`` too: half a line break left behind would put
    the next line's text on the removed line."""
    starts = {c.start for c in kept}
    for c in kept:
        if (c.action == "removed" and c.end < len(view) and view[c.end] == "\n" and view[c.end - 1] == "\r"
                and c.end not in starts):
            c.end += 1


def _keep_html_breaks(raw: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A junk line that an HTML tag (``<br>``) split off goes without the real line break after
    it: the tag's own break separates what is left."""
    starts = {l.start: l for l in lines}
    for c in kept:
        line = starts.get(c.start)
        if (c.action == "removed" and line is not None and c.end == line.next and line.next > line.end
                and c.start > 0 and raw[c.start - 1] not in "\r\n\u2028\u2029\x85"):
            c.end = line.end


def _note_inner_masks(kept: list[Candidate], cands: list[Candidate]) -> None:
    masks = [c for c in cands if c.kind == "mask"]
    for c in kept:
        if c.action == "removed" and any(c.start <= m.start and m.end <= c.end for m in masks):
            c.reason += " (contains a censor mask, removed with it)"


def _whole_lines(cands: list[Candidate], lines: list[Line]) -> set[int]:
    out = set()
    for c in cands:
        for line in lines:
            if c.start <= line.start and line.end <= c.end and line.end > line.start:
                out.add(line.number)
    return out


def _side(view: str, pos: int, step: int, width: int, removed, masks, fills) -> str:
    """Up to ``width`` characters of context on one side of ``pos``, within the line, skipping
    removed spans and reading other masks as their best fill so far."""
    out: list[str] = []
    i = pos if step > 0 else pos - 1
    while 0 <= i < len(view) and len(out) < width:
        ch = view[i]
        if ch in "\r\n":
            break
        span = next(((s, e) for s, e in removed if s <= i < e), None)
        if span:
            i = span[1] if step > 0 else span[0] - 1
            continue
        m = next((m for m in masks if m.start <= i < m.end), None)
        if m is not None:
            if m.start not in fills:
                break
            fill = fills[m.start]
            out.extend(fill if step > 0 else reversed(fill))
            i = m.end if step > 0 else m.start - 1
            continue
        out.append(ch)
        i += step
    return "".join(out) if step > 0 else "".join(reversed(out))
