"""The JSON API under ``/api``: the same operations as the pages.

Text comes as JSON (``POST /api/check``) or as uploaded files (``POST /api/check/file``); uploads
are read into memory and go through the loader's readers. Errors answer ``{"detail": ...}``:
400 for unusable input, 413 over the upload limit (see :mod:`deedsnlp.web.limits`), 422 for
requests that do not match the schema. Every operation calls the library functions the CLI calls
(:mod:`deedsnlp.web.ops`), so the same input gives the same output through either.
"""

from __future__ import annotations

from typing import Annotated, Literal
from urllib.parse import quote

from fastapi import APIRouter, File, Form, Request, Response, UploadFile
from starlette.concurrency import run_in_threadpool

from .. import __version__
from ..errors import InputError
from . import ops
from .forms import draft_inputs, read_upload, read_uploads
from .schemas import (MAX_DEDUP_DOCUMENTS, CheckIn, CheckOut, ClassifyIn, ClassifyOut, CleanIn, CleanOut, DedupIn, DedupOut,
                      DraftOut, HealthOut, ProfileName, Year, error_responses)
from .uploads import (CORPUS_SUFFIXES, DRAFT_SUFFIXES, SCRAPED_SUFFIXES, document_from_text, document_from_upload,
                      documents_from_upload)

router = APIRouter(prefix="/api")


@router.get("/health", summary="Version, upload limit and stages", response_model=HealthOut, tags=["meta"])
def health(request: Request) -> dict:
    """Version, upload limit and the stages this installation provides."""
    return {"status": "ok", "version": __version__, "max_upload_bytes": request.app.state.max_upload_bytes,
            "stages": ops.available_stages()}


# -- near-duplicates -----------------------------------------------------------------------------
@router.post("/dedup", summary="Near-duplicates among texts", response_model=DedupOut, tags=["dedup"], responses=error_responses(400, 413))
def dedup_json(body: DedupIn) -> dict:
    """Clusters of near-duplicate documents among the given texts, with the pairs and the boilerplate."""
    ids = ops.unique_ids(d.id for d in body.documents)
    docs = []
    for label, d in zip(ids, body.documents):
        docs.append((label, document_from_text(d.text, label).text))
    return ops.dedup(docs, threshold=body.threshold) | {"skipped": []}


@router.post("/dedup/files", summary="Near-duplicates among uploaded files", response_model=DedupOut, tags=["dedup"], responses=error_responses(400, 413))
async def dedup_files(
    files: Annotated[list[UploadFile], File(description="Reports (.txt .md .docx .html .jsonl).")],
    threshold: Annotated[float, Form(gt=0.0, le=1.0)] = 0.7,
) -> dict:
    """Near-duplicates among uploaded files; files that cannot be read are listed in `skipped`."""
    uploads = await read_uploads(files)
    docs, skipped = await run_in_threadpool(dedup_documents, uploads)
    return (await run_in_threadpool(ops.dedup, docs, threshold=threshold)) | {"skipped": skipped}


def dedup_documents(uploads) -> tuple[list[tuple[str, str]], list[dict]]:
    """``(id, text)`` of every readable upload (ids made unique) and the problems of the others."""
    if not uploads:
        raise InputError("files", "no files given")
    names: list[str] = []
    texts: list[str] = []
    skipped = []
    for upload in uploads:
        try:
            found = documents_from_upload(upload, CORPUS_SUFFIXES)
        except InputError as err:
            skipped.append({"source": err.source, "reason": err.reason})
            continue
        for doc in found:
            names.append(doc.id)
            texts.append(doc.text)
    if not texts:
        raise InputError("files", "none of the files could be read: " + "; ".join(f"{s['source']}: {s['reason']}" for s in skipped))
    if len(texts) > MAX_DEDUP_DOCUMENTS:
        raise InputError("files", f"too many documents ({len(texts)}; at most {MAX_DEDUP_DOCUMENTS} per request)")
    return list(zip(ops.unique_ids(names), texts)), skipped


# -- drafting --------------------------------------------------------------------------------------
DraftFacts = Annotated[UploadFile, File(description="The facts file (.yaml, .yml or .json).")]
DraftLogs = Annotated[list[UploadFile] | None, File(description="Log files (.csv .tsv .xlsx .jsonl .txt: one activity per line).")]
DraftSeed = Annotated[int, Form(ge=0, le=9999, description="Picks among the templates' phrasings.")]


async def _draft(facts: UploadFile, logs: list[UploadFile] | None, seed: int) -> dict:
    facts_upload, log_uploads = await draft_inputs(facts, list(logs or []))
    return await run_in_threadpool(ops.draft, facts_upload, log_uploads, seed=seed)


