"""spaCy integration: ``spacy.blank("zh")`` whose tokenizer is a deedsnlp :class:`Segmenter`.

The tokenizer is registered as ``deedsnlp.ChineseTokenizer.v1`` so that spaCy config files (the
textcat backend's) can name it and pipelines saved with ``nlp.to_disk`` load again.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

from .segment import Segmenter, get_segmenter

_REGISTERED = False


class DeedsTokenizer:
    """A spaCy tokenizer: text → ``Doc`` with jieba words and the domain lexicon."""

    def __init__(self, vocab, backend: str = "auto", lexicons: Sequence[str] = ()):
        self.vocab = vocab
        self.backend = backend
        self.lexicons = list(lexicons)
        self._segmenter: Segmenter | None = None

    @property
    def segmenter(self) -> Segmenter:
        if self._segmenter is None:
            self._segmenter = get_segmenter(self.lexicons, backend=self.backend)
        return self._segmenter

    def __call__(self, text: str):
        from spacy.tokens import Doc
        from spacy.util import get_words_and_spaces

        words = [w for w in self.segmenter.cut(text) if not w.isspace()]
        words, spaces = get_words_and_spaces(words, text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # serialization (nlp.to_disk / from_disk)
    def _cfg(self) -> dict:
        return {"backend": self.backend, "lexicons": self.lexicons}

    def to_bytes(self, **kwargs) -> bytes:
        return json.dumps(self._cfg()).encode()

    def from_bytes(self, data: bytes, **kwargs):
        cfg = json.loads(data)
        self.backend, self.lexicons, self._segmenter = cfg["backend"], cfg["lexicons"], None
        return self

    def to_disk(self, path, **kwargs) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "cfg.json").write_text(json.dumps(self._cfg()), encoding="utf-8")

    def from_disk(self, path, **kwargs):
        return self.from_bytes((Path(path) / "cfg.json").read_bytes())


def register() -> None:
    """Register the tokenizer with spaCy's registry (idempotent)."""
    global _REGISTERED
    if _REGISTERED:
        return
    import spacy

    @spacy.registry.tokenizers("deedsnlp.ChineseTokenizer.v1")
    def create_tokenizer(backend: str = "auto", lexicons: list[str] = [], segmenter: str = "jieba"):  # noqa: B006
        def make(nlp):
            return DeedsTokenizer(nlp.vocab, backend=backend, lexicons=lexicons)

        return make

    _REGISTERED = True


def nlp(backend: str = "auto", lexicons: Sequence[str] = ()):
    """``spacy.blank("zh")`` with the jieba segmenter and the domain lexicon loaded.

    >>> doc = nlp()("党支部落实三会一课制度")
    >>> [t.text for t in doc]
    ['党支部', '落实', '三会一课制度']
    """
    import spacy

    register()
    config = {
        "nlp": {
            "tokenizer": {
                "@tokenizers": "deedsnlp.ChineseTokenizer.v1",
                "backend": backend,
                "lexicons": [str(p) for p in lexicons],
            }
        }
    }
    return spacy.blank("zh", config=config)
