"""Input and output: byte-based readers, the one input path, the labelled corpus.

* :mod:`deedsnlp.io.readers` — one reader per report format (text, .docx, .html, JSONL, Parquet);
* :mod:`deedsnlp.io.documents` — :func:`iter_documents`: names or bytes → documents, every bad
  input reported and the rest still read;
* :mod:`deedsnlp.io.corpus` — the labelled corpus (``passages.jsonl`` or ``labelled/*.jsonl``);
* :mod:`deedsnlp.io.zipguard` — zip containers checked before anything is inflated.
"""

from .documents import (
    DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, LoadOptions, expand_inputs, iter_documents, load_one,
    max_bytes_default, read_bytes, read_records,
)
from .readers import READERS, RawRecord, Reader, reader_for
from .zipguard import ZipLimits, check_zip

__all__ = [
    "DEFAULT_MAX_BYTES", "SUPPORTED_SUFFIXES", "LoadOptions", "expand_inputs", "iter_documents", "load_one",
    "max_bytes_default", "read_bytes", "read_records", "READERS", "RawRecord", "Reader", "reader_for",
    "ZipLimits", "check_zip",
]
