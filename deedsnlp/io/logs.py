"""Meeting and activity logs from bytes: CSV/TSV, XLSX, JSONL and free-text lines → log entries.

Each reader reads one format from the bytes of a file or an upload (the web page passes bytes,
nothing is written to disk); ``name`` picks the reader by suffix and labels every row
(``logs.csv:7``). A row that cannot be used becomes an :class:`~deedsnlp.errors.InputError`
naming the file and line and is skipped; a file that cannot be read at all raises one. The row
model, the vocabulary and the field parsers live in :mod:`deedsnlp.draft.logs`.

>>> rows = read_logs_bytes([("logs.txt", "3月5日 召开支委会 研究发展党员工作 出席7人".encode())], year=2024)
>>> rows[0].where, rows[0].type, rows[0].participants
('logs.txt:1', '支委会', 7)
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..draft.logs import LogEntry, Vocabulary, default_vocabulary, entry_from_fields, parse_log_line
from ..errors import InputError

class LogReader:
    """Reads one log format from bytes; ``read`` reads a file by name (its bytes, then the same)."""

    suffixes: tuple[str, ...] = ()

    def read_bytes(self, path: str, data: bytes, *, year: int | None = None,
                   vocabulary: Vocabulary | None = None) -> Iterator[LogEntry | InputError]:  # pragma: no cover
        raise NotImplementedError

    def read(self, path: str, *, year: int | None = None,
             vocabulary: Vocabulary | None = None) -> Iterator[LogEntry | InputError]:
        from .documents import read_bytes

        return self.read_bytes(path, read_bytes(path), year=year, vocabulary=vocabulary)


def _read_text(path: str, data: bytes) -> str:
    from ..encoding import decode_bytes

    if not data.strip():
        raise InputError(path, "empty log file")
    return decode_bytes(data, path)[0]


def _canonical_header(headers: list[str], vocab: Vocabulary, source: str) -> list[str]:
    out = []
    for h in headers:
        key = str(h or "").strip()
        canon = vocab.columns.get(key.lower(), key)
        if canon in out and canon:
            raise InputError(source, f"two columns mean {canon!r} (the second is {key!r})")
        out.append(canon)
    if "type" not in out and "title" not in out:
        raise InputError(source, "no `type` or `title` column in the header (columns: date, type, title, "
                                 "participants, households, amount, note)")
    return out


def _row_entry(values: dict, source: str, line: int, year, vocab) -> LogEntry | InputError | None:
    if all(v is None or (isinstance(v, str) and not v.strip()) for v in values.values()):
        return None
    try:
        return entry_from_fields(values, source, line, year=year)
    except ValueError as exc:
        return InputError(f"{source}:{line}", str(exc))


class CsvLogReader(LogReader):
    suffixes = (".csv", ".tsv")

    def read_bytes(self, path, data, *, year=None, vocabulary=None):
        vocab = vocabulary or default_vocabulary()
        text = _read_text(path, data)
        delimiter = "\t" if path.lower().endswith(".tsv") else ","
        reader = csv.reader(io.StringIO(text), delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:  # pragma: no cover - empty files are caught above
            raise InputError(path, "empty log file") from None
        except csv.Error as exc:
            raise InputError(f"{path}:1", f"malformed CSV header ({exc})") from None
        cols = _canonical_header(header, vocab, path)
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield InputError(f"{path}:{start}", f"malformed CSV row ({exc})")
                continue
            if len(row) > len(cols) and any(c.strip() for c in row[len(cols):]):
                yield InputError(f"{path}:{start}", f"{len(row)} cells but the header has {len(cols)} columns")
                continue
            values = {c: (row[i] if i < len(row) else None) for i, c in enumerate(cols) if c}
            got = _row_entry(values, path, start, year, vocab)
            if got is not None:
                yield got


class XlsxLogReader(LogReader):
    """The first worksheet; the first non-empty row is the header. ``line`` is the sheet row."""

    suffixes = (".xlsx", ".xlsm")

    def read_bytes(self, path, data, *, year=None, vocabulary=None):
        vocab = vocabulary or default_vocabulary()
        from .zipguard import check_zip

        check_zip(data, path)  # from the zip directory, before anything is inflated
        try:
            from openpyxl import load_workbook

            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001 - zipfile, lxml and openpyxl raise many kinds
            raise InputError(path, f"not a readable .xlsx workbook ({exc.__class__.__name__}: {exc})") from None
        try:
            ws = wb.worksheets[0]
            cols = None
            for rowno, row in enumerate(ws.iter_rows(values_only=True), start=1):
                if cols is None:
                    if any(c not in (None, "") for c in row):
                        cols = _canonical_header([("" if c is None else str(c)) for c in row], vocab, path)
                    continue
                values = {c: (row[i] if i < len(row) else None) for i, c in enumerate(cols) if c}
                got = _row_entry(values, path, rowno, year, vocab)
                if got is not None:
                    yield got
            if cols is None:
                raise InputError(path, "the first worksheet is empty")
        finally:
            wb.close()


class JsonlLogReader(LogReader):
    suffixes = (".jsonl", ".ndjson")

    def read_bytes(self, path, data, *, year=None, vocabulary=None):
        vocab = vocabulary or default_vocabulary()
        text = _read_text(path, data)
        for lineno, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(f"{path}:{lineno}", f"malformed JSON ({exc.msg})")
                continue
            if not isinstance(obj, dict):
                yield InputError(f"{path}:{lineno}", "expected a JSON object")
                continue
            values: dict[str, Any] = {}
            for k, v in obj.items():
                canon = vocab.columns.get(str(k).strip().lower(), str(k))
                values[canon] = v
            got = _row_entry(values, path, lineno, year, vocab)
            if got is not None:
                yield got


class TextLogReader(LogReader):
    """One activity per line; blank lines and lines starting with ``#`` are skipped."""

    suffixes = (".txt", ".log", ".md")

    def read_bytes(self, path, data, *, year=None, vocabulary=None):
        vocab = vocabulary or default_vocabulary()
        text = _read_text(path, data)
        for lineno, line in enumerate(text.splitlines(), start=1):
            s = line.strip()
            if not s or s.startswith("#"):
                continue
            try:
                yield parse_log_line(s, year, source=path, lineno=lineno, vocabulary=vocab)
            except ValueError as exc:
                yield InputError(f"{path}:{lineno}", str(exc))


