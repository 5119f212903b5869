"""The HTML pages: a form per operation, answered by the same page with the results.

Forms are parsed here (not by FastAPI parameters) so that a pasted text may be as long as the
upload limit allows. Errors re-render the form with the message and a 4xx/5xx status.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..errors import InputError
from . import ops, views
from .api import dedup_documents
from .forms import draft_inputs, is_file, read_uploads
from .render import render_page

router = APIRouter(include_in_schema=False)


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("max_upload_bytes", request.app.state.max_upload_bytes)
    context.setdefault("stages", ops.available_stages())
    return HTMLResponse(render_page(name, **context), status_code=status)


async def parse_form(request: Request):
    limit = request.app.state.max_upload_bytes
    try:
        return await request.form(max_fields=200, max_files=ops.MAX_FILES, max_part_size=limit)
    except Exception as exc:  # noqa: BLE001 - malformed multipart bodies
        if exc.__class__.__name__ in ("MultiPartException", "HTTPException"):
            raise InputError("form", f"malformed form data ({exc})") from None
        raise


def failure(request: Request, name: str, exc: Exception, **context: Any) -> HTMLResponse:
    status = 503 if isinstance(exc, ops.StageUnavailable) else 400
    return page(request, name, status=status, error=str(exc), **context)


@router.get("/", response_class=HTMLResponse)
def index(request: Request) -> HTMLResponse:
    return page(request, "index.html", active="/")


@router.get("/api", response_class=HTMLResponse)
def api_overview(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    endpoints = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                              "description": (op.get("description") or "").split("\n\n")[0]})
    return page(request, "api.html", active="/api", endpoints=endpoints, spec_url=request.app.openapi_url)


# -- near-duplicates -----------------------------------------------------------------------------
@router.get("/dedup", response_class=HTMLResponse)
def dedup_form(request: Request) -> HTMLResponse:
    return page(request, "dedup.html", active="/dedup", result=None, threshold=0.7)


@router.post("/dedup", response_class=HTMLResponse)
async def dedup_page(request: Request) -> HTMLResponse:
    threshold = 0.7
    try:
        form = await parse_form(request)
        threshold = parse_threshold(form.get("threshold"))
        uploads = await read_uploads([v for v in form.getlist("files") if is_file(v)])
        docs, skipped = dedup_documents(uploads)
        result = ops.dedup(docs, threshold=threshold) | {"skipped": skipped}
    except (InputError, ops.StageUnavailable) as exc:
        return failure(request, "dedup.html", exc, active="/dedup", result=None, threshold=threshold)
    return page(request, "dedup.html", active="/dedup", result=result, threshold=threshold)


def parse_threshold(value: Any) -> float:
    if value in (None, ""):
        return 0.7
    try:
        threshold = float(value)
    except (TypeError, ValueError):
        raise InputError("threshold", f"not a number: {value!r}") from None
    if not 0.0 < threshold <= 1.0:
        raise InputError("threshold", f"must be in (0, 1], got {threshold}")
    return threshold


# -- drafting --------------------------------------------------------------------------------------
@router.get("/draft", response_class=HTMLResponse)
def draft_form(request: Request) -> HTMLResponse:
    return page(request, "draft.html", active="/draft", draft=None, facts_text="", log_text="", seed=0)


@router.post("/draft", response_class=HTMLResponse)
async def draft_page(request: Request) -> HTMLResponse:
    context: dict[str, Any] = {"active": "/draft", "draft": None, "facts_text": "", "log_text": "", "seed": 0}
    try:
        form = await parse_form(request)
        context["facts_text"] = text_field(form.get("facts_text"))
        context["log_text"] = text_field(form.get("log_text"))
        context["seed"] = parse_seed(form.get("seed"))
        facts, logs = await draft_inputs(form.get("facts"), [v for v in form.getlist("logs") if is_file(v)],
                                         context["facts_text"], context["log_text"])
        result = ops.draft(facts, logs, seed=context["seed"])
    except (InputError, ops.StageUnavailable) as exc:
        return failure(request, "draft.html", exc, **context)
    context["draft"] = views.draft_view(result, ops.DRAFT_FORMATS, result["title"] or "初稿")
    return page(request, "draft.html", **context)


def text_field(value: Any) -> str:
    return value if isinstance(value, str) else ""


def parse_seed(value: Any) -> int:
    if value in (None, ""):
        return 0
    try:
        seed = int(value)
    except (TypeError, ValueError):
        raise InputError("seed", f"not a whole number: {value!r}") from None
    if not 0 <= seed <= 9999:
        raise InputError("seed", f"must be between 0 and 9999, got {seed}")
    return seed
