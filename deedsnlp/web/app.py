"""The local web page for clerks: FastAPI, server-rendered HTML, no external resources.

>>> app = create_app(max_upload_bytes=1024)
>>> app.state.max_upload_bytes
1024

Security defaults: ``deedsnlp serve`` binds 127.0.0.1; request bodies over the upload limit are
answered 413 before any route runs (:mod:`deedsnlp.web.limits`); uploads are read into memory and
never written by this package (files are not kept after the response); no client-supplied path
is opened (a file name is only a label); every page is rendered with autoescaping, and a strict
Content-Security-Policy allows no script at all.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..errors import InputError
from .limits import DEFAULT_MAX_UPLOAD_BYTES, BodyLimitMiddleware
from .render import STATIC, render_too_large

#: sent with every response: no scripts, no external resources, no framing
SECURITY_HEADERS = {
    b"content-security-policy": (
        b"default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        b"base-uri 'none'; frame-ancestors 'none'"
    ),
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"no-referrer",
    b"x-frame-options": b"DENY",
}


class SecurityHeadersMiddleware:
    """Adds :data:`SECURITY_HEADERS` to every HTTP response (plain ASGI)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                headers = list(message.get("headers", []))
                headers += [(k, v) for k, v in SECURITY_HEADERS.items() if k not in present]
                message = dict(message, headers=headers)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def error_json(status: int, detail: Any) -> Response:
    """``{"detail": ...}`` as ASCII-escaped JSON: messages that quote the input may hold characters
    (lone surrogates) that UTF-8 cannot encode."""
    return Response(json.dumps({"detail": detail}, ensure_ascii=True), status_code=status, media_type="application/json")


def create_app(max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES) -> FastAPI:
    """The application; ``max_upload_bytes`` limits every request body (default 10 MB)."""
    if max_upload_bytes < 1:
        raise ValueError(f"max_upload_bytes must be positive, got {max_upload_bytes}")
    from . import api, pages

    app = FastAPI(
        title="deedsnlp",
        version=__version__,
        description=(
            "Check, clean and draft Chinese deeds reports (先进事迹材料) and find near-duplicates. "
            f"Request bodies are limited to {max_upload_bytes:,} bytes (413 beyond)."
        ),
        docs_url=None,  # Swagger UI and ReDoc load from a CDN; /api lists the endpoints offline
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.max_upload_bytes = max_upload_bytes
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.exception_handler(InputError)
    async def _input_error(request: Request, exc: InputError) -> Any:
        return error_json(400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Any:
        # FastAPI's own handler echoes the input, which may hold lone surrogates that UTF-8 cannot
        # encode; ASCII-escaped JSON carries anything
        return error_json(422, jsonable_encoder(exc.errors()))

    app.add_middleware(BodyLimitMiddleware, max_bytes=max_upload_bytes, render_html=render_too_large)
    app.add_middleware(SecurityHeadersMiddleware)  # outermost: the 413 gets the headers too
    return app
