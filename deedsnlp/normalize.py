"""Text normalization: one normalized line per paragraph, with a map back to input lines.

* full-width ASCII letters and digits become half-width (``２０２３`` → ``2023``); Chinese
  punctuation (，。（）…) is kept as it is;
* whitespace is unified (tabs, no-break and ideographic spaces become one space; zero-width
  characters go), lines are stripped and empty lines dropped;
* a line that begins with closing punctuation (``)。通过活动实践……``) is joined to the paragraph it
  was torn from;
* optionally traditional characters become simplified (OpenCC, ``deedsnlp[opencc]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_TABLE: dict[int, str | None] = {}
for _c in range(0xFF10, 0xFF1A):  # ０-９
    _TABLE[_c] = chr(_c - 0xFEE0)
for _c in list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B)):  # Ａ-Ｚ ａ-ｚ
    _TABLE[_c] = chr(_c - 0xFEE0)
for _c in (0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B)):
    _TABLE[_c] = " "
for _c in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD):
    _TABLE[_c] = None

_SPACES = re.compile(r" {2,}")
#: any character ``_TABLE`` changes: most lines hold none, and a search is far cheaper than translate
_NEEDS_TABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
#: punctuation that cannot open a paragraph: a line starting with it continues the previous one
CLOSING_PUNCT = "）)」』】》〉］]｝}，。、；：！？,.;:!?"


@dataclass(frozen=True)
class Line:
    """A normalized paragraph line: its span in the normalized text and its input lines (1-based)."""

    start: int
    end: int
    line: int
    line_end: int


def normalize_line(line: str) -> str:
    """Normalize characters and whitespace of one line (no joining)."""
    if _NEEDS_TABLE.search(line) is not None:
        line = line.translate(_TABLE)
    if "  " in line:
        line = _SPACES.sub(" ", line)
    return line.strip()


@lru_cache(maxsize=1)
def _t2s():
    try:
        from opencc_purepy import OpenCC
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise ImportError(
            "traditional→simplified conversion needs OpenCC: pip install 'deedsnlp[opencc]'"
        ) from exc
    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Convert traditional characters to simplified ones (OpenCC t2s)."""
    return _t2s().convert(text)


#: the CJK block whose characters :func:`traditional_chars` covers (extension A and the unified block)
TRADITIONAL_RANGE = (0x3400, 0xA000)
_TRADITIONAL_FILE = "traditional_chars.txt"


def traditional_chars_from_opencc() -> frozenset[str]:
    """Characters of :data:`TRADITIONAL_RANGE` that OpenCC's t2s conversion changes, computed
    (loads OpenCC's dictionaries and converts ~27,000 characters: ~0.1 s)."""
    chars = "".join(map(chr, range(*TRADITIONAL_RANGE)))
    return frozenset(a for a, b in zip(chars, to_simplified(chars)) if a != b)


@lru_cache(maxsize=1)
def traditional_chars() -> frozenset[str]:
    """Characters that :func:`to_simplified` changes (empty when OpenCC is not installed).

    Read from ``deedsnlp/data/traditional_chars.txt``, which holds
    :func:`traditional_chars_from_opencc` (a test keeps them equal; rewrite the file with
    ``python -c "from deedsnlp.normalize import write_traditional_chars; write_traditional_chars()"``):
    computing it costs every process ~0.1 s of start-up.
    """
    import importlib.util

    if importlib.util.find_spec("opencc_purepy") is None:  # an extra: no conversion without it
        return frozenset()
    from .resources import read_text

    try:
        text = read_text(_TRADITIONAL_FILE)
    except FileNotFoundError:  # pragma: no cover - a checkout without the data file
        return traditional_chars_from_opencc()
    return frozenset("".join(line for line in text.splitlines() if not line.startswith("#")))


def write_traditional_chars() -> None:
    """Rewrite ``deedsnlp/data/traditional_chars.txt`` from OpenCC (after an OpenCC upgrade)."""
    from .resources import data_dir

    chars = "".join(sorted(traditional_chars_from_opencc()))
    lines = [chars[i : i + 80] for i in range(0, len(chars), 80)]
    header = ("# Characters OpenCC's t2s conversion changes (U+3400-U+9FFF), one string over many lines;\n"
              "# written by deedsnlp.normalize.write_traditional_chars(), read by traditional_chars().\n")
    (data_dir() / _TRADITIONAL_FILE).write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    traditional_chars.cache_clear()


def split_lines(raw: str) -> list[str]:
    """Split on every kind of line break (``\\r\\n``, ``\\r``, ``\\n``, U+2028 ...)."""
    return _LINE_BREAKS.sub("\n", raw).split("\n")


def normalize(raw: str, *, simplify: bool = False) -> tuple[str, list[Line]]:
    """Normalize ``raw`` and return the normalized text and its paragraph lines.

    >>> text, lines = normalize("一、加强学习\\n\\n组织党员学习（即：提一条建议\\n）。效果好")
    >>> text
    '一、加强学习\\n组织党员学习（即：提一条建议）。效果好'
    >>> [(l.line, l.line_end) for l in lines]
    [(1, 1), (3, 4)]
    """
    if simplify:
        raw = to_simplified(raw)
    paras: list[list] = []  # [text, first_line, last_line]
    for number, line in enumerate(split_lines(raw), start=1):
        line = normalize_line(line)
        if not line:
            continue
        if paras and line[0] in CLOSING_PUNCT:
            paras[-1][0] += line
            paras[-1][2] = number
        else:
            paras.append([line, number, number])
    out: list[Line] = []
    pos = 0
    for text, first, last in paras:
        out.append(Line(pos, pos + len(text), first, last))
        pos += len(text) + 1
    return "\n".join(p[0] for p in paras), out
