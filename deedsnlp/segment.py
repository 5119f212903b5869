"""Word segmentation with the domain lexicon, without shared global state.

jieba keeps a global default tokenizer whose user words leak between callers; this module never
touches it. Each :class:`Segmenter` owns its tokenizer instance (``jieba.Tokenizer`` or, on the
fast path, ``rjieba.Jieba`` — the jieba-rs binding, ~10x faster) and loads the shipped domain
lexicon plus any user lexicons into it. Both backends get the same words with the same
frequencies, so lexicon terms come out whole either way.

>>> seg = get_segmenter()
>>> seg.cut("支部落实三会一课制度")
['支部', '落实', '三会一课制度']
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from .errors import InputError

BACKENDS = ("auto", "rjieba", "jieba")
DEFAULT_FREQ = 20000


@dataclass(frozen=True)
class LexiconEntry:
    word: str
    freq: int
    tag: str = "n"


def parse_lexicon(text: str, source: str = "<lexicon>") -> list[LexiconEntry]:
    """Parse jieba's user-dictionary format: ``word [freq] [tag]`` per line, ``#`` comments."""
    entries = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        word, freq, tag = parts[0], DEFAULT_FREQ, "n"
        if len(parts) > 1:
            try:
                freq = int(parts[1])
            except ValueError:
                if len(parts) == 2:
                    tag = parts[1]
                else:
                    raise InputError(f"{source}:{lineno}", f"frequency is not a number: {parts[1]!r}") from None
        if len(parts) > 2:
            tag = parts[2]
        entries.append(LexiconEntry(word, freq, tag))
    return entries


@lru_cache(maxsize=1)
def domain_lexicon() -> tuple[LexiconEntry, ...]:
    """The shipped lexicon of party-building and official-document terms."""
    text = resources.files("deedsnlp.data").joinpath("lexicon.txt").read_text("utf-8")
    return tuple(parse_lexicon(text, "deedsnlp/data/lexicon.txt"))


def read_lexicon(path: str | Path) -> list[LexiconEntry]:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read lexicon ({exc.strerror or exc})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"lexicon is not UTF-8 (byte offset {exc.start})") from None
    return parse_lexicon(text, str(path))


def _resolve_backend(backend: str) -> str:
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {BACKENDS}, got {backend!r}")
    if backend == "auto":
        try:
            import rjieba  # noqa: F401

            return "rjieba"
        except ImportError:  # pragma: no cover
            return "jieba"
    return backend


_DEFAULT_CLAIMED = False  # whether a segmenter took rjieba's module-level tokenizer (see Segmenter._build)


class Segmenter:
    """A jieba tokenizer of its own, with the domain lexicon and user lexicons loaded.

    Parameters
    ----------
    lexicons:
        paths of extra user lexicons (jieba user-dictionary format) or entry lists.
    backend:
        ``"rjieba"`` (fast path), ``"jieba"`` (the Python reference) or ``"auto"``.
    domain:
        load the shipped domain lexicon (default true).
    hmm:
        let jieba's HMM join unknown words.
    """

    def __init__(
        self,
        lexicons: Sequence[str | Path | Sequence[LexiconEntry]] = (),
        *,
        backend: str = "auto",
        domain: bool = True,
        hmm: bool = True,
    ):
        self.backend = _resolve_backend(backend)
        self.hmm = hmm
        self._shipped = domain and not lexicons
        entries: list[LexiconEntry] = list(domain_lexicon()) if domain else []
        for lex in lexicons:
            entries.extend(read_lexicon(lex) if isinstance(lex, (str, Path)) else lex)
        self.entries = entries
        self._tk = None
        self._lock = threading.Lock()

    def _tokenizer(self):
        if self._tk is None:
            with self._lock:
                if self._tk is None:
                    self._tk = self._build()
        return self._tk

    def _build(self):
        global _DEFAULT_CLAIMED
        if self.backend == "rjieba":
            import rjieba

            # importing rjieba already built a tokenizer with the default dictionary (~0.1 s); the
            # first segmenter of the shipped configuration (domain lexicon only) takes that one
            # rather than building a second, the others get their own
            shipped = self._shipped and not _DEFAULT_CLAIMED and isinstance(getattr(rjieba, "_DEFAULT_JIEBA", None), rjieba.Jieba)
            if shipped:
                _DEFAULT_CLAIMED = True
            tk = rjieba._DEFAULT_JIEBA if shipped else rjieba.Jieba()
            for e in self.entries:
                tk.add_word(e.word, e.freq, e.tag)
            return tk
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        tk = jieba.Tokenizer()
        tk.initialize()
        for e in self.entries:
            tk.add_word(e.word, e.freq, e.tag)
        return tk

    def cut(self, text: str) -> list[str]:
        """Tokens of ``text`` (whitespace tokens included, as jieba gives them)."""
        tk = self._tokenizer()
        if self.backend == "rjieba":
            try:
                return tk.cut(text, self.hmm)
            except UnicodeEncodeError as exc:  # a lone surrogate cannot cross into Rust
                raise InputError("<text>", f"text contains a lone surrogate U+{ord(text[exc.start]):04X} "
                                           f"at character {exc.start} (not valid Unicode)") from None
        return tk.lcut(text, HMM=self.hmm)

    def words(self, text: str) -> list[str]:
        """Tokens without whitespace tokens."""
        return [t for t in self.cut(text) if not t.isspace()]

    def pipe(self, texts: Iterable[str]) -> Iterator[list[str]]:
        cut = self.cut
        for text in texts:
            yield cut(text)

    def segment_lines(self, text: str) -> Iterator[str]:
        """One output line per input line, tokens joined by single spaces (jieba's CLI format)."""
        for line in text.split("\n"):
            yield " ".join(t for t in self.cut(line.rstrip("\r")) if not t.isspace())


@lru_cache(maxsize=16)
def _cached(lexicons: tuple[str, ...], backend: str, domain: bool, hmm: bool) -> Segmenter:
    return Segmenter(list(lexicons), backend=backend, domain=domain, hmm=hmm)


def get_segmenter(
    lexicons: Iterable[str | Path] = (), *, backend: str = "auto", domain: bool = True, hmm: bool = True
) -> Segmenter:
    """A cached :class:`Segmenter` for these settings (built once per process)."""
    return _cached(tuple(str(p) for p in lexicons), backend, domain, hmm)


def segment(text: str, **kwargs) -> list[str]:
    """Words of ``text`` with the domain lexicon (whitespace dropped)."""
    return get_segmenter(**kwargs).words(text)
