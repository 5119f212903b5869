"""Report text laid out as real pages lay it out: a precision probe for the cleaner.

Every character of the clean labelled reports is body, so whatever the cleaner removes from them is a
loss. Real pages give the same text in layouts the corpus was not written in, and a layout alone can
make report lines look like furniture (a PDF's text layer spaces figures out like a date stamp's, a
fixed-width page breaks sentences into lines of one width and leaves their last words alone on a line).
Each layout here rewrites every paragraph of every third clean document (deterministic, no randomness):

* ``pdf spacing``: spaces around figures and after commas (距县城直线距离 30 公里, 其中…);
* ``fixed-width wrap``: each paragraph broken into lines of 34 characters;
* ``pdf spacing + wrap``: both, at 38 characters;
* ``half-width punctuation``: ，：；（）！？ as , : ; ( ) ! ?;
* ``indented``: two ideographic spaces before each paragraph;
* ``traditional script``: the text converted to traditional characters (OpenCC s2t).

The bench cleans each layout with the CLI's defaults (suggestions off: they change no removal) and
prints the body characters removed (spaces not counted).
"""

from __future__ import annotations

import re

_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_HALF = str.maketrans("，：；（）！？", ",:;()!?")


def pdf_spacing(t: str) -> str:
    return re.sub(r" {2,}", " ", _FIGURE.sub(lambda m: f" {m.group()} ", t).replace("，", ", ").replace("、", "、 ")).strip()


def wrap(t: str, width: int = 34) -> str:
    return "\n".join(t[i : i + width] for i in range(0, len(t), width))


def traditional(t: str) -> str:
    from opencc_purepy import OpenCC  # the [opencc] extra, installed with [all]

    global _S2T
    if _S2T is None:
        _S2T = OpenCC("s2t")
    return _S2T.convert(t)


_S2T = None

LAYOUTS = {
    "pdf spacing": pdf_spacing,
    "fixed-width wrap": wrap,
    "pdf spacing + wrap": lambda t: wrap(pdf_spacing(t), 38),
    "half-width punctuation": lambda t: t.translate(_HALF),
    "indented": lambda t: "\u3000\u3000" + t,
    "traditional script": traditional,
}


def body_cut(cleaner, docs: dict[str, list[str]], layout, every: int = 3) -> tuple[int, int, list[tuple[str, str, str]]]:
    """(body characters removed, characters in all, examples) for the layout over every ``every``-th document."""
    cut = total = 0
    examples: list[tuple[str, str, str]] = []
    for name in sorted(docs)[::every]:
        text = "\n".join(layout(p) for p in docs[name]) + "\n"
        total += len(text)
        for f in cleaner.clean_text(text).findings:
            if f.action != "removed":
                continue
            k = sum(1 for ch in text[f.start : f.end] if not ch.isspace())
            cut += k
            if k:
                examples.append((name, text[f.start : f.end][:50].replace("\n", "⏎"), f.reason[:50]))
    return cut, total, examples
