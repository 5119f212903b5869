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
from ..outline import match_marker
from ..text.lines import LineIndex
from .duplicates import find_doubled_lines, find_duplicate_paragraphs, find_recurring_watermarks, find_truncated_teasers
from .evidence import sentence_spans
from .flags import find_masks, find_placeholders
from .furniture import (_SECTION_WORDS, _SPACED_FIGURE_RE, _between_paragraphs_of_prose, _despaced, brand_sentence_flags, find_brands, find_glued_junk, find_inline, find_junk_lines, find_junk_sentences,
                        find_repeated_titles, find_spam_lines, report_list_lines, title_line, widget_rows)
from .linemodel import LineJunkModel
from .injected import find_injected_pairs, screened
from .prepass import find_prepass, without
from .html import find_html, masked_view
from .leftovers import (_blank, _take_spam_copies, _bridge_gambling, _take_brand_tails, _take_blank_runs, _without_overlaps,
                        _take_notice_leftovers, _take_disclaimer_items, _take_meta_line_rest,
                        _take_credited_captions, _take_captions_beside_captions, _take_foot_leftovers, _take_lines_after_closing_credit, _take_paged_title_copy,
                        _prefer_headline_over_site_title,
                        _take_head_above_crumb, _take_epaper_head, _take_bracketed_title_copies, _take_head_captions,
                        _take_bracketed_captions, _take_glued_title_copy, _take_truncation_dots, _take_cut_watermark_tail, _take_dot_link_runs, _take_bar_menu_items,
                        _prefer_title_below_reading_label, _keep_opening_original_title, _keep_headline_over_publishing_line,
                        _keep_one_title_copy, _take_column_over_headline, _keep_title_over_subtitle, _take_item_title_copies,
                        _take_split_title_copies,
                        _take_fund_items, _take_head_bylines, _take_closing_bylines, _take_summary_copies, _take_caption_galleries, _take_edge_galleries, _take_inner_captions,
                        _take_notice_labels,
                        _keep_title_captions, _take_emptied_brackets, _credits_after_removed_heads,
                        _take_stamp_leftovers, _take_list_marks_left, _take_emptied_lines, _whole_crlf)
