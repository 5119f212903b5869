"""The local web page: check, clean and draft reports and find near-duplicates in the browser.

``deedsnlp serve`` runs :func:`create_app` with uvicorn on 127.0.0.1. Pages are rendered on the
server (Jinja2, autoescaped) and use no external resources; a JSON API with its OpenAPI spec
(``/api/openapi.json``) offers the same operations. Needs the ``web`` extra (FastAPI, uvicorn,
python-multipart).
"""

from __future__ import annotations

__all__ = ["create_app"]


def create_app(max_upload_bytes: int | None = None):
    """The FastAPI application (see :func:`deedsnlp.web.app.create_app`)."""
    from .app import create_app as _create
    from .limits import DEFAULT_MAX_UPLOAD_BYTES

    return _create(DEFAULT_MAX_UPLOAD_BYTES if max_upload_bytes is None else max_upload_bytes)
