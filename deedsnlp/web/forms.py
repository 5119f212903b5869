"""Uploads from a parsed form: bytes read into memory, the client's name reduced to a label."""

from __future__ import annotations

from typing import Any

from .uploads import Upload, display_name


def is_file(value: Any) -> bool:
    """True for an uploaded file part (Starlette's ``UploadFile``), false for text fields."""
    return hasattr(value, "filename") and hasattr(value, "read")


async def read_upload(value: Any) -> Upload | None:
    """The upload of a file field; ``None`` when no file was chosen (empty name, no bytes)."""
    if value is None or not is_file(value):
        return None
    data = await value.read()
    await value.close()
    if not value.filename and not data:
        return None
    return Upload(display_name(value.filename), data)


async def read_uploads(values: list[Any]) -> list[Upload]:
    out = []
    for value in values:
        upload = await read_upload(value)
        if upload is not None:
            out.append(upload)
    return out


async def draft_inputs(facts_file: Any, log_files: list[Any], facts_text: str = "", log_text: str = ""):
    """The facts upload (a file, else the pasted YAML) and the log uploads (files plus pasted lines)."""
    from ..errors import InputError

    facts = await read_upload(facts_file) if is_file(facts_file) else None
    if facts is None and facts_text.strip():
        facts = Upload("基本情况.yaml", facts_text.encode("utf-8"))
    if facts is None:
        raise InputError("facts", "no facts given (upload a .yaml/.json file or fill in the facts)")
    logs = await read_uploads(log_files)
    if log_text.strip():
        logs.append(Upload("台账.txt", log_text.encode("utf-8")))
    return facts, logs
