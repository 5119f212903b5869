"""Text geometry shared by every stage: line index, sentence spans, raw↔normalized offsets, edits.

One implementation each, so that a line number or a sentence means the same thing in the loader,
the cleaner, the checker, dedup and the web page.
"""

from .edits import EditMap, TextEdit, compose
from .lines import LINE_BREAK_RE, LineIndex
from .offsets import OffsetMap, normalize_line_map
from .sentences import SENTENCE_ENDS, sentence_pattern, sentence_spans, split_sentences

__all__ = [
    "EditMap", "TextEdit", "compose", "LINE_BREAK_RE", "LineIndex", "OffsetMap", "normalize_line_map", "SENTENCE_ENDS",
    "sentence_pattern", "sentence_spans", "split_sentences",
]
