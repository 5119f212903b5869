"""The draft checker: one function, :func:`check`, over a loaded :class:`Document`.

Steps, each in its own module: the cleaner's residue (:mod:`.residue`: the cleaner's findings on
the document, from the cleaning stage run once when the document was not cleaned), section labels from the
classifier and the profile (:mod:`.sections`), numbers (:mod:`.numbers`), dated policy terms
(:mod:`.stale`), stock sentences (:mod:`.boilerplate`). A :class:`Checker` holds the loaded
resources (classifier, lexicon, stock sentences) so that many drafts are checked without loading
them again; :func:`check` uses a shared default one.
"""

from __future__ import annotations

import datetime
import threading
from typing import Any

from ..document import Document, Finding
from .boilerplate import StockSentences, load_stock
from .numbers import numeric_issues, refuse_implausible, stock_conflicts, stock_counts
from .profiles import Profile, load_profile
from .report import SEVERITIES, CheckReport, make_finding
from .residue import find_residue
from .rules import CheckRules, check_rules
from .sections import section_statuses
from .messages import localize, localize_reason
from .stale import Lexicon, load_lexicon, newest_term, report_year, stale_terms

_TEXT_WIDTH = 60


def _short(text: str, width: int = _TEXT_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


class Checker:
    """Checks drafts against profiles; holds the classifier, lexicon, stock sentences and rules.

    Everything loads lazily on first use (or in :meth:`load`), once. ``suggest_masks`` asks the
    cleaner's mask model for restorations of censor masks (``加**部``: probably 强干), which costs
    some 10–40 ms per mask; ``max_year`` caps the years read from a draft (default: this year).
    """

    def __init__(self, model: Any = None, lexicon: Lexicon | None = None, stock: StockSentences | None = None,
                 rules: CheckRules | None = None, max_year: int | None = None, suggest_masks: bool = False):
        self.suggest_masks = suggest_masks
        self._model = model
        self._lexicon = lexicon
        self._stock = stock
        self._rules = rules
        self.max_year = max_year
        self._lock = threading.Lock()

    # -- resources -----------------------------------------------------------------------------
    @property
    def model(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    from ..classify.predict import get_default_model

                    self._model = get_default_model()
        return self._model

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = load_lexicon()
        return self._lexicon

    @property
    def stock(self) -> StockSentences:
        if self._stock is None:
            self._stock = load_stock()
        return self._stock

    @property
    def rules(self) -> CheckRules:
        if self._rules is None:
            self._rules = check_rules()
        return self._rules

    def load(self) -> "Checker":
        """Load every resource now (the classifier, the lexicon, the stock sentences, cn2an)."""
        _ = self.model, self.lexicon, self.stock, self.rules
        from .numbers import chinese_number

        chinese_number("二十六")
        from ..loader import load_text

        find_residue(load_text("加**部队伍建设"), self.suggest_masks)  # with suggest_masks: trains the mask model once
        return self

    # -- checking ------------------------------------------------------------------------------
    def check(self, document: Document | str, profile: str | Profile = "generic", year: int | None = None,
              lang: str = "zh") -> CheckReport:
        """Check one draft; see :func:`deedsnlp.check.check`."""
        from .messages import LANGS

        if lang not in LANGS:
            raise ValueError(f"lang must be one of {', '.join(LANGS)}, got {lang!r}")
        if isinstance(document, str):
            from ..loader import load_text

            document = load_text(document, "<draft>")
        prof = load_profile(profile)
        if year is not None and not isinstance(year, int):
            raise TypeError(f"year must be an int, got {type(year).__name__}")
        doc = document
        rules = self.rules
        # a count beyond any plausible figure is bad input (InputError), never a number to compare
        refuse_implausible(doc.text, doc.source or "<draft>", line_of=getattr(doc, "line_of", None))
        findings: list[Finding] = []

        residue = find_residue(doc, self.suggest_masks)
        findings.extend(residue.findings)
        if not residue.available:
            findings.append(make_finding(
                "residue_unchecked", "the cleaner (deedsnlp.clean) is not installed: scraping residue, masks, "
                "blanks and repeated paragraphs were not checked", "", None))
        skip = residue.skip_lines

        if doc.passages:
            from ..classify import classify_document

            classify_document(doc, self.model)

        own = [(p, t) for p, t in doc.iter_passages() if p.line not in skip]
        line_of = doc.line_of  # the document's one line index (input lines)

        year_source = None
        if year is not None:
            year_source = "option"
        else:
            max_year = self.max_year or datetime.date.today().year
            own_text = "\n".join(t for _, t in own)
            year = report_year(own_text, max_year, rules)
            if year is not None:
                year_source = "draft"
            newest = newest_term(own_text, self.lexicon, max_year)
            if newest is not None and (year is None or newest[0] > year):
                year, year_source = newest[0], "terms"
            if year is None:
                findings.append(make_finding(
                    "no_year", "the draft mentions no year: policy terms were not checked (pass --year)", "", None))

        if year is not None:
            for p, text in own:
                for hit in stale_terms(text, year, self.lexicon, rules):
                    # a congress line replaced by the next congress's (十七大精神 in 2023) is an error;
                    # a campaign after its time is a warning (and none at all in its 常态化 form)
                    kinds = {r.kind for r in self.lexicon.by_key.get(hit.term, []) if r.kind != "generic"}
                    # (only against a year the draft states or the user gives: a year guessed from the
                    # newest term the draft uses is a lower bound, not grounds for an error)
                    superseded = hit.status == "outdated" and kinds == {"congress"} and year_source != "terms"
                    message = hit.message.replace(" was current in ", " is superseded: it was current in ", 1) \
                        if superseded else hit.message
                    findings.append(make_finding(
                        "stale_term", message, text[hit.start : hit.end], line_of(p.start + hit.start),
                        start=p.start + hit.start, end=p.start + hit.end, severity="error" if superseded else None,
                        data={"term": hit.term, "status": "superseded" if superseded else hit.status,
                              "periods": list(hit.periods), "suggestions": list(hit.suggestions), "year": year},
                    ))

        stocks = []
        for p, text in own:
            for issue in numeric_issues(text, rules):
                findings.append(make_finding(
                    "numeric_inconsistency", issue.message, _short(text[issue.start : issue.end]),
                    line_of(p.start + issue.start), start=p.start + issue.start, end=p.start + issue.end, data=issue.data,
                ))
            stocks.extend(stock_counts(text, p.index, rules))
        by_index = {p.index: p for p, _ in own}
        for first, later in stock_conflicts(stocks):
            p_first, p_later = by_index[first.where], by_index[later.where]
            line_first = line_of(p_first.start + first.count.start)
            findings.append(make_finding(
                "numeric_inconsistency",
                f"{later.noun}: {later.count.text} here, but {first.count.text} at line {line_first}",
                later.text, line_of(p_later.start + later.count.start),
                start=p_later.start + later.count.start, end=p_later.start + later.count.end,
                data={"noun": later.noun, "values": [first.count.value, later.count.value], "first_line": line_first},
            ))

        stock = self.stock
        ratio = stock.ratio(t for _, t in own)
        for p, text in own:
            for m in stock.find(text):
                whole = m.end - m.start >= 0.9 * len(text.strip())
                if m.sentence.source == "corpus":
                    what = f"stock sentence shared by {m.sentence.docs} corpus reports"
                else:
                    what = "stock phrase of the genre"
                message = ("the whole paragraph is a " if whole else "") + what + ", copied verbatim"
                findings.append(make_finding(
                    "boilerplate", message, _short(m.text), line_of(p.start + m.start),
                    start=p.start + m.start, end=p.start + m.end,
                    data={"source": m.sentence.source, "docs": m.sentence.docs, "ratio": round(ratio, 4)},
                ))

        for f in doc.findings:
            if f.kind == "outline_gap" and f.stage != "check":
                findings.append(make_finding("outline_gap", f.reason or "gap in the heading numbers", f.text, f.line,
                                             start=f.start, end=f.end))

        present, missing, weak = section_statuses(doc, prof, skip_lines=skip, rules=rules)
        findings.extend(self._review(doc, own, year, present, weak))
        for s in weak:
            s.weak_reasons = [localize_reason(r, lang) for r in s.weak_reasons]
        for f in findings:
            f.reason = localize(f.kind, f.reason, f.text, f.data, lang)
            f.data.pop("message_zh", None)
            f.data.pop("message_en", None)

        rank = {s: i for i, s in enumerate(SEVERITIES)}
        findings.sort(key=lambda f: (f.line if f.line is not None else 0, rank.get(f.severity, 9), f.start, f.kind))
        doc.findings = [f for f in doc.findings if f.stage != "check"] + findings
        return CheckReport(
            profile=prof.name, year=year, present_sections=present, missing_sections=missing, weak_sections=weak,
            findings=findings, boilerplate_ratio=ratio, year_source=year_source, source=doc.source or doc.id,
            document=doc, lang=lang,
        )

    def _review(self, doc: Document, own, year, present, weak) -> list[Finding]:
        """The reviewer's findings (:mod:`.reviewer`): meeting shortfalls, wrong honour holders,
        a thin report or section, the year's campaign missing."""
        from . import reviewer as rv

        out: list[Finding] = []

        def add(r, p=None, text: str = "", severity: str | None = None) -> None:
            line = doc.line_of(p.start + r.start) if p is not None else None
            start = p.start + r.start if p is not None else 0
            end = p.start + r.end if p is not None else 0
            out.append(make_finding(r.kind, r.message_en, _short(text), line, start=start, end=end, severity=severity,
                                    data={**r.data, "message_zh": r.message_zh, "message_en": r.message_en}))

        for p, text in own:
            for r in rv.meeting_shortfalls(text, year):
                add(r, p, text[r.start:r.end])
            for r in rv.wrong_holders(text):
                add(r, p, text[r.start:r.end])
        size = sum(len("".join(t.split())) for _, t in own)
        if own and size < rv.SHORT_REPORT_CHARS:
            thin = size < rv.THIN_REPORT_CHARS
            kind = "thin_report" if thin else "short_report"
            zh = (f"全文约{size}字，{'内容单薄' if thin else '篇幅偏短'}：先进事迹材料一般在三千至八千字，"
                  "请补充各项工作的具体做法、事例和成效")
            en = (f"the report has about {size} characters: {'thin' if thin else 'short'} for a deeds report "
                  "(3,000–8,000); add what was done, examples and outcomes")
            add(rv.Review(kind, 0, 0, zh, en, {"chars": size, "min": rv.THIN_REPORT_CHARS if thin else rv.SHORT_REPORT_CHARS}))
        weak_labels = {s.label for s in weak}
        for s in present:
            if s.label in weak_labels or s.label in ("overview", "other") or not s.headings:
                continue
            if s.section_chars < rv.THIN_SECTION_CHARS:  # (the whole section under its heading)
                zh = f"“{s.headings[0]}”部分只有约{s.section_chars}字，请补充具体做法和成效"
                en = f"the section “{s.headings[0]}” has only about {s.section_chars} characters; add what was done and its outcome"
                r = rv.Review("thin_section", 0, 0, zh, en, {"section": s.label, "chars": s.section_chars})
                out.append(make_finding(r.kind, en, s.headings[0], s.line,
                                        data={**r.data, "message_zh": zh, "message_en": en}))
        if year is not None and any(s.label == "study" for s in present):
            r = rv.campaign_missing("\n".join(t for _, t in own), year)
            if r is not None:
                add(r)
        return out


_DEFAULTS: dict[bool, Checker] = {}
_DEFAULT_LOCK = threading.Lock()


def default_checker(suggest_masks: bool = False) -> Checker:
    """The shared checker with the shipped resources (one with mask suggestions, one without)."""
    if suggest_masks not in _DEFAULTS:
        with _DEFAULT_LOCK:
            if suggest_masks not in _DEFAULTS:
                _DEFAULTS[suggest_masks] = Checker(suggest_masks=suggest_masks)
    return _DEFAULTS[suggest_masks]


def check(document: Document | str, profile: str | Profile = "generic", year: int | None = None, model: Any = None,
          *, suggest_masks: bool = False, lang: str = "zh") -> CheckReport:
    """Check a draft: sections present, missing and weak under ``profile``, and findings.

    ``document`` is a loaded :class:`Document` (or a string, loaded as text); its passages get
    their section labels and its ``findings`` the checker's (``stage="check"``). ``profile`` is a
    shipped profile name, a profile file or a :class:`Profile`. ``year`` is the report year the
    policy terms are checked against (default: the latest year the draft mentions). ``model`` is
    a classifier (default: the shipped one). ``suggest_masks``: also suggest what censor masks
    hide (the cleaner's mask model; slower) when the checker cleans the document itself: a document
    that came through the cleaning stage keeps the cleaner's findings as they are, and the checker
    reads them instead of cleaning again. ``lang``: ``zh`` (default) words the findings in
    Chinese, ``en`` in English.

    >>> report = check("现有党员26名，其中正式党员23名、预备党员2名。", "generic", year=2023)
    >>> [f.kind for f in report.findings if f.severity == "error"]
    ['numeric_inconsistency']
    >>> [f.reason for f in report.findings if f.severity == "error"]
    ['“其中”后的各分项相加为25（23 + 2），与总数26不符']
    >>> report.exit_code
    1
    """
    checker = default_checker(suggest_masks) if model is None else Checker(model=model, suggest_masks=suggest_masks)
    return checker.check(document, profile, year, lang)