@router.post("/draft", summary="Draft from facts and logs", response_model=DraftOut, tags=["draft"], responses=error_responses(400, 413))
async def draft_json(facts: DraftFacts, logs: DraftLogs = None, seed: DraftSeed = 0) -> dict:
    """Draft a report from facts and logs: Markdown, plain text and the explanation of every number."""
    return await _draft(facts, logs, seed)


@router.post(
    "/draft/download", summary="Draft as a .docx or .md file", tags=["draft"], response_class=Response,
    responses={200: {"description": "The draft as a file.",
                     "content": {ops.DRAFT_FORMATS["docx"]: {"schema": {"type": "string", "format": "binary"}},
                                 "text/markdown": {"schema": {"type": "string"}}}},
               **error_responses(400, 413)},
)
async def draft_download(facts: DraftFacts, logs: DraftLogs = None, seed: DraftSeed = 0,
                         format: Annotated[Literal["docx", "md"], Form(description="docx or md")] = "docx") -> Response:
    """The draft as a .docx or .md file (attachment)."""
    result = await _draft(facts, logs, seed)
    body = result["docx"] if format == "docx" else result["markdown"].encode("utf-8")
    filename = (result["title"] or "draft") + "." + format
    return Response(body, media_type=ops.DRAFT_FORMATS[format],
                    headers={"content-disposition": f"attachment; filename=\"draft.{format}\"; filename*=UTF-8''{quote(filename)}"})


async def uploaded_document(file: UploadFile, allowed: tuple[str, ...]):
    """The document of one uploaded file (read in memory; 400 when missing or unusable)."""
    upload = await read_upload(file)
    if upload is None:
        raise InputError("file", "no file given")
    return await run_in_threadpool(document_from_upload, upload, allowed)


# -- checking --------------------------------------------------------------------------------------
def check_report(doc, profile: str, year: int | None, lang: str = "zh") -> dict:
    report = ops.check(doc, profile, year, lang)
    return report.to_dict() | {"passed": report.passed}


@router.post("/check", summary="Check a draft (text)", response_model=CheckOut, tags=["check"], responses=error_responses(400, 413))
def check_json(body: CheckIn) -> dict:
    """Check a draft: sections present, missing and weak under the profile, and the findings."""
    return check_report(document_from_text(body.text, body.name), body.profile, body.year, body.lang)


@router.post("/check/file", summary="Check a draft (upload)", response_model=CheckOut, tags=["check"], responses=error_responses(400, 413))
async def check_file(
    file: Annotated[UploadFile, File(description="The draft (.docx, .txt or .md).")],
    profile: Annotated[ProfileName, Form()] = "generic",  # type: ignore[valid-type]
    year: Annotated[Year | None, Form()] = None,
    lang: Annotated[Literal["zh", "en"], Form()] = "zh",
) -> dict:
    """Check an uploaded draft."""
    doc = await uploaded_document(file, DRAFT_SUFFIXES)
    return await run_in_threadpool(check_report, doc, profile, year, lang)


# -- cleaning --------------------------------------------------------------------------------------
@router.post("/clean", summary="Clean scraped text", response_model=CleanOut, tags=["clean"], responses=error_responses(400, 413))
def clean_json(body: CleanIn) -> dict:
    """Clean scraped text: removals and flags (masks with suggestions), offsets into the original."""
    return ops.clean(document_from_text(body.text, body.name))


@router.post("/clean/file", summary="Clean an uploaded file", response_model=CleanOut, tags=["clean"], responses=error_responses(400, 413))
async def clean_file(file: Annotated[UploadFile, File(description="Scraped text (.txt .md .html .docx).")]) -> dict:
    """Clean an uploaded file."""
    doc = await uploaded_document(file, SCRAPED_SUFFIXES)
    return await run_in_threadpool(ops.clean, doc)


# -- section labels --------------------------------------------------------------------------------
@router.post("/classify", summary="Section labels of a report (text)", response_model=ClassifyOut, tags=["classify"], responses=error_responses(400, 413))
def classify_json(body: ClassifyIn) -> dict:
    """One record per non-empty input line with its section label, as ``deedsnlp classify --json`` prints."""
    return {"passages": ops.classify(document_from_text(body.text, body.name))}


@router.post("/classify/file", summary="Section labels of an uploaded report", response_model=ClassifyOut, tags=["classify"], responses=error_responses(400, 413))
async def classify_file(file: Annotated[UploadFile, File(description="A report (.txt .md .docx .html).")]) -> dict:
    """Section labels of an uploaded report."""
    doc = await uploaded_document(file, SCRAPED_SUFFIXES)
    return {"passages": await run_in_threadpool(ops.classify, doc)}
