"""Jinja2 environment of the pages (autoescape always on) and page rendering."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from .. import __version__

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

NAV = [
    ("/check", "检查材料", "Check a draft"),
    ("/clean", "清洗文本", "Clean scraped text"),
    ("/draft", "起草材料", "Draft from facts and logs"),
    ("/dedup", "查找雷同", "Near-duplicates"),
    ("/api", "JSON 接口", "JSON API"),
]


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # every template, whatever its name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(nav=NAV, version=__version__)
    env.filters["size"] = describe_size_filter
    env.filters["pct"] = lambda x: "" if x is None else f"{100 * float(x):.0f}%"
    return env


def describe_size_filter(n: int) -> str:
    from .limits import describe_size

    return describe_size(int(n))


def render_page(name: str, **context: Any) -> str:
    context.setdefault("active", "")
    context.setdefault("error", None)
    return environment().get_template(name).render(**context)


def render_too_large(message: str) -> str:
    """The 413 page (used by the body-limit middleware)."""
    return render_page("error.html", title="上传过大", status=413, message=message, max_upload_bytes=None)
