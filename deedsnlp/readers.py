"""Moved to :mod:`deedsnlp.io.readers`; this name stays importable."""

from .io.readers import *  # noqa: F401,F403
from .io.readers import (  # noqa: F401
    READERS, DocxReader, HtmlReader, JsonlReader, ParquetReader, RawRecord, Reader, TextReader,
    chinese_numeral, format_number, reader_for,
)