LOG_READERS: tuple[LogReader, ...] = (CsvLogReader(), XlsxLogReader(), JsonlLogReader(), TextLogReader())


def log_reader_for(path: str) -> LogReader:
    suffix = Path(path).suffix.lower()
    for r in LOG_READERS:
        if suffix in r.suffixes:
            return r
    known = ", ".join(s for r in LOG_READERS for s in r.suffixes)
    raise InputError(path, f"unknown log format {suffix or '(no suffix)'!r}; use one of {known}")


def read_log(path: str | Path, *, year: int | None = None,
             vocabulary: Vocabulary | None = None) -> Iterator[LogEntry | InputError]:
    """Entries and per-row errors of one log file; raises :class:`InputError` if it is unusable."""
    name = str(path)
    yield from log_reader_for(name).read(name, year=year, vocabulary=vocabulary)


def read_log_bytes(name: str, data: bytes, *, year: int | None = None,
                   vocabulary: Vocabulary | None = None) -> Iterator[LogEntry | InputError]:
    """Entries and per-row errors of one log held in memory (an upload); ``name`` picks the reader
    by its suffix and labels the rows. Nothing is written to disk."""
    yield from log_reader_for(name).read_bytes(name, data, year=year, vocabulary=vocabulary)


def read_logs_bytes(items: Iterable[tuple[str, bytes]], *, year: int | None = None,
                    errors: list[InputError] | None = None, vocabulary: Vocabulary | None = None) -> list[LogEntry]:
    """:func:`read_logs` over ``(name, bytes)`` pairs (uploads)."""
    return _read_all([(name, data) for name, data in items], year, errors, vocabulary)


def read_logs(paths: Iterable[str | Path], *, year: int | None = None, errors: list[InputError] | None = None,
              vocabulary: Vocabulary | None = None) -> list[LogEntry]:
    """Entries of all log files. Bad rows and unusable files go to ``errors`` (raised when None).

    With ``year`` None, dates without a year (``3月5日``) take the most common year of the
    fully dated rows of the same file, when there are any.
    """
    return _read_all([(str(p), None) for p in paths], year, errors, vocabulary)


def _read_all(items: list[tuple[str, bytes | None]], year, errors, vocabulary) -> list[LogEntry]:
    out: list[LogEntry] = []

    def report(err: InputError) -> None:
        if errors is None:
            raise err
        errors.append(err)

    for name, data in items:
        try:
            if data is None:
                from .documents import read_bytes

                data = read_bytes(name)
            file_year = year if year is not None else _guess_year(name, data, vocabulary)
            for item in read_log_bytes(name, data, year=file_year, vocabulary=vocabulary):
                if isinstance(item, InputError):
                    report(item)
                else:
                    out.append(item)
        except InputError as err:
            report(err)
    return out


def _guess_year(path: str, data: bytes, vocabulary) -> int | None:
    years: Counter = Counter()
    try:
        for item in read_log_bytes(path, data, year=1, vocabulary=vocabulary):
            if isinstance(item, LogEntry) and item.date is not None and item.date.year != 1:
                years[item.date.year] += 1
    except InputError:
        return None
    return years.most_common(1)[0][0] if years else None


__all__ = ["LOG_READERS", "CsvLogReader", "JsonlLogReader", "LogReader", "TextLogReader", "XlsxLogReader",
           "log_reader_for", "read_log", "read_log_bytes", "read_logs", "read_logs_bytes"]
