"""Stock sentences copied verbatim into a draft, and the draft's boilerplate ratio.

The stock sentences come from two places, kept in ``deedsnlp/data/stock_sentences.tsv``
(``text, docs, source``):

* ``corpus``: sentences and paragraphs that several reports of the labelled corpus share, learned
  with :func:`deedsnlp.dedup.find_boilerplate` (scraping junk removed first, headings and bare
  dates left out). Regenerate them with ``python -m deedsnlp.check.boilerplate [CORPUS_DIR]``;
  the rows marked ``curated`` are kept as they are.
* ``curated``: filler phrases of the genre (一个党员一面旗帜, 取得了实实在在的成效 ...), written by
  the checker's authors.

Matching is verbatim on the dedup *key* (letters and digits only, so punctuation and spacing do
not matter) and finds a stock sentence anywhere inside a passage. The ratio is the share of the
draft's key characters that lie in stock sentences.

>>> stock = StockSentences([StockSentence("一个党员一面旗帜", 0, "curated")])
>>> [(m.text, m.sentence.source) for m in stock.find("要做到一个党员、一面旗帜。")]
[('一个党员、一面旗帜', 'curated')]
>>> round(stock.ratio(["要做到一个党员、一面旗帜。"]), 2)
0.73
"""

from __future__ import annotations

import csv
import io
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from ..errors import InputError
from .rules import alternation

_KEY_CHAR = re.compile(r"[^\W_]")
_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_DATE_CHARS = re.compile(r"[年月日号]")
#: shortest stock sentence, in key characters
MIN_KEY_CHARS = 8
HEADER = ["text", "docs", "source"]


@dataclass(frozen=True)
class StockSentence:
    """A stock sentence: its text, how many corpus documents share it (0: curated), its source."""

    text: str
    docs: int = 0
    source: str = "corpus"

    @property
    def key(self) -> str:
        return stock_key(self.text)


@dataclass(frozen=True)
class StockMatch:
    """A stock sentence found in a text: span ``[start, end)`` of the text as written."""

    start: int
    end: int
    text: str
    sentence: StockSentence


def stock_key(text: str) -> str:
    """The dedup matching key (see :func:`deedsnlp.dedup.unit_key`)."""
    from ..dedup import unit_key

    return unit_key(text)


def _keyed(text: str) -> tuple[str, list[int]]:
    """``text``'s key characters (lower-cased) and their offsets in ``text``."""
    index = [m.start() for m in _KEY_CHAR.finditer(text)]
    return "".join(text[i] for i in index).lower(), index


class StockSentences:
    """A set of stock sentences with one matcher over keyed text."""

    def __init__(self, sentences: Iterable[StockSentence], min_key_chars: int = MIN_KEY_CHARS):
        self.by_key: dict[str, StockSentence] = {}
        for s in sentences:
            key = s.key
            if len(key) >= min_key_chars and (key not in self.by_key or s.docs > self.by_key[key].docs):
                self.by_key[key] = s
        self._regex = re.compile(alternation(self.by_key))

    def __len__(self) -> int:
        return len(self.by_key)

    @property
    def sentences(self) -> list[StockSentence]:
        return list(self.by_key.values())

    def find(self, text: str) -> list[StockMatch]:
        """Stock sentences in ``text`` (longest first at each place, never overlapping)."""
        if not self.by_key:
            return []
        keyed, index = _keyed(text)
        out = []
        for m in self._regex.finditer(keyed):
            start, end = index[m.start()], index[m.end() - 1] + 1
            out.append(StockMatch(start, end, text[start:end], self.by_key[m.group()]))
        return out

    def ratio(self, texts: Iterable[str]) -> float:
        """Share of the key characters of ``texts`` that lie in stock sentences (0.0 to 1.0)."""
        covered = total = 0
        for text in texts:
            keyed, _ = _keyed(text)
            total += len(keyed)
            if self.by_key:
                covered += sum(m.end() - m.start() for m in self._regex.finditer(keyed))
        return covered / total if total else 0.0


