"""Readers: one per input format, each turning one file's bytes into raw records.

A reader only knows how to read one file. It yields :class:`RawRecord` objects (raw text plus
what the format says about it) or :class:`InputError` values for parts that cannot be read (a bad
JSONL line), and raises :class:`InputError` when the whole file is unusable. Globbing, folders,
size limits and building documents live in :mod:`deedsnlp.io.documents`.

Readers of shards (JSONL, Parquet) *stream*: :meth:`Reader.read_path` reads the file piece by
piece and the size limit applies to each document, not to the file.
"""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any, Iterator

from ..encoding import decode_bytes
from ..errors import InputError
from .zipguard import check_zip


@dataclass
class RawRecord:
    """Raw text of one document as a reader produced it."""

    text: str
    id: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    #: 1-based input line → heading level known from the format (Word heading styles)
    heading_hints: dict[int, int] = field(default_factory=dict)


class Reader:
    """Base class: ``read(data, source)`` yields records of one file.

    ``streams``: the reader implements :meth:`read_path`, which reads a file in pieces and
    applies the size limit per document.
    """

    suffixes: tuple[str, ...] = ()
    format: str = ""
    streams: bool = False

    def read(self, data: bytes, source: str) -> Iterator[RawRecord | InputError]:
        raise NotImplementedError

    def read_path(self, path: str, source: str, max_bytes: int) -> Iterator[RawRecord | InputError]:
        raise NotImplementedError


def _too_large(where: str, size: int, limit: int) -> InputError:
    return InputError(where, f"document too large ({size:,} bytes; the limit is {limit:,}; set DEEDSNLP_MAX_BYTES to raise it)")


class TextReader(Reader):
    suffixes = (".txt", ".md", ".text", "")
    format = "text"

    def read(self, data, source):
        text, enc = decode_bytes(data, source)
        yield RawRecord(text, metadata={"encoding": enc})


# --------------------------------------------------------------------------------------------
# .docx
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CN = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def chinese_numeral(n: int) -> str:
    """1 → 一, 12 → 十二, 35 → 三十五 (what Word's chineseCounting renders)."""
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    if n < 100:
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    return str(n)


def format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
               "ideographTraditional", "taiwaneseCounting", "taiwaneseCountingThousand"):
        return chinese_numeral(n)
    if fmt == "ideographDigital":
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if fmt.startswith("decimalEnclosedCircle"):
        return _CIRCLED[n - 1] if 0 < n <= 20 else str(n)
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt in ("lowerRoman", "upperRoman"):
        vals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        out, k = "", n
        for v, s in vals:
            while k >= v:
                out, k = out + s, k - v
        return out.upper() if fmt == "upperRoman" else out
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


