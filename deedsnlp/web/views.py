"""Operation results → what the templates show (highlighted text as safe HTML, table rows).

Everything that reaches a page as markup is built by :func:`deedsnlp.web.highlight.highlight`,
which escapes every piece of text.
"""

from __future__ import annotations

import base64
from typing import Any

from markupsafe import Markup

from .highlight import Span, find_in_order, highlight

#: how an explained value follows from its sources
OPS = {"fact": "基本情况", "log": "台账记录", "count": "条数", "distinct": "去重计数", "sum": "求和",
       "min": "最早/最小", "max": "最晚/最大"}
#: sources listed per value before "… and N more"
MAX_SOURCES = 8


def data_uri(data: bytes, media_type: str) -> str:
    """A ``data:`` URI (download links that need no second request and keep nothing on the server)."""
    return f"data:{media_type.replace(' ', '')};base64,{base64.b64encode(data).decode('ascii')}"


def source_text(src: dict[str, Any]) -> str:
    value = src.get("value")
    shown = "" if value is None else f" = {value}"
    if src.get("kind") == "fact":
        return f"{src.get('file') or '基本情况'}：{src.get('key', '')}{shown}"
    where = src.get("file", "")
    if src.get("line") is not None:
        where += f" 第{src['line']}行"
    field = src.get("field") or ""
    return f"{where}{(' ' + field) if field and field != 'row' else ''}{shown}"


def draft_view(result: dict[str, Any], formats: dict[str, str], filename: str) -> dict[str, Any]:
    """Preview blocks (values marked and linked to their explanation) and the explanation rows."""
    rows: list[dict[str, Any]] = []
    blocks = []
    for block in result["blocks"]:
        parts = []
        for sentence in block["sentences"]:
            spans = []
            found = find_in_order(sentence["text"], [v["text"] for v in sentence["values"]])
            for value, where in zip(sentence["values"], found):
                number = len(rows) + 1
                sources = value["sources"]
                rows.append({
                    "number": number, "text": value["text"], "field": value["field"],
                    "op": OPS.get(value["op"], value["op"]), "count": len(sources),
                    "sources": [source_text(s) for s in sources[:MAX_SOURCES]],
                    "more": max(0, len(sources) - MAX_SOURCES), "sentence": sentence["text"],
                })
                if where is not None:
                    spans.append(Span(where[0], where[1], "mark", "value", f"[{number}] {OPS.get(value['op'], value['op'])}",
                                      anchor=f"u{number}", href=f"#v{number}"))
            parts.append(str(highlight(sentence["text"], spans)))
        blocks.append({"kind": block["kind"], "level": block["level"], "marker": block["marker"],
                       "html": Markup("".join(parts))})
    downloads = [
        {"format": "docx", "label": "下载 Word (.docx)", "filename": f"{filename}.docx",
         "href": data_uri(result["docx"], formats["docx"])},
        {"format": "md", "label": "下载 Markdown (.md)", "filename": f"{filename}.md",
         "href": data_uri(result["markdown"].encode("utf-8"), formats["md"])},
    ]
    return {"title": result["title"], "blocks": blocks, "values": rows, "downloads": downloads,
            "left_out": result["explain"].get("left_out", []), "sections": result["sections"],
            "log_files": result["explain"].get("log_files", []), "facts_file": result["explain"].get("facts_file", "")}
