"""The JSON API under ``/api``: the same operations as the pages.

Text comes as JSON (``POST /api/check``) or as uploaded files (``POST /api/check/file``); uploads
are read into memory and go through the loader's readers. Errors answer ``{"detail": ...}``:
400 for unusable input, 413 over the upload limit (see :mod:`deedsnlp.web.limits`), 422 for
requests that do not match the schema, 503 for a stage this installation lacks.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile

from .. import __version__
from ..errors import InputError
from . import ops
from .forms import read_upload, read_uploads
from .schemas import MAX_DEDUP_DOCUMENTS, DedupIn, DedupOut, HealthOut, error_responses
from .uploads import CORPUS_SUFFIXES, documents_from_upload, document_from_text

router = APIRouter(prefix="/api")


@router.get("/health", response_model=HealthOut, tags=["meta"])
def health(request: Request) -> dict:
    """Version, upload limit and the stages this installation provides."""
    return {"status": "ok", "version": __version__, "max_upload_bytes": request.app.state.max_upload_bytes,
            "stages": ops.available_stages()}


# -- near-duplicates -----------------------------------------------------------------------------
@router.post("/dedup", response_model=DedupOut, tags=["dedup"], responses=error_responses(400, 413, 503))
def dedup_json(body: DedupIn) -> dict:
    """Clusters of near-duplicate documents among the given texts, with the pairs and the boilerplate."""
    ids = ops.unique_ids(d.id for d in body.documents)
    docs = []
    for label, d in zip(ids, body.documents):
        docs.append((label, document_from_text(d.text, label).text))
    return ops.dedup(docs, threshold=body.threshold) | {"skipped": []}


@router.post("/dedup/files", response_model=DedupOut, tags=["dedup"], responses=error_responses(400, 413, 503))
async def dedup_files(
    files: Annotated[list[UploadFile], File(description="Reports (.txt .md .docx .html .jsonl).")],
    threshold: Annotated[float, Form(gt=0.0, le=1.0)] = 0.7,
) -> dict:
    """Near-duplicates among uploaded files; files that cannot be read are listed in ``skipped``."""
    uploads = await read_uploads(files)
    docs, skipped = dedup_documents(uploads)
    return ops.dedup(docs, threshold=threshold) | {"skipped": skipped}


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
