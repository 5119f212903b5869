"""What :func:`deedsnlp.check.check` returns: sections found and missing, and findings.

Findings are :class:`deedsnlp.document.Finding` objects (``stage="check"``, ``reason`` is the
message, ``line`` the 1-based input line); :meth:`CheckReport.to_dict` gives the JSON form
``{"kind", "message", "text", "line", "severity"}`` (plus ``data`` when there is any).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..document import Document, Finding

#: severities, most serious first
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")

#: the severity of every finding kind (see the package docstring for why)
KIND_SEVERITY: dict[str, str] = {
    "numeric_inconsistency": "error",
    "scrape_residue": "error",
    "mask": "error",
    "stale_term": "warning",
    "placeholder": "warning",
    "boilerplate": "warning",
    "duplicate_paragraph": "warning",
    "meeting_shortfall": "warning",
    "thin_report": "warning",
    "honour_holder": "warning",
    "short_report": "info",
    "thin_section": "info",
    "campaign_missing": "info",
    "outline_gap": "info",
    "no_year": "info",
    "residue_unchecked": "info",
}


def make_finding(kind: str, message: str, text: str, line: int | None, *, start: int = 0, end: int = 0,
                 basis: str = "text", severity: str | None = None, data: dict | None = None) -> Finding:
    """A checker finding; its severity comes from :data:`KIND_SEVERITY` unless given."""
    return Finding(
        kind=kind, start=start, end=end, text=text, reason=message, action="flagged",
        severity=severity or KIND_SEVERITY.get(kind, "info"), stage="check", basis=basis, line=line,
        data=dict(data or {}),
    )


def finding_dict(f: Finding) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": f.kind, "message": f.reason, "text": f.text, "line": f.line, "severity": f.severity}
    if f.data:
        out["data"] = f.data
    return out


@dataclass
class SectionStatus:
    """One section (classifier label) of the profile, as the draft has it.

    ``level`` is ``required``, ``recommended`` or ``optional`` (in the draft but not in the
    profile); ``headings`` are the outline headings the section sits under (marker and title),
    ``line`` the first input line of its passages; ``weak_reasons`` is empty unless it is weak.
    """

    label: str
    name: str
    level: str
    passages: int = 0
    chars: int = 0
    headings: list[str] = field(default_factory=list)
    line: int | None = None
    weak_reasons: list[str] = field(default_factory=list)
    #: the body passages under its first heading and their characters, whatever labels the
    #: classifier gave them (三、取得成效 over four numbered paragraphs: all four)
    heading_passages: int = 0
    heading_chars: int = 0

    @property
    def section_chars(self) -> int:
        """Its characters as a reader sees the section: the whole of it under its first heading."""
        return max(self.chars, self.heading_chars)

    def present_dict(self) -> dict[str, Any]:
        return {"label": self.label, "name": self.name, "level": self.level, "passages": self.passages,
                "chars": self.chars, "headings": list(self.headings), "line": self.line}

    def missing_dict(self) -> dict[str, Any]:
        return {"label": self.label, "name": self.name, "level": self.level}

    def weak_dict(self) -> dict[str, Any]:
        return {"label": self.label, "name": self.name, "level": self.level, "reasons": list(self.weak_reasons),
                "headings": list(self.headings), "line": self.line}


@dataclass
class CheckReport:
    """The result of checking one draft.

    ``year`` is the report year the policy terms were checked against (``year_source``:
    ``"option"`` when given, ``"draft"`` when it is the latest year the draft mentions,
    ``"terms"`` when the draft uses a policy term newer than any year it mentions (the year is
    then that term's first year), ``None`` when there was none); ``boilerplate_ratio`` is the
    share of the draft's text (letters and digits) that is stock sentences.
    """

    profile: str
    year: int | None
    present_sections: list[SectionStatus] = field(default_factory=list)
    missing_sections: list[SectionStatus] = field(default_factory=list)
    weak_sections: list[SectionStatus] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    boilerplate_ratio: float = 0.0
    year_source: str | None = None
    source: str = ""
    document: Document | None = field(default=None, repr=False, compare=False)
    lang: str = "zh"

    @property
    def missing_required(self) -> list[SectionStatus]:
        return [s for s in self.missing_sections if s.level == "required"]

    def by_severity(self, severity: str) -> list[Finding]:
        return [f for f in self.findings if f.severity == severity]

    @property
    def passed(self) -> bool:
        """True when no required section is missing and no finding is an error."""
        return not self.missing_required and not self.by_severity("error")

    @property
    def exit_code(self) -> int:
        return 0 if self.passed else 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "profile": self.profile,
            "year": self.year,
            "year_source": self.year_source,
            "present_sections": [s.present_dict() for s in self.present_sections],
            "missing_sections": [s.missing_dict() for s in self.missing_sections],
            "weak_sections": [s.weak_dict() for s in self.weak_sections],
            "findings": [finding_dict(f) for f in self.findings],
            "boilerplate_ratio": round(self.boilerplate_ratio, 4),
            "source": self.source,
        }