def parse_stock(text: str, source: str = "stock_sentences.tsv") -> list[StockSentence]:
    """Rows of a stock-sentence file: TSV with a ``text docs source`` header, or plain lines."""
    lines = text.splitlines()
    if not lines:
        return []
    if lines[0].split("\t")[:1] != ["text"]:
        return [StockSentence(line.strip(), 0, "user") for line in lines if line.strip() and not line.startswith("#")]
    out = []
    for n, row in enumerate(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
        if n == 1 or not row or not row[0].strip() or row[0].startswith("#"):
            continue
        row = row + ["", ""]
        try:
            docs = int(row[1]) if row[1].strip() else 0
        except ValueError:
            raise InputError(source, f"line {n}: docs must be a whole number, got {row[1]!r}") from None
        out.append(StockSentence(row[0].strip(), docs, row[2].strip() or "user"))
    return out


@lru_cache(maxsize=1)
def _shipped() -> StockSentences:
    text = resources.files("deedsnlp").joinpath("data/stock_sentences.tsv").read_text(encoding="utf-8")
    return StockSentences(parse_stock(text))


def load_stock(path: str | Path | None = None) -> StockSentences:
    """The shipped stock sentences (loaded once), or those of a file (TSV or one per line)."""
    if path is None:
        return _shipped()
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read the stock sentences ({exc})") from None
    return StockSentences(parse_stock(text, str(path)))


# -- learning from a corpus ------------------------------------------------------------------

def labelled_corpus_texts(corpus_dir: str | Path) -> Iterator[tuple[str, str]]:
    """``(doc_id, text)`` of the labelled corpus with its annotated scraping junk taken out:
    junk lines dropped, spliced junk cut, masks restored (:func:`deedsnlp.io.corpus.labelled_texts`)."""
    from ..io.corpus import labelled_texts

    yield from labelled_texts(corpus_dir)


def _is_heading_or_date(text: str) -> bool:
    from ..loader import load_text

    if len(_CJK.findall(_DATE_CHARS.sub("", text))) < 6:
        return True
    doc = load_text(text)
    return bool(doc.outline) and doc.outline[0].line == 1


def learn_stock_sentences(items: Iterable[tuple[str, str]], min_docs: int = 2,
                          min_key_chars: int = MIN_KEY_CHARS) -> list[StockSentence]:
    """Sentences and paragraphs shared by at least ``min_docs`` documents (dedup boilerplate),
    headings and bare dates left out."""
    from ..dedup import find_boilerplate

    out = []
    for b in find_boilerplate(items, min_docs=min_docs, min_chars=min_key_chars):
        if _is_heading_or_date(b.text):
            continue
        out.append(StockSentence(b.text, b.doc_count, "corpus"))
    return out


def write_stock(sentences: Sequence[StockSentence], path: str | Path) -> None:
    rows = ["\t".join(HEADER)]
    for s in sentences:
        rows.append(f"{s.text}\t{s.docs}\t{s.source}")
    Path(path).write_text("\n".join(rows) + "\n", encoding="utf-8")


def rebuild(corpus_dir: str | Path, path: str | Path, min_docs: int = 2) -> list[StockSentence]:
    """Relearn the ``corpus`` rows of the stock file at ``path``; its other rows are kept."""
    path = Path(path)
    kept = [s for s in parse_stock(path.read_text(encoding="utf-8"))] if path.exists() else []
    kept = [s for s in kept if s.source != "corpus"]
    learned = learn_stock_sentences(labelled_corpus_texts(corpus_dir), min_docs=min_docs)
    rows = sorted(learned, key=lambda s: (-s.docs, s.text)) + kept
    write_stock(rows, path)
    return rows


def main(argv: Sequence[str] | None = None) -> int:  # pragma: no cover - a maintenance script
    import argparse

    parser = argparse.ArgumentParser(prog="python -m deedsnlp.check.boilerplate",
                                     description="Relearn the corpus rows of the stock-sentence file.")
    parser.add_argument("corpus", nargs="?", default="corpora", help="corpus folder (with labelled/)")
    parser.add_argument("-o", "--output", default=str(Path(__file__).resolve().parents[1] / "data" / "stock_sentences.tsv"))
    parser.add_argument("--min-docs", type=int, default=2)
    args = parser.parse_args(argv)
    rows = rebuild(args.corpus, args.output, args.min_docs)
    print(f"{sum(s.source == 'corpus' for s in rows)} corpus rows, {sum(s.source != 'corpus' for s in rows)} kept "
          f"→ {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
