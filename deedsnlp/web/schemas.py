"""Request and response models of the JSON API (they make its OpenAPI spec)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

#: a text field must contain something besides white space
NON_BLANK = r"\S"
#: most documents one near-duplicate request may compare
MAX_DEDUP_DOCUMENTS = 500


class ErrorOut(BaseModel):
    detail: str = Field(description="What was wrong, naming the input.")


class TooLargeOut(BaseModel):
    detail: str
    limit_bytes: int


class HealthOut(BaseModel):
    status: str
    version: str
    max_upload_bytes: int
    stages: dict[str, bool] = Field(description="Which stages this installation provides.")


class DocumentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=200, description="A label for the document (shown in results).")
    text: str = Field(min_length=1, pattern=NON_BLANK, description="The document's text.")


class DedupIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    documents: list[DocumentIn] = Field(min_length=1, max_length=MAX_DEDUP_DOCUMENTS)
    threshold: float = Field(0.7, gt=0.0, le=1.0, description="Estimated Jaccard similarity at or above which two documents are near-duplicates.")


class DedupDocumentOut(BaseModel):
    id: str
    chars: int
    cluster: int | None = Field(description="Number of the document's cluster, null when it has no near-duplicate.")


class ClusterOut(BaseModel):
    cluster: int
    size: int
    documents: list[str]
    chars: list[int]
    min_jaccard: float | None
    max_jaccard: float | None


class PairOut(BaseModel):
    a: str
    b: str
    jaccard: float


class BoilerplateOut(BaseModel):
    text: str
    doc_count: int
    docs: list[str]
    kind: str


class InputProblem(BaseModel):
    source: str
    reason: str


class DedupOut(BaseModel):
    threshold: float
    documents: list[DedupDocumentOut]
    clusters: list[ClusterOut]
    pairs: list[PairOut]
    boilerplate: list[BoilerplateOut]
    boilerplate_total: int
    skipped: list[InputProblem] = Field(default_factory=list, description="Uploads that could not be read.")


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for the error codes an endpoint can answer."""
    text = {
        400: "Unusable input (empty, binary, malformed, unsupported type); the message names it.",
        413: "The request body is over the upload limit.",
        422: "The request does not match the schema.",
    }
    out: dict[int | str, dict[str, Any]] = {}
    for code in codes:
        model = TooLargeOut if code == 413 else ErrorOut
        if code == 422:
            continue  # FastAPI documents its validation errors itself
        out[code] = {"model": model, "description": text[code]}
    return out


class SourceOut(BaseModel):
    """A fact (``kind="fact"``, ``key`` its dotted path) or a field of a log row (``kind="log"``)."""

    model_config = ConfigDict(extra="allow")

    kind: str
    file: str
    key: str | None = None
    line: int | None = None
    field: str | None = None
    value: Any = None


class ValueOut(BaseModel):
    text: str = Field(description="How the draft writes the value.")
    value: Any
    op: str = Field(description="fact, log, count, distinct, sum, min or max: how the value follows from its sources.")
    field: str
    sources: list[SourceOut]


class SentenceOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: int
    block: int
    kind: str
    section: str
    text: str
    values: list[ValueOut]


class LeftOutRow(BaseModel):
    where: str
    reason: str


class ExplainOut(BaseModel):
    """Every sentence of the draft with the traced values it states."""

    model_config = ConfigDict(extra="allow")

    title: str
    facts_file: str
    log_files: list[str]
    sections: list[str]
    left_out: list[LeftOutRow]
    sentences: list[SentenceOut]


class DraftOut(BaseModel):
    title: str
    sections: list[str]
    markdown: str
    text: str
    explain: ExplainOut
    warnings: list[str] = Field(default_factory=list, description="For the clerk: meetings held less often than the "
                                "regulations require, the year's campaign missing from the logs (Chinese).")


# -- checking -----------------------------------------------------------------------------------
def _profile_type():
    """The shipped profile names as an enum of the schema (``generic`` alone without the checker)."""
    from .ops import profile_choices

    names = tuple(name for name, _ in profile_choices())
    return Literal[names]  # type: ignore[valid-type]


ProfileName = _profile_type()
Year = Annotated[int, Field(ge=1921, le=2100, description="The report year policy terms are checked against (default: the latest year the draft mentions).")]


class CheckIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, pattern=NON_BLANK, description="The draft.")
    name: str = Field("粘贴的文本", min_length=1, max_length=200, description="A label for the draft.")
    profile: ProfileName = Field("generic", description="The unit kind whose required sections apply.")  # type: ignore[valid-type]
    year: Year | None = None
    lang: Literal["zh", "en"] = Field("zh", description="Language of the finding messages (Chinese by default).")


class PresentSectionOut(BaseModel):
    label: str
    name: str
    level: str
    passages: int
    chars: int
    headings: list[str]
    line: int | None


class MissingSectionOut(BaseModel):
    label: str
    name: str
    level: str = Field(description="required or recommended")


class WeakSectionOut(BaseModel):
    label: str
    name: str
    level: str
    reasons: list[str]
    headings: list[str]
    line: int | None


class CheckFindingOut(BaseModel):
    kind: str
    message: str
    text: str
    line: int | None
    severity: str = Field(description="error, warning or info")
    data: dict[str, Any] | None = None


class CheckOut(BaseModel):
    profile: str
    year: int | None
    year_source: str | None
    present_sections: list[PresentSectionOut]
    missing_sections: list[MissingSectionOut]
    weak_sections: list[WeakSectionOut]
    findings: list[CheckFindingOut]
    boilerplate_ratio: float
    source: str
    passed: bool = Field(description="No required section missing and no error.")


# -- cleaning -------------------------------------------------------------------------------------
class CleanIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, pattern=NON_BLANK, description="Scraped text.")
    name: str = Field("粘贴的文本", min_length=1, max_length=200)


class SuggestionOut(BaseModel):
    text: str
    score: float | None = None


class CleanFindingOut(BaseModel):
    kind: str
    start: int = Field(description="Offset into the original text.")
    end: int
    text: str
    context: str
    reason: str
    action: str = Field(description="removed, flagged or restored")
    suggestions: list[SuggestionOut]
    replacement: str
    line: int | None


class CleanOut(BaseModel):
    original: str
    cleaned: str
    findings: list[CleanFindingOut]
    counts: dict[str, int]


class ClassifyIn(CleanIn):
    """A report (text and a label) to label section by section."""


class PassageLabelOut(BaseModel):
    doc: str
    index: int = Field(description="Number of the non-empty input line (from 0).")
    text: str
    label: str
    score: float
    heading: str
    line: int = Field(description="1-based input line.")
    is_heading: bool
    heading_path: list[str]


class ClassifyOut(BaseModel):
    passages: list[PassageLabelOut]
