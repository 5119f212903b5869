"""The HTML pages: a form per operation, answered by the same page with the results.

Forms are parsed here (not by FastAPI parameters) so that a pasted text may be as long as the
upload limit allows. Errors re-render the form with the message and a 4xx/5xx status.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from ..errors import InputError
from . import ops, views
from .api import dedup_documents
from .forms import draft_inputs, is_file, read_upload, read_uploads
from .render import render_page
from .uploads import DRAFT_SUFFIXES, SCRAPED_SUFFIXES, document_from_text, document_from_upload

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
    return page(request, name, status=400, error=str(exc), **context)


@router.get("/", response_class=HTMLResponse)
def index(request: Request) -> HTMLResponse:
    return page(request, "index.html", active="/")


@router.get("/api", response_class=HTMLResponse)
def api_overview(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    order = ["check", "clean", "draft", "dedup", "meta"]
    endpoints = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            body = op.get("requestBody", {}).get("content", {})
            kind = "文件上传" if "multipart/form-data" in body else ("JSON" if "application/json" in body else "")
            tag = (op.get("tags") or ["meta"])[0]
            endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""), "body": kind,
                              "description": (op.get("description") or "").split("\n\n")[0],
                              "rank": order.index(tag) if tag in order else len(order)})
    endpoints.sort(key=lambda e: e["rank"])
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
        docs, skipped = await run_in_threadpool(dedup_documents, uploads)
        result = (await run_in_threadpool(ops.dedup, docs, threshold=threshold)) | {"skipped": skipped}
    except InputError as exc:
        return failure(request, "dedup.html", exc, active="/dedup", result=None, threshold=threshold)
    return page(request, "dedup.html", active="/dedup", result=result, threshold=threshold)


def parse_number(value: Any, field: str, default, cast, in_range, kind: str, expected: str):
    """A form field as a number: ``default`` when empty, :class:`InputError` when not a number or out of range."""
    if value in (None, ""):
        return default
    try:
        number = cast(value)
    except (TypeError, ValueError):
        raise InputError(field, f"not a {kind}: {value!r}") from None
    if not in_range(number):
        raise InputError(field, f"must be {expected}, got {number}")
    return number


def parse_threshold(value: Any) -> float:
    return parse_number(value, "threshold", 0.7, float, lambda t: 0.0 < t <= 1.0, "number", "in (0, 1]")


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
        result = await run_in_threadpool(ops.draft, facts, logs, seed=context["seed"])
    except InputError as exc:
        return failure(request, "draft.html", exc, **context)
    context["draft"] = views.draft_view(result, ops.DRAFT_FORMATS, result["title"] or "初稿")
    return page(request, "draft.html", **context)


def text_field(value: Any) -> str:
    return value if isinstance(value, str) else ""


def parse_seed(value: Any) -> int:
    return parse_number(value, "seed", 0, int, lambda n: 0 <= n <= 9999, "whole number", "between 0 and 9999")


# -- checking --------------------------------------------------------------------------------------
def check_context(**context: Any) -> dict[str, Any]:
    base = {"active": "/check", "report": None, "text": "", "profile": "generic", "year": "", "source": "",
            "profiles": ops.profile_choices()}
    return base | context


@router.get("/check", response_class=HTMLResponse)
def check_form(request: Request) -> HTMLResponse:
    return page(request, "check.html", **check_context())


@router.post("/check", response_class=HTMLResponse)
async def check_page(request: Request) -> HTMLResponse:
    context = check_context()
    try:
        form = await parse_form(request)
        context["text"] = text_field(form.get("text"))
        context["profile"] = text_field(form.get("profile")) or "generic"
        context["year"] = text_field(form.get("year")).strip()
        year = parse_year(context["year"])
        upload = await read_upload(form.get("file")) if is_file(form.get("file")) else None
        if upload is not None:
            doc = await run_in_threadpool(document_from_upload, upload, DRAFT_SUFFIXES)
            context["text"] = ""  # the upload is shown below, not copied into the box
        else:
            doc = document_from_text(context["text"])
        context["source"] = doc.source or doc.id
        report = await run_in_threadpool(ops.check, doc, context["profile"], year)
    except InputError as exc:
        return failure(request, "check.html", exc, **context)
    context["report"] = views.check_view(report, doc)
    return page(request, "check.html", **context)


def parse_year(value: str) -> int | None:
    if not value:
        return None
    try:
        year = int(value)
    except ValueError:
        raise InputError("year", f"not a year: {value!r}") from None
    if not 1921 <= year <= 2100:
        raise InputError("year", f"must be between 1921 and 2100, got {year}")
    return year


# -- cleaning --------------------------------------------------------------------------------------
@router.get("/clean", response_class=HTMLResponse)
def clean_form(request: Request) -> HTMLResponse:
    return page(request, "clean.html", active="/clean", result=None, text="", source="")


@router.post("/clean", response_class=HTMLResponse)
async def clean_page(request: Request) -> HTMLResponse:
    context: dict[str, Any] = {"active": "/clean", "result": None, "text": "", "source": ""}
    try:
        form = await parse_form(request)
        context["text"] = text_field(form.get("text"))
        upload = await read_upload(form.get("file")) if is_file(form.get("file")) else None
        if upload is not None:
            doc = await run_in_threadpool(document_from_upload, upload, SCRAPED_SUFFIXES)
            context["text"] = ""
        else:
            doc = document_from_text(context["text"])
        context["source"] = doc.source or doc.id
        result = await run_in_threadpool(ops.clean, doc)
    except InputError as exc:
        return failure(request, "clean.html", exc, **context)
    context["result"] = views.clean_view(result)
    return page(request, "clean.html", **context)
