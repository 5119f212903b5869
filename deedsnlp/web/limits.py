"""Request body size limit as a plain ASGI middleware.

The whole body is read (and counted) before the application sees it: a request whose
``Content-Length`` announces more than the limit, or whose body grows past it while it streams
in, is answered ``413`` with a message naming the limit (JSON under ``/api/``, HTML elsewhere)
and never reaches a route. Accepted bodies are replayed to the application from memory, so the
limit bounds the memory a request can take.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any, Awaitable, Callable

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

#: the default upload limit (bytes); ``deedsnlp serve --max-upload-mb`` changes it
DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024
#: after the limit is passed, this much more is read and thrown away before answering, so that a
#: browser still sending its upload sees the 413 rather than a reset connection
DRAIN_BYTES = 64 * 1024 * 1024


def describe_size(n: int) -> str:
    """``10485760`` → ``'10 MB'``, ``1536`` → ``'1.5 KB'``, ``100`` → ``'100 bytes'`` (binary units)."""
    for unit, size in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= size:
            value = n / size
            return f"{value:.1f}".rstrip("0").rstrip(".") + f" {unit}"
    return f"{n} bytes"


def too_large_message(limit: int) -> str:
    return f"upload too large: the limit is {describe_size(limit)} ({limit:,} bytes) per request"


class BodyLimitMiddleware:
    """Answer ``413 Content Too Large`` to request bodies over ``max_bytes``."""

    def __init__(self, app: Callable, max_bytes: int, render_html: Callable[[str], str] | None = None):
        if max_bytes < 0:
            raise ValueError(f"max_bytes must be >= 0, got {max_bytes}")
        self.app = app
        self.max_bytes = max_bytes
        self.render_html = render_html

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await self._drain(receive, declared)
            await self._reject(scope, send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
                if message.get("more_body", False):
                    await self._drain(receive, DRAIN_BYTES)
                await self._reject(scope, send)
                return
            chunks.append(body)
            more = message.get("more_body", False)
        await self.app(scope, _replay(b"".join(chunks), receive), send)

    async def _drain(self, receive: Receive, budget: int) -> None:
        """Read and discard up to ``budget`` more bytes of the body."""
        read = 0
        while read <= min(budget, DRAIN_BYTES):
            message = await receive()
            if message["type"] != "http.request":
                return
            read += len(message.get("body", b""))
            if not message.get("more_body", False):
                return

    async def _reject(self, scope: Scope, send: Send) -> None:
        message = too_large_message(self.max_bytes)
        wants_json = scope.get("path", "").startswith("/api/") or self.render_html is None
        if wants_json:
            body = json.dumps({"detail": message, "limit_bytes": self.max_bytes}, ensure_ascii=False).encode()
            ctype = b"application/json"
        else:
            body = self.render_html(message).encode("utf-8")  # type: ignore[misc]
            ctype = b"text/html; charset=utf-8"
        await send({
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode()),
                        (b"connection", b"close")],
        })
        await send({"type": "http.response.body", "body": body})


def _content_length(scope: Scope) -> int | None:
    for key, value in scope.get("headers", []):
        if key == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # http.disconnect once the client goes

    return replay


def plain_html_page(message: str) -> str:
    """A minimal page for the 413 (the templates are not needed to say it)."""
    return (
        "<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>413 上传过大</title>"
        "<link rel=\"stylesheet\" href=\"/static/style.css\"><main class=\"page\">"
        f"<h1>上传过大 (413)</h1><p class=\"error\">{escape(message)}</p>"
        "<p>请缩小文件后重试。 <a href=\"/\">返回首页</a></p></main></html>"
    )