from .linktail import find_link_tails
from .maskfill import DocumentCache, MaskedLMFiller, Suggestion, ngram_filler
from .notices import NoticeDetector, NoticeKnowledge
from .patterns import URL_RE, cjk_count, junk_patterns
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
        # (a report's numbered heading recurs in the reposts of one report the batch holds: 二、某某工作卓有成效。 — no notice)
        sentences = {b.text.strip(_EDGE_PUNCT): b.doc_count for b in shared
                     if 4 <= len(b.text) <= MAX_NOTICE_CHARS and not _report_heading(b.text.strip().rstrip("。.！!"))
                     and (_looks_like_notice(b.text, pats) or (named is not None and named.search(b.text)))}
        # corpus evidence: a short whole line that recurs across documents (near-duplicates count
        # once) and reads as furniture to the line model is a site's furniture, not a stock phrase
        model = self.line_model
        lines = {b.text.strip(): b.doc_count for b in shared
                 if b.text.strip() and len(b.text.strip()) <= 40 and "\n" not in b.text.strip()
                 and not _SENTENCE_END_RE.search(b.text.strip()) and not _report_heading(b.text.strip())
                 and model.score(b.text.strip(), 1, 20) >= _RECURRING_LINE_MIN}
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
        inline: list[Candidate] = []
        if "furniture" in kinds:
            inline = [c for c in find_inline(view, lines) if c.data["score"] >= self._cut(0.9)]
            cands += inline
        # later detectors read the lines without the junk found in them
        seen = _blank(view, [c for c in cands if c.action == "removed"])
        if "link_tail" in kinds:
            tails = find_link_tails(seen, lines, skip=taken_lines, original=view)
            cands += tails
            taken_lines |= _whole_lines(tails, lines)
        if "duplicate_paragraph" in kinds:
            dups = find_duplicate_paragraphs(seen, lines, skip=taken_lines, min_cjk=self.config.duplicate_min_chars)
            cands += dups
            taken_lines |= _whole_lines(dups, lines)
            doubled = find_doubled_lines(seen, lines, skip=taken_lines)
            cands += doubled
            taken_lines |= _whole_lines(doubled, lines)
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
            # (an e-paper's list of the headlines shows no copy of the title: the plain one below is the title)
            lists = [c for c in inline if c.data.get("unit") == "head_headline_list"]
            repeated = find_repeated_titles(view, lines, taken_lines | shards, seen, gone=taken_lines | _whole_lines(lists, lines))
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
                      and not (shards and c.data["unit"] not in ("foot_headlines", "after_block")
                               and _line_of(lines, starts, c.start) in shards)]
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
        kept = _resolve(cands, view)
        if "furniture" in kinds:
            _keep_title_captions(view, kept, lines)
            more, back = widget_rows(view, lines, sorted((c.start, c.end) for c in kept if c.action == "removed"))
            if back:  # a table's rows the line model alone took, among rows it left or between prose: the report's own
                back = set(back)
                kept = [c for c in kept if not (c.start in back and c.data.get("detector") == "line model")]
            more += _credits_after_removed_heads(view, lines, kept)
            if more:
                kept = _resolve(kept + more, view)
        _bridge_gambling(view, kept)
        _take_brand_tails(view, kept)
        _take_spam_copies(view, kept)
        _take_notice_leftovers(view, kept, lines)
        _take_disclaimer_items(view, kept, lines)
        if "furniture" in kinds:
            _take_meta_line_rest(view, kept, lines)
        _take_emptied_brackets(view, kept)
        _take_credited_captions(view, kept, lines)
        _take_captions_beside_captions(view, kept, lines)
        _take_caption_galleries(view, kept, lines)
        _take_edge_galleries(view, kept, lines)
        _take_inner_captions(view, kept, lines)
        _take_notice_labels(view, kept, lines)
        _take_foot_leftovers(view, kept, lines)
        _take_lines_after_closing_credit(view, kept, lines)
        _take_head_above_crumb(view, kept, lines)
        _take_epaper_head(view, kept, lines)
        _take_bracketed_title_copies(view, kept, lines)
        _take_head_captions(view, kept, lines)
        _take_head_bylines(view, kept, lines)
        _take_closing_bylines(view, kept, lines)
        _take_summary_copies(view, kept, lines)
        _take_bracketed_captions(view, kept, lines)
        _take_fund_items(view, kept, lines)
        _take_glued_title_copy(view, kept, lines)
        _take_split_title_copies(view, kept, lines)
        _take_item_title_copies(view, kept, lines)
        _take_paged_title_copy(view, kept, lines)
        _prefer_headline_over_site_title(view, kept, lines)
        _prefer_title_below_reading_label(view, kept, lines)
        _keep_opening_original_title(view, kept, lines)
        _keep_headline_over_publishing_line(view, kept, lines)
        _take_column_over_headline(view, kept, lines)
        _keep_title_over_subtitle(view, kept, lines)
        _keep_one_title_copy(view, kept, lines)
        _take_truncation_dots(view, kept, lines)
        _take_cut_watermark_tail(view, kept)
        _take_stamp_leftovers(view, kept, lines)
        _take_list_marks_left(view, kept, lines)
        _take_dot_link_runs(view, kept, lines)
        _take_bar_menu_items(view, kept, lines)
        _take_emptied_lines(view, kept, lines)
        _whole_crlf(view, kept)
        _take_blank_runs(view, kept)
        _keep_html_breaks(text, kept, lines)  # (the text as written: the view reads a tag's last character as a break)
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
#: a report's section heading: reports written from one template, or by one clerk, share them, so
#: their recurring across a batch says nothing of a site (支部简介, 几点体会, （一）评选范围, 三、下一步打算)
_HEADING_WORDS_RE = re.compile(rf"[\u4e00-\u9fff]{{0,4}}(?:{_SECTION_WORDS}|打算|方向|思考|问题|不足|目标|感悟)")


