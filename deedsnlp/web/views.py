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
       "min": "最早/最小", "max": "最晚/最大", "contains": "台账中的提法", "year": "年份"}
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
            "warnings": result.get("warnings", []),
            "log_files": result["explain"].get("log_files", []), "facts_file": result["explain"].get("facts_file", "")}


# --------------------------------------------------------------------------------------------
# checking
#: finding kinds as the page names them
FINDING_KINDS = {
    "numeric_inconsistency": "数字矛盾", "scrape_residue": "网页残留", "mask": "打码字", "stale_term": "过时提法",
    "placeholder": "未填空白", "boilerplate": "套话", "duplicate_paragraph": "重复段落", "outline_gap": "标题编号跳号",
    "no_year": "未写年份", "meeting_shortfall": "会议次数不足", "thin_report": "内容单薄", "short_report": "篇幅偏短",
    "thin_section": "部分单薄", "honour_holder": "荣誉主体不符", "campaign_missing": "未写年度学习教育",
    "residue_unchecked": "未查网页残留", "html": "网页标记", "watermark": "水印/来源声明", "spam": "广告", "link_tail": "相关链接",
}
SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}
LEVEL_NAMES = {"required": "必需", "recommended": "建议", "optional": "其他"}


def _passage_of_line(doc, line: int | None):
    if line is None:
        return None
    for p in doc.passages:
        if p.line <= line <= p.line_end:
            return p
    return None


def check_view(report, doc) -> dict[str, Any]:
    """The checker's report as the page shows it: section lists, findings, the highlighted text."""
    from ..classify import LABEL_NAMES

    findings = []
    spans: dict[int, list[Span]] = {}
    flagged: dict[int, str] = {}
    rank = {"error": 0, "warning": 1, "info": 2}
    for n, f in enumerate(report.findings, start=1):
        findings.append({"number": n, "severity": f.severity, "severity_name": SEVERITY_NAMES.get(f.severity, f.severity),
                         "kind": FINDING_KINDS.get(f.kind, f.kind), "code": f.kind, "message": f.reason, "text": f.text,
                         "line": f.line, "suggestions": _suggestions(f.data)})
        title = f"[{n}] {FINDING_KINDS.get(f.kind, f.kind)}：{f.reason}"
        css = f"sev-{f.severity}"
        placed = False
        # every finding on the document indexes its text (the cleaner's residue too: it keeps
        # the input's span and is placed through it); a finding without a span marks its line
        if f.end > f.start:
            for p in doc.passages:
                s, e = max(f.start, p.start), min(f.end, p.end)
                if s < e:
                    spans.setdefault(p.index, []).append(
                        Span(s - p.start, e - p.start, "mark", css, title, anchor="" if placed else f"m{n}", href=f"#f{n}"))
                    placed = True
        if not placed:
            p = _passage_of_line(doc, f.line)
            if p is not None:
                old = flagged.get(p.index)
                if old is None or rank.get(f.severity, 9) < rank.get(old, 9):
                    flagged[p.index] = f.severity
        findings[-1]["inline"] = placed
    passages = []
    for p in doc.passages:
        text = doc.text[p.start : p.end]
        passages.append({
            "line": p.line, "line_end": p.line_end, "is_heading": p.is_heading,
            "label": p.label or "", "label_name": LABEL_NAMES.get(p.label or "", ""),
            "html": highlight(text, spans.get(p.index, [])), "flag": flagged.get(p.index, ""),
        })
    data = report.to_dict()
    counts = {s: sum(1 for f in report.findings if f.severity == s) for s in ("error", "warning", "info")}
    return {
        "profile": data["profile"], "year": data["year"], "year_source": data["year_source"], "passed": report.passed,
        "present": [s | {"level_name": LEVEL_NAMES.get(s["level"], s["level"])} for s in data["present_sections"]],
        "missing": [s | {"level_name": LEVEL_NAMES.get(s["level"], s["level"])} for s in data["missing_sections"]],
        "weak": [s | {"level_name": LEVEL_NAMES.get(s["level"], s["level"])} for s in data["weak_sections"]],
        "missing_required": [s.name for s in report.missing_required],
        "findings": findings, "counts": counts, "passages": passages,
        "boilerplate_ratio": data.get("boilerplate_ratio", 0.0),
    }


def _suggestions(data: dict[str, Any]) -> list[str]:
    out = []
    for s in data.get("suggestions") or []:
        out.append(s["text"] if isinstance(s, dict) else str(s))
    return out


# --------------------------------------------------------------------------------------------
# cleaning
def _shifted(edits: list[tuple[int, int, str]], pos: int) -> int:
    """Offset in the cleaned text of the original offset ``pos`` (outside every edit)."""
    shift = 0
    for start, end, replacement in edits:
        if end <= pos:
            shift += len(replacement) - (end - start)
    return pos + shift


def clean_view(result: dict[str, Any]) -> dict[str, Any]:
    """Original (removals struck through, masks marked) beside the cleaned text, and the tables."""
    original, cleaned = result["original"], result["cleaned"]
    left: list[Span] = []
    right: list[Span] = []
    edits = sorted((f["start"], f["end"], f.get("replacement", "")) for f in result["findings"] if f["action"] != "flagged")
    rows, masks = [], []
    for n, f in enumerate(sorted(result["findings"], key=lambda f: f["start"]), start=1):
        kind = FINDING_KINDS.get(f["kind"], f["kind"])
        title = f"[{n}] {kind}：{f['reason']}"
        rows.append({"number": n, "kind": kind, "code": f["kind"], "action": f["action"], "text": f["text"],
                     "reason": f["reason"], "line": f["line"], "replacement": f.get("replacement", "")})
        if f["action"] == "flagged":
            css = "mask" if f["kind"] == "mask" else "placeholder"
            left.append(Span(f["start"], f["end"], "mark", css, title, anchor=f"o{n}", href=f"#c{n}"))
            s = _shifted(edits, f["start"])
            e = s + (f["end"] - f["start"])
            if cleaned[s:e] == f["text"]:
                right.append(Span(s, e, "mark", css, title, href=f"#c{n}"))
            if f["kind"] == "mask":
                masks.append({"number": n, "text": f["text"], "line": f["line"], "context": f.get("context", ""),
                              "reason": f["reason"],
                              "suggestions": [{"text": s["text"], "score": s.get("score")} for s in f.get("suggestions", [])]})
        else:
            left.append(Span(f["start"], f["end"], "del", "removed", title, anchor=f"o{n}", href=f"#c{n}"))
            if f["action"] == "restored" and f.get("replacement"):
                s = _shifted(edits, f["start"])
                right.append(Span(s, s + len(f["replacement"]), "ins", "replaced", title, href=f"#c{n}"))
    return {
        "original_html": highlight(original, left), "cleaned_html": highlight(cleaned, right),
        "findings": rows, "masks": masks, "counts": result.get("counts", {}),
        "removed_chars": len(original) - len(cleaned),
        "download": data_uri(cleaned.encode("utf-8"), "text/plain;charset=utf-8"),
    }
