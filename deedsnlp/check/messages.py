"""Finding messages in the clerk's language: Chinese by default, English on request.

The checker's steps word their findings in English; :func:`localize` rewrites a message in
Chinese with the patterns of ``deedsnlp/data/check_messages.yaml`` (a message no pattern knows
gets its kind's Chinese wording, with the finding's text). Findings that carry both wordings
(``data["message_zh"]``, the reviewer's findings) use theirs.

>>> localize("stale_term", "十七大精神 was current in 2007–2012, not in 2023; in 2023: 二十大精神", "十七大精神")
'“十七大精神”是2007—2012年的提法，不适用于2023年；2023年可用：二十大精神'
>>> localize("stale_term", "十七大精神 was current in 2007–2012, not in 2023", "", lang="en")
'十七大精神 was current in 2007–2012, not in 2023'
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

LANGS = ("zh", "en")


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    from ..yamlsafe import safe_load

    data = safe_load(resources.files("deedsnlp.data").joinpath("check_messages.yaml").read_text("utf-8")) or {}
    return {
        "patterns": [(re.compile(p["match"], re.S), p["zh"]) for p in data.get("patterns") or []],
        "periods": [(re.compile(p["match"]), p["zh"]) for p in data.get("periods") or []],
        "kinds": dict(data.get("kinds") or {}),
        "reasons": [(re.compile(p["match"]), p["zh"]) for p in data.get("reasons") or []],
    }


def _period(text: str) -> str:
    out = []
    for part in text.split(", "):
        for rx, zh in _table()["periods"]:
            m = rx.match(part.strip())
            if m:
                out.append(zh.format(**m.groupdict()))
                break
        else:
            out.append(part)
    return "、".join(out)


def localize(kind: str, message: str, text: str = "", data: dict | None = None, lang: str = "zh") -> str:
    """``message`` (English, as the checker's steps word it) in ``lang``."""
    if lang == "en":
        return (data or {}).get("message_en") or message
    data = data or {}
    if data.get("message_zh"):
        return data["message_zh"]
    table = _table()
    for rx, zh in table["patterns"]:
        m = rx.match(message)
        if m:
            groups = {k: (v or "") for k, v in m.groupdict().items()}
            if "periods" in groups:
                groups["periods"] = _period(groups["periods"])
            if "sugg" in groups:
                groups["sugg"] = groups["sugg"].replace(", ", "、")
            return zh.format(**groups)
    if re.search(r"[\u4e00-\u9fff]", message) and not re.search(r"[A-Za-z]{3,}", message):
        return message  # already Chinese
    wording = table["kinds"].get(kind)
    if wording:
        return wording.format(text=text or "").rstrip("：")
    return message


def localize_reason(reason: str, lang: str = "zh") -> str:
    """Why a section is weak, in ``lang``."""
    if lang == "en":
        return reason
    for rx, zh in _table()["reasons"]:
        m = rx.match(reason)
        if m:
            return zh.format(**m.groupdict())
    return reason


__all__ = ["LANGS", "localize", "localize_reason"]