def _report_heading(line: str) -> bool:
    """A line that reads as one of a report's section headings: its section word alone, or words after
    an outline marker (一、, （一）, 1.)."""
    if _HEADING_WORDS_RE.fullmatch(line):
        return True
    marked = match_marker(line)
    return bool(marked) and bool(re.fullmatch(r"[ \u3000]*[\u4e00-\u9fff“”、，,]{2,24}[ \u3000]*", marked[3]))


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
    lines or more. On a page of prose paragraphs, a run whose lines mostly hold no clause's mark (，、。；) is
    none: pictures' captions or headlines of about one length (某某书记为先进党支部颁发证书 / 某某部长为优秀党员颁发证书;
    a page of short lines throughout breaks its sentences so). With the line ``model``, a run of three lines
    or more whose lines are furniture each on its own (three in five scored 0.9 or more, without a clause's
    mark: a list of dated links as long as each other) is no paragraph."""
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

    # a page of prose paragraphs (a fifth of its lines twice the width or longer), not one of short lines throughout
    prose_page = 5 * sum(1 for _, t in content if len(t) > 2 * width) >= len(content)
    for r in runs:
        if prose_page and 2 * sum(1 for k in r if _CLAUSE_MARK_RE.search(content[k][1])) < len(r):
            continue  # a wrapped paragraph's lines hold its commas; lines of one length without them are captions or headlines
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


#: a heading's shape: words alone, an outline marker before them at most (党建引领, 二、聚焦民生实事)
_HEADING_SHAPE_RE = re.compile(r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])?"
                               r"[\u4e00-\u9fff“”‘’、·—]{2,16}")


def _learned_lines(view: str, lines: list[Line], learned: dict[str, int], taken: set[int]) -> list[Candidate]:
    out = []
    for k, line in enumerate(lines):
        t = view[line.start : line.end].strip()
        if line.number not in taken and t in learned:
            if _HEADING_SHAPE_RE.fullmatch(t) and _between_paragraphs_of_prose(view, lines, k, shortest=12):
                continue  # words alone between paragraphs, as the reports of one template share their headings
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


def _resolve(cands: list[Candidate], view: str | None = None) -> list[Candidate]:
    """Keep the higher-priority (then longer, then earlier) of overlapping candidates. With ``view``, a removal that
    meets a kept one only on the spaces between them (a caption widened over the space before a dateline) gives those
    spaces up and stays."""
    order = sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    kept: list[Candidate] = []
    spans: list[tuple[int, int]] = []
    for c in order:
        hits = [(s, e) for s, e in spans if c.start < e and s < c.end]
        if hits and view is not None and c.action == "removed":
            start, end = c.start, c.end
            for s, e in hits:
                if s <= start < e and not view[start:e].strip(" \u3000\t"):
                    start = e  # (the kept span ends in the spaces this one opens with)
                elif s < end <= e and not view[s:end].strip(" \u3000\t"):
                    end = s  # (the kept span opens in the spaces this one ends with)
            if view[start:end].strip() and not any(start < e and s < end for s, e in spans):
                c.start, c.end = start, end
                hits = []
        if hits:
            continue
        kept.append(c)
        spans.append((c.start, c.end))
    kept.sort(key=lambda c: (c.start, c.end))
    return kept



def _keep_html_breaks(raw: str, kept: list[Candidate], lines: list[Line]) -> None:
    """A junk line that an HTML tag (``<br>``) split off goes without the real line break after
    it: the tag's own break separates what is left. So does junk that closes a line whose head
    stays (某某某某<br>本文来源：某某网。⏎ where the tag stays as text): what is left of the line
    keeps its break, never joining the next line. Where the tag itself goes, replaced by a break,
    the junk goes with the real break (the tag's break already parts what is left)."""
    ends = [l.next for l in lines]
    breaks = {c.end for c in kept if c.action == "removed" and "\n" in c.replacement}  # a tag replaced by its break
    for c in kept:
        if (c.action != "removed" or c.replacement or c.kind == "html" or c.start <= 0 or c.start in breaks
                or raw[c.start - 1] in "\r\n\u2028\u2029\x85"):
            continue
        k = bisect.bisect_left(ends, c.end)
        line = lines[k] if k < len(lines) else None
        if (line is None or c.end != line.next or line.next <= line.end or c.start < line.start
                or raw[line.end] not in "\r\n\u2028\u2029\x85"):
            continue  # (a line the view breaks at a tag's last character: the tag is the candidate's to take)
        ls = raw.rfind("\n", 0, c.start) + 1
        cover = [(o.start, o.end) for o in kept if o is not c and o.action == "removed" and o.start < c.start and o.end > ls]
        head = any(not raw[x].isspace() and not any(a <= x < b for a, b in cover) for x in range(ls, c.start))
        if head:  # (the line as written from its real break on: a head the other removals took whole leaves no line to keep)
            c.end = line.end


def _note_inner_masks(kept: list[Candidate], cands: list[Candidate]) -> None:
    masks = [c for c in cands if c.kind == "mask"]
    for c in kept:
        if c.action == "removed" and any(c.start <= m.start and m.end <= c.end for m in masks):
            c.reason += " (contains a censor mask, removed with it)"


def _whole_lines(cands: list[Candidate], lines: list[Line]) -> set[int]:
    """The numbers of the non-empty lines some candidate covers whole (``lines`` in page order)."""
    out: set[int] = set()
    if not cands:
        return out
    starts = [line.start for line in lines]
    for c in cands:
        for k in range(bisect.bisect_left(starts, c.start), len(lines)):
            line = lines[k]
            if line.start > c.end:
                break
            if line.end <= c.end and line.end > line.start:
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