class _Numbering:
    """Renders Word automatic numbering (numPr → lvlText with counters)."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, dict[str, Any]]] = {}
        self.num_to_abs: dict[str, str] = {}
        self.overrides: dict[str, dict[int, int]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except Exception:  # noqa: BLE001 - no numbering part
            return
        for absn in root.findall(f"{_W}abstractNum"):
            aid = absn.get(f"{_W}abstractNumId")
            lv = {}
            for lvl in absn.findall(f"{_W}lvl"):
                ilvl = int(lvl.get(f"{_W}ilvl", "0"))
                get = lambda tag: (lvl.find(f"{_W}{tag}").get(f"{_W}val") if lvl.find(f"{_W}{tag}") is not None else None)  # noqa: E731
                lv[ilvl] = {
                    "start": int(get("start") or 1),
                    "fmt": get("numFmt") or "decimal",
                    "text": get("lvlText") or "",
                }
            self.levels[aid] = lv
        for num in root.findall(f"{_W}num"):
            nid = num.get(f"{_W}numId")
            ab = num.find(f"{_W}abstractNumId")
            if ab is not None:
                self.num_to_abs[nid] = ab.get(f"{_W}val")
            for ov in num.findall(f"{_W}lvlOverride"):
                so = ov.find(f"{_W}startOverride")
                if so is not None:
                    self.overrides.setdefault(nid, {})[int(ov.get(f"{_W}ilvl", "0"))] = int(so.get(f"{_W}val"))

    def render(self, num_id: str, ilvl: int) -> str:
        aid = self.num_to_abs.get(num_id)
        if aid is None or aid not in self.levels or num_id == "0":
            return ""
        levels = self.levels[aid]
        counters = self.counters.setdefault(num_id, [0] * 9)
        if counters[ilvl] == 0:
            counters[ilvl] = self.overrides.get(num_id, {}).get(ilvl, levels.get(ilvl, {}).get("start", 1))
        else:
            counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        spec = levels.get(ilvl)
        if spec is None:
            return ""

        def sub(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            value = counters[k] or levels.get(k, {}).get("start", 1)
            return format_number(value, levels.get(k, {}).get("fmt", "decimal"))

        return re.sub(r"%(\d)", sub, spec["text"])


def _style_chain(style):
    while style is not None:
        yield style
        style = style.base_style


def _num_pr(paragraph) -> tuple[str, int] | None:
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None and ppr.numPr.numId is not None:
        ilvl = ppr.numPr.ilvl.val if ppr.numPr.ilvl is not None else 0
        return str(ppr.numPr.numId.val), int(ilvl)
    try:
        style = paragraph.style
    except Exception:  # noqa: BLE001
        style = None
    for st in _style_chain(style):
        sppr = st.element.pPr
        if sppr is not None and sppr.numPr is not None and sppr.numPr.numId is not None:
            ilvl = sppr.numPr.ilvl.val if sppr.numPr.ilvl is not None else 0
            return str(sppr.numPr.numId.val), int(ilvl)
    return None


def _outline_level(paragraph) -> int | None:
    ppr = paragraph._p.pPr
    elems = []
    if ppr is not None:
        elems.append(ppr)
    try:
        for st in _style_chain(paragraph.style):
            if st.element.pPr is not None:
                elems.append(st.element.pPr)
            m = re.match(r"(?:heading|标题)\s*(\d)", (st.name or "").lower())
            if m:
                return int(m.group(1))
    except Exception:  # noqa: BLE001
        pass
    for e in elems:
        ol = e.find(f"{_W}outlineLvl")
        if ol is not None:
            val = int(ol.get(f"{_W}val"))
            if val < 9:
                return val + 1
    return None


class DocxReader(Reader):
    suffixes = (".docx",)
    format = "docx"

    def read(self, data, source):
        try:
            import docx
            from docx.table import Table
            from docx.text.paragraph import Paragraph
        except ImportError as exc:  # pragma: no cover
            raise InputError(source, f"python-docx is not installed ({exc})") from None
        check_zip(data, source, what=".docx")  # from the zip directory, before anything is inflated
        try:
            document = docx.Document(io.BytesIO(data))
        except (zipfile.BadZipFile, KeyError, ValueError) as exc:
            raise InputError(source, f"malformed .docx ({exc.__class__.__name__}: {exc})") from None
        except Exception as exc:  # noqa: BLE001 - lxml and python-docx raise many kinds
            raise InputError(source, f"malformed .docx ({exc.__class__.__name__}: {exc})") from None
        numbering = _Numbering(document)
        lines: list[str] = []
        hints: dict[int, int] = {}

        def add_paragraph(par) -> None:
            text = par.text.replace("\n", " ").replace("\v", " ")
            marker = ""
            npr = _num_pr(par)
            if npr is not None:
                marker = numbering.render(*npr)
            if not text.strip():
                return
            lines.append(marker + text)
            level = _outline_level(par)
            if level is not None and not marker:
                hints[len(lines)] = level

        body = document.element.body
        for child in body.iterchildren():
            if child.tag == f"{_W}p":
                add_paragraph(Paragraph(child, document))
            elif child.tag == f"{_W}tbl":
                table = Table(child, document)
                for row in table.rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:  # merged cells repeat
                            continue
                        seen.add(id(cell._tc))
                        for par in cell.paragraphs:
                            add_paragraph(par)
        yield RawRecord("\n".join(lines), metadata={"encoding": "docx"}, heading_hints=hints)


# --------------------------------------------------------------------------------------------
# .html
_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
              "iframe", "template", "svg", "button", "select")
_NAV_ATTR = re.compile(r"(^|[-_\s])(nav|navbar|menu|footer|header|sidebar|breadcrumb|share|related|comment|copyright|pager|pagination)([-_\s]|$)", re.I)
_BLOCK_TAGS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "section",
               "article", "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "main", "center")


class HtmlReader(Reader):
    suffixes = (".html", ".htm", ".xhtml")
    format = "html"

    def read(self, data, source):
        from bs4 import BeautifulSoup

        text, enc = decode_bytes(data, source)
        soup = BeautifulSoup(text, "lxml")
        title = soup.title.get_text(strip=True) if soup.title else ""
        for tag in soup(list(_DROP_TAGS)):
            tag.decompose()
        for tag in soup.find_all(True):
            if tag.attrs is None:
                continue
            attrs = " ".join([tag.get("id") or "", " ".join(tag.get("class") or [])])
            if attrs.strip() and _NAV_ATTR.search(attrs):
                tag.decompose()
        root = soup.find("article") or soup.find("main") or soup.body or soup
        for br in root.find_all("br"):
            br.replace_with("\n")
        for tag in root.find_all(list(_BLOCK_TAGS)):
            tag.insert_before("\n")
            tag.insert_after("\n")
        body = root.get_text("")
        yield RawRecord(body, metadata={"encoding": enc, "title": title})


# --------------------------------------------------------------------------------------------
# .jsonl
class JsonlReader(Reader):
    suffixes = (".jsonl", ".ndjson")
    format = "jsonl"
    streams = True

    def read(self, data, source):
        text, enc = decode_bytes(data, source)
        for lineno, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield self._record(line, lineno, source, enc)

    def read_path(self, path, source, max_bytes):
        with open(path, "rb") as fh:
            head = fh.read(4096)
            if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
                # UTF-16 (or binary): lines cannot be cut on b"\n"; read it whole, within the file limit
                size = os.fstat(fh.fileno()).st_size
                if size > max_bytes:
                    raise InputError(source, f"file too large ({size:,} bytes; the limit is {max_bytes:,}; "
                                             "a streamed JSONL shard must be UTF-8)")
                fh.seek(0)
                yield from self.read(fh.read(), source)
                return
            fh.seek(0)
            lineno = 0
            while True:
                line = fh.readline(max_bytes + 1)
                if not line:
                    return
                lineno += 1
                if len(line) > max_bytes and not line.endswith(b"\n"):
                    size = len(line)
                    while True:  # skip the rest of the oversized line without holding it
                        rest = fh.readline(1 << 20)
                        size += len(rest)
                        if not rest or rest.endswith(b"\n"):
                            break
                    yield _too_large(f"{source}:{lineno}", size, max_bytes)
                    continue
                if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                    line = line[3:]
                if not line.strip():
                    continue
                try:
                    text, enc = line.decode("utf-8"), "utf-8"
                except UnicodeDecodeError:
                    try:
                        text, enc = decode_bytes(line, f"{source}:{lineno}")
                    except InputError as err:
                        yield err
                        continue
                rec = self._record(text, lineno, source, enc)
                if isinstance(rec, RawRecord):
                    rec.metadata["bytes"] = len(line)
                yield rec

    @staticmethod
    def _record(line: str, lineno: int, source: str, enc: str) -> RawRecord | InputError:
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            return InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
        if not isinstance(obj, dict):
            return InputError(where, "a JSONL line must be an object with a 'text' field")
        body = obj.get("text")
        if not isinstance(body, str):
            return InputError(where, "missing or non-string 'text' field")
        meta = {k: v for k, v in obj.items() if k not in ("text", "id")}
        meta.update({"encoding": enc, "jsonl_line": lineno})
        doc_id = obj.get("id")
        return RawRecord(body, id=str(doc_id) if doc_id is not None else where, metadata=meta)


# --------------------------------------------------------------------------------------------
# .parquet
class ParquetReader(Reader):
    """Parquet shards with a ``text`` column (and optionally ``id``; other columns go to metadata)."""

    suffixes = (".parquet",)
    format = "parquet"
    streams = True
    batch_size = 512

    def read(self, data, source):
        yield from self._rows(io.BytesIO(data), source, None)

    def read_path(self, path, source, max_bytes):
        yield from self._rows(path, source, max_bytes)

    def _rows(self, where, source, max_bytes):
        try:
            import pyarrow.parquet as pq
        except ImportError as exc:  # pragma: no cover - pyarrow comes with the ray extra
            raise InputError(source, f"reading Parquet needs pyarrow: pip install pyarrow ({exc})") from None
        try:
            pf = pq.ParquetFile(where)
        except Exception as exc:  # noqa: BLE001 - pyarrow raises ArrowInvalid, OSError ...
            raise InputError(source, f"malformed Parquet file ({exc.__class__.__name__}: {exc})") from None
        names = pf.schema_arrow.names
        if "text" not in names:
            raise InputError(source, "a Parquet shard needs a 'text' column")
        row = 0
        for batch in pf.iter_batches(batch_size=self.batch_size):
            for rec in batch.to_pylist():
                row += 1
                where_row = f"{source}:{row}"
                body = rec.pop("text", None)
                if not isinstance(body, str):
                    yield InputError(where_row, "missing or non-string 'text' value")
                    continue
                if max_bytes is not None and len(body) * 4 > max_bytes:
                    size = len(body.encode("utf-8", "surrogatepass"))
                    if size > max_bytes:
                        yield _too_large(where_row, size, max_bytes)
                        continue
                doc_id = rec.pop("id", None)
                meta = {k: v for k, v in rec.items() if _jsonable(v)}
                meta["parquet_row"] = row
                yield RawRecord(body, id=str(doc_id) if doc_id is not None else where_row, metadata=meta)


def _jsonable(value) -> bool:
    return value is None or isinstance(value, (str, int, float, bool, list, dict))


READERS: list[Reader] = [DocxReader(), HtmlReader(), JsonlReader(), ParquetReader(), TextReader()]


def reader_for(name: str) -> Reader:
    """The reader for a file name (by suffix; anything unknown is read as text)."""
    lower = name.lower()
    for reader in READERS:
        if any(lower.endswith(s) for s in reader.suffixes if s):
            return reader
    return READERS[-1]
